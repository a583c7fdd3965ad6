"""``reader stories --engine spark`` groups exactly as the local engine (issue 15 item 4).

A small library is generated here (a few stories told by wire copies, rewrites and
independent reports, a later event in the same place, unrelated articles, and a footer
every article carries, so the star join of very common seeds runs too) and grouped by
both engines in Spark's local mode. One SparkSession serves the whole module (the JVM
takes seconds to start). The tests skip, saying why, when pyspark or Java is missing
here; on CI (``CI`` set) that is a failure, since .ci/run installs both.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import child_env

from reader.analysis import grouping, story_candidates
from reader.analysis.grouping import article_keys, candidate_pairs, group
from reader.analysis.story_groups import describe, story_json
from reader.library.loading import load_library
from reader.scale import spark_engine

# --- a generated library ------------------------------------------------------------------

FIRST = ["Maria", "Tomas", "Aisha", "Jonas", "Elena", "Rafael", "Ingrid", "Kofi", "Lucia", "Henrik", "Priya",
         "Oskar", "Fatima", "Dmitri", "Sofia", "Mateo", "Leila", "Bruno", "Hana", "Viktor"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Castellano", "Novak", "Haddad", "Brennan", "Takahashi", "Ferreira",
        "Kowalski", "Abernathy", "Vasquez", "Olsen", "Mbeki", "Rourke", "Petrov", "Achterberg", "Salazar"]
PLACES = ["Port Ellison", "Grantham Falls", "Kessington", "Marlow Bay", "Fairhaven", "Dunmore", "Ashcombe",
          "Carrick Ridge", "Westbrook", "Halden"]
ORGS = ["Harbour Authority", "Regional Water Board", "Meridian Rail", "Northgate Hospital", "County Council",
        "Tidewater Energy", "Calloway University", "Union of Dockworkers", "Sterling Mining", "Valley Transit"]
TOPICS = [
    ["flooding", "levee", "evacuation", "rainfall", "shelters", "sandbags", "rescue"],
    ["strike", "wages", "negotiations", "picket", "contract", "overtime", "ballot"],
    ["derailment", "carriages", "passengers", "signals", "investigators", "tracks", "inquiry"],
    ["outbreak", "infections", "vaccines", "clinics", "patients", "quarantine", "testing"],
    ["merger", "shareholders", "acquisition", "regulators", "valuation", "bidders", "takeover"],
    ["wildfire", "firefighters", "containment", "embers", "hectares", "evacuees", "smoke"],
    ["election", "candidates", "turnout", "ballots", "precincts", "recount", "campaign"],
    ["earthquake", "aftershocks", "rubble", "magnitude", "engineers", "collapse", "survivors"],
]
FILLER = ["officials", "residents", "statement", "morning", "afternoon", "weekend", "reporters", "community",
          "decision", "process", "families", "schedule", "district", "spokesperson", "meeting", "details"]
TEMPLATES = [
    "{p} of the {o} said on {day} that the {t0} in {pl} had forced {n} {f0} to change plans.",
    "According to {p}, the {t1} began shortly after {f1} gathered near the {o} offices in {pl}.",
    "\u201cWe have never seen {t2} on this scale,\u201d {p} told {f0} outside the {o} building.",
    "The {o} confirmed {n} cases of {t3} linked to the {t0}, and said more {t4} were expected.",
    "In {pl}, {f1} described the {t5} as the worst since records began, with {t6} everywhere.",
    "{p} added that the {o} would publish a full account of the {t4} within {k} days.",
    "Local {f0} said the {t1} had disrupted the {f2} for {k} days and cost about {n} dollars.",
    "A second {o} briefing, led by {p}, promised new rules on {t2} and {t3} before the {f2} ends.",
    "Critics of the {o} argued that the {t5} in {pl} had been predicted by {f1} years ago.",
    "By evening the {t6} near {pl} had eased, and {p} thanked the {f0} for their patience.",
]
FOOTER = ("\n\nThis article is part of the Lantern Syndicate network of local newsrooms; republished under the "
          "network's standard agreement with every member outlet of the cooperative.\n")


def _sentence(rng: random.Random, story: dict, template: str) -> str:
    topic = story["topic"]
    return template.format(
        p=rng.choice(story["people"]), o=story["org"], pl=story["place"],
        day=story["date"].strftime("%A"), n=rng.randrange(120, 9000), k=rng.randrange(2, 30),
        f0=rng.choice(FILLER), f1=rng.choice(FILLER), f2=rng.choice(FILLER),
        **{f"t{i}": topic[i] for i in range(7)})


def _article(folder: Path, name: str, outlet: str, date: dt.date | None, title: str, body: str) -> None:
    front = [f"title: {json.dumps(title)}", f"outlet: {json.dumps(outlet)}"]
    if date is not None:
        front.append(f"published: {date.isoformat()}")
    (folder / f"{name}.md").write_text("---\n" + "\n".join(front) + "\n---\n\n" + body + FOOTER, encoding="utf-8")


def write_library(folder: Path, stories: int = 5, copies: int = 4, reports: int = 2, unrelated: int = 6,
                  seed: int = 15) -> int:
    """Write a library of ``stories`` events (each: one wire text, ``copies`` edited copies of
    it, ``reports`` independent reports naming the same people and place) plus a later,
    different event in the first story's place and ``unrelated`` articles; every article
    carries the same network footer. Returns how many files were written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    start = dt.date(2026, 3, 2)
    written = 0
    events = []
    for s in range(stories + 1 + unrelated):
        events.append({"people": [names.pop() for _ in range(3)], "org": ORGS[s % len(ORGS)],
                       "place": PLACES[s % len(PLACES)], "topic": TOPICS[s % len(TOPICS)],
                       "date": start + dt.timedelta(days=9 * s)})
    for s, story in enumerate(events[:stories]):
        wire = [_sentence(rng, story, t) for t in TEMPLATES]
        title = f"{story['topic'][0].capitalize()} in {story['place']}"
        _article(folder, f"s{s}-wire", "Wire Service", story["date"], title, "\n\n".join(wire))
        written += 1
        for c in range(copies):
            kept = [line for line in wire if rng.random() < 0.75] or wire[:3]
            edited = [line.replace(" said ", " stated ") if rng.random() < 0.5 else line for line in kept]
            day = story["date"] + dt.timedelta(days=rng.randrange(0, 3))
            _article(folder, f"s{s}-copy{c}", f"Outlet {c}", day if c % 3 else None, f"{title}: update {c}",
                     "\n\n".join(edited))
            written += 1
        for r in range(reports):
            own = [_sentence(rng, story, rng.choice(TEMPLATES)) for _ in range(7)]
            _article(folder, f"s{s}-report{r}", f"Daily {r}", story["date"] + dt.timedelta(days=1),
                     f"What happened in {story['place']}", "\n\n".join(own))
            written += 1
    later = dict(events[stories], place=events[0]["place"], date=events[0]["date"] + dt.timedelta(days=60))
    _article(folder, "later-event", "Wire Service", later["date"], f"Another {later['topic'][0]}",
             "\n\n".join(_sentence(rng, later, t) for t in TEMPLATES))
    written += 1
    for u, other in enumerate(events[stories + 1:]):
        text = "\n\n".join(_sentence(rng, other, rng.choice(TEMPLATES)) for _ in range(6))
        _article(folder, f"unrelated-{u}", "The Gazette", other["date"], f"Report {u}", text)
        written += 1
    (folder / "broken.md").write_bytes(b"---\ntitle: [unclosed\n---\n\n")  # an empty body: skipped, warned
    return written


