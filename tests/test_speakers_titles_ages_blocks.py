"""Speakers named by a title with a lower-case word inside it (``Special Agent in Charge``,
``President pro Tem``), by a short title (``Cr``, ``Clr``, ``Const``), described by age
alone (``the 72-year-old``), quoted inside a markdown blockquote, or introduced by who
they are to someone (``My neighbour Tomas``) or by an indefinite description and a name
(``A bank spokesperson, Ann Roe,``). All texts invented."""

from __future__ import annotations

from reader.analysis.quote_marks import paragraphs
from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_names import title_run
from reader.analysis.speaker_words import cap_runs, linked_runs, words


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


# --- titles linked by a lower-case word ----------------------------------------------------


def test_according_to_a_special_agent_in_charge_names_the_agent():
    text = ("Fraud case\n\n“Every dollar will be traced,” according to IRS Special Agent in Charge "
            "Dina Moreau.\n")
    assert _speakers(text) == ["Dina Moreau"]


def test_a_president_pro_tem_is_the_she_who_speaks_next():
    for title in ("Senate President pro Tem", "Senate President pro tem", "Assembly Speaker pro Tempore"):
        text = (f"Budget\n\nGov. Lena Park vetoed the bill on Friday.\n\n{title} Rosa Vidal attacked the veto "
                "in a floor speech. “We will override it by June,” she said.\n")
        assert _speakers(text) == ["Rosa Vidal"], title


def test_linked_runs_join_a_title_across_its_lower_case_word():
    text = "Deputy Commander in Chief Omar Haddad spoke"
    toks = words(text, 0, len(text))
    _, runs = cap_runs(text, toks)
    [(i, j)] = linked_runs(text, toks, runs)
    ws = [t[2] for t in toks[i:j + 1]]
    k, t, _ = title_run(ws)
    assert ws[t:] == ["Omar", "Haddad"] and " ".join(ws[k:t]) == "Deputy Commander in Chief"


def test_an_ordinary_in_after_a_title_links_nothing():
    text = ("Visit\n\nMayor Dan Ortiz met Governor Kay Lund in Albany. “It was useful,” Mayor Ortiz said.\n")
    assert _speakers(text) == ["Dan Ortiz"]


# --- short titles ---------------------------------------------------------------------------


def test_an_abbreviated_councillor_is_the_councillor_named_before():
    for short in ("Cr", "Clr", "Cllr"):
        text = (f"Floods\n\nDeputy Mayor Petra Lund said the pumps had failed.\n\n"
                f"“We need a second station,” {short} Lund said.\n")
        assert _speakers(text) == ["Petra Lund"], short


def test_an_abbreviated_constable_is_the_constable():
    text = "Crash\n\nConst Hamish Reid attended. “The road was icy,” Const Reid said.\n"
    assert _speakers(text) == ["Hamish Reid"]


# --- descriptions by age ----------------------------------------------------------------------


def test_the_age_stands_for_the_one_person_named_just_before():
    text = ("Flood\n\nMarta Quill was stacking sandbags against her shed when the river rose.\n\n"
            "“This is the third time since spring,” the 68-year-old said.\n")
    assert _speakers(text) == ["Marta Quill"]


def test_the_age_stands_for_the_one_person_given_that_age():
    text = ("Flood\n\nOwen Bright, 41, and Marta Quill, 68, waited on the roof.\n\n"
            "“This is the third time since spring,” the 68-year-old said.\n")
    assert _speakers(text) == ["Marta Quill"]


def test_no_one_for_an_age_brought_in_unnamed_or_fitting_two():
    unnamed = ("Flood\n\nMarta Quill runs the shelter. A 68-year-old man was pulled from the water.\n\n"
               "“I could not feel my legs,” the 68-year-old said.\n")
    two = ("Flood\n\nOwen Bright and Marta Quill waited on the roof.\n\n"
           "“This is the third time since spring,” the 68-year-old said.\n")
    assert _speakers(unnamed) == _speakers(two) == [None]


