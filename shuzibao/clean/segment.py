"""Units -> article drafts, headline groups, captions and fragments, in page order.

An article begins at a dateline (or a jump from another page), at a byline, or at the first
paragraph after a closing credit, a jump to another page or a run of headlines; headlines,
captions and fragments are set aside to be attached later, because on these pages they often
come after the body they belong to. A numbered or bulleted subhead stays in its article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .blocks import BODY, BYLINE, CAPTION, CREDIT, HEADLINE, JUMP, NOISE, SUBHEAD, Unit
from .furniture import is_furniture, running_head_sections
from .patterns import (
    ADVISOR_RE,
    BULLETS,
    DATELINE_CREDIT_RE,
    PHOTO_CREDIT_RE,
    WROTE_AND_SHOT,
    is_afterword,
    is_box_label,
    is_byline,
    is_caption,
    is_column_label,
    is_dateline,
    is_document_title,
    is_editor_note,
    is_editor_notes_label,
    is_letter_signature,
    is_notice_title,
    is_signed_date,
    is_signer,
    is_written_at,
    letter_writer,
    names_in_credit,
    opens_reply,
)
from .text import ends_sentence, han_count

_FIRST_POINT_RE = re.compile(r"^(?:一、|（一）|\(一\)|1[.．、](?!\d))")
MIN_HEADLINE_HAN = 4  # shorter lines between articles are fragments (路堂), not headlines


@dataclass
class Draft:
    """An article being assembled: its units in page order."""

    units: list[Unit] = field(default_factory=list)
    byline: str = ""  # a byline printed on its own line (□ 本报评论员)
    closed: bool = False  # a closing credit was seen
    under_headlines: bool = False  # its byline was printed right under a run of headlines

    @property
    def position(self) -> int:
        return self.units[0].line

    @property
    def paragraphs(self) -> list[str]:
        return [u.text for u in self.units if u.kind in (BODY, CREDIT, JUMP, SUBHEAD)]

    @property
    def editor_note(self) -> bool:
        """Nothing but an editor's note (编者按：…)."""
        return bool(self.units) and all(u.kind == BODY and is_editor_note(u.text) for u in self.units)


@dataclass(frozen=True)
class HeadlineGroup:
    """Consecutive headline lines; a run may still hold more than one article's headlines."""

    lines: tuple[Unit, ...]
    byline: Unit | None = None  # a □ byline printed right after the headlines, away from its body

    @property
    def text(self) -> str:
        return "".join(u.text for u in self.lines)


@dataclass(frozen=True)
class Layout:
    drafts: list[Draft]
    groups: list[HeadlineGroup]
    captions: list[Unit]
    fragments: list[Unit]


def _dateline_credit(text: str) -> str:
    """The bracket right after a dateline (`本报讯（记者 李雅萍）` -> `记者 李雅萍`), or ''."""
    m = DATELINE_CREDIT_RE.match(text[:80])
    return m.group("c") if m and is_dateline(m.group("lead")) else ""


def _signed_apart(units: list[Unit], index: int, current: Draft) -> bool:
    """A box under its label (专家提醒) whose paragraphs close on a credit of their own, after a
    story whose dateline already named its reporters: the box's compiler signs it, a piece of its
    own (…（本报记者 庞清 整理）), not the story's box."""
    k = index + 1
    while k < len(units) and units[k].kind == BODY and not units[k].dateline:
        k += 1
    if k == index + 1 or k >= len(units) or units[k].kind != CREDIT:
        return False
    lead = next((u for u in current.units if u.kind == BODY), None)
    return lead is not None and lead.dateline and bool(names_in_credit(_dateline_credit(lead.text)))


PARTED_MIN = 3  # blank lines on a page that show what they part
PARTED_SHARE = 0.75  # of them before a headline, a byline or a dateline: they part stories


def _parted_units(units: list[Unit], parted_lines: frozenset[int]) -> set[int]:
    """The units a blank line comes before: each opening on a line set apart by one."""
    return {k for k, u in enumerate(units) if u.line in parted_lines and (k == 0 or units[k - 1].line != u.line)}


