"""Lines each a paragraph of their own, whatever their widths say: a poem's verse, a list set
line by line, a table's headings, a notice's signature, a letter's."""

from __future__ import annotations

import re
from collections import Counter

from .furniture import is_furniture
from .glyphs import straddles_word
from .lines import Line
from .patterns import (
    AUTHOR_ALONE_RE,
    BULLETS,
    CONTACT_LABEL,
    is_box_label,
    is_byline,
    is_caption,
    is_letter_signature,
    is_notice_close,
    is_notice_title,
    is_salutation,
    is_signed_date,
    is_signer,
    is_written_at,
)
from .script import compile_either
from .shapes import INDENT, INDENT_SLACK, NARROW, QUANTILE, SHORT, WIDE, headline_text, is_hard_start, is_standalone
from .text import ends_sentence, han_count, is_han

LOOSE_SHARE = 0.6  # of the page's column: a stretch measured narrower is no column of text
LOOSE_MIN = 4  # lines: a shorter stretch is a headline run


def loose_lines(lines: list[Line], before: list[float]) -> set[int]:
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
        if len(stretch) >= LOOSE_MIN and all(before[i] < LOOSE_SHARE * page and headline_text(lines[i].text)
                                             for i in stretch):
            loose.update(stretch)
    return loose


INSERTED_BOX_MAX = 40  # lines of a box set inside a paragraph, its label and portrait's name included
BOX_NARROWER = 2.0  # ems: a box's lines stand at least this far inside the column around it
BOX_LABEL_MAX = 6  # characters of a box's label


def box_inside_paragraph(lines: list[Line], before: list[float]) -> tuple[int, int] | None:
    """The first box the extractor gave inside a paragraph, as (start, end) lines: the paragraph
    stops mid-sentence on a full line, a box follows under its label (a portrait's caption may
    come first: 邹 / 人物简介 / 邹 ，男，汉族…), set in a measure well inside the column, and the
    paragraph goes on after it on a line as full as before, opening nothing (…发展到 / [box] /
    11.5万亩。二是抓主体。). The box belongs after that paragraph, not inside it."""
    # (asked of every page: the labels first, a few short lines, then the lines around them)
    # (a label the lists do not know heads a column's piece of its own: 今日谈 / its title / □ 邵明远)
    # (or any short label, where the paragraph's word cut before the box goes on after it: 目 / 天气预报
    # / … / 前我市)
    labels = [k for k in range(1, len(lines) - 2)
              if len(lines[k].text) <= BOX_LABEL_MAX and (headline_text(lines[k].text) or is_box_label(lines[k].text))]
    for label in labels:
        known = is_box_label(lines[label].text) or (
            headline_text(lines[label + 1].text) and is_byline(lines[label + 2].text))
        if not known:
            back = _word_goes_on(lines, label, before[label - 1])
            if back is not None:
                return label, back
            continue
        # (a portrait's caption over a known label's box only)
        pictured = is_box_label(lines[label].text) and label > 1 \
            and (lines[label - 1].width <= SHORT or is_caption(lines[label - 1].text))
        i = label - 1 if pictured else label
        prev, column = lines[i - 1], before[i - 1]
        if not _cut_mid_sentence(prev, column) or prev.text.startswith("——"):
            continue
        end = label + 1
        while end < len(lines) and end - i < 2 * INSERTED_BOX_MAX and lines[end].width <= column - BOX_NARROWER:
            end += 1
        if end - label < 3 or end == len(lines):
            continue
        end = _box_end(lines, label, end)
        back = lines[end]
        if end - i >= INSERTED_BOX_MAX:
            continue
        if (back.width >= column - INDENT_SLACK or end + 1 < len(lines) and lines[end + 1].width > back.width + WIDE) \
                and not is_hard_start(back) and not back.indent and not is_furniture(back.text):
            return i, end
    return None


CUT_BOX_MAX = 12  # lines of a box under a label the lists do not know, cutting a word


