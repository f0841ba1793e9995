"""The built sample site in a real browser (Debian's chromium via Playwright), served under the
sub-path /shuzibao/: a reader's walk through the site at phone and desktop widths, with axe-core
on every page and screenshots in output-test/, and full-text search with Pagefind."""

import re
import shutil

import pytest

from shuzibao.log import Log
from shuzibao.pipeline import clean_all
from shuzibao.render import render_site

from .browser import (
    ROOT,
    WIDTHS,
    axe_violations,
    fresh_screenshots,
    launch,
    require_browser,
    screenshot,
)
from .sitecheck import serve

BASE = "/shuzibao/"
OLDER_EDITION = "2020-07-15"
ARTICLE_URL = re.compile(r"/shuzibao/\d{4}/\d\d/\d\d/\d\d/[a-z0-9-]+/$")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """The sample edition built as `make site` builds it (clean, render, index), then served."""
    require_browser()
    work = tmp_path_factory.mktemp("browser-site")
    for settings in (ROOT / "content").glob("*.yml"):  # site.yml, tags.yml, pinyin.yml beside the articles
        shutil.copy(settings, work / settings.name)
    quiet = Log(quiet=True)
    clean_all(ROOT / "content" / "raw", work / "articles", log=quiet)
    # An earlier month, so that the search page merges two monthly bundles.
    (work / "articles" / OLDER_EDITION).mkdir()
    (work / "articles" / OLDER_EDITION / "01-01.md").write_text(
        f"---\ntitle: 市档案馆完成馆藏报纸数字化\ndate: '{OLDER_EDITION}'\npage: 1\norder: 1\n---\n\n"
        "本报讯 市档案馆近日完成馆藏报纸数字化，读者可在网上查阅往年的报纸。\n", encoding="utf-8")
    render_site(work / "articles", work / "output", base_url=BASE, log=quiet)
    fresh_screenshots()
    with serve(work / "output", BASE) as host:
        yield host + BASE


@pytest.fixture(scope="module")
def browser(site_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


class Visit:
    """One browser tab that records what a reader would not notice but should not happen:
    script errors, failed requests, sideways scrolling, accessibility violations."""

    def __init__(self, browser, width: int, name: str, color_scheme: str = "light"):
        self.context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN",
                                           color_scheme=color_scheme)
        self.page = self.context.new_page()
        self.name = name
        self.problems: list[str] = []
        self.page.on("pageerror", lambda exc: self.problems.append(f"script error: {exc}"))
        self.page.on("response", self._note_failed_request)

    def _note_failed_request(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"{response.status} {response.url}")

    def check(self, step: str) -> None:
        """Screenshot the page as it is now and note its layout and accessibility problems."""
        page = self.page
        page.wait_for_load_state("load")
        shot = screenshot(page, f"{self.name}-{step}")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot  # what a person reviews the layout by
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            self.problems.append(f"{step}: {overflow}px wider than the window ({page.url})")
        self.problems += [f"{step}: {v}" for v in axe_violations(page)]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, request):
    opened: list[Visit] = []

    def open_visit(width: int, name: str, color_scheme: str = "light") -> Visit:
        opened.append(Visit(browser, width, name, color_scheme))
        return opened[-1]

    yield open_visit
    for v in opened:
        v.close()


def h1(page) -> str:
    return page.locator("h1").inner_text().strip()


@pytest.mark.parametrize("device", WIDTHS)
def test_a_reader_walks_from_home_to_article_tag_and_edition(site_url, visit, device):
    v = visit(WIDTHS[device], device)
    page = v.page
    page.goto(site_url)
    assert "2020年8月11日" in h1(page)
    v.check("1-home")

    first = page.locator(".stories .teaser-title a").first
    first_title = first.inner_text().strip()
    first.click()
    page.wait_for_url(ARTICLE_URL)
    assert h1(page) == first_title
    v.check("2-article")

    following = page.locator(".story-steps a[rel=next]")
    next_title = following.inner_text().removeprefix("下一篇：").strip()
    first_url = page.url
    following.click()
    page.wait_for_url(lambda url: url != first_url and ARTICLE_URL.search(url) is not None)
    assert h1(page) == next_title
    v.check("3-next-article")

    tag = page.locator("nav.tags a").first
    tag_name = tag.inner_text().strip()
    tag.click()
    page.wait_for_url(re.compile(r"/shuzibao/tags/[a-z0-9-]+/$"))
    assert h1(page) == tag_name
    assert next_title in page.locator(".stories").inner_text()
    v.check("4-tag")

    page.locator(".stories .dateline a").first.click()
    page.wait_for_url(re.compile(r"/shuzibao/2020/08/11/\d\d/$"))
    assert "2020年8月11日" in h1(page)
    assert next_title in page.locator(".stories").inner_text()
    v.check("5-edition")
    assert not v.problems, "\n".join(v.problems)


