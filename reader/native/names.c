/* The entity tokenizer of reader/analysis/name_chunks.py (``tokenize``) in C.
 *
 * The tokens are those of name_chunks._TOKEN_RE, in order: at a capital, initials
 * ("U.S.", (?:[A-Z]\.){2,}), one initial before a name ([A-Z]\. followed by white space
 * without a line break, a capital and a small letter) or an abbreviation with its full
 * stop ("Mr.", "Corp."); else a word (\w+ joined across ’ ' - and U+2011 followed by a word
 * character); else any one character that is not white space. \w and \s are those of
 * Python's re on str (Py_UNICODE_ISALNUM or "_", Py_UNICODE_ISSPACE), so every text is
 * covered. Each token becomes a Tok (start, text, src, initial, brk) made as tuple.__new__
 * makes it; equal texts share one string, the one ``shared`` (a dict) holds. ``initial``:
 * the start is in ``sentence_starts`` (a set of ints), or the token before is an opening
 * mark (“ " ‘ ( — – - :, a straight quote only after white space or at the start);
 * ``brk``: the start lies in one of ``date_spans`` (sorted, disjoint [start, end] pairs).
 * tests/test_native_names.py compares it with the Python original.
 */
#include "names.h"

static int is_word(Py_UCS4 c) { return c == '_' || Py_UNICODE_ISALNUM(c); }
static int is_cap(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static int is_small(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
static int is_joiner(Py_UCS4 c) { return c == 0x2019 || c == '\'' || c == '-' || c == 0x2011; }
static int is_opener(Py_UCS4 c) {
    return c == 0x201C || c == '"' || c == 0x2018 || c == '(' || c == 0x2014 || c == 0x2013 || c == '-' || c == ':';
}

/* The abbreviations of _TOKEN_RE (each then takes its full stop), by first letter. */
static const char *ABBREVIATIONS[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Rep", "Sen", "Gov", "Gen", "Lt",
                                      "Col", "Sgt", "Capt", "Prof", "Rev", "Hon", "Inc", "Corp", "Co", "Ltd",
                                      "Bros", NULL};

/* The end of the token starting at i (text[i] is not white space). */
static Py_ssize_t token_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i) {
#define AT(k) PyUnicode_READ(kind, data, (k))
    Py_UCS4 c = AT(i);
    if (is_cap(c)) {
        if (i + 1 < n && AT(i + 1) == '.') {
            Py_ssize_t j = i + 2;
            while (j + 1 < n && is_cap(AT(j)) && AT(j + 1) == '.')
                j += 2;
            if (j > i + 2)
                return j;                                  /* initials: two or more */
            Py_ssize_t k = i + 2;
            while (k < n && AT(k) != '\n' && Py_UNICODE_ISSPACE(AT(k)))
                k++;
            if (k > i + 2 && k + 1 < n && is_cap(AT(k)) && is_small(AT(k + 1)))
                return i + 2;                              /* one initial before a name */
        }
        for (const char **a = ABBREVIATIONS; *a; a++) {
            const char *s = *a;
            if ((Py_UCS4)(unsigned char)s[0] != c)
                continue;
            Py_ssize_t j = i + 1;
            for (s++; *s && j < n && AT(j) == (Py_UCS4)(unsigned char)*s; s++)
                j++;
            if (!*s && j < n && AT(j) == '.')
                return j + 1;
        }
    }
    if (!is_word(c))
        return i + 1;
    Py_ssize_t j = i + 1;
    while (j < n && is_word(AT(j)))
        j++;
    while (j + 1 < n && is_joiner(AT(j)) && is_word(AT(j + 1))) {
        j += 2;
        while (j < n && is_word(AT(j)))
            j++;
    }
    return j;
#undef AT
}

static int read_spans(PyObject *seq, Py_ssize_t **out, Py_ssize_t *count) {
    PyObject *fast = PySequence_Fast(seq, "date_spans must be a sequence");
    if (!fast)
        return -1;
    Py_ssize_t m = PySequence_Fast_GET_SIZE(fast);
    Py_ssize_t *spans = PyMem_Malloc((size_t)(2 * m + 1) * sizeof(Py_ssize_t));
    if (!spans) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *pair = PySequence_Fast(PySequence_Fast_GET_ITEM(fast, k), "a date span must be a pair");
        if (!pair || PySequence_Fast_GET_SIZE(pair) != 2) {
            if (pair) {
                Py_DECREF(pair);
                PyErr_SetString(PyExc_ValueError, "a date span must be a pair");
            }
            PyMem_Free(spans);
            Py_DECREF(fast);
            return -1;
        }
        spans[2 * k] = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(pair, 0));
        spans[2 * k + 1] = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(pair, 1));
        Py_DECREF(pair);
        if (PyErr_Occurred()) {
            PyMem_Free(spans);
            Py_DECREF(fast);
            return -1;
        }
    }
    Py_DECREF(fast);
    *out = spans;
    *count = m;
    return 0;
}

PyObject *rn_name_tokens(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *shared, *sentence_starts, *date_spans;
    PyTypeObject *tok_type;
    if (!PyArg_ParseTuple(args, "UO!O!O!O", &text, &PyType_Type, &tok_type, &PyDict_Type, &shared, &PySet_Type,
                          &sentence_starts, &date_spans))
        return NULL;
    if (!PyType_IsSubtype(tok_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "name_tokens: tok_type must be a tuple type");
        return NULL;
    }
    Py_ssize_t *spans = NULL, nspans = 0;
    if (read_spans(date_spans, &spans, &nspans) < 0)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    Py_ssize_t i = 0, span = 0;
    int after_opener = 0;
    while (out && i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISSPACE(c)) {
            i++;
            continue;
        }
        Py_ssize_t end = token_end(kind, data, n, i);
        PyObject *start = PyLong_FromSsize_t(i);
        PyObject *word = start ? PyUnicode_Substring(text, i, end) : NULL;
        PyObject *same = word ? PyDict_SetDefault(shared, word, word) : NULL;   /* borrowed */
        int in_sentence = same ? PySet_Contains(sentence_starts, start) : -1;
        PyObject *tok = in_sentence >= 0 ? tok_type->tp_alloc(tok_type, 5) : NULL;
        Py_XDECREF(word);
        if (!tok) {
            Py_XDECREF(start);
            Py_CLEAR(out);
            break;
        }
        while (span < nspans && spans[2 * span + 1] <= i)
            span++;
        int brk = span < nspans && spans[2 * span] <= i;
        PyObject *initial = (in_sentence || after_opener) ? Py_True : Py_False;
        Py_INCREF(same);
        Py_INCREF(text);
        Py_INCREF(initial);
        PyTuple_SET_ITEM(tok, 0, start);
        PyTuple_SET_ITEM(tok, 1, same);
        PyTuple_SET_ITEM(tok, 2, text);
        PyTuple_SET_ITEM(tok, 3, initial);
        PyTuple_SET_ITEM(tok, 4, Py_NewRef(brk ? Py_True : Py_False));
        if (PyList_Append(out, tok) < 0)
            Py_CLEAR(out);
        Py_DECREF(tok);
        after_opener = end == i + 1 && is_opener(c)
                       && (c != '"' || i == 0 || Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i - 1)));
        i = end;
    }
    PyMem_Free(spans);
    return out;
}
