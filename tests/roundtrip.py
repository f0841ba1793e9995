"""Round trip: clean articles -> simulated damaged pages -> clean_page -> compare with the truth.

    python tests/roundtrip.py [N_PAGES] [SEED]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from damage import CORPUS_DIR, load_corpus, load_corpus_glyphs, page_cases  # noqa: E402
from scorer import _break_offsets as _breaks  # noqa: E402
from scorer import _squash, aligned  # noqa: E402

from shuzibao.clean import clean_page  # noqa: E402
from shuzibao.ingest import normalize_text  # noqa: E402
from shuzibao.model import RawPage  # noqa: E402


@dataclass
class Tally:
    pages: int = 0
    articles: int = 0
    found: int = 0
    spurious: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    glyphs_deleted: int = 0
    glyphs_restored: int = 0
    traced_deleted: int = 0  # glyphs whose gap left a space or fell at a line boundary
    traced_restored: int = 0
    bylines: int = 0
    bylines_right: int = 0
    titles_printed: int = 0
    titles_right: int = 0
    bodies_equal: int = 0

    @property
    def break_recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def break_precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def summary(self) -> str:
        return (f"pages {self.pages}, articles found {self.found}/{self.articles} (spurious {self.spurious}), "
                f"bodies equal {self.bodies_equal}/{self.found}, "
                f"breaks recall {self.break_recall:.3f} precision {self.break_precision:.3f}, "
                f"glyphs restored {self.glyphs_restored}/{self.glyphs_deleted} "
                f"(with a trace {self.traced_restored}/{self.traced_deleted}), "
                f"printed titles right {self.titles_right}/{self.titles_printed}, "
                f"bylines right {self.bylines_right}/{self.bylines}")


def run(n_pages: int, seed: int, verbose: bool = False, **overrides) -> Tally:
    """Clean n_pages simulated pages; overrides fix DamageOptions fields (and `glyphs`, the set
    the simulated font lacks). The cleaner always gets the corpus's glyphs.yml."""
    corpus = load_corpus(CORPUS_DIR)
    glyphs = load_corpus_glyphs(CORPUS_DIR)
    tally = Tally()
    for case in page_cases(corpus, n_pages, seed, **overrides):
        tally.pages += 1
        result = clean_page(RawPage("sim.txt", "2020-01-01", 1, normalize_text(case.raw)), glyphs)
        ours = list(result.articles)
        for truth in case.articles:
            tally.articles += 1
            body = _squash("".join(truth.paragraphs))
            best = max(ours, default=None, key=lambda a: SequenceMatcher(
                None, _squash(a.body)[:300], body[:300], autojunk=False).ratio())
            if best is None or SequenceMatcher(None, _squash(best.body)[:300], body[:300],
                                               autojunk=False).ratio() < 0.5:
                if verbose:
                    print("NOT FOUND", truth.title, case.seed)
                continue
            ours.remove(best)
            tally.found += 1
            our_paragraphs = best.paragraphs
            equal = _squash(best.body) == body
            tally.bodies_equal += equal
            if verbose and not equal:
                a, b = _squash(best.body), body
                i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                print("BODY DIFF", truth.title, "ours:", a[max(0, i - 15):i + 15], "| truth:", b[max(0, i - 15):i + 15])
            ob, tb = aligned(_breaks(our_paragraphs), _squash(best.body), body), _breaks(truth.paragraphs)
            if verbose:
                flat = body
                for k in sorted(ob - tb):
                    print("EXTRA BREAK", truth.title[:10], flat[max(0, k - 12):k], "|", flat[k:k + 12])
                for k in sorted(tb - ob):
                    print("MISSED BREAK", truth.title[:10], flat[max(0, k - 12):k], "|", flat[k:k + 12])
            tally.tp += len(ob & tb)
            tally.fp += len(ob - tb)
            tally.fn += len(tb - ob)
            for d in truth.deletions:
                if d.part != "body":
                    continue
                tally.glyphs_deleted += 1
                paragraph = truth.paragraphs[d.paragraph]
                left = _squash(paragraph[max(0, d.offset - 3):d.offset + 1])
                right = _squash(paragraph[d.offset:d.offset + 4])
                traced = d.gap != "none"
                tally.traced_deleted += traced
                if left in _squash(best.body) and right in _squash(best.body):
                    tally.glyphs_restored += 1
                    tally.traced_restored += traced
                elif verbose:
                    print("GLYPH MISSED", d.context, d.gap)
            if truth.byline:
                tally.bylines += 1
                tally.bylines_right += best.byline == truth.byline
                if verbose and best.byline != truth.byline:
                    print("BYLINE", repr(best.byline), "!=", repr(truth.byline), truth.title[:10])
            if truth.title_printed:
                tally.titles_printed += 1
                right = (best.title, best.kicker, best.subtitle) == (truth.title, truth.kicker, truth.subtitle)
                tally.titles_right += right
                if verbose and not right:
                    print("TITLE", (best.title, best.kicker, best.subtitle), "!=", (truth.title, truth.kicker, truth.subtitle), truth.headline)
        tally.spurious += len(ours)
    return tally


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    print(run(n, seed, verbose="-v" in sys.argv).summary())
