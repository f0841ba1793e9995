"""The Pagefind index the build writes: what goes in, what stays out, and a failing indexer."""

import gzip
import json
import shutil
import sys
from pathlib import Path

import pytest

from shuzibao import search
from shuzibao.errors import InputError
from shuzibao.markdown_io import read_article
from shuzibao.render import render_site

ARTICLES = Path(__file__).parent / "fixtures" / "site" / "articles"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("search") / "output"
    render_site(ARTICLES, out, base_url="/shuzibao/")
    return out


def indexed_pages(site: Path) -> dict[str, dict]:
    """Pagefind's fragments (gzip, a 12-byte signature, then JSON) by page URL."""
    pages = {}
    for path in (site / "pagefind").glob("*/fragment/*"):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd")
        fragment = json.loads(raw[len(b"pagefind_dcd"):])
        pages[fragment["url"]] = fragment
    return pages


def test_only_articles_are_indexed_with_date_and_page(site: Path):
    articles = [read_article(p) for p in ARTICLES.rglob("*.md") if p.name != "REPORT.md"]
    pages = indexed_pages(site)
    assert len(pages) == len(articles)
    assert {p["meta"]["title"] for p in pages.values()} == {a.title for a in articles}
    for url, page in pages.items():
        assert url.startswith("/20") and url.endswith("/"), url  # article URLs from the site root
        assert page["filters"]["日期"][0].replace("-", "/") in url
        assert page["filters"]["版面"][0].startswith("第") and page["meta"]["版面"] == page["filters"]["版面"][0]
        assert page["meta"]["日期"].startswith(page["filters"]["日期"][0][:4] + "年")


def test_indexed_text_is_title_body_and_captions_not_navigation(site: Path):
    editorial = next(p for p in indexed_pages(site).values() if p["meta"]["title"].startswith("蹚出"))
    words = editorial["content"].replace("\u200b", "")  # Pagefind marks word breaks with zero-width spaces
    assert words.startswith("蹚出转型发展新路")
    assert "tāng" not in words  # ruby readings stay out, so 蹚出 is one run of text
    for chrome in ("下一篇", "返回", "标签", "往期回顾", "搜索", "跳到正文"):
        assert chrome not in words, chrome
    captioned = [a for a in (read_article(p) for p in ARTICLES.rglob("*.md") if p.name != "REPORT.md") if a.captions]
    for article in captioned:
        page = next(p for p in indexed_pages(site).values() if p["meta"]["title"] == article.title)
        text = page["content"].replace("\u200b", "").replace(" ", "")
        assert article.captions[0].replace(" ", "")[:10] in text


def test_search_page_loads_the_local_bundles_by_relative_paths(site: Path):
    html = (site / "search" / "index.html").read_text(encoding="utf-8")
    months = sorted((p.name for p in (site / "pagefind").iterdir()), reverse=True)
    assert months == sorted({p.parent.parent.name + "-" + p.parent.name for p in site.glob("20*/*/*")},
                            reverse=True)
    newest = months[0]
    assert f'<script src="../pagefind/{newest}/pagefind-ui.js">' in html
    assert f'href="../pagefind/{newest}/pagefind-ui.css"' in html
    assert 'data-bundles="' + " ".join(f"../pagefind/{m}/" for m in months) + '"' in html
    assert (site / "pagefind" / newest / "pagefind-ui.js").is_file() and (site / "assets" / "search.js").is_file()


def test_a_correction_re_indexes_its_month_only(tmp_path: Path):
    content = tmp_path / "articles"
    shutil.copytree(ARTICLES, content)
    for n, month in enumerate(("2020-07", "2020-06")):  # two more months, each with one edition
        edition = next(p for p in sorted(content.iterdir()) if p.is_dir())
        copy = content / f"{month}-0{n + 1}"
        shutil.copytree(edition, copy)
        for article in copy.glob("*.md"):
            text = article.read_text(encoding="utf-8")
            article.write_text(text.replace(f"date: '{edition.name}'", f"date: '{copy.name}'"), encoding="utf-8")
    out = tmp_path / "output"
    render_site(content, out)
    shards = {p.name: {f: f.stat().st_ino for f in p.rglob("*") if f.is_file()} for p in (out / "pagefind").iterdir()}
    assert sorted(shards) == ["2020-06", "2020-07", "2020-08"]
    article = next(p for p in sorted((content / "2020-07-01").glob("*.md")))
    article.write_text(article.read_text(encoding="utf-8") + "\n编辑补充的一段。\n", encoding="utf-8")
    render_site(content, out)
    after = {p.name: {f: f.stat().st_ino for f in p.rglob("*") if f.is_file()} for p in (out / "pagefind").iterdir()}
    assert after["2020-06"] == shards["2020-06"] and after["2020-08"] == shards["2020-08"]
    assert after["2020-07"] != shards["2020-07"]
    fragments = [gzip.decompress(f.read_bytes()).decode("utf-8").replace("\u200b", "")
                 for f in (out / "pagefind" / "2020-07" / "fragment").iterdir()]
    assert any("编辑补充的一段" in f for f in fragments)


