"""Work spread over the machine's cores with forked processes.

Forked workers inherit the parent's memory (the site model, the outputs to render), so nothing
large is pickled on the way out; only what each part returns comes back.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from typing import Any

_shared: Any = None


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _call(job: tuple[Callable[[Any, int], Any], int]) -> Any:
    fn, part = job
    return fn(_shared, part)


def run_parts(fn: Callable[[Any, int], Any], shared: Any, parts: int, jobs: int) -> list:
    """[fn(shared, 0), ..., fn(shared, parts - 1)], in `jobs` forked processes when jobs > 1.

    fn must be a module-level function (it is sent by name); shared is inherited, not sent.
    """
    global _shared
    # What exists now (the site model, the outputs to make) is not the parts' garbage: frozen, no
    # collection scans it, nor, in a worker, touches (and so copies) its pages. The parts' own
    # garbage is collected as usual, even while the caller has the collector off (rebuild.build).
    enabled = gc.isenabled()
    gc.freeze()
    try:
        import multiprocessing  # not loaded for work done in this process (a correction's)
        if jobs <= 1 or parts <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            gc.enable()
            return [fn(shared, part) for part in range(parts)]
        _shared = shared
        with multiprocessing.get_context("fork").Pool(min(jobs, parts), initializer=gc.enable) as pool:
            return pool.map(_call, [(fn, part) for part in range(parts)], chunksize=1)
    finally:
        if not enabled:
            gc.disable()
        gc.unfreeze()
        _shared = None
