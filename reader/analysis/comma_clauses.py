"""The part of a sentence between the commas around a figure: "The bridge, built in 1964, carries about
24,000 vehicles a day, ODOT counts show" tells the figure in "carries about 24,000 vehicles a day".

Read where a figure's own clause decides what it is told with: a rate's time (:func:`reader.analysis.rates.
timeless_rate`), a temperature's extreme (:mod:`reader.analysis.temperature_pairs`), the words two lengths
in two units share (:mod:`reader.analysis.length_units`). A comma inside the figure ("24,000") is no
clause's end. Hand-written: commas are punctuation, no parser is needed to find them.
"""

from __future__ import annotations


def comma_clause(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` between the last comma before ``start`` and the first after ``end`` (the
    figure at ``sentence[start:end]``), or the sentence's ends."""
    after = sentence.find(",", end)
    return sentence[sentence.rfind(",", 0, start) + 1:after if after >= 0 else None]
