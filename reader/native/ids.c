/* reader.engine.align.word_ids in C: both texts' normal forms as word ids, numbered in order
 * of first appearance (a then b), and which ids are stop words.
 *
 * One open-addressing table of the distinct forms, keyed by the strings' own (cached)
 * hashes: reader.text.tokens gives one string object for all occurrences of a word form, so
 * most look-ups end on the same object at once. No Python object is made per word or per
 * form. The result is the Python function's exactly; tests/test_native_align.py
 * compares them.
 */
#include "ids.h"
#include "words.h"

#include <stdint.h>
#include <string.h>

typedef struct {
    PyObject *key; /* borrowed: the lists keep the strings alive; NULL: empty */
    Py_hash_t hash;
} Form;

typedef struct {
    Form *slots; /* at most half full; a form's id is its order of arrival */
    int32_t *ids;
    size_t mask, used;
} Table;

static int grow(Table *t) {
    size_t size = t->slots ? (t->mask + 1) * 2 : 4096;
    Form *slots = PyMem_Calloc(size, sizeof(Form));
    int32_t *ids = PyMem_Malloc(size * sizeof(int32_t));
    if (!slots || !ids) {
        PyMem_Free(slots);
        PyMem_Free(ids);
        PyErr_NoMemory();
        return -1;
    }
    for (size_t k = 0; t->slots && k <= t->mask; k++) {
        if (!t->slots[k].key)
            continue;
        size_t s = (size_t)t->slots[k].hash & (size - 1);
        while (slots[s].key)
            s = (s + 1) & (size - 1);
        slots[s] = t->slots[k];
        ids[s] = t->ids[k];
    }
    PyMem_Free(t->slots);
    PyMem_Free(t->ids);
    t->slots = slots;
    t->ids = ids;
    t->mask = size - 1;
    return 0;
}

/* ids of one list's items into out[]; new forms are numbered on, their keys kept in order */
static int number(PyObject *list, Table *t, PyObject **order, int32_t *out) {
    Py_ssize_t n = PyList_GET_SIZE(list);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *w = PyList_GET_ITEM(list, k);
        if (!PyUnicode_CheckExact(w)) {
            PyErr_SetString(PyExc_TypeError, "word_ids: normal forms must be str");
            return -1;
        }
        Py_hash_t h = PyObject_Hash(w); /* cached in the string after the first time */
        if (h == -1)
            return -1;
        size_t s = (size_t)h & t->mask;
        while (t->slots[s].key) {
            PyObject *key = t->slots[s].key;
            if (key == w || (t->slots[s].hash == h && PyUnicode_Compare(key, w) == 0))
                break;
            s = (s + 1) & t->mask;
        }
        if (!t->slots[s].key) {
            t->slots[s] = (Form){w, h};
            t->ids[s] = (int32_t)t->used;
            order[t->used++] = w;
            if (2 * t->used > t->mask + 1) {
                out[k] = (int32_t)(t->used - 1);
                if (grow(t) < 0)
                    return -1;
                continue;
            }
        }
        out[k] = t->ids[s];
    }
    return 0;
}

static PyObject *int32_array(Py_ssize_t n, int32_t **buf, Py_buffer *view) {
    PyObject *arr = rw_zeros("i", n);
    if (arr && PyObject_GetBuffer(arr, view, PyBUF_WRITABLE) < 0)
        Py_CLEAR(arr);
    if (arr)
        *buf = view->buf;
    return arr;
}

PyObject *ri_word_ids(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *la, *lb, *stopwords;
    if (!PyArg_ParseTuple(args, "O!O!O:word_ids", &PyList_Type, &la, &PyList_Type, &lb, &stopwords))
        return NULL;
    Py_ssize_t na = PyList_GET_SIZE(la), nb = PyList_GET_SIZE(lb);
    if (na + nb >= INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "word_ids: too many words");
        return NULL;
    }
    PyObject *a = NULL, *b = NULL, *stop = NULL, *result = NULL;
    PyObject **order = PyMem_Malloc((size_t)(na + nb + 1) * sizeof(PyObject *));
    Py_buffer va = {0}, vb = {0};
    int32_t *ia = NULL, *ib = NULL;
    Table t = {0};
    if (!order) {
        PyErr_NoMemory();
        goto done;
    }
    if (grow(&t) < 0 || !(a = int32_array(na, &ia, &va)) || !(b = int32_array(nb, &ib, &vb)))
        goto done;
    /* the lists must not change while their items are borrowed: nothing here runs Python
       code but str hashing and comparison, which cannot */
    if (number(la, &t, order, ia) < 0 || number(lb, &t, order, ib) < 0)
        goto done;
    stop = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)t.used);
    if (!stop)
        goto done;
    char *flags = PyByteArray_AS_STRING(stop);
    for (size_t k = 0; k < t.used; k++) {
        int in = PySequence_Contains(stopwords, order[k]);
        if (in < 0)
            goto done;
        flags[k] = (char)(in ? 1 : 0);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    result = PyTuple_Pack(3, a, b, stop);
done:
    if (va.obj)
        PyBuffer_Release(&va);
    if (vb.obj)
        PyBuffer_Release(&vb);
    PyMem_Free(t.slots);
    PyMem_Free(t.ids);
    PyMem_Free(order);
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(stop);
    return result;
}
