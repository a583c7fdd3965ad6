"""A temperature told in "degrees" with no scale, read in the scale the story uses.

Reports of one heat wave give its record as "41.8C", "41.8 degrees Celsius" and "41.8
degrees": the last names no scale, so its unit, ``degree``, is a measure of its own and it
is compared with nothing. Where the story's temperatures all have one scale (Celsius only,
or Fahrenheit only; a conversion in brackets, "(106.3 degrees Fahrenheit)", is no
temperature of its own: :mod:`reader.analysis.unit_conversions` drops it first), a plain
"degrees" in a sentence about the weather ("Temperatures reached 41.8 degrees", "the
thermometer hit 43 degrees") is taken as that scale: "41.8 degrees" agrees with "41.8C"
and conflicts with "43.1C". A story that uses both scales, or none, leaves its plain
degrees alone (never compared across scales without a conversion), and so does a sentence
with no word of temperature ("a 90-degree turn", "turned 180 degrees").
Written by hand: a story-wide count of two units and a short list of weather words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.figures import Figure

Key = tuple[str, str | None] | None

SCALES = ("celsius", "fahrenheit")
PLAIN = "degree"
# a sentence about the weather: "Temperatures reached", "the thermometer hit", "the hottest day"
_WEATHER_RE = re.compile(r"\b(?:temperatures?|thermometers?|heat(?:wave)?|hot(?:ter|test)?|warm(?:er|est)?|"
                         r"cold(?:er|est)?|cool(?:er|est)?|mercury|forecasts?|weather|freez\w*|frost)\b",
                         re.IGNORECASE)


def story_scale(figures: Sequence[Figure]) -> str | None:
    """The one temperature scale ``figures`` (a whole story's) use, or None (both or none)."""
    used = {f.unit for f in figures if f.unit in SCALES}
    return used.pop() if len(used) == 1 else None


def in_scale(figures: list[Figure], sentences: Sequence[str], keys: list[Key]) -> tuple[list[Figure], list[Key]]:
    """``figures`` (the story's, each with its sentence and quantity key) with every plain
    "degrees" of a sentence about the weather read in the story's one scale (module doc),
    its key with it; the rest unchanged."""
    scale = story_scale(figures)
    if scale is None:
        return figures, keys
    out_figures, out_keys = list(figures), list(keys)
    for n, (f, sentence, key) in enumerate(zip(figures, sentences, keys, strict=True)):
        if f.unit == PLAIN and _WEATHER_RE.search(sentence):
            out_figures[n] = replace(f, unit=scale)
            out_keys[n] = ("measure:" + scale, key[1]) if key is not None and key[0] == "measure:" + PLAIN else key
    return out_figures, out_keys
