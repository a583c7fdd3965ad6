"""reader import on saved pages: extraction, metadata, refusals, safe writing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("trafilatura")

from reader.library import importer
from reader.library.importer import ImportFailure, extract_article, import_sources, slug, user_library_dir
from reader.library.loading import load_file, load_library

PAGES = Path(__file__).parent / "data" / "pages"
CONTROL = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]}


def _one(source, into) -> importer.ImportResult:
    [result] = import_sources([str(source)], into)
    return result


def _load_clean(path: Path):
    issues = []
    article = load_file(path, issues)
    assert issues == [], [str(i) for i in issues]
    assert article is not None
    return article


def _assert_round_trip(result: importer.ImportResult) -> None:
    article = _load_clean(result.path)
    meta = result.metadata
    assert article.title == meta["title"]
    assert article.outlet == meta.get("outlet")
    assert list(article.authors) == meta.get("authors", [])
    assert article.published == meta.get("published")
    assert article.url == meta.get("url")
    assert article.language == meta.get("language")
    assert article.words == meta["words"]


def test_news_article_with_full_metadata(tmp_path):
    result = _one(PAGES / "news_full.html", tmp_path)
    assert result.ok, result.message
    assert result.message == "imported"
    assert result.path.parent == tmp_path
    assert result.path.name == "the-harbour-ledger-council-approves-new-harbour.md"
    assert result.metadata == {
        "title": "Council approves new harbour flood barrier",
        "outlet": "The Harbour Ledger",
        "authors": ["Priya Natarajan", "Tomas Ekberg"],
        "published": "2024-03-14",
        "url": "https://ledger.example/news/2024/03/14/harbour-flood-barrier",
        "language": "en-GB",
        "words": result.metadata["words"],
    }
    article = _load_clean(result.path)
    _assert_round_trip(result)
    assert article.body.lstrip().startswith("The town council voted on Wednesday evening")
    assert "luck is not a flood defence" in article.body
    assert article.body.count("\n\n") == 4                   # five paragraphs
    for furniture in ("Most read", "Ferry timetable", "All rights reserved", "Sport"):
        assert furniture not in article.body


def test_article_element_only_leaves_unknown_fields_out(tmp_path):
    result = _one(PAGES / "article_only.html", tmp_path)
    assert result.ok, result.message
    assert set(result.metadata) == {"title", "words"}       # nothing guessed
    text = result.path.read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    assert front == "title: Volunteers count a record number of swifts\n"
    article = _load_clean(result.path)
    assert article.outlet is None and article.authors == () and article.published is None
    assert article.body.lstrip().startswith("Volunteers who spent the weekend")


def test_paywall_prompt_is_left_out_and_reported(tmp_path):
    result = _one(PAGES / "paywall.html", tmp_path)
    assert result.ok, result.message
    assert "paywall" in result.message
    article = _load_clean(result.path)
    assert "housing association" in article.body
    for prompt in ("Subscribe", "subscribers only", "Log in"):
        assert prompt not in article.body
    assert result.metadata["published"] == "2023-11-02"
    _assert_round_trip(result)


def test_short_paywalled_teaser_is_refused_with_a_hint():
    html = (PAGES / "paywall.html").read_text(encoding="utf-8")
    start = html.index("<p>The association")
    html = html[:start] + html[html.index("<div class=\"paywall\""):]
    with pytest.raises(ImportFailure, match=r"not an article: .* \(the page may be behind a paywall\)"):
        extract_article(html)


def test_listing_page_is_refused_clearly(tmp_path):
    result = _one(PAGES / "listing.html", tmp_path)
    assert not result.ok
    assert result.path is None
    assert result.message.startswith("not an article: only 0 words of running text found")
    assert "\n" not in result.message
    assert list(tmp_path.iterdir()) == []                   # nothing written, no temp file


def test_scripts_and_control_characters_never_reach_the_file(tmp_path):
    result = _one(PAGES / "hostile.html", tmp_path)
    assert result.ok, result.message
    text = result.path.read_text(encoding="utf-8")
    assert not CONTROL & set(text)
    assert "script text must not be imported" not in text
    assert "alert(" not in text and "color: red" not in text
    assert "!!python" not in text and "!<" not in text        # plain YAML, no tags
    article = _load_clean(result.path)
    for value in (article.title, article.outlet or "", *article.authors):
        assert not CONTROL & set(value)
    _assert_round_trip(result)


def test_control_characters_in_metadata_are_neutralised(tmp_path):
    doc = SimpleNamespace(title="Evil\x1b[2J title\x07", sitename="Out\x9blet\nName", author="A\x1b[31mB; C\tD",
                          date="2021-01-02", url=None)
    meta = importer._metadata(doc, "https://news.example/a\x1b", "en\x1b")
    assert meta["title"] == "Evil␛[2J title␇"
    assert meta["outlet"] == "Out\ufffdlet Name"
    assert meta["authors"] == ["A␛[31mB", "C D"]
    assert meta["url"] == "https://news.example/a␛"
    assert "language" not in meta
    path = importer.write_article(meta, "Body with \x1b[31m red.\n", tmp_path)
    article = load_file(path, issues := [])
    assert issues == []
    assert article.title == meta["title"] and article.outlet == meta["outlet"]
    assert list(article.authors) == meta["authors"]


def test_non_utf8_page_is_decoded_with_its_charset(tmp_path):
    assert b"caf\xe9" in (PAGES / "latin1.html").read_bytes()  # really windows-1252 on disk
    result = _one(PAGES / "latin1.html", tmp_path)
    assert result.ok, result.message
    assert result.metadata["title"] == "Le café du port ferme ses portes après soixante ans"
    assert result.metadata["outlet"] == "L’Écho du Port"
    assert result.metadata["language"] == "fr"
    assert result.path.name == "lecho-du-port-le-cafe-du-port-ferme-ses-portes.md"
    article = _load_clean(result.path)
    assert "“C’est toute une époque qui s’en va,”" in article.body
    assert "\ufffd" not in article.body
    _assert_round_trip(result)


def test_importing_twice_never_overwrites(tmp_path):
    first = _one(PAGES / "news_full.html", tmp_path)
    before = first.path.read_bytes()
    again = _one(PAGES / "news_full.html", tmp_path)
    assert again.ok and again.status == "up to date" and again.path == first.path  # issue 14: a calm success
    assert again.message == f"already up to date (imported as {first.path}); nothing written"
    # a changed page with the same title gets the next free name
    changed = tmp_path / "changed.html"
    changed.write_text((PAGES / "news_full.html").read_text().replace("nine votes to four", "ten votes to three"))
    second = _one(changed, tmp_path / "lib")
    shutil.copy(second.path, tmp_path / "lib" / "keep.md")
    third = _one(PAGES / "news_full.html", tmp_path / "lib")
    assert third.ok and third.path.name == "the-harbour-ledger-council-approves-new-harbour-2.md"
    assert second.path.read_bytes() != third.path.read_bytes()
    assert first.path.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} == {first.path.name, "changed.html", "lib"}


def test_existing_file_of_that_name_is_kept(tmp_path):
    taken = tmp_path / "volunteers-count-a-record-number-of-swifts.md"
    taken.write_text("mine\n")
    result = _one(PAGES / "article_only.html", tmp_path)
    assert result.ok and result.path.name == "volunteers-count-a-record-number-of-swifts-2.md"
    assert taken.read_text() == "mine\n"


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path, monkeypatch):
    into = tmp_path / "new" / "library"                      # created on demand
    results = import_sources([str(p) for p in sorted(PAGES.glob("*.html"))], into)
    assert [r.ok for r in results].count(True) == 5
    assert all(p.suffix == ".md" and not p.name.startswith(".") for p in into.iterdir())
    # a failure while linking leaves neither a temp file nor a partial article
    monkeypatch.setattr(importer.os, "link", lambda a, b: (_ for _ in ()).throw(OSError(28, "No space left")))
    failed = _one(PAGES / "article_only.html", tmp_path / "other")
    assert not failed.ok and "No space left" in failed.message
    assert list((tmp_path / "other").iterdir()) == []


def test_without_hard_links_names_are_still_never_reused(tmp_path, monkeypatch):
    monkeypatch.setattr(importer.os, "link", lambda a, b: (_ for _ in ()).throw(OSError(1, "Operation not permitted")))
    first = _one(PAGES / "article_only.html", tmp_path)
    changed = tmp_path.parent / f"{tmp_path.name}-page.html"
    changed.write_text((PAGES / "article_only.html").read_text().replace("312", "313"))
    second = _one(changed, tmp_path)
    assert first.ok and second.ok and first.path != second.path
    assert "312 occupied" in first.path.read_text() and "313 occupied" in second.path.read_text()
    assert len(list(tmp_path.iterdir())) == 2


def test_file_source_problems_are_one_line(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "empty.html").write_bytes(b"")
    results = import_sources([str(tmp_path / "missing.html"), str(tmp_path / "notes.txt"), str(tmp_path),
                              "ftp://example.com/a.html", "file:///etc/passwd", str(tmp_path / "empty.html")],
                             tmp_path / "lib")
    assert [r.message for r in results] == [
        "no such file", "not an HTML file (.html or .htm)", "not a regular file",
        "only http and https addresses can be imported, not 'ftp:'",
        "only http and https addresses can be imported, not 'file:'",
        results[5].message,
    ]
    assert not results[5].ok and "\n" not in results[5].message
    assert not (tmp_path / "lib").exists()


def test_a_link_loop_or_dangling_link_is_named_as_such(tmp_path):
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop.html")
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere.html")
    results = import_sources([str(tmp_path / "loop.html"), str(tmp_path / "gone.html")], tmp_path / "lib")
    assert [r.message for r in results] == ["symbolic link loop", "dangling link"]  # (was "no such file")


def test_oversized_file_is_refused(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body>" + b"<p>word </p>" * 2000 + b"</body></html>")
    result = import_sources([str(big)], tmp_path / "lib", max_bytes=10_000)[0]
    assert not result.ok and "over the" in result.message and "MB limit" in result.message


def test_slug_is_short_and_without_accents():
    assert slug({"outlet": "Le Monde", "title": "Ça va — l’été?"}) == "le-monde-ca-va-lete"
    assert slug({"title": "x" * 200}) == "x" * 48
    assert slug({"title": "日本語"}) == "日本語"            # a headline in another script keeps its words
    assert slug({"title": "!!!"}) == "article"
    assert slug({}) == "article"
    long = slug({"outlet": "The Harbour Ledger", "title": "Council approves new harbour flood barrier after years"})
    assert len(long) <= 48 and not long.endswith("-")


def test_user_library_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("READER_LIBRARY_DIR", str(tmp_path / "lib"))
    assert user_library_dir() == tmp_path / "lib"
    assert import_sources([str(PAGES / "article_only.html")], None)[0].path.parent == tmp_path / "lib"
    monkeypatch.delenv("READER_LIBRARY_DIR")
    assert user_library_dir().parts[-2:] == ("reader", "library")


def test_imported_folder_loads_as_a_library(tmp_path):
    import_sources([str(p) for p in sorted(PAGES.glob("*.html"))], tmp_path)
    library = load_library([tmp_path])
    assert library.issues == []
    assert len(library.articles) == 5
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_surrogates_from_json_ld_do_not_break_writing(tmp_path):
    html = (PAGES / "article_only.html").read_text().replace(
        "<html>", '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                  '"author": {"@type": "Person", "name": "Ann \\ud800 Lee"}, "headline": "Odd \\udfff one"}'
                  '</script></head>')
    page = tmp_path / "odd.html"
    page.write_text(html)
    result = _one(page, tmp_path / "lib")
    assert result.ok, result.message
    _load_clean(result.path)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_text, outlet=_text, authors=st.lists(_text, max_size=3), language=_text)
def test_any_metadata_round_trips_through_the_file(tmp_path, title, outlet, authors, language):
    doc = SimpleNamespace(title=title, sitename=outlet, author="; ".join(authors), date=None, url=None)
    meta = importer._metadata(doc, None, language)
    folder = tmp_path / "h"
    path = importer.write_article(meta, "Some body text.\n", folder)
    try:
        article = _load_clean(path)
        assert article.title == meta.get("title", article.title)
        assert article.outlet == meta.get("outlet")
        assert list(article.authors) == meta.get("authors", [])
        assert article.language == meta.get("language")
        assert not CONTROL & set(path.read_text(encoding="utf-8").replace("\n", ""))
    finally:
        path.unlink()


def test_without_the_import_extra_the_failure_says_what_to_install(monkeypatch):
    import sys

    import pytest

    from reader.library import importer

    monkeypatch.setitem(sys.modules, "trafilatura", None)      # as if not installed
    with pytest.raises(importer.ImportFailure) as failure:
        importer._trafilatura()
    assert "pip install '.[import]'" in str(failure.value)
    assert "trafilatura" in str(failure.value)
