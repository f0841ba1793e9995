"""What a line is, by its text and by its width against the column measured around it: the
questions unwrap and the detectors of lines set apart (alone.py) both ask of every line."""

from __future__ import annotations

import re
from functools import lru_cache

from .furniture import is_jump_on, is_running_head, is_teaser
from .lines import Line
from .patterns import (
    MAX_HEADLINE_HAN,
    is_byline,
    is_caption,
    is_credit,
    is_dateline,
    is_editor_note,
    is_name_row,
    is_notice_title,
    is_salutation,
    is_subhead,
)
from .text import ends_open, han_count

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
NARROW = 10.0  # ems: a column this narrow tells little by its lines' widths
SPEAKER_RE = re.compile(r"^(?:记者|本报记者|问|答|主持人)\s*[：:]")


def is_hard_start(line: Line) -> bool:
    """Lines that always begin a new block, whatever came before."""
    return line.vertical or _hard_start(line.text)


def is_standalone(line: Line) -> bool:
    """Lines that are a whole block by themselves."""
    return line.vertical or _standalone(line.text)


# Each line is asked both questions twice (measuring columns, then at each break): by its text, once.
@lru_cache(maxsize=4096)
def _hard_start(text: str) -> bool:
    return is_dateline(text) or is_byline(text) or is_credit(text) or is_caption(text) or is_jump_on(text) \
        or is_subhead(text) or is_editor_note(text) or is_running_head(text) or is_teaser(text) or is_salutation(text) \
        or is_notice_title(text)  # 启事: a notice set at its own measure starts under it


@lru_cache(maxsize=4096)
def subhead_text(text: str) -> bool:
    return is_subhead(text)


@lru_cache(maxsize=4096)
def _standalone(text: str) -> bool:
    # Each test here is one of _hard_start's: a line that starts nothing (most lines, and their
    # answer already cached) is not alone either, with no test run twice.
    return _hard_start(text) and (is_byline(text) or is_credit(text) or is_caption(text) or is_jump_on(text)
                                  or is_running_head(text) or is_teaser(text) or is_salutation(text)
                                  or is_notice_title(text))


def opens_unclosed(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") \
        or text.count("《") > text.count("》")


def quotes_unclosed(text: str) -> bool:
    """A quotation opened and not closed on the line (“这是一项惠及千家万): running text; a
    headline's quotes are closed on it (山坡上种出“致富药”)."""
    return text.count("“") > text.count("”")


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def headline_text(text: str) -> bool:
    """A line's text as a headline's: no clause or sentence mark, opening nothing, stopping on
    nothing that goes on (as the blocks pass tells a headline block: a lifted run must be read
    as one, never as a paragraph out of its place)."""
    return not any(mark in text for mark in "，。；！？、：…") and not SPEAKER_RE.match(text) \
        and not opens_unclosed(text) and not ends_open(text) and 0 < han_count(text) <= MAX_HEADLINE_HAN \
        and not quotes_unclosed(text) and not is_name_row(text)
