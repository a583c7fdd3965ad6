/* reader._native: the C aligner (align.c) and word diff (diff.c) for Python.
 *
 *   align(a, b, stop, params) -> [(a_first, a_last, b_first, b_last, [(op, n), ...], also_at), ...]
 *   align_work() -> (extension windows, words checked for overlap), added up over align() calls
 *   word_diff(a, b) -> [(op, n), ...]
 *   tokenize(text, normal_form) -> (starts, ends, norms) or None; count_words(text) -> int or None
 *   word_ids(norms_a, norms_b, stopwords) -> (ids_a, ids_b, stop)
 *   name_tokens(text, tok_type, shared, sentence_starts, date_spans) -> [Tok, ...] (names.c)
 *   name_runs(toks, caps_breaks, months, particles, connectors, trailing) -> [(i, j), ...] (names.c)
 *   speaker_words(text, lo, hi, keep) -> [(start, end, word), ...] (names.c)
 *   figure_starts(text, low, words) -> [int, ...] (names.c)
 *   word_hits(text, forms, enough) -> int (names.c)
 *   speaker_runs(text, toks, connectors, stop_caps) -> (caps, [(i, j), ...]) (quotes.c)
 *   quote_sentences(text, paras, abbrev, opens_next) -> [(start, end), ...] (quotes.c)
 *
 * a and b are sequences of word ids (ints in 0..2**31-1), stop a bytes object with a
 * non-zero byte at each stop word's id, params the tuple reader.engine.align.native_params()
 * builds from the module's constants. Both release the GIL while they compute.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "align.h"
#include "cleanup.h"
#include "diff.h"
#include "words.h"
#include "names.h"
#include "ids.h"
#include "surface.h"
#include "quotes.h"

#include <string.h>

/* The ids as an int32 array, copied from a sequence of ints (or from an array of
   typecode 'i', without the ints: word_ids gives those). */
static int32_t *to_ids(PyObject *seq, Py_ssize_t *n) {
    if (PyObject_CheckBuffer(seq) && !PyBytes_Check(seq) && !PyByteArray_Check(seq)) {
        Py_buffer view;
        if (PyObject_GetBuffer(seq, &view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0)
            return NULL;
        int32_t *out = NULL;
        if (view.itemsize != 4 || !view.format || (strcmp(view.format, "i") != 0 && strcmp(view.format, "=i") != 0)) {
            PyErr_SetString(PyExc_TypeError, "word ids must be ints or an array of typecode 'i'");
        } else if ((out = PyMem_Malloc((size_t)view.len + sizeof(int32_t))) == NULL) {
            PyErr_NoMemory();
        } else {
            memcpy(out, view.buf, (size_t)view.len);
            *n = view.len / 4;
            for (Py_ssize_t k = 0; k < *n; k++)
                if (out[k] < 0) {
                    PyErr_SetString(PyExc_ValueError, "word ids must be in 0..2**31-1");
                    PyMem_Free(out);
                    out = NULL;
                    break;
                }
        }
        PyBuffer_Release(&view);
        return out;
    }
    PyObject *fast = PySequence_Fast(seq, "word ids must be a sequence");
    if (!fast)
        return NULL;
    *n = PySequence_Fast_GET_SIZE(fast);
    int32_t *out = PyMem_Malloc((size_t)(*n + 1) * sizeof(int32_t));
    if (!out) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return NULL;
    }
    PyObject **items = PySequence_Fast_ITEMS(fast);
    for (Py_ssize_t k = 0; k < *n; k++) {
        long v = PyLong_AsLong(items[k]);
        if (v == -1 && PyErr_Occurred()) {
            PyMem_Free(out);
            Py_DECREF(fast);
            return NULL;
        }
        if (v < 0 || v > INT32_MAX) {
            PyErr_SetString(PyExc_ValueError, "word ids must be in 0..2**31-1");
            PyMem_Free(out);
            Py_DECREF(fast);
            return NULL;
        }
        out[k] = (int32_t)v;
    }
    Py_DECREF(fast);
    return out;
}

static PyObject *ops_list(const RDRun *ops, Py_ssize_t n) {
    PyObject *list = PyList_New(n);
    if (!list)
        return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *pair = Py_BuildValue("(in)", ops[k].op, ops[k].n);
        if (!pair) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, pair);
    }
    return list;
}

static PyObject *native_word_diff(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *sa, *sb;
    if (!PyArg_ParseTuple(args, "OO:word_diff", &sa, &sb))
        return NULL;
    Py_ssize_t na, nb;
    int32_t *a = to_ids(sa, &na);
    if (!a)
        return NULL;
    int32_t *b = to_ids(sb, &nb);
    if (!b) {
        PyMem_Free(a);
        return NULL;
    }
    RDRuns out = {0};
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = rd_diff(a, na, b, nb, &out);
    Py_END_ALLOW_THREADS
    PyMem_Free(a);
    PyMem_Free(b);
    PyObject *result = rc < 0 ? PyErr_NoMemory() : ops_list(out.items, out.len);
    rd_runs_free(&out);
    return result;
}

static int parse_params(PyObject *t, RAParams *p) {
    return PyArg_ParseTuple(t, "iiiiiiiiiiiddddiii:params", &p->k, &p->stop_n, &p->max_occurrences, &p->chain_gap,
                            &p->extend_window, &p->min_words, &p->split_both, &p->split_one, &p->merge_gap,
                            &p->strong_seed, &p->extend_limit, &p->min_similarity, &p->min_weight, &p->change_cost, &p->extend_cost,
                            &p->insert_gap, &p->insert_slack, &p->insert_cost);
}