def _word_goes_on(lines: list[Line], label: int, column: float) -> int | None:
    """The line after the box under `label` where the paragraph the box cut goes on, a word running
    across the cut (…据介绍，目 / [box] / 前我市…): a full line opening nothing, within a few lines."""
    prev, text = lines[label - 1], lines[label].text
    if not _cut_mid_sentence(prev, column) or not all(is_han(ch) for ch in text) or straddles_word(prev.text, text):
        return None  # (a label is Han characters alone, and no word runs into it: 主 / 要方式.)
    for j in range(label + 2, min(len(lines), label + CUT_BOX_MAX)):
        line = lines[j]
        if line.width >= column - INDENT_SLACK and not is_hard_start(line) and not line.indent \
                and straddles_word(prev.text, line.text):
            return j
    return None


def _cut_mid_sentence(prev: Line, column: float) -> bool:
    """The line before a box stops a paragraph mid-sentence on a full line of a column wide enough
    to tell: the paragraph goes on after the box."""
    return column >= NARROW and not ends_sentence(prev.text) and prev.width >= column - INDENT_SLACK \
        and not is_standalone(prev) and not headline_text(prev.text)


def _box_end(lines: list[Line], label: int, end: int) -> int:
    """Where a box's text ends: at `end`, the first line wider than the box allows, or earlier, at a
    line after one of its sentences that is too wide to open a paragraph of the box and runs back
    into the column's wider lines: the interrupted paragraph's short last line (…亮起来。 / 这些看似
    不起眼的细节里。 / 留住游客，靠的是…)."""
    widths = [round(line.width * 2) / 2 for line in lines[label + 1:end]]
    measure = max(set(widths), key=widths.count)  # the box's column: most of its lines are full
    for k in range(label + 3, end):
        if ends_sentence(lines[k - 1].text) and lines[k].width > measure - INDENT - 0.25 \
                and k + 1 < len(lines) and lines[k + 1].width > measure + WIDE and not is_hard_start(lines[k]):
            return k
    return end


POEM_HEAD_MAX = 12  # characters of a poem's title over its verse


def _poem_head(lines: list[Line], first: int, verse: set[int]) -> int:
    """Where a poem's verse starts after its title and author's line (河埠头 / 周晚晴 / 母亲蹲在…),
    which the verse run may have taken in or left before it; -1 when there is no such head."""
    for title in (first - 2, first - 1, first):
        if title < 1 or title + 2 >= len(lines):
            continue
        head, name = lines[title], lines[title + 1]
        if headline_text(head.text) and han_count(head.text) <= POEM_HEAD_MAX \
                and (is_byline(name.text) or AUTHOR_ALONE_RE.match(name.text)) and title + 2 in verse:
            return title
    return -1


def poem_headed(lines: list[Line]) -> bool:
    """Whether the page has a title over its author's line under a line stopping on no mark, as a
    poem given inside a paragraph is printed."""
    return any(is_han(lines[k - 1].text[-1:]) and headline_text(lines[k].text)
               and (AUTHOR_ALONE_RE.match(lines[k + 1].text) or is_byline(lines[k + 1].text))
               for k in range(1, len(lines) - 1))


def poem_inside_paragraph(lines: list[Line], before: list[float], verse: set[int]) -> tuple[int, int] | None:
    """A poem the extractor gave inside a paragraph, as (start, end) lines: the paragraph stops on a
    full line with no mark (…被汗水浸成了酱), the poem's title, its author's line and its verse
    follow, and the paragraph goes on after it (红色，躺上去凉丝丝的。). The poem belongs after that
    paragraph, a piece of its own."""
    k = 0
    while k < len(lines):
        if k not in verse:
            k += 1
            continue
        first = k
        while k < len(lines) and k in verse:
            k += 1
        start = _poem_head(lines, first, verse)
        if k - first < VERSE_MIN or k == len(lines) or start < 1:
            continue
        prev, column, back = lines[start - 1], before[start - 1], lines[k]
        if column < NARROW or prev.width < column - INDENT_SLACK or not is_han(prev.text[-1:]) \
                or is_standalone(prev) or headline_text(prev.text):
            continue
        if not (is_hard_start(back) or back.indent or is_furniture(back.text) or headline_text(back.text)):
            return start, k
    return None


# Briefs whose bold lead runs in before the text behind a bullet: on one line
# (■岚江港8月集装箱吞吐量创新高 记者从…), alone on its line (■东湾区新增3条绿电专线 / 岚江供电公司…),
# or wrapped with its last words on the next line (■前7个月新设经营主体 / 4.13万户 市市场监管局…).
_RUN_IN_RE = re.compile(f"^[{BULLETS}][^，。、；：！？（）\\s]{{4,30}} \\S")
_LEAD_ONLY_RE = re.compile(f"^[{BULLETS}][^，。、；：！？（）\\s]{{4,30}}$")
_LEAD_TAIL_RE = re.compile("^[^，。、；：！？（）\\s]{1,12} \\S")
RUN_IN_MIN = 2  # briefs run in on their line: fewer, and a bulleted line alone is a subhead


