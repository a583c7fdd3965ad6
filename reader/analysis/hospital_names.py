"""A hospital told by its name alone: "taken to Marlow General", "flown to Ashcombe Royal",
"sent to Pellham Regional Medical Center".

News names the hospital the hurt were taken to, and often by a short name that drops the
word "hospital" ("Seven were taken to Dunford General"), where another source writes "were
taken to hospital" or gives the full name. Read by the word "hospital" alone, the short
name's count was keyed by the place, or not read at all, and never met the other source's
count taken to hospital. A capitalised name whose last word is one that names a hospital
(General, Royal, Infirmary, Memorial, Regional, Clinic, Medical Center, Hospital) after a
verb that moves people "to" it is a hospital; a town's name alone ("taken to Coleford") is
not. The rule is by the shape of the name and the verb, not a list of hospitals, so it
holds for names never seen. Hand-written: a gazetteer of hospitals would miss most local
ones, and the two-word shape is what news uses.
"""

from __future__ import annotations

import re

# a capitalised word of a name ("St.", "Children's", "Ashby-Vane")
_WORD = r"(?:St\.|[A-Z][\w'’-]*)"
# the last words of a hospital's name
_ENDS = (r"(?:Hospitals?|General|Royal|Infirmary|Memorial|Regional|Clinic|"
         r"(?:Medical|Health|Trauma|Children's|Children’s)\s+(?:Center|Centre|Campus))")
# one to four name words before the end ("Dunford General", "Saint Ambrose Children's Hospital")
HOSPITAL_NAME = rf"(?-i:(?:{_WORD}[ \t]+){{1,4}}{_ENDS})\b"
# the verbs that move people to a hospital (not "transferred": patients moved between hospitals)
MOVED_TO = (r"(?:taken|brought|flown|rushed|transported|airlifted|sent|admitted|driven)"
            r"\s+(?:\w+ly\s+)?to")
_MOVED_TO_NAME = re.compile(rf"({MOVED_TO}\s+)(?:the\s+)?{HOSPITAL_NAME}", re.IGNORECASE)
_NAME = re.compile(rf"(?:the\s+)?{HOSPITAL_NAME}")


def moved_to_hospital(words: str) -> bool:
    """Whether ``words`` tell people moved to a hospital named without the word "hospital"
    ("were taken to Dunford General")."""
    return _MOVED_TO_NAME.search(words) is not None


def as_hospital(words: str) -> str:
    """``words`` with a hospital named after a verb that moves people to it read as the word
    "hospital" ("were taken to Dunford General" → "were taken to hospital")."""
    return _MOVED_TO_NAME.sub(r"\1hospital", words)


def is_hospital_name(name: str) -> bool:
    """Whether the capitalised ``name`` ("Dunford General", "Ashcombe Royal Hospital") is a
    hospital's by its last word (module doc)."""
    return _NAME.fullmatch(name.strip()) is not None
