"""The scoring of benchmarks/story_eval.py on a tiny invented story (never the shared data).

Four articles written for this test: 01-alpha and 02-beta carry the same (made-up) wire
text, 03-gamma is a blog copy of 02-beta (an article-to-article derivation), 04-delta is
a distractor about another event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.story_eval import (
    covered,
    find_all,
    format_table,
    gold_copy_sources,
    leading_ids,
    locate,
    main,
    overlap,
    overlaps_enough,
    passage_spans,
    quote_spans,
    score_conflicts,
    score_coverage,
    score_derived,
    score_distractor,
    score_links,
    score_pairs,
    score_quotes,
    score_unique,
    sentence_spans,
    speaker_matches,
    split_body,
)

S_LEDE_A = "LAKETON (Wire) - A water main burst under Elm Street on Tuesday, flooding 12 homes, officials said."
S_LEDE_B = "LAKETON - A water main burst under Elm Street on Tuesday, flooding 15 homes, officials said."
S_QUOTE = "\"We are working around the clock,\" Mayor Ann Bell said."
S_ROAD = "The street will stay closed until Friday."
S_SHOPS = "Shops on the corner stayed open."
S_BLOG = "Readers sent us photos of the flooding."
S_OTHER = "A gas leak closed Oak Avenue in 2019, and 12 homes were evacuated."

BODIES = {
    "01-alpha": f"\n{S_LEDE_A}\n\n{S_QUOTE}\n\n{S_ROAD}\n",
    "02-beta": f"\n{S_LEDE_B}\n\n{S_QUOTE}\n\n{S_SHOPS}\n",
    "03-gamma": f"\n{S_LEDE_B}\n\n{S_QUOTE}\n\n{S_SHOPS} {S_BLOG}\n",
    "04-delta": f"\n{S_OTHER}\n",
}
SENTENCES = {
    "01-alpha": [S_LEDE_A, S_QUOTE, S_ROAD],
    "02-beta": [S_LEDE_B, S_QUOTE, S_SHOPS],
    "03-gamma": [S_LEDE_B, S_QUOTE, S_SHOPS, S_BLOG],
    "04-delta": [S_OTHER],
}


def _pair(a: str, b: str, aligned: list[tuple[int, int, str]], relation: str, derived: bool) -> dict[str, Any]:
    links = [{"a": i, "b": j, "kind": k} for i, j, k in aligned]
    shared = any(k in ("verbatim", "edited") for _, _, k in aligned)
    return {"a": a, "b": b, "aligned": links, "shared_text": shared, "level": "partial" if shared else "none",
            "relation": {"type": relation, "derived": derived}}


def make_gold() -> dict[str, Any]:
    pairs = [
        _pair("01-alpha", "02-beta", [(0, 0, "edited"), (1, 1, "verbatim")], "same-wire-copy", True),
        _pair("01-alpha", "03-gamma", [(0, 0, "edited"), (1, 1, "verbatim")], "same-wire-copy", True),
        _pair("02-beta", "03-gamma", [(0, 0, "verbatim"), (1, 1, "verbatim"), (2, 2, "verbatim")],
              "same-wire-copy", True),
    ]
    for a, b in (("01-alpha", "04-delta"), ("02-beta", "04-delta"), ("03-gamma", "04-delta")):
        pairs.append(_pair(a, b, [], "distractor", False))
    return {
        "story": "invented",
        "distractor": "04-delta",
        "articles": {a: {"sentences": s} for a, s in SENTENCES.items()},
        "pairs": pairs,
        "origin": {
            "copies_between_articles": "03-gamma copies the text of 02-beta (blog copy)",
            "derivations": {
                "01-alpha": {"derives_from": "Wire-1 (wire)"},
                "02-beta": {"derives_from": "Wire-1 (wire), the same text as 01-alpha"},
                "03-gamma": {"derives_from": "02-beta (blog copy)"},
                "04-delta": {"derives_from": "Wire (2019), different event"},
            },
        },
        "quotes": {
            a: [{"q": "We are working around the clock,", "speaker": "Ann Bell", "speakers": ["bell"], "kind": "full"}]
            for a in ("01-alpha", "02-beta", "03-gamma")
        },
        "figures": [
            {"quantity": "homes flooded", "status": "conflict",
             "values": {"01-alpha": "flooding 12 homes", "02-beta": "flooding 15 homes",
                        "03-gamma": "flooding 15 homes"}},
            {"quantity": "day the street reopens", "status": "agree",
             "values": {"01-alpha": "until Friday", "03-gamma": "Tuesday"}},
        ],
        "unique": {"01-alpha": [S_ROAD], "02-beta": [], "03-gamma": [S_BLOG], "04-delta": [S_OTHER]},
    }


def span_of(article: str, text: str) -> tuple[int, int]:
    start = BODIES[article].index(text)
    return start, start + len(text)


def passage(a: str, b: str, text_a: str, text_b: str, kind: str = "verbatim") -> dict[str, Any]:
    (sa, ea), (sb, eb) = span_of(a, text_a), span_of(b, text_b)
    return {"a_start": sa, "a_end": ea, "b_start": sb, "b_end": eb, "kind": kind}


def link(copy: str, source: str, directed: bool = True) -> dict[str, Any]:
    return {"copy": copy, "source": source, "directed": directed, "basis": "containment" if directed else "unknown"}


def figure(article: str, text: str, sentence: str) -> dict[str, Any]:
    start, end = span_of(article, text)
    s_start, s_end = span_of(article, sentence)
    return {"article": article, "start": start, "end": end, "sentence_start": s_start, "sentence_end": s_end}


def occurrence(article: str, text: str, speaker: str | None) -> dict[str, Any]:
    start, end = span_of(article, text)
    return {"article": article, "start": start, "end": end, "text": text, "speaker": speaker}


def make_result(links: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "pairs": [
            {"a": "01-alpha", "b": "02-beta", "passages": [passage("01-alpha", "02-beta", S_QUOTE, S_QUOTE)]},
            {"a": "02-beta", "b": "03-gamma",
             "passages": [passage("02-beta", "03-gamma", BODIES["02-beta"].strip(), BODIES["02-beta"].strip())]},
            {"a": "01-alpha", "b": "04-delta", "passages": [passage("01-alpha", "04-delta", "12 homes", "12 homes")]},
            {"a": "01-alpha", "b": "03-gamma", "passages": []},
        ],
        "provenance": {"links": links or []},
        "quotes": [{"id": 0, "speaker": "Ann Bell", "carried_by": ["01-alpha", "02-beta", "03-gamma"], "occurrences": [
            occurrence("01-alpha", "We are working around the clock,", "Mayor Ann Bell"),
            occurrence("02-beta", "We are working around the clock", "Laketon officials"),
            occurrence("03-gamma", "working around the clock,", None),
        ]}],
        "conflicts": [
            {"quantity": "homes", "articles": ["01-alpha", "02-beta", "03-gamma"], "values": [
                {"display": "12", "articles": ["01-alpha"], "figures": [figure("01-alpha", "12 homes", S_LEDE_A)]},
                {"display": "15", "articles": ["02-beta", "03-gamma"],
                 "figures": [figure("02-beta", "15 homes", S_LEDE_B), figure("03-gamma", "15 homes", S_LEDE_B)]},
            ]},
            {"quantity": "days", "articles": ["01-alpha", "03-gamma"], "values": [
                {"display": "Friday", "articles": ["01-alpha"], "figures": [figure("01-alpha", "Friday", S_ROAD)]},
                {"display": "Tuesday", "articles": ["03-gamma"], "figures": [figure("03-gamma", "Tuesday", S_LEDE_B)]},
            ]},
        ],
        "unique_lines": [
            {"article": "01-alpha", "lines": [{"start": s, "end": e} for s, e in [span_of("01-alpha", S_ROAD)]]},
            {"article": "02-beta", "lines": [{"start": s, "end": e} for s, e in [span_of("02-beta", S_QUOTE)]]},
            {"article": "03-gamma", "lines": []},
        ],
    }


# --- spans -------------------------------------------------------------------------------


def test_split_body_keeps_everything_after_the_closing_fence() -> None:
    text = "---\ntitle: \"A made-up page\"\noutlet: Nowhere\n---\n\nFirst line.\n"
    assert split_body(text) == "\nFirst line.\n"
    assert split_body("No front matter.\n") == "No front matter.\n"
    assert split_body("---\nnever closed\n") == "---\nnever closed\n"


def test_find_all_exact_then_whitespace_and_quote_tolerant() -> None:
    body = "one two one two"
    assert find_all(body, "one") == [(0, 3), (8, 11)]
    assert find_all("he said \u201chello  there\u201d", "\"hello there\"") == [(8, 22)]
    assert find_all(body, "three") == []
    assert find_all(body, "  ") == []


def test_locate_prefers_occurrences_after_start() -> None:
    assert locate("ab ab", "ab", 1) == (3, 5)
    assert locate("ab ab", "ab", 4) == (0, 2)   # none after: the first anywhere
    assert locate("ab", "zz") is None


def test_sentence_spans_locate_a_repeated_sentence_in_order() -> None:
    body = "Rain fell. Roads closed. Rain fell."
    assert sentence_spans(body, ["Rain fell.", "Roads closed.", "Rain fell."]) == [(0, 10), (11, 24), (25, 35)]
    assert sentence_spans(body, ["Not here."]) == [None]


def test_quote_spans_prefer_a_span_after_a_quotation_mark() -> None:
    body = "the clock struck, and she said \u201cthe clock\u201d twice, \u201cthe clock\u201d"
    assert quote_spans(body, "the clock") == [(32, 41)]
    assert quote_spans(body, "the clock", 2) == [(32, 41), (51, 60)]


def test_overlap_and_matching_share_of_the_shorter() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0
    assert overlaps_enough((0, 10), (5, 8))          # the shorter is inside
    assert overlaps_enough((0, 10), (5, 15))         # exactly half
    assert not overlaps_enough((0, 10), (8, 20))
    assert not overlaps_enough((0, 0), (0, 10))


def test_passage_spans_include_moved_words() -> None:
    pair = {"a": "01-alpha", "b": "02-beta", "passages": [
        {"a_start": 0, "a_end": 50, "b_start": 0, "b_end": 40,
         "moved": [{"a_start": 20, "a_end": 30, "b_start": 60, "b_end": 70}]}]}
    assert passage_spans(pair, "01-alpha") == [(0, 50), (20, 30)]
    assert passage_spans(pair, "02-beta") == [(0, 40), (60, 70)]
    assert passage_spans({"a": "01-alpha", "b": "02-beta", "passages": [
        {"a_start": 0, "a_end": 5, "b_start": 0, "b_end": 5}]}, "02-beta") == [(0, 5)]


def test_covered_counts_overlapping_spans_once() -> None:
    assert covered((0, 10), [(0, 6), (4, 8)]) == pytest.approx(0.8)
    assert covered((10, 20), [(0, 15), (18, 40)]) == pytest.approx(0.7)
    assert covered((0, 10), []) == 0.0


# --- gold parsing ------------------------------------------------------------------------


def test_leading_ids_only_at_the_start() -> None:
    ids = ["01-alpha", "02-beta", "02-betamax"]
    assert leading_ids("02-beta (syndicated)", ids) == ["02-beta"]
    assert leading_ids("02-betamax and 01-alpha", ids) == ["02-betamax", "01-alpha"]
    assert leading_ids("Wire-1 (wire), the same text as 01-alpha", ids) == []


def test_gold_copy_sources_from_derivations_and_copies_between_articles() -> None:
    gold = make_gold()
    assert gold_copy_sources(gold) == {"01-alpha": set(), "02-beta": set(), "03-gamma": {"02-beta"},
                                       "04-delta": set()}
    gold["origin"]["derivations"]["03-gamma"]["derives_from"] = "a patchwork"
    gold["origin"]["copies_between_articles"] = "03-gamma lifts sentences that 01-alpha and 02-beta carry; x"
    assert gold_copy_sources(gold)["03-gamma"] == {"01-alpha", "02-beta"}
    gold["origin"]["copies_between_articles"] = "none proven: 03-gamma rewords 02-beta"
    assert gold_copy_sources(gold)["03-gamma"] == set()


# --- the measures ------------------------------------------------------------------------


def test_a_direction_between_two_carriers_of_one_wire_is_a_false_copy_claim() -> None:
    sec = score_links(make_gold(), make_result([link("02-beta", "01-alpha")]))
    assert sec.counts["directed"] == 1
    assert sec.counts["false"] == 1
    assert sec.counts["supported"] == 0
    assert sec.counts["reversed"] == 0
    assert any(d.startswith("FALSE COPY CLAIM 02-beta draws on 01-alpha") for d in sec.details)


def test_a_copy_the_gold_derives_is_not_a_false_claim() -> None:
    sec = score_links(make_gold(), make_result([link("03-gamma", "02-beta"), link("01-alpha", "02-beta", False)]))
    assert (sec.counts["directed"], sec.counts["supported"], sec.counts["false"]) == (1, 1, 0)
    assert sec.counts["shares"] == 1                 # undirected: counted apart, never false
    assert sec.counts["shares_unrelated"] == 0
    assert (sec.counts["gold_copies"], sec.counts["copies_right"]) == (1, 1)
    assert not any("FALSE" in d for d in sec.details)


def test_the_reverse_of_a_gold_copy_is_false_and_marked_reversed() -> None:
    sec = score_links(make_gold(), make_result([link("02-beta", "03-gamma"), link("01-alpha", "04-delta", False)]))
    assert (sec.counts["false"], sec.counts["reversed"], sec.counts["copies_reversed"]) == (1, 1, 1)
    assert sec.counts["shares_unrelated"] == 1


def test_pairs_precision_recall_and_the_distractor() -> None:
    sec = score_pairs(make_gold(), make_result())
    # related by reader: alpha~beta, beta~gamma (right), alpha~delta (false); alpha~gamma has no passage
    assert {k: sec.counts[k] for k in ("gold", "reader", "tp", "fp", "fn", "distractor")} == {
        "gold": 3, "reader": 3, "tp": 2, "fp": 1, "fn": 1, "distractor": 1}
    dist = score_distractor(make_gold(), make_result([link("04-delta", "01-alpha")]))
    assert (dist.counts["pairs"], dist.counts["passages"], dist.counts["links"]) == (1, 1, 1)


def test_coverage_of_reused_sentences_per_pair() -> None:
    sec = score_coverage(make_gold(), BODIES, make_result())
    # alpha~beta: quote covered on both sides (verbatim), ledes not (edited);
    # alpha~gamma: nothing; beta~gamma: all three sentences on both sides
    assert (sec.counts["verbatim"], sec.counts["verbatim_cov"]) == (2 + 2 + 6, 2 + 6)
    assert (sec.counts["edited"], sec.counts["edited_cov"]) == (4, 0)


def test_derived_pairs_count_a_link_as_relating() -> None:
    assert score_derived(make_gold(), make_result()).counts == {"derived": 3, "related": 2, "by_link_only": 0}
    sec = score_derived(make_gold(), make_result([link("03-gamma", "01-alpha", False)]))
    assert sec.counts == {"derived": 3, "related": 3, "by_link_only": 1}


def test_quotes_recall_and_speakers() -> None:
    sec = score_quotes(make_gold(), BODIES, make_result())
    assert (sec.counts["gold"], sec.counts["found"], sec.counts["with_speaker"]) == (3, 3, 3)
    assert (sec.counts["right"], sec.counts["wrong"], sec.counts["null"]) == (1, 1, 1)
    assert sec.counts["right_group"] == 2            # the null one takes the group's speaker
    assert sec.counts["extra"] == 0
    assert speaker_matches("Mayor Ann Bell", ["bell"])
    assert not speaker_matches(None, ["bell"])


def test_conflicts_found_opposed_and_spurious_on_an_agree_figure() -> None:
    sec = score_conflicts(make_gold(), BODIES, make_result())
    assert (sec.counts["gold"], sec.counts["found"], sec.counts["opposed"]) == (1, 1, 1)
    assert (sec.counts["reader"], sec.counts["spurious"], sec.counts["spurious_agree"]) == (2, 1, 1)


def test_a_conflict_citing_one_article_is_not_found() -> None:
    result = make_result()
    result["conflicts"][0]["values"][1]["figures"] = []
    sec = score_conflicts(make_gold(), BODIES, result)
    assert (sec.counts["found"], sec.counts["loose"]) == (0, 0)


def test_unique_lines_found_and_wrong() -> None:
    sec = score_unique(make_gold(), BODIES, make_result())
    # found: alpha's road sentence; missed: gamma's blog line, delta's; wrong: beta's quote (verbatim elsewhere)
    assert sec.counts == {"gold": 3, "found": 1, "reader": 2, "wrong": 1, "wrong_reused": 1}


def test_format_table_puts_the_total_under_a_rule() -> None:
    text = format_table("T", [("n", lambda c: str(c.get("n", 0)))], [("a", {"n": 1}), ("TOTAL", {"n": 1})])
    lines = text.splitlines()
    assert lines[0] == "T"
    assert set(lines[3]) == {"-"}
    assert lines[4].split() == ["TOTAL", "1"]


def test_main_without_the_data_says_so_and_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent")]) == 0
    assert "nothing to score" in capsys.readouterr().out


def test_subsets_run_reader_on_every_subset_and_sum_the_claims(tmp_path: Path) -> None:
    import json

    from benchmarks.story_eval import subset_claims

    folder = tmp_path / "invented-story"
    folder.mkdir()
    for name, body in BODIES.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: \"{name}\"\n---\n{body}", encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(make_gold()), encoding="utf-8")
    counts = subset_claims(folder, [3], retries=0, wait=0)
    assert counts["runs"] == 4 and counts["failed"] == 0  # the four subsets of three of four articles
    assert counts["shares"] + counts["directed"] >= 4  # each subset holds two carriers of the wire text
    assert counts["shares_unrelated"] == 0  # the distractor is never linked
