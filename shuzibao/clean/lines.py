"""Raw page text -> Lines: one per printed column line, spacing artefacts removed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .furniture import WEB_NAV_RE, is_furniture, join_section_names, split_jump_on
from .patterns import (
    AGENCY_SENT_RE,
    CAPTION_END_RE,
    DATELINE_RE,
    PHOTO_CREDIT_RE,
    PHOTO_MARKS,
    ROLES,
    is_byline,
    unpad_label,
    unpad_names,
)
from .punct import ascii_punctuated, restore_punctuation, restore_stray_marks
from .text import CLOSING, FULL_PUNCT, is_han, is_wide, printed_width


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw file
    text: str  # stripped, with extractor spacing removed
    indent: bool  # the extractor kept a leading indent (spaces or U+3000)
    blank_before: bool  # an empty line separated it from the previous line
    width: float
    cells: bool = False  # a row of a table or data box: its spaces part cells, it is a paragraph alone
    vertical: bool = False  # a headline set vertically, given one character a line: a block alone
    # running text the extractor gave letter-spaced: justified to the full column in print, however
    # short its characters alone measure (进 行 ， 也 可 发 送 邮 件 至 / wgty_bm@163.com，…)
    spread: bool = False


@dataclass(frozen=True)
class Change:
    """One edit a pass made, for the editor's report and -v."""

    pass_name: str
    line: int
    before: str
    after: str


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*[%‰％]?")


def is_letter_spaced(text: str) -> bool:
    """A justified line the extractor spread out: most space-separated tokens are one character."""
    tokens = text.split()
    if len(tokens) == 2:  # a two-character label spread over its box: `简 讯`, `社 论`
        return all(len(t) == 1 and is_han(t) for t in tokens)
    if len(tokens) < 3:
        return False
    singles = sum(1 for t in tokens
                  if (len(t) == 1 and is_wide(t)) or (len(t) == 2 and any(c in FULL_PUNCT for c in t)))
    # a narrow column's line spread out: `教 育 部 获`, `桥 梁 46` (a number is not spread, nor are
    # Latin words their own spaces part: `入 选 International Consortium for`)
    if singles + sum(1 for t in tokens if _NUMBER_RE.fullmatch(t) or t.isascii() and t.isalpha()) == len(tokens) \
            and singles >= 2:
        return True
    return len(tokens) >= 5 and singles >= 4 and singles >= 0.6 * len(tokens)


_ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.$")


def _long_tokens(text: str, i: int) -> bool:
    """Both runs of text around the space at i are four characters or more."""
    before = text[max(0, i - 4): i]
    after = text[i + 1: i + 5]
    return len(before) == 4 and " " not in before and len(after) == 4 and " " not in after


_SPACED_AFTER_RE = re.compile(r"[0-9][0-9.,:∶%‰]*\s[\u4e00-\u9fff]")
_SPACED_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]\s[0-9][0-9.,:∶%‰]*$")


def _figure_spaced(text: str, i: int) -> bool:
    """The figure at the space is set apart on both sides (东坪猎豹 98∶95 险胜, 关于青禾镇 2026 年度):
    the extractor's spacing around a Latin run, not a headline's clause space (发放 236名学子)."""
    if text[i + 1].isdigit():
        return bool(_SPACED_AFTER_RE.match(text, i + 1))
    return bool(_SPACED_BEFORE_RE.search(text, 0, i))


# A role cut at a line's end, two characters or more of it (本报记 of 本报记者)
_ROLE_PREFIXES = frozenset(role[:k] for role in ROLES for k in range(2, len(role)))


