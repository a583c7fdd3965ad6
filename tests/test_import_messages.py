"""What ``reader import`` says about addresses and folders it cannot use: one clear line."""

from __future__ import annotations

import pytest
from test_engine_cases import run_cli

from reader.library.importer import import_sources


@pytest.mark.parametrize(("source", "message"), [
    ("data:text/html,<p>hi</p>", "only http and https addresses can be imported, not 'data:'"),
    ("javascript:alert(1)", "only http and https addresses can be imported, not 'javascript:'"),
    ("https://exa mple.com/a", "not a valid web address (it holds a space or a line break)"),
    ("http://user:secret@127.0.0.1:9/a", "addresses with a user name or password are not imported "
                                         "(reader sends no credentials)"),
])
def test_an_address_reader_cannot_fetch_is_named_as_such(source, message, tmp_path):
    [result] = import_sources([source], tmp_path)
    assert not result.ok and result.message == message
    assert list(tmp_path.iterdir()) == []


def test_a_file_as_the_folder_and_a_long_address(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("mine", encoding="utf-8")
    proc = run_cli("import", "x.html", "--into", str(afile), READER_LIBRARY_DIR=str(tmp_path / "lib"))
    assert proc.returncode == 1 and b"not a folder" in proc.stderr
    assert afile.read_text(encoding="utf-8") == "mine"
    proc = run_cli("import", "ftp://" + "a" * 5000, READER_LIBRARY_DIR=str(tmp_path / "lib"))
    assert max(len(line) for line in proc.stderr.decode().splitlines()) < 400
    proc = run_cli("import")
    assert proc.returncode == 2 and b"or --refresh" in proc.stderr and b"not both" not in proc.stderr
