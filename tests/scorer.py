"""Score a clean run against gold articles, article by article.

    python tests/scorer.py OUR_DIR GOLD_DIR     (e.g. content/articles/2020-08-11 tests/fixtures/gold/2020-08-11)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from shuzibao.markdown_io import read_article  # noqa: E402
from shuzibao.model import Article  # noqa: E402


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\\", ""))


def _break_offsets(paragraphs: list[str]) -> set[int]:
    """Character offsets (whitespace ignored) where a paragraph ends inside the body."""
    offsets, pos = set(), 0
    for p in paragraphs[:-1]:
        pos += len(_squash(p))
        offsets.add(pos)
    return offsets


def aligned(offsets: set[int], ours: str, truth: str) -> set[int]:
    """Our offsets moved onto the truth text, so that one glyph we could not restore does not
    shift every later break (an offset in text the truth does not have is a sure miss)."""
    if ours == truth:
        return offsets
    blocks = SequenceMatcher(None, ours, truth, autojunk=False).get_matching_blocks()
    out = set()
    for k in offsets:
        for a, b, size in blocks:
            if a <= k <= a + size:
                out.add(b + (k - a))
                break
        else:
            out.add(-1 - k)
    return out


def _space_positions(paragraphs: list[str]) -> set[int]:
    """Offsets (in whitespace-free text) of each space inside paragraphs."""
    out, pos = set(), 0
    for p in paragraphs:
        for ch in p.replace("\\", ""):
            if ch.isspace():
                out.add(pos)
            else:
                pos += 1
    return out


@dataclass
class ArticleScore:
    gold: str
    ours: str | None
    headline_ok: bool = True
    headline_diff: str = ""
    body_equal: bool = False
    tp: int = 0
    fp: int = 0
    fn: int = 0
    stray_spaces: int = 0
    missing_spaces: int = 0
    glyphs_gold: int = 0
    glyphs_ours: int = 0


@dataclass
class Score:
    articles: list[ArticleScore] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(1 for a in self.articles if a.ours)

    @property
    def break_f1(self) -> float:
        tp = sum(a.tp for a in self.articles)
        fp = sum(a.fp for a in self.articles)
        fn = sum(a.fn for a in self.articles)
        return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not (fp or fn) else 0.0)

    def lines(self) -> list[str]:
        out = [f"articles found {self.found}/{len(self.articles)}, spurious {len(self.spurious)}",
               f"paragraph-break F1 {self.break_f1:.3f}"]
        for a in self.articles:
            out.append(f"- {a.gold[:20]}: matched={bool(a.ours)} headline={'ok' if a.headline_ok else a.headline_diff} "
                       f"body_equal={a.body_equal} breaks tp/fp/fn={a.tp}/{a.fp}/{a.fn} "
                       f"stray_spaces={a.stray_spaces} glyphs {a.glyphs_ours}/{a.glyphs_gold}")
        return out


def _similarity(a: Article, b: Article) -> float:
    return SequenceMatcher(None, _squash(a.body)[:400], _squash(b.body)[:400], autojunk=False).ratio()


def score(ours: list[Article], gold: list[Article], glyph: str = "蹚") -> Score:
    result = Score()
    unused = list(ours)
    for g in gold:
        best = max(unused, key=lambda o: _similarity(o, g), default=None)
        if best is None or _similarity(best, g) < 0.5:
            result.articles.append(ArticleScore(g.title, None))
            continue
        unused.remove(best)
        s = ArticleScore(g.title, best.title)
        if not g.title_generated:
            for key in ("title", "kicker", "subtitle"):
                if getattr(g, key) != getattr(best, key):
                    s.headline_ok = False
                    s.headline_diff += f"{key}: {getattr(best, key)!r} != {getattr(g, key)!r}; "
        s.body_equal = _squash(best.body) == _squash(g.body)
        ours_text, gold_text = _squash(best.body), _squash(g.body)
        ob, gb = aligned(_break_offsets(best.paragraphs), ours_text, gold_text), _break_offsets(g.paragraphs)
        s.tp, s.fp, s.fn = len(ob & gb), len(ob - gb), len(gb - ob)
        os_, gs = aligned(_space_positions(best.paragraphs), ours_text, gold_text), _space_positions(g.paragraphs)
        s.stray_spaces, s.missing_spaces = len(os_ - gs), len(gs - os_)
        s.glyphs_gold = (g.body + g.title).count(glyph)
        s.glyphs_ours = (best.body + best.title).count(glyph)
        result.articles.append(s)
    result.spurious = [o.title for o in unused]
    return result


def load_dir(folder: Path) -> list[Article]:
    return [read_article(p) for p in sorted(folder.glob("*.md")) if p.name != "REPORT.md"]


if __name__ == "__main__":
    print("\n".join(score(load_dir(Path(sys.argv[1])), load_dir(Path(sys.argv[2]))).lines()))