def _keep_space(text: str, i: int, spaced: bool) -> bool:
    """Decide the space at text[i], between `left` and `right`."""
    left, right = text[i - 1], text[i + 1]
    if left.isdigit() and right in "%‰％":
        return False  # 3.5 %: a number's unit sign is part of it
    if left == "." and right.isdigit() and i >= 2 and text[i - 2].isdigit() and not _ITEM_NUMBER_RE.match(text[:i]):
        return False  # 3. 6亿元: a decimal number broken at its point (an item's `1. ` keeps its space)
    if left.isascii() and right.isascii():  # Latin text keeps its spacing (a digit pair may be letter-spaced)
        # ... and so may a pair of single letters in a line spread out (“ 村 B A ” → “村BA”)
        lone = (i < 2 or text[i - 2] == " ") and (i + 2 >= len(text) or text[i + 2] == " ")
        return not (spaced and (left.isdigit() and right.isdigit() or left.isalpha() and right.isalpha() and lone))
    if spaced:
        return False
    if is_han(left) and (is_han(right) or right in CLOSING):
        return True  # a lost glyph or a space that belongs; later passes decide
    if is_han(left) and right in "“‘「『":
        return True  # ... and before one (早稻抢收晚稻抢插 “双抢”农事要抓紧); running text drops it
    if left in "”’」』%％" and is_han(right):
        # a headline's clause space after a quotation or a figure (守好“养老钱” 警惕这些套路,
        # 沪指涨逾0.8% 两市成交额…); running text drops it
        return True
    if (is_han(left) and right.isdigit() or left.isdigit() and is_han(right)) and _long_tokens(text, i) \
            and (is_han(left) or any(is_han(c) for c in text[:i].rsplit(" ", 1)[-1])) \
            and not _figure_spaced(text, i):
        # maybe a headline's clause space (发放 236名学子); body text drops it later. A model's
        # code alone before it is no clause: `HX-3000 巡检机器人…` met the Han font there
        return True
    # A photo credit after a caption's sentence keeps its space: `…调研。 记者 李雅萍 摄`, `… 新华社发`.
    credit = text[i + 1:].strip()
    if left in "。！？" and (CAPTION_END_RE.fullmatch(credit) or AGENCY_SENT_RE.fullmatch(credit)):
        return True
    # ... and so does one whose role the line's end cut (…调试。 本报记 / 者 彭思源 摄), or its 摄
    # (… / 记者 王振宇 / 摄)
    if left in "。！？" and (credit in _ROLE_PREFIXES or len(credit) >= 2 and is_byline(credit)):
        return True
    if right.isdigit() and DATELINE_RE.fullmatch(text[:i].strip()):
        return True  # papers print a space after 本报讯 when no reporter follows
    return False


# Asked of each raw line twice (pieces, to find the page's furniture; then split_lines): once.
@lru_cache(maxsize=4096)
def despace(text: str) -> str:
    """Remove the spaces an extractor adds (letter-spacing, around digits and punctuation);
    keep those between Latin words and between Han characters (decided by later passes)."""
    text = text.strip()
    if "  " in text:
        parts = _wide_gap_parts(text)
        if len(parts) > 1 and is_letter_spaced(" ".join(parts)):
            # Spread out, with wider gaps between some letters: a headline's clause space (坚 定 信
            # 心  攻 坚 克 难) or a lost glyph's place. Each keeps one space, for later passes.
            return " ".join(_despace_one(re.sub(" {2,}", " ", part), spaced=True) for part in parts)
        grid = grid_cells(text)
        if grid:
            return " ".join(grid)
        text = re.sub(r" {2,}", " ", text)
    return _despace_one(text)


_GAP_RE = re.compile(r"(?<=\S) +(?=\S)")
_GRID_CELL_RE = re.compile("[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] +[\u4e00-\u9fff]")
GRID_MIN = 3  # cells of a roster's row
# after Han, before Han or a closing mark: where a lost glyph may have been (王 家   ， 漫)
_HAN_GAP_RE = re.compile("(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff" + re.escape(CLOSING) + "])")


def grid_cells(text: str) -> list[str] | None:
    """A roster's names set in a grid, cells apart by wider gaps than the padding of a
    two-character name to the cell's three (冯德厚    施  兰    葛长顺): the names, padding gone."""
    parts = _wide_gap_parts(text)
    if len(parts) >= GRID_MIN and all(_GRID_CELL_RE.fullmatch(part) for part in parts):
        return [part.replace(" ", "") for part in parts]
    return None


