"""Is a card reader (and so the key carrier) there? Asked of the PC/SC service through pyscard."""

from __future__ import annotations

from smartcard.Exceptions import (
    CardServiceNotFoundException,
    CardServiceStoppedException,
    SmartcardException,
)
from smartcard.pcsc.PCSCExceptions import BaseSCardException, EstablishContextException
from smartcard.System import readers

from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.token.errors import TokenError


class PcscUnavailableError(TokenError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The smart card service (PC/SC) is not running, so the key carrier cannot "
                    "be found. Ask your IT staff to start the smart card service (pcscd).",
                ),
            )
        )


class NoReaderError(TokenError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "No key carrier or card reader is connected. Insert the key carrier into a "
                    "USB port and try again.",
                ),
            )
        )


class ReaderError(TokenError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                "Token",
                QT_TRANSLATE_NOOP(
                    "Token",
                    "The smart card service could not list the card readers ({detail}). "
                    "Remove the key carrier, insert it again and retry; if it happens again, "
                    "tell your IT staff.",
                ),
                {"detail": detail},
            )
        )


def list_readers() -> list[str]:
    """Names of the connected PC/SC readers; TokenError when there is no service or no reader."""
    try:
        found = readers()
    except (
        EstablishContextException,
        CardServiceNotFoundException,
        CardServiceStoppedException,
    ) as exc:
        raise PcscUnavailableError() from exc
    except (BaseSCardException, SmartcardException) as exc:
        raise ReaderError(str(exc)) from exc
    names = [str(reader) for reader in found]
    if not names:
        raise NoReaderError()
    return names
