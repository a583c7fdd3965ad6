"""Types of ``reader._native``, the C module built from ``reader/native/*.c`` (see
``reader/native/module.c``); each function has a Python original that gives the same
result (named in its docstring)."""

from array import array
from collections.abc import Callable, Container, Sequence
from typing import TypeVar

from _typeshed import ReadableBuffer

T = TypeVar("T", bound=tuple)

def align(
    a: Sequence[int], b: Sequence[int], stop: ReadableBuffer, params: tuple[int | float, ...], /
) -> list[tuple[int, int, int, int, list[tuple[int, int]], list[tuple[int, int, int]]]]:
    """The passages of ``reader.engine.align._align``: (a_first, a_last, b_first, b_last, ops, also_at)."""

def align_work() -> tuple[int, int]:
    """``reader.engine.align.WORK`` of the C aligner, added up over all ``align`` calls:
    (extension windows, words checked for overlap)."""

def word_diff(a: Sequence[int], b: Sequence[int], /) -> list[tuple[int, int]]:
    """diff-match-patch's ``diff_main`` of two word-id sequences, as (op, n) runs."""

def tokenize(text: str, normal_form: Callable[[str], str], /) -> tuple[array[int], array[int], list[str]] | None:
    """Starts, ends and normal forms of ``reader.text.tokens.tokenize``, or None for text
    the fast scan does not cover."""

def word_ids(
    norms_a: list[str], norms_b: list[str], stopwords: Container[str], /
) -> tuple[array[int], array[int], bytearray]:
    """``reader.engine.align.word_ids``: both texts as word ids and which ids are stop words."""

def count_words(text: str, /) -> int | None:
    """The fast scan's word count, or None for text it does not cover."""

def name_tokens(
    text: str, tok_type: type[T], shared: dict[str, str], sentence_starts: set[int],
    date_spans: Sequence[Sequence[int]], lower: set[str] | None = None, /,
) -> list[T]:
    """The tokens of ``reader.analysis.name_tokens.tokenize`` (``tok_type``: its Tok)."""

def name_runs(
    toks: list[T], caps_breaks: frozenset[str], months: frozenset[str], particles: frozenset[str],
    connectors: frozenset[str], trailing: frozenset[str], /,
) -> list[tuple[int, int]]:
    """The runs of name words ``reader.analysis.name_chunks.find_chunks`` joins, as (first, end)."""

def speaker_words(text: str, lo: int, hi: int, keep: frozenset[str], /) -> list[tuple[int, int, str]]:
    """``reader.analysis.speaker_words.words(text, lo, hi)`` (``keep``: the words whose final full
    stop stays: its SUFFIXES, TITLES and HONORIFICS)."""

def figure_starts(text: str, low: str, words: tuple[str, ...], /) -> list[int]:
    """Where ``reader.analysis.figures._figure_starts`` says a figure may start (``low``:
    ``text.lower()``, as long as ``text``; ``words``: its ``_NUMBER_WORD_STARTS``)."""

def word_hits(text: str, forms: tuple[str, ...], enough: int, /) -> int:
    """``reader.analysis.entity_cues._sport_words(text, enough)`` for its ``forms``: how many times
    they stand as words in ``text`` (no word character on either side), counted up to ``enough``."""

def cleanup_semantic(
    a_text: str, b_text: str, ops: Sequence[tuple[int, int]], walls: ReadableBuffer | None = None, /
) -> list[tuple[int, int]]:
    """diff-match-patch's ``diff_cleanupSemantic`` of (op, n) runs over two encoded texts;
    with ``walls`` (one byte per op), of each stretch between the equalities marked there
    (``reader.engine.wordiff.semantic_cleanup``)."""

def surface_diff(
    a_text: str,
    a_starts: Sequence[int],
    a_ends: Sequence[int],
    a_span_start: int,
    a_span_end: int,
    a_first: int,
    b_text: str,
    b_starts: Sequence[int],
    b_ends: Sequence[int],
    b_span_start: int,
    b_span_end: int,
    b_first: int,
    ops: Sequence[tuple[int, int]],
    /,
) -> list[tuple[int, str]]:
    """``reader.engine.wordiff.surface_diff``."""

def speaker_runs(
    text: str, toks: list[tuple[int, int, str]], connectors: frozenset[str], stop_caps: frozenset[str], /
) -> tuple[list[int], list[tuple[int, int]]]:
    """``reader.analysis.speaker_words.python_cap_runs(text, toks)``: the indexes of the capitalised words
    and the capitalised runs the registry reads as names (``connectors``, ``stop_caps``: its sets)."""

def quote_sentences(
    text: str, paras: list[tuple[int, int]], abbrev: frozenset[str], opens_next: str, /
) -> list[tuple[int, int]]:
    """``reader.analysis.quotes.sentences(text, paras)`` (``abbrev``, ``opens_next``: its
    abbreviations and the characters besides capitals and digits that may open a sentence)."""
