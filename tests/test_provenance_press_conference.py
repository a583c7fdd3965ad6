"""Two reports written apart at one news conference share the speakers' quotations and
the few words around them ("… ,” she said. Water board chair Denise Abara …"), which
the aligner joins into one passage. Shared words an edit changed, and quoted words, are
no lifted sentence: the pair is not linked. The texts are invented for this test."""

from __future__ import annotations

from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count

Q1 = ("“This is not a suggestion. Cities that ignore these limits will lose access to state drought funds, and I "
      "will not hesitate to enforce that.")
Q2 = "“People deserve to see the same numbers we are looking at,”"

STATION = "\n\n".join([
    "Starting April 1, you will only be able to water your lawn two days a week.",
    "That's the centerpiece of the drought emergency Governor Ellen Marsh announced at the Capitol Tuesday "
    "afternoon. State water officials say reservoirs are at 41 percent of what they can hold.",
    f"{Q1} I know this is hard on farmers, and I know it is hard on families who have done everything right,” "
    "Marsh said.",
    f"Water board chair Denise Abara said the state would publish weekly reservoir numbers online. {Q2} Abara said.",
    "Your city will decide which two days you can water. Larkspur Water says it will announce its schedule next "
    "week.",
])
PAPER = "\n\n".join([
    "A day after Gov. Ellen Marsh put the state under a drought emergency, Larkspur officials were already "
    "drawing up a watering calendar and hiring extra inspectors to enforce it.",
    "Larkspur Water general manager Felipe Orozco said Wednesday that the utility would assign odd-numbered "
    "addresses to Tuesdays and Saturdays and even-numbered addresses to Wednesdays and Sundays.",
    f"At the Capitol, Marsh had warned cities that lax enforcement would cost them. {Q1[:-1]},” she said.",
    f"Water board chair Denise Abara told reporters the board would post reservoir levels weekly. {Q2} she said.",
])


def test_two_reports_of_one_news_conference_are_not_linked():
    arts = [Article(id="klrk", body=STATION, title="Drought rules", outlet="KLRK News 4", published="2026-03-04",
                    words=word_count(STATION)),
            Article(id="sentinel", body=PAPER, title="Watering calendar", outlet="Larkspur Sentinel",
                    published="2026-03-05", words=word_count(PAPER))]
    data = story_json(analyse_story(arts))
    assert data["provenance"]["links"] == []
