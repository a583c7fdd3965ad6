"""British quotations in single marks over several paragraphs (reader.analysis.quote_marks)."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes

TEXT = ("Speaking at a hospital in Leicester on Monday, Ms Hume said: 'Corridor care is not care. "
        "It is a symptom of a system that has run out of room.\n\n"
        "'I have met nurses who have spent a whole shift on a corridor, and they are ashamed of it.\n\n"
        "'By next winter, I want it gone.'\n\n"
        "The Department of Health said a quarter of the new beds would be in the north.\n")


def test_a_quote_in_single_marks_over_three_paragraphs_is_one_quote_in_parts() -> None:
    quotes = extract_quotes(TEXT)
    assert [q.text.split()[0] for q in quotes] == ["Corridor", "I", "By"]
    assert len({q.group for q in quotes}) == 1 and [q.part for q in quotes] == [0, 1, 2]
    assert quotes[0].close_mark is None and quotes[2].close_mark is not None


def test_the_speaker_of_the_first_part_speaks_them_all() -> None:
    assert {q.speaker for q in extract_quotes("Rachel Hume is the health secretary.\n\n" + TEXT)} == {"Rachel Hume"}


def test_an_opening_mark_the_next_paragraph_does_not_continue_is_no_quote() -> None:
    text = "He said: 'Corridor care is not care.\n\nThe department said beds would follow.\n"
    assert extract_quotes(text) == []


def test_a_paragraph_opening_with_an_apostrophe_continues_nothing() -> None:
    text = "She said: 'It was the music of my youth.\n\n'90s bands are back, the promoter said.\n"
    assert extract_quotes(text) == []
