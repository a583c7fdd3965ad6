"""Every field name ``--json`` prints is documented in the README (as sqlite-utils tests
that every command is): on the bundled story, every key that ``reader story``,
``compare``, ``quotes``, ``entities``, ``list``, ``show`` and ``stories`` print with
``--json``, at any depth, must appear in the README in backquotes. Keys that are article
ids (maps by article) are data, not field names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "articles").glob("*.md"))


def _keys(obj: Any, out: set[str]) -> set[str]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            out.add(key)
            _keys(value, out)
    elif isinstance(obj, list):
        for value in obj:
            _keys(value, out)
    return out


@pytest.mark.parametrize("command", [
    ["story", *map(str, ARTICLES)],
    ["compare", str(ROOT / "articles" / "cnn.md"), str(ROOT / "articles" / "house-addresses.md")],
    ["quotes", *map(str, ARTICLES)],
    ["entities", *map(str, ARTICLES)],
    ["list", *map(str, ARTICLES)],
    ["show", str(ROOT / "articles" / "cnn.md")],
    ["stories", *map(str, ARTICLES)],
])
def test_every_json_field_is_in_the_readme(run_reader, command: list[str]) -> None:
    done = run_reader(*command, "--json")
    assert done.returncode == 0, done.stderr
    ids = {path.stem for path in ARTICLES}
    keys = _keys(json.loads(done.stdout), set()) - ids
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert keys, "the command printed no field"
    assert sorted(k for k in keys if f"`{k}`" not in readme) == []


def test_every_provenance_basis_is_in_the_readme() -> None:
    """The values of a link's ``basis`` are documented too: a new rule needs its line."""
    from reader.analysis.pair_relation import DIRECTED, SIBLING

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [b for b in (*DIRECTED, *SIBLING, "unknown") if f"`{b}`" not in readme]
    assert missing == []


def _paragraph(readme: str, opening: str) -> str:
    """The README paragraph that begins with ``opening`` (up to the next blank line)."""
    start = readme.index(opening)
    end = readme.find("\n\n", start)
    return readme[start:end if end >= 0 else None]


@pytest.mark.parametrize("command,opening", [
    (["quotes", *map(str, ARTICLES)], "`reader quotes --json`"),
    (["entities", *map(str, ARTICLES)], "`reader entities --json`"),
    (["import", str(ROOT / "tests" / "data" / "pages" / "news_full.html")], "`reader import --json`"),
])
def test_every_field_is_documented_where_its_command_is(run_reader, command, opening, tmp_path) -> None:
    """Not just somewhere in the README: in the paragraph on that command's JSON (quotes'
    `outlets`, the entities' `figures` `key`, import's fields were documented nowhere there)."""
    extra = ["--into", str(tmp_path / "lib")] if command[0] == "import" else []
    done = run_reader(*command, *extra, "--json")
    assert done.returncode == 0, done.stderr
    keys = _keys(json.loads(done.stdout), set()) - {path.stem for path in ARTICLES}
    documented = _paragraph((ROOT / "README.md").read_text(encoding="utf-8"), opening)
    assert sorted(k for k in keys if f"`{k}`" not in documented) == []
