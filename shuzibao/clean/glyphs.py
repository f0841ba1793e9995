"""Restore glyphs the PDF font lacked, from the publication's list of phrases they belong in,
and mark every gap no rule explains with 〓 so that nothing is guessed silently.

Joined block text carries JOIN where two column lines met: a lost glyph at a line end or start
left no space, so a line boundary is a gap candidate too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..poscut import word_cut
from .patterns import (
    BULLETS,
    CAPTION_END_RE,
    CONTACT_LABEL,
    CREDIT_RE,
    DATELINE_RE,
    ORG_SUFFIX,
    PHOTO_MARKS,
    ROLE_AT_END_RE,
    ROLE_RE,
    is_letter_signature,
    is_name_row,
    unpad_names,
)
from .script import compile_either
from .text import CLOSING, GAP, is_han

JOIN = "\x00"


@dataclass(frozen=True)
class Repair:
    glyph: str  # the restored glyph, or 〓 for a gap left unexplained
    context: str  # a few characters either side, as restored
    line: int  # line of the block (0-based) it falls on; the raw line number once placed
    # The phrase, when a space marked a gap the rest of it could not mark alone (罗 告诉 for 罗喆):
    # its other gaps on the page may be restored from this one (restore_glyphs' `echoes`).
    echo: str = ""


@functools.lru_cache(maxsize=1)
def _jieba_freq() -> dict:
    import logging

    import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    """True when jieba's dictionary knows `text` as a word (e.g. 走出), so no glyph is missing."""
    return _jieba_freq().get(text, 0) > 0


# poscut's table of log-probabilities for jieba's own dictionary, filled as words are met
_LOGP: dict[str, float] = {}


def segment_words(text: str) -> list[str]:
    """The text cut into dictionary words (jieba's cut, no guessing of unknown words)."""
    _jieba_freq()  # initialised once, quietly
    import jieba

    return word_cut(jieba.dt, _LOGP, text)


def straddles_word(left: str, right: str) -> bool:
    """A dictionary word runs across the two lines (秋季学 / 期将): one line cut mid-word."""
    if not (left and right and is_han(left[-1]) and is_han(right[0])):
        return False
    joined, pos = left + right, 0
    for word in segment_words(joined):
        if pos < len(left) < pos + len(word):
            return True
        pos += len(word)
    return False


def join_lines(texts: list[str]) -> str:
    return JOIN.join(texts)


def finish_joins(text: str) -> str:
    """Drop line-join markers; Latin words split across lines get their space back, and a word
    hyphenated at a line's end (`smart manu-` / `facturing`) its letters together."""
    if JOIN not in text:
        return text
    text = _HYPHEN_JOIN_RE.sub("", text)
    if text[-1:] in PHOTO_MARKS and text[-2:-1] == JOIN and CAPTION_END_RE.search(text[:-2] + " " + text[-1]):
        text = text[:-2] + " " + text[-1]  # a photo's credit whose 摄 the line's end left alone: 王振宇 / 摄
    return _LATIN_JOIN_RE.sub(" ", text).replace(JOIN, "")


# (compiled once: each block's text is finished, and its spaces explained, with these)
# (each led by the join it matches, looking behind it from there: the regex engine skips to the
# joins rather than trying the look-behind at every character of the block)
_HYPHEN_JOIN_RE = re.compile(f"-{JOIN}(?<=[a-z]-{JOIN})(?=[a-z])")
_LATIN_JOIN_RE = re.compile(f"{JOIN}(?:(?<=[A-Za-z0-9]{JOIN})(?=[A-Za-z])|(?<=[A-Za-z]{JOIN})(?=[0-9]))")


def _gap_patterns(glyph: str, phrase: str) -> list[tuple[str, str]]:
    """(left, right) of the phrase around each occurrence of the glyph."""
    out = []
    for m in re.finditer(re.escape(glyph), phrase):
        out.append((phrase[: m.start()], phrase[m.end():]))
    return out


@dataclass(frozen=True)
class _Rule:
    glyph: str
    left: str
    right: str
    pattern: re.Pattern  # left, gap, right, each character allowed a space or line join between


