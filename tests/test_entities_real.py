"""benchmarks/entities_real.py: CoNLL parsing, text and offset reconstruction, MISC handling
and scoring, on invented sentences (the CoNLL-2003 data is never needed nor copied)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.entities_real import (
    Span,
    entity_runs,
    error_classes,
    inside,
    is_prose,
    main,
    parse_conll,
    predictions,
    prf,
    rebuild,
    score,
)

SAMPLE = """-DOCSTART- -X- -X- O

FARMERS NNS I-NP O
PROTEST VBP I-VP O
IN IN I-PP O
RIVERTON NNP I-NP I-LOC

Jane NNP I-NP I-PER
Roe NNP I-NP I-PER
of IN I-PP O
the DT I-NP O
Grain NNP I-NP I-ORG
Union NNP I-NP I-ORG
said VBD I-VP O
Riverton NNP I-NP I-LOC
farmers NNS I-NP O
want VBP I-VP O
Welsh JJ I-NP I-MISC
cheese NN I-NP O
. . O O

-DOCSTART- -X- -X- O

Acme NNP I-NP B-ORG
Beta NNP I-NP B-ORG
won VBD I-VP O
"""


def test_parse_conll_splits_documents_and_sentences() -> None:
    docs = parse_conll(SAMPLE)
    assert len(docs) == 2
    assert [len(s.tokens) for s in docs[0].sentences] == [4, 13]
    assert docs[0].sentences[1].tags[:2] == ["I-PER", "I-PER"]
    assert docs[1].sentences[0].tokens == ["Acme", "Beta", "won"]


def test_entity_runs_iob1_and_iob2() -> None:
    assert entity_runs(["I-PER", "I-PER", "O", "I-ORG", "I-LOC"]) == [(0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC")]
    assert entity_runs(["B-ORG", "B-ORG", "I-ORG", "O"]) == [(0, 1, "ORG"), (1, 3, "ORG")]
    assert entity_runs(["B-PER", "I-PER"]) == [(0, 2, "PER")]
    assert entity_runs(["O", "O"]) == []


def test_rebuild_joins_tokens_with_spaces_and_keeps_offsets() -> None:
    doc = parse_conll(SAMPLE)[0]
    r = rebuild(doc)
    assert r.text.split("\n")[0] == "FARMERS PROTEST IN RIVERTON"
    for sentence, offsets in zip(doc.sentences, r.offsets, strict=True):
        assert [r.text[a:b] for a, b in offsets] == sentence.tokens
    assert [(r.text[g.start:g.end], g.type) for g in r.gold] == [
        ("RIVERTON", "LOC"), ("Jane Roe", "PER"), ("Grain Union", "ORG"), ("Riverton", "LOC"), ("Welsh", "MISC")]
    assert r.prose == [False, True]
    assert r.text[r.sentences[0][0]:r.sentences[0][1]] == "FARMERS PROTEST IN RIVERTON"


def _toks(line: str) -> list[str]:
    return line.split()


def test_is_prose_rejects_headlines_tables_and_short_lines() -> None:
    assert is_prose(_toks("The council met on Monday to discuss the new park ."))
    assert not is_prose(_toks("FARMERS PROTEST IN RIVERTON OVER NEW GRAIN PRICES TODAY"))
    assert not is_prose(_toks("Riverton 3 Lakeside 1 ( halftime 2-0 ) Attendance 1,200"))
    assert not is_prose(_toks("Short sentence here ."))


def test_predictions_map_types_and_drop_dates() -> None:
    ents = [SimpleNamespace(type="person", mentions=[(0, 8), (20, 23)]),
            SimpleNamespace(type="organization", mentions=[(30, 41)]),
            SimpleNamespace(type="place", mentions=[(50, 58)]),
            SimpleNamespace(type="date", mentions=[(60, 66)])]
    assert predictions(ents) == [Span(0, 8, "PER"), Span(20, 23, "PER"), Span(30, 41, "ORG"), Span(50, 58, "LOC")]


def test_score_excludes_misc_and_predictions_overlapping_it() -> None:
    gold = [Span(0, 8, "PER"), Span(12, 23, "ORG"), Span(30, 38, "LOC"), Span(40, 45, "MISC")]
    pred = [Span(0, 8, "PER"), Span(12, 23, "PER"), Span(30, 35, "LOC"), Span(40, 52, "PER"), Span(60, 64, "ORG")]
    c = score(gold, pred)
    assert (c["all"]["gold"], c["all"]["pred"], c["all"]["exact"]) == (3, 4, 1)
    assert (c["PER"]["pred"], c["PER"]["exact"], c["PER"]["untyped_p"]) == (2, 1, 2)
    assert (c["ORG"]["gold"], c["ORG"]["untyped_r"]) == (1, 1)
    assert c["LOC"]["overlap"] == 1
    assert prf(c["all"]) == pytest.approx({"precision": 0.25, "recall": 1 / 3, "f1": 2 / 7})
    assert prf(c["all"], "untyped")["precision"] == 0.5
    classes = sorted(e["class"] for e in error_classes(gold, pred))
    assert classes == ["boundary LOC", "spurious ORG", "wrong type ORG->PER"]


def test_inside_keeps_spans_within_regions() -> None:
    spans = [Span(0, 5, "PER"), Span(8, 12, "LOC"), Span(20, 30, "ORG")]
    assert inside(spans, [(0, 10), (18, 40)]) == [Span(0, 5, "PER"), Span(20, 30, "ORG")]


def test_main_without_data_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path)]) == 0
    assert "not found" in capsys.readouterr().out


def test_end_to_end_on_an_invented_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "conll2003").mkdir()
    (tmp_path / "conll2003" / "eng.testa").write_text(SAMPLE, encoding="utf-8")
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Running prose (1 of 3 sentences)" in out
    assert all(len(line) <= 110 for line in out.splitlines() if not line.startswith("Errors"))
