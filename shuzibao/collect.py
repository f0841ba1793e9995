"""Content folder -> Site: editions, pages, articles with their URL slugs, tags. No rendering here.

Everything is collected before anything is rendered because slugs, tag pages and archive
pagination all need the whole picture, and collisions must be reported before a file is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import slugs
from .bodies import BodyStore
from .errors import InputError, InputErrors
from .ingest import load_edition, load_yaml
from .model import Article, Edition
from .prepare import ArticleFile, Prepared, prepare_files, scan_articles
from .vocabulary import KINDS, Vocabulary, load_vocabulary


@dataclass(frozen=True)
class SiteConfig:
    title: str = "数字报"
    base_url: str = "/"
    per_page: int = 20
    publication: str = ""


@dataclass(slots=True)  # one for each article, held through a build: no __dict__ each
class Story:
    """An article placed in the site: its URL slug and its tags after the vocabulary is applied."""

    article: Article
    slug: str
    tags: tuple[str, ...] = ()
    lead: str = ""  # the body's first sentence, plain text
    body: str = ""  # reference of the body's HTML in the body store (bodies.py)

    # Worked out once, when it is placed (it is never changed after): the placing, the views and
    # the outputs of a build ask for them many times.
    path: str = field(init=False, repr=False, compare=False)
    key: tuple[str, int, int, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        a = self.article
        self.path = f"{date_path(a.date)}{a.page:02d}/{self.slug}/"
        self.key = (a.date, a.page, a.order, a.source)


@dataclass
class Page:
    date: str
    number: int
    name: str
    stories: list[Story] = field(default_factory=list)

    @cached_property  # date, number and name are never changed once placed
    def path(self) -> str:
        return f"{date_path(self.date)}{self.number:02d}/"

    @cached_property
    def label(self) -> str:
        return f"第{self.number:02d}版" + (f"：{self.name}" if self.name else "")


@dataclass
class Issue:
    """One day's paper as it appears on the site (model.Edition plus its pages)."""

    edition: Edition
    publication: str
    pages: list[Page] = field(default_factory=list)

    @property
    def date(self) -> str:
        return self.edition.date

    @property
    def path(self) -> str:
        return date_path(self.date)

    @property
    def stories(self) -> list[Story]:
        return [s for page in self.pages for s in page.stories]


@dataclass
class Tag:
    name: str
    kind: str
    slug: str
    stories: list[Story] = field(default_factory=list)  # newest first

    @property
    def path(self) -> str:
        return f"tags/{self.slug}/"


@dataclass
class Site:
    config: SiteConfig
    issues: list[Issue]  # oldest first
    tags: list[Tag]  # in pinyin order
    source: Path

    @property
    def stories(self) -> list[Story]:
        return [s for issue in self.issues for s in issue.stories]


def date_path(date: str) -> str:
    return date.replace("-", "/") + "/"


def normalize_base_url(base_url: str) -> str:
    base = base_url.strip() or "/"
    if "://" not in base and not base.startswith("/"):
        base = "/" + base
    return base if base.endswith("/") else base + "/"


def load_config(path: Path, base_url: str | None = None) -> SiteConfig:
    """content/site.yml (optional); --base-url given on the command line wins over the file."""
    data = (load_yaml(path) or {}) if path.exists() else {}
    if not isinstance(data, dict):
        raise InputError(str(path), "must be a mapping (title:, base_url:, per_page:, publication:)", 1)
    for key in data:
        if key not in ("title", "base_url", "per_page", "publication"):
            raise InputError(str(path), f"unknown key {key!r} (known: title, base_url, per_page, publication)",
                             _line_of(path, str(key)))
    per_page = data.get("per_page", 20)
    if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
        raise InputError(str(path), f"per_page must be a whole number above 0, not {per_page!r}",
                         _line_of(path, "per_page"))
    for key in ("title", "base_url", "publication"):
        if key in data and not isinstance(data[key], str):
            raise InputError(str(path), f"{key} must be text", _line_of(path, key))
    return SiteConfig(title=data.get("title") or SiteConfig.title,
                      base_url=normalize_base_url(base_url or data.get("base_url") or "/"),
                      per_page=per_page, publication=data.get("publication") or "")


def load_settings(content_dir: Path, base_url: str | None = None) -> tuple[SiteConfig, Vocabulary]:
    """site.yml, tags.yml and pinyin.yml beside the articles folder (all optional)."""
    settings = Path(content_dir).parent
    config = load_config(settings / "site.yml", base_url)
    vocabulary = load_vocabulary(settings / "tags.yml")
    slugs.use_readings(slugs.load_readings(settings / "pinyin.yml"))
    return config, vocabulary


EditionCache = dict[str, tuple[tuple[int, int, int] | None, Edition]]


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def require_content(content_dir: Path) -> None:
    if not content_dir.is_dir():
        raise InputError(str(content_dir), "content folder not found (run the cleaner first?)")


def scan_content(content_dir: Path, known: EditionCache | None = None
                 ) -> tuple[EditionCache, list[ArticleFile], list[InputError]]:
    """Every edition folder (edition.yml read unless `known` has it unchanged) and article file."""
    content_dir = Path(content_dir)
    require_content(content_dir)
    known = known or {}
    editions: EditionCache = {}
    files: list[ArticleFile] = []
    errors: list[InputError] = []
    # A hidden folder anywhere in the content path hides every article (as pathlib's parts test did).
    hidden = any(part.startswith(".") for part in content_dir.parts)
    for name in sorted(e.name for e in os.scandir(content_dir) if e.is_dir() and not e.name.startswith(".")):
        folder = content_dir / name
        stat = _stat(folder / "edition.yml")
        if name in known and known[name][0] == stat and stat is not None:
            editions[name] = known[name]
        else:
            try:
                editions[name] = (stat, load_edition(folder))
            except InputError as exc:
                errors.append(exc)
                continue
        if not hidden:
            files.extend(scan_articles(content_dir, name))
    return editions, files, errors


