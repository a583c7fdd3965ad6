"""Speakers named by a stacked abbreviated rank ("Lt. Cmdr. Erin Walsh", "Pvt. Ada Lin") and
quotations given to a head of a school or a rank by its noun alone after the person was named
with it ("Superintendent Marcus Hale said …" then "…," the superintendent said.). All texts
invented."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in extract_quotes(text)]


@pytest.mark.parametrize(("rank", "role"), [
    ("Lt. Cmdr.", "Lt. Cmdr."), ("Cmdr.", "Cmdr."), ("Pvt.", "Pvt."), ("Brig. Gen.", "Brig. Gen."),
])
def test_an_abbreviated_rank_is_a_title_not_a_name(rank: str, role: str) -> None:
    text = (f"Ferry aground\n\n“The vessel is stable and is not in danger of sinking,” said {rank} Erin Walsh, "
            "a spokeswoman for the Coast Guard.\n")
    assert _speakers(text) == [("Erin Walsh", role)]


@pytest.mark.parametrize("noun", ["superintendent", "principal", "sergeant", "detective"])
def test_a_quotation_given_to_the_rank_named_before_is_that_persons(noun: str) -> None:
    title = noun.capitalize()
    text = (f"Schools closed\n\n{title} Marcus Hale said lessons were being posted online.\n\n"
            f"“A packet on the kitchen table does not replace a teacher,” the {noun} said.\n")
    assert _speakers(text)[0][0] == "Marcus Hale"
