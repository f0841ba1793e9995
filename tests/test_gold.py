"""The sample page against its gold articles (tests/fixtures/gold, from shared/gold)."""

from pathlib import Path

import pytest
from scorer import load_dir, score

from shuzibao.log import Log
from shuzibao.pipeline import clean_all

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold" / "2020-08-11"


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    out = tmp_path_factory.mktemp("articles")
    clean_all(ROOT / "content" / "raw", out, log=Log(quiet=True))
    return out


def test_sample_matches_gold(cleaned):
    result = score(load_dir(cleaned / "2020-08-11"), load_dir(GOLD))
    print("\n".join(result.lines()))
    assert result.found == 6 and not result.spurious
    assert all(a.headline_ok for a in result.articles), [a.headline_diff for a in result.articles]
    assert result.break_f1 >= 0.97
    assert all(a.body_equal for a in result.articles)
    assert all(a.glyphs_ours == a.glyphs_gold for a in result.articles)
    assert sum(a.stray_spaces for a in result.articles) == 0


def test_sample_metadata(cleaned):
    ours = {a.order: a for a in load_dir(cleaned / "2020-08-11")}
    gold = {a.order: a for a in load_dir(GOLD)}
    for order, g in gold.items():
        assert ours[order].authors == g.authors
        assert ours[order].byline == g.byline
        assert ours[order].captions == g.captions
        assert ours[order].title_generated == g.title_generated
        assert ours[order].page == 1 and ours[order].date == "2020-08-11"
    assert "蹚" in ours[1].title
    assert not ours[3].title_generated or 6 <= len(ours[3].title) <= 30


def test_report_lists_restorations_and_fragments(cleaned):
    report = (cleaned / "2020-08-11" / "REPORT.md").read_text(encoding="utf-8")
    assert "蹚 ×12" in report
    assert "路堂" in report


def test_clean_twice_is_identical(cleaned, tmp_path):
    clean_all(ROOT / "content" / "raw", tmp_path, log=Log(quiet=True))
    clean_all(ROOT / "content" / "raw", tmp_path, log=Log(quiet=True))
    for path in sorted(cleaned.rglob("*.md")):
        twin = tmp_path / path.relative_to(cleaned)
        assert twin.read_bytes() == path.read_bytes()
