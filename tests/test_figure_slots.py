"""Figures two sources give for one slot of a story in words no rule reads
(reader.analysis.figure_slots): each the other's best match by their sentences' rarer
words, clearly ahead of the next. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_slots import slot_pairs
from reader.analysis.figure_uses import figure_uses
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _pairs(one: str, two: str) -> set[tuple[str, str]]:
    uses, keys = figure_uses([_art("a", one), _art("b", two)], None)
    return {(uses[i].figure.text, uses[j].figure.text) for i, j in slot_pairs(uses, keys, lambda _i, _j: False)}


def _values(*bodies: str) -> list[set[float]]:
    arts = [_art(f"a{n}", body) for n, body in enumerate(bodies)]
    return [{v.value for v in c.values} for c in find_conflicts(arts)]


COUNCIL = ("The Carrow city council approved a $96 million spending plan early Wednesday after a meeting "
           "that ran past midnight. The plan adds about $186 a year to the tax bill of a home valued at "
           "$200,000, according to the finance office. Council members voted 5-2, with the two dissenters "
           "calling for deeper cuts to the parks department. Mayor Ellen Tarkov said the library branches "
           "would stay open on Sundays. Residents lined up for three hours to speak against the rise.")
STATION = ("Carrow homeowners will see their city tax bill rise under the plan council members passed "
           "overnight. The owner of a home valued at $200,000 will pay about $240 more a year in city tax "
           "bills, finance staff said. The parks department takes the deepest cut, losing two summer programs. Tarkov "
           "promised the library branches would keep their Sunday hours. Dozens of residents waited to "
           "speak at the meeting, most of them against the increase.")


def test_one_slot_told_in_other_words_is_paired_and_conflicts() -> None:
    assert _pairs(COUNCIL, STATION) == {("about $186", "about $240")}
    assert {186, 240} in _values(COUNCIL, STATION)


def test_a_value_the_other_source_also_tells_is_not_free() -> None:
    # both tell $200,000 (the home's value): that figure is no slot of its own
    assert all("$200,000" not in pair for pair in _pairs(COUNCIL, STATION))


TALLY = ("The county's canvass ended on Friday. In the northern wards, Vance won 2,400 ballots cast early, "
         "followed closely by Ortiz with 2,100 ballots cast early. Turnout was the highest since 1992.")
OTHER_TALLY = ("Election officials finished the canvass Friday. Ortiz won 2,900 ballots cast early in the "
               "northern wards, the clerk said. The recount request is due next week.")


def test_a_figure_with_a_near_rival_in_its_own_sentence_takes_no_part() -> None:
    # which of 2,400 and 2,100 the other source's 2,900 tells is not known
    assert _pairs(TALLY, OTHER_TALLY) == set()


def test_percentages_take_no_part() -> None:
    one = "In the poll of likely voters, 84 percent of young voters backed Sanders in the caucus."
    two = "In the poll of likely voters, 86 percent of black voters backed Clinton in the caucus."
    assert _pairs(one, two) == set()


TWO_LIKE = ("The Dunmore plant employs 640 people on two shifts. The Dunmore plant will cut 210 jobs on two "
            "shifts by March.")
ONE = "About 300 people on two shifts at the Dunmore plant will lose their jobs by March, the union said."


def test_no_pair_when_two_candidates_are_about_as_alike() -> None:
    # 300 is near both 640 and 210 and its sentence is about as like either: no clear best
    pairs = _pairs(TWO_LIKE, ONE)
    assert ("640 people", "About 300 people") not in pairs


def test_no_pair_when_values_are_far_apart() -> None:
    one = "The storm knocked out power to 12,000 homes in Harlow County overnight, the utility said."
    two = "The storm knocked out power to 40 homes in Harlow County overnight, the utility said."
    assert _pairs(one, two) == set()


def test_two_articles_of_many_counts_take_linear_time(tmp_path, monkeypatch) -> None:
    # 3,000 sentences of one count in each of two articles made one conflict of hundreds of
    # values, whose join asked every pair of them (four minutes); the slot pairs are bounded too
    import random

    from test_timing_support import growth

    from reader.analysis.story import analyse_story

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))

    def run(n: int) -> None:
        rng = random.Random(n)
        one = " ".join(f"Crews in ward {i} counted {rng.randint(5, 900)} damaged homes after the storm."
                       for i in range(n))
        two = " ".join(f"Inspectors in ward {i} found {rng.randint(5, 900)} damaged homes after the storm."
                       for i in range(n))
        analyse_story([_art("a", one), _art("b", two)])

    assert growth(run, 100) < 8


def test_an_offset_from_a_mark_and_the_mark_itself_are_two_quantities() -> None:
    one = ("The Carra River crested on Tuesday, more than nine feet above flood stage at the Oren gauge. "
           "Sandbag crews worked through the night on the east levee.")
    two = ("At the Oren gauge, flood stage is 15 feet, the weather service said. Sandbag crews from three "
           "counties reinforced the east levee overnight.")
    assert _pairs(one, two) == set()


def test_a_word_cut_by_the_figure_is_no_error() -> None:
    # the neighbourhood of "4-under" holds "par", which the sentence's words ("under-par") do not
    one = ("Jon Tallis fired a course record-tying eight-under-par 63 Saturday to take a one-shot lead into "
           "the final round of the Harbor Open.")
    two = ("Jon Tallis fired a nine-under-par 62 to grab a two-shot lead after the third round of the Harbor "
           "Open on Saturday.")
    _pairs(one, two)
    _values(one, two)


def test_sentences_of_other_names_tell_two_events() -> None:
    # a digest of two earthquakes told alike: 5.0 in one country, 5.5 in another
    one = ("A moderate earthquake measuring 5.0 on the Richter scale shook Costa Rica on Wednesday, the "
           "seismology institute said. No damage was reported.")
    two = ("An earthquake measuring 5.5 on the Richter scale shook New Zealand on Thursday, the seismology "
           "office said. No damage was reported.")
    assert _pairs(one, two) == set()
