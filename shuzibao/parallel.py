"""Work spread over the machine's cores with forked processes, this one among them.

Forked workers inherit the parent's memory (the site model, the outputs to render), so nothing
large is pickled on the way out; only what each part returns comes back, and what the parent
makes itself not even that.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from typing import Any

_shared: Any = None
_next_part: Any = None  # the number of the next part to take, shared by this process and its workers


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_part(fn: Callable[[Any, int], Any], shared: Any, part: int) -> Any:
    result = fn(shared, part)
    # What a part leaves (its results, what it remembered) is no garbage either: frozen with the
    # rest, so that the collections of the parts to come look only at what those make. Left in
    # the collector's oldest generation, the prepared articles piling up in the parent were gone
    # over by two full collections (0.1 s of a cold build's preparing).
    gc.freeze()
    return result


def _take_part(fn: Callable[[Any, int], Any], parts: int) -> tuple[int, Any] | None:
    """(part, fn(shared, part)) for the next part left, or None when none is: parts are taken one
    at a time, so a process slowed down by other work on the machine leaves more to the others."""
    with _next_part.get_lock():
        part = _next_part.value
        _next_part.value = part + 1
    return (part, _run_part(fn, _shared, part)) if part < parts else None


def run_parts(fn: Callable[[Any, int], Any], shared: Any, parts: int, jobs: int) -> list:
    """[fn(shared, 0), ..., fn(shared, parts - 1)], in `jobs` processes when jobs > 1: this one
    and jobs - 1 forked workers, each taking the next part left until none is.

    fn must be a module-level function (it is sent by name); shared is inherited, not sent.
    This process works rather than waits: one fork fewer, and its parts' results are not pickled.
    """
    global _shared, _next_part
    # What exists now (the site model, the outputs to make) is not the parts' garbage: frozen, no
    # collection scans it, nor, in a worker, touches (and so copies) its pages. The parts' own
    # garbage is collected as usual, even while the caller has the collector off (rebuild.build).
    enabled = gc.isenabled()
    gc.freeze()
    try:
        import multiprocessing  # not loaded for work done in this process (a correction's)
        if jobs <= 1 or parts <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            gc.enable()
            return [_run_part(fn, shared, part) for part in range(parts)]
        context = multiprocessing.get_context("fork")
        workers = min(jobs, parts) - 1
        _shared, _next_part = shared, context.Value("i", 0)
        with context.Pool(workers, initializer=gc.enable) as pool:
            # One task a part (most of them find none left): a worker's results come back part by
            # part while it works on, not all at once after its last (a tenth of a second of
            # pickling that this process waited for).
            theirs = [pool.apply_async(_take_part, (fn, parts)) for _ in range(parts)]
            gc.enable()
            done = dict(iter(lambda: _take_part(fn, parts), None))
            for result in theirs:
                taken = result.get()
                if taken is not None:
                    done[taken[0]] = taken[1]
        return [done[part] for part in range(parts)]
    finally:
        if not enabled:
            gc.disable()
        gc.unfreeze()
        _shared = _next_part = None