def test_a_failing_indexer_fails_the_build_and_keeps_the_previous_index(tmp_path: Path, monkeypatch):
    content = tmp_path / "articles"
    shutil.copytree(ARTICLES, content)
    out = tmp_path / "output"
    render_site(content, out)
    index_before = {p: p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    article = next(p for p in sorted(content.rglob("*.md")) if p.name != "REPORT.md")
    article.write_text(article.read_text(encoding="utf-8") + "\n编辑补充的一段。\n", encoding="utf-8")
    broken = "import sys; print('Error: disk full', file=sys.stderr); sys.exit(3)"
    monkeypatch.setattr(search, "PAGEFIND", [sys.executable, "-c", broken])
    with pytest.raises(InputError) as err:
        render_site(content, out)
    assert err.value.format() == "pagefind: search index failed (exit 3): Error: disk full"
    # The pages and the index are made together: the previous site stays whole, index included.
    assert {p: p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()} == index_before
    assert not any("编辑补充的一段" in p.read_text(encoding="utf-8") for p in out.rglob("index.html"))
    monkeypatch.undo()
    render_site(content, out)  # the failed build is not taken for done: this one makes both
    assert any("编辑补充的一段" in p.read_text(encoding="utf-8") for p in out.rglob("index.html"))
    assert {p: p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()} != index_before


def test_pages_rendered_without_search_are_indexed_by_the_next_render(tmp_path: Path):
    """render --no-search (and the live preview after an edit) updates the pages only; the next
    render with search indexes the months left behind, even when nothing else changed."""
    content = tmp_path / "articles"
    shutil.copytree(ARTICLES, content)
    out = tmp_path / "output"
    render_site(content, out)
    article = next(p for p in sorted(content.rglob("*.md")) if p.name != "REPORT.md")
    article.write_text(article.read_text(encoding="utf-8") + "\n编辑补充的一段。\n", encoding="utf-8")

    def indexed_text() -> str:
        return "".join(gzip.decompress(f.read_bytes()).decode("utf-8").replace("\u200b", "")
                       for f in (out / "pagefind").glob("*/fragment/*"))

    render_site(content, out, search=False)
    assert any("编辑补充的一段" in p.read_text(encoding="utf-8") for p in out.rglob("index.html"))
    assert "编辑补充的一段" not in indexed_text()
    render_site(content, out, search=False)  # nothing changed, the index still behind
    assert "编辑补充的一段" not in indexed_text()
    render_site(content, out)
    assert "编辑补充的一段" in indexed_text()


def test_the_live_preview_rebuilds_pages_at_once_and_leaves_the_index_to_the_next_render(tmp_path: Path):
    import argparse

    from shuzibao.log import Log
    from shuzibao.serve import rebuild

    content = tmp_path / "articles"
    shutil.copytree(ARTICLES, content)
    out = tmp_path / "output"
    args = argparse.Namespace(raw=str(tmp_path / "no-raw"), content=str(content), output=str(out), base_url=None)
    assert rebuild(args, Log(quiet=True))  # the preview's first build indexes
    assert list((out / "pagefind").glob("*/pagefind-entry.json"))
    index = {p: p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}
    article = next(p for p in sorted(content.rglob("*.md")) if p.name != "REPORT.md")
    article.write_text(article.read_text(encoding="utf-8") + "\n编辑补充的一段。\n", encoding="utf-8")
    assert rebuild(args, Log(quiet=True), search=False)  # what a watched change runs
    assert any("编辑补充的一段" in p.read_text(encoding="utf-8") for p in out.rglob("index.html"))
    assert {p: p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()} == index
