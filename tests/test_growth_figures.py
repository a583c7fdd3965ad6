"""Figures of a hostile text: inferring a bare number's noun reads each earlier figure
once, not the whole list back for every number (every text here is invented)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import figure_nouns
from reader.analysis import figures as figures_module
from reader.analysis.figures import extract_figures


class _CountingDict(dict):
    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _CountingDict.reads += 1
        return super().__getitem__(key)


def test_a_table_of_numbers_reads_each_figure_a_bounded_number_of_times(monkeypatch) -> None:
    """2,000 bare numbers after one counted one: the latest earlier figure of the same
    value (or sentence) comes from an index; before, the list was read back to its start
    for each number (2,000 x 2,000 / 2 reads)."""
    original = figures_module._infer_counts

    def counting(text: str, raw: list[dict]) -> None:
        raw[:] = [_CountingDict(f) for f in raw]
        _CountingDict.reads = 0
        original(text, raw)

    monkeypatch.setattr(figures_module, "_infer_counts", counting)
    body = "The survey counted 7 homes.\n" + "\n".join(f"Row {k} | {k * 3 + 11:,} | {k % 90 + 5}" for k in range(1000))
    found = extract_figures(body)
    assert len(found) >= 2000
    assert _CountingDict.reads <= 40 * len(found)


def _naive(text: str, raw: list[dict]) -> None:
    """The rule as written in :func:`reader.analysis.figures._infer_count`, with the latest
    earlier figure of a value or a sentence found by reading the list back, not by an index."""
    fm = figures_module
    for i, f in enumerate(raw):
        if f["counts"] or f["unit"]:
            continue
        tail = text[f["n_end"]:f["n_end"] + 40]
        partitive = fm.PARTITIVE_RE.match(tail)
        pronoun = fm._OF_THEM_RE.match(tail)
        in_sentence = next((g for g in reversed(raw[:i]) if g["counts"] and g["sentence"] == f["sentence"]), None)
        source = None
        relative = fm.relative_part(text, f["n_end"])
        if relative is not None or fm.subject_count(text, f["n_start"], f["n_end"], f["sentence"][0], opening=True):
            source = fm.noun_source(text, f, in_sentence, lambda: fm.sentence_before(text, raw, i))  # noqa: B023
            f["end"], f["elliptic"] = relative or f["end"], True
        elif partitive and i + 1 < len(raw) and raw[i + 1]["n_start"] == f["n_end"] + partitive.end():
            source = raw[i + 1]
        elif (partitive and fm.partitive_noun(text, f, partitive.end())) or fm.label_number(
                text, f["n_start"], f["n_end"]):
            continue
        elif pronoun:
            f["end"] = f["n_end"] + pronoun.end()
            phrase, p_end, plural = figure_nouns.noun_phrase(text, f["end"])
            if phrase and plural:
                f["counts"], f["unit"], f["inferred"], f["end"] = (phrase, figure_nouns.singular(phrase.split()[-1]),
                                                                   True, p_end)
                continue
            source = in_sentence or fm.sentence_before(text, raw, i)
        else:
            by_value = next((g for g in reversed(raw[:i]) if g["counts"] and g["value"] == f["value"]), None)
            source = None if partitive else by_value
            if source is None and i and fm._same_list(text, raw[i - 1], f):
                source = raw[i - 1]
        if source is not None:
            f["counts"], f["unit"], f["inferred"] = source["counts"], source["unit"], True


PIECES = ("12 homes", "12", "3 people", "3", "80 of them", "80 of them passengers", "killing three people",
          "injuring more than 100", "100", "one of the 12 homes", "two of 40 cars", "40", "7.5",
          "7.5 million", "$3", "12 percent", "about 30 minutes", ",", ".", "and", "said", "(", ")", "\n\n",
          "six of whom were hurt", "; four were taken", "a Line 4 train", "all eight of the port's terminals",
          "Four of the injured")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_index_infers_as_the_naive_rule(pieces: list[str]) -> None:
    text = " ".join(pieces)
    with_index = extract_figures(text)
    original = figures_module._infer_counts
    try:
        figures_module._infer_counts = _naive
        naive = extract_figures(text)
    finally:
        figures_module._infer_counts = original
    assert with_index == naive
