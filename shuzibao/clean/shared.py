"""Two columns' lines an extractor gave as one: pdfplumber's `extract_text` groups a page's
characters by the height they are set at, so where a story and a narrow column sit side by side,
each raw line is the story's line, one space, and the narrow column's line at that height. Such a
band is read as its two columns, the left one first, as the printed page is read.

The band is told by its lines: several far wider than the page's columns, each parted by one of
its spaces into a left part as wide as the others' (the left column's measure); the lines between
and around them that part the same way (a short left part is a paragraph's last line) belong to
it too.
"""

from __future__ import annotations

from collections import Counter

from .lines import despace
from .patterns import is_column_label
from .shapes import WIDE
from .text import ends_sentence, is_wide

Numbered = list[tuple[int, str]]

ANCHORS_MIN = 4  # far-too-wide lines that agree on where they part
LEFT_MIN = 8.0  # ems: the narrowest left column read as one
RIGHT_MIN = 4.0  # ems: the least a wide line's right part holds
AGREE = 1.0  # ems a full left part may pass the left column's measure (a hanging mark)
SHORT_LEFT = 1.0  # ems a part must fall short of the measure to be a paragraph's last line
SHORT_FULL = 1.5  # ems a full left part may fall short of the measure (a mark held over to the next line)


def _width(text: str) -> float:
    """Ems as set, every wide character one (a column's full lines are alike so counted; the
    squeezed commas of printed_width make them differ), a half-width one half."""
    text = despace(text).replace(" ", "") if text.strip() else ""
    return sum(1.0 if is_wide(ch) else 0.5 for ch in text)


def _cuts(line: str) -> list[tuple[int, float, float]]:
    """(space's offset, left part's width, right part's width) of each way the line parts at a space."""
    text = line.rstrip()
    return [(p, _width(text[:p]), _width(text[p + 1:])) for p, ch in enumerate(text)
            if ch == " " and text[:p].strip() and text[p + 1:].strip()]


def _usual_width(widths: list[float]) -> float:
    ordered = sorted(w for w in widths if w)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _left_measure(anchors: list[list[tuple[int, float, float]]]) -> float | None:
    """The left part's width most wide lines can part at (to half an em), if enough agree."""
    votes: Counter[float] = Counter()
    for cuts in anchors:
        for width in {left for _, left, right in cuts if left >= LEFT_MIN and right >= RIGHT_MIN}:
            votes[width] += 1
    if not votes:
        return None
    best = max(votes, key=lambda w: (sum(votes[v] for v in votes if w - 0.5 <= v <= w), w))
    agreeing = sum(1 for cuts in anchors if any(best - SHORT_FULL <= left <= best + AGREE for _, left, _ in cuts))
    return best if agreeing >= ANCHORS_MIN else None


def _cut_at(text: str, cuts: list[tuple[int, float, float]], measure: float, right_measure: float) -> int | None:
    """Where a band's line parts: its left part filling the measure, or else falling short of it
    (a paragraph's last line) with the widest right part. A space by a figure is more likely the
    extractor's spacing around it (`15 分钟`) than the gutter: asked last."""
    plain = [c for c in cuts if not _by_figure(text, c[0])]
    for some in (plain, cuts):
        some = [c for c in some if c[2] <= right_measure + AGREE]
        full = [(abs(left - measure), -p) for p, left, _ in some if measure - SHORT_FULL <= left <= measure + AGREE]
        if full:
            return -min(full)[1]
        short = [(right, p) for p, left, right in some if left <= measure - SHORT_LEFT and right >= RIGHT_MIN]
        if short:
            return max(short)[1]
    return None


def _by_figure(text: str, p: int) -> bool:
    """The space at p is spacing inside a part: by a figure (`15 分钟`) or between two characters a
    line spread out (`公 益 课 程`)."""
    before, after = text[p - 1:p], text[p + 1:p + 2]
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()) \
        or (text[p - 2:p - 1] == " " and text[p + 2:p + 3] == " ")


ANCHOR_GAP = 3  # lines between two anchors of one band at most


def _densest_run(anchors: list[int]) -> tuple[int, int] | None:
    """(first, last) of the longest run of anchors each within ANCHOR_GAP lines of the next, if it
    holds ANCHORS_MIN of them."""
    runs: list[list[int]] = []
    for i in anchors:
        if runs and i - runs[-1][-1] <= ANCHOR_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    best = max(runs, key=len, default=[])
    return (best[0], best[-1]) if len(best) >= ANCHORS_MIN else None


