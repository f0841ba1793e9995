"""Work spread over the machine's cores with forked processes.

Forked workers inherit the parent's memory (the site model, the outputs to render), so nothing
large is pickled on the way out; only what each part returns comes back.
"""

from __future__ import annotations

import gc
import multiprocessing
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
    if jobs <= 1 or parts <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [fn(shared, part) for part in range(parts)]
    _shared = shared
    # What the workers inherit (the site model, the outputs) is left out of their garbage
    # collections: it is not garbage, and scanning it would cost time and copy its pages.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, parts)) as pool:
            return pool.map(_call, [(fn, part) for part in range(parts)], chunksize=1)
    finally:
        gc.unfreeze()
        _shared = None
