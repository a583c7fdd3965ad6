/* reader._native.name_tokens: see names.c. */
#ifndef READER_NAMES_H
#define READER_NAMES_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* name_tokens(text, tok_type, shared, sentence_starts, date_spans[, lower]) -> [Tok, ...]: the
   tokens of reader.analysis.name_tokens.tokenize. */
PyObject *rn_name_tokens(PyObject *self, PyObject *args);

/* name_runs(toks, caps_breaks, months, particles, connectors, trailing) -> [(i, j), ...]: the runs
   of name words reader.analysis.name_chunks.find_chunks joins (the sets: its word sets, frozen). */
PyObject *rn_name_runs(PyObject *self, PyObject *args);

/* speaker_words(text, lo, hi, keep) -> [(start, end, word), ...]: reader.analysis.speaker_words.words. */
PyObject *rn_speaker_words(PyObject *self, PyObject *args);

/* figure_starts(text, low, words) -> [int, ...]: where reader.analysis.figures._figure_starts says
   a figure may start (``low``: text.lower(), as long; ``words``: its _NUMBER_WORD_STARTS). */
PyObject *rn_figure_starts(PyObject *self, PyObject *args);

/* word_hits(text, forms, enough) -> int: reader.analysis.entity_cues._sport_words's count of the
   ``forms`` standing as words in ``text``, up to ``enough``. */
PyObject *rn_word_hits(PyObject *self, PyObject *args);

#endif
