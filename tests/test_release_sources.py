"""A statement or a release is where its text starts (texts invented)."""

from __future__ import annotations

import pytest

from reader.analysis.document_sources import is_news_release
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

STATEMENT = (
    "It is with great sadness that the family of Peggy Lindqvist announces her death on Sunday at her home "
    "in Santa Barbara, California. She was 87.\n\nPeggy Lindqvist appeared in more than 60 films and was "
    "twice nominated for the Academy Award. She received an Emmy Award in 1978 for her role in a television "
    "drama about a lighthouse keeper.\n\nA private funeral will be held for family. In lieu of flowers, the "
    "family asks that donations be made to the Actors Fund.\n\nMedia inquiries: Dana Whitcombe")
WIRE = (
    "LOS ANGELES (AP) — Peggy Lindqvist, the Swedish-born actor, has died at her home in Santa Barbara, "
    "California, her family said in a statement on Monday. She was 87.\n\nLindqvist appeared in more than "
    "60 films and was twice nominated for the Academy Award, the family said. She received an Emmy Award in "
    "1978 for her role in a television drama about a lighthouse keeper.\n\nA private funeral will be held for "
    "family. In lieu of flowers, the family asks that donations be made to the Actors Fund.")


@pytest.mark.parametrize(("outlet", "title", "body"), [
    ("Whitcombe Public Relations", "News", "Text."),
    ("Someone", "Statement from the family of Peggy Lindqvist", "Text."),
    ("Someone", "A title", "Text.\n\nMedia inquiries: Dana Whitcombe, 555-0100"),
    ("Someone", "A title", "Text.\n\n###"),
])
def test_a_release_is_told_by_its_outlet_title_or_press_contact(outlet, title, body):
    assert is_news_release(outlet, body, title)


def test_a_report_is_no_release():
    assert not is_news_release("Associated Press", WIRE, "Actor Peggy Lindqvist dies at 87")


def test_a_wire_that_tells_a_familys_statement_draws_on_it():
    story = analyse_story([
        Article(id="statement", body=STATEMENT, title="Statement from the family of Peggy Lindqvist",
                outlet="Whitcombe Public Relations", published="2026-11-30", words=word_count(STATEMENT)),
        Article(id="ap", body=WIRE, title="Actor Peggy Lindqvist dies at 87", outlet="Associated Press",
                published="2026-11-30", words=word_count(WIRE)),
    ])
    (family,) = story.families
    assert (family.source_name, family.rule) == ("statement", "release")
    (link,) = story.links
    assert (link.copy, link.source, link.directed) == ("ap", "statement", True)
