import re
import shutil
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from shuzibao.errors import InputError
from shuzibao.markdown_io import read_article
from shuzibao.render import render_site

from .sitecheck import parse_page, serve

FIXTURE = Path(__file__).parent / "fixtures" / "site"
ARTICLES = FIXTURE / "articles"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "output"
    render_site(ARTICLES, out, base_url="/shuzibao/")
    return out


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def test_every_link_resolves_under_a_sub_path(subpath_site: Path):
    articles = [p for p in ARTICLES.rglob("*.md") if p.name != "REPORT.md"]
    titles = Counter(read_article(p).title for p in articles)
    with serve(subpath_site, "/shuzibao/") as host:
        start = [f"{host}/shuzibao/", f"{host}/shuzibao/404.html"]
        queue, seen, html_pages, h1_titles = list(start), set(start), {}, []
        broken = []
        while queue:
            url = queue.pop()
            status, body = fetch(url)
            if status != 200:
                broken.append(url)
                continue
            if not url.endswith("/") and not url.endswith(".html"):
                continue
            page = parse_page(body.decode("utf-8"))
            html_pages[url] = page
            h1_titles.append("".join(page.h1_text).strip())
            for ref in page.refs:
                target = urljoin(url, ref).split("#", 1)[0]
                if urlsplit(target).netloc != urlsplit(host).netloc:
                    pytest.fail(f"{url} refers to another host: {ref}")
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        assert not broken, f"broken links: {broken}"
        assert fetch(f"{host}/shuzibao/assets/style.css")[0] == 200
        assert fetch(f"{host}/assets/style.css")[0] == 404  # the server really enforces the sub-path

        feed = ET.fromstring(fetch(f"{host}/shuzibao/feed.xml")[1])
        feed_links = [e.get("href") for e in feed.iter(f"{ATOM}link")]
        assert len(feed.findall(f"{ATOM}entry")) == len(articles)
        sitemap = ET.fromstring(fetch(f"{host}/shuzibao/sitemap.xml")[1])
        locs = [e.text for e in sitemap.iter(f"{SITEMAP}loc")]
        for link in feed_links + locs:
            assert link.startswith("/shuzibao/")
            assert fetch(host + link)[0] == 200, link

    for url, page in html_pages.items():
        assert page.lang == "zh-CN", url
        assert page.h1 == 1, f"{url} has {page.h1} <h1>"
    article_urls = [u for u in html_pages if re.search(r"/shuzibao/\d{4}/\d\d/\d\d/\d\d/[a-z0-9-]+/$", u)]
    assert len(article_urls) == len(articles)
    for title, count in titles.items():  # each article file has exactly one page of its own
        assert h1_titles.count(title) == count, title
    assert any(u.endswith("/archive/page/2/") for u in html_pages)
    assert {f"{host}/shuzibao/tags/shan-xi/", f"{host}/shuzibao/tags/shan-xi-2/"} <= set(html_pages)


def test_article_page_has_metadata_and_ruby(subpath_site: Path):
    page = subpath_site / "2020/08/11/01/tang-chu-zhuan-xing-fa-zhan-xin-lu-guan-jian-zai-hen-zhua/index.html"
    html = page.read_text(encoding="utf-8")
    assert '<link rel="canonical" href="/shuzibao/2020/08/11/01/tang-chu' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2020-08-11T00:00:00+08:00">' in html
    assert '<meta property="article:section" content="要闻">' in html
    assert '<meta property="article:tag" content="山西">' in html
    assert '"@type": "NewsArticle"' in html and '"datePublished": "2020-08-11T00:00:00+08:00"' in html
    assert html.count("data-pagefind-body") == 1
    assert 'data-pagefind-filter="日期"' in html and 'data-pagefind-filter="版面"' in html
    body = html.split('<div class="body">', 1)[1]
    assert body.count("<rt>tāng</rt>") == 1  # 蹚 on its first appearance only
    assert "<ruby>" not in html.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert "上一篇" not in html and "下一篇" in html  # first article of the edition


