"""`bsclient directories import FILE`: an official list (CSV) becomes the directory in use, with a report
of what was added, changed, no longer listed and refused."""

from __future__ import annotations

from pathlib import Path

from bsclient.client.directories import load_directory, load_shipped
from bsclient.client.directories.importing import import_directory_file


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_list_replaces_the_directory_in_use_and_reports_every_difference(tmp_path):
    shipped = load_shipped("knp")
    rows = [f"{e.code};{e.name};{e.status}" for e in shipped.entries if e.code not in ("710", "311")]
    rows += ["710;Payment for goods (official wording);confirmed", "721;Payment for services;seen",
             "71;Too short;seen", "859;;seen", "721;Twice;seen"]
    source = write(tmp_path / "knp.csv", "code;name;status\n" + "\n".join(rows) + "\n", "cp1251")
    data_dir = tmp_path / "data"
    report = import_directory_file(source, data_dir)
    assert report.added == ["721"] and report.changed == ["710"] and report.removed == ["311"]
    assert [line for line, _ in report.refused] == [len(rows) - 1, len(rows), len(rows) + 1]
    assert "not 3 digits" in report.refused[0][1] and "twice" in report.refused[2][1]
    in_use = load_directory("knp", data_dir)
    assert in_use.version == report.version == shipped.version + 1
    assert in_use.find("721").name == "Payment for services" and in_use.find("311") is None
    assert in_use.sources[0] == "Imported from knp.csv"
    assert "1 added: 721" in "\n".join(report.lines())


def test_importing_the_same_list_again_changes_nothing(tmp_path):
    shipped = load_shipped("sectors")
    text = "code,name,status\n" + "\n".join(f"{e.code},{e.name},{e.status}" for e in shipped.entries) + "\n"
    report = import_directory_file(write(tmp_path / "sectors.csv", text), tmp_path / "data")
    assert report.version == 0 and not (report.added or report.changed or report.removed)
    assert load_directory("sectors", tmp_path / "data").version == shipped.version
