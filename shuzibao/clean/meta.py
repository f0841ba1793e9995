"""Byline, authors and, where the page printed none, a title made from the lead."""

from __future__ import annotations

import re

from .blocks import CREDIT
from .patterns import (
    BULLETS,
    DATELINE_CREDIT_RE,
    DATELINE_RE,
    ROLE_RE,
    is_caption_start,
    is_credit,
    is_editor_note,
    letter_writer,
    names_in_credit,
)
from .script import compile_either
from .segment import Draft

BOX_CHARS = BULLETS + " "
_AUTHOR_LABEL_RE = re.compile(r"^作者[：:]\s*")
_AFFILIATION_RE = re.compile(r"[（(][^（）()]{2,30}[）)]$")  # 韦思远（岭西大学马克思主义学院教授）
_DATE_LEAD_RE = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|凌晨)?[，,]?\s*")
# After a dateline, a credit set without brackets, closed by 报道 or a colon, or by the date
# (`记者王磊报道：`, `记者 王磊 通讯员 李刚 6月2日，`). Without brackets to end it a name is taken
# short (two or three characters, as most are): `记者从市里获悉：` names no one.
_SHORT_CREDIT = r"(?:" + ROLE_RE.pattern + r"\s*/?\s*){1,2}[\u4e00-\u9fff]{2,3}"
UNBRACKETED_CREDIT_RE = re.compile(r"\s*(?P<c>" + _SHORT_CREDIT + r"(?:\s+(?:" + ROLE_RE.pattern + r"\s*)?"
                                   r"[\u4e00-\u9fff]{2,3})*?)(?:\s*(?:报道)?[：:]|\s*报道|\s*(?=\d{1,2}月\d{1,2}日))")


def _unbracketed_credit(text: str, pos: int = 0) -> tuple[str, list[str], int]:
    """The credit set without brackets at text[pos:], its names and where it ends."""
    m = UNBRACKETED_CREDIT_RE.match(text, pos)
    credit = m.group("c").strip().removesuffix("报道").strip() if m else ""
    return credit, names_in_credit(credit), m.end() if m else pos


TITLE_MAX = 24
TITLE_MIN = 6


_DID_AT_END_RE = re.compile(r"\s*(?:报道|采写|摄影报道)$")
_SIGNED_END_RE = re.compile(r"[。！？”](?P<c>[（(][^（）()]{2,30}[）)])$")


def byline_and_authors(draft: Draft, printed_apart: str = "") -> tuple[str, list[str]]:
    """The byline as printed and the personal names behind it (closing credits included).
    `printed_apart`: a byline line that came with the article's headlines, away from its body."""
    byline, authors = "", []
    line = draft.byline or printed_apart
    if line:
        byline = _AUTHOR_LABEL_RE.sub("", line.lstrip(BOX_CHARS).strip())  # 作者：韦思远（…）, as □ 许慕言
        authors += names_in_credit(_AFFILIATION_RE.sub("", byline))
    else:
        paragraphs = [p for p in draft.paragraphs if not is_editor_note(p)]
        lead = DATELINE_RE.match(paragraphs[0]) if paragraphs else None
        if lead:
            bracket = _dateline_bracket(paragraphs[0])
            if bracket is not None:
                names = names_in_credit(bracket)
                if names:
                    byline, authors = bracket.strip(), names
            else:  # a credit with no bracket: `本报讯 记者王磊报道：`, `【本报讯】记者王磊 6月2日，`
                credit, names, _ = _unbracketed_credit(paragraphs[0], lead.end())
                if names:
                    byline, authors = credit, names
    for unit in draft.units:
        if unit.kind == CREDIT:
            authors += [n for n in names_in_credit(unit.text) if n not in authors]
            if not byline and unit.text[:1] not in "（(" and names_in_credit(unit.text):
                # a byline printed under the story, not in brackets (读者 陶然, 通讯员 孔令宇 报道):
                # its byline still, without what they did
                byline = _DID_AT_END_RE.sub("", unit.text).strip()
    paragraphs = draft.paragraphs
    if not authors and paragraphs:  # a photo story signed by its photographer: …分享。（本报记者 邱雨桐 摄）
        shot = _PHOTO_SIGNED_RE.search(paragraphs[-1])
        if shot:
            authors = names_in_credit(shot.group("c") or shot.group("d"))
    if not authors and paragraphs and is_caption_start(paragraphs[-1]):  # 图片新闻 signed: 本报记者 韩冬 摄
        authors = names_in_credit(paragraphs[-1])
    if not authors and (writer := letter_writer(paragraphs)):  # a letter, signed
        authors = [writer]
    if not authors and paragraphs:  # a brief signed at its end: …即可参加。（林晓）
        signed = _SIGNED_END_RE.search(paragraphs[-1])
        if signed and is_credit(signed.group("c")):
            authors = names_in_credit(signed.group("c"))
    # a column of bulleted briefs, each signed at its end (●…（李文） / ●…（孙悦 陈瑶）) or in the
    # dateline after its run-in lead (■市青少年游泳赛落幕 本报讯（记者 包若溪）…): all who signed
    briefs = False
    for paragraph in paragraphs:
        if paragraph[:1] not in BULLETS:
            continue
        briefs = True
        signed = _SIGNED_END_RE.search(paragraph)
        if signed and is_credit(signed.group("c")):
            authors += [n for n in names_in_credit(signed.group("c")) if n not in authors]
        lead_end = paragraph.find(" ")
        bracket = _dateline_bracket(paragraph[lead_end + 1:]) if lead_end > 0 else None
        if bracket is not None:
            authors += [n for n in names_in_credit(bracket) if n not in authors]
    if briefs:  # the briefs' signers in the order they sign (a credit alone on its line last too)
        text = "".join(paragraphs)
        authors.sort(key=lambda name: text.find(name))
    return byline, authors


