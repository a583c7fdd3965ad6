"""Speakers that were no one: a place or a people's word before a role and a name
(``said Nevada delegate Tom Kessel``, ``The Idaho governor said``), a sentence adverb before a
comma (``Nevertheless, the vote …``), a people's word alone (``the Danes``), a plural noun read
as a verb (``the Western states``); a quotation a colon's own lead-in introduces, which is not
the previous speaker's; a question put to someone; the last of two participles. All texts
invented."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_modifiers import is_place_word, modified_name, state_people_word


def speaker_of(text: str, words: str) -> str | None:
    found = [q.speaker for q in extract_quotes(text) if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0]


def test_a_place_before_a_role_and_a_name_is_no_speaker_the_name_is():
    text = ("Kessel backs rule change\n\n"
            '"The rules are rigged against small towns," said Nevada delegate Tom Kessel, waving his badge.\n\n'
            '"Nobody asked us first," said Kansas county clerk Ada Worrell.\n')
    assert speaker_of(text, "rigged against") == "Tom Kessel"
    assert speaker_of(text, "Nobody asked") == "Ada Worrell"


def test_a_former_governor_of_a_state_is_the_name_after_the_role():
    text = ("Pruitt speaks in Salina\n\n"
            'Former Kansas governor Jane Pruitt calls the levy "a tax on bread" in her new book.\n')
    assert speaker_of(text, "tax on bread") == "Jane Pruitt"


def test_the_state_before_a_role_word_is_not_a_person_a_pronoun_could_mean():
    text = ("Birch wins\n\n"
            "Sen. Tom Birch of Nevada spoke in Reno on Monday.\n\n"
            'The Nevada senator said the dam needed "new turbines by spring."\n\n'
            "Voters in the Western states turned out in large numbers.\n\n"
            '"Turnout decided it, not ads," he said.\n')
    assert speaker_of(text, "Turnout decided") == "Tom Birch"       # not "Nevada" or "Western"


def test_a_sentence_adverb_before_a_comma_is_nobody():
    text = ("Hall vote delayed\n\n"
            "Mara Lindqvist, a nurse from Orland, spoke first at the hearing on Friday.\n\n"
            "Nevertheless, the vote went ahead after midnight.\n\n"
            '"Nobody stayed to listen," she said.\n')
    assert speaker_of(text, "Nobody stayed") == "Mara Lindqvist"


def test_a_peoples_word_alone_names_no_one_but_a_surname_like_it_does():
    text = ("Admiral speaks\n\n"
            "Adm. Ray Holloway has led the northern fleet since March. The Danes have complained twice.\n\n"
            '"Their letters get the facts wrong," he said.\n\n'
            'Investor Dale English said he would not bid. "I am out of this one," English said.\n')
    assert speaker_of(text, "letters get the facts") == "Ray Holloway"
    assert speaker_of(text, "out of this one") == "Dale English"


def test_the_envoy_at_the_time_then_the_name_after_the_comma():
    text = ("Envoy writes\n\n"
            'The league was "trying hard to look respectable," wrote the Canadian consul in those years, '
            "Jon E. Harbeck.\n")
    assert speaker_of(text, "look respectable") == "Jon E. Harbeck"


def test_a_quote_its_own_colon_lead_in_introduces_does_not_follow_on():
    text = ("Plans compared\n\n"
            'The Lakeside Courier found that the rebate "mostly helps large farms." '
            "In turn, a report by the Orchard Institute offered this verdict on it: "
            '"Small growers would receive a fifth of the money at most."\n')
    assert speaker_of(text, "Small growers") is None
    text = ("Mayor changes course\n\n"
            '"We will not build the ramp," Mayor Lena Ostrow told the Harbor Gazette in May.\n\n'
            'Then, two weeks on, on the radio: "I never promised to scrap the ramp."\n')
    assert speaker_of(text, "never promised") == "Lena Ostrow"      # (no verb in the lead-in: still hers)


def test_a_question_put_to_someone_is_not_theirs():
    text = ("Adviser questioned\n\n"
            'Senator Dana Whitcomb was asked, "Did you sign the loan papers yourself?" '
            'She answered, "I read every page before I signed."\n')
    assert speaker_of(text, "sign the loan papers") is None
    assert speaker_of(text, "read every page") == "Dana Whitcomb"


def test_the_last_participle_before_a_quote_introduces_it():
    text = ("Mill deal signed\n\n"
            "Kurt Ryder and Hal Tolland own the mill. The two owners spoke after signing, Ryder saying it "
            'was "fair to both sides" and Tolland calling it "long overdue."\n')
    assert speaker_of(text, "fair to both sides") == "Ryder"
    assert speaker_of(text, "long overdue") == "Tolland"


def test_modified_name_reads_a_description_not_a_clause():
    text = "Nevada delegate Tom Kessel spoke. Iowa backed Ted Lamb. Austin lawyer Ann Roe spoke."
    assert modified_name(text, "Nevada", text.index(" delegate")) == text.index("Tom")
    assert modified_name(text, "Iowa", text.index(" backed")) is None              # a verb: a clause
    assert modified_name(text, "Austin", text.index(" lawyer")) is None            # a town: a given name too
    assert is_place_word("Canadian") and is_place_word("Idaho") and not is_place_word("Marlow")


CLOSURE = ("Mill closure expected\n\n"
           "The closure of the Pell mill surprised few people in town.\n\n"
           '"We knew it was coming for a year," according to Nora Vesey, a broker at Tamsin Capital who '
           "follows paper mills. She pointed to the mill's old boilers and the price of pulp.\n\n"
           '"Scale is everything in paper," she added.\n\n'
           '"It is a hammer blow." That was how Pell alderman Cyril Moate described the news at a meeting '
           "on Tuesday night.\n")


def test_the_one_words_are_credited_to_is_whom_she_means_next():
    assert speaker_of(CLOSURE, "coming for a year") == "Nora Vesey"
    assert speaker_of(CLOSURE, "Scale is everything") == "Nora Vesey"


def test_that_was_how_x_described_it_names_the_quote_before():
    assert speaker_of(CLOSURE, "hammer blow") == "Cyril Moate"
    text = ("Budget vote\n\n"
            '"We cannot pay for both." This is what treasurer Ivo Brandt told the board on Monday.\n')
    assert speaker_of(text, "pay for both") == "Ivo Brandt"


def test_a_headlines_says_ends_the_name_before_it():
    text = ("Rival Plan Is Like A Broken Clock, Rob Leland Says.\n\n"
            "The comedian spoke on his show on Thursday. A flabbergasted Leland quipped, "
            '"It is like a clock that is right twice a day."\n')
    assert speaker_of(text, "right twice a day") == "Rob Leland"


def test_prompted_to_say_is_the_subjects_saying():
    text = ("Debate calm\n\n"
            '"We will carry the county," said Gov. Ann Pike.\n\n'
            "But the forum was so subdued that Mr. Holm was prompted to say, "
            '"So far I cannot believe how polite it has been."\n')
    assert speaker_of(text, "how polite") == "Holm"


def test_a_modifier_title_before_one_word_is_no_persons_title():
    text = ("Bank holds\n\n"
            "Gov. Lia Brandt of Kansas spoke in Wichita on Monday. The Federal Reserve kept its rate at "
            '"a level that helps farms," she said.\n\n'
            "Special Operations teams left the valley on Friday.\n\n"
            '"We sent no battalions," she said.\n\n'
            'The State Department told the group that "no records were found."\n')
    assert speaker_of(text, "no battalions") == "Lia Brandt"          # not "Operations"
    assert speaker_of(text, "no records were found") == "State Department"


def test_a_country_that_spoke_is_no_he():
    text = ("Talks stall\n\n"
            "Envoy Piet Marsh met reporters in Geneva on Monday after the second round.\n\n"
            '"We will not accept those terms," Iran said in a statement released an hour later.\n\n'
            '"The door is still open," he said.\n')
    assert speaker_of(text, "not accept those terms") == "Iran"
    assert speaker_of(text, "door is still open") != "Iran"      # Marsh, or nobody: never the country


def test_a_states_people_word_names_no_one():
    text = ("Former governor weighs in\n\n"
            "The former governor, who left office in May, spoke to students in Lubbock.\n\n"
            '"Voters want someone new," the Texan said.\n')
    assert speaker_of(text, "someone new") != "Texan"
    assert state_people_word("Iowans") and state_people_word("Vermonter") and not state_people_word("Logan")


def test_a_number_mark_is_no_name():
    text = ("Jury weighs ledgers\n\n"
            "Juror No. 7, a retired tram driver who asked not to be named, said the panel read the ledgers twice. "
            '"It was the ledgers, not the fame, that decided it," she said.\n\n'
            'Case Nos. 3 and 4 were heard together. "We followed the paper trail," said Juror Eda Brisk.\n')
    assert speaker_of(text, "not the fame") != "No"
    assert speaker_of(text, "paper trail") == "Eda Brisk"
