"""Speakers described by a role before the article names them (reader.analysis.speaker_ahead):
``by a judge who told him, “…”`` then ``Judge Mary Okafor said``; ``A prosecutor called X “…”``
then ``Prosecutor Dana Whitfield also said``; and the cases where nobody may be named (two
who fit, a plural or generic description, another role, too far ahead). All texts invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_ahead import REACH_CHARS, indefinite_head, reach_end


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def speaker_of(text: str, words: str) -> str | None:
    found = [s for t, s in speakers(text) if words in t]
    assert found, f"no quote with {words!r}"
    return found[0]


JUDGE = ('The coach was sentenced on Monday by a judge who proudly told him, "You will never coach again."\n\n'
         "The hearing lasted a week and drew dozens of former players.\n\n"
         '"You betrayed them all," Judge Mary Okafor said of the coach.\n')

PROSECUTOR = ("The coach faces more charges in another county next month.\n\n"
              'A prosecutor called Webb "a danger to every child" and said the club gave him the "perfect cover."\n\n'
              'Prosecutor Dana Whitfield also said Webb "hid behind his medals."\n')


def test_a_judge_who_told_him_is_the_judge_named_two_paragraphs_on():
    assert speaker_of(JUDGE, "never coach") == "Mary Okafor"


def test_a_prosecutor_called_him_is_the_prosecutor_named_next():
    assert speaker_of(PROSECUTOR, "danger to every child") == "Dana Whitfield"
    assert speaker_of(PROSECUTOR, "perfect cover") == "Dana Whitfield"      # (… and said: the same subject)


def test_a_judge_who_called_him_with_a_county_title_ahead():
    text = ('Lawyers for Webb said he was treated unfairly, citing remarks by a judge who called him a "predator" '
            'who would "rot" in prison.\n\n"You will never coach again," County Judge Mary Okafor said.\n')
    assert speaker_of(text, "predator") == "Mary Okafor"
    assert speaker_of(text, "rot") == "Mary Okafor"


def test_two_judges_named_ahead_is_nobody():
    text = JUDGE.replace("The hearing lasted a week and drew dozens of former players.",
                         'Judge Ann Lee, who heard the first case, said "the club failed."')
    assert speaker_of(text, "never coach") is None


def test_a_plural_role_is_nobody():
    text = PROSECUTOR.replace("A prosecutor called", "Prosecutors called")
    assert speaker_of(text, "danger to every child") is None


def test_a_generic_spokesperson_is_nobody():
    text = ('"We are reviewing the case," said a spokesperson for the county.\n\n'
            'Spokesperson Ann Lee said the county "will not comment further."\n')
    assert speaker_of(text, "reviewing the case") is None


def test_another_role_named_ahead_is_nobody():
    text = PROSECUTOR.replace("Prosecutor Dana Whitfield", "Defense lawyer Dana Whitfield")
    assert speaker_of(text, "danger to every child") is None


def test_named_beyond_the_reach_is_nobody():
    filler = "".join(f"The hearing went on for day {n} with more testimony.\n\n" for n in range(3))
    text = JUDGE.replace("The hearing lasted a week and drew dozens of former players.\n\n", filler)
    assert speaker_of(text, "never coach") is None


def test_someone_who_fits_named_before_is_nobody():
    text = "Judge Ann Lee opened the first trial last year.\n\n" + JUDGE
    assert speaker_of(text, "never coach") is None


def test_the_judge_before_anyone_is_named_looks_ahead_but_not_once_someone_is():
    lede = '"You will never coach again," the judge said on Monday.\n\nJudge Mary Okafor read the sentence aloud.\n'
    assert speaker_of(lede, "never coach") == "Mary Okafor"
    named_first = "Tom Webb said nothing in court, and his assistant Ray Dunn said little more.\n\n" + lede
    assert speaker_of(named_first, "never coach") is None


def test_the_description_counts_as_a_mention_for_a_pronoun():
    text = ("Judge Ann Lee sentenced Tom Webb on Monday after a hearing of seven days in which his former players, "
            "their parents and two of his assistant coaches described years of abuse and cover-ups at the club.\n\n"
            "Webb spoke briefly and apologised to the players, to their parents and to the club he led for twenty "
            "years, and he asked the court for mercy before the sentence was read out to the hall.\n\n"
            '"You do not deserve to coach again," the judge said.\n\n'
            'She added: "I have just signed the order."\n')
    assert speaker_of(text, "signed the order") == "Ann Lee"


def test_an_age_before_the_role_and_name():
    text = 'The mall closed. "I just buy everything online," said 23-year-old bus driver Shannon Bell as we left.'
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Shannon Bell", "bus driver")]


def test_a_court_named_by_title_words_is_an_organisation():
    text = 'The state Supreme Court said the appeal was a "hard question" for the judges.'
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Supreme Court", "organization")]


def test_indefinite_heads():
    assert indefinite_head("a judge") == ("judge", ())
    assert indefinite_head("A federal prosecutor") == ("prosecutor", ("federal",))
    for nobody in ("one judge", "two prosecutors", "a spokesperson for the county", "an official familiar with",
                   "a man", "some judges", "a lawyer for"):
        assert indefinite_head(nobody) is None, nobody


def test_reach_ends_after_two_more_paragraphs_or_the_character_bound():
    text = "one\n\ntwo\n\nthree\n\nfour\n"
    assert text[:reach_end(text, 1)].rstrip().endswith("three")
    assert reach_end("x" * 5000, 10) == 10 + REACH_CHARS


PLAIN = ["The hearing resumed after a short break.", "Rain fell on the courthouse steps all morning.",
         "The club has closed its youth program.", "Tickets for the final were sold out."]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.sampled_from([JUDGE, PROSECUTOR]), st.sampled_from(PLAIN), st.integers(min_value=0, max_value=3))
def test_a_paragraph_with_no_people_never_makes_another_speaker(text, plain, at):
    """A paragraph naming nobody, put anywhere, leaves each speaker as it was or (past the
    reach) unnamed, never another person; put first or last, it changes nothing."""
    paras = text.rstrip("\n").split("\n\n")
    at = min(at, len(paras))
    changed = "\n\n".join([*paras[:at], plain, *paras[at:]]) + "\n"
    before, after = speakers(text), speakers(changed)
    assert [t for t, _ in before] == [t for t, _ in after]
    for (_, was), (_, now) in zip(before, after, strict=True):
        assert now in (was, None)
    if at in (0, len(paras)):
        assert before == after


def test_a_name_in_an_embedded_post_is_no_antecedent():
    text = ("Passenger Tom Vale told a radio station about the flight. He said it became clear something was wrong.\n\n"
            "Agency sending a team to look at the engine. Chairman Rob Sumner will brief at 3 pm ET. "
            "— Agency_News (@Agency_News) April 17, 2018\n\n"
            '"All of a sudden, we heard a bang," he said.\n')
    assert speaker_of(text, "heard a bang") is not None
    assert "Vale" in (speaker_of(text, "heard a bang") or "")
    plain = text.replace(" — Agency_News (@Agency_News) April 17, 2018", "")
    assert speaker_of(plain, "heard a bang") == "Rob Sumner"      # (in the article's own text: the nearest)


COURT = ("The Ohio Supreme Court on Monday rejected an appeal from the coach.\n\n"
         'The state Supreme Court said the appeal was a "hard question" for the judges.\n\n'
         '"We decline to hear it again," the court said in an order.\n')


def test_the_court_is_the_one_court_named_before():
    assert speaker_of(COURT, "decline to hear") == "Supreme Court"


def test_the_court_with_two_courts_or_none_named_or_another_one_is_nobody():
    two = "The District Court said the appeal came too late.\n\n" + COURT
    assert speaker_of(two, "hard question") == "Supreme Court"
    assert speaker_of(two, "decline to hear") is None
    unregistered = two.replace('The state Supreme Court said the appeal was a "hard question" for the judges.\n\n', "")
    assert speaker_of(unregistered, "decline to hear") is None       # (the Ohio Supreme Court, never speaking)
    assert speaker_of('"We decline to hear it again," the court said in an order.', "decline to hear") is None
    other = COURT.replace("the court said", "the head of the appeals court said")
    assert speaker_of(other, "decline to hear") is None


def test_words_read_out_are_their_writers():
    text = ('Tom Webb wrote to the court last week.\n\n"I did nothing wrong," Judge Ann Lee read Webb’s letter aloud. '
            '"It was not treatment," Lee replied.\n')
    assert speaker_of(text, "nothing wrong") == "Tom Webb"
    assert speaker_of(text, "not treatment") == "Ann Lee"
    unknown = text.replace("Tom Webb wrote to the court last week.\n\n", "")
    assert speaker_of(unknown, "nothing wrong") != "Ann Lee"      # (the reader is not the writer)


def test_a_prosecutor_described_him_as():
    text = PROSECUTOR.replace('A prosecutor called Webb "a danger to every child"',
                              'A prosecutor described Webb as "a danger to every child"')
    assert speaker_of(text, "danger to every child") == "Dana Whitfield"


def test_a_spokeswoman_is_not_a_man_named_ahead():
    text = ('"We will appeal," a spokeswoman told reporters.\n\n'
            'Spokesman Tom Hale said the club "has nothing to add."\n')
    assert speaker_of(text, "We will appeal") is None


def test_according_to_a_statement_from_a_named_issuer():
    text = ('According to a statement from the Ohio Transit Authority, the delay was an "operational event" '
            "that may be investigated.")
    assert speaker_of(text, "operational event") == "Ohio Transit Authority"
    anonymous = text.replace("a statement from the Ohio Transit Authority", "a statement")
    assert speaker_of(anonymous, "operational event") is None


def test_a_quote_after_the_issuer_is_no_appositive():
    text = ('The Ohio Transit Authority closed the line. According to a statement from the Ohio Transit Authority, '
            'an "operational event" of this kind may be investigated.')
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Ohio Transit Authority", None)]
