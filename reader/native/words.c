/* The fast tokenizer of reader/text/tokens.py in C, for text made only of the characters
 * where its standard-library pattern applies (FAST_SAFE: U+0000-U+024F and
 * U+2000-U+206F). A word is a run of word characters (_FAST_WORD: the letters and
 * digits of Latin-1 and Latin Extended-A/B, and the underscore) joined across one
 * apostrophe (' ’ ʼ), decimal point or comma followed by another word character, as
 * ``_FAST_WORD_PATTERN`` matches it; tests/test_tokens.py compares the two.
 *
 * ``tokenize`` also gives each word's normal form: ASCII words lowercased here, others
 * through the ``normal_form`` function passed in. Each distinct word is normalised once
 * and its form shared by all its occurrences, found through a table keyed by the
 * word's characters, so repeated words cost no new string at all.
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

/* --- tokenize: spans and normal forms ------------------------------------------------ */

typedef struct {
    uint32_t hash;
    uint32_t entry; /* 1 + index into the entries; 0: an empty slot */
} FormSlot;

typedef struct {
    Py_ssize_t start, len; /* the word's first occurrence in the text */
    PyObject *norm;
} FormEntry;

typedef struct {
    PyObject *text, *normal_form, *norms;
    void *starts, *ends; /* the words' offsets: the buffers of the arrays returned */
    int wide;            /* int64 offsets (typecode 'q'), else int32 ('i') */
    Py_ssize_t count;
    int kind;
    const void *data;
    FormSlot *slots; /* at most half full */
    size_t size;
    FormEntry *entries;
    size_t used, cap;
} Forms;

static uint64_t span_hash(const Forms *f, Py_ssize_t start, Py_ssize_t end) {
    uint64_t h = 0xCBF29CE484222325ULL;
    for (Py_ssize_t i = start; i < end; i++) {
        h ^= PyUnicode_READ(f->kind, f->data, i);
        h *= 0x100000001B3ULL;
    }
    return h;
}

static int same_span(const Forms *f, Py_ssize_t first, Py_ssize_t len, Py_ssize_t start, Py_ssize_t end) {
    if (len != end - start)
        return 0;
    for (Py_ssize_t i = 0; i < len; i++)
        if (PyUnicode_READ(f->kind, f->data, first + i) != PyUnicode_READ(f->kind, f->data, start + i))
            return 0;
    return 1;
}

static int grow_forms(Forms *f) {
    size_t size = f->size ? f->size * 2 : 1024;
    FormSlot *slots = PyMem_Calloc(size, sizeof(FormSlot));
    if (!slots) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t k = 0; k < f->size; k++) {
        if (!f->slots[k].entry)
            continue;
        size_t s = f->slots[k].hash & (size - 1);
        while (slots[s].entry)
            s = (s + 1) & (size - 1);
        slots[s] = f->slots[k];
    }
    PyMem_Free(f->slots);
    f->slots = slots;
    f->size = size;
    if (f->cap < size / 2) {
        FormEntry *entries = PyMem_Realloc(f->entries, (size / 2) * sizeof(FormEntry));
        if (!entries) {
            PyErr_NoMemory();
            return -1;
        }
        f->entries = entries;
        f->cap = size / 2;
    }
    return 0;
}

/* The normal form of text[start:end]: ASCII lowercased here, anything else by the
   normal_form function. */
static PyObject *new_form(Forms *f, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t n = end - start;
    int ascii = 1;
    for (Py_ssize_t i = start; i < end && ascii; i++)
        ascii = PyUnicode_READ(f->kind, f->data, i) < 0x80;
    if (ascii) {
        PyObject *low = PyUnicode_New(n, 127);
        if (!low)
            return NULL;
        Py_UCS1 *dst = PyUnicode_1BYTE_DATA(low);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(f->kind, f->data, start + i);
            dst[i] = (Py_UCS1)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        return low;
    }
    PyObject *word = PyUnicode_Substring(f->text, start, end);
    if (!word)
        return NULL;
    PyObject *form = PyObject_CallOneArg(f->normal_form, word);
    Py_DECREF(word);
    if (form && !PyUnicode_Check(form)) {
        Py_DECREF(form);
        PyErr_SetString(PyExc_TypeError, "tokenize: normal_form must return a str");
        return NULL;
    }
    return form;
}

