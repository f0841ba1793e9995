"""Pages written apart from the cleaner, in other papers' conventions (tests/fixtures/blind;
NOTES-A.md and NOTES-B.md there say what each exercises): a 新华社 wire page set by pdftotext's
default mode, a county page with a running head, subheads and a closing credit, a city front
page, an evening paper's short items with displaced headlines and a jump line, a provincial
economy page at two column widths, a commentary page with a reader's letter; each set with its
own lost glyph. Written by helpers who had not read the cleaner, with their gold; kept as a
regression test once the cleaner passed them (set A at once but for one byline; set B after the
fixes its first run showed: a headline wider than its column, a letter's salutation and
signature, a name's glyph lost without a trace, a quote hanging past the measure)."""

from pathlib import Path

import pytest
import yaml
from scorer import load_dir, score

from shuzibao.log import Log
from shuzibao.pipeline import clean_all

BLIND = Path(__file__).resolve().parent / "fixtures" / "blind"
DATES = sorted(p.name for p in (BLIND / "gold").iterdir())
GLYPHS = yaml.safe_load((BLIND / "raw" / "glyphs.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind")
    clean_all(BLIND / "raw", out, log=Log(quiet=True))
    return out


@pytest.mark.parametrize("date", DATES)
def test_blind_page_matches_its_gold(cleaned, date):
    ours, gold = load_dir(cleaned / date), load_dir(BLIND / "gold" / date)
    for glyph in GLYPHS:
        result = score(ours, gold, glyph)
        assert all(a.glyphs_ours == a.glyphs_gold for a in result.articles), glyph
    print("\n".join(result.lines()))
    assert result.found == len(gold) and not result.spurious
    assert all(a.headline_ok for a in result.articles), [a.headline_diff for a in result.articles]
    assert result.break_f1 >= 0.97
    assert all(a.body_equal for a in result.articles)
    assert sum(a.stray_spaces for a in result.articles) == 0
    by_order = {a.order: a for a in ours}
    for g in gold:
        mine = by_order[g.order]
        assert (mine.byline, mine.authors, mine.captions, mine.title_generated) == \
            (g.byline, g.authors, g.captions, g.title_generated), g.order