@functools.lru_cache(maxsize=8)
def _compile(glyph_items: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[_Rule, ...], re.Pattern]:
    """The rules of a glyph list, compiled once per list rather than once per block: longer
    phrases first (蹚出转型发展新路 wins over 蹚新路 at the same place), and one pattern of
    every phrase as printed whole."""
    sep = f"[ {JOIN}]*"
    rules = []
    for glyph, phrases in glyph_items:
        for phrase in phrases:
            for left, right in _gap_patterns(glyph, phrase):
                pattern = re.compile(f"(?P<left>{sep.join(map(re.escape, left))})(?P<gap>[ {JOIN}]*)"
                                     f"(?P<right>{sep.join(map(re.escape, right))})")
                rules.append(_Rule(glyph, left, right, pattern))
    # Two glyphs whose phrases leave the same rest (堌河, 淏河) cannot say which one a gap lacks:
    # neither is guessed, and a gap a space marked is reported as unexplained.
    glyphs_of: dict[tuple[str, str], set[str]] = {}
    for rule in rules:
        glyphs_of.setdefault((rule.left, rule.right), set()).add(rule.glyph)
    rules = [r for r in rules if len(glyphs_of[(r.left, r.right)]) == 1]
    rules.sort(key=lambda r: -(len(r.left) + len(r.right)))
    phrases = sorted({p for _, ps in glyph_items for p in ps}, key=len, reverse=True)
    whole = re.compile("|".join(sep.join(map(re.escape, p)) for p in phrases))
    return tuple(rules), whole


def restore_glyphs(text: str, glyphs: dict[str, tuple[str, ...]],
                   word: Callable[[str], bool] = is_word,
                   evidence: frozenset[str] = frozenset(),
                   echoes: frozenset[str] = frozenset(),
                   declined: set[str] | None = None) -> tuple[str, list[Repair]]:
    """Put each listed glyph back where its phrase appears with a gap: a space, a line join, the
    start of the block, or (for phrases long enough to be sure) nothing at all, unless the
    characters around the gap already form a word (走出一条新路 keeps its 走).

    `evidence`: the glyphs the page's running text lacked (restored there). A headline or
    caption repeats its story's words: six characters of a phrase of such a glyph mark a gap
    in it, a word running across the gap or not (以实干出高质量发展新路).

    `echoes`: phrases too short to mark a gap without a trace (a name: 罗喆) whose gap a space
    marked elsewhere on the page. A name recurs in its story: where the rest of it stands with
    no word across the gap and none gluing it to its other side (主任罗提醒, not 张罗了), it is
    the name again.

    `declined`, if given, gets the phrase of each place a glyph was not put back: where none of
    them is in an echo, the same text restored again with echoes comes out the same."""
    repairs: list[Repair] = []
    rules, whole = _compile(tuple(sorted((g, tuple(ps)) for g, ps in glyphs.items())))
    for rule in rules:
        text = _restore_one(text, rule, word, repairs, whole, evidence, echoes, declined)
    return text, repairs


def _char_before(text: str, i: int) -> str:
    """The nearest visible character before position i (bounded look-back)."""
    j = i - 1
    while j >= 0 and text[j] in (" ", JOIN):
        j -= 1
    return text[j] if j >= 0 else ""


def _char_after(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j] in (" ", JOIN):
        j += 1
    return text[j] if j < len(text) else ""


def _telling(left: str, right: str, word: Callable[[str], bool]) -> bool:
    """Whether what is left of a phrase without its glyph is rare enough to mark a gap by itself:
    three characters or more, or two that are not a word of their own (石村 from 石垴村, not
    新路 from 蹚新路, nor 王家 from 王家垴)."""
    rest = left + right
    if not right:
        return len(left) >= 3
    return len(rest) >= 3 or (len(rest) == 2 and not word(rest))


