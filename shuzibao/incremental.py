"""Make the outputs whose inputs changed, on both cores, and put them in place all or nothing.

A full build writes every file into a fresh folder that replaces the output (writer.write_site).
A rebuild writes only the stale files, into a staging folder beside the output, completes it with
hard links to the unchanged files, and swaps it in with renames. A build that fails or is killed
leaves the previous output as it was. (Builds of an earlier version moved files in place through
a journal; apply_journal still completes one left behind.)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .parallel import run_parts
from .writer import Output, swap

JOURNAL = "journal.json"
NEW_STATE = "state.pickle.new"
PARALLEL_FROM = 400  # outputs; fewer are made in this process


@dataclass(frozen=True)
class Made:
    path: str
    fingerprint: str
    sha: str
    written: bool  # False: the file already on disk is right


def _make_part(shared: tuple[list[Output], dict[str, tuple[str, str]], Path, int], part: int) -> list[Made]:
    outputs, previous, folder, stride = shared
    made: list[Made] = []
    folders: set[str] = set()
    for out in outputs[part::stride]:
        fingerprint = out.fingerprint() if out.fingerprint else ""
        before = previous.get(out.path)
        if before and fingerprint and before[0] == fingerprint:
            made.append(Made(out.path, fingerprint, before[1], False))
            continue
        data = out.make()
        sha = hashlib.sha1(data).hexdigest()
        if before and before[1] == sha:  # made again, same bytes: leave the file alone
            made.append(Made(out.path, fingerprint, sha, False))
            continue
        parent = out.path.rpartition("/")[0]
        if parent not in folders:
            (folder / parent).mkdir(parents=True, exist_ok=True)
            folders.add(parent)
        with open(folder / out.path, "wb") as f:
            f.write(data)
        made.append(Made(out.path, fingerprint, sha, True))
    return made


def make_outputs(outputs: list[Output], previous: dict[str, tuple[str, str]], folder: Path,
                 jobs: int) -> list[Made]:
    """Make every output not already right on disk (per `previous`) into folder."""
    jobs = jobs if len(outputs) >= PARALLEL_FROM else 1
    parts = run_parts(_make_part, (outputs, previous, folder, jobs), jobs, jobs)
    return sorted((m for part in parts for m in part), key=lambda m: m.path)


def apply_journal(output_dir: Path, state_dir: Path) -> None:
    """Finish the moves of an interrupted rebuild (if any), then install that build's state."""
    journal_path = state_dir / JOURNAL
    if not journal_path.exists():
        return
    journal = json.loads(journal_path.read_text(encoding="utf-8"))
    staging = Path(journal["staging"])
    for path in journal["removes"]:  # first: a removed file may stand where a new folder goes
        (output_dir / path).unlink(missing_ok=True)
        _prune_empty(output_dir, (output_dir / path).parent)
    made_folders: set[Path] = set()
    for path in journal["moves"]:
        source = staging / path
        if not source.exists():  # moved before the interruption
            continue
        target = output_dir / path
        if target.parent not in made_folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            made_folders.add(target.parent)
        os.replace(source, target)
    if (state_dir / NEW_STATE).exists():
        os.replace(state_dir / NEW_STATE, state_dir / "state.pickle")
    journal_path.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def _prune_empty(root: Path, folder: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty
            return
        folder = folder.parent


def commit(output_dir: Path, staging: Path, moves: list[str], removes: list[str]) -> None:
    """Complete the staging folder (which holds the files this build wrote) into the whole new
    site, the unchanged files hard-linked from the output so nothing is copied, then swap it in
    with two renames: a build killed at any moment leaves the previous site or the new one,
    never a mix of the two."""
    skip = set(moves) | set(removes)
    for path in sorted(output_dir.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(output_dir).as_posix()
        if rel in skip:
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:  # a file system without hard links
            shutil.copy2(path, target)
    os.chmod(staging, 0o755)  # mkdtemp makes it private; a web server must read it
    swap(staging, output_dir)
