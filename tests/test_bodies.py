"""The body store (bodies.py): bodies in pack files, read back by reference, packs dropped when
no article of the last build refers to them any more."""

import subprocess
import sys
from pathlib import Path

import pytest

from shuzibao.bodies import BodyStore, StoredHTML, body_key, key_of
from shuzibao.fastindex import fold_pending, load_index
from shuzibao.log import Log
from shuzibao.render import render_site
from shuzibao.state import STATE_FILE, read_state, state_folder

ROOT = Path(__file__).resolve().parents[1]


def test_bodies_read_back_by_reference_across_packs(tmp_path: Path):
    store = BodyStore(tmp_path / "bodies")
    texts = ["<p>第一篇</p>", "<p>第二篇，蹚出新路</p>", "", "<p>a &amp; b</p>"]
    with store.pack() as first:
        refs = [first.add(body_key(t), t) for t in texts]
    with store.pack() as second:
        again = second.add(body_key(texts[1]), texts[1])
    assert [store.get(r) for r in refs] == texts
    assert store.get(again) == texts[1] and again != refs[1]
    assert key_of(again) == key_of(refs[1]) == body_key(texts[1])
    # Pages are fingerprinted by the body's key, not by where it happens to be stored.
    assert repr(StoredHTML(again, store)) == repr(StoredHTML(refs[1], store))
    assert StoredHTML(again, store) == StoredHTML(refs[1], store)
    assert len(store.packs()) == 2


def test_a_pack_is_there_whole_or_not_at_all(tmp_path: Path):
    store = BodyStore(tmp_path / "bodies")
    with pytest.raises(RuntimeError), store.pack() as pack:
        pack.add("k", "<p>写了一半</p>")
        raise RuntimeError("killed")
    assert list((tmp_path / "bodies").iterdir()) == []
    with store.pack():
        pass  # nothing added: no empty pack left behind
    assert list((tmp_path / "bodies").iterdir()) == []


def test_keep_only_drops_the_packs_no_reference_points_into(tmp_path: Path):
    store = BodyStore(tmp_path / "bodies")
    with store.pack() as a:
        kept = a.add("k1", "<p>留</p>")
    with store.pack() as b:
        b.add("k2", "<p>去</p>")
    (tmp_path / "bodies" / ".left-over.tmp").write_bytes(b"x")
    store.get(kept)  # an open descriptor does not stop the removal
    assert store.keep_only([kept]) == 2
    assert store.packs() == {kept.split("@")[1].split(":")[0]}
    assert store.get(kept) == "<p>留</p>"


def test_a_cut_pack_is_an_error_not_a_short_body(tmp_path: Path):
    store = BodyStore(tmp_path / "bodies")
    with store.pack() as pack:
        ref = pack.add("k", "<p>一段完整的正文</p>")
    pack_file = next((tmp_path / "bodies").iterdir())
    pack_file.write_bytes(pack_file.read_bytes()[:5])
    with pytest.raises(OSError, match="cut short"):
        BodyStore(tmp_path / "bodies").get(ref)


def _state_refs(out: Path) -> set[str]:
    state_dir = state_folder(out)
    state = read_state(state_dir / STATE_FILE)
    fold_pending(state, load_index(state_dir, state.generation))
    return {prepared.body for _, prepared in state.articles.values()}


def _built(tmp_path: Path, n: int, jobs: int) -> tuple[Path, Path, BodyStore]:
    """A generated archive of n articles built into tmp_path/out: (articles, out, its body store)."""
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--articles", str(n), "--out",
                    str(tmp_path / "gen")], check=True, capture_output=True)
    articles = tmp_path / "gen" / "content" / "articles"
    out = tmp_path / "out"
    render_site(articles, out, log=Log(quiet=True), jobs=jobs, search=False)
    return articles, out, BodyStore(state_folder(out) / "bodies")


def test_a_build_stores_its_bodies_in_a_few_packs_and_rebuilds_drop_the_unused(tmp_path: Path):
    articles, out, store = _built(tmp_path, 450, jobs=2)
    first = store.packs()
    assert 1 <= len(first) <= 3  # one pack for each part of the build, not one file an article
    files = sorted(articles.rglob("*.md"))
    originals = [f.read_bytes() for f in files[:3]]
    for n, target in enumerate(files[:3]):  # corrections: each adds a pack of its own
        target.write_text(target.read_text(encoding="utf-8").rstrip("\n") + f"\n\n（更正{n}）\n", encoding="utf-8")
        render_site(articles, out, log=Log(quiet=True), jobs=2, search=False)
    assert len(store.packs()) == len(first) + 3
    files[5].unlink()  # a rebuild: it keeps what the articles refer to, and only that
    render_site(articles, out, log=Log(quiet=True), jobs=2, search=False)
    refs = _state_refs(out)
    assert {r.split("@")[1].split(":")[0] for r in refs} == store.packs()
    assert len(store.packs()) == len(first) + 3
    corrected = [r for r in refs if "（更正" in store.get(r)]
    assert len(corrected) == 3
    for target, original in zip(files[:3], originals, strict=True):  # undone: their packs go next build
        target.write_bytes(original)
    files[6].unlink()
    render_site(articles, out, log=Log(quiet=True), jobs=2, search=False)
    assert len(store.packs()) == len(first) + 1  # the rebuild's own pack of the three re-read
    assert not [r for r in _state_refs(out) if "（更正" in store.get(r)]


def test_a_pack_gone_from_the_state_folder_means_a_full_build_not_a_traceback(tmp_path: Path):
    articles, out, store = _built(tmp_path, 60, jobs=1)
    for name in store.packs():  # someone cleaned the state folder up
        (store.folder / name).unlink()
    files = sorted(articles.rglob("*.md"))
    target = files[3]  # a correction, then a rebuild, each as a full build would make them
    target.write_text(target.read_text(encoding="utf-8").rstrip("\n") + "\n\n（更正）\n", encoding="utf-8")
    render_site(articles, out, log=Log(quiet=True), jobs=1, search=False)
    assert "（更正）" in "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))
    for name in store.packs():
        (store.folder / name).unlink()
    files[7].unlink()
    render_site(articles, out, log=Log(quiet=True), jobs=1, search=False)
    full = tmp_path / "full"
    render_site(articles, full, log=Log(quiet=True), jobs=1, search=False)
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()} == \
        {p.relative_to(full).as_posix(): p.read_bytes() for p in full.rglob("*") if p.is_file()}
