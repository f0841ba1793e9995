from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from shuzibao import fastyaml
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


VALUE_ALPHABET = list("中文吕梁 ,:#'\"-?[]{}!&*|>%@`~=<+.0123456789aynNotfFTYO\t\\") + \
    ["\u3000", "\u00a0", "\u0085", "\u2028", "\ufeff", "true", "false", "null", "yes", "0o7", "1_0", "'", "''",
     ", ", "[", "]", "2020-08-11"]
KEYS = ["title", "kicker", "authors", "tags", "date", "page", "order", "title_generated", "pages", "Title"]
tails = st.lists(st.sampled_from(VALUE_ALPHABET), max_size=6).map("".join)
# Mostly values that start the way a plain string may, so that the fast reader gets to read them.
values = st.builds(lambda head, tail: head + tail, st.sampled_from(["中", "吕梁", "a", "e", "\u00a0"]), tails) | tails
lines = st.builds(lambda key, value: f"{key}: {value}\n", st.sampled_from(KEYS),
                  values | values.map(lambda v: f"'{v}'") | st.lists(values, max_size=3).map(
                      lambda items: "[" + ", ".join(items) + "]"))


@settings(max_examples=3000, deadline=None)
@given(st.lists(lines, min_size=1, max_size=3).map("".join))
def test_front_matter_read_without_pyyaml_is_what_pyyaml_reads(text: str):
    simple = fastyaml._simple_front_matter(text)
    if simple is not None:
        expected = yaml.safe_load(text)
        assert simple == expected and [type(v) for v in simple.values()] == [type(v) for v in expected.values()]
        assert all(type(item) is str for v in simple.values() if isinstance(v, list) for item in v)


def test_front_matter_as_written_is_read_without_pyyaml():
    article = parse_article("---\ntitle: 标题\nkicker: '10'\nauthors: [李芳, 王立伟]\ndate: '2020-08-11'\npage: 1\n"
                            "order: 2\ntags: [吕梁]\ntitle_generated: true\n---\n\n第一段。\n", "x.md")
    text = dump_article(article)
    assert fastyaml._simple_front_matter(text[4:text.index("\n---\n", 3) + 1]) is not None
    assert parse_article(text, "x.md") == article


@pytest.mark.parametrize("text", [
    "page: 08\n", "page: 010\n", "page: 0\n", "order: 1_0\n", "tags: ['a''b']\n", "tags: ['a'b']\n",
    "tags: ['a', 'b c']\n", "tags: [a,b]\n", "tags: [a , b]\n", "title: a: b\n", "title: 中 #注\n", "title: 中 \n",
    "title: 'it''s'\n", "title: yes\n", "title: Null\n", "title: ~\n", "title: 中\ntitle: 文\n", "title:  中\n",
    "title: 中\n\n", "title: [中, [文]]\n", "title: 中\n  续\n",
])
def test_tricky_front_matter(text: str):
    simple = fastyaml._simple_front_matter(text)
    if simple is not None:
        assert simple == yaml.safe_load(text)
        assert [type(v) for v in simple.values()] == [type(v) for v in yaml.safe_load(text).values()]