def _blanks_part_stories(units: list[Unit], parted: set[int]) -> bool:
    """The page's blank lines stand between stories (a copy of the e-paper's text: one before each
    story's headline), not between an extractor's boxes or every line."""
    parted = [units[k] for k in parted]
    heads = sum(1 for u in parted if u.kind in (HEADLINE, BYLINE) or u.dateline)
    return len(parted) >= PARTED_MIN and heads >= PARTED_SHARE * len(parted)


def _photo_text(units: list[Unit], index: int) -> bool:
    """A paragraph over its photographer's credit (`新华社记者 邢岱 摄`): a 图片新闻's text."""
    return index + 1 < len(units) and bool(PHOTO_CREDIT_RE.match(units[index + 1].text)) \
        and not units[index].row


CAPTION_MAX = 80  # characters of a photo's caption set between a headline and its story


def captions_under_headlines(units: list[Unit]) -> list[Unit]:
    """A short paragraph over its photographer's credit, set between a headline and the story's
    dateline or byline that names the same photographer (小良种撬动大产业… / 10月10日，在…收获制种
    稻。 / 记者 陈思远 摄 / 本报讯（记者 陈思远…）): the photo's caption, not a 图片新闻 of its own."""
    out: list[Unit] = []
    skip = -1
    for k, unit in enumerate(units):
        if k == skip:
            continue
        if 0 < k and k + 2 < len(units) and unit.kind == BODY and units[k - 1].kind == HEADLINE \
                and not unit.dateline and not unit.row and not unit.verse and len(unit.text) <= CAPTION_MAX \
                and ends_sentence(unit.text) and PHOTO_CREDIT_RE.match(units[k + 1].text) \
                and _credit_named_under(units[k + 1].text, units[k + 2]):
            out.append(replace(unit, kind=CAPTION, text=unit.text + " " + units[k + 1].text.strip()))
            skip = k + 1
            continue
        out.append(unit)
    return out


def _credit_named_under(credit: str, nxt: Unit) -> bool:
    if not (nxt.kind == BYLINE or (nxt.kind == BODY and nxt.dateline)):
        return False
    shooters = names_in_credit(credit.rstrip().removesuffix("摄"))
    return any(name in nxt.text for name in shooters)


def _finished(current: Draft | None) -> bool:
    """The article has text and its last paragraph ends a sentence."""
    bodies = [u for u in current.units if u.kind == BODY] if current else []
    return bool(bodies) and ends_sentence(bodies[-1].text)


def _starts_article(unit: Unit, current: Draft | None, after_break: bool, headed: bool = False) -> bool:
    if current is None:
        return True
    bodies = [u for u in current.units if u.kind == BODY]
    if current.byline and not bodies:
        # A byline waits for its first paragraph, unless that is a dateline naming its own
        # reporters, or, under a run of headlines, another headline (`headed`) came between
        # (“秋老虎”发威… / □ 本报记者 祁梦溪 / 专家简介 / …): then the byline was printed with the
        # headlines over it, away from their article.
        return (headed and current.under_headlines) \
            or unit.dateline and bool(names_in_credit(_dateline_credit(unit.text)))
    if unit.dateline and bodies and all(is_editor_note(u.text) for u in bodies):
        return False  # the article's dateline after its editor's note
    if unit.dateline or current.closed:
        return True
    # A column of bulleted briefs ends with its last brief: a paragraph with no bullet after it
    # is the next story's, whose headline may come after it (体育快讯 / ■… / ■… / 本周末起，…)
    if len(bodies) >= 2 and all(u.text[:1] in BULLETS for u in bodies) and unit.text[:1] not in BULLETS \
            and ends_sentence(bodies[-1].text):
        return True
    # Headlines between two paragraphs end the article unless the text runs on mid-sentence
    # (a notice ends on its date: 2022年12月6日; a letter on its writer: 梧桐巷居民 郑晓岚; a table on
    # its last row).
    last = bodies[-1].text if bodies else ""
    # (and a photo's caption on its credit, …增加30公斤。 通讯员 柏一禾 摄: a 图片新闻 strip's next item)
    return bool(bodies) and after_break and (ends_sentence(last) or is_signed_date(last) or bodies[-1].row
                                             or _aside(last) or bool(letter_writer([u.text for u in bodies]))
                                             or is_caption(last))


