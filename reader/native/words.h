/* reader._native.tokenize and count_words: see words.c. */
#ifndef READER_WORDS_H
#define READER_WORDS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* tokenize(text, normal_form) -> (starts, ends, norms), the offsets as arrays of
   typecode 'i' (or 'q' for text of 2**31 characters or more), or None when the text has a
   character outside the fast tokenizer's range (the caller then uses the full pattern). */
PyObject *rw_tokenize(PyObject *self, PyObject *args);

/* count_words(text) -> int, or None as above. */
PyObject *rw_count_words(PyObject *self, PyObject *text);

/* array(typecode, [0]) * n: an array.array of n zeros, its memory written once. */
PyObject *rw_zeros(const char *typecode, Py_ssize_t n);

#endif
