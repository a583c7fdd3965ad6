/* diff-match-patch's diff_main, on arrays of word ids.
 *
 * rd_diff gives exactly the result of the Python package diff_match_patch:
 *     dmp = diff_match_patch(); dmp.Diff_Timeout = 0
 *     [(op, len(text)) for op, text in dmp.diff_main(enc(a), enc(b), False)]
 * where enc maps each distinct id to one distinct character (see reader/engine/wordiff.py).
 * It takes the same steps in the same order (equality shortcut, common prefix and
 * suffix, containment, single element, Myers' middle-snake bisection and its recursive
 * split, diff_cleanupMerge after each diff_main) so that every tie is broken the same
 * way; tests/test_native_diff.py compares the two.
 *
 * No global state: calls may run in parallel and without the GIL.
 */
#ifndef READER_DIFF_H
#define READER_DIFF_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>
#include <stdint.h>

#define RD_DELETE (-1)
#define RD_EQUAL 0
#define RD_INSERT 1

typedef struct {
    int op; /* RD_DELETE, RD_EQUAL or RD_INSERT */
    Py_ssize_t n; /* number of elements */
} RDRun;

typedef struct {
    RDRun *items;
    Py_ssize_t len, cap;
} RDRuns; /* zero-initialise ({0}) before use */

/* Appends one run (never merged with the last one). 0, or -1 when memory ran out. */
int rd_runs_push(RDRuns *r, int op, Py_ssize_t n);

/* Makes room for at least `total` runs in r (its runs are kept). 0, or -1 when memory
   ran out. */
int rd_runs_reserve(RDRuns *r, Py_ssize_t total);

/* Frees the items and leaves r empty (reusable). */
void rd_runs_free(RDRuns *r);

/* Appends to out the diff of a[0:na] against b[0:nb] as (op, element count) runs,
   exactly diff_main's with Diff_Timeout = 0 and checklines = False. Runs already in
   out are left alone. Returns 0, or -1 when memory ran out (out may then hold a
   partial result after its previous runs). */
int rd_diff(const int32_t *a, Py_ssize_t na, const int32_t *b, Py_ssize_t nb, RDRuns *out);

/* diff_cleanupMerge on v[start:], a run list spelling out a and b (runs before start
   are left alone); scratch is a run list it may use for its work. Also serves the
   semantic cleanup (cleanup.c), on code points (which compare alike as int32). 0, or -1
   when memory ran out. */
/* Knuth-Morris-Pratt's failure function of p[0:m] (m > 0): border[i] is the length of
   the longest proper border of p[0:i+1]. Kept in *table (grown to *cap as needed);
   NULL when memory ran out. */
Py_ssize_t *rd_borders(const int32_t *p, Py_ssize_t m, Py_ssize_t **table, Py_ssize_t *cap);

int rd_cleanup_merge(RDRuns *v, Py_ssize_t start, const int32_t *a, const int32_t *b, RDRuns *scratch);

#endif
