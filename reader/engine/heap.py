"""Giving the memory of large blocks back to the system when they are freed.

glibc's ``malloc`` serves a block of 128 KiB or more with its own ``mmap``, which
``free`` unmaps at once; but each time such a block is freed it raises that threshold
to the block's size (up to 32 MiB), so that later blocks of that size come from the heap
instead, where a freed block stays in the process. Comparing or analysing a 5 MB article
frees many blocks of 1 to 20 MB (the body's copies while it is read, word arrays, the
aligner's tables): after the first, the rest stayed, and the peak resident memory of
``reader compare`` on two 5 MB articles was 215 MB instead of 175.

:func:`return_large_blocks` sets the threshold to 128 KiB for good (``mallopt``), which
also stops its raising. Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3            # glibc's mallopt parameter (malloc.h)
MMAP_THRESHOLD = 128 * 1024      # glibc's own starting value
_done = False


def return_large_blocks() -> bool:
    """Have glibc map every block of ``MMAP_THRESHOLD`` or more on its own (returned to
    the system when freed); once per process. True when glibc took the setting."""
    global _done
    if _done:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # glibc only (musl's mallopt does nothing)  # noqa: B018
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _done = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    return _done
