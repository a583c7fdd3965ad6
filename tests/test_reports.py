"""The HTML and Markdown story reports."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

from reader.analysis.story import analyse_story
from reader.library.loading import load_library
from reader.library.model import Article
from reader.reports.html import story_html
from reader.reports.markdown import md_escape, story_markdown
from reader.text.files import write_atomic
from reader.text.tokens import word_count

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "embed", "source", "track", "wbr"}


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags, self.urls, self.text = [], [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "srcset") and value:
                self.urls.append((tag, name, value))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _check(html: str) -> _Checker:
    c = _Checker()
    c.feed(html)
    c.close()
    return c


@pytest.fixture(scope="module")
def story():
    return analyse_story(load_library().articles)


def _art(id_, body, **kw):
    return Article(id=id_, body=body, title=id_, words=word_count(body), **kw)


@pytest.fixture(scope="module")
def hostile():
    evil = ('<script>alert("x")</script> The council said 1.27 million records were sent. '
            '<img src="http://evil.example/x.png"> The mayor said the bridge will reopen in spring after repairs.')
    copy = ('<script>alert("x")</script> The council said 1.28 million records were sent. '
            '<img src="http://evil.example/x.png"> The mayor said the bridge will reopen in spring after repairs.')
    return analyse_story([_art("evil", evil, url="https://news.example/a", outlet="<b>Outlet</b>"),
                          _art("copy", copy, url="javascript:alert(1)")])


def test_html_is_well_formed_and_has_the_sections(story):
    html = story_html(story)
    c = _check(html)
    assert c.errors == [] and c.stack == []
    assert html.startswith("<!DOCTYPE html>")
    text = " ".join(c.text)
    for heading in ("Shared text", "Provenance", "Conflicting figures", "Quotes across sources", "Shared passages",
                    "Lines only one source has", "Entities only some sources mention"):
        assert heading in text
    assert "1.27 million" in text and "1.28 million" in text
    assert "reworded copy" in text
    assert "<del>" in html and "<ins>" in html           # word diffs in the side-by-side passages
    assert html.count('class="pair"') >= 1
    assert 'table class="heat"' in html


def test_html_is_self_contained(story):
    html = story_html(story)
    c = _check(html)
    assert "script" not in c.tags and "link" not in c.tags and "iframe" not in c.tags
    assert all(not re.match(r"(?i)\s*(https?:)?//", v) for t, n, v in c.urls if n != "href" or t != "a")
    assert not re.search(r"(?i)url\(|@import", html)
    assert "<style>" in html


def test_html_escapes_article_text(hostile):
    html = story_html(hostile)
    c = _check(html)
    assert c.errors == []
    assert "script" not in c.tags and "img" not in c.tags
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in html
    # the only remote URL is the article's own, as a link; javascript: URLs are not linked
    assert [(t, v) for t, n, v in c.urls] == [("a", "https://news.example/a")]
    assert "javascript:" not in html
    assert "1.27 million" in " ".join(c.text)           # the conflict between the two is shown


def test_markdown_has_matrix_and_conflicts(story):
    md = story_markdown(story)
    assert "## Shared text" in md
    assert re.search(r"^\| \| cnn \| dcnf-talwani \| house-addresses \| judge-rules \| newsnation \|$", md, re.M)
    assert re.search(r"^\| \*\*house-addresses\*\* \| 100% \|", md, re.M)
    assert "## Conflicting figures" in md
    assert "**more than 1.27 million**: newsnation" in md
    assert re.search(r"\*\*1\.28 million\*\*: .*cnn", md)
    assert "**house-addresses** draws on **cnn**" in md and "reworded copy" in md
    assert "~~" in md                                     # word diffs


def test_markdown_escapes_article_text(hostile):
    md = story_markdown(hostile)
    assert not re.search(r"(?<!\\)<(script|img|b>)", md)
    assert r"\<script\>" in md
    assert md_escape("a|b *c* <x>") == r"a\|b \*c\* \<x\>"
    assert "\n" not in md_escape("two\nlines")


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    write_atomic(tmp_path / "fresh.md", "x")
    assert sorted(os.listdir(tmp_path)) == ["fresh.md", "report.html"]
    assert (tmp_path / "fresh.md").stat().st_mode & 0o777 != 0o600 or os.umask(0o022) == 0o077


def test_write_atomic_failure_keeps_old_file(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    with pytest.raises(TypeError):
        write_atomic(target, None)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["report.html"]


def test_a_coloured_change_is_reopened_on_every_line():
    # less -R and terminals that redraw a line drop a style left open across a newline:
    # a removal crossing a paragraph break must be coloured on both lines
    from reader.reports.compare_text import diff_markup
    from reader.reports.output import style

    assert style("one\n\ntwo", "31;9", True) == "\x1b[31;9mone\x1b[0m\n\n\x1b[31;9mtwo\x1b[0m"
    assert style("one\ntwo", "31;9", False) == "one\ntwo"
    out = diff_markup([(0, "Kept. "), (-1, "Gone here.\n\nGone there."), (0, " Kept.")], True)
    assert out == "Kept. \x1b[31;9mGone here.\x1b[0m\n\n\x1b[31;9mGone there.\x1b[0m Kept."


def test_a_story_of_one_article_says_why_it_has_nothing_to_compare():
    """No "solo (0)" with nothing under it, no legend over no passages: the reason, plainly."""
    from reader.analysis.story import ONE_ARTICLE
    from reader.tui.screens.story_sections import unique_text

    body = "Only one article says 1.27 million records were requested. The agency declined to comment."
    story = analyse_story([Article(id="solo", body=body, title="Solo", words=15)])
    md = story_markdown(story)
    for heading in ("## Shared passages", "## Lines only one source has"):
        section = md.split(heading, 1)[1].split("\n## ", 1)[0]
        assert section.strip() == ONE_ARTICLE, section
    assert "solo (0)" not in md and "struck through" not in md
    page = story_html(story)
    assert page.count(ONE_ARTICLE) == 2 and "0 lines" not in page and "struck through" not in page
    assert unique_text(story).plain == ONE_ARTICLE


def test_an_article_with_no_line_of_its_own_says_none():
    articles = load_library().articles[:2]
    story = analyse_story(articles)
    md = story_markdown(story)
    section = md.split("## Lines only one source has", 1)[1].split("\n## ", 1)[0]
    for a in articles:
        part = section.split(f"### {md_escape(a.id)} (", 1)[1].split("\n### ", 1)[0]
        assert "\n- " in part or "None: every line is in another source too." in part


def test_unaligned_pairs_are_counted_in_the_singular_and_plural():
    from reader.reports.html import _unaligned

    assert _unaligned(1) == "1 unrelated pair was not aligned (0%)."
    assert _unaligned(0) == "0 unrelated pairs were not aligned (0%)."
    assert _unaligned(3) == "3 unrelated pairs were not aligned (0%)."
