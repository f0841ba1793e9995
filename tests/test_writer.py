from pathlib import Path

import pytest

from shuzibao.errors import InputError
from shuzibao.writer import Output, write_site


def _out(path: str, data: bytes = b"x", source: str = "a.md") -> Output:
    return Output(path=path, make=lambda: data, sources=(source,))


def test_writes_and_replaces_the_whole_folder(tmp_path: Path):
    out = tmp_path / "output"
    write_site([_out("index.html", b"one"), _out("old.html")], out)
    write_site([_out("index.html", b"two"), _out("a/b/index.html")], out)
    assert (out / "index.html").read_bytes() == b"two"
    assert not (out / "old.html").exists()  # nothing stale survives a build
    assert (out / "a/b/index.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_an_error_while_writing_keeps_the_previous_output(tmp_path: Path):
    out = tmp_path / "output"
    write_site([_out("index.html", b"good")], out)

    def boom() -> bytes:
        raise RuntimeError("template failed")

    with pytest.raises(RuntimeError):
        write_site([_out("index.html", b"new"), Output("z.html", boom)], out)
    assert (out / "index.html").read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_two_outputs_on_one_path_name_both_sources(tmp_path: Path):
    with pytest.raises(InputError) as err:
        write_site([_out("x/index.html", source="one.md"), _out("x/index.html", source="two.md")], tmp_path / "o")
    assert "one.md" in err.value.message and "two.md" in err.value.path
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("path", ["../evil.html", "/etc/evil", ""])
def test_unsafe_output_paths_are_refused(tmp_path: Path, path: str):
    with pytest.raises(InputError):
        write_site([_out(path)], tmp_path / "o")


def test_refuses_to_replace_a_folder_holding_the_sources(tmp_path: Path):
    content = tmp_path / "content" / "articles"
    content.mkdir(parents=True)
    with pytest.raises(InputError):
        write_site([_out("index.html")], tmp_path / "content", keep=[content])
    assert content.exists()
