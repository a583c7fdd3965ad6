/* reader.engine.wordiff.surface_diff (with its _merge_text and _common_space) in C.
 *
 *   surface_diff(a_text, a_starts, a_ends, a_span_start, a_span_end, a_first,
 *                b_text, b_starts, b_ends, b_span_start, b_span_end, b_first, ops)
 *       -> [(op, text), ...]
 *
 * The same list as the Python function, for every input it accepts: the starts and
 * ends are arrays of typecode 'i' or 'q' (read in place through the buffer protocol)
 * or any sequence of ints. Spans outside a text, token offsets outside a text, token
 * indices outside the arrays and negative counts raise ValueError.
 */
#ifndef READER_SURFACE_H
#define READER_SURFACE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

PyObject *rs_surface_diff(PyObject *self, PyObject *args);

#endif
