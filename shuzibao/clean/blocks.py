"""Blocks -> Units: what each block is (body paragraph, headline line, byline, credit, caption),
with its text joined, glyphs restored and unexplained gaps marked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .furniture import is_furniture, is_jump_on, is_section_label
from .glyphs import (
    Repair,
    explain_spaces,
    finish_joins,
    is_word,
    join_lines,
    rejoin_credit_spaces,
    restore_glyphs,
    straddles_word,
)
from .lines import Line
from .patterns import (
    AUTHOR_ALONE_RE,
    BULLETS,
    DRAWN_CREDIT_RE,
    MAX_HEADLINE_HAN,
    PHOTO_MARKS,
    is_byline,
    is_caption,
    is_caption_start,
    is_chart_text,
    is_column_label,
    is_credit,
    is_dateline,
    is_exclamation,
    is_name_row,
    is_portrait_line,
    is_profile_label,
    is_signer,
    is_subhead,
    opens_article,
)
from .text import ends_open, ends_sentence, han_count, is_han
from .unwrap import Block

BODY, HEADLINE, BYLINE, CREDIT, CAPTION = "body", "headline", "byline", "credit", "caption"
JUMP = "jump"  # `（下转第三版）`: the article goes on on another page; kept as its last paragraph
SUBHEAD = "subhead"  # `一、小杂粮走出大山`: a numbered or bulleted subhead, a paragraph of its article
NOISE = "noise"  # words the page prints again as decoration (a pull quote): dropped and reported
MAX_HEADLINE_LINES = 4


@dataclass(frozen=True)
class Unit:
    kind: str
    text: str
    line: int  # first raw line
    block: int  # index of the block it came from
    dateline: bool = False
    repairs: tuple[Repair, ...] = field(default=())
    row: bool = False  # a table's row: it ends where it ends, as a sentence does
    verse: bool = False  # a poem's line


_BRACKETED_RE = re.compile(r"[（(][^（）()]+[）)]")


def is_headline_block(block: Block) -> bool:
    """Short lines that never finish a sentence: a headline run (引题/主标题/副题) or a fragment."""
    texts = [line.text for line in block.lines]
    joined = "".join(texts)
    if ends_sentence(joined) or ends_open(joined) or joined.endswith(("……", "…")):
        return False
    if is_dateline(texts[0]) or len(texts) > MAX_HEADLINE_LINES or any(is_jump_on(t) for t in texts):
        return False
    if _BRACKETED_RE.fullmatch(joined):
        return False  # a note in brackets closing a story: （数据来源：市统计局）, no headline
    if any(mark in joined[:-1] for mark in "。？！"):
        return False  # a sentence ends inside: running text (a headline is no sentence)
    if any(is_name_row(t) for t in texts):
        return False  # a list of names
    return all(han_count(t) <= MAX_HEADLINE_HAN for t in texts)


def is_exclaimed_headline(blocks: list[Block], index: int) -> bool:
    """A short block with a question or exclamation mark (今年粮价还会涨吗？ / 加油！家乡的健儿们)
    is a headline where an article starts right after it, maybe after another headline line
    (running text never ends just before a dateline or byline on a line of its own), or right
    under a headline line (a kicker's title, printed with it wherever the run landed)."""
    block = blocks[index]
    texts = [line.text for line in block.lines]
    if len(texts) > 2 or block.lines[0].indent or is_dateline(texts[0]) or not is_exclamation("".join(texts)):
        return False
    if index and is_headline_block(blocks[index - 1]) and not blocks[index - 1].noise:
        return True  # (a pull quote's speaker, ——温砚秋, set before it, is no headline line)
    if _boxed_alone(blocks, index):
        return True
    for nxt in blocks[index + 1: index + 4]:
        first = nxt.lines[0].text
        if is_dateline(first) or (len(nxt.lines) == 1 and opens_article(first)):
            return True
        if not is_headline_block(nxt):
            return False
    return False


def _boxed_alone(blocks: list[Block], index: int) -> bool:
    """A one-line question the extractor gave as a box of its own, blank lines round it, between
    a paragraph that ends its sentence and a paragraph of three lines or more (城际公交能否刷老年卡？
    over 我今年68岁，…): a headline, where blank lines part boxes, not every line."""
    if index == 0 or index + 1 >= len(blocks) or len(blocks[index].lines) != 1:
        return False
    before, after = blocks[index - 1], blocks[index + 1]
    return blocks[index].lines[0].blank_before and after.lines[0].blank_before and len(after.lines) >= 3 \
        and not after.lines[1].blank_before \
        and len(before.lines) >= 2 and ends_sentence(before.lines[-1].text) and not before.lines[-1].blank_before


def continues_headline(previous: str, line: str) -> bool:
    """A headline set in a narrow box wraps: the next line is the same headline when the line
    before stops on a comma or colon, or when a word runs across the break (全线贯 / 通). A line
    merely short is not enough: page noise (路堂) sits beside headlines too. A —— line is always
    a subtitle of its own."""
    if line.startswith("——"):
        return False
    return ends_open(previous) or straddles_word(previous, line)


MAX_TAIL_HAN = 3  # a line this short holds no headline of its own


def is_wrapped_tail(previous: Line, line: Line) -> bool:
    """The last word of a headline, wrapped alone onto the next line of its box (全市职工篮球联赛 /
    落幕): a line of Han characters too few to be a kicker, title or subtitle, right under a
    longer headline line. A blank line between says the extractor saw two boxes: page noise
    beside a headline (路堂) comes so."""
    text = line.text
    if line.blank_before or not 0 < len(text) <= MAX_TAIL_HAN or not all(is_han(ch) for ch in text):
        return False
    if han_count(previous.text) <= MAX_TAIL_HAN or previous.text.startswith("——") or is_furniture(text) \
            or is_section_label(text) or is_column_label(text) or is_column_label(previous.text):
        return False  # (长篇小说连载 / 青石渡: a label and a short title, two lines of their own)
    # A headline ends on a word (落幕, 青睐, 火山/货); stray characters beside it rarely make one.
    return any(is_word(text[:k]) for k in range(2, len(text) + 1))


def wrapped_headline_lines(lines: tuple[Line, ...]) -> list[list[Line]]:
    """The printed lines of a headline block grouped into the headline lines they are."""
    groups: list[list[Line]] = [[lines[0]]]
    for line in lines[1:]:
        if continues_headline(groups[-1][-1].text, line.text) or is_wrapped_tail(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _finish(lines, glyphs, gaps: bool, evidence: frozenset[str] = frozenset(),
            echoes: frozenset[str] = frozenset(), numbers: bool = False,
            declined: set[str] | None = None) -> tuple[str, list[Repair]]:
    # rows of a list of names broke where a space between two names was: it comes back
    rows = [is_name_row(line.text) for line in lines]
    texts = [line.text + " " if row and next_row else line.text
             for line, row, next_row in zip(lines, rows, [*rows[1:], False], strict=True)]
    text, repairs = restore_glyphs(rejoin_credit_spaces(join_lines(texts)), glyphs,
                                   evidence=evidence, echoes=echoes, declined=declined)
    text, unexplained = explain_spaces(text, mark=gaps, numbers=numbers)
    repairs += unexplained
    placed = [replace(r, line=lines[min(r.line, len(lines) - 1)].number) for r in repairs]
    return finish_joins(text).strip(), placed


def split_trailing_headlines(block: Block, jumps_on: bool = False) -> list[Block]:
    """A paragraph that ran on into headline lines: its sentence ends on an inner line and the
    lines after it never finish one. Split it there. (Not over a jump line, `jumps_on`: the
    sentence goes on on another page, …挂牌督办，及时 / （下转第3版）.)"""
    texts = [line.text for line in block.lines]
    joined = "".join(texts)
    if len(texts) < 2 or jumps_on or ends_sentence(joined) or ends_open(joined) or joined.endswith("…"):
        return [block]
    last_end = max((i for i, t in enumerate(texts[:-1]) if ends_sentence(t)), default=None)
    if last_end is None:
        return [block]
    tail = Block(block.lines[last_end + 1:])
    if not is_headline_block(tail):
        return [block]
    return [Block(block.lines[: last_end + 1]), tail]


def _wrapped_credit(texts: list[str]) -> str:
    """A closing credit wrapped onto a second line (`（实习生 周可欣 记者 邓` / `立新）`), joined, or ''."""
    if len(texts) != 2:
        return ""
    credit = finish_joins(rejoin_credit_spaces(join_lines(texts)))
    return credit if is_credit(credit) else ""


def _headline_only(block: Block) -> bool:
    """A block read as headline lines and as nothing else (a byline, credit or caption is also short)."""
    # (the headline test first: it turns a paragraph down at once, by the sentence it ends on)
    if block.body or block.noise or not is_headline_block(block):
        return False
    texts = [line.text for line in block.lines]
    return not any(is_byline(t) or is_credit(t) or is_caption(t) or is_subhead(t) for t in texts) \
        and not _wrapped_credit(texts)


def merge_headline_runs(blocks: list[Block]) -> list[Block]:
    """Headline blocks next to each other are one run: a headline in a large font set in a narrow
    box wraps into lines the unwrap pass saw as too short for the column, each a block."""
    out: list[Block] = []
    last_only = False  # _headline_only(out[-1]), kept: each block is asked once, not as itself and as out[-1]
    for i, block in enumerate(blocks):
        only = _headline_only(block)
        if out and last_only and only and not _poet(blocks, i):
            merged = Block(out[-1].lines + block.lines)
            if is_headline_block(merged):
                out[-1] = merged
                last_only = _headline_only(merged)
                continue
        out.append(block)
        last_only = only
    return out


def _signers(block: Block) -> bool:
    text = block.lines[0].text
    return len(block.lines) == 1 and " " in text and is_signer(text.replace(" ", ""))


_PHOTO_NUMBER_RE = re.compile("[①-⑩]")


def numbered_captions(blocks: list[Block]) -> set[int]:
    """Blocks of a photo story's numbered captions (①…。②…。 / ③…。) set together right over
    its credit (本报记者 周野 文/摄, 新华社记者 李明 摄): each number opens a caption of its own."""
    out: set[int] = set()
    for index, block in enumerate(blocks):
        text = block.lines[0].text
        if len(block.lines) != 1 or not text.endswith(PHOTO_MARKS) or not (is_byline(text) or is_caption_start(text)):
            continue
        k = index - 1
        while k >= 0 and not blocks[k].noise and _PHOTO_NUMBER_RE.match(blocks[k].lines[0].text):
            out.add(k)
            k -= 1
    return out


DRAWING_TITLE_MAX = 16  # characters of a cartoon's own title


def titled_drawings(blocks: list[Block]) -> list[Block]:
    """A drawing's credit alone (漫画/闻小舟) and the short line set right under it, no blank line
    between (“留痕”比干活还忙): the cartoon's title, read with its credit as one caption, title
    first the way a photo's title reads before its photographer."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        title = block.lines[0]
        if prev is not None and len(prev.lines) == 1 and DRAWN_CREDIT_RE.match(prev.lines[0].text) \
                and not block.body and not block.noise and title.number == prev.first + 1 \
                and not title.blank_before and len(title.text) <= DRAWING_TITLE_MAX \
                and not any(mark in title.text for mark in "。！？，；："):
            credit = prev.lines[0]
            out[-1] = Block((replace(title, text=title.text + " "), credit))
            if len(block.lines) > 1:
                out.append(Block(block.lines[1:]))
            continue
        if prev is not None and len(block.lines) == 1 and DRAWN_CREDIT_RE.match(title.text) and len(prev.lines) == 1 \
                and not prev.body and not prev.noise and title.number == prev.first + 1 and not title.blank_before \
                and len(prev.lines[0].text) <= DRAWING_TITLE_MAX \
                and not any(mark in prev.lines[0].text for mark in "。！？，；："):
            # ... and the title over its credit (一“桩”难求 / 郑小川 作)
            out[-1] = Block((replace(prev.lines[0], text=prev.lines[0].text + " "), title))
            continue
        out.append(block)
    return out


def classify_blocks(blocks: list[Block], glyphs: dict[str, tuple[str, ...]]) -> list[Unit]:
    units: list[Unit] = []
    printed: dict[int, tuple[Line, ...]] = {}  # unit -> its lines, for headlines and captions
    declined: dict[int, set[str]] = {}  # paragraph unit -> phrases whose glyph it did not take back
    jumps = [len(b.lines) == 1 and is_jump_on(b.lines[0].text) for b in blocks[1:]] + [False] if blocks else []
    blocks = merge_headline_runs(titled_drawings(
        [part for block, jump in zip(blocks, jumps, strict=True) for part in split_trailing_headlines(block, jump)]))
    numbered = numbered_captions(blocks)
    for index, block in enumerate(blocks):
        if index in numbered:
            text, repairs = _finish(block.lines, glyphs, gaps=False, numbers=True)
            starts = [m.start() for m in _PHOTO_NUMBER_RE.finditer(text)] + [len(text)]
            for a, b in zip(starts, starts[1:], strict=False):
                units.append(Unit(CAPTION, text[a:b].strip(), block.lines[0].number, index,
                                  repairs=tuple(repairs) if a == starts[0] else ()))
            continue
        texts = [line.text for line in block.lines]
        first = block.lines[0].number
        joined = "".join(texts)
        if block.noise:
            units.append(Unit(NOISE, joined, first, index))
        elif block.body and (block.lines[0].cells or _signers(block)):
            # a table's row, a line alone: its spaces part cells, no gaps; so do a notice's two
            # issuers signing it (岑州日报社 岑州市图书馆)
            text, repairs = restore_glyphs(joined, glyphs)
            units.append(Unit(BODY, text, first, index, repairs=tuple(repairs), row=True))
        elif block.body:
            declined[len(units)] = set()
            text, repairs = _finish(block.lines, glyphs, gaps=True, declined=declined[len(units)])
            printed[len(units)] = block.lines
            units.append(Unit(BODY, text, first, index, repairs=tuple(repairs), verse=block.verse))
        elif block.subhead and not is_byline(joined):
            text, repairs = _finish(block.lines, glyphs, gaps=False)
            printed[len(units)] = block.lines
            units.append(Unit(SUBHEAD, text, first, index, repairs=tuple(repairs)))
        elif len(texts) == 1 and (is_byline(joined) or _authors_line(blocks, index) or _poet(blocks, index)):
            text, repairs = _finish(block.lines, glyphs, gaps=False)  # a name may have lost a glyph too
            printed[len(units)] = block.lines
            units.append(Unit(BYLINE, text, first, index, repairs=tuple(repairs)))
        elif len(texts) == 1 and is_credit(joined):
            text, repairs = _finish(block.lines, glyphs, gaps=False)  # a place in it may have lost a glyph
            units.append(Unit(CREDIT, text, first, index, repairs=tuple(repairs)))
        elif credit := _wrapped_credit(texts):
            units.append(Unit(CREDIT, credit, first, index))
        elif len(texts) == 1 and is_furniture(joined) and not is_headline_block(block):
            # page furniture that reads as no headline (a folio, — 6 —): the headline path drops it
            units.append(Unit(HEADLINE, joined, first, index))
        elif len(texts) == 1 and is_jump_on(joined):
            units.append(Unit(JUMP, joined, first, index))
        elif is_subhead(joined) and (len(texts) == 1 or (len(texts) == 2 and straddles_word(*texts))):
            # (a numbered subhead wrapped inside a word: 一、基层是发展全过程人民民主的重 / 要场域)
            text, repairs = _finish(block.lines, glyphs, gaps=False)
            printed[len(units)] = block.lines
            units.append(Unit(SUBHEAD, text, first, index, repairs=tuple(repairs)))
        elif _under_photo_news(blocks, index) and len(texts) == 1 and is_caption_start(joined):
            printed[len(units)] = block.lines  # the photo story's photographer, signing it
            units.append(Unit(BODY, joined, first, index))
        elif is_caption(" ".join(texts)) and not _under_photo_news(blocks, index) \
                and not _titled_photo_story(blocks, index):
            text, repairs = _finish(block.lines, glyphs, gaps=False, numbers=True)
            printed[len(units)] = block.lines
            units.append(Unit(CAPTION, _unmarked(text), first, index, repairs=tuple(repairs)))
        elif is_headline_block(block) or is_exclaimed_headline(blocks, index):
            groups = wrapped_headline_lines(block.lines)
            for group, after in zip(groups, [*groups[1:], None], strict=True):
                text, repairs = _finish(group, glyphs, gaps=False)
                printed[len(units)] = tuple(group)
                kind = CAPTION if _portrait_name(group, after) else HEADLINE
                if is_chart_text(text):
                    kind = NOISE  # a chart's title, values or note: no headline
                units.append(Unit(kind, text, group[0].number, index, repairs=tuple(repairs)))
        else:
            declined[len(units)] = set()
            text, repairs = _finish(block.lines, glyphs, gaps=True, declined=declined[len(units)])
            printed[len(units)] = block.lines
            units.append(Unit(BODY, text, first, index, dateline=is_dateline(text), repairs=tuple(repairs)))
    return restore_from_bodies(units, printed, glyphs, declined)


def _authors_line(blocks: list[Block], index: int) -> bool:
    """A post and a name right under a title (市眼科医院小儿眼科副主任医师 钮佳琪) over a text with
    no dateline: the expert wrote the piece, and the line is its byline. Over a reporter's
    dateline it names whom the story interviews, under their portrait: a caption."""
    if index == 0 or not is_portrait_line(blocks[index].lines[0].text) or not _headline_only(blocks[index - 1]):
        return False
    k = index + 1
    while k < len(blocks) and _headline_only(blocks[k]):
        k += 1  # (another story's headline the extractor gave between)
    return k < len(blocks) and not is_dateline(blocks[k].lines[0].text)


_NAME_ALONE_RE = re.compile("^[\u4e00-\u9fff·]{1,4}$")  # (a name whose last glyph was lost: 邹)


def _poet(blocks: list[Block], index: int) -> bool:
    """A name alone between a poem's title and its verse (河埠头 / 周晚晴 / 母亲蹲在河埠头): its author."""
    return 0 < index < len(blocks) - 1 and len(blocks[index].lines) == 1 \
        and bool(AUTHOR_ALONE_RE.match(blocks[index].lines[0].text)) \
        and _headline_only(blocks[index - 1]) and blocks[index + 1].verse


def _portrait_name(group: list[Line], after: list[Line] | None) -> bool:
    """A name alone right over a profile box's label (邹瑄 / 人物简介): its portrait's caption."""
    return len(group) == 1 and bool(_NAME_ALONE_RE.match(group[0].text)) and after is not None \
        and is_profile_label(after[0].text)


def _under_photo_news(blocks: list[Block], index: int) -> bool:
    """A photo's caption under the label 图片新闻 is the story itself: the photo is the news; so is
    its photographer's credit set alone under the photo's text (本报记者 韩冬 摄)."""
    def label(k: int) -> bool:
        return k >= 0 and blocks[k].lines[-1].text.replace(" ", "") == "图片新闻"
    credit_alone = len(blocks[index].lines) == 1 and is_caption_start(blocks[index].lines[0].text)
    return label(index - 1) or (credit_alone and label(index - 2))


PHOTO_STORY_MIN_HAN = 60  # a caption this long tells who, what, where and when: a story's worth


def _titled_photo_story(blocks: list[Block], index: int) -> bool:
    """A long caption with its own title right over it and nothing but the next headline (or the
    page's end) under it: a photo story printed without its 图片新闻 label; the caption is its text."""
    texts = [line.text for line in blocks[index].lines]
    return 0 < index and han_count("".join(texts)) >= PHOTO_STORY_MIN_HAN \
        and _headline_only(blocks[index - 1]) and len(blocks[index - 1].lines) <= 2 \
        and (index + 1 == len(blocks) or _headline_only(blocks[index + 1]))


def _unmarked(caption: str) -> str:
    """A caption without the mark that points at its photo: `▲ 市民在……` -> `市民在……`."""
    return caption.lstrip(BULLETS + "▼◀▶ ")


def _same_again(unit: Unit, declined: set[str] | None, echoes: frozenset[str]) -> bool:
    """The paragraph would be finished again as it was: echoes could restore none of the places
    it declined (an echo is asked of nothing else), and its dateline is already read from its text."""
    return declined is not None and not any(phrase in echo for phrase in declined for echo in echoes) \
        and unit.dateline == is_dateline(unit.text)


def restore_from_bodies(units: list[Unit], printed: dict[int, tuple[Line, ...]],
                        glyphs: dict[str, tuple[str, ...]], declined: dict[int, set[str]] | None = None) -> list[Unit]:
    """Headlines and captions finished again knowing which glyphs the page's body text lacked:
    a title lost its glyph where its story did. And every unit again where a short phrase (a
    name) lost its glyph with a space on the page: its other gaps are that name too.
    (`declined`: for paragraphs finished with no echoes, the phrases whose glyph each did not
    take back; one with none of them in an echo would come out the same, and is left as it is.)"""
    declined = declined or {}
    evidence = frozenset(r.glyph for u in units if u.kind == BODY for r in u.repairs if r.glyph in glyphs)
    echoes = frozenset(r.echo for u in units for r in u.repairs if r.echo)
    if not evidence and not echoes:
        return units
    out = list(units)
    for i, lines in printed.items():
        body = units[i].kind == BODY
        if body and (not echoes or _same_again(units[i], declined.get(i), echoes)):
            continue  # a paragraph has already taken every glyph its own text shows
        caption = units[i].kind == CAPTION
        text, repairs = _finish(lines, glyphs, gaps=body, evidence=frozenset() if body else evidence, echoes=echoes,
                                numbers=caption)
        if caption:
            text = _unmarked(text)
        out[i] = replace(units[i], text=text, repairs=tuple(repairs), dateline=body and is_dateline(text))
    return out
