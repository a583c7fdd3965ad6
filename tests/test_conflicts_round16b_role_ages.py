"""Round 16b: ages told of a role of any trade, owned by the one person the story names for
the role. Every text here is made up for the tests."""

from __future__ import annotations

from test_conflicts_support import conflict_sets as _conflicts
from test_conflicts_support import keys_in as _keys

# --- ages told of a role of any trade

def test_an_age_told_of_a_role_is_the_named_holders_age() -> None:
    keys = _keys("The barge's skipper, 61, radioed for help. The tug's operator, a 39-year-old man from "
                 "Dunmere, was rescued.",
                 "Skipper Odo Rennick-Vale, 63, had sailed for decades. The tug operator, Pia Lorne-Haddad, 42, "
                 "swam ashore.")
    assert keys["61"] == keys["63"] == ("age", "odo rennick-vale")
    assert keys["39-year-old man"] == keys["42"] == ("age", "pia lorne-haddad")


def test_ages_of_a_role_held_by_two_people_are_owned_by_no_one() -> None:
    keys = _keys("The ferry's operator, 61, radioed for help. The tug's operator, a 39-year-old man, swam ashore.",
                 "The tug operator, Pia Lorne-Haddad, 42, swam ashore. The ferry operator, Ivo Sand, 60, stayed.")
    assert keys["61"] is None and keys["39-year-old man"] is None


def test_ages_of_a_role_conflict_and_agree() -> None:
    assert {47, 49} in _conflicts("The dredger's foreman, a 47-year-old man from Ossory, was among the dead.",
                                  "The dredger foreman, Cal Brisbane-Oduya, 49, had worked there for a decade.")
    assert _conflicts("The dredger's foreman, a 49-year-old man from Ossory, was among the dead.",
                      "The dredger foreman, Cal Brisbane-Oduya, 49, had worked there for a decade.") == []


def test_an_age_after_a_relative_clause_on_the_role_is_the_roles() -> None:
    keys = _keys("The cashier who was struck, 31, is the daughter of the manager.",
                 "Cashier Mina Ossel-Rudd, 33, was struck with a pistol. The 33-year-old night-shift cashier "
                 "went home.")
    assert keys["31"] == keys["33"] == ("age", "mina ossel-rudd")
    assert [k for text, k in keys.items() if text.startswith("33-year-old")] == [("age", "mina ossel-rudd")]


def test_an_age_of_a_role_told_of_its_thing_or_with_aged_is_the_roles() -> None:
    keys = _keys("The operator of the crane, a 47-year-old man from Lessing, died. The skipper of the trawler, 56, "
                 "radioed. The plant's manager, aged 61, said little.",
                 "The crane operator, Ilse Marr-Toft, 49, had worked there. Skipper Odo Vale, 58, had fished for "
                 "years. The plant manager, Oda Fenwick, 64, said little.")
    assert keys["47-year-old man"] == keys["49"] == ("age", "ilse marr-toft")
    assert keys["56"] == keys["58"] == ("age", "odo vale")
    assert keys["61"] == keys["64"] == ("age", "oda fenwick")
