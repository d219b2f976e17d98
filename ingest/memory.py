"""Giving memory back to the system once a large step is done.

Arrow's allocator (mimalloc in the pyarrow wheels) keeps the pages of freed buffers for reuse,
so a process that read a large table through Arrow (pandas' string columns, the extraction
workers' log files) stays as large as its peak for the rest of its run, under whatever comes
next (DuckDB's own memory, up to its limit). Releasing them after such a step keeps the next
one's memory from adding up with the last's.
"""

from __future__ import annotations

import gc


def release_arrow_memory() -> int:
    """Collect unreachable objects, then hand Arrow's unused pages back to the system; return
    the bytes Arrow still holds for live buffers."""
    import pyarrow as pa

    gc.collect()
    pool = pa.default_memory_pool()
    pool.release_unused()
    return int(pool.bytes_allocated())