def _aside(text: str) -> bool:
    """A paragraph wholly in brackets, as a review closes on its book's details: `（《运河边的灯火》，
    柯望舒著，澄川文艺出版社2025年6月版）`."""
    return len(text) > 2 and text[0] in "（(" and text[-1] in "）)" and text.count("（") + text.count("(") == 1


def _poem_after_prose(units: list[Unit], index: int, current: Draft | None) -> bool:
    """A poem set straight under a piece of prose, its title and author's line printed after it
    (…总有一条回来的路。 / 镰刀挂在老屋的土墙上 / … / 父亲的镰刀 / □ 罗岚): a piece of its own. A poem
    quoted in the prose goes on into more of it."""
    if current is None or not units[index].verse or is_box_label(units[index].text):
        return False  # (a box's label and its lines: 人物简介 / 周启衡 / 1969年生于…)
    last = current.units[-1] if current.units else None  # (a box's label over it: the box's lines)
    if last is None or last.kind != BODY or last.verse or not (ends_sentence(last.text) or is_written_at(last.text)):
        return False
    k = index
    while k < len(units) and units[k].kind == BODY and units[k].verse:
        k += 1
    # (a box of figures is set line by line too: 486.2亿元 县域地区生产总值 / 5.9% …)
    figures = sum(1 for u in units[index:k] if any(ch.isdigit() for ch in u.text))
    return k - index >= VERSE_MIN and 4 * figures < k - index and (k == len(units) or units[k].kind == HEADLINE)


def _names_next_story(units: list[Unit], k: int, byline: str) -> bool:
    """Whether the first paragraph after unit k (past headlines) is a dateline naming someone the
    byline names."""
    names = names_in_credit(byline.lstrip("".join(BULLETS) + " "))
    while k < len(units) and units[k].kind in (HEADLINE, CREDIT):
        k += 1
    if k == len(units) or units[k].kind != BODY or not units[k].dateline:
        return False
    return bool(set(names) & set(names_in_credit(_dateline_credit(units[k].text))))


def _nothing_but_credits_before_headline(units: list[Unit], k: int) -> bool:
    """From unit k on, credits at most, then a headline or the page's end."""
    while k < len(units) and units[k].kind == CREDIT:
        k += 1
    return k == len(units) or units[k].kind == HEADLINE


def _signed_text_and_photos(byline: str, units: list[Unit], k: int) -> bool:
    """A `文/摄` byline (who wrote the story and took its photos) over another story's dateline
    that credits its own people: it signs the story above it."""
    if not byline.rstrip().endswith(WROTE_AND_SHOT) or k >= len(units) or units[k].kind != BODY \
            or not units[k].dateline:
        return False
    theirs = names_in_credit(_dateline_credit(units[k].text))
    return bool(theirs) and not set(theirs) & set(names_in_credit(byline.removesuffix("文/摄")))


def _signs_letter_over_reply(units: list[Unit], index: int, current: Draft | None) -> bool:
    """A reader's signature alone on its line under the letter's last paragraph, over the answer
    printed to it (市民 李女士 / 回音：本报将…)."""
    unit = units[index]
    return current is not None and not current.closed and bool(current.units) \
        and current.units[-1].kind == BODY and ends_sentence(current.units[-1].text) \
        and unit.kind in (BYLINE, HEADLINE) and index + 1 < len(units) and opens_reply(units[index + 1].text) \
        and (is_letter_signature(unit.text) or is_byline(unit.text) and bool(names_in_credit(unit.text)))


def _over_byline(units: list[Unit], index: int) -> bool:
    """A short title (乡愁, 稻草人) right over its author's line is a title, not page noise."""
    return index + 1 < len(units) and units[index + 1].kind == BYLINE and han_count(units[index].text) >= 2


