"""Full-text search: Pagefind indexes the written site into <site>/pagefind/<month>/, one bundle
per month of editions.

Pagefind's extended build (the `pagefind[extended]` wheel, binary included, nothing fetched at run
time) segments Chinese into words, so 直播带货 or 大数据 match inside unspaced text. Only article
pages mark `data-pagefind-body`, so edition, tag and archive pages, which repeat the same text, stay
out of the index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

from .errors import InputError

# Ruby readings (蹚 → tāng) would otherwise be indexed inside the word, and 蹚出 would not match.
EXCLUDE_SELECTORS = "rt, rp"
TIMEOUT_S = 300
PAGEFIND = [sys.executable, "-m", "pagefind"]  # the binary inside the pagefind-bin-extended wheel


def index_site(site: Path, bundle: Path, glob: str) -> int:
    """Write the search bundle of the pages `glob` picks into `bundle`; returns how many pages
    it indexed."""
    import subprocess  # here, not at the top: a correction of the pages alone asks only shard_of
    command = [*PAGEFIND, "--site", str(site), "--output-path", str(bundle), "--glob", glob,
               "--exclude-selectors", EXCLUDE_SELECTORS, "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError("pagefind", f"search index failed: {exc}") from exc
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        raise InputError("pagefind", f"search index failed (exit {done.returncode}): "
                                     f"{lines[-1] if lines else 'no output'}")
    return _page_count(bundle / "pagefind-entry.json")


def _page_count(entry: Path) -> int:
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError("pagefind", f"search index failed: no readable {entry.name}") from exc
    return sum(lang.get("page_count", 0) for lang in languages.values())


SHARD_RE = re.compile(r"^(\d{4})/(\d{2})/")


def shard_of(path: str) -> str | None:
    """The month whose search shard an output path belongs to (2015/03/23/… -> 2015-03)."""
    m = SHARD_RE.match(path)
    return f"{m.group(1)}-{m.group(2)}" if m else None


def shard_path(month: str) -> str:
    return f"pagefind/{month}/"


def index_shards(site: Path, months: set[str], stale: set[str], jobs: int = 1) -> list[str]:
    """Make the search shards site/pagefind/<month>/ of the `stale` months and of any month in
    `months` without one, each from that month's article pages; remove the shards of months no
    longer in the site. One bundle a month keeps an archive's index within memory and lets a
    correction re-index one month; the search page merges them (assets/search.js). Returns the
    months whose shard was made or removed."""
    import tempfile
    from concurrent.futures import ThreadPoolExecutor
    root = Path(site) / "pagefind"
    root.mkdir(exist_ok=True)
    removed = []
    for folder in sorted(root.iterdir()):
        if folder.name not in months:
            shutil.rmtree(folder) if folder.is_dir() and not folder.is_symlink() else folder.unlink()
            removed.append(folder.name)
    todo = sorted(m for m in months if m in stale or not (root / m).is_dir())

    def one(month: str) -> None:
        fresh = Path(tempfile.mkdtemp(prefix=f".new-{month}-", dir=root))
        try:
            index_site(site, fresh, glob=f"{month.replace('-', '/')}/**/*.html")
            os.chmod(fresh, 0o755)
            if (root / month).exists():
                shutil.rmtree(root / month)
            os.replace(fresh, root / month)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)

    with ThreadPoolExecutor(max(1, jobs)) as pool:  # each shard is its own pagefind process
        list(pool.map(one, todo))
    return sorted(todo + removed)


def indexed_pages(site: Path) -> int:
    """How many pages the site's shards hold, from their entry files."""
    return sum(_page_count(entry) for entry in sorted((Path(site) / "pagefind").glob("*/pagefind-entry.json")))
