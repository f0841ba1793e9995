"""The column measure at each line of a page: the width its column is set to, seen from the lines
before it and from the lines after it. Articles on one page are set at different widths; a
paragraph's first line is short of its column by the lost indent, its last line often short."""

from __future__ import annotations

from .lines import Line
from .shapes import FRAGMENT, MIN_SIDE, NARROW, OUTLIER, QUANTILE, WINDOW, is_hard_start, is_standalone, subhead_text
from .text import ends_sentence


def _column_of(widths: list[float]) -> float:
    """A high quantile of nearby widths, ignoring lines far wider than most (headlines)."""
    ordered = sorted(widths)
    median = ordered[len(ordered) // 2]
    ordered = [w for w in ordered if w <= median + OUTLIER]
    return ordered[min(len(ordered) - 1, int(len(ordered) * QUANTILE))]


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
        if i and ((is_hard_start(line) and not subhead_text(line.text)) or new_measure):
            segment += 1
        segment_of.append(segment)
    standalone = [is_standalone(line) for line in lines]

    widths = [line.width for line in lines]
    measured = [not s and not line.cells and k not in unmeasured
                for k, (s, line) in enumerate(zip(standalone, lines, strict=True))]
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
