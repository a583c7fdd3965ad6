"""Helpers for the unique-lines tests: the lines a story lists per article, as text. No tests
of its own."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article


def unique_texts(articles: list[Article], tmp_path, monkeypatch) -> dict[str, list[str]]:
    """Each article id → the text of the lines only it has (a fresh cache under ``tmp_path``)."""
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    story = analyse_story(articles)
    bodies = {a.id: a.body for a in articles}
    return {aid: [bodies[aid][s:e] for s, e in spans] for aid, spans in story.unique_lines.items()}
