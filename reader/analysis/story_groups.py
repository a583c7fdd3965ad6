"""The stories of a library: ``stories_of(library)`` for the CLI and the TUI.

Why separate from :mod:`reader.analysis.grouping`: grouping is pure and shared with the
Spark engine; this module adds what a local run needs around it: the keys of each
article read from :class:`reader.analysis.keys_store.KeysStore` (by content hash, so only
new or changed bodies are keyed, and a body carried by a thousand files once), the
missing ones computed in a process pool for large libraries, and each story's title
(its most central member's) and outlets.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from reader.analysis.file_manifest import FileManifest, Loaded, StatKey, stat_key
from reader.analysis.grouping import (
    ArticleKeys,
    StoryGroup,
    article_keys,
    article_terms,
    candidate_pairs,
    content_hash,
    group,
    seeds_of_many,
)
from reader.analysis.keys_store import KeysStore
from reader.analysis.pool import POOL_MIN, Progress, map_articles, workers
from reader.library.loading import LoadIssue, with_unique_id
from reader.library.model import Article
from reader.text.tokens import tokenize

Warn = Callable[[str], None]


class _Body:
    """What :func:`article_keys` reads of an article, sent to a worker."""

    __slots__ = ("body", "id", "published")

    def __init__(self, body: str) -> None:
        self.id = ""
        self.body = body
        self.published = None


BodyKeys = tuple[np.ndarray, frozenset[str], frozenset[str], frozenset[str]]  # seeds, keys, dates, opening's


def body_keys(body: str) -> BodyKeys:
    """The seeds, keys, dates and opening dates of one body, as :func:`article_keys`
    gives them."""
    found = article_keys(_Body(body))
    return found.seeds, found.keys, found.dates, found.opening_dates


def bodies_keys(bodies: Sequence[str]) -> list[BodyKeys]:
    """:func:`body_keys` of each body, the seeds of all computed at once (run in the
    pool's workers)."""
    tokens = [tokenize(b) for b in bodies]
    return [(seeds, *article_terms(t))
            for seeds, t in zip(seeds_of_many([t.norms for t in tokens]), tokens, strict=True)]


BODIES_CHUNK = 64            # bodies sent to a worker at a time


def update_index(articles: Sequence[Any], progress: Progress | None = None, warn: Warn | None = None,
                 store: KeysStore | None = None) -> tuple[KeysStore, list[str]]:
    """Key the articles whose bodies the store does not hold yet, and save it (for an
    import: adding one article to a large library keys that one). The store and the
    articles' content hashes."""
    store = KeysStore() if store is None else store
    if store.problem and warn is not None:
        warn(store.problem)
    digests = [content_hash(a.body) for a in articles]
    missing: dict[str, str] = {}
    for a, d in zip(articles, digests, strict=True):
        if store.get(d) is None and d not in missing:
            missing[d] = a.body
    if missing:
        bodies = list(missing.values())
        chunks = [bodies[k : k + BODIES_CHUNK] for k in range(0, len(bodies), BODIES_CHUNK)]
        found = [x for chunk in map_articles(bodies_keys, chunks, progress and _chunks_done(progress, chunks),
                                             "keying articles", pool_min=max(1, POOL_MIN // BODIES_CHUNK))
                 for x in chunk]
        for d, (seeds, keys, dates, opening) in zip(missing, found, strict=True):
            store.put(d, seeds, keys, dates, opening)
    store.save(keep=set(digests))
    return store, digests


def _chunks_done(progress: Progress, chunks: Sequence[Sequence[str]]) -> Progress:
    """``progress`` told in bodies, given chunks of them."""
    ends = np.cumsum([len(c) for c in chunks]).tolist()
    total = ends[-1] if ends else 0
    return lambda done, _total, what: progress(ends[done - 1] if done else 0, total, what)


def keys_of(articles: Sequence[Any], progress: Progress | None = None, warn: Warn | None = None,
            store: KeysStore | None = None) -> list[ArticleKeys]:
    """The :class:`ArticleKeys` of ``articles`` (``id``, ``body``, ``published``), from the
    store when their bodies were keyed before; the store is updated."""
    store, digests = update_index(articles, progress, warn, store)
    out = []
    for a, d in zip(articles, digests, strict=True):
        stored = store.get(d)
        assert stored is not None
        out.append(ArticleKeys(str(a.id), stored.seeds, stored.keys, a.published, d, stored.dates, stored.opening))
    return out


def stories_of(library: Any, progress: Progress | None = None, warn: Warn | None = None) -> list[StoryGroup]:
    """The stories of ``library`` (a Library, or a sequence of articles), largest first:
    every article in exactly one, each with its title and outlets."""
    articles = list(getattr(library, "articles", library))
    keys = keys_of(articles, progress, warn)
    if progress is not None:
        progress(0, 1, "grouping")
    groups = group(keys, candidate_pairs(keys))
    if progress is not None:
        progress(1, 1, "grouping")
    return [describe(g, articles) for g in groups]


def describe(story: StoryGroup, articles: Sequence[Any]) -> StoryGroup:
    """``story`` with its title (its central member's) and outlets (sorted, unique)."""
    outlets = sorted({articles[m].outlet for m in story.members if articles[m].outlet})
    return replace(story, title=str(articles[story.central].title), outlets=tuple(outlets))


def find_story(stories: Sequence[StoryGroup], ref: str) -> StoryGroup | None:
    """The story whose id is ``ref`` or starts with it (when only one does)."""
    exact = [s for s in stories if s.id == ref]
    if exact:
        return exact[0]
    starts = [s for s in stories if len(ref) >= 4 and s.id.startswith(ref)]
    return starts[0] if len(starts) == 1 else None


def looks_like_story_id(ref: str) -> bool:
    """``s`` and 4 to 10 hex digits: the shape of a story id (or of a prefix of one)."""
    return len(ref) in range(5, 12) and ref[0] == "s" and all(c in "0123456789abcdef" for c in ref[1:])


def story_json(story: StoryGroup) -> dict:
    """The stable JSON of one story (``reader stories --json``)."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.article_ids),
        "size": len(story.members),
        "outlets": list(story.outlets),
        "first_published": story.first_published,
        "last_published": story.last_published,
        "keywords": list(story.keywords),
    }


# --- a library read from its files, in a pool ------------------------------------------
#
# ``reader stories PATH`` need not hold the library's bodies: each worker reads a chunk of
# files, hashes each body, keys those whose hash the store does not hold, and sends back
# the article without its body, its hash and (when new) its keys. Reading the files was
# done in the main process, one after the other (14 s of CPU for 100,000 files), and every
# body was then pickled to a worker to be keyed.

FILES_CHUNK = 250            # files a worker reads and keys per task
_known: frozenset[str] = frozenset()


@dataclass
class Keyed:
    """Articles (bodies left out: ``body`` is ``""``), in library order with ids made unique
    as the loader makes them, their keys, and the problems met reading the files."""

    articles: list[Article] = field(default_factory=list)
    keys: list[ArticleKeys] = field(default_factory=list)
    issues: list[LoadIssue] = field(default_factory=list)


def article_paths(sources: Sequence[str | os.PathLike[str]] | None, issues: list[LoadIssue]) -> list[Path]:
    """The files :func:`reader.library.loading.load_library` reads, in its order."""
    from reader.library import loading
    from reader.library.resources import bundled_articles_dir

    if not sources:
        sources = [bundled_articles_dir(), *loading._user_library()]
    return list(loading._expand(sources, issues))


def key_files(sources: Sequence[str | os.PathLike[str]] | None, progress: Progress | None = None,
              warn: Warn | None = None, store: KeysStore | None = None,
              manifest: FileManifest | None = None) -> Keyed:
    """The articles under ``sources`` (the bundled story and the user's library when
    empty) and their keys. A file the manifest saw with the same ``stat`` and whose body
    the store holds is not read; the others are read (and bodies the store does not hold
    keyed) in a process pool above ``POOL_MIN`` files. The store and manifest are updated."""
    out = Keyed()
    found_paths = article_paths(sources, out.issues)
    paths = [str(p) for p in found_paths]
    store = KeysStore() if store is None else store
    manifest = FileManifest() if manifest is None else manifest
    for problem in (store.problem, manifest.problem):
        if problem and warn is not None:
            warn(problem)
    loaded: list[Loaded | None] = [None] * len(paths)
    todo: list[int] = []
    for i, path in enumerate(paths):
        seen = manifest.get(path, stat_key(path), found_paths[i])
        if seen is not None and (seen.article is None or store.get(seen.digest) is not None):
            loaded[i] = seen
        else:
            todo.append(i)
    chunks = [[paths[i] for i in todo[k : k + FILES_CHUNK]] for k in range(0, len(todo), FILES_CHUNK)]
    done, at = len(paths) - len(todo), 0
    for rows in _map_chunks(chunks, frozenset(store.entries)):
        for found, issues, digest, terms, key in rows:
            if terms is not None:
                store.put(digest, *terms)
            loaded[todo[at]] = seen = Loaded(found, digest, issues)
            manifest.put(paths[todo[at]], key, seen)
            at += 1
        done += len(rows)
        if progress is not None:
            progress(done, len(paths), "reading and keying files")
    taken: set[str] = set()
    for seen in loaded:
        assert seen is not None
        out.issues.extend(LoadIssue(*issue) for issue in seen.issues)
        if seen.article is None:
            continue
        stored = store.get(seen.digest)
        assert stored is not None, "the first copy of a body in each chunk is keyed"
        article = with_unique_id(seen.article, taken)
        out.articles.append(article)
        out.keys.append(ArticleKeys(article.id, stored.seeds, stored.keys, article.published, seen.digest,
                                    stored.dates, stored.opening))
    store.save(keep={k.content_hash for k in out.keys})
    manifest.save(keep=set(paths))
    return out


def _map_chunks(chunks: list[list[str]], known: frozenset[str]) -> Iterator[list[_Row]]:
    """:func:`_key_chunk` of each chunk, in order: in a pool when there is more than one
    chunk's worth of files and more than one core."""
    global _known
    n = workers()
    if sum(len(c) for c in chunks) <= POOL_MIN or n < 2 or len(chunks) < 2:
        _known = known
        try:
            yield from map(_key_chunk, chunks)
        finally:
            _known = frozenset()
        return
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork when this process runs one thread (nothing imported again, ``known`` inherited),
    # else forkserver (the TUI calls from a thread; forking a threaded process can deadlock)
    method = "fork" if "fork" in methods and threading.active_count() == 1 else (
        "forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method),
                             initializer=_set_known, initargs=(known,)) as pool:
        yield from pool.map(_key_chunk, chunks)


def _set_known(known: frozenset[str]) -> None:
    global _known
    _known = known


_Row = tuple[Article | None, list[tuple[str, str, int | None]], str, BodyKeys | None, StatKey | None]


def _key_chunk(paths: list[str]) -> list[_Row]:
    """In a worker: each file loaded, its body hashed and, unless the store holds that
    hash (or this chunk keyed it already), keyed; the article goes back without its body."""
    from reader.library.loading import load_file

    rows: list[_Row] = []
    keyed: set[str] = set()
    todo: list[tuple[int, str]] = []
    for name in paths:
        issues: list[LoadIssue] = []
        key = stat_key(name)  # before reading: a file changed meanwhile is read again next time
        article = load_file(Path(name), issues)
        problems = [(i.path, i.message, i.line) for i in issues]
        if article is None:
            rows.append((None, problems, "", None, key))
            continue
        digest = content_hash(article.body)
        if digest not in _known and digest not in keyed:
            keyed.add(digest)
            todo.append((len(rows), article.body))
        rows.append((replace(article, body=""), problems, digest, None, key))
    for (k, _), terms in zip(todo, bodies_keys([body for _, body in todo]), strict=True):
        found, problems, digest, _, key = rows[k]
        rows[k] = (found, problems, digest, terms, key)
    return rows


def files_grouped(sources: Sequence[str | os.PathLike[str]] | None, progress: Progress | None = None,
                  warn: Warn | None = None) -> tuple[Keyed, list[StoryGroup]]:
    """The articles under ``sources`` (bodies left out) and their stories, described."""
    keyed = key_files(sources, progress, warn)
    if progress is not None:
        progress(0, 1, "grouping")
    groups = group(keyed.keys, candidate_pairs(keyed.keys))
    if progress is not None:
        progress(1, 1, "grouping")
    return keyed, [describe(g, keyed.articles) for g in groups]