def test_home_is_the_latest_edition_and_links_work_from_file(subpath_site: Path):
    home = (subpath_site / "index.html").read_text(encoding="utf-8")
    assert "2020年8月12日" in home and "第01版：要闻" in home
    assert 'href="assets/style.css"' in home  # relative: also opens from file://
    assert "前一期" in home and "后一期" not in home
    assert 'action="search/"' in home
    not_found = (subpath_site / "404.html").read_text(encoding="utf-8")
    assert 'href="/shuzibao/assets/style.css"' in not_found  # served at any depth: absolute links


def test_two_renders_are_byte_identical(tmp_path: Path):
    # Pagefind names its index files by a hash that differs from run to run: the pages themselves must not.
    render_site(ARTICLES, tmp_path / "a", base_url="/x/", search=False)
    render_site(ARTICLES, tmp_path / "b", base_url="/x/", search=False)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) > 30
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


HOSTILE = "<script>alert(1)</script> {{ 7*7 }} {% if %} **bold**"


def _one_article_site(tmp_path: Path, front: str, body: str) -> Path:
    folder = tmp_path / "content" / "articles" / "2021-01-02"
    folder.mkdir(parents=True)
    (folder / "01-01.md").write_text(f"---\n{front}date: '2021-01-02'\npage: 1\norder: 1\n---\n\n{body}\n",
                                     encoding="utf-8")
    return tmp_path / "content" / "articles"


def test_untrusted_text_shows_literally(tmp_path: Path):
    from shuzibao.markdown_io import escape_markdown
    quoted = HOSTILE.replace("'", "''")
    front = f"title: '{quoted}'\nkicker: '{quoted}'\ncaptions: ['{quoted}']\ntags: ['{quoted}']\n"
    # One paragraph as the cleaner writes it (escaped), one as a careless hand edit (not escaped).
    body = escape_markdown(HOSTILE) + "\n\n" + HOSTILE
    content = _one_article_site(tmp_path, front, body)
    render_site(content, tmp_path / "out")
    pages = [p for p in (tmp_path / "out").rglob("*.html")]
    article = next((tmp_path / "out" / "2021/01/02/01").glob("*/index.html"))
    html = article.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert html.count("</script>") == 1  # only the JSON-LD block closes
    assert "\\u003c/script\\u003e" in html  # the title inside JSON-LD cannot close the block
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4  # h1, kicker, caption, body...
    assert "{{ 7*7 }}" in html and "{% if %}" in html and "49" not in html
    # Escaped page text stays literal; the unescaped hand edit is Markdown, so only it may be bold.
    assert "**bold**" in html.split('<div class="body">', 1)[1] and html.count("<strong>") == 1
    for path in pages + list((tmp_path / "out").glob("*.xml")):
        assert "<script>alert" not in path.read_text(encoding="utf-8"), path
    ET.parse(tmp_path / "out" / "feed.xml")


def test_a_path_in_a_slug_is_rejected(tmp_path: Path):
    content = _one_article_site(tmp_path, "title: 标题\nslug: ../x\n", "正文。")
    with pytest.raises(InputError) as err:
        render_site(content, tmp_path / "out")
    assert "01-01.md" in err.value.path and "slug" in err.value.message
    assert not (tmp_path / "out").exists() and not (tmp_path / "x").exists()


