"""The directories shipped with the product parse, name their sources, and hold well-formed codes."""

from __future__ import annotations

import json

import pytest

from bsclient.client import directories
from bsclient.client.directories import (
    DIRECTORY_NAMES,
    FILE_DIRECTORIES,
    SHIPPED_DIR,
    DirectoryError,
    load,
    load_directory,
    load_shipped,
    parse_directory,
    store_directory,
    stored_dir,
)
from bsclient.rules import check_bic, check_iban, check_iin_bin, check_kbe, check_knp

CODE_LENGTHS = {"knp": 3, "residency": 1, "sectors": 1, "kbk": 6, "budget_recipients": 12}


def raw(name: str) -> dict:
    return json.loads((SHIPPED_DIR / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FILE_DIRECTORIES)
def test_each_shipped_file_names_its_source_date_and_version_and_parses(name):
    data = raw(name)
    assert data["directory"] == name
    assert data["sources"] and all(len(source) > 20 for source in data["sources"])
    assert data["date"] and data["version"] >= 1
    directory = load_shipped(name)
    assert directory.entries
    codes = directory.codes()
    assert len(codes) == len(set(codes)), "codes are unique"
    if name in CODE_LENGTHS:
        assert all(len(code) == CODE_LENGTHS[name] and code.isdigit() for code in codes)


@pytest.mark.parametrize("name", FILE_DIRECTORIES)
def test_a_list_that_is_not_complete_says_so_and_every_entry_is_named_in_three_languages(name):
    directory = load_shipped(name)
    if not directory.complete:
        assert directory.note.startswith("NOT ")
    assert directory.date and directory.sources
    for entry in directory.entries:
        assert set(entry.names()) == {"kk", "ru", "en"}, entry.code


def test_knp_codes_pass_the_knp_rule_and_the_unconfirmed_are_marked():
    knp = load_shipped("knp")
    assert all(check_knp(code) is None for code in knp.codes())
    assert knp.find("010").name == "Mandatory pension contributions"
    assert knp.find("311").status == "unconfirmed" and not knp.find("311").sure
    assert knp.find("999") is None


def test_every_residency_and_sector_pair_is_a_valid_kbe():
    for residency in load_shipped("residency").codes():
        for sector in load_shipped("sectors").codes():
            assert check_kbe(residency + sector) is None
    assert load_shipped("sectors").complete and len(load_shipped("sectors").entries) == 9


def test_budget_recipients_are_real_offices_and_the_marked_demo_one_with_valid_bin_iik_bic():
    recipients = directories.budget_recipients()
    real = [r for r in recipients if r.status != "demo"]
    assert real and all(r.iik == "KZ24070105KSN0000000" and r.bic == "KKMFKZ2A" for r in real)
    assert all(r.regions and set(r.names) == {"kk", "ru", "en"} and r.name == r.names["ru"] for r in recipients)
    for recipient in recipients:
        assert check_iin_bin(recipient.bin) is None
        assert check_iban(recipient.iik) is None and check_bic(recipient.bic, recipient.iik) is None
        assert check_kbe(recipient.kbe) is None


def test_funds_carry_the_reference_details_and_mark_the_unsure_one():
    pension = directories.fund("pension")
    assert (pension.bin, pension.iik, pension.bic, pension.kbe) == (
        "160440007161", "KZ12009NPS0413609816", "GCVPKZ2A", "11")
    assert pension.status == "seen"
    social = directories.fund("social")
    assert (social.bin, social.iik, social.bic, social.kbe) == ("160440007161", "KZ67009SS00368609110", "GCVPKZ2A", "11")
    for fund in (pension, social):
        assert fund.beneficiary == fund.beneficiary_names["ru"] and "Правительство для граждан" in fund.beneficiary
        assert set(fund.beneficiary_names) == set(fund.names) == {"kk", "ru", "en"}
        assert check_iin_bin(fund.bin) is None and check_iban(fund.iik) is None
        assert check_bic(fund.bic, fund.iik) is None and check_knp(fund.knp) is None


def test_banks_come_from_the_register_file_naming_its_source():
    banks = load("banks")
    assert banks.sources and banks.date and "National Bank" in banks.sources[0]
    assert banks.find("HSBKKZKX").detail("bank_code") == "601"
    assert banks.find("CASPKZKA").detail("bank_code") == "722"
    bereke = banks.find("BRKEKZKA")
    assert bereke.name == 'АО "Bereke Bank"' and bereke.detail("state") == "active"
    assert bereke.detail("name_kk") and bereke.detail("name_en") == "Bereke Bank JSC"
    assert banks.find("SABRKZKA").detail("successor") == "BRKEKZKA"
    assert "Jusan" in banks.find("TSESKZKA").name
    assert "banks" not in FILE_DIRECTORIES, "one register, kept with the rules"


def test_every_directory_the_window_lists_loads():
    assert {load(name).name for name in DIRECTORY_NAMES} == set(DIRECTORY_NAMES)


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["entries"].append(dict(d["entries"][0])), "appears twice"),
    (lambda d: d["entries"][0].update(code="10"), "not 3 digits"),
    (lambda d: d["entries"][0].update(name=""), "has no name"),
    (lambda d: d.update(sources=[]), "no source"),
    (lambda d: d.update(version="2"), "version"),
    (lambda d: d["entries"][0].update(status="guessed"), "unknown status"),
])
def test_a_malformed_directory_is_refused_with_the_reason(change, problem):
    data = raw("knp")
    change(data)
    with pytest.raises(DirectoryError, match=problem):
        parse_directory(data)


