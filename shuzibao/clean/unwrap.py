"""Lines -> blocks: join column lines into paragraphs from the evidence the page gives.

A printed paragraph's first line is short by its lost two-character indent, its middle lines are
full to the column, and it ends on a sentence. Columns differ between articles, so each line is
measured against the lines around it, never against one page-wide width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .alone import (
    advertisement_lines,
    box_inside_paragraph,
    classical_verse,
    contact_lines,
    form_rows,
    formula_ends,
    loose_lines,
    notice_signature,
    poem_headed,
    poem_inside_paragraph,
    pull_quotes,
    run_in_leads,
    table_headings,
    verse_lines,
    written_at_lines,
)
from .furniture import is_furniture, related_links, teaser_index
from .glyphs import straddles_word
from .lines import Line
from .measure import column_widths
from .patterns import (
    BULLETS,
    CAPTION_START_RE,
    MAX_HEADLINE_HAN,
    is_afterword,
    is_brief_lead,
    is_byline,
    is_caption,
    is_caption_start,
    is_column_label,
    is_dateline,
    is_exclamation,
    is_notice_title,
    is_subhead,
    opens_article,
)
from .rejoin import is_tiny, rejoin_cut_lines, side_by_side
from .shapes import (
    FRAGMENT,
    FRAGMENT_SURE,
    INDENT,
    INDENT_SLACK,
    LAST_LINE,
    MAX_COLUMN,
    NARROW,
    SHORT,
    SPEAKER_RE,
    WIDE,
    headline_text,
    is_hard_start,
    is_standalone,
    opens_unclosed,
    subhead_text,
)
from .text import ends_open, ends_sentence, han_count, is_end_mark, printed_width


@dataclass(frozen=True)
class Block:
    """Lines that read as one unit: a paragraph, a headline run, a byline, a credit, a caption."""

    lines: tuple[Line, ...]
    # read as a paragraph whatever it looks like: a notice's signature (its issuer, its date)
    body: bool = False
    # page noise whatever it looks like: a pull quote, words of the text printed again
    noise: bool = False
    verse: bool = False  # a poem's line (read as a paragraph too)
    subhead: bool = False  # a subhead between paragraphs the extractor gave whole

    @property
    def first(self) -> int:
        return self.lines[0].number


# A sentence with its credit after it, as a news brief ends: `…800余名学生参加。（王芳）`.
_ENDS_CREDITED_RE = re.compile(r"[。！？][（(][^（）()]{1,30}[）)]$")
# an item's number, or the bracketed term an entry or a case's part opens with (【河湖长制】是指…, 【案情】)
_NUMBERED_RE = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]"
                          r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|【[^【】]{1,10}】"
                          r"|第[一二三四五六七八九十百]{1,4}[条章] )")  # (a rule's number and its space: 第三条 各县…)
# who said the quotation over it: `郑桂香笑着说。`, `村支书表示。`
_SAID_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:笑着|高兴地|激动地|感慨地|自豪地|坦言|告诉记者)?"
                      r"(?:说|表示|介绍|感慨|笑道)。$")
_POINT_RE = re.compile("^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)")
_BRACKETED_CREDIT_RE = re.compile(r"^[（(][^（）()]{2,30}\s*摄[）)]$")
_RUN_IN_RE = re.compile(r"[：:]\s*[\u4e00-\u9fff\d]")
_NAMED_SPEAKER_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")
# A figure or Latin word a line cannot split: 20.1%, 6.38, LX7, with its unit sign.
CLAUSE_END = "，、；：。！？”’）)】》…—"
# a line going on with the clause the line over it left open: a few characters, then its comma
_GOES_ON_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[，、；。]")
_UNSPLIT_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.,%‰℃/-]*")


def held_full(lines: list[Line], before: list[float]) -> set[int]:
    """Lines stopping short of the column only because the figure the next line opens with could
    not be split and did not fit (…仍高达 / 20.1%，…): full lines, not an indented first line, when
    they stop too close to the column for an indent's two ems. A line with a space in it is left
    alone: a lost glyph's gap (王家 村) measures what the missing character would only roughly."""
    held = set()
    for k in range(len(lines) - 1):
        room = before[k] - lines[k].width
        figure = _UNSPLIT_RE.match(lines[k + 1].text)
        if figure and INDENT_SLACK < room < INDENT and not lines[k + 1].blank_before and " " not in lines[k].text \
                and printed_width(figure.group()) > room:
            held.add(k)
    return held


