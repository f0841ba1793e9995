"""The column measure at each line of a page: the width its column is set to, seen from the lines
before it and from the lines after it. Articles on one page are set at different widths; a
paragraph's first line is short of its column by the lost indent, its last line often short."""

from __future__ import annotations

from bisect import bisect_right

from .lines import Line
from .patterns import BULLETS, is_box_label
from .shapes import FRAGMENT, MIN_SIDE, NARROW, OUTLIER, QUANTILE, WINDOW, is_hard_start, is_standalone, subhead_text
from .text import ends_sentence


def _column_of(widths: list[float], talk: bool = False) -> float:
    """A high quantile of nearby widths, ignoring lines far wider than most (headlines). Where most
    lines end a sentence (a dialogue's turns, a line or two each), most are short of the column:
    two full lines agreeing well above the quantile are the column's."""
    ordered = sorted(widths)
    median = ordered[len(ordered) // 2]
    kept = bisect_right(ordered, median + OUTLIER)  # the widths kept are the sorted ones up to there
    column = ordered[min(kept - 1, int(kept * QUANTILE))]
    if talk and kept >= 2 and ordered[kept - 1] - ordered[kept - 2] <= TALK_AGREE \
            and ordered[kept - 2] - column >= TALK_ABOVE:
        return ordered[kept - 2]
    return column


TALK_SHARE = 0.5  # of a window's lines ending a sentence: a dialogue's turns
TALK_AGREE = 0.5  # ems between the two widest lines that agree on the column
TALK_ABOVE = 1.5  # ems above the quantile: the quantile fell among the turns' short lines


MEASURE_SIDE = 4  # lines each side of a block's edge that show the measure changing there


def _measure_changes(lines: list[Line], i: int) -> bool:
    """A block the extractor set apart (a blank line before it, after a sentence's end) is set at
    another measure than the block before it (an editor's note across the page over the story's
    column): the lines on each side tell a column far apart."""
    if not lines[i].blank_before or not ends_sentence(lines[i - 1].text) \
            or i < MEASURE_SIDE or i + MEASURE_SIDE > len(lines):
        return False
    before = _column_of([line.width for line in lines[i - MEASURE_SIDE: i]])
    after = _column_of([line.width for line in lines[i: i + MEASURE_SIDE]])
    return abs(before - after) >= FRAGMENT and after >= NARROW


def _opens_box(lines: list[Line], i: int) -> bool:
    """A box's label opens the box, set at a measure of its own (老师点评, 专家简介, 图片新闻); not a
    column of briefs', whose bulleted items run in the column it heads (赛事快讯 / ■…)."""
    text = lines[i].text
    # (a label is a few characters: the patterns are not run on the page's other lines)
    return len(text) <= BOX_LABEL_LEN and is_box_label(text) \
        and not (i + 1 < len(lines) and lines[i + 1].text[:1] in BULLETS)


BOX_LABEL_LEN = 8  # characters at most of a box's label (人物简介, 新闻速递, 老师点评)


def column_widths(lines: list[Line], unmeasured: set[int] = frozenset(),
                  blank_matters: bool = False) -> tuple[list[float], list[float]]:
    """The column measure at each line, seen from the lines before it and from the lines after it,
    within the stretch between two hard starts. Where one article ends and another set at a
    different width begins, the last line of the first is measured against its own article and
    the first line of the next against the lines that follow it."""
    segment_of, segment = [], 0
    for i, line in enumerate(lines):
        # A subhead is set in its article's column: it starts a paragraph, not a new measure.
        new_measure = blank_matters and _measure_changes(lines, i)
        if i and ((is_hard_start(line) and not subhead_text(line.text)) or new_measure or _opens_box(lines, i)):
            segment += 1
        segment_of.append(segment)
    standalone = [is_standalone(line) for line in lines]

    widths = [line.width for line in lines]
    measured = [not s and not line.cells and k not in unmeasured
                for k, (s, line) in enumerate(zip(standalone, lines, strict=True))]
    # A window (lines lo..hi of one stretch) is read by the widths of its measured lines, a slice of
    # `kept` (those widths in page order): counted[k] of them come before line k. A window seen
    # again (line i's ahead is line i + WINDOW's back) is measured once.
    kept = [width for width, m in zip(widths, measured, strict=True) if m]
    counted, ended = [0], [0]  # measured lines before line k, and those of them ending a sentence
    for m, line in zip(measured, lines, strict=True):
        counted.append(counted[-1] + m)
        ended.append(ended[-1] + (m and ends_sentence(line.text)))
    first, last = _stretches(segment_of)
    seen: dict[tuple[int, int], float] = {}

    def column(lo: int, hi: int, i: int) -> float:
        a, b = counted[lo], counted[hi + 1]
        if a == b:  # no measured line in the window: line i's own width
            return widths[i]
        if (a, b) not in seen:
            seen[a, b] = _column_of(kept[a:b], ended[hi + 1] - ended[lo] >= TALK_SHARE * (b - a))
        return seen[a, b]

    before, after = [], []
    for i in range(len(lines)):
        lo, hi = max(first[i], i - WINDOW), min(last[i], i + WINDOW)
        back_short = counted[i + 1] - counted[lo] < MIN_SIDE
        ahead_short = counted[hi + 1] - counted[i] < MIN_SIDE
        # too few lines on one side: that side is measured by the window on both sides
        before.append(column(lo, hi, i) if back_short else column(lo, i, i))
        after.append(column(lo, hi, i) if ahead_short else column(i, hi, i))
    return before, after


def _stretches(segment_of: list[int]) -> tuple[list[int], list[int]]:
    """For each line, the first and the last line of its stretch (segments are runs of lines)."""
    n = len(segment_of)
    first, last = [0] * n, [n - 1] * n
    for i in range(1, n):
        first[i] = i if segment_of[i] != segment_of[i - 1] else first[i - 1]
    for i in range(n - 2, -1, -1):
        last[i] = i if segment_of[i] != segment_of[i + 1] else last[i + 1]
    return first, last
