"""A deterministic simulator of what PDF text extraction does to a newspaper page.

Clean articles go in; one raw page text comes out, damaged the way the real extractor damages
the 吕梁日报 pages (see ``/work/shared/gold/NOTES.md``), together with the ground truth a cleaner
must recover:

* every article is set at its own column width; every printed column line becomes one raw
  line; a paragraph's first line holds 2 fewer width units (its indent is lost in extraction);
  CJK characters are 1 unit wide, half-width (ASCII) characters 0.5;
* the typesetter avoids closing punctuation at a line start and opening punctuation at a line
  end by pushing a character down, never breaks inside a run of digits/Latin letters, and may
  squeeze ``，、；：`` so a full line holds a little more than its width;
* lines are separated by blank lines (``"blank"``), single newlines (``"single"``) or a mix;
* glyphs the font lacks vanish (leaving a space, nothing, or falling at a line start/end);
* justified lines come out letter-spaced, digits get stray spaces next to Han characters,
  datelines get spaces (``本报讯 （记者 李雅萍） 8月 10日，``);
* headline blocks (引题 / 主标题 / 副题 and a ``□ byline`` line) may land after their body or
  after the next article's body, or be missing; photo captions and 2-character noise
  fragments sit between articles.

Typical use in a round-trip test::

    from damage import CORPUS_DIR, load_corpus, page_cases

    for case in page_cases(load_corpus(CORPUS_DIR), n_pages=50, seed=1):
        cleaned = clean(case.raw)                  # the cleaner under test
        for truth in case.articles:                # in the order their bodies appear
            truth.paragraphs, truth.title, truth.title_printed, truth.deletions, ...

Everything is a pure function of its arguments: randomness comes only from
``random.Random(seed)``. Tests import this module as ``damage`` (``tests/`` has no
``__init__.py``, so pytest puts the folder on ``sys.path``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from shuzibao.ingest import load_glyphs
from shuzibao.markdown_io import read_article

NO_START = frozenset("，。、；：？！）》」』”’")  # never printed at a line start
NO_END = frozenset("（《「『“‘")  # never printed at a line end
SQUEEZABLE = frozenset("，、；：")  # may be set half-width to fit a line
ASCII_WORD = frozenset("0123456789.%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
INDENT = 2
NOISE_POOL = "路堂版面图文责编辑校对期号要闻综合专刊社区时评周刊广告热线"
NEWLINE_STYLES = ("blank", "single", "mix")
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


def char_width(ch: str) -> float:
    """Printed width of one character in ems: half-width (ASCII) 0.5, everything else 1."""
    return 0.5 if ord(ch) < 128 else 1.0


def text_width(text: str) -> float:
    """Printed width of a string in ems (see :func:`char_width`)."""
    return sum(char_width(c) for c in text)


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (the characters stray digit spaces attach to)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class CleanArticle:
    """One clean article as the simulator consumes it."""

    title: str
    paragraphs: tuple[str, ...]
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    authors: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    name: str = ""  # where it came from (file stem), for messages


def load_corpus(folder: Path | str) -> list[CleanArticle]:
    """Read every ``*.md`` article of *folder* (sorted by name) as :class:`CleanArticle`.

    The corpus is written so that no paragraph needs Markdown escaping, so the body's
    paragraphs are taken as they are.
    """
    articles = []
    for path in sorted(Path(folder).glob("*.md")):
        art = read_article(path)
        articles.append(CleanArticle(
            title=art.title, paragraphs=tuple(art.paragraphs), kicker=art.kicker,
            subtitle=art.subtitle, byline=art.byline, authors=tuple(art.authors),
            captions=tuple(art.captions), name=path.stem,
        ))
    return articles


def load_corpus_glyphs(folder: Path | str) -> dict[str, tuple[str, ...]]:
    """The corpus's ``glyphs.yml``: ``{glyph: (phrases containing it, ...)}``."""
    return load_glyphs(Path(folder) / "glyphs.yml")


# --------------------------------------------------------------------------- layout


def _line_allowance(width: float, squeezed: int, squeeze: float) -> float:
    return width + min(squeeze, 0.5 * squeezed)


