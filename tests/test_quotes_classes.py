"""Failure classes found on real news (issue 12): each pattern with invented sentences,
positive and negative cases. None of these texts comes from a corpus."""

from __future__ import annotations

import pytest
from test_quotes_support import quotes, said

# --- 1. doubled apostrophes as double marks ----------------------------------------------


def test_doubled_apostrophes_are_one_double_mark():
    body = "''We will plant the orchard first,'' Ms. Wanda Pell said. ''Then the barn.''"
    assert said(body) == [("We will plant the orchard first,", "Wanda Pell"), ("Then the barn.", "Wanda Pell")]
    first = quotes(body)[0]
    assert body[first.start - 2:first.start] == "''" and body[first.end:first.end + 2] == "''"


def test_doubled_apostrophes_with_a_speaker_before_and_a_single_quote_inside():
    body = "Mr. Otto Brandt told the council: ''Nobody calls it 'the swamp' any more.''"
    (q,) = quotes(body)
    assert (q.text, q.speaker) == ("Nobody calls it 'the swamp' any more.", "Otto Brandt")
    assert q.nested == ((body.index("the swamp"), body.index("the swamp") + len("the swamp")),)


def test_a_tripled_apostrophe_is_a_double_mark_and_a_single_one():
    body = "'''Tidewater,''' he answered, ''is the name we chose.''"
    texts = [q.text for q in quotes(body)]
    assert "is the name we chose." in texts


def test_curly_and_backtick_doubles():
    assert said("‘‘The gate stays shut,’’ said Kim Varga.") == [("The gate stays shut,", "Kim Varga")]
    assert said("``The gate stays shut,'' said Kim Varga.") == [("The gate stays shut,", "Kim Varga")]


@pytest.mark.parametrize("body", [
    "The cell was empty: '' stands for nothing in this table.",
    "The code compares x == '' and moves on.",
])
def test_doubled_apostrophes_that_open_and_close_nothing_are_not_quotes(body):
    assert quotes(body) == []


# --- 2. a question or exclamation before its attribution --------------------------------


@pytest.mark.parametrize("body, speaker", [
    ("“Who pays for the bridge?” Councilwoman Ida Marsh asked.", "Ida Marsh"),
    ("Ida Marsh, a councilwoman, stood up. “Who pays for the bridge?” Ms. Marsh asked on Monday.", "Ida Marsh"),
    ("“Not one more cent!” Mayor Hal Brook said.", "Hal Brook"),
    ("“Not one more cent!” said Mayor Hal Brook.", "Hal Brook"),
])
def test_a_question_or_exclamation_keeps_the_attribution_that_follows(body, speaker):
    (q,) = quotes(body)
    assert q.speaker == speaker and q.how == "after"


@pytest.mark.parametrize("body", [
    # a full stop inside the marks ends the sentence: the next one is someone else's
    "Mayor Hal Brook spoke first. “We are done.” Ida Marsh said the vote would wait.",
    # the question does not open its sentence: it belongs to the clause before it
    "The flyer asked, “Who pays for the bridge?” Ida Marsh said that nobody knew.",
    # the next sentence introduces another quote
    "Mayor Hal Brook spoke first. “Who pays?” Ida Marsh said: “We do.”",
])
def test_a_sentence_after_a_quote_is_not_its_attribution(body):
    # the sentence before may name the speaker (rule ``preceding``: Hal Brook spoke first);
    # the one after never does
    assert quotes(body)[0].speaker != "Ida Marsh"


# --- 3. participles, colons and more verbs of saying ------------------------------------


@pytest.mark.parametrize("body, speaker", [
    ("Sen. Vera Holt attacked the budget, saying it would “starve the schools.”", "Vera Holt"),
    ("Sen. Vera Holt, a Democrat, attacked the budget on Friday, calling it “a raid on the schools.”", "Vera Holt"),
    ("On Friday, Sen. Vera Holt left the chamber, telling reporters the budget was “dead on arrival.”", "Vera Holt"),
    ("The vote was close, with Sen. Vera Holt telling reporters “we lost by one.”", "Vera Holt"),
    ("Sen. Vera Holt issued a statement saying the budget was “a raid on the schools.”", "Vera Holt"),
    ("“It failed,” said Sen. Vera Holt, adding, “We start again Monday.”", "Vera Holt"),
    ("Sen. Vera Holt said the process was “slow,” adding, “Slow is fine.”", "Vera Holt"),
    ("Sen. Vera Holt had a short answer for the governor: “Try again.”", "Vera Holt"),
])
def test_participles_and_colons_introduce_the_subjects_quote(body, speaker):
    assert quotes(body)[-1].speaker == speaker


@pytest.mark.parametrize("verb", ["pledged", "promised", "vowed", "warned", "insisted", "shouted", "joked",
                                  "tweeted", "wrote", "argued", "acknowledged", "lamented", "retorted"])
