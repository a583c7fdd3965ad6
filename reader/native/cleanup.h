/* diff-match-patch's diff_cleanupSemantic, on runs over two code-point arrays.
 *
 * rc_cleanup_semantic gives exactly what the Python package diff_match_patch gives:
 *     diffs = [(op, text), ...]  # spelling out a and b, see below
 *     diff_match_patch().diff_cleanupSemantic(diffs)
 *     [(op, len(text)) for op, text in diffs]
 * It takes the library's steps in the library's order (eliminating short equalities,
 * diff_cleanupMerge when that changed anything, diff_cleanupSemanticLossless with its
 * boundary scores, then the deletion/insertion overlaps found with
 * diff_commonOverlap), so every tie is broken the same way; the boundary scores class
 * characters with CPython's own str.isalnum and str.isspace tables.
 * tests/test_native_cleanup.py compares the two. With walls (rc_cleanup_walled), the
 * same cleanup runs on each stretch between them, as reader/engine/wordiff.py does it.
 *
 * A list of runs "spells out" a and b when its deletions and equalities, in order, give
 * a and its insertions and equalities, in order, give b; every step keeps that true, so
 * a run's text is found from its position and the runs carry no text.
 *
 * No global state: calls may run in parallel and without the GIL.
 */
#ifndef READER_CLEANUP_H
#define READER_CLEANUP_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "diff.h"

/* Rewrites runs (which must spell out a[0:na] and b[0:nb]) as diff_cleanupSemantic
   would. Runs of length 0 are allowed and kept where the library keeps them. Returns 0,
   or -1 when memory ran out (runs are then left in an unspecified but freeable state). */
int rc_cleanup(const Py_UCS4 *a, Py_ssize_t na, const Py_UCS4 *b, Py_ssize_t nb, RDRuns *runs);

/* rc_cleanup on each stretch of runs between walls: the runs k with walls[k] nonzero
   (equalities) are kept as they are and the runs between two of them (or an end) are
   cleaned up on their own, as reader/engine/wordiff.py's semantic_cleanup does it. Same
   returns as rc_cleanup. */
int rc_cleanup_walled(const Py_UCS4 *a, const Py_UCS4 *b, RDRuns *runs, const unsigned char *walls);

/* cleanup_semantic(a_text, b_text, ops[, walls]) -> [(op, n), ...], for reader._native:
   walls, when given and not None, is a bytes-like object with one byte per op. */
PyObject *rc_cleanup_semantic(PyObject *self, PyObject *args);

#endif
