"""The client's settings file: TOML, paths relative to the file."""

from pathlib import Path

import pytest

from bsclient.client.config import ClientConfig, ConfigError, load_config, write_config


def test_relative_paths_are_relative_to_the_file(tmp_path):
    path = tmp_path / "etc" / "bsclient.toml"
    path.parent.mkdir()
    path.write_text('[bank]\nurl = "https://bank.example:8443"\nca_file = "ca.pem"\n'
                    '[carrier]\nmodule = "/usr/lib/softhsm/libsofthsm2.so"\ntoken_label = "Директор"\n'
                    '[storage]\ndata_dir = "../data"\n', encoding="utf-8")
    config = load_config(path)
    assert config == ClientConfig("https://bank.example:8443", tmp_path / "etc" / "ca.pem",
                                  "/usr/lib/softhsm/libsofthsm2.so", "Директор", tmp_path / "data")


def test_optional_settings_have_defaults(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[bank]\nurl = "https://b"\nca_file = "/ca.pem"\n[carrier]\nmodule = "libsofthsm2.so"\n')
    config = load_config(path)
    assert config.token_label is None and config.pkcs11_module == "libsofthsm2.so"
    assert config.data_dir.is_absolute()


def test_missing_setting_names_it(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[bank]\nurl = "https://b"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert '"ca_file"' in str(caught.value) and "[bank]" in str(caught.value)


def test_broken_toml_and_missing_file_are_config_errors(tmp_path):
    (tmp_path / "bad.toml").write_text("[bank\n")
    with pytest.raises(ConfigError):
        load_config(tmp_path / "bad.toml")
    with pytest.raises(ConfigError):
        load_config(tmp_path / "absent.toml")


def test_written_config_reads_back(tmp_path):
    config = ClientConfig('https://bank "quoted"', Path("/x/ca.pem"), "/m.so", None, Path("/data"))
    write_config(config, tmp_path / "c.toml")
    assert load_config(tmp_path / "c.toml") == config


def test_language_is_read_written_and_checked(tmp_path):
    base = '[bank]\nurl = "https://b"\nca_file = "/ca.pem"\n[carrier]\nmodule = "libsofthsm2.so"\n'
    path = tmp_path / "c.toml"
    path.write_text(base + '[ui]\nlanguage = "kk"\n')
    config = load_config(path)
    assert config.language == "kk"
    write_config(config, tmp_path / "again.toml")
    assert load_config(tmp_path / "again.toml") == config
    path.write_text(base + '[ui]\nlanguage = "kz"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert '"kz"' in str(caught.value) and "kk, ru, en" in str(caught.value)
