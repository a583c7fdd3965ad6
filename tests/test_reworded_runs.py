"""One paragraph run reworded sentence by sentence, its quotations lifted whole, relates a
copy to its source though the rewording is under half the copy's words; separate reports
of one event that share a few reworded phrases stay apart. Every text here is made up for
the tests."""

from __future__ import annotations

from reader.analysis.shared_words import MIN_REWORDED_RUN
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

STATION = [
    "The passenger ferry Island Wren ran aground on a rocky ledge in thick fog Friday evening about half a mile off "
    "the eastern shore of Tern Island, and all of the people aboard were taken off safely by the Coast Guard and a "
    "small fleet of lobster boats from the island's harbor.",
    "The boat had left the mainland landing at Bellhaven about forty minutes earlier on its last run of the day, "
    "carrying commuters, a school basketball team returning from a tournament and several trucks loaded with "
    "groceries for the island's only store.",
    "“We felt a bang and then a long scrape under our feet, and everybody just grabbed on to whatever was close,” "
    "said Mara Voss, who was riding home from her job at the hospital in Bellhaven.",
    "“The crew was calm the whole time, and they had us in life jackets within minutes,” Voss said.",
    "WKTE's crew on the island watched from the harbor wall as the last of the lobster boats came in after dark, "
    "their decks crowded with passengers wrapped in blankets handed out by volunteers from the fire station.",
    "The island's fire chief said two people were checked for minor injuries at the health center and released, "
    "and that the ferry's fuel tanks appeared to be intact, though a boom was set around the hull as a precaution.",
    "The ferry company has run the crossing since 1962 and lost a boat on the same ledge in 1987, when the crew of "
    "a freight barge misjudged the channel in a snowstorm and the barge sank in shallow water.",
]
COPY = [
    "A passenger ferry, the Island Wren, struck a rocky ledge in dense fog on Friday evening roughly half a mile off "
    "Tern Island's eastern shore, and everyone on board was brought off safely by the Coast Guard and a number of "
    "lobster boats from the island harbor.",
    "The ferry had departed the Bellhaven mainland landing some forty minutes before on the final trip of the day, "
    "with commuters, a school basketball squad coming back from a tournament and several trucks full of groceries "
    "bound for the only store on the island.",
    "“We felt a bang and then a long scrape under our feet, and everybody just grabbed on to whatever was close,” "
    "said Mara Voss, who was riding home from her job at the hospital in Bellhaven.",
    "“The crew was calm the whole time, and they had us in life jackets within minutes,” Voss said.",
    "The state's ferry service said a marine surveyor would inspect the hull once the boat was floated off the ledge "
    "at the next high tide, and that replacement service would run from the town dock in the meantime.",
    "Island officials asked residents who need prescriptions from the mainland to call the town office, which will "
    "arrange for them to be carried across on a chartered boat until the ferry returns to service.",
    "Tern Island has about 600 year-round residents, and the ferry is its only regular link to the mainland in the "
    "winter months, when the island's small airstrip is often closed by ice.",
]


def _story() -> object:
    station, copy = "\n\n".join(STATION), "\n\n".join(COPY)
    return analyse_story([
        Article(id="station", body=station, title="station", words=word_count(station), outlet="WKTE News",
                published="2026-03-27"),
        Article(id="aggregator", body=copy, title="aggregator", words=word_count(copy), outlet="Coast Daily Now",
                published="2026-03-28"),
    ])


def test_a_reworded_paragraph_run_relates_the_copy_to_its_source() -> None:
    story = _story()
    assert [(lk.copy, lk.source) for lk in story.links if lk.directed] == [("aggregator", "station")]


def test_the_run_is_no_mere_share_of_the_text() -> None:
    from reader.analysis.shared_words import SharedWords

    story = _story()
    shared = SharedWords(story.analysed, story.comparisons)
    assert shared.reworded_run[(0, 1)] >= MIN_REWORDED_RUN
    assert max(shared.contained(0, 1), shared.contained(1, 0)) < 0.5 and shared.lifted[(0, 1)] < 12
