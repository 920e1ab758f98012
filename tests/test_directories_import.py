"""`bsclient directories import FILE`: an official list (CSV or XLSX) becomes the directory in use, with a report
of what was added, changed, no longer listed and refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from bsclient.client.config import ClientConfig, write_config
from bsclient.client.directories import load_directory, load_shipped
from bsclient.client.directories.importing import import_directory_file


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_list_replaces_the_directory_in_use_and_reports_every_difference(tmp_path):
    shipped = load_shipped("knp")
    rows = [f"{e.code};{e.name};{e.status}" for e in shipped.entries if e.code not in ("710", "311")]
    rows += ["710;Payment for goods (official wording);confirmed", "780;Payment for services;seen",
             "71;Too short;seen", "859;;seen", "780;Twice;seen"]
    source = write(tmp_path / "knp.csv", "code;name;status\n" + "\n".join(rows) + "\n", "cp1251")
    data_dir = tmp_path / "data"
    report = import_directory_file(source, data_dir)
    assert report.added == ["780"] and report.changed == ["710"] and report.removed == ["311"]
    assert [line for line, _ in report.refused] == [len(rows) - 1, len(rows), len(rows) + 1]
    assert "not 3 digits" in report.refused[0][1] and "twice" in report.refused[2][1]
    in_use = load_directory("knp", data_dir)
    assert in_use.version == report.version == shipped.version + 1
    assert in_use.find("780").name == "Payment for services" and in_use.find("311") is None
    assert in_use.sources[0] == "Imported from knp.csv" and in_use.sources_in("ru")[0] == "Импортировано из файла knp.csv"
    assert "1 added: 780" in "\n".join(report.lines())


def test_importing_the_same_list_again_changes_nothing(tmp_path):
    shipped = load_shipped("sectors")
    text = "code,name,status\n" + "\n".join(f"{e.code},{e.name},{e.status}" for e in shipped.entries) + "\n"
    report = import_directory_file(write(tmp_path / "sectors.csv", text), tmp_path / "data")
    assert report.version == 0 and not (report.added or report.changed or report.removed)
    assert load_directory("sectors", tmp_path / "data").version == shipped.version


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_an_xlsx_list_is_read_as_a_csv_one_with_the_same_report(tmp_path):
    shipped = load_shipped("kbk")
    rows: list[list[object]] = [["code", "name", "status", "knp"]]
    rows += [[e.code, e.name, e.status, e.detail("knp")] for e in shipped.entries]
    rows += [[999998, "A fee typed as a number in the sheet", "seen", "911"], [], ["12", "Too short", "seen", ""]]
    source = write_xlsx(tmp_path / "kbk.xlsx", rows)
    report = import_directory_file(source, tmp_path / "data")
    assert report.added == ["999998"] and not report.changed and not report.removed
    assert [line for line, _ in report.refused] == [len(rows)]  # the sheet's row, the empty one counted
    assert load_directory("kbk", tmp_path / "data").find("999998").name == "A fee typed as a number in the sheet"


def test_the_command_reads_an_xlsx_and_refuses_a_file_that_is_no_workbook(tmp_path):
    data_dir = tmp_path / "data"
    config = tmp_path / "bsclient.toml"
    write_config(ClientConfig(server_url="https://bank.example:8443", ca_file=tmp_path / "ca.pem",
                              pkcs11_module="/usr/lib/softhsm/libsofthsm2.so", token_label=None, data_dir=data_dir),
                 config)
    shipped = load_shipped("sectors")
    good = write_xlsx(tmp_path / "sectors.xlsx", [["code", "name", "status"],
                                                  *[[e.code, e.name, e.status] for e in shipped.entries],
                                                  ["1", "Changed wording of sector 1", "confirmed"]])

    def run(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bsclient", "directories", "import", str(path), "--config",
                               str(config)], capture_output=True, text=True, timeout=120)

    answer = run(good)
    assert answer.returncode == 1, answer.stderr  # one row refused: code 1 twice
    assert "0 added." in answer.stdout and "1 appears twice" in answer.stdout
    broken = tmp_path / "bad" / "sectors.xlsx"
    broken.parent.mkdir()
    broken.write_bytes(b"not a zip")
    answer = run(broken)
    assert answer.returncode == 2 and "not an Excel workbook" in answer.stderr
