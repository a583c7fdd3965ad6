"""Conflicting figures on invented stories: a wire story and its write-throughs, counts,
measures, qualifiers and vague amounts (every text here is made up for the tests)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import conflicts as conflicts_module
from reader.analysis import figure_context, figure_uses
from reader.analysis.conflicts import find_conflicts
from reader.analysis.figure_changes import changes
from reader.analysis.figures import extract_figures
from reader.analysis.quantities import compatible, quantity_key
from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

LEAD = ("A freight train left the rails near the town of Marlow Creek on Tuesday and struck a grain "
        "depot beside the tracks, {toll}, county officials said.")
REST = ("The line between Marlow Creek and Penhallow was closed for the night while crews cleared the wreck. "
        "Residents near the depot were told to keep their windows shut because of dust from the grain. "
        "The railway said it would publish a full report on the derailment within a month.")


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _story() -> list[Article]:
    return [
        _art("wire-1", LEAD.format(toll="killing at least four people") + " " + REST),
        _art("wire-2", LEAD.format(toll="killing six people") + " " + REST),
        _art("paper", "Six people were killed when a freight train struck a grain depot in Marlow Creek on Tuesday. "
                      "Investigators from the rail operator expect to finish their inquiry within weeks."),
    ]


def _pairs(conflicts: list) -> set[frozenset]:
    return {frozenset((v.display, frozenset(v.articles)) for v in c.values) for c in conflicts}


def _values(conflict) -> dict[str, list[str]]:
    return {v.display: v.articles for v in conflict.values}


def test_a_rising_toll_in_write_throughs_is_one_conflict_with_both_sentences():
    story = analyse_story(_story())
    assert len(story.conflicts) == 1
    conflict = story.conflicts[0]
    values = _values(conflict)
    assert values["4"] == ["wire-1"] and set(values["6"]) == {"wire-2", "paper"}
    assert "killed" in conflict.quantity
    uses = {u.article: u for v in conflict.values for u in v.uses}
    assert uses["wire-1"].figure.qualifier == "at least"
    assert uses["wire-1"].sentence.startswith("A freight train") and "at least four" in uses["wire-1"].sentence


def test_aligned_number_change_without_a_counted_noun():
    # "1,200" → "1,250" in the same sentence: the change is the conflict, whatever is counted
    a = _art("a", "Storm damage was assessed on Friday, with 1,200 of them in the river district, the council said. "
                  "Roads in the valley stayed closed.")
    b = _art("b", "Storm damage was assessed on Friday, with 1,250 of them in the river district, the council said. "
                  "Roads in the valley stayed closed.")
    story = analyse_story([a, b])
    assert [set(_values(c)) for c in story.conflicts] == [{"1,200", "1,250"}]


def test_about_1200_homes_and_1250_homes_conflict():
    arts = [_art("a", "The storm damaged about 1,200 homes in the county."),
            _art("b", "Officials said the storm damaged 1,250 homes across the county on Sunday.")]
    (conflict,) = find_conflicts(arts)
    assert set(_values(conflict)) == {"1,200", "1,250"}
    assert {u.figure.qualifier for v in conflict.values for u in v.uses} == {"about", None}


def test_a_speed_and_a_count_with_the_same_number_never_merge():
    arts = [_art("a", "The train was travelling at 80 mph when 80 passengers were aboard."),
            _art("b", "The train was travelling at 50 mph when 80 passengers were aboard."),
            _art("c", "There were 77 passengers and the train was doing 80 mph.")]
    found = find_conflicts(arts)
    for c in found:
        units = {u.figure.unit for v in c.values for u in v.uses}
        assert len(units) == 1, c
    speed = next(c for c in found if "mph" in {u.figure.unit for v in c.values for u in v.uses})
    passengers = next(c for c in found if "passenger" in {u.figure.unit for v in c.values for u in v.uses})
    assert set(_values(speed)) == {"80 mph", "50 mph"} or {v.value for v in speed.values} == {80, 50}
    assert {v.value for v in passengers.values} == {77, 80}


def test_spelled_out_numbers_conflict_with_digits():
    arts = [_art("a", "Fifteen people were killed in the fire at the warehouse."),
            _art("b", "The warehouse fire killed 17 people, the fire service said.")]
    (conflict,) = find_conflicts(arts)
    assert {v.value for v in conflict.values} == {15, 17}


def test_approximate_against_exact():
    arts = [_art("a", "The chain will keep about 700 stores after the closures."),
            _art("b", "After the closures the chain will keep 860 stores, the filing shows.")]
    (conflict,) = find_conflicts(arts)
    assert {v.value for v in conflict.values} == {700, 860}
    quiet = [_art("a", "Judges heard from about 160 victims during the hearing."),
             _art("b", "During the hearing 156 victims were heard, the court said.")]
    assert find_conflicts(quiet) == []


def test_agreeing_figures_stay_quiet():
    pairs = [
        ("The crash killed at least three people.", "Three people were killed in the crash."),
        ("More than 70 people were injured in the crash.", "The crash injured 77 people."),
        ("Crews found five or six vehicles under the bridge.", "Six vehicles were crushed under the bridge."),
        ("The span is almost 200 feet long.", "The 174-foot span fell onto the road."),
        ("Dozens of people were hurt in the crash.", "The crash injured 40 people."),
    ]
    for one, two in pairs:
        assert find_conflicts([_art("a", one), _art("b", two)]) == [], (one, two)


def test_one_end_of_a_change_states_no_value_of_the_quantity():
    """"from an altitude of 30,000 feet to 10,000 feet" tells a descent: neither end is
    the altitude another article gives for the engine failure, and it joins no conflict."""
    arts = [
        _art("a", "The Skyrail jet lost an engine at about 30,000 feet over Marlow on Tuesday, officials said."),
        _art("b", "The Skyrail jet lost an engine at 32,000 feet over Marlow on Tuesday, officials said."),
        _art("c", "Flight data showed the Skyrail jet descended from an altitude of 30,000 feet to 10,000 feet "
                  "in eight minutes over Marlow."),
    ]
    (conflict,) = find_conflicts(arts)
    assert _values(conflict) == {"30,000 feet": ["a"], "32,000 feet": ["b"]}
    assert changes(arts[2].body, extract_figures(arts[2])) == {0, 1}


def test_different_events_and_partitive_wholes_are_different_quantities():
    arts = [_art("a", "The crash killed three people and injured 40 others."),
            _art("b", "Forty people were injured and five people were killed in the crash."),
            _art("c", "Thirteen of the train's 14 cars left the tracks, killing three people.")]
    found = find_conflicts(arts)
    assert [{v.value for v in c.values} for c in found] == [{3, 5}]


def test_vague_amounts_and_increments_are_not_compared_on_their_own():
    arts = [_art("a", "Several people were killed when the roof fell in."),
            _art("b", "The roof collapse killed 40 people, officials said."),
            _art("c", "Another 20 people were treated at the scene, and 40 people were killed.")]
    assert find_conflicts(arts) == []


def test_compatibility_rules():
    def fig(text: str):
        return extract_figures(text)[0]

    assert compatible(fig("at least 3 people"), fig("3 people"))
    assert not compatible(fig("at least four people"), fig("six people"))
    assert not compatible(fig("more than a dozen people"), fig("10 people"))
    assert not compatible(fig("more than 1.27 million records"), fig("1.28 million records"))
    assert not compatible(fig("about 30,000 feet"), fig("32,000 feet"))
    assert compatible(fig("around 32,500 feet"), fig("32,000 feet"))


def test_quantity_keys():
    def key(text: str):
        f = extract_figures(text)[0]
        return quantity_key(text, f, f.sentence_start)

    assert key("At least six people were killed.") == ("person", "died")
    assert key("Seventy-seven people were taken to local hospitals.") == ("person", "hospital")
    assert key("There were three confirmed deaths.") == ("person", "died")
    assert key("The train carried 80 passengers.") == ("passenger", None)
    assert key("It was doing 80 mph.") == ("measure:mph", None)
    assert key("The jet flew at 30,000ft.") == ("measure:foot", None)
    assert key("149 people were on the plane.") == ("person", "aboard")   # people on a craft: aboard it
    assert key("He worked there for 40 years.") is None        # durations are not compared by unit ...
    assert key("He was sentenced to 40 years.") == ("duration:sentence", None)   # ... but a prison sentence is


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(range(3))))
def test_article_order_does_not_change_the_conflicts(order):
    base = _story()
    arts = [base[i] for i in order]
    assert _pairs(analyse_story(arts).conflicts) == _pairs(analyse_story(base).conflicts)


def _synthetic(n: int, seed: int = 5) -> list[Article]:
    rng = random.Random(seed)
    things = ["homes", "passengers", "stores", "jobs", "vehicles", "schools", "flights", "cars"]
    arts = []
    for i in range(n):
        parts = []
        for thing in rng.sample(things, 4):
            parts.append(f"Officials said {rng.choice([10, 12, 40, 41, 300, 320, 5000])} {thing} were affected.")
        parts.append(f"At least {rng.choice([3, 4, 6])} people were killed and {rng.randint(20, 90)} were injured.")
        parts.append(f"The report runs to {rng.randint(2, 400)} pages and cost ${rng.randint(1, 900)} million.")
        arts.append(_art(f"a{i}", " ".join(parts)))
    return arts


def test_the_work_grows_linearly_with_the_figures(monkeypatch):
    calls = {"n": 0}
    real_same, real_compatible = conflicts_module.same_quantity, conflicts_module.compatible

    def same(*args):
        calls["n"] += 1
        return real_same(*args)

    def compat(*args):
        calls["n"] += 1
        return real_compatible(*args)

    monkeypatch.setattr(conflicts_module, "same_quantity", same)
    monkeypatch.setattr(conflicts_module, "compatible", compat)
    counts = {}
    for n in (50, 200):
        calls["n"] = 0
        find_conflicts(_synthetic(n))
        counts[n] = calls["n"]
    # all pairs would grow 16 times from 50 to 200 articles; bucketing keeps it near 4
    assert counts[200] <= 6 * counts[50], counts


@given(st.lists(st.sampled_from(["The", "the", "Mayor", "mcDonald", "O'Neil", "'Hara", "-Lee", "a", "A", "I",
                                 "Kemp’s", "x-Ray", "-", "'", "’", "1", "9a", "B2", " ", "\n", ", ", "said",
                                 "WHO", "Él", "über", "Ab-"]), max_size=30))
def test_lower_names_are_the_capitalised_words_of_word_by_word_reading(parts):
    text = "".join(parts)
    every = [w for w in figure_context.WORD.findall(text) if w[0].isupper()]
    assert figure_context.lower_names(text) == {w.lower() for w in every} - figure_context.STOPWORDS


def test_a_figure_in_an_endless_sentence_is_shown_with_the_text_around_it():
    """A body with no full stop is one sentence: each figure's evidence is the text around
    it, not the whole body again (16,000 figures of a 432 KB sentence took 17 GB)."""
    from reader.analysis.figure_uses import SENTENCE_CHARS, sentence_text

    body = "the county said 12 homes were damaged in the storm and " * 200
    (f, *_) = extract_figures(body)
    shown = sentence_text(body, f)
    assert len(shown) <= SENTENCE_CHARS + 2 and shown.endswith("…") and "12 homes" in shown
    short = "The county said 12 homes were damaged."
    assert sentence_text(short, extract_figures(short)[0]) == short


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=12),
       st.lists(st.integers(0, 240), max_size=20))
def test_figures_inside_a_time_are_left_out_exactly_as_by_looking_at_every_time(timed, numbers):
    from reader.analysis.figures import Figure

    def fig(start: int, length: int) -> Figure:
        return Figure(start, start + length, "x" * length, start, start + length, 1, None, None, None, False, None,
                      0, 300)

    times = [fig(s, n) for s, n in timed]
    figs = [fig(s, 1) for s in numbers]
    naive = [f for f in figs if not any(t.number_start <= f.number_start < t.number_end for t in times)]
    assert figure_uses._outside(figs, times) == naive


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=15),
       st.integers(0, 220), st.integers(0, 40))
def test_the_numbers_within_a_changed_run_are_found_as_by_looking_at_every_figure(spans, lo, width):
    from reader.analysis.aligned_figures import FigureUse, _NumberIndex
    from reader.analysis.figures import Figure

    uses = [FigureUse("a", Figure(s, s + n, "x" * n, s, s + n, 1, None, None, None, False, None, 0, 300), "")
            for s, n in spans]
    index = _NumberIndex(uses)
    for k in range(len(uses)):
        index.add(k)
    hi = lo + width
    naive = [k for k, u in enumerate(uses) if lo < u.figure.number_end and u.figure.number_start < hi]
    assert sorted(index.within(lo, hi)) == naive


def test_a_table_of_close_numbers_is_looked_at_a_bounded_number_of_times_per_figure(monkeypatch):
    """Thousands of numbers within 5% of each other (a table): each figure looks at
    ``CONTEXT_LOOKS`` others at most, passed over or compared, so the work grows with the
    figures and not with their square (each walked every close value before)."""
    looks = 0
    original = conflicts_module.Links.same

    def same(self, i: int, j: int) -> bool:
        nonlocal looks
        looks += 1
        return original(self, i, j)

    monkeypatch.setattr(conflicts_module.Links, "same", same)
    rows = [f"Row {k} lists {10_000 + k} units" for k in range(600)]
    arts = [_art("a", ". ".join(rows) + "."), _art("b", ". ".join(rows[::-1]) + ".")]
    find_conflicts(arts)
    assert looks <= conflicts_module.CONTEXT_LOOKS * 2 * len(rows)


COPY = ("COLUMBUS, Ohio (AP) \u2014 A former charity director, Gregory Pallister, 57, of Westerville, was sentenced "
        "on Tuesday to nine years in prison for stealing $2.3 million from the Franklin County Food Alliance, "
        "federal prosecutors said. U.S. District Judge Sarah Morrison said Pallister betrayed thousands of "
        "donors. The alliance's board chair, Denise Carver, said the theft forced cuts at pantries in Columbus.")
OWN = ("Leon Whitfield, pastor of Mount Olive Baptist Church in Linden, said his pantry lost a third of its food "
       "after the thefts came to light. Gregory Pallister, 58, received his sentence after admitting he diverted "
       "donor money for years. Keisha Boone, who volunteers at Linden Community Center, cried as she left. "
       "Whitfield said donations at Mount Olive have only now come back.")


def test_a_named_persons_age_is_compared_even_in_a_report_taken_for_another_event():
    """Three sites carry one AP story and a TV station tells it through people of its own:
    by its names the station looks like a report of another event, so what it counts is
    not compared by noun alone; but an age keyed by whose age it is still is."""
    arts = [_art("ap", COPY), _art("paper", COPY), _art("site", COPY.replace("on Tuesday ", "")), _art("tv", OWN)]
    story = analyse_story(arts)
    assert conflicts_module._off_story(story.analysed) == {"tv"}
    (conflict,) = [c for c in story.conflicts if c.quantity == "age"]
    assert {v.display for v in conflict.values} == {"57 years", "58 years"}


def test_a_conflict_between_copies_of_one_text_says_the_figure_may_have_been_updated():
    """Two versions of one wire story disagree on the toll: the conflict says its sources
    share text (an update or an edit), in JSON, the report and the Story screen; with an
    independent report among its sources it does not."""
    from reader.analysis.story import story_json
    from reader.reports.markdown import story_markdown

    wire = _story()[:2]
    (conflict,) = analyse_story(wire).conflicts
    assert conflict.shared_text
    story = analyse_story(wire)
    assert story_json(story)["conflicts"][0]["shared_text"] is True
    assert "these sources share text: one may have updated or edited the figure" in story_markdown(story)
    mixed = analyse_story(_story())
    assert [c.shared_text for c in mixed.conflicts] == [False]