def mark_parallel_subheads(units: list[Unit]) -> list[Unit]:
    """Unnumbered subheads of a long article are set in parallel (产业兴旺促增收 / 生态宜居添活力 /
    乡风文明展新貌): one-line headlines with no clause marks but one comma between two paragraphs of one
    article's stretch, no dateline after them, two or more of them the same length to a character. A displaced
    headline stands alone, or beside headlines of other lengths; these are the article's own."""
    lone = set()
    for i in range(1, len(units) - 1):
        # (a photo set between two of the article's paragraphs leaves its caption over a subhead)
        k = i - 1
        while k > 0 and units[k].kind == CAPTION:
            k -= 1
        unit, before, after = units[i], units[k], units[i + 1]
        if unit.kind == HEADLINE and before.kind in (BODY, SUBHEAD) and after.kind == BODY \
                and not after.dateline and not unit.text.startswith("——") and not is_afterword(unit.text) \
                and not any(mark in unit.text for mark in "、；：") and unit.text.count("，") <= 1 \
                and SUBHEAD_MIN_HAN <= han_count(unit.text) <= SUBHEAD_MAX_HAN:
            lone.add(i)
    if len(lone) < 2:
        return units
    out = list(units)
    stretch: list[int] = []

    def settle() -> None:
        lengths = [han_count(units[i].text) for i in stretch]
        # (all of them two clauses a comma parts, 有了车位，却装不上桩 / 物业有顾虑，电网要扩容, or none)
        paired = {"，" in units[i].text for i in stretch}
        if len(stretch) >= 2 and max(lengths) - min(lengths) <= 1 and len(paired) == 1:
            for i in stretch:
                out[i] = replace(units[i], kind=SUBHEAD)

    # (a box's label and a portrait's name over it are no headline of another story: 邹瑄 / 人物简介)
    starts = {i for i, u in enumerate(units) if u.kind in (BYLINE, CREDIT, JUMP) or u.dateline
              or (u.kind == HEADLINE and i not in lone and not is_afterword(u.text)
                  and han_count(u.text) >= MIN_HEADLINE_HAN)}
    for i in range(len(units)):
        if i in starts:
            settle()
            stretch = []
        elif i in lone:
            stretch.append(i)
    settle()
    return out


SUBHEAD_MIN_HAN, SUBHEAD_MAX_HAN = 4, 12
VERSE_MIN = 4  # lines: fewer short lines under an author's line may be a headline run


def mark_verse(units: list[Unit]) -> list[Unit]:
    """A poem: under its title and author's line (□ 林间月), short unpunctuated lines with no
    paragraph among them, which every pass before read as headline lines. Four or more of them,
    up to the next piece's title (a line right before a byline or dateline), are its verse, a
    line a paragraph."""
    out = list(units)
    for i, unit in enumerate(units):
        if unit.kind != BYLINE:
            continue
        end = i + 1
        # in the page's order only: a headline run taken out of a paragraph is set later
        while end < len(units) and units[end].kind == HEADLINE and not units[end].text.startswith("——") \
                and units[end].line > units[end - 1].line \
                and not (end + 1 < len(units) and (units[end + 1].kind == BYLINE or units[end + 1].dateline)):
            end += 1
        if end - (i + 1) >= VERSE_MIN:
            for k in range(i + 1, end):
                out[k] = replace(units[k], kind=BODY)
    return out


