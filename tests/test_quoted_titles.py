"""Names of shows, books and reports in quotation marks are no quotations."""

from __future__ import annotations

import pytest

from reader.analysis.quoted_titles import names_a_work
from reader.analysis.quotes import extract_quotes


@pytest.mark.parametrize(("text", "title"), [
    ('Speaking on NBC\'s "Meet the Press," Senator Jane Holt said the bill would pass.', "Meet the Press"),
    ('Holt described the plan in her 2014 memoir, "Hard Roads." She said it was a mistake.', "Hard Roads"),
    ('On "Face the Nation," Holt said the vote was over.', "Face the Nation"),
    ('Later on "This Week," Senator Tom Price questioned the deal.', "This Week"),
    ('Sunday on Fox News channel\'s "Sunday Futures," Rep. Tom Price said he would run.', "Sunday Futures"),
    ('The mayor spoke to the paper\'s podcast, "City Desk." Listen to it here.', "City Desk"),
])
def test_a_quoted_title_is_no_quotation(text, title):
    assert title in text
    assert extract_quotes(text) == []


def test_a_show_told_is_an_audience_not_words_said():
    (q,) = extract_quotes('"It is over," Holt told "Fox and Friends," reminding the hosts of the vote.')
    assert (q.text, q.speaker) == ("It is over,", "Holt")


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ('Speaking on Sunday, Senator Jane Holt said the bill was "certain to pass."', "certain to pass.", "Jane Holt"),
    ('Jane Holt said "Make America Great Again" was a slogan she disliked.', "Make America Great Again", "Jane Holt"),
    ('Jane Holt said in an interview: "We Will Win."', "We Will Win.", "Jane Holt"),
    ('Ann Lee: Rival\'s "Hateful Rhetoric" Hurts Party', "Hateful Rhetoric", "Ann Lee"),
])
def test_words_said_stay_quotations(text, quote, speaker):
    (q,) = extract_quotes(text)
    assert (q.text, q.speaker) == (quote, speaker)


def test_a_title_case_headline_in_is_no_cue():
    assert not names_a_work("Holt: Rubio Did Well In", "More Rubio-Style Debate,")
    assert names_a_work("Holt said in", "Hard Roads")
    assert not names_a_work("the senator said on", "we will not back down")
