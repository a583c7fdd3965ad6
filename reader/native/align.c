/* The shared-passage aligner of reader/engine/align.py (with reader/engine/seeds.py and
 * reader/engine/chains.py) in C. See align.h: the Python modules are the reference and
 * document each step; every static function below carries the name of the Python
 * function it mirrors. Memory exhaustion sets ctx->oom; the steps then return empty
 * results and ra_align reports -1 at the end, so no step needs its own error path.
 */
#include "align.h"

#include <stdlib.h>
#include <string.h>

#define EQUAL 0
#define DELETE (-1)
#define INSERT 1

typedef struct {
    const int32_t *a, *b;
    Py_ssize_t na, nb;
    const uint8_t *stop;
    Py_ssize_t nstop;
    RAParams p;
    int oom;
    void *scratch; /* one buffer for the seed stage's temporary tables, used in turn */
    size_t scratch_size;
    RAWork work;
} Ctx;

/* The scratch buffer, at least `bytes` long. Its contents are not kept: each user is
   done with it before the next asks (touching fresh memory costs more than reusing). */
static void *scratch(Ctx *ctx, size_t bytes) {
    if (bytes > ctx->scratch_size) {
        free(ctx->scratch);
        ctx->scratch = malloc(bytes);
        ctx->scratch_size = ctx->scratch ? bytes : 0;
        if (!ctx->scratch)
            ctx->oom = 1;
    }
    return ctx->scratch;
}

static void *grow(Ctx *ctx, void *items, Py_ssize_t *cap, Py_ssize_t need, size_t size) {
    if (need <= *cap)
        return items;
    Py_ssize_t cap2 = *cap ? *cap : 8;
    while (cap2 < need)
        cap2 *= 2;
    void *p = realloc(items, (size_t)cap2 * size);
    if (!p) {
        ctx->oom = 1;
        return NULL;
    }
    *cap = cap2;
    return p;
}

#define PUSH(ctx, vec, value)                                                              \
    do {                                                                                   \
        void *grown_ = grow((ctx), (vec).items, &(vec).cap, (vec).len + 1, sizeof(*(vec).items)); \
        if (grown_) {                                                                      \
            (vec).items = grown_;                                                          \
            (vec).items[(vec).len++] = (value);                                            \
        }                                                                                  \
    } while (0)

static int is_stop(const Ctx *ctx, int32_t w) { return w >= 0 && w < ctx->nstop && ctx->stop[w]; }

static Py_ssize_t max2(Py_ssize_t x, Py_ssize_t y) { return x > y ? x : y; }

/* --- ops ------------------------------------------------------------------------- */

static void ops_push(Ctx *ctx, RDRuns *r, int op, Py_ssize_t n) {
    if (rd_runs_push(r, op, n) < 0)
        ctx->oom = 1;
}

/* wordiff.merge_ops: merge neighbouring runs of one op; deletions first in a change. */
static RDRuns merge_ops(Ctx *ctx, const RDRun *ops, Py_ssize_t n) {
    RDRuns out = {0};
    Py_ssize_t dele = 0, ins = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        int op = ops[k].op;
        Py_ssize_t m = ops[k].n;
        if (m <= 0)
            continue;
        if (op == EQUAL) {
            if (dele)
                ops_push(ctx, &out, DELETE, dele);
            if (ins)
                ops_push(ctx, &out, INSERT, ins);
            dele = ins = 0;
            if (out.len && out.items[out.len - 1].op == EQUAL)
                out.items[out.len - 1].n += m;
            else
                ops_push(ctx, &out, EQUAL, m);
        } else if (op == DELETE) {
            dele += m;
        } else {
            ins += m;
        }
    }
    if (dele)
        ops_push(ctx, &out, DELETE, dele);
    if (ins)
        ops_push(ctx, &out, INSERT, ins);
    return out;
}

static void ops_extend(Ctx *ctx, RDRuns *dst, const RDRun *src, Py_ssize_t n) {
    for (Py_ssize_t k = 0; k < n; k++)
        ops_push(ctx, dst, src[k].op, src[k].n);
}

static Py_ssize_t ops_matched(const RDRuns *ops) {
    Py_ssize_t m = 0;
    for (Py_ssize_t k = 0; k < ops->len; k++)
        if (ops->items[k].op == EQUAL)
            m += ops->items[k].n;
    return m;
}

/* words of a (skip INSERT) or of b (skip DELETE) that the runs cover */
static Py_ssize_t ops_len(const RDRun *ops, Py_ssize_t n, int skip) {
    Py_ssize_t m = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (ops[k].op != skip)
            m += ops[k].n;
    return m;
}

#define ops_len_a(ops, n) ops_len((ops), (n), INSERT)
#define ops_len_b(ops, n) ops_len((ops), (n), DELETE)

/* alignment.weight over a[from:to] */
static double weight(const Ctx *ctx, Py_ssize_t from, Py_ssize_t to) {
    if (from < 0)
        from = 0;
    if (to > ctx->na)
        to = ctx->na;
    double w = 0.0;
    for (Py_ssize_t k = from; k < to; k++)
        w += is_stop(ctx, ctx->a[k]) ? 0.5 : 1.0;
    return w;
}

static void align_free(RAAlign *al) {
    rd_runs_free(&al->ops);
    free(al->also_at.items);
    al->also_at = (RARepeats){0};
}