def segment_articles(units: list[Unit], parted_lines: frozenset[int] = frozenset()) -> Layout:
    """`parted_lines`: the lines a blank line came before (the page's blank lines may part stories)."""
    units = captions_under_headlines(mark_parallel_subheads(mark_verse(units)))
    # a line that only names the page's section, as its running head does, heads no story (民生热线
    # over the desk's hotline box)
    sections = set().union(*(running_head_sections(u.text) for u in units if u.kind == HEADLINE))
    drafts: list[Draft] = []
    pending_headlines: list[Unit] = []
    groups: list[tuple[list[Unit], int]] = []
    captions, fragments = [], []
    current: Draft | None = None
    after_break = False
    parted = _parted_units(units, parted_lines)
    parting = _blanks_part_stories(units, parted)

    def flush_headlines():
        nonlocal pending_headlines
        if pending_headlines:
            groups.append((pending_headlines, len(drafts)))
            pending_headlines = []

    for index, unit in enumerate(units):
        if _signs_letter_over_reply(units, index, current) and not pending_headlines:
            # (读者 邬国平 / 【部门回复】城南区城市管理局：…): the letter's signature, a paragraph, and
            # the office's answer under it goes on in the letter's piece
            current.units.append(replace(unit, kind=CREDIT))
            continue
        if unit.kind == SUBHEAD and current is not None and not current.closed and not pending_headlines:
            current.units.append(unit)  # inside its article: the next paragraph goes on in it
            continue
        # 记者手记 over paragraphs: the story's own box, under its headline printed after it too
        # (…人员的水域游泳。 / 少年水库游泳遇险… / 温馨提示 / 1.不私自下水游泳…): no story opens on one
        if unit.kind == HEADLINE and is_afterword(unit.text) and current is not None and not current.closed \
                and index + 1 < len(units) and units[index + 1].kind == BODY and not units[index + 1].dateline \
                and not _signed_apart(units, index, current):
            flush_headlines()
            current.units.append(replace(unit, kind=SUBHEAD))
            after_break = False
            continue
        if unit.kind == SUBHEAD and not (pending_headlines and _FIRST_POINT_RE.match(unit.text)):
            unit = replace(unit, kind=HEADLINE)  # a bulleted line with no article open before it: a headline
        # (a notice's first numbered point under its title opens its text: …招标公告 / 一、招标条件)
        if unit.kind == HEADLINE:
            # (a short title right under a column's label is one: 长篇小说连载 / 青石渡)
            labelled_title = bool(pending_headlines) and is_column_label(pending_headlines[-1].text)
            if (han_count(unit.text) < MIN_HEADLINE_HAN and not unit.text.startswith("——")
                    and not is_column_label(unit.text) and not is_notice_title(unit.text)
                    and not _over_byline(units, index) and not labelled_title) or is_furniture(unit.text) \
                    or unit.text.strip() in sections:
                fragments.append(unit)
            else:
                issued = len(pending_headlines) == 1 and is_signer(pending_headlines[0].text)
                # (... nor its own first half, the title wrapped: 关于青禾镇2026年度高素质农民 /
                # 培训结业人员名单的公示)
                wrapped = bool(pending_headlines) and is_document_title(pending_headlines[-1].text + unit.text) \
                    and not is_document_title(pending_headlines[-1].text)
                if is_notice_title(unit.text) and not issued and wrapped:
                    first_half = pending_headlines.pop()
                    flush_headlines()
                    pending_headlines.append(first_half)
                elif is_notice_title(unit.text) and not issued:
                    # (a notice's title heads the notice under it, not the lines before it, but for its
                    # issuer's name over it: 岚溪市青梧区人民法院 / 关于敦促…的公告)
                    flush_headlines()
                pending_headlines.append(unit)
            after_break = True
            continue
        if unit.kind == CAPTION:
            captions.append(unit)
            continue
        if unit.kind == NOISE:
            fragments.append(unit)
            continue
        if unit.kind == BYLINE and ADVISOR_RE.match(unit.text) and current is not None and current.byline \
                and not pending_headlines and (current.units[-1].kind == BYLINE
                                               or _nothing_but_credits_before_headline(units, index + 1)):
            # the teacher who guided a pupil's piece, under its byline or at its foot: the byline's
            current.byline += " " + unit.text
            continue
        if unit.kind == BYLINE and current is not None and not current.closed and not pending_headlines \
                and current.units and current.units[-1].kind == BODY \
                and (unit.text[:1] not in BULLETS or not _names_next_story(units, index + 1, unit.text)) \
                and (_nothing_but_credits_before_headline(units, index + 1)
                     or _signed_text_and_photos(unit.text, units, index + 1)):
            # a byline right under a story's last paragraph, with no paragraph of its own after
            # it, signs that story: a reader's letter (`读者 陶然`, kept as a paragraph) or a
            # column (`□ 许清和`, its byline), unless it is bulleted and the next story's dateline
            # names the same reporter (`□ 新华社记者 林远` over …电（记者 林远）): that story's
            if (unit.text[:1] in BULLETS or unit.text.rstrip().endswith(WROTE_AND_SHOT)) and not current.byline:
                current.units.append(unit)
                current.byline = unit.text
            else:
                current.units.append(replace(unit, kind=CREDIT))
            current.closed = True
            continue
        if unit.kind == BYLINE:
            flush_headlines()
            current = Draft(byline=unit.text, under_headlines=index > 0 and units[index - 1].kind == HEADLINE
                            and not is_furniture(units[index - 1].text))  # (a running head is no headline)
            drafts.append(current)
            current.units.append(unit)
            after_break = False
            continue
        if unit.kind == CREDIT and _between_items(current, units, index):
            # a brief's credit wrapped alone onto its line, between two bulleted briefs of one
            # column (●…每天两次。 / （李文） / ●7月14日，…): the brief's, and the column goes on
            current.units[-1] = replace(current.units[-1], text=current.units[-1].text + unit.text,
                                        repairs=current.units[-1].repairs + unit.repairs)
            continue
        if unit.kind in (CREDIT, JUMP):
            if current is None:
                current = Draft()
                drafts.append(current)
            current.units.append(unit)
            current.closed = True
            continue
        # a body paragraph; under a column's label and a title (记者手记 / 把“笨功夫”下足) a story of
        # its own starts, whatever the text before stopped on
        labelled = len(pending_headlines) >= 2 and is_column_label(pending_headlines[-2].text)
        # ... and so it does under a notice's title (征文启事), whatever the text before stopped on (verse)
        noticed = bool(pending_headlines) and is_notice_title(pending_headlines[-1].text)
        # ... and under an editor's note's label (编后), a piece on the page's others
        noticed = noticed or bool(pending_headlines) and is_editor_notes_label(pending_headlines[-1].text)
        headed = bool(pending_headlines)
        flush_headlines()
        if _starts_article(unit, current, after_break, headed) or _poem_after_prose(units, index, current) \
                or ((labelled or noticed) and current is not None and current.units) \
                or (parting and index in parted and _photo_text(units, index) and _finished(current)):
            current = Draft()
            drafts.append(current)
        current.units.append(unit)
        after_break = False
    flush_headlines()
    runs = [HeadlineGroup(tuple(lines)) for lines, _ in groups]
    drafts, runs = _bylines_to_headlines(units, drafts, runs)
    drafts = _notes_to_their_articles(drafts)
    return Layout(drafts, runs, captions, fragments)


