/* diff-match-patch's diff_main on word-id arrays; see diff.h for the contract.
 *
 * The Python library (diff_match_patch.diff_match_patch) is the reference: each
 * function below is named after the method it follows, and takes that method's steps in
 * the same order, since the order decides which of several equally short diffs comes
 * out. Only what Diff_Timeout = 0 and checklines = False can reach is here: no deadline,
 * no half-match (diff_halfMatch gives up when there is no time limit), no line mode.
 *
 * A diff is a list of runs (op, n) with no text. A run's text is found from its
 * position instead: every list that diff_main or diff_cleanupMerge holds spells out its
 * two texts exactly (deletions and equalities give text a, insertions and equalities
 * give text b, in order), so a run that starts after p1 elements of a and p2 elements
 * of b holds a[p1:p1+n] (deletion, equality) or b[p2:p2+n] (insertion).
 */
#include "diff.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    RDRuns scratch; /* diff_cleanupMerge's first pass writes here */
    Py_ssize_t *table; /* find's failure function */
    Py_ssize_t table_cap;
} Ctx;

static const int32_t no_ids[1] = {0};

/* ---- run lists ---- */

int rd_runs_reserve(RDRuns *r, Py_ssize_t total)
{
    if (total <= r->cap)
        return 0;
    Py_ssize_t cap = r->cap ? r->cap : 16;
    while (cap < total) {
        if (cap > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(RDRun))
            return -1;
        cap *= 2;
    }
    RDRun *items = realloc(r->items, (size_t)cap * sizeof(RDRun));
    if (!items)
        return -1;
    r->items = items;
    r->cap = cap;
    return 0;
}

static int reserve(RDRuns *r, Py_ssize_t extra) { return rd_runs_reserve(r, r->len + extra); }

int rd_runs_push(RDRuns *r, int op, Py_ssize_t n)
{
    if (reserve(r, 1) < 0)
        return -1;
    r->items[r->len].op = op;
    r->items[r->len].n = n;
    r->len++;
    return 0;
}

void rd_runs_free(RDRuns *r)
{
    free(r->items);
    r->items = NULL;
    r->len = r->cap = 0;
}

/* ---- element comparisons ---- */

static int same(const int32_t *x, const int32_t *y, Py_ssize_t n)
{
    return n == 0 || memcmp(x, y, (size_t)n * sizeof(int32_t)) == 0;
}

static Py_ssize_t common_prefix(const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny)
{
    Py_ssize_t n = nx < ny ? nx : ny, i = 0;
    while (i < n && x[i] == y[i])
        i++;
    return i;
}

static Py_ssize_t common_suffix(const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny)
{
    Py_ssize_t n = nx < ny ? nx : ny, i = 0;
    while (i < n && x[nx - 1 - i] == y[ny - 1 - i])
        i++;
    return i;
}

Py_ssize_t *rd_borders(const int32_t *p, Py_ssize_t m, Py_ssize_t **table, Py_ssize_t *cap)
{
    if (m > *cap) {
        Py_ssize_t *t = realloc(*table, (size_t)m * sizeof(Py_ssize_t));
        if (!t)
            return NULL;
        *table = t;
        *cap = m;
    }
    Py_ssize_t *border = *table;
    border[0] = 0;
    for (Py_ssize_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && p[i] != p[k])
            k = border[k - 1];
        if (p[i] == p[k])
            k++;
        border[i] = k;
    }
    return border;
}

/* str.find: first index of needle in hay, -1 if absent, -2 when memory ran out.
   Knuth-Morris-Pratt, so that no input takes quadratic time. */
static Py_ssize_t find(Ctx *c, const int32_t *hay, Py_ssize_t nh, const int32_t *needle,
                       Py_ssize_t nn)
{
    if (nn == 0)
        return 0;
    if (nn > nh)
        return -1;
    Py_ssize_t *fail = rd_borders(needle, nn, &c->table, &c->table_cap);
    if (!fail)
        return -2;
    for (Py_ssize_t i = 0, k = 0; i < nh; i++) {
        while (k > 0 && hay[i] != needle[k])
            k = fail[k - 1];
        if (hay[i] == needle[k] && ++k == nn)
            return i + 1 - nn;
    }
    return -1;
}

