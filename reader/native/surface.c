/* reader.engine.wordiff.surface_diff in C; see surface.h.
 *
 * Two steps, as in the Python: the word diff is expanded to pieces of text (each a
 * slice of a: equal and removed text, or of b: added text), then _merge_text joins
 * each change's removals and additions, moves the white space they share at its edges
 * out of it (_common_space) and joins neighbouring equal text. Pieces are (start, end)
 * ranges until the very end, where each item of the result becomes one str: a
 * PyUnicode_Substring when it is one stretch of its text, else the join of its pieces.
 */
#include "surface.h"

#include <string.h>

typedef struct {
    Py_ssize_t s, e;
} Rng;

typedef struct {
    Rng *items;
    Py_ssize_t len, cap;
} Rngs;

typedef struct {
    int op;
    Py_ssize_t s, e;
} Piece;

typedef struct {
    Piece *items;
    Py_ssize_t len, cap;
} Pieces;

typedef struct {
    int op;
    Py_ssize_t lo, hi; /* its ranges: all.items[lo:hi] */
} Item;

typedef struct {
    Item *items;
    Py_ssize_t len, cap;
} Items;

/* Grows a vector (items, len, cap) of elements of `size` bytes to hold one more. */
static int grow(void **items, Py_ssize_t len, Py_ssize_t *cap, size_t size)
{
    if (len < *cap)
        return 0;
    Py_ssize_t n = *cap ? *cap * 2 : 16;
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / size) {
        PyErr_NoMemory();
        return -1;
    }
    void *p = PyMem_Realloc(*items, (size_t)n * size);
    if (!p) {
        PyErr_NoMemory();
        return -1;
    }
    *items = p;
    *cap = n;
    return 0;
}

/* ---- token offsets: an array of 'i' or 'q' read in place, or any sequence ---- */

typedef struct {
    Py_buffer view;
    int wide;        /* 4 or 8 when reading the buffer, 0 for the sequence */
    PyObject *fast;  /* PySequence_Fast of the sequence */
    Py_ssize_t n;
} Offsets;

static int offsets_open(Offsets *o, PyObject *seq)
{
    memset(o, 0, sizeof *o);
    if (PyObject_CheckBuffer(seq) && !PyBytes_Check(seq) && !PyByteArray_Check(seq)) {
        if (PyObject_GetBuffer(seq, &o->view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) == 0) {
            const char *f = o->view.format ? o->view.format : "B";
            if (*f == '@' || *f == '=')
                f++;
            if (o->view.ndim == 1 && (f[0] == 'i' || f[0] == 'l' || f[0] == 'q') && f[1] == '\0' &&
                (o->view.itemsize == 4 || o->view.itemsize == 8)) {
                o->wide = (int)o->view.itemsize;
                o->n = o->view.len / o->view.itemsize;
                return 0;
            }
            PyBuffer_Release(&o->view);
        } else {
            PyErr_Clear();
        }
    }
    o->fast = PySequence_Fast(seq, "surface_diff: token offsets must be a sequence of ints");
    return o->fast ? 0 : -1;
}

static void offsets_close(Offsets *o)
{
    if (o->wide)
        PyBuffer_Release(&o->view);
    Py_CLEAR(o->fast);
    o->wide = 0;
}

static Py_ssize_t offsets_len(const Offsets *o) { return o->wide ? o->n : PySequence_Fast_GET_SIZE(o->fast); }

/* Offset k, which must be a valid index holding a position in 0..limit. */
static int offsets_get(Offsets *o, Py_ssize_t k, Py_ssize_t limit, Py_ssize_t *out)
{
    long long v;
    if (o->wide) {
        if (k < 0 || k >= o->n)
            goto bad_index;
        if (o->wide == 4) {
            int32_t x;
            memcpy(&x, (const char *)o->view.buf + k * 4, 4);
            v = x;
        } else {
            int64_t x;
            memcpy(&x, (const char *)o->view.buf + k * 8, 8);
            v = x;
        }
    } else {
        if (k < 0 || k >= PySequence_Fast_GET_SIZE(o->fast))
            goto bad_index;
        PyObject *item = PySequence_Fast_GET_ITEM(o->fast, k);
        Py_INCREF(item);
        v = PyLong_AsLongLong(item);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred())
            return -1;
    }
    if (v < 0 || v > limit) {
        PyErr_SetString(PyExc_ValueError, "surface_diff: a token offset is outside its text");
        return -1;
    }
    *out = (Py_ssize_t)v;
    return 0;
