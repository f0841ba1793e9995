"""What a correction needs of the last build, small enough to load in a few milliseconds.

The build state (state.py) holds everything a rebuild may need, and loading it takes longer than a
correction should. Beside it, index.pickle holds the site as placed, cut into pieces, each in a
file of the pieces/ folder named by the digest of its bytes: a correction reads only the pieces
it needs (the editions of the articles it changed and of the articles on the same tag page or in
the feed, and those tags) and writes only the ones it changed, before the index that names them.
A piece no index names is removed by the next full rebuild. The index also
holds what the build state would say after the corrections made since state.pickle was written
(`Pending`): a correction writes index.pickle alone, and the next full rebuild folds it in.
Both files carry the generation of the build that wrote state.pickle; an index of another
generation is not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .bodies import packs_of
from .collect import Issue, Page, SiteConfig, Story
from .model import Edition
from .pages import TagCount
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .collect import Site
    from .prepare import Prepared
    from .state import BuildState

INDEX_FILE = "index.pickle"
Stat = tuple[int, int, int]


@dataclass
class StoryRecord:
    """One article as placed in the site: enough to make its Story again."""

    relpath: str
    stat: Stat
    prepared: Prepared
    slug: str  # as placed: unique across the site
    tags: tuple[str, ...]  # after the vocabulary

    def story(self) -> Story:
        p = self.prepared
        return Story(article=p.article, slug=self.slug, tags=self.tags, lead=p.lead, body=p.body)


@dataclass
class EditionRecord:
    edition: Edition
    publication: str
    stories: list[StoryRecord]  # in site order (page, order, source)

    def issue(self) -> Issue:
        """The edition as collect.build_site places it, with fresh Story objects."""
        issue = Issue(edition=self.edition, publication=self.publication)
        for record in self.stories:
            story = record.story()
            number = story.article.page
            if not issue.pages or issue.pages[-1].number != number:
                issue.pages.append(Page(date=story.article.date, number=number,
                                        name=self.edition.page_names.get(number, "")))
            issue.pages[-1].stories.append(story)
        return issue


@dataclass(frozen=True)
class Member:
    """An article on a tag's pages, with what orders them (newest first)."""

    order: tuple[int, int, int, str]  # (-date, page, order, source), as collect._tags sorts
    relpath: str


@dataclass
class TagRecord:
    name: str
    kind: str
    slug: str
    members: list[Member]  # newest first

    @property
    def path(self) -> str:
        return f"tags/{self.slug}/"


@dataclass
class Pending:
    """What the build state would hold after the corrections made since it was written."""

    articles: dict[str, tuple[Stat, Prepared]] = field(default_factory=dict)
    outputs: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # None: removed
    sources: dict[str, tuple[str, ...] | None] = field(default_factory=dict)


@dataclass
class FastIndex:
    generation: str
    config: SiteConfig
    vocabulary: Vocabulary
    dates: list[str]  # of the editions, oldest first
    tag_paths: dict[str, str]  # every tag's name -> its path
    feed: list[str]  # relpaths of the feed's articles, newest first
    feed_publication: str
    count: int  # files in the site, search index left out
    # Names of pieces (get_piece): by date, by tag name, and the whole-site lists.
    editions: dict[str, str]  # EditionRecord
    tags: dict[str, str]  # TagRecord
    tag_counts: str  # list[TagCount] in the site's tag order: /tags/
    wanted: str  # list[tuple[str, str, bool]]: (relpath, slug wanted, explicit) in site order
    html_paths: str  # sorted list of every output path: the sitemap's
    # Where the output and its spare stand (as BuildState's fields of the same names).
    output_inode: int = 0
    spare_lag: frozenset[str] | None = None
    spare_inode: int | None = None
    search_behind: frozenset[str] = frozenset()
    pending: Pending = field(default_factory=Pending)
    # The body packs its articles' bodies are in (bodies.py): a correction needs them all there.
    packs: frozenset[str] = frozenset()

    @property
    def months(self) -> set[str]:
        return {d[:7] for d in self.dates}


def pieces_folder(state_dir: Path) -> Path:
    return state_dir / "pieces"


