"""People who share a surname: which one a bare surname names (speakers and entities)."""

from __future__ import annotations

from reader.analysis.entities import extract_entities
from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_british_title_without_a_full_stop_is_a_title() -> None:
    text = ("Cllr Peter Dawson said the authority had been left with \"no good options\".\n\n"
            "Cllr Helen Dawson said the cuts would \"rip the heart out\" of village life.\n\n"
            "\"Residents are being asked to pay more for less,\" said Ms Dawson.\n")
    assert _speakers(text) == ["Peter Dawson", "Helen Dawson", "Helen Dawson"]
    people = {e.name: e.count for e in extract_entities(text) if e.type == "person"}
    assert people == {"Peter Dawson": 1, "Helen Dawson": 2}      # "Ms Dawson" is Helen


def test_the_bare_surname_after_the_second_namesake_named_in_a_paragraph_of_his_own() -> None:
    text = ("Marcus Hale scored 31 points and the Harbor City Gulls beat the Inland Foxes 108-99.\n\n"
            "\"We kept the ball moving,\" Marcus Hale said.\n\n"
            "Owen Hale, who is not related to the Gulls guard, said the Foxes \"ran out of legs\".\n\n"
            "\"That is on all of us,\" Hale added.\n")
    assert _speakers(text)[-1] == "Owen Hale"


def test_the_bare_surname_keeps_the_person_the_article_first_gave_it() -> None:
    text = ("Ruth Calloway, 71, has volunteered at the food bank for thirty years.\n\n"
            "Calloway and her husband, Dennis, drive the van on Tuesdays.\n\n"
            "\"It's the best part of my week,\" Dennis Calloway said.\n\n"
            "Ruth Calloway laughed. Later she talked about the winter.\n\n"
            "\"We ran out of coats in November,\" Calloway said.\n")
    assert _speakers(text)[-1] == "Ruth Calloway"


def test_two_namesakes_named_side_by_side_leave_the_bare_surname_unnamed() -> None:
    text = ("John Dunbar and his wife, Mary Dunbar, ran the farm for forty years.\n\n"
            "\"We never took a holiday,\" Dunbar said.\n")
    assert _speakers(text) == [None]


def test_two_spellings_of_one_name_are_one_person() -> None:
    text = ("French President François Hollande spoke in Paris on Tuesday.\n\n"
            "Francois Hollande has criticised the plan before.\n\n"
            "\"It is not a serious proposal,\" Hollande said.\n")
    assert _speakers(text) == ["François Hollande"]