def collect_site(content_dir: Path, store: BodyStore, base_url: str | None = None, jobs: int = 1) -> Site:
    """Read every article, edition, and the site's settings; raise every bad file at once."""
    config, vocabulary = load_settings(content_dir, base_url)
    editions, files, errors = scan_content(content_dir)
    prepared = prepare_files(files, store, vocabulary, jobs)
    return build_site(content_dir, config, vocabulary, {k: e for k, (_, e) in editions.items()}, prepared, errors)


def build_site(content_dir: Path, config: SiteConfig, vocabulary: Vocabulary, editions: dict[str, Edition],
               prepared: list[Prepared | InputError], errors: list[InputError]) -> Site:
    """Place the prepared articles: slugs, editions and pages, tags. Every bad file is raised at once."""
    errors = list(errors)
    articles: list[Prepared] = []
    for item in prepared:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            articles.append(item)
    errors.sort(key=lambda error: _error_order(error, Path(content_dir)))
    if not articles and not errors:
        errors.append(InputError(str(content_dir), "no articles found (expected <YYYY-MM-DD>/<NN>-<OO>.md)"))
    if errors:
        raise errors[0] if len(errors) == 1 else InputErrors(errors)

    stories = _place(articles, vocabulary)
    issues = _issues(stories, editions, config)
    # Kinds the cleaner found (in edition.yml) for tags the vocabulary does not know.
    found_kinds = {tag: kind for e in sorted(editions.values(), key=lambda e: e.date)
                   for tag, kind in sorted(e.tag_kinds.items()) if kind in KINDS}
    return Site(config=config, issues=issues, tags=_tags(stories, vocabulary, found_kinds), source=Path(content_dir))


def _error_order(error: InputError, content_dir: Path) -> tuple[str, int]:
    """Errors in the order the folders are read: by edition folder, its edition.yml first.
    (The sort is stable, so the articles of one folder keep their path order.)"""
    try:
        parts = Path(error.path).relative_to(content_dir).parts
    except ValueError:
        return ("", 0)
    if not parts:
        return ("", 0)
    return (parts[0], 0 if len(parts) == 1 or parts[1:] == ("edition.yml",) else 1)


def _place(prepared: list[Prepared], vocabulary: Vocabulary) -> list[Story]:
    """Give every article its slug; two explicit slugs on one URL are an error naming both files."""
    prepared = sorted(prepared, key=lambda p: (p.article.date, p.article.page, p.article.order, p.article.source))
    seen: dict[tuple[str, int, str], Article] = {}
    errors = []
    for a in (p.article for p in prepared):
        if a.slug:
            where = (a.date, a.page, a.slug)
            if where in seen:
                errors.append(InputError(a.source, f"slug '{a.slug}' is already used on the same page by "
                                                   f"{seen[where].source}: give one of them another slug"))
            seen[where] = a
    if errors:
        raise errors[0] if len(errors) == 1 else InputErrors(errors)
    wanted = [(p.article.slug, True) if p.article.slug else (p.derived_slug, False) for p in prepared]
    return [Story(article=p.article, slug=slug, tags=story_tags(p.article, vocabulary), lead=p.lead, body=p.body)
            for p, slug in zip(prepared, slugs.make_unique(wanted), strict=True)]


def story_tags(article: Article, vocabulary: Vocabulary) -> tuple[str, ...]:
    tags: list[str] = []
    for tag in article.tags:
        tag = vocabulary.canonical(tag.strip())
        if tag and not vocabulary.is_stopped(tag) and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _issues(stories: list[Story], editions: dict[str, Edition], config: SiteConfig) -> list[Issue]:
    issues: dict[str, Issue] = {}
    for story in stories:
        a = story.article
        if a.date not in issues:
            edition = editions.get(a.date) or Edition(date=a.date)
            publication = edition.publication or config.publication or config.title
            issues[a.date] = Issue(edition=edition, publication=publication)
        issue = issues[a.date]
        if not issue.pages or issue.pages[-1].number != a.page:
            issue.pages.append(Page(date=a.date, number=a.page, name=issue.edition.page_names.get(a.page, "")))
        issue.pages[-1].stories.append(story)
    return [issues[d] for d in sorted(issues)]


def _tags(stories: list[Story], vocabulary: Vocabulary, found_kinds: dict[str, str]) -> list[Tag]:
    """One tag page per distinct tag; sound-alikes (山西, 陕西) get -2 in pinyin order, never merge."""
    by_name: dict[str, list[Story]] = {}
    for story in stories:
        for tag in story.tags:
            by_name.setdefault(tag, []).append(story)
    names = sorted(by_name, key=slugs.sort_key)
    tag_slugs = slugs.make_unique((slugs.slugify(name) or "tag", False) for name in names)
    tags = []
    for name, slug in zip(names, tag_slugs, strict=True):
        newest_first = sorted(by_name[name], key=lambda s: (_neg_date(s.article.date), s.article.page,
                                                            s.article.order, s.article.source))
        kind = vocabulary.kinds.get(vocabulary.canonical(name)) or found_kinds.get(name) or vocabulary.kind(name)
        tags.append(Tag(name=name, kind=kind if kind in KINDS else KINDS[-1], slug=slug, stories=newest_first))
    return tags


def _neg_date(date: str) -> int:
    return -int(date.replace("-", ""))


def _line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return None
