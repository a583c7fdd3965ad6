/* The entity tokenizer of reader/analysis/name_chunks.py (``tokenize``) in C.
 *
 * The tokens are those of name_tokens._TOKEN_RE, in order: at a capital, initials
 * ("U.S.", (?:[A-Z]\.){2,}), one initial before a name ([A-Z]\. followed by white space
 * without a line break, a capital and a small letter) or an abbreviation with its full
 * stop ("Mr.", "Corp."); else a word (\w+ joined across ’ ' - and U+2011 followed by a word
 * character); else any one character that is not white space. \w and \s are those of
 * Python's re on str (Py_UNICODE_ISALNUM or "_", Py_UNICODE_ISSPACE), so every text is
 * covered. Each token becomes a Tok (start, text, src, initial, brk, bare) made as tuple.__new__
 * makes it; equal texts share one string, the one ``shared`` (a dict) holds; ``bare`` is that
 * string without a final "’s" or "'s" (the string itself when it has none). ``initial``:
 * the start is in ``sentence_starts`` (a set of ints), or the token before is an opening
 * mark (“ " ‘ ( — – - :, a straight quote only after white space or at the start);
 * ``brk``: the start lies in one of ``date_spans`` (sorted, disjoint [start, end] pairs).
 * ``lower`` (a set, optional) gets the lower-case form of each word new to ``shared`` that
 * opens with a small letter (str.islower of its first character).
 * tests/test_native_names.py compares it with the Python original.
 */
#include "names.h"

#include <string.h>

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

/* word.lower(): made here for an ASCII word (most), else by str.lower. */
static PyObject *ascii_lower(PyObject *word) {
    if (!PyUnicode_IS_ASCII(word))
        return PyObject_CallMethod(word, "lower", NULL);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    const Py_UCS1 *from = PyUnicode_1BYTE_DATA(word);
    Py_ssize_t k = 0;
    while (k < n && !(from[k] >= 'A' && from[k] <= 'Z'))
        k++;
    if (k == n)
        return Py_NewRef(word);                    /* nothing to lower: the same string */
    PyObject *low = PyUnicode_New(n, 127);
    if (!low)
        return NULL;
    Py_UCS1 *to = PyUnicode_1BYTE_DATA(low);
    for (k = 0; k < n; k++)
        to[k] = (from[k] >= 'A' && from[k] <= 'Z') ? (Py_UCS1)(from[k] + 32) : from[k];
    return low;
}

PyObject *rn_name_tokens(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *shared, *sentence_starts, *date_spans, *lower = Py_None;
    PyTypeObject *tok_type;
    if (!PyArg_ParseTuple(args, "UO!O!O!O|O", &text, &PyType_Type, &tok_type, &PyDict_Type, &shared, &PySet_Type,
                          &sentence_starts, &date_spans, &lower))
        return NULL;
    if (lower != Py_None && !PySet_Check(lower)) {
        PyErr_SetString(PyExc_TypeError, "name_tokens: lower must be a set or None");
        return NULL;
    }
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
        if (same && same == word && lower != Py_None && Py_UNICODE_ISLOWER(c)) {
            /* a new word opening with a small letter: its lower-case form */
            PyObject *low = ascii_lower(word);
            if (!low || PySet_Add(lower, low) < 0)
                same = NULL;
            Py_XDECREF(low);
        }
        int in_sentence = same ? PySet_Contains(sentence_starts, start) : -1;
        PyObject *bare = NULL;
        if (in_sentence >= 0) {
            /* the text without a possessive "’s" / "'s" (name_tokens.bare_of) */
            Py_ssize_t len = PyUnicode_GET_LENGTH(same);
            Py_UCS4 mark = len >= 2 ? PyUnicode_READ_CHAR(same, len - 2) : 0;
            if (len >= 2 && PyUnicode_READ_CHAR(same, len - 1) == 's' && (mark == 0x2019 || mark == '\''))
                bare = PyUnicode_Substring(same, 0, len - 2);
            else
                bare = Py_NewRef(same);
        }
        PyObject *tok = bare ? tok_type->tp_alloc(tok_type, 6) : NULL;
        Py_XDECREF(word);
        if (!tok) {
            Py_XDECREF(bare);
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
        PyTuple_SET_ITEM(tok, 5, bare);
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

/* --- name_runs: the runs of name words find_chunks joins ----------------------------- */

typedef struct {
    PyObject *caps_breaks, *months, *particles, *connectors, *trailing;
    PyObject *the, *of, *for_, *comma, *dc, *dc_short;
} Words;

static PyObject *tok_text(PyObject *toks, Py_ssize_t k) { return PyTuple_GET_ITEM(PyList_GET_ITEM(toks, k), 1); }

static Py_ssize_t tok_start(PyObject *toks, Py_ssize_t k) {
    return PyLong_AsSsize_t(PyTuple_GET_ITEM(PyList_GET_ITEM(toks, k), 0));
}

static int ends_possessive(PyObject *s) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n < 2 || PyUnicode_READ_CHAR(s, n - 1) != 's')
        return 0;
    Py_UCS4 c = PyUnicode_READ_CHAR(s, n - 2);
    return c == 0x2019 || c == '\'';
}

