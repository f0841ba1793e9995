"""Pages an extractor laid out as on paper (pdftotext -layout): columns side by side on one line,
separated by wide runs of spaces. Read them column by column, as the printed page is read.

The page is read band by band (articles stacked down it are set in different columns); only a
band where many lines carry such a gutter at the same places is split. A page with no such band
is returned as it was.
"""

from __future__ import annotations

import re

from .furniture import is_furniture
from .lines import is_letter_spaced
from .text import is_wide

GUTTER_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
MIN_SHARE = 0.3  # of non-empty lines with a gutter, for the page to be read as laid out
MIN_SUPPORT = 0.2  # of gutter lines that must agree on a column's start
TOLERANCE = 2  # characters a column's start may wander


def _segments(line: str) -> list[tuple[int, str]]:
    """(start offset, text) of each run of text between gutters."""
    out, start = [], len(line) - len(line.lstrip(" "))
    for gutter in GUTTER_RE.finditer(line):
        out.append((start, line[start:gutter.start()]))
        start = gutter.end()
    out.append((start, line[start:].rstrip()))
    return [(s, t) for s, t in out if t.strip()]


def column_starts(lines: list[str]) -> list[int]:
    """The offsets where columns begin, agreed on by enough lines; [] when the page is not laid out."""
    filled = [line for line in lines if line.strip()]
    gutter_lines = [line for line in filled if GUTTER_RE.search(line)]
    if not filled or len(gutter_lines) < MIN_SHARE * len(filled) or len(gutter_lines) < 3:
        return []
    offsets = sorted(start for line in gutter_lines for start, _ in _segments(line)[1:])
    clusters: list[list[int]] = []
    for offset in offsets:
        if clusters and offset - clusters[-1][-1] <= TOLERANCE:
            clusters[-1].append(offset)
        else:
            clusters.append([offset])
    starts = [c[0] for c in clusters if len(c) >= MIN_SUPPORT * len(gutter_lines)]
    return [0, *starts] if starts else []


BAND_GAP = 2  # blank lines in a row: the vertical space between articles stacked on the page
INDENT = 2  # characters right of its column's start: a paragraph's first line, indented


def bands(lines: list[str]) -> list[list[int]]:
    """The page cut where BAND_GAP or more blank lines meet, as each band's line indices. Articles
    stacked down a page are set in different columns (two here, four there, two articles side by
    side below), so each band's columns are found on their own."""
    out: list[list[int]] = [[]]
    blanks = 0
    for i, line in enumerate(lines):
        blanks = blanks + 1 if not line.strip() else 0
        if blanks == BAND_GAP and any(lines[k].strip() for k in out[-1]):
            out.append([])
        out[-1].append(i)
    return out


# A text's lines with the raw line each came from (1-based; 0 for a blank line put in between).
Numbered = list[tuple[int, str]]


def _trimmed(part: Numbered) -> Numbered:
    """Without the blank lines at either end."""
    filled = [k for k, (_, text) in enumerate(part) if text]
    return part[filled[0]: filled[-1] + 1] if filled else []


def _joined(parts: list[Numbered]) -> Numbered:
    """Parts one after the other, a blank line between two (an empty part is one blank line)."""
    out: Numbered = []
    for k, part in enumerate(parts):
        if k:
            out.append((0, ""))
        out.extend(part or [(0, "")])
    return out


def _off_columns(line: str, starts: list[int]) -> bool:
    """A line of one piece that starts at no column's start (nor indent): centred over them."""
    segments = _segments(line)
    return len(segments) == 1 and not any(-TOLERANCE <= segments[0][0] - s <= INDENT + TOLERANCE for s in starts)