bad_index:
    PyErr_SetString(PyExc_ValueError, "surface_diff: the ops need more tokens than there are");
    return -1;
}

/* ---- one side: its text, tokens, span and token range ---- */

typedef struct {
    PyObject *text;
    int kind;
    const void *data;
    Py_ssize_t len;
    Offsets starts, ends;
    Py_ssize_t span0, span1, first, count, stop;
} Side;

static int start_of(Side *t, Py_ssize_t k, Py_ssize_t *out) { return offsets_get(&t->starts, k, t->len, out); }

static int end_of(Side *t, Py_ssize_t k, Py_ssize_t *out) { return offsets_get(&t->ends, k, t->len, out); }

/* Where the text of the tokens from k on, up to (not including) token k + n, ends:
   the next token's start, or the span's end after the last token. */
static int upto(Side *t, Py_ssize_t k, Py_ssize_t n, Py_ssize_t *out)
{
    if (k + n < t->stop)
        return start_of(t, k + n, out);
    *out = t->span1;
    return 0;
}

/* x.text[s1:e1] == y.text[s2:e2] (all positions within the texts). */
static int same_text(const Side *x, Py_ssize_t s1, Py_ssize_t e1, const Side *y, Py_ssize_t s2, Py_ssize_t e2)
{
    Py_ssize_t n = e1 > s1 ? e1 - s1 : 0;
    if ((e2 > s2 ? e2 - s2 : 0) != n)
        return 0;
    if (x->kind == y->kind)
        return memcmp((const char *)x->data + s1 * x->kind, (const char *)y->data + s2 * y->kind,
                      (size_t)n * (size_t)x->kind) == 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (PyUnicode_READ(x->kind, x->data, s1 + k) != PyUnicode_READ(y->kind, y->data, s2 + k))
            return 0;
    return 1;
}

#define EQUAL 0
#define DELETE (-1)
#define INSERT 1

/* emit(): pieces of a (equal, deleted) or b (inserted); empty ones are skipped. */
static int emit(Pieces *p, int op, Py_ssize_t s, Py_ssize_t e)
{
    if (e <= s)
        return 0;
    if (grow((void **)&p->items, p->len, &p->cap, sizeof(Piece)) < 0)
        return -1;
    p->items[p->len].op = op;
    p->items[p->len].s = s;
    p->items[p->len].e = e;
    p->len++;
    return 0;
}

/* x == y ? equal x : (delete x, insert y) */
static int emit_pair(Pieces *p, const Side *a, Py_ssize_t s1, Py_ssize_t e1, const Side *b, Py_ssize_t s2,
                     Py_ssize_t e2)
{
    if (same_text(a, s1, e1, b, s2, e2))
        return emit(p, EQUAL, s1, e1);
    if (emit(p, DELETE, s1, e1) < 0)
        return -1;
    return emit(p, INSERT, s2, e2);
}

/* ---- _merge_text ---- */

static int rng_push(Rngs *r, Py_ssize_t s, Py_ssize_t e, Py_ssize_t floor)
/* appends [s, e) to r, joined to its last range when that is in r.items[floor:] and ends at s */
{
    if (e <= s)
        return 0;
    if (r->len > floor && r->items[r->len - 1].e == s) {
        r->items[r->len - 1].e = e;
        return 0;
    }
    if (grow((void **)&r->items, r->len, &r->cap, sizeof(Rng)) < 0)
        return -1;
    r->items[r->len].s = s;
    r->items[r->len].e = e;
    r->len++;
    return 0;
}

static Py_ssize_t rope_len(const Rngs *r)
{
    Py_ssize_t n = 0;
    for (Py_ssize_t k = 0; k < r->len; k++)
        n += r->items[k].e - r->items[k].s;
    return n;
}

typedef struct {
    Rngs all;    /* every item's ranges, in order */
    Items out;
} Merged;

/* Adds rope[lo:hi] (positions in the rope's text) to `item` of m, which is the last. */
static int add_sub(Merged *m, Item *item, const Rngs *rope, Py_ssize_t lo, Py_ssize_t hi)
{
    Py_ssize_t at = 0;
    for (Py_ssize_t k = 0; k < rope->len && at < hi; k++) {
        Py_ssize_t s = rope->items[k].s, e = rope->items[k].e;
        Py_ssize_t from = at, to = at + (e - s);
        at = to;
        if (to <= lo)
            continue;
        Py_ssize_t cs = s + (lo > from ? lo - from : 0);
        Py_ssize_t ce = e - (to > hi ? to - hi : 0);
        if (rng_push(&m->all, cs, ce, item->lo) < 0)
            return -1;
    }
    item->hi = m->all.len;
    return 0;
}