static int in_set(PyObject *set, PyObject *s) { return PySet_Contains(set, s); }

static int equal(PyObject *a, PyObject *b) { return a == b || PyUnicode_Compare(a, b) == 0; }

/* name_chunks._is_name_token; -1 on an error. */
static int is_name_token(PyObject *toks, Py_ssize_t k, const Words *w) {
    PyObject *tok = PyList_GET_ITEM(toks, k);
    PyObject *text = PyTuple_GET_ITEM(tok, 1);
    if (PyUnicode_GET_LENGTH(text) == 0)
        return 0;
    Py_UCS4 c = PyUnicode_READ_CHAR(text, 0);
    if (!Py_UNICODE_ISUPPER(c) || !Py_UNICODE_ISALPHA(c) || PyTuple_GET_ITEM(tok, 4) == Py_True)
        return 0;
    int r = in_set(w->caps_breaks, text);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (!ends_possessive(text))
        return (r = in_set(w->months, text)) < 0 ? -1 : !r;
    PyObject *bare = PyUnicode_Substring(text, 0, PyUnicode_GET_LENGTH(text) - 2);
    if (!bare)
        return -1;
    r = in_set(w->months, bare);
    Py_DECREF(bare);
    return r < 0 ? -1 : !r;
}

/* name_chunks._PREFIXED_RE.match(text) */
static int prefixed(PyObject *text) {
    static const char *PREFIXES[] = {"al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "ar", "an", "at", "az", "d", NULL};
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (const char **p = PREFIXES; *p; p++) {
        Py_ssize_t m = (Py_ssize_t)strlen(*p), k = 0;
        while (k < m && k < n && PyUnicode_READ_CHAR(text, k) == (Py_UCS4)(unsigned char)(*p)[k])
            k++;
        if (k < m || m + 1 >= n)
            continue;
        Py_UCS4 mark = PyUnicode_READ_CHAR(text, m), cap = PyUnicode_READ_CHAR(text, m + 1);
        if ((mark == '-' || mark == 0x2019 || mark == '\'') && cap >= 'A' && cap <= 'Z')
            return 1;
    }
    return 0;
}

/* name_chunks._continues(toks[j - 1], toks[j]) */
static int continues(PyObject *toks, Py_ssize_t j, const Words *w) {
    PyObject *prev = tok_text(toks, j - 1), *text = tok_text(toks, j);
    Py_ssize_t prev_end = tok_start(toks, j - 1) + PyUnicode_GET_LENGTH(prev), start = tok_start(toks, j);
    if (PyErr_Occurred())
        return -1;
    int name = is_name_token(toks, j, w);
    if (name)
        return name < 0 ? -1 : !ends_possessive(prev) && prev_end <= start;
    return PyUnicode_GET_LENGTH(text) > 0 && prefixed(text) && prev_end < start;
}

/* name_chunks._particles(toks, j) */
static Py_ssize_t particles(PyObject *toks, Py_ssize_t j, Py_ssize_t n, const Words *w) {
    Py_ssize_t k = j;
    int r;
    while (k < n && k - j < 3 && (r = in_set(w->particles, tok_text(toks, k))) != 0) {
        if (r < 0)
            return -1;
        k++;
    }
    if (!(k > j + 1 && k < n))
        return 0;
    r = is_name_token(toks, k, w);
    return r < 0 ? -1 : r ? k - j : 0;
}

/* The end of the run of name words find_chunks joins from toks[i] (a name word); -1 on an error. */
static Py_ssize_t run_end(PyObject *toks, Py_ssize_t i, Py_ssize_t n, const Words *w) {
    Py_ssize_t j = i + 1;
    int r;
    while (j < n) {
        PyObject *tok = PyList_GET_ITEM(toks, j), *text = PyTuple_GET_ITEM(tok, 1);
        PyObject *prev = tok_text(toks, j - 1);
        Py_ssize_t gap = tok_start(toks, j - 1) + PyUnicode_GET_LENGTH(prev), start = tok_start(toks, j);
        if (PyErr_Occurred())
            return -1;
        if (gap < start) {
            PyObject *src = PyTuple_GET_ITEM(tok, 2);
            if (!PyUnicode_Check(src) || start > PyUnicode_GET_LENGTH(src)) {
                PyErr_SetString(PyExc_ValueError, "name_runs: a token's start is beyond its text");
                return -1;
            }
            if (PyUnicode_FindChar(src, '\n', gap, start, 1) >= 0)
                break;
        }
        if ((r = continues(toks, j, w)) != 0) {
            if (r < 0)
                return -1;
            j += 1;
            continue;
        }
        if ((r = in_set(w->particles, text)) != 0) {
            Py_ssize_t p = r < 0 ? -1 : particles(toks, j, n, w);
            if (p < 0)
                return -1;
            if (p) {
                j += p + 1;
                continue;
            }
        }
        if ((r = in_set(w->connectors, text)) != 0 && j + 1 < n) {
            int name = r < 0 ? -1 : is_name_token(toks, j + 1, w);
            int after = name > 0 ? in_set(w->connectors, prev) : 0;
            if (name < 0 || after < 0)
                return -1;
            if (name && !after) {
                j += equal(tok_text(toks, j + 1), w->the) ? 1 : 2;
                continue;
            }
        } else if (r < 0)
            return -1;
        if (equal(text, w->the) && (equal(prev, w->of) || equal(prev, w->for_)) && j + 1 < n) {
            if ((r = is_name_token(toks, j + 1, w)) != 0) {
                if (r < 0)
                    return -1;
                j += 1;
                continue;
            }
        }
        if (equal(text, w->comma) && j + 1 < n
            && (equal(tok_text(toks, j + 1), w->dc) || equal(tok_text(toks, j + 1), w->dc_short))) {
            j += 2;
            continue;
        }
        break;
    }
    while (j > i && (r = in_set(w->trailing, tok_text(toks, j - 1))) != 0) {
        if (r < 0)
            return -1;
        j--;
    }
    return j;
}

PyObject *rn_name_runs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *toks;
    Words w = {0};
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!", &PyList_Type, &toks, &PyFrozenSet_Type, &w.caps_breaks,
                          &PyFrozenSet_Type, &w.months, &PyFrozenSet_Type, &w.particles, &PyFrozenSet_Type,
                          &w.connectors, &PyFrozenSet_Type, &w.trailing))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(toks);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *tok = PyList_GET_ITEM(toks, k);
        if (!PyTuple_Check(tok) || PyTuple_GET_SIZE(tok) != 6 || !PyLong_Check(PyTuple_GET_ITEM(tok, 0))
            || !PyUnicode_Check(PyTuple_GET_ITEM(tok, 1))) {
            PyErr_SetString(PyExc_TypeError, "name_runs: toks must be name_chunks.Tok tuples");
            return NULL;
        }
    }
    PyObject *out = PyList_New(0);
    w.the = PyUnicode_FromString("the");
    w.of = PyUnicode_FromString("of");
    w.for_ = PyUnicode_FromString("for");
    w.comma = PyUnicode_FromString(",");
    w.dc = PyUnicode_FromString("D.C.");
    w.dc_short = PyUnicode_FromString("D.C");
    if (!w.the || !w.of || !w.for_ || !w.comma || !w.dc || !w.dc_short)
        Py_CLEAR(out);
    Py_ssize_t i = 0;
    while (out && i < n) {
        int r = is_name_token(toks, i, &w);
        if (r <= 0) {
            if (r < 0)
                Py_CLEAR(out);
            i++;
            continue;
        }
        Py_ssize_t j = run_end(toks, i, n, &w);
        PyObject *run = j < 0 ? NULL : Py_BuildValue("(nn)", i, j);
        if (!run || PyList_Append(out, run) < 0)
            Py_CLEAR(out);
        Py_XDECREF(run);
        i = j > i ? j : i + 1;
    }
    Py_XDECREF(w.the);
    Py_XDECREF(w.of);
    Py_XDECREF(w.for_);
    Py_XDECREF(w.comma);
    Py_XDECREF(w.dc);
    Py_XDECREF(w.dc_short);
    return out;
}

