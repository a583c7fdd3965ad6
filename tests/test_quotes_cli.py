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


def test_one_quotation_printed_thousands_of_times_lists_in_linear_time(tmp_path):
    """A hostile file that prints one quotation 3,000 times: each quote lists at most
    MAX_ALSO_IN of the others and counts them all (the listing was quadratic: hours)."""
    import json

    from reader.analysis.quote_match import MAX_ALSO_IN, quotes_json
    from reader.library.model import Article

    body = " ".join(['"We will rebuild," said Jensen.'] * 3000)
    quotes = quotes_json([Article(id="huge", body=body, title="huge", words=len(body.split()))])
    assert len(quotes) == 3000
    assert all(len(q["also_in"]) == MAX_ALSO_IN and q["also_in_count"] == 2999 for q in quotes)
    assert len(json.dumps(quotes)) < 3000 * (MAX_ALSO_IN + 1) * 400
