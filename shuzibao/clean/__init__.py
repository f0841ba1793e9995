"""The cleaner: one raw page in, articles and an editor's report out.

Passes, each a function of plain data: read_columns (pages laid out side by side) ->
reorder_pieces (column pieces given out of order) -> split_lines -> unwrap_paragraphs ->
classify_blocks (glyphs restored, gaps marked) -> segment_articles -> attach_headlines ->
return_signatures /
attach_captions -> byline_and_authors -> Articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial

from ..markdown_io import paragraphs_to_body
from ..model import Article, RawPage
from .blocks import BYLINE, classify_blocks
from .columns import read_columns_numbered
from .glyphs import GAP
from .headlines import Scorer, attach_captions, attach_headlines, bylines_with_their_heads, return_signatures
from .lines import Change, split_lines
from .meta import byline_and_authors, generated_title
from .patterns import (
    BULLETS,
    PHOTO_CREDIT_RE,
    is_caption_credited,
    is_column_label,
    is_credit,
    is_editor_notes_label,
    names_in_credit,
)
from .pieces import reorder_pieces_numbered
from .segment import segment_articles
from .shared import read_shared_lines
from .unwrap import unwrap_paragraphs


@dataclass(frozen=True)
class ArticleNote:
    order: int
    title: str
    headline: str  # "high"/"medium"/"low" confidence of the attached headline, or "generated"
    line: int


@dataclass(frozen=True)
class PageReport:
    path: str
    date: str
    page: int
    articles: list[ArticleNote] = field(default_factory=list)
    glyphs: Counter = field(default_factory=Counter)
    gaps: list[tuple[int, str]] = field(default_factory=list)  # (raw line, context) of each 〓
    fragments: list[tuple[int, str]] = field(default_factory=list)  # dropped noise
    bylines: list[tuple[int, str]] = field(default_factory=list)  # byline lines, moved to front matter
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class PageResult:
    articles: list[Article]
    report: PageReport


def _briefs(paragraphs: list[str]) -> bool:
    """Bulleted briefs, the column's closing credit after them aside (◆… / ◆… / （本报综合）)."""
    if paragraphs and paragraphs[-1][:1] not in BULLETS and is_credit(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return len(paragraphs) >= 2 and all(p[:1] in BULLETS for p in paragraphs)


def _credited(captions: list[str]) -> list[str]:
    """A photographer's credit alone after a caption with none of its own is that caption's
    (图为开幕式现场，… / 记者 周以宁 摄, the credit set on a line apart)."""
    out: list[str] = []
    for caption in captions:
        if out and PHOTO_CREDIT_RE.match(caption) and not is_caption_credited(out[-1]) \
                and not PHOTO_CREDIT_RE.match(out[-1]):
            out[-1] = f"{out[-1]} {caption.strip()}"
        else:
            out.append(caption)
    return out


def read_in_order(text: str) -> tuple[str, tuple[int, ...]]:
    """The page's text in reading order (read_columns, then reorder_pieces), and for each of its
    lines the raw line it came from (0 for a blank line put in between)."""
    columns = read_shared_lines(read_columns_numbered(text))
    ordered = reorder_pieces_numbered("\n".join(line for _, line in columns))
    return "\n".join(line for _, line in ordered), tuple(columns[n - 1][0] if n else 0 for n, _ in ordered)


def _raw_line(numbers: tuple[int, ...], n: int) -> int:
    return numbers[n - 1] if 0 < n <= len(numbers) and numbers[n - 1] else n


def _as_given(report: PageReport, numbers: tuple[int, ...]) -> PageReport:
    """The report's lines named as the raw page numbers them, not as read in order: the desk
    looks them up in the file it was given."""
    at = partial(_raw_line, numbers)
    return replace(
        report,
        articles=[replace(a, line=at(a.line)) for a in report.articles],
        gaps=[(at(n), text) for n, text in report.gaps],
        fragments=sorted((at(n), text) for n, text in report.fragments),
        bylines=[(at(n), text) for n, text in report.bylines],
        changes=sorted((replace(c, line=at(c.line)) for c in report.changes), key=lambda c: c.line),
    )


def clean_page(raw: RawPage, glyphs: dict[str, tuple[str, ...]]) -> PageResult:
    text, numbers = read_in_order(raw.text)
    lines, changes = split_lines(text)
    blocks = unwrap_paragraphs(lines)
    units = classify_blocks(blocks, glyphs)
    layout = segment_articles(units, frozenset(line.number for line in lines if line.blank_before))
    drafts = [d for d in layout.drafts if d.paragraphs]
    scorer = Scorer(drafts) if drafts else None
    attached, unused = attach_headlines(drafts, layout.groups, scorer)
    drafts = bylines_with_their_heads(return_signatures(drafts, attached), attached)
    headlines = {a.draft: a for a in attached}
    captions = attach_captions(drafts, layout.captions, scorer)
    report = PageReport(raw.path, raw.date, raw.page, changes=list(changes))
    fragments = list(layout.fragments) + [u for g in unused for u in (*g.lines, *([g.byline] if g.byline else []))]
    fragments += [u for d in layout.drafts if not d.paragraphs for u in d.units]
    if not drafts:  # a caption with no article to describe belongs nowhere
        fragments += layout.captions
    report.bylines.extend((u.line, u.text) for d in drafts for u in d.units if u.kind == BYLINE)
    report.fragments.extend(sorted((u.line, u.text) for u in fragments))
    articles = []
    for order, draft in enumerate(drafts, 1):
        attachment = headlines.get(order - 1)
        extra = attachment.group.byline if attachment else None
        if extra and not draft.byline:
            report.bylines.append((extra.line, extra.text))
        elif extra:  # the article has its own byline: this one belongs nowhere we can tell
            report.fragments.append((extra.line, extra.text))
        byline, authors = byline_and_authors(draft, extra.text if extra else "")
        if attachment:
            headline = attachment.headline
            title, kicker, subtitle = headline.title, headline.kicker, headline.subtitle
        else:
            title, kicker, subtitle = "", "", ""
        # 记者手记 over one story: the box's label, not the story's title; over a column of
        # bulleted briefs (简讯 / ◆… / ◆…) it is the only title the column has, and so is an
        # editor's note's (编后, 编辑手记)
        if is_column_label(title) and not kicker and not _briefs(draft.paragraphs) and not is_editor_notes_label(title):
            title, kicker = "", title
        generated = not title.strip("—- ")  # no headline, or one with nothing but dashes
        if generated:
            title = generated_title(draft)
        if order - 1 in captions:
            captions[order - 1] = _credited(captions[order - 1])
        mine = captions.get(order - 1, [])
        credit = next((c for c in mine if PHOTO_CREDIT_RE.match(c)), None)
        if credit and not byline and not authors:
            # text with no byline over its photographer's credit alone: a 图片新闻, signed by them
            byline, authors = credit, names_in_credit(credit.rstrip().removesuffix("摄"))
            mine.remove(credit)
            line = next((u.line for u in layout.captions if u.text == credit), draft.position)
            report.bylines.append((line, credit))
        if attachment:
            lines = ", ".join(str(_raw_line(numbers, u.line)) for u in attachment.group.lines)
            report.changes.append(Change("headlines", draft.position, f"lines {lines}",
                                         f"{title} ({attachment.confidence})"))
        articles.append(Article(
            title=title, kicker=kicker, subtitle=subtitle, byline=byline, authors=tuple(authors),
            date=raw.date, page=raw.page, order=order, body=paragraphs_to_body(draft.paragraphs),
            captions=tuple(mine), title_generated=generated,
        ))
        report.articles.append(ArticleNote(order, title, attachment.confidence if attachment else "generated",
                                           draft.position))
    # Every repair once, wherever its line ended up: an article, a headline, a caption or a
    # fragment dropped as noise (whose reported text holds the restored glyph too).
    for unit in units:
        for repair in unit.repairs:
            if repair.glyph == GAP:
                report.gaps.append((repair.line, repair.context))
            else:
                report.glyphs[repair.glyph] += 1
                report.changes.append(Change("glyphs", repair.line, "", repair.context))
    for order, texts in sorted(captions.items()):
        for text in texts:
            report.changes.append(Change("captions", drafts[order].position, text, f"article {order + 1}"))
    return PageResult(articles, _as_given(report, numbers))
