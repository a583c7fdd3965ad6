"""People sent home are not taken to hospital: "The clinic has sent 38 nurses home",
"the hospital sent 12 staff home for two weeks", "the school sent 200 pupils home".

A count's event is read in a few words on either side of it
(:func:`reader.analysis.quantities.quantity_key`); a hospital named there as the one who
acts ("The hospital has sent …") was read as the count's event, taken to hospital, though
the people were sent away from it. A count whose next word is "home" after a verb of
sending (the count is the verb's object: "sent 38 employees home") tells people sent home;
the word "hospital" before it names the sender, not where they went. Hand-written: one
fixed pattern of English (send … home), no list of institutions.
"""

from __future__ import annotations

import re

# "sent 38 employees home", "has sent home", "sending 12 staff home": the verb right before the count
_SEND_BEFORE = re.compile(r"\b(?:sent|send|sends|sending)(?:\s+home)?\s*$", re.IGNORECASE)
_HOME_AFTER = re.compile(r"^\s*home\b", re.IGNORECASE)
_HOSPITAL = re.compile(r"\bhospitals?\b", re.IGNORECASE)


def without_sender(prior: str, after: str) -> str:
    """``prior`` (the words before a count) without a hospital that sent the count home
    (module doc); else ``prior`` unchanged."""
    if _SEND_BEFORE.search(prior) and (_HOME_AFTER.match(after) or prior.lower().rstrip().endswith("home")):
        return _HOSPITAL.sub(" ", prior)
    return prior