# What a person is called by after the surname alone (邹书记, 李师傅, 王老师): the name is whole.
# (not 县长, 村长…: a place's name runs into them, 蒲碶村长者食堂 given as 蒲村长者食堂)
_ADDRESS_RE = re.compile("(?:书记|主任|局长|部长|厂长|校长|院长|所长|站长|科长|处长|"
                         "队长|组长|社长|会长|行长|经理|董事长|总经理|老师|师傅|医生|大夫|教授|博士|同志|先生|女士|"
                         "大爷|大妈|大娘|大叔|大婶|大姐|大哥|阿姨|奶奶|爷爷|婆婆|老板|老汉|警官)")


def _glued(text: str, m: re.Match, left: str, right: str, word: Callable[[str], bool]) -> bool:
    """The rest of a phrase makes a word with the character on its other side (张罗 for 罗喆, 桥梁
    for 梁峁): it belongs there, not to the phrase. So does a surname before the title a person
    is called by (邹书记 for 邹瑄)."""
    if len(left) == 1 and not right and _ADDRESS_RE.match(text[m.end(): m.end() + 8].replace(JOIN, "")):
        return True
    beside = _char_before(text, m.start()) if not right else _char_after(text, m.end())
    return bool(beside) and word(beside + left if not right else right + beside)


def _evidenced(rule: _Rule, evidence: frozenset[str]) -> bool:
    """A gap a headline may take on the page's word: a long part (six characters or more) of a
    phrase of a glyph the page's body text lacked too, a word running across the gap or not
    (以实干出高质量发展新路). Fewer characters are not enough even of a phrase the page has:
    一条新路 is no 一条蹚新路, 坚实基础 no 坚夯实基础."""
    return rule.glyph in evidence and len(rule.left) + len(rule.right) >= EVIDENT_REST


EVIDENT_REST = 6  # characters of a phrase that, with its glyph lacking on the page, mark its gap
# (not five: 走出一条新路 is as common a headline as 蹚出一条新路)


def _restore_one(text: str, rule: _Rule, word: Callable[[str], bool], repairs: list[Repair],
                 whole: re.Pattern, evidence: frozenset[str], echoes: frozenset[str] = frozenset(),
                 declined: set[str] | None = None) -> str:
    glyph, left, right = rule.glyph, rule.left, rule.right
    rest = left + right
    if rest and rest[0] not in text:  # (the pattern holds each of the phrase's other characters;
        return text  # one led by a gap, the glyph first in its phrase, is tried at every position)
    # A gap never falls inside a phrase that is already whole (圪梁上 does not become 圪梁峁上):
    # those phrases are found once the rule matches at all (most rules match in no block).
    complete = None
    out, pos = [], 0
    for m in rule.pattern.finditer(text):
        if complete is None:
            complete = [w.span() for w in whole.finditer(text)] if whole.pattern else []
        if m.start() < pos:
            continue
        gap = m.group("gap")
        where = m.start("gap")
        if any(a < where < b for a, b in complete):
            continue
        prev_char = left[-1] if left else _char_before(text, m.start())
        next_char = right[0] if right else _char_after(text, m.end())
        if prev_char == glyph or next_char == glyph:
            continue
        at_start = not left and not _char_before(text, m.start())
        at_end = not right and not _char_after(text, m.end())
        crossing = bool((not left or not right) and prev_char and next_char and word(prev_char + next_char))
        if " " in gap or (evidence and _evidenced(rule, evidence)):
            ok = True
        elif gap and left and right:  # a line join inside the phrase: the phrase says it all
            ok = True
        elif gap:  # a line join at the phrase's edge: every line has one, so the rest of the
            # phrase must be telling, and no word may run across it (走 / 出一条新路)
            ok = _telling(left, right, word) and not crossing
        elif at_start or at_end:  # where a block starts or ends: nothing can run across it
            # in a headline on a page whose text lacks the glyph, the rest need not be telling if
            # no word glues it to its other side (黄土梁 for 黄土梁峁, not 桥梁)
            ok = _telling(left, right, word) or (glyph in evidence and not _glued(text, m, left, right, word))
        elif left and right:  # no trace, inside the phrase: the rest of it must be telling
            ok = _telling(left, right, word)
        else:  # no trace at the phrase's edge: and no word may run across the gap (走出一条新路)
            ok = _telling(left, right, word) and not crossing
        phrase = left + glyph + right
        # a phrase whose gap left a space: the glyph is surely lacking here, in it and in the
        # shorter phrases it holds (焜达 in 焜达新材料)
        echo = phrase if " " in gap else ""
        # (an echo is weak evidence: not where the rest is the edge of another listed phrase, 梁峁纵横)
        if not ok and any(phrase in e for e in echoes) and not crossing \
                and not any(a <= where <= b for a, b in complete):
            ok = not _glued(text, m, left, right, word)  # 张罗了 is no 罗喆
        if not ok:
            if declined is not None:  # (echoes are asked of no other place)
                declined.add(phrase)
            continue
        out.append(text[pos: m.start()])
        # a name's last glyph before a photo credit's 摄 (记者 刘 摄): the space was the credit's
        keep = " " if not right and " " in gap and text[m.end():m.end() + 1] in PHOTO_MARKS else ""
        out.append(m.group("left") + glyph + keep + m.group("right"))
        offset = text.count(JOIN, 0, m.start() + len(m.group("left")))
        context = (text[max(0, m.start() - 8): m.start()] + left + glyph + right
                   + text[m.end(): m.end() + 8]).replace(JOIN, "")
        repairs.append(Repair(glyph, context, offset, echo))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_BRACKET_RE = re.compile("[（(][^（）()]{2,80}[）)]")
COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 "
                              "南宫 西门 百里 呼延 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 轩辕 钟离 闻人 万俟".split())


_ORG_END_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}" + ORG_SUFFIX + "$")


def _join_credit(inner: str) -> str:
    """Rejoin a bracketed credit split across lines: a space where a role word meets a name
    (`通讯员` / `李春梅`), nothing where a name itself was split (`李春` / `梅`) or padded (`康 佳`)."""
    def one(m: re.Match) -> str:
        left = re.split(r"[^\u4e00-\u9fff]", inner[: m.start()])[-1]
        right = re.split(r"[^\u4e00-\u9fff]", inner[m.end():])[0]
        around = left[-4:] + right[:4]
        if any(r.start() < len(left[-4:]) < r.end() for r in ROLE_RE.finditer(around)):
            return ""  # a role word split across the lines (实习 / 记者)
        if ROLE_AT_END_RE.search(left) or ROLE_RE.match(right):
            return " "
        if _ORG_END_RE.search(right):
            return ""  # an office's name split across the lines (县农业 / 农村局), no two names
        # two names that met at the break (乔若彤 / 宁远舟, 柯蔓 / 秦朗): each two characters or more,
        # and no four-character name with a compound surname (欧阳 / 晓明)
        return " " if len(left) >= 2 and len(right) >= 2 and not ROLE_RE.search(left) \
            and (len(left) + len(right) >= 5 or left not in COMPOUND_SURNAMES) else ""
    return unpad_names(re.sub(JOIN, one, inner))


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Bracketed credits (`（记者 李雅萍）`) in the text, as (start, end) offsets."""
    return [m.span() for m in _BRACKET_RE.finditer(text) if CREDIT_RE.match(_join_credit(m.group(0)))]


def _between_credits(text: str, i: int) -> bool:
    """The space at i parts one credited name from the next role or from 报道: `记者 王磊 通讯员
    李刚 报道`."""
    before = text[max(0, i - 12): i].replace(JOIN, "")
    after = text[i + 1: i + 6].replace(JOIN, "")
    return bool((ROLE_RE.match(after) or after.startswith("报道")) and _ROLE_NAME_END_RE.search(before))


_ROLE_NAME_END_RE = re.compile(ROLE_RE.pattern + r"\s*[\u4e00-\u9fff·]{2,5}$")


def _after_role(text: str, i: int) -> bool:
    """A role word stands right before the space at i: `记者 李雅萍`, `通讯员 肖继旺`."""
    word_before = re.split(r"[^\u4e00-\u9fff]", text[max(0, i - 8): i].replace(JOIN, ""))[-1]
    return bool(ROLE_RE.search(word_before[-4:])) and len(word_before) <= 6


def _after_dateline(text: str, i: int) -> bool:
    """The space at i follows the dateline that opens the text (`新华社北京6月2日电 国务院…`):
    papers print one there when no reporter's bracket follows."""
    return i <= DATELINE_MAX and bool(DATELINE_RE.fullmatch(text[:i].replace(JOIN, "")))