/* out.append((op, rope[lo:hi])), or for EQUAL equal(rope[lo:hi]): joined to a last
   equal item. Nothing when the text is empty. */
static int put(Merged *m, int op, const Rngs *rope, Py_ssize_t lo, Py_ssize_t hi)
{
    if (hi <= lo)
        return 0;
    Items *out = &m->out;
    if (!(op == EQUAL && out->len && out->items[out->len - 1].op == EQUAL)) {
        if (grow((void **)&out->items, out->len, &out->cap, sizeof(Item)) < 0)
            return -1;
        out->items[out->len].op = op;
        out->items[out->len].lo = out->items[out->len].hi = m->all.len;
        out->len++;
    }
    return add_sub(m, &out->items[out->len - 1], rope, lo, hi);
}

/* _common_space(x, y, 1) for x = d, y = i (both non-empty). */
static Py_ssize_t space_front(const Side *a, const Rngs *d, Py_ssize_t dl, const Side *b, const Rngs *i,
                              Py_ssize_t il)
{
    Py_ssize_t limit = (dl < il ? dl : il) - 1, n = 0;
    Py_ssize_t ki = 0, kp = d->items[0].s, ji = 0, jp = i->items[0].s;
    while (n < limit) {
        Py_UCS4 cx = PyUnicode_READ(a->kind, a->data, kp), cy = PyUnicode_READ(b->kind, b->data, jp);
        if (cx != cy || !Py_UNICODE_ISSPACE(cx))
            break;
        n++;
        if (++kp == d->items[ki].e && ++ki < d->len)
            kp = d->items[ki].s;
        if (++jp == i->items[ji].e && ++ji < i->len)
            jp = i->items[ji].s;
    }
    return n;
}

/* _common_space(x[lead:], y[lead:], -1) for x = d, y = i. */
static Py_ssize_t space_back(const Side *a, const Rngs *d, Py_ssize_t dl, const Side *b, const Rngs *i,
                             Py_ssize_t il, Py_ssize_t lead)
{
    Py_ssize_t limit = (dl < il ? dl : il) - lead - 1, n = 0;
    Py_ssize_t ki = d->len - 1, kp = d->items[ki].e - 1, ji = i->len - 1, jp = i->items[ji].e - 1;
    while (n < limit) {
        Py_UCS4 cx = PyUnicode_READ(a->kind, a->data, kp), cy = PyUnicode_READ(b->kind, b->data, jp);
        if (cx != cy || !Py_UNICODE_ISSPACE(cx))
            break;
        n++;
        if (kp-- == d->items[ki].s && --ki >= 0)
            kp = d->items[ki].e - 1;
        if (jp-- == i->items[ji].s && --ji >= 0)
            jp = i->items[ji].e - 1;
    }
    return n;
}

static int flush(Merged *m, const Side *a, const Side *b, Rngs *d, Rngs *i)
{
    if (!d->len && !i->len)
        return 0;
    Py_ssize_t dl = rope_len(d), il = rope_len(i);
    Py_ssize_t lead = dl && il ? space_front(a, d, dl, b, i, il) : 0;
    Py_ssize_t tail = dl && il ? space_back(a, d, dl, b, i, il, lead) : 0;
    int rc = put(m, EQUAL, d, 0, lead) < 0 || put(m, DELETE, d, lead, dl - tail) < 0 ||
             put(m, INSERT, i, lead, il - tail) < 0 || put(m, EQUAL, d, dl - tail, dl) < 0;
    d->len = i->len = 0;
    return rc ? -1 : 0;
}

static int merge_text(const Pieces *p, const Side *a, const Side *b, Merged *m)
{
    Rngs d = {0}, i = {0}, one = {0};
    int rc = -1;
    for (Py_ssize_t k = 0; k < p->len; k++) {
        const Piece *x = &p->items[k];
        if (x->op == EQUAL) {
            if (flush(m, a, b, &d, &i) < 0)
                goto done;
            Rng r = {x->s, x->e};
            one.items = &r;
            one.len = one.cap = 1;
            int bad = put(m, EQUAL, &one, 0, x->e - x->s);
            one.items = NULL;
            if (bad < 0)
                goto done;
        } else if (rng_push(x->op == DELETE ? &d : &i, x->s, x->e, 0) < 0) {
            goto done;
        }
    }
    rc = flush(m, a, b, &d, &i);
done:
    PyMem_Free(d.items);
    PyMem_Free(i.items);
    return rc;
}

