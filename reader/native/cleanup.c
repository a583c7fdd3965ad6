/* diff-match-patch's diff_cleanupSemantic on code-point arrays; see cleanup.h.
 *
 * The Python library (diff_match_patch.diff_match_patch) is the reference: each step
 * below is named after the method it follows and visits the runs in the same order,
 * since the order decides which of several equally good boundaries is kept.
 *
 * Runs carry no text. A run that starts after p1 code points of a and p2 of b holds
 * a[p1:p1+n] (deletion, equality) or b[p2:p2+n] (insertion); every step keeps the list
 * spelling out both texts (see cleanup.h), so positions stay meaningful throughout.
 * An edit between two equalities is even simpler: equality, edit, equality are one
 * stretch of a (deletion) or of b (insertion), and moving the edit only moves two cuts.
 */
#include "cleanup.h"

#include <stdlib.h>
#include <string.h>

typedef Py_UCS4 Ch;

typedef struct {
    RDRuns scratch; /* a second run list for the passes that rebuild the list */
    Py_ssize_t *table; /* common_overlap's failure function */
    Py_ssize_t table_cap;
} Work;

/* ---- run lists ---- */


static RDRun run(int op, Py_ssize_t n)
{
    RDRun x;
    x.op = op;
    x.n = n;
    return x;
}

static Py_ssize_t in_a(RDRun x) { return x.op == RD_INSERT ? 0 : x.n; }
static Py_ssize_t in_b(RDRun x) { return x.op == RD_DELETE ? 0 : x.n; }

/* ---- text comparisons ---- */

static int same(const Ch *x, const Ch *y, Py_ssize_t n)
{
    return n <= 0 || memcmp(x, y, (size_t)n * sizeof(Ch)) == 0;
}

static Py_ssize_t lesser(Py_ssize_t x, Py_ssize_t y) { return x < y ? x : y; }

static Py_ssize_t common_suffix(const Ch *x, Py_ssize_t nx, const Ch *y, Py_ssize_t ny)
{
    Py_ssize_t n = lesser(nx, ny), k = 0;
    while (k < n && x[nx - 1 - k] == y[ny - 1 - k])
        k++;
    return k;
}

/* diff_commonOverlap: the longest k with x[nx-k:] == y[:k]. The library finds it by
   repeated str.find; the answer is the same longest overlap, found here in linear time
   by running x's tail through the Knuth-Morris-Pratt automaton of y's head. -1 when
   memory ran out. */
static Py_ssize_t common_overlap(Work *wk, const Ch *x, Py_ssize_t nx, const Ch *y, Py_ssize_t ny)
{
    Py_ssize_t m = lesser(nx, ny);
    if (m == 0)
        return 0;
    Py_ssize_t *border = rd_borders((const int32_t *)y, m, &wk->table, &wk->table_cap);
    if (!border)
        return -1;
    const Ch *tail = x + (nx - m);
    Py_ssize_t k = 0; /* longest prefix of y[0:m] ending here */
    for (Py_ssize_t i = 0; i < m; i++) {
        while (k > 0 && (k == m || tail[i] != y[k]))
            k = border[k - 1];
        if (tail[i] == y[k])
            k++;
    }
    return k;
}

/* ---- diff_cleanupMerge ---- */

/* diff_cleanupMerge is diff.c's: code points compare alike as int32 (all below 2**21). */
static int cleanup_merge(Work *wk, RDRuns *v, const Ch *a, const Ch *b)
{
    return rd_cleanup_merge(v, 0, (const int32_t *)a, (const int32_t *)b, &wk->scratch);
}

/* ---- diff_cleanupSemantic's first part: short equalities become edits ---- */

/* The library walks a list with a pointer that jumps back after each elimination. Here
   the runs before the pointer are in `done`, those from the pointer on in `todo`, a
   stack whose top is the run at the pointer; jumping back moves runs from one to the
   other. Sets *changed when an equality went. */
