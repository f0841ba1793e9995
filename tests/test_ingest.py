"""Decoding raw pages and the CLI's answer to bad input: one line, non-zero, nothing written."""

import subprocess
import sys
from pathlib import Path

import pytest

from shuzibao.errors import InputError
from shuzibao.ingest import decode_page, normalize_text

ROOT = Path(__file__).resolve().parents[1]
TEXT = "本报讯（记者 李雅萍）8月10日，市委书记李正印深入调研。\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
    TEXT.encode("gb18030"), TEXT.encode("gbk"),
])
def test_decodes_common_encodings(data):
    assert decode_page(data, "p.txt").lstrip("\ufeff") == TEXT


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01\x02binary", "binary"),
    (bytes(range(128, 256)) * 4, "encoding"),
])
def test_rejects_what_is_not_text(data, message):
    with pytest.raises(InputError) as err:
        decode_page(data, "p.txt")
    assert message in str(err.value) and "p.txt" in str(err.value)


def test_normalizes_line_ends_and_invisible_characters():
    assert normalize_text("甲\r\n乙\r丙\u200b丁\u00a0戊\ufeff") == "甲\n乙\n丙丁\u00a0戊"  # the cleaner reads NBSP


def test_radicals_a_pdf_font_gave_become_the_ideographs():
    # Kangxi radicals (⼀ ⼤ ⾦), simplified radicals standing for whole characters (⻓ ⻔ ⻋ ⻢),
    # a compatibility ideograph (U+F9B5 for 例); full-width punctuation and digits stay as printed
    assert normalize_text("⼀粥⼀饭，⻓治久安，⻔前⻋⻢，⼤⾦\uf9b5：１２３。") == "一粥一饭，长治久安，门前车马，大金例：１２３。"
    assert normalize_text("部首⺮与⻌") == "部首⺮与⻌"  # radical forms that stand for no character alone


def run_clean(tmp_path, raw):
    out = tmp_path / "articles"
    proc = subprocess.run([sys.executable, str(ROOT / "build.py"), "clean", "--raw", str(raw), "--content", str(out)],
                          capture_output=True, text=True, cwd=tmp_path)
    return proc, out


def _page(tmp_path, data: bytes, name="01.txt"):
    folder = tmp_path / "raw" / "2020-08-11"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return tmp_path / "raw"


@pytest.mark.parametrize("make_raw, message", [
    (lambda t: t / "missing", "raw folder not found"),
    (lambda t: _page(t, b""), "empty"),
    (lambda t: _page(t, " \n\t\n\u3000\r\n".encode()), "empty"),
    (lambda t: _page(t, b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR"), "binary"),
    (lambda t: _page(t, TEXT.encode(), name="cover.txt"), "NN.txt"),
])
def test_clean_rejects_bad_input_with_one_line(tmp_path, make_raw, message):
    proc, out = run_clean(tmp_path, make_raw(tmp_path))
    assert proc.returncode == 1
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_clean_reads_gb18030_and_crlf(tmp_path):
    raw = _page(tmp_path, ("本报讯 8月7日，临县在城北举行仪式。\r\n\r\n近年来，临县县委坚决落实部署。\r\n").encode("gb18030"))
    proc, out = run_clean(tmp_path, raw)
    assert proc.returncode == 0, proc.stderr
    text = (out / "2020-08-11" / "01-01.md").read_text(encoding="utf-8")
    assert "临县在城北举行仪式" in text and "\r" not in text


def test_bad_usage_exits_2(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "build.py"), "frobnicate"], capture_output=True, text=True)
    assert proc.returncode == 2