def run_in_leads(lines: list[Line]) -> dict[int, bool]:
    """The lines that hold nothing but a brief's lead, on a page whose briefs run their leads in:
    each goes on into the line under it, with the lead's space (True) unless the lead's last
    words wrap onto that line, which then holds the space itself (False)."""
    alone = [k for k in range(len(lines) - 1) if _LEAD_ONLY_RE.match(lines[k].text) and not is_standalone(lines[k])
             and lines[k + 1].text[:1] not in BULLETS and not is_hard_start(lines[k + 1])]  # (□ 本报评论员: a byline)
    wrapped = {k for k in alone if _LEAD_TAIL_RE.match(lines[k + 1].text)}
    if sum(1 for line in lines if _RUN_IN_RE.match(line.text)) + len(wrapped) < RUN_IN_MIN:
        return {}
    return {k: k not in wrapped for k in alone}


VERSE_MIN = 6  # lines: fewer ragged short lines are a headline run or a signature
VERSE_FULL = 0.35  # of a run's lines at its widest: more, and it is a narrow column set justified
VERSE_CUT = 0.2  # of a run's line ends inside a word: more, and it is running text
WRAPPED_OVER = 3.0  # ems: a full line this much wider than the poem's others is one wrapped
STANZA_GAPS = 0.3  # of lines with a blank line before them: more, and blank lines part nothing


# a line of classical verse: five or seven characters and its mark (独在异乡为异客，)
_CLASSICAL_LINE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，。！？；]$")
CLASSICAL_MIN = 4  # lines: a quatrain


def classical_verse(lines: list[Line]) -> set[int]:
    """A classical poem quoted in running text, a line each (独在异乡为异客， / 每逢佳节倍思亲。 /
    …): four lines or more in a row, each five or seven characters long and all the same, the
    couplets closed by a full stop. No prose line is so regular, and its lines are short of
    any column, so a paragraph's last line is what each would otherwise read as."""
    verse: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].text) in (6, 8) and len(lines[j].text) == len(lines[i].text) \
                and _CLASSICAL_LINE_RE.match(lines[j].text):
            j += 1
        run = range(i, j)
        if len(run) >= CLASSICAL_MIN and len(run) % 2 == 0 \
                and all(lines[k].text[-1] in "。！？" for k in run[1::2]):
            verse.update(run)
        i = max(j, i + 1)
    return verse


