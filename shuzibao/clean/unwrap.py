"""Lines -> blocks: join column lines into paragraphs from the evidence the page gives.

A printed paragraph's first line is short by its lost two-character indent, its middle lines are
full to the column, and it ends on a sentence. Columns differ between articles, so each line is
measured against the lines around it, never against one page-wide width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .glyphs import straddles_word
from .lines import Line
from .patterns import (
    BULLETS,
    MAX_HEADLINE_HAN,
    is_byline,
    is_caption,
    is_caption_start,
    is_credit,
    is_dateline,
    is_editor_note,
    is_exclamation,
    is_furniture,
    is_jump_on,
    is_letter_signature,
    is_notice_close,
    is_notice_title,
    is_running_head,
    is_salutation,
    is_signed_date,
    is_signer,
    is_subhead,
    is_teaser,
    opens_article,
)
from .text import QUOTE_OPENERS, ends_open, ends_sentence, han_count, is_end_mark

# Widths in ems, against the column measured around a line.
INDENT_SLACK = 1.25  # a line this much narrower than its column is not full: it may be indented
INDENT = 1.75  # clearly short by the lost two-character indent
LAST_LINE = 3.5  # far shorter than an indented first line: a paragraph's last line
SHORT = 2.5  # a sentence-final line this much narrower ends its paragraph
# A line this much narrower than its column and not ending a sentence is neither a paragraph's
# middle nor its indented first line (2 short): a headline or a fragment.
FRAGMENT = 4.0
FRAGMENT_SURE = 6.0
WINDOW = 10
QUANTILE = 0.8  # most lines of a column are full; first and last lines are the few
MIN_SIDE = 4  # fewer lines than this on one side: measure from both sides
OUTLIER = 3.0  # lines this much wider than the median nearby are not the column
WIDE = 2.5  # a line this much wider than the column before it is not that column's text
MAX_COLUMN = 50.0  # the widest newspaper measure seen is under 40 ems


@dataclass(frozen=True)
class Block:
    """Lines that read as one unit: a paragraph, a headline run, a byline, a credit, a caption."""

    lines: tuple[Line, ...]
    # read as a paragraph whatever it looks like: a notice's signature (its issuer, its date)
    body: bool = False

    @property
    def first(self) -> int:
        return self.lines[0].number


def is_hard_start(line: Line) -> bool:
    """Lines that always begin a new block, whatever came before."""
    return _hard_start(line.text)


def is_standalone(line: Line) -> bool:
    """Lines that are a whole block by themselves."""
    return _standalone(line.text)


# Each line is asked both questions twice (measuring columns, then at each break): by its text, once.
@lru_cache(maxsize=4096)
def _hard_start(text: str) -> bool:
    return is_dateline(text) or is_byline(text) or is_credit(text) or is_caption(text) or is_jump_on(text) \
        or is_subhead(text) or is_editor_note(text) or is_running_head(text) or is_teaser(text) or is_salutation(text) \
        or is_notice_title(text)  # 启事: a notice set at its own measure starts under it


@lru_cache(maxsize=4096)
def _subhead(text: str) -> bool:
    return is_subhead(text)


@lru_cache(maxsize=4096)
def _standalone(text: str) -> bool:
    return is_byline(text) or is_credit(text) or is_caption(text) or is_jump_on(text) or is_running_head(text) \
        or is_teaser(text) or is_salutation(text) or is_notice_title(text)


def _column_of(widths: list[float]) -> float:
    """A high quantile of nearby widths, ignoring lines far wider than most (headlines)."""
    ordered = sorted(widths)
    median = ordered[len(ordered) // 2]
    ordered = [w for w in ordered if w <= median + OUTLIER]
    return ordered[min(len(ordered) - 1, int(len(ordered) * QUANTILE))]


def column_widths(lines: list[Line]) -> tuple[list[float], list[float]]:
    """The column measure at each line, seen from the lines before it and from the lines after it,
    within the stretch between two hard starts. Where one article ends and another set at a
    different width begins, the last line of the first is measured against its own article and
    the first line of the next against the lines that follow it."""
    segment_of, segment = [], 0
    for i, line in enumerate(lines):
        # A subhead is set in its article's column: it starts a paragraph, not a new measure.
        if i and is_hard_start(line) and not _subhead(line.text):
            segment += 1
        segment_of.append(segment)
    standalone = [is_standalone(line) for line in lines]

    widths = [line.width for line in lines]
    measured = [not s and not line.cells for s, line in zip(standalone, lines, strict=True)]
    n = len(lines)
    before, after = [], []
    for i in range(n):
        segment = segment_of[i]
        back = [widths[j] for j in range(max(0, i - WINDOW), i + 1) if measured[j] and segment_of[j] == segment]
        ahead = [widths[j] for j in range(i, min(n, i + WINDOW + 1)) if measured[j] and segment_of[j] == segment]
        if len(back) < MIN_SIDE or len(ahead) < MIN_SIDE:
            # the window on both sides (line i once); _column_of does not mind the order
            both = (back + ahead[1:] if measured[i] else back + ahead) or [widths[i]]
        before.append(_column_of(back if len(back) >= MIN_SIDE else both))
        after.append(_column_of(ahead if len(ahead) >= MIN_SIDE else both))
    return before, after


# A sentence with its credit after it, as a news brief ends: `…800余名学生参加。（王芳）`.
_ENDS_CREDITED_RE = re.compile(r"[。！？][（(][^（）()]{1,30}[）)]$")
_NUMBERED_RE = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]"
                          r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
_NAMED_SPEAKER_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")
_SPEAKER_RE = re.compile(r"^(?:记者|本报记者|问|答|主持人)\s*[：:]")


def _credit_ends_sentence(prev: Line, nxt: Line) -> bool:
    """nxt reads as a caption only by the photographer's credit it ends on, and finishes the
    sentence prev left open (…带回家与家 / 人分享。（本报记者 邱雨桐 摄）): a paragraph's last line."""
    return is_caption(nxt.text) and not is_caption_start(nxt.text) and not ends_sentence(prev.text) \
        and not ends_open(prev.text) and not is_standalone(prev) and not is_hard_start(prev)