static int eliminate_equalities(RDRuns *v, int *changed)
{
    Py_ssize_t n = v->len;
    /* every elimination turns one original equality into two runs: at most 2n runs */
    RDRuns done = {0}, todo = {0};
    Py_ssize_t *eqs = malloc((size_t)(n + 1) * sizeof(Py_ssize_t)); /* indices in done */
    int rc = -1;
    if (!eqs || rd_runs_reserve(&done, 2 * n + 1) < 0 || rd_runs_reserve(&todo, 2 * n + 1) < 0)
        goto out;
    for (Py_ssize_t k = 0; k < n; k++)
        todo.items[k] = v->items[n - 1 - k];
    todo.len = n;
    Py_ssize_t neq = 0, last = 0; /* last: length of the last equality, 0 for None */
    Py_ssize_t ins1 = 0, del1 = 0, ins2 = 0, del2 = 0;
    *changed = 0;
    while (todo.len) {
        RDRun x = todo.items[--todo.len];
        done.items[done.len++] = x;
        if (x.op == RD_EQUAL) {
            eqs[neq++] = done.len - 1;
            ins1 = ins2;
            del1 = del2;
            ins2 = del2 = 0;
            last = x.n;
            continue;
        }
        if (x.op == RD_INSERT)
            ins2 += x.n;
        else
            del2 += x.n;
        if (!(last && last <= (ins1 > del1 ? ins1 : del1) && last <= (ins2 > del2 ? ins2 : del2)))
            continue;
        Py_ssize_t e = eqs[--neq]; /* done[e] is that equality */
        if (neq)
            neq--;
        Py_ssize_t back = neq ? eqs[neq - 1] + 1 : 0;
        for (Py_ssize_t k = done.len - 1; k > e; k--)
            todo.items[todo.len++] = done.items[k];
        todo.items[todo.len++] = run(RD_INSERT, last);
        todo.items[todo.len++] = run(RD_DELETE, last);
        for (Py_ssize_t k = e - 1; k >= back; k--)
            todo.items[todo.len++] = done.items[k];
        done.len = back;
        ins1 = del1 = ins2 = del2 = 0;
        last = 0;
        *changed = 1;
    }
    RDRuns old = *v; /* v takes done's items; the old ones are freed below */
    *v = done;
    done = old;
    rc = 0;
out:
    free(eqs);
    rd_runs_free(&done);
    rd_runs_free(&todo);
    return rc;
}

/* ---- diff_cleanupSemanticLossless ---- */

static int is_alnum(Ch c) { return Py_UNICODE_ISALNUM(c) ? 1 : 0; }
static int is_space(Ch c) { return Py_UNICODE_ISSPACE(c) ? 1 : 0; }

/* Does t[from:to] end a blank line, as r"\n\r?\n$" finds it? ("$" also matches before
   a final "\n", but a text ending in "\n" that matches there ends in "\n\n" anyway.) */
static int ends_blank_line(const Ch *t, Py_ssize_t from, Py_ssize_t to)
{
    Py_ssize_t n = to - from;
    if (n < 2 || t[to - 1] != '\n')
        return 0;
    return t[to - 2] == '\n' || (n >= 3 && t[to - 2] == '\r' && t[to - 3] == '\n');
}

/* Does t[from:to] start with a blank line, as r"^\r?\n\r?\n" matches it? */
static int starts_blank_line(const Ch *t, Py_ssize_t from, Py_ssize_t to)
{
    Py_ssize_t p = from;
    for (int k = 0; k < 2; k++) {
        if (p < to && t[p] == '\r')
            p++;
        if (p >= to || t[p] != '\n')
            return 0;
        p++;
    }
    return 1;
}

/* diff_cleanupSemanticScore(t[from:cut], t[cut:to]): 6 (edge) down to 0 (inside a word). */
static int boundary_score(const Ch *t, Py_ssize_t from, Py_ssize_t cut, Py_ssize_t to)
{
    if (cut == from || cut == to)
        return 6;
    Ch c1 = t[cut - 1], c2 = t[cut];
    int other1 = !is_alnum(c1), other2 = !is_alnum(c2);
    int space1 = other1 && is_space(c1), space2 = other2 && is_space(c2);
    int break1 = space1 && (c1 == '\r' || c1 == '\n');
    int break2 = space2 && (c2 == '\r' || c2 == '\n');
    if ((break1 && ends_blank_line(t, from, cut)) || (break2 && starts_blank_line(t, cut, to)))
        return 5;
    if (break1 || break2)
        return 4;
    if (other1 && !space1 && space2)
        return 3;
    if (space1 || space2)
        return 2;
    if (other1 || other2)
        return 1;
    return 0;
}

