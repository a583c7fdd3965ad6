/* reader.align.word_ids in C: both texts' normal forms as word ids, numbered in order
 * of first appearance (a then b), and which ids are stop words.
 *
 * reader.tokens gives one string object for all occurrences of a word form, so most
 * tokens are found by their object's address (a small open-addressing table), and only
 * each distinct object goes through a dict of the strings themselves. The result is the
 * Python function's exactly; tests/test_native_align.py compares them.
 */
#include "ids.h"

#include <stdint.h>
#include <string.h>

static size_t addr_hash(PyObject *p) {
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    return (size_t)h;
}

typedef struct {
    PyObject *key; /* borrowed: the lists keep the strings alive */
    int32_t id;
} Seen;

typedef struct {
    Seen *slots;
    size_t mask, used;
} Table;

static int grow(Table *t) {
    size_t size = (t->mask + 1) * 2;
    Seen *slots = PyMem_Calloc(size, sizeof(Seen));
    if (!slots) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t k = 0; k <= t->mask; k++) {
        if (!t->slots[k].key)
            continue;
        size_t s = addr_hash(t->slots[k].key) & (size - 1);
        while (slots[s].key)
            s = (s + 1) & (size - 1);
        slots[s] = t->slots[k];
    }
    PyMem_Free(t->slots);
    t->slots = slots;
    t->mask = size - 1;
    return 0;
}


/* ids of one list's items into out[]; forms maps each distinct string to its id */
static int number(PyObject *list, Table *t, PyObject *forms, int32_t *out) {
    Py_ssize_t n = PyList_GET_SIZE(list);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *w = PyList_GET_ITEM(list, k);
        if (2 * (t->used + 1) > t->mask + 1 && grow(t) < 0) /* at most half full */
            return -1;
        size_t s = addr_hash(w) & t->mask;
        while (t->slots[s].key && t->slots[s].key != w)
            s = (s + 1) & t->mask;
        if (!t->slots[s].key) {
            if (!PyUnicode_CheckExact(w)) {
                PyErr_SetString(PyExc_TypeError, "word_ids: normal forms must be str");
                return -1;
            }
            PyObject *id = PyDict_GetItemWithError(forms, w);
            if (!id) {
                if (PyErr_Occurred())
                    return -1;
                id = PyLong_FromSsize_t(PyDict_GET_SIZE(forms));
                if (!id || PyDict_SetItem(forms, w, id) < 0) {
                    Py_XDECREF(id);
                    return -1;
                }
                Py_DECREF(id); /* the dict holds it */
            }
            t->slots[s] = (Seen){w, (int32_t)PyLong_AsLong(id)};
            t->used++;
        }
        out[k] = t->slots[s].id;
    }
    return 0;
}

static PyObject *int32_array(Py_ssize_t n, int32_t **buf, Py_buffer *view) {
    PyObject *module = PyImport_ImportModule("array");
    if (!module)
        return NULL;
    PyObject *one = PyObject_CallMethod(module, "array", "s[i]", "i", 0);
    Py_DECREF(module);
    if (!one)
        return NULL;
    PyObject *count = PyLong_FromSsize_t(n);
    PyObject *arr = count ? PyNumber_Multiply(one, count) : NULL;
    Py_XDECREF(count);
    Py_DECREF(one);
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
    PyObject *forms = PyDict_New(), *a = NULL, *b = NULL, *stop = NULL, *result = NULL;
    Py_buffer va = {0}, vb = {0};
    int32_t *ia = NULL, *ib = NULL;
    size_t size = 4096; /* grown as needed: distinct objects are far fewer than words */
    Table t = {PyMem_Calloc(size, sizeof(Seen)), size - 1, 0};
    if (!forms || !t.slots) {
        if (!t.slots)
            PyErr_NoMemory();
        goto done;
    }
    if (!(a = int32_array(na, &ia, &va)) || !(b = int32_array(nb, &ib, &vb)))
        goto done;
    if (number(la, &t, forms, ia) < 0 || number(lb, &t, forms, ib) < 0)
        goto done;
    stop = PyByteArray_FromStringAndSize(NULL, PyDict_GET_SIZE(forms));
    if (!stop)
        goto done;
    memset(PyByteArray_AS_STRING(stop), 0, (size_t)PyDict_GET_SIZE(forms));
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(forms, &pos, &key, &value)) {
        int in = PySequence_Contains(stopwords, key);
        if (in < 0)
            goto done;
        if (in)
            PyByteArray_AS_STRING(stop)[PyLong_AsSsize_t(value)] = 1;
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
    Py_XDECREF(forms);
    Py_XDECREF(a);
    Py_XDECREF(b);
    Py_XDECREF(stop);
    return result;
}
