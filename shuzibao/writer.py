"""The only module that writes the site. A build goes into a temporary folder beside the output
and is swapped in with renames once every file is written, so a failed build leaves the previous
site untouched and a reader never sees half a site."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import InputError


class Output:
    """One file of the site: where it goes and how to make its bytes (here by the function given;
    a page is a render.PagePlan, which makes them itself).

    `sources` names what it is built from (articles, templates) so that a later incremental build
    can tell which outputs to skip.
    """

    __slots__ = ("path", "sources", "_make", "_fingerprint")  # a build lists 130,000 at 100,000 articles

    def __init__(self, path: str, make: Callable[[], bytes], sources: tuple[str, ...] = (),
                 fingerprint: Callable[[], str] | None = None):
        self.path = path  # POSIX path inside the output folder
        self.sources = sources
        self._make = make
        self._fingerprint = fingerprint

    def make(self) -> bytes:
        return self._make()

    def fingerprint(self) -> str:
        """A digest of everything the bytes are made from (template, settings, the page's data):
        when it is the one the last build recorded, the file on disk is still right. "": none,
        always make it."""
        return self._fingerprint() if self._fingerprint is not None else ""


def check_paths(outputs: Iterable[Output]) -> None:
    """Two outputs on one path would silently overwrite each other: refuse before writing."""
    seen: dict[str, Output] = {}
    for out in outputs:
        # As PurePosixPath's is_absolute() and parts would say, by string operations: a build
        # checks 13,000 paths twice, and a path object each took most of a tenth of a second.
        if out.path.startswith("/") or ".." in out.path.split("/") or not out.path:
            raise InputError(_made_from(out), f"unsafe output path {out.path!r}")
        if out.path in seen:
            raise InputError(_made_from(out), f"writes {out.path}, which {_made_from(seen[out.path])} "
                                              f"also writes: give one of them another slug")
        seen[out.path] = out


def _made_from(out: Output) -> str:
    """What to name for an output: its own article (the first source that is not a template)."""
    return next((s for s in out.sources if not s.startswith("templates/") and s != "*"), out.path)  # "*": all articles


def _refuse_dangerous(output_dir: Path, keep: Iterable[Path]) -> None:
    """The swap replaces output_dir wholesale: never let it be a folder holding the sources."""
    target = output_dir.resolve()
    for path in keep:
        path = path.resolve()
        if path == target or target in path.parents:
            raise InputError(str(output_dir), f"the output folder must not contain {path}: choose another --output")
    if target == Path(target.anchor) or (target / ".git").exists():
        raise InputError(str(output_dir), "refusing to replace this folder: choose another --output")


def write_all(outputs: list[Output], folder: Path) -> None:
    for out in sorted(outputs, key=lambda o: o.path):
        target = folder / out.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(out.make())


def write_site(outputs: list[Output], output_dir: Path, keep: Iterable[Path] = (),
               write: Callable[[Path], object] | None = None,
               finish: Callable[[Path], object] | None = None) -> int:
    """Write every output into a fresh folder, then swap it in place of output_dir.

    `write(folder)` writes the outputs into the fresh folder (default: one by one, in path order).
    `finish(folder)` runs on the complete new folder before the swap (the search indexer), so that
    when it fails the previous site stays as it was, index included.
    """
    output_dir = Path(output_dir)
    check_paths(outputs)
    _refuse_dangerous(output_dir, [*keep, Path.cwd()])
    tmp = new_folder_beside(output_dir)
    try:
        if write is None:
            write_all(outputs, tmp)
        else:
            write(tmp)
        if finish is not None:
            finish(tmp)
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a web server must read it
        swap(tmp, output_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(outputs)


def new_folder_beside(output_dir: Path) -> Path:
    """An empty folder on the output's file system, so that its files can be renamed into place."""
    parent = output_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".output-tmp-", dir=parent))


def refuse_dangerous(output_dir: Path, keep: Iterable[Path]) -> None:
    _refuse_dangerous(output_dir, [*keep, Path.cwd()])


def swap(new: Path, output_dir: Path) -> None:
    """Put the folder `new` in place of output_dir with renames (the old one is removed after)."""
    if not output_dir.exists():
        new.rename(output_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=".output-old-", dir=new.parent))
    old.rmdir()  # only its unique name is wanted
    output_dir.rename(old)
    try:
        new.rename(output_dir)
    except BaseException:
        old.rename(output_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