DATELINE_MAX = 30  # characters: where a dateline that opens a paragraph must have ended


# A short quotation with no clause marks in it names something (a column, a campaign, a slogan:
# “奋进新征程 建功新时代”), and keeps the space between its clauses as a title does.
# Each clause has two characters at least: a lone one beside a space is a lost glyph's gap.
_QUOTED_NAME_RE = re.compile("“[^“”，。；！？、：]{3,24}”")


def _quoted_name_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _QUOTED_NAME_RE.finditer(text):
        clauses = m.group(0)[1:-1].replace(JOIN, "").split(" ")
        if len(clauses) > 1 and all(len(c) >= 2 for c in clauses):
            spans.append(m.span())
    return spans


_NAME_RUN_RE = re.compile(f"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,4}}(?:[ {JOIN}]+[\u4e00-\u9fff]{{2,4}})+"
                          f"(?![\u4e00-\u9fff])")


def _name_row_spans(text: str) -> list[tuple[int, int]]:
    """Rows of a list of names (欧晓峰 宁一苇 戴国栋 牛思琪): their spaces part names."""
    return [m.span() for m in _NAME_RUN_RE.finditer(text)
            if " " in m.group(0) and is_name_row(re.sub(f"[ {JOIN}]+", " ", m.group(0)))]


def rejoin_credit_spaces(text: str) -> str:
    """A credit split across lines gets its space back where the split fell on one."""
    def fix(m: re.Match) -> str:
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            return m.group(0)  # a term's gloss, no credit: AED（自动体 / 外除颤器）
        joined = _join_credit(m.group(0))
        return joined if CREDIT_RE.match(joined) else m.group(0)
    return _BRACKET_RE.sub(fix, text)


NARROW_LINE = 6  # characters: a line this short in running text is a narrow column's


def _in_narrow_line(text: str, i: int) -> bool:
    start = text.rfind(JOIN, 0, i) + 1
    end = text.find(JOIN, i)
    line = text[start: end if end >= 0 else len(text)]
    return len(line.replace(" ", "")) <= NARROW_LINE and (start > 0 or end >= 0)


def _before_dateline(text: str, i: int) -> bool:
    """The space at i sets a brief's run-in lead apart from its dateline (■市青少年游泳赛落幕 本报讯（…）)."""
    return bool(DATELINE_RE.match(text[i + 1: i + 40].replace(JOIN, "")))


# the space printed after a dateline's 本报讯 or a photo credit's 摄, in either script
_SPACE_AFTER = ("本报讯", "本報訊", *PHOTO_MARKS)
# A rule's or chapter's number before its text (第三条 各县…人民政府负责…): the space is printed
_ARTICLE_NUMBER_RE = re.compile("第[一二三四五六七八九十百零〇两]{1,5}[条章节款]$")
# A contact line's next field after a space (联系人：莫老师 联系电话：0776-…): the space parts them
_FIELD_LABEL_RE = compile_either(r"[\u4e00-\u9fff]{0,4}" + CONTACT_LABEL + "[:：]")
_SPACE_BEFORE_CLOSING_RE = re.compile(f"(?<=[\u4e00-\u9fff])[ {JOIN}]*? +(?=[{re.escape(CLOSING)}])")
_NUMBER_SPACE = "(?<=[\u4e00-\u9fff])(?<!本报讯) +(?=[0-9０-９])|(?<=[0-9０-９]) +(?=[\u4e00-\u9fff])"
_NUMBER_SPACE_RE = re.compile(_NUMBER_SPACE)
# (a headline's clause space after a quotation or before one, 早稻抢收晚稻抢插 “双抢”…, is running
# text's extractor space; the space papers print after 本报讯 stays)
_RUNNING_TEXT_SPACE_RE = re.compile(_NUMBER_SPACE + f"|(?<=[”’」』%％])[ {JOIN}]*? +(?=[\u4e00-\u9fff])"
                                    + f"|(?<=[\u4e00-\u9fff])(?<!本报讯)(?<!本報訊)[ {JOIN}]*? +(?=[“‘「『])")


