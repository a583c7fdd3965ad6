"""The fifth speaker pass (PolNeAR, null speakers the article names): a subject behind role
words opened by a name (``The Gazette city-hall columnist Ann Roe``), ``As X put it`` /
``As X had written`` with a lone or premodified name, and a person's spokesperson or press
secretary (``Lott’s spokeswoman said``); and the shapes that must stay empty. All texts invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quotes import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    found = [q.speaker for q in extract_quotes(text) if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0]


LEAD = "Council Votes On Roads\n\nThe town council voted on Tuesday to delay the road plan again.\n\n"


# --- role words opened by a name, before the subject's name ------------------------------


def test_a_name_opening_the_role_words_before_a_full_name():
    text = LEAD + "The Gazette city-hall columnist Nora Vance went so far as to say: “The council is finished.”\n"
    assert speaker_of(text, "council is finished") == "Nora Vance"


def test_role_words_opened_by_a_capitalised_word_without_the():
    text = LEAD + "Presidential hopeful Dana Whitcombe often says she is a “proud reformer” at rallies.\n"
    assert speaker_of(text, "proud reformer") == "Dana Whitcombe"


def test_no_role_word_before_the_name_names_nobody():
    # "Perhaps young voters prefer Roe's call": the name is no subject, the words no role;
    # the words called for are Roe's (the owner of "call for")
    text = LEAD + "Perhaps young voters prefer Marcus Roe’s call for “a fresh start” over the mayor’s plan.\n"
    (q,) = [q for q in extract_quotes(text) if "fresh start" in q.text]
    assert (q.speaker, q.speaker_role, q.how) == ("Marcus Roe", None, "noun")


def test_a_description_past_the_modifier_is_not_taken():
    # no name after the role words: the description is left to the rules for descriptions
    text = LEAD + "The Gazette city-hall columnist told readers the plan was “a slow disaster” for the town.\n"
    assert speaker_of(text, "slow disaster") is None


# --- As X put it / As X had written -----------------------------------------------------------


def test_as_a_lone_name_put_it():
    text = LEAD + "As Vellum put it, “Hello, it is the new council.” The mayor did not reply.\n"
    assert speaker_of(text, "new council") == "Vellum"


def test_as_the_premodified_columnist_had_written():
    text = LEAD + ("As the Hollywood columnist Lena Parr had written a few years earlier, "
                   "“We could not have a town without its roads.”\n")
    assert speaker_of(text, "without its roads") == "Lena Parr"


def test_as_a_title_word_put_it_names_nobody():
    text = LEAD + "As Senate put it, “The roads can wait.”\n"
    assert speaker_of(text, "roads can wait") is None


@settings(max_examples=25, deadline=None)
@given(verb=st.sampled_from(["put it", "had written", "has said", "once put it", "noted", "observed"]))
def test_as_x_verb_gives_x(verb: str):
    text = LEAD + f"As Ann Marlow {verb}, “Voters should remember that a deal today is better.”\n"
    assert speaker_of(text, "deal today") == "Ann Marlow"


# --- a person's spokesperson -----------------------------------------------------------------------


def test_owners_spokeswoman_after_the_quote():
    text = LEAD + "“The senator never attacked the mayor,” Lott’s spokeswoman said. “He admires her.”\n"
    assert speaker_of(text, "never attacked") == "Lott’s spokeswoman"
    assert speaker_of(text, "admires her") == "Lott’s spokeswoman"


def test_owners_press_secretary_before_the_quote():
    text = LEAD + "Lott’s press secretary said “the senator never attacked” the mayor.\n"
    assert speaker_of(text, "never attacked") == "Lott’s press secretary"


def test_owners_spokesman_in_the_clause():
    text = LEAD + "Lott’s spokesman challenged the claim, and said he “never attacked” the mayor.\n"
    assert speaker_of(text, "never attacked") == "Lott’s spokesman"


# --- a tag sentence with abbreviations after a question or exclamation ------------------------


@settings(max_examples=20, deadline=None)
@given(mark=st.sampled_from(["!", "?"]), verb=st.sampled_from(["said", "asked", "quipped"]),
       party=st.sampled_from(["R-Pa.", "D-N.Y.", "R-Tex."]))
def test_tag_past_a_title_and_a_party_after_a_question(mark: str, verb: str, party: str):
    text = LEAD + f"“Perpetual motion{mark}” Rep. Glen Thomas, {party}, {verb} of the week.\n\nThomas left early.\n"
    assert speaker_of(text, "Perpetual motion") == "Glen Thomas"


def test_a_verb_inside_a_name_is_no_tag_verb():
    # "Thomas" ends like a verb in -s ("homas"): the tag's verb is a whole word
    text = LEAD + "“Why not?” Rep. Glen Thomas, R-Pa., asked.\n"
    assert speaker_of(text, "Why not") == "Glen Thomas"


# --- a credit line under a quotation filling its paragraph ------------------------------------------


CREDITS = ("Debate Check\n\nThe candidates traded claims on Thursday night.\n\n"
           "\"Families are worried about the future of their jobs.\"\n\n- Senator Mara Quill.\n\n"
           "The senator is relying on old figures.\n\n"
           "\"I never said I would end the program.\"\n\n- Quill.\n\n"
           "That is mostly true.\n")


def test_a_dash_and_a_name_under_a_quote_paragraph_credits_it():
    assert speaker_of(CREDITS, "worried about the future") == "Mara Quill"
    assert speaker_of(CREDITS, "never said I would end") == "Mara Quill"      # known by now


def test_a_credit_with_a_short_phrase_after_a_comma():
    text = LEAD + "\"We talk about it all the time, and it needs to stop.\"\n\n-Michelle Marlow, Philadelphia.\n"
    assert speaker_of(text, "needs to stop") == "Michelle Marlow"


def test_a_wire_credit_or_a_quote_inside_a_sentence_is_no_speaker():
    assert speaker_of(LEAD + "\"We will win the vote.\"\n\n- Reuters.\n", "win the vote") is None
    text = LEAD + "The mayor called him \"my friend.\"\n\n- Dana Roe, Philadelphia.\n"
    assert speaker_of(text, "my friend") is None                              # (not a quote paragraph)


def test_a_dash_line_with_a_sentence_is_no_credit():
    text = LEAD + "\"We will win the vote.\"\n\n- Dana Roe explains why the polls were off.\n"
    assert speaker_of(text, "win the vote") is None


def test_a_clause_subject_inside_brackets():
    text = LEAD + "(Lott’s spokeswoman challenged the claim, and said he had “never attacked” the mayor.)\n"
    assert speaker_of(text, "never attacked") == "Lott’s spokeswoman"
    text = LEAD + "(Ann Lott challenged the claim, and said he had “never attacked” the mayor.)\n"
    assert speaker_of(text, "never attacked") == "Ann Lott"


# --- a follow-on quote whose sentence ends with the writer's aside ---------------------------------


def test_follow_on_past_a_relative_clause_on_a_place():
    text = LEAD + ("“Dana is in good shape,” said Tom Vail, a senior adviser to the campaign. “We can win "
                   "in the north and we have good chances all the way to Ohio,” which votes in June.\n")
    assert speaker_of(text, "good chances") == "Tom Vail"


def test_follow_on_past_a_dash_and_a_participle():
    text = LEAD + ("“Teachers are the key,” said Jaime Harlow, chair of the county party. “Roe has to keep "
                   "her support. Lee has to do the ‘two-step’ ” - raising his profile and then winning them over.\n")
    assert speaker_of(text, "keep her support") == "Jaime Harlow"


def test_a_participle_of_saying_after_the_dash_blocks_the_follow_on():
    text = LEAD + ("“Teachers are the key,” said Jaime Harlow, chair of the county party. “Roe has to keep "
                   "her support” - adding that Ann Lee disagreed.\n")
    assert speaker_of(text, "keep her support") is None


# --- "Top" and "One" opening a sentence are no first names ----------------------------------------


def test_top_and_one_are_no_first_names():
    text = ("Top Lott adviser sent ‘secret’ memos to her private account.\n\n"
            "Senator Ann Lott’s top aide, Jake Sorensen, wrote several of the messages.\n\n"
            "One Lott spokesman has called the affair “a storm in a teacup.”\n\n"
            "“We will release every page,” Lott said.\n")
    speakers = {q.speaker for q in extract_quotes(text)}
    assert not any(s and s.split()[0] in ("Top", "One") for s in speakers)
    assert speaker_of(text, "release every page") in ("Lott", "Ann Lott")