def _dateline_bracket(paragraph: str) -> str | None:
    """The bracket right after the paragraph's opening dateline (`本报讯（记者 李雅萍）…` -> `记者 李雅萍`),
    or None where the paragraph opens on no dateline or no bracket follows it."""
    lead = DATELINE_RE.match(paragraph)
    m = DATELINE_CREDIT_RE.match(paragraph[: lead.end() + 80]) if lead else None
    return m.group("c") if m and m.group("lead").strip() == lead.group(0) else None


# … in brackets, or after a space (…已经52岁。 通讯员 黎晓 摄)
_PHOTO_SIGNED_RE = compile_either(r"[。！？](?:[（(](?P<c>[^（）()]{2,40}?)\s*摄[）)]"
                              r"|\s(?P<d>[^。！？\s][^。！？]{1,38}?)\s*摄)$")


def strip_dateline(paragraph: str) -> str:
    """The lead without `本报讯（记者 …）8月10日，`."""
    m = DATELINE_RE.match(paragraph)
    if not m:
        return paragraph
    rest = paragraph[m.end():].lstrip()
    rest = re.sub(r"^[（(][^（）()]{0,60}[）)]\s*", "", rest)
    _, names, end = _unbracketed_credit(rest)
    if names:
        rest = rest[end:].lstrip("：: ")
    return _DATE_LEAD_RE.sub("", rest).lstrip("，, ")


# Connectives that open a clause but say nothing about the news.
_CONNECTIVE_RE = re.compile(r"^(?:这标志着|这意味着|标志着|意味着|据了解|据悉|据介绍|近日|日前|目前|同时|此外|其中)")


# A clause that says where the reporter heard the news, not the news: 记者从市农业农村局获悉.
# So does one that is only a time (截至6月1日).
_SOURCING_RE = re.compile(r"^(?:记者|本报记者)?(?:近日|日前|昨日|今天|\d{1,2}日)?(?:从|在|向)\S{0,20}"
                          r"(?:获悉|了解到|获知|得知)$|^(?:截至|截止到?|至|到)?[\d年月日时底初末上下午]+$")


def generated_title(draft: Draft) -> str:
    """A short, faithful title from the lead: its first clause when that is short enough,
    else the first clause of the lead sentence that is; never a cut through a number."""
    paragraphs = [p for p in draft.paragraphs if not is_editor_note(p)] or draft.paragraphs
    if not paragraphs:
        return "（无题）"
    lead = strip_dateline(paragraphs[0])
    sentence = re.split(r"[。！？]", lead, maxsplit=1)[0]
    clauses = [_CONNECTIVE_RE.sub("", c).strip("“”\"' ") for c in re.split(r"[，；：]", sentence)]
    for clause in clauses:
        if TITLE_MIN <= len(clause) <= TITLE_MAX and not _SOURCING_RE.match(clause):
            return clause
    first = clauses[0] if clauses and clauses[0] else paragraphs[0]
    cut = TITLE_MAX
    while 1 < cut < len(first) and (first[cut - 1].isdigit() or first[cut - 1] == "." or first[cut].isdigit()):
        cut -= 1
    if cut <= 1:
        cut = TITLE_MAX
    return first[:cut] + ("……" if cut < len(first) else "")