/* Each run between two equalities slides to the best-scoring place, in a gap buffer as
   in slide_sweep: the library's list is d[0:w] + d[r:m], its pointer at d[r]. */
static void semantic_lossless(RDRuns *v, const Ch *a, const Ch *b)
{
    RDRun *d = v->items;
    Py_ssize_t m = v->len;
    if (m < 3)
        return;
    Py_ssize_t w = 1, r = 1, p1 = in_a(d[0]), p2 = in_b(d[0]); /* where d[r] starts */
    while (r < m - 1) {
        RDRun prev = d[w - 1], mid = d[r], next = d[r + 1];
        if (prev.op == RD_EQUAL && next.op == RD_EQUAL) {
            /* equality, edit, equality: t[0:n1], t[n1:n1+ne], t[n1+ne:len] */
            const Ch *t = mid.op == RD_INSERT ? b + p2 - prev.n : a + p1 - prev.n;
            Py_ssize_t n1 = prev.n, ne = mid.n, len = prev.n + mid.n + next.n;
            Py_ssize_t cut = n1 - common_suffix(t, n1, t + n1, ne); /* as far left as it goes */
            Py_ssize_t best_cut = cut;
            int best = boundary_score(t, 0, cut, cut + ne) + boundary_score(t, cut, cut + ne, len);
            while (ne > 0 && cut + ne < len && t[cut] == t[cut + ne]) {
                cut++;
                int score = boundary_score(t, 0, cut, cut + ne) + boundary_score(t, cut, cut + ne, len);
                if (score >= best) { /* ties go right */
                    best = score;
                    best_cut = cut;
                }
            }
            if (best_cut != n1) {
                Py_ssize_t n2 = len - best_cut - ne;
                p1 += best_cut - n1;
                p2 += best_cut - n1;
                d[w - 1].n = best_cut;
                d[r + 1].n = n2;
                if (best_cut == 0) /* the library deletes the emptied equality */
                    w--;
                if (n2 == 0) {
                    /* it deletes this one too, then steps its pointer back */
                    d[r + 1] = d[r];
                    r++;
                    d[--r] = d[--w];
                    p1 -= in_a(d[r]);
                    p2 -= in_b(d[r]);
                }
            }
        }
        p1 += in_a(d[r]);
        p2 += in_b(d[r]);
        d[w++] = d[r++];
    }
    memmove(d + w, d + r, (size_t)(m - r) * sizeof(RDRun));
    v->len = w + (m - r);
}

/* ---- diff_cleanupSemantic's last part: overlapping deletion and insertion ---- */

/* A deletion directly followed by an insertion gives up the longest stretch where one's
   end is the other's start as an equality between them, when it is at least half of
   either; the library then skips past the pair. Rebuilds the list via wk->scratch. */
