/* reader._native.speaker_runs: see quotes.c. */
#ifndef READER_QUOTES_H
#define READER_QUOTES_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* speaker_runs(text, toks, connectors, stop_caps) -> (caps, [(i, j), ...]): the capitalised words
   of a sentence's words and the capitalised runs the speaker registry reads as names. */
PyObject *rq_speaker_runs(PyObject *self, PyObject *args);

/* quote_sentences(text, paras, abbrev, opens_next) -> [(start, end), ...]: reader.analysis.quotes.sentences. */
PyObject *rq_quote_sentences(PyObject *self, PyObject *args);

#endif