def put_piece(folder: Path, value: object) -> str:
    """Store value (unless a piece of the same bytes is there) and return its name."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    name = hashlib.sha1(data).hexdigest()
    path = folder / name
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return name


def get_piece(folder: Path, name: str):
    with open(folder / name, "rb") as f:
        return pickle.load(f)


def piece_names(index: FastIndex) -> set[str]:
    return {*index.editions.values(), *index.tags.values(), index.tag_counts, index.wanted, index.html_paths}


def drop_other_pieces(folder: Path, index: FastIndex) -> None:
    """Remove the pieces the index does not name (left by corrections since the last rebuild)."""
    keep = piece_names(index)
    if folder.is_dir():
        for entry in os.scandir(folder):
            if entry.name not in keep:
                os.unlink(entry.path)


def new_generation() -> str:
    return secrets.token_hex(8)


def make_index(site: Site, vocabulary: Vocabulary, state: BuildState, generation: str, folder: Path) -> FastIndex:
    """The index of a site just built, from its build state (articles, outputs and head);
    its pieces are written into folder."""
    from .pages import feed_publication, newest_stories
    relpath_of = {p.article.source: rel for rel, (_, p) in state.articles.items()}

    def record(story: Story) -> StoryRecord:
        relpath = relpath_of[story.article.source]
        stat, prepared = state.articles[relpath]
        return StoryRecord(relpath, stat, prepared, story.slug, story.tags)

    return FastIndex(
        generation=generation, config=site.config, vocabulary=vocabulary, dates=[i.date for i in site.issues],
        tag_paths={t.name: t.path for t in site.tags},
        feed=[relpath_of[s.article.source] for s in newest_stories(site.stories)],
        feed_publication=feed_publication(site), count=len(state.outputs),
        editions={i.date: put_piece(folder, EditionRecord(i.edition, i.publication, [record(s) for s in i.stories]))
                  for i in site.issues},
        tags={t.name: put_piece(folder, TagRecord(t.name, t.kind, t.slug, [member(s, relpath_of[s.article.source])
                                                              for s in t.stories]))
              for t in site.tags},
        tag_counts=put_piece(folder, [TagCount(t.name, t.kind, t.path, len(t.stories)) for t in site.tags]),
        wanted=put_piece(folder, [wanted(record(s)) for s in site.stories]),
        html_paths=put_piece(folder, sorted(state.outputs)),
        output_inode=state.output_inode, spare_lag=state.spare_lag, spare_inode=state.spare_inode,
        search_behind=state.search_behind,
        packs=packs_of(prepared.body for _, prepared in state.articles.values()))


def wanted(record: StoryRecord) -> tuple[str, str, bool]:
    """(relpath, the slug it asks for, whether the front matter gives it): slugs.make_unique's input."""
    a = record.prepared.article
    return (record.relpath, a.slug or record.prepared.derived_slug, bool(a.slug))


def member(story: Story, relpath: str) -> Member:
    a = story.article
    return Member((-int(a.date.replace("-", "")), a.page, a.order, a.source), relpath)


def save_index(folder: Path, index: FastIndex) -> None:
    tmp = folder / f".{INDEX_FILE}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / INDEX_FILE)


def load_index(folder: Path, generation: str | None) -> FastIndex | None:
    """The index, when it is of that generation (else None: not to be used)."""
    try:
        with open(folder / INDEX_FILE, "rb") as f:
            index = pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not isinstance(index, FastIndex) or not generation or index.generation != generation:
        return None
    return index


def fold_pending(state: BuildState, index: FastIndex | None) -> None:
    """Bring a state loaded from state.pickle up to the corrections made since (in place)."""
    if index is None or index.generation != state.generation:
        return
    pending = index.pending
    state.articles.update(pending.articles)
    for table, changes in ((state.outputs, pending.outputs), (state.sources, pending.sources)):
        for path, value in changes.items():
            if value is None:
                table.pop(path, None)
            else:
                table[path] = value
    state.output_inode = index.output_inode
    state.spare_lag, state.spare_inode = index.spare_lag, index.spare_inode
    state.search_behind = index.search_behind
