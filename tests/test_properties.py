"""Invariants of the cleaner on arbitrary input (hypothesis)."""

from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from shuzibao.clean import clean_page
from shuzibao.clean.columns import read_columns
from shuzibao.clean.glyphs import GAP
from shuzibao.clean.lines import despace
from shuzibao.clean.pieces import reorder_pieces
from shuzibao.clean.text import HAN_RE
from shuzibao.ingest import normalize_text
from shuzibao.markdown_io import dump_article
from shuzibao.model import RawPage

GLYPHS = {"蹚": ("蹚出一条新路", "蹚出新路", "蹚新路")}
HAN_SAMPLE = ("本报讯记者李雅萍月日市委书记深入调研出一条新路转型发展会议强调要落实吕梁走过了图为摄临县方山"
              "下转第三版上接完编者按"  # jump lines, end marks, editor's notes
              "河阳日报星期四社会通讯员张华")  # running heads, padded names
PAGE_MARKS = "■、"  # bullets and numbering of subheads
PUNCT = "，。、；：“”（）《》！？…—"

# Page-like text: lines of Han, punctuation, digits, Latin and spaces, sometimes blank lines.
line_text = st.text(alphabet=st.sampled_from(list(HAN_SAMPLE + PUNCT + PAGE_MARKS + "0123456789 AbG.\u3000\u00a0□")),
                    min_size=0, max_size=40)
page_text = st.lists(line_text, min_size=1, max_size=40).map(
    lambda ls: "\n\n".join(ls) if len(ls) % 2 else "\n".join(ls))


def _han(text: str) -> Counter:
    return Counter(ch for ch in HAN_RE.findall(text) if ch != GAP)


def _accounted(result) -> Counter:
    found = Counter()
    for a in result.articles:
        found += _han(a.kicker + a.subtitle + a.body + "".join(a.captions))
        if not a.title_generated:
            found += _han(a.title)
    for _, text in result.report.fragments + result.report.bylines:
        found += _han(text)
    return found - Counter(result.report.glyphs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
@example("——\n0\n□00\n！")  # a headline of dashes only once gave an empty title
@example("□00\n\n一一\n\n？\n\n一一一一\n\n□0一")  # a second byline with the headlines was once lost
@example("一一\n。\n一一\n■一\n0\n0\n0\n0")  # a byline moved to the story above once left the report
@example("出新路")  # a glyph restored in a fragment dropped as noise was once not counted
@example("！\n一一摄")  # a photographer's credit made a 图片新闻's byline was once not counted
@example("本报讯 记者李雅萍说。（下转第三版）\n一、调研\n（上接第一版）会议强调。（完）")
def test_clean_never_crashes_and_conserves_han(text):
    result = clean_page(RawPage("p.txt", "2020-08-11", 1, text), GLYPHS)
    assert _accounted(result) == _han(text)
    for article in result.articles:
        assert article.title.strip()
        dump_article(article)


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
@example("\n、一\n\n0\n\n临\n0一 一—0—一 一\n000000。一 一00—一")  # a piece moved after the one it runs on
@example("0\n0\n0\n、\n—三—\n一")  # a line taken out of a paragraph as a headline read as a paragraph
@example("■一一\n山\n临\n阳\n000000000\n000000000")  # a line taken out of a paragraph, then read as verse
def test_bodies_keep_the_page_order(text):
    """Bodies, taken in article order, read the raw page's Han characters in order (the page's
    reading order: column by column where the extractor laid columns side by side, and pieces
    that run on from a later piece moved after it)."""
    result = clean_page(RawPage("p.txt", "2020-08-11", 1, text), GLYPHS)
    restored = set(GLYPHS) | {GAP}
    bodies = "".join(ch for a in result.articles for ch in HAN_RE.findall(a.body) if ch not in restored)
    reading = reorder_pieces(read_columns(text))
    raw = "".join(ch for ch in HAN_RE.findall(reading) if ch not in restored)
    assert _is_subsequence(bodies, raw)


@settings(max_examples=200, deadline=None)
@given(page_text)
@example("\n、一\n\n0\n\n临\n0一 一—0—一 一\n000000。一 一00—一")
@example("\n0\n0\n0\n\n0\n0\n0")  # (a table given a column at a time, found by the random draw)
def test_reordering_pieces_keeps_every_line(text):
    """Pieces are moved whole: the reordered page has exactly the lines it was given, or, where a
    table given a column at a time was put back in rows (0 / 0 / 0, 0 / 0 / 0 -> 0 0 / 0 0 / 0 0),
    exactly its cells."""
    def lines(t):
        return Counter(line for line in t.split("\n") if line.strip())
    out = reorder_pieces(text)
    assert lines(out) == lines(text) or Counter(out.split()) == Counter(text.split())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_clean_never_crashes_on_any_unicode(text):
    result = clean_page(RawPage("p.txt", "2020-08-11", 1, text), GLYPHS)
    for article in result.articles:
        assert article.title.strip()


@settings(max_examples=100, deadline=None)
@given(page_text)
def test_clean_is_deterministic(text):
    page = RawPage("p.txt", "2020-08-11", 1, text)
    first = [dump_article(a) for a in clean_page(page, GLYPHS).articles]
    second = [dump_article(a) for a in clean_page(page, GLYPHS).articles]
    assert first == second


@settings(max_examples=300, deadline=None)
@given(line_text)
def test_spacing_removes_only_spaces(line):
    """despace (letter-spacing, digit spaces, padded names) drops spaces and nothing else."""
    line = line.replace("\u3000", " ").replace("\u00a0", " ")
    assert despace(line).replace(" ", "") == line.replace(" ", "")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_reading_a_page_changes_only_invisible_characters_and_radicals(text):
    """normalize_text maps radicals to ideographs one for one and drops invisible characters;
    every other character stays where it was (line ends unified)."""
    out = normalize_text(text)
    kept = [ch for ch in text.replace("\r\n", "\n").replace("\r", "\n")
            if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad"]
    assert len(out) == len(kept)
    for a, b in zip(kept, out, strict=True):
        assert a == b or a in "\u00a0\t\f\v" or (0x2E80 <= ord(a) <= 0x2FDF or 0xF900 <= ord(a) <= 0xFAFF)
