"""What an attachment's name may be, the same at the client (before sending) and at the bank.

The name travels inside the signed letter and ends up as a file on the bank's and the other side's
disks, so it must be a plain file name on every system: no folder in it, nothing a terminal or a
file manager would act on, nothing Windows keeps for its devices.
"""

from __future__ import annotations

import re
import unicodedata

from bsclient.messages import QT_TRANSLATE_NOOP, Message

MAX_ATTACHMENT_NAME = 255  # characters: what file systems hold in one name
# Characters Windows refuses in a file name (with / and \ that would name a folder).
_FORBIDDEN = frozenset('/\\:*?"<>|')
# Device names Windows keeps, with or without an extension (CON, NUL.txt, COM1.pdf …).
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?", re.IGNORECASE)


def _is_control(char: str) -> bool:
    # Cc: C0, DEL and C1 controls; Cf: invisible format characters such as the right-to-left override
    # that makes "invoice<RLO>fdp.exe" read as "invoiceexe.pdf".
    return unicodedata.category(char) in ("Cc", "Cf")


def check_attachment_name(name: str) -> Message | None:
    """None when `name` is a plain file name every system can hold; else what is wrong with it."""
    if not name or name.strip() == "":
        return Message("Mail", QT_TRANSLATE_NOOP("Mail", "An attached file needs a name."))
    if len(name) > MAX_ATTACHMENT_NAME:
        return Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The file name {name} is longer than {limit} characters; rename the file."),
            {"name": name[:40] + "…", "limit": MAX_ATTACHMENT_NAME})
    if any(_is_control(char) for char in name):
        return Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The file name {name} holds invisible control characters; rename the file."),
            {"name": "".join("?" if _is_control(char) else char for char in name)})
    if any(char in _FORBIDDEN for char in name):
        return Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "The file name {name} holds one of the characters / \\ : * ? \" < > |; rename the file."),
            {"name": name})
    if name in (".", "..") or _RESERVED.fullmatch(name) or name != name.rstrip(". "):
        return Message("Mail", QT_TRANSLATE_NOOP(
            "Mail", "{name} cannot be a file name on every computer (a reserved name, or it ends in a dot or "
                    "a space); rename the file."),
            {"name": name})
    return None
