"""Which pages a correction changes, and those pages made again from the index.

An article is shown, beyond its own page, on its page of the edition (and the edition's and the
home page when that is the first page), in its neighbours' 上一篇/下一篇 links (title and path),
on the tag pages that list it, in the feed when it is among the newest, and by path in the
sitemap. Its tags' counts are on /tags/ and on every page of the tag. The archive and the search
page show none of this (dates, pages and months do not change in a correction).
"""

from __future__ import annotations

import pickle
from bisect import bisect_left, insort
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .collect import Issue, Page, Site, Story
from .fastindex import EditionRecord, FastIndex, StoryRecord, TagRecord, get_piece, member
from .model import Edition
from .pages import (
    TagCount,
    article_output,
    feed_output,
    page_outputs,
    sitemap_output,
    tag_page_count,
    tag_page_output,
    tags_index_output,
)
from .views import page_path
from .writer import Output

if TYPE_CHECKING:
    from .bodies import BodyStore
    from .correct import Change
    from .render import Renderer


class PieceMissing(Exception):
    """A piece the index names cannot be read (the state folder was damaged): no correction."""


def _get(folder: Path, name: str):
    try:
        return get_piece(folder, name)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError) as exc:
        raise PieceMissing(name) from exc


class Pieces:
    """The index's pieces, each unpickled when first asked for; the ones a correction changes
    are kept changed here until commit.py packs them again."""

    def __init__(self, index: FastIndex, folder: Path):
        self.index, self.folder = index, folder
        self.editions: dict[str, EditionRecord] = {}
        self.tags: dict[str, TagRecord] = {}
        self.issues: dict[str, Issue] = {}
        self.changed_editions: set[str] = set()
        self.changed_tags: set[str] = set()
        self._wanted: list | None = None
        self.wanted_changed = False

    def edition(self, date: str) -> EditionRecord | None:
        if date not in self.editions:
            name = self.index.editions.get(date)
            if name is None:
                return None
            self.editions[date] = _get(self.folder, name)
        return self.editions[date]

    def record(self, relpath: str) -> StoryRecord | None:
        edition = self.edition(relpath.split("/", 1)[0])
        return next((r for r in edition.stories if r.relpath == relpath), None) if edition else None

    def put_record(self, record: StoryRecord) -> None:
        date = record.relpath.split("/", 1)[0]
        stories = self.edition(date).stories
        stories[next(n for n, r in enumerate(stories) if r.relpath == record.relpath)] = record
        self.changed_editions.add(date)
        self.issues.pop(date, None)

    def issue(self, date: str) -> Issue:
        if date not in self.issues:
            self.issues[date] = self.edition(date).issue()
        return self.issues[date]

    def story(self, relpath: str) -> tuple[Story, Page]:
        """An article as placed, and its page of the edition."""
        date = relpath.split("/", 1)[0]
        records = self.edition(date).stories
        story = self.issue(date).stories[next(n for n, r in enumerate(records) if r.relpath == relpath)]
        return story, next(p for p in self.issue(date).pages if p.number == story.article.page)

    def tag(self, name: str) -> TagRecord:
        if name not in self.tags:
            self.tags[name] = _get(self.folder, self.index.tags[name])
        return self.tags[name]

    def wanted(self) -> list:
        if self._wanted is None:
            self._wanted = _get(self.folder, self.index.wanted)
        return self._wanted

    def set_wanted(self, items: list) -> None:
        self._wanted, self.wanted_changed = items, True


@dataclass
class Plan:
    outputs: list[Output]  # to make (and compare with the files they replace)
    removed: list[str]  # output paths that go
    paths: list[str] | None  # every output path after, when that changed
    tag_counts: list[TagCount] | None  # /tags/ after, when that changed


class _Views:
    """The renderer, with the views of the articles the pages made so far show."""

    def __init__(self, renderer: Renderer, pieces: Pieces):
        self.r, self.pieces = renderer, pieces

    def story(self, relpath: str) -> Story:
        story, page = self.pieces.story(relpath)
        if story.key not in self.r.stories:
            self.r.stories[story.key] = self.r.story_view(story, page)
        return story


