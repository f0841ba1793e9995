from pathlib import Path

from shuzibao.prepare import read_file


def test_a_file_is_read_whole_whatever_size_the_scan_found(tmp_path: Path):
    path = tmp_path / "a.md"
    data = "---\ntitle: 标题\n---\n\n正文。\n".encode() * 40000  # larger than one read of the grown tail
    path.write_bytes(data)
    for size in (len(data), 0, 10, len(data) - 1, len(data) + 5):  # as found, grown since, shrunk since
        assert read_file(str(path), size) == data
    (tmp_path / "empty.md").write_bytes(b"")
    assert read_file(str(tmp_path / "empty.md"), 0) == b""
