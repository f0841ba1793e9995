"""Each article body converted once per version: Markdown -> HTML with ruby, kept on disk by key.

The HTML of every article would not fit in memory for a large archive, and a rebuild should not
convert an unchanged body again; so bodies live in files named by a digest of their Markdown,
and the site model holds a StoredHTML that reads its file only when a template prints it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from markupsafe import Markup


def body_key(body: str) -> str:
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


class BodyStore:
    """HTML by key, one file each (folder/ab/abcdef….html); a file is complete or absent."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._root = str(self.folder)  # paths are made as strings: a store is read once per page
        self._made: set[str] = set()  # subfolders this store has made (or found)

    def path(self, key: str) -> Path:
        return Path(self._file(key))

    def _file(self, key: str) -> str:
        return f"{self._root}/{key[:2]}/{key}.html"

    def has(self, key: str) -> bool:
        return os.path.exists(self._file(key))

    def get(self, key: str) -> str:
        with open(self._file(key), encoding="utf-8") as f:
            return f.read()

    def put(self, key: str, html: str) -> None:
        sub = f"{self._root}/{key[:2]}"
        if sub not in self._made:
            os.makedirs(sub, exist_ok=True)
            self._made.add(sub)
        path = f"{sub}/{key}.html"
        tmp = f"{sub}/.{key}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(html)
        os.replace(tmp, path)

    def keys(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name[:-5] for sub in self.folder.iterdir() if sub.is_dir() for p in sub.iterdir()
                if p.name.endswith(".html")}

    def remove(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)


class StoredHTML:
    """A body's HTML as templates see it: printed as markup, read from the store when printed.

    Its repr is its key, so a page's fingerprint covers the body without reading it.
    """

    __slots__ = ("key", "store")

    def __init__(self, key: str, store: BodyStore):
        self.key = key
        self.store = store

    def __html__(self) -> str:
        return self.store.get(self.key)

    def __str__(self) -> str:
        return self.store.get(self.key)

    def __repr__(self) -> str:
        return f"StoredHTML({self.key!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredHTML) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


def as_markup(html: StoredHTML | Markup) -> Markup:
    return html if isinstance(html, Markup) else Markup(html.__html__())
