"""Citations of quotes (reader.reports.citation): every style with all fields and with fields missing."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis.quotes import Quote
from reader.library.model import Article
from reader.reports import citation
from reader.reports.citation import STYLES, cite, md_escape, quote_text

QUOTE = Quote("The policy was unlawful,", 1, 25, "full", 0, speaker="Colleen Kollar-Kotelly",
              speaker_role="U.S. District Judge", speaker_kind="person")
BARE = replace(QUOTE, speaker=None, speaker_role=None, speaker_kind=None)
FULL = Article(id="cnn", body="“The policy was unlawful,” she wrote.", title="Judge blocks IRS data deal",
               outlet="CNN", authors=("Marshall Cohen",), published="2025-11-21", url="https://example.com/a")
EMPTY = Article(id="x", body=FULL.body, title="A federal judge on Friday blocked the IRS", title_derived=True)

EXPECTED_FULL = {
    "plain": "“The policy was unlawful”\n— Colleen Kollar-Kotelly, U.S. District Judge\n"
             "Quoted in CNN, “Judge blocks IRS data deal”, by Marshall Cohen, 2025-11-21. https://example.com/a",
    "markdown": "> The policy was unlawful\n>\n> — Colleen Kollar-Kotelly, U.S. District Judge, quoted in *CNN*, "
                "[“Judge blocks IRS data deal”](https://example.com/a), by Marshall Cohen, 2025-11-21",
    "apa": "“The policy was unlawful” (Kollar-Kotelly, as cited in Cohen, 2025).\n"
           "Cohen, M. (2025, November 21). Judge blocks IRS data deal. CNN. https://example.com/a",
    "mla": "According to Colleen Kollar-Kotelly, “The policy was unlawful” (qtd. in Cohen).\n"
           "Cohen, Marshall. “Judge blocks IRS data deal.” CNN, 21 Nov. 2025, example.com/a.",
    "chicago": "“The policy was unlawful”\n"
               "Colleen Kollar-Kotelly, quoted in Marshall Cohen, “Judge blocks IRS data deal,” CNN, November 21, "
               "2025, https://example.com/a.\n"
               "Cohen, Marshall. “Judge blocks IRS data deal.” CNN, November 21, 2025. https://example.com/a.",
}


@pytest.mark.parametrize("style", STYLES)
def test_every_field_present(style):
    assert cite(QUOTE, FULL, style) == EXPECTED_FULL[style]


EXPECTED_EMPTY = {        # no outlet, derived title (not a real title), no author, date or URL: the file is named
    "plain": "“The policy was unlawful”\n— Colleen Kollar-Kotelly, U.S. District Judge\nQuoted in house-addresses.md.",
    "markdown": "> The policy was unlawful\n>\n> — Colleen Kollar-Kotelly, U.S. District Judge, quoted in "
                "house-addresses.md",
    "apa": "“The policy was unlawful” (Kollar-Kotelly, as cited in house-addresses.md, n.d.).\n"
           "house-addresses.md. (n.d.).",
    "mla": "According to Colleen Kollar-Kotelly, “The policy was unlawful” (qtd. in house-addresses.md).\n"
           "house-addresses.md.",
    "chicago": "“The policy was unlawful”\nColleen Kollar-Kotelly, quoted in house-addresses.md.",
}
FILED = replace(EMPTY, path=Path("/articles/house-addresses.md"))


@pytest.mark.parametrize("style", STYLES)
def test_every_field_missing_names_the_file(style):
    assert cite(QUOTE, FILED, style) == EXPECTED_EMPTY[style]


@pytest.mark.parametrize("style", STYLES)
def test_nothing_at_all_but_the_quote_still_says_where_it_was_read(style):
    text = cite(BARE, FILED, style)
    assert text.startswith(("“The policy was unlawful”", "> The policy was unlawful")) and "house-addresses.md" in text
    assert "Quoted in x." in cite(QUOTE, EMPTY, "plain")        # no file: the article's id


def test_a_title_in_quotes_takes_one_full_stop():
    """Chicago puts the stop inside the quotes: “…Admin.” never “…Admin.”. nor “…Admin.”."""
    for title in ("Judge Rules IRS Broke Law by Sharing Data With Trump Admin",
                  "Judge Rules IRS Broke Law by Sharing Data With Trump Admin."):
        article = Article(id="j", body=FULL.body, title=title)
        for style in STYLES:
            text = cite(QUOTE, article, style)
            assert ".”." not in text and "..”" not in text, (style, text)
        assert cite(QUOTE, article, "chicago").endswith("Trump Admin.”")


BAD = re.compile(r"None|null|Unknown outlet|unknown|\(\s*\)|,\s*,|,\s*\.|\s[,.]|“\s*”|\[\s*\]|\*\*|\s$|^\s")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("drop", [(), ("outlet",), ("authors",), ("published",), ("url",), ("title",),
                                  ("outlet", "authors"), ("outlet", "published", "url"),
                                  ("authors", "published"), ("title", "authors"), ("title", "url"),
                                  ("outlet", "authors", "published", "url")])
@pytest.mark.parametrize("quote", [QUOTE, BARE], ids=["speaker", "unattributed"])
def test_missing_fields_leave_no_trace(style, drop, quote):
    changes = {"outlet": None, "authors": (), "published": None, "url": None}
    article = replace(FULL, **{k: changes[k] for k in drop if k in changes})
    if "title" in drop:
        article = replace(article, title_derived=True)
    text = cite(quote, article, style)
    assert not BAD.search(text), text
    for field in ("outlet", "url"):
        value = getattr(article, field)
        if value and style != "mla":
            assert value in text
    if "title" in drop:
        assert "Judge blocks" not in text                       # a derived title is not the article's title
    if quote.speaker is None:
        assert "Kollar-Kotelly" not in text


def test_no_date_in_apa_is_nd():
    assert "(Kollar-Kotelly, as cited in Cohen, n.d.)" in cite(QUOTE, replace(FULL, published=None), "apa")


def test_a_datetime_gives_its_date_and_a_bad_date_is_left_out():
    assert "2025-11-21." in cite(QUOTE, replace(FULL, published="2025-11-21T08:30:00"), "plain")
    assert "2025" not in cite(QUOTE, replace(FULL, published="soon"), "chicago")


def test_several_authors():
    two = replace(FULL, authors=("Marshall Cohen", "Jane Q. Smith"))
    three = replace(FULL, authors=("Marshall Cohen", "Jane Q. Smith", "Tom Lee"))
    assert "(Kollar-Kotelly, as cited in Cohen & Smith, 2025)" in cite(QUOTE, two, "apa")
    assert "Cohen, M., & Smith, J. Q. (2025" in cite(QUOTE, two, "apa")
    assert "Cohen, M., Smith, J. Q., & Lee, T. (2025" in cite(QUOTE, three, "apa")
    assert "(qtd. in Cohen and Smith)" in cite(QUOTE, two, "mla")
    assert "Cohen, Marshall, and Jane Q. Smith." in cite(QUOTE, two, "mla")
    assert "(qtd. in Cohen et al.)" in cite(QUOTE, three, "mla")
    assert "Cohen, Marshall, Jane Q. Smith, and Tom Lee." in cite(QUOTE, three, "chicago")
    assert "by Marshall Cohen, Jane Q. Smith and Tom Lee" in cite(QUOTE, three, "plain")


def test_no_author_uses_the_title_in_apa_and_mla():
    article = replace(FULL, authors=())
    assert "(Kollar-Kotelly, as cited in “Judge blocks IRS data,” 2025)." in cite(QUOTE, article, "apa")
    assert "Judge blocks IRS data deal. (2025, November 21). CNN." in cite(QUOTE, article, "apa")
    assert "(qtd. in “Judge blocks IRS data”)." in cite(QUOTE, article, "mla")
    assert cite(QUOTE, article, "mla").splitlines()[1].startswith("“Judge blocks IRS data deal.” CNN")


def test_a_title_ending_in_a_question_mark_takes_no_extra_stop():
    article = replace(FULL, title="Can the IRS share data?")
    assert "“Can the IRS share data?” CNN" in cite(QUOTE, article, "mla")
    assert "“Can the IRS share data?” CNN, November" in cite(QUOTE, article, "chicago")
    assert "Can the IRS share data? CNN." in cite(QUOTE, article, "apa")


def test_an_organisation_speaker_keeps_its_whole_name():
    org = replace(QUOTE, speaker="American Civil Liberties Union", speaker_role=None, speaker_kind="organization")
    assert "(American Civil Liberties Union, as cited in Cohen, 2025)" in cite(org, FULL, "apa")


def test_split_quote_parts_are_joined():
    a = replace(QUOTE, text="We will build it,", part=0)
    b = replace(QUOTE, text="and we will pay for it.", part=1)
    assert quote_text([a, b]) == "We will build it, and we will pay for it."
    assert cite([a, b], FULL, "plain").startswith("“We will build it, and we will pay for it.”")


def test_text_is_data():
    nasty = replace(QUOTE, text="*Bold* [link](http://x) <b>hi</b> #1 \x1b[31mred\nnext,")
    article = replace(FULL, title="A [title] with *stars*", outlet="Out_let")
    md = cite(nasty, article, "markdown")
    assert r"\*Bold\* \[link\](http://x) \<b\>hi\</b\> #1 ␛\[31mred next" in md
    assert r"*Out\_let*" in md and r"“A \[title\] with \*stars\*”" in md
    plain = cite(nasty, article, "plain")
    assert "\x1b" not in plain and "␛[31mred next" in plain and "\n" not in plain.splitlines()[0]


def test_markdown_shows_character_references_as_written():
    """An article that writes "&lt;b&gt;", "&amp;" or "&copy;" is cited with those
    characters: unescaped, a Markdown renderer would show "<b>", "&" and "©"."""
    quote = replace(QUOTE, text="We will &lt;b&gt;rebuild&lt;/b&gt; &amp; pay &#169; &copy; now")
    article = replace(FULL, title="Fish &amp; chips", outlet="Post &copy;", authors=("Ann &lt;Rook&gt;",))
    md = cite(quote, article, "markdown")
    assert r"> We will \&lt;b\&gt;rebuild\&lt;/b\&gt; \&amp; pay \&#169; \&copy;" in md
    assert r"*Post \&copy;*" in md and r"“Fish \&amp; chips”" in md and r"Ann \&lt;Rook\&gt;" in md
    assert "&lt;b&gt;rebuild" in cite(quote, article, "plain")  # plain text has no references to escape


def test_markdown_escapes_line_starts_and_urls():
    assert md_escape("1. first") == r"1\. first" and md_escape("- item") == r"\- item"
    assert md_escape("# heading") == r"\# heading"
    article = replace(FULL, url="https://example.com/a (b)")
    assert "(https://example.com/a%20%28b%29)" in cite(QUOTE, article, "markdown")


def test_unknown_style():
    with pytest.raises(ValueError, match="unknown citation style"):
        cite(QUOTE, FULL, "harvard")


def test_each_style_has_one_formatter():
    """``STYLES`` names the styles (the command line offers them before the module's
    formatters are needed); the dispatch table has exactly those, in that order."""
    assert tuple(citation._FORMATTERS) == STYLES
