"""The build state: what the last build of one output folder was made from, so a rebuild can
skip what has not changed. Kept in .shuzibao-state/<output name>/ beside the output folder (not
inside it: it must not be published), by hashes of contents, not by modification times; file
stats only say when a file must be read again to be hashed.

Anything that could change how every page or body is made (shuzibao's own code, the common
character list, pinyin.yml, the content folder's path) is summed up in `env`; when it differs,
the state is not used at all and the build starts afresh.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .collect import EditionCache
    from .prepare import Prepared

STATE_VERSION = 1
PACKAGE = Path(__file__).resolve().parent
STATE_FILE = "state.pickle"
STAMP_FILE = "stamp.pickle"  # what sitebuild.unchanged compares: small, so a no-op build is quick
ARTICLES_A_PICKLE = 2000  # see save_state


@dataclass
class BuildState:
    env: str
    inputs: str  # settings, templates and assets: with unchanged articles, nothing to do
    output_inode: int  # the output folder this state describes (a swap gives a new one)
    editions: EditionCache = field(default_factory=dict)
    articles: dict[str, tuple[tuple[int, int, int], Prepared]] = field(default_factory=dict)
    outputs: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (fingerprint, sha1 of bytes)
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)  # path -> what it was made from
    memo: dict = field(default_factory=dict)  # slugs.memo's entries for the tags (slugs.tag_entries)
    # The spare copy of the site (spare.py): the paths where it differs from the output, and its inode.
    spare_lag: frozenset[str] | None = None
    spare_inode: int | None = None
    # Months whose pages changed in builds made without the search index (render --no-search).
    search_behind: frozenset[str] = frozenset()
    # Names this state.pickle; the index beside it (fastindex.py) extends the one of its generation.
    generation: str = ""


def state_folder(output_dir: Path) -> Path:
    output_dir = Path(output_dir).resolve()
    return output_dir.parent / ".shuzibao-state" / output_dir.name


def _digest_files(paths: list[Path], h) -> None:
    for path in paths:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.is_file() else b"-")
        h.update(b"\0")


def env_digest(content_dir: Path) -> str:
    h = hashlib.sha1(f"{STATE_VERSION} {sys.version} {content_dir}".encode())
    _digest_files(sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE / "data").glob("*")), h)
    _digest_files([Path(content_dir).parent / "pinyin.yml"], h)
    return h.hexdigest()


def inputs_digest(content_dir: Path, base_url: str | None, folders: list[Path]) -> str:
    h = hashlib.sha1(repr(base_url).encode())
    settings = Path(content_dir).parent
    _digest_files([settings / "site.yml", settings / "tags.yml"], h)
    for folder in folders:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        h.update(repr([p.relative_to(folder).as_posix() for p in files]).encode())
        _digest_files(files, h)
    return h.hexdigest()


def read_beside_output(path: Path, output_dir: Path,
                       load: Callable = pickle.load) -> tuple[object, int | None]:
    """(what a pickle in the state folder holds, read by `load`, the output folder's inode), or
    (None, None) when either cannot be read: any damage means starting afresh, never a traceback."""
    try:
        with open(path, "rb") as f:
            value = load(f)
        return value, os.stat(output_dir).st_ino
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None, None


def load_state(folder: Path, env: str, output_dir: Path,
               fold: Callable[[BuildState], object] | None = None) -> BuildState | None:
    """The last build's state, or None when there is none usable (start afresh). `fold` brings it
    up to the builds made since it was written (fastindex.fold_pending), before it is checked."""
    state, inode = read_beside_output(folder / STATE_FILE, output_dir, _load_state)
    if not isinstance(state, BuildState) or state.env != env:
        return None
    if fold is not None:
        fold(state)
    return state if state.output_inode == inode else None


def save_state(folder: Path, state: BuildState | dict, name: str = STATE_FILE) -> Path:
    """A BuildState's articles are pickled after the rest, ARTICLES_A_PICKLE at a time, each batch
    a pickle of its own: a pickler remembers every object it has written (so that one shared is
    written once), and over the whole state, millions of objects, that took 230 MB at 100,000
    articles. Articles share nothing with one another; what the rest shares with them (their
    source paths, in the pages' sources) is read back as copies."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        if isinstance(state, BuildState):
            _dump_state(state, f)
        else:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return path


def _dump_state(state: BuildState, f) -> None:
    pickle.dump(replace(state, articles={}), f, protocol=pickle.HIGHEST_PROTOCOL)
    items = iter(state.articles.items())
    while batch := dict(islice(items, ARTICLES_A_PICKLE)):
        pickle.dump(batch, f, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.dump(None, f)  # the end: a file cut short is no state


def read_state(path: Path) -> object:
    """What save_state wrote to path."""
    with open(path, "rb") as f:
        return _load_state(f)


def _load_state(f) -> object:
    state = pickle.load(f)
    if isinstance(state, BuildState):
        while (batch := pickle.load(f)) is not None:
            state.articles.update(batch)
    return state


def forget(folder: Path) -> None:
    """Drop the state and the stored bodies (a cold build rewrites them)."""
    shutil.rmtree(folder, ignore_errors=True)