def _wide_gap_parts(text: str) -> list[str]:
    """The line cut at its gaps between Han characters wider than its narrowest gap."""
    narrow = min((len(gap) for gap in _GAP_RE.findall(text)), default=0)
    parts, start = [], 0
    for gap in _HAN_GAP_RE.finditer(text):
        if len(gap.group()) > narrow:
            parts.append(text[start:gap.start()])
            start = gap.end()
    return [*parts, text[start:]]


def _despace_one(text: str, spaced: bool | None = None) -> str:
    if " " not in text:
        return text
    text = unpad_names(unpad_label(text))
    spaced = is_letter_spaced(text) if spaced is None else spaced
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            if _keep_space(text, i, spaced):
                out.append(ch)
        else:
            out.append(ch)
    return "".join(out)


# A subtitle's dash as fonts give it: two horizontal bars (――), box lines or full-width hyphens
# for the two em dashes (——) every later pass looks for.
_SUBTITLE_DASH_RE = re.compile(r"^(?:[—―─－]{2}|--(?=[\u4e00-\u9fff]))")


HANGING = "”’」』"  # closing quotes a typesetter hangs past the measure


def set_width(text: str) -> float:
    """A line's width in ems as set to its column: a closing quote at its end may hang past the
    measure (typesetters hang it rather than push a character down), so it is not counted."""
    if len(text) > 1 and text[-1] in HANGING:
        return printed_width(text[:-1])
    return printed_width(text)


MIN_ROWS = 3  # a table or data box has this many rows at least


CELL_MAX = 16  # characters: a cell holds a name, a figure or a post (澄州市税务局第二稽查局局长)


def _row_cells(raw: str) -> int:
    """How many cells a line has that may be a table's row (0 if it may not): two to eight short
    pieces set apart by spaces, no sentence or clause mark (猪肉 26.8元/公斤 -1.2%, 晴转多云
    12℃～21℃ 东南风2级)."""
    cells = raw.split()
    if not 2 <= len(cells) <= 8 or any(len(c) > CELL_MAX for c in cells) \
            or _CELL_CLAUSE_RE.search(_IN_CELL_RE.sub("", raw)) \
            or is_letter_spaced(" ".join(cells)) or sum(len(c) for c in cells) < 4 \
            or is_furniture(raw) or is_byline(raw):  # a running head, a date line, a reporter
        return 0
    return len(cells)


_CLAUSE_RE = re.compile("[，。；！？、：:“”《》（）()]")
_CELL_CLAUSE_RE = re.compile("[，。；！？：:“”《》（）()]")  # places listed in a cell: 东风村、石湾村
# A score or a time (3:1, 8:30) is a figure, a unit in brackets (涨跌幅（%）) a header cell's, and a
# bracket inside a cell (垌口路（江滨路—新华路）) the cell's own: no clause
_IN_CELL_RE = re.compile(r"(?<=\d)[:：](?=\d)|(?<=\S)[（(][^（）()\s，。；、]{1,12}[）)]")


def table_rows(raws: list[str]) -> set[int]:
    """Indexes of the raw lines that are rows of a table or a data box: three rows or more in a
    row, two of them with three cells or more and two with figures. Running text never sets its
    clauses apart by spaces line after line, and a headline run has no figures."""
    rows: set[int] = roster_rows(raws)
    run: list[tuple[int, int, bool]] = []  # (line, cells, has figures)
    for k, raw in enumerate([*raws, "\0"]):  # the sentinel ends the last run
        if not raw.strip():
            continue  # blank lines say nothing inside a table set line by line either
        row = raw.replace("\u3000", " ").strip()
        cells = _row_cells(row)
        if cells:
            # cells aligned by runs of spaces (a roster: 祁文昊  澄州市税务局第二稽查局局长) tell
            # a table as three cells or figures do
            aligned = "  " in row
            run.append((k, 3 if aligned else cells, aligned or any(ch.isdigit() for ch in raw)))
            continue
        if len(run) >= MIN_ROWS and sum(n >= 3 for _, n, _ in run) >= 2 and sum(f for _, _, f in run) >= 2:
            rows.update(k for k, _, _ in run)
            rows.update(_table_notes(raws, run[0][0], run[-1][0]))
        run = []
    return rows


