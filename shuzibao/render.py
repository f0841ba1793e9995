"""Site -> the list of outputs (path + how to make it), then the writer writes them.

Rendering is deterministic: no clock, every list sorted, so two builds give identical bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, Template
from jinja2.runtime import Context, Macro
from markupsafe import Markup
from markupsafe import _escape_inner as escape_characters  # escape's own: the text without its Markup

from . import pages, paths
from .bodies import BodyStore, StoredHTML
from .collect import Issue, Page, Site, Story
from .log import Log
from .views import Link, Meta, Pager, StoryView, Urls, date_label, page_path, published_time
from .writer import Output

PAGER_REACH = 2
ALL_ARTICLES = "*"  # the sources of a page made from every article (incremental.suspects_of)


class PageContext(Context):
    """Jinja's template context, calling `url(...)` straight. Context.call first asks a callable
    whether it wants the context or environment passed in (two failing attribute lookups and a
    bound method each time); a page makes about twenty links and Urls wants neither, so that
    asking was a sixth of the time a page takes to render. A template's macros (a teaser per
    story listed) want neither either. Other calls go through Jinja as usual."""

    def call(__self, __obj, *args, **kwargs):  # Jinja's names: a keyword argument may be called self
        if type(__obj) is Urls or type(__obj) is Macro:
            kwargs.pop("_block_vars", None)  # what Jinja adds to calls inside blocks and loops
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


def escape_text(value: object) -> str:
    """markupsafe.escape(value) as a plain str: the same characters, without the Markup object
    escape wraps them in. Where a template prints a value, what it prints is joined into the page
    at once, so the Markup is thrown away; making one for each of a page's sixty-odd values (the
    body's thousands of characters copied into it) was a fifth of the time a page takes."""
    if type(value) is str:
        return escape_characters(value)
    if hasattr(value, "__html__"):
        html = value.__html__()
        return html if isinstance(html, str) else str(Markup(html))
    return escape_characters(str(value))


class PageTemplate(Template):
    """A template whose printed values go through escape_text. Jinja's compiled templates call
    the `escape` of their own module only where a value is printed (a macro's or a block's
    output is still made Markup by Jinja), so replacing it there changes no byte of a page."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):
        template = super().from_code(environment, code, globals, uptodate)
        template.root_render_func.__globals__["escape"] = escape_text  # the module's namespace
        # Jinja's globals are a ChainMap over the environment's, copied key by key through Python
        # twice for every page it renders; a plain dict of the same is copied at C speed. The
        # environment's globals are never changed after make_env, so nothing is missed.
        template.globals = dict(template.globals)
        return template


def make_env(bytecode_folder: Path | None = None) -> Environment:
    """bytecode_folder: where compiled templates are kept between builds (compiling them all
    takes longer than a correction's pages; Jinja checks each against its source)."""
    cache = None
    if bytecode_folder is not None:
        bytecode_folder.mkdir(parents=True, exist_ok=True)
        cache = FileSystemBytecodeCache(str(bytecode_folder))
    env = Environment(loader=FileSystemLoader(str(paths.TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, bytecode_cache=cache,
                      auto_reload=False)  # one build, one set of templates: no stat per page
    env.filters["published"] = published_time
    env.context_class = PageContext
    env.template_class = PageTemplate
    return env


def jsonld(data: dict) -> Markup:
    """JSON for a <script> block: '<', '>' and '&' as \\u escapes so text cannot close the block."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)


class Renderer:
    """Makes the outputs of a site. `site` may hold only some of the editions (a correction's):
    tag_paths then names every tag's path, and view_issue adds the views of other editions."""

    def __init__(self, site: Site, store: BodyStore, bytecode_folder: Path | None = None,
                 tag_paths: dict[str, str] | None = None):
        self.site = site
        self.env = make_env(bytecode_folder)
        self.base = site.config.base_url
        self.store = store
        self.templates = template_digests()
        # Settings every page sees; with the template's digest, the start of every fingerprint.
        self.settings = repr(site.config)
        self.tag_paths = {t.name: t.path for t in site.tags} if tag_paths is None else tag_paths
        self.stories: dict[tuple, StoryView] = {}
        self._tag_links: dict[str, Link] = {}
        self._last_sources: tuple = ((), "", ())  # (sources as given, template, as recorded): see page()
        for issue in site.issues:
            self.view_issue(issue)

    def view_issue(self, issue: Issue) -> None:
        """One view per article, shared by every page showing it."""
        for page in issue.pages:
            link = Link(page.path, page.label)
            for story in page.stories:
                self.stories[story.key] = self.story_view(story, page, link)

    # --- view models -------------------------------------------------------------------------

    def story_view(self, story: Story, page: Page, page_link: Link | None = None) -> StoryView:
        a = story.article
        return StoryView(
            path=story.path, title=a.title, kicker=a.kicker, subtitle=a.subtitle, byline=a.byline,
            authors=a.authors, date=a.date, date_label=date_label(a.date),
            page=page_link or Link(page.path, page.label), lead=story.lead,
            body_html=StoredHTML(story.body, self.store), captions=a.captions,
            tags=tuple(self.tag_link(t) for t in story.tags))

    def tag_link(self, name: str) -> Link:
        """A tag's link, one object however many stories carry it (a story view's repr is the same)."""
        link = self._tag_links.get(name)
        if link is None:
            link = self._tag_links[name] = Link(self.tag_paths[name], name)
        return link

    def meta(self, title: str, canonical: str, description: str = "") -> Meta:
        return Meta(title=title, description=description or self.site.config.title,
                    canonical=self.base + canonical)

    def article_meta(self, story: Story, issue: Issue, page: Page) -> Meta:
        view = self.stories[story.key]
        a = story.article
        authors = [{"@type": "Person", "name": name} for name in a.authors] or \
                  [{"@type": "Organization", "name": a.byline or issue.publication}]
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "datePublished": published_time(a.date), "author": authors,
                "publisher": {"@type": "Organization", "name": issue.publication},
                "articleSection": page.name or page.label, "mainEntityOfPage": self.base + story.path}
        if story.tags:
            data["keywords"] = list(story.tags)
        return Meta(title=f"{a.title} - {self.site.config.title}", description=view.lead,
                    canonical=self.base + story.path, og_type="article", published=published_time(a.date),
                    section=page.name or page.label, tags=story.tags, jsonld=jsonld(data))

    # --- outputs -------------------------------------------------------------------------------

    def page(self, path: str, template: str, sources: tuple[str, ...], absolute: bool = False,
             lazy: Callable[..., dict] | None = None, derived: Callable[..., dict] | None = None,
             args: tuple = (), **context) -> PagePlan:
        """An HTML or XML output; links inside it are relative to its folder unless absolute.

        `lazy(renderer, *args)` gives the rest of the context, worked out each time the page is
        fingerprinted or made: a build lists every page before it makes any, and the views of
        100,000 articles' pages held until then took a third of a gigabyte. `derived(renderer,
        *args)` gives values worked out only when the page is made, from the context and the
        settings alone (so that the fingerprint covers them)."""
        return PagePlan(self, path, self._with_template(template, sources), template, absolute,
                        context or None, lazy, derived, args)

    def _with_template(self, template: str, sources: tuple[str, ...]) -> tuple[str, ...]:
        """The template, then the sources. Every page of a tag is made from all its stories, so
        the pages of one tag, made one after another, share one tuple: a copy for each page grew
        with the square of the archive (half a gigabyte at 100,000 articles)."""
        given, last_template, recorded = self._last_sources
        if sources is not given or template != last_template:
            recorded = (f"templates/{template}", *sources)
            self._last_sources = (sources, template, recorded)
        return recorded

    def _render(self, template: str, urls: Urls, context: dict) -> bytes:
        text = self.env.get_template(template).render(url=urls, site=self.site.config, **context)
        return text.encode("utf-8")

    def _fingerprint(self, template: str, urls: Urls, context: dict) -> str:
        """Everything _render uses, as text: view models are frozen dataclasses with exact reprs,
        and a body is represented by its key, so the fingerprint changes exactly when the page may."""
        text = f"{self.templates[template]}\n{self.settings}\n{urls!r}\n{context!r}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def outputs(self) -> list[Output]:
        outs = [*pages.edition_outputs(self), *pages.article_outputs(self), *pages.archive_outputs(self),
                *pages.tag_outputs(self), pages.search_output(self)]
        outs += [*pages.misc_outputs(self, [o.path for o in outs]), *asset_outputs()]
        for name in self.templates:  # compiled once here, not in each worker that makes pages
            self.env.get_template(name)
        return sorted(outs, key=lambda o: o.path)

    def story_sources(self, stories: list[Story]) -> tuple[str, ...]:
        return tuple(s.article.source for s in stories)

    # A page made from every article (archive, tag index, sitemap) names them all with this.
    all_sources = (ALL_ARTICLES,)

    def pager(self, base_path: str, number: int, total: int) -> Pager:
        """Links to the first and last pages and to the two either side of this one; None stands
        for the pages left out. A tag of a decade has thousands of pages: listing every one on
        each would make the pages grow with the square of the archive."""
        shown = sorted({1, total, *range(max(1, number - PAGER_REACH), min(total, number + PAGER_REACH) + 1)})
        links: list[Link | None] = []
        for n in shown:
            if links and links[-1] is not None and n > int(links[-1].label) + 1:
                links.append(None)
            links.append(Link(page_path(base_path, n), str(n), n == number))
        prev = Link(page_path(base_path, number - 1), str(number - 1)) if number > 1 else None
        after = Link(page_path(base_path, number + 1), str(number + 1)) if number < total else None
        return Pager(number=number, total=total, prev=prev, next=after, pages=tuple(links))

    def feed_id(self, path: str) -> str:
        """Stable entry ids: from the site path, so moving the site to another base keeps them."""
        import uuid  # only a page with a feed's ids needs it (it loads the platform module)
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'shuzibao:' + path)}"


class PagePlan(Output):
    """One page of the site, made by rendering its template: what it is made from, held until it
    is asked for. A build lists every page before it makes any, so a plan is kept small: the
    functions that work out its context and the arguments they share, not a closure each (those,
    with the Output and bound methods they took, were 0.9 KB a page)."""

    __slots__ = ("renderer", "template", "absolute", "context", "lazy", "derived", "args")
    # The context the last plan worked out, with that plan: a page is fingerprinted and then made
    # (or made and then fingerprinted), one page after the other, and works it out once.
    _last: tuple = (None, {})
    _no_context: dict = {}  # shared by the plans given none (most: theirs is worked out lazily)

    def __init__(self, renderer: Renderer, path: str, sources: tuple[str, ...], template: str, absolute: bool,
                 context: dict | None, lazy: Callable[..., dict] | None, derived: Callable[..., dict] | None,
                 args: tuple):
        self.path, self.sources = path, sources
        self.renderer, self.template, self.absolute = renderer, template, absolute
        self.context, self.lazy, self.derived, self.args = context, lazy, derived, args

    def _context(self) -> dict:
        given = self.context or PagePlan._no_context
        if self.lazy is None:
            return given
        plan, context = PagePlan._last
        if plan is not self:
            context = {**given, **self.lazy(self.renderer, *self.args)}
            PagePlan._last = (self, context)
        return context

    def _urls(self) -> Urls:
        folder = self.path.rsplit("/", 1)[0] + "/" if "/" in self.path else ""
        return Urls(self.renderer.base, None if self.absolute else folder)

    def make(self) -> bytes:
        context = self._context()
        if self.derived is not None:
            context = {**context, **self.derived(self.renderer, *self.args)}
        return self.renderer._render(self.template, self._urls(), context)

    def fingerprint(self) -> str:
        return self.renderer._fingerprint(self.template, self._urls(), self._context())


def asset_outputs() -> list[Output]:
    outs = []
    for path in sorted(p for p in paths.ASSETS.rglob("*") if p.is_file()):
        rel = path.relative_to(paths.ASSETS.parent).as_posix()
        outs.append(Output(path=rel, make=path.read_bytes, sources=(rel,),
                           fingerprint=partial(_file_digest, path)))
    return outs


def _file_digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


_TEMPLATE_USES_RE = re.compile(r"""{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")


def template_digests() -> dict[str, str]:
    """Per template, a digest of it and of every template it extends, imports or includes."""
    texts = {p.relative_to(paths.TEMPLATES).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted(paths.TEMPLATES.rglob("*")) if p.is_file()}

    def uses(name: str, seen: set[str]) -> set[str]:
        seen.add(name)
        for used in _TEMPLATE_USES_RE.findall(texts.get(name, "")):
            if used not in seen:
                uses(used, seen)
        return seen

    digests = {}
    for name in texts:
        h = hashlib.sha1()
        for used in sorted(uses(name, set())):
            h.update(f"{used}\0{texts.get(used, '')}\0".encode())
        digests[name] = h.hexdigest()
    return digests


def render_site(content: Path, output: Path, base_url: str | None = None, log: Log | None = None,
                jobs: int | None = None, search: bool = True) -> int:
    """Collect the content, render what changed since the last build (everything the first time),
    index it for search when anything changed (unless search is False), and put it in place
    atomically; returns the number of files in the site (the search bundle not included)."""
    from .sitebuild import render_site as render  # kept light: see sitebuild
    return render(content, output, base_url=base_url, log=log, jobs=jobs, search=search)
