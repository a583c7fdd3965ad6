"""Quotation extraction and attribution: one labelled test per pattern, on small texts
written for the test (not the bundled story, which tests/test_quotes_gold.py covers)."""

from __future__ import annotations

import pytest
from test_quotes_support import quotes
from test_timing_support import growth

from reader.analysis.quote_marks import paragraphs
from reader.analysis.quotes import extract_quotes


def table(body: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker) for q in quotes(body)]


# --- marks ----------------------------------------------------------------------------


def test_curly_double_quotes_give_the_words_between_the_marks():
    body = "Chen said: “We are ready.” Then she left."
    (q,) = quotes(body)
    assert q.text == "We are ready."
    assert (body[q.start - 1], body[q.end]) == ("“", "”")
    assert q.open_mark == q.start - 1 and q.close_mark == q.end


def test_straight_double_quotes():
    assert table('"Straight quotes work too," said Ms. Kay Ford.') == [
        ("Straight quotes work too,", "full", "Kay Ford")]


def test_guillemets():
    assert [q.text for q in quotes("Il a dit « nous gagnerons » hier.")] == ["nous gagnerons"]


@pytest.mark.parametrize("body", [
    "The IRS’s data weren’t shared, the workers’ union said.",
    "He loved the ’90s and rock ’n’ roll.",
    "The players' union and the owners' group met. It's Jones' car.",
])
def test_apostrophes_are_not_quotation_marks(body):
    assert quotes(body) == []


def test_single_quotes_as_primary_quotes():
    assert table("Trump says ‘we will win’ in rally speech") == [("we will win", "full", "Trump")]


def test_a_plural_possessive_inside_a_single_quote_does_not_close_it():
    body = "‘The workers’ rights come first,’ said union leader Ana Diaz."
    assert table(body) == [("The workers’ rights come first,", "full", "Ana Diaz")]


def test_straight_single_quotes_as_primary_quotes():
    assert table("The coach said: 'We played the players' way today.'") == [
        ("We played the players' way today.", "full", None)]


def test_a_quote_nested_in_a_quote_belongs_to_the_outer_one():
    body = "“The agency’s ‘policy of strict confidentiality’ was abandoned,” Judge Ann Lee wrote."
    (q,) = quotes(body)
    assert q.text.startswith("The agency’s ‘policy") and q.speaker == "Ann Lee"
    ((a, b),) = q.nested
    assert body[a:b] == "policy of strict confidentiality"


def test_british_style_double_quote_inside_single_quote_is_nested():
    body = "‘He told me “never again” and left,’ said Ana Ruiz."
    (q,) = quotes(body)
    assert q.speaker == "Ana Ruiz" and [body[a:b] for a, b in q.nested] == ["never again"]


def test_a_quote_running_over_paragraphs_is_one_group_with_one_speaker():
    body = ("Dr. Sam Ortiz, a pediatrician, spoke.\n\n“The first thing is safety.\n\n"
            "“The second thing is trust.\n\n“The third is time,” Ortiz said.")
    qs = quotes(body)
    assert [q.text for q in qs] == ["The first thing is safety.", "The second thing is trust.", "The third is time,"]
    assert {q.group for q in qs} == {qs[0].group} and [q.part for q in qs] == [0, 1, 2]
    assert {q.speaker for q in qs} == {"Sam Ortiz"} and [q.paragraph for q in qs] == [1, 2, 3]


def test_an_unclosed_quote_is_dropped_and_a_continued_one_needs_the_next_paragraph_to_open():
    assert quotes("She called it “a disaster and left.\n\nThe end.") == []
    assert quotes("Rain fell.\n\n“Unclosed quote and more text, then") == []     # no sentence ends it
    assert quotes("Rain fell.\n\nShe said “Go now.") == []                        # two words: a stray mark


def test_a_text_cut_short_inside_a_quotation_keeps_it_to_the_end():
    body = ("Judge Mary Okafor spoke for an hour.\n\n"
            "Judge Okafor told the coach on Monday: “You will not walk free again. Not here, not anywhere.\n")
    (q,) = quotes(body)
    assert q.text == "You will not walk free again. Not here, not anywhere."
    assert q.close_mark is None and q.speaker == "Mary Okafor"


def test_a_chain_of_quoted_paragraphs_cut_short_keeps_every_part():
    body = ("Dr. Sam Ortiz, a pediatrician, spoke.\n\n“The first thing is safety.\n\n"
            "“The second thing is trust, and it takes years.")
    qs = quotes(body)
    assert [q.text for q in qs] == ["The first thing is safety.", "The second thing is trust, and it takes years."]
    assert qs[0].group == qs[1].group and [q.part for q in qs] == [0, 1]


