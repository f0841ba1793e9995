"""The cleaner on text real PDF extractors gave for pages it was never tuned on.

tests/extract_corpus.py laid the corpus articles out as newspaper pages (multi-column, justified,
indented, headlines sometimes after their body, captions, running heads, glyphs the font lacks),
printed them to PDF with chromium and extracted the text with pdftotext (default and -layout),
pdfminer.six, pypdf and PyMuPDF; the text and the articles each page holds are fixtures, so this
test needs none of those tools. `python tests/test_extractors.py [-v]` prints the figures.

pdftotext's default mode and pdfminer.six cut multi-column text into bands and give them in an
order that interleaves the columns (a paragraph's end arrives after the next column's start);
reorder_pieces joins a piece that stops mid-sentence to the piece that continues it, where the
text says which that is, but narrow columns (a few characters a line) and pieces that each end
on a sentence give it nothing to go on, so their floors stay low.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from damage import CORPUS_DIR, load_corpus_glyphs  # noqa: E402
from scorer import Score, load_dir, score  # noqa: E402

from shuzibao.clean import clean_page  # noqa: E402
from shuzibao.ingest import normalize_text  # noqa: E402
from shuzibao.model import RawPage  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extracted"
EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfminer", "pypdf", "pymupdf")


@dataclass
class Figures:
    extractor: str
    articles: int = 0
    found: int = 0
    spurious: int = 0
    titles_printed: int = 0
    titles_right: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    bodies_equal: int = 0
    glyphs_gold: int = 0
    glyphs_restored: int = 0
    stray_spaces: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def break_f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def summary(self) -> str:
        return (f"{self.extractor:17} found {self.found}/{self.articles} (spurious {self.spurious}), "
                f"titles {self.titles_right}/{self.titles_printed}, break F1 {self.break_f1:.3f}, "
                f"bodies equal {self.bodies_equal}/{self.found}, "
                f"glyphs {self.glyphs_restored}/{self.glyphs_gold}, stray spaces {self.stray_spaces}")


def add_page(figures: Figures, result: Score, glyph_scores: list[Score], page: str) -> None:
    figures.articles += len(result.articles)
    figures.found += result.found
    figures.spurious += len(result.spurious)
    for a in result.articles:
        if not a.ours:
            figures.misses.append(f"{page} NOT FOUND {a.gold}")
            continue
        figures.titles_printed += 1
        figures.titles_right += a.headline_ok
        if not a.headline_ok:
            figures.misses.append(f"{page} TITLE {a.headline_diff}")
        figures.tp, figures.fp, figures.fn = figures.tp + a.tp, figures.fp + a.fp, figures.fn + a.fn
        figures.bodies_equal += a.body_equal
        if not a.body_equal:
            figures.misses.append(f"{page} BODY {a.gold}")
        figures.stray_spaces += a.stray_spaces
    for glyph_score in glyph_scores:
        for a in glyph_score.articles:
            figures.glyphs_gold += a.glyphs_gold
            figures.glyphs_restored += min(a.glyphs_ours, a.glyphs_gold)
    figures.misses += [f"{page} SPURIOUS {t}" for t in result.spurious]


def measure(extractor: str) -> Figures:
    glyphs = load_corpus_glyphs(CORPUS_DIR)
    figures = Figures(extractor)
    for path in sorted((FIXTURES / extractor).glob("*.txt")):
        page = path.stem
        raw = RawPage(str(path), "2020-08-01", int(page[1:]), normalize_text(path.read_text(encoding="utf-8")))
        ours = clean_page(raw, glyphs).articles
        expected = FIXTURES / "expected" / page
        gold = load_dir(expected)
        lacking = (expected / "lacking.txt").read_text(encoding="utf-8").strip()
        add_page(figures, score(ours, gold), [score(ours, gold, glyph=g) for g in lacking], page)
    return figures


# Floors reached by the cleaner on these fixtures: (found, titles, break F1, bodies, glyphs) as shares.
FLOORS = {
    "pdftotext": (0.82, 0.84, 0.81, 0.44, 0.9),
    "pdftotext-layout": (1.0, 0.73, 0.897, 0.6, 0.82),  # (0.895 when two columns cut across read as verse)
    "pdfminer": (1.0, 0.82, 0.795, 0.23, 0.85),
    "pypdf": (1.0, 0.95, 0.98, 0.93, 0.89),
    "pymupdf": (1.0, 0.95, 0.98, 0.93, 0.89),
}


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_extractor(extractor):
    figures = measure(extractor)
    print(figures.summary())
    found, titles, f1, bodies, glyphs = FLOORS[extractor]
    assert figures.articles == 46
    assert figures.found >= found * figures.articles
    assert figures.titles_right >= titles * figures.titles_printed
    assert figures.break_f1 >= f1
    assert figures.bodies_equal >= bodies * figures.found
    assert figures.glyphs_restored >= glyphs * figures.glyphs_gold


if __name__ == "__main__":
    for name in EXTRACTORS:
        result = measure(name)
        print(result.summary())
        if "-v" in sys.argv:
            print("\n".join("    " + m for m in result.misses))


@pytest.mark.parametrize("extractor", ["pdfminer", "pdftotext", "pdftotext-layout"])
def test_report_names_the_raw_line(extractor):
    """Pages read in another order than given (pieces put back in order, columns read side by
    side): the report still names each dropped fragment, byline and headline by the line of the
    file where its text stands, so the desk finds it there."""
    glyphs = load_corpus_glyphs(CORPUS_DIR)
    for path in sorted((FIXTURES / extractor).glob("p*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        given = [_squeezed(line) for line in text.split("\n")]
        report = clean_page(RawPage(path.name, "2020-01-01", 1, text), glyphs).report
        named = [*report.fragments, *report.bylines]
        assert named, path
        for number, shown in named:
            assert _squeezed(shown)[:4] in given[number - 1], f"{path.name}:{number}: {shown!r} is not there"


def _squeezed(text: str) -> str:
    return "".join(text.split())
