"""Blocks -> Units: what each block is (body paragraph, headline line, byline, credit, caption),
with its text joined, glyphs restored and unexplained gaps marked."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .glyphs import Repair, explain_spaces, finish_joins, join_lines, rejoin_credit_spaces, restore_glyphs
from .patterns import is_byline, is_caption, is_credit, is_dateline
from .text import ends_open, ends_sentence, han_count
from .unwrap import Block

BODY, HEADLINE, BYLINE, CREDIT, CAPTION = "body", "headline", "byline", "credit", "caption"
MAX_HEADLINE_LINES = 4
MAX_HEADLINE_HAN = 40  # per line; longer lines are running text


@dataclass(frozen=True)
class Unit:
    kind: str
    text: str
    line: int  # first raw line
    block: int  # index of the block it came from
    dateline: bool = False
    repairs: tuple[Repair, ...] = field(default=())


def is_headline_block(block: Block) -> bool:
    """Short lines that never finish a sentence: a headline run (引题/主标题/副题) or a fragment."""
    texts = [line.text for line in block.lines]
    joined = "".join(texts)
    if ends_sentence(joined) or ends_open(joined) or joined.endswith(("……", "…")):
        return False
    if is_dateline(texts[0]) or len(texts) > MAX_HEADLINE_LINES:
        return False
    return all(han_count(t) <= MAX_HEADLINE_HAN for t in texts)


def _finish(lines, glyphs, gaps: bool) -> tuple[str, list[Repair]]:
    text, repairs = restore_glyphs(rejoin_credit_spaces(join_lines([line.text for line in lines])), glyphs)
    text, unexplained = explain_spaces(text, mark=gaps)
    repairs += unexplained
    placed = [replace(r, line=lines[min(r.line, len(lines) - 1)].number) for r in repairs]
    return finish_joins(text).strip(), placed


def split_trailing_headlines(block: Block) -> list[Block]:
    """A paragraph that ran on into headline lines: its sentence ends on an inner line and the
    lines after it never finish one. Split it there."""
    texts = [line.text for line in block.lines]
    joined = "".join(texts)
    if len(texts) < 2 or ends_sentence(joined) or ends_open(joined) or joined.endswith("…"):
        return [block]
    last_end = max((i for i, t in enumerate(texts[:-1]) if ends_sentence(t)), default=None)
    if last_end is None:
        return [block]
    tail = Block(block.lines[last_end + 1:])
    if not is_headline_block(tail):
        return [block]
    return [Block(block.lines[: last_end + 1]), tail]


def classify_blocks(blocks: list[Block], glyphs: dict[str, tuple[str, ...]]) -> list[Unit]:
    units: list[Unit] = []
    blocks = [part for block in blocks for part in split_trailing_headlines(block)]
    for index, block in enumerate(blocks):
        texts = [line.text for line in block.lines]
        first = block.lines[0].number
        joined = "".join(texts)
        if len(texts) == 1 and is_byline(joined):
            units.append(Unit(BYLINE, joined, first, index))
        elif len(texts) == 1 and is_credit(joined):
            units.append(Unit(CREDIT, joined, first, index))
        elif is_caption(" ".join(texts)):
            text, repairs = _finish(block.lines, glyphs, gaps=False)
            units.append(Unit(CAPTION, text, first, index, repairs=tuple(repairs)))
        elif is_headline_block(block):
            for line in block.lines:
                text, repairs = _finish([line], glyphs, gaps=False)
                units.append(Unit(HEADLINE, text, line.number, index, repairs=tuple(repairs)))
        else:
            text, repairs = _finish(block.lines, glyphs, gaps=True)
            units.append(Unit(BODY, text, first, index, dateline=is_dateline(text), repairs=tuple(repairs)))
    return units
