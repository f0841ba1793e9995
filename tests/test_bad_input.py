"""Every row of the bad-input table: a correct result, or one line naming the file (and line)
with a non-zero exit, never a traceback, and nothing written."""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "content" / "raw" / "2020-08-11" / "01.txt").read_text(encoding="utf-8")


def build(*args, cwd=None, timeout=600):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=timeout)


def raw_page(tmp_path, data: bytes, date="2020-08-11", name="01.txt"):
    folder = tmp_path / "raw" / date
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return tmp_path / "raw"


def clean(tmp_path, raw):
    out = tmp_path / "articles"
    return build("clean", "--raw", raw, "--content", out, "-q"), out


def one_error_line(proc, *needles):
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def articles(out):
    return sorted(p for p in out.rglob("*.md") if p.name != "REPORT.md")


@pytest.mark.parametrize("data", [
    "本报讯 8月7日，临县举行仪式。\r\n\r\n近年来，临县县委坚决落实部署。\r\n".encode(),
    "本报讯 8月7日，临县举行仪式。\r\r近年来，临县县委坚决落实部署。\r".encode(),
    "本报讯 8月7日，临县举行仪式。\n\n近年来，临县县委坚决落实部署。\n".encode("utf-16"),
    "本报讯 8月7日，临县举行仪式。\n\n近年来，临县县委坚决落实部署。\n".encode("gb18030"),
], ids=["crlf", "cr", "utf16-bom", "gb18030"])
def test_line_ends_and_encodings_are_read(tmp_path, data):
    proc, out = clean(tmp_path, raw_page(tmp_path, data))
    assert proc.returncode == 0, proc.stderr
    text = "".join(p.read_text(encoding="utf-8") for p in articles(out))
    assert "临县举行仪式" in text and "临县县委坚决落实部署" in text and "\r" not in text


def test_text_in_no_known_encoding(tmp_path):
    proc, out = clean(tmp_path, raw_page(tmp_path, "Zürich café ünïcödé".encode("latin-1") * 50))
    one_error_line(proc, "01.txt", "encoding")
    assert not out.exists()


def test_a_page_with_no_dateline_or_headline_is_one_article(tmp_path):
    text = "近年来，全县坚持把教育摆在优先发展的位置，\n新建改建学校十二所。\n\n今年秋季，新学校将投入使用。\n"
    proc, out = clean(tmp_path, raw_page(tmp_path, text.encode()))
    assert proc.returncode == 0, proc.stderr
    [article] = articles(out)
    assert "title_generated: true" in article.read_text(encoding="utf-8")
    assert "generated" in (out / "2020-08-11" / "REPORT.md").read_text(encoding="utf-8")


def test_a_single_one_megabyte_line(tmp_path):
    line = "全市各级干部要自觉而努力地提高政治站位，提升境界。" * 40_000
    proc, out = clean(tmp_path, raw_page(tmp_path, line.encode()))
    assert proc.returncode == 0, proc.stderr
    bodies = [p.read_text(encoding="utf-8").split("\n---\n", 1)[1] for p in articles(out)]
    assert sum(b.count("提高政治站位") for b in bodies) == 40_000


def test_a_twenty_megabyte_page(tmp_path):
    copies = 20_000_000 // len(SAMPLE.encode()) + 1
    proc, out = clean(tmp_path, raw_page(tmp_path, (SAMPLE * copies).encode()))
    assert proc.returncode == 0, proc.stderr
    assert len(articles(out)) >= 5 * copies


@pytest.mark.parametrize("stand_in", ["\ufffd", "\ue001"], ids=["replacement", "private-use"])
def test_a_glyph_the_extractor_gave_as_a_stand_in_is_a_gap(tmp_path, stand_in):
    # pdftotext gives U+FFFD, others a private-use code point, where the font mapped no character
    page = SAMPLE.replace("率先 出", f"率先{stand_in}出").replace("率先出", f"率先{stand_in}出")
    assert stand_in in page
    raw = raw_page(tmp_path, page.encode())
    shutil.copy(ROOT / "content" / "raw" / "glyphs.yml", raw / "glyphs.yml")
    proc, out = clean(tmp_path, raw)
    assert proc.returncode == 0, proc.stderr
    text = "".join(p.read_text(encoding="utf-8") for p in articles(out))
    assert stand_in not in text and text.count("蹚") >= 12


def test_a_page_mostly_private_use_is_refused(tmp_path):
    proc, out = clean(tmp_path, raw_page(tmp_path, ("\ue001\ue002\ue003。" * 200).encode()))
    one_error_line(proc, "known encoding")
    assert not out.exists()


def test_an_edition_folder_that_is_not_a_date(tmp_path):
    proc, out = clean(tmp_path, raw_page(tmp_path, SAMPLE.encode(), date="2020-13-45"))
    one_error_line(proc, "2020-13-45")
    assert not out.exists()


def test_two_files_for_the_same_page(tmp_path):
    raw = raw_page(tmp_path, SAMPLE.encode(), name="01.txt")
    raw_page(tmp_path, SAMPLE.encode(), name="1.txt")
    proc, out = clean(tmp_path, raw)
    one_error_line(proc, "page 1")
    assert not out.exists()


