"""Who a person is, told in an aside before the name, and a listener after "told"."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Budget director Mark Ellis said the numbers were final. Then the Danish envoy, Lars Berg, stood up. '
     '"We shall see," he said.', "Lars Berg"),
    ('His wife, Jenna Olsen, said the couple had received no notice. "Nobody has told us a thing," she said.',
     "Jenna Olsen"),
    ('Zoo manager Will Pemberton said: "We are relieved."\n\nThe vicar, the Rev Ruth Hollis, said: '
     '"I have had all sorts turn up at the church."', "Ruth Hollis"),
    ('Drugs Controller General Rajeev Raghuvanshi told The Hindu that the regulator had moved quickly. '
     '"We froze the batches," he said.', "Rajeev Raghuvanshi"),
])
def test_the_speaker_is_the_person_the_aside_names(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_kin_noun_gives_the_person_a_gender():
    text = ('Dev Patel, 41, was hurt. His wife, Kiran Patel, said he was stable. Dev Patel was treated in Leeds. '
            '"She stayed with me all night," he said.')
    assert extract_quotes(text)[-1].speaker == "Dev Patel"


def test_the_outlet_told_is_no_speaker():
    text = '"We will appeal," Tom Reyes told Sky News. "We are sure," he added.'
    assert [q.speaker for q in extract_quotes(text)] == ["Tom Reyes", "Tom Reyes"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Here is how fire information officer Karley Desrosiers put it to the CBC:\n\n'
     '"We are asking people to stay out of the area."', "Karley Desrosiers"),
    ('This is what Ann Lee told reporters on Monday:\n\n"We will rebuild."', "Ann Lee"),
    ("Ann Lee's lawyer told reporters:\n\n\"She is innocent.\"", None),     # the lawyer, unnamed
])
def test_a_colons_lead_in_names_the_speaker_of_the_next_paragraph(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('According to the alert seen by The Hindu, the recall covers 16 batches. Drugs Controller General of India '
     'Rajeev Singh Raghuvanshi told The Hindu that the regulator had moved quickly. "We froze the batches," '
     'he said.', "Rajeev Singh Raghuvanshi"),
    ('Foreign Minister of Sweden Ann Linde visited the camp. "We will rebuild every home," she said.',
     "Ann Linde"),
    ('I told Tom Reyes that his plan was mentioned by the paper.\n\n"I have ruined your reputation," he replied.',
     "Tom Reyes"),
])
def test_an_office_of_a_place_and_a_listener(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker
