"""One builder per kind of page: editions and pages, articles, back issues, tags, feeds."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .collect import Issue, Page, Site, Story, Tag
from .views import Link, Month, StoryView, TagGroup, Year, date_label, month_weeks, page_path
from .vocabulary import KINDS
from .writer import Output

FEED_SIZE = 50

if TYPE_CHECKING:
    from .render import Renderer


@dataclass(frozen=True)
class PageView:
    """One printed page (版面) of an edition, with the ways out of it."""

    publication: str
    date: str
    date_label: str
    issue_path: str
    page: Link
    nav: tuple[Link, ...]
    stories: tuple[StoryView, ...]
    prev_page: Link | None
    next_page: Link | None
    prev_issue: Link | None
    next_issue: Link | None


@dataclass(frozen=True)
class ArticleNav:
    prev: Link | None
    next: Link | None
    page: Link


def _issue_link(issue: Issue | None) -> Link | None:
    return Link(issue.path, date_label(issue.date)) if issue else None


def _page_view(r: Renderer, issue: Issue, j: int, prev_issue: Issue | None, next_issue: Issue | None) -> PageView:
    page = issue.pages[j]

    def link(p: Page | None) -> Link | None:
        return Link(p.path, p.label) if p else None

    return PageView(
        publication=issue.publication, date=issue.date, date_label=date_label(issue.date), issue_path=issue.path,
        page=Link(page.path, page.label), nav=tuple(Link(p.path, p.label, p is page) for p in issue.pages),
        stories=tuple(r.stories[s.key] for s in page.stories),
        prev_page=link(issue.pages[j - 1] if j > 0 else None),
        next_page=link(issue.pages[j + 1] if j + 1 < len(issue.pages) else None),
        prev_issue=_issue_link(prev_issue), next_issue=_issue_link(next_issue))


def page_outputs(r: Renderer, issue: Issue, j: int, prev_issue: Issue | None, next_issue: Issue | None) -> list[Output]:
    """Page j of an edition; its first page also at the edition's URL, and the newest edition's
    (no next_issue) at the home page. prev_issue and next_issue need only their dates."""
    page = issue.pages[j]
    sources = r.story_sources(page.stories)
    args = (issue, j, prev_issue, next_issue, False)
    outs = [r.page(f"{page.path}index.html", "page.html", sources, lazy=_page_context, args=args)]
    if j == 0:  # the edition's own URL shows its first page; the page URL is canonical
        outs.append(r.page(f"{issue.path}index.html", "page.html", sources, lazy=_page_context, args=args))
        if next_issue is None:
            outs.append(r.page("index.html", "page.html", sources, lazy=_page_context,
                               args=(issue, j, prev_issue, next_issue, True)))
    return outs


def _page_context(r: Renderer, issue: Issue, j: int, prev_issue: Issue | None, next_issue: Issue | None,
                  home: bool) -> dict:
    page = issue.pages[j]
    view = _page_view(r, issue, j, prev_issue, next_issue)
    description = f"{issue.publication} {view.date_label} {page.label}"
    meta = r.meta(r.site.config.title, "", description) if home else r.meta(description, page.path, description)
    return {"view": view, "meta": meta}


def edition_outputs(r: Renderer) -> list[Output]:
    issues = r.site.issues
    return [out for i, issue in enumerate(issues) for j in range(len(issue.pages))
            for out in page_outputs(r, issue, j, issues[i - 1] if i > 0 else None,
                                    issues[i + 1] if i + 1 < len(issues) else None)]


def article_output(r: Renderer, issue: Issue, k: int, stories: list[Story] | None = None) -> Output:
    """The k-th article of an edition (stories: issue.stories, when the caller has it)."""
    stories = issue.stories if stories is None else stories
    story = stories[k]
    # The neighbours' titles are in its 上一篇/下一篇 links: they are sources too.
    sources = r.story_sources([story, *(s for s in stories[max(k - 1, 0):k + 2] if s is not story)])
    return r.page(f"{story.path}index.html", "article.html", sources,
                  lazy=_article_context, derived=_article_head, args=(issue, k, stories))


def _article_context(r: Renderer, issue: Issue, k: int, stories: list[Story]) -> dict:
    view = r.stories[stories[k].key]
    before = r.stories[stories[k - 1].key] if k > 0 else None
    after = r.stories[stories[k + 1].key] if k + 1 < len(stories) else None
    nav = ArticleNav(prev=Link(before.path, before.title) if before else None,
                     next=Link(after.path, after.title) if after else None, page=view.page)
    return {"story": view, "nav": nav, "publication": issue.publication}


def _article_head(r: Renderer, issue: Issue, k: int, stories: list[Story]) -> dict:
    """The <head> data, made from what the context holds: the story's view (title, authors,
    date, path, tags, lead, and its page's name in the page's label) and the publication."""
    story = stories[k]
    page = next(p for p in issue.pages if p.number == story.article.page)
    return {"meta": r.article_meta(story, issue, page)}


def article_outputs(r: Renderer) -> list[Output]:
    outs = []
    for issue in r.site.issues:
        stories = issue.stories
        outs.extend(article_output(r, issue, k, stories) for k in range(len(stories)))
    return outs


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def archive_outputs(r: Renderer) -> list[Output]:
    newest_first = list(reversed(r.site.issues))
    by_month: dict[tuple[int, int], dict[int, str]] = {}
    for issue in newest_first:
        d = _dt.date.fromisoformat(issue.date)
        by_month.setdefault((d.year, d.month), {})[d.day] = issue.path
    chunks = _chunks(newest_first, r.site.config.per_page)
    outs = []
    for n, chunk in enumerate(chunks, 1):
        years: list[Year] = []
        months: dict[tuple[int, int], list[Link]] = {}
        for issue in chunk:
            d = _dt.date.fromisoformat(issue.date)
            months.setdefault((d.year, d.month), []).append(
                Link(issue.path, f"{date_label(issue.date)} · {issue.publication} · {len(issue.pages)}版"))
        for year in sorted({y for y, _ in months}, reverse=True):
            year_months = tuple(Month(label=f"{year}年{m}月", issues=tuple(months[(year, m)]),
                                      weeks=month_weeks(year, m, by_month[(year, m)]))
                                for y, m in sorted(months, reverse=True) if y == year)
            years.append(Year(label=f"{year}年", months=year_months))
        pager = r.pager("archive/", n, len(chunks))
        path = page_path("archive/", n)
        title = "往期回顾" + (f"（第{n}页）" if n > 1 else "")
        outs.append(r.page(f"{path}index.html", "archive.html", r.all_sources,
                           years=tuple(years), pager=pager, meta=r.meta(title, path)))
    return outs


def tags_index_output(r: Renderer, tags: list[Tag] | list[TagCount]) -> Output:
    """/tags/: every tag by kind, with its count (a Tag or, from the build state, a TagCount)."""
    groups = tuple(TagGroup(kind=kind, tags=tuple(Link(t.path, t.name) for t in tags if t.kind == kind),
                            counts=tuple(_count(t) for t in tags if t.kind == kind))
                   for kind in KINDS)
    return r.page("tags/index.html", "tags.html", r.all_sources,
                  groups=tuple(g for g in groups if g.tags), meta=r.meta("标签", "tags/"))


@dataclass(frozen=True)
class TagCount:
    """What /tags/ shows of a tag."""

    name: str
    kind: str
    path: str
    count: int


def _count(tag: Tag | TagCount) -> int:
    return tag.count if isinstance(tag, TagCount) else len(tag.stories)


def tag_page_count(stories: int, per_page: int) -> int:
    return max(1, -(-stories // per_page))


def tag_page_output(r: Renderer, tag: TagCount, n: int, chunk: list[Story], sources: tuple[str, ...]) -> Output:
    """Page n of a tag: `chunk` its stories on that page, `sources` those of all its stories."""
    path = page_path(tag.path, n)
    return r.page(f"{path}index.html", "tag.html", sources, lazy=_tag_page_context, args=(tag, n, chunk))


def _tag_page_context(r: Renderer, tag: TagCount, n: int, chunk: list[Story]) -> dict:
    total = tag_page_count(tag.count, r.site.config.per_page)
    path = page_path(tag.path, n)
    title = f"{tag.name}（{tag.kind}）" + (f" 第{n}页" if n > 1 else "")
    return {"tag": Link(tag.path, tag.name), "kind": tag.kind, "count": tag.count,
            "stories": tuple(r.stories[s.key] for s in chunk), "pager": r.pager(tag.path, n, total),
            "meta": r.meta(title, path)}


def tag_outputs(r: Renderer) -> list[Output]:
    outs = [tags_index_output(r, r.site.tags)]
    for tag in r.site.tags:
        sources = r.story_sources(tag.stories)
        count = TagCount(tag.name, tag.kind, tag.path, len(tag.stories))
        for n, chunk in enumerate(_chunks(tag.stories, r.site.config.per_page), 1):
            outs.append(tag_page_output(r, count, n, chunk, sources))
    return outs


def search_months(r: Renderer) -> tuple[str, ...]:
    """The months with articles, newest first: one search bundle each (search.index_shards)."""
    return tuple(sorted({s.article.date[:7] for s in r.site.stories}, reverse=True))


def search_output(r: Renderer) -> Output:
    """/search/: Pagefind's own UI over the newest month's bundle, the other months merged in."""
    return r.page("search/index.html", "search.html", r.all_sources, months=search_months(r),
                  meta=r.meta("搜索", "search/"))


def newest_stories(stories: list[Story]) -> list[Story]:
    """The feed's stories: the newest FEED_SIZE, newest first."""
    return sorted(stories, key=lambda s: (-int(s.article.date.replace("-", "")), s.article.page,
                                          s.article.order, s.article.source))[:FEED_SIZE]


def feed_output(r: Renderer, newest: list[Story], publication: str) -> Output:
    entries = tuple((r.stories[s.key], r.feed_id(s.path)) for s in newest)
    return r.page("feed.xml", "feed.xml", tuple(s.article.source for s in newest), entries=entries,
                  publication=publication, feed_id=r.feed_id(""),
                  updated=newest[0].article.date if newest else "1970-01-01")


def feed_publication(site: Site) -> str:
    return site.config.publication or (site.issues[-1].publication if site.issues else site.config.title)


def sitemap_output(r: Renderer, html_paths: list[str]) -> Output:
    paths = sorted(p[: -len("index.html")] for p in html_paths if p.endswith("index.html"))
    return r.page("sitemap.xml", "sitemap.xml", r.all_sources, paths=tuple(paths))


def misc_outputs(r: Renderer, html_paths: list[str]) -> list[Output]:
    """404, feed, sitemap, robots. html_paths: every page written so far, for the sitemap."""
    return [
        r.page("404.html", "404.html", (), absolute=True, meta=r.meta("页面未找到", "404.html")),
        feed_output(r, newest_stories(r.site.stories), feed_publication(r.site)),
        sitemap_output(r, html_paths),
        r.page("robots.txt", "robots.txt", ()),
    ]
