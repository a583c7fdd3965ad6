"""``reader stories --engine spark``: the grouping's candidate generation on PySpark.

The local engine (:mod:`reader.analysis.grouping`) reduces each article to its
:class:`~reader.analysis.grouping.ArticleKeys`, self-joins the seeds and the keys through
an inverted index (:func:`~reader.analysis.grouping.candidate_pairs`) and groups the kept
pairs (:func:`~reader.analysis.grouping.group`). Here the first two steps are Spark jobs,
so they scale with the cluster, and the third is the very same function on the driver:

1. The driver lists the article files (as :func:`reader.library.loading.load_library`
   walks them) and hands out their paths. Each executor loads its files and computes their
   keys with reader's own functions (``mapPartitions`` over
   :func:`reader.library.loading.load_file` and
   :func:`~reader.analysis.grouping.article_keys`), so hashing and tokenising are those of
   the local engine, byte for byte. The keys are kept in memory (spilling to disk).
2. The small per-article part (id, title, outlet, date, keys, how many seeds) is collected,
   and ids are made unique in file order, exactly as the library loader does.
3. Seeds and keys are exploded to (hash, article) postings; each hash's document frequency
   and first carrier come from one window over the hash; hashes above the same maximum
   document frequency are dropped, those of ``2 .. star_df - 1`` carriers are self-joined
   on the hash (every pair), longer ones pair their first carrier with each other one (a
   star), as :func:`~reader.analysis.grouping.candidate_pairs` does. Pairs are counted (and
   their shared seeds of at most ``RARE_SEED_DF`` carriers), the seed and key counts
   joined, and :func:`~reader.analysis.grouping.keep_pair`'s thresholds applied as column
   conditions (and ``keep_pair`` itself again on the driver).
4. The kept pairs are collected and :func:`~reader.analysis.grouping.group` runs on them.

Seed hashes are unsigned 64-bit; Spark has only signed longs, so they travel as the same
64 bits read as ``int64`` (equality, all a join needs, is unchanged). ``group`` reads only
how many seeds an article has, so the driver never collects the seeds themselves: each
article's ``seeds`` is a zero-stride array of that length (see :func:`_seed_count`).

pyspark is imported only by the functions that need it, and Java is started only by
:func:`start_session`: importing this module costs nothing. docs/scaling.md has the
partitioning, memory and cluster arithmetic.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from reader.analysis.grouping import (
    KEY_MAX_DF,
    MIN_PAIR_KEYS,
    MIN_PAIR_SEEDS,
    RARE_SEED_DF,
    SEED_STAR_DF,
    ArticleKeys,
    PairEvidence,
    StoryGroup,
    article_keys,
    group,
    keep_pair,
    key_max_df,
    seed_max_df,
)
from reader.analysis.story_groups import article_paths
from reader.library.loading import LoadIssue, load_file, with_unique_id
from reader.library.model import Article

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pyspark.sql import DataFrame, SparkSession

LOCAL_MASTER = "local[*]"
MIN_JAVA = 17                  # pyspark 4 runs on Java 17 or 21 (3.5 also on 8 and 11)
ARTICLES_PER_PARTITION = 2_000  # input partitions: about this many articles each ...
MIN_TASKS_PER_CORE = 3          # ... and at least this many per core, so no core idles
SHUFFLE_POSTINGS = 2_000_000    # shuffle partitions: about this many postings each
STEPS = 4                       # progress: starting Spark, keying, self-joins, grouping
INSTALL_HINT = "pip install 'reader[spark]'"
JAVA_HINT = "Debian: apt-get install openjdk-17-jre-headless"


class SparkUnavailable(Exception):
    """pyspark or Java is missing, or Spark did not start: one line says which."""


# --- availability and the session -------------------------------------------------------


def check_available() -> None:
    """Raise :class:`SparkUnavailable` unless pyspark can be imported and a Java of
    version :data:`MIN_JAVA` or newer can be run. Starts no JVM."""
    try:
        import pyspark
    except ImportError:
        raise SparkUnavailable(f"--engine spark needs pyspark, which is not installed ({INSTALL_HINT})") from None
    need = MIN_JAVA if int(pyspark.__version__.split(".")[0]) >= 4 else 8
    java = java_command()
    if java is None:
        home = os.environ.get("JAVA_HOME")
        where = f"JAVA_HOME ({home}) has no bin/java" if home else "no JAVA_HOME, no java on PATH"
        raise SparkUnavailable(f"--engine spark needs Java {need} or newer, and none was found ({where}; {JAVA_HINT})")
    found = java_version(java)
    if found is None:
        raise SparkUnavailable(f"--engine spark needs Java {need} or newer: {java} -version did not run ({JAVA_HINT})")
    if found < need:
        raise SparkUnavailable(f"--engine spark needs Java {need} or newer; {java} is Java {found} ({JAVA_HINT})")


def java_command() -> str | None:
    """The java Spark will run: ``$JAVA_HOME/bin/java`` when JAVA_HOME is set (as
    Spark's launcher does), else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / "java"
        return str(candidate) if os.access(candidate, os.X_OK) else None
    return shutil.which("java")


def java_version(java: str) -> int | None:
    """The major version ``java -version`` reports (``1.8`` is 8), or None."""
    try:
        done = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if done.returncode != 0 or found is None:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def master_url(option: str | None) -> str:
    """``--spark-master``, else ``SPARK_MASTER``, else local mode on every core."""
    return option or os.environ.get("SPARK_MASTER") or LOCAL_MASTER


@dataclass
class Session:
    """A SparkSession and whether this run started it (then it stops it)."""

    spark: SparkSession
    owned: bool
    log: Path | None = None

    def stop(self) -> None:
        if self.owned:
            self.spark.stop()


def start_session(master: str, log: Path | None = None) -> Session:
    """The running SparkSession when there is one (a test's, a notebook's), else a new one
    on ``master``. The JVM's own output (Spark's log, Java's warnings) goes to ``log``
    (or is dropped), never to the terminal. In local mode the Python workers run this
    interpreter and find this reader, and Spark listens on the loopback address only."""
    check_available()
    from pyspark import SparkConf, SparkContext
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return Session(active, owned=False)
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        root = str(Path(__file__).resolve().parent.parent.parent)
        paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
        if root not in paths:
            os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, *paths]))
    conf = SparkConf().setMaster(master).setAppName("reader stories")
    defaults = {
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.adaptive.enabled": "true",          # coalesces small shuffle partitions
        "spark.python.worker.reuse": "true",
    }
    if master.startswith("local"):
        defaults["spark.ui.enabled"] = "false"
        defaults["spark.driver.host"] = "127.0.0.1"
    for key, value in defaults.items():
        if not conf.contains(key):
            conf.set(key, value)
    from pyspark.java_gateway import launch_gateway

    try:
        sink = open(log, "ab") if log is not None else open(os.devnull, "wb")  # noqa: SIM115 (the JVM keeps it)
    except OSError as exc:
        raise SparkUnavailable(f"cannot write the Spark log {log}: {exc.strerror or exc}") from None
    try:
        gateway = launch_gateway(conf, popen_kwargs={"stdout": sink, "stderr": sink})
        context = SparkContext(conf=conf, gateway=gateway)
        context.setLogLevel("WARN")
        spark = SparkSession(context)
    except Exception as exc:
        where = f"; see {log}" if log is not None else ""
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise SparkUnavailable(f"Spark did not start on {master}: {first}{where}") from None
    finally:
        sink.close()  # the JVM holds its own copy of the descriptor
    return Session(spark, owned=True, log=log)


