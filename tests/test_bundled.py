"""The bundled story: five clean articles, word for word from the texts they were made from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import BUNDLED_IDS, REPO

from reader.library.loading import load_library
from reader.library.resources import bundled_articles_dir

ALLOWED_FIELDS = {"title", "outlet", "authors", "published", "url", "language"}
SEEDS = REPO.parent / "shared" / "seeds"
SEED_FOR = {"000": "newsnation", "001": "cnn", "002": "judge-rules", "003": "house-addresses", "004": "dcnf-talwani"}

# Page furniture: text of the web page around the article, never part of a body.
FURNITURE_IN_BODY = ["Advertisement", "Leave a Reply", "Your email address will not be published",
                     "The-CNN-Wire", "Cable News Network, Inc.", "All content created by the Daily Caller",
                     "Screen Capture/PBS", "<p>", "</p>", "3:02"]
FURNITURE_LINE = re.compile("|".join([
    r"Advertisement",
    r"Leave a Reply",
    r"Your email address will not be published\..*",
    r"The-CNN-Wire",
    r".*© \d{4} .*All rights reserved\.",
    r"<p>.*",                                   # a video player's caption, as raw HTML
    r"\d{1,2}:\d{2}",                           # a video's duration
    r"Sources",
    r"Screen Capture/.*",                       # a photo credit
    r"All content created by the Daily Caller News Foundation.*",
    # The title of the video embedded in seed 003 (the article's front matter notes it).
    r"The Internal Revenue Service has agreed to share taxpayer information with immigration officers",
]))


@pytest.fixture(scope="module")
def library():
    return load_library()


def split_file(path: Path) -> tuple[str, str, dict]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    end = text.index("\n---\n", 3) + len("\n---\n")
    return text[:end], text[end:], yaml.safe_load(text[4:end - 4]) or {}


def test_five_articles_load_without_warnings(library):
    assert library.issues == []
    assert [a.id for a in library.articles] == BUNDLED_IDS
    assert sorted(p.stem for p in bundled_articles_dir().glob("*.md")) == BUNDLED_IDS
    for article in library.articles:
        assert article.title.strip()
        assert article.words > 300
        assert article.language == "en"


@pytest.mark.parametrize("article_id", BUNDLED_IDS)
def test_front_matter_fields(article_id):
    _, _, meta = split_file(bundled_articles_dir() / f"{article_id}.md")
    assert set(meta) <= ALLOWED_FIELDS, set(meta) - ALLOWED_FIELDS
    assert meta.get("language") == "en"
    for key in ("title", "outlet"):
        assert key not in meta or (isinstance(meta[key], str) and meta[key].strip())
    assert "authors" not in meta or all(isinstance(a, str) and a.strip() for a in meta["authors"])


@pytest.mark.parametrize("article_id", BUNDLED_IDS)
def test_body_is_the_text_after_the_front_matter(library, article_id):
    _, body, _ = split_file(bundled_articles_dir() / f"{article_id}.md")
    assert library.get(article_id).body == body


@pytest.mark.parametrize("article_id", BUNDLED_IDS)
def test_body_has_no_page_furniture(library, article_id):
    body = library.get(article_id).body
    for text in FURNITURE_IN_BODY:
        assert text not in body, text
    for line in body.splitlines():
        assert not FURNITURE_LINE.fullmatch(line.strip()), line
    assert "\r" not in body
    assert not re.search(r"<[a-z]+[ >]", body), "HTML tags in the body"


def test_metadata_of_the_story(library):
    got = {a.id: (a.outlet, a.authors, a.title_derived) for a in library.articles}
    assert got == {
        "cnn": ("CNN", ("Marshall Cohen",), False),
        "dcnf-talwani": ("Daily Caller News Foundation", (), True),
        "house-addresses": (None, (), True),
        "judge-rules": (None, (), False),
        "newsnation": ("NewsNation", (), False),
    }


def seed_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip().rstrip("\xa0").rstrip()
        if line:
            lines.append(line)
    return lines


def _seeds() -> list[Path]:
    return sorted(SEEDS.glob("[0-9][0-9][0-9]_*.txt")) if SEEDS.is_dir() else []


@pytest.mark.skipif(not _seeds(), reason=f"the seed texts are not beside the repository ({SEEDS})")
@pytest.mark.parametrize("seed", _seeds(), ids=lambda p: p.name[:3])
def test_every_sentence_of_the_seed_is_in_the_body_word_for_word(library, seed):
    article = library.get(SEED_FOR[seed.name[:3]])
    # Headline, masthead and byline lines went into the front matter, not the body.
    metadata_lines = {article.title, article.outlet}
    if article.authors:
        metadata_lines.add(f"By {' and '.join(article.authors)}, {article.outlet}")
    missing = []
    for line in seed_lines(seed):
        if FURNITURE_LINE.fullmatch(line):
            assert line not in article.body.splitlines()
        elif line not in article.body and line not in metadata_lines:
            missing.append(line)
    assert missing == []
    # and nothing was added: every line of the body is a line of the seed
    lines = set(seed_lines(seed))
    added = [line for line in article.body.splitlines() if line.strip() and line.rstrip() not in lines]
    assert added == []


def test_seed_map_covers_every_article():
    assert sorted(SEED_FOR.values()) == BUNDLED_IDS
