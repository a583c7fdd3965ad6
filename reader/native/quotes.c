/* The quote side's speaker registry: the capitalised runs of a sentence.
 *
 * speaker_runs(text, toks, connectors, stop_caps) -> (caps, runs), for toks the words of a
 * sentence of text as reader.analysis.speaker_words.words gives them ((start, end, word) tuples, no
 * word empty):
 *   caps: the indexes of the words whose first character is upper case (str.isupper);
 *   runs: (i, j) for each capitalised run, in order: i the next capitalised word after the last
 *         run, j the last word joined to it by speaker_words.joins (the next word capitalised, or a
 *         chain of connectors followed by a capitalised word, with only white space and no blank line
 *         between them); a run of one word that is in stop_caps is left out.
 * The Python original is speaker_words.python_cap_runs; tests/test_native_quotes.py holds the two equal. */

#include "quotes.h"

typedef struct {
    Py_ssize_t start, end;
    PyObject *word;
} tok_t;

/* text[a:b] is white space only, with no blank line ("\n\n"); a == b counts (speaker_words.only_space). */
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
            /* speaker_words.joins(text, toks, j) */
            int next = upper[j + 1];
            if (!next) {
                int conn = PySet_Contains(connectors, t[j + 1].word);
                if (conn < 0)
                    goto done;
                /* a chain of connectors before the capitalised word: "de la Cruz" */
                Py_ssize_t m = j + 2;
                while (conn && m < n && !upper[m] && only_space(kind, data, t[m - 1].end, t[m].start)) {
                    int more = PySet_Contains(connectors, t[m].word);
                    if (more < 0)
                        goto done;
                    if (!more)
                        break;
                    m++;
                }
                next = conn && m < n && upper[m] && only_space(kind, data, t[m - 1].end, t[m].start);
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

/* --- quote_sentences: reader.analysis.quotes.sentences ----------------------------------- */

/* The sentence spans of the masked text, paragraph by paragraph (paras: (lo, hi) pairs): a
 * sentence ends at a match of _SENTENCE_END_RE ([.!?…]+[\"”’')\]]*(\s+|$), searched in
 * text[lo:hi]) followed by the paragraph's end, a capital, a digit or one of opens_next; not at
 * a full stop ending an abbreviation (the last run of non-space characters of the 40 before it,
 * from the sentence's start, with its closing . ! ? … left out (all but one, if that is all),
 * in abbrev or initials, (?:[A-Za-z]\.)*[A-Z]). The paragraph's rest is a sentence when it
 * is not all white space. Python original: quotes._sentences. */

static int end_mark(Py_UCS4 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

static int closer(Py_UCS4 c) {
    return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' || c == ']';
}

static int initials_word(int kind, const void *data, Py_ssize_t s, Py_ssize_t e) {
    if ((e - s) % 2 == 0)
        return 0;
    for (Py_ssize_t k = s; k < e - 1; k += 2) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || PyUnicode_READ(kind, data, k + 1) != '.')
            return 0;
    }
    Py_UCS4 last = PyUnicode_READ(kind, data, e - 1);
    return last >= 'A' && last <= 'Z';
}

/* quotes._abbreviation(text[from:at + 1]), text[at] a full stop: 1, 0, or -1 on error. */
static int abbreviation(PyObject *text, int kind, const void *data, Py_ssize_t from, Py_ssize_t at,
                        PyObject *abbrev) {
    Py_ssize_t s = at + 1;
    while (s > from && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, s - 1)))
        s--;
    Py_ssize_t e = at + 1;              /* the run's closing marks left out, all but one if that is all */
    while (e > s && end_mark(PyUnicode_READ(kind, data, e - 1)))
        e--;
    if (e == s)
        e = s + 1;
    PyObject *w = PyUnicode_Substring(text, s, e);
    if (!w)
        return -1;
    int in = PySet_Contains(abbrev, w);
    Py_DECREF(w);
    if (in)
        return in;
    return initials_word(kind, data, s, e);
}

PyObject *rq_quote_sentences(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *paras, *abbrev, *opens_next;
    if (!PyArg_ParseTuple(args, "UO!O!U", &text, &PyList_Type, &paras, &PyFrozenSet_Type, &abbrev, &opens_next))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    for (Py_ssize_t p = 0; out && p < PyList_GET_SIZE(paras); p++) {
        Py_ssize_t lo, hi;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(paras, p), "nn", &lo, &hi)) {
            Py_CLEAR(out);
            break;
        }
        if (lo < 0 || hi > n || lo > hi) {
            PyErr_SetString(PyExc_ValueError, "quote_sentences: a paragraph outside the text");
            Py_CLEAR(out);
            break;
        }
        Py_ssize_t start = lo, i = lo;
        while (out && i < hi) {
            if (!end_mark(PyUnicode_READ(kind, data, i))) {
                i++;
                continue;
            }
            Py_ssize_t at = i, r = i;
            while (r < hi && end_mark(PyUnicode_READ(kind, data, r)))
                r++;
            while (r < hi && closer(PyUnicode_READ(kind, data, r)))
                r++;
            if (r < hi && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, r))) {
                i = r;                  /* no match starts in this run of marks */
                continue;
            }
            Py_ssize_t end = r;
            while (end < hi && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end)))
                end++;
            i = end;
            if (end < hi) {
                Py_UCS4 nxt = PyUnicode_READ(kind, data, end);
                if (!(Py_UNICODE_ISUPPER(nxt) || Py_UNICODE_ISDIGIT(nxt)
                      || PyUnicode_FindChar(opens_next, nxt, 0, PyUnicode_GET_LENGTH(opens_next), 1) >= 0))
                    continue;
            }
            if (PyUnicode_READ(kind, data, at) == '.') {
                int abbr = abbreviation(text, kind, data, at - 40 > start ? at - 40 : start, at, abbrev);
                if (abbr < 0) {
                    Py_CLEAR(out);
                    break;
                }
                if (abbr)
                    continue;
            }
            PyObject *span = Py_BuildValue("(nn)", start, r);
            if (!span || PyList_Append(out, span) < 0)
                Py_CLEAR(out);
            Py_XDECREF(span);
            start = end;
        }
        if (!out)
            break;
        for (Py_ssize_t k = start; k < hi; k++)
            if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k))) {
                PyObject *span = Py_BuildValue("(nn)", start, hi);
                if (!span || PyList_Append(out, span) < 0)
                    Py_CLEAR(out);
                Py_XDECREF(span);
                break;
            }
    }
    return out;
}
