"""The derived-pair signals of benchmarks/derived_signals.py on invented texts (every text
here is made up for these tests; the shared data is never read).

The story: a mayor's press conference about a dam repair. ``wire`` is a wire story,
``rewrite`` its overnight rewrite that keeps the mayor's quotations but no sentence of
the first version, ``times`` and ``gazette`` two independent reports of the same press
conference (they quote the mayor too)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.derived_signals import (
    CONJUNCTION,
    PairRow,
    Rule,
    article_text,
    best_dice,
    figures,
    grams,
    longest_run,
    main,
    margin_check,
    pair_signals,
    rule_counts,
    story_rows,
    summarise,
)
from reader.analysis.article import analyse
from reader.library.model import Article
from reader.text.tokens import word_count

Q1 = "We will not let this town go under again"
Q2 = "Every dollar of this money goes into concrete and steel, not into consultants"

WIRE = (
    "MILLBROOK, Vt. (Wire) \u2014 The city of Millbrook will spend $4.2 million to rebuild the Old Mill dam, "
    "which cracked during spring floods and forced 86 families from their homes, Mayor Helen Okafor said "
    "Monday.\n\n"
    f"\u201c{Q1},\u201d Okafor told reporters at City Hall.\n\n"
    "The repairs will begin in June and take about 14 months, according to the city engineer's office.\n\n"
    f"\u201c{Q2},\u201d she said.\n\n"
    "State inspectors rated the 1911 structure unsafe in April after water seeped through a second crack."
)
REWRITE = (
    "MILLBROOK, Vt. (Wire) \u2014 Work to fix the cracked Old Mill dam starts in June, Millbrook's mayor "
    "announced on Monday, with a price tag of $4.2 million for a job the city engineer's office expects to last "
    "some 14 months.\n\n"
    f"\u201c{Q1},\u201d Mayor Helen Okafor said, standing on the steps of City Hall.\n\n"
    "Floodwater pouring over the damaged dam this spring drove 86 households out, and state inspectors "
    "declared the century-old barrier unsafe after a second crack appeared in April.\n\n"
    f"\u201c{Q2},\u201d the mayor added."
)
TIMES = (
    "Millbrook residents who lost their homes in the spring floods got a promise from City Hall on Monday.\n\n"
    f"\u201c{Q1},\u201d Mayor Helen Okafor said at a crowded news conference.\n\n"
    "Okafor's plan pays for new spillway gates and a concrete face for the dam, and the council is expected "
    "to approve it next week.\n\n"
    f"\u201c{Q2},\u201d she told the room, to applause."
)
GAZETTE = (
    "Mayor Helen Okafor unveiled a dam plan Monday that critics on the council called rushed.\n\n"
    f"\u201c{Q1},\u201d the mayor said during her remarks.\n\n"
    "Councilor Ray Dunn said the city should wait for a second engineering study before signing contracts.\n\n"
    f"\u201c{Q2},\u201d Okafor said when asked about the cost."
)


def _text(id_: str, body: str):
    return article_text(analyse(Article(id=id_, body=body, title=id_, words=word_count(body))))


def test_longest_run_counts_contiguous_items_and_none_breaks_a_run():
    assert longest_run(["a", "b", "c", "d"], ["x", "b", "c", "d", "y"]) == 3
    assert longest_run(["a", None, "b"], ["a", None, "b"]) == 1
    assert longest_run([], ["a"]) == 0


def test_grams_need_a_content_word_and_skip_blanks():
    words = ["of", "the", "old", "mill", None, "of", "the", "of", "the"]
    assert grams(words, 2) == {("the", "old"), ("old", "mill")}
    assert ("of", "the") in grams(words, 2, need_content=False)


def test_figures_leave_out_years_and_one_digit_numbers():
    assert figures(["86", "1911", "4.2", "5", "14", "families", None]) == {"86", "4.2", "14"}


def test_best_dice():
    assert best_dice([frozenset("abcd")], [frozenset("abxy"), frozenset("abcd")]) == 1.0
    assert best_dice([], [frozenset("ab")]) == 0.0


def test_quotations_are_split_from_the_reporting():
    t = _text("wire", WIRE)
    quoted = [w for w in t.quoted if w is not None]
    assert quoted[:3] == ["we", "will", "not"]
    assert "okafor" in [w for w in t.unquoted if w] and "consultants" not in [w for w in t.unquoted if w]
    assert t.dateline == "MILLBROOK"


def test_quotes_do_not_tell_a_rewrite_from_two_independent_reports():
    wire, rewrite, times, gazette = (_text(i, b) for i, b in
                                     (("wire", WIRE), ("rewrite", REWRITE), ("times", TIMES), ("gazette", GAZETTE)))
    derived = pair_signals(wire, rewrite)
    independent = pair_signals(times, gazette)
    # both pairs carry both quotations whole: the quote signals are the same
    assert derived["quote_run"] == independent["quote_run"] == len(Q2.split())
    assert derived["quote_grams"] == independent["quote_grams"] > 0
    # what sets the rewrite apart here is its reporting: the same figures, the same dateline
    assert derived["figures"] >= 3 and independent["figures"] == 0
    assert derived["dateline"] == 1 and independent["dateline"] == 0
    # and no sentence of the first version is kept: the longest common phrase outside quotes is short
    assert derived["text_run"] < 8


def _row(kind: str, derived: bool, related: bool, **signals: float) -> PairRow:
    return PairRow("s", "a", "b", kind, derived, related, dict(signals))


def test_summary_reports_overlap_as_a_negative_gap_and_counts_false_relations():
    rows = [_row("wire-update", True, False, x=0.2), _row("wire-update", True, False, x=0.3),
            _row("wire-update", True, True, x=0.9),
            _row("independent", False, False, x=0.25), _row("independent", False, False, x=0.1),
            _row("independent", False, True, x=0.5)]         # related already: not a new false relation
    s = summarise(rows, "x")
    assert s.missed == [0.2, 0.3] and s.threshold == 0.2 and s.related_median == 0.9
    assert s.not_derived_max == 0.5 and s.gap == -0.3
    assert s.false_at_threshold == 1 and s.by_kind_max == {"independent": 0.5}


def test_summary_with_a_separating_signal_and_with_an_absent_one():
    rows = [_row("wire-update", True, False, x=0.6, y=0), _row("independent", False, False, x=0.4, y=0)]
    assert summarise(rows, "x").gap == 0.2 and summarise(rows, "x").false_at_threshold == 0
    assert summarise(rows, "y").false_at_threshold is None


def test_rule_counts_and_its_margin():
    rows = [_row("wire-update", True, False, text_run=6, dateline=1, figures=1),
            _row("independent", False, False, text_run=5, dateline=1, figures=2),
            _row("independent", False, False, text_run=9, dateline=0, figures=3)]
    assert rule_counts(rows, CONJUNCTION) == {"rule": "text_run >= 6 & dateline >= 1 & figures >= 1",
                                              "caught": 1, "false": 0, "false_pairs": []}
    loosened = margin_check(rows)
    assert [m["false"] for m in loosened] == [0, 1]       # figures >= 1 cannot be loosened, text_run can
    assert Rule((("figures", 2),))(rows[1].signals) and not Rule((("figures", 2),))(rows[0].signals)


def test_story_rows_pair_every_article_with_the_gold_relation():
    texts = [_text("01-wire", WIRE), _text("02-rewrite", REWRITE), _text("03-times", TIMES)]
    gold = {("01-wire", "02-rewrite"): {"relation": {"type": "wire-update", "derived": True}},
            ("01-wire", "03-times"): {"relation": {"type": "independent", "derived": False}},
            ("02-rewrite", "03-times"): {"relation": {"type": "independent", "derived": False}}}
    rows = story_rows("dam", texts, gold, {("01-wire", "02-rewrite")})
    assert [(r.a, r.b, r.derived, r.related) for r in rows] == [
        ("01-wire", "02-rewrite", True, True), ("01-wire", "03-times", False, False),
        ("02-rewrite", "03-times", False, False)]
    # a phrase carried by the pair and by no third article is exclusive to it
    assert rows[0].signals["exclusive"] >= 1


def test_main_without_the_data_says_so(tmp_path: Path, capsys):
    assert main(["--data", str(tmp_path / "absent")]) == 0
    assert "no development stories" in capsys.readouterr().out