# A brief's bold lead run in before its text, behind its bullet (■岚江港8月集装箱吞吐量创新高 记者从…):
# the first space, after a phrase with no mark in it, is the lead's
_RUN_IN_LEAD_RE = re.compile(f"[{BULLETS}][^，。、；：！？（） ]{{4,30}}$")  # (a line's end may cut the lead)


def _after_run_in_lead(text: str, i: int) -> bool:
    return text[:1] in BULLETS and " " not in text[:i] and bool(_RUN_IN_LEAD_RE.match(text[:i]))


_LISTED_PAD_RE = re.compile(f"(?:^|(?<=[、，：:]))[\u4e00-\u9fff][ {JOIN}]+[\u4e00-\u9fff](?=[、，。；]|$)")


def _padded_listed_name(text: str, i: int) -> bool:
    """The space at i pads a name of two characters between a list's 、 (出席会议的有：…、王 刚、…)."""
    m = _LISTED_PAD_RE.match(text, max(0, i - 1))
    near = text[max(0, i - 12): i + 12]
    return bool(m) and m.start() <= i < m.end() and "、" in near


def explain_spaces(text: str, mark: bool = True, word: Callable[[str], bool] = is_word,
                   numbers: bool = False) -> tuple[str, list[Repair]]:
    """Keep spaces between Han characters that belong (a document title 《…》, a credit, after
    本报讯 or a photo credit); every other one is a lost glyph no rule explains: write 〓 and
    report it (when `mark`; headlines keep theirs as clause spaces). A space before a closing
    mark that no glyph explained was the extractor's, and so is one a dictionary word runs
    across in a line of a narrow column (spread to its width): drop them. `numbers`: text that
    keeps its other spaces (a caption, by its credit) still loses the extractor's between Han and
    a digit (1200 亩)."""
    if " " not in text:
        return text, []
    text = _SPACE_BEFORE_CLOSING_RE.sub("", text)
    if numbers and not mark:
        text = _NUMBER_SPACE_RE.sub("", text)
    if not mark or is_letter_signature(text.replace(JOIN, "")):  # a letter's writer: who, then name
        return text, []
    # Running text has no clause spaces: a space between Han and a digit is the extractor's, and
    # so is one after a closing quotation mark.
    text = _RUNNING_TEXT_SPACE_RE.sub("", text)
    repairs = []
    credits = _credit_spans(text)
    names = _quoted_name_spans(text) + _name_row_spans(text)
    chars = list(text)
    title_depth = 0
    for i, ch in enumerate(chars):
        if ch == "《":
            title_depth += 1
        elif ch == "》" and title_depth:
            title_depth -= 1
        if ch != " " or not (is_han(_char_before(text, i)) and is_han(_char_after(text, i + 1))):
            continue
        if title_depth or any(a < i < b for a, b in credits + names) or _after_role(text, i) \
                or _between_credits(text, i) \
                or text[max(0, i - 4): i].replace(JOIN, "").endswith(_SPACE_AFTER) or _after_dateline(text, i) \
                or _ARTICLE_NUMBER_RE.search(text[max(0, i - 8): i].replace(JOIN, "")) \
                or _before_dateline(text, i) or _FIELD_LABEL_RE.match(text, i + 1) or _after_run_in_lead(text, i):
            continue
        if _in_narrow_line(text, i) and word(_char_before(text, i) + _char_after(text, i + 1)):
            chars[i] = ""  # a narrow column's line spread to its width (晚 上, 项 目)
            continue
        if _padded_listed_name(text, i):
            chars[i] = ""  # a two-character name padded to a list's three (…孟繁华、王 刚、韩立新…)
            continue
        chars[i] = GAP
        context = "".join(chars[max(0, i - 8): i + 9]).replace(JOIN, "")
        repairs.append(Repair(GAP, context, text.count(JOIN, 0, i)))
    return "".join(chars), repairs