def verse_lines(lines: list[Line], before: list[float]) -> tuple[set[int], set[int]]:
    """A poem's lines, each a paragraph: a run of VERSE_MIN lines or more, each well short of the
    page's column and ending no sentence, set ragged (a narrow column of running text is justified:
    most of its lines are as wide as its widest). A line as wide as the page's column, followed by
    a short one, is a verse line too long for it: (verse, the wrapped rests that join it). A title
    right above a byline or a subtitle after the run is the next article's, not verse."""
    ordered = sorted(before)
    page = ordered[int(len(ordered) * QUANTILE)]  # the page's main column: most of a page is prose
    if page < NARROW:
        return set(), set()

    asked: dict[tuple[int, bool], bool] = {}  # each line asked once, however many runs reach it
    # (blank lines part stanzas only where they are few: not on a page with one after every line)
    stanzas = sum(1 for line in lines if line.blank_before) < STANZA_GAPS * len(lines)

    def short(k: int, stanza_end: bool = False) -> bool:
        if (k, stanza_end) not in asked:
            line = lines[k]
            asked[k, stanza_end] = line.width <= page - SHORT and not line.cells \
                and (stanza_end or not ends_sentence(line.text)) \
                and not is_hard_start(line) and not is_standalone(line) and not is_furniture(line.text) \
                and han_count(line.text) >= 2 and not is_written_at(line.text)
        return asked[k, stanza_end]

    def long_line(k: int) -> bool:
        # a verse line as wide as the column: no sentence ends in it, the next line opens a word of
        # its own (a wrapped line breaks wherever the column is full), and other lines of the poem
        # come near it (a line far wider than all of them is one too long for the poem's measure)
        line = lines[k]
        if k + 1 == len(lines) or line.width > page + 1 or line.cells or line.text[-1:] in "，、；：" \
                or any(mark in line.text for mark in "。！？") or is_hard_start(line) or is_standalone(line) \
                or is_furniture(line.text) or han_count(line.text) < 2 or _FORM_ROW_RE.match(line.text):
            return False
        near = [lines[j].width for j in range(max(0, k - VERSE_MIN), min(len(lines), k + VERSE_MIN + 1))
                if j != k and lines[j].width < page - INDENT_SLACK and not ends_sentence(lines[j].text)
                and han_count(lines[j].text) >= 2]
        return bool(near) and line.width - max(near) <= WRAPPED_OVER \
            and not straddles_word(line.text, lines[k + 1].text)

    def run_from(i: int, longs_too: bool) -> tuple[list[int], list[int], list[int], int]:
        run, rests, longs, k = [], [], [], i
        while k < len(lines):
            if short(k):
                run.append(k)
            elif run and stanzas and short(k, stanza_end=True) and not lines[k].blank_before \
                    and k + 1 < len(lines) and lines[k + 1].blank_before and short(k + 1):
                # a stanza's last line (not a line alone), ending its sentence, a blank line and
                # the next stanza under it
                run.append(k)
            elif run and longs_too and long_line(k):
                run.append(k)
                longs.append(k)
            elif k + 1 < len(lines) and short(k + 1) and lines[k].width >= page - INDENT_SLACK \
                    and not ends_sentence(lines[k].text) and not is_hard_start(lines[k]) and run:
                run.append(k)
                rests.append(k + 1)
                run.append(k + 1)
                k += 1
            else:
                break
            k += 1
        while run and run[-1] in longs and k < len(lines) and not lines[k].blank_before:
            k = run.pop()  # the first lines of the prose after the poem
        if k < len(lines) and run and run[-1] == k - 1 \
                and (is_byline(lines[k].text) or lines[k].text.startswith("——")):
            if lines[run.pop()].text.startswith("——") and run:  # a subtitle: its title over it
                run.pop()
        return run, rests, longs, k

    def sung(run: list[int], rests: list[int], longs: list[int]) -> bool:
        widths = [lines[j].width for j in run if j not in rests and lines[j].width <= page - SHORT]
        whole = [j for j in run if j not in rests]
        if 2 * len(longs) > len(whole):
            return False  # mostly full lines: a column of text
        # set ragged, or each of many lines ending where a phrase does (lines of a modern poem
        # near one length: a justified column breaks inside words)
        ragged = widths and sum(1 for w in widths if w >= max(widths) - 0.5) < VERSE_FULL * len(widths)
        # (stanzas ending their sentences come two at least: one is a paragraph's end)
        ends = sum(1 for j in whole if ends_sentence(lines[j].text))
        return len(run) >= VERSE_MIN and bool(widths) and max(widths) >= NARROW - 1 and ends != 1 \
            and bool(ragged or (len(whole) >= VERSE_PHRASED and _phrased(lines, whole))) \
            and not _wrapped_prose(lines, whole, stanzas)

    verse: set[int] = set()
    wrapped: set[int] = set()
    i = 0
    while i < len(lines):
        if not short(i):  # (a run opens on a short line)
            i += 1
            continue
        run, rests, longs, k = run_from(i, True)
        if longs and not sung(run, rests, longs):
            run, rests, longs, k = run_from(i, False)
        if sung(run, rests, longs):
            verse.update(run)
            wrapped.update(j for j in rests if j in run)
        i = max(k, i + 1)
    return verse, wrapped


VERSE_PHRASED = 8  # lines: this many in a row, none ending inside a word, are verse however long


def _phrased(lines: list[Line], run: list[int]) -> bool:
    """No line of the run ends inside a word or on a clause mark."""
    return all(not straddles_word(lines[j].text, lines[k].text) and lines[j].text[-1:] not in "，、；："
               for j, k in zip(run, run[1:], strict=False) if k == j + 1)


