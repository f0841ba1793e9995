"""The writing half of a correction (correct.py): the pages made, compared with the files they
replace, written into the spare copy of the site and exchanged with the output (spare.py), as
rebuild.py does; then the index takes what changed, and the stamp says the build is done.

Kill it anywhere and the previous site stays or the new one is complete: before the exchange
the output is untouched (and the spare is marked dirty); after it, until the index is saved, the
index names the previous output folder's inode, so the next build starts afresh.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .bodies import packs_of
from .fastindex import FastIndex, Pending, piece_names, put_piece, save_index
from .log import Log
from .spare import exchange, level_spare, remove_file, settled, spare_inode
from .state import STAMP_FILE, save_state

if TYPE_CHECKING:
    from .affected import Pieces, Plan
    from .correct import Change


@dataclass(frozen=True)
class Made:
    path: str
    data: bytes
    fingerprint: str
    sha: str
    sources: tuple[str, ...]


def make_pages(plan: Plan, output: Path) -> tuple[list[Made], list[Made]]:
    """(every page made, those whose bytes differ from the file in the output)."""
    made, differ = [], []
    for out in plan.outputs:
        data = out.make()
        page = Made(out.path, data, out.fingerprint(), hashlib.sha1(data).hexdigest(),
                    out.sources)
        made.append(page)
        if _on_disk(output / out.path) != data:
            differ.append(page)
    return made, differ


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def commit(plan: Plan, changes: list[Change], pieces: Pieces, index: FastIndex, output: Path,
           state_dir: Path, log: Log, jobs: int | None, search: bool, now: dict) -> int:
    made, differ = make_pages(plan, output)
    spare = level_spare(output, state_dir, index.spare_lag, index.spare_inode)
    for page in differ:
        _replace(spare / page.path, page.data)
    for path in plan.removed:
        remove_file(spare, path)
    months = _months([p.path for p in differ] + plan.removed) | index.search_behind
    indexed: list[str] = []
    if search:
        from .search import index_shards, shard_path
        indexed = index_shards(spare, index.months, months, jobs or 1)
        lag = [shard_path(m) for m in indexed]
    else:
        lag = []
    if differ or plan.removed or indexed:
        exchange(spare, output)
        index.spare_lag = frozenset([*(p.path for p in differ), *plan.removed, *lag])
    else:
        index.spare_lag = frozenset()
    index.search_behind = frozenset() if search else frozenset(months)
    index.output_inode = os.stat(output).st_ino
    index.spare_inode = spare_inode(state_dir)
    before = piece_names(index)
    _update_index(index, pieces, plan, changes, made)
    save_index(state_dir, index)
    for name in before - piece_names(index):  # each piece is named by one index only
        (pieces.folder / name).unlink(missing_ok=True)
    settled(state_dir)
    save_state(state_dir, {**now, "inode": index.output_inode, "count": index.count,
                           "generation": index.generation, "search_behind": bool(index.search_behind)}, STAMP_FILE)
    log.info(f"corrected {len(changes)} articles: {len(differ)} of {index.count} files written, "
             f"{len(plan.removed)} removed{f', {len(indexed)} months re-indexed' if indexed else ''} in {output}")
    return index.count


def _replace(target: Path, data: bytes) -> None:
    """The spare shares its files with the output: replace, never write through."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    with open(target, "wb") as f:
        f.write(data)


def _months(paths: list[str]) -> set[str]:
    from .search import shard_of
    return {m for m in map(shard_of, paths) if m}


def _update_index(index: FastIndex, pieces: Pieces, plan: Plan, changes: list[Change], made: list[Made]) -> None:
    """The index after this correction: its changed pieces packed again, and the build state's
    changes (what rebuild.py would have recorded) added to the pending ones."""
    put = partial(put_piece, pieces.folder)
    for date in pieces.changed_editions:
        index.editions[date] = put(pieces.editions[date])
    for name in pieces.changed_tags:
        index.tags[name] = put(pieces.tags[name])
    if pieces.wanted_changed:
        index.wanted = put(pieces.wanted())
    if plan.paths is not None:
        index.html_paths = put(plan.paths)
        index.count = len(plan.paths)
    if plan.tag_counts is not None:
        index.tag_counts = put(plan.tag_counts)
    pending: Pending = index.pending
    for change in changes:
        pending.articles[change.after.relpath] = (change.after.stat, change.after.prepared)
    index.packs = index.packs | packs_of(change.after.prepared.body for change in changes)
    for page in made:
        pending.outputs[page.path] = (page.fingerprint, page.sha)
        pending.sources[page.path] = page.sources
    for path in plan.removed:
        pending.outputs[path] = None
        pending.sources[path] = None