def _credit_ends_sentence(prev: Line, nxt: Line, column: float) -> bool:
    """nxt reads as a caption only by the photographer's credit it ends on, and finishes the
    sentence prev left open (…带回家与家 / 人分享。（本报记者 邱雨桐 摄）): a paragraph's last line.
    A line far wider than the column is no line of a paragraph (a subtitle set across it), nor is
    one short of it (a photo story's title over its caption), and a paragraph's last line is no
    wider than its column."""
    return is_caption(nxt.text) and not is_caption_start(nxt.text) and not ends_sentence(prev.text) \
        and any(mark in nxt.text for mark in "。！？") \
        and not ends_open(prev.text) and not is_standalone(prev) and not is_hard_start(prev) \
        and not (column >= NARROW and (prev.width >= column + WIDE or prev.width < column - INDENT_SLACK)) \
        and nxt.width < max(column, prev.width) + WIDE


def _caption_across_runs_on(prev: Line, nxt: Line, column: float) -> bool:
    """A caption set across its photo, far wider than the column, that opens on no 图为 (11月3日，
    …该村今 / 年种植的1200亩…。 本报记者 唐亦舟 摄): its first line, cut inside a word, goes on to
    the line as wide that ends on the photographer's credit. (A headline over a caption is cut
    at a clause's end: 外援门德斯伤愈复出，替补登场送出两次助攻 / 昨晚，泽川队前锋…)"""
    return column >= NARROW and prev.width >= column + WIDE and nxt.width >= column + WIDE \
        and is_caption(nxt.text) and not is_caption_start(nxt.text) and not ends_sentence(prev.text) \
        and not is_standalone(prev) and not headline_text(prev.text) and straddles_word(prev.text, nxt.text)


def _item_runs_on(prev: Line, nxt: Line, column: float) -> bool:
    """A numbered or bulleted item's first line, short by its lost indent only (二、招生对象：年满18
    周岁、身体, ■2019江屿城市马拉松将于11月), over a full line: the item's sentence goes on, no
    subhead (a subhead is far short of the column, or over an indented first line)."""
    # ... or over the item's short last line, when the first stopped mid-clause after a comma
    # ((一)具有中华人民共和国国籍，遵守宪法和 / 法律，具有良好的品行和职业道德。)
    last = ends_sentence(nxt.text) and not nxt.indent and "，" in prev.text
    return prev.width > column - FRAGMENT and (nxt.width >= column - INDENT_SLACK or last) and not is_hard_start(nxt)


def _caption_runs_on(prev: Line, nxt: Line) -> bool:
    """A caption opening on 图为… stopped mid-sentence at the line's end (…对HX- / 3000巡检机器人
    进行出厂前调试。): it goes on, down to its credit, unless the next line opens something else."""
    return bool(CAPTION_START_RE.match(prev.text)) and not ends_sentence(prev.text) \
        and not prev.text.endswith(("摄", "）", ")")) and not CAPTION_START_RE.match(nxt.text) \
        and not is_dateline(nxt.text) and not is_byline(nxt.text) and not is_subhead(nxt.text) \
        and not is_furniture(nxt.text)


def _furniture_inside(lines: list[Line], before: list[float]) -> set[int]:
    """The page's furniture given between two lines of a paragraph (…规模以上工业增加值增长 / 扫码看视频
    / 7.2%，固定资产投资…): a line apart, the paragraph whole around it."""
    return {k for k in range(1, len(lines) - 1)
            if not ends_sentence(lines[k - 1].text) and lines[k - 1].width > before[k - 1] - INDENT_SLACK
            and is_furniture(lines[k].text) and not lines[k + 1].indent
            and not is_hard_start(lines[k + 1]) and lines[k + 1].width > before[k - 1] - INDENT_SLACK
            and not headline_text(lines[k - 1].text)}


def quoted_in(lines: list[Line]) -> set[int]:
    """A quotation set in at a narrower measure under the colon that brings it (…一段生动的描述： /
    墟在县东南三十里，滨西河，上通 / 山峒，下达府城。…): its first line, two clauses or more stopping on
    no mark, goes on into the line under it, however short of the text's column."""
    return {k for k in range(1, len(lines) - 1)
            if lines[k - 1].text.endswith(("：", ":")) and _clauses_run_on(lines[k], lines[k + 1])}


