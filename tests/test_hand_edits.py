"""clean never loses an editor's work: edits are kept, deletions respected, --force backs up."""

import shutil
from pathlib import Path

import pytest

from shuzibao.log import Log
from shuzibao.pipeline import MANIFEST, clean_all

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def raw(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(ROOT / "content" / "raw", folder)
    return folder


def clean(raw, out, force=False):
    log = Log(quiet=True)
    clean_all(raw, out, force=force, log=log)
    return (out / "2020-08-11" / "REPORT.md").read_text(encoding="utf-8")


def test_edit_is_kept_and_reported(raw, tmp_path):
    out = tmp_path / "articles"
    clean(raw, out)
    article = out / "2020-08-11" / "01-02.md"
    edited = article.read_text(encoding="utf-8").replace("市委书记李正印", "市委书记李正印同志")
    article.write_text(edited, encoding="utf-8")
    report = clean(raw, out)
    assert article.read_text(encoding="utf-8") == edited
    assert "kept your edit: 2020-08-11/01-02.md" in report
    assert (out / MANIFEST).exists()


def test_force_overwrites_after_backup(raw, tmp_path):
    out = tmp_path / "articles"
    clean(raw, out)
    article = out / "2020-08-11" / "01-02.md"
    original = article.read_text(encoding="utf-8")
    article.write_text(original + "\n编辑加的一段。\n", encoding="utf-8")
    clean(raw, out, force=True)
    assert article.read_text(encoding="utf-8") == original
    assert "编辑加的一段" in (out / "2020-08-11" / "01-02.md.bak").read_text(encoding="utf-8")


def test_deleted_article_is_not_recreated_unless_forced(raw, tmp_path):
    out = tmp_path / "articles"
    clean(raw, out)
    article = out / "2020-08-11" / "01-03.md"
    article.unlink()
    report = clean(raw, out)
    assert not article.exists()
    assert "not re-created" in report and "01-03.md" in report
    clean(raw, out, force=True)
    assert article.exists()


def test_unchanged_articles_are_rewritten_when_the_raw_page_changes(raw, tmp_path):
    out = tmp_path / "articles"
    clean(raw, out)
    page = raw / "2020-08-11" / "01.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("庞庞塔煤矿", "庞庞塔矿"), encoding="utf-8")
    clean(raw, out)
    assert "庞庞塔矿" in (out / "2020-08-11" / "01-02.md").read_text(encoding="utf-8")


def test_bad_page_writes_nothing(raw, tmp_path):
    out = tmp_path / "articles"
    (raw / "2020-08-12").mkdir()
    (raw / "2020-08-12" / "01.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(Exception) as err:
        clean(raw, out)
    assert "01.txt" in str(err.value)
    assert not out.exists()