def wrap_spans(text: str, width: float, indent: int = INDENT, squeeze: float = 0.0,
               avoid_punct: bool = True) -> list[tuple[int, int]]:
    """Break one paragraph into column lines; returns ``(start, end)`` offsets into *text*.

    The first line holds ``width - indent`` units, the others ``width``. A line may exceed its
    width by half a unit per squeezable ``，、；：`` it contains, up to *squeeze* in all. With
    *avoid_punct*, a line that would start with closing punctuation or end with opening
    punctuation gives up one (at most two) of its last characters to the next line, and a run
    of digits/Latin letters is not split. Every line holds at least one character.
    """
    spans: list[tuple[int, int]] = []
    i, n, first = 0, len(text), True
    while i < n:
        cap = width - (indent if first else 0)
        j, used, squeezed = i, 0.0, 0
        while j < n:
            ch = text[j]
            new_used, new_sq = used + char_width(ch), squeezed + (ch in SQUEEZABLE)
            if j > i and new_used > _line_allowance(cap, new_sq, squeeze):
                break
            used, squeezed, j = new_used, new_sq, j + 1
        if avoid_punct and j < n:
            k = j
            while k - 1 > i and j - k < 2 and (text[k] in NO_START or text[k - 1] in NO_END):
                k -= 1
            if text[k] in ASCII_WORD and text[k - 1] in ASCII_WORD:
                run = k
                while run > i and text[run - 1] in ASCII_WORD:
                    run -= 1
                if run > i:
                    k = run
            j = k
        spans.append((i, j))
        i, first = j, False
    return spans


def wrap_paragraph(text: str, width: float, indent: int = INDENT, squeeze: float = 0.0,
                   avoid_punct: bool = True) -> list[str]:
    """The column lines of one paragraph as clean text (see :func:`wrap_spans`)."""
    return [text[a:b] for a, b in wrap_spans(text, width, indent, squeeze, avoid_punct)]


# --------------------------------------------------------------------------- options and truth


@dataclass(frozen=True)
class DamageOptions:
    """Which damages to apply, and how often. The defaults give a clean layout only."""

    width_range: tuple[int, int] = (12, 24)  # column width of an ordinary article, inclusive
    wide_range: tuple[int, int] = (26, 30)  # column width of a wide article
    wide_chance: float = 0.0  # chance an article is set wide
    newline: str = "blank"  # "blank", "single" or "mix"
    mix_flip: float = 0.06  # with "mix": chance one line separator differs from its article's
    avoid_punct: bool = True  # typesetter's line-start/line-end punctuation rules
    squeeze: float = 0.0  # how much (in ems) squeezed ，、；： may add to a line
    letter_space: float = 0.0  # chance a full (non-last) body line comes out letter-spaced
    digit_space: float = 0.0  # chance of a space at each digit/Latin–Han boundary
    glyphs: frozenset[str] = frozenset()  # glyphs the font lacks: every occurrence vanishes
    gap_space: float = 0.5  # chance a vanished glyph inside a line leaves a space
    dateline_spacing: float = 0.0  # chance a dateline comes out as 本报讯 （记者 X） 8月 5日，
    indent_space: float = 0.0  # chance a paragraph's first line keeps one leading space
    move_headline: float = 0.0  # chance an article's headline block is printed after a body
    after_next: float = 0.5  # of the moved ones: chance it lands after the NEXT article's body
    drop_headline: float = 0.0  # chance an article prints no headline at all
    # chance a headline printed on top is read instead between two lines of one of its article's
    # paragraphs, as extractors read a box set across the columns (drawn from a second generator,
    # so that the other damages of a page stay as they were without it)
    inside_headline: float = 0.0
    captions: float = 0.0  # chance each caption of an article is printed on the page
    noise: float = 0.0  # chance of a 2-character fragment at each gap between articles


