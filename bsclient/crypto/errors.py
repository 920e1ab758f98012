"""The crypto layer's error: malformed input, or a signature or certificate that does not hold."""

from __future__ import annotations

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message


class CryptoError(ClerkError):
    """A signature, certificate or document that cannot be used; `message` says which."""


def malformed_certificate() -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The certificate is damaged or is not an X.509 certificate. Request the "
                "certificate from the bank again.",
            ),
        )
    )


def malformed_signature() -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The signature is damaged or is not a CMS signature. Sign the document again.",
            ),
        )
    )


def signature_invalid(reason: str) -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The signature does not match the document ({reason}). The document may have "
                "been changed after signing: check it and sign it again.",
            ),
            {"reason": reason},
        )
    )


def certificate_untrusted(reason: str) -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The signer's certificate is not trusted ({reason}). Check that the key carrier "
                "holds the certificate issued by your bank.",
            ),
            {"reason": reason},
        )
    )


def not_canonical(reason: str) -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The document cannot be prepared for signing ({reason}). Check its fields and "
                "try again.",
            ),
            {"reason": reason},
        )
    )


def malformed_public_key() -> CryptoError:
    return CryptoError(
        Message(
            "Crypto",
            QT_TRANSLATE_NOOP(
                "Crypto",
                "The public key read from the key carrier is damaged, so no certificate request "
                "can be made. Generate a new key on the carrier and try again.",
            ),
        )
    )
