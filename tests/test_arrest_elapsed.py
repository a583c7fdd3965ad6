"""The time from an attack to the arrest is one quantity (reader.analysis.told_events):
"took the suspect into custody about 11 minutes later" against "was arrested roughly 20
minutes after the first shots"; a second arrest, an arrest for a charge and a negated one
are not read, and an arrest's clock time is never compared."""

from __future__ import annotations

from tests.test_conflicts_support import conflicts_of, keys_of


def test_the_time_to_the_arrest_is_read_both_ways() -> None:
    later = "Shots were fired near the Marlow Arcade, and deputies took the gunman into custody about 9 minutes later."
    after = "The gunman was arrested by deputies roughly 25 minutes after the first shots."
    assert keys_of(later)["about 9 minutes later"] == ("elapsed:attack", "arrest")
    assert keys_of(after)["roughly 25 minutes after the first shots"] == ("elapsed:attack", "arrest")
    assert conflicts_of(later, after) == [[9, 25]]


def test_other_arrests_are_not_read() -> None:
    for text in ("A second man was arrested two days after the shooting.",
                 "He was arrested for assault two days after the shooting.",
                 "The suspect was not arrested until three days after the attack.",
                 "The suspect was arrested at 2:09 p.m., police said."):
        assert all(k is None or k[1] != "arrest" for k in keys_of(text).values()), text


def test_shots_that_rang_out_time_the_attack() -> None:
    assert keys_of("Shots rang out shortly before 3 p.m. near the ferry dock.")["shortly before 3 p.m."] == (
        "clock", "attack")