@dataclass(frozen=True)
class GlyphDeletion:
    """One vanished glyph, where it was in the clean text and where it is missing in the raw."""

    glyph: str
    part: str  # "body", "title", "kicker", "subtitle" or "caption"
    paragraph: int  # index of the paragraph (or caption); 0 for headline fields
    offset: int  # offset of the glyph in that clean paragraph / field
    line: int  # index into raw.split("\n")
    column: int  # inserting the glyph at this column of that raw line restores it
    gap: str  # "space", "none", "line_start" or "line_end"
    context: str  # clean text around it, the glyph in brackets: 率先[蹚]出一条


@dataclass
class ArticleTruth:
    """What a cleaner should recover for one article of a simulated page."""

    source: int  # index of the article in the list given to simulate_page
    name: str
    title: str
    kicker: str
    subtitle: str
    byline: str
    authors: tuple[str, ...]
    paragraphs: list[str]  # expected body paragraphs, clean
    captions: list[str]  # the captions of this article printed on the page
    width: int  # column width it was set at
    headline: str  # "top", "after", "after_next", "inside" (a paragraph) or "none" (not printed)
    body_lines: list[int] = field(default_factory=list)  # raw line indices of its body lines
    paragraph_lines: list[int] = field(default_factory=list)  # raw line where each paragraph starts
    headline_lines: list[int] = field(default_factory=list)  # raw lines of its headline block
    deletions: list[GlyphDeletion] = field(default_factory=list)

    @property
    def title_printed(self) -> bool:
        """False when the page printed no headline: any faithful title from the lead will do."""
        return self.headline != "none"

    @property
    def breaks(self) -> list[int]:
        """Raw line indices that start a new paragraph, the first paragraph excluded."""
        return self.paragraph_lines[1:]


@dataclass(frozen=True)
class Block:
    """A run of raw lines that belong together, in page order."""

    kind: str  # "headline", "body", "caption" or "noise"
    article: int  # index into PageCase.articles; -1 for noise
    lines: tuple[int, ...]  # raw line indices (blank separator lines excluded)
    clean: str  # what those lines say, undamaged, joined without separators


@dataclass
class PageCase:
    """One simulated page: the raw text and everything needed to check a cleaner on it."""

    raw: str
    articles: list[ArticleTruth]  # in the order their bodies appear on the page
    blocks: list[Block]
    noise: list[str]
    options: DamageOptions
    seed: int

    @property
    def lines(self) -> list[str]:
        return self.raw.split("\n")


# --------------------------------------------------------------------------- rendering


