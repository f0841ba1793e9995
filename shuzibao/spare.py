"""The spare copy of the site, so that a rebuild costs what changed, not what the archive holds.

The output folder and its spare (kept in the build state's folder, on the same file system) share
every unchanged file through hard links. A rebuild first brings the spare level with the output on
the paths the last build changed (its `lag`), then writes its own changes into the spare and
exchanges the two folders: readers see the previous site or the new one, never a mix, and no
build walks, links or deletes the whole tree (on this kind of disk removing a folder of ten
thousand article folders takes longer than rendering them).

Files are shared, so a changed file is always replaced (unlinked, then written), never written
through. A marker in the state folder says the spare is being changed; a build that finds it
(the last one was killed) cannot tell what the spare holds and makes it again from the output.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SPARE = "spare"
DIRTY = "spare.dirty"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def spare_folder(state_dir: Path) -> Path:
    return state_dir / SPARE


def level_spare(output_dir: Path, state_dir: Path, lag: frozenset[str] | None, inode: int | None) -> Path:
    """The spare, equal to the output on every path: made afresh from the output (hard links)
    when there is none to trust, else brought level on `lag` only. Marks the spare dirty."""
    spare = spare_folder(state_dir)
    usable = (lag is not None and inode is not None and not (state_dir / DIRTY).exists()
              and _inode(spare) == inode)
    state_dir.mkdir(parents=True, exist_ok=True)
    (state_dir / DIRTY).touch()
    if not usable:
        if spare.exists() or spare.is_symlink():
            _remove(spare)
        link_tree(output_dir, spare)
        return spare
    for path in sorted(lag):
        if path.endswith("/"):  # a whole folder (a search index shard)
            _remove(spare / path)
            if (output_dir / path).is_dir():
                link_tree(output_dir / path, spare / path)
            continue
        target = spare / path
        if (output_dir / path).is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            _remove(target)
            os.link(output_dir / path, target)
        else:
            remove_file(spare, path)
    return spare


def link_tree(source: Path, target: Path) -> None:
    """target: a copy of the folder source whose files are hard links to source's."""
    os.makedirs(target, exist_ok=True)
    os.chmod(target, 0o755)
    start = len(str(source)) + 1
    for folder, dirs, files in os.walk(source):
        rel = folder[start:]
        into = os.path.join(target, rel) if rel else str(target)
        for name in dirs:
            os.mkdir(os.path.join(into, name))
        for name in files:
            try:
                os.link(os.path.join(folder, name), os.path.join(into, name))
            except OSError:  # a file system without hard links
                shutil.copy2(os.path.join(folder, name), os.path.join(into, name))


def remove_file(spare: Path, path: str) -> None:
    target = spare / path
    _remove(target)
    folder = target.parent
    while folder != spare:  # folders the file leaves empty go too, as in a full build
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def exchange(spare: Path, output_dir: Path) -> None:
    """Swap the two folders' names in one step where the system can (renameat2), else with three
    renames; afterwards the spare holds the previous site."""
    if _rename_exchange(spare, output_dir):
        return
    parked = spare.with_name(spare.name + ".parked")
    os.rename(output_dir, parked)
    try:
        os.rename(spare, output_dir)
    except BaseException:
        os.rename(parked, output_dir)
        raise
    os.rename(parked, spare)


def settled(state_dir: Path) -> None:
    """The state now says what the spare holds."""
    (state_dir / DIRTY).unlink(missing_ok=True)


def forget_spare(state_dir: Path) -> None:
    """After a full build the spare is of no use: the next rebuild makes it from the output."""
    _remove(spare_folder(state_dir))
    (state_dir / DIRTY).unlink(missing_ok=True)


def spare_inode(state_dir: Path) -> int | None:
    return _inode(spare_folder(state_dir))


def _rename_exchange(a: Path, b: Path) -> bool:
    import ctypes  # here: a build that exchanges nothing need not load it
    try:
        # The symbols the process already has, libc's among them: ctypes.util.find_library would
        # run ldconfig in a subprocess to find the same library, slower than a correction's pages.
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    done = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return done == 0


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path, follow_symlinks=False).st_ino
    except OSError:
        return None


def _remove(path: Path) -> None:
    """Remove a file or a whole folder from the spare; nothing there is fine."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
