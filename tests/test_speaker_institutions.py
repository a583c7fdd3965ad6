"""``the university said``: the one institution of that kind the article names before."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Staff at the University of Eastbridge voted to strike. In a statement, the university said it could '
     'not "stand still while our income falls."', "University of Eastbridge"),
    ('Keeper Ann Lee works at Ballymore Zoo. "He is safe," the zoo said.', "Ballymore Zoo"),
    ('The Ohio Supreme Court ruled on Friday. "The law stands," the court said.', "Ohio Supreme Court"),
])
def test_the_institution_named_before_is_the_speaker(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_two_institutions_of_one_kind_name_nobody():
    text = ('The University of Eastbridge and the University of Halden both voted. "We will not move," '
            'the university said.')
    (q,) = extract_quotes(text)
    assert q.speaker is None
