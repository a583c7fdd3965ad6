"""Property tests: on any text, quote extraction never fails and every offset is exact;
matching and citing never fail either."""

from __future__ import annotations

import json
from types import SimpleNamespace

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from reader.analysis.quote_match import match_quotes, quotes_json
from reader.analysis.quotes import extract_quotes
from reader.reports.citation import STYLES, cite

SETTINGS = dict(deadline=None, derandomize=True, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PIECES = ["“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", " ", " ", " ", "\n", "\n\n", ".", ",", ":", "—", "?",
          "said ", "wrote ", "told reporters, ", "according to ", "she ", "he ", "the judge ", "Chen ",
          "Judge Ann Lee ", "Mr. ", "U.S. ", ", a lawyer, ", "IRS’s ", "weren’t ", "so-called ", "we ", "won ",
          "Sixteen-year-old ", "Ezra Dunn ", "his ", "her ", "spent the night. ",
          "\x00", "\x1b[31m", "\u2028", "\t", "ü", "字", "😀", "\u0301", "\ue000"]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from("“”‘’\"' a.\n,"), max_size=80),
)


def check(body: str):
    found = extract_quotes(SimpleNamespace(body=body))
    last_end = -1
    for q in found:
        assert 0 <= q.start < q.end <= len(body)
        assert body[q.start:q.end] == q.text
        assert q.text == q.text.strip()
        assert q.start >= last_end                      # in text order, never overlapping
        last_end = q.end
        assert q.kind in ("full", "partial")
        assert q.open_mark < q.start and (q.close_mark is None or q.close_mark >= q.end)
        for a, b in q.nested:
            assert q.start <= a <= b <= q.end
        if q.attribution_start is not None:
            assert 0 <= q.attribution_start < q.attribution_end <= len(body)
        assert (q.speaker is None) == (q.how is None) or q.how in ("continued", "split")
        if q.speaker is not None:                       # never invented: every word is in the text
            assert q.speaker == q.speaker.strip() and all(w in body for w in q.speaker.split())
    return found


@settings(**SETTINGS)
@given(texts)
@example("“")
@example("”“")
@example("“a\n\n“b")
@example("“a\n\n“b\n\n“c”")
@example("‘’")
@example("'a' 'b")
@example("\"\"\"\"")
@example("“\ue000”")
@example("“x,” said")
@example("“x,” said the")
@example("Judge: “a”")
def test_extraction_never_fails_and_offsets_are_exact(body):
    check(body)


@settings(**SETTINGS)
@given(st.lists(texts, min_size=1, max_size=3))
def test_matching_and_json_never_fail(bodies):
    articles = [SimpleNamespace(id=f"a{i}", body=b, outlet=None if i % 2 else "Outlet", title="T",
                                title_derived=False, authors=(), published=None, url=None)
                for i, b in enumerate(bodies)]
    groups = match_quotes(articles)
    total = sum(len(extract_quotes(a)) for a in articles)
    assert sum(len(g.occurrences) for g in groups) == total
    for g in groups:
        for o in g.occurrences:
            canon = g.canonical.quote.text
            joined_b = "".join(t for op, t in o.diff if op != -1)
            assert joined_b == o.quote.text
            if o.relation != "fragment":
                assert "".join(t for op, t in o.diff if op != 1) == canon
    json.dumps(quotes_json(articles))


fields = st.one_of(st.none(), st.text(max_size=30))


@settings(**SETTINGS)
@given(texts, fields, fields, st.lists(st.text(max_size=20), max_size=3), st.booleans(),
       st.sampled_from([None, "2025-11-21", "2025-11-21T08:30:00", "garbage"]))
def test_citations_never_fail_and_never_say_none(body, outlet, title, authors, derived, published):
    article = SimpleNamespace(id="x", body=body, outlet=outlet, title=title or "", title_derived=derived,
                              authors=tuple(authors), published=published, url=None)
    given_text = body + (outlet or "") + (title or "") + "".join(authors)
    assume(not any(bad in given_text for bad in ("None", "()", ",,", ", ,")))
    for q in extract_quotes(article):
        for style in STYLES:
            text = cite(q, article, style)
            assert "None" not in text and "()" not in text and ", ," not in text and ",," not in text
            assert "\x1b" not in text and "\x00" not in text
