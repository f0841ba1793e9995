"""What the templates see: small frozen view models, and URLs relative to the page being written.

Links are relative so that the site works under any base URL (and the home page from file://);
only the 404 page, which a host serves at any depth, uses base-absolute links.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import hashlib
import posixpath
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from .bodies import StoredHTML

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Urls:
    base: str  # "/" or "/shuzibao/" (or a full https://host/path/)
    here: str | None  # folder of the page being written, "" for the home page; None: absolute links

    def __post_init__(self) -> None:
        # Worked out once for the twenty-odd links of a page: whether `here` is a tidy folder ("" or
        # ending in "/"), its first folder, and the climb from it to the site's root.
        here = self.here
        tidy = here is not None and _tidy(here) and (here == "" or here[-1] == "/")
        object.__setattr__(self, "_tidy_here", tidy)
        object.__setattr__(self, "_top", here[:here.find("/") + 1] if tidy else "")
        object.__setattr__(self, "_root", "../" * here.count("/") if tidy else "")

    def __call__(self, path: str) -> str:
        here = self.here
        if here is None:
            return self.base + path
        if self._tidy_here and _tidy(path) and (path == "" or path[-1] == "/" or not here.startswith(path + "/")):
            if self._top and not path.startswith(self._top):  # no folder in common: up to the root
                return self._root + path
            return relative_url(path, here)
        rel = relative_path(path, here)
        if path == "" or path.endswith("/"):
            rel = "./" if rel == "." else rel + "/"
        return rel

    def absolute(self, path: str) -> str:
        return self.base + path


# What relative_path tidies away (empty, "." and ".." parts; a leading "/"): site paths have none.
_UNUSUAL_PATH_RE = re.compile(r"//|^/|(?:^|/)\.\.?(?:/|$)")


def _tidy(path: str) -> bool:
    return ("." not in path and "//" not in path and path[:1] != "/") or _UNUSUAL_PATH_RE.search(path) is None


def relative_url(path: str, here: str) -> str:
    """Urls(...)(path) for a tidy path and a tidy folder ("" or ending in "/"; not inside a file
    of that name), by string operations alone: the folders path shares with `here` are dropped,
    and each folder of `here` left climbs one level."""
    if path.startswith(here):
        return path[len(here):] or "./"
    common = 0
    while True:
        end = here.find("/", common) + 1
        if end == 0 or path[common:end] != here[common:end]:
            break
        common = end
    return "../" * here.count("/", common) + path[common:]


def relative_path(path: str, here: str) -> str:
    """posixpath.relpath(path or ".", here or ".") for site paths, without its getcwd() calls."""
    if ".." in path or ".." in here:
        return posixpath.relpath(path or ".", here or ".")
    target = [p for p in path.split("/") if p and p != "."]
    start = [p for p in here.split("/") if p and p != "."]
    common = 0
    for a, b in zip(target, start, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."


@dataclass(frozen=True, repr=False)
class Link:
    path: str
    label: str
    current: bool = False

    def __repr__(self) -> str:
        """The dataclass repr, without its guard against cycles (a Link holds only text): every
        page's fingerprint holds a few dozen of these."""
        return f"Link(path={self.path!r}, label={self.label!r}, current={self.current!r})"


@dataclass(frozen=True, repr=False, slots=True)  # one for each article, held through a build: no __dict__ each
class StoryView:
    path: str
    title: str
    kicker: str
    subtitle: str
    byline: str
    authors: tuple[str, ...]
    date: str
    date_label: str
    page: Link
    lead: str
    body_html: Markup | StoredHTML  # StoredHTML: read from the body store when printed
    captions: tuple[str, ...]
    tags: tuple[Link, ...]
    _repr: str | None = field(default=None, init=False, compare=False)  # made by __repr__

    def __repr__(self) -> str:
        """The digest of the dataclass repr, made once: a story appears in many pages'
        fingerprints, and it is what they are made of. The whole repr, kept for each of 100,000
        stories, took 90 MB in each process."""
        cached = self._repr
        if cached is None:
            fields_repr = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.compare)
            cached = f"StoryView({hashlib.sha1(fields_repr.encode('utf-8')).hexdigest()})"
            object.__setattr__(self, "_repr", cached)
        return cached


@dataclass(frozen=True)
class Meta:
    """<head> data: canonical URL, Open Graph, JSON-LD (already escaped for a <script> block)."""

    title: str
    description: str
    canonical: str
    og_type: str = "website"
    published: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    jsonld: Markup = Markup("")


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    prev: Link | None
    next: Link | None
    pages: tuple[Link | None, ...]  # None: pages left out between two shown


@dataclass(frozen=True)
class Day:
    number: int  # 0 for the blanks before the 1st and after the last day
    path: str | None


@dataclass(frozen=True)
class Month:
    label: str
    issues: tuple[Link, ...]
    weeks: tuple[tuple[Day, ...], ...]


@dataclass(frozen=True)
class Year:
    label: str
    months: tuple[Month, ...]


@dataclass(frozen=True)
class TagGroup:
    kind: str
    tags: tuple[Link, ...]
    counts: tuple[int, ...] = field(default=())


@lru_cache(maxsize=4096)  # asked for each story and page of an edition: a day's label is made once
def date_label(date: str) -> str:
    d = _dt.date.fromisoformat(date)
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"


def published_time(date: str) -> str:
    """The paper is dated in China Standard Time; no hour is known, so midnight."""
    return f"{date}T00:00:00+08:00"


def month_weeks(year: int, month: int, links: dict[int, str]) -> tuple[tuple[Day, ...], ...]:
    """A Monday-first calendar of one month; days with an edition carry its path."""
    weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    return tuple(tuple(Day(n, links.get(n)) for n in week) for week in weeks)


def page_path(base_path: str, number: int) -> str:
    return base_path if number == 1 else f"{base_path}page/{number}/"
