"""A quotation inside a noun of saying is its owner's: "Ann Lee's claim that … “…”"."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Critics seized on Mayor Ann Lee\'s claim that the budget was "fully balanced" last year.', "Ann Lee"),
    ('Voters recalled Senator Tom Price\'s promise to "drain the swamp" in Washington.', "Tom Price"),
    ('Tom Price spoke on Monday. Voters recalled his promise to "drain the swamp" in Washington.', "Tom Price"),
    ('The rally denounced Tom Price\'s call for "a total ban" on the plant.', "Tom Price"),
    ('Tom Price\'s stock answer then — "I will be fine."', "Tom Price"),
])
def test_the_owner_of_a_noun_of_saying_said_the_words(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.speaker, q.how) == (speaker, "noun")


@pytest.mark.parametrize("text", [
    'The town said Tom Price\'s comments "are based on his opinion."',           # the town's view of them
    'Jane Holt described Tom Price\'s statement that he opposed the war as "a fairy tale."',
    'Ann Lee denounced Tom Price\'s remarks as "hurtful."',
    'Ann Lee\'s team calls her "the closer" in the office.',                      # "calls": a verb
    'Tom Price\'s claim was false. Ann Lee called the vote "a sham."',           # another sentence
])
def test_a_view_of_what_was_said_is_not_the_owners(text):
    assert all(q.how != "noun" for q in extract_quotes(text))


def test_words_recalled_lend_no_speaker_to_the_next_quote():
    text = ('Ann Lee\'s claim that the audit was "routine" is her office\'s view.\n\n'
            'Tom Price (R-Ohio): "I have not heard anyone else say that."')
    first, second = extract_quotes(text)
    assert first.speaker == "Ann Lee"
    assert second.speaker != "Ann Lee"