def _wrapped_prose(lines: list[Line], run: list[int], stanzas: bool = False) -> bool:
    """Lines broken inside words (监 / 测, 霍思 / 远), or a sentence ending inside one: a narrow
    column's running text, not verse, whose lines end where a phrase does."""
    def stanza_end(j: int) -> bool:  # a sentence ending a line a blank line follows
        return stanzas and j + 1 < len(lines) and lines[j + 1].blank_before and not lines[j].blank_before

    if any(mark in (lines[j].text.rstrip("”’」』")[:-1] if stanza_end(j) else lines[j].text)
           for j in run for mark in "。！？"):
        return True  # a sentence ends inside a line: the line is no verse line (a stanza's ends at it)
    pairs = [(j, k) for j, k in zip(run, run[1:], strict=False) if k == j + 1]
    cut = sum(1 for j, k in pairs if straddles_word(lines[j].text, lines[k].text))
    # (a word's last character and its comma carried over: 施，做好就 / 行，时而攀上山峁)
    cut += sum(1 for j in run if len(lines[j].text) > 2 and lines[j].text[1] in "，、；：" and is_han(lines[j].text[0]))
    return cut >= VERSE_CUT * max(1, len(pairs))


def written_at_lines(lines: list[Line]) -> set[int]:
    """Where and when a piece was written, alone under its last sentence (…回来的路。 /
    2025年10月7日于塘墈): the piece's last paragraph, no verse line or headline."""
    return {k for k in range(1, len(lines)) if ends_sentence(lines[k - 1].text) and is_written_at(lines[k].text)}


_FORM_ROW_RE = re.compile("^[\u4e00-\u9fff]{2,6}[：:]\\S")
FORM_ROWS_MIN = 3  # rows in a run: fewer are lines of text with a colon in them


def form_rows(lines: list[Line]) -> tuple[set[int], set[int]]:
    """A box's form, a row a label and its entry (招生专业：… / 招生对象：…（舞蹈表演 / 专业不超过15周岁…）
    / 报名时间：…): each row a paragraph, however short and unpunctuated (no headline), with the
    line its entry wrapped onto from a row as wide as the form's widest, one much shorter that
    opens no row. (rows, wrapped lines). A row opens after a sentence's end or colon, a headline or
    another row; one running on into a line of text as full as itself (校长：我们推行…一节 /
    课45分钟，…) is an interview's turn or a paragraph; the paper's hotline is no row."""
    rows: set[int] = set()
    tails: set[int] = set()
    k = 0
    while k < len(lines):
        run: list[int] = []
        rests: list[int] = []
        while k < len(lines):
            line = lines[k]
            opens = run or k == 0 or ends_sentence(lines[k - 1].text) or lines[k - 1].text.endswith(("：", ":")) \
                or headline_text(lines[k - 1].text)
            if opens and _FORM_ROW_RE.match(line.text) and not is_furniture(line.text):
                run.append(k)
            elif run and k - 1 in (run[-1], *rests[-1:]) and line.width < lines[run[-1]].width - SHORT \
                    and lines[run[-1]].width >= max(lines[j].width for j in run) - INDENT_SLACK \
                    and not ends_sentence(lines[run[-1]].text) and not is_hard_start(line) \
                    and not is_signer(line.text) and not is_signed_date(line.text):
                rests.append(k)
            else:
                break
            k += 1
        # (the last row running on into text as full, not on its indent: no form's row; one far
        # shorter than the text under it stopped where its entry did, 咨询电话：（0781）6233120)
        if run and run[-1] == k - 1 and k < len(lines) and not ends_sentence(lines[k - 1].text) \
                and not lines[k].indent and not is_hard_start(lines[k]) and not headline_text(lines[k].text) \
                and lines[k - 1].width - SHORT <= lines[k].width < lines[k - 1].width + SHORT:
            run.pop()
        if len(run) >= FORM_ROWS_MIN:
            rows.update(run)
            tails.update(j for j in rests if j < (run[-1] + 3))
        k += 0 if run or rests else 1
    return rows, tails


# A contact line, a notice's over its signature or an advertisement's closing it: `咨询电话：0578-6213590`,
# `联系人：王芳`, `通信地址：市文化馆二楼`, `服务热线：8826 3155`.
_CONTACT_RE = compile_either(r"^(?:[\u4e00-\u9fff]{0,6}" + CONTACT_LABEL + r"|E-?mail)\s*[:：]", re.IGNORECASE)