def _notes_to_their_articles(drafts: list[Draft]) -> list[Draft]:
    """An editor's note printed over the headline block of the article it introduces (编者按：… /
    引题 / 主标题 / 副题 / byline / text): the article's first paragraph, not a piece of its own."""
    out: list[Draft] = []
    for draft in drafts:
        prev = out[-1] if out else None
        notes = prev is not None and prev.editor_note and not any(_on_the_page(u.text) for u in prev.units)
        first = draft.units[0] if draft.units else None
        if notes and first is not None and (first.kind == BYLINE or first.dateline):
            out[-1] = replace(draft, units=[*prev.units, *draft.units])
            continue
        out.append(draft)
    return out


def _on_the_page(note: str) -> bool:
    """An editor's note on the page's pieces, not on the one under it: it names two works or more
    (本期“澜园”推出…《苎垱的夏夜》…《河埠头》…). (One that says 本版今天刊发…文章 introduces the
    article under it, as its gold reads it.)"""
    return len(set(re.findall("《[^《》]{1,20}》", note))) >= 2


def _between_items(current: Draft | None, units: list[Unit], index: int) -> bool:
    """The unit at index sits between two bulleted items of the open article, with the same bullet."""
    if current is None or current.closed or not current.units or index + 1 >= len(units):
        return False
    last, nxt = current.units[-1], units[index + 1]
    return last.kind == BODY and nxt.kind == BODY and last.text[:1] in BULLETS and nxt.text[:1] == last.text[:1] \
        and not nxt.dateline


def _bylines_to_headlines(units: list[Unit], drafts: list[Draft],
                          runs: list[HeadlineGroup]) -> tuple[list[Draft], list[HeadlineGroup]]:
    """A byline that opens no article (no paragraph follows it) but comes right after a run of
    headlines travelled with them: the block was printed away from its body. It goes with them."""
    after_run = {}
    for i, unit in enumerate(units[1:], 1):
        if unit.kind == BYLINE and units[i - 1].kind == HEADLINE:
            after_run[id(unit)] = units[i - 1]
    kept = []
    for draft in drafts:
        byline = draft.units[0] if len(draft.units) == 1 and draft.units[0].kind == BYLINE else None
        last = after_run.get(id(byline)) if byline else None
        owner = next((k for k, run in enumerate(runs) if last is not None and run.lines[-1] is last), None)
        if owner is None:
            kept.append(draft)
        else:
            runs[owner] = HeadlineGroup(runs[owner].lines, byline)
    return kept, runs
