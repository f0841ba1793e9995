"""Full-text search: Pagefind indexes the written site into <site>/pagefind/.

Pagefind's extended build (the `pagefind[extended]` wheel, binary included, nothing fetched at run
time) segments Chinese into words, so 直播带货 or 大数据 match inside unspaced text. Only article
pages mark `data-pagefind-body`, so edition, tag and archive pages, which repeat the same text, stay
out of the index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import InputError

# Ruby readings (蹚 → tāng) would otherwise be indexed inside the word, and 蹚出 would not match.
EXCLUDE_SELECTORS = "rt, rp"
TIMEOUT_S = 300
PAGEFIND = [sys.executable, "-m", "pagefind"]  # the binary inside the pagefind-bin-extended wheel


def index_site(site: Path, bundle: Path | None = None) -> int:
    """Write the search bundle into site/pagefind/ (or `bundle`); returns how many pages it indexed."""
    bundle = bundle or site / "pagefind"
    command = [*PAGEFIND, "--site", str(site), "--output-path", str(bundle),
               "--exclude-selectors", EXCLUDE_SELECTORS, "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError("pagefind", f"search index failed: {exc}") from exc
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        raise InputError("pagefind", f"search index failed (exit {done.returncode}): "
                                     f"{lines[-1] if lines else 'no output'}")
    entry = bundle / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError("pagefind", f"search index failed: no readable {entry.name}") from exc
    return sum(lang.get("page_count", 0) for lang in languages.values())


def reindex_in_place(site: Path) -> int:
    """Index a site that was updated in place: the new bundle is made beside the site and then
    takes the place of site/pagefind/, so readers never see half an index."""
    site = Path(site)
    fresh = Path(tempfile.mkdtemp(prefix=".pagefind-new-", dir=site.resolve().parent))
    try:
        count = index_site(site, fresh)
        current, old = site / "pagefind", site.resolve().parent / f".pagefind-old-{os.getpid()}"
        if current.exists():
            os.replace(current, old)
        os.replace(fresh, current)
        shutil.rmtree(old, ignore_errors=True)
        return count
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
