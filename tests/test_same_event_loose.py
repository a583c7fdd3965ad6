"""A local paper that tells the story's event in its own words and people (its villages, its
ward chair) is kept on the story, and compared with a wire copy it shares no name with, when
what it counts is the story's, read loosely: people who left their homes (the displaced, the
evacuated), bridges gone where others' were destroyed (event_evidence.py). Every text here
is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.event_evidence import as_event, loose
from reader.analysis.same_event import SameEvent
from reader.library.model import Article
from reader.text.tokens import word_count

OFFICE = ("Press statement of the Velmora District Office. A mudslide from Mount Oskel struck the upper Velmora "
          "valley at about 3 a.m. on Friday and swept through the villages of Pernath, Ildra and Sorrow Ford. "
          "Eleven people have been confirmed dead and 19 are missing. Forty houses and two footbridges were "
          "destroyed, and 900 people have been displaced to schools lower in the valley.")
WIRE = ("QUARRENDON (Wire) — A mudslide from Mount Oskel in the Kestrine hills killed at least 11 people on "
        "Friday, officials said. Around 900 people have been forced from their homes, said Halvor Grennick-Tay "
        "of the Quarrendon Institute of Slope Studies. Rescue teams from Quarrendon reached the Oskel slopes "
        "by noon.")
RADIO = ("Eleven people died when mud from Mount Oskel came down on Pernath and Ildra in the Velmora valley "
         "overnight, the district office said. Nineteen are still missing. Two footbridges were swept away.")
BLOG = ("Mount Oskel has let go again. The slide hit Pernath, Ildra and Sorrow Ford before dawn. The district "
        "says 11 are dead and 19 missing; two footbridges were destroyed.")
PAPER = ("At around 2 in the morning, Anselm Torvik-Baye woke to a roar. He led his family uphill from Pernath. "
         "More than 1,400 people have now left their homes in the upper valley, said Pernath ward chair Odile "
         "Marchetti-Sund. Three footbridges are gone, cutting Ildra off from the road. Teacher Ines Valcourt-Bry "
         "said the school at Ildra was sheltering 80 people.")


def _art(id_: str, body: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), published=published)


def _conflicts(paper_date: str) -> list[set[float]]:
    arts = [_art("office", OFFICE, "2026-05-08"), _art("wire", WIRE, "2026-05-08"), _art("radio", RADIO, "2026-05-08"),
            _art("blog", BLOG, "2026-05-09"), _art("paper", PAPER, paper_date)]
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


def test_a_local_paper_counting_the_story_loosely_is_compared() -> None:
    assert {900, 1_400} in _conflicts("2026-05-09")


def test_the_same_paper_of_another_year_stays_apart() -> None:
    assert {900, 1_400} not in _conflicts("2024-02-11")


def test_loose_keys() -> None:
    assert loose(("person", "displaced")) == ("person", "evacuated")
    assert loose(("person", "hospital")) == ("person", "hurt")
    assert loose(("person", "died")) == ("person", "died")
    # a bare noun another counts with an event is an event's quantity; people in general never
    assert as_event({("bridge", None), ("person", None)}, set(), {"bridge"}) == {("bridge", None)}
    assert as_event({("bridge", None)}, set(), set()) == set()


def test_strangers_without_bridges_stay_strangers_loosely_too() -> None:
    told = {"a": {("person", "evacuated")}, "b": {("person", "displaced")}, "c": {("person", "evacuated")}}
    kinds = {x: told[x] | {("bridge", None)} for x in told}
    event = SameEvent({"a": "2026-05-08", "b": "2026-05-08", "c": "2026-05-08"}, lambda x, y: True, told, kinds)
    assert event.strangers("a", "b") is True        # no article shares a name with both