void ra_aligns_free(RAAligns *v) {
    for (Py_ssize_t k = 0; k < v->len; k++)
        align_free(&v->items[k]);
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

/* --- wordiff.dmp_ops --------------------------------------------------------------- */

static int cmp_i32(const void *x, const void *y) {
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

static int disjoint(Ctx *ctx, const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny) {
    if (nx * ny <= 4096) {
        for (Py_ssize_t i = 0; i < nx; i++)
            for (Py_ssize_t j = 0; j < ny; j++)
                if (x[i] == y[j])
                    return 0;
        return 1;
    }
    int32_t *sx = malloc((size_t)(nx + ny) * sizeof(int32_t));
    if (!sx) {
        ctx->oom = 1;
        return 1;
    }
    int32_t *sy = sx + nx;
    memcpy(sx, x, (size_t)nx * sizeof(int32_t));
    memcpy(sy, y, (size_t)ny * sizeof(int32_t));
    qsort(sx, (size_t)nx, sizeof(int32_t), cmp_i32);
    qsort(sy, (size_t)ny, sizeof(int32_t), cmp_i32);
    Py_ssize_t i = 0, j = 0;
    int result = 1;
    while (i < nx && j < ny) {
        if (sx[i] == sy[j]) {
            result = 0;
            break;
        }
        if (sx[i] < sy[j])
            i++;
        else
            j++;
    }
    free(sx);
    return result;
}

/* Append the diff of x against y (dmp_ops) to out. */
static void dmp_ops(Ctx *ctx, const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny, RDRuns *out) {
    if (!nx && !ny)
        return;
    if (!nx) {
        ops_push(ctx, out, INSERT, ny);
        return;
    }
    if (!ny) {
        ops_push(ctx, out, DELETE, nx);
        return;
    }
    if ((nx == 1 && ny == 1) || disjoint(ctx, x, nx, y, ny)) {
        if (nx == 1 && ny == 1 && x[0] == y[0]) {
            ops_push(ctx, out, EQUAL, 1);
        } else {
            ops_push(ctx, out, DELETE, nx);
            ops_push(ctx, out, INSERT, ny);
        }
        return;
    }
    if (rd_diff(x, nx, y, ny, out) < 0)
        ctx->oom = 1;
}

/* --- seeds.seed_runs ------------------------------------------------------------- */

/* Memory is touched sparingly here: on a small virtual machine a first touch of a page
   costs microseconds, which for long texts weighed more than the computing. Positions
   are int32 (texts are far below 2**31 words: the Python side checks), every array is
   allocated at its final size, and the gram table keeps only an index per slot. */

typedef struct {
    int32_t d, i, n; /* d = j - i */
} Hit;

typedef struct {
    int32_t i, j, n;
} Run;

typedef struct {
    Run *items;
    Py_ssize_t len, cap;
} Runs;

/* A gram found in x, with the chains of its start positions in x and in y (through
   next_x / next_y, ascending, -1 ending a chain). */
typedef struct {
    uint32_t hash;
    int32_t head_x, head_y, count_x, count_y;
} Group;

typedef struct {
    Group *groups;
    Py_ssize_t ngroups;
    int32_t *next_x, *next_y;
} Grams;

static void grams_free(Grams *g) { /* the arrays are in the scratch buffer */
    *g = (Grams){0};
}

static uint64_t gram_hash(const int32_t *g, int n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (int t = 0; t < n; t++) {
        h ^= (uint32_t)g[t];
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    return h;
}

static int same_gram(const int32_t *x, const int32_t *y, int n) {
    for (int t = 0; t < n; t++)
        if (x[t] != y[t])
            return 0;
    return 1;
}

/* The n-grams of x and where each occurs in x and y (seeds._positions of both). */
static Grams common_grams(Ctx *ctx, const int32_t *x, Py_ssize_t nx, const int32_t *y, Py_ssize_t ny, int n) {
    Grams g = {0};
    Py_ssize_t gx = nx - n + 1, gy = ny - n + 1;
    if (gx <= 0 || gy <= 0)
        return g;
    size_t size = 1;
    while (size < (size_t)gx * 2)
        size <<= 1;
    size_t mask = size - 1;
    /* slot table, groups, next_x, next_y: int32-aligned pieces of one buffer */
    char *buf = scratch(ctx, size * sizeof(int32_t) + (size_t)gx * sizeof(Group) + (size_t)(gx + gy) * sizeof(int32_t));
    if (!buf)
        return g;
    int32_t *slot = (int32_t *)buf;
    g.groups = (Group *)(buf + size * sizeof(int32_t));
    g.next_x = (int32_t *)(g.groups + gx);
    g.next_y = g.next_x + gx;
    memset(slot, 0xFF, size * sizeof(int32_t)); /* -1: empty */
    for (Py_ssize_t p = gx - 1; p >= 0; p--) { /* backwards: each chain comes out ascending */
        uint64_t h = gram_hash(x + p, n);
        size_t s = (size_t)h & mask;
        Group *found = NULL;
        while (slot[s] >= 0) {
            Group *c = &g.groups[slot[s]];
            if (c->hash == (uint32_t)h && same_gram(x + c->head_x, x + p, n)) {
                found = c;
                break;
            }
            s = (s + 1) & mask;
        }
        if (found) {
            g.next_x[p] = found->head_x;
            found->head_x = (int32_t)p;
            found->count_x++;
        } else {
            g.next_x[p] = -1;
            slot[s] = (int32_t)g.ngroups;
            g.groups[g.ngroups++] = (Group){(uint32_t)h, (int32_t)p, -1, 1, 0};
        }
    }
    for (Py_ssize_t q = gy - 1; q >= 0; q--) {
        uint64_t h = gram_hash(y + q, n);
        size_t s = (size_t)h & mask;
        while (slot[s] >= 0) {
            Group *c = &g.groups[slot[s]];
            if (c->hash == (uint32_t)h && same_gram(x + c->head_x, y + q, n)) {
                g.next_y[q] = c->head_y;
                c->head_y = (int32_t)q;
                c->count_y++;
                break;
            }
            s = (s + 1) & mask;
        }
    }
    return g;
}

static int cmp_hit(const void *x, const void *y) {
    const Hit *p = x, *q = y;
    if (p->d != q->d)
        return p->d < q->d ? -1 : 1;
    if (p->i != q->i)
        return p->i < q->i ? -1 : 1;
    return (p->n > q->n) - (p->n < q->n);
}

static int cmp_run(const void *x, const void *y) {
    const Run *p = x, *q = y;
    if (p->i != q->i)
        return p->i < q->i ? -1 : 1;
    if (p->j != q->j)
        return p->j < q->j ? -1 : 1;
    return (p->n > q->n) - (p->n < q->n);
}

/* Sorting triples in tuple order: packed into one 64-bit key each (the first field
   offset to be non-negative) and radix sorted when they fit, else qsort. Equal
   triples are interchangeable, so stability does not matter. */
static int bits_for(Py_ssize_t v) {
    int b = 1;
    while (b < 63 && ((Py_ssize_t)1 << b) <= v)
        b++;
    return b;
}

static int radix_sort(uint64_t *keys, uint64_t *tmp, Py_ssize_t n) {
    for (int shift = 0; shift < 64; shift += 8) {
        Py_ssize_t count[257] = {0};
        for (Py_ssize_t k = 0; k < n; k++)
            count[((keys[k] >> shift) & 0xFF) + 1]++;
        if (count[((keys[0] >> shift) & 0xFF) + 1] == n)
            continue; /* one digit for all: nothing to move */
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (Py_ssize_t k = 0; k < n; k++)
            tmp[count[(keys[k] >> shift) & 0xFF]++] = keys[k];
        memcpy(keys, tmp, (size_t)n * sizeof(uint64_t));
    }
    return 0;
}

/* sort_hits sorts hits (d + off, i, n), sort_runs runs (i, j, n) with off 0. */
#define SORT_TRIPLES(NAME, T, F0, F1, F2, CMP)                                               \
    static void NAME(Ctx *ctx, T *items, Py_ssize_t n, Py_ssize_t off, Py_ssize_t limit) {   \
        if (n < 2)                                                                           \
            return;                                                                          \
        int b = bits_for(limit);                                                             \
        if (3 * b > 64 || n < 64) {                                                          \
            qsort(items, (size_t)n, sizeof(T), CMP);                                         \
            return;                                                                          \
        }                                                                                    \
        uint64_t *keys = scratch(ctx, 2 * (size_t)n * sizeof(uint64_t)); /* keys, then room */ \
        if (!keys)                                                                           \
            return;                                                                          \
        for (Py_ssize_t k = 0; k < n; k++)                                                   \
            keys[k] = ((uint64_t)(items[k].F0 + off) << (2 * b)) | ((uint64_t)items[k].F1 << b) \
                      | (uint64_t)items[k].F2;                                               \
        if (radix_sort(keys, keys + n, n) == 0) {                                            \
            uint64_t m = ((uint64_t)1 << b) - 1;                                             \
            for (Py_ssize_t k = 0; k < n; k++) {                                             \
                items[k].F0 = (Py_ssize_t)(keys[k] >> (2 * b)) - off;                        \
                items[k].F1 = (Py_ssize_t)((keys[k] >> b) & m);                              \
                items[k].F2 = (Py_ssize_t)(keys[k] & m);                                     \
            }                                                                                \
        }                                                                                    \
    }

SORT_TRIPLES(sort_hits, Hit, d, i, n, cmp_hit)
SORT_TRIPLES(sort_runs, Run, i, j, n, cmp_run)

/* seeds._hits_to_runs */
static Runs hits_to_runs(Ctx *ctx, Hit *hits, Py_ssize_t nhits) {
    Runs runs = {0};
    /* d = j - i lies in [-na, nb]; i and n in [0, max(na, nb)] */
    sort_hits(ctx, hits, nhits, ctx->na, ctx->na + ctx->nb + max2(ctx->na, ctx->nb) + 1);
    if (ctx->oom)
        return runs;
    runs.items = malloc((size_t)(nhits + 1) * sizeof(Run));
    if (!runs.items) {
        ctx->oom = 1;
        return runs;
    }
    runs.cap = nhits + 1;
    Py_ssize_t last_d = 0, last_end = 0;
    for (Py_ssize_t k = 0; k < nhits; k++) {
        Hit h = hits[k];
        if (runs.len && h.d == last_d && h.i <= last_end) {
            if (h.i + h.n > last_end) {
                last_end = h.i + h.n;
                Run *r = &runs.items[runs.len - 1];
                r->n = last_end - r->i;
            }
            continue;
        }
        runs.items[runs.len++] = (Run){h.i, (Py_ssize_t)h.i + h.d, h.n};
        last_d = h.d;
        last_end = (Py_ssize_t)h.i + h.n;
    }
    sort_runs(ctx, runs.items, runs.len, 0, ctx->na + ctx->nb + 1);
    return runs;
}

static int all_stop(const Ctx *ctx, const int32_t *g, int n) {
    for (int t = 0; t < n; t++)
        if (!is_stop(ctx, g[t]))
            return 0;
    return 1;
}

static Runs seed_runs(Ctx *ctx) {
    const int32_t *a = ctx->a, *b = ctx->b;
    Py_ssize_t na = ctx->na, nb = ctx->nb;
    int K = ctx->p.k, STOP_N = ctx->p.stop_n, MAXO = ctx->p.max_occurrences;
    Runs runs = {0};
    /* content n-grams: counted, then written into an array of that size */
    Grams g = common_grams(ctx, a, na, b, nb, K);
    Py_ssize_t nhits = 2; /* room for the prefix and suffix */
    for (Py_ssize_t k = 0; k < g.ngroups; k++) {
        Group *c = &g.groups[k];
        if (c->count_y && c->count_x <= MAXO && c->count_y <= MAXO && !all_stop(ctx, a + c->head_x, K))
            nhits += (Py_ssize_t)c->count_x * c->count_y;
    }
    Hit *hits = ctx->oom ? NULL : malloc((size_t)nhits * sizeof(Hit));
    Py_ssize_t len = 0;
    if (!hits)
        ctx->oom = 1;
    for (Py_ssize_t k = 0; k < g.ngroups && !ctx->oom; k++) {
        Group *c = &g.groups[k];
        if (!c->count_y || c->count_x > MAXO || c->count_y > MAXO || all_stop(ctx, a + c->head_x, K))
            continue;
        for (int32_t i = c->head_x; i >= 0; i = g.next_x[i])
            for (int32_t j = c->head_y; j >= 0; j = g.next_y[j])
                hits[len++] = (Hit){j - i, i, K};
    }
    grams_free(&g);
    /* stop-word n-grams over the stop words alone (sa, sb: their positions) */
    Py_ssize_t ca = 0, cb = 0; /* how many stop words: the arrays are made that long */
    for (Py_ssize_t i = 0; i < na; i++)
        ca += is_stop(ctx, a[i]);
    for (Py_ssize_t j = 0; j < nb; j++)
        cb += is_stop(ctx, b[j]);
    int32_t *sa = ctx->oom ? NULL : malloc((size_t)(ca + cb + 2) * 2 * sizeof(int32_t));
    if (!sa)
        ctx->oom = 1;
    if (!ctx->oom) {
        int32_t *sb = sa + ca + 1, *wa = sb + cb + 1, *wb = wa + ca + 1;
        Py_ssize_t la = 0, lb = 0;
        for (Py_ssize_t i = 0; i < na; i++)
            if (is_stop(ctx, a[i])) {
                sa[la] = (int32_t)i;
                wa[la++] = a[i];
            }
        for (Py_ssize_t j = 0; j < nb; j++)
            if (is_stop(ctx, b[j])) {
                sb[lb] = (int32_t)j;
                wb[lb++] = b[j];
            }
        if (la >= STOP_N && lb >= STOP_N) {
            g = common_grams(ctx, wa, la, wb, lb, STOP_N);
            Py_ssize_t more = 0; /* at most: the spacing test may drop some */
            for (Py_ssize_t k = 0; k < g.ngroups; k++) {
                Group *c = &g.groups[k];
                if (c->count_y && c->count_x <= MAXO && c->count_y <= MAXO)
                    more += (Py_ssize_t)c->count_x * c->count_y * STOP_N;
            }
            Hit *grown = ctx->oom || !more ? hits : realloc(hits, (size_t)(nhits + more) * sizeof(Hit));
            if (!grown)
                ctx->oom = 1;
            else
                hits = grown;
            for (Py_ssize_t k = 0; k < g.ngroups && !ctx->oom; k++) {
                Group *c = &g.groups[k];
                if (!c->count_y || c->count_x > MAXO || c->count_y > MAXO)
                    continue;
                for (int32_t x = c->head_x; x >= 0; x = g.next_x[x])
                    for (int32_t y = c->head_y; y >= 0; y = g.next_y[y]) {
                        int32_t width_b = sb[y + STOP_N - 1] - sb[y];
                        int32_t width_a = sa[x + STOP_N - 1] - sa[x];
                        int32_t diff = width_a > width_b ? width_a - width_b : width_b - width_a;
                        if (diff > 2 + (width_a > width_b ? width_a : width_b) / 4)
                            continue;
                        for (int t = 0; t < STOP_N; t++)
                            hits[len++] = (Hit){sb[y + t] - sa[x + t], sa[x + t], 1};
                    }
            }
            grams_free(&g);
        }
    }
    free(sa);
    if (!ctx->oom) {
        /* common prefix and suffix */
        Py_ssize_t limit = na < nb ? na : nb;
        Py_ssize_t n = 0;
        while (n < limit && a[n] == b[n])
            n++;
        if (n)
            hits[len++] = (Hit){0, 0, (int32_t)n};
        Py_ssize_t m = 0;
        while (m < limit - n && a[na - 1 - m] == b[nb - 1 - m])
            m++;
        if (m)
            hits[len++] = (Hit){(int32_t)(nb - na), (int32_t)(na - m), (int32_t)m};
        runs = hits_to_runs(ctx, hits, len);
    }
    free(hits);
    return runs;
}

/* --- chains.chain and chains.worth_filling --------------------------------------- */

typedef struct {
    int32_t first, last; /* indexes into the chained runs */
    int32_t ei, ej;      /* exclusive end */
    int32_t seed_words;
} Chain;

typedef struct {
    Chain *items;
    Py_ssize_t len, cap;
} Chains;

typedef struct {
    Run run;
    int32_t next;
} Link;

typedef struct {
    Link *items;
    Py_ssize_t len, cap;
} Links;

static void chain_runs(Ctx *ctx, const Runs *runs, Py_ssize_t gap, Chains *chains, Links *links) {
    Py_ssize_t *active = malloc((size_t)(runs->len + 1) * sizeof(Py_ssize_t));
    if (!active) {
        ctx->oom = 1;
        return;
    }
    Py_ssize_t nactive = 0;
    for (Py_ssize_t r = 0; r < runs->len && !ctx->oom; r++) {
        Py_ssize_t i = runs->items[r].i, j = runs->items[r].j, n = runs->items[r].n;
        Py_ssize_t best = -1, best_cost = 0;
        Run best_run = {0, 0, 0};
        Py_ssize_t still = 0;
        for (Py_ssize_t k = 0; k < nactive; k++) {
            Py_ssize_t c = active[k];
            Py_ssize_t ei = chains->items[c].ei, ej = chains->items[c].ej;
            if (ei < i - gap)
                continue;
            active[still++] = c;
            Py_ssize_t delta = max2(max2(ei - i, ej - j), 0);
            if (delta >= n)
                continue;
            Py_ssize_t gi = i + delta - ei, gj = j + delta - ej;
            if (gi > gap || gj > gap || gi < 0 || gj < 0)
                continue;
            Py_ssize_t cost = max2(gi, gj);
            if (best < 0 || cost < best_cost) {
                best = c;
                best_cost = cost;
                best_run = (Run){i + delta, j + delta, n - delta};
            }
        }
        nactive = still;
        if (best >= 0) {
            PUSH(ctx, *links, ((Link){best_run, -1}));
            if (ctx->oom)
                break;
            Chain *ch = &chains->items[best];
            links->items[ch->last].next = links->len - 1;
            ch->last = links->len - 1;
            ch->ei = best_run.i + best_run.n;
            ch->ej = best_run.j + best_run.n;
            ch->seed_words += best_run.n;
        } else {
            PUSH(ctx, *links, ((Link){(Run){i, j, n}, -1}));
            PUSH(ctx, *chains, ((Chain){links->len - 1, links->len - 1, i + n, j + n, n}));
            active[nactive++] = chains->len - 1;
        }
    }
    free(active);
}

typedef struct {
    Py_ssize_t a0, a1, b0, b1, chain;
} Box;

static Box chain_box(const Chains *chains, const Links *links, Py_ssize_t c) {
    const Chain *ch = &chains->items[c];
    Run first = links->items[ch->first].run, last = links->items[ch->last].run;
    return (Box){first.i, last.i + last.n, first.j, last.j + last.n, c};
}

static int cmp_box_a0(const void *x, const void *y) { /* stable: ties by chain order */
    const Box *p = x, *q = y;
    if (p->a0 != q->a0)
        return p->a0 < q->a0 ? -1 : 1;
    return (p->chain > q->chain) - (p->chain < q->chain);
}

/* The chains worth filling, in the order chains.worth_filling returns them. */
static Py_ssize_t *worth_filling(Ctx *ctx, const Chains *chains, const Links *links, Py_ssize_t strong,
                                 Py_ssize_t near, Py_ssize_t *count) {
    *count = 0;
    Box *boxes = malloc((size_t)(chains->len + 1) * sizeof(Box));
    Py_ssize_t *weak = malloc((size_t)(chains->len + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *kept = malloc((size_t)(chains->len + 1) * sizeof(Py_ssize_t));
    if (!boxes || !weak || !kept) {
        ctx->oom = 1;
        free(boxes);
        free(weak);
        free(kept);
        return NULL;
    }
    Py_ssize_t nboxes = 0, nweak = 0;
    for (Py_ssize_t c = 0; c < chains->len; c++) {
        if (chains->items[c].seed_words >= strong)
            boxes[nboxes++] = chain_box(chains, links, c);
        else
            weak[nweak++] = c;
    }
    if (!nboxes) {
        free(boxes);
        free(weak);
        return kept;
    }
    qsort(boxes, (size_t)nboxes, sizeof(Box), cmp_box_a0);
    Py_ssize_t longest = 0;
    for (Py_ssize_t k = 0; k < nboxes; k++) {
        longest = max2(longest, boxes[k].a1 - boxes[k].a0);
        kept[(*count)++] = boxes[k].chain;
    }
    for (Py_ssize_t w = 0; w < nweak; w++) {
        Box x = chain_box(chains, links, weak[w]);
        Py_ssize_t from = x.a0 - near - longest, to = x.a1 + near;
        Py_ssize_t lo = 0, hi = nboxes; /* bisect_left(starts, from) */
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (boxes[mid].a0 < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        Py_ssize_t lo2 = lo, hi2 = nboxes; /* bisect_right(starts, to) */
        while (lo2 < hi2) {
            Py_ssize_t mid = (lo2 + hi2) / 2;
            if (to < boxes[mid].a0)
                hi2 = mid;
            else
                lo2 = mid + 1;
        }
        for (Py_ssize_t k = lo; k < lo2; k++) {
            Box s = boxes[k];
            if (s.a0 - near <= x.a1 && x.a0 <= s.a1 + near && s.b0 - near <= x.b1 && x.b0 <= s.b1 + near) {
                kept[(*count)++] = weak[w];
                break;
            }
        }
    }
    free(boxes);
    free(weak);
    return kept;
}

/* --- align._anchored ------------------------------------------------------------- */

static RAAlign anchored(Ctx *ctx, const Chains *chains, const Links *links, Py_ssize_t c) {
    const Chain *ch = &chains->items[c];
    Run first = links->items[ch->first].run, last = links->items[ch->last].run;
    Py_ssize_t i0 = first.i, j0 = first.j, i1 = last.i + last.n - 1, j1 = last.j + last.n - 1;
    RDRuns raw = {0};
    Py_ssize_t pa = i0, pb = j0; /* absolute positions after the last fixed point */
    for (Py_ssize_t k = ch->first; k >= 0; k = links->items[k].next) {
        Run r = links->items[k].run;
        Py_ssize_t nx = links->items[k].next;
        if (k != ch->first && nx >= 0 && r.n == 1 && is_stop(ctx, ctx->a[r.i])) {
            Run q = links->items[nx].run; /* align._fixed_points: a lone stop word is no fixed point */
            if (q.i - pa <= ctx->p.chain_gap && q.j - pb <= ctx->p.chain_gap)
                continue;
        }
        if (r.i > pa || r.j > pb)
            dmp_ops(ctx, ctx->a + pa, r.i - pa, ctx->b + pb, r.j - pb, &raw);
        ops_push(ctx, &raw, EQUAL, r.n);
        pa = r.i + r.n;
        pb = r.j + r.n;
    }
    RAAlign al = {i0, i1, j0, j1, merge_ops(ctx, raw.items, raw.len)};
    rd_runs_free(&raw);
    return al;
}

/* --- align._split and friends ------------------------------------------------------ */

/* alignment.trimmed: NULL ops (len 0) when nothing is left */
static int trimmed(Ctx *ctx, Py_ssize_t ia, Py_ssize_t jb, const RDRun *ops, Py_ssize_t n, RAAlign *out) {
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi && ops[lo].op != EQUAL) {
        if (ops[lo].op != INSERT)
            ia += ops[lo].n;
        if (ops[lo].op != DELETE)
            jb += ops[lo].n;
        lo++;
    }
    while (hi > lo && ops[hi - 1].op != EQUAL)
        hi--;
    if (lo == hi)
        return 0;
    RDRuns merged = merge_ops(ctx, ops + lo, hi - lo);
    Py_ssize_t la = ops_len_a(merged.items, merged.len), lb = ops_len_b(merged.items, merged.len);
    *out = (RAAlign){ia, ia + la - 1, jb, jb + lb - 1, merged};
    return 1;
}

static int strong_match(const Ctx *ctx, int op, Py_ssize_t n, Py_ssize_t ia) {
    return op == EQUAL && (n >= 3 || (n == 2 && !(is_stop(ctx, ctx->a[ia]) && is_stop(ctx, ctx->a[ia + 1]))));
}

static void split(Ctx *ctx, const RAAlign *al, RAAligns *pieces) {
    RDRuns cur = {0}, gap_ops = {0};
    Py_ssize_t ia = al->a_first, jb = al->b_first;
    Py_ssize_t start_a = ia, start_b = jb;
    Py_ssize_t gap_a = 0, gap_b = 0;
    RAAlign piece;
    for (Py_ssize_t k = 0; k < al->ops.len; k++) {
        int op = al->ops.items[k].op;
        Py_ssize_t n = al->ops.items[k].n;
        if (strong_match(ctx, op, n, ia)) {
            if ((gap_a >= ctx->p.split_both && gap_b >= ctx->p.split_both) || max2(gap_a, gap_b) >= ctx->p.split_one) {
                if (cur.len && trimmed(ctx, start_a, start_b, cur.items, cur.len, &piece))
                    PUSH(ctx, *pieces, piece);
                cur.len = 0;
                start_a = ia;
                start_b = jb;
            } else {
                ops_extend(ctx, &cur, gap_ops.items, gap_ops.len);
            }
            gap_ops.len = 0;
            gap_a = gap_b = 0;
            ops_push(ctx, &cur, op, n);
        } else {
            if (!cur.len && !gap_ops.len) {
                start_a = ia;
                start_b = jb;
            }
            ops_push(ctx, &gap_ops, op, n);
            if (op != INSERT)
                gap_a += n;
            if (op != DELETE)
                gap_b += n;
        }
        if (op != INSERT)
            ia += n;
        if (op != DELETE)
            jb += n;
    }
    if (cur.len && trimmed(ctx, start_a, start_b, cur.items, cur.len, &piece))
        PUSH(ctx, *pieces, piece);
    rd_runs_free(&cur);
    rd_runs_free(&gap_ops);
}

static Py_ssize_t split_count(Ctx *ctx, const RAAlign *al) {
    RAAligns pieces = {0};
    split(ctx, al, &pieces);
    Py_ssize_t n = pieces.len;
    ra_aligns_free(&pieces);
    return n;
}

/* align._junction_holds */
static int junction_holds(Ctx *ctx, const RAAlign *y, const RDRuns *gap_ops, const RAAlign *x) {
    Py_ssize_t ia = y->a_last + 1;
    Py_ssize_t k = y->ops.len;
    while (k > 0) {
        int op = y->ops.items[k - 1].op;
        Py_ssize_t n = y->ops.items[k - 1].n;
        ia -= op != INSERT ? n : 0;
        k -= 1;
        if (strong_match(ctx, op, n, ia))
            break;
    }
    Py_ssize_t jx = x->a_first, head_end = 0;
    for (Py_ssize_t h = 0; h < x->ops.len; h++) {
        int op = x->ops.items[h].op;
        Py_ssize_t n = x->ops.items[h].n;
        head_end++;
        if (strong_match(ctx, op, n, jx))
            break;
        jx += op != INSERT ? n : 0;
    }
    RDRuns joined = {0};
    ops_extend(ctx, &joined, y->ops.items + k, y->ops.len - k);
    ops_extend(ctx, &joined, gap_ops->items, gap_ops->len);
    ops_extend(ctx, &joined, x->ops.items, head_end);
    RAAlign local = {0, 0, 0, 0, merge_ops(ctx, joined.items, joined.len)};
    rd_runs_free(&joined);
    Py_ssize_t la = ops_len_a(local.ops.items, local.ops.len), lb = ops_len_b(local.ops.items, local.ops.len);
    local.a_first = ia;
    local.a_last = ia + la - 1;
    local.b_first = 0;
    local.b_last = lb - 1;
    int holds = split_count(ctx, &local) == 1;
    align_free(&local);
    return holds;
}

typedef struct {
    RAAlign *al;
    Py_ssize_t index;
} Ref;

static int cmp_ref_ab(const void *x, const void *y) {
    const Ref *p = x, *q = y;
    if (p->al->a_first != q->al->a_first)
        return p->al->a_first < q->al->a_first ? -1 : 1;
    if (p->al->b_first != q->al->b_first)
        return p->al->b_first < q->al->b_first ? -1 : 1;
    return (p->index > q->index) - (p->index < q->index);
}

static int cmp_ref_size(const void *x, const void *y) { /* longest first, stable */
    const Ref *p = x, *q = y;
    Py_ssize_t sp = (p->al->a_last - p->al->a_first) + (p->al->b_last - p->al->b_first);
    Py_ssize_t sq = (q->al->a_last - q->al->a_first) + (q->al->b_last - q->al->b_first);
    if (sp != sq)
        return sp > sq ? -1 : 1;
    return (p->index > q->index) - (p->index < q->index);
}

/* Sort alignments in place by a comparator over (alignment, original index). */
static void sort_aligns(Ctx *ctx, RAAligns *v, int (*cmp)(const void *, const void *)) {
    if (v->len < 2)
        return;
    Ref *refs = malloc((size_t)v->len * sizeof(Ref));
    RAAlign *copy = malloc((size_t)v->len * sizeof(RAAlign));
    if (!refs || !copy) {
        ctx->oom = 1;
        free(refs);
        free(copy);
        return;
    }
    for (Py_ssize_t k = 0; k < v->len; k++)
        refs[k] = (Ref){&v->items[k], k};
    qsort(refs, (size_t)v->len, sizeof(Ref), cmp);
    for (Py_ssize_t k = 0; k < v->len; k++)
        copy[k] = *refs[k].al;
    memcpy(v->items, copy, (size_t)v->len * sizeof(RAAlign));
    free(refs);
    free(copy);
}

/* align._merge_neighbours: consumes `found` */
/* The end of one step of merge_neighbours and join_inserts: a piece taken into its
 * neighbour is freed, any other is moved to ``out`` (freed if memory ran out); either
 * way ``x`` no longer owns its ops. */
static void keep_unless_taken(Ctx *ctx, RAAligns *out, RAAlign *x, int taken) {
    if (taken) {
        align_free(x);
    } else {
        PUSH(ctx, *out, *x);
        if (ctx->oom)
            align_free(x);
    }
    x->ops = (RDRuns){0};
}

static RAAligns merge_neighbours(Ctx *ctx, RAAligns *found) {
    sort_aligns(ctx, found, cmp_ref_ab);
    RAAligns out = {0};
    for (Py_ssize_t f = 0; f < found->len && !ctx->oom; f++) {
        RAAlign *x = &found->items[f];
        int merged = 0;
        Py_ssize_t stop_at = out.len - 6 > -1 ? out.len - 6 : -1;
        for (Py_ssize_t k = out.len - 1; k > stop_at; k--) {
            RAAlign *y = &out.items[k];
            Py_ssize_t gap_a = x->a_first - y->a_last - 1, gap_b = x->b_first - y->b_last - 1;
            if (!(0 <= gap_a && gap_a <= ctx->p.merge_gap && 0 <= gap_b && gap_b <= ctx->p.merge_gap))
                continue;
            RDRuns gap_ops = {0};
            dmp_ops(ctx, ctx->a + y->a_last + 1, gap_a, ctx->b + y->b_last + 1, gap_b, &gap_ops);
            if (junction_holds(ctx, y, &gap_ops, x)) {
                RDRuns joined = {0};
                ops_extend(ctx, &joined, y->ops.items, y->ops.len);
                ops_extend(ctx, &joined, gap_ops.items, gap_ops.len);
                ops_extend(ctx, &joined, x->ops.items, x->ops.len);
                RAAlign m = {y->a_first, x->a_last, y->b_first, x->b_last, merge_ops(ctx, joined.items, joined.len)};
                rd_runs_free(&joined);
                align_free(y);
                *y = m;
                merged = 1;
            }
            rd_runs_free(&gap_ops);
            if (merged)
                break;
        }
        keep_unless_taken(ctx, &out, x, merged);
    }
    ra_aligns_free(found);
    return out;
}

/* --- align._segments and friends ---------------------------------------------------- */

static int best_segment(Ctx *ctx, const RAAlign *al, RAAlign *out) {
    Py_ssize_t ia = al->a_first;
    double best = 0.0, cur = 0.0;
    Py_ssize_t first = -1, last = -1, cur_start = 0;
    Py_ssize_t pend_d = 0, pend_i = 0;
    for (Py_ssize_t k = 0; k < al->ops.len; k++) {
        int op = al->ops.items[k].op;
        Py_ssize_t n = al->ops.items[k].n;
        if (op == EQUAL) {
            if (cur <= 0) {
                cur = 0.0;
                cur_start = k;
            } else {
                cur -= ctx->p.change_cost * (double)max2(pend_d, pend_i);
                if (cur <= 0) {
                    cur = 0.0;
                    cur_start = k;
                }
            }
            cur += weight(ctx, ia, ia + n);
            pend_d = pend_i = 0;
            if (cur > best) {
                best = cur;
                first = cur_start;
                last = k;
            }
        } else if (op == DELETE) {
            pend_d += n;
        } else {
            pend_i += n;
        }
        if (op != INSERT)
            ia += n;
    }
    if (first < 0)
        return 0;
    Py_ssize_t sa = al->a_first, sb = al->b_first;
    for (Py_ssize_t k = 0; k < first; k++) {
        if (al->ops.items[k].op != INSERT)
            sa += al->ops.items[k].n;
        if (al->ops.items[k].op != DELETE)
            sb += al->ops.items[k].n;
    }
    return trimmed(ctx, sa, sb, al->ops.items + first, last + 1 - first, out);
}

/* align._change_len */
static Py_ssize_t change_len(const RDRun *ops, Py_ssize_t n, Py_ssize_t k, int step) {
    Py_ssize_t da = 0, db = 0;
    while (0 <= k && k < n && ops[k].op != EQUAL) {
        if (ops[k].op == DELETE)
            da += ops[k].n;
        else
            db += ops[k].n;
        k += step;
    }
    return max2(da, db);
}

/* align._trim_ends: consumes nothing; writes a new alignment to out */
static int trim_ends(Ctx *ctx, const RAAlign *al, RAAlign *out) {
    const RDRun *ops = al->ops.items;
    Py_ssize_t lo = 0, hi = al->ops.len; /* ops[lo:hi] */
    Py_ssize_t ia = al->a_first, jb = al->b_first;
    double cost = ctx->p.extend_cost;
    while (hi - lo >= 3 && weight(ctx, ia, ia + ops[lo].n) < cost * (double)change_len(ops + lo, hi - lo, 1, 1)) {
        ia += ops[lo].n;
        jb += ops[lo].n;
        Py_ssize_t k = lo + 1;
        while (k < hi && ops[k].op != EQUAL) {
            if (ops[k].op != INSERT)
                ia += ops[k].n;
            if (ops[k].op != DELETE)
                jb += ops[k].n;
            k++;
        }
        lo = k;
    }
    while (hi - lo >= 3) {
        Py_ssize_t last = ops[hi - 1].n;
        Py_ssize_t end_a = ia + ops_len_a(ops + lo, hi - lo);
        if (weight(ctx, end_a - last, end_a) >= cost * (double)change_len(ops + lo, hi - lo, hi - lo - 2, -1))
            break;
        Py_ssize_t k = hi - 2;
        while (k >= lo && ops[k].op != EQUAL)
            k--;
        hi = k + 1;
    }
    return trimmed(ctx, ia, jb, ops + lo, hi - lo, out);
}

/* align._outside: up to two pieces appended to out */
static void outside(Ctx *ctx, const RAAlign *al, const RAAlign *inner, RAAligns *out) {
    RDRuns before = {0}, after = {0};
    Py_ssize_t ia = al->a_first, jb = al->b_first;
    for (Py_ssize_t k = 0; k < al->ops.len; k++) {
        int op = al->ops.items[k].op;
        Py_ssize_t n = al->ops.items[k].n;
        if (ia < inner->a_first || jb < inner->b_first)
            ops_push(ctx, &before, op, n);
        else if (ia > inner->a_last || jb > inner->b_last)
            ops_push(ctx, &after, op, n);
        if (op != INSERT)
            ia += n;
        if (op != DELETE)
            jb += n;
    }
    RAAlign piece;
    if (before.len && trimmed(ctx, al->a_first, al->b_first, before.items, before.len, &piece))
        PUSH(ctx, *out, piece);
    if (after.len && trimmed(ctx, inner->a_last + 1, inner->b_last + 1, after.items, after.len, &piece))
        PUSH(ctx, *out, piece);
    rd_runs_free(&before);
    rd_runs_free(&after);
}

static void segments(Ctx *ctx, const RAAlign *al, RAAligns *out) {
    RAAlign seg, best;
    if (!best_segment(ctx, al, &seg))
        return;
    int ok = trim_ends(ctx, &seg, &best);
    align_free(&seg);
    if (!ok)
        return;
    if (ops_matched(&best.ops) < ctx->p.min_words / 2) {
        align_free(&best);
        return;
    }
    PUSH(ctx, *out, best);
    if (ctx->oom) {
        align_free(&best);
        return;
    }
    RAAligns sides = {0};
    outside(ctx, al, &best, &sides); /* best is copied by value into out: its fields are still valid */
    for (Py_ssize_t k = 0; k < sides.len; k++)
        if (ops_matched(&sides.items[k].ops) >= ctx->p.min_words)
            segments(ctx, &sides.items[k], out);
    ra_aligns_free(&sides);
}

/* --- align._extend ----------------------------------------------------------------- */

/* align._best_extension: the best prefix of ops (read outwards), its a and b lengths */
static Py_ssize_t best_extension(const Ctx *ctx, const RDRuns *ops, const int32_t *wa, Py_ssize_t *da, Py_ssize_t *db) {
    double score = 0.0, best = 0.0;
    Py_ssize_t cut = 0, ia = 0, pend_d = 0, pend_i = 0;
    for (Py_ssize_t k = 0; k < ops->len; k++) {
        int op = ops->items[k].op;
        Py_ssize_t n = ops->items[k].n;
        if (op == EQUAL) {
            score -= ctx->p.extend_cost * (double)max2(pend_d, pend_i);
            pend_d = pend_i = 0;
            for (Py_ssize_t t = ia; t < ia + n; t++)
                score += is_stop(ctx, wa[t]) ? 0.5 : 1.0;
            if (score > best) {
                best = score;
                cut = k + 1;
            }
        } else if (op == DELETE) {
            pend_d += n;
        } else {
            pend_i += n;
        }
        if (op != INSERT)
            ia += n;
    }
    *da = ops_len_a(ops->items, cut);
    *db = ops_len_b(ops->items, cut);
    return cut;
}

/* align._extend_limit */
static Py_ssize_t extend_limit(const Ctx *ctx, const RAAlign *al) {
    return max2(ctx->p.extend_limit, al->a_last - al->a_first + 1);
}

/* align._extend: consumes al's ops */
static RAAlign extend(Ctx *ctx, RAAlign al) {
    const Py_ssize_t W = ctx->p.extend_window > 0 ? ctx->p.extend_window : 0;
    int32_t *wa = malloc((size_t)(2 * W + 1) * sizeof(int32_t)); /* the reversed windows */
    if (!wa) {
        ctx->oom = 1;
        return al;
    }
    int32_t *wb = wa + W;
    Py_ssize_t i0 = al.a_first, i1 = al.a_last, j0 = al.b_first, j1 = al.b_last;
    const Py_ssize_t limit = extend_limit(ctx, &al);
    RDRuns before = {0}, after = {0}; /* read outwards from the passage */
    Py_ssize_t gone = 0;
    while (i0 > 0 && j0 > 0 && gone < limit && !ctx->oom) {
        ctx->work.extend_steps++;
        Py_ssize_t w = W < limit - gone ? W : limit - gone;
        Py_ssize_t la = i0 < w ? i0 : w, lb = j0 < w ? j0 : w;
        for (Py_ssize_t t = 0; t < la; t++)
            wa[t] = ctx->a[i0 - 1 - t];
        for (Py_ssize_t t = 0; t < lb; t++)
            wb[t] = ctx->b[j0 - 1 - t];
        RDRuns d = {0};
        dmp_ops(ctx, wa, la, wb, lb, &d);
        Py_ssize_t da, db, cut = best_extension(ctx, &d, wa, &da, &db);
        if (cut)
            ops_extend(ctx, &before, d.items, cut);
        rd_runs_free(&d);
        if (!cut)
            break;
        i0 -= da;
        j0 -= db;
        gone += max2(da, db);
        if (da < la - 2 && db < lb - 2)
            break;
    }
    gone = 0;
    while (i1 < ctx->na - 1 && j1 < ctx->nb - 1 && gone < limit && !ctx->oom) {
        ctx->work.extend_steps++;
        Py_ssize_t w = W < limit - gone ? W : limit - gone;
        Py_ssize_t la = ctx->na - (i1 + 1), lb = ctx->nb - (j1 + 1);
        la = la < w ? la : w;
        lb = lb < w ? lb : w;
        RDRuns d = {0};
        dmp_ops(ctx, ctx->a + i1 + 1, la, ctx->b + j1 + 1, lb, &d);
        Py_ssize_t da, db, cut = best_extension(ctx, &d, ctx->a + i1 + 1, &da, &db);
        if (cut)
            ops_extend(ctx, &after, d.items, cut);
        rd_runs_free(&d);
        if (!cut)
            break;
        i1 += da;
        j1 += db;
        gone += max2(da, db);
        if (da < la - 2 && db < lb - 2)
            break;
    }
    free(wa);
    if (!before.len && !after.len)
        return al;
    RDRuns joined = {0};
    for (Py_ssize_t k = before.len - 1; k >= 0; k--)
        ops_push(ctx, &joined, before.items[k].op, before.items[k].n);
    ops_extend(ctx, &joined, al.ops.items, al.ops.len);
    ops_extend(ctx, &joined, after.items, after.len);
    rd_runs_free(&before);
    rd_runs_free(&after);
    rd_runs_free(&al.ops);
    RDRuns ops = merge_ops(ctx, joined.items, joined.len);
    rd_runs_free(&joined);
    return (RAAlign){i0, i1, j0, j1, ops, {0}};
}

/* alignment.matched_weight */
static double matched_weight(const Ctx *ctx, const RAAlign *al) {
    double w = 0.0;
    Py_ssize_t ia = al->a_first;
    for (Py_ssize_t k = 0; k < al->ops.len; k++) {
        int op = al->ops.items[k].op;
        Py_ssize_t n = al->ops.items[k].n;
        if (op == EQUAL)
            w += weight(ctx, ia, ia + n);
        if (op != INSERT)
            ia += n;
    }
    return w;
}

/* --- alignment.keep and one_to_one.one_to_one ------------------------------------------- */

static int keep(const Ctx *ctx, const RAAlign *al) {
    Py_ssize_t matched = ops_matched(&al->ops);
    Py_ssize_t a_len = al->a_last - al->a_first + 1, b_len = al->b_last - al->b_first + 1;
    if (al->a_first == 0 && al->b_first == 0 && al->a_last == ctx->na - 1 && al->b_last == ctx->nb - 1
        && matched == ctx->na && ctx->na == ctx->nb)
        return 1;
    double similarity = 2.0 * (double)matched / (double)(a_len + b_len);
    if (matched < ctx->p.min_words || similarity < ctx->p.min_similarity)
        return 0;
    return matched_weight(ctx, al) >= ctx->p.min_weight;
}

/* --- inserts.join_inserts ----------------------------------------------------------- */

/* inserts.one_sided */
static int one_sided(const Ctx *ctx, Py_ssize_t gap_a, Py_ssize_t gap_b) {
    Py_ssize_t lo = gap_a < gap_b ? gap_a : gap_b;
    return lo <= ctx->p.insert_slack && max2(gap_a, gap_b) <= ctx->p.insert_gap;
}

static int cmp_ssize(const void *x, const void *y) {
    Py_ssize_t p = *(const Py_ssize_t *)x, q = *(const Py_ssize_t *)y;
    return (p > q) - (p < q);
}

/* inserts._starts_within: a start in lo..hi-1 of sorted starts[0:n] */
static int starts_within(const Py_ssize_t *starts, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi) {
    Py_ssize_t l = 0, h = n;
    while (l < h) {
        Py_ssize_t mid = l + (h - l) / 2;
        if (starts[mid] < lo)
            l = mid + 1;
        else
            h = mid;
    }
    return l < n && starts[l] < hi;
}

/* inserts._earliest: y's ops and the gap's, appended to *out */
static void earliest(Ctx *ctx, const RAAlign *y, const RDRuns *gap_ops, RDRuns *out) {
    Py_ssize_t shift = 0, run = y->ops.items[y->ops.len - 1].n;
    if (gap_ops->len == 1) {
        int op = gap_ops->items[0].op;
        Py_ssize_t n = gap_ops->items[0].n;
        const int32_t *side = op == DELETE ? ctx->a : ctx->b;
        Py_ssize_t last = op == DELETE ? y->a_last : y->b_last;
        while (shift < run - 1 && side[last - shift] == side[last - shift + n])
            shift++;
    }
    if (!shift) {
        ops_extend(ctx, out, y->ops.items, y->ops.len);
        ops_extend(ctx, out, gap_ops->items, gap_ops->len);
        return;
    }
    ops_extend(ctx, out, y->ops.items, y->ops.len - 1);
    ops_push(ctx, out, EQUAL, run - shift);
    ops_push(ctx, out, gap_ops->items[0].op, gap_ops->items[0].n);
    ops_push(ctx, out, EQUAL, shift);
}


/* inserts.join_inserts: consumes `pieces` */
static RAAligns join_inserts(Ctx *ctx, RAAligns *pieces) {
    RAAligns out = {0};
    Py_ssize_t n = pieces->len;
    Py_ssize_t *starts_a = malloc((size_t)(n ? n : 1) * sizeof(Py_ssize_t));
    Py_ssize_t *starts_b = malloc((size_t)(n ? n : 1) * sizeof(Py_ssize_t));
    if (!starts_a || !starts_b) {
        ctx->oom = 1;
        free(starts_a);
        free(starts_b);
        ra_aligns_free(pieces);
        return out;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        starts_a[k] = pieces->items[k].a_first;
        starts_b[k] = pieces->items[k].b_first;
    }
    qsort(starts_a, (size_t)n, sizeof(Py_ssize_t), cmp_ssize);
    qsort(starts_b, (size_t)n, sizeof(Py_ssize_t), cmp_ssize);
    sort_aligns(ctx, pieces, cmp_ref_ab);
    for (Py_ssize_t f = 0; f < n && !ctx->oom; f++) {
        RAAlign *x = &pieces->items[f];
        int joined = 0;
        Py_ssize_t stop_at = out.len - 6 > -1 ? out.len - 6 : -1;
        for (Py_ssize_t k = out.len - 1; k > stop_at; k--) {
            RAAlign *y = &out.items[k];
            Py_ssize_t gap_a = x->a_first - y->a_last - 1, gap_b = x->b_first - y->b_last - 1;
            Py_ssize_t over = -(gap_a < gap_b ? gap_a : gap_b);
            RAAlign cut = {0};
            if (over > 0) { /* y's last words are x's first on one side: y gives them up */
                if (over > ctx->p.insert_slack || y->ops.items[y->ops.len - 1].n <= over)
                    continue;
                cut = (RAAlign){y->a_first, y->a_last - over, y->b_first, y->b_last - over, {0}, {0}};
                ops_extend(ctx, &cut.ops, y->ops.items, y->ops.len);
                if (ctx->oom) {
                    rd_runs_free(&cut.ops);
                    break;
                }
                cut.ops.items[cut.ops.len - 1].n -= over;
                gap_a += over;
                gap_b += over;
            }
            const RAAlign *yy = over > 0 ? &cut : y;
            Py_ssize_t longer = max2(gap_a, gap_b);
            double cost = ctx->p.change_cost * (double)(longer < ctx->p.insert_cost ? longer : ctx->p.insert_cost);
            if (!one_sided(ctx, gap_a, gap_b)
                || starts_within(starts_a, n, yy->a_last + 1, x->a_first) || starts_within(starts_b, n, yy->b_last + 1, x->b_first)
                || matched_weight(ctx, yy) <= cost || matched_weight(ctx, x) <= cost) {
                rd_runs_free(&cut.ops);
                continue;
            }
            RDRuns gap_ops = {0};
            dmp_ops(ctx, ctx->a + yy->a_last + 1, gap_a, ctx->b + yy->b_last + 1, gap_b, &gap_ops);
            RDRuns all = {0};
            earliest(ctx, yy, &gap_ops, &all);
            ops_extend(ctx, &all, x->ops.items, x->ops.len);
            RAAlign m = {y->a_first, x->a_last, y->b_first, x->b_last, merge_ops(ctx, all.items, all.len), {0}};
            rd_runs_free(&all);
            rd_runs_free(&gap_ops);
            rd_runs_free(&cut.ops);
            Py_ssize_t m_len = (m.a_last - m.a_first + 1) + (m.b_last - m.b_first + 1);
            if (2.0 * (double)ops_matched(&m.ops) / (double)m_len < ctx->p.min_similarity) {
                rd_runs_free(&m.ops); /* too thin a passage across that insert: the pieces stay apart */
                continue;
            }
            align_free(y);
            *y = m;
            joined = 1;
            break;
        }
        keep_unless_taken(ctx, &out, x, joined);
    }
    ra_aligns_free(pieces); /* (the ones left when memory ran out) */
    free(starts_a);
    free(starts_b);
    return out;
}

#define FREE 0
#define A_HELD 1
#define B_HELD 2
#define BOTH_HELD 3

/* one_to_one._claim */
static void claim(const RAAlign *x, int32_t k, int32_t *owner_a, int32_t *owner_b) {
    for (Py_ssize_t i = x->a_first; i <= x->a_last; i++)
        owner_a[i] = k;
    for (Py_ssize_t j = x->b_first; j <= x->b_last; j++)
        owner_b[j] = k;
}

static int cmp_repeat(const void *x, const void *y) {
    const RARepeat *p = x, *q = y;
    if (p->side != q->side)
        return p->side < q->side ? -1 : 1;
    if (p->first != q->first)
        return p->first < q->first ? -1 : 1;
    return (p->last > q->last) - (p->last < q->last);
}

/* What one_to_one.one_to_one does with one stretch of one_to_one._stretches */
static void take_stretch(Ctx *ctx, int kind, int32_t owner, Py_ssize_t ia, Py_ssize_t jb, const RDRuns *ops,
                         RAAligns *out, int32_t *owner_a, int32_t *owner_b) {
    RAAlign piece;
    if (!ops->len || !trimmed(ctx, ia, jb, ops->items, ops->len, &piece))
        return;
    if (!keep(ctx, &piece) || ctx->oom) {
        align_free(&piece);
        return;
    }
    if (kind == FREE) {
        claim(&piece, (int32_t)out->len, owner_a, owner_b);
        PUSH(ctx, *out, piece);
        if (ctx->oom)
            align_free(&piece);
        return;
    }
    if (kind != BOTH_HELD) {
        RARepeat r = kind == B_HELD ? (RARepeat){0, piece.a_first, piece.a_last}
                                    : (RARepeat){1, piece.b_first, piece.b_last};
        RARepeats *held = &out->items[owner].also_at;
        int seen = 0;
        for (Py_ssize_t k = 0; k < held->len && !seen; k++)
            seen = held->items[k].side == r.side && held->items[k].first <= r.last && r.first <= held->items[k].last;
        if (!seen)
            PUSH(ctx, *held, r);
    }
    align_free(&piece);
}

/* one_to_one._stretches, each handed to take_stretch as it ends */
static void stretches(Ctx *ctx, const RAAlign *x, RAAligns *out, int32_t *owner_a, int32_t *owner_b) {
    Py_ssize_t ia = x->a_first, jb = x->b_first, start_a = ia, start_b = jb;
    int kind = FREE;
    int32_t owner = -1;
    RDRuns ops = {0};
    for (Py_ssize_t k = 0; k < x->ops.len && !ctx->oom; k++) {
        int op = x->ops.items[k].op;
        for (Py_ssize_t t = 0; t < x->ops.items[k].n; t++) {
            int32_t ca = op != INSERT ? owner_a[ia] : -1, cb = op != DELETE ? owner_b[jb] : -1;
            int now_kind;
            int32_t now_owner = -1;
            if (ca < 0 && cb < 0) {
                now_kind = FREE;
            } else if (cb < 0) {
                now_kind = A_HELD;
                now_owner = ca;
            } else if (ca < 0) {
                now_kind = B_HELD;
                now_owner = cb;
            } else {
                now_kind = BOTH_HELD;
            }
            if (now_kind != kind || now_owner != owner) {
                take_stretch(ctx, kind, owner, start_a, start_b, &ops, out, owner_a, owner_b);
                ops.len = 0;
                kind = now_kind;
                owner = now_owner;
                start_a = ia;
                start_b = jb;
            }
            ops_push(ctx, &ops, op, 1);
            ia += op != INSERT;
            jb += op != DELETE;
        }
    }
    take_stretch(ctx, kind, owner, start_a, start_b, &ops, out, owner_a, owner_b);
    rd_runs_free(&ops);
}

/* one_to_one.one_to_one: consumes found into out */
static void one_to_one(Ctx *ctx, RAAligns *found, RAAligns *out) {
    sort_aligns(ctx, found, cmp_ref_size);
    int32_t *owner_a = malloc((size_t)ctx->na * sizeof(int32_t));
    int32_t *owner_b = malloc((size_t)ctx->nb * sizeof(int32_t));
    Py_ssize_t *stamp = NULL, stamp_cap = 0; /* per kept passage: f + 1 once seen on x's a side */
    if (!owner_a || !owner_b) {
        ctx->oom = 1;
    } else {
        for (Py_ssize_t i = 0; i < ctx->na; i++)
            owner_a[i] = -1;
        for (Py_ssize_t j = 0; j < ctx->nb; j++)
            owner_b[j] = -1;
    }
    for (Py_ssize_t f = 0; f < found->len && !ctx->oom; f++) {
        RAAlign *x = &found->items[f];
        if (out->len > stamp_cap) {
            Py_ssize_t old = stamp_cap;
            Py_ssize_t *grown = grow(ctx, stamp, &stamp_cap, out->len, sizeof(Py_ssize_t));
            if (!grown)
                break;
            stamp = grown;
            memset(stamp + old, 0, (size_t)(stamp_cap - old) * sizeof(Py_ssize_t));
        }
        ctx->work.overlap_words += (x->a_last - x->a_first + 1) + (x->b_last - x->b_first + 1);
        int held_a = 0, held_b = 0, both = 0;
        for (Py_ssize_t i = x->a_first; i <= x->a_last; i++)
            if (owner_a[i] >= 0) {
                held_a = 1;
                stamp[owner_a[i]] = f + 1;
            }
        for (Py_ssize_t j = x->b_first; j <= x->b_last && !both; j++)
            if (owner_b[j] >= 0) {
                held_b = 1;
                both = stamp[owner_b[j]] == f + 1;
            }
        if (!held_a && !held_b) {
            claim(x, (int32_t)out->len, owner_a, owner_b);
            PUSH(ctx, *out, *x);
            if (!ctx->oom)
                *x = (RAAlign){0};
            continue;
        }
        if (both)
            continue;
        stretches(ctx, x, out, owner_a, owner_b);
    }
    free(owner_a);
    free(owner_b);
    free(stamp);
    ra_aligns_free(found);
    for (Py_ssize_t k = 0; k < out->len; k++)
        if (out->items[k].also_at.len > 1)
            qsort(out->items[k].also_at.items, (size_t)out->items[k].also_at.len, sizeof(RARepeat), cmp_repeat);
    sort_aligns(ctx, out, cmp_ref_ab);
}

/* --- align._align ---------------------------------------------------------------------- */

int ra_align(const int32_t *a, Py_ssize_t na, const int32_t *b, Py_ssize_t nb,
             const uint8_t *stop, Py_ssize_t nstop, const RAParams *params, RAAligns *out, RAWork *work) {
    Ctx ctx = {a, b, na, nb, stop, nstop, *params, 0, NULL, 0, {0, 0}};
    Runs runs = seed_runs(&ctx);
    free(ctx.scratch);
    ctx.scratch = NULL;
    ctx.scratch_size = 0;
    Chains chains = {0};
    Links links = {0};
    chain_runs(&ctx, &runs, ctx.p.chain_gap, &chains, &links);
    free(runs.items);
    Py_ssize_t nkept = 0;
    Py_ssize_t *kept = ctx.oom ? NULL : worth_filling(&ctx, &chains, &links, ctx.p.strong_seed, ctx.p.merge_gap, &nkept);
    RAAligns filled = {0};
    for (Py_ssize_t k = 0; k < nkept && !ctx.oom; k++) {
        RAAlign al = anchored(&ctx, &chains, &links, kept[k]);
        PUSH(&ctx, filled, al);
        if (ctx.oom)
            align_free(&al);
    }
    free(kept);
    free(chains.items);
    free(links.items);
    RAAligns merged = merge_neighbours(&ctx, &filled);
    RAAligns pieces = {0};
    for (Py_ssize_t m = 0; m < merged.len && !ctx.oom; m++) {
        RAAligns parts = {0};
        split(&ctx, &merged.items[m], &parts);
        for (Py_ssize_t p = 0; p < parts.len && !ctx.oom; p++) {
            RAAligns segs = {0};
            segments(&ctx, &parts.items[p], &segs);
            for (Py_ssize_t q = 0; q < segs.len; q++) {
                PUSH(&ctx, pieces, segs.items[q]);
                if (ctx.oom)
                    align_free(&segs.items[q]);
                segs.items[q].ops = (RDRuns){0}; /* now owned by pieces */
            }
            ra_aligns_free(&segs);
        }
        ra_aligns_free(&parts);
    }
    ra_aligns_free(&merged);
    RAAligns joined = join_inserts(&ctx, &pieces);
    RAAligns found = {0};
    Py_ssize_t least = ctx.p.min_words - ctx.p.extend_window / 4;
    for (Py_ssize_t q = 0; q < joined.len; q++) {
        RAAlign *piece = &joined.items[q];
        if (ops_matched(&piece->ops) < least || ctx.oom)
            continue;
        RAAlign ext = extend(&ctx, *piece);
        piece->ops = (RDRuns){0}; /* now owned by ext */
        if (keep(&ctx, &ext) && !ctx.oom) {
            PUSH(&ctx, found, ext);
            if (ctx.oom)
                align_free(&ext);
        } else {
            align_free(&ext);
        }
    }
    ra_aligns_free(&joined);
    one_to_one(&ctx, &found, out);
    work->extend_steps += ctx.work.extend_steps;
    work->overlap_words += ctx.work.overlap_words;
    if (ctx.oom) {
        ra_aligns_free(out);
        return -1;
    }
    return 0;
}