# A book listed as a 荐书 or 书讯 box prints it, a line alone: `《稻田课堂》 林望舒 著 岑江教育出版社`
BOOK_LISTING_RE = re.compile(r"^《[^《》]{1,30}》\s*[\u4e00-\u9fff·]{2,12}\s*(?:等?著|编著|主编|编|译|绘)"
                             r"\s*[\u4e00-\u9fff]{2,16}(?:出版社|书局|出版公司|出版集团)$")


# A roster's row, as a 公示 or an appointment list prints one a line: `林德茂，男，凫田镇柯家坪村党支部书记`
# (or a whole sentence of them: `梁振宇，男，1979年3月生，中共党员，…，拟任市发展改革委主任。`)
_ROSTER_ROW_RE = re.compile(r"^[\u4e00-\u9fff·]{2,5}[，,]\s*[男女][，,]\s*[^。！？]{2,80}。?$")


# ... or of places to call: `沅川二十中 电话：0762-3327190`
_CONTACT_ROW_RE = re.compile(r"^\S{2,16}\s+(?:咨询|联系|报名|招生)?(?:电话|热线)\s*[:：]"
                             r"\s*[\d０-９][\d０-９\s\-－—]{5,}$")


def roster_rows(raws: list[str]) -> set[int]:
    """Rows of a list of persons (name, sex, post) or of places and their phones, three or more
    in a row: each a paragraph."""
    rows: set[int] = set()
    run: list[int] = []
    for k, raw in enumerate([*raws, ""]):
        # (asked of every line of a page: the characters each row must hold are looked for first)
        if (("男" in raw or "女" in raw) and _ROSTER_ROW_RE.match(raw.strip())) \
                or (("电话" in raw or "热线" in raw) and _CONTACT_ROW_RE.match(raw.strip())):
            run.append(k)
            continue
        if len(run) >= MIN_ROWS:
            rows.update(run)
        run = []
    return rows


# A data box's label (数据, 数说, 一组数据) over its figures, one a line (全县累计发放小额信贷2863万元)
_DATA_LABEL_RE = re.compile(r"^(?:数据|数说|数读|数字|一组数据|数据链接|数据来了)$")
DATA_ROW_MAX = 24  # characters: a data box's line is one figure and what it counts
DATA_LABEL_MAX = 16  # characters of a raw line that may be a data box's label, spaces and all


def data_box_rows(raws: list[str]) -> set[int]:
    """A data box's label and its figures: each a paragraph of the story it stands in, not a
    headline run. The figures are short lines with a number and no clause or sentence mark."""
    rows: set[int] = set()
    for k, raw in enumerate(raws):
        if len(raw) > DATA_LABEL_MAX or not _DATA_LABEL_RE.match(raw.strip().replace(" ", "")):
            continue
        figures = []
        for j in range(k + 1, len(raws)):
            line = raws[j].strip()
            if not line:
                if figures:
                    break
                continue
            if len(line) > DATA_ROW_MAX or not any(ch.isdigit() for ch in line) or _CLAUSE_RE.search(line):
                break
            figures.append(j)
        if len(figures) >= 2:
            rows.update([k, *figures])
    return rows


# A list's row, label and what it gives (`男子100米：杨子航（塅溪镇）11.2秒`, `女子拔河：城关镇队`): no
# clause or sentence mark, nothing of a clause's length
_LISTED_ROW_RE = re.compile(r"^[^：:，。；！？、\s]{1,12}[：:][^：:，。；！？、]{1,30}$")
LIST_INTRO_MAX = 20  # characters of the line that introduces a list (部分项目冠军：)


