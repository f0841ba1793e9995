"""Make the outputs whose inputs changed, on both cores.

A full build makes every file into a fresh folder that replaces the output (writer.write_site).
A rebuild makes only the stale files, into the spare copy of the site (spare.py), which is then
exchanged with the output: a build that fails or is killed leaves the previous output as it was.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .parallel import run_parts
from .render import ALL_ARTICLES
from .writer import Output

PARALLEL_FROM = 400  # outputs; fewer are made in this process
# Outputs a part makes: runs of neighbours in path order, so that a folder is made by the part that
# writes into it (parts that took every other output both made most folders), and enough parts
# that a worker slowed down by other work on the machine leaves the rest to the other one.
CHUNK = 250


@dataclass
class Made:
    """What making the outputs found, for the build state: one record for the whole build, not an
    object for each output (130,000 of them at 100,000 articles, with copies of their paths)."""

    outputs: dict[str, tuple[str, str]]  # every output's path -> (fingerprint, sha1 of its bytes)
    written: list[str]  # the paths whose files were written (the others were right on disk)


def _make_part(shared: tuple[list[Output], dict[str, tuple[str, str]], Path, int],
               part: int) -> list[tuple[str, str, bool]]:
    """(fingerprint, sha1 of the bytes, whether the file was written) for each output of the part,
    in order: the paths stay with the process that has them."""
    outputs, previous, folder, chunk = shared
    made: list[tuple[str, str, bool]] = []
    folders: set[str] = set()
    root = str(folder)
    for out in outputs[part * chunk:(part + 1) * chunk]:
        before = previous.get(out.path)
        fingerprint = out.fingerprint()
        if before and fingerprint and before[0] == fingerprint:
            made.append((fingerprint, before[1], False))
            continue
        data = out.make()
        sha = hashlib.sha1(data).hexdigest()
        if before and before[1] == sha:  # made again, same bytes: leave the file alone
            made.append((fingerprint, sha, False))
            continue
        _make_folders(root, out.path.rpartition("/")[0], folders)
        target = f"{root}/{out.path}"
        if previous:  # the spare shares its files with the output: replace, never write through
            try:
                os.unlink(target)
            except FileNotFoundError:
                pass
        _write_file(target, data)
        made.append((fingerprint, sha, True))
    return made


def _write_file(path: str, data: bytes) -> None:
    """open(path, "wb").write(data) without the buffered file object: its set-up asks the file
    system three more questions (fstat, isatty, seek) of each of a cold build's 13,000 files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        view = memoryview(data)
        while view:  # a regular file takes it all at once; a short write is finished all the same
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _make_folders(root: str, folder: str, made: set[str]) -> None:
    """root/folder and the folders above it that this part has not made (or found) yet, outermost
    first. Outputs come in path order, so an article's folder (…/01/chang-zhi/) often comes before
    its page's own file (…/01/index.html): made first, it found its parent missing and went the
    long way round (3,500 of a cold build's 10,500 folders)."""
    if folder in made:
        return
    parent = folder.rpartition("/")[0]
    if parent:
        _make_folders(root, parent, made)
    _make_folder(f"{root}/{folder}")
    made.add(folder)


def _make_folder(path: str) -> None:
    """os.makedirs for a folder whose parent is usually there already: one call, not a walk up."""
    try:
        os.mkdir(path)
    except FileNotFoundError:
        os.makedirs(path, exist_ok=True)
    except FileExistsError:
        pass


def make_outputs(outputs: list[Output], previous: dict[str, tuple[str, str]], folder: Path,
                 jobs: int, suspects: Callable[[Output], bool] | None = None) -> Made:
    """Make every output not already right on disk (per `previous`; none: folder is a fresh one,
    its files need not be unlinked first) into folder. With `suspects`,
    only the outputs it names are looked at; the others are known to be as the last build made them.
    Outputs come in path order, and so do the records of Made.outputs."""
    looks = [True] * len(outputs) if suspects is None else \
        [o.path not in previous or suspects(o) for o in outputs]
    looked_at = outputs if suspects is None else [o for o, look in zip(outputs, looks, strict=True) if look]
    jobs = jobs if len(looked_at) >= PARALLEL_FROM else 1
    chunk = CHUNK if jobs > 1 else max(len(looked_at), 1)
    parts = run_parts(_make_part, (looked_at, previous, folder, chunk), -(-len(looked_at) // chunk), jobs)
    found = (record for part in parts for record in part)  # in the order of looked_at
    records: dict[str, tuple[str, str]] = {}
    written: list[str] = []
    for o, look in zip(outputs, looks, strict=True):
        if not look:  # not a suspect: as the last build made it
            records[o.path] = previous[o.path]
            continue
        fingerprint, sha, wrote = next(found)
        records[o.path] = (fingerprint, sha)
        if wrote:
            written.append(o.path)
    return Made(records, written)


def suspects_of(changed: set[str], previous_sources: dict[str, tuple[str, ...]]) -> Callable[[Output], bool]:
    """When only articles' text changed (same files, editions, templates and settings), an output
    can differ from the last build's only if it is made from a changed article, now or then, or
    from every article."""
    def suspect(out: Output) -> bool:
        for sources in (out.sources, previous_sources.get(out.path, (ALL_ARTICLES,))):
            if ALL_ARTICLES in sources or not changed.isdisjoint(sources):
                return True
        return False
    return suspect