def _clauses_run_on(prev: Line, nxt: Line) -> bool:
    return sum(prev.text.count(mark) for mark in "，、；") >= 2 and prev.text[-1:] not in CLAUSE_END \
        and not nxt.indent and not is_hard_start(nxt) and nxt.text[:1] not in BULLETS \
        and bool(_GOES_ON_RE.match(nxt.text)) and _holds_sentence_end(nxt.text)  # (no list's row)


def _dash_runs_on(prev: Line, nxt: Line, column: float) -> bool:
    """A dash opening a line inside running text, a sentence ending in the line it opens, after a
    full line that ends none (…说的一句话 / ——“管子不等人，百姓等不起。”, …称呼它 / ——“龙漖”。从清代…):
    no subtitle's dash (a subtitle holds no full stop)."""
    return column >= NARROW and prev.width > column - INDENT_SLACK and not ends_sentence(prev.text) \
        and _holds_sentence_end(nxt.text)


def _holds_sentence_end(text: str) -> bool:
    return any(mark in text for mark in "。！？")


def breaks_between(prev: Line, nxt: Line, prev_col: float, next_col: float, blank_matters: bool) -> bool:
    """Whether a paragraph (or block) ends between two adjacent lines."""
    if ((is_hard_start(nxt) and not _credit_ends_sentence(prev, nxt, prev_col)
         and not _caption_across_runs_on(prev, nxt, prev_col)) or is_standalone(prev)) \
            and not _caption_runs_on(prev, nxt):
        return True
    if is_brief_lead(prev.text) and not ends_sentence(prev.text):
        # a brief's first line behind its bullet goes on into it however short (■今年1月至4月，云汐港累 / 计完成…)
        return False
    if prev.text == "摄" or (prev.text.endswith("摄") and is_furniture(nxt.text)):
        return True  # a caption's credit ends it (… 记者 王振宇 / 摄): the page's desk line or folio is not its
    if _BRACKETED_CREDIT_RE.match(prev.text):
        return True  # a photographer's credit closes its caption
    if prev.text.endswith(("”", "’")) and _SAID_RE.match(nxt.text):
        return False  # …五六万元。” / 郑桂香笑着说。: who said it ends the quotation's paragraph
    if prev.text.startswith("“") and prev.text.count("“") == 1 and prev.text.endswith(("。”", "！”", "？”")) \
            and nxt.text.startswith("“"):
        # a dialogue's turns, a line each: “喂，您是不是丢了一个黑色的包？” / “是是是！…” (snatches of
        # talk run on in one paragraph: “快看，…飞回来 / 了！”“小点声，…。” / “今年的窝…”)
        return True
    if (is_end_mark(nxt.text) or _BRACKETED_CREDIT_RE.match(nxt.text)) and ends_sentence(prev.text):
        # （完） on a line of its own ends the paragraph it follows; a photographer's credit in
        # brackets (（通讯员 祝禾 摄）) the caption it follows
        return False
    if _POINT_RE.match(prev.text) and ends_sentence(prev.text) and prev.width >= prev_col - INDENT - INDENT_SLACK \
            and not nxt.indent and not is_hard_start(nxt) and nxt.width >= prev_col - INDENT_SLACK:
        # a numbered point's first sentence filling the paragraph's first line, a full line after
        # it: the point's text runs on after its head (三、强化药品供应和医保支付保障。 / 建立…)
        return False
    if nxt.text.startswith(("（《", "(《")) and ends_sentence(prev.text):
        return True  # a review's book in brackets after its last sentence: （《井边》，李默著，…版）
    if _NUMBERED_RE.match(nxt.text) and (ends_sentence(prev.text) or prev.text.endswith(("：", ":", "；"))):
        return True  # a numbered item: 1.申报时间：…, after the sentence, colon or item (；) before it
    if prev.text.endswith(("：", ":")) and prev.width <= prev_col - SHORT and not prev.spread \
            and (nxt.indent or nxt.width <= prev_col - INDENT_SLACK):
        # 他感慨地说： stopping short, over an indented “以前……: the quotation is a paragraph; so is
        # a list's first point under 要格外警惕： (一是“高息”诱惑。凡); a line given letter-spaced
        # was full (联 系 电 话 ， 投 稿 邮 箱 ： / wty@wgrb.com.cn。)
        return True
    if ends_open(prev.text) or opens_unclosed(prev.text):
        return False
    if prev_col < NARROW and not ends_sentence(prev.text) and nxt.width < prev_col + WIDE \
            and (is_tiny(prev.text) or is_tiny(nxt.text)):
        return False  # a narrow column's justified line spread one character a line (近 / 年 / 来，)
    if subhead_text(prev.text) and prev.width <= prev_col - INDENT and not _item_runs_on(prev, nxt, prev_col) \
            and not _RUN_IN_RE.search(prev.text) and not straddles_word(prev.text, nxt.text) \
            and not is_brief_lead(prev.text):
        # a subhead short of the column; a full line opens a numbered paragraph, and so does an
        # item run in after its label (四、征文时间：即日起至2022年 / 6月30日。); one cut inside a
        # word wraps in its box (一、基层是发展全过程人民民主的重 / 要场域)
        return True
    if nxt.text.startswith("——") and not _dash_runs_on(prev, nxt, prev_col):
        return True
    # On a page whose lines are single-spaced, a blank line marks a block, if the text allows.
    blank = blank_matters and nxt.blank_before
    next_short = nxt.indent or nxt.width <= prev_col - INDENT_SLACK
    if ends_sentence(prev.text) and prev.width > MAX_COLUMN:
        return True  # no newspaper column is this wide: the extractor already gave paragraphs
    if SPEAKER_RE.match(nxt.text) and (ends_sentence(prev.text) or headline_text(prev.text)):
        return True  # an interview's turn: 记者：… / 问：… opens a paragraph (under a subtitle too)
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
    # one just a little shorter may be an indented first line, if a full line follows it. A line
    # the extractor gave letter-spaced was justified to the column, however few its characters (a
    # long word or address could not follow them: 进 行 ， 也 可 发 送 邮 件 至 / wgty_bm@163.com，…).
    if prev.spread:
        return False
    # Short of its own column or of the column the next line is set in (a box's title over its
    # first line, where the lines before it measure another column).
    over_first = prev_col >= NARROW and headline_text(prev.text) \
        and next_col - LAST_LINE < nxt.width <= next_col - INDENT_SLACK and not straddles_word(prev.text, nxt.text)
    shortfall = (max(prev_col, next_col) if over_first else prev_col) - prev.width
    next_indented = nxt.indent or nxt.width <= prev_col - INDENT
    # A line far wider than the column around it is no line of it: a headline set across columns.
    wider = prev_col >= NARROW and prev.width >= prev_col + WIDE and nxt.width < prev_col + WIDE \
        and headline_text(prev.text) and not is_dateline(prev.text)  # (its credit's spaces widen a dateline)
    # ... and so is one after it: a headline set across columns under a paragraph's last line
    # that stops without a sentence's end (a list of names)
    across = prev_col >= NARROW and nxt.width >= prev_col + WIDE + INDENT and headline_text(nxt.text)
    # ... and a line set apart by a blank line, far wider than the column: a caption across the
    # columns under a headline (東濤國小慶百歲 三代校友回娘家 / / 東濤國小校友與學童一同…)
    apart = blank and prev_col >= NARROW and nxt.width >= prev_col + WIDE + INDENT
    return shortfall >= FRAGMENT_SURE or (shortfall >= FRAGMENT and (next_indented or blank)) or wider or across \
        or apart