def wait_for_search(page) -> str:
    """Pagefind's status line once the search has finished (it says 正在搜索 while it runs) and
    every listed result has loaded (until then a result is a grey .pagefind-ui__loading bar)."""
    message = page.locator(".pagefind-ui__message")
    page.wait_for_function(
        "() => { const m = document.querySelector('.pagefind-ui__message');"
        " return m && /找到/.test(m.textContent) && !/正在搜索/.test(m.textContent)"
        " && !document.querySelector('.pagefind-ui__loading'); }")
    return message.inner_text().strip()


def result_titles(page) -> list[str]:
    return [t.strip() for t in page.locator(".pagefind-ui__result-title").all_inner_texts()]


def test_the_search_box_finds_the_editorial_with_date_page_and_highlight(site_url, visit):
    v = visit(WIDTHS["desktop"], "search")
    page = v.page
    page.goto(site_url)
    page.fill("#search-q", "蹚出")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile(r"/shuzibao/search/\?q="))
    assert "找到" in wait_for_search(page)
    titles = result_titles(page)
    assert "蹚出转型发展新路关键在狠抓落实" in titles
    result = page.locator(".pagefind-ui__result").first
    tags = result.locator(".pagefind-ui__result-tag").all_inner_texts()
    assert any("2020年8月11日" in t for t in tags) and any("版" in t for t in tags), tags
    assert "蹚" in result.locator(".pagefind-ui__result-excerpt mark").first.inner_text()
    v.check("1-results")

    title = result.locator(".pagefind-ui__result-link").inner_text().strip()
    result.locator(".pagefind-ui__result-link").click()
    page.wait_for_url(ARTICLE_URL)  # result links carry the sub-path
    assert h1(page) == title
    assert not v.problems, "\n".join(v.problems)


@pytest.mark.parametrize(("query", "expected", "first"), [
    ("直播带货", "方山：干部网红齐上阵 线上线下齐发力", False),
    ("大数据", "提升大数据应用水平 推动高质量转型发展", True),
])
def test_search_lists_the_matching_article(site_url, visit, query, expected, first):
    v = visit(WIDTHS["desktop"], f"search-{query}")
    v.page.goto(f"{site_url}search/?q={query}")
    wait_for_search(v.page)
    titles = result_titles(v.page)
    assert (titles[:1] == [expected]) if first else (expected in titles), titles
    assert not v.problems, "\n".join(v.problems)


def test_search_finds_an_article_of_another_month(site_url, visit):
    """Each month has its own search bundle; the search page merges them."""
    v = visit(WIDTHS["desktop"], "search-older-month")
    v.page.goto(f"{site_url}search/?q=档案馆")
    wait_for_search(v.page)
    assert result_titles(v.page) == ["市档案馆完成馆藏报纸数字化"]
    v.page.locator(".pagefind-ui__result-link").click()
    v.page.wait_for_url(re.compile(r"/shuzibao/2020/07/15/01/[a-z0-9-]+/$"))
    assert h1(v.page) == "市档案馆完成馆藏报纸数字化"
    assert not v.problems, "\n".join(v.problems)


def test_a_search_with_no_match_says_so(site_url, visit):
    v = visit(WIDTHS["phone"], "search-none")
    v.page.goto(f"{site_url}search/?q=火星探测器")
    assert wait_for_search(v.page) == "没有找到与“火星探测器”相关的文章"
    assert result_titles(v.page) == []
    v.check("no-results")
    assert not v.problems, "\n".join(v.problems)


def test_dark_mode_passes_axe_too(site_url, visit):
    """The stylesheet has a dark palette (prefers-color-scheme): its contrast is checked as well."""
    v = visit(WIDTHS["phone"], "dark", color_scheme="dark")
    v.page.goto(site_url)
    v.check("1-home")
    v.page.locator(".stories .teaser-title a").nth(1).click()
    v.page.wait_for_url(ARTICLE_URL)
    v.check("2-article")
    v.page.goto(f"{site_url}search/?q=大数据")
    wait_for_search(v.page)
    v.check("3-search")
    assert not v.problems, "\n".join(v.problems)
