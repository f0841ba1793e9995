"""Corrections (correct.py): when only some articles' text changed, only the pages showing them
are made, from the index; the site is then byte for byte what a full build makes, and the build
state what a full build records. Each test below fails when the pages of one kind that show a
corrected article are left out (the article, its neighbours, its edition's page, the edition and
home pages, its tags' pages, /tags/, the feed, the sitemap)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import shuzibao.rebuild as rebuild
from shuzibao.fastindex import fold_pending, load_index
from shuzibao.log import Log
from shuzibao.render import render_site
from shuzibao.state import STATE_FILE, read_state, state_folder

ROOT = Path(__file__).resolve().parents[1]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def full_build(content: Path, out: Path) -> dict[str, bytes]:
    shutil.rmtree(state_folder(out), ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    render_site(content, out, log=Log(quiet=True), search=False)
    return tree(out)


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """A generated archive (130 articles in 4 editions, tags several pages deep)."""
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--articles", "130", "--out",
                    str(tmp_path / "gen")], check=True, capture_output=True)
    content = tmp_path / "gen" / "content"
    (content / "site.yml").write_text("title: 测试报\nper_page: 3\n", encoding="utf-8")
    return content / "articles"


@pytest.fixture()
def corrections_only(monkeypatch):
    """arm(out): from then on, a build of out that is not a correction fails the test."""
    def arm(out: Path):
        build = rebuild.build

        def slow(content, output, *args, **kwargs):
            assert Path(output) != out, "a full rebuild where a correction was expected"
            return build(content, output, *args, **kwargs)
        monkeypatch.setattr(rebuild, "build", slow)
    return arm


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _tags(path: Path) -> list[str]:
    found = re.search(r"^tags: \[(.*)\]$", path.read_text(encoding="utf-8"), re.M)
    return found.group(1).split(", ") if found else []


def _set_tags(path: Path, tags: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^tags: \[.*\]$", f"tags: [{', '.join(tags)}]", text, count=1, flags=re.M),
                    encoding="utf-8")


def _lead(path: Path) -> None:
    """The first sentence changes: it is the teaser's lead on the edition and tag pages."""
    _edit(path, "。", "（更正）。")


