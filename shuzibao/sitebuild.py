"""`render`'s entry point, kept light: a rebuild with nothing changed should cost a stat per file.

The last successful build leaves a stamp beside its state: the digests of the code, settings,
templates and assets, and the size, modification time and inode of every article and
edition.yml. When all of them match, the output is what a build would write, and nothing is
imported beyond this module and state.py (Jinja, Markdown, PyYAML and pypinyin take longer to
import than the whole check).
"""

from __future__ import annotations

import os
from pathlib import Path

from . import paths
from .log import Log
from .state import STAMP_FILE, env_digest, inputs_digest, read_beside_output, state_folder
from .walk import article_files


def content_stats(content_dir: Path) -> tuple[dict[str, object], dict[str, tuple[int, int, int]]]:
    """(edition folder -> edition.yml stat or None, article relpath -> stat), by the same rules as
    collect.scan_content: hidden names and editor reports left out, *.md at any depth."""
    editions: dict[str, object] = {}
    files: dict[str, tuple[int, int, int]] = {}
    if any(part.startswith(".") for part in content_dir.parts):
        return editions, files

    with os.scandir(content_dir) as folders:
        for folder in folders:
            if folder.is_dir() and not folder.name.startswith("."):
                try:
                    st = os.stat(os.path.join(folder.path, "edition.yml"))
                    editions[folder.name] = (st.st_size, st.st_mtime_ns, st.st_ino)
                except FileNotFoundError:
                    editions[folder.name] = None
                for relpath, st in article_files(folder.path, f"{folder.name}/"):
                    files[relpath] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return editions, files


def stamp(content_dir: Path, output_dir: Path, base_url: str | None) -> dict:
    """What the stamp records for the content as it is now."""
    editions, files = content_stats(content_dir)
    inputs = inputs_digest(content_dir, base_url, [paths.TEMPLATES, paths.ASSETS])
    return {"env": env_digest(content_dir), "inputs": inputs, "editions": editions, "files": files}


def stamp_of_scan(content_dir: Path, env: str, inputs: str, editions: dict, files: list) -> dict:
    """stamp() from what a build's scan found (collect.scan_content: the same folders, files and
    stats, by the same rules), rather than walking 10,000 articles' folders a second time."""
    hidden = any(part.startswith(".") for part in content_dir.parts)  # content_stats finds nothing
    return {"env": env, "inputs": inputs,
            "editions": {} if hidden else {name: stat for name, (stat, _) in editions.items()},
            "files": {f.relpath: f.stat for f in files}}


def unchanged(content_dir: Path, output_dir: Path, base_url: str | None,
              search: bool = True) -> tuple[int | None, dict | None, dict | None]:
    """(the file count of the last build when nothing it was made from has changed, and, when
    search is wanted, its index is not behind the pages, else None; the stamp of the content as
    it is now, when it was taken, for the build to record; the last build's stamp, when it is of
    this output folder)."""
    folder = state_folder(output_dir)
    last, inode = read_beside_output(folder / STAMP_FILE, output_dir)
    if not isinstance(last, dict) or last.get("inode") != inode or not content_dir.is_dir():
        return None, None, None
    now = stamp(content_dir, output_dir, base_url)
    if (search and last.get("search_behind", True)) or any(last.get(key) != value for key, value in now.items()):
        return None, now, last
    return last.get("count"), now, last


def render_site(content: Path, output: Path, base_url: str | None = None, log: Log | None = None,
                jobs: int | None = None, search: bool = True, kept: list | None = None) -> int:
    """Collect the content, render what changed since the last build (everything the first time),
    and put it in place atomically; returns the number of files in the site. kept: see
    rebuild.build."""
    log = log or Log()
    content, output = Path(content), Path(output)
    count, now, last = unchanged(content, output, base_url, search)
    if count is not None and (not search or (output / "pagefind").is_dir()):
        log.info(f"nothing changed: {count} files in {output}")
        return count
    if last is not None and (not search or (output / "pagefind").is_dir()):
        from .correct import correct  # only some articles' text changed: their pages alone
        count = correct(content, output, log, jobs, search, now, last)
        if count is not None:
            return count
    from .rebuild import build
    return build(content, output, base_url=base_url, log=log, jobs=jobs, search=search, seen=now, kept=kept)
