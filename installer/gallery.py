"""The gallery: every window of the client as a clerk sees it, saved as pictures to look at.

    python -m installer.gallery --out DIR [--languages en kk ru] [--sizes 1366x768 1280x720 1920x1080@1.5]
    python -m installer.gallery --help-pictures [DIR] [--languages en kk ru]

Each window opens against a stand-in bank (no network: lists come up empty where they ask the bank)
over a real local store with a few documents, in each language and at each screen size, and is saved
as DIR/<language>/<size>/<window>.png. A screen "1920x1080@1.5" is 1920×1080 pixels at 150 % scaling.
Each language and size runs in a process of its own, because Qt reads the screen and the scaling once.

`--help-pictures` writes the pictures the F1 help shows (bsclient/ui/help/topics.py), a reduced copy of
each window the topics name, to DIR/<language>/<window>.png (default: the help's own pictures folder,
which the package and the bundle carry; the repository does not keep them). Run it before building.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import subprocess
import sys
import tempfile
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QScrollArea
from schwifty import IBAN

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.models import Account, UserInfo
from bsclient.client.session.access import CodeNeeded
from bsclient.client.setup.flow import Step
from bsclient.rules.kinds.registry import KINDS
from bsclient.rules.kinds.registry_lines import RegistryLine
from bsclient.ui.directories.window import DirectoryWindow
from bsclient.ui.help.topics import PICTURES_DIR, pictures_wanted
from bsclient.ui.language import apply_language, clerk_language
from bsclient.ui.login.change_password_dialog import ChangePasswordDialog
from bsclient.ui.login.login_dialog import LoginDialog
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.mail.compose import MailCompose
from bsclient.ui.mail.window import MailWindow
from bsclient.ui.payments.awaiting_window import AwaitingWindow
from bsclient.ui.payments.batch_sign_dialog import BatchSignDialog
from bsclient.ui.payments.counterparty_window import CounterpartyWindow
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.import_dialog import ImportDialog
from bsclient.ui.payments.kinds.registry_clipboard import write_cells
from bsclient.ui.payments.kinds.registry_section import RegistrySection
from bsclient.ui.payments.main_window import MainWindow
from bsclient.ui.payments.recall_dialog import RecallDialog
from bsclient.ui.payments.template_window import TemplateWindow
from bsclient.ui.security.journal_window import JournalWindow
from bsclient.ui.security.key_compromise_dialog import KeyCompromiseDialog
from bsclient.ui.security.told_a_code_page import ToldACodePage
from bsclient.ui.setup.wizard import SetupWizard
from bsclient.ui.statements.window import StatementWindow
from bsclient.ui.workplace import Workplace

DEFAULT_SIZES = ("1366x768", "1280x720", "1920x1080@1.5")
DEFAULT_LANGUAGES = ("en", "kk", "ru")
HELP_SCREEN = "1366x768"  # the help's pictures: the windows as on a common laptop, then reduced
HELP_WIDTH = 560


@dataclass(frozen=True)
class Screen:
    width: int
    height: int
    scale: float

    @classmethod
    def parse(cls, text: str) -> Screen:
        size, _, scale = text.partition("@")
        width, _, height = size.partition("x")
        return cls(int(width), int(height), float(scale or 1))

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}" + (f"@{self.scale:g}" if self.scale != 1 else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gallery", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--help-pictures", type=Path, nargs="?", const=PICTURES_DIR, metavar="DIR",
                        help="write the help's pictures of the windows to DIR/<language>/")
    parser.add_argument("--languages", nargs="+", default=list(DEFAULT_LANGUAGES))
    parser.add_argument("--sizes", nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--only", nargs="*", default=[], help="only the windows whose names contain one of these")
    parser.add_argument("--one", nargs=2, metavar=("LANGUAGE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.out is None and args.help_pictures is None:
        parser.error("say where: --out DIR, --help-pictures [DIR], or both")
    if args.one:
        return shoot(args.out, args.one[0], Screen.parse(args.one[1]), args.only, help_out=args.help_pictures)
    failed = 0
    for language in args.languages:
        runs: list[tuple[str, Path | None, Path | None]] = (
            [(size, args.out, None) for size in args.sizes] if args.out is not None else [])
        if args.help_pictures is not None:  # the help's pictures come from the first size's run
            first = runs[0] if runs else (HELP_SCREEN, None, None)
            runs[:1] = [(first[0], first[1], args.help_pictures)]
        for size, out, help_out in runs:
            command = [sys.executable, "-m", "installer.gallery", "--one", language, size]
            command += ["--out", str(out)] if out is not None else []
            command += ["--help-pictures", str(help_out)] if help_out is not None else []
            command += ["--only", *args.only] if args.only else []
            failed += subprocess.call(command, env=screen_environment(Screen.parse(size))) != 0
    return 1 if failed else 0


def screen_environment(screen: Screen) -> dict[str, str]:
    """Qt off screen with one screen of this size and scaling."""
    config = Path(tempfile.gettempdir()) / f"bsclient-gallery-{screen.width}x{screen.height}.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": screen.width,
                                               "height": screen.height, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=f"{screen.scale:g}",
               QT_ENABLE_HIGHDPI_SCALING="1")
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    return env


def shoot(out: Path | None, language: str, screen: Screen, only: list[str], *, help_out: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(["gallery"])
    assert isinstance(app, QApplication)
    apply_language(app, language)
    folder = out / language / screen.name if out is not None else None
    help_folder = help_out / language if help_out is not None else None
    for made in (folder, help_folder):
        if made is not None:
            made.mkdir(parents=True, exist_ok=True)
    wanted = pictures_wanted() if help_folder is not None else set()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="bsclient-gallery-") as work:
        for name, make in windows(Path(work)):
            if only and not any(part in name for part in only):
                continue
            if folder is None and name not in wanted:
                continue
            try:
                window = make()
                window.show()
                for _ in range(3):
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                    app.processEvents()
                picture = window.grab()
                if folder is not None:
                    picture.save(str(folder / f"{name}.png"))
                if help_folder is not None and name in wanted:
                    save_help_picture(picture, help_folder / f"{name}.png")
                window.close()
                window.deleteLater()
                app.processEvents()
            except Exception:
                failures += 1
                print(f"{language} {screen.name} {name}:", file=sys.stderr)
                traceback.print_exc()
    print(f"{folder or help_folder}: saved")
    return 1 if failures else 0


def save_help_picture(picture: QPixmap, path: Path) -> None:
    """A window for the help: at most HELP_WIDTH pixels wide, so the help stays small and readable."""
    if picture.width() > HELP_WIDTH:
        picture = picture.scaledToWidth(HELP_WIDTH, Qt.TransformationMode.SmoothTransformation)
    # A window has few colours: a palette of 256 keeps it sharp at a third of the size.
    image = picture.toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                                              | Qt.ImageConversionFlag.AvoidDither)
    # Quality 0 is PNG's strongest compression (still lossless).
    image.save(str(path), "PNG", 0)  # type: ignore[call-overload]  # PySide6 takes the format as text


# --- the stand-in bank and the windows --------------------------------------------------------------


# A morning in the journal: a mistyped password, the sign-in, a letter read, a payment sent.
JOURNAL = [{"at": f"2026-11-23T0{minute // 60 + 3}:{minute % 60:02d}:00Z", "address": "10.0.4.17",
            "action": action, "outcome": outcome}
           for minute, action, outcome in ((58, "login", "wrong_credentials"), (59, "login", "ok"),
                                           (60, "login_proof", "ok"), (62, "POST /mail/{letter_id}/read", "ok"),
                                           (75, "PUT /documents/{doc_id}", "ok"), (76, "payment_code", "ok"),
                                           (90, "DELETE /session", "ok"))]


class GalleryBank:
    """Answers what the windows ask without a network: the accounts, and nothing else."""

    server_url = "https://bank.example.kz:8443"
    logged_in = True

    def __init__(self, accounts: list[Any]) -> None:
        self._accounts = accounts

    def accounts(self) -> list[Any]:
        return list(self._accounts)

    def document_states(self, ids: list[str]) -> list[Any]:
        return []

    def request(self, method: str, path: str, *, json: object = None) -> Any:
        if path.startswith("/journal"):
            return {"entries": JOURNAL}
        return {"items": [], "events": [], "letters": []} if method == "GET" else {}


    def close(self) -> None:
        pass

    def logout(self) -> None:
        pass


# A pension registry's lines as a draft keeps them; the second line's birth date is not the IIN's.
REGISTRY_LINES = (
    {"iin": "850417300122", "surname": "Ахметов", "name": "Серик", "patronymic": "Болатович",
     "birth_date": "1985-04-17", "amount": "60 000", "period": "2026-10"},
    {"iin": "901201400238", "surname": "Нурланова", "name": "Айгерим", "birth_date": "1990-12-02",
     "amount": "40 000,50", "period": "2026-10"},
)


def scrolled_down(window: Any) -> Any:
    """`window` with its scroll area at the bottom once shown (where an editor's registry is)."""
    area = window.findChild(QScrollArea)
    if area is not None:
        QTimer.singleShot(0, lambda: area.verticalScrollBar().setValue(area.verticalScrollBar().maximum()))
    return window


def windows(work: Path) -> Iterator[tuple[str, Callable[[], Any]]]:  # noqa: C901 - one list of every window
    current = IBAN.generate("KZ", bank_code="601", account_code="0000000000017").compact
    salary = IBAN.generate("KZ", bank_code="601", account_code="0000000000025").compact
    dollars = IBAN.generate("KZ", bank_code="601", account_code="0000000000033").compact
    accounts = [Account(current, "KZT", Decimal("5000000.00"), Decimal("4750000.50"), "Current account"),
                Account(salary, "KZT", Decimal("1200000.00"), Decimal("1200000.00"), "Salary account"),
                Account(dollars, "USD", Decimal("25000.00"), Decimal("25000.00"), "Foreign currency account")]
    user = UserInfo("aigerim", "Aigerim Seitkali", "single", "TOO Demo Trade", "181140004063")
    store = DocumentStore(work / "documents.sqlite3")
    workplace = Workplace(api=GalleryBank(accounts), store=store, user=user, accounts=accounts)  # type: ignore[arg-type]  # the stand-in answers what the windows ask

    def editor(kind: str, problems: bool) -> Any:
        made = PaymentEditor(workplace, kind=kind)
        if problems:
            made._show_all_problems()
        return made

    def registry_editor() -> Any:
        """A pension order with its registry: dates as the clerk reads them, one line wrong."""
        made = PaymentEditor(workplace, kind="pension")
        section = made.kind_section
        assert isinstance(section, RegistrySection)
        section.registry.set_lines([RegistryLine(**cells) for cells in REGISTRY_LINES])
        section.registry.changed.emit()
        made._show_all_problems()
        return scrolled_down(made)

    def pasted_registry() -> Any:
        """A social order's registry pasted from a spreadsheet: its header skipped, its last column left out."""
        made = PaymentEditor(workplace, kind="social")
        section = made.kind_section
        assert isinstance(section, RegistrySection)
        header = ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Сумма", "Период", "Отдел"]
        keys = ("iin", "surname", "name", "patronymic", "birth_date", "amount", "period")
        QApplication.clipboard().setText(write_cells(
            [header, *([line.get(key, "") for key in keys] + ["Бухгалтерия"] for line in REGISTRY_LINES)]))
        section.registry.paste_cells()
        made._show_all_problems()
        return scrolled_down(made)

    def main_window() -> Any:
        return MainWindow(workplace)

    yield "main-window", main_window
    for kind in KINDS:
        yield f"editor-{kind.key}", functools.partial(editor, kind.key, False)
        yield f"editor-{kind.key}-errors", functools.partial(editor, kind.key, True)
    yield "editor-pension-registry", registry_editor
    yield "editor-social-pasted", pasted_registry

    def statement() -> Any:
        return StatementWindow(workplace, open_document=lambda _: None)

    def mail() -> Any:
        return MailWindow(workplace)

    def compose() -> Any:
        return MailCompose(workplace, subject="")

    def journal() -> Any:
        return JournalWindow(workplace.api)

    def directories() -> Any:
        return DirectoryWindow(work)

    def one_time_code() -> Any:
        return OneTimeCodeDialog(CodeNeeded("login", "+7 701 *** 45 67", datetime.now() + timedelta(minutes=5)))

    def told_a_code() -> Any:
        return ToldACodePage(bank_phone="+7 727 000 00 00", block_access=lambda: None, key_compromised=lambda: None,
                             open_journal=lambda: None, show_documents=lambda: None)

    def counterparties() -> Any:
        return CounterpartyWindow(workplace)

    def templates() -> Any:
        return TemplateWindow(workplace)

    def import_1c() -> Any:
        return ImportDialog(workplace)

    def change_password() -> Any:
        return ChangePasswordDialog(workplace.api)

    def login() -> Any:
        return LoginDialog(None, server_url=workplace.api.server_url, ca_file=work / "ca.pem")

    yield "statement", statement
    yield "mail", mail
    yield "mail-compose", compose
    yield "journal", journal
    yield "directories", directories
    yield "counterparties", counterparties
    yield "templates", templates
    yield "import-1c", import_1c
    yield "login", login
    yield "change-password", change_password
    yield "one-time-code", one_time_code
    yield "told-a-code", told_a_code
    yield from document_windows(workplace, work)
    yield from wizard_pages(work)


def document_windows(workplace: Workplace, work: Path) -> Iterator[tuple[str, Callable[[], Any]]]:
    """The windows about one payment or a few: recall, signing many, awaiting a second signature, a new key."""
    def order(number: str, amount: str) -> PaymentOrder:
        made = PaymentEditor(workplace, next_number=number).order()
        return dataclasses.replace(made, amount=amount, knp="710", purpose="Payment for goods under contract 12",
                                   beneficiary=Party("TOO Beneficiary", "990140000017",
                                                     IBAN.generate("KZ", bank_code="722", account_code="0000000000042")
                                                     .compact, "CASPKZKA", "17"))

    def recall() -> Any:
        record = DocumentRecord(id=str(uuid.uuid4()), order=order("12", "150000.00"), status=DocumentStatus.ACCEPTED,
                                reason=None, content=None)
        return RecallDialog(workplace, record)

    def batch_sign() -> Any:
        records = [DocumentRecord(id=str(uuid.uuid4()), order=order(str(n), f"{n}0000.00"),
                                  status=DocumentStatus.DRAFT, reason=None, content=None) for n in (21, 22, 23)]
        return BatchSignDialog(workplace, records)

    yield "recall", recall
    yield "batch-sign", batch_sign
    yield "awaiting-signature", functools.partial(AwaitingWindow, workplace)
    yield "key-compromised", functools.partial(KeyCompromiseDialog, workplace, work / "data")


def wizard_pages(work: Path) -> Iterator[tuple[str, Callable[[], Any]]]:
    def page(step: Any) -> Any:
        wizard = SetupWizard(config_path=work / "client.toml", data_dir=work / "data")
        wizard.context.data.language = clerk_language()  # its language page would switch to its default
        wizard.setStartId(int(step))
        wizard.restart()
        return wizard

    for step in Step:
        yield f"wizard-{step.name.lower()}", functools.partial(page, step)


if __name__ == "__main__":
    sys.exit(main())
