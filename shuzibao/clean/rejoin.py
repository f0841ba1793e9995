"""Lines the extractor cut apart or ran together, made whole before paragraphs are found: a
dateline or a brief's credit a narrow column cut in two, two columns' lines given as one."""

from __future__ import annotations

import re
from dataclasses import replace

from .glyphs import finish_joins, join_lines, rejoin_credit_spaces
from .lines import Line
from .patterns import is_bare_lead, is_credit, is_dateline
from .shapes import INDENT, NARROW, WIDE
from .text import han_count, is_han, printed_width


def rejoin_cut_lines(lines: list[Line]) -> list[Line]:
    """Lines a narrow column cut where neither piece says what the whole does, as one line: a
    dateline cut after its first word (本报 / 讯（记者 杨帆）…), where an article starts; a brief's
    closing credit cut in its brackets (…即可参加。（林 / 晓）), where the brief ends."""
    out: list[Line] = []
    lines = _numbers_set_back(lines)
    for k, line in enumerate(lines):
        prev = out[-1] if out else None
        if prev is not None and (rest := _dateline_rest(prev.text, line.text)):
            # a bracketed dateline cut before its bracket closed (（中央社記者邱冠霖澄溪縣7日 / 電）澄溪縣…):
            # its end goes up to it, where the article starts
            out[-1] = replace(prev, text=prev.text + rest, width=prev.width + printed_width(rest))
            line = replace(line, text=line.text[len(rest):], width=line.width - printed_width(rest))
        if prev is not None and _lead_runs_on(prev, line, lines[k + 1:k + 1 + LEAD_NEIGHBOURS]):
            # a dateline's bold lead the extractor gave a line of its own (本报讯 / （记者 周以宁）
            # 10月4日，…): one printed line, measured whole
            out[-1] = replace(prev, text=prev.text + line.text, width=prev.width + line.width)
        elif prev is not None and _cut(prev.text, line.text):
            # (a role word cut from its name gets its space back: 参观。（通讯员 / 柯小蔓）)
            text = finish_joins(rejoin_credit_spaces(join_lines([prev.text, line.text])))
            out[-1] = replace(prev, text=text, width=prev.width + line.width)
        else:
            out.append(line)
    return out


LEAD_NEIGHBOURS = 3  # lines under a dateline's lead whose widths show its column's measure


def _lead_runs_on(prev: Line, line: Line, below: list[Line]) -> bool:
    """A dateline's lead alone on its line, the line under it the rest of its printed line: the two
    together no wider than the column's lines under them (a dateline set on a line of its own over
    a full line of text is not cut)."""
    return is_bare_lead(prev.text) and not line.blank_before and not is_dateline(line.text) \
        and bool(below) and prev.width + line.width <= max(b.width for b in below) + LEAD_SLACK


LEAD_SLACK = 1.0  # ems a lead and its line's rest may pass the lines under them (a hanging mark)


# A number set on a baseline of its own inside a line, which PyMuPDF gives as three lines
# (村子所在的山坳海拔 / 1280 / 米，山高雾): the three together are as wide as the line above them,
# or short of it by a paragraph's lost indent.
_NUMBER_ALONE_RE = re.compile(r"^\d[\d.,]{1,9}$")
LINE_SLACK = 1.5  # ems a line's three pieces together may fall short of or pass the line above


def _numbers_set_back(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if 2 <= i + 1 < len(lines) and _NUMBER_ALONE_RE.match(lines[i].text) and len(out) >= 2:
            prev, number, nxt, above = out[-1], lines[i], lines[i + 1], out[-2]
            width = prev.width + number.width + nxt.width
            if is_han(prev.text[-1:]) and (is_han(nxt.text[:1]) or nxt.text[:1] in "%％‰℃") \
                    and not (number.blank_before or nxt.blank_before or nxt.indent) \
                    and above.width - INDENT - LINE_SLACK <= width <= above.width + LINE_SLACK:
                out[-1] = replace(prev, text=prev.text + number.text + nxt.text, width=width)
                i += 2
                continue
        out.append(lines[i])
        i += 1
    return out


DATELINE_REST_MAX = 6  # characters of a bracketed dateline a line's end may push to the next line


def _dateline_rest(first: str, second: str) -> str:
    """The start of `second` that closes the bracket `first` opened, when the two make a dateline."""
    if not first.startswith(("（", "(")) or "）" in first or ")" in first:
        return ""
    close = min((i for i in (second.find("）"), second.find(")")) if 0 <= i < DATELINE_REST_MAX), default=-1)
    rest = second[:close + 1] if close >= 0 else ""
    return rest if rest and len(rest) < len(second) and is_dateline(first + rest) else ""


_CREDIT_CUT_RE = re.compile(r"[。！？][（(](?P<a>[^（）()]{1,8})$")
_CREDIT_REST_RE = re.compile(r"^(?P<b>[^（）()]{1,8})[）)]$")


def _cut(first: str, second: str) -> bool:
    if is_tiny(first) and not is_dateline(first) and not is_dateline(second):
        return is_dateline(first + second)
    cut, rest = _CREDIT_CUT_RE.search(first), _CREDIT_REST_RE.match(second)
    return bool(cut and rest) and is_credit(f"（{cut.group('a')}{rest.group('b')}）")


def is_tiny(text: str) -> bool:
    """One or two characters and no mark: no headline, no paragraph's end, only a piece of a line."""
    return len(text) <= 2 and han_count(text) == len(text)


SIDE_SLACK = 1.5  # ems a column's line, first of two set side by side on a line, may fall short
SIDE_MORE = 4.0  # ems past the column: more than a line of it, hanging marks and all, can be


def side_by_side(line: Line, column: float) -> Line:
    """Two columns' lines the extractor gave as one, on the baseline they share (…照明不足等问 题，群众
    反映较为强烈。, pdftotext -raw): far wider than the column, parted by one space where the first
    line fills the column. The text runs on across it: the space is the join, no lost glyph."""
    if column < NARROW or line.cells or line.text.count(" ") != 1 \
            or not column + SIDE_MORE <= line.width <= 2 * column + WIDE:
        return line
    left, right = line.text.split(" ")
    if not (is_han(left[-1:]) and is_han(right[:1])) or abs(printed_width(left) - column) > SIDE_SLACK \
            or not any(mark in line.text for mark in "，。、；"):  # running text (not 社址：… 零售价：…)
        return line
    return replace(line, text=left + right)