/* --- speaker_words: the speaker registry's words -------------------------------------- */

/* The words of reader.analysis.speaker_words.words(text, lo, hi): the matches of its _WORD_RE
 * (\w(?:(?<=[^\W\d_])[\w.’'\-]*|(?<=\d)[\w.,]*)) in text[lo:hi], as (start, end, word); a
 * final full stop is cut off (end one less) unless the word has another full stop, is in
 * ``keep`` (its suffixes, titles and honorifics) or is initials ((?:[A-Z]\.)+). \w and \d are
 * re's on str: Py_UNICODE_ISALNUM or "_", Py_UNICODE_ISDECIMAL. */

static int initials(int kind, const void *data, Py_ssize_t s, Py_ssize_t e) {
    if (e - s < 2 || (e - s) % 2)
        return 0;
    for (Py_ssize_t k = s; k < e; k += 2) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (!(c >= 'A' && c <= 'Z') || PyUnicode_READ(kind, data, k + 1) != '.')
            return 0;
    }
    return 1;
}

PyObject *rn_speaker_words(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *keep;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "UnnO!", &text, &lo, &hi, &PyFrozenSet_Type, &keep))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    PyObject *out = PyList_New(0);
    Py_ssize_t i = lo;
    while (out && i < hi) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int digit = Py_UNICODE_ISDECIMAL(c);
        if (c == '_' || !(digit || Py_UNICODE_ISALNUM(c))) {
            i++;                                 /* no word starts here ("_" opens none) */
            continue;
        }
        Py_ssize_t j = i + 1, dots = 0;
        while (j < hi) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (d == '.')
                dots++;
            else if (!(d == '_' || Py_UNICODE_ISALNUM(d)
                       || (digit ? d == ',' : (d == 0x2019 || d == '\'' || d == '-'))))
                break;
            j++;
        }
        Py_ssize_t end = j;
        if (PyUnicode_READ(kind, data, j - 1) == '.' && dots == 1 && !initials(kind, data, i, j)) {
            PyObject *word = PyUnicode_Substring(text, i, j);
            int kept = word ? PySet_Contains(keep, word) : -1;
            Py_XDECREF(word);
            if (kept < 0) {
                Py_CLEAR(out);
                break;
            }
            if (!kept)
                end = j - 1;
        }
        PyObject *item = Py_BuildValue("(nnN)", i, end, PyUnicode_Substring(text, i, end));
        if (!item || PyList_Append(out, item) < 0)
            Py_CLEAR(out);
        Py_XDECREF(item);
        i = j;
    }
    return out;
}

