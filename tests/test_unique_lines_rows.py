"""Lines only one source has: rows of a table are not lines, and a short sentence two
sources both print word for word (a quoted remark) is carried, while a short sentence of
one source alone stays a line. Every text here is made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.sentences import table_row
from reader.analysis.story import analyse_story
from reader.library.model import Article

MONDAY = ("The Calder league resumed on Sunday after the winter break, the organisers said.\n\n"
          "Ashby Rovers 3 2 1 0 4 2 7\n\nColt United 3 1 1 1 3 3 4\n\n"
          "\u201cHe was the founder.\u201d The coach said the club owed him everything.\n\n"
          "Tickets for the next round go on sale on Friday morning at the ground.\n")
TUESDAY = ("Ashby Rovers 4 3 1 0 6 2 10\n\nColt United 4 1 1 2 3 5 4\n\n"
           "Rovers fans sang for the club's first chairman. He was the founder.\n\n"
           "The Colt United manager said his side would recover before the cup tie.\n")


def _lines(tmp_path, monkeypatch) -> dict[str, list[str]]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    arts = [Article(id="mon", body=MONDAY, title="League"), Article(id="tue", body=TUESDAY, title="League")]
    story = analyse_story(arts)
    return {a.id: [a.body[s:e] for s, e in story.unique_lines[a.id]] for a in arts}


def test_rows_of_a_table_are_not_lines(tmp_path, monkeypatch):
    lines = _lines(tmp_path, monkeypatch)
    assert not any(line.startswith(("Ashby Rovers", "Colt United 3", "Colt United 4")) for ls in lines.values()
                   for line in ls)
    assert any(line.startswith("Tickets for the next round") for line in lines["mon"])
    assert any(line.startswith("The Colt United manager") for line in lines["tue"])


def test_a_short_sentence_both_sources_print_is_carried(tmp_path, monkeypatch):
    lines = _lines(tmp_path, monkeypatch)
    assert not any("He was the founder" in line for ls in lines.values() for line in ls)


def test_table_rows_and_prose():
    for row in ("Cannes 3 2 1 0 4 2 7", "Milwaukee 4 Cleveland 3 (10 innings)", "11.", "A. Stewart b Mushtaq 44",
                "Total (for six wickets) 278"):
        assert table_row(row), row
    for prose in ("The storm killed 23 people in Ashby on Tuesday.", "Ashby Rovers have won 3 of their 4 games.",
                  "Tickets go on sale at 9 on Friday.", "Standings after Sunday's games:"):
        assert not table_row(prose), prose


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["the", "storm", "closed", "roads", "in", "Ashby", "on", "Tuesday", "and", "crews",
                                 "worked", "through", "night"]), min_size=9, max_size=30),
       st.integers(min_value=0, max_value=2), st.integers(min_value=2, max_value=99999))
def test_a_sentence_of_nine_words_or_more_with_two_numbers_or_fewer_is_prose(words, numbers, value):
    sentence = " ".join([*words[:len(words) // 2], *([str(value)] * numbers), *words[len(words) // 2:]]) + "."
    assert not table_row(sentence)


_CRASH = ("A delivery van struck a bus shelter on Orrin Street on Tuesday morning, the city said.\n\n"
          "{short}\n\nThe shelter will be replaced by the end of the month, a spokeswoman added.\n")
_CRASH_TOO = ("A van hit the bus shelter outside Kestle Library early on Tuesday, witnesses told the Gazette.\n\n"
              "{short}\n\nBus services on the route ran late for most of the morning.\n")


def _short_lines(tmp_path, monkeypatch, mine: str, theirs: str) -> list[str]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    arts = [Article(id="city", body=_CRASH.format(short=mine), title="Crash"),
            Article(id="paper", body=_CRASH_TOO.format(short=theirs), title="Crash")]
    story = analyse_story(arts)
    return [a.body[s:e] for a in arts for s, e in story.unique_lines[a.id]]


@pytest.mark.parametrize("mine", ["hurt", "injured", "wounded"])
@pytest.mark.parametrize("theirs", ["hurt", "injured", "wounded"])
def test_a_short_sentence_with_a_casualty_word_of_one_event_is_one_line(mine, theirs, tmp_path, monkeypatch):
    lines = _short_lines(tmp_path, monkeypatch, f"No one was {mine}.", f"No one was {theirs}.")
    assert not any(line.startswith("No one was") for line in lines)


def test_a_short_sentence_of_another_event_stays_a_line(tmp_path, monkeypatch):
    lines = _short_lines(tmp_path, monkeypatch, "No one was hurt.", "No one was killed.")
    assert "No one was hurt." in lines and "No one was killed." in lines
