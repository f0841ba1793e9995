"""Rebuilds from the build state give the same bytes as a full build, and write only what changed."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shuzibao.errors import InputError
from shuzibao.log import Log
from shuzibao.render import render_site
from shuzibao.state import state_folder

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "site"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def full_build(content: Path, out: Path, jobs: int = 1) -> dict[str, bytes]:
    shutil.rmtree(state_folder(out), ignore_errors=True)
    render_site(content, out, log=Log(quiet=True), jobs=jobs, search=False)
    return tree(out)


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """A generated archive (about 130 articles, several tags pages deep), settings from the fixture."""
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--articles", "130", "--out",
                    str(tmp_path / "gen")], check=True, capture_output=True)
    content = tmp_path / "gen" / "content"
    (content / "site.yml").write_text("title: 测试报\nper_page: 3\n", encoding="utf-8")
    return content / "articles"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _retag(path: Path, tags: str) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("tags:")]
    lines.insert(lines.index("order: 2") + 1, f"tags: {tags}")
    path.write_text("\n".join(lines), encoding="utf-8")


EDITS = {
    "body": lambda c: _edit(c / "2015-01-02/02-03.md", "。", "（更正）。"),
    "title": lambda c: _edit(c / "2015-01-02/01-01.md", "title: ", "title: 新"),
    "tags": lambda c: _retag(c / "2015-01-03/03-02.md", "[新标签, 山西]"),
    "new article": lambda c: shutil.copy(c / "2015-01-03/01-01.md", c / "2015-01-03/01-09.md"),
    "deleted article": lambda c: (c / "2015-01-02/01-01.md").unlink(),
    "deleted edition": lambda c: shutil.rmtree(c / "2015-01-04"),
    "edition renamed": lambda c: _edit(c / "2015-01-01/edition.yml", "要闻", "头版"),
    "settings": lambda c: (c.parent / "site.yml").write_text("title: 另一报\nper_page: 2\n", encoding="utf-8"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_rebuild_after_an_edit_equals_a_full_build(archive: Path, tmp_path: Path, edit: str):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
    before = tree(out)
    EDITS[edit](archive)
    render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
    after = tree(out)
    assert after == full_build(archive, tmp_path / "full")
    assert after != before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".output")]


def test_a_run_of_rebuilds_keeps_equal_to_full_builds_and_links_the_tree_once(
        archive: Path, tmp_path: Path, monkeypatch):
    """Each rebuild levels the spare on what the one before it changed: a title edited, a tag
    moved, an article deleted and one added, one after the other, each equal to a full build,
    and only the first rebuild copies the whole tree into the spare."""
    import shuzibao.spare as spare
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
    whole_copies = []
    link_tree = spare.link_tree
    monkeypatch.setattr(spare, "link_tree", lambda a, b: (whole_copies.append(a), link_tree(a, b)))
    for n, edit in enumerate(("title", "tags", "deleted article", "new article", "body")):
        EDITS[edit](archive)
        render_site(archive, out, log=Log(quiet=True), jobs=2, search=False)
        assert tree(out) == full_build(archive, tmp_path / f"full{n}"), edit
    assert whole_copies == [out]
    # The spare shares the files that did not change with the output.
    state = state_folder(out)
    shared = [p for p in out.rglob("*.html") if (state / "spare" / p.relative_to(out)).is_file()
              and (state / "spare" / p.relative_to(out)).stat().st_ino == p.stat().st_ino]
    assert len(shared) > len(list(out.rglob("*.html"))) * 0.9


def test_a_rebuild_killed_while_changing_the_spare_is_followed_by_right_ones(archive: Path, tmp_path: Path,
                                                                             monkeypatch):
    """The killed build wrote a corrected page into the spare; the correction is then taken back.
    Nothing in the state says the spare holds that page, so the spare must be made again."""
    import shuzibao.rebuild as rebuild
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    EDITS["title"](archive)
    render_site(archive, out, log=Log(quiet=True), search=False)  # the spare now exists
    before = tree(out)
    corrected = archive / "2015-01-02" / "02-03.md"
    original = corrected.read_bytes()
    EDITS["body"](archive)

    def killed(*args, **kwargs):  # files written into the spare, then the process dies
        raise KeyboardInterrupt

    monkeypatch.setattr(rebuild, "remove_file", killed)
    EDITS["deleted article"](archive)
    with pytest.raises(KeyboardInterrupt):
        render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == before
    monkeypatch.undo()
    corrected.write_bytes(original)
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full-before")
    EDITS["tags"](archive)
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full")


def test_a_text_correction_fingerprints_only_the_pages_made_from_it(archive: Path, tmp_path: Path, monkeypatch):
    from shuzibao.render import Renderer
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    counted = []
    fingerprint = Renderer._fingerprint
    monkeypatch.setattr(Renderer, "_fingerprint", lambda self, *a: (counted.append(a[0]), fingerprint(self, *a))[1])
    EDITS["title"](archive)
    render_site(archive, out, log=Log(quiet=True), jobs=1, search=False)
    pages = sum(1 for p in out.rglob("*.html"))
    # The article, its neighbours, its page and edition, the home page, its tags' pages, the feed
    # and the pages made from every article; not the other articles' pages.
    assert 0 < len(counted) < pages / 4, (len(counted), pages)
    assert counted.count("article.html") == 2  # the edition's first article: itself and the next
    assert tree(out) == full_build(archive, tmp_path / "full")


def test_a_body_correction_rewrites_only_the_pages_showing_it(archive: Path, tmp_path: Path):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    EDITS["body"](archive)
    render_site(archive, out, log=Log(quiet=True), search=False)
    changed = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                     if p.is_file() and p.stat().st_mtime_ns != mtimes[p])
    # The correction is in the lead sentence: the article, and the teasers on its page and on the tag
    # pages it is listed on. The feed shows only the newest 50 of 130 articles; this one is older.
    assert changed[0] == "2015/01/02/02/index.html" and changed[1].startswith("2015/01/02/02/")
    assert changed[2:] and all(p.startswith("tags/") and p != "tags/index.html" for p in changed[2:]), changed


def test_nothing_changed_writes_nothing(archive: Path, tmp_path: Path, capsys):
    out = tmp_path / "out"
    render_site(archive, out, search=False)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    render_site(archive, out, search=False)
    assert "nothing changed" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == mtimes


def test_a_build_stamps_from_its_scan_what_the_quick_check_finds(archive: Path, tmp_path: Path):
    """A build records the stamp from its own scan; the nothing-changed check walks the folder."""
    from shuzibao.collect import scan_content
    from shuzibao.sitebuild import stamp, stamp_of_scan, unchanged
    shutil.copytree(archive.parent, tmp_path / ".hidden")  # a hidden folder on the path: no articles
    for content in (archive, tmp_path / ".hidden" / "articles"):
        editions, files, _ = scan_content(content)
        walked = stamp(content, tmp_path / "out", None)
        assert stamp_of_scan(content, walked["env"], walked["inputs"], editions, files) == walked
    render_site(archive, tmp_path / "out", log=Log(quiet=True), search=False)
    assert unchanged(archive, tmp_path / "out", None, search=False)[0] is not None


def test_parallel_and_serial_builds_are_identical(archive: Path, tmp_path: Path):
    assert full_build(archive, tmp_path / "a", jobs=1) == full_build(archive, tmp_path / "b", jobs=2)


def test_fixture_rebuild_after_a_template_edit_equals_a_full_build(tmp_path: Path, monkeypatch):
    from shuzibao import paths
    templates = tmp_path / "templates"
    shutil.copytree(paths.TEMPLATES, templates)
    monkeypatch.setattr(paths, "TEMPLATES", templates)
    out = tmp_path / "out"
    render_site(FIXTURE / "articles", out, log=Log(quiet=True), search=False)
    _edit(templates / "tag.html", "<h1>", "<h1 class=\"edited\">")
    render_site(FIXTURE / "articles", out, log=Log(quiet=True), search=False)
    after = tree(out)
    assert after == full_build(FIXTURE / "articles", tmp_path / "full")
    edited = {path for path, data in after.items() if b'<h1 class="edited">' in data}
    assert edited and all(p.startswith("tags/") and p != "tags/index.html" for p in edited)


def test_a_failed_rebuild_leaves_output_and_state(archive: Path, tmp_path: Path):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    before = tree(out)
    state = (state_folder(out) / "state.pickle").read_bytes()
    (archive / "2015-01-02" / "01-01.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    with pytest.raises(InputError):
        render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == before and (state_folder(out) / "state.pickle").read_bytes() == state
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".output")]


def test_an_interrupted_commit_leaves_the_previous_site_and_the_next_build_completes(
        archive: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    render_site(archive, out, log=Log(quiet=True), search=False)
    before = tree(out)
    EDITS["title"](archive)
    import shuzibao.rebuild as rebuild

    def crash(spare, output_dir):  # the new tree is complete, then the process dies before the swap
        raise KeyboardInterrupt

    import shuzibao.commit as commit
    monkeypatch.setattr(rebuild, "exchange", crash)
    monkeypatch.setattr(commit, "exchange", crash)  # a correction's (correct.py)
    with pytest.raises(KeyboardInterrupt):
        render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == before
    monkeypatch.undo()
    render_site(archive, out, log=Log(quiet=True), search=False)
    assert tree(out) == full_build(archive, tmp_path / "full")
