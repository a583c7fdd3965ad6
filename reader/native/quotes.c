/* The quote side's speaker registry: the capitalised runs of a sentence.
 *
 * speaker_runs(text, toks, connectors, stop_caps) -> (caps, runs), for toks the words of a
 * sentence of text as reader.analysis.speakers.words gives them ((start, end, word) tuples, no
 * word empty):
 *   caps: the indexes of the words whose first character is upper case (str.isupper);
 *   runs: (i, j) for each capitalised run, in order: i the next capitalised word after the last
 *         run, j the last word joined to it by speakers._joins (the next word capitalised, or a
 *         connector followed by a capitalised word, with only white space and no blank line
 *         between them); a run of one word that is in stop_caps is left out.
 * The Python original is speakers._cap_runs; tests/test_speaker_runs.py holds the two equal. */

#include "quotes.h"

typedef struct {
    Py_ssize_t start, end;
    PyObject *word;
} tok_t;

/* text[a:b] is white space only, with no blank line ("\n\n"); a == b counts (speakers._only_space). */
static int only_space(int kind, const void *data, Py_ssize_t a, Py_ssize_t b) {
    if (a >= b)
        return a == b;
    Py_UCS4 prev = 0;
    for (Py_ssize_t k = a; k < b; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (!Py_UNICODE_ISSPACE(c) || (c == '\n' && prev == '\n'))
            return 0;
        prev = c;
    }
    return 1;
}

static int first_upper(PyObject *word) {
    return PyUnicode_GET_LENGTH(word) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(word, 0));
}

PyObject *rq_speaker_runs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *toks, *connectors, *stop_caps;
    if (!PyArg_ParseTuple(args, "UO!O!O!", &text, &PyList_Type, &toks, &PyFrozenSet_Type, &connectors,
                          &PyFrozenSet_Type, &stop_caps))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyList_GET_SIZE(toks), tlen = PyUnicode_GET_LENGTH(text);
    tok_t *t = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(tok_t));
    char *upper = PyMem_Malloc((size_t)(n ? n : 1));
    PyObject *caps = PyList_New(0), *runs = PyList_New(0), *out = NULL;
    if (!t || !upper || !caps || !runs) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = PyList_GET_ITEM(toks, k);
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(item, 2))) {
            PyErr_SetString(PyExc_TypeError, "speaker_runs: toks must be (start, end, word) tuples");
            goto done;
        }
        t[k].start = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 0));
        t[k].end = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 1));
        if (PyErr_Occurred())
            goto done;
        if (t[k].start < 0 || t[k].end < 0 || t[k].start > tlen || t[k].end > tlen) {
            PyErr_SetString(PyExc_ValueError, "speaker_runs: a word outside the text");
            goto done;
        }
        t[k].word = PyTuple_GET_ITEM(item, 2);
        upper[k] = (char)first_upper(t[k].word);
        if (upper[k]) {
            PyObject *i = PyLong_FromSsize_t(k);
            if (!i || PyList_Append(caps, i) < 0) {
                Py_XDECREF(i);
                goto done;
            }
            Py_DECREF(i);
        }
    }
    Py_ssize_t i = 0;
    while (i < n) {
        if (!upper[i]) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j + 1 < n) {
            /* speakers._joins(text, toks, j) */
            int next = upper[j + 1];
            if (!next) {
                int conn = PySet_Contains(connectors, t[j + 1].word);
                if (conn < 0)
                    goto done;
                next = conn && j + 2 < n && upper[j + 2] && only_space(kind, data, t[j + 1].end, t[j + 2].start);
            }
            if (!next || !only_space(kind, data, t[j].end, t[j + 1].start))
                break;
            j++;
        }
        int keep = j > i;
        if (!keep) {
            int stop = PySet_Contains(stop_caps, t[i].word);
            if (stop < 0)
                goto done;
            keep = !stop;
        }
        if (keep) {
            PyObject *run = Py_BuildValue("(nn)", i, j);
            if (!run || PyList_Append(runs, run) < 0) {
                Py_XDECREF(run);
                goto done;
            }
            Py_DECREF(run);
        }
        i = j + 1;
    }
    out = PyTuple_Pack(2, caps, runs);
done:
    PyMem_Free(t);
    PyMem_Free(upper);
    Py_XDECREF(caps);
    Py_XDECREF(runs);
    return out;
}
