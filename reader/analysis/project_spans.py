"""How long a project's building or a plan's carrying out takes, and how long ago a thing was last
serviced: lengths of time a story's sources may disagree on that no other rule keys.

- ``"duration:construct"``, the key :mod:`reader.analysis.subject_durations` gives "Construction is
  expected to take about four years": "a 30-month construction period", "the jail would take roughly
  two years to build" (or "to complete", in a sentence that names what is built);
- ``"duration:rollout"``: a plan carried out in steps over a span, "The reductions will be phased in
  over three years", "the changes will be carried out over the next 18 months", "will wind down over
  the next 10 months", "in phases over the next 18 months";
- ``"duration:since last serviced"`` (or ``"… inspected"``): "was last serviced three weeks before the
  leak", "had last been serviced a month and a half earlier", "were last inspected 14 months ago".

Read by :func:`reader.analysis.duration_subjects.duration_subject`; any other span ("over the next
five years" of a sum, "took three hours to complete the search") stays unkeyed: a story tells many
spans, and only a project's, a plan's and a last check's are one quantity each.

Hand-written: the verbs of building, of carrying out in steps and of servicing are a short closed list.
"""

from __future__ import annotations

import re

_QUALIFIER = (r"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|at\s+least|roughly|some|up\s+to|"
              r"as\s+long\s+as|just\s+over|just\s+under)\s+)?")
_UNITS = {"year", "month", "week", "day"}
ROLLOUT = "duration:rollout"
# (the key :mod:`reader.analysis.subject_durations` gives "Construction is expected to take about four years")
CONSTRUCTION = "duration:construct"
# "a 30-month construction period", "the two-year construction schedule"
_CONSTRUCTION_COMPOUND = re.compile(r"-(?:year|month|week|day)s?[\s-]+(?:long\s+)?construction\b", re.IGNORECASE)
# "would take roughly two years to build", "to complete" when the sentence names what is built
_TAKE = re.compile(r"\b(?:take|takes|took|taking)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
_TO_BUILD = re.compile(r"\s+to\s+(?:build|construct)\b", re.IGNORECASE)
_TO_COMPLETE = re.compile(r"\s+to\s+(?:complete|finish)\b", re.IGNORECASE)
_BUILT_THING = re.compile(r"\b(?:building|jail|prison|bridge|stadium|arena|tower|project|construction|plant|"
                          r"terminal|tunnel|station|school|hospital|line)\b", re.IGNORECASE)
# "phased in over three years", "carried out over the next 18 months", "wind down over the next 10 months",
# "in phases over the next 18 months"
_ROLLOUT = re.compile(r"\b(?:phased\s+(?:in|out)|(?:wind|winds|winding|wound)\s+down|carried\s+out|rolled\s+out|"
                      r"implemented|in\s+phases)\s+(?:over\s+(?:the\s+(?:next|coming)\s+)?)?" + _QUALIFIER + r"$",
                      re.IGNORECASE)
# "was last serviced three weeks before", "had last been inspected 14 months ago"
_LAST_DONE = re.compile(r"\blast\s+(?:been\s+)?(?P<verb>serviced|maintained|inspected|checked|examined|tested)\s+"
                        + _QUALIFIER + r"$", re.IGNORECASE)
_AGO = re.compile(r"\s+(?:ago|before|earlier|prior)\b", re.IGNORECASE)
_SERVICED = {"serviced": "serviced", "maintained": "serviced", "inspected": "inspected", "checked": "inspected",
             "examined": "inspected", "tested": "inspected"}
_SINCE_LAST = "duration:since last "
# each key's words in a conflict's label (read by :mod:`reader.analysis.conflict_labels`)
LABELS = {CONSTRUCTION: "how long construction takes", ROLLOUT: "how long the plan takes",
          _SINCE_LAST + "serviced": "time since it was last serviced",
          _SINCE_LAST + "inspected": "time since it was last inspected"}
_REACH = 80


def project_span(text: str, unit: str | None, start: int, end: int, sentence_start: int) -> str | None:
    """The key of the length of time at ``text[start:end]`` when it is a project's building, a plan's
    carrying out or the time since a thing was last serviced (module doc), else None."""
    if unit not in _UNITS:
        return None
    prior = text[max(sentence_start, start - _REACH):start]
    if _CONSTRUCTION_COMPOUND.search(text, start, end + 30) or (_TAKE.search(prior) and (
            _TO_BUILD.match(text, end) or (_TO_COMPLETE.match(text, end)
                                           and _BUILT_THING.search(text, sentence_start, start)))):
        return CONSTRUCTION
    if _ROLLOUT.search(prior):
        return ROLLOUT
    last = _LAST_DONE.search(prior)
    if last is not None and _AGO.match(text, end):
        return _SINCE_LAST + _SERVICED[last["verb"].lower()]
    return None
