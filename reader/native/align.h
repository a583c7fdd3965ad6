/* The shared-passage aligner of reader/engine/align.py, step for step in C.
 *
 * reader/engine/align.py is the reference: every function here is named after the Python
 * function it implements and must give exactly its result (tests/test_native_align.py
 * compares the two on generated and real pairs). Read the Python module for what each
 * step means; this file only says how it is done in C.
 */
#ifndef READER_ALIGN_H
#define READER_ALIGN_H

#include "diff.h"

typedef struct {
    int k, stop_n, max_occurrences, chain_gap, extend_window, min_words;
    int split_both, split_one, merge_gap, strong_seed, extend_limit;
    double min_similarity, min_weight, change_cost, extend_cost;
    int insert_gap, insert_slack, insert_cost;
} RAParams;

/* align.Alignment.also_at: (side, first, last) of a repeat of the passage's words */
typedef struct {
    Py_ssize_t side, first, last;
} RARepeat;

typedef struct {
    RARepeat *items;
    Py_ssize_t len, cap;
} RARepeats;

typedef struct {
    Py_ssize_t a_first, a_last, b_first, b_last;
    RDRuns ops;
    RARepeats also_at;
} RAAlign;

/* align.WORK: the costly steps of one call (extension windows; words checked for overlap) */
typedef struct {
    Py_ssize_t extend_steps, overlap_words;
} RAWork;

typedef struct {
    RAAlign *items;
    Py_ssize_t len, cap;
} RAAligns;

/* All passages shared by a[0:na] and b[0:nb] (word ids; stop[id] != 0 for a stop word,
   ids < nstop), ordered by (a_first, b_first): reader.engine.align._align after its
   shortcuts (both texts non-empty and not identical). Returns 0, or -1 when memory ran
   out (out is then emptied). The work done is added to *work. */
int ra_align(const int32_t *a, Py_ssize_t na, const int32_t *b, Py_ssize_t nb,
             const uint8_t *stop, Py_ssize_t nstop, const RAParams *params, RAAligns *out, RAWork *work);

void ra_aligns_free(RAAligns *v);

#endif
