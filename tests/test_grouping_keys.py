"""The keys of an article computed fast (arrays, words counted once, seeds of many texts
at once) are those of the plain definitions; a library read from its files in a pool is
grouped as the same library loaded whole. Texts are generated or written here."""

from __future__ import annotations

import json
import os
import random
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.scale import salad_library
from reader.analysis import grouping as G
from reader.analysis import story_groups, story_keys
from reader.analysis.file_manifest import FileManifest, manifest_path
from reader.analysis.keys_store import KeysStore
from reader.analysis.story_groups import files_grouped, key_files, stories_of
from reader.engine.index import seed_hashes
from reader.library.loading import load_library
from reader.text.tokens import STOPWORDS, tokenize


def plain_key_words(text: str) -> frozenset[str]:
    """The definition of :func:`G.key_words`, one token at a time."""
    tokens = tokenize(text)
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    prev_end = 0
    for start, end, norm in zip(tokens.starts, tokens.ends, tokens.norms, strict=True):
        gap = text[prev_end:start]
        initial = prev_end == 0 or any(c in story_keys.SENTENCE_BREAKS for c in gap) or text[prev_end - 1] in ".!?"
        prev_end = end
        if norm in STOPWORDS:
            continue
        if norm.isdigit():
            if len(norm) >= G.MIN_NAME_LEN:
                names[norm] += 1
        elif text[start].isupper():
            if not initial and len(norm) >= G.MIN_NAME_LEN:
                names[norm] += 1
        elif len(norm) >= G.MIN_CONTENT_LEN and norm.isalpha():
            words[norm] += 1
    return frozenset(story_keys._most(names, G.MAX_NAME_KEYS, 1) + story_keys._most(words, G.CONTENT_KEYS, 2))


PIECES = ["Harrow", "harrow", "Élodie", "élodie", "Øster", "ÆON", "Ünal", "Ǆemal", "ǅemal", "İzmir", "the", "The",
          "of", "And", "2024", "１２３", "٣٤٥", "12", "U.S", "it's", "Mirewood", "mirewood", "quietly", "quietly",
          "Σοφία", "σοφία", "東京", "ß", "river-bank", "Kollar-Kotelly", "Ⅻ", "x²", "3rd"]
GAPS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", ": ", " “", "” ", " — ", " – ", " - ", " ‘", "' ",
        " (", ") ", "; ", "... ", " \"", "\" "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=60),
       st.sampled_from(["", " ", "\n", "“"]))
def test_key_words_are_those_of_the_plain_definition(pieces, lead):
    text = lead + "".join(word + gap for word, gap in pieces)
    assert G.key_words(tokenize(text)) == plain_key_words(text)


def test_key_words_of_generated_articles_are_those_of_the_plain_definition():
    lib = salad_library(60, seed=11)
    for body in lib.bodies:
        assert G.key_words(tokenize(body)) == plain_key_words(body)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*PIECES, "a", "to", "in"]), max_size=14).map(" ".join), max_size=6))
def test_seeds_of_many_texts_are_the_seed_index_s(texts):
    tokens = [tokenize(t) for t in texts]
    found = G.seeds_of_many([t.norms for t in tokens])
    assert len(found) == len(texts)
    for got, t in zip(found, tokens, strict=True):
        assert np.array_equal(got, seed_hashes(t)) and got.dtype == np.uint64
        assert np.array_equal(G.seeds_of(t), got)


def test_seeds_of_many_long_texts_side_by_side():
    lib = salad_library(40, seed=12)
    tokens = [tokenize(b) for b in lib.bodies]
    rng = random.Random(4)
    for _ in range(5):
        picked = rng.sample(tokens, rng.randint(1, 12))
        for got, t in zip(G.seeds_of_many([t.norms for t in picked]), picked, strict=True):
            assert np.array_equal(got, seed_hashes(t))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    lib = salad_library(160, seed=13)
    target = tmp_path_factory.mktemp("lib")
    lib.write(target)
    (target / "empty.md").write_text("", encoding="utf-8")           # a problem, reported in its place
    (target / "twin.md").write_text((target / f"{lib.ids[0]}.md").read_text(encoding="utf-8"), encoding="utf-8")
    return target


@pytest.mark.parametrize("workers", ["1", "2"])
def test_files_read_in_a_pool_are_grouped_as_the_loaded_library(folder, tmp_path, monkeypatch, workers):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / workers))
    monkeypatch.setenv("READER_WORKERS", workers)
    library = load_library([folder])
    keyed, stories = files_grouped([folder])
    assert [a.id for a in keyed.articles] == [a.id for a in library.articles]
    assert all(a.body == "" for a in keyed.articles)
    assert [str(i) for i in keyed.issues] == [str(i) for i in library.issues] and keyed.issues
    expected = stories_of(library)
    assert [(s.id, s.article_ids, s.title, s.outlets) for s in stories] == \
           [(s.id, s.article_ids, s.title, s.outlets) for s in expected]
    # warm: nothing is keyed again (counted in this process), the same stories
    assert len(KeysStore().entries) == len({k.content_hash for k in keyed.keys})
    monkeypatch.setenv("READER_WORKERS", "1")
    keyed_again: list[str] = []
    real = story_groups.bodies_keys
    monkeypatch.setattr(story_groups, "bodies_keys", lambda bodies: keyed_again.extend(bodies) or real(bodies))
    again = key_files([folder])
    assert keyed_again == [] and [k.article_id for k in again.keys] == [k.article_id for k in keyed.keys]
    assert files_grouped([folder])[1] == stories
    (folder / "zz-new.md").write_text("---\ntitle: New\n---\nA new text about Harrow and Mirewood.\n", encoding="utf-8")
    try:
        assert len(key_files([folder]).keys) == len(keyed.keys) + 1 and len(keyed_again) == 1
    finally:
        (folder / "zz-new.md").unlink()


