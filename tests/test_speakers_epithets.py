"""An epithet (``the Ohio senator``, ``the billionaire``) for the person the sentence before is
about, when several people are named near it (reader.analysis.speaker_epithets). All texts
invented."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_an_epithet_after_a_quote_is_the_subject_of_the_sentence_before():
    text = ("Lee stands firm\n\nMonths after endorsing Governor Tom Baker, Senator Ann Lee still opposes the bill. "
            "“I stand by every word,” the Ohio senator told reporters on Monday.\n")
    assert _speakers(text) == ["Ann Lee"]


def test_an_epithet_after_said_and_one_opening_its_sentence_alike():
    said = ("Dorsey speaks\n\nPaul Dorsey attacked Baker and praised Lee in an interview. "
            "“He has no plan,” said the former governor.\n")
    opening = ("Dorsey speaks\n\nPaul Dorsey attacked Baker and praised Lee in an interview. "
               "The former governor said Baker was “out of his depth.”\n")
    assert _speakers(said) == _speakers(opening) == ["Paul Dorsey"]


def test_an_epithet_opening_a_paragraph_reads_the_paragraph_before():
    text = ("Lee quits\n\nSenator Ann Lee, who faced Governor Tom Baker and Mayor Mark Cole, ended her campaign "
            "on Tuesday.\n\n"
            "The Ohio senator told supporters she was “proud of every mile.”\n")
    assert _speakers(text) == ["Ann Lee"]


def test_no_epithet_for_an_object_or_a_possessive_subject():
    obj = ("Title line\n\nThe crowd cheered Senator Ann Lee and booed Governor Tom Baker. "
           "“We will win,” the veteran lawmaker said.\n")
    owner = ("Title line\n\nSenator Ann Lee’s rival, Governor Tom Baker, spoke first. "
             "“We will win,” the veteran lawmaker said.\n")
    assert _speakers(obj) == _speakers(owner) == [None]


def test_a_source_or_a_stranger_is_nobody_named():
    """``the aide``, ``the official``, ``the man`` bring in someone new, not the subject."""
    for head in ("aide", "official", "man"):
        text = (f"Title line\n\nSenator Ann Lee met Governor Tom Baker on Monday. "
                f"“It went badly,” the {head} said.\n")
        assert _speakers(text) == [None], head


def test_the_epithet_agrees_with_the_subject_in_gender():
    text = ("Title line\n\nMr. Tom Baker met Senator Ann Lee and Mark Cole on Monday. "
            "“It went well,” the congresswoman said.\n")
    assert _speakers(text) == [None]


def test_two_paragraphs_back_is_too_far():
    text = ("Title line\n\nSenator Ann Lee met Governor Tom Baker on Monday.\n\nThe talks ran late.\n\n"
            "“It went well,” the Ohio senator said.\n")
    assert _speakers(text) == [None]


def test_an_epithet_renames_someone_named_before_not_a_newcomer():
    """The subject first named in the sentence before may be anyone (a defendant, then ``the judge``)."""
    text = ("Title line\n\nTom Webb said nothing in court, and his lawyer Ray Dunn said little more. "
            "“You will never coach again,” the veteran jurist said.\n")
    assert _speakers(text) == [None]
