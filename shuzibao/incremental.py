"""Make the outputs whose inputs changed, on both cores, and put them in place all or nothing.

A full build writes every file into a fresh folder that replaces the output (writer.write_site).
A rebuild writes only the stale files, into a staging folder beside the output; then a journal
naming every move and removal is written, the moves are done with renames, and the journal is
removed. A build that fails while making files leaves the output as it was; one interrupted
while moving leaves the journal, and the next build completes the moves before anything else,
so the output is never left half old, half new past the next build.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .parallel import run_parts
from .writer import Output

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


def commit(output_dir: Path, state_dir: Path, staging: Path, moves: list[str], removes: list[str]) -> None:
    """Move the staged files into the output and remove the dropped ones, through the journal.
    The caller has saved the new state as NEW_STATE in state_dir."""
    journal = {"staging": str(staging), "moves": moves, "removes": removes}
    tmp = state_dir / f".{JOURNAL}.tmp"
    tmp.write_text(json.dumps(journal, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, state_dir / JOURNAL)  # from here on the build completes, now or next time
    apply_journal(output_dir, state_dir)