static PyObject *item_text(const Merged *m, const Item *item, PyObject *text)
{
    if (item->hi - item->lo == 1)
        return PyUnicode_Substring(text, m->all.items[item->lo].s, m->all.items[item->lo].e);
    PyObject *parts = PyList_New(item->hi - item->lo);
    if (!parts)
        return NULL;
    for (Py_ssize_t k = item->lo; k < item->hi; k++) {
        PyObject *s = PyUnicode_Substring(text, m->all.items[k].s, m->all.items[k].e);
        if (!s) {
            Py_DECREF(parts);
            return NULL;
        }
        PyList_SET_ITEM(parts, k - item->lo, s);
    }
    PyObject *empty = PyUnicode_FromStringAndSize(NULL, 0);
    PyObject *joined = empty ? PyUnicode_Join(empty, parts) : NULL;
    Py_XDECREF(empty);
    Py_DECREF(parts);
    return joined;
}

/* ---- surface_diff ---- */

typedef struct {
    long op;
    Py_ssize_t n;
} Op;

static int read_ops(PyObject *seq, Op **out, Py_ssize_t *count)
{
    PyObject *fast = PySequence_Fast(seq, "surface_diff: ops must be a sequence of (op, n) pairs");
    if (!fast)
        return -1;
    Op *ops = PyMem_Malloc(((size_t)PySequence_Fast_GET_SIZE(fast) + 1) * sizeof(Op));
    Py_ssize_t n = 0;
    if (!ops) {
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t size = PySequence_Fast_GET_SIZE(fast);
    for (; n < size && n < PySequence_Fast_GET_SIZE(fast); n++) {
        PyObject *item = PySequence_Fast_GET_ITEM(fast, n);
        PyObject *pair = PySequence_Fast(item, "surface_diff: each op must be an (op, n) pair");
        if (!pair)
            goto fail;
        if (PySequence_Fast_GET_SIZE(pair) != 2) {
            Py_DECREF(pair);
            PyErr_SetString(PyExc_ValueError, "surface_diff: each op must be an (op, n) pair");
            goto fail;
        }
        ops[n].op = PyLong_AsLong(PySequence_Fast_GET_ITEM(pair, 0));
        if (ops[n].op == -1 && PyErr_Occurred()) {
            Py_DECREF(pair);
            goto fail;
        }
        ops[n].n = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(pair, 1));
        Py_DECREF(pair);
        if (ops[n].n == -1 && PyErr_Occurred())
            goto fail;
        if (ops[n].n < 0) {
            PyErr_SetString(PyExc_ValueError, "surface_diff: negative word count in ops");
            goto fail;
        }
    }
    Py_DECREF(fast);
    *out = ops;
    *count = n;
    return 0;
fail:
    PyMem_Free(ops);
    Py_DECREF(fast);
    return -1;
}

static int setup_side(Side *t, PyObject *text, PyObject *starts, PyObject *ends, Py_ssize_t s0, Py_ssize_t s1,
                      Py_ssize_t first)
{
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return -1;
#endif
    t->text = text;
    t->kind = PyUnicode_KIND(text);
    t->data = PyUnicode_DATA(text);
    t->len = PyUnicode_GET_LENGTH(text);
    t->span0 = s0;
    t->span1 = s1;
    t->first = first;
    if (s0 < 0 || s0 > s1 || s1 > t->len) {
        PyErr_SetString(PyExc_ValueError, "surface_diff: a span is not within its text");
        return -1;
    }
    if (first < 0) {
        PyErr_SetString(PyExc_ValueError, "surface_diff: negative first token");
        return -1;
    }
    if (offsets_open(&t->starts, starts) < 0)
        return -1;
    return offsets_open(&t->ends, ends);
}