def _asked_headline(block: Block) -> bool:
    """A headline asking its question (天热了，降压药能自己停吗？): one line, one sentence."""
    text = block.lines[0].text
    return len(block.lines) == 1 and text.endswith(("？", "?")) and han_count(text) <= MAX_HEADLINE_HAN \
        and not any(mark in text[:-1] for mark in "。！？；：")


def _exclaimed_before_start(lines: list[Line], i: int) -> bool:
    """Line i is a short question or exclamation right before a dateline or byline, after a line
    that ended its sentence: a headline (今年粮价还会涨吗？), not the last line of the paragraph
    before it (a last line finishes the sentence the line before it began: …新时 / 代…新篇章！)."""
    return i + 1 < len(lines) and ends_sentence(lines[i - 1].text) and is_exclamation(lines[i].text) \
        and opens_article(lines[i + 1].text)


GIVEN_SUBHEAD_HAN = 12  # characters of a subhead at most; a longer line is another story's title
GIVEN_WIDTH = 40.0  # ems: an indented line this wide is a paragraph given whole (no column is)
PER_LINE_SHARE = 0.6  # of a page's lines ending a sentence: each line is a paragraph
PER_LINE_MIN = 4


def paragraph_per_line(lines: list[Line]) -> bool:
    """The extractor (or a converter before it) gave a paragraph per line: most lines end a
    sentence, which a column's lines, cut wherever the measure falls, seldom do."""
    texts = [line.text for line in lines if not is_standalone(line)]
    ending = sum(1 for text in texts if ends_sentence(text))
    return ending >= PER_LINE_MIN and ending >= PER_LINE_SHARE * len(texts)


