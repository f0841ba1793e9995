import re

from hypothesis import given, settings
from hypothesis import strategies as st

from shuzibao import slugs
from shuzibao.typography import BodyConverter, add_ruby, common_characters, is_plain, lead_sentence


def test_common_list_has_3500_characters():
    common = common_characters()
    assert len(common) == 3500
    assert {"的", "吕", "梁", "发", "展"} <= common
    assert "蹚" not in common and "湫" not in common


def test_ruby_only_on_first_appearance_and_only_in_text():
    html = '<p>蹚出新路，再蹚一次。</p>\n<p><a href="x" title="蹚">蹚水</a>龘</p>'
    out = add_ruby(html, common=frozenset("出新路再一次水"))
    assert out.count("<ruby>蹚") == 1
    assert 'title="蹚"' in out  # attributes are left alone
    assert out.startswith("<p><ruby>蹚<rp>(</rp><rt>tāng</rt><rp>)</rp></ruby>出新路")
    assert "<ruby>龘<rp>(</rp><rt>dá</rt>" in out


def test_ruby_reads_polyphones_in_context():
    out = add_ruby("<p>银行行长</p>", common=frozenset("银长"))
    assert "<rt>háng</rt>" in out and "<rt>xíng</rt>" not in out


def test_body_html_is_never_raw_html():
    html = BodyConverter().convert("<b>粗</b> &lt;i&gt;\n\n<div>块</div>")
    assert "<b>" not in html and "<div>" not in html
    assert "&lt;b&gt;粗&lt;/b&gt;" in html and "&lt;div&gt;块&lt;/div&gt;" in html


def test_lead_is_the_first_sentence_of_the_first_paragraph():
    html = "<p>本报讯 8月1日，他说：“好！”随后离开。</p><p>第二段。</p>"
    assert lead_sentence(html) == "本报讯 8月1日，他说：“好！”"
    assert lead_sentence("<p>" + "长" * 200 + "</p>").endswith("…")


def _markdown_only(body: str) -> str:
    md = BodyConverter()._markdown()
    md.reset()
    return md.convert(body)


PLAIN_ALPHABET = list("中文吕梁蹚。，“”（）") + list("aZ09 ,.;:?'\"()/%_*#-+=!&<>[]`\\|~{}@$^\n\t\r\x02\x03") + \
    ["\u3000", "\u00a0", "\u0085", "\u2028", "  \n", "\n\n", "1. ", "- ", "    "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_ALPHABET), max_size=30).map("".join))
def test_the_plain_text_shortcut_gives_what_markdown_gives(body: str):
    assert BodyConverter().convert(body) == _markdown_only(body)


_NOT_PLAIN_AS_BEFORE = re.compile(r"[\x00-\x1f!#$&*+\-<=>@\[\\\]^`{|}~\x7f]|[^\S ]|  |^\d|_", re.ASCII)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_ALPHABET + [chr(c) for c in range(0x100)] + ["\uff11", "\u0661"]),
                max_size=30).map("".join))
def test_is_plain_as_the_pattern_of_alternatives_it_replaced(paragraph: str):
    before = bool(paragraph) and paragraph == paragraph.strip() and not _NOT_PLAIN_AS_BEFORE.search(paragraph)
    assert is_plain(paragraph) == before


def test_plain_bodies_take_the_shortcut():
    body = "本报讯 8月10日，市长王立伟主持召开会议（第107次）。\n\n会议还研究了其他事项。"
    assert is_plain(body.split("\n\n")[0]) and not is_plain("- 列表") and not is_plain("1. 列表")
    assert BodyConverter().convert(body) == _markdown_only(body)


def _ruby_as_before(fragment: str, common: frozenset[str]) -> str:
    """add_ruby as it was first written: text node by text node, each Han run read whole."""
    import html
    import re
    tag_re = re.compile(r"(<[^>]*>)")
    run_re = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]+")
    seen: set[str] = set()

    def ruby_run(run: str) -> str:
        out = []
        for ch, reading in zip(run, slugs.reading(run), strict=True):
            if ch not in common and ch not in seen and reading:
                seen.add(ch)
                out.append(f"<ruby>{ch}<rp>(</rp><rt>{html.escape(reading)}</rt><rp>)</rp></ruby>")
            else:
                out.append(ch)
        return "".join(out)

    parts = tag_re.split(fragment)
    inside_ruby = False
    for i, part in enumerate(parts):
        if i % 2 == 1:
            inside_ruby = part.startswith("<ruby") or (inside_ruby and not part.startswith("</ruby"))
        elif not inside_ruby:
            parts[i] = run_re.sub(lambda m: ruby_run(m.group(0)), part)
    return "".join(parts)


RUBY_ALPHABET = ["蹚", "龘", "行", "长", "银行", "重", "庆", "中弹", "适中", "石头", "一块", "的", "<p>", "</p>",
                 '<a title="蹚">', "</a>", "<ruby>", "</ruby>", "<", ">", "，", "a", " ", "&lt;", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(RUBY_ALPHABET), max_size=30).map("".join))
def test_ruby_is_what_reading_whole_runs_node_by_node_gives(fragment: str):
    common = frozenset("的中一块石头银")
    assert add_ruby(fragment, common=common) == _ruby_as_before(fragment, common)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("蹚龘行长银的中一块石头𠀀㐀鿿〇，<>a \n"), max_size=40))
def test_rare_characters_found_alike_by_pattern_and_by_lookup(text: str):
    from shuzibao import typography
    common = frozenset("的中一块石头银")
    assert typography._rare_by_pattern(text, common) == typography._rare_by_lookup(text, common) \
        == {ch for ch in text if ch not in common and ch in "蹚龘行长𠀀㐀鿿"}
