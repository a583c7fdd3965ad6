"""Who a pronoun or a description after a quote stands for, in texts written for these
tests: unnamed speakers brought in before it, people who declined to comment, names in
the possessive, newspapers named as the object of "speaking to"."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_pronoun_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = ("Judge Alison Carver jailed Mark Tully for six years at Leeds Crown Court.\n\n"
            "\"You betrayed every family who trusted you,\" the judge told him.\n\n"
            "Outside court, a nurse who has worked at the hospice for 15 years said staff felt sick. "
            "'We held bake sales to buy a sensory room,' she said.\n")
    assert _speakers(text) == ["Alison Carver", None]


def test_an_appositive_is_no_unnamed_speaker() -> None:
    text = ("Rita Gomez, a nurse who has worked at the hospice for 15 years, said staff felt sick. "
            "\"We held bake sales,\" she said.\n")
    assert _speakers(text) == ["Rita Gomez"]


def test_a_person_who_did_not_respond_but_posted_in_the_same_paragraph_is_he() -> None:
    text = ("Mayor Luis Ortega said the city would not borrow against the pension fund.\n\n"
            "Union president Frank Deluca did not immediately respond to a request for comment on Monday. "
            "On Sunday evening he posted on X: \"The mayor found money for a stadium.\"\n")
    assert _speakers(text) == ["Frank Deluca"]


def test_speaking_to_a_newspaper_the_description_is_the_speaker() -> None:
    text = ("Halvorsen cut 900 jobs on Thursday.\n\n"
            "Speaking to the Financial Courier, the chief executive said: \"Two years ago people asked "
            "whether we should sell the business.\"\n")
    assert _speakers(text) == [None]
    assert extract_quotes(text)[0].speaker_description == "the chief executive"


def test_a_full_name_in_the_possessive_opening_a_sentence_names_a_person() -> None:
    text = ("Ashdown Rovers lost 2-1 at Kingsford on Saturday.\n\n"
            "Dean Whitlock's team had fought back well after falling behind.\n\n"
            "Yet once again Rovers failed to deal with a corner.\n\n"
            "Whitlock did not hide his frustration. He said: \"We keep making the same mistakes.\"\n")
    assert _speakers(text) == ["Dean Whitlock"]


def test_a_namesakes_middle_name_or_honorific_mentions_only_that_person() -> None:
    text = ("Former President Bill Clinton spoke in Iowa on Monday.\n\n"
            "Ted Lowe, a strategist, said the race was close. Proposals from Hillary Rodham Clinton, "
            "he added, were \"tinkering around the edges.\"\n")
    assert _speakers(text) == ["Ted Lowe"]


def test_a_quote_in_a_clause_an_unnamed_subject_says_is_not_the_main_subjects() -> None:
    text = ("Father-of-two Gavin Reece, 43, was jailed for six years yesterday after a judge said he had "
            "betrayed 'dying children and their families'.\n")
    assert _speakers(text) == [None]
    assert extract_quotes(text)[0].speaker_description == "a judge"


def test_an_appositive_opening_with_a_possessive_names_the_person() -> None:
    text = ("Chief Executive Anders Lund spoke first.\n\n"
            "Sofie Lund, Halden's head of hardware, said the team cut the weight.\n\n"
            "\"Every gram counted,\" she said.\n")
    assert _speakers(text) == ["Sofie Lund"]


def test_an_honorific_no_named_namesake_fits_is_somebody_else() -> None:
    text = ("Resident Lisa Harland said she and her husband Greg had only minutes to leave.\n\n"
            "\"We'll rebuild, but not this year,\" Mr Harland said.\n")
    assert _speakers(text) == [None]


def test_a_name_set_off_after_its_description_is_the_pronouns_person() -> None:
    text = ("Corby's head of adult social care, Tomasz Wilk, said the day centres would reopen. "
            "\"Nobody will lose their place,\" he said.\n")
    assert _speakers(text) == ["Tomasz Wilk"]


def test_a_place_set_off_after_a_description_is_no_speaker() -> None:
    text = ("Dana Fisk, a baker from Ridgeway, North Dakota, said flour prices had doubled. "
            "\"We cannot keep up,\" she said.\n")
    assert _speakers(text) == ["Dana Fisk"]


def test_a_doctor_named_without_a_known_given_name_is_the_pronouns_person() -> None:
    text = ("Dr Oyelaran Abiodun has run the fever ward since 2019.\n\n"
            "\"We are seeing far fewer cases this week,\" he said.\n")
    assert _speakers(text) == ["Oyelaran Abiodun"]


def test_the_office_after_of_is_no_pronouns_person() -> None:
    text = ("Families in the North Valley have been urged to boil their water.\n\n"
            "Dr Oyelaran Abiodun, of Wessex Water North Valley, said: \"The supply is being tested.\"\n\n"
            "He said the advice would last a week and added: \"Bottled water is being handed out.\"\n")
    assert _speakers(text) == ["Oyelaran Abiodun", "Oyelaran Abiodun"]


def test_a_place_after_a_preposition_is_no_subject_of_the_verb_after_it() -> None:
    text = ("Schools across the Upper Wensum have been told to close early.\n\n"
            "Upper Wensum had 40cm of snow overnight. \"We are ready for the snow,\" she said.\n")
    assert _speakers(text) == [None]


def test_an_unnamed_speaker_who_told_the_pronouns_person_is_not_that_pronoun() -> None:
    """"a deputy told him …": "he" after it is the one told, the man named before."""
    for told, pronoun in (("told him", "he"), ("told her", "she")):
        text = ("Rain fell on the valley all night.\n\n"
                f"Dorian Achterberg, 68, said {pronoun} had refused to leave until a deputy {told} the water "
                f"was at the road. \"It was like a wall coming across the field,\" {pronoun} said.\n")
        assert _speakers(text) == ["Dorian Achterberg"]


def test_an_unnamed_speaker_who_told_someone_else_is_still_the_pronoun() -> None:
    text = ("Rain fell on the valley all night.\n\n"
            "Dorian Achterberg, 68, stayed at home. A deputy told her the water was at the road. "
            "\"It was like a wall coming across the field,\" he said.\n")
    assert _speakers(text) == [None]
