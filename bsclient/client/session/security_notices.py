"""Security notices shown at sign-in, one at a time in turn: rules of the bank's security instructions
(seed 000, "Қауіпсіздік жөніндегі нұсқаулық", items 3-8, 12, 14), adapted to this client.

Which one was shown last is kept in the data directory (security_notice.json), so the next sign-in
shows the next rule.
"""

from __future__ import annotations

import json
from pathlib import Path

from bsclient.messages import QT_TRANSLATE_NOOP

STATE_FILE = "security_notice.json"
CONTEXT = "SecurityNotice"

# (seed 000 item, the sentence). Translations: bsclient/ui/translations (context SecurityNotice).
NOTICES: tuple[tuple[str, str], ...] = (
    ("12, 14", QT_TRANSLATE_NOOP("SecurityNotice", "Take the key carrier out of the computer whenever you leave the workplace, and never leave it plugged in: with it, anyone at this computer can sign payments in your company's name.")),
    ("4", QT_TRANSLATE_NOOP("SecurityNotice", "The bank never asks for your password, one-time codes or key carrier, by phone, messenger or letter. If someone who calls himself a bank employee asks, tell him nothing and report it to the bank.")),
    ("8", QT_TRANSLATE_NOOP("SecurityNotice", "Each time you sign in, the client checks the bank server's certificate. If it ever warns that the server may be fake, do not go on: call the bank on its official number.")),
    ("5", QT_TRANSLATE_NOOP("SecurityNotice", "If the computer suddenly does not start or shows strange messages, call the bank's support at once and block your access: Session → Block my access now.")),
    ("3", QT_TRANSLATE_NOOP("SecurityNotice", "Never write passwords on notes at the workplace and never hand them or the key carrier to anyone, not even to someone repairing the computer.")),
    ("6", QT_TRANSLATE_NOOP("SecurityNotice", "If you think someone knows your password, change it at once (Session → Change password) or ask the bank to block your access.")),
    ("7", QT_TRANSLATE_NOOP("SecurityNotice", "Do not open letters with unknown attachments or links, above all \"urgent\" ones: delete them and check the computer with an up-to-date antivirus.")),
)


def next_notice(data_dir: Path) -> int:
    """The index of the notice to show now (the one after the last shown), remembered as shown."""
    path = Path(data_dir) / STATE_FILE
    try:
        last = int(json.loads(path.read_text(encoding="utf-8"))["last"])
    except (OSError, ValueError, KeyError, TypeError):
        last = -1
    index = (last + 1) % len(NOTICES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"last": index}), encoding="utf-8")
    except OSError:
        pass  # not remembered: the next sign-in may show the same rule again
    return index


def notice_text(index: int) -> str:
    """The English source of notice `index` (translate with context CONTEXT)."""
    return NOTICES[index % len(NOTICES)][1]
