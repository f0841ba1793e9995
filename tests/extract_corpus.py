"""Regenerate the real-extractor fixtures (tests/fixtures/extracted/).

The corpus articles (tests/corpus) are laid out as newspaper pages in HTML (CSS multi-column
text, justified, first lines indented 2em, headlines larger and sometimes printed after their
body, photo captions, running heads and folios), printed to PDF by Debian's chromium with the
WenQuanYi Micro Hei font, and the PDFs' text is taken out by several real extractors. A glyph
the paper's font lacks is simulated by deleting it from the HTML before printing (sometimes
leaving a space), as a PDF whose font has no such glyph shows nothing there.

    .venv/bin/python tests/extract_corpus.py          (needs chromium, poppler-utils, and the
                                                        extractors pinned in requirements-dev.txt)

Everything random comes from random.Random(SEED), so a rerun gives the same HTML; the extracted
text can change only with the browser, the font or an extractor's version. Writes:

    fixtures/extracted/html/<page>.html            the page as printed
    fixtures/extracted/<extractor>/<page>.txt      what each extractor gave
    fixtures/extracted/expected/<page>/NN.md       the articles on the page, as written
    fixtures/extracted/VERSIONS.txt                the tools that made them
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from damage import CORPUS_DIR, CleanArticle, load_corpus, load_corpus_glyphs  # noqa: E402

OUT = HERE / "fixtures" / "extracted"
SEED = 311
ARTICLES_PER_PAGE = (3, 5)
LACKING_CHANCE = 0.6  # chance the page's font lacks each glyph of the corpus's glyphs.yml
GAP_SPACE = 0.4  # chance a lacking glyph leaves a space
HEADLINE_AFTER = 0.3  # chance an article's headline is printed after its body
DESKS = ("要闻", "综合", "经济", "社会", "文化", "时评")
EDITORS = ("张丽", "王强", "李娜", "赵敏", "刘洋")
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class PagePlan:
    name: str
    articles: tuple[CleanArticle, ...]
    lacking: frozenset[str]


def plan_pages(corpus: list[CleanArticle], glyphs: dict, rng: random.Random) -> list[PagePlan]:
    """Every corpus article once, a few to a page, in a shuffled order."""
    order = list(corpus)
    rng.shuffle(order)
    pages, k = [], 0
    while k < len(order):
        n = rng.randint(*ARTICLES_PER_PAGE)
        lacking = frozenset(g for g in sorted(glyphs) if rng.random() < LACKING_CHANCE)
        pages.append(PagePlan(f"p{len(pages) + 1:02d}", tuple(order[k:k + n]), lacking))
        k += n
    return pages


def _drop_glyphs(text: str, lacking: frozenset[str], rng: random.Random) -> str:
    return "".join((" " if rng.random() < GAP_SPACE else "") if ch in lacking else ch for ch in text)


def _esc(text: str, lacking: frozenset[str], rng: random.Random) -> str:
    return html.escape(_drop_glyphs(text, lacking, rng))


def headline_html(article: CleanArticle, lacking: frozenset[str], rng: random.Random) -> str:
    parts = []
    if article.kicker:
        parts.append(f'<div class="kicker">{_esc(article.kicker, lacking, rng)}</div>')
    parts.append(f'<h2 class="title">{_esc(article.title, lacking, rng)}</h2>')
    if article.subtitle:
        parts.append(f'<div class="subtitle">{_esc(article.subtitle, lacking, rng)}</div>')
    first = article.paragraphs[0] if article.paragraphs else ""
    if article.byline and article.byline not in first:
        parts.append(f'<div class="byline">□ {html.escape(article.byline)}</div>')
    return '<header class="head">' + "".join(parts) + "</header>"


def article_html(article: CleanArticle, lacking: frozenset[str], rng: random.Random) -> str:
    columns = rng.choice((1, 2, 2, 3, 3, 4))
    size = rng.choice((9.5, 10, 10.5, 11))
    body = "".join(f"<p>{_esc(p, lacking, rng)}</p>" for p in article.paragraphs)
    figure = ""
    if article.captions and rng.random() < 0.9:
        caption = _esc(article.captions[0], lacking, rng)
        figure = f'<figure><div class="photo"></div><figcaption>{caption}</figcaption></figure>'
    head = headline_html(article, lacking, rng)
    # A headline printed after the body: on the printed page it may still sit on top (the
    # content stream has it last) or below the text; extractors differ in which order they give.
    after = rng.random() < HEADLINE_AFTER
    placement = rng.choice(("reversed", "below")) if after else "above"
    style = f"font-size:{size}pt;column-count:{columns}"
    text = f'<div class="body" style="{style}">{body}{figure}</div>'
    inner = text + head if after else head + text
    return f'<article class="{placement}">{inner}</article>'


def page_html(plan: PagePlan, rng: random.Random) -> str:
    day = rng.randint(1, 28)
    page_no = int(plan.name[1:])
    desk = rng.choice(DESKS)
    rows, arts = [], list(plan.articles)
    while arts:
        # Two short articles may stand side by side, as on a real page.
        if len(arts) >= 2 and rng.random() < 0.35:
            pair = [article_html(a, plan.lacking, rng) for a in arts[:2]]
            split = rng.choice(("1fr 1fr", "2fr 1fr", "1fr 2fr"))
            rows.append(f'<div class="row" style="grid-template-columns:{split}">{"".join(pair)}</div>')
            arts = arts[2:]
        else:
            rows.append(article_html(arts[0], plan.lacking, rng))
            arts = arts[1:]
    header = (f'<div class="running">河阳日报　2020年8月{day}日　星期{WEEKDAYS[day % 7]}'
              f'<span class="folio">第{page_no:02d}版　{desk}</span></div>')
    footer = (f'<div class="foot">责任编辑：{rng.choice(EDITORS)}　版式：{rng.choice(EDITORS)}'
              f'<span class="folio">{page_no}</span></div>')
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
@page {{ size: 230mm 330mm; margin: 12mm 10mm; }}
body {{ font-family: "WenQuanYi Micro Hei"; margin: 0; color: #000; }}
.running, .foot {{ font-size: 9pt; border-bottom: 1px solid #000; display: flex; justify-content: space-between; }}
.foot {{ border-top: 1px solid #000; border-bottom: 0; margin-top: 6mm; }}
article {{ display: flex; flex-direction: column; margin: 5mm 0; }}
article.reversed {{ flex-direction: column-reverse; }}
.row {{ display: grid; gap: 6mm; }}
.head {{ text-align: center; margin-bottom: 3mm; }}
article.below .head {{ margin: 3mm 0 0; }}
.kicker, .subtitle {{ font-size: 13pt; }}
.title {{ font-size: 22pt; margin: 1mm 0; font-weight: normal; }}
.byline {{ font-size: 10pt; text-align: left; }}
.body {{ column-gap: 5mm; text-align: justify; line-height: 1.45; }}
.body p {{ margin: 0; text-indent: 2em; }}
figure {{ margin: 2mm 0; break-inside: avoid; }}
.photo {{ height: 30mm; background: #bbb; }}
figcaption {{ font-size: 9pt; text-align: justify; }}
</style></head><body>{header}{"".join(rows)}{footer}</body></html>
"""


