"""Each article body converted once per version: Markdown -> HTML with ruby, kept on disk.

The HTML of every article would not fit in memory for a large archive, and a rebuild should not
convert an unchanged body again; so bodies live on disk and the site model holds a StoredHTML
that reads its body only when a template prints it.

Bodies are appended to pack files, one pack for each batch of articles prepared together (a
part of a build, a correction), rather than one file each: a cold build of 10,000 articles made
10,000 small files, and creating them was a fifth of its preparing time on this machine's disk.
A body's reference carries where it is (`<key>@<pack>:<offset>:<length>`), so reading one needs
no index; the key (a digest of the Markdown) is what page fingerprints see. The readings its ruby
looked up (slugs.memo entries, for a later correction of the body) are written right after it,
their length added to the reference (`…:<length>+<readings' length>`): held in the build's
records, they were a quarter of its memory at 100,000 articles. A pack is written
under a temporary name and renamed when complete, so a reference never points into half a file.
A pack goes when no article of the last build refers to it (`keep_only`).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from markupsafe import Markup

PACK_SUFFIX = ".pack"
OPEN_PACKS = 64  # file descriptors kept open for reading; pages are made roughly in pack order
_names = itertools.count()


def body_key(body: str) -> str:
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def key_of(ref: str) -> str:
    """The body's key (its Markdown's digest) from a reference."""
    return ref.partition("@")[0]


def pack_of(ref: str) -> str:
    return ref.partition("@")[2].partition(":")[0]


def packs_of(refs: Iterable[str]) -> frozenset[str]:
    """The packs these references point into."""
    return frozenset(pack_of(ref) for ref in refs)


class PackWriter:
    """Appends bodies to one new pack; its references are good once `close` has returned."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.name = f"{time.time_ns():x}-{os.getpid()}-{next(_names)}{PACK_SUFFIX}"
        self._final = folder / self.name
        self._tmp = folder / f".{self.name}.tmp"
        self._file = open(self._tmp, "wb")  # noqa: SIM115 (closed in close(), renamed then)
        self._size = 0
        self._empty = True

    def add(self, key: str, html: str, readings: dict | None = None) -> str:
        """Append a body (and the ruby readings it used, `{("ruby-at", key): reading}`); its reference."""
        data = html.encode("utf-8")
        ref = f"{key}@{self.name}:{self._size}:{len(data)}"
        if readings:
            extra = _encode_readings(readings)
            data += extra
            ref += f"+{len(extra)}"
        self._file.write(data)
        self._size += len(data)
        self._empty = False
        return ref

    def close(self) -> None:
        self._file.close()
        if self._empty:
            self._tmp.unlink(missing_ok=True)
        else:
            os.replace(self._tmp, self._final)

    def discard(self) -> None:
        self._file.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> PackWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()


class BodyStore:
    """Bodies by reference, in the pack files of one folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._root = str(self.folder)
        self._open: dict[str, int] = {}  # pack name -> descriptor (read with pread: safe across fork)

    def pack(self) -> PackWriter:
        return PackWriter(self.folder)

    def get(self, ref: str) -> str:
        pack, offset, length, _ = _place(ref)
        return self._read(pack, offset, length)

    def readings(self, ref: str) -> dict:
        """The slugs.memo entries of the ruby readings the body looked up ({} for none)."""
        pack, offset, length, extra = _place(ref)
        return _decode_readings(self._read(pack, offset + length, extra)) if extra else {}

    def _read(self, pack: str, offset: int, length: int) -> str:
        fd = self._open.get(pack)
        if fd is None:
            if len(self._open) >= OPEN_PACKS:
                self.close()
            fd = self._open[pack] = os.open(f"{self._root}/{pack}", os.O_RDONLY)
        data = os.pread(fd, length, offset)
        if len(data) != length:
            raise OSError(f"{self._root}/{pack}: a body is cut short")
        return data.decode("utf-8")

    def close(self) -> None:
        for fd in self._open.values():
            os.close(fd)
        self._open.clear()

    def packs(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.iterdir() if p.name.endswith(PACK_SUFFIX)}

    def keep_only(self, refs: Iterable[str]) -> int:
        """Remove the packs (and leftover temporary files) no reference points into; how many."""
        if not self.folder.is_dir():
            return 0
        used = packs_of(refs)
        self.close()
        gone = 0
        for path in self.folder.iterdir():
            if path.name not in used:
                if path.is_dir():  # a store of an older layout
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
                gone += 1
        return gone


def _place(ref: str) -> tuple[str, int, int, int]:
    """(pack, offset, the body's length, its readings' length) of a reference."""
    pack, _, place = ref.partition("@")[2].partition(":")
    offset, _, lengths = place.partition(":")
    length, _, extra = lengths.partition("+")
    return pack, int(offset), int(length), int(extra or 0)


# A reading's memo key is ("ruby-at", "<at>:<run of Han characters>") and its value toned pinyin
# or "": neither holds a tab or a line end, so one line an entry, key and value apart by a tab.
_RUBY_AT = "ruby-at"


def _encode_readings(readings: dict) -> bytes:
    lines = []
    for (kind, key), value in readings.items():
        if kind != _RUBY_AT:  # the only readings a body looks up
            raise ValueError(f"not a ruby reading: {kind!r}")
        lines.append(f"{key}\t{value}")
    return "\n".join(lines).encode("utf-8")


def _decode_readings(text: str) -> dict:
    return {(_RUBY_AT, key): value for key, _, value in (line.partition("\t") for line in text.split("\n"))}


class StoredHTML:
    """A body's HTML as templates see it: printed as markup, read from the store when printed.

    Its repr is its key, so a page's fingerprint covers the body without reading it (and does
    not change when the same body is stored again elsewhere).
    """

    __slots__ = ("ref", "store")

    def __init__(self, ref: str, store: BodyStore):
        self.ref = ref
        self.store = store

    def __html__(self) -> str:
        return self.store.get(self.ref)

    def __str__(self) -> str:
        return self.store.get(self.ref)

    def __repr__(self) -> str:
        return f"StoredHTML({key_of(self.ref)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredHTML) and key_of(other.ref) == key_of(self.ref)

    def __hash__(self) -> int:
        return hash(key_of(self.ref))


def as_markup(html: StoredHTML | Markup) -> Markup:
    return html if isinstance(html, Markup) else Markup(html.__html__())