def test_a_stored_newer_version_is_preferred_and_a_damaged_one_ignored(tmp_path):
    data = raw("knp")
    data["version"] = 5
    data["entries"].append({"code": "859", "name": "Newer code", "status": "seen"})
    store_directory(data, tmp_path)
    assert load_directory("knp", tmp_path).version == 5
    assert load_directory("knp", tmp_path).find("859").name == "Newer code"
    path = stored_dir(tmp_path) / "knp.json"
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")  # cut short
    assert load_directory("knp", tmp_path).version == load_shipped("knp").version


def test_an_older_stored_version_does_not_hide_a_newer_shipped_one(tmp_path):
    data = raw("kbk")
    store_directory(data, tmp_path)  # the same version as shipped
    assert load_directory("kbk", tmp_path).origin == "shipped"


def test_the_bundle_spec_collects_the_directory_files():
    """build.spec's data globs match data/*.json here (PyInstaller's own collector decides)."""
    import ast
    import re
    from pathlib import Path

    from PyInstaller.utils.hooks import collect_data_files

    spec = (Path(__file__).resolve().parent.parent / "build.spec").read_text(encoding="utf-8")
    includes = ast.literal_eval(re.search(r'collect_data_files\("bsclient", includes=(\[[^\]]*\])\)', spec).group(1))
    collected = {Path(source).resolve() for source, _ in collect_data_files("bsclient", includes=includes)}
    assert {path.resolve() for path in SHIPPED_DIR.glob("*.json")} <= collected


def test_reference_names_come_in_the_clerks_language_where_the_directory_gives_them():
    knp = load_shipped("knp")
    assert knp.find("010").name_in("ru") == "Обязательные пенсионные взносы"
    assert knp.find("010").name_in("kk") == "Міндетті зейнетақы жарналары"
    assert knp.find("010").name_in("en") == "Mandatory pension contributions"
    assert {"911", "912", "913"} <= set(knp.codes()) and knp.find("913").status == "unconfirmed"
    assert knp.find("723").name_in("kk").startswith("Көппәтерлі") and "723" not in knp.find("721").note
    assert load_shipped("sectors").find("9").name_in("kk") == "Үй шаруашылықтары"
    assert load_shipped("kbk").find("103101").name_in("ru") == "Социальный налог"
    jusan = load("banks").find("TSESKZKA")
    assert "Jusan" in jusan.name_in("kk") and jusan.name_in("en") == "First Heartland Jusan Bank JSC"


def test_every_directory_data_file_parses_and_names_its_source_and_date():
    for name in DIRECTORY_NAMES:
        directory = load(name)
        assert directory.sources and all(source.strip() for source in directory.sources), name
        assert directory.date, name
        for language in ("kk", "ru"):  # a source for each English one, in the clerk's language
            translated = directory.sources_in(language)
            assert translated != directory.sources and len(translated) == len(directory.sources), (name, language)
            assert directory.complete or directory.note_in(language) != directory.note, (name, language)


def test_every_data_file_is_a_known_directory_or_the_bank_register_with_an_iso_date():
    import datetime as dt

    names = {path.stem for path in SHIPPED_DIR.glob("*.json")}
    assert names == set(FILE_DIRECTORIES) | {"banks"}
    for name in names:
        data = raw(name)
        assert dt.date.fromisoformat(data["date"]) and data["sources"], name


def test_the_knps_a_kbk_is_paid_with_are_codes_of_the_knp_directory():
    knp = set(load_shipped("knp").codes())
    for entry in load_shipped("kbk").entries:
        listed = entry.detail("knp").split()
        assert all(check_knp(code) is None and code in knp for code in listed), entry.code
    assert load_shipped("kbk").find("101201").detail("knp") == "911 912 913"
