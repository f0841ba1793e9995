"""Pages an extractor laid out as on paper (pdftotext -layout): columns side by side on one line,
separated by wide runs of spaces. Read them column by column, as the printed page is read.

Only a page where many lines carry such a gutter at the same places is split; any other page is
returned as it was.
"""

from __future__ import annotations

import re

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


def read_columns(text: str) -> str:
    """The page's text column by column (a blank line between columns), or the text unchanged."""
    lines = text.split("\n")
    starts = column_starts(lines)
    if not starts:
        return text
    columns: list[list[str]] = [[] for _ in starts]
    for line in lines:
        if not line.strip():
            for column in columns:
                column.append("")
            continue
        for start, segment in _segments(line):
            k = max(i for i, s in enumerate(starts) if s <= start + TOLERANCE)
            columns[k].append(segment.strip())
    return "\n\n".join("\n".join(column).strip("\n") for column in columns if any(column))
