"""A length keyed by its clause's subject and verb (reader.analysis.subject_durations): two
sources that tell how long one thing went on with the same subject and verb are compared;
pronouns, earlier events, times to do a thing and lengths after an event stay unkeyed."""

from __future__ import annotations

import pytest

from tests.test_conflicts_support import conflicts_of, keys_of


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The Orrin plant lost power and its backup pumps failed to start for about 20 minutes.", "about 20 minutes",
     "duration:pump fail"),
    ("Firefighters said the station's sirens sounded for nearly 40 minutes.", "nearly 40 minutes",
     "duration:siren sound"),
    ("The two trucks were idle for three days.", "three days", "duration:truck idle"),
])
def test_a_length_is_keyed_by_its_subject_and_verb(text: str, figure: str, key: str) -> None:
    assert keys_of(text)[figure] == (key, None)


@pytest.mark.parametrize(("text", "figure"), [
    ("They waited for two hours.", "two hours"),                              # a pronoun
    ("The pumps last failed in 2019, for six hours.", "six hours"),           # an earlier event
    ("Crews worked for six hours to clear the road.", "six hours"),          # a time to do a thing
    ("The pumps failed for 20 minutes after the storm hit.", "20 minutes"),
])
def test_other_lengths_are_not_keyed_by_subject(text: str, figure: str) -> None:
    key = keys_of(text)[figure]
    assert key is None or " " not in key[0], key


def test_one_subjects_length_told_twice_disagrees() -> None:
    a = "A storm cut power to Orrin on Monday, and the plant's backup pumps failed for almost half an hour."
    b = "A storm cut power to Orrin on Monday. Its backup pumps failed to start for about 12 minutes, the plant said."
    assert conflicts_of(a, b) == [[12, 30]]
    assert conflicts_of(a, b.replace("about 12 minutes", "about 28 minutes")) == []