# --- the session ----------------------------------------------------------------------------


def _spark_missing() -> str | None:
    try:
        spark_engine.check_available()
    except spark_engine.SparkUnavailable as exc:
        return str(exc)
    return None


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    missing = _spark_missing()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI installs pyspark and Java (.ci/run), yet: {missing}", pytrace=False)
        pytest.skip(missing)
    log = tmp_path_factory.mktemp("spark") / "spark.log"
    session = spark_engine.start_session("local[2]", log)
    session.spark.conf.set("spark.sql.shuffle.partitions", "4")  # tiny data: few, small shuffle tasks
    yield session.spark
    session.stop()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    assert write_library(folder) == 42
    return folder


def _local(folder: Path) -> tuple[list, dict, list]:
    keys = [article_keys(a) for a in load_library([folder]).articles]
    pairs = candidate_pairs(keys)
    return keys, pairs, group(keys, pairs)


# --- the tests ------------------------------------------------------------------------------


def test_spark_groups_as_the_local_engine(spark, library):
    keys, pairs, groups = _local(library)
    found = spark_engine.spark_grouping(spark, [library], partitions=3)
    assert [k.article_id for k in found.keys] == [k.article_id for k in keys]
    assert [len(k.seeds) for k in found.keys] == [len(k.seeds) for k in keys]
    assert [(k.keys, k.dates, k.opening_dates) for k in found.keys] == [(k.keys, k.dates, k.opening_dates)
                                                                         for k in keys]
    assert any(k.opening_dates for k in keys)  # group() reads them (grouping.dated_apart)
    assert found.pairs == pairs
    assert found.groups == groups
    # the library is worth the comparison: stories of several members, singletons, star seeds
    sizes = sorted(len(g.members) for g in groups)
    assert sizes.count(1) >= 3 and sum(1 for s in sizes if s >= 3) >= 3, sizes
    _, seed_df = np.unique(np.concatenate([k.seeds for k in keys]), return_counts=True)
    assert seed_df.max() >= grouping.SEED_STAR_DF  # the footer's seeds: joined as a star
    assert any(e.shared_seeds and e.shared_seeds < grouping.LINK_SEEDS for e in pairs.values())
    assert [i.path for i in found.issues] == [str(library / "broken.md")]