MAX_LIFTED = 3  # lines of a headline set across a paragraph


_TOPIC_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}：")


def _title_text(text: str) -> bool:
    """A headline's text, or a title led by its topic and a colon (杨翀：山里娃的“摆渡人”)."""
    topic = _TOPIC_RE.match(text)
    return headline_text(text[topic.end():] if topic else text)


def _headline_like(line: Line, column: float, short: float = FRAGMENT_SURE) -> bool:
    """A line no paragraph holds in its middle: far off the column (`short` of it, or wider, as
    a headline set across columns is), with a headline's text."""
    off = line.width <= column - short or line.width >= column + WIDE
    return off and headline_text(line.text) and not is_hard_start(line) and not line.text.startswith("——")


def _in_run(line: Line) -> bool:
    """A line a headline run read inside a paragraph may hold after its first: a title, its
    subtitle, the byline printed with them."""
    return is_byline(line.text) or line.text.startswith("——") or \
        (headline_text(line.text) and not is_hard_start(line))


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
            or is_hard_start(prev) or is_standalone(prev) or not headline_text(lines[i].text) \
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
                or nxt.width >= column + WIDE or not headline_text(nxt.text[:1]):
            continue
        run = lines[i:end]
        # a run as full as the column's own lines is no box set across it: a word may run from
        # the line before it to the line after it by chance (…为 / 我市…指明 / 了方向。)
        in_column = all(column - INDENT_SLACK <= line.width < column + WIDE for line in run)
        if not in_column and straddles_word(prev.text, nxt.text) and not straddles_word(prev.text, run[0].text) \
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


def _under_label_margin(column: float) -> float:
    """Ems a title under a column's label is wider than the indented first line under it: an
    indent's two, but in a column too narrow for it a title set near full measure is only a little
    wider (农技小课堂 / 秋播小麦把好“三道关” / 眼下正是秋播小麦的, an 11-em box)."""
    return INDENT if column >= LABEL_BOX_NARROW else 0.5


LABEL_BOX_NARROW = 12.0  # ems: a box this narrow sets its title near its full measure


_ITEM_NUMBER_RE = re.compile(r"^(\d{1,2})([.．、])(?!\d)")
ITEM_REACH = 8  # lines back to the item before


def _next_item(lines: list[Line], k: int) -> bool:
    """Line k opens a numbered item whose number follows one a few lines above it (1.网购后… /
    … / 2.商家以格式条款排除消费者法): the list's next item, never a headline, however short."""
    m = _ITEM_NUMBER_RE.match(lines[k].text)
    if not m or m.group(1) == "1":
        return False
    before = f"{int(m.group(1)) - 1}{m.group(2)}"
    return any(lines[j].text.startswith(before) for j in range(max(0, k - ITEM_REACH), k))


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
    line, nxt = lines[k], lines[k + 1]
    # (each way below a headline has a title's text: most lines have not; a list's next item none)
    if not _title_text(line.text) or _next_item(lines, k):
        return False
    # Under a column's label (记者手记), a line with a title's text, far short of the column the
    # running text under it is set in, is the story's title.
    # Or one as wide as that column, over a line short by the indent that goes on: the paragraph
    # under the label would start with its short line (图片新闻 / 非遗课堂进社区 孩子暑假学手艺 /
    # 暑假开始后，不少家长为孩子).
    label = is_column_label(lines[k - 1].text) or is_afterword(lines[k - 1].text)  # 记者手记, 法官提醒
    # (the line under it may read as a headline, a narrow column's first line with no mark in it,
    # when a full line goes on under it: 秋播小麦把好“三道关” / 眼下正是秋播小麦的 / 关键时期。县…)
    first = not headline_text(nxt.text) or (k + 2 < len(lines) and lines[k + 2].width >= next_column - INDENT_SLACK
                                            and not is_hard_start(lines[k + 2]))
    if label and _title_text(line.text) and not is_hard_start(line) \
            and first and (line.width <= next_column - FRAGMENT
                                                 or (nxt.width <= next_column - INDENT_SLACK
                                                     and not ends_sentence(nxt.text)
                                                     and line.width > nxt.width + _under_label_margin(column))):
        return True
    # Under a kicker (延伸阅读), a line with a headline's text over a line short of the column at
    # all is the title over the story's indented first line.
    kicker = _headline_like(lines[k - 1], column, INDENT)
    if not (kicker or ends_sentence(lines[k - 1].text) or is_standalone(lines[k - 1])):  # a caption, a credit
        return False
    # not the headline's own next line: a clause mark in it, or a sentence ending inside it
    running = any(mark in nxt.text for mark in "，、；：") or any(mark in nxt.text[:-1] for mark in "。！？")
    # After a sentence's end a line is a paragraph's first (short) or goes on with it (full), and
    # then the line after it is full or ends the sentence: a short one after it, still running,
    # says line k was neither, whatever its width (a title set across a narrow column).
    # (a line far short of the column, over one short by the indent as commas squeeze it: a title)
    slack = INDENT_SLACK if kicker or column - line.width >= FRAGMENT else INDENT
    # (a line the extractor gave letter-spaced was justified to the column: none short)
    nxt_short = nxt.indent or (nxt.width <= next_column - slack and not nxt.spread)
    return (not kicker or column - line.width >= INDENT) and _title_text(line.text) and not is_hard_start(line) \
        and not line.indent and running and nxt_short and not ends_sentence(nxt.text) and not ends_open(line.text)


