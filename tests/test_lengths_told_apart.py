"""A noun with a lower-case modifier that "lasted" keys its length ("The ambulance diversion
lasted about 36 hours": a diversion's, not a closure's), and a sentence telling two lengths
keyed apart is no evidence for a third length of another source. Every text here is made up
for the tests."""

from __future__ import annotations

from test_conflicts_support import keys_in as _keys

from reader.analysis.conflicts import find_conflicts
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_a_modified_noun_that_lasted_keys_its_length() -> None:
    keys = _keys("The ambulance diversion lasted about 36 hours, ending Monday afternoon.",
                 "The power outage lasted six hours.")
    assert keys["about 36 hours"] == ("duration:diversion", None)
    assert keys["six hours"] == ("duration:outage", None)


def test_a_length_is_not_read_as_the_other_length_of_a_sentence_that_tells_two() -> None:
    story = [
        _art("report", "Vellmar Health's clinics closed for 48 hours, and ambulances were diverted from most of its "
                       "hospitals for more than three days, emergency agencies said."),
        _art("paper", "Vellmar Health's outpatient clinics were closed for two days after the attack."),
        _art("courier", "The ambulance diversion lasted about 36 hours, ending Monday afternoon, and nearby "
                        "hospitals absorbed the extra patients, emergency agencies said."),
    ]
    found = [{v.display for v in c.values} for c in find_conflicts(story)]
    # (the diversion's 36 hours is told against the diversion's "more than three days" by the words of
    # its clause, event_spans; never against the clinics' 48 hours or two days)
    diversion = [values for values in found if "1.5 days" in values or "36 hours" in values]
    assert diversion in ([], [{"1.5 days", "3 days"}])
    assert not [values for values in found if "2 days" in values and ("1.5 days" in values or "36 hours" in values)]
