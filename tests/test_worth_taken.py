"""The worth of things taken, told after a count of them ("stole nine pieces of jewellery
worth 6 million euros"), is the sum taken; a worth with no theft before it is not."""

from __future__ import annotations

from tests.test_conflicts_support import conflicts_of, keys_of


def test_the_worth_of_a_counted_haul_is_the_sum_taken() -> None:
    keys = keys_of("Burglars broke into the Halden gallery overnight and stole 14 etchings worth an estimated "
                   "$2.1 million, police said.")
    assert keys["an estimated $2.1 million"] == ("money:taken", None)
    keys = keys_of("Three men made off with 300 bottles of rare wine worth about £150,000.")
    assert keys["about £150,000"] == ("money:taken", None)


def test_a_worth_with_no_theft_before_it_has_no_subject() -> None:
    keys = keys_of("The Halden gallery owns 14 etchings worth $2.1 million. Burglars broke in overnight.")
    assert keys["$2.1 million"] is None
    keys = keys_of("Police seized 40 kilos of cocaine worth 2 million euros.")
    assert keys["2 million euros"] is None


def test_two_worths_of_one_haul_conflict() -> None:
    a = "Burglars broke into the Halden gallery on Sunday and stole 14 etchings worth an estimated $2.1 million."
    b = "Burglars broke into the Halden gallery on Sunday and stole 12 etchings worth some $3.4 million."
    assert [3400000 in c for c in conflicts_of(a, b)].count(True) == 1