def failure_reason(exc: BaseException) -> str:
    """One line for a failed Spark job: the innermost Python error an executor raised
    (``ModuleNotFoundError: No module named 'reader'`` on a worker without reader),
    else the exception's first line. The JVM's stack traces stay in the log."""
    text = str(exc).strip()
    errors = re.findall(r"^(?:[\w.]+\.)?(\w+(?:Error|Exception): .+)$", text, flags=re.MULTILINE)
    if errors:
        return errors[-1].strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


# --- the pipeline -------------------------------------------------------------------------


@dataclass
class SparkGrouping:
    """What a Spark run found: the articles (metadata only: ``body`` is empty), their keys
    (``seeds`` as counts, see the module doc), the kept pairs and the stories."""

    articles: list[Article]
    keys: list[ArticleKeys]
    pairs: dict[tuple[int, int], PairEvidence]
    groups: list[StoryGroup]
    issues: list[LoadIssue] = field(default_factory=list)


def input_partitions(files: int, cores: int) -> int:
    """Input partitions: about :data:`ARTICLES_PER_PARTITION` files each, at least
    :data:`MIN_TASKS_PER_CORE` per core (and never more than there are files)."""
    return max(1, min(files, max(MIN_TASKS_PER_CORE * cores, math.ceil(files / ARTICLES_PER_PARTITION))))