def _opens_unclosed(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") \
        or text.count("《") > text.count("》")


def _quotes_unclosed(text: str) -> bool:
    """A quotation opened and not closed on the line (“这是一项惠及千家万): running text; a
    headline's quotes are closed on it (山坡上种出“致富药”)."""
    return text.count("“") > text.count("”")


def _item_runs_on(prev: Line, nxt: Line, column: float) -> bool:
    """A numbered or bulleted item's first line, short by its lost indent only (二、招生对象：年满18
    周岁、身体, ■2019江屿城市马拉松将于11月), over a full line: the item's sentence goes on, no
    subhead (a subhead is far short of the column, or over an indented first line)."""
    return prev.width > column - FRAGMENT and nxt.width >= column - INDENT_SLACK and not is_hard_start(nxt)


def breaks_between(prev: Line, nxt: Line, prev_col: float, next_col: float, blank_matters: bool) -> bool:
    """Whether a paragraph (or block) ends between two adjacent lines."""
    if (is_hard_start(nxt) and not _credit_ends_sentence(prev, nxt)) or is_standalone(prev):
        return True
    if is_end_mark(nxt.text) and ends_sentence(prev.text):
        return False  # （完） on a line of its own ends the paragraph it follows
    if _NUMBERED_RE.match(nxt.text) and (ends_sentence(prev.text) or prev.text.endswith(("：", ":", "；"))):
        return True  # a numbered item: 1.申报时间：…, after the sentence, colon or item (；) before it
    if prev.text.endswith(("：", ":")) and prev.width <= prev_col - SHORT and nxt.text[:1] in QUOTE_OPENERS \
            and (nxt.indent or nxt.width <= prev_col - INDENT_SLACK):
        return True  # 他感慨地说： stopping short, over an indented “以前……: the quotation is a paragraph
    if ends_open(prev.text) or _opens_unclosed(prev.text):
        return False
    if prev_col < NARROW and not ends_sentence(prev.text) and nxt.width < prev_col + WIDE \
            and (_tiny(prev.text) or _tiny(nxt.text)):
        return False  # a narrow column's justified line spread one character a line (近 / 年 / 来，)
    if _subhead(prev.text) and prev.width <= prev_col - INDENT and not _item_runs_on(prev, nxt, prev_col):
        return True  # a subhead short of the column; a full line opens a numbered paragraph
    if nxt.text.startswith("——"):
        return True
    # On a page whose lines are single-spaced, a blank line marks a block, if the text allows.
    blank = blank_matters and nxt.blank_before
    next_short = nxt.indent or nxt.width <= prev_col - INDENT_SLACK
    if ends_sentence(prev.text) and prev.width > MAX_COLUMN:
        return True  # no newspaper column is this wide: the extractor already gave paragraphs
    if ends_sentence(prev.text) and _SPEAKER_RE.match(nxt.text):
        return True  # an interview's turn: 记者：… / 问：… opens a paragraph
    if nxt.text[0] in BULLETS and (ends_sentence(prev.text) or _ENDS_CREDITED_RE.search(prev.text)):
        return True  # a bulleted item of news briefs: ◆5月4日，…（王芳） / ◆近日，…
    if ends_sentence(prev.text):
        # After a full line, a line far shorter than an indented one that ends a sentence reads
        # as the paragraph's last line (…舒心多了。” / 居民张秀梅说。), not as a paragraph.
        last_line = prev.width > prev_col - SHORT and nxt.width <= prev_col - LAST_LINE \
            and ends_sentence(nxt.text) and not nxt.indent
        return ((next_short or blank) and not last_line) or prev.width <= prev_col - SHORT \
            or nxt.width >= prev_col + WIDE
    # No sentence end: only a line far from the column (a headline, a fragment) ends a block here;
    # one just a little shorter may be an indented first line, if a full line follows it.
    # Short of its own column or of the column the next line is set in (a box's title over its
    # first line, where the lines before it measure another column).
    over_first = prev_col >= NARROW and _headline_text(prev.text) \
        and next_col - LAST_LINE < nxt.width <= next_col - INDENT_SLACK and not straddles_word(prev.text, nxt.text)
    shortfall = (max(prev_col, next_col) if over_first else prev_col) - prev.width
    next_indented = nxt.indent or nxt.width <= prev_col - INDENT
    # A line far wider than the column around it is no line of it: a headline set across columns.
    wider = prev_col >= NARROW and prev.width >= prev_col + WIDE and nxt.width < prev_col + WIDE \
        and _headline_text(prev.text)
    return shortfall >= FRAGMENT_SURE or (shortfall >= FRAGMENT and (next_indented or blank)) or wider


def rejoin_cut_lines(lines: list[Line]) -> list[Line]:
    """Lines a narrow column cut where neither piece says what the whole does, as one line: a
    dateline cut after its first word (本报 / 讯（记者 杨帆）…), where an article starts; a brief's
    closing credit cut in its brackets (…即可参加。（林 / 晓）), where the brief ends."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _cut(prev.text, line.text):
            out[-1] = replace(prev, text=prev.text + line.text, width=prev.width + line.width)
        else:
            out.append(line)
    return out


_CREDIT_CUT_RE = re.compile(r"[。！？][（(](?P<a>[^（）()]{1,8})$")
_CREDIT_REST_RE = re.compile(r"^(?P<b>[^（）()]{1,8})[）)]$")


def _cut(first: str, second: str) -> bool:
    if _tiny(first) and not is_dateline(first) and not is_dateline(second):
        return is_dateline(first + second)
    cut, rest = _CREDIT_CUT_RE.search(first), _CREDIT_REST_RE.match(second)
    return bool(cut and rest) and is_credit(f"（{cut.group('a')}{rest.group('b')}）")


def _tiny(text: str) -> bool:
    """One or two characters and no mark: no headline, no paragraph's end, only a piece of a line."""
    return len(text) <= 2 and han_count(text) == len(text)


def _exclaimed_before_start(lines: list[Line], i: int) -> bool:
    """Line i is a short question or exclamation right before a dateline or byline, after a line
    that ended its sentence: a headline (今年粮价还会涨吗？), not the last line of the paragraph
    before it (a last line finishes the sentence the line before it began: …新时 / 代…新篇章！)."""
    return i + 1 < len(lines) and ends_sentence(lines[i - 1].text) and is_exclamation(lines[i].text) \
        and opens_article(lines[i + 1].text)


PER_LINE_SHARE = 0.6  # of a page's lines ending a sentence: each line is a paragraph
PER_LINE_MIN = 4


def paragraph_per_line(lines: list[Line]) -> bool:
    """The extractor (or a converter before it) gave a paragraph per line: most lines end a
    sentence, which a column's lines, cut wherever the measure falls, seldom do."""
    texts = [line.text for line in lines if not is_standalone(line)]
    ending = sum(1 for text in texts if ends_sentence(text))
    return ending >= PER_LINE_MIN and ending >= PER_LINE_SHARE * len(texts)


MAX_LIFTED = 3  # lines of a headline set across a paragraph
NARROW = 10.0  # ems: a column this narrow tells little by its lines' widths


def _headline_text(text: str) -> bool:
    """A line's text as a headline's: no clause or sentence mark, opening nothing, stopping on
    nothing that goes on (as the blocks pass tells a headline block: a lifted run must be read
    as one, never as a paragraph out of its place)."""
    return not any(mark in text for mark in "，。；！？、：…") and not _SPEAKER_RE.match(text) \
        and not _opens_unclosed(text) and not ends_open(text) and 0 < han_count(text) <= MAX_HEADLINE_HAN \
        and not _quotes_unclosed(text)


_TOPIC_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}：")