/* ---- diff_cleanupMerge ---- */

static Py_ssize_t adv_a(RDRun r) { return r.op != RD_INSERT ? r.n : 0; }
static Py_ssize_t adv_b(RDRun r) { return r.op != RD_DELETE ? r.n : 0; }

/* The first sweep: each maximal group of deletions and insertions before an equality
   becomes one deletion and one insertion, their common prefix joining the equality
   before (or a new one in front when the group opens the list) and their common suffix
   the equality after; equalities that follow one another directly are joined, except
   the one right after a rewritten group, which the library steps over. A virtual empty
   equality ends the list (the library's dummy entry) and is dropped again if still
   empty. The result goes to o, then back into v[start:]. */
static int merge_sweep(RDRuns *o, RDRuns *v, Py_ssize_t start, const int32_t *a, const int32_t *b)
{
    Py_ssize_t n = v->len - start;
    o->len = 0;
    if (reserve(o, n + 2) < 0)
        return -1;
    RDRun *in = v->items + start, *out = o->items;
    Py_ssize_t w = 0, p1 = 0, p2 = 0; /* p1, p2: where in[r] starts in a and b */
    Py_ssize_t cd = 0, ci = 0, nd = 0, ni = 0, g1 = 0, g2 = 0; /* the open group */
    for (Py_ssize_t r = 0; r <= n; r++) {
        RDRun el = r < n ? in[r] : (RDRun){RD_EQUAL, 0};
        if (el.op != RD_EQUAL) {
            if (cd + ci == 0) {
                g1 = p1;
                g2 = p2;
            }
            if (el.op == RD_INSERT) {
                ci++;
                ni += el.n;
                p2 += el.n;
            } else {
                cd++;
                nd += el.n;
                p1 += el.n;
            }
            continue;
        }
        p1 += el.n;
        p2 += el.n;
        if (cd + ci > 1) {
            if (cd && ci) {
                Py_ssize_t k = common_prefix(b + g2, ni, a + g1, nd);
                if (k) {
                    if (w > 0 && out[w - 1].op == RD_EQUAL) {
                        out[w - 1].n += k;
                    } else { /* the library inserts at the list's front */
                        memmove(out + 1, out, (size_t)w * sizeof(RDRun));
                        out[0] = (RDRun){RD_EQUAL, k};
                        w++;
                    }
                    g1 += k;
                    g2 += k;
                    nd -= k;
                    ni -= k;
                }
                k = common_suffix(b + g2, ni, a + g1, nd);
                if (k) {
                    el.n += k;
                    nd -= k;
                    ni -= k;
                }
            }
            if (nd)
                out[w++] = (RDRun){RD_DELETE, nd};
            if (ni)
                out[w++] = (RDRun){RD_INSERT, ni};
            out[w++] = el;
        } else if (cd + ci == 1) {
            out[w++] = cd ? (RDRun){RD_DELETE, nd} : (RDRun){RD_INSERT, ni};
            out[w++] = el;
        } else if (w > 0 && out[w - 1].op == RD_EQUAL) {
            out[w - 1].n += el.n;
        } else {
            out[w++] = el;
        }
        cd = ci = nd = ni = 0;
    }
    if (out[w - 1].n == 0) /* w >= 1: the dummy was merged or written */
        w--;
    v->len = start;
    if (reserve(v, w) < 0)
        return -1;
    memcpy(v->items + start, out, (size_t)w * sizeof(RDRun));
    v->len = start + w;
    return 0;
}

/* The second sweep: an edit between two equalities slides left over the equality before
   it when it ends with that equality's text, otherwise right over the one after it when
   it starts with that text. Done in place: v[start:start+w] is the library's list before
   its pointer, v[start+r:] the rest. Returns whether anything slid. */