def print_pdfs(pages: dict[str, str], folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, markup in pages.items():
            page.set_content(markup)
            page.pdf(path=str(folder / f"{name}.pdf"), prefer_css_page_size=True, print_background=True)
        browser.close()


def _pdftotext(pdf: Path, *flags: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, str(pdf), "-"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def _pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(str(pdf))


def _pypdf(pdf: Path) -> str:
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def _pymupdf(pdf: Path) -> str:
    import pymupdf
    with pymupdf.open(str(pdf)) as doc:
        return "".join(page.get_text() for page in doc)


EXTRACTORS = {
    "pdftotext": lambda pdf: _pdftotext(pdf),
    "pdftotext-layout": lambda pdf: _pdftotext(pdf, "-layout"),
    "pdfminer": _pdfminer,
    "pypdf": _pypdf,
    "pymupdf": _pymupdf,
}


def versions() -> str:
    import pdfminer
    import pymupdf
    import pypdf
    chromium = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()
    poppler = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0]
    return "\n".join([chromium, poppler, f"pdfminer.six {pdfminer.__version__}",
                      f"pypdf {pypdf.__version__}", f"pymupdf {pymupdf.__version__}",
                      "font: WenQuanYi Micro Hei (fonts-wqy-microhei)", ""])


def main() -> None:
    rng = random.Random(SEED)
    glyphs = load_corpus_glyphs(CORPUS_DIR)
    plans = plan_pages(load_corpus(CORPUS_DIR), glyphs, rng)
    markup = {plan.name: page_html(plan, rng) for plan in plans}
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "html").mkdir(parents=True)
    for name, text in markup.items():
        (OUT / "html" / f"{name}.html").write_text(text, encoding="utf-8")
    for plan in plans:
        folder = OUT / "expected" / plan.name
        folder.mkdir(parents=True)
        for k, article in enumerate(plan.articles, 1):
            shutil.copyfile(CORPUS_DIR / f"{article.name}.md", folder / f"{k:02d}.md")
        (folder / "lacking.txt").write_text("".join(sorted(plan.lacking)) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        print_pdfs(markup, Path(tmp))
        for extractor, extract in EXTRACTORS.items():
            (OUT / extractor).mkdir()
            for name in markup:
                text = extract(Path(tmp) / f"{name}.pdf")
                (OUT / extractor / f"{name}.txt").write_text(text, encoding="utf-8")
    (OUT / "VERSIONS.txt").write_text(versions(), encoding="utf-8")
    print(f"{len(plans)} pages, {sum(len(p.articles) for p in plans)} articles -> {OUT}")


if __name__ == "__main__":
    main()