def test_the_store_keeps_the_dates_and_the_opening_s(tmp_path):
    bodies = [f"On {day} the Harrow council met. It meets again in June 2027, and met in May 2019." + " Filler" * k
              for k, day in enumerate(("Monday", "Friday", "Sunday"))] + ["No date here at all."]
    path = tmp_path / "keys.bin"
    store = KeysStore(path)
    for k, body in enumerate(bodies):
        store.put(f"{k:064x}", *story_groups.body_keys(body))
    store.save()
    again = KeysStore(path)
    assert again.problem is None and len(again.entries) == 4
    for k, body in enumerate(bodies):
        seeds, keys, dates, opening = story_groups.body_keys(body)
        stored = again.get(f"{k:064x}")
        assert stored is not None and np.array_equal(stored.seeds, seeds)
        assert (stored.keys, stored.dates, stored.opening) == (keys, dates, opening)
    assert again.get(f"{0:064x}").opening == {"monday", "june", "2027", "may", "2019"}
    assert again.get(f"{3:064x}").dates == frozenset()


def test_unchanged_files_are_not_read_again_and_a_rewritten_one_is(folder, tmp_path, monkeypatch):
    import reader.library.loading as loading

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("READER_WORKERS", "1")
    first = key_files([folder])
    read: list[str] = []
    real = loading.load_file
    monkeypatch.setattr(loading, "load_file", lambda path, issues: read.append(path.name) or real(path, issues))
    again = key_files([folder])
    assert read == [] and [str(i) for i in again.issues] == [str(i) for i in first.issues]
    assert [(a.id, a.title, a.outlet, a.published, a.path) for a in again.articles] == \
           [(a.id, a.title, a.outlet, a.published, a.path) for a in first.articles]
    assert [(k.content_hash, k.keys, k.dates) for k in again.keys] == [(k.content_hash, k.keys, k.dates)
                                                                       for k in first.keys]
    # the same size and modification time, another text: the change time tells
    target = sorted(folder.glob("p*.md"))[0]
    st = target.stat()
    text = target.read_text(encoding="utf-8")
    swapped = text.replace("Planted", "Plan ted", 1).replace("report", "repor", 1)
    assert len(swapped.encode()) == len(text.encode()) and swapped != text
    target.write_text(swapped, encoding="utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    try:
        third = key_files([folder])
        assert read == [target.name]
        changed = [a for a in third.articles if a.path == target]
        assert changed and changed[0].title.startswith("Plan ted")
    finally:
        target.write_text(text, encoding="utf-8")


def _damaged_index_is_rebuilt(folder, tmp_path, monkeypatch, damage) -> None:
    """Damage the file index with ``damage`` (old text → new text): the next run reads
    every file again with one warning and the same keys, and the run after it is quiet."""
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("READER_WORKERS", "1")
    first = key_files([folder])
    path = manifest_path()
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    warnings: list[str] = []
    again = key_files([folder], warn=warnings.append)
    assert len(warnings) == 1 and "reading every file again" in warnings[0]
    assert [k.content_hash for k in again.keys] == [k.content_hash for k in first.keys]
    warnings.clear()
    key_files([folder], warn=warnings.append)
    assert warnings == [] and len(FileManifest().entries) == len(first.articles) + 1  # + the empty file


def test_a_corrupt_file_index_is_rebuilt_with_one_warning(folder, tmp_path, monkeypatch):
    _damaged_index_is_rebuilt(folder, tmp_path, monkeypatch, lambda text: text[:-40])


def test_a_file_index_nested_too_deep_is_rebuilt_with_one_warning(folder, tmp_path, monkeypatch):
    _damaged_index_is_rebuilt(folder, tmp_path, monkeypatch,
                              lambda text: '{"version": 1, "files": ' + "[" * 100_000 + "]" * 100_000 + "}")


def test_an_index_entry_of_the_wrong_shape_is_read_again(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("READER_WORKERS", "1")
    first = key_files([folder])
    path = manifest_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    bad = sorted(data["files"])[:3]
    data["files"][bad[0]][2][4] = 20240101            # a date that is no string
    data["files"][bad[1]][2] = "fields"               # no list of fields
    data["files"][bad[2]][3] = [["only two", 1]]      # a warning of the wrong shape
    path.write_text(json.dumps(data), encoding="utf-8")
    again = key_files([folder])
    assert [(a.id, a.published) for a in again.articles] == [(a.id, a.published) for a in first.articles]
    assert [str(i) for i in again.issues] == [str(i) for i in first.issues]