def _title_text(text: str) -> bool:
    """A headline's text, or a title led by its topic and a colon (杨翀：山里娃的“摆渡人”)."""
    topic = _TOPIC_RE.match(text)
    return _headline_text(text[topic.end():] if topic else text)


def _headline_like(line: Line, column: float, short: float = FRAGMENT_SURE) -> bool:
    """A line no paragraph holds in its middle: far off the column (`short` of it, or wider, as
    a headline set across columns is), with a headline's text."""
    off = line.width <= column - short or line.width >= column + WIDE
    return off and _headline_text(line.text) and not is_hard_start(line) and not line.text.startswith("——")


def _in_run(line: Line) -> bool:
    """A line a headline run read inside a paragraph may hold after its first: a title, its
    subtitle, the byline printed with them."""
    return is_byline(line.text) or line.text.startswith("——") or \
        (_headline_text(line.text) and not is_hard_start(line))


def _lifted_run(lines: list[Line], i: int, before: list[float], after: list[float], blank_matters: bool) -> int:
    """The end of a run of headline lines the extractor set inside a paragraph, starting at line
    i, or i when there is none. (pdfminer and others read a headline box set across the columns
    between the line above it and the line below it.) The paragraph's line before the run is
    full and stops mid-sentence; the line after it carries on from that one and not from the run:
    a word runs across the paragraph's two lines (铺设截 / 污管网) and across neither edge of the
    run. A run far off the column needs less: the line after it full too (a paragraph's first
    line is indented) or the line before stopping on a comma."""
    prev, column = lines[i - 1], before[i - 1]
    if i < 2 or column < NARROW or not column - INDENT_SLACK <= prev.width < column + WIDE or ends_sentence(prev.text) \
            or is_hard_start(prev) or is_standalone(prev) or not _headline_text(lines[i].text) \
            or is_hard_start(lines[i]) or lines[i].text.startswith("——"):
        return i
    j = i + 1
    while j < len(lines) and j - i < MAX_LIFTED and _in_run(lines[j]):
        j += 1
    # the run ends before the paragraph's line that carries on: try each end, the longest first
    for end in range(j, i, -1):
        if end == len(lines):
            continue
        nxt = lines[end]
        if breaks_between(prev, nxt, column, after[end], blank_matters) or nxt.indent \
                or nxt.width >= column + WIDE or not _headline_text(nxt.text[:1]):
            continue
        run = lines[i:end]
        if straddles_word(prev.text, nxt.text) and not straddles_word(prev.text, run[0].text) \
                and not straddles_word(run[-1].text, nxt.text):
            return end
        # between two full lines of one paragraph, a line short by more than kinsoku or an
        # unbreakable number leaves (FRAGMENT) is no line of it
        if all(_headline_like(line, column, FRAGMENT) or is_byline(line.text) or line.text.startswith("——")
               for line in run):
            # full too: no paragraph's indented first line
            if nxt.width >= column - INDENT_SLACK or ends_open(prev.text):
                return end
    return i


