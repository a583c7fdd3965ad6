"""Figures the rules leave apart that the learned pair model reads as one quantity told twice
(reader.analysis.learned_pairs, reader.analysis.pair_features): a story of four reports of one
fire, each of 150 words or more, as the model's domain asks. Every text here is made up for the
tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import learned_pairs
from reader.analysis.figure_uses import figure_uses
from reader.analysis.learned_pairs import MODEL_VERSION, PairModel, pair_model
from reader.analysis.pair_features import FEATURES, MAX_RATIO, PairFeatures
from reader.analysis.story import Story
from tests.test_conflicts_support import found, undated

COURIER = (
    "ORRIN BAY — Fire crews from three towns fought a blaze at the Orrin Bay chemical terminal through the night, "
    "and the storage tank at the centre of it was nearly 40% full when the fire began, the terminal's owner said on "
    "Sunday. Thick black smoke drifted over the harbour for hours. Residents of the streets nearest the terminal were "
    "told to keep their windows shut and to stay indoors until the smoke cleared. Fire Chief Dana Ruiz said her crews "
    "had kept the flames away from the neighbouring tanks, which held diesel and fuel oil. \"We had one job, and that "
    "was to stop it spreading,\" Ruiz said. The terminal's owner, Coastal Bulk Storage, said it was working with state "
    "inspectors to find the cause. The company said no workers were on the site when the fire started. Investigators "
    "from the state fire marshal's office arrived on Sunday afternoon. The harbour was closed to small boats while the "
    "fire burned, and the coast guard kept a patrol boat at the mouth of the bay. A spokesman said it would reopen "
    "once the smoke had cleared and the tank had cooled.")
HERALD = (
    "The blaze at the Orrin Bay terminal burned for most of Saturday night before firefighters brought it under "
    "control early on Sunday. The tank that caught fire was about 70 percent full of styrene, according to state "
    "records reviewed by the Herald. Styrene is used to make plastics and rubber, and it gives off a sweet smell when "
    "it burns. Neighbours said they noticed the smell before they saw the flames. Officials lifted the shelter order "
    "on Sunday afternoon after air monitors found no readings of concern. The state environment agency said it would "
    "keep monitoring the air around the harbour for the rest of the week. Coastal Bulk Storage, which runs the "
    "terminal, said it would pay for hotel rooms for families who had left their homes. The company has run the "
    "terminal since the harbour was rebuilt. Local officials said they would ask the company to review its fire plans. "
    "Schools near the harbour will open as normal on Monday, the district said in a message to parents.")
DIGEST = (
    "A fire at a chemical terminal in Orrin Bay sent smoke across the harbour over the weekend. Firefighters worked "
    "through the night to stop the fire from reaching other tanks at the site. The cause of the fire is not yet known, "
    "and state investigators are expected to visit the terminal this week. The shelter order for the streets around "
    "the harbour was lifted on Sunday, officials said. People who live near the terminal said they were shaken by the "
    "size of the flames. \"You could see it from the other side of the bay,\" said Marta Keel, who lives on Harbour "
    "Street. The terminal's owner said it would meet residents at the town hall next week to answer their questions. "
    "The harbour master said boats could use the bay again once the coast guard had checked the water near the "
    "terminal. Anglers were asked to keep away from the area until the checks were done, and the town's marina said it "
    "would stay closed until then.")
GAZETTE = (
    "Residents of Orrin Bay are asking how a fire at a chemical terminal on the edge of town could burn for so long. "
    "The fire started late on Saturday in one of the terminal's storage tanks and was brought under control on "
    "Sunday morning. Town council members said they would hold a public meeting on the fire. \"People want answers, "
    "and they deserve them,\" said council member Owen Pryce. The terminal stores fuel and chemicals that arrive by "
    "ship and leave by truck. Its owner said the tanks are inspected every year. State inspectors will look at the "
    "tank's valves and the fire system, a spokeswoman for the environment agency said. The coast guard said the water "
    "in the bay showed no sign of a spill. Several families who left their homes on Saturday night spent the night "
    "with relatives. The local food bank said it had handed out meals to firefighters and to families who could not "
    "go home.")


def test_a_tank_told_two_ways_full_conflicts_in_a_story_of_four_reports() -> None:
    assert found(COURIER, HERALD, DIGEST, GAZETTE) == [("fullness", ["40%", "70%"])]


def test_two_reports_of_one_sentence_each_are_outside_the_models_domain() -> None:
    assert found(COURIER, HERALD) == []       # (two articles: fewer than MIN_ARTICLES)
    short = [t.split(". ")[n] + "." for t, n in ((COURIER, 0), (HERALD, 1), (DIGEST, 0), (GAZETTE, 0))]
    assert "40%" in short[0] and "70 percent" in short[1]
    assert found(*short) == []        # (four articles, each under MIN_WORDS)


def test_a_towns_population_and_the_people_told_to_stay_in_stay_quiet() -> None:
    herald = HERALD.replace("Officials lifted the shelter order",
                            "Roughly 12,000 residents were told to stay indoors. Officials lifted the shelter order")
    digest = DIGEST.replace("in Orrin Bay sent", "in Orrin Bay, a town of about 16,000, sent")
    assert found(COURIER, herald, digest, GAZETTE) == [("fullness", ["40%", "70%"])]


def test_a_remainder_and_a_whole_stay_quiet() -> None:
    courier = COURIER.replace("which held diesel and fuel oil", "the other 18 tanks on the site")
    gazette = GAZETTE.replace("Its owner said the tanks", "The site has 19 tanks, and its owner said the tanks")
    assert found(courier, HERALD, DIGEST, gazette) == [("fullness", ["40%", "70%"])]


def test_a_share_of_homes_and_a_tank_full_stay_apart() -> None:
    gazette = GAZETTE.replace("The terminal stores fuel", "About 30 percent of the homes in town are within a mile "
                                                          "of the terminal. The terminal stores fuel")
    assert found(COURIER, HERALD, DIGEST, gazette) == [("fullness", ["40%", "70%"])]


def _table(*bodies: str) -> PairFeatures:
    uses, keys = figure_uses([undated(f"a{n}", b) for n, b in enumerate(bodies)], None)
    return PairFeatures(uses, keys, set())


def _texts(table: PairFeatures, pairs: list[tuple[int, int]]) -> list[tuple[str, str]]:
    return [(table.uses[i].figure.text, table.uses[j].figure.text) for i, j in pairs]


def test_candidates_are_of_two_articles_one_family_and_values_that_cannot_both_hold() -> None:
    table = _table("The tank was nearly 40% full. It held 300 barrels.",
                   "The tank was about 70 percent full. It held 40 barrels. It was 41% full by noon.")
    texts = _texts(table, table.candidates(lambda i, j: False))
    assert ("nearly 40%", "about 70 percent") in texts
    assert all(not (a.endswith("barrels") and b.endswith("barrels")) for a, b in texts)   # 300 is over 4 × 40
    assert all({a, b} != {"about 70 percent", "41%"} for a, b in texts)      # (one article's two figures)


def test_candidates_leave_out_pairs_already_linked_and_two_keys() -> None:
    table = _table("About 80 residents were cut off.", "The flood killed 132 residents.")
    assert table.candidates(lambda i, j: True) == []
    assert _texts(table, table.candidates(lambda i, j: False)) == []      # (two keys: cut off, killed)


def test_a_row_has_every_feature() -> None:
    table = _table(COURIER, HERALD)
    pairs = table.candidates(lambda i, j: False)
    assert pairs and all(len(table.row(i, j)) == len(FEATURES) for i, j in pairs)


def _stump(feature: int, threshold: float, low: float, high: float) -> dict:
    return {"feature": [feature, 0, 0], "threshold": [threshold, 0.0, 0.0], "left": [1, 0, 0], "right": [2, 0, 0],
            "leaf": [False, True, True], "value": [0.0, low, high]}


def test_the_model_adds_the_leaves_of_its_trees_to_its_baseline() -> None:
    model = PairModel({"version": MODEL_VERSION, "features": list(FEATURES), "threshold": 0.5, "baseline": -1.0,
                       "depth": 2, "trees": [_stump(0, 0.5, 0.0, 3.0), _stump(1, 2.0, -1.0, 1.0)]})
    rows = np.zeros((3, len(FEATURES)))
    rows[1, 0] = 0.9             # first tree: right (+3)
    rows[2, :2] = (0.9, 5.0)     # both trees right (+3, +1)
    expected = 1.0 / (1.0 + np.exp(-np.array([-2.0, 1.0, 3.0])))
    assert np.allclose(model.scores(rows), expected)


def test_a_model_of_other_features_is_refused() -> None:
    with pytest.raises(ValueError):
        PairModel({"version": MODEL_VERSION, "features": ["jac"], "threshold": 0.5, "baseline": 0.0, "depth": 1,
                   "trees": []})


def test_the_shipped_model_reads_and_scores_between_nought_and_one() -> None:
    model = pair_model()
    assert model is not None and 0.5 <= model.threshold < 1.0
    table = _table(COURIER, HERALD)
    rows = np.asarray([table.row(i, j) for i, j in table.candidates(lambda i, j: False)])
    scores = model.scores(rows)
    assert ((scores >= 0) & (scores <= 1)).all()


def test_with_no_model_the_step_links_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_pairs, "pair_model", lambda: None)
    uses, keys = figure_uses([undated(f"a{n}", t) for n, t in enumerate((COURIER, HERALD, DIGEST, GAZETTE))], None)
    assert learned_pairs.learned_pairs(uses, keys, set(), lambda i, j: False, {"a0", "a1", "a2", "a3"}) == []
    assert found(COURIER, HERALD, DIGEST, GAZETTE) == []


def test_the_model_file_is_plain_json_of_the_features_read() -> None:
    from importlib import resources
    data = json.loads(resources.files("reader.analysis.data").joinpath("pair_model.json").read_text())
    assert data["version"] == MODEL_VERSION and tuple(data["features"]) == FEATURES
    probes = Path(__file__).resolve().parents[1] / "benchmarks" / "probes"
    assert data["probes"] and all((probes / name / "truth.json").is_file() for name in data["probes"])


_SENTENCE = st.sampled_from([
    "The tank was {} percent full.", "About {} residents were cut off.", "The generator ran for {} minutes.",
    "It cost ${} million.", "Shares fell {}%.", "Crews needed {} hours to reach them.", "{} people were hurt."])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_SENTENCE, st.integers(1, 900), st.integers(0, 2)), min_size=2, max_size=9))
def test_pairs_are_of_two_articles_and_never_far_apart(parts: list[tuple[str, int, int]]) -> None:
    bodies = ["", "", ""]
    for sentence, value, article in parts:
        bodies[article] += sentence.format(value) + " "
    uses, keys = figure_uses([undated(f"a{n}", b) for n, b in enumerate(bodies) if b], None)
    table = PairFeatures(uses, keys, set())
    for i, j in learned_pairs.learned_pairs(uses, keys, set(), lambda i, j: False, {"a0", "a1", "a2"}):
        ri, rj = table.read[i], table.read[j]
        assert uses[i].article != uses[j].article and ri is not None and rj is not None
        assert ri.family == rj.family and max(ri.base, rj.base) <= MAX_RATIO * min(ri.base, rj.base)


def test_lines_of_a_list_of_results_are_no_candidates() -> None:
    table = _table("Federico Colonna (Italy) Mapei three hours 43 mins five secs.",
                   "Olaf Ludwig (Germany) Telekom 4 hours 48 mins 2 seconds.")
    assert table.candidates(lambda i, j: False) == []
    prose = _table("The riders spent about three hours on the mountain stage in the rain, the organisers said.",
                   "The riders spent more than four hours on the mountain stage, the organisers said.")
    assert prose.candidates(lambda i, j: False) != []


def _story() -> Story:
    from reader.analysis.story import analyse_story
    return analyse_story([undated(n, t) for n, t in (("courier", COURIER), ("herald", HERALD), ("digest", DIGEST),
                                                    ("gazette", GAZETTE))])


def test_a_conflict_the_model_holds_together_says_so_in_json_the_story_screen_and_the_reports() -> None:
    from reader.analysis.conflicts import LEARNED_NOTE
    from reader.analysis.story import story_json
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown
    from reader.tui.screens.story_sections import conflicts_text
    story = _story()
    [conflict] = story_json(story)["conflicts"]
    assert conflict["learned"] is True and conflict["shared_text"] is False
    assert LEARNED_NOTE in conflicts_text(story).plain
    assert LEARNED_NOTE in story_markdown(story)
    assert "read as one quantity by the learned pair model" in story_html(story)


def test_a_conflict_of_the_rules_is_not_marked_learned() -> None:
    from reader.analysis.conflicts import find_conflicts
    from tests.test_conflicts_support import conflicts_of
    [conflict] = find_conflicts([undated("a", "The blaze killed 12 people, police said."),
                                 undated("b", "The blaze killed 15 people, police said.")])
    assert not conflict.learned and conflict.to_json()["learned"] is False
    assert conflicts_of("The blaze killed 12 people.", "The blaze killed 15 people.") == [[12, 15]]
