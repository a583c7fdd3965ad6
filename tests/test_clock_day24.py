"""An article that writes the 24-hour clock ("by 15:05", "at 07:40") writes its other times
in it too: "at 10:52" there is 10:52 in the morning (reader.analysis.clock_times), compared
with another article's "about 10:15 a.m."; elsewhere a bare "10:52" stays unread."""

from __future__ import annotations

from reader.analysis.clock_times import readings
from reader.analysis.sentences import sentence_spans
from tests.test_conflicts_support import conflicts_of


def _read(text: str) -> dict[str, int]:
    return {f.text: int(f.value) for f, _, _ in readings(text, sentence_spans(text))}


def test_a_bare_time_in_an_article_of_the_24_hour_clock_is_read() -> None:
    text = "At 9:35 on Sunday the Kell lift halted. All riders were down by 14:20, the operator said."
    assert _read(text) == {"9:35": 575, "by 14:20": 860}
    text = "The ferry left at 07:10. Around 11:48 it lost steering, the coastguard said."
    assert _read(text)["Around 11:48"] == 708


def test_a_bare_time_elsewhere_stays_unread() -> None:
    assert _read("At 9:35 on Sunday the Kell lift halted, the operator said.") == {}
    assert _read("He read John 3:16 aloud. The service ended at 13:30.") == {"13:30": 810}


def test_two_articles_time_the_halt_differently() -> None:
    a = "The Kell chairlift stopped at 9:35 on Sunday, leaving riders stranded. All were down by 14:20."
    b = "The Kell chairlift stopped at about 10:15 a.m. on Sunday, leaving riders stranded, officials said."
    assert conflicts_of(a, b) == [[575, 615]]