# A subhead of two or three phrases set apart by spaces (聚焦主业 做强链条): no running text has
# its clause spaces, and a lost glyph's space in a line this short after a sentence's end could
# only be in a paragraph's first line, which is full but for its indent.
_SPACED_PHRASES_RE = re.compile("[\u4e00-\u9fff“”]{2,10}(?: [\u4e00-\u9fff“”]{2,10}){1,2}")


def _spaced_subhead(lines: list[Line], k: int, before: list[float]) -> bool:
    line = lines[k]
    return 0 < k and before[k] >= NARROW and line.width <= before[k] - INDENT - INDENT_SLACK \
        and bool(_SPACED_PHRASES_RE.fullmatch(line.text)) and not is_hard_start(line) \
        and (ends_sentence(lines[k - 1].text) or is_standalone(lines[k - 1]))


def unwrap_paragraphs(lines: list[Line]) -> list[Block]:
    """Group lines into blocks; the text is joined later, once glyphs are restored."""
    if not lines:
        return []
    lines = rejoin_cut_lines(lines)
    # pdftotext-style pages separate lines by single newlines and blocks by blank lines;
    # where every line is followed by a blank line, blank lines say nothing.
    gaps = sum(1 for line in lines[1:] if line.blank_before)
    blank_matters = len(lines) > 2 and gaps < 0.3 * (len(lines) - 1)
    advertised = advertisement_lines(lines)  # set in the advertiser's box, at no column's measure
    before, after = column_widths(lines, advertised, blank_matters)
    box = box_inside_paragraph(lines, before)
    if box is not None:  # unwrapped apart, set where the story it interrupted ends
        start, end = box
        return _set_after(lines, start, end, unwrap_paragraphs(lines[start:end]))
    if poem_headed(lines):  # (a poem's title and author's line over it)
        verse, wrapped = verse_lines(lines, before)
        poem = poem_inside_paragraph(lines, before, verse)
        if poem is not None:  # its title and author's line a block each, then a verse line each
            start, end = poem
            blocks: list[Block] = []
            for k in range(start, end):
                if k in wrapped:
                    blocks[-1] = replace(blocks[-1], lines=blocks[-1].lines + (lines[k],))
                else:  # (the title and author's line, blocks of their own, are read as such)
                    sung = k in verse and k >= start + 2
                    blocks.append(Block((lines[k],), body=sung, verse=sung))
            return _set_after(lines, start, end, blocks)
    lines = [side_by_side(line, column) for line, column in zip(lines, before, strict=True)]
    leads = run_in_leads(lines)  # a brief's lead alone on its line goes on into its text
    lines = [replace(line, text=line.text + " ") if leads.get(k) else line for k, line in enumerate(lines)]
    per_line = paragraph_per_line(lines)
    # Paragraphs the extractor (or the paper's layout system) gave whole, each opening on its
    # indent: every indented line opens one there, a numbered item under its section's heading too.
    given = sum(1 for line in lines if line.indent and line.width > GIVEN_WIDTH) >= PER_LINE_MIN
    # On a page with an interview, whoever answers by name opens a paragraph too (王师傅：…).
    interview = any(SPEAKER_RE.match(line.text) for line in lines)
    signature = notice_signature(lines) | (contact_lines(lines) - advertised) | written_at_lines(lines)
    closed = formula_ends(lines)
    quoting = quoted_in(lines)
    # lines each a block of its own: verse, a notice's signature, a table's rows
    verse, wrapped = verse_lines(lines, before)
    verse |= classical_verse(lines)
    headings = table_headings(lines)
    form, entries = form_rows(lines)  # a box's form: a row a paragraph, an entry wrapped joins it
    rows = {k for k, line in enumerate(lines) if line.cells}
    quoted = pull_quotes(lines, before)
    texts = [line.text for line in lines]
    navigation = teaser_index(texts) | related_links(texts)  # the front page's index box, a site's links
    # (measured full where only the break is asked: every other reading sees the line as printed)
    held = held_full(lines, before)
    measured = [replace(line, width=before[k]) if k in held else line for k, line in enumerate(lines)]
    dropped_in = _furniture_inside(lines, before)
    alone = loose_lines(lines, before) | dropped_in | signature | verse | headings | rows | quoted | advertised \
        | navigation | form
    blocks, current = [], [lines[0]]
    # Headline runs taken out of a paragraph they were set inside wait for the end of their
    # article (the next article's start, a headline or the page's end), where the page's other
    # displaced headlines sit: set right after the paragraph, one would split its article.
    lifted: list[Block] = []
    prev, i = 0, 1
    asked: dict[int, bool] = {}  # each line asked once, whether as the line before a break or after it

    def headline_at(k: int) -> bool:
        if k not in asked:  # (the line after a notice's closing formula opens the next notice, and
            # the line under a notice's title its text: 遗失声明 / 汀陵市堽口物流有限公司 / （统一社会…）
            asked[k] = k - 1 not in closed \
                and (_short_headline_before(lines, k, before, after) or _spaced_subhead(lines, k, before)) \
                and not (k and is_notice_title(lines[k - 1].text))
        return asked[k]

    while i < len(lines):
        # (nor is a credit's 摄 the line's end left alone: it stays with its credit)
        end = i if i in verse or i - 1 in alone or i - 1 in closed or lines[i].text == "摄" \
            else _lifted_run(lines, i, before, after, blank_matters)
        if end > i:
            lifted.append(Block(tuple(lines[i:end])))
            i = end
        # a block's first line under a headline's text is measured by the lines after it: the
        # lines before the headline may be another story's, set at another width
        # (not under a column's label: 赛事快讯 heads items set in the column it stands in)
        under_head = len(current) == 1 and blocks and (headline_text(blocks[-1].lines[-1].text)
                                                       or _asked_headline(blocks[-1])) \
            and not is_column_label(blocks[-1].lines[-1].text)
        column = after[prev] if under_head else before[prev]
        if prev not in leads and i not in entries and prev not in quoting and (
                breaks_between(measured[prev], measured[i], column, after[i], blank_matters)
                or _exclaimed_before_start(lines, i) or (per_line and ends_sentence(lines[prev].text))
                or (given and (lines[i].indent or _NUMBERED_RE.match(lines[i].text)))
                or (interview and ends_sentence(lines[prev].text) and _NAMED_SPEAKER_RE.match(lines[i].text))
                or headline_at(prev) or headline_at(i) or ((prev in alone or i in alone) and i not in wrapped)
                or prev in closed):
            blocks.append(Block(tuple(current)))
            if lifted and (is_hard_start(lines[i]) or _headline_like(lines[i], before[prev])):
                blocks.extend(lifted)
                lifted = []
            current = []
        current.append(lines[i])
        prev, i = i, i + 1
    blocks.append(Block(tuple(current)))
    blocks.extend(lifted)
    pulled = {lines[k].number for k in quoted | advertised | navigation | dropped_in}
    blocks = [Block(b.lines, noise=True) if all(line.number in pulled for line in b.lines) else b for b in blocks]
    blocks = _rejoin_around_inserts(blocks, {line.number: col for line, col in zip(lines, before, strict=True)})
    signed = {lines[k].number for k in signature | headings}
    sung = {lines[k].number for k in verse}
    filled = {lines[k].number for k in form}
    blocks = [_read_as_body(b, signed, sung, filled) for b in blocks]
    if given:  # (a line on its indent is a paragraph, whatever it looks like: 联系人：邓先生; a byline is one)
        blocks = [Block(b.lines, subhead=True) if _given_subhead(blocks, k)
                  else Block(b.lines, body=True) if len(b.lines) == 1 and b.lines[0].indent and not b.noise
                  and not b.body and not is_subhead(b.lines[0].text) and not is_standalone(b.lines[0])
                  else b for k, b in enumerate(blocks)]
    return blocks