def _is_contact(text: str) -> bool:
    """A contact line's label and colon (咨询电话：…): asked of every line, the colon it needs first."""
    return ("：" in text or ":" in text) and bool(_CONTACT_RE.match(text))

FORMULA_HAN = 4  # characters of a closing formula (声明作废)
FORMULA_MIN = 3  # items a page closes with it at least


def formula_ends(lines: list[Line]) -> set[int]:
    """Lines ending an item of a column of notices that each close on the same formula (遗失声明's
    …，声明作废。, even cut across a line's end: 声明作 / 废。): each such item is a paragraph,
    however full its last line."""
    tails: dict[int, str] = {}
    for k, line in enumerate(lines):
        if line.text.endswith("。"):
            # (a clause of its own: ，声明作废。, not the end of a longer one: …去超市买菜。)
            tail = ((lines[k - 1].text if k else "") + line.text)[-FORMULA_HAN - 2:-1]
            if len(tail) == FORMULA_HAN + 1 and tail[0] in "，。" and all(is_han(c) for c in tail[1:]):
                tails[k] = tail[1:]
    counts = Counter(tails.values())
    return {k for k, tail in tails.items() if counts[tail] >= FORMULA_MIN}


CONTACTS_MAX = 3  # contact lines in a row: phone, address, mail


def contact_lines(lines: list[Line]) -> set[int]:
    """Contact lines right under a story's last sentence (咨询电话：0739-6215706 / 电子邮箱：…),
    a few in a row and nothing after them but a blank line, a headline or the page's end: each a
    paragraph of that story, not a headline run of their own."""
    out: set[int] = set()
    k = 1
    while k < len(lines):
        run = k
        while run < len(lines) and run - k < CONTACTS_MAX and _is_contact(lines[run].text) \
                and not is_furniture(lines[run].text):  # the paper's own hotline, on every page
            run += 1
        # (under a sentence's end, or under a table's last row: a 公示's roster)
        if run > k and (ends_sentence(lines[k - 1].text) or lines[k - 1].cells) and not lines[k].blank_before \
                and (run == len(lines) or lines[run].blank_before or not ends_sentence(lines[run].text)
                     and headline_text(lines[run].text)):
            out.update(range(k, run))
        k = max(run, k + 1)
    return out


INTRO_MAX = 3  # lines of the sentence a table's box opens with, over its rows


def table_headings(lines: list[Line]) -> set[int]:
    """A table's heading line (本轮赛果, 积分榜（前六名）, 2月份居民消费价格分类指数（上年同月=100）)
    right over its rows, or over the few lines of a sentence leading into them (交通提示 / …请提前
    规划出行路线：), after a paragraph's last sentence or another table's rows: a paragraph of the
    story the table belongs to, not the title of an article of its own."""
    return {k for k in range(1, len(lines) - 1)
            if not lines[k].cells and headline_text(lines[k].text) and not is_hard_start(lines[k])
            and han_count(lines[k].text) >= 2 and (lines[k - 1].cells or ends_sentence(lines[k - 1].text))
            and _over_rows(lines, k)}


def _over_rows(lines: list[Line], k: int) -> bool:
    if lines[k + 1].cells:
        return True
    # the sentence under a heading opens a paragraph (short by its indent); a full line under a
    # paragraph's first line goes on with it (今年有4所学校新增或扩大了 / 招生计划，…咨询：)
    nxt = lines[k + 1]
    around = [line.width for line in lines[k + 1: k + 1 + INTRO_MAX] if not line.cells]
    if not nxt.text.endswith(("：", ":")) and len(around) >= 2 and nxt.width >= max(around) - INDENT_SLACK \
            and lines[k].width >= max(around) - INDENT - INDENT_SLACK:
        return False
    for j in range(k + 1, min(len(lines) - 1, k + 1 + INTRO_MAX)):
        if lines[j].cells or ends_sentence(lines[j].text):
            return False
        if lines[j].text.endswith(("：", ":")):
            return lines[j + 1].cells
    return False


NOTICE_REACH = 60  # lines from a notice's title to its signature
ISSUERS_MAX = 3  # offices signing one notice, one a line


FORM_REACH = 8  # lines of a notice's contacts above its signature