def _pieces(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """(column, text) of each column's part of a line. A justified line that the extractor spread
    out has gutter-wide gaps inside one column (`旅   游   等`): a run that starts at no column's
    start, in the column of the run before it, is more of that run's text."""
    out: list[tuple[int, str]] = []
    for start, segment in _segments(line):
        k = max(i for i, s in enumerate(starts) if s <= start + TOLERANCE)
        if out and out[-1][0] == k:
            out[-1] = (k, out[-1][1] + " " + segment.strip())
            continue
        lead = "  " if start - starts[k] >= INDENT else ""
        out.append((k, lead + segment.strip()))
    return out


def _across(line: str, starts: list[int]) -> bool:
    """A line set across the columns, whatever its gaps: the running head (`2025年3月11日  星期二
    文化·人物  07`), or a headline spread out with a clause gap (`抄 得 一 张 纸   守 住 一 门 艺`)."""
    segments = [text.strip() for _, text in _segments(line)]
    return _off_columns(line, starts) or is_furniture(" ".join(segments)) \
        or (len(segments) > 1 and all(is_letter_spaced(text) for text in segments))


def _read_band(lines: list[str], numbers: list[int], starts: list[int]) -> Numbered:
    """One band's text column by column; a line set in from its column keeps a lead space, the
    indent that marks a paragraph's first line. A line set across the columns above the band's
    first line of columns (a headline, the running head) comes first, one below its last comes
    after them all."""
    gapped = [i for i, line in enumerate(lines) if len(_segments(line)) > 1]
    split = [i for i in gapped if not _across(lines[i], starts)] or gapped
    top, bottom = split[0], split[-1] + 1
    # (so is one a blank line parts from the columns under it, wherever it starts: a column's text
    # runs down without one; 半个世纪守着一口纸槽 centred near the second column's start)
    last_blank = max((j for j in range(top) if not lines[j].strip()), default=-1)
    head = [i for i in range(top) if lines[i].strip() and (i < last_blank or _across(lines[i], starts))]
    tail = [i for i in range(bottom, len(lines)) if _off_columns(lines[i], starts)]
    columns: list[Numbered] = [[] for _ in starts]
    for i, line in enumerate(lines):
        if i in head or i in tail:
            continue
        if not line.strip():
            for column in columns:
                column.append((0, ""))
            continue
        for k, text in _pieces(line, starts):
            columns[k].append((numbers[i], text))
    parts = [[(numbers[i], lines[i].strip()) for i in head], *columns, [(numbers[i], lines[i].strip()) for i in tail]]
    return _joined([_trimmed(part) for part in parts if any(text for _, text in part)])


# Where an extractor laid the page out in display cells, a Chinese character two wide, its columns
# start at the same cell on every line but at different characters: each wide character is given
# a second, placeholder character for the reading, taken out again after it.
_HALF = "\u2060"


def _in_cells(text: str) -> str:
    return "".join(ch + _HALF if is_wide(ch) else ch for ch in text)


def _aligned(parts: list[list[str]], found: list[list[int]]) -> int:
    """How many of the bands' runs of text start at one of their band's columns."""
    return sum(any(abs(start - s) <= TOLERANCE for s in starts)
               for band, starts in zip(parts, found, strict=True) if starts
               for line in band for start, _ in _segments(line)[1:])


def read_columns(text: str) -> str:
    """The page's text column by column (a blank line between columns), or the text unchanged."""
    return "\n".join(text for _, text in read_columns_numbered(text))


def read_columns_numbered(text: str) -> Numbered:
    """read_columns' lines, each with the raw line it came from (the page's report names those)."""
    lines = text.split("\n")
    given = list(enumerate(lines, 1))
    if "   " not in text:  # (most pages: no gutter anywhere, nothing laid out)
        return given
    # (a line's wide characters each given a second cell keep the blank lines where they were:
    # the bands are the same either way)
    parts = bands(lines)
    cells = _in_cells(text).split("\n")
    found = [column_starts([lines[i] for i in band]) for band in parts]
    found_wide = [column_starts([cells[i] for i in band]) for band in parts]
    chosen = lines
    if _aligned([[cells[i] for i in band] for band in parts], found_wide) \
            > _aligned([[lines[i] for i in band] for band in parts], found):
        chosen, found = cells, found_wide
    if not any(found):
        return given
    read = _joined([_read_band([chosen[i] for i in band], [i + 1 for i in band], starts) if starts
                    else _trimmed([(i + 1, chosen[i]) for i in band])
                    for band, starts in zip(parts, found, strict=True)])
    return [(number, line.replace(_HALF, "")) for number, line in read]