def affected_outputs(changes: list[Change], pieces: Pieces, index: FastIndex, content: Path,
                     store: BodyStore, bytecode_folder: Path) -> Plan:
    from .render import Renderer  # Jinja: only once there are pages to make
    for change in changes:
        pieces.put_record(change.after)  # its stat, at least
    changes = [c for c in changes if _shown(c.before) != _shown(c.after)]
    site = Site(config=index.config, issues=[], tags=[], source=content)
    views = _Views(Renderer(site, store, bytecode_folder, tag_paths=index.tag_paths), pieces)
    outs: dict[str, Output] = {}
    removed: set[str] = set()
    added: set[str] = set()
    for change in changes:
        _edition_pages(change, views, index, outs, removed, added)
    counts = _tag_pages(changes, views, index, outs, removed, added)
    if any(c.after.relpath in index.feed for c in changes):
        out = feed_output(views.r, [views.story(rel) for rel in index.feed], index.feed_publication)
        outs[out.path] = out
    if counts is not None:
        out = tags_index_output(views.r, counts)
        outs[out.path] = out
    paths = None
    if removed - added or added - removed:
        paths = sorted((set(_get(pieces.folder, index.html_paths)) - removed) | added)
        out = sitemap_output(views.r, paths)
        outs[out.path] = out
    return Plan(list(outs.values()), sorted(removed - added), paths, counts)


def _shown(record: StoryRecord) -> tuple:
    """What pages show of an article: all but its file's stat and digest."""
    return (replace(record.prepared, digest=""), record.slug, record.tags)


def _edition_pages(change: Change, views: _Views, index: FastIndex, outs: dict, removed: set, added: set) -> None:
    """Its page of the edition (and the edition's, and the home page), its own page, and its
    neighbours' when its title or path changed."""
    date = change.date
    issue = views.pieces.issue(date)
    views.r.view_issue(issue)  # its page and its neighbours show its other articles
    stories = issue.stories
    key = change.after.story().key
    k = next(n for n, s in enumerate(stories) if s.key == key)
    j = next(n for n, p in enumerate(issue.pages) if p.number == stories[k].article.page)
    at = bisect_left(index.dates, date)
    prev_issue = _stub(index.dates[at - 1]) if at > 0 else None
    next_issue = _stub(index.dates[at + 1]) if at + 1 < len(index.dates) else None
    made = [*page_outputs(views.r, issue, j, prev_issue, next_issue), article_output(views.r, issue, k, stories)]
    before, after = change.before.story(), change.after.story()
    if (before.path, before.article.title) != (after.path, after.article.title):
        made += [article_output(views.r, issue, n, stories) for n in (k - 1, k + 1) if 0 <= n < len(stories)]
    if before.path != after.path:
        removed.add(f"{before.path}index.html")
        added.add(f"{after.path}index.html")
    outs.update((o.path, o) for o in made)


def _stub(date: str) -> Issue:
    """An edition as a neighbour's link shows it: its date (and path)."""
    return Issue(edition=Edition(date=date), publication="")


def _tag_pages(changes: list[Change], views: _Views, index: FastIndex, outs: dict, removed: set,
               added: set) -> list[TagCount] | None:
    """The pages of the tags the changed articles are or were on: the one listing an article
    whose tags stay, every page of a tag an article joins or leaves (its count is on each);
    returns /tags/'s counts when they changed."""
    pieces, per_page = views.pieces, index.config.per_page
    names = sorted({t for c in changes for t in (*c.before.tags, *c.after.tags)})
    counts = None
    for name in names:
        tag = pieces.tag(name)
        old_total = tag_page_count(len(tag.members), per_page)
        members = list(tag.members)
        for change in changes:
            was, now = name in change.before.tags, name in change.after.tags
            if was and not now:
                members = [m for m in members if m.relpath != change.before.relpath]
            elif now and not was:
                insort(members, member(change.after.story(), change.after.relpath), key=lambda m: m.order)
        shown = {c.after.relpath for c in changes}
        if members == tag.members:
            numbers = {n // per_page + 1 for n, m in enumerate(members) if m.relpath in shown}
        else:
            pieces.tags[name] = replace(tag, members=members)
            pieces.changed_tags.add(name)
            counts = counts or _get(pieces.folder, index.tag_counts)
            counts = [replace(c, count=len(members)) if c.name == name else c for c in counts]
            numbers = set(range(1, tag_page_count(len(members), per_page) + 1))
        total = tag_page_count(len(members), per_page)
        for n in range(total + 1, old_total + 1):
            removed.add(f"{page_path(tag.path, n)}index.html")
        for n in range(old_total + 1, total + 1):
            added.add(f"{page_path(tag.path, n)}index.html")
        count = TagCount(tag.name, tag.kind, tag.path, len(members))
        sources = tuple(m.order[3] for m in members)
        for n in sorted(numbers):
            chunk = [views.story(m.relpath) for m in members[(n - 1) * per_page:n * per_page]]
            out = tag_page_output(views.r, count, n, chunk, sources)
            outs[out.path] = out
    return counts

