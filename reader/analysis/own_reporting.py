"""Text an outlet marks as its own reporting: "KTVZ reporter Sam Ortega said …", "a
volunteer told KTVZ", "the Herald has learned".

A station that runs a wire story often adds paragraphs of its own, and those paragraphs
name the station. When another article carries such a paragraph, and no other source of
the story has it, the text did not come from the wire both may carry: it came from the
station. :func:`names_outlet` finds the outlet's own name in a stretch of text, for
:meth:`reader.analysis.pair_relation.PairEvidence._own_reporting`.

Hand-written: the test is whether a name stands in a text, which a regular expression
does exactly; no library of this project reads outlet names.
"""

from __future__ import annotations

import re

from reader.analysis.credits import outlet_name, wires_named

MIN_NAME_CHARS = 3
_CALL_SIGN_RE = re.compile(r"[KW][A-Z]{2,3}")      # North American broadcasters: KTVZ, WPRI, WBRZ
_NETWORKS = frozenset({"ABC", "BBC", "CBC", "CBS", "CTV", "FOX", "ITV", "NBC", "NPR", "PBS", "RTE", "SBS"})
# words an outlet's name may carry that say nothing of which outlet it is
_GENERIC = frozenset({"the", "news", "daily", "times", "post", "online", "tv", "radio", "channel", "local",
                      "blog", "press", "media", "network", "herald", "journal", "tribune"})


def distinct_name(outlet: str | None) -> str | None:
    """The outlet's own name (:func:`reader.analysis.credits.outlet_name`: "KTVZ
    (ktvz.com)" → "KTVZ"), or None when it is a wire (wire credits are read by
    :mod:`reader.analysis.credits`), too short, or only generic words ("Daily News")."""
    name = outlet_name(outlet).strip(" \t-–—,;:")
    if len(name) < MIN_NAME_CHARS or wires_named(name):
        return None
    words = [w for w in re.findall(r"[A-Za-z0-9&']+", name) if w.lower() not in _GENERIC]
    if not words or not any(c.isupper() for c in name):
        return None
    return name


def name_forms(name: str) -> list[str]:
    """How a text may write the outlet's name: whole without a leading "The" ("Boston
    Globe"), or by its broadcaster's call sign or network initials alone ("KXYZ News 4" →
    "KXYZ", "CBS News" → "CBS"). A name cut short in other ways is not taken ("Riverton
    Herald" is not "Riverton", which names the town)."""
    bare = re.sub(r"(?i)^the\s+", "", name)
    forms = [bare]
    first = bare.split()[0]
    if _CALL_SIGN_RE.fullmatch(first) or first in _NETWORKS:
        forms.append(first)
    return list(dict.fromkeys(forms))


def names_outlet(text: str, outlet: str | None) -> str | None:
    """The outlet's name as ``text`` writes it (:func:`name_forms`), or None."""
    name = distinct_name(outlet)
    if name is None:
        return None
    for form in name_forms(name):
        m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
        if m:
            return m.group(0)
    return None