def test_two_explicit_slugs_on_one_url_name_both_files(tmp_path: Path):
    content = _one_article_site(tmp_path, "title: 一\nslug: same\n", "正文。")
    (content / "2021-01-02" / "01-02.md").write_text(
        "---\ntitle: 二\nslug: same\ndate: '2021-01-02'\npage: 1\norder: 2\n---\n\n正文。\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        render_site(content, tmp_path / "out")
    assert "01-02.md" in err.value.path and "01-01.md" in err.value.message


def test_a_failed_build_leaves_the_previous_site(tmp_path: Path):
    content = tmp_path / "content" / "articles"
    shutil.copytree(ARTICLES, content)
    out = tmp_path / "output"
    render_site(content, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (content / "2020-08-12" / "01-03.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        render_site(content, out)
    assert err.value.line is not None and "01-03.md" in err.value.path
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".output")] == []


def test_bad_site_settings_name_file_and_line(tmp_path: Path):
    content = _one_article_site(tmp_path, "title: 标题\n", "正文。")
    (content.parent / "site.yml").write_text("title: 报\nper_page: many\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        render_site(content, tmp_path / "out")
    assert err.value.path.endswith("site.yml") and err.value.line == 2


def test_cli_reports_bad_input_without_a_traceback(tmp_path: Path, capsys):
    import build
    content = _one_article_site(tmp_path, "title: 标题\nslug: Bad Slug\n", "正文。")
    assert build.main(["render", "--content", str(content), "--output", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "01-01.md" in err and "Traceback" not in err


def test_an_article_in_the_wrong_date_folder_is_reported(tmp_path: Path):
    content = _one_article_site(tmp_path, "title: 标题\n", "正文。")
    moved = content / "2021-01-03"
    moved.mkdir()
    (content / "2021-01-02" / "01-01.md").rename(moved / "01-01.md")
    with pytest.raises(InputError) as err:
        render_site(content, tmp_path / "out")
    assert "2021-01-03" in err.value.path and "does not match" in err.value.message


def test_a_full_base_url_makes_canonical_feed_and_sitemap_absolute(tmp_path: Path):
    render_site(ARTICLES, tmp_path / "out", base_url="https://example.org/paper/")
    home = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/paper/">' in home
    assert 'href="archive/"' in home  # links between pages stay relative
    sitemap = ET.parse(tmp_path / "out" / "sitemap.xml")
    assert all(e.text.startswith("https://example.org/paper/") for e in sitemap.iter(f"{SITEMAP}loc"))
    assert "Sitemap: https://example.org/paper/sitemap.xml" in (tmp_path / "out" / "robots.txt").read_text()


def test_tags_use_the_vocabulary(subpath_site: Path):
    assert not (subpath_site / "tags" / "gong-zuo").exists()  # 工作 is on the stop list
    assert not (subpath_site / "tags" / "lv-liang-shi").exists()  # 吕梁市 is an alias of 吕梁
    lv_liang = (subpath_site / "tags" / "lv-liang" / "index.html").read_text(encoding="utf-8")
    assert "2020年8月12日" in lv_liang  # newest first, one story a page (per_page: 1)
    assert (subpath_site / "tags" / "lv-liang" / "page" / "4" / "index.html").exists()
    index = (subpath_site / "tags" / "index.html").read_text(encoding="utf-8")
    assert index.index("<h2>人物</h2>") < index.index("<h2>地点</h2>") < index.index("<h2>机构</h2>")
    assert index.index(">山西<") < index.index(">陕西<")


def test_the_pager_shows_the_ends_and_the_pages_around_this_one():
    """Each page of a long listing links to the first and last pages and two either side of its
    own, not to every page: a decade's tag pages would otherwise grow with the square of it."""
    from shuzibao.render import Renderer

    def shown(number: int, total: int) -> list[str]:
        pager = Renderer.pager(None, "tags/x/", number, total)
        return [link.label if link else "…" for link in pager.pages]

    assert shown(250, 500) == ["1", "…", "248", "249", "250", "251", "252", "…", "500"]
    assert shown(1, 500) == ["1", "2", "3", "…", "500"]
    assert shown(4, 6) == ["1", "2", "3", "4", "5", "6"]
    assert shown(1, 1) == ["1"]
    pager = Renderer.pager(None, "tags/x/", 2, 3)
    assert (pager.prev.path, pager.next.path) == ("tags/x/", "tags/x/page/3/")
    assert [link.current for link in pager.pages] == [False, True, False]