static int split_overlaps(Work *wk, RDRuns *v, const Ch *a, const Ch *b)
{
    Py_ssize_t m = v->len;
    if (rd_runs_reserve(&wk->scratch, m + m / 2 + 1) < 0)
        return -1;
    const RDRun *d = v->items;
    RDRun *out = wk->scratch.items;
    Py_ssize_t w = 0, p1 = 0, p2 = 0; /* where d[r] starts */
    for (Py_ssize_t r = 0; r < m;) {
        if (r + 1 < m && d[r].op == RD_DELETE && d[r + 1].op == RD_INSERT) {
            Py_ssize_t nd = d[r].n, ni = d[r + 1].n;
            Py_ssize_t fwd = common_overlap(wk, a + p1, nd, b + p2, ni);
            Py_ssize_t rev = fwd < 0 ? -1 : common_overlap(wk, b + p2, ni, a + p1, nd);
            if (rev < 0)
                return -1;
            if (fwd >= rev && (2 * fwd >= nd || 2 * fwd >= ni)) {
                out[w++] = run(RD_DELETE, nd - fwd);
                out[w++] = run(RD_EQUAL, fwd);
                out[w++] = run(RD_INSERT, ni - fwd);
            } else if (fwd < rev && (2 * rev >= nd || 2 * rev >= ni)) {
                out[w++] = run(RD_INSERT, ni - rev);
                out[w++] = run(RD_EQUAL, rev);
                out[w++] = run(RD_DELETE, nd - rev);
            } else {
                out[w++] = d[r];
                out[w++] = d[r + 1];
            }
            p1 += nd;
            p2 += ni;
            r += 2;
        } else {
            p1 += in_a(d[r]);
            p2 += in_b(d[r]);
            out[w++] = d[r++];
        }
    }
    if (rd_runs_reserve(v, w) < 0)
        return -1;
    memcpy(v->items, out, (size_t)w * sizeof(RDRun));
    v->len = w;
    return 0;
}

/* ---- diff_cleanupSemantic ---- */

int rc_cleanup(const Py_UCS4 *a, Py_ssize_t na, const Py_UCS4 *b, Py_ssize_t nb, RDRuns *runs)
{
    (void)na;
    (void)nb;
    Work wk = {{NULL, 0, 0}, NULL, 0};
    int changed = 0, rc = -1;
    if (eliminate_equalities(runs, &changed) < 0)
        goto out;
    if (changed && cleanup_merge(&wk, runs, a, b) < 0)
        goto out;
    semantic_lossless(runs, a, b);
    if (split_overlaps(&wk, runs, a, b) < 0)
        goto out;
    rc = 0;
out:
    rd_runs_free(&wk.scratch);
    free(wk.table);
    return rc;
}

/* ---- walls ---- */

int rc_cleanup_walled(const Py_UCS4 *a, const Py_UCS4 *b, RDRuns *runs, const unsigned char *walls)
{
    RDRuns out = {0}, seg = {0};
    Py_ssize_t pa = 0, pb = 0, sa = 0, sb = 0; /* where d[k] and the stretch start */
    int rc = -1;
    if (rd_runs_reserve(&out, runs->len + 1) < 0)
        goto done;
    for (Py_ssize_t k = 0; k <= runs->len; k++) {
        if (k < runs->len && !walls[k]) {
            if (rd_runs_push(&seg, runs->items[k].op, runs->items[k].n) < 0)
                goto done;
            pa += in_a(runs->items[k]);
            pb += in_b(runs->items[k]);
            continue;
        }
        if (seg.len) { /* the stretch before this wall (or the end) */
            if (rc_cleanup(a + sa, pa - sa, b + sb, pb - sb, &seg) < 0)
                goto done;
            for (Py_ssize_t j = 0; j < seg.len; j++)
                if (rd_runs_push(&out, seg.items[j].op, seg.items[j].n) < 0)
                    goto done;
            seg.len = 0;
        }
        if (k < runs->len) {
            if (rd_runs_push(&out, runs->items[k].op, runs->items[k].n) < 0)
                goto done;
            pa += in_a(runs->items[k]);
            pb += in_b(runs->items[k]);
            sa = pa;
            sb = pb;
        }
    }
    RDRuns old = *runs; /* runs takes out's items; the old ones are freed below */
    *runs = out;
    out = old;
    rc = 0;
done:
    rd_runs_free(&out);
    rd_runs_free(&seg);
    return rc;
}

/* ---- the Python function ---- */

static int bad_ops(const char *why)
{
    PyErr_Format(PyExc_ValueError, "cleanup_semantic: %s", why);
    return -1;
}