def test_a_quote_split_by_its_attribution_is_two_linked_parts():
    body = 'Mayor Jane Chen defended the plan. "We will build it," Chen said, "and we will pay for it."'
    a, b = quotes(body)
    assert (a.text, b.text) == ("We will build it,", "and we will pay for it.")
    assert a.group == b.group and (a.part, b.part) == (0, 1)
    assert a.speaker == b.speaker == "Jane Chen" and a.speaker_role == "Mayor"
    assert a.kind == b.kind == "full"


def test_quotation_marks_around_a_name_are_not_a_quotation():
    assert quotes("Agents arrested 3,000 people during “Operation Midway Blitz.”") == []
    assert quotes("Lawmakers passed the “One Big Beautiful Bill” last year.") == []


def test_paragraphs_split_on_blank_lines_or_on_lines_when_there_are_none():
    assert paragraphs("a\n\nb\n \nc") == [(0, 1), (3, 4), (7, 8)]
    assert paragraphs("a\nb") == [(0, 1), (2, 3)]
    assert paragraphs("\n\n") == []


def test_white_space_opening_the_body_opens_no_paragraph():
    assert paragraphs("\nThe mill closed.\n\nIt had 40 staff.") == [(1, 17), (19, 35)]
    assert paragraphs(" \n \tA.") == [(4, 6)]
    for body in ("\n", " ", ""):
        (q,) = extract_quotes(body + 'Harlow Mills issued a short reply: "We will not reopen the site."')
        assert q.speaker == "Harlow Mills"


# --- attribution ----------------------------------------------------------------------


@pytest.mark.parametrize("body, speaker, role, how", [
    ("“It is over,” said Ruiz, a Democrat from Ohio.", "Ruiz", "Democrat from Ohio", "after"),
    ("“It is over,” Senator Tom Ruiz said.", "Tom Ruiz", "Senator", "after"),
    ("“We will appeal,” said lawyer Dan Roe.", "Dan Roe", "lawyer", "after"),
    ("“It is a win,” Skye Perryman, president of Democracy Forward, said in a statement.",
     "Skye Perryman", "president of Democracy Forward", "after"),
    ("“The law is clear,” wrote Kollar-Kotelly, a Bill Clinton appointee.",
     "Kollar-Kotelly", "Bill Clinton appointee", "after"),
    ("‘We’re not leaving,’ the protesters’ leader, Ana Diaz, said.", "Ana Diaz", "protesters’ leader", "after"),
    ("“No comment,” according to Ruiz.", "Ruiz", None, "according"),
    ("“Who pays for this?” asked Rep. Jim Jordan, R-Ohio, during the hearing.", "Jim Jordan", "Rep.", "after"),
])
def test_attribution_after_the_quote(body, speaker, role, how):
    (q,) = quotes(body)
    assert (q.speaker, q.speaker_role, q.how) == (speaker, role, how)
    assert q.kind == "full"
    assert body[q.attribution_start:q.attribution_end].strip()


@pytest.mark.parametrize("body, speaker", [
    ("Chen said: “We are ready.”", "Chen"),
    ("Senator Tom Ruiz told reporters, “This is a disgrace.”", "Tom Ruiz"),
    ("The White House said in a statement: “The ruling is wrong.”", "White House"),
    ("Councilwoman Rosa Delgado said, “This budget abandons working families.”", "Rosa Delgado"),
])
def test_attribution_before_the_quote(body, speaker):
    (q,) = quotes(body)
    assert (q.speaker, q.how, q.kind) == (speaker, "before", "full")


def test_an_organisation_can_be_the_speaker():
    (q,) = quotes("“The ruling is a victory,” the American Civil Liberties Union said in a statement.")
    assert (q.speaker, q.speaker_kind) == ("American Civil Liberties Union", "organization")


def test_according_to_anywhere_in_the_sentence():
    (q,) = quotes("The tax, according to Governor Ann Park, is “temporary and targeted.”")
    assert (q.speaker, q.speaker_role, q.how, q.kind) == ("Ann Park", "Governor", "according", "partial")


def test_a_parenthetical_attribution():
    (q,) = quotes("The measure, Senator Bo Lin said, was “dead on arrival.”")
    assert (q.speaker, q.kind) == ("Bo Lin", "partial")