LOOSE_SHARE = 0.6  # of the page's column: a stretch measured narrower is no column of text
LOOSE_MIN = 4  # lines: a shorter stretch is a headline run


def _loose_lines(lines: list[Line], before: list[float]) -> set[int]:
    """Lines each a block of its own: a stretch between two hard starts of four lines or more,
    measured far narrower than the page's columns, not one of them with a clause or sentence
    mark (a poem's verse, a list set line by line). Their own measure would make each look full;
    a narrow column of running text has its commas."""
    ordered = sorted(before)
    page = ordered[len(ordered) // 2]
    if page < NARROW:
        return set()
    loose: set[int] = set()
    starts = [0, *(i for i in range(1, len(lines)) if is_hard_start(lines[i])), len(lines)]
    for start, end in zip(starts, starts[1:], strict=False):
        stretch = range(start + (start > 0 or is_hard_start(lines[0])), end)
        if len(stretch) >= LOOSE_MIN and all(before[i] < LOOSE_SHARE * page and _headline_text(lines[i].text)
                                             for i in stretch):
            loose.update(stretch)
    return loose


VERSE_MIN = 6  # lines: fewer ragged short lines are a headline run or a signature
VERSE_FULL = 0.35  # of a run's lines at its widest: more, and it is a narrow column set justified
VERSE_CUT = 0.2  # of a run's line ends inside a word: more, and it is running text


def _verse(lines: list[Line], before: list[float]) -> tuple[set[int], set[int]]:
    """A poem's lines, each a paragraph: a run of VERSE_MIN lines or more, each well short of the
    page's column and ending no sentence, set ragged (a narrow column of running text is justified:
    most of its lines are as wide as its widest). A line as wide as the page's column, followed by
    a short one, is a verse line too long for it: (verse, the wrapped rests that join it). A title
    right above a byline or a subtitle after the run is the next article's, not verse."""
    ordered = sorted(before)
    page = ordered[int(len(ordered) * QUANTILE)]  # the page's main column: most of a page is prose
    if page < NARROW:
        return set(), set()

    def short(k: int) -> bool:
        line = lines[k]
        return line.width <= page - SHORT and not line.cells and not ends_sentence(line.text) \
            and not is_hard_start(line) and not is_standalone(line) and not is_furniture(line.text) \
            and han_count(line.text) >= 2

    verse: set[int] = set()
    wrapped: set[int] = set()
    i = 0
    while i < len(lines):
        run, rests, k = [], [], i
        while k < len(lines):
            if short(k):
                run.append(k)
            elif k + 1 < len(lines) and short(k + 1) and lines[k].width >= page - INDENT_SLACK \
                    and not ends_sentence(lines[k].text) and not is_hard_start(lines[k]) and run:
                run.append(k)
                rests.append(k + 1)
                run.append(k + 1)
                k += 1
            else:
                break
            k += 1
        if k < len(lines) and run and run[-1] == k - 1 \
                and (is_byline(lines[k].text) or lines[k].text.startswith("——")):
            if lines[run.pop()].text.startswith("——") and run:  # a subtitle: its title over it
                run.pop()
        widths = [lines[j].width for j in run if j not in rests and lines[j].width <= page - SHORT]
        if len(run) >= VERSE_MIN and widths and max(widths) >= NARROW \
                and sum(1 for w in widths if w >= max(widths) - 0.5) < VERSE_FULL * len(widths) \
                and not _wrapped_prose(lines, [j for j in run if j not in rests]):
            verse.update(run)
            wrapped.update(j for j in rests if j in run)
        i = max(k, i + 1)
    return verse, wrapped


def _wrapped_prose(lines: list[Line], run: list[int]) -> bool:
    """Lines broken inside words (监 / 测, 霍思 / 远), or a sentence ending inside one: a narrow
    column's running text, not verse, whose lines end where a phrase does."""
    pairs = [(j, k) for j, k in zip(run, run[1:], strict=False) if k == j + 1]
    if any(mark in lines[j].text for j in run for mark in "。！？"):
        return True  # a sentence ends inside a line: the line is no verse line
    cut = sum(1 for j, k in pairs if straddles_word(lines[j].text, lines[k].text))
    return cut >= VERSE_CUT * max(1, len(pairs))


def _short_headline_before(lines: list[Line], k: int, before: list[float], after: list[float]) -> bool:
    """Line k, after a sentence's end, short of the column and with no clause mark, is followed
    by a line short of it too that does not end a sentence: no paragraph's first line is followed
    by a second short line that does not finish it, so line k is a headline (in a narrow column,
    one only a little short: “移动图书车”开进工地 over 5月15日中午，一辆装满图)."""
    if k == 0 or k + 1 >= len(lines):
        return False
    # line k against the column it ends, the line after it against its own (a sidebar's last
    # story, then the main column's next one)
    column, next_column = before[k], after[k + 1]
    if column < NARROW:
        return False
    # Under a kicker (延伸阅读), a line with a headline's text over a line short of the column at
    # all is the title over the story's indented first line.
    kicker = _headline_like(lines[k - 1], column, INDENT)
    if not (kicker or ends_sentence(lines[k - 1].text) or is_standalone(lines[k - 1])):  # a caption, a credit
        return False
    line, nxt = lines[k], lines[k + 1]
    # not the headline's own next line: a clause mark in it, or a sentence ending inside it
    running = any(mark in nxt.text for mark in "，、；：") or any(mark in nxt.text[:-1] for mark in "。！？")
    # After a sentence's end a line is a paragraph's first (short) or goes on with it (full), and
    # then the line after it is full or ends the sentence: a short one after it, still running,
    # says line k was neither, whatever its width (a title set across a narrow column).
    # (a line far short of the column, over one short by the indent as commas squeeze it: a title)
    slack = INDENT_SLACK if kicker or column - line.width >= FRAGMENT else INDENT
    nxt_short = nxt.indent or nxt.width <= next_column - slack
    return (not kicker or column - line.width >= INDENT) and _title_text(line.text) and not is_hard_start(line) \
        and not line.indent and running and nxt_short and not ends_sentence(nxt.text) and not ends_open(line.text)


def unwrap_paragraphs(lines: list[Line]) -> list[Block]:
    """Group lines into blocks; the text is joined later, once glyphs are restored."""
    if not lines:
        return []
    lines = rejoin_cut_lines(lines)
    before, after = column_widths(lines)
    # pdftotext-style pages separate lines by single newlines and blocks by blank lines;
    # where every line is followed by a blank line, blank lines say nothing.
    gaps = sum(1 for line in lines[1:] if line.blank_before)
    blank_matters = len(lines) > 2 and gaps < 0.3 * (len(lines) - 1)
    per_line = paragraph_per_line(lines)
    # On a page with an interview, whoever answers by name opens a paragraph too (王师傅：…).
    interview = any(_SPEAKER_RE.match(line.text) for line in lines)
    signature = _notice_signature(lines)
    # lines each a block of its own: verse, a notice's signature, a table's rows
    verse, wrapped = _verse(lines, before)
    headings = _table_headings(lines)
    rows = {k for k, line in enumerate(lines) if line.cells}
    alone = _loose_lines(lines, before) | signature | verse | headings | rows
    blocks, current = [], [lines[0]]
    # Headline runs taken out of a paragraph they were set inside wait for the end of their
    # article (the next article's start, a headline or the page's end), where the page's other
    # displaced headlines sit: set right after the paragraph, one would split its article.
    lifted: list[Block] = []
    prev, i = 0, 1
    asked: dict[int, bool] = {}  # each line asked once, whether as the line before a break or after it

    def headline_at(k: int) -> bool:
        if k not in asked:
            asked[k] = _short_headline_before(lines, k, before, after)
        return asked[k]

    while i < len(lines):
        end = i if i in verse else _lifted_run(lines, i, before, after, blank_matters)
        if end > i:
            lifted.append(Block(tuple(lines[i:end])))
            i = end
        if breaks_between(lines[prev], lines[i], before[prev], after[i], blank_matters) \
                or _exclaimed_before_start(lines, i) or (per_line and ends_sentence(lines[prev].text)) \
                or (interview and ends_sentence(lines[prev].text) and _NAMED_SPEAKER_RE.match(lines[i].text)) \
                or headline_at(prev) or headline_at(i) or ((prev in alone or i in alone) and i not in wrapped):
            blocks.append(Block(tuple(current)))
            if lifted and (is_hard_start(lines[i]) or _headline_like(lines[i], before[prev])):
                blocks.extend(lifted)
                lifted = []
            current = []
        current.append(lines[i])
        prev, i = i, i + 1
    blocks.append(Block(tuple(current)))
    blocks.extend(lifted)
    signed = {lines[k].number for k in signature | headings}
    sung = {lines[k].number for k in verse}
    return [Block(b.lines, body=True) if (len(b.lines) == 1 and (b.lines[0].number in signed or b.lines[0].cells))
            or all(line.number in sung for line in b.lines) else b for b in blocks]


# A notice's contact line: `咨询电话：0578-6213590`, `联系人：王芳`, `地址：市文化馆二楼`.
_CONTACT_RE = re.compile(r"^(?:咨询|联系|报名|监督|举报)?(?:电话|热线|联系人|地址|邮箱|传真)[：:]\s*\S")


def _table_headings(lines: list[Line]) -> set[int]:
    """A table's heading line (本轮赛果, 积分榜（前六名）, 2月份居民消费价格分类指数（上年同月=100）)
    right over its rows, after a paragraph's last sentence or another table's rows: a paragraph of
    the story the table belongs to, not the title of an article of its own."""
    return {k for k in range(1, len(lines) - 1)
            if lines[k + 1].cells and not lines[k].cells and not ends_sentence(lines[k].text)
            and not is_hard_start(lines[k]) and han_count(lines[k].text) >= 2
            and (lines[k - 1].cells or ends_sentence(lines[k - 1].text))}


def _notice_signature(lines: list[Line]) -> set[int]:
    """A notice's closing formula (特此公告。) and the issuer and date lines under it: each a
    paragraph of the notice, not a headline nor a running head's date."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        # signed without a formula: the issuer on the line over the date, after a sentence's end
        if k + 1 < len(lines) and k and is_signer(line.text) and is_signed_date(lines[k + 1].text):
            if ends_sentence(lines[k - 1].text):
                out.update((k, k + 1))
                continue
            if _CONTACT_RE.match(lines[k - 1].text) and k > 1 and ends_sentence(lines[k - 2].text):
                out.update((k - 1, k, k + 1))  # the notice's contact line over its signature
                continue
        if not is_notice_close(line.text):
            continue
        out.add(k)
        for j in (k + 1, k + 2):
            if j < len(lines) and (is_signed_date(lines[j].text)
                                   or (j == k + 1 and _headline_text(lines[j].text) and not is_hard_start(lines[j]))):
                out.add(j)
            else:
                break
    return out | _letter_signatures(lines)


LETTER_REACH = 80  # lines from a letter's salutation to its signature


def _letter_signatures(lines: list[Line]) -> set[int]:
    """A letter opened with a salutation (编辑同志：) is signed under its last sentence by who
    wrote it (湖滨街道梧桐巷居民 郑晓岚): a paragraph of the letter, not a headline."""
    out: set[int] = set()
    for s, line in enumerate(lines):
        if not is_salutation(line.text):
            continue
        for k in range(s + 2, min(len(lines), s + LETTER_REACH)):
            if is_letter_signature(lines[k].text) and ends_sentence(lines[k - 1].text):
                out.add(k)
                break
            if is_hard_start(lines[k]):
                break
    return out
