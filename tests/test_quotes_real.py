"""benchmarks/quotes_real.py: brat parsing, gold quotations, span and speaker matching, on
invented text (the PolNeAR data is never needed nor copied)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.quotes_real import (
    GoldQuote,
    gold_quotes,
    lenient_match,
    main,
    match_spans,
    metrics,
    paragraph_spans,
    parse_ann,
    pick_annotator,
    quoted_stretches,
    score_article,
    source_class,
    strict_match,
)

TEXT = ("Mayor backs new park plan.\n\n"
        "Mayor Jane Roe said the plan was “long overdue” on Monday.\n\n"
        "“We will build it this year,” she told the council.")


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


def _ann(text: str) -> str:
    src1, cue1, con1 = _span(text, "Mayor Jane Roe"), _span(text, "said"), _span(text, "the plan was “long overdue”")
    src2, cue2 = _span(text, "she"), _span(text, "told")
    con2 = _span(text, "“We will build it this year,”")
    return (f"T1\tSource {src1[0]} {src1[1]}\tMayor Jane Roe\n"
            f"T2\tCue {cue1[0]} {cue1[1]}\tsaid\n"
            f"T3\tContent {con1[0]} {con1[1]}\tthe plan was “long overdue”\n"
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
            f"T4\tAttribution {cue1[0]} {cue1[1]}\tsaid\n"
            f"T5\tSource {src2[0]} {src2[1]}\tshe\n"
            f"T6\tCue {cue2[0]} {cue2[1]}\ttold\n"
            f"T7\tContent {con2[0]} {con2[0] + 5};{con2[0] + 6} {con2[1]}\t“We w\nll build it\n"
            "continued text of a span that ran over a line break\n"
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
            "#1\tAnnotatorNotes T7\ta note\n")


def test_parse_ann_reads_offsets_discontinuous_spans_and_skips_continuation_lines() -> None:
    ann = parse_ann(_ann(TEXT))
    assert set(ann.spans) == {"T1", "T2", "T3", "T4", "T5", "T6", "T7"}
    kind, parts = ann.spans["T7"]
    assert kind == "Content" and len(parts) == 2
    assert ann.events[0] == {"Attribution": ["T4"], "Content": ["T3"], "Cue": ["T2"], "Source": ["T1"]}
    assert TEXT[slice(*ann.spans["T1"][1][0])] == "Mayor Jane Roe"


def test_parse_ann_keeps_hyphenated_types_and_events_without_source() -> None:
    ann = parse_ann("T1\tAttribution-no-source 0 4\tSaid\nE1\tAttribution-no-source:T1 Content:T2\n")
    assert ann.spans["T1"][0] == "Attribution-no-source"
    assert "Source" not in ann.events[0]


def test_quoted_stretches_pairs_marks_per_paragraph() -> None:
    text = ("He called it “a mess” and ‘no deal’ for the workers’ union in the ’90s.\n\n"
            "“First paragraph of a long quote.\n\n“Second and last.”\n\n"
            "''Typewriter quotes,'' he said. A \"straight\" one. An “unclosed one.\n")
    got = [text[a:b] for a, b in quoted_stretches(text)]
    assert got == ["a mess", "no deal", "First paragraph of a long quote.", "Second and last.",
                   "Typewriter quotes,", "straight"]


def test_offsets_count_the_headline_line() -> None:
    gold = gold_quotes(TEXT, parse_ann(_ann(TEXT)))
    assert [TEXT[g.start:g.end] for g in gold] == ["long overdue", "We will build it this year,"]
    assert [g.source_text for g in gold] == ["Mayor Jane Roe", "she"]
    assert paragraph_spans(TEXT)[0] == (0, len("Mayor backs new park plan."))


def test_gold_takes_the_smallest_content_and_needs_half_the_stretch_inside() -> None:
    text = "Aides said Roe told them “stay home” today, and “go” was not “what we meant at all”."
    outer, inner = _span(text, "Roe told them “stay home” today"), _span(text, "“stay home”")
    half = _span(text, "“what we")
    ann = parse_ann(f"T1\tSource 0 4\tAides\nT2\tContent {outer[0]} {outer[1]}\tx\n"
                    f"T3\tSource {outer[0]} {outer[0] + 3}\tRoe\nT4\tContent {inner[0]} {inner[1]}\tx\n"
                    f"T5\tContent {half[0]} {half[1]}\tx\n"
                    "E1\tContent:T2 Source:T1\nE2\tContent:T4 Source:T3\nE3\tContent:T5\n")
    gold = gold_quotes(text, ann)
    assert [(text[g.start:g.end], g.source_text) for g in gold] == [("stay home", "Roe")]


def test_source_classes() -> None:
    assert source_class("Spokeswoman Jane Roe") == "name"
    assert source_class("the Roe campaign") == "name"
    assert source_class("He") == "pronoun"
    assert source_class("they") == "pronoun"
    assert source_class("the senator from Ohio") == "name"          # a place name is a capitalised word
    assert source_class("the senator") == "description"
    assert source_class("Officials") == "description"
    assert source_class("a Roe campaign aide") == "description"
    assert source_class("another Ohio voter") == "description"
    assert source_class("") == "none"


def test_strict_match_by_surname_or_last_name_word() -> None:
    assert strict_match("Jane Roe", "Mayor Jane Roe")
    assert strict_match("Jane Roe", "Roe")
    assert strict_match("Roe", "Ms. Jane Roe’s")
    assert strict_match("Jane Roe Jr.", "Roe")
    assert strict_match("Roe campaign", "the Roe campaign")
    assert not strict_match("John Doe", "Mayor Jane Roe")
    assert not strict_match(None, "Jane Roe")
    assert not strict_match("Jane Roe", "she")


def test_lenient_match_looks_back_three_paragraphs_for_the_name() -> None:
    paras = paragraph_spans(TEXT)
    she = TEXT.index("she told")
    assert lenient_match("Jane Roe", "she", TEXT, she, paras)
    assert not lenient_match("John Doe", "she", TEXT, she, paras)
    assert not lenient_match(None, "she", TEXT, she, paras)
    far = "Jane Roe spoke.\n\nA.\n\nB.\n\nC.\n\nShe said “no.”"
    assert not lenient_match("Jane Roe", "She", far, far.index("She"), paragraph_spans(far))
    assert lenient_match("Jane Roe", "Mayor Roe", far, 0, paragraph_spans(far))


def test_match_spans_exact_and_one_to_one_overlap() -> None:
    pred = [(0, 10), (12, 20), (30, 35)]
    gold = [(0, 10), (11, 21), (14, 16), (40, 50)]
    assert match_spans(pred, gold, exact=True) == [(0, 0)]
    assert match_spans(pred, gold, exact=False) == [(0, 0), (1, 1)]


def _q(text: str, words: str, speaker: str | None) -> SimpleNamespace:
    a, b = _span(text, words)
    return SimpleNamespace(start=a, end=b, speaker=speaker, how="after" if speaker else None)


def test_score_article_counts_speakers_wrong_and_null() -> None:
    gold = gold_quotes(TEXT, parse_ann(_ann(TEXT)))
    pred = [_q(TEXT, "long overdue", "Jane Roe"), _q(TEXT, "We will build it this year", None),
            _q(TEXT, "backs", "Nobody")]
    c = score_article(TEXT, gold, pred)["counts"]
    assert (c["gold"], c["pred"], c["exact"], c["overlap"]) == (2, 3, 1, 2)
    assert (c["judged_strict"], c["right_strict"], c["with_source"], c["right_lenient"]) == (1, 1, 2, 1)
    assert (c["null"], c["wrong"], c["qs_strict"], c["qs_lenient"]) == (1, 0, 1, 1)
    m = metrics(c)
    assert m["exact_p"] == pytest.approx(1 / 3) and m["overlap_r"] == 1.0
    assert m["null_rate"] == 0.5 and m["qs_lenient_f1"] == pytest.approx(0.4)


def test_gold_without_source_is_right_only_when_reader_names_nobody() -> None:
    text = "Intro.\n\nIt was called “a test” here."
    a, b = _span(text, "a test")
    gold = [GoldQuote(a, b, (), "")]
    assert score_article(text, gold, [_q(text, "a test", None)])["counts"]["qs_lenient"] == 1
    assert score_article(text, gold, [_q(text, "a test", "Roe")])["counts"]["qs_lenient"] == 0


def test_pick_annotator_is_deterministic() -> None:
    assert pick_annotator(["b2", "a1"], "b2", "metadata") == "b2"
    assert pick_annotator(["b2", "a1"], "a1|b2", "metadata") == "a1"
    assert pick_annotator(["b2", "a1"], "b2", "first") == "a1"
    assert pick_annotator(["b2", "a1"], None, "b2") == "b2"
    assert pick_annotator(["a1"], None, "zz") is None


def test_main_without_data_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path)]) == 0
    assert "not found" in capsys.readouterr().out


def test_end_to_end_on_an_invented_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "polnear-train"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "paper_2020-01-01_park.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "paper_2020-01-01_park_a1.ann").write_text(_ann(TEXT), encoding="utf-8")
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\tpublisher\n"
                                       "train\tpaper_2020-01-01_park\ta1\tpaper\n", encoding="utf-8")
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "paper" in out and "overall" in out and "per 1,000 words" in out
    assert all(len(line) <= 110 for line in out.splitlines() if not line.startswith(("Speaker", "Columns")))
