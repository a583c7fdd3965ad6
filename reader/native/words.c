/* The fast tokenizer of reader/tokens.py in C, for text made only of the characters
 * where its standard-library pattern applies (FAST_SAFE: U+0000-U+024F and
 * U+2000-U+206F). A word is a run of word characters (_FAST_WORD: the letters and
 * digits of Latin-1 and Latin Extended-A/B, and the underscore) joined across one
 * apostrophe (' ’ ʼ), decimal point or comma followed by another word character, as
 * ``_FAST_WORD_PATTERN`` matches it; tests/test_tokens.py compares the two.
 */
#include "words.h"

static int is_word(Py_UCS4 c) {
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z');
    if (c < 0x100)
        return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA
               || (c >= 0xBC && c <= 0xBE) || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || c >= 0xF8;
    return c <= 0x24F;
}

static int is_joiner(Py_UCS4 c) { return c == '\'' || c == 0x2019 || c == 0x2BC || c == '.' || c == ','; }

static int is_safe(Py_UCS4 c) { return c <= 0x24F || (c >= 0x2000 && c <= 0x206F); }

/* Call found(start, end, arg) for each word; 1 when the text is not all safe, -1 when
   found failed, else 0. */
static int scan(PyObject *text, int (*found)(Py_ssize_t, Py_ssize_t, void *), void *arg) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (kind != PyUnicode_1BYTE_KIND)
        for (Py_ssize_t i = 0; i < n; i++)
            if (!is_safe(PyUnicode_READ(kind, data, i)))
                return 1;
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_word(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && is_word(PyUnicode_READ(kind, data, i)))
            i++;
        while (i + 1 < n && is_joiner(PyUnicode_READ(kind, data, i)) && is_word(PyUnicode_READ(kind, data, i + 1))) {
            i += 1;
            while (i < n && is_word(PyUnicode_READ(kind, data, i)))
                i++;
        }
        if (found(start, i, arg) < 0)
            return -1;
    }
    return 0;
}

static int count_one(Py_ssize_t start, Py_ssize_t end, void *arg) {
    (void)start;
    (void)end;
    ++*(Py_ssize_t *)arg;
    return 0;
}

typedef struct {
    PyObject *text, *starts, *ends, *words;
} Spans;

static int append_index(PyObject *list, Py_ssize_t v) {
    PyObject *o = PyLong_FromSsize_t(v);
    if (!o)
        return -1;
    int rc = PyList_Append(list, o);
    Py_DECREF(o);
    return rc;
}

static int add_span(Py_ssize_t start, Py_ssize_t end, void *arg) {
    Spans *s = arg;
    if (append_index(s->starts, start) < 0 || append_index(s->ends, end) < 0)
        return -1;
    PyObject *word = PyUnicode_Substring(s->text, start, end);
    if (!word)
        return -1;
    int rc = PyList_Append(s->words, word);
    Py_DECREF(word);
    return rc;
}

PyObject *rw_word_spans(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "word_spans: text must be a str");
        return NULL;
    }
    Spans s = {text, PyList_New(0), PyList_New(0), PyList_New(0)};
    PyObject *result = NULL;
    if (s.starts && s.ends && s.words) {
        int rc = scan(text, add_span, &s);
        if (rc == 1)
            result = Py_NewRef(Py_None);
        else if (rc == 0)
            result = PyTuple_Pack(3, s.starts, s.ends, s.words);
    }
    Py_XDECREF(s.starts);
    Py_XDECREF(s.ends);
    Py_XDECREF(s.words);
    return result;
}

PyObject *rw_count_words(PyObject *self, PyObject *text) {
    (void)self;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "count_words: text must be a str");
        return NULL;
    }
    Py_ssize_t count = 0;
    if (scan(text, count_one, &count) == 1)
        Py_RETURN_NONE;
    return PyLong_FromSsize_t(count);
}