static int expand(Side *a, Side *b, const Op *ops, Py_ssize_t nops, Pieces *p)
{
    Py_ssize_t lead_a, lead_b;
    if (a->count) {
        if (start_of(a, a->first, &lead_a) < 0)
            return -1;
    } else {
        lead_a = a->span1;
    }
    if (b->count) {
        if (start_of(b, b->first, &lead_b) < 0)
            return -1;
    } else {
        lead_b = b->span1;
    }
    if (emit_pair(p, a, a->span0, lead_a, b, b->span0, lead_b) < 0)
        return -1;
    Py_ssize_t ka = a->first, kb = b->first;
    for (Py_ssize_t k = 0; k < nops; k++) {
        long op = ops[k].op;
        Py_ssize_t n = ops[k].n, s1, e1, s2, e2;
        if (op == EQUAL && n > 1) {
            if (upto(a, ka, n, &e1) < 0 || upto(b, kb, n, &e2) < 0 || start_of(a, ka, &s1) < 0 ||
                start_of(b, kb, &s2) < 0)
                return -1;
            if (same_text(a, s1, e1, b, s2, e2)) {
                if (emit(p, EQUAL, s1, e1) < 0)
                    return -1;
                ka += n;
                kb += n;
                continue;
            }
        }
        if (op == DELETE) {
            if (start_of(a, ka, &s1) < 0 || upto(a, ka, n, &e1) < 0 || emit(p, DELETE, s1, e1) < 0)
                return -1;
            ka += n;
            continue;
        }
        if (op == INSERT) {
            if (start_of(b, kb, &s2) < 0 || upto(b, kb, n, &e2) < 0 || emit(p, INSERT, s2, e2) < 0)
                return -1;
            kb += n;
            continue;
        }
        for (Py_ssize_t w = 0; w < n; w++) { /* equal words whose text differs */
            Py_ssize_t wa, na, wb, nb;
            if (start_of(a, ka, &s1) < 0 || end_of(a, ka, &wa) < 0 || upto(a, ka, 1, &na) < 0 ||
                start_of(b, kb, &s2) < 0 || end_of(b, kb, &wb) < 0 || upto(b, kb, 1, &nb) < 0)
                return -1;
            if (emit_pair(p, a, s1, wa, b, s2, wb) < 0 || emit_pair(p, a, wa, na, b, wb, nb) < 0)
                return -1;
            ka++;
            kb++;
        }
    }
    return 0;
}

PyObject *rs_surface_diff(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *a_text, *a_starts, *a_ends, *b_text, *b_starts, *b_ends, *ops_seq;
    Py_ssize_t a0, a1, af, b0, b1, bf;
    if (!PyArg_ParseTuple(args, "UOOnnnUOOnnnO:surface_diff", &a_text, &a_starts, &a_ends, &a0, &a1, &af, &b_text,
                          &b_starts, &b_ends, &b0, &b1, &bf, &ops_seq))
        return NULL;
    Side a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    Op *ops = NULL;
    Py_ssize_t nops = 0;
    Pieces pieces = {0};
    Merged m = {{0}, {0}};
    PyObject *result = NULL;
    if (read_ops(ops_seq, &ops, &nops) < 0)
        goto done;
    if (setup_side(&a, a_text, a_starts, a_ends, a0, a1, af) < 0 ||
        setup_side(&b, b_text, b_starts, b_ends, b0, b1, bf) < 0)
        goto done;
    for (Py_ssize_t k = 0; k < nops; k++) {
        Py_ssize_t n = ops[k].n;
        if ((ops[k].op != INSERT && (a.count > PY_SSIZE_T_MAX - a.first - n)) ||
            (ops[k].op != DELETE && (b.count > PY_SSIZE_T_MAX - b.first - n))) {
            PyErr_SetString(PyExc_ValueError, "surface_diff: word counts too large");
            goto done;
        }
        if (ops[k].op != INSERT)
            a.count += n;
        if (ops[k].op != DELETE)
            b.count += n;
    }
    a.stop = a.first + a.count;
    b.stop = b.first + b.count;
    if (a.stop > offsets_len(&a.starts) || a.stop > offsets_len(&a.ends) || b.stop > offsets_len(&b.starts) ||
        b.stop > offsets_len(&b.ends)) {
        PyErr_SetString(PyExc_ValueError, "surface_diff: the ops need more tokens than there are");
        goto done;
    }
    if (expand(&a, &b, ops, nops, &pieces) < 0 || merge_text(&pieces, &a, &b, &m) < 0)
        goto done;
    result = PyList_New(m.out.len);
    for (Py_ssize_t k = 0; result && k < m.out.len; k++) {
        const Item *item = &m.out.items[k];
        PyObject *text = item_text(&m, item, item->op == INSERT ? b_text : a_text);
        PyObject *pair = text ? Py_BuildValue("(iN)", item->op, text) : NULL;
        if (!pair) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, k, pair);
    }
done:
    offsets_close(&a.starts);
    offsets_close(&a.ends);
    offsets_close(&b.starts);
    offsets_close(&b.ends);
    PyMem_Free(ops);
    PyMem_Free(pieces.items);
    PyMem_Free(m.all.items);
    PyMem_Free(m.out.items);
    return result;
}
