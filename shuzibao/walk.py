"""The article files of a content folder, found the same way by every reader of it.

Kept free of heavy imports: the nothing-changed check runs it before anything else is loaded.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

IGNORED_FILES = {"report.md"}  # the cleaner's editor reports live beside the articles


def article_files(directory: str, rel: str) -> Iterator[tuple[str, os.stat_result]]:
    """(relpath, stat) of every *.md below directory, at any depth; hidden names and editor
    reports left out. rel is directory's path relative to the content folder, ending in '/'."""
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                yield from article_files(entry.path, f"{rel}{entry.name}/")
            elif entry.name.endswith(".md") and entry.name.lower() not in IGNORED_FILES:
                yield rel + entry.name, entry.stat()
