"""The labels and name-chunk modules split one per idea: every name their importers use is
still importable from where it was, as the same object, and the C tokenizer and the C
name runs are in use together or not at all (each module decides for its own function)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.analysis import label_json, label_referents, labels, name_chunks, name_lines, name_tokens

ROOT = Path(__file__).resolve().parent.parent


def test_labels_exports_what_it_did():
    assert labels.labels_json is label_json.labels_json
    assert labels.iter_labels_json is label_json.iter_labels_json
    assert (labels.Use, labels.Label, labels.Referent) == (label_referents.Use, label_referents.Label,
                                                           label_referents.Referent)
    assert callable(labels.find_labels)


def test_name_chunks_exports_what_it_did():
    for name in ("Tok", "tokenize", "make_tok", "retext", "bare_of", "tok_at", "word_at", "POSSESSIVE_RE"):
        assert getattr(name_chunks, name) is getattr(name_tokens, name), name
    assert name_chunks.line_kinds is name_lines.line_kinds
    assert set(name_chunks.__all__) >= {"Chunk", "NAMEISH_RE", "find_chunks", "split_titles", "line_kinds", "Tok"}


CHECK = ("from reader.analysis import name_chunks, name_tokens;"
         "print(name_tokens._name_tokens is None, name_chunks._native_runs is None)")


def _native_use(pure: bool) -> str:
    env = {**os.environ}
    env.pop("READER_PURE_PYTHON", None)
    if pure:
        env["READER_PURE_PYTHON"] = "1"
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, check=True,
                          cwd=ROOT)
    return done.stdout.strip()


def test_the_c_tokenizer_and_name_runs_go_together():
    assert _native_use(pure=True) == "True True"
    assert _native_use(pure=False) in ("True True", "False False")