def _read_as_body(block: Block, signed: set[int], sung: set[int], filled: set[int]) -> Block:
    """The block read as a paragraph whatever it looks like, where it is a notice's signature line,
    a table's row, verse or a form's row (by their raw line numbers); else as it is."""
    verse = all(line.number in sung for line in block.lines)
    first = block.lines[0]
    if verse or first.number in filled or (len(block.lines) == 1 and (first.number in signed or first.cells)):
        return Block(block.lines, body=True, verse=verse)
    return block


def _given_subhead(blocks: list[Block], k: int) -> bool:
    """Where the extractor gave paragraphs whole on their indents, a short line with none between
    two of them, the one after no dateline, is a subhead of the story going on (…扑面而来。 /
    从三间土屋起步 / 　　云岫茶业的前身，…), not a headline of another."""
    block = blocks[k]
    if len(block.lines) != 1 or block.body or block.noise or block.lines[0].indent or k == 0 or k + 1 == len(blocks):
        return False
    j = k - 1  # (a photo set between two of its paragraphs leaves its caption over the subhead)
    while j > 0 and is_caption(" ".join(line.text for line in blocks[j].lines)):
        j -= 1
    line, before, after = block.lines[0], blocks[j], blocks[k + 1]
    return headline_text(line.text) and han_count(line.text) <= GIVEN_SUBHEAD_HAN and not is_notice_title(line.text) \
        and not is_furniture(line.text) and before.lines[0].indent \
        and ends_sentence(before.lines[-1].text) and after.lines[0].indent and not is_dateline(after.lines[0].text)


