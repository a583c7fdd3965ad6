/* reader._native.word_ids: see ids.c. */
#ifndef READER_IDS_H
#define READER_IDS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* word_ids(norms_a, norms_b, stopwords) -> (array('i') a, array('i') b, bytearray stop) */
PyObject *ri_word_ids(PyObject *self, PyObject *args);

#endif