/* Reads ops into runs, checking that they spell out texts of lengths na and nb. */
static int read_ops(PyObject *ops, Py_ssize_t na, Py_ssize_t nb, RDRuns *runs)
{
    PyObject *fast = PySequence_Fast(ops, "cleanup_semantic: ops must be a sequence of (op, n) pairs");
    if (!fast)
        return -1;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(fast), pa = 0, pb = 0;
    PyObject **items = PySequence_Fast_ITEMS(fast);
    int rc = rd_runs_reserve(runs, count + 1) < 0 ? (PyErr_NoMemory(), -1) : 0;
    for (Py_ssize_t k = 0; rc == 0 && k < count; k++) {
        PyObject *pair = PySequence_Fast(items[k], "cleanup_semantic: each op must be an (op, n) pair");
        if (!pair) {
            rc = -1;
            break;
        }
        long op = -2;
        Py_ssize_t n = -1;
        if (PySequence_Fast_GET_SIZE(pair) != 2) {
            rc = bad_ops("each op must be an (op, n) pair");
        } else {
            op = PyLong_AsLong(PySequence_Fast_GET_ITEM(pair, 0));
            if (!(op == -1 && PyErr_Occurred()))
                n = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(pair, 1));
            if (PyErr_Occurred())
                rc = -1;
            else if (op < -1 || op > 1)
                rc = bad_ops("an op must be -1, 0 or 1");
            else if (n < 0)
                rc = bad_ops("a run's length must not be negative");
            else if ((op != RD_INSERT && n > na - pa) || (op != RD_DELETE && n > nb - pb))
                rc = bad_ops("the ops run past the end of a text");
        }
        Py_DECREF(pair);
        if (rc == 0) {
            runs->items[runs->len++] = run((int)op, n);
            pa += op != RD_INSERT ? n : 0;
            pb += op != RD_DELETE ? n : 0;
        }
    }
    Py_DECREF(fast);
    if (rc == 0 && (pa != na || pb != nb))
        rc = bad_ops("the ops do not spell out the whole of both texts");
    return rc;
}

PyObject *rc_cleanup_semantic(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *sa, *sb, *ops, *walls_arg = Py_None, *result = NULL;
    if (!PyArg_ParseTuple(args, "UUO|O:cleanup_semantic", &sa, &sb, &ops, &walls_arg))
        return NULL;
    Py_ssize_t na = PyUnicode_GET_LENGTH(sa), nb = PyUnicode_GET_LENGTH(sb);
    RDRuns runs = {0};
    Py_UCS4 *a = NULL, *b = NULL;
    Py_buffer walls = {0};
    int has_walls = walls_arg != Py_None;
    if (has_walls && PyObject_GetBuffer(walls_arg, &walls, PyBUF_SIMPLE) < 0) {
        has_walls = 0;
        goto done;
    }
    if (read_ops(ops, na, nb, &runs) < 0)
        goto done;
    if (has_walls && walls.len != runs.len) {
        bad_ops("walls must hold one byte per op");
        goto done;
    }
    for (Py_ssize_t k = 0; has_walls && k < runs.len; k++)
        if (((const unsigned char *)walls.buf)[k] && runs.items[k].op != RD_EQUAL) {
            bad_ops("a wall must be an equal run");
            goto done;
        }
    if (!(a = PyUnicode_AsUCS4Copy(sa)) || !(b = PyUnicode_AsUCS4Copy(sb)))
        goto done;
    Py_ssize_t pa = 0, pb = 0;
    for (Py_ssize_t k = 0; k < runs.len; k++) {
        RDRun x = runs.items[k];
        if (x.op == RD_EQUAL && !same(a + pa, b + pb, x.n)) {
            bad_ops("an equal run's text differs between the two texts");
            goto done;
        }
        pa += in_a(x);
        pb += in_b(x);
    }
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = has_walls ? rc_cleanup_walled(a, b, &runs, (const unsigned char *)walls.buf)
                   : rc_cleanup(a, na, b, nb, &runs);
    Py_END_ALLOW_THREADS
    if (rc < 0) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyList_New(runs.len);
    for (Py_ssize_t k = 0; result && k < runs.len; k++) {
        PyObject *pair = Py_BuildValue("(in)", runs.items[k].op, runs.items[k].n);
        if (!pair) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, k, pair);
    }
done:
    if (has_walls)
        PyBuffer_Release(&walls);
    PyMem_Free(a);
    PyMem_Free(b);
    rd_runs_free(&runs);
    return result;
}
