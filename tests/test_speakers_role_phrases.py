"""The role a speaker is shown with when it comes from the words before the name
(reader.analysis.speaker_registry ``_premodifier``, speaker_lexicon ``role_stop``): a role
phrase is a noun phrase, never the clause before it ("Mayor Roe thanked council member
Ana Ruiz" gives Ruiz the role "council member"), and a capitalised role word opening a
sentence is a role, not part of the name ("Engineer Tom Baker showed …"). Citations print
the role, so a clause there reads as nonsense ("— Ana Ruiz, Mayor Dana Whitfield thanked
council member"). All texts invented."""

from __future__ import annotations

import pytest

from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_lexicon import role_stop


def speaker_and_role(text: str, words: str) -> tuple[str | None, str | None]:
    found = [(q.speaker, q.speaker_role) for q in extract_quotes(text) if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0]


@pytest.mark.parametrize(("lead", "role"), [
    ("Mayor Dana Whitfield thanked council member", "council member"),
    ("The board heard criticism from county commissioner", "county commissioner"),
    ("Whitfield singled out campaign manager", "campaign manager"),
    ("The plan was steered by former Ostrander Institute president", "former Ostrander Institute president"),
    ("The vote was a setback for newly elected councilwoman", "elected councilwoman"),
    ("The levee was inspected by Department of Public Works engineer", "Department of Public Works engineer"),
    ("Residents would not listen to retired police officer", "retired police officer"),
])
def test_a_role_before_a_name_is_the_noun_phrase_only(lead, role):
    text = f'{lead} Ana Ruiz on Tuesday.\n\n"We are not finished with this levee," Ruiz said.\n'
    assert speaker_and_role(text, "levee") == ("Ana Ruiz", role)


def test_a_capitalised_role_word_opening_a_sentence_is_a_role():
    text = ("The water rose overnight in Kellport.\n\n"
            "Engineer Tom Baker showed the damage to Police Chief Mark Ellis.\n\n"
            '"The water came in faster than anyone expected," he said.\n')
    assert speaker_and_role(text, "water came") == ("Tom Baker", "engineer")


@pytest.mark.parametrize("word", ["thanked", "met", "from", "the", "newly", "would", "out"])
def test_clause_words_stop_a_role(word):
    assert role_stop(word)


@pytest.mark.parametrize("word", ["retired", "former", "county", "Institute", "presidential", "family"])
def test_role_words_do_not_stop_it(word):
    assert not role_stop(word)


@pytest.mark.parametrize(("lead", "name", "role"), [
    ("Councillor Tobias Wren", "Tobias Wren", "Councillor"),
    ("Constable Aaron Pike", "Aaron Pike", "Constable"),
    ("Westmoor MP Hugh Larkin", "Hugh Larkin", "Westmoor MP"),
    ("Labour MP Ann Pryce", "Ann Pryce", "Labour MP"),
])
def test_local_police_and_parliamentary_titles_are_titles(lead, name, role):
    assert speaker_and_role(f'{lead} said: "We will not let this rest."\n', "rest") == (name, role)
