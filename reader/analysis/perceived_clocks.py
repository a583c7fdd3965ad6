"""What a clock time's clause says beyond its verb: a witness perceiving the incident, and
words that belong to another figure of the clause.

:mod:`reader.analysis.incident_clocks` reads the clause of a time by its frames, not by its
verb, and abstains on words of plans and repeats (:data:`reader.analysis.time_events.ABSTAIN`).
Two readings of the clause's *structure* are added here:

- a word of estimating that governs another figure of the clause ("a rockfall
  estimated at 3,500 cubic metres struck the road at 4:20 p.m.", "an estimated 200 tonnes
  of rock fell at 6 a.m.") is that figure's, not the time's: the time is no estimate nor a
  plan, and the clause is read with those words blanked (:func:`without_measures`);
- a witness perceiving "the first" of something ("heard the first crack at about 4:15
  a.m.", "felt the first jolt", "saw the first flames") tells when the incident began as
  that witness met it: "first" there is the onset, not a repeat, so it does not abstain
  (:func:`perceived_first`);
- a when-clause that tells someone perceiving something ("raised the alarm at about 1am
  when he saw water pouring down the steps", "shortly after 9pm when she smelled gas") times
  the moment it was found, the story's ``detection``, not the incident itself, which began
  before anyone saw it (:func:`perceives`); but one who saw the incident itself happen, told
  by an event word or a bare verb after the thing seen ("when he saw the crane collapse", "when
  she saw the wall slump": :func:`perceives_happening`), times the incident.

Hand-written: the verbs of perception are a short closed family of English, and the frames
("estimated at N", "the first NOUN" after such a verb) are read by regular expressions
checked by tests on invented texts.
"""

from __future__ import annotations

import re

# verbs of perceiving: what a witness or a guard did when the incident met them
_PERCEIVE = (r"(?:heard|hear|hears|hearing|saw|see|sees|seeing|seen|felt|feel|feels|feeling|noticed|notice"
             r"|spotted|spot|smelled|smelt|smell|sensed|watched|witnessed)")
_PERCEIVED_FIRST = re.compile(rf"\b{_PERCEIVE}\s+(?:the|a|its|their)\s+(first)\b", re.IGNORECASE)
_PERCEIVES = re.compile(rf"\b{_PERCEIVE}\b", re.IGNORECASE)
# a word of estimating that governs a number after it: "estimated at 3,500", "an estimated 200",
# "estimated to be about 40"; a number, in figures or words, right after
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:few|dozen|hundred|thousand))"
_MEASURE = re.compile(r"\b(?:an\s+)?(?:estimated|thought|believed)\s+(?:(?:at|to\s+be|to\s+number|to\s+weigh"
                      r"|to\s+measure)\s+)?(?:(?:about|around|some|roughly|nearly|almost|more\s+than|up\s+to"
                      rf"|at\s+least)\s+)?(?={_NUMBER}\b)", re.IGNORECASE)


def without_measures(clause: str) -> str:
    """``clause`` with each word of estimating that governs a number after it blanked ("a
    rockfall estimated at 3,500 cubic metres", "an estimated 200 tonnes"): that word is the
    number's, not the clause's time's."""
    return _MEASURE.sub(lambda m: " " * len(m.group()), clause)


def perceived_first(clause: str) -> str:
    """``clause`` with "first" blanked after a verb of perceiving ("heard the first crack"):
    the onset of what was perceived, not a repeat (module doc)."""
    return _PERCEIVED_FIRST.sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), clause)


# a perceived thing, then a bare verb: "saw the wall slump", "felt the old floor give" (not "saw water
# pouring", "noticed smoke in the hall", "saw the water": a state found, not a happening)
_SEEN_HAPPEN = re.compile(rf"\b{_PERCEIVE}\s+(?:the|a|an|its|their|his|her)\s+(?P<words>(?:[a-z'’-]+\s+){{1,2}}?)"
                         r"(?P<verb>[a-z]+)\b", re.IGNORECASE)
_NOT_VERB_WORDS = """in on at from of to into near by with and or as under over behind through across down up
outside inside the a an its their his her that which who was were is are had has been coming"""
_NOT_VERB = frozenset(_NOT_VERB_WORDS.split())


def perceives_happening(clause: str) -> bool:
    """Whether ``clause`` tells someone perceiving a thing happen ("when he saw the wall slump"):
    the incident itself, not a thing found."""
    for m in _SEEN_HAPPEN.finditer(clause):
        words, verb = m["words"].split(), m["verb"].lower()
        if any(w.endswith("ing") for w in words) or verb in _NOT_VERB or verb.endswith(("ing", "ly")):
            continue
        return True
    return False


def perceives(clause: str) -> bool:
    """Whether ``clause`` (a when-clause) tells someone perceiving something ("when he saw
    water pouring down the steps")."""
    return _PERCEIVES.search(clause) is not None