def _right_measure(anchors: list[list[tuple[int, float, float]]], measure: float) -> float:
    """The narrow column's measure: a high share of the right parts full left parts leave (most of
    the narrow column's lines are full too)."""
    rights = sorted(max((right for _, left, right in cuts if measure - SHORT_FULL <= left <= measure + AGREE),
                        default=0.0) for cuts in anchors)
    return rights[int(len(rights) * RIGHT_SHARE)] if rights else 0.0


RIGHT_SHARE = 0.8  # of the anchors' right parts narrower than the narrow column's measure


def _parts(text: str, cuts: list[tuple[int, float, float]], width: float, measure: float,
           right_measure: float) -> bool:
    return " " in text.strip() and width >= measure + RIGHT_MIN / 2 \
        and _cut_at(text, cuts, measure, right_measure) is not None


def read_shared_lines(given: Numbered) -> Numbered:
    """The page's lines, a band of two columns' lines given as one read column by column."""
    texts = [text for _, text in given]
    if sum(1 for text in texts if " " in text.strip()) < ANCHORS_MIN:  # (most pages: nothing to part)
        return given
    widths = [_width(text) for text in texts]
    # (the page's own columns, measured by its lines with no space to part at)
    usual = _usual_width([w for w, text in zip(widths, texts, strict=True) if " " not in text.strip()] or widths)
    wide = [i for i, text in enumerate(texts) if widths[i] >= usual + WIDE and " " in text.strip()]
    if len(wide) < ANCHORS_MIN:
        return given
    cuts = {i: _cuts(texts[i]) for i in wide}
    measure = _left_measure([cuts[i] for i in wide])
    if measure is None:
        return given
    anchors = [i for i in wide if any(measure - SHORT_FULL <= left <= measure + AGREE and right >= RIGHT_MIN
                                      for _, left, right in cuts[i])]
    band = _densest_run(anchors)
    if band is None:
        return given
    first, last = band
    right_measure = _right_measure([cuts[i] for i in anchors if first <= i <= last], measure)
    # (past its widest lines the band goes on over lines wider than the left column that part as
    # its lines do: a column's short last lines)
    def cuts_of(i: int) -> list[tuple[int, float, float]]:  # (each line's ways to part found once)
        if i not in cuts:
            cuts[i] = _cuts(texts[i])
        return cuts[i]

    def parts(i: int) -> bool:
        return _parts(texts[i], cuts_of(i), widths[i], measure, right_measure)

    while last + 1 < len(texts) and parts(last + 1):
        last += 1
    while first > 0 and parts(first - 1):
        first -= 1
    # (a column's label over the narrow column shares its line with the story's headline:
    # 市民运动会 10 月 8 日开幕 体坛快讯)
    labelled = first > 0 and _labelled(texts[first - 1])
    # ... and the story's column goes on under the band, alone, down to its paragraph's end
    below = last
    while below + 1 < len(texts) and texts[below + 1].strip() and widths[below + 1] <= measure + AGREE:
        below += 1
    while below > last and not ends_sentence(texts[below].strip()):
        below -= 1
    at: dict[int, int] = {}
    for i in range(first, last + 1):
        cut = _cut_at(texts[i], cuts_of(i), measure, right_measure) if texts[i].strip() else None
        if cut is None:
            return given  # a line that does not part, or a blank line, inside: no one band
        at[i] = cut
    left = [(given[i][0], texts[i][:at[i]].rstrip()) for i in range(first, last + 1)] + given[last + 1:below + 1]
    right = [(given[i][0], texts[i][at[i] + 1:].strip()) for i in range(first, last + 1)]
    if labelled:
        head, label = texts[first - 1].rstrip().rsplit(" ", 1)
        return [*given[:first - 1], (given[first - 1][0], head), *left, (0, ""), (given[first - 1][0], label),
                *right, (0, ""), *given[below + 1:]]
    return [*given[:first], *left, (0, ""), *right, (0, ""), *given[below + 1:]]


def _labelled(text: str) -> bool:
    """A line ending on a column's label after a space (a headline beside it)."""
    parts = text.strip().rsplit(" ", 1)
    return len(parts) == 2 and is_column_label(parts[1]) and not is_column_label(parts[0])
