"""Elapsed times and clock times that disagree across sources, and the many times that
must stay quiet (every text here is invented for the tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import conflicts as conflicts_module
from reader.analysis.clock_times import clock_times
from reader.analysis.conflicts import find_conflicts
from reader.analysis.elapsed_times import elapsed_times
from reader.analysis.quantities import compatible
from reader.analysis.sentences import sentence_spans
from reader.library.model import Article
from reader.text.tokens import word_count

# the rest of each article: enough shared names that every article is about one event
TAIL = (" The Skyrail flight from Norwick to Castelford carried 112 passengers and five crew. "
        "Inspectors from the Norwick aviation board travelled to Castelford on Wednesday.")


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def _story(*sentences: str) -> list[Article]:
    return [_art(f"a{n}", s + TAIL) for n, s in enumerate(sentences)]


def _time_conflicts(*sentences: str) -> list:
    return [c for c in find_conflicts(_story(*sentences)) if c.quantity.startswith("time ")]


def _values(conflict) -> dict[str, list[str]]:
    return {v.display: v.articles for v in conflict.values}


def _elapsed(text: str) -> list[tuple]:
    return [(f.text, f.value, f.qualifier, key) for f, key in elapsed_times(text, sentence_spans(text))]


def _clock(text: str) -> list[tuple]:
    return [(f.text, f.value, f.qualifier, key) for f, key in clock_times(text, sentence_spans(text))]


# -- the two classes found ---------------------------------------------------------------

def test_elapsed_times_from_one_anchor_conflict_with_both_sentences_as_evidence():
    found = _time_conflicts(
        "Travellers heard the right engine burst about 20 minutes after takeoff from Norwick on Tuesday.",
        "Travellers said the right engine exploded roughly 20 minutes after the jet took off from Norwick.",
        "One traveller said it was clear something was wrong about 30 minutes into the flight.")
    (conflict,) = found
    assert conflict.quantity == "time from departure to the failure"
    assert _values(conflict) == {"20 minutes": ["a0", "a1"], "30 minutes": ["a2"]}
    uses = {u.article: u for v in conflict.values for u in v.uses}
    assert uses["a2"].sentence.startswith("One traveller said") and uses["a2"].figure.qualifier == "about"
    assert uses["a1"].figure.text == "roughly 20 minutes after the jet took off"
    assert uses["a0"].figure.unit == "elapsed" and uses["a0"].figure.value == 20


def test_clock_times_of_one_event_conflict():
    found = _time_conflicts(
        "The jet made an emergency landing in Castelford just before noon as travellers braced.",
        "The crew made an emergency landing in Castelford just before noon, the airline said.",
        "The jet turned back and made an emergency landing at Castelford airport at roughly 11:20 a.m.")
    (conflict,) = found
    assert conflict.quantity == "time of the landing"
    assert _values(conflict) == {"just before noon": ["a0", "a1"], "11:20 a.m.": ["a2"]}
    assert {u.figure.value for v in conflict.values for u in v.uses} == {720, 680}


def test_a_time_before_an_event_is_the_same_quantity_the_other_way_round():
    assert _elapsed("The engine failed 20 minutes before the jet landed.")[0][1:] == (
        20, None, ("elapsed:failure", "landing"))
    quiet = _time_conflicts("The engine failed 20 minutes before the jet landed.",
                            "The jet landed 20 minutes after the engine failed.")
    assert quiet == []
    (conflict,) = _time_conflicts("The engine failed 20 minutes before the jet landed.",
                                  "The jet landed 35 minutes after the engine failed.")
    assert set(_values(conflict)) == {"20 minutes", "35 minutes"}


def test_later_takes_its_anchor_from_the_event_just_told():
    text = "The engine exploded over the lake. Twenty minutes later, the jet landed in Castelford."
    assert _elapsed(text) == [("Twenty minutes later", 20, None, ("elapsed:failure", "landing"))]
    (conflict,) = _time_conflicts("The engine exploded over the lake. Twenty minutes later, the jet landed.",
                                  "The jet landed about 40 minutes after the explosion.")
    assert set(_values(conflict)) == {"20 minutes", "40 minutes"}


def test_a_clock_time_opening_its_clause_takes_the_event_after_it():
    assert _clock("At 11:20 a.m., the jet landed in Castelford.")[0][1:] == (680, None, ("clock", "landing"))


def test_the_incident_timed_by_a_clock_in_an_attribute_with_its_conversion():
    text = "Hours after the 7:40 a.m. (1540 GMT) crash, cars still hung from the bridge."
    assert _clock(text) == [("7:40 a.m. (1540 GMT)", 460, None, ("clock", "crash"))]


# -- parsing -----------------------------------------------------------------------------

@pytest.mark.parametrize(("amount", "minutes"), [
    ("an hour and a half", 90), ("90 minutes", 90), ("one and a half hours", 90), ("1.5 hours", 90),
    ("half an hour", 30), ("a half hour", 30), ("an hour and 20 minutes", 80), ("twenty-five minutes", 25),
    ("two days", 2880), ("an hour", 60), ("45 seconds", 0.75), ("3 hrs", 180),
])
def test_amounts_are_read_in_minutes(amount, minutes):
    (found,) = _elapsed(f"The engine failed {amount} after takeoff.")
    assert found[1] == minutes and found[3] == ("elapsed:departure", "failure")


@pytest.mark.parametrize(("written", "minutes"), [
    ("11:20 a.m.", 680), ("11:20am", 680), ("11:20 AM", 680), ("2 p.m.", 840), ("12:05 p.m.", 725),
    ("12:30 a.m.", 30), ("noon", 720), ("12 noon", 720), ("midday", 720), ("midnight", 0), ("14:35", 875),
    ("11:20 in the morning", 680), ("three o'clock in the afternoon", 900), ("9 o'clock at night", 1260),
    ("08:15", 495),
])
def test_clock_forms_are_read_in_minutes_after_midnight(written, minutes):
    (found,) = _clock(f"The bridge collapsed at {written} on Thursday.")
    assert found[1] == minutes and found[3] == ("clock", "collapse")


@pytest.mark.parametrize("written", ["3:15", "three o'clock", "11:20"])
def test_a_clock_time_without_its_half_of_the_day_is_not_read(written):
    assert _clock(f"The bridge collapsed at {written} on Thursday.") == []


def test_time_zones_are_part_of_the_key():
    assert [k for *_, k in _clock("The jet landed at 11:20 a.m. EDT in Castelford.")] == [("clock:eastern", "landing")]
    assert [k for *_, k in _clock("The jet landed at 10:20 a.m. CDT.")] == [("clock:central", "landing")]
    assert [k for *_, k in _clock("The jet landed at 4:20 p.m. GMT.")] == [("clock:utc", "landing")]
    assert [k for *_, k in _clock("The jet landed at 11:20 a.m. local time.")] == [("clock:local", "landing")]


# -- agreeing forms stay quiet -----------------------------------------------------------

@pytest.mark.parametrize(("one", "other"), [
    ("90 minutes after takeoff", "an hour and a half after takeoff"),
    ("about 20 minutes after takeoff", "roughly 20 minutes after takeoff"),
    ("less than an hour after takeoff", "45 minutes after takeoff"),
    ("half an hour after takeoff", "30 minutes after takeoff"),
    ("about 20 minutes after takeoff", "22 minutes after takeoff"),
    ("more than an hour after takeoff", "90 minutes after takeoff"),
    ("within two hours of takeoff", "an hour after takeoff"),
    ("nearly an hour after takeoff", "55 minutes after takeoff"),
])
def test_agreeing_elapsed_times_stay_quiet(one, other):
    assert _time_conflicts(f"The engine failed {one}.", f"The engine failed {other}.") == []


@pytest.mark.parametrize(("one", "other"), [
    ("11:20 a.m.", "11:20 in the morning"),
    ("just before noon", "11:50 a.m."),
    ("around 11 a.m.", "11:20 a.m."),
    ("shortly after 2 p.m.", "2:15 p.m."),
    ("noon", "12:05 p.m."),
    ("about 2:30 p.m.", "2:40 p.m."),
    ("just before midnight", "just after midnight"),
])
def test_agreeing_clock_times_stay_quiet(one, other):
    assert _time_conflicts(f"The jet landed at {one} on Tuesday.", f"The jet landed at {other} on Tuesday.") == []


@pytest.mark.parametrize(("one", "other"), [
    ("about 20 minutes after takeoff", "about 30 minutes after takeoff"),
    ("more than an hour after takeoff", "45 minutes after takeoff"),
    ("less than an hour after takeoff", "70 minutes after takeoff"),
])
def test_disagreeing_elapsed_times_conflict(one, other):
    assert len(_time_conflicts(f"The engine failed {one}.", f"The engine failed {other}.")) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("around 11 a.m.", "around noon"),
    ("11:20 a.m.", "11:35 a.m."),
    ("shortly after 2 p.m.", "1:45 p.m."),
])
def test_disagreeing_clock_times_conflict(one, other):
    assert len(_time_conflicts(f"The jet landed at {one} on Tuesday.", f"The jet landed at {other} on Tuesday.")) == 1


# -- traps stay quiet --------------------------------------------------------------------

def test_durations_of_different_things_are_not_compared():
    assert _time_conflicts("Travellers faced a 20-minute flight delay in Norwick.",
                           "The engine failed 30 minutes after takeoff.") == []
    assert _elapsed("Travellers faced a 20-minute flight delay in Norwick.") == []


def test_different_events_from_one_anchor_are_not_compared():
    assert _time_conflicts("The engine failed 20 minutes after takeoff.",
                           "The jet landed 45 minutes after takeoff.") == []


def test_ages_and_periods_are_not_elapsed_times():
    for text in ("The pilot has flown for 30 years and joined Skyrail 12 years ago.",
                 "She waited for 20 minutes after the landing before leaving the plane.",
                 "The bridge, 30 years after it opened, collapsed.",
                 "Controllers worked around the clock, 24/7, after the crash.",
                 "Several hours after the crash, cars still hung from the bridge.",
                 "The descent took just over eight minutes after the explosion."):
        assert _elapsed(text) == [] and _clock(text) == [], text


def test_differing_time_zones_are_not_compared():
    assert _time_conflicts("The jet landed at 10:20 a.m. CDT in Castelford.",
                           "The jet landed at 11:20 a.m. EDT in Castelford.") == []
    assert _time_conflicts("The jet landed at 10:20 a.m. EDT in Castelford.",
                           "The jet landed at 11:20 a.m. in Castelford.") == []


def test_live_blog_time_stamps_are_not_event_times():
    for text in ("2:35 p.m.\nThe bridge collapsed onto the road below.",
                 "2:35 p.m.: The bridge collapsed onto the road below.",
                 "Updated 2:35 p.m. The bridge collapsed onto the road below.",
                 "Posted on Thursday at 2:35 p.m. after the bridge collapsed."):
        assert _clock(text) == [], text
    assert _time_conflicts("2:35 p.m.\nThe bridge collapsed onto the road below.",
                           "2:25 p.m.\nThe bridge collapsed onto the road below.") == []


def test_scheduled_times_are_not_compared_with_actual_ones():
    assert _clock("The jet was due to land at 1 p.m. in Castelford.") == []
    assert _time_conflicts("The jet was due to land at 1 p.m. in Castelford.",
                           "The jet landed at 11:20 a.m. in Castelford.") == []
    assert _clock("The jet is expected to land at 1 p.m.") == []


def test_a_fire_and_a_collapse_are_two_events_and_a_report_times_the_news():
    assert _time_conflicts("A fire broke out at 1 a.m. in the depot.", "The depot collapsed at 3 a.m.") == []
    assert _clock("The crash was reported at 7:45 a.m. by a driver.") == []
    assert _clock("Passengers who boarded at 9 a.m. said the jet landed safely.") == []


def test_departures_from_two_stations_are_two_events():
    assert _time_conflicts("The train left Marlow at 6 a.m. on Monday.", "The train left Penhallow at 6:40 a.m.") == []
    assert _time_conflicts("The train derailed 20 minutes after leaving Marlow.",
                           "The train derailed 50 minutes after leaving Penhallow.") == []
    (conflict,) = _time_conflicts("The train left Marlow at 6 a.m. on Monday.", "The train left Marlow at 6:40 a.m.")
    assert conflict.quantity == "time of departure from Marlow"


def test_one_time_in_two_zones_one_unsaid_is_not_a_conflict():
    assert _time_conflicts("The jet landed at 11:20 a.m. in Castelford.",
                           "The jet landed at 4:20 p.m. in Castelford.") == []
    assert _clock("The jet landed at 4:20 p.m. (UK time) in Castelford.")[0][3] == ("clock:uk", "landing")
    assert _time_conflicts("The jet landed at 11:20 a.m. in Castelford.",
                           "The jet landed at 4:50 p.m. UK time in Castelford.") == []


def test_statements_and_repeats_are_no_timed_event():
    assert _time_conflicts("Officials said at 3 p.m. that the jet was safe.",
                           "Officials said at 5 p.m. that the jet was safe.") == []
    assert _clock("A second explosion came at 2 p.m.") == []
    assert _clock("The first rescue flight landed at 9 a.m. on Wednesday.") == []
    assert _clock("The jet did not land until 2 p.m.") == []
    assert _clock("The runway was closed from 1 to 3 p.m.") == []


def test_times_of_an_article_about_another_event_are_not_compared():
    on = "The Skyrail jet landed at {} in Castelford after the engine failure, Skyrail said. " + TAIL
    arts = [_art("a", on.format("11:20 a.m.")), _art("b", on.format("11:20 a.m.")),
            _art("c", "A Marwick Air plane landed at 9:05 a.m. in Selby after a tyre burst, Marwick Air said. "
                      "The Selby airport reopened in the afternoon.")]
    assert [c for c in find_conflicts(arts) if c.quantity.startswith("time ")] == []


# -- properties --------------------------------------------------------------------------

def _forms(minutes: int) -> list[str]:
    """Equivalent ways to write ``minutes`` (a whole or half number of hours, or minutes)."""
    out = [f"{minutes} minutes"]
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        out.append("an hour" if hours == 1 else f"{hours} hours")
    if rest == 30:
        out.append("half an hour" if hours == 0 else f"{hours}.5 hours")
        if hours == 1:
            out.append("an hour and a half")
    if hours and rest and rest != 30:
        out.append(("an hour" if hours == 1 else f"{hours} hours") + f" and {rest} minutes")
    return out


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=600), st.sampled_from(["", "about ", "roughly ", "nearly ", "more than "]),
       st.data())
def test_one_duration_written_two_ways_never_conflicts_with_itself(minutes, qualifier, data):
    forms = _forms(minutes)
    one, other = data.draw(st.sampled_from(forms)), data.draw(st.sampled_from(forms))
    texts = [f"The engine failed {qualifier}{form} after takeoff." for form in (one, other)]
    found = [_elapsed(t) for t in texts]
    assert [f[0][1] for f in found] == [minutes, minutes]
    assert _time_conflicts(*texts) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=1439))
def test_a_clock_time_and_its_morning_or_afternoon_form_agree(t):
    hour, minute = divmod(t, 60)
    h12 = hour % 12 or 12
    meridiem = "p.m." if hour >= 12 else "a.m."
    part = "in the afternoon" if hour >= 12 else "in the morning"
    one = _clock(f"The jet landed at {h12}:{minute:02d} {meridiem} in Castelford.")
    other = _clock(f"The jet landed at {h12}:{minute:02d} {part} in Castelford.")
    assert one and other and one[0][1] == other[0][1] == t
    (f,), (g,) = ([f for f, _ in clock_times(s, sentence_spans(s))] for s in (
        f"The jet landed at {h12}:{minute:02d} {meridiem}.", f"The jet landed at {h12}:{minute:02d} {part}."))
    assert compatible(f, g)


def test_the_work_grows_linearly_with_the_times(monkeypatch):
    # one key for every time: each statement is compared with the next ones up only
    calls = {"n": 0}
    real = conflicts_module.compatible

    def compat(*args):
        calls["n"] += 1
        return real(*args)

    monkeypatch.setattr(conflicts_module, "compatible", compat)
    counts = {}
    for n in (50, 200):
        calls["n"] = 0
        find_conflicts([_art(f"a{i}", f"The jet landed at {10 + i % 2}:{i % 60:02d} a.m. in Castelford. "
                                      f"The engine failed {i % 90 + 1} minutes after takeoff." + TAIL)
                        for i in range(n)])
        counts[n] = calls["n"]
    assert counts[200] <= 6 * counts[50], counts


def test_an_agreeing_time_of_the_same_value_is_not_listed_in_a_conflict():
    (conflict,) = _time_conflicts("The jet landed just before noon in Castelford.",
                                  "The jet landed at 11:20 a.m. in Castelford.",
                                  "The jet landed before noon in Castelford.")
    assert set(_values(conflict)) == {"just before noon", "11:20 a.m."}


@pytest.mark.parametrize(("text", "found"), [
    ("The train was travelling at 80 mph when it derailed at 7:33 a.m. on Monday.", [(453, ("clock", "crash"))]),
    ("The walkway, put in place on Saturday, collapsed shortly before 1:30 p.m. Thursday.",
     [(810, ("clock", "collapse"))]),
    ("At 2:35 p.m. Thursday, the walkway collapsed onto eight cars.", [(875, ("clock", "collapse"))]),
    ("The jet left Norwick at 6 a.m. and landed at 9 a.m. in Castelford.",
     [(360, ("clock", "departure:Norwick")), (540, ("clock", "landing"))]),
    ("The gunman opened fire on the crowd at about 10:05 p.m.", [(1325, ("clock", "attack"))]),
    ("The quake struck at 4:31 a.m. local time on Sunday.", [(271, ("clock:local", "quake"))]),
    ("The storm made landfall near Port Avel at about 12:30 p.m. Wednesday.", [(750, ("clock", "landfall"))]),
    ("The jet crashed six minutes after taking off from the capital.", [(6, ("elapsed:departure", "crash"))]),
    ("The derailment happened about 20 minutes after the train left Marlow.",
     [(20, ("elapsed:departure:Marlow", "crash"))]),
    # no known event, or the anchor is not one: abstain
    ("Crews worked through the night and at 5 a.m. the search turned to recovery.", []),
    ("The chain filed for bankruptcy protection shortly after midnight.", []),
    ("Police received the first call at 10:05 p.m. about the shooting.", []),
    ("The fire was brought under control about three hours after it broke out.", []),
    ("Two days after the crash, the airline grounded its fleet.", []),
    ("The walkway was closed at 2 p.m. and collapsed an hour later.", []),
    ("The store will close at 9 p.m. on Sunday.", []),
])
def test_events_read_from_news_sentences(text, found):
    spans = sentence_spans(text)
    got = [(f.value, k) for f, k in [*elapsed_times(text, spans), *clock_times(text, spans)]]
    assert got == found


# -- an event word that is not the happening ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council's letter landed on the mayor's desk at 9 a.m. on Monday.",          # nothing flies
    "The investigation into the crash began at 9:15 a.m. on Tuesday.",                # the investigation's time
    "Officials held a briefing about the collapse at 4 p.m.",                        # the briefing's time
    "Questions over the fire were raised at 11 a.m. by the union.",
])
def test_a_mention_of_an_event_is_not_timed(text: str) -> None:
    assert _clock(text) == []


def test_an_event_a_later_clause_speaks_about_is_not_what_happened_later() -> None:
    text = ("Part of the Marlow stadium roof collapsed onto the stands on Friday morning. "
            "Just three hours later, the governor was addressing Friday's attack on the depot at a briefing.")
    assert _elapsed(text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("The building collapsed at 3:10 a.m., the fire service said.", "collapse"),
    ("The Skyrail jet landed at 11:20 a.m. in Castelford.", "landing"),
    ("At 7:40 a.m. the morning train crashed into a lorry near Marlow.", "crash"),
])
def test_the_happening_itself_is_still_timed(text: str, event: str) -> None:
    assert [key[1] for *_, key in _clock(text)] == [event]


def test_a_text_with_no_full_stop_is_read_near_each_time_only(monkeypatch) -> None:
    """A hostile body of one endless sentence full of times: each time's event is read
    from at most ``NEAR`` characters either side of it, so the work grows with the number
    of times, not with its square (at 2,000 times in 108 KB the whole sentence was read
    for each one: minutes of work)."""
    from reader.analysis import time_events

    read: list[int] = []
    original = time_events.events_in

    def events_in(text: str, sentence: str | None = None) -> list:
        read.append(max(len(text), len(sentence or "")))
        return original(text, sentence)

    monkeypatch.setattr(time_events, "events_in", events_in)
    monkeypatch.setattr("reader.analysis.elapsed_times.events_in", events_in)
    body = "the plane landed 10 minutes after the crash at 9 a.m. " * 400
    spans = sentence_spans(body)
    assert len(spans) == 1
    assert len(elapsed_times(body, spans)) == 400 and len(clock_times(body, spans)) == 400
    assert read and max(read) <= 2 * time_events.NEAR + 60


@pytest.mark.parametrize(("one", "two", "label"), [
    ("The ferry ran aground at 7:45 p.m. on Saturday, the coastguard said.",
     "The ferry ran aground shortly before 9 p.m. on Saturday, the coastguard said.", "time of the grounding"),
    ("The boat capsized at about 2 a.m., police said.", "The boat capsized at 4:30 a.m., police said.",
     "time of the sinking"),
    ("The volcano erupted at 10:20 a.m. local time.", "The volcano erupted at 11:05 a.m. local time.",
     "time of the eruption (local)"),
])
def test_the_times_of_ships_and_mountains(one, two, label):
    (conflict,) = find_conflicts([_art("a", one), _art("b", two)])
    assert conflict.quantity == label