@pytest.mark.parametrize("body, speaker", [
    ("Economist Ann Lee spoke first. “Inflation is falling,” she said.", "Ann Lee"),
    ("Judge Mark Fleming ruled Monday. He told CNN that the detainees “are all over the country.”", "Mark Fleming"),
    ("Rep. Mary Stone met Mr. Joe Hill on Friday. “We agreed on nothing,” he said.", "Joe Hill"),
    ("Rep. Mary Stone met Mr. Joe Hill on Friday. “We agreed on nothing,” she said.", "Mary Stone"),
    ("Mr. Daniel Park, the company’s founder, met Ms. Aisha Bello on Friday.\n\n“We agreed to disagree,” she said.",
     "Aisha Bello"),
])
def test_pronouns_resolve_to_the_most_recent_person_of_a_compatible_gender(body, speaker):
    assert quotes(body)[0].speaker == speaker


def test_a_person_named_inside_an_appositive_or_after_by_is_not_the_pronouns_antecedent():
    body = ("Judge Ann Lee, appointed by President Barack Obama, ruled for the plaintiffs. "
            "“The law is clear,” she wrote.")
    assert quotes(body)[0].speaker == "Ann Lee"


@pytest.mark.parametrize("body, speaker", [
    ("Judge Ann Lee ruled Monday. “The law is clear,” the judge wrote.", "Ann Lee"),
    ("Sen. Rick Vale, a Republican, spoke. The senator said the bill was “a mess.”", "Rick Vale"),
    ("U.S. District Judge Indira Talwani, appointed to the bench by President Barack Obama, ruled. "
     "Judge Colleen Kollar-Kotelly, a Clinton appointee, agreed. "
     "“The harm is real,” the Obama judge continued.", "Indira Talwani"),
])
def test_descriptions_resolve_to_the_most_recent_matching_person(body, speaker):
    assert quotes(body)[-1].speaker == speaker


def test_a_description_nobody_matches_names_nobody():
    assert quotes("Judge Ann Lee ruled Monday. “It’s a scandal,” the spokesman said.")[0].speaker is None
    assert quotes("“Not this time,” the Obama judge said of Judge Ann Lee, a Clinton appointee.")[0].speaker is None


def test_the_sentences_own_subject_when_the_verb_belongs_to_a_relative_clause():
    body = "U.S. District Judge Colleen Kollar-Kotelly issued a ruling that called the sharing “unlawful.”"
    (q,) = quotes(body)
    assert (q.speaker, q.speaker_role, q.kind) == ("Colleen Kollar-Kotelly", "U.S. District Judge", "partial")


def test_a_follow_on_quote_carries_the_previous_speaker():
    body = "“In this instance, the balance tilts,” Talwani wrote. “The implementation erodes that foundation.”"
    a, b = quotes(body)
    assert a.speaker == b.speaker == "Talwani" and b.how == "follow-on" and a.group != b.group


def test_a_follow_on_quote_in_the_next_paragraph():
    body = ("“It was the hardest decision of my career,” said Coach Dan Whitfield.\n\n"
            "“I told the players I was proud of them.”")
    assert [q.speaker for q in quotes(body)] == ["Dan Whitfield", "Dan Whitfield"]


def test_no_follow_on_when_someone_else_is_named_in_between_or_text_intervenes():
    # Jones, named in between, is the one the sentence before says spoke (rule ``preceding``)
    assert table("“I disagree,” Smith said. Jones, a lawyer, spoke next. “It is fine.”")[1][2] != "Smith"
    assert table("“I disagree,” Smith said.\n\nThe hearing went on for hours.\n\n“It is fine.”")[1][2] is None


@pytest.mark.parametrize("body", [
    "“We will win.”",
    "“One,” she said.",                                         # no antecedent
    "He said he was “very disappointed.”",
    "The plan was called “reckless” by critics.",
    "Critics say the so-called “reform” is a tax cut.",
    "“We are reviewing every option,” a senior administration official said.",
    "A witness told The Associated Press that the officer shouted “get down” before firing.",
    "According to the Labor Department, the so-called “gig economy” added 40,000 jobs.",
    "The prime minister said the talks had been ‘constructive’.",
])
def test_no_speaker_is_invented(body):
    assert [q.speaker for q in quotes(body)] == [None]


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize("body, kind", [
    ("“We are ready,” Chen said.", "full"),
    ("Chen said: “We are ready.”", "full"),
    ("Chen said, “we are ready.”", "full"),
    ("Chen said the plan was “ready to go.”", "partial"),
    ("That request was narrowed to 1.28 million “immigrant taxpayers,” the judge said.", "partial"),
    ("“Unlawful conduct” is what the judge called it.", "partial"),
    ("The IRS, she wrote, had “failed to consider the reliance interests that were engendered by its prior policy.”",
     "partial"),
])
def test_full_statements_and_partial_fragments(body, kind):
    assert quotes(body)[0].kind == kind