def shuffle_partitions(postings: int, cores: int) -> int:
    """Shuffle partitions of the self-joins: about :data:`SHUFFLE_POSTINGS` postings each,
    at least one per core (adaptive execution then merges the small ones)."""
    return max(cores, math.ceil(postings / SHUFFLE_POSTINGS))


def spark_grouping(spark: SparkSession, sources: Sequence[str | os.PathLike[str]] | None,
                   partitions: int | None = None, shuffles: int | None = None) -> SparkGrouping:
    """Group the articles under ``sources`` (the bundled story and the user's library
    when empty) into stories, candidate pairs found by Spark (see the module doc).
    ``partitions`` and ``shuffles`` (input and shuffle partitions) default to
    :func:`input_partitions` and :func:`shuffle_partitions`."""
    issues: list[LoadIssue] = []
    return group_files(spark, article_paths(sources, issues), issues, partitions, shuffles)


def group_files(spark: SparkSession, paths: Sequence[Path], issues: list[LoadIssue] | None = None,
                partitions: int | None = None, shuffles: int | None = None,
                progress: Callable[[int, int, str], None] | None = None) -> SparkGrouping:
    """:func:`spark_grouping` of the files ``paths`` listed already (by
    :func:`article_paths`, whose ``issues`` come first in the result's). ``progress``
    is told each step as (step, STEPS, what); step 0 is starting Spark, the caller's."""
    from pyspark import StorageLevel

    issues = [] if issues is None else issues
    if not paths:
        return SparkGrouping([], [], {}, [], issues)
    step = progress or (lambda done, total, what: None)
    step(1, STEPS, f"keying {len(paths):,} files on Spark")
    context = spark.sparkContext
    slices = partitions or input_partitions(len(paths), context.defaultParallelism)
    jobs = context.parallelize(list(enumerate(str(p) for p in paths)), slices).mapPartitions(keys_of_partition)
    docs = spark.createDataFrame(jobs, _doc_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        articles, keys, ranks = _collect_articles(docs, issues)
        n = len(keys)
        pairs: dict[tuple[int, int], PairEvidence] = {}
        postings = sum(len(k.seeds) + len(k.keys) for k in keys)
        spark.conf.set("spark.sql.shuffle.partitions",
                       str(shuffles or shuffle_partitions(postings, context.defaultParallelism)))
        step(2, STEPS, f"self-joins of {postings:,} seeds and keys")
        if n >= 2:
            for row in _pair_counts(docs, n).toLocalIterator(prefetchPartitions=True):
                evidence = PairEvidence(int(row["shared_seeds"]), int(row["shared_keys"]), int(row["rare_seeds"]))
                if keep_pair(evidence):
                    pairs[(ranks[row["i"]], ranks[row["j"]])] = evidence
    finally:
        docs.unpersist()
    step(3, STEPS, f"grouping {len(keys):,} articles, {len(pairs):,} pairs")
    found = SparkGrouping(articles, keys, pairs, group(keys, pairs), issues)
    step(STEPS, STEPS, "done")
    return found


def keys_of_partition(rows: Iterable[tuple[int, str]]) -> Iterator[tuple[Any, ...]]:
    """On an executor: load each (position, path) and compute its keys, one row each (see
    :func:`_doc_schema`). A file that cannot be loaded gives a row with ``ok`` false and
    its problems, as the library loader reports them."""
    for position, name in rows:
        problems: list[LoadIssue] = []
        article = load_file(Path(name), problems)
        found = [(p.path, p.message, p.line) for p in problems]
        if article is None:
            yield (position, False, found, None, None, None, None, [], None, None, None, 0, False, None, [], [], [],
                   [])
            continue
        k = article_keys(article)
        yield (position, True, found, article.id, article.title, name, article.outlet, list(article.authors),
               article.published, article.url, article.language, article.words, article.title_derived,
               k.content_hash, np.asarray(k.seeds, dtype=np.uint64).view(np.int64).tolist(), sorted(k.keys),
               sorted(k.dates), sorted(k.opening_dates))


def _doc_schema() -> Any:
    from pyspark.sql import types as T

    text = T.StringType()
    issue = T.StructType([T.StructField("path", text), T.StructField("message", text),
                          T.StructField("line", T.IntegerType())])
    return T.StructType([
        T.StructField("pos", T.LongType(), False),
        T.StructField("ok", T.BooleanType(), False),
        T.StructField("issues", T.ArrayType(issue), False),
        *(T.StructField(name, text) for name in ("id", "title", "path", "outlet")),
        T.StructField("authors", T.ArrayType(text), False),
        *(T.StructField(name, text) for name in ("published", "url", "language")),
        T.StructField("words", T.LongType(), False),
        T.StructField("title_derived", T.BooleanType(), False),
        T.StructField("content_hash", text),
        T.StructField("seeds", T.ArrayType(T.LongType()), False),
        T.StructField("keys", T.ArrayType(text), False),
        T.StructField("dates", T.ArrayType(text), False),
        T.StructField("opening_dates", T.ArrayType(text), False),
    ])


def _collect_articles(docs: DataFrame, issues: list[LoadIssue]) -> tuple[list[Article], list[ArticleKeys],
                                                                          dict[int, int]]:
    """The articles and their keys on the driver, in file order, ids made unique as the
    library loader makes them; and each loaded file's position -> its article's index."""
    from pyspark.sql import functions as F

    small = docs.select(*(c for c in docs.columns if c != "seeds"), F.size("seeds").alias("n_seeds"))
    rows = small.orderBy("pos").toLocalIterator(prefetchPartitions=True)  # in file order, a partition at a time
    taken: set[str] = set()
    articles: list[Article] = []
    keys: list[ArticleKeys] = []
    ranks: dict[int, int] = {}
    for row in rows:
        issues.extend(LoadIssue(i["path"], i["message"], i["line"]) for i in row["issues"])
        if not row["ok"]:
            continue
        article = with_unique_id(Article(
            id=row["id"], body="", title=row["title"], path=Path(row["path"]), outlet=row["outlet"],
            authors=tuple(row["authors"]), published=row["published"], url=row["url"], language=row["language"],
            words=int(row["words"]), title_derived=bool(row["title_derived"])), taken)
        ranks[row["pos"]] = len(articles)
        articles.append(article)
        keys.append(ArticleKeys(article.id, _seed_count(int(row["n_seeds"])),
                                frozenset(sys.intern(w) for w in row["keys"]), row["published"],
                                row["content_hash"] or "", frozenset(row["dates"]), frozenset(row["opening_dates"])))
    return articles, keys, ranks


def _seed_count(n: int) -> np.ndarray:
    """An array of length ``n`` taking no memory: :func:`group` reads only how many seeds
    an article has, never which (the pairs already counted the shared ones)."""
    return np.broadcast_to(np.zeros(1, dtype=np.uint64), (n,))


def _pair_counts(docs: DataFrame, n: int) -> DataFrame:
    """Per candidate pair (``i`` < ``j``, file positions): ``shared_seeds`` and
    ``shared_keys`` as :func:`~reader.analysis.grouping.candidate_pairs` counts them,
    only the pairs its thresholds keep."""
    from pyspark.sql import functions as F

    loaded = docs.where(F.col("ok"))
    seeds = loaded.select(F.col("pos").alias("doc"), F.explode("seeds").alias("h"))
    words = loaded.select(F.col("pos").alias("doc"), F.explode("keys").alias("h"))
    seed_pairs = self_join(seeds, seed_max_df(n), SEED_STAR_DF, RARE_SEED_DF).withColumnRenamed(
        "shared", "shared_seeds").withColumnRenamed("rare", "rare_seeds")
    key_pairs = self_join(words, key_max_df(n), KEY_MAX_DF + 1).withColumnRenamed("shared", "shared_keys").drop("rare")
    both = seed_pairs.join(key_pairs, ["i", "j"], "full_outer").fillna(0, ["shared_seeds", "shared_keys",
                                                                            "rare_seeds"])
    return both.where((F.col("shared_seeds") >= MIN_PAIR_SEEDS) | (F.col("shared_keys") >= MIN_PAIR_KEYS))


def self_join(postings: DataFrame, max_df: int, star_df: int, rare_df: int = 0) -> DataFrame:
    """``postings`` (``doc``, ``h``: one row per article and hash, no repeats) joined with
    itself on the hash, giving (``i``, ``j``, ``shared``, ``rare``): how many hashes articles
    ``i`` < ``j`` share, and how many of those at most ``rare_df`` articles carry (below
    ``star_df``). A hash carried by more than ``max_df`` articles is dropped; one carried
    by ``star_df`` or more pairs its first carrier (lowest ``doc``) with each other one."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    by_hash = Window.partitionBy("h")
    counted = postings.select("doc", "h", F.count(F.lit(1)).over(by_hash).alias("df"),
                              F.min("doc").over(by_hash).alias("first"))
    small = counted.where((F.col("df") >= 2) & (F.col("df") < star_df) & (F.col("df") <= max_df)).select(
        "h", "doc", (F.col("df") <= rare_df).cast("int").alias("is_rare"))
    a, b = small.alias("a"), small.alias("b")
    every = a.join(b, (F.col("a.h") == F.col("b.h")) & (F.col("a.doc") < F.col("b.doc"))).select(
        F.col("a.doc").alias("i"), F.col("b.doc").alias("j"), F.col("a.is_rare").alias("is_rare"))
    star = counted.where((F.col("df") >= star_df) & (F.col("df") <= max_df) & (F.col("doc") != F.col("first")))
    pairs = every.unionByName(star.select(F.col("first").alias("i"), F.col("doc").alias("j"),
                                          F.lit(0).alias("is_rare")))
    return pairs.groupBy("i", "j").agg(F.count(F.lit(1)).alias("shared"), F.sum("is_rare").alias("rare"))


# --- output ---------------------------------------------------------------------------------


def story_schema() -> Any:
    """The Parquet schema of the stories: the fields of ``reader stories --json``
    (:func:`reader.analysis.story_groups.story_json`), one row per story."""
    from pyspark.sql import types as T

    text = T.StringType()
    return T.StructType([
        T.StructField("id", text, False),
        T.StructField("title", text, False),
        T.StructField("articles", T.ArrayType(text, False), False),
        T.StructField("size", T.IntegerType(), False),
        T.StructField("outlets", T.ArrayType(text, False), False),
        T.StructField("first_published", text, True),
        T.StructField("last_published", text, True),
        T.StructField("keywords", T.ArrayType(text, False), False),
    ])


def write_parquet(spark: SparkSession, stories: list[dict[str, Any]], path: str) -> None:
    """``stories`` (dicts of :func:`story_schema`'s fields) as a Parquet dataset at
    ``path``: a folder of part files, as Spark writes it, replaced when it exists."""
    schema = story_schema()
    rows = [tuple(story[name] for name in schema.fieldNames()) for story in stories]
    spark.createDataFrame(rows, schema).coalesce(1).write.mode("overwrite").parquet(path)
