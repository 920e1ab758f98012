"""The key certificate act (R7.2): a PDF in Kazakh and Russian with the company, its BIN, the owner, the
owner's IIN and signing right, the public key's algorithm, its SHA-256 fingerprint and numbers, and the
request; read back by poppler, the key's facts checked with openssl, the page looked at with pdftoppm."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from PySide6 import QtPrintSupport
from PySide6.QtWidgets import QFileDialog

from bsclient.client.models import UserInfo
from bsclient.client.session.key_act import key_act
from bsclient.client.session.key_request import KeyRequest
from bsclient.crypto.public_key import public_key_facts
from bsclient.token.key_pair import KeyPair
from bsclient.ui.payments.paper.key_act import write_key_act_pdf
from bsclient.ui.security.key_act_offer import KeyActOffer
from tests.helpers.printing import print_dialog_printing_to

USER = UserInfo("clerk", "Ахметова Айгүл Серікқызы", "first", "ТОО «Алтын Дала Логистика»", "181140004063",
                iin="900101400123")
REQUESTED = datetime(2026, 12, 4, 6, 30, tzinfo=UTC)
REQUEST_ID = "6f1c2a9e-0b7d-4c1e-9a55-3e2f1d0c8b7a"


def _spki(algorithm: str) -> bytes:
    key = rsa.generate_private_key(65537, 2048) if algorithm == "rsa" else ec.generate_private_key(ec.SECP256R1())
    return key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _openssl(*args: str, data: bytes) -> bytes:
    return subprocess.run(["openssl", *args], input=data, capture_output=True, check=True).stdout


def _text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.parametrize("algorithm", ["rsa", "ec"])
def test_the_act_carries_the_company_the_owner_and_the_key_in_both_languages(qapp, tmp_path: Path,
                                                                             algorithm: str) -> None:
    spki = _spki(algorithm)
    request = KeyRequest(KeyPair(b"\x01", "Internet-Client signing key", algorithm, spki), REQUEST_ID,
                         installed=False, requested_at=REQUESTED)
    act = key_act(USER, request, replacement=algorithm == "ec")
    path = tmp_path / "act.pdf"
    write_key_act_pdf(act, path)

    text = _text(path)
    flat = text.replace(" ", "")
    # The fingerprint as openssl computes it from the key: what `refbank certificates list` shows.
    fingerprint = hashlib.sha256(_openssl("pkey", "-pubin", "-inform", "DER", "-outform", "DER",
                                          data=spki)).hexdigest().upper()
    assert act.key.fingerprint == fingerprint and fingerprint in flat
    for words in ("ЭЦҚ АШЫҚ КІЛТІН ТАНУ АКТІСІ", "АКТ ПРИЗНАНИЯ ОТКРЫТОГО КЛЮЧА ЭЦП", "БСН / БИН", "ЖСН / ИИН",
                  "Қол қою құқығы / Право подписи", "Бірінші қолтаңба / Первая подпись",
                  "Кілт иесі / Владелец ключа", "Ұйым басшысы / Руководитель организации",
                  "Банк қызметкері / Сотрудник банка", "М.О. / М.П.", "ТОО «Алтын Дала Логистика»",
                  "Ахметова Айгүл Серікқызы", "181140004063", "900101400123", REQUEST_ID, "04.12.2026"):
        assert words in text, words
    if algorithm == "rsa":
        modulus = _openssl("rsa", "-pubin", "-inform", "DER", "-noout", "-modulus", data=spki).decode()
        assert "RSA 2048" in text and modulus.strip().removeprefix("Modulus=") in flat
        assert "Взамен отозванного ключа" not in text
    else:
        point = _openssl("ec", "-pubin", "-inform", "DER", "-noout", "-text", data=spki).decode()
        pub = "".join(point.split("pub:")[1].split("ASN1")[0].split()).replace(":", "").upper()
        assert "ECDSA P-256" in text and pub in flat
        assert "Кері қайтарылған кілттің орнына / Взамен отозванного ключа" in text
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE) and "A4" in pages


def test_an_act_from_a_bank_that_does_not_say_the_iin_or_the_date_leaves_lines_to_write_them(qapp,
                                                                                              tmp_path: Path) -> None:
    user = UserInfo("clerk", "Someone", "single", "TOO Demo", "181140004063")
    request = KeyRequest(KeyPair(b"\x01", "k", "ec", _spki("ec")), REQUEST_ID, installed=False)
    path = tmp_path / "act.pdf"
    write_key_act_pdf(key_act(user, request), path)
    text = _text(path)
    assert "Жалғыз қолтаңба / Единственная подпись" in text and "«____» ______________ 20____ ж./г." in text


def test_the_fingerprint_is_the_sha256_of_the_subject_public_key_info() -> None:
    """As the bank computes it from the request (refbank/pki/requests.py, key_fingerprint)."""
    spki = _spki("ec")
    assert public_key_facts(spki).fingerprint == hashlib.sha256(spki).hexdigest().upper()


def test_the_clerk_saves_the_act_where_she_chooses_and_prints_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Save the act as PDF… (the file dialog answered) and Print the act… (the print dialog, printing to a file)."""
    spki = _spki("rsa")
    act = key_act(USER, KeyRequest(KeyPair(b"\x01", "k", "rsa", spki), REQUEST_ID, installed=False,
                                   requested_at=REQUESTED))
    offer = KeyActOffer()
    qtbot.addWidget(offer)
    assert offer.isHidden()
    offer.offer(act)
    offer.show()
    chosen = tmp_path / "my act"  # the clerk types no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(chosen), "")))
    offer.save_button.click()
    saved = tmp_path / "my act.pdf"
    qtbot.waitUntil(lambda: str(saved) in offer.result_label.text() and saved.exists(), timeout=20000)
    assert act.key.fingerprint in _text(saved).replace(" ", "")

    printed = tmp_path / "printed.pdf"


    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", print_dialog_printing_to(printed))
    offer.print_button.click()
    assert "printer" in offer.result_label.text()
    text = _text(printed)
    assert "АКТ ПРИЗНАНИЯ ОТКРЫТОГО КЛЮЧА ЭЦП" in text and act.key.fingerprint in text.replace(" ", "")
