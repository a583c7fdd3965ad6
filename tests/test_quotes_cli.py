"""``reader quotes``: run as a subprocess like the other CLI tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO, child_env


def test_json(run_reader):
    done = run_reader("quotes", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 27
    assert {"article", "text", "speaker", "kind", "start", "end", "speaker_role", "carried_by",
            "outlets"} <= set(rows[0])
    assert rows[0]["carried_by"] == ["cnn", "house-addresses"]


def test_text_and_paths(run_reader):
    done = run_reader("quotes", str(REPO / "articles" / "judge-rules.md"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("judge-rules · Unknown outlet · Judge Rules IRS")
    assert "Mark Fleming, attorney with the National Immigrant Justice Center" in done.stdout


@pytest.mark.parametrize("style", ["plain", "markdown", "apa", "mla", "chicago"])
def test_formats(run_reader, style):
    done = run_reader("quotes", str(REPO / "articles" / "cnn.md"), "--format", style)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Kollar-Kotelly") >= 2 and "None" not in done.stdout


def test_usage_errors(run_reader):
    assert run_reader("quotes", "--format", "harvard").returncode == 2
    assert run_reader("quotes", "--json", "--format", "apa").returncode == 2
    assert run_reader("quotes", "no-such-folder").returncode == 1


def test_quotes_does_not_import_textual(tmp_path):
    code = ("import sys; from reader.cli import main; status = main(['quotes', '--json']); sys.stdout.flush(); "
            "sys.stderr.write(str(any(m == 'textual' or m.startswith('textual.') for m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=child_env(), capture_output=True,
                          encoding="utf-8", stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 0 and done.stderr.strip().endswith("False")