def notice_signature(lines: list[Line]) -> set[int]:
    """A notice's closing formula (特此公告。) and the issuer and date lines under it: each a
    paragraph of the notice, not a headline nor a running head's date."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        # signed without a formula: the issuer on the line over the date, after a sentence's end
        # (an issuer whose name lost a glyph with a space is still one: 严绍 同志治丧小组)
        # (two or three issuers, one a line, over the date: 棠川县农业农村局 / 棠川县文化和旅游局 / 2025年5月6日)
        signer = k > 0 and is_signer(line.text.replace(" ", ""))
        last = k
        while signer and last + 1 < len(lines) and last - k < ISSUERS_MAX - 1 \
                and is_signer(lines[last + 1].text.replace(" ", "")):
            last += 1
        if signer and last + 1 < len(lines) and is_signed_date(lines[last + 1].text):
            if ends_sentence(lines[k - 1].text):
                out.update(range(k, last + 2))
                continue
            # the notice's contact lines over its signature (联系电话：… / 通信地址：…)
            contacts = 0
            while contacts < CONTACTS_MAX and k - contacts > 1 and _is_contact(lines[k - 1 - contacts].text):
                contacts += 1
            if contacts and ends_sentence(lines[k - 1 - contacts].text):
                out.update(range(k - contacts, last + 2))
                continue
            # ... or a tender's form of contacts (招标人：… / 联系人：邓先生 / 招标代理机构：…) over it
            if any(_is_contact(lines[j].text) for j in range(max(0, k - FORM_REACH), k)):
                out.update(range(k, last + 2))
                continue
        # signed with no date, under a notice's last sentence (岑州日报社 岑州市图书馆)
        if signer and ends_sentence(lines[k - 1].text) \
                and not is_furniture(line.text) \
                and any(is_notice_title(lines[j].text) for j in range(max(0, k - NOTICE_REACH), k)):
            out.add(k)
            continue
        if not is_notice_close(line.text):
            continue
        out.add(k)
        for j in (k + 1, k + 2):
            if j < len(lines) and (is_signed_date(lines[j].text)
                                   or (j == k + 1 and headline_text(lines[j].text) and not is_hard_start(lines[j]))):
                out.add(j)
            else:
                break
    return out | _letter_signatures(lines)


LETTER_REACH = 80  # lines from a letter's salutation to its signature


def _letter_signatures(lines: list[Line]) -> set[int]:
    """A letter opened with a salutation (编辑同志：) is signed under its last sentence by who
    wrote it (湖滨街道梧桐巷居民 郑晓岚, 溪口镇白 村 俞海生 with its place's glyph lost): a paragraph
    of the letter, not a headline. So is one with no salutation, over the page's desk line or end."""
    out: set[int] = set()
    for s, line in enumerate(lines):
        if not is_salutation(line.text):
            continue
        for k in range(s + 2, min(len(lines), s + LETTER_REACH)):
            if _signs_letter(lines[k].text) and ends_sentence(lines[k - 1].text):
                out.add(k)
                break
            if is_hard_start(lines[k]):
                break
    for k in range(1, len(lines)):  # (the cheap tests first: asked of every line)
        if ends_sentence(lines[k - 1].text) and _signs_letter(lines[k].text) \
                and (k + 1 == len(lines) or is_furniture(lines[k + 1].text)):
            out.add(k)
    return out


def _signs_letter(text: str) -> bool:
    """A letter's signature, the spaces a lost glyph left in where they live aside."""
    who, _, name = text.strip().rpartition(" ")
    return is_letter_signature(text) or (" " in who and is_letter_signature(who.replace(" ", "") + " " + name))


PULL_QUOTE_MIN = 12  # Han characters: a pull quote is a sentence or most of one


def pull_quotes(lines: list[Line], before: list[float]) -> set[int]:
    """Lines that print again, large, words the running text holds (a pull quote: “顶层设计与基层
    探索的良性互动，是中国改革的一条重要经验” over a column that says it in its own lines). A line
    wider than the column around it, with a clause mark, whose whole text stands elsewhere inside
    running text, not as another whole line (a headline a teaser repeats is no quote), is one; a
    line of the column itself may repeat a set phrase (…重要讲话重要指示，认真落实…) and is none."""
    wide = [i for i, line in enumerate(lines) if line.width >= before[i] + WIDE]
    boxed, attributed = _boxed_runs(lines), _attributed_runs(lines)
    if not wide and not boxed and not attributed:
        return set()
    texts = [line.text.replace(" ", "") for line in lines]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text)
    joined = "".join(texts)
    whole = {(start, start + len(text)) for start, text in zip(starts, texts, strict=True)}
    quotes = set()
    for i in wide:
        text = texts[i]
        if han_count(text) < PULL_QUOTE_MIN or not any(mark in text for mark in "，；、"):
            continue
        at = joined.find(text)
        while at >= 0:
            if abs(at - starts[i]) >= len(text) and (at, at + len(text)) not in whole:
                quotes.add(i)
                break
            at = joined.find(text, at + 1)
    # ... or a box of a few lines, blank lines around it, set at the column's width: its words stand
    # whole elsewhere in running text (“不是不想装，是装了没人管、 / 出了事谁担责？” cutting a paragraph)
    # (a quote its speaker's name signs, ——温砚秋, may repeat words that open a line of the text)
    for first, end, signed in [(a, b, False) for a, b in boxed] + [(a, b, True) for a, b in attributed]:
        text = "".join(texts[first:end - signed]).strip("“”‘’「」")  # (the quote marks are the box's own)
        if han_count(text) < PULL_QUOTE_MIN or not any(mark in text for mark in "，；、"):
            continue
        at = joined.find(text)
        while at >= 0:
            if abs(at - starts[first]) >= len(text) and (signed or at not in starts):
                quotes.update(range(first, end))
                break
            at = joined.find(text, at + 1)
    return quotes


