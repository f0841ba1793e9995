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

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.html"

    def has(self, key: str) -> bool:
        return self.path(key).exists()

    def get(self, key: str) -> str:
        return self.path(key).read_text(encoding="utf-8")

    def put(self, key: str, html: str) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{key}.{os.getpid()}.tmp")
        tmp.write_text(html, encoding="utf-8")
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
