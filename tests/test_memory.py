"""What keeps a long article's analysis small, checked without timing anything: the name
tokens share their text and compute their end, and the memory benchmark's generated article
is a valid article just under the loader's size limit."""

from __future__ import annotations

from benchmarks.memory import LIMIT_BYTES, long_article, reworked_copy
from reader.analysis.name_chunks import tokenize
from reader.library.loading import MAX_BYTES, load_library


def test_name_tokens_share_equal_words_and_keep_exact_offsets():
    text = "The judge said the ruling stands. “The ruling,” the judge said, “stands.”"
    toks = tokenize(text, [])
    assert all(text[t.start:t.end] == t.text for t in toks)
    the = [t for t in toks if t.text == "the"]
    assert len(the) == 2 and the[0].text is the[1].text


def test_the_generated_article_is_one_valid_article_under_the_limit(tmp_path):
    text = long_article(60_000, seed="t")
    assert len(text.encode("utf-8")) <= 60_000 and long_article(60_000, seed="t") == text
    assert LIMIT_BYTES < MAX_BYTES
    (tmp_path / "long.md").write_text(text, encoding="utf-8")
    (tmp_path / "copy.md").write_text(reworked_copy(text), encoding="utf-8")
    library = load_library([tmp_path])
    assert [a.outlet for a in library.articles] == ["Generated News", "Generated News"] and not library.issues
    body = next(a.body for a in library.articles if a.title == "A long generated report")
    assert body.count("“") > 50 and " said" in body