static RAWork work_done; /* added up over all calls, read by align_work() */

static PyObject *native_align_work(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return Py_BuildValue("(nn)", work_done.extend_steps, work_done.overlap_words);
}

static PyObject *repeats_list(const RARepeats *r) {
    PyObject *list = PyList_New(r->len);
    for (Py_ssize_t k = 0; list && k < r->len; k++) {
        PyObject *item = Py_BuildValue("(nnn)", r->items[k].side, r->items[k].first, r->items[k].last);
        if (!item) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, k, item);
    }
    return list;
}

static PyObject *native_align(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *sa, *sb, *params_tuple;
    Py_buffer stop;
    RAParams params;
    if (!PyArg_ParseTuple(args, "OOy*O!:align", &sa, &sb, &stop, &PyTuple_Type, &params_tuple))
        return NULL;
    PyObject *result = NULL;
    int32_t *a = NULL, *b = NULL;
    Py_ssize_t na, nb;
    if (!parse_params(params_tuple, &params))
        goto done;
    if (params.k < 1 || params.stop_n < 1 || params.extend_window < 0 || params.extend_limit < 0) {
        PyErr_SetString(PyExc_ValueError, "align: bad parameters");
        goto done;
    }
    if (!(a = to_ids(sa, &na)) || !(b = to_ids(sb, &nb)))
        goto done;
    if (!na || !nb) {
        result = PyList_New(0);
        goto done;
    }
    if (na >= ((Py_ssize_t)1 << 30) || nb >= ((Py_ssize_t)1 << 30)) { /* align.c counts in int32 */
        PyErr_SetString(PyExc_ValueError, "align: texts of 2**30 words or more");
        goto done;
    }
    RAAligns found = {0};
    RAWork work = {0, 0};
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = ra_align(a, na, b, nb, (const uint8_t *)stop.buf, stop.len, &params, &found, &work);
    Py_END_ALLOW_THREADS
    work_done.extend_steps += work.extend_steps;
    work_done.overlap_words += work.overlap_words;
    if (rc < 0) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyList_New(found.len);
    for (Py_ssize_t k = 0; result && k < found.len; k++) {
        RAAlign *al = &found.items[k];
        PyObject *ops = ops_list(al->ops.items, al->ops.len);
        PyObject *also = ops ? repeats_list(&al->also_at) : NULL;
        if (!also)
            Py_CLEAR(ops);
        PyObject *item = also ? Py_BuildValue("(nnnnNN)", al->a_first, al->a_last, al->b_first, al->b_last, ops, also)
                              : NULL;
        if (!item) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, k, item);
    }
    ra_aligns_free(&found);
done:
    PyMem_Free(a);
    PyMem_Free(b);
    PyBuffer_Release(&stop);
    return result;
}

static PyMethodDef methods[] = {
    {"align", native_align, METH_VARARGS, "align(a, b, stop, params): the passages of reader.engine.align._align."},
    {"align_work", native_align_work, METH_NOARGS,
     "align_work(): (extension windows, words checked for overlap) of all align() calls so far."},
    {"word_diff", native_word_diff, METH_VARARGS, "word_diff(a, b): diff_main of two id sequences as (op, n) runs."},
    {"tokenize", rw_tokenize, METH_VARARGS, "tokenize(text, normal_form): starts, ends and normal forms, or None."},
    {"word_ids", ri_word_ids, METH_VARARGS, "word_ids(norms_a, norms_b, stopwords): reader.engine.align.word_ids."},
    {"count_words", rw_count_words, METH_O, "count_words(text): the fast tokenizer's word count, or None."},
    {"name_tokens", rn_name_tokens, METH_VARARGS,
     "name_tokens(text, tok_type, shared, sentence_starts, date_spans): reader.analysis.name_tokens.tokenize."},
    {"name_runs", rn_name_runs, METH_VARARGS,
     "name_runs(toks, caps_breaks, months, particles, connectors, trailing): find_chunks' runs of name words."},
    {"speaker_words", rn_speaker_words, METH_VARARGS,
     "speaker_words(text, lo, hi, keep): the words of reader.analysis.speaker_words.words."},
    {"figure_starts", rn_figure_starts, METH_VARARGS,
     "figure_starts(text, low, words): where reader.analysis.figures._figure_starts says a figure may start."},
    {"word_hits", rn_word_hits, METH_VARARGS,
     "word_hits(text, forms, enough): reader.analysis.entity_cues._sport_words' count of forms standing as words."},
    {"cleanup_semantic", rc_cleanup_semantic, METH_VARARGS,
     "cleanup_semantic(a_text, b_text, ops, walls=None): diff_cleanupSemantic of (op, n) runs over two texts, "
     "between the walls (one byte per op: the equalities left as they are)."},
    {"surface_diff", rs_surface_diff, METH_VARARGS,
     "surface_diff(a_text, a_starts, a_ends, a_span_start, a_span_end, a_first, b_text, ..., ops): "
     "reader.engine.wordiff.surface_diff."},
    {"speaker_runs", rq_speaker_runs, METH_VARARGS,
     "speaker_runs(text, toks, connectors, stop_caps): the capitalised runs of speaker_words.python_cap_runs."},
    {"quote_sentences", rq_quote_sentences, METH_VARARGS,
     "quote_sentences(text, paras, abbrev, opens_next): the sentence spans of reader.analysis.quotes.sentences."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "reader._native", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__native(void) { return PyModule_Create(&module); }
