from pathlib import Path

import pytest

from shuzibao.errors import InputError
from shuzibao.markdown_io import dump_article, escape_markdown, parse_article, read_article

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold" / "2020-08-11"


def test_escape_keeps_page_text_literal():
    assert escape_markdown("1. 第一") == "1\\. 第一"
    assert escape_markdown("# 标题") == "\\# 标题"
    assert escape_markdown("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert escape_markdown("a_b*c*") == "a\\_b\\*c\\*"
    assert escape_markdown("吕梁走过了") == "吕梁走过了"


def test_round_trip_of_front_matter_and_body():
    text = "---\ntitle: 标题\nauthors: [李芳]\ndate: '2020-08-11'\npage: 1\norder: 2\n---\n\n第一段。\n\n第二段。\n"
    article = parse_article(text, "x.md")
    assert article.authors == ("李芳",)
    assert article.paragraphs == ["第一段。", "第二段。"]
    assert dump_article(article) == text


def test_gold_files_parse():
    for path in sorted(GOLD.glob("*.md")):
        article = read_article(path)
        assert article.title and article.date == "2020-08-11"


@pytest.mark.parametrize("text, message", [
    ("title: x\n", "no front matter"),
    ("---\ntitle: [x\n---\n", "front matter"),
    ("---\ndate: '2020-08-11'\n---\nbody\n", "no 'title'"),
    ("---\ntitle: t\ndate: 2020-13-45\n---\nbody\n", "date"),
    ("---\ntitle: t\ndate: '2020-08-11'\nslug: ../etc\n---\nbody\n", "slug"),
])
def test_broken_front_matter_is_reported(text, message):
    with pytest.raises(InputError) as err:
        parse_article(text, "a.md")
    assert message in str(err.value) and "a.md" in str(err.value)


def test_front_matter_through_libyaml_is_what_pyyaml_writes():
    import random

    import yaml

    from shuzibao.markdown_io import _DUMP_OPTIONS, dump_front_matter, front_matter

    metas = [front_matter(read_article(path)) for path in sorted(GOLD.glob("*.md"))]
    rng = random.Random(7)
    alphabet = (list("中文：:-#&*!|>'\"%@`,[]{}?\t\n\r\\ \u3000\u00a0\x85\u2028\u2029\ufeff\x07\x00\x7f\ue000é一1.5e3=<，（）")
                + ["𠮷", "true", "null", "~", "yes", "- ", ": ", " #", "---", "...", "0x1F", "2015-01-01", "NO", ".inf"])
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        metas.append({"title": s, "kicker": s + " x", "authors": [s, "李"], "date": "2015-01-01", "page": 1,
                      "order": 2, "tags": [s, "y" + s], "captions": [s + "。"], "title_generated": True})
    for n in (1990, 2000, 7600, 12000):
        s = "".join(rng.choice("中'\n ") for _ in range(n))
        metas.append({"title": s, "authors": [], "date": "2015-01-01", "page": 1, "order": 1})
    for meta in metas:
        assert dump_front_matter(meta) == yaml.safe_dump(meta, **_DUMP_OPTIONS), meta