static int slide_sweep(RDRuns *v, Py_ssize_t start, const int32_t *a, const int32_t *b)
{
    RDRun *d = v->items + start;
    Py_ssize_t m = v->len - start, w = 1, r = 1;
    Py_ssize_t c1 = 0, c2 = 0; /* where d[w - 1] starts in a and b */
    int changes = 0;
    if (m < 3)
        return 0;
    while (r < m - 1) {
        RDRun prev = d[w - 1], mid = d[r], next = d[r + 1];
        int slid = 0;
        if (prev.op == RD_EQUAL && next.op == RD_EQUAL) {
            Py_ssize_t m1 = c1 + prev.n, m2 = c2 + prev.n; /* where mid starts */
            const int32_t *mt = mid.op == RD_INSERT ? b + m2 : a + m1;
            const int32_t *pt = a + c1, *nt = a + m1 + adv_a(mid);
            if (mid.n >= prev.n && same(mt + (mid.n - prev.n), pt, prev.n)) {
                d[w - 1] = mid;
                d[w] = (RDRun){RD_EQUAL, prev.n + next.n};
                slid = 1;
            } else if (mid.n >= next.n && same(mt, nt, next.n)) {
                d[w - 1] = (RDRun){RD_EQUAL, prev.n + next.n};
                d[w] = mid;
                slid = 1;
            }
        }
        c1 += adv_a(d[w - 1]);
        c2 += adv_b(d[w - 1]);
        if (slid) {
            changes = 1;
            r += 2;
        } else {
            d[w] = mid;
            r++;
        }
        w++;
    }
    memmove(d + w, d + r, (size_t)(m - r) * sizeof(RDRun));
    v->len = start + w + (m - r);
    return changes;
}

int rd_cleanup_merge(RDRuns *v, Py_ssize_t start, const int32_t *a, const int32_t *b, RDRuns *scratch)
{
    do {
        if (merge_sweep(scratch, v, start, a, b) < 0)
            return -1;
    } while (slide_sweep(v, start, a, b));
    return 0;
}

/* ---- diff_main and the steps it takes ---- */

static int diff_main(Ctx *c, const int32_t *a, Py_ssize_t na, const int32_t *b,
                     Py_ssize_t nb, RDRuns *out);

/* Myers' bisection: finds the middle snake, then diffs the two halves with diff_main
   (diff_bisect and diff_bisectSplit). */
static int diff_bisect(Ctx *c, const int32_t *a, Py_ssize_t n1, const int32_t *b,
                       Py_ssize_t n2, RDRuns *out)
{
    Py_ssize_t max_d = (n1 + n2 + 1) / 2, v_off = max_d, v_len = 2 * max_d;
    Py_ssize_t *v1 = malloc(2 * (size_t)v_len * sizeof(Py_ssize_t));
    if (!v1)
        return -1;
    Py_ssize_t *v2 = v1 + v_len;
    for (Py_ssize_t i = 0; i < 2 * v_len; i++)
        v1[i] = -1;
    v1[v_off + 1] = 0; /* v_off + 1 < v_len: diff_compute sends n1 + n2 >= 4 here */
    v2[v_off + 1] = 0;
    Py_ssize_t delta = n1 - n2;
    int front = delta % 2 != 0; /* odd total: the forward path meets the reverse one */
    Py_ssize_t k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    Py_ssize_t sx = -1, sy = -1;
    for (Py_ssize_t d = 0; d < max_d && sx < 0; d++) {
        /* the bounds are taken once per step: the k?start/k?end changes apply next step */
        Py_ssize_t hi = d + 1 - k1end;
        for (Py_ssize_t k1 = -d + k1start; k1 < hi; k1 += 2) {
            Py_ssize_t k1_off = v_off + k1, x1;
            if (k1 == -d || (k1 != d && v1[k1_off - 1] < v1[k1_off + 1]))
                x1 = v1[k1_off + 1];
            else
                x1 = v1[k1_off - 1] + 1;
            Py_ssize_t y1 = x1 - k1;
            while (x1 < n1 && y1 < n2 && a[x1] == b[y1]) {
                x1++;
                y1++;
            }
            v1[k1_off] = x1;
            if (x1 > n1) {
                k1end += 2;
            } else if (y1 > n2) {
                k1start += 2;
            } else if (front) {
                Py_ssize_t k2_off = v_off + delta - k1;
                if (k2_off >= 0 && k2_off < v_len && v2[k2_off] != -1 && x1 >= n1 - v2[k2_off]) {
                    sx = x1;
                    sy = y1;
                    break;
                }
            }
        }
        if (sx >= 0)
            break;
        hi = d + 1 - k2end;
        for (Py_ssize_t k2 = -d + k2start; k2 < hi; k2 += 2) {
            Py_ssize_t k2_off = v_off + k2, x2;
            if (k2 == -d || (k2 != d && v2[k2_off - 1] < v2[k2_off + 1]))
                x2 = v2[k2_off + 1];
            else
                x2 = v2[k2_off - 1] + 1;
            Py_ssize_t y2 = x2 - k2;
            while (x2 < n1 && y2 < n2 && a[n1 - 1 - x2] == b[n2 - 1 - y2]) {
                x2++;
                y2++;
            }
            v2[k2_off] = x2;
            if (x2 > n1) {
                k2end += 2;
            } else if (y2 > n2) {
                k2start += 2;
            } else if (!front) {
                Py_ssize_t k1_off = v_off + delta - k2;
                if (k1_off >= 0 && k1_off < v_len && v1[k1_off] != -1) {
                    Py_ssize_t x1 = v1[k1_off];
                    if (x1 >= n1 - x2) {
                        sx = x1;
                        sy = v_off + x1 - k1_off;
                        break;
                    }
                }
            }
        }
    }
    free(v1);
    if (sx < 0) /* no common element at all */
        return rd_runs_push(out, RD_DELETE, n1) < 0 || rd_runs_push(out, RD_INSERT, n2) < 0 ? -1 : 0;
    if (diff_main(c, a, sx, b, sy, out) < 0)
        return -1;
    return diff_main(c, a + sx, n1 - sx, b + sy, n2 - sy, out);
}