class _Page:
    """Accumulates raw lines and separators; hands out the raw line index of each line."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str, blank_after: bool) -> int:
        self.lines.append(text)
        index = len(self.lines) - 1
        if blank_after:
            self.lines.append("")
        return index

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def _context(text: str, k: int, reach: int = 4) -> str:
    return f"{text[max(0, k - reach):k]}[{text[k]}]{text[k + 1:k + 1 + reach]}"


def _digit_spaces(text: str, rng: random.Random, chance: float) -> set[int]:
    """Offsets k where a stray space goes before text[k] (digit/Latin next to Han)."""
    spaces: set[int] = set()
    if chance <= 0:
        return spaces
    for k in range(1, len(text)):
        a, b = text[k - 1], text[k]
        if ((a in ASCII_WORD and is_han(b)) or (is_han(a) and b in ASCII_WORD)) and rng.random() < chance:
            spaces.add(k)
    return spaces


ROLE_WORDS = {"记者", "通讯员", "实习记者", "本报记者", "见习记者", "特约记者", "摄影"}


def _dateline_spaces(text: str) -> set[int]:
    """Spaces the extractor puts into a dateline (本报讯 （记者 X） 8月 10日，) and the paper
    into its short names (（记者 周 宁）)."""
    spaces: set[int] = set()
    head = text[:40]
    if not (head.startswith("本报") or head.startswith("新华社")):
        return spaces
    if head.startswith("本报讯") and len(text) > 3 and text[3] != " ":
        spaces.add(3)
    open_, close = head.find("（"), head.find("）")
    if 0 < open_ < close:
        if text[open_ - 1] != " ":
            spaces.add(open_)
        if close + 1 < len(text) and text[close + 1] != " ":
            spaces.add(close + 1)
        # Papers pad a two-character name to the width of a three-character one: （记者 周 宁）.
        k = open_ + 1
        for token in text[open_ + 1: close].split(" "):
            if len(token) == 2 and all(is_han(c) for c in token) and token not in ROLE_WORDS:
                spaces.add(k + 1)
            k += len(token) + 1
    end = head.find("日")
    for k in range(1, end + 1 if end > 0 else 0):
        a, b = text[k - 1], text[k]
        if (a.isdigit() and is_han(b)) or (is_han(a) and b.isdigit()):
            spaces.add(k)
    return spaces


def _render_line(text: str, start: int, end: int, spaces: set[int], gaps: dict[int, str],
                 letter_spaced: bool, lead_space: bool) -> tuple[str, list[tuple[int, int, str]]]:
    """Render text[start:end] as extracted.

    *spaces*: offsets that get a space before them; *gaps*: offsets of vanished glyphs mapped
    to what they leave (" " or ""). Returns the line and, per vanished glyph, ``(offset,
    column, gap kind)``.
    """
    out: list[str] = []
    pos = 0
    holes: list[tuple[int, int]] = []
    for k in range(start, end):
        if k > start and ((letter_spaced and not (char_width(text[k - 1]) < 1 and char_width(text[k]) < 1))
                          or k in spaces):
            out.append(" ")
            pos += 1
        if k in gaps:
            holes.append((k, pos))
            out.append(gaps[k])
            pos += len(gaps[k])
        else:
            out.append(text[k])
            pos += 1
    line = "".join(out)
    stripped = line.lstrip()
    shift = len(line) - len(stripped)
    line = stripped.rstrip()
    if lead_space and line:
        line, shift = " " + line, shift - 1
    result = []
    for k, col in holes:
        col = min(max(0, col - shift), len(line))
        if k == start:
            kind = "line_start"
        elif k == end - 1:
            kind = "line_end"
        else:
            kind = "space" if gaps[k] else "none"
        result.append((k, col, kind))
    return line, result


def _gaps(text: str, options: DamageOptions, rng: random.Random) -> dict[int, str]:
    return {k: (" " if rng.random() < options.gap_space else "")
            for k, ch in enumerate(text) if ch in options.glyphs}


def _headline_lines(article: CleanArticle) -> list[tuple[str, str]]:
    """(part, text) of the printed headline block: kicker, title, subtitle, □ byline."""
    parts = [("kicker", article.kicker), ("title", article.title), ("subtitle", article.subtitle)]
    lines = [(p, t) for p, t in parts if t]
    first = article.paragraphs[0] if article.paragraphs else ""
    if article.byline and article.byline not in first:
        lines.append(("byline", "□ " + article.byline))
    return lines


# --------------------------------------------------------------------------- the page


def simulate_page(articles: Sequence[CleanArticle], options: DamageOptions = DamageOptions(),
                  seed: int = 0) -> PageCase:
    """Lay *articles* out as ONE raw page text, damaged according to *options*.

    Articles appear in the given order (their bodies do; headlines may move). Returns a
    :class:`PageCase` with the raw text and the ground truth: per article the expected
    paragraphs and headline fields, the raw lines where paragraphs start, the glyphs that
    vanished (with the raw line/column to put them back), and the page's blocks in order.
    """
    if options.newline not in NEWLINE_STYLES:
        raise ValueError(f"newline must be one of {NEWLINE_STYLES}, not {options.newline!r}")
    rng = random.Random(seed)
    side = random.Random(seed ^ 0x1D5EED)  # for headlines read inside a paragraph only
    n = len(articles)

    truths: list[ArticleTruth] = []
    styles: list[bool] = []  # blank lines after each line?
    for idx, art in enumerate(articles):
        lo, hi = options.wide_range if rng.random() < options.wide_chance else options.width_range
        width = rng.randint(lo, hi)
        if rng.random() < options.drop_headline:
            place = "none"
        elif rng.random() < options.move_headline:
            place = "after_next" if rng.random() < options.after_next and idx + 1 < n else "after"
        else:
            place = "top"
        if place == "top" and options.inside_headline and side.random() < options.inside_headline:
            place = "inside"
        if options.newline == "mix":
            styles.append(rng.random() < 0.65)
        else:
            styles.append(options.newline == "blank")
        truths.append(ArticleTruth(
            source=idx, name=art.name, title=art.title, kicker=art.kicker, subtitle=art.subtitle,
            byline=art.byline, authors=art.authors, paragraphs=list(art.paragraphs), captions=[],
            width=width, headline=place,
        ))

    page = _Page()
    blocks: list[Block] = []
    noise: list[str] = []
    end_captions: list[tuple[int, int]] = []

    def blank(article_blank: bool) -> bool:
        if options.newline == "mix" and rng.random() < options.mix_flip:
            return not article_blank
        return article_blank

    def emit_headline(idx: int) -> None:
        art, truth = articles[idx], truths[idx]
        lines = _headline_lines(art)
        used: list[int] = []
        for pos, (part, text) in enumerate(lines):
            last = pos == len(lines) - 1
            gaps = _gaps(text, options, rng) if part != "byline" else {}
            lead = rng.random() < options.indent_space
            line, holes = _render_line(text, 0, len(text), set(), gaps, False, lead)
            # headline lines are set on their own; in "mix" they are single-spaced
            after = styles[idx] if options.newline != "mix" else last
            li = page.add(line, after)
            used.append(li)
            for k, col, kind in holes:
                truth.deletions.append(GlyphDeletion(text[k], part, 0, k, li, col, kind, _context(text, k)))
        truth.headline_lines = used
        blocks.append(Block("headline", idx, tuple(used), "".join(t for _, t in lines)))

    def emit_body(idx: int) -> None:
        art, truth = articles[idx], truths[idx]
        used: list[int] = []
        all_spans = [wrap_spans(text, truth.width, INDENT, options.squeeze, options.avoid_punct)
                     for text in art.paragraphs]
        inside = None  # (paragraph, line) the headline is read before: between two full lines
        if truth.headline == "inside":
            places = [(p, s) for p, spans in enumerate(all_spans) for s in range(2, len(spans) - 1)]
            inside = side.choice(places) if places else None
            if inside is None:
                truth.headline = "top"
                emit_headline(idx)
        for p, text in enumerate(art.paragraphs):
            spans = all_spans[p]
            spaces = _digit_spaces(text, rng, options.digit_space)
            if p == 0 and rng.random() < options.dateline_spacing:
                spaces |= _dateline_spaces(text)
            gaps = _gaps(text, options, rng)
            for s, (a, b) in enumerate(spans):
                if (p, s) == inside:  # the body so far is one block, the headline the next
                    done = "".join(art.paragraphs[:p]) + text[:a]
                    blocks.append(Block("body", idx, tuple(used), done))
                    emit_headline(idx)
                last = s == len(spans) - 1
                spaced = not last and rng.random() < options.letter_space
                lead = s == 0 and rng.random() < options.indent_space
                line, holes = _render_line(text, a, b, spaces, gaps, spaced, lead)
                li = page.add(line, blank(styles[idx]))
                used.append(li)
                if s == 0:
                    truth.paragraph_lines.append(li)
                for k, col, kind in holes:
                    truth.deletions.append(GlyphDeletion(text[k], "body", p, k, li, col, kind, _context(text, k)))
        truth.body_lines = used
        if inside:
            split = len(blocks[-2].lines)
            blocks.append(Block("body", idx, tuple(used[split:]), "".join(art.paragraphs)[len(blocks[-2].clean):]))
        else:
            blocks.append(Block("body", idx, tuple(used), "".join(art.paragraphs)))

    def emit_caption(idx: int, c: int) -> None:
        text = articles[idx].captions[c]
        gaps = _gaps(text, options, rng)
        line, holes = _render_line(text, 0, len(text), _digit_spaces(text, rng, options.digit_space),
                                   gaps, False, False)
        li = page.add(line, blank(styles[idx]))
        for k, col, kind in holes:
            truths[idx].deletions.append(GlyphDeletion(text[k], "caption", c, k, li, col, kind, _context(text, k)))
        truths[idx].captions.append(text)
        blocks.append(Block("caption", idx, (li,), text))

    waiting: list[int] = []  # headlines to print after the current article's body
    for idx in range(n):
        if truths[idx].headline == "top":
            emit_headline(idx)
        emit_body(idx)
        if truths[idx].headline == "after":
            emit_headline(idx)
        for w in waiting:
            emit_headline(w)
        waiting = [idx] if truths[idx].headline == "after_next" else []
        for c in range(len(articles[idx].captions)):
            if rng.random() < options.captions:
                if rng.random() < 0.5:
                    emit_caption(idx, c)
                else:
                    end_captions.append((idx, c))
        if idx + 1 < n and rng.random() < options.noise:
            frag = "".join(rng.choice(NOISE_POOL) for _ in range(2))
            li = page.add(frag, blank(styles[idx]))
            noise.append(frag)
            blocks.append(Block("noise", -1, (li,), frag))
    for w in waiting:
        emit_headline(w)
    for idx, c in end_captions:
        emit_caption(idx, c)

    return PageCase(raw=page.text(), articles=truths, blocks=blocks, noise=noise, options=options, seed=seed)


# --------------------------------------------------------------------------- many pages


def restore_glyphs(lines: Sequence[str], deletions: Sequence[GlyphDeletion]) -> list[str]:
    """Put vanished glyphs back into raw lines at their recorded columns (a test helper)."""
    out = list(lines)
    for d in sorted(deletions, key=lambda d: (d.line, d.column), reverse=True):
        line = out[d.line]
        out[d.line] = line[:d.column] + d.glyph + line[d.column:]
    return out


def random_options(rng: random.Random, glyphs: frozenset[str] = frozenset()) -> DamageOptions:
    """A random mix of damages, as :func:`page_cases` uses for each page."""
    def maybe(value: float) -> float:
        return value if rng.random() < 0.7 else 0.0

    return DamageOptions(
        wide_chance=rng.choice([0.0, 0.0, 0.2, 0.4]),
        newline=rng.choice(NEWLINE_STYLES),
        avoid_punct=rng.random() < 0.85,
        squeeze=rng.choice([0.0, 1.0, 2.0]),
        letter_space=maybe(rng.choice([0.02, 0.05])),
        digit_space=maybe(rng.choice([0.3, 0.6, 1.0])),
        glyphs=glyphs if rng.random() < 0.9 else frozenset(),
        gap_space=rng.choice([0.0, 0.5, 1.0]),
        dateline_spacing=maybe(0.8),
        indent_space=maybe(0.05),
        move_headline=maybe(rng.choice([0.3, 0.6])),
        after_next=rng.choice([0.3, 0.6]),
        drop_headline=maybe(0.15),
        inside_headline=0.15,  # a constant: no draw, so the pages of a seed stay as they were
        captions=maybe(0.8),
        noise=maybe(0.4),
    )


def page_cases(corpus: Sequence[CleanArticle], n_pages: int, seed: int = 0,
               glyphs: frozenset[str] | None = None, **overrides) -> Iterator[PageCase]:
    """Yield *n_pages* simulated pages, each 3–6 distinct corpus articles, mixed widths/damages.

    *glyphs* defaults to the glyphs of ``tests/corpus/glyphs.yml`` (pass a set to choose).
    *overrides* replace fields of every page's random :class:`DamageOptions` (e.g.
    ``newline="single"``). Deterministic for a given seed.
    """
    rng = random.Random(seed)
    if glyphs is None:
        has_list = (CORPUS_DIR / "glyphs.yml").exists()
        glyphs = frozenset(load_corpus_glyphs(CORPUS_DIR)) if has_list else frozenset()
    for _ in range(n_pages):
        count = min(len(corpus), rng.randint(3, 6))
        chosen = rng.sample(list(corpus), count)
        options = replace(random_options(rng, glyphs), **overrides)
        yield simulate_page(chosen, options, rng.randrange(2**32))
