"""A description (``the Bush judge``, ``the lawyer``) names a person by one rule, looking back
(reader.analysis.speaker_resolve) or ahead (reader.analysis.speaker_ahead): the person's
titles, roles and appositives hold the head noun and every modifier as whole words
(speaker_ahead.fits). All texts invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_ahead import fits
from reader.analysis.speaker_people import Person

# some 430 characters naming nobody: past the reach of a new description's "one person near"
_GAP = ("The hearing went on for most of the afternoon while the lawyers argued over exhibits, schedules and "
        "the order of the witnesses, and the gallery slowly emptied as the light outside faded over the "
        "courthouse square. ") * 2


def _speaker(text: str) -> str | None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    return quotes[0].speaker


def test_a_modifier_is_a_whole_word_of_the_description():
    text = ('Judge Tom Roe, a Bush appointee, heard the first motion. Judge Ann Lee, a Bushwick native, heard '
            'the second. "The motion fails," the Bush judge said.')
    assert _speaker(text) == "Tom Roe"


def test_the_head_noun_is_a_whole_word_of_the_description():
    """``one of the lawyers`` does not describe her as the lawyer (another of them may be)."""
    text = 'Ann Lee, one of the lawyers for the city, spoke on Monday. ' + _GAP + '"We will appeal," the lawyer said.'
    assert _speaker(text) is None
    text = 'Ann Lee, a lawyer for the city, spoke on Monday. ' + _GAP + '"We will appeal," the lawyer said.'
    assert _speaker(text) == "Ann Lee"


def test_looking_back_and_ahead_read_a_description_alike():
    back = 'Judge Tom Roe, a Bush appointee, heard the motion. ' + '"It fails," the Bush judge said.'
    ahead = '"It fails," the Bush judge said.\n\nJudge Tom Roe, a Bush appointee, heard the motion.\n'
    assert _speaker(back) == _speaker(ahead) == "Tom Roe"


_WORDS = st.sampled_from(["judge", "judges", "bush", "bushwick", "appointee", "federal", "a", "of", "the"])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_WORDS, min_size=1, max_size=6), st.sampled_from(["judge", "appointee"]),
       st.lists(st.sampled_from(["Bush", "federal"]), max_size=2))
def test_fits_is_every_word_whole(described, head, modifiers):
    person = Person("Tom Roe", roles=[" ".join(described)])
    words = set(" ".join(described).split())
    assert fits(person, head, modifiers) == all(w.lower() in words for w in (head, *modifiers))