def _body_after_lead(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    at = text.rindex("。")
    path.write_text(text[:at] + "（末句更正）" + text[at:], encoding="utf-8")


def _title(path: Path) -> None:
    _edit(path, "title: ", "title: 新")


def _newest(archive: Path) -> Path:
    return sorted(archive.rglob("*.md"))[-1]


def _first_of_newest(archive: Path) -> Path:
    return sorted((sorted(archive.iterdir())[-1]).glob("*.md"))[0]


def _correct(archive: Path, out: Path, edit, tmp_path: Path, name: str) -> set[str]:
    """Apply edit, make the correction, and check the site against a full build."""
    before = tree(out)
    edit(archive)
    render_site(archive, out, log=Log(quiet=True), search=False)
    after = tree(out)
    assert after == full_build(archive, tmp_path / f"full-{name}"), name
    return {p for p in set(before) | set(after) if before.get(p) != after.get(p)}


def _start(archive: Path, tmp_path: Path, arm) -> Path:
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    arm(out)
    return out


def test_a_lead_corrected_on_the_newest_front_page(archive, tmp_path, corrections_only):
    """The article, its page, the edition's and the home page, its tags' pages, the feed."""
    out = _start(archive, tmp_path, corrections_only)
    target = _first_of_newest(archive)
    changed = _correct(archive, out, lambda a: _lead(target), tmp_path, "lead")
    date = target.parent.name.replace("-", "/")
    assert {"index.html", f"{date}/index.html", f"{date}/01/index.html", "feed.xml"} <= changed
    assert any(p.startswith(f"{date}/01/") and p.count("/") == 5 for p in changed)
    assert any(p.startswith("tags/") for p in changed)
    assert "sitemap.xml" not in changed and "tags/index.html" not in changed


def test_a_body_corrected_after_its_lead_changes_its_page_alone(archive, tmp_path, corrections_only):
    out = _start(archive, tmp_path, corrections_only)
    target = sorted(archive.rglob("*.md"))[40]
    changed = _correct(archive, out, lambda a: _body_after_lead(target), tmp_path, "body")
    assert len(changed) == 1 and changed.pop().endswith("/index.html")


def test_a_title_corrected_moves_the_article_and_its_neighbours_links(archive, tmp_path, corrections_only):
    """The slug follows the title: the old page goes, the sitemap and the neighbours follow."""
    out = _start(archive, tmp_path, corrections_only)
    files = sorted(archive.rglob("*.md"))
    changed = _correct(archive, out, lambda a: _title(files[41]), tmp_path, "title")
    assert "sitemap.xml" in changed
    assert sum(1 for p in changed if p.count("/") == 5) == 4  # gone, made, and the two neighbours


def test_tags_corrected_renumber_both_tags_pages_and_the_tag_index(archive, tmp_path, corrections_only):
    out = _start(archive, tmp_path, corrections_only)
    files = sorted(archive.rglob("*.md"))
    target = next(f for f in files if "吕梁" not in _tags(f) and "山西" in _tags(f))
    tags = [t for t in _tags(target) if t != "山西"] + ["吕梁"]
    changed = _correct(archive, out, lambda a: _set_tags(target, tags), tmp_path, "tags")
    assert "tags/index.html" in changed
    # Every page of both tags shows the count: all of them are made again.
    assert sum(1 for p in changed if p.startswith("tags/lv-liang/")) >= 5
    assert sum(1 for p in changed if p.startswith("tags/shan-xi/")) >= 5


def test_a_tag_page_that_goes_is_removed(archive, tmp_path, corrections_only):
    """A tag losing the one article on its last page loses that page (and the sitemap its URL)."""
    out = _start(archive, tmp_path, corrections_only)
    files = sorted(archive.rglob("*.md"))
    # A tag of 4 articles has two pages at 3 a page: one article leaving takes the second.
    target = next(f for f in files if "华为" in _tags(f) and len(_tags(f)) > 1)
    changed = _correct(archive, out, lambda a: _set_tags(target, [t for t in _tags(target) if t != "华为"]),
                       tmp_path, "tag page")
    assert "sitemap.xml" in changed and not (out / "tags/hua-wei/page/2").exists()


def test_two_articles_side_by_side_corrected_at_once_and_reverted(archive, tmp_path, corrections_only):
    out = _start(archive, tmp_path, corrections_only)
    first = tree(out)
    files = sorted(archive.rglob("*.md"))
    originals = {f: f.read_bytes() for f in files[60:62]}

    def both(a):
        _title(files[60])
        _lead(files[61])
    _correct(archive, out, both, tmp_path, "two")
    _correct(archive, out, lambda a: [f.write_bytes(data) for f, data in originals.items()], tmp_path, "revert")
    assert tree(out) == first


def test_a_file_touched_but_not_changed_writes_nothing(archive, tmp_path, corrections_only):
    out = _start(archive, tmp_path, corrections_only)
    target = sorted(archive.rglob("*.md"))[7]
    assert _correct(archive, out, lambda a: target.write_bytes(target.read_bytes()), tmp_path, "touch") == set()


def test_corrections_leave_the_state_a_full_build_records_and_a_rebuild_goes_on_from_it(
        archive, tmp_path, corrections_only, monkeypatch):
    """The fingerprints and sources the corrections recorded (folded into the state by the next
    rebuild) are those a full build records; a rebuild after them (an article deleted) is right."""
    out = _start(archive, tmp_path, corrections_only)
    files = sorted(archive.rglob("*.md"))
    for n, edit in enumerate((lambda a: _title(files[10]), lambda a: _lead(_newest(a)),
                              lambda a: _set_tags(files[20], _tags(files[20])[:1]))):
        _correct(archive, out, edit, tmp_path, f"step{n}")
    state_dir = state_folder(out)
    state = read_state(state_dir / STATE_FILE)
    fold_pending(state, load_index(state_dir, state.generation))
    full = tmp_path / "full-state"
    full_build(archive, full)
    expected = read_state(state_folder(full) / STATE_FILE)
    assert state.outputs == expected.outputs
    assert state.sources == expected.sources
    monkeypatch.undo()
    (files[30]).unlink()
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full-after")


def test_a_correction_that_moves_an_article_is_left_to_a_full_rebuild(archive, tmp_path):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    target = sorted(archive.rglob("*.md"))[5]
    _edit(target, "order: ", "order: 9")
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full")


@pytest.mark.parametrize("dies_in", ["exchange", "save_index"])
def test_a_correction_killed_leaves_a_whole_site_and_the_next_build_is_right(archive, tmp_path, monkeypatch,
                                                                            dies_in):
    """Killed before the exchange: the previous site. Killed after it, before the index is saved:
    the new pages, and an index naming the previous output folder, so the next build starts afresh."""
    import shuzibao.commit as commit
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    before = tree(out)
    files = sorted(archive.rglob("*.md"))
    _title(files[3])

    def dies(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(commit, dies_in, dies)
    with pytest.raises(KeyboardInterrupt):
        render_site(archive, out, log=Log(quiet=True), search=False)
    expected = full_build(archive, tmp_path / "full")
    assert tree(out) == (before if dies_in == "exchange" else expected)
    monkeypatch.undo()
    _lead(files[4])
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full-next")


def test_a_damaged_index_leaves_the_correction_to_a_full_rebuild(archive, tmp_path):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    shutil.rmtree(state_folder(out) / "pieces")
    _lead(sorted(archive.rglob("*.md"))[9])
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full")
    assert (state_folder(out) / "pieces").is_dir()  # made again by the rebuild



def test_states_saved_side_by_side_serve_a_correction_and_a_rebuild(archive, tmp_path, corrections_only,
                                                                      monkeypatch):
    """A large site's state.pickle and index are written by two processes (rebuild._save_states):
    a correction then reads the index, and a rebuild the state, as when one process wrote both."""
    monkeypatch.setattr(rebuild, "SAVE_PARALLEL_FROM", 0)
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
    corrections_only(out)
    _correct(archive, out, lambda a: _lead(_newest(a)), tmp_path, "lead")
    monkeypatch.undo()  # a rebuild (an article deleted) from the state the correction left
    monkeypatch.setattr(rebuild, "SAVE_PARALLEL_FROM", 0)
    sorted(archive.rglob("*.md"))[30].unlink()
    render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
    assert tree(out) == full_build(archive, tmp_path / "full-after")
