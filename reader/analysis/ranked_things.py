"""Things a sentence names by an ordinal: "the 122 kilometre third stage", "the first stage", "its
fourth-quarter profit". A digest tells each of a series in one template ("Leading results after the 161
kilometre first stage of the Tour …", "… after the 195 kilometre second stage …"), so two of its
sentences share nearly every word and their figures look like one quantity changed; two different
ordinals say they are two things of the series.

Read by :mod:`reader.analysis.measure_kinds` (sizes told as modifiers), :mod:`reader.analysis.aligned_figures`
(a changed figure of aligned text), :mod:`reader.analysis.paraphrase_figures` and
:mod:`reader.analysis.quantity_senses` (a key some article gives two values of). Hand-written: English
ordinals are a closed list.
"""

from __future__ import annotations

import re

_RANK = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|"
                   r"\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def ranks(text: str) -> frozenset[str]:
    """The ordinals of ``text``, lower case."""
    return frozenset(m.group().lower() for m in _RANK.finditer(text))


def ranked_apart(one: str, other: str) -> bool:
    """Whether two sentences (or phrases) each name an ordinal and not the same ones: two things of a series."""
    a, b = ranks(one), ranks(other)
    return bool(a) and bool(b) and a != b