def _set_after(lines: list[Line], start: int, end: int, inserted: list[Block]) -> list[Block]:
    """The page's blocks with lines[start:end], given inside a paragraph, set apart as the inserted
    blocks where the story it interrupted ends."""
    around = unwrap_paragraphs(lines[:start] + lines[end:])
    resumed = next(n for n, block in enumerate(around) if lines[end] in block.lines)
    ends = next((n for n in range(resumed + 1, len(around)) if _opens_something(around[n])), len(around))
    return around[:ends] + inserted + around[ends:]


def _opens_something(block: Block) -> bool:
    """A block that starts what comes after a story's text: a dateline, byline, headline or subhead."""
    first = block.lines[0]
    return is_hard_start(first) or (len(block.lines) == 1 and headline_text(first.text))


def _rejoin_around_inserts(blocks: list[Block], column: dict[int, float]) -> list[Block]:
    """A photo's caption or a pull quote the extractor gave inside a paragraph (…延伸到自动化拧紧 /
    周启衡（右）在… 本报记者 宋知微 摄 / 设备和整条装配线。): the paragraph's lines on either side
    are one paragraph, the insert after it. The line before the caption runs on (a full line, no sentence's end) and
    the line after it opens nothing (no indent, no line that starts a block)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        # (an insert may be a few blocks: a pull quote's lines, each one apart)
        end = i
        while end < len(blocks) and _inserted(blocks[end]) and end - i < INSERT_BLOCKS_MAX:
            end += 1
        if out and i < end < len(blocks) and _cut_before(out[-1], column) and _goes_on(blocks[end], column):
            out[-1] = Block(out[-1].lines + blocks[end].lines, body=out[-1].body)
            out.extend(blocks[i:end])
            i = end + 1
            continue
        out.append(block)
        i += 1
    return out


INSERT_BLOCKS_MAX = 4  # blocks an insert the extractor gave inside a paragraph may be (a signed quote)


def _inserted(block: Block) -> bool:
    return block.noise or (not block.body and is_caption(" ".join(line.text for line in block.lines)))


def _cut_before(block: Block, column: dict[int, float]) -> bool:
    """The block stops on a line that runs on: full, or its paragraph's first line, full but for
    the indent."""
    last = block.lines[-1]
    short_by = INDENT + INDENT_SLACK if len(block.lines) == 1 and not is_hard_start(last) else INDENT_SLACK
    return not ends_sentence(last.text) and not is_standalone(last) and not headline_text(last.text) \
        and last.width > column[last.number] - short_by


def _goes_on(block: Block, column: dict[int, float]) -> bool:
    first = block.lines[0]
    full = len(block.lines) == 1 or first.width > column[first.number] - INDENT_SLACK
    return full and not block.body and not block.noise and not is_hard_start(first) and not is_standalone(first) \
        and not headline_text(first.text) and not is_furniture(first.text)