# --- speakers: one name per person, roles from the article ----------------------------


def test_one_name_per_person_with_the_longest_title_as_role():
    body = ("District Judge Colleen Kollar-Kotelly ruled Friday. “The policy is unlawful,” wrote Kollar-Kotelly, "
            "a Bill Clinton appointee.\n\nJudge Kollar-Kotelly said the claim was “questionable.”\n\n"
            "U.S. District Judge Colleen Kollar-Kotelly added: “It must stop.”")
    qs = quotes(body)
    assert {q.speaker for q in qs} == {"Colleen Kollar-Kotelly"}
    assert {q.speaker_role for q in qs} == {"U.S. District Judge"}


def test_role_from_a_premodifier():
    (q,) = quotes("Department of Homeland Security spokesperson Tricia McLaughlin said the decision "
                  "“puts the lives of Americans at risk.”")
    assert (q.speaker, q.speaker_role) == ("Tricia McLaughlin", "Department of Homeland Security spokesperson")


def test_role_is_not_taken_from_a_relative_clause():
    (q,) = quotes("Tom Bell, who chairs the board, said: “We are done.”")
    assert (q.speaker, q.speaker_role) == ("Tom Bell", None)


def test_a_title_inside_the_name_run_is_split_off():
    (q,) = quotes("Police Chief Mark Ruiz described the suspect as “armed and dangerous.”")
    assert (q.speaker, q.speaker_role) == ("Mark Ruiz", "Police Chief")


def test_two_people_with_one_surname_stay_apart():
    body = ("President Donald Trump spoke first. First lady Melania Trump said: “We are grateful.”\n\n"
            "“Thank you,” Donald Trump said.")
    assert [q.speaker for q in quotes(body)] == ["Melania Trump", "Donald Trump"]


def test_text_is_data_markup_and_control_characters_are_just_characters():
    body = "Chen said: “[bold]Hi[/bold] \x1b[31m *now*”"
    (q,) = quotes(body)
    assert q.text == "[bold]Hi[/bold] \x1b[31m *now*" and q.speaker == "Chen"


def test_a_speaker_named_after_the_verb_can_be_referred_to_later():
    body = "“We won,” said Smith, smiling. The crowd cheered. He added: “It was hard.”"
    assert [q.speaker for q in quotes(body)] == ["Smith", "Smith"]


@pytest.mark.parametrize("unit, count", [
    ("U.S. Mr. Jr. ", 5000),                             # one sentence of abbreviations
    ("“Hi,” said Judge Ann Lee. She said “x.” ", 2000),  # thousands of quotes and pronouns
    ("‘a “b” c’ ‘d’ “e ‘f’ g” ", 2000),                  # nested marks in one paragraph
    ("“a b,” he said and “c” ", 1000),                   # one long sentence full of quotes
    ("“a\n\n", 5000),                                    # paragraphs that never close
], ids=["abbreviations", "pronouns", "nested", "long-sentence", "unclosed-paragraphs"])
def test_pathological_paragraphs_take_linear_time(unit, count):
    # four times the text takes about four times as long (quadratic work would take sixteen)
    assert growth(lambda n: quotes(unit * n), count // 4, limit=8) < 8


def test_a_long_attribution_never_breaks_extraction(capsys):
    # re.finditer's third argument is flags: a position passed there made some lengths fail
    # (re.LOCALE) and others print the regex's debug dump into the output (re.DEBUG)
    from reader.library.model import Article

    for pad in range(0, 320):
        lead = ("word " * 80)[:pad]
        body = (f"The mayor met residents on Monday {lead}and Jane Doe, a city council member from the east "
                f"side, said \u201cWe will repair the bridge before winter.\u201d\n")
        quotes = extract_quotes(Article(id="x", body=body, title="x"))
        assert [q.text for q in quotes] == ["We will repair the bridge before winter."]
    assert capsys.readouterr().out == ""


def test_a_quotation_in_the_other_style_of_marks_is_inside_the_first():
    body = ("Dr. Ana Ward stated:\n\n"
            "\"The agency isn’t about “equal rules for all” anymore. It is about control.\n\n"
            "\"The Senate was supposed to guard the states.\"\n\n"
            "“He called it \"crazy\" today,” Ward said.")
    qs = quotes(body)
    assert [q.text for q in qs] == ["The agency isn’t about “equal rules for all” anymore. It is about control.",
                                    "The Senate was supposed to guard the states.", "He called it \"crazy\" today,"]
    assert qs[0].group == qs[1].group and {q.speaker for q in qs} == {"Ana Ward"}