def test_verbs_of_saying(verb):
    body = f"Mayor Tom Reyes {verb}: “The river will be clean by June.”"
    assert said(body) == [("The river will be clean by June.", "Tom Reyes")]
    body = f"“The river will be clean by June,” Mayor Tom Reyes {verb}."
    assert said(body) == [("The river will be clean by June,", "Tom Reyes")]


@pytest.mark.parametrize("body", [
    # a subordinate clause opens the sentence: whose participle is it? nobody is guessed
    "After Sen. Vera Holt spoke, the crowd left, saying “enough.”",
    # two subjects
    "Vera Holt and Tom Reyes left the hall, saying “enough.”",
    # the subject is not a person the article identifies
    "The budget office released new numbers, saying costs would “double by 2030.”",
    # a colon after a sentence whose subject is a thing
    "The message from the council was short: “Try again.”",
    # a scare-quoted word after a verb that is not one of saying
    "She dismissed it as a ‘rant’ and moved on.",
    "Officials fenced off the so-called “safe zone” on Monday.",
])
def test_no_speaker_without_a_cue_that_names_one(body):
    assert all(q.speaker is None for q in quotes(body))


def test_a_title_word_that_is_a_known_surname():
    body = "Charlie King, a former party director, spoke first. “We need volunteers,” Mr. King said."
    assert said(body) == [("We need volunteers,", "Charlie King")]


# --- 4. an appositive, a parenthesis or a lower-case word between name and verb ---------


@pytest.mark.parametrize("body, speaker", [
    ("Representative Lena Voss, an Oregon Democrat, said, “The dam has to go.”", "Lena Voss"),
    ("Rep. Ivo Marsh (R-Idaho), a member of the water panel, said, “The dam stays.”", "Ivo Marsh"),
    ("Rep. Ivo Marsh (R-Idaho) said, “The dam stays.”", "Ivo Marsh"),
    ("“The dam stays,” Rep. Ivo Marsh, R-Idaho, said.", "Ivo Marsh"),
    ("Lena Voss, visibly tired, replied: “The dam has to go.”", "Lena Voss"),
    ("“The dam has to go,” county Commissioner Lena Voss said.", "Lena Voss"),
    ("county Commissioner Lena Voss said, “The dam has to go.”", "Lena Voss"),
])
def test_name_then_aside_then_verb(body, speaker):
    (q,) = quotes(body)
    assert q.speaker == speaker


def test_an_aside_is_not_a_role():
    (q,) = quotes("Lena Voss, visibly tired, replied: “The dam has to go.”")
    assert q.speaker_role is None


@pytest.mark.parametrize("body", [
    # a conjunction before the name: the name starts another clause
    "Lena Voss, a farmer, spoke first. “The dam has to go,” but county Commissioner Ivo Marsh said otherwise.",
    # "and" after the comma joins a second subject, it is no aside
    "The county, and Commissioner Ivo Marsh, said nothing more. “The dam stays.”",
])
def test_no_speaker_across_a_conjunction(body):
    assert quotes(body)[0].speaker is None


# --- 5. markup is not a quotation ------------------------------------------------------


@pytest.mark.parametrize("body", [
    '<tweet tweet-id="90210">Big crowd tonight!</tweet> he wrote.',
    "<tweet tweet-author='@someone' tweet-date=\"May 1, 2016\">",
    'Read <a href="https://example.org/a">the filing</a> here.',
])
def test_attribute_values_in_markup_are_not_quotes(body):
    assert quotes(body) == []


def test_a_quote_inside_markup_still_counts_and_a_bare_angle_bracket_is_no_tag():
    body = '<p class="lead">“We won,” said Sen. Al Fox.</p>'
    assert said(body) == [("We won,", "Al Fox")]
    assert [q.text for q in quotes("If 3 < 4 and the “margin” > 2, Sen. Al Fox said “fine.”")] == ["margin", "fine."]


@pytest.mark.parametrize("body", [
    "Judge Rita Oakes said the term reflected the “depth of the harm” Dr. Sam Bell pleaded guilty to.",
    "Sen. Ann Lee said the plan was “reckless” and Dr. Sam Bell denied it.",
])
def test_verbs_that_are_mostly_not_speech_name_nobody(body):
    assert quotes(body)[0].speaker in ("Rita Oakes", "Ann Lee")


# --- a person named by who they are in the story, and "according to" before a role --------------


def test_a_role_noun_before_a_name_is_the_role_not_the_name():
    body = 'Parent Angela Moss said the district never called. "Nobody from the district called us," she said.'
    (q,) = quotes(body)
    assert (q.speaker, q.speaker_role) == ("Angela Moss", "Parent")
    body = 'Neighbor Tom Hale said he heard the crash. "It shook the whole house," Hale said.'
    assert said(body) == [("It shook the whole house,", "Tom Hale")]


def test_according_to_is_not_part_of_the_role():
    body = ('According to district spokeswoman Lena Park, about 40 teachers will be reassigned. '
            '"No teacher will lose a job because of this," Park said.')
    (q,) = quotes(body)
    assert (q.speaker, q.speaker_role) == ("Lena Park", "district spokeswoman")