/* diff_compute: a and b share no first and no last element, and are not both empty. */
static int diff_compute(Ctx *c, const int32_t *a, Py_ssize_t na, const int32_t *b,
                        Py_ssize_t nb, RDRuns *out)
{
    if (na == 0)
        return rd_runs_push(out, RD_INSERT, nb);
    if (nb == 0)
        return rd_runs_push(out, RD_DELETE, na);
    int a_longer = na > nb;
    const int32_t *lt = a_longer ? a : b, *st = a_longer ? b : a;
    Py_ssize_t nl = a_longer ? na : nb, ns = a_longer ? nb : na;
    Py_ssize_t i = find(c, lt, nl, st, ns);
    if (i == -2)
        return -1;
    if (i >= 0) { /* the shorter text inside the longer one */
        int op = a_longer ? RD_DELETE : RD_INSERT;
        if (rd_runs_push(out, op, i) < 0 || rd_runs_push(out, RD_EQUAL, ns) < 0 ||
            rd_runs_push(out, op, nl - i - ns) < 0)
            return -1;
        return 0;
    }
    if (ns == 1) /* a single element, and it is not in the other text */
        return rd_runs_push(out, RD_DELETE, na) < 0 || rd_runs_push(out, RD_INSERT, nb) < 0 ? -1 : 0;
    return diff_bisect(c, a, na, b, nb, out);
}

static int diff_main(Ctx *c, const int32_t *a, Py_ssize_t na, const int32_t *b,
                     Py_ssize_t nb, RDRuns *out)
{
    Py_ssize_t start = out->len;
    if (na == nb && same(a, b, na))
        return na ? rd_runs_push(out, RD_EQUAL, na) : 0;
    Py_ssize_t pre = common_prefix(a, na, b, nb);
    Py_ssize_t suf = common_suffix(a + pre, na - pre, b + pre, nb - pre);
    if (pre && rd_runs_push(out, RD_EQUAL, pre) < 0)
        return -1;
    if (diff_compute(c, a + pre, na - pre - suf, b + pre, nb - pre - suf, out) < 0)
        return -1;
    if (suf && rd_runs_push(out, RD_EQUAL, suf) < 0)
        return -1;
    return rd_cleanup_merge(out, start, a, b, &c->scratch);
}

int rd_diff(const int32_t *a, Py_ssize_t na, const int32_t *b, Py_ssize_t nb, RDRuns *out)
{
    Ctx c = {{NULL, 0, 0}, NULL, 0};
    int rc = diff_main(&c, a ? a : no_ids, na, b ? b : no_ids, nb, out);
    rd_runs_free(&c.scratch);
    free(c.table);
    return rc;
}