static int add_token(Py_ssize_t start, Py_ssize_t end, void *arg) {
    Forms *f = arg;
    if (f->wide) {
        ((int64_t *)f->starts)[f->count] = start;
        ((int64_t *)f->ends)[f->count] = end;
    } else {
        ((int32_t *)f->starts)[f->count] = (int32_t)start;
        ((int32_t *)f->ends)[f->count] = (int32_t)end;
    }
    if (f->used * 2 >= f->size && grow_forms(f) < 0)
        return -1;
    uint32_t h = (uint32_t)span_hash(f, start, end);
    size_t s = h & (f->size - 1);
    FormEntry *e = NULL;
    while (f->slots[s].entry) {
        e = &f->entries[f->slots[s].entry - 1];
        if (f->slots[s].hash == h && same_span(f, e->start, e->len, start, end))
            break;
        e = NULL;
        s = (s + 1) & (f->size - 1);
    }
    if (!e) {
        PyObject *norm = new_form(f, start, end);
        if (!norm)
            return -1;
        e = &f->entries[f->used];
        *e = (FormEntry){start, end - start, norm};
        f->slots[s] = (FormSlot){h, (uint32_t)++f->used};
    }
    PyList_SET_ITEM(f->norms, f->count, Py_NewRef(e->norm));
    f->count++;
    return 0;
}

PyObject *rw_zeros(const char *typecode, Py_ssize_t n) {
    PyObject *module = PyImport_ImportModule("array");
    if (!module)
        return NULL;
    PyObject *one = PyObject_CallMethod(module, "array", "s[i]", typecode, 0);
    Py_DECREF(module);
    if (!one)
        return NULL;
    PyObject *count = PyLong_FromSsize_t(n);
    PyObject *result = count ? PyNumber_Multiply(one, count) : NULL;
    Py_XDECREF(count);
    Py_DECREF(one);
    return result;
}

PyObject *rw_tokenize(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *normal_form;
    if (!PyArg_ParseTuple(args, "UO:tokenize", &text, &normal_form))
        return NULL;
    Py_ssize_t n = 0;
    if (scan(text, count_one, &n) == 1) /* counted first: every array has its final size */
        Py_RETURN_NONE;
    int wide = PyUnicode_GET_LENGTH(text) > INT32_MAX;
    const char *typecode = wide ? "q" : "i";
    PyObject *starts = rw_zeros(typecode, n), *ends = starts ? rw_zeros(typecode, n) : NULL;
    PyObject *norms = ends ? PyList_New(n) : NULL;
    PyObject *result = NULL;
    Py_buffer sv = {0}, ev = {0};
    if (norms && PyObject_GetBuffer(starts, &sv, PyBUF_WRITABLE) == 0) {
        if (PyObject_GetBuffer(ends, &ev, PyBUF_WRITABLE) == 0) {
            Forms f = {text, normal_form, norms, sv.buf, ev.buf, wide, 0, PyUnicode_KIND(text), PyUnicode_DATA(text),
                       NULL, 0, NULL, 0, 0};
            if (sv.len != n * (wide ? 8 : 4) || ev.len != sv.len)
                PyErr_SetString(PyExc_RuntimeError, "tokenize: unexpected array size");
            else if (scan(text, add_token, &f) == 0 && f.count == n)
                result = PyTuple_Pack(3, starts, ends, norms);
            else if (!PyErr_Occurred())
                PyErr_SetString(PyExc_RuntimeError, "tokenize: the two scans disagree");
            for (size_t k = 0; k < f.used; k++)
                Py_DECREF(f.entries[k].norm);
            PyMem_Free(f.slots);
            PyMem_Free(f.entries);
            PyBuffer_Release(&ev);
        }
        PyBuffer_Release(&sv);
    }
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(norms);
    return result;
}