/* figure_starts(text, low, words) -> [int, ...]: reader.analysis.figures._figure_starts (its
 * Python loop) where ``low`` is text.lower() of the same length, and ``words`` its
 * _NUMBER_WORD_STARTS (ASCII, two letters or more, none a prefix of another: no two start at one place).
 * In order, without repeats: where _SIGN_OR_DIGITS_RE ([$€£¥\d]\d*, \d as Py_UNICODE_ISDECIMAL) matches in
 * ``text``, scanning on from the end of each match; where a word of ``words`` starts in
 * ``low``; where ``low`` has an "a", white space (Py_UNICODE_ISSPACE) and "dozen" or
 * "hundred" (_A_BEFORE_RE); each word or "a" only when the character before it in ``text``
 * is not alphanumeric (str.isalnum), "_" or "-". One pass, where the Python original scans
 * the text once per word (tests/test_speed_figures.py compares the two). */
static int is_sign(Py_UCS4 c) { return c == '$' || (c >= 0xA3 && (c == 0xA3 || c == 0xA5 || c == 0x20AC)); }

/* \d of re on str (Py_UNICODE_ISDECIMAL), without the table look-up for ASCII. */
static int is_decimal(Py_UCS4 c) { return c < 128 ? (c >= '0' && c <= '9') : Py_UNICODE_ISDECIMAL(c); }

/* The scans below are compiled once per string kind (1, 2 or 4 bytes a character), so that
 * PyUnicode_READ reads without asking the kind at each character. */