def _listed_cells(line: str) -> bool:
    """Two to four cells apart by spaces, one with a figure, none with a clause (周六、周日 8:00—12:00:
    a list's enumeration comma inside a cell is no clause)."""
    cells = line.split()
    return 2 <= len(cells) <= 4 and all(len(c) <= CELL_MAX for c in cells) \
        and not any(mark in line for mark in "，。；！？") and any(ch.isdigit() for ch in line)


def listed_rows(raws: list[str]) -> tuple[set[int], set[int]]:
    """Rows of a list a line ending on a colon introduces, three or more, one a line: each a
    paragraph, never run into the next row even when one fills the measure. Given apart: rows of
    a label and what it gives (部分项目冠军： over 男子100米：杨子航11.2秒 …), despaced whole, and
    rows of cells with figures (门诊时间为： over 周一至周五 8:00—12:00 …), their spaces kept."""
    keyed: set[int] = set()
    celled: set[int] = set()
    for k, raw in enumerate(raws):
        intro = raw.strip()
        if not intro.endswith(("：", ":")) or len(intro) > LIST_INTRO_MAX:
            continue
        labelled, cells = [], []
        for j in range(k + 1, len(raws)):
            line = raws[j].strip()
            if line and _LISTED_ROW_RE.match(line):
                labelled.append(j)
            elif line and _listed_cells(line):
                cells.append(j)
            else:
                break
        if len(labelled) + len(cells) >= MIN_ROWS:
            keyed.update(labelled)
            celled.update(cells)
    return keyed, celled


# A table's title over it (表：上半年全市主要经济指标, 表2 …) and its source under it (数据来源：市统计局)
_TABLE_TITLE_RE = re.compile(r"^(?:附?表|图表)\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?\s*\S")
_TABLE_SOURCE_RE = re.compile(r"^(?:数据|资料)?来源\s*[:：]")


def _table_notes(raws: list[str], first: int, last: int) -> list[int]:
    """The lines right over and under a table's rows that are its title and its source: each a
    paragraph of the story alone, as the rows are, not a headline."""
    def near(k: int, step: int) -> int | None:
        while 0 <= k < len(raws) and not raws[k].strip():
            k += step
        return k if 0 <= k < len(raws) else None
    notes = []
    above, below = near(first - 1, -1), near(last + 1, 1)
    if above is not None and _TABLE_TITLE_RE.match(raws[above].strip()) and len(raws[above].strip()) <= CELL_MAX * 2:
        notes.append(above)
    if below is not None and _TABLE_SOURCE_RE.match(raws[below].strip()):
        notes.append(below)
    return notes


# Full-width digits and Latin letters (２０２１年, ＧＤＰ), and a full-width point or per cent sign in
# a number (１２．６％), as the ASCII a site shows; each was set an em wide, and is measured so.
_FULL_ALNUM_RE = re.compile("[０-９Ａ-Ｚａ-ｚ]+(?:[．％][０-９]*)*")


def halfwidth_alnum(text: str) -> tuple[str, int]:
    """The text with full-width digits and letters as ASCII, and how many characters changed."""
    changed = 0

    def ascii_form(match: re.Match) -> str:
        nonlocal changed
        changed += len(match.group(0))
        return "".join(chr(ord(ch) - 0xFEE0) for ch in match.group(0))

    return _FULL_ALNUM_RE.sub(ascii_form, text), changed


# What an extractor puts where its font mapped no character (the replacement character, a
# private-use code point): the place of a lost glyph, read as the gap a space marks.
_STAND_IN_RE = re.compile("[\ue000-\uf8ff\ufffd]")
# Where PyMuPDF met a picture, its placeholder (`<image: DeviceRGB, width: 1600, height: 1067, bpc: 8>`),
# on a line of its own or run into the text block after it: no text of the page, a gap like a
# blank line's (the photo's place), whatever text follows it on its line kept.
_PICTURE_RE = re.compile(r"^\s*<image:[^<>]{0,120}>")