def test_an_age_not_the_named_persons_is_nobody():
    text = ("Flood\n\nMarta Quill, 55, waited on the roof.\n\n"
            "“This is the third time since spring,” the 68-year-old said.\n")
    assert _speakers(text) == [None]


# --- blockquotes -------------------------------------------------------------------------------


def test_a_blockquote_paragraph_keeps_its_own_attribution():
    text = ("Press release\n\nThe office sent this statement:\n\n"
            "> “The defendant lied to every investor,” said District Attorney Moreno. “The sentence is fair.”\n"
            ">\n"
            "> “Fraud always surfaces,” according to Police Chief Irene Salas.\n")
    assert _speakers(text) == ["Moreno", "Moreno", "Irene Salas"]


def test_a_line_of_a_blockquote_mark_alone_separates_paragraphs():
    text = "First\n\n> one line\n>\n> another line\n"
    assert len(paragraphs(text)) == 3


# --- who the speaker is to someone; an indefinite description and a name ----------------------


def test_my_friend_and_a_name_opening_the_sentence_speaks_after_a_colon():
    text = ("Quake diary\n\nMy neighbour Tomas, who keeps bees near the ridge, wrote to me at noon: "
            "“The hives survived. The road did not.”\n")
    assert _speakers(text) == ["Tomas"]


def test_an_indefinite_description_then_a_name_is_the_clause_subject():
    text = ("Layoffs\n\nThe cuts will hit support staff first, said the people, who asked not to be named.\n\n"
            "A Norvale spokesperson, Ida Brandt, declined to discuss “market gossip.”\n")
    assert _speakers(text) == ["Ida Brandt"]


# --- shared surnames and pronouns: gender evidence ----------------------------------------------


def test_a_shared_surname_with_his_is_the_man_of_that_name():
    text = ("Obituary\n\nIngrid Voss, the painter, has died. Voss died at home, her agent said.\n\n"
            "Her brother, Nils Voss, a retired pilot, said the family would hold a small service. "
            "Voss said his sister “painted every morning until the last week.”\n")
    assert _speakers(text) == ["Nils Voss"]


def test_someone_who_acted_on_her_is_not_the_she_who_speaks_later():
    text = ("Obituary\n\nHelen Voss, who has died aged 90, painted harbours for six decades.\n\n"
            "She was born Helen Voss in Bergen. At 17 she enrolled at an academy in Oslo, where Aksel Brun "
            "told her, she later recalled, that she had “hands made for etching.”\n\n"
            "Her first show sold nothing, and she went back to teaching.\n\n"
            "“I painted what nobody wanted to buy,” she told an interviewer in 1999.\n")
    assert _speakers(text) == ["Aksel Brun", "Helen Voss"]


def test_someone_named_once_of_unknown_gender_still_speaks_when_nothing_says_otherwise():
    text = ("Race\n\nHelen Voss won the primary with 60 percent.\n\n"
            "Kerry Dunmore, a pollster, said turnout was low in the north.\n\n"
            "“Nobody expected the margin,” she said.\n")
    assert _speakers(text) == ["Kerry Dunmore"]


# --- German, French and Spanish quotations ---------------------------------------------------------


def test_german_low_marks_open_a_quotation_and_sagte_names_its_speaker():
    text = "Transfer\n\n„Ich bleibe bis zum Sommer“, sagte Kofi Mensah am Montag.\n"
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Ich bleibe bis zum Sommer", "Kofi Mensah")]


def test_a_french_description_and_a_name_after_a_precise():
    text = "Rappel\n\n« Les pièces seront remplacées sans frais », a précisé le porte-parole de Norvale, Luc Garnier.\n"
    assert _speakers(text) == ["Luc Garnier"]


def test_a_spanish_verb_of_saying_and_an_article_before_the_role():
    text = "Lluvias\n\n\"Llegaremos a todos los pueblos\", declaró el alcalde de Tarma, Rubén Ochoa, por la tarde.\n"
    assert _speakers(text) == ["Rubén Ochoa"]