@pytest.mark.parametrize("name, text, line", [
    ("glyphs.yml", "蹚: [蹚出新路\n夯: [夯实]\n", None),
    ("glyphs.yml", "蹚出: [蹚出新路]\n", None),
    ("2020-08-11/edition.yml", "publication: 吕梁日报\npages: {1: 要闻\n", 2),
    ("../tags.yml", "tags:\n  吕梁: {kind: 地点\nstop: [全市]\n", None),
])
def test_malformed_settings_name_file_and_line(tmp_path, name, text, line):
    raw = raw_page(tmp_path, SAMPLE.encode())
    (raw / name).write_text(text, encoding="utf-8")
    proc, out = clean(tmp_path, raw)
    one_error_line(proc, Path(name).name)
    if line:
        assert re.search(re.escape(Path(name).name) + r":\d+: ", proc.stderr), proc.stderr
    else:
        assert ":" in proc.stderr.split(Path(name).name, 1)[1][:8]
    assert not out.exists()


def test_malformed_site_yml(tmp_path):
    raw = raw_page(tmp_path, SAMPLE.encode())
    out = tmp_path / "articles"
    assert build("clean", "--raw", raw, "--content", out, "-q").returncode == 0
    (tmp_path / "site.yml").write_text("title: 报\nper_page: [20\n", encoding="utf-8")
    proc = build("render", "--content", out, "--output", tmp_path / "site", "-q")
    one_error_line(proc, "site.yml:")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("command, folder", [("clean", "--raw"), ("render", "--content")])
@pytest.mark.parametrize("what", ["missing", "a file"])
def test_an_input_folder_that_is_missing_or_a_file(tmp_path, command, folder, what):
    given = tmp_path / "given"
    if what == "a file":
        given.write_text("not a folder", encoding="utf-8")
    proc = build(command, folder, given, "--content" if command == "clean" else "--output",
                 tmp_path / "out", "-q")
    one_error_line(proc, str(given))
    assert not (tmp_path / "out").exists()


def test_untrusted_text_from_a_raw_page_shows_literally(tmp_path):
    text = ("本报讯 8月7日，有人在页面里写了<script>alert(1)</script>和<b>粗体</b>，\n"
            "还有**星号**、# 井号、1. 列表、{{ 7*7 }}、{% if x %}模板{% endif %}和[链接](http://x)。\n")
    raw = raw_page(tmp_path, text.encode())
    out = tmp_path / "articles"
    assert build("clean", "--raw", raw, "--content", out, "-q").returncode == 0
    site = tmp_path / "site"
    proc = build("render", "--content", out, "--output", site, "-q")
    assert proc.returncode == 0, proc.stderr
    [page] = [p for p in site.rglob("index.html") if p.parent.parent.name == "01"]
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>粗体</b>" not in html and "<strong>" not in html and "<em>" not in html
    assert "**星号**" in html and "{{ 7*7 }}" in html and "{% if x %}" in html and "49" not in html
    assert "[链接](http://x)" in html and 'href="http://x"' not in html


def _broken_site(tmp_path):
    raw = raw_page(tmp_path, SAMPLE.encode())
    content = tmp_path / "articles"
    assert build("clean", "--raw", raw, "--content", content, "-q").returncode == 0
    site = tmp_path / "site"
    assert build("render", "--content", content, "--output", site, "-q").returncode == 0
    return content, site


def _tree(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_broken_hand_edits_are_all_listed_and_the_site_stays(tmp_path):
    content, site = _broken_site(tmp_path)
    before = _tree(site)
    day = content / "2020-08-11"
    (day / "01-01.md").write_text("title: 没有前言\n\n正文。\n", encoding="utf-8")
    (day / "01-02.md").write_text("---\ndate: '2020-08-11'\npage: 1\n---\n\n正文。\n", encoding="utf-8")
    (day / "01-03.md").write_text("---\ntitle: 日期\ndate: '2020-02-30'\n---\n\n正文。\n", encoding="utf-8")
    proc = build("render", "--content", content, "--output", site, "-q")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for name in ("01-01.md", "01-02.md", "01-03.md"):
        assert name in proc.stderr, proc.stderr
    assert _tree(site) == before


def _pages(folder):
    """The site without its search bundle, whose file names change from run to run."""
    return {k: v for k, v in _tree(folder).items() if "pagefind" not in k.parts}


def test_a_killed_build_leaves_the_previous_site_or_the_new_one(tmp_path):
    content, site = _broken_site(tmp_path)
    # Enough editions that a render takes a while, then SIGKILL it at several points.
    day = content / "2020-08-11"
    for n in range(1, 150):
        date = f"2021-{1 + n // 28:02d}-{1 + n % 28:02d}"
        shutil.copytree(day, content / date)
        for md in (content / date).glob("*.md"):
            if md.name != "REPORT.md":
                md.write_text(md.read_text(encoding="utf-8").replace("2020-08-11", date), encoding="utf-8")
    before = _pages(site)
    reference = tmp_path / "reference"
    assert build("render", "--content", content, "--output", reference, "-q").returncode == 0
    after = _pages(reference)
    killed = 0
    for delay in (0.5, 1.0, 1.5, 2.5):
        proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "render", "--content", str(content),
                                 "--output", str(site), "-q"], start_new_session=True)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait()
        now = _pages(site)
        assert now == before or now == after, f"a mix of old and new pages after a kill at {delay} s"
        assert (site / "index.html").exists()
    assert killed, "every render finished before it could be killed; make the site bigger"
    assert build("render", "--content", content, "--output", site, "-q").returncode == 0
    assert _pages(site) == after
