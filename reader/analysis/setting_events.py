"""Event words that name a story's one event only in their setting.

:mod:`reader.analysis.time_events` names the event a clock time belongs to from words that
tell it alone ("capsized", "crashed"). Some everyday verbs tell the same events only
with the right thing around them, and this module reads them there:

- a vessel that "went over", "overturned", "flipped", "keeled over" or "went down" sank
  (``sinking``), where a boat, a ship, a ferry … is named just before the verb ("the
  boat went over"; not "the bus overturned", nor "the plane went down");
- a vehicle or a vessel that "struck", "hit", "slammed into", "rammed" or "drifted into" a
  structure (a bridge, a pier, a wall, a building, a tree, a pole …) crashed (``crash``),
  unless a storm, a quake, a wave, a weapon, a fire or armed people did the striking ("the
  tornado struck the school", "a missile hit the building", "officers hit the house at
  dawn": those are other events);
- a dam's operators who "opened the (flood)gates", "opened the spillways", "began
  (emergency) releases" or "released water" began a ``release``, only in a sentence that
  speaks of a dam, a reservoir, a spillway or floodgates (gates open at a fair, too).

Hand-written, not learned: there is no labelled data of timed events, and each rule is a
verb plus the setting that makes it the event, which a reader can check line by line;
outside that setting the verbs stay unread, because a wrong conflict costs more than a
missed one.
"""

from __future__ import annotations

import re

_VESSEL = re.compile(r"\b(?:boats?|ships?|vessels?|ferry|ferries|dinghy|dinghies|canoes?|kayaks?|rafts?|trawlers?"
                     r"|yachts?|barges?|tugs?|tugboats?|freighters?|tankers?|cutters?|launch|skiffs?|catamarans?"
                     r"|sailboats?|schooners?)\b", re.IGNORECASE)
_WENT_OVER = re.compile(r"\b(?:went\s+over|overturned|flipped(?:\s+over)?|turned\s+over|keeled\s+over|went\s+down"
                        r"|rolled\s+over)\b", re.IGNORECASE)
_STRUCTURE = (r"(?:bridges?|piers?|pylons?|supports?|columns?|overpass(?:es)?|underpass(?:es)?|towers?|buildings?"
              r"|walls?|barriers?|docks?|jett(?:y|ies)|quays?|wharf|wharves|trees?|poles?|lamp-?posts?|guard-?rails?"
              r"|medians?|embankments?|abutments?|houses?|homes?|storefronts?|shopfronts?)")
_STRUCK = re.compile(r"\b(?:struck|hit|slammed\s+into|smashed\s+into|crashed\s+into|rammed(?:\s+into)?|plou?ghed"
                     r"\s+into|drifted\s+into|veered\s+into|careered\s+into|careened\s+into|ran\s+into)\s+"
                     r"(?:(?:the|a|an|one\s+of\s+(?:the|its))\s+)(?:[\w'’-]+\s+){0,3}?" + _STRUCTURE + r"\b",
                     re.IGNORECASE)
# what strikes a building without being a crash
_NOT_A_CRASH = re.compile(r"\b(?:tornado(?:es)?|twisters?|storms?|hurricanes?|typhoons?|cyclones?|winds?|gusts?"
                          r"|quakes?|earthquakes?|tremors?|waves?|tsunamis?|floods?|floodwaters?|lightning|missiles?"
                          r"|rockets?|drones?|shells?|bombs?|shrapnel|bullets?|debris|rocks?|boulders?|landslides?"
                          r"|mudslides?|avalanches?|protesters?|rioters?|crowds?|police|officers|troops|soldiers|agents|forces"
                          r"|militants|fighters|raiders|(?:air)?strikes?|fires?|flames|blazes?)\b", re.IGNORECASE)
_DAM = re.compile(r"\b(?:dams?|reservoirs?|spillways?|floodgates?|sluices?|sluice\s*gates?)\b", re.IGNORECASE)
_RELEASE = re.compile(r"\b(?:open(?:ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:flood)?gates"
                      r"|open(?:ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?(?:spillways?|sluices?)"
                      r"|(?:began|started|begun)\s+(?:[\w-]+\s+){0,2}?releas(?:es|ing)|releas(?:ed|ing)\s+water)\b",
                      re.IGNORECASE)
SUBJECT_SPAN = 80       # characters before a verb read for its subject (a vessel; what struck)


def setting_events(text: str, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, event) of each verb in ``text`` that tells an event in its setting
    (module doc); ``sentence`` is the whole sentence, read for a dam."""
    found: list[tuple[int, int, str]] = []
    for m in _WENT_OVER.finditer(text):
        if _VESSEL.search(_subject_part(text, m.start())):
            found.append((m.start(), m.end(), "sinking"))
    for m in _STRUCK.finditer(text):
        if not _NOT_A_CRASH.search(_subject_part(text, m.start())):
            found.append((m.start(), m.end(), "crash"))
    if _DAM.search(sentence):
        found.extend((m.start(), m.end(), "release") for m in _RELEASE.finditer(text))
    return found


def _subject_part(text: str, start: int) -> str:
    """The words just before a verb at ``start``, back to the last comma or stop at most
    ``SUBJECT_SPAN`` characters: where its subject is told."""
    part = text[max(0, start - SUBJECT_SPAN):start]
    cut = max(part.rfind(","), part.rfind(";"), part.rfind(". "))
    return part[cut + 1:] if cut >= 0 else part
