"""Full-text search: Pagefind indexes the written site into <site>/pagefind/.

Pagefind's extended build (the `pagefind[extended]` wheel, binary included, nothing fetched at run
time) segments Chinese into words, so 直播带货 or 大数据 match inside unspaced text. Only article
pages mark `data-pagefind-body`, so edition, tag and archive pages, which repeat the same text, stay
out of the index.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .errors import InputError

# Ruby readings (蹚 → tāng) would otherwise be indexed inside the word, and 蹚出 would not match.
EXCLUDE_SELECTORS = "rt, rp"
TIMEOUT_S = 300
PAGEFIND = [sys.executable, "-m", "pagefind"]  # the binary inside the pagefind-bin-extended wheel


def index_site(site: Path) -> int:
    """Write the search bundle into site/pagefind/; returns how many pages it indexed."""
    command = [*PAGEFIND, "--site", str(site), "--exclude-selectors", EXCLUDE_SELECTORS,
               "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError("pagefind", f"search index failed: {exc}") from exc
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        raise InputError("pagefind", f"search index failed (exit {done.returncode}): "
                                     f"{lines[-1] if lines else 'no output'}")
    entry = site / "pagefind" / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError("pagefind", f"search index failed: no readable {entry.name}") from exc
    return sum(lang.get("page_count", 0) for lang in languages.values())