# An ideographic or no-break space between two Chinese characters inside a line of running text
# (one with a clause or sentence mark) is spacing an OCR tool or the PDF's text layer put there,
# not a lost glyph's place: an extractor gives a font's missing glyph as nothing, a space or a
# stand-in, never as U+3000 or U+00A0. (In a headline it is a clause space, in a byline the space
# between credits: those lines keep it, as a space.)
_CLAUSE_MARK_RE = re.compile("[，。；、！？]")
_INNER_IDEOGRAPHIC_RE = re.compile("(?<=[\u4e00-\u9fff])[\u3000\u00a0](?=[\u4e00-\u9fff])")


_RUNNING_RE = re.compile("[，。、；：！？]")
_SPACED_PHOTO_MARK_RE = re.compile(f" [{''.join(PHOTO_MARKS)}] ")


def split_leading_credit(text: str) -> tuple[str, str]:
    """A photo's credit at a line's start and the running text after it (`本报记者 林之遥 摄 方式，…`),
    or ('', text). (摄 set apart from the name: `王大爷摄 影多年` is a word spread out, no credit.)"""
    mark = _SPACED_PHOTO_MARK_RE.search(text) if "摄 " in text or "攝 " in text else None
    if not mark:
        return "", text
    credit, rest = text[:mark.end() - 1], text[mark.end():]
    if not rest or rest[0] == " " or not _RUNNING_RE.search(rest) or not PHOTO_CREDIT_RE.match(credit):
        return "", text
    return credit, rest


def split_lines(text: str) -> tuple[list[Line], list[Change]]:
    """Split a page into non-empty Lines and say which lines lost spaces."""
    lines: list[Line] = []
    changes: list[Change] = []
    blank = False
    fixed = restore_punctuation(text) if ascii_punctuated(text) else restore_stray_marks(text)
    if fixed != text:
        before, text = text.split("\n"), fixed
        changes += [Change("punctuation", number, old.strip(), new.strip())
                    for number, (old, new) in enumerate(zip(before, text.split("\n"), strict=True), 1) if old != new]
    raws = join_section_names(text.split("\n"))
    keyed, celled = listed_rows(raws)
    data = data_box_rows(raws) | keyed
    rows = table_rows(raws) | data | celled
    for number, raw in enumerate(raws, 1):
        if not raw.strip():  # (nothing below makes text of spaces: a blank line goes at once)
            blank = True
            continue
        if ("\u3000" in raw or "\u00a0" in raw) and _CLAUSE_MARK_RE.search(raw):
            raw = _INNER_IDEOGRAPHIC_RE.sub("", raw)
        raw = _STAND_IN_RE.sub(" ", raw.replace("\u3000", "  ").replace("\u00a0", " ")).rstrip()
        first = raw.lstrip()[:1]
        if first == "<" and raw.lstrip().startswith("<image:"):
            raw = _PICTURE_RE.sub("", raw)
        elif first in "分【上下" and WEB_NAV_RE.match(raw.strip()):
            raw = ""  # an e-edition page's share and paging links
        if not raw.strip():
            blank = True
            continue
        raw, full = halfwidth_alnum(raw)
        if number - 1 in rows or BOOK_LISTING_RE.match(raw.strip()):  # its spaces part cells: one each, kept
            # cells set apart by runs of spaces keep their own text whole (1286. 4亿元 is one cell)
            parts = [raw] if number - 1 in data else grid_cells(raw.strip()) or re.split(r" {2,}", raw.strip()) \
                if "  " in raw.strip() else raw.split()
            cells = " ".join(despace(part) for part in parts)
            lines.append(Line(number, cells, False, blank and bool(lines), set_width(cells), cells=True))
            blank = False
            continue
        heads = headline_parts(raw.strip())
        if heads:  # a headline run given on one line, its lines apart by wide gaps
            for part in heads:
                part = _SUBTITLE_DASH_RE.sub("——", despace(part))
                lines.append(Line(number, part, False, blank and bool(lines), printed_width(part)))
                blank = False
            changes.append(Change("spacing", number, raw.strip(), " / ".join(heads)))
            continue
        cleaned = _SUBTITLE_DASH_RE.sub("——", despace(raw))
        if cleaned != raw.strip():
            changes.append(Change("spacing", number, raw.strip(), cleaned))
        indent = len(raw) - len(raw.lstrip()) >= 1 and is_wide(cleaned[:1])
        # A jump line set at the end of a paragraph's last line is a line of its own: the
        # paragraph ends on its sentence, and the article on this page with the jump.
        text, jump = split_jump_on(cleaned)
        # ... and a photo's credit the extractor ran into another column's line (本报记者 林之遥 摄
        # 方式，把岗位信息…: pdftotext -raw) is a line of its own, before the text it met
        credit, text = split_leading_credit(text)
        if credit:
            lines.append(Line(number, credit, False, blank and bool(lines), printed_width(credit)))
            blank = False
        stripped = raw.strip()
        spread = " " in stripped and text == cleaned and " " not in cleaned and _CLAUSE_MARK_RE.search(cleaned) \
            and is_letter_spaced(stripped)
        lines.append(Line(number, text, indent, blank and bool(lines), set_width(text) + full / 2, spread=bool(spread)))
        if jump:
            lines.append(Line(number, jump, False, False, printed_width(jump)))
        blank = False
    return join_vertical_lines(quotes_set_inside(lines)), changes


