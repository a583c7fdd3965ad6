"""A story of a few articles is indexed by every seed: one lifted sentence is never lost
to the sample (reader.engine.index, reader.analysis.story)."""

from __future__ import annotations

from reader.analysis.story import analyse_story, story_json
from reader.engine.index import SeedIndex, seed_hashes
from reader.library.model import Article
from reader.text.tokens import word_count

# a sentence of 19 words whose sampled seeds are two: under the three a sampled index needs
LIFTED = ("The county commission voted to close the Mill Street bridge to heavy trucks until repairs are "
          "finished next spring.")
A = ("Drivers of heavy lorries will need a new route through Carrow from Monday. " + LIFTED + " The detour adds "
     "eleven miles, hauliers said, and the chamber of commerce has asked for a temporary crossing at the quarry.")
B = ("Carrow's oldest crossing is in worse shape than anyone admitted, engineers told a packed meeting. " + LIFTED +
     " Residents asked why the warning signs went up only last week, and officials promised a public report.")


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_the_lifted_sentence_is_below_a_sampled_index_threshold() -> None:
    assert len(seed_hashes(LIFTED)) < 3 <= len(seed_hashes(LIFTED, 1))


def test_a_full_index_relates_two_texts_sharing_one_sentence() -> None:
    assert [j for j, _ in SeedIndex.build([A, B], sample=1).related(0)] == [1]


def test_a_small_story_finds_the_one_sentence_two_reports_share() -> None:
    data = story_json(analyse_story([_art("a", A), _art("b", B)]))
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [("a", "b")]
    (passage,) = data["pairs"][0]["passages"]
    assert "Mill Street bridge to heavy trucks" in passage["a_text"]