#if defined(__GNUC__) || defined(__clang__)
#define SCAN_INLINE static inline __attribute__((always_inline))
#else
#define SCAN_INLINE static inline
#endif

SCAN_INLINE int at_word(int kind, const void *data, Py_ssize_t n, Py_ssize_t i, const char *w, Py_ssize_t len) {
    if (i + len > n)
        return 0;
    for (Py_ssize_t k = 0; k < len; k++)
        if (PyUnicode_READ(kind, data, i + k) != (Py_UCS4)(unsigned char)w[k])
            return 0;
    return 1;
}

/* figure_starts' scan of ``text`` (kind tk) and ``low`` (kind lk), appending to ``out``. */
SCAN_INLINE int figure_scan(int tk, const void *td, int lk, const void *ld, Py_ssize_t n, const char **word,
                            const Py_ssize_t *size, unsigned char (*first)[8], const unsigned char *count,
                            PyObject *out) {
    Py_ssize_t run_end = 0;             /* where the last sign-or-digits match ended */
    int after = 0;                      /* the character before is alphanumeric, "_" or "-" */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(tk, td, i);
        int before = after;
        after = c < 128 ? ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c == '-')
                        : Py_UNICODE_ISALNUM(c);
        Py_ssize_t found = -1;
        if (is_decimal(c) || is_sign(c)) {
            if (i >= run_end) {
                found = i;
                run_end = i + 1;
                while (run_end < n && is_decimal(PyUnicode_READ(tk, td, run_end)))
                    run_end++;
            }
        } else if (!before) {               /* a word or "a" starts only here */
            Py_UCS4 l = PyUnicode_READ(lk, ld, i);
            if (l >= 128 || (!count[l] && l != 'a'))
                continue;
            int starts = 0;
            Py_UCS4 l2 = count[l] && i + 1 < n ? PyUnicode_READ(lk, ld, i + 1) : 0;
            for (int m = 0; m < count[l] && !starts; m++) {      /* (the second letter first) */
                const char *w = word[first[l][m]];
                starts = (Py_UCS4)(unsigned char)w[1] == l2 && at_word(lk, ld, n, i, w, size[first[l][m]]);
            }
            if (!starts && l == 'a') {
                Py_ssize_t j = i + 1;
                while (j < n && Py_UNICODE_ISSPACE(PyUnicode_READ(lk, ld, j)))
                    j++;
                starts = j > i + 1 && (at_word(lk, ld, n, j, "dozen", 5) || at_word(lk, ld, n, j, "hundred", 7));
            }
            if (starts)
                found = i;
        }
        if (found >= 0) {
            PyObject *at = PyLong_FromSsize_t(found);
            int failed = !at || PyList_Append(out, at) < 0;
            Py_XDECREF(at);
            if (failed)
                return -1;
        }
    }
    return 0;
}

PyObject *rn_figure_starts(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *low, *words;
    if (!PyArg_ParseTuple(args, "UUO!", &text, &low, &PyTuple_Type, &words))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_GET_LENGTH(low) != n) {
        PyErr_SetString(PyExc_ValueError, "figure_starts: low must be as long as text");
        return NULL;
    }
    Py_ssize_t nwords = PyTuple_GET_SIZE(words);
    const char *word[32];
    Py_ssize_t size[32];
    if (nwords > 32) {
        PyErr_SetString(PyExc_ValueError, "figure_starts: at most 32 words");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < nwords; k++) {
        word[k] = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(words, k), &size[k]);
        if (!word[k])
            return NULL;
        int ascii = 1;
        for (Py_ssize_t j = 0; j < size[k]; j++)
            ascii &= (unsigned char)word[k][j] < 128;
        if (size[k] < 2 || !ascii) {
            PyErr_SetString(PyExc_ValueError, "figure_starts: words must be ASCII, two letters or more");
            return NULL;
        }
    }
    unsigned char first[128][8], count[128] = {0};     /* per ASCII character: the words starting with it */
    for (Py_ssize_t k = 0; k < nwords; k++) {
        unsigned char c = (unsigned char)word[k][0];
        if (count[c] == 8) {
            PyErr_SetString(PyExc_ValueError, "figure_starts: at most 8 words per first letter");
            return NULL;
        }
        first[c][count[c]++] = (unsigned char)k;
    }
    int tk = PyUnicode_KIND(text), lk = PyUnicode_KIND(low);
    const void *td = PyUnicode_DATA(text), *ld = PyUnicode_DATA(low);
    PyObject *out = PyList_New(0);
    if (!out)
        return NULL;
    int failed;
    if (tk == PyUnicode_1BYTE_KIND && lk == PyUnicode_1BYTE_KIND)
        failed = figure_scan(PyUnicode_1BYTE_KIND, td, PyUnicode_1BYTE_KIND, ld, n, word, size, first, count, out);
    else if (tk == PyUnicode_2BYTE_KIND && lk == PyUnicode_2BYTE_KIND)
        failed = figure_scan(PyUnicode_2BYTE_KIND, td, PyUnicode_2BYTE_KIND, ld, n, word, size, first, count, out);
    else
        failed = figure_scan(tk, td, lk, ld, n, word, size, first, count, out);
    if (failed)
        Py_CLEAR(out);
    return out;
}