_WIDE_GAP_RE = re.compile(" {2,}")
HEAD_PART_MAX = 24  # characters of one headline line


def headline_parts(text: str) -> list[str] | None:
    """A headline's lines a desk's word processor gave on one line, apart by wide gaps: its
    kicker, title and subtitle (四十年守着一口龙窑  窑火不熄 青瓷有声  ——记…), told by the —— subtitle
    after a gap (a wide gap alone may be a clause space: 坚定信心  攻坚克难 is one title); no part
    ends a sentence or is spread out."""
    if "  " not in text or any(mark in text for mark in "。！？，；"):
        return None
    parts = _WIDE_GAP_RE.split(text)
    if len(parts) < 2 or any(len(part) > HEAD_PART_MAX or is_letter_spaced(part) for part in parts):
        return None
    return parts if any(part.startswith(("——", "--")) for part in parts[1:]) else None


def quotes_set_inside(lines: list[Line]) -> list[Line]:
    """A page whose full lines that end on a closing quote are as wide as its other full lines:
    its typesetter set the quote inside the measure, not hung past it, so such a line's width
    counts the quote (a full line, not one short by the quote's em)."""
    quoted = {k: printed_width(line.text) for k, line in enumerate(lines)
              if len(line.text) > 1 and line.text[-1] in HANGING and not line.cells}
    if len(quoted) < QUOTES_INSIDE_MIN:
        return lines
    full = Counter(round(line.width * 2) / 2 for line in lines if line.text[-1:] not in HANGING and not line.cells)
    if not full:
        return lines
    measure = max(sorted(full), key=lambda w: (full[w], w))
    inside = sum(1 for width in quoted.values() if abs(width - measure) <= 0.5)
    hung = sum(1 for width in quoted.values() if abs(width - measure - 1) <= 0.5)
    if inside < QUOTES_INSIDE_MIN or inside <= hung:
        return lines
    return [replace(line, width=quoted[k]) if k in quoted else line for k, line in enumerate(lines)]


QUOTES_INSIDE_MIN = 2  # full lines ending on a closing quote set inside the measure, to tell


VERTICAL_MIN = 4  # characters: a narrow column's justified line spreads three at most (近 / 年 / 来，)


def join_vertical_lines(lines: list[Line]) -> list[Line]:
    """A headline set vertically beside its story comes out one character a line (十 / 八 / 年 /
    …): a run of lines of one Chinese character each, with nothing between them, is that headline."""
    out: list[Line] = []
    run: list[Line] = []

    def flush():
        if len(run) >= VERTICAL_MIN:
            text = "".join(one.text for one in run)
            out.append(Line(run[0].number, text, False, run[0].blank_before, printed_width(text), vertical=True))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if len(line.text) == 1 and is_han(line.text):
            if run and (line.blank_before or line.number != run[-1].number + 1):
                flush()  # a blank line or a skipped line between: another run
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out
