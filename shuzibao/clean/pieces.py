"""Pieces of columns given out of order (pdftotext's default mode, pdfminer.six): put back in
reading order.

Those extractors cut multi-column text into pieces (a band of one column, blank-line separated)
and give them in an order that interleaves the columns: a paragraph stops mid-sentence at the
foot of one piece and goes on in a piece that comes later (or earlier) on the page. A piece that
ends mid-sentence on a full line is joined to the piece that continues it: one whose first line
does not start a paragraph (it is full to the column, not short by the lost indent, or it is a
paragraph's last line, or it opens on a closing mark), set at the same column width, best of
all with a dictionary word running across the join (服务 / 站). The page is then read chain by
chain, each chain where its first piece was. A page whose pieces all follow on is returned as it
was; so is one whose lines are each a piece (blank lines between all lines say nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .furniture import is_furniture, split_jump_on
from .glyphs import straddles_word
from .lines import despace
from .patterns import PHOTO_MARKS, is_byline, is_caption, is_caption_start, is_credit, is_dateline
from .text import CLOSING, QUOTE_OPENERS, ends_open, ends_sentence, han_count, printed_width

FULL = 1.25  # ems a full line may fall short of its column (justified text, squeezed commas)
OPEN_FULL = 2.5  # a last line this close to its column is no headline or fragment
INDENT = 1.75  # ems a paragraph's first line is short by (the lost two-character indent)
SAME_COLUMN = 2.0  # ems two pieces' measures may differ and still be one column
MIN_MEASURE = 10.0  # narrower columns (a few characters a line) give too little to go on
HEAD_LINES = 4  # a story's kicker, title, subtitle and dateline come first in its piece
MAX_SINGLE_SHARE = 0.7  # more pieces than this of one line: blank lines separate lines, not pieces

# Scores of a join (only joins a piece's end and the next one's start allow are scored).
BASE = 0.5  # any join the text allows
NEXT = 1.5  # the piece right after it: extractors mostly keep order
WORD = 2.0  # a dictionary word runs across the join
CLOSE = 1.0  # the piece opens on a closing mark (，。、) that cannot start a paragraph
BACK = 0.5  # the continuation comes earlier in the text
FAR = 0.02  # per piece between the two
TYPICAL_LINES = 5  # lines of a piece at one width that make it its typical width
OTHER_MEASURE = 1.5  # ems two pieces' usual line widths differ by when they are two columns


@dataclass(frozen=True)
class Piece:
    index: int
    raw: tuple[str, ...]  # the lines as given
    numbers: tuple[int, ...] = ()  # where they stand in the text (1-based), for the page's report

    # Worked out when first asked for: most pages are passed over before any piece is measured.
    @cached_property
    def texts(self) -> tuple[str, ...]:  # despaced
        return tuple(despace(x.replace("\u3000", "  ")) for x in self.raw)

    @cached_property
    def widths(self) -> tuple[float, ...]:
        return tuple(printed_width(t) for t in self.texts)

    @cached_property
    def _inner(self) -> list[float]:
        """The widths of its text lines. A story's head over its dateline (kicker, title, subtitle)
        is set across the columns, not in the one its text runs down."""
        inner = [(k, w) for k, (t, w) in enumerate(zip(self.texts, self.widths, strict=True)) if not _special(t)]
        start = next((k for k, t in enumerate(self.texts[:HEAD_LINES]) if is_dateline(t)), 0)
        under = [w for k, w in inner if k > start]
        # (a piece that ends one line under its dateline is measured with its head: no better guide)
        return under if start and len(under) >= 2 else [w for _, w in inner]

    @property
    def measure(self) -> float | None:
        """The column width, when the piece has text lines enough to tell (the widest of them:
        a paragraph's inner lines are full)."""
        inner = self._inner
        return max(inner) if len(inner) >= 2 else None

    @cached_property
    def typical(self) -> float | None:
        """The width most of its text lines have (a column's full lines), unmoved by a line that
        hangs a mark past the measure."""
        inner = self._inner
        if not inner:
            return None
        mode = max(sorted(set(inner)), key=inner.count)
        near = sum(1 for w in inner if abs(w - mode) <= 0.5)
        # (a short piece, or one whose widths scatter, says nothing of its measure this way)
        return mode if near >= TYPICAL_LINES and near >= len(inner) / 2 else None


def split_pieces(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    current: list[str] = []
    numbers: list[int] = []

    def flush():
        if current:
            pieces.append(Piece(len(pieces), tuple(current), tuple(numbers)))
            current.clear()
            numbers.clear()

    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            flush()
            continue
        despaced = despace(line)
        if is_furniture(despaced):  # a running head or desk line is a piece of its own
            flush()
            current.append(line)
            numbers.append(number)
            flush()
        else:
            current.append(line)
            numbers.append(number)
            # a photo's caption at the head of a column, the text under it going on from the
            # column before (…不光把城里的好方法 / 图为…指导青年 / 教师磨课。 本报记者 沈知遥 摄 /
            # 带了过来，…): the caption a piece of its own, so that the text can be joined on
            # (asked of every line: the credit's mark at the line's end is looked for first)
            if despaced.endswith(PHOTO_MARKS) and is_caption_start(current[0].strip()):
                flush()
    flush()
    return pieces


def _special(text: str) -> bool:
    return is_dateline(text) or is_byline(text) or is_credit(text) or is_caption(text) or is_furniture(text)


def open_end(piece: Piece) -> bool:
    """The piece stops mid-sentence on a full line of a column: its paragraph goes on somewhere
    else. Two lines at least are full to the column (a headline's lines are not)."""
    last = piece.texts[-1]
    if ends_sentence(last) or _special(last) or han_count(last) < 2 or last.endswith("…") \
            or last.startswith("——") or split_jump_on(last)[1]:
        return False
    measure = piece.measure
    if measure is None or measure < MIN_MEASURE:
        return False
    if _ragged(piece, measure):
        return False
    full = [w for t, w in zip(piece.texts, piece.widths, strict=True) if not _special(t) and w >= measure - FULL]
    # Headline lines (a kicker over a title) may be as wide as each other, but carry no commas.
    running = len(piece.texts) >= 3 or any(mark in t for t in piece.texts for mark in "，。、；：")
    # (a line hanging a mark past the measure makes the widest one; most lines are the column's)
    column = piece.typical or measure
    return running and len(full) >= 2 and (ends_open(last) or piece.widths[-1] >= column - OPEN_FULL)


RAGGED = 3.5  # ems short of its column: a line no justified paragraph leaves mid-sentence


def _ragged(piece: Piece, measure: float) -> bool:
    """Lines set ragged (a stanza of verse): a line far short of the measure, mid-sentence, right
    after a full line also mid-sentence. A column of running text is justified: only a
    paragraph's last line, which ends a sentence, falls that short."""
    texts, widths = piece.texts, piece.widths
    # (a list's lead-in ends its paragraph on a colon: 要做好以下几点：)
    return any(widths[k] <= measure - RAGGED and widths[k - 1] >= measure - INDENT - 0.5
               and not ends_sentence(texts[k]) and not texts[k].endswith(("：", ":"))
               and not ends_sentence(texts[k - 1])
               and not _special(texts[k]) and not _special(texts[k - 1]) for k in range(1, len(texts) - 1))


def continues(prev: Piece, piece: Piece) -> bool:
    """The piece's first line can go on from the open end of prev: not a paragraph's indented
    first line, not a headline, dateline, byline, credit or caption. Only a piece away from prev
    must be set at its column width; the piece right after it is in the column's order."""
    first, width = piece.texts[0], piece.widths[0]
    if _special(first) or not han_count(first) and first[:1] not in CLOSING:
        return False
    if piece.index == prev.index + 1 and prev.texts[-1].endswith(("：", ":")) and first[:1] in QUOTE_OPENERS:
        return True  # 他打开了话匣子： over the quotation it introduces, a paragraph of its own
    if any(is_byline(t) for t in piece.texts[1:3]):
        return False  # a headline over its byline
    if piece.index != prev.index + 1 and not _same_column(prev, piece):
        return False
    if _other_measure(prev, piece):
        return False  # most lines of each at another width (16 ems, 14): two stories' columns given by turns
    column = piece.measure or prev.measure or prev.widths[-1]
    if first[:1] in CLOSING:
        return True
    if width > column - INDENT:
        return True  # a full line: the middle of a paragraph
    # A short line: a paragraph's last line, or (not ending a sentence) a headline or an indented
    # first line (short by the lost indent only).
    return ends_sentence(first) and (len(piece.texts) == 1 or width <= column - INDENT)


def join_score(prev: Piece, piece: Piece, stride: int, across: bool) -> float:
    """How sure a join is; `across`: whether a dictionary word runs across it."""
    score = BASE
    # Given by turns, the piece a stride on is the column's next band only if it is running text
    # (a headline there is the next story's, set across both columns).
    if piece.index == prev.index + stride and (stride == 1 or _running(piece)):
        # a stride the page's joins vouched for is surer than one word a dictionary finds across
        # (装上 / 当上了 reads 上当)
        score += NEXT if stride == 1 else WORD + BASE
    if across:
        score += WORD
    if piece.texts[0][:1] in CLOSING:
        score += CLOSE
    if piece.index < prev.index:
        score -= BACK
    return score - FAR * abs(piece.index - prev.index)


def _other_measure(a: Piece, b: Piece) -> bool:
    return a.typical is not None and b.typical is not None and abs(a.typical - b.typical) >= OTHER_MEASURE


def _running(piece: Piece) -> bool:
    """Running text: a clause mark somewhere, no page furniture, no headline over a dateline."""
    return any(mark in t for t in piece.texts for mark in "，。、；：！？") \
        and not any(is_furniture(t) or is_dateline(t) or is_byline(t) for t in piece.texts)


def _same_column(a: Piece, b: Piece) -> bool:
    measures = [m for m in (a.measure, b.measure) if m is not None]
    return len(measures) < 2 or abs(measures[0] - measures[1]) <= SAME_COLUMN


MIN_VOUCHED = 2  # joins a stride needs the text to vouch for


def page_stride(pairs: list[tuple[Piece, Piece]], across: list[bool]) -> int:
    """How many pieces on from one its paragraph goes on in, on this page: 1 where the extractor
    gives a column's pieces in order, 2 where it gives two columns' pieces by turns (a band of
    the left column, then the band of the right column beside it: pdftotext's default mode).
    Told by the joins the text itself vouches for (a word across the join, a closing mark);
    `across[k]`: whether a word runs across pairs[k]."""
    vouched = [b.index - a.index for (a, b), word in zip(pairs, across, strict=True)
               if b.index > a.index and (word or b.texts[0][:1] in CLOSING)]
    by_turns = vouched.count(2)
    return 2 if by_turns >= MIN_VOUCHED and by_turns > vouched.count(1) else 1


def _leads_back(succ: dict[int, int], start: int, to: int) -> bool:
    """Following joins from start reaches to (a join to->start would close a loop)."""
    seen = start
    while seen is not None:
        if seen == to:
            return True
        seen = succ.get(seen)
    return False


def reading_order(pieces: list[Piece]) -> list[list[Piece]]:
    """Chains of pieces that continue one another, in the order they are read."""
    pairs = [(a, b) for a in pieces if open_end(a) for b in pieces if b.index != a.index and continues(a, b)]
    across = [straddles_word(a.texts[-1], b.texts[0]) for a, b in pairs]  # once: jieba is the cost here
    stride = page_stride(pairs, across)
    scores = {(a.index, b.index): join_score(a, b, stride, word) for (a, b), word in zip(pairs, across, strict=True)}
    succ: dict[int, int] = {}
    for (a, b), score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if score > 0 and a not in succ and b not in succ.values() and not _leads_back(succ, b, a):
            succ[a] = b
    if stride > 1:
        # Given by turns, a column's next band is `stride` pieces on even where its text ends a
        # paragraph there: read down the column, not across to the next one.
        for a in pieces:
            b = a.index + stride
            if a.index not in succ and b < len(pieces) and b not in succ.values() \
                    and all(_running(x) for x in pieces[a.index:b + 1]) and _same_column(a, pieces[b]) \
                    and not _leads_back(succ, b, a.index):
                succ[a.index] = b
    if stride == 1:
        _bring_followers(pieces, succ)
    targets = set(succ.values())
    chains = []
    for piece in pieces:
        if piece.index in targets:
            continue
        chain = [piece]
        while chain[-1].index in succ:
            chain.append(pieces[succ[chain[-1].index]])
        chains.append(chain)
    return chains


def _bring_followers(pieces: list[Piece], succ: dict[int, int]) -> None:
    """A piece read away from where it was given brings the pieces given right after it in its
    column: the letter's end, then its signature and the office's reply under it (pdfminer gives
    a narrow column's boxes and a wide one's by turns). They follow while each is a signature
    line or text at the same measure, and no join claims them."""
    for a, b in sorted(succ.items()):
        if b == a + 1:
            continue
        tail, f = b, b + 1
        while tail not in succ and f < len(pieces) and f not in succ.values() \
                and not _leads_back(succ, f, tail) and _follows_in_column(pieces[b], pieces[f]):
            succ[tail] = f
            tail, f = f, f + 1


def _follows_in_column(moved: Piece, piece: Piece) -> bool:
    first = piece.texts[0]
    if moved.measure is None or is_furniture(first):
        return False
    if len(piece.texts) == 1:
        return is_byline(first) or is_credit(first)
    return piece.measure is not None and _same_column(moved, piece) and not _other_measure(moved, piece) \
        and printed_width(first) > (piece.typical or piece.measure) - INDENT


TABLE_ROWS_MIN, TABLE_ROWS_MAX = 3, 30  # lines of a table's column given as a box of its own
CELL_MAX = 12  # characters of a table's cell
_NUMBER_CELL_RE = re.compile(r"^[-+−]?[\d.,，%％]+$")


def _cells(piece: Piece) -> bool:
    return TABLE_ROWS_MIN <= len(piece.raw) <= TABLE_ROWS_MAX and all(
        0 < len(t.strip()) <= CELL_MAX and not any(mark in t for mark in "，。；！？、") for t in piece.raw)


def tables_by_column(pieces: list[Piece]) -> list[Piece]:
    """A table the extractor gave a column at a time (pdfminer: 证券简称 / 汇渠新材 / … then 证券代码
    / 603917 / …): two or more boxes in a row, each as many short cells a line, one at least of
    figures, are put back as rows, one a line, the cells apart by a space. The pieces as they were
    (the same list) where there is no such table, as on most pages."""
    out: list[tuple[tuple[str, ...], tuple[int, ...]]] = []
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and _cells(pieces[j]) and len(pieces[j].raw) == len(pieces[i].raw):
            j += 1
        figures = any(sum(bool(_NUMBER_CELL_RE.match(t.strip())) for t in p.raw) >= len(p.raw) - 1
                      for p in pieces[i:j])
        if j - i >= 2 and figures:  # (a row stands where its first cell was given)
            out.append((tuple(" ".join(p.raw[r].strip() for p in pieces[i:j]) for r in range(len(pieces[i].raw))),
                        pieces[i].numbers))
            i = j
        else:
            out.append((pieces[i].raw, pieces[i].numbers))
            i += 1
    return pieces if len(out) == len(pieces) else [Piece(k, raw, numbers) for k, (raw, numbers) in enumerate(out)]


def reorder_pieces(text: str) -> str:
    """The page's pieces in reading order, a piece joined to the one it runs on into; the text
    unchanged when nothing is out of order."""
    return "\n".join(line for _, line in reorder_pieces_numbered(text))


def _numbered(pieces: list[list[Piece]]) -> list[tuple[int, str]]:
    """The lines of each run of pieces with where each stood, a blank line between two runs."""
    out: list[tuple[int, str]] = []
    for k, run in enumerate(pieces):
        if k:
            out.append((0, ""))
        out.extend((n, line) for p in run for n, line in zip(p.numbers, p.raw, strict=True))
    return out


def _lines_apart(lines: list[str]) -> bool:
    """No two lines with text in them stand next to each other: blank lines part every line."""
    return not any(line.strip() and nxt.strip() for line, nxt in zip(lines, lines[1:], strict=False))


def reorder_pieces_numbered(text: str) -> list[tuple[int, str]]:
    """reorder_pieces' lines, each with the line of the text it was (1-based; 0 for a blank line
    put in between): the page's report names lines as given."""
    lines = text.split("\n")
    given = list(enumerate(lines, 1))
    if _lines_apart(lines):
        # each line a piece of one line, whatever it holds (split_pieces parts pieces at blank
        # lines, and cuts no more out of one line): no table given by column, and the page is
        # given as it is, as below, without first asking each line whether it is furniture
        return given
    pieces = split_pieces(text)
    rebuilt = tables_by_column(pieces)
    if rebuilt is not pieces:
        pieces = rebuilt
        given = _numbered([[p] for p in pieces])
    if len(pieces) < 3 or sum(len(p.raw) == 1 for p in pieces) > MAX_SINGLE_SHARE * len(pieces):
        return given
    chains = reading_order(pieces)
    order = [p.index for chain in chains for p in chain]
    if order == list(range(len(pieces))):
        return given
    return _numbered(chains)