BOX_LINES_MAX = 3  # lines of a pull quote's box


def _boxed_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, end) of each run of one to three lines with a blank line before and after it, on a
    page whose lines are not all apart by blank lines."""
    starts = [k for k, line in enumerate(lines) if k and line.blank_before]
    if len(starts) > 0.5 * len(lines):
        return []
    bounds = [*starts, len(lines)]
    runs = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b - a <= BOX_LINES_MAX
            and (b == len(lines) or lines[b].blank_before)]
    # ... or the last lines of a block, short, under a line that ends its sentence: a quote's box
    # the extractor gave right after the paragraph it was set by (…而是“管”出来的。 / 安全不是“禁”
    # 出来的， / 而是“管”出来的。 / blank)
    for a, b in zip([0, *bounds], bounds, strict=False):
        for first in range(max(a + 1, b - BOX_LINES_MAX), b):
            widest = max(line.width for line in lines[a:first])
            if ends_sentence(lines[first - 1].text) \
                    and all(line.width <= QUOTE_SHARE * widest for line in lines[first:b]):
                runs.append((first, b))
                break
    return runs


QUOTE_SHARE = 0.5  # of the widest line of its block: the most a quote's box line under it holds


_ATTRIBUTION_RE = re.compile(r"^——\s*[\u4e00-\u9fff·]{2,6}$")  # who said a pull quote: ——温砚秋
QUOTE_LINES_MAX = 4


def _attributed_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, end) of each quotation of a few lines opening on a quote mark, over its speaker's
    name after a dash (“病人不会挑时候生 / 病，医生也就不能挑 / 时候出诊。” / ——温砚秋): a pull
    quote, if its words stand elsewhere in running text, with no blank line to set it apart."""
    runs = []
    for k, line in enumerate(lines):
        if k and _ATTRIBUTION_RE.match(line.text):
            first = next((j for j in range(k - 1, max(-1, k - 1 - QUOTE_LINES_MAX), -1)
                          if lines[j].text.startswith("“")), None)
            if first is not None:
                runs.append((first, k + 1))
    return runs


AD_LABEL_RE = re.compile(r"^广\s*告$")
AD_MAX = 8  # lines an advertisement's box holds under its label


def advertisement_lines(lines: list[Line]) -> set[int]:
    """An advertisement: the label `广告` the law makes a paper print over paid matter, and the
    lines under it down to its last contact line (a phone, an address), none a sentence's end.
    Its short lines read as headlines; without a contact line, only the label is known."""
    ads: set[int] = set()
    for i, line in enumerate(lines):
        if not AD_LABEL_RE.match(line.text):
            continue
        ads.add(i)
        last = i
        for j in range(i + 1, min(len(lines), i + 1 + AD_MAX)):
            if ends_sentence(lines[j].text) or is_hard_start(lines[j]):
                break
            if _is_contact(lines[j].text):
                last = j
        ads.update(range(i + 1, last + 1))
    return ads