def test_spark_self_join_matches_the_local_join_at_every_cap(spark):
    """The caps and the star: random postings, document frequencies from 1 to 40, joined
    by Spark and by the local engine's numpy join at several (max_df, star_df)."""
    rng = np.random.default_rng(4)
    n = 60
    rows = sorted({(int(d), int(h)) for h in range(80) for d in rng.choice(n, size=int(rng.integers(1, 41)),
                                                                            replace=False)})
    docs = np.array([d for d, _ in rows], dtype=np.int64)
    values = np.array([h for _, h in rows], dtype=np.uint64)
    postings = spark.createDataFrame(rows, "doc long, h long").repartition(3)
    # no cap, no star; both; tiny lists only (rare: those of at most rare_df carriers)
    for max_df, star_df, rare_df in [(40, 41, 12), (25, 8, 7), (5, 3, 0)]:
        codes, counts, rare = story_candidates._join(values, docs, n, max_df, star_df, rare_df)
        want = {(int(c) // n, int(c) % n): (int(k), int(r)) for c, k, r in zip(codes, counts, rare, strict=True)}
        got = {(r["i"], r["j"]): (r["shared"], r["rare"])
               for r in spark_engine.self_join(postings, max_df, star_df, rare_df).collect()}
        assert got == want, (max_df, star_df, rare_df)
        assert any(r for _, r in want.values()) == (rare_df >= 2)


def test_cli_writes_stories_json_and_parquet(spark, library, tmp_path):
    """In-process (the module's session is reused): the stories are those of the local
    engine, as JSON and as Parquet."""
    from reader.cli import main

    out = tmp_path / "out"
    assert main(["stories", "--engine", "spark", str(library), "--out", str(out)]) == 0
    stories = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    _, _, groups = _local(library)
    assert [s["articles"] for s in stories] == [list(g.article_ids) for g in groups]
    table = spark.read.parquet(str(out / "stories.parquet")).collect()
    by_id = sorted((r.asDict() for r in table), key=lambda s: s["id"])
    assert by_id == sorted(stories, key=lambda s: s["id"])  # the same rows, the same fields
    assert set(table[0].asDict()) == set(story_json(describe(groups[0], load_library([library]).articles)))


def test_importing_the_engine_starts_no_spark(tmp_path):
    code = "import sys, reader.scale.spark_engine, reader.cli.commands.stories_spark; " \
           "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j')))"
    done = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True, encoding="utf-8",
                          timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_missing_java_is_one_line_and_exit_1(run_reader, library):
    if not os.environ.get("CI"):
        pytest.importorskip("pyspark", reason="pyspark is not installed here (its absence is the next test)")
    env = child_env(JAVA_HOME=str(run_reader.cwd / "no-java"))
    done = run_reader("stories", "--engine", "spark", str(library), env=env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "Java" in done.stderr and "openjdk-17-jre-headless" in done.stderr


def test_missing_pyspark_is_one_line_and_exit_1(tmp_path, library):
    code = "import sys; sys.modules['pyspark'] = None; from reader.cli import main; " \
           f"sys.exit(main(['stories', '--engine', 'spark', {str(library)!r}]))"
    done = subprocess.run([sys.executable, "-c", code], env=child_env(), capture_output=True, encoding="utf-8",
                          timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "pyspark" in done.stderr and "reader[spark]" in done.stderr


def test_spark_options_need_the_spark_engine(run_reader):
    for option in (["--out", "x"], ["--spark-master", "local[2]"]):
        done = run_reader("stories", *option)
        assert done.returncode == 2 and "needs --engine spark" in done.stderr, done.stderr


def test_a_failed_job_is_told_by_the_executor_s_python_error():
    trace = ("An error occurred while calling o55.toLocalIterator.\n: org.apache.spark.SparkException: Job aborted"
             "\nTraceback (most recent call last):\n  File \"worker.py\", line 1\n"
             "ModuleNotFoundError: No module named 'reader'\n\tat org.apache.spark.api.python.BasePythonRunner")
    assert spark_engine.failure_reason(Exception(trace)) == "ModuleNotFoundError: No module named 'reader'"
    assert spark_engine.failure_reason(Exception("no route to host\nmore")) == "no route to host"