/* word_hits(text, forms, enough) -> int: reader.analysis.entity_cues._sport_words: how many
 * times a form of ``forms`` (ASCII, two characters or more, opening with a letter) stands in
 * ``text`` with no word character (str.isalnum or "_") on either side, counted up to
 * ``enough`` (the count is returned as soon as it reaches it). Each form counts on its own,
 * as the Python original's one str.find scan per form counts it; here one pass over the text
 * looks for them only where a word starts, by their first two characters.
 * (hits_scan: its scan of ``text``, of kind ``kind``: the count, up to ``enough``.) */
SCAN_INLINE Py_ssize_t hits_scan(int kind, const void *data, Py_ssize_t n, const char **form, const Py_ssize_t *size,
                                 unsigned char (*first)[16], const unsigned char *count, Py_ssize_t enough) {
    Py_ssize_t found = 0;
    int after = 0;                      /* the character before is a word character */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int before = after;
        after = c < 128 ? ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_')
                        : Py_UNICODE_ISALNUM(c);
        if (before || c >= 128 || !count[c] || i + 1 >= n)
            continue;
        Py_UCS4 c2 = PyUnicode_READ(kind, data, i + 1);
        for (int m = 0; m < count[c]; m++) {
            const char *w = form[first[c][m]];
            Py_ssize_t len = size[first[c][m]];
            if ((Py_UCS4)(unsigned char)w[1] != c2 || !at_word(kind, data, n, i, w, len))
                continue;
            Py_UCS4 e = i + len < n ? PyUnicode_READ(kind, data, i + len) : ' ';
            if (i + len < n && (e == '_' || Py_UNICODE_ISALNUM(e)))
                continue;
            if (++found >= enough)
                return found;
        }
    }
    return found;
}

PyObject *rn_word_hits(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *forms;
    Py_ssize_t enough;
    if (!PyArg_ParseTuple(args, "UO!n", &text, &PyTuple_Type, &forms, &enough))
        return NULL;
    Py_ssize_t nforms = PyTuple_GET_SIZE(forms);
    if (nforms > 255) {
        PyErr_SetString(PyExc_ValueError, "word_hits: at most 255 forms");
        return NULL;
    }
    const char *form[255];
    Py_ssize_t size[255];
    unsigned char first[128][16], count[128] = {0};     /* per ASCII letter: the forms starting with it */
    for (Py_ssize_t k = 0; k < nforms; k++) {
        form[k] = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(forms, k), &size[k]);
        if (!form[k])
            return NULL;
        unsigned char c = (unsigned char)form[k][0];
        int ascii = 1;
        for (Py_ssize_t j = 0; j < size[k]; j++)
            ascii &= (unsigned char)form[k][j] < 128;
        if (size[k] < 2 || !ascii || !(((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || count[c] == 16) {
            PyErr_SetString(PyExc_ValueError, "word_hits: forms must be ASCII, open with a letter, two "
                                              "characters or more, at most 16 per first letter");
            return NULL;
        }
        first[c][count[c]++] = (unsigned char)k;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), found;
    if (kind == PyUnicode_1BYTE_KIND)
        found = hits_scan(PyUnicode_1BYTE_KIND, data, n, form, size, first, count, enough);
    else if (kind == PyUnicode_2BYTE_KIND)
        found = hits_scan(PyUnicode_2BYTE_KIND, data, n, form, size, first, count, enough);
    else
        found = hits_scan(PyUnicode_4BYTE_KIND, data, n, form, size, first, count, enough);
    return PyLong_FromSsize_t(found);
}
