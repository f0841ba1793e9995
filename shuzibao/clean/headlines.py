"""Attach headline groups and captions to the articles they belong to, by what they share.

On these pages a headline is often printed after its article, or after the next one, so
position alone misleads. Each group is scored against each article by the distinctive word
pairs (Han bigrams, weighted by how few articles use them) they share, with a small bonus for
sitting right before an article's start; the best pairs are matched one-to-one.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

from .blocks import BYLINE, Unit
from .patterns import PHOTO_CREDIT_RE, is_box_label, is_column_label, is_document_title, is_signer
from .segment import Draft, HeadlineGroup
from .text import HAN, printed_width

POSITION_BONUS = 0.15  # share of the best content score a group gets for preceding an article
OVER_BYLINE_BONUS = 0.5  # ... and for preceding it right over its byline line
MIN_SCORE = 0.05
WEAK = 0.15  # a content score below this points nowhere in particular
LABEL_CLAIM = 2 * WEAK  # a label's claim on the story right under it: a line whose words fit it weakly yields
REACH = 12  # articles either side of a headline or caption that may own it (a printed page has fewer)


@dataclass(frozen=True)
class Headline:
    title: str
    kicker: str = ""
    subtitle: str = ""


@dataclass(frozen=True)
class Attachment:
    draft: int
    group: HeadlineGroup
    headline: Headline
    confidence: str  # high / medium / low, for the editor's report


# A serial's instalment under its title: `第十二回 雨夜来客`, `第三章`
_INSTALMENT_RE = re.compile(r"^第[一二三四五六七八九十百零\d]{1,5}[回章节集部](?:\s|$)")


RUBRIC_MAX = 4  # characters of a column's rubric over a title (以案说法)


# A title's first clause cut before its last word (…二次供水改造全部 / 完工 两万余户…): a headline's
# clause is never a word of two characters alone.
_CUT_CLAUSE_RE = re.compile(f"^[{HAN}]{{1,2}} (?=[{HAN}“])")
_ENDS_HAN_RE = re.compile(f"[{HAN}]$")


def _rejoin_cut_title(lines: list[str]) -> list[str]:
    """A line that opens on the last word of the clause the line over it left unfinished (no space
    in it, no mark at its end) is that line's own, wrapped in its box."""
    out: list[str] = []
    for text in lines:
        if out and _CUT_CLAUSE_RE.match(text) and " " not in out[-1] and _ENDS_HAN_RE.search(out[-1]) \
                and not out[-1].startswith("——"):
            out[-1] += text
        else:
            out.append(text)
    return out


def headline_roles(lines: list[str]) -> Headline:
    """Name the lines of one group 引题 / 主标题 / 副题."""
    lines = _rejoin_cut_title(lines)
    # (a serial's instalment line under its title is the 副题, as a dashed one is)
    subtitle = [t for k, t in enumerate(lines) if t.startswith("——") or (k and _INSTALMENT_RE.match(t))]
    main = [t for t in lines if t not in subtitle]
    if not main:
        return Headline(title=subtitle[0].lstrip("—"), subtitle=" ".join(subtitle[1:]))
    if len(main) == 1:
        return Headline(title=main[0], subtitle=" ".join(subtitle))
    if len(main) == 2 and is_document_title(main[0] + main[1]) and not is_document_title(main[0]):
        # an official document's title wrapped over two lines (关于开展…“共享农房” / 招募活动的通知)
        return Headline(title=main[0] + main[1], subtitle=" ".join(subtitle))
    if len(main) == 2 and is_document_title(main[1]) and is_signer(main[0]):
        # ... or its issuer over it (岚溪市青梧区人民法院 / 关于敦促被执行人主动履行法律义务的公告)
        return Headline(title=main[0] + main[1], subtitle=" ".join(subtitle))
    if len(main) == 2 and not subtitle:
        # A 副题 is normally marked with ——; two unmarked lines are read 引题 + 主标题, unless
        # the second is a clause-broken sentence, which a 主标题 never is (under a column's label
        # it is the title whatever its commas: 家长课堂 / 孩子考前焦虑，家长先别慌; and so under a
        # rubric of four characters: 以案说法 / 微信转账没打借条，钱能要回来吗？).
        if "，" in main[1] and "，" not in main[0] and not is_column_label(main[0]) \
                and len(main[0].strip()) > RUBRIC_MAX:
            return Headline(title=main[0], subtitle=main[1])
        # A 副题 gives the figures (沿线12个村群众出行更便捷 under 柳川县首条城乡公交环线开通);
        # a 引题 over a title with figures is short (新基建提速 / 今年全市将建成5G基站1800个).
        if _has_digits(main[1]) and not _has_digits(main[0]) and printed_width(main[0]) >= printed_width(main[1]) - 2:
            return Headline(title=main[0], subtitle=main[1])
        return Headline(kicker=main[0], title=main[1])
    if len(main) == 2:
        return Headline(kicker=main[0], title=main[1], subtitle=" ".join(subtitle))
    if len(main) == 3 and subtitle:
        # the 副题 is the marked line: the line between it and the title is the title's own,
        # wrapped in its box (蒲碶村七旬老人在家门口吃上 / 热乎乎的“幸福午餐”)
        return Headline(kicker=main[0], title=main[1] + main[2], subtitle=" ".join(subtitle))
    return Headline(kicker=main[0], title=main[1], subtitle=" ".join(main[2:] + subtitle))


def _has_digits(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


_NOT_HAN_RE = re.compile(f"[^{HAN}]+")


def _han(text: str) -> str:
    """The Han characters of the text, in order: a pair of them is one of its bigrams when it
    occurs in this string."""
    return _NOT_HAN_RE.sub("", text)


def _bigrams(text: str) -> set[str]:
    han = _han(text)  # (one string, not one per character)
    return {han[i:i + 2] for i in range(len(han) - 1)}


class Scorer:
    """Content similarity of short texts (headlines, captions) to the page's articles. Only
    articles near the text on the page are candidates: a displaced headline lands after its
    article or the next one, never across the page, and a page of thousands of articles
    (a 20 MB extraction) stays linear."""

    def __init__(self, drafts: list[Draft]):
        # Each article's Han text, searched for the few pairs a headline or caption holds, rather
        # than the set of its thousand pairs made (and counted over the page) for every article.
        self.bodies = [_han("".join(d.paragraphs)) for d in drafts]
        self.n = len(drafts)
        # Weights of the pairs a headline or caption shares with an article: a page's articles
        # hold thousands of pairs, its headlines share a few dozen.
        self.idf: dict[str, float] = {}
        self.starts = [d.position for d in drafts]
        # Every line that belongs to an article, to see whether text lies between two places.
        self.article_lines = sorted(u.line for d in drafts for u in d.units)
        self.owner = {u.line: k for k, d in enumerate(drafts) for u in d.units}
        self.bylined = {k for k, d in enumerate(drafts) if d.units and d.units[0].kind == BYLINE}

    def nearby(self, line: int) -> range:
        at = bisect.bisect_left(self.starts, line)
        return range(max(0, at - REACH), min(len(self.starts), at + REACH))

    def score(self, text: str, draft: int) -> float:
        grams = _bigrams(text)
        if not grams:
            return 0.0
        body = self.bodies[draft]
        shared = [g for g in grams if g in body]
        return math.fsum(self._idf(g) for g in shared) / len(grams)  # fsum: the same whatever the set order

    def _idf(self, gram: str) -> float:
        weight = self.idf.get(gram)
        if weight is None:
            df = sum(1 for body in self.bodies if gram in body)  # the articles holding the pair
            weight = self.idf[gram] = math.log(1 + self.n / df)
        return weight

    def scores(self, text: str, line: int) -> dict[int, float]:
        return {d: self.score(text, d) for d in self.nearby(line)}

    def directly_before(self, group: HeadlineGroup) -> int | None:
        """The article whose first line follows the group with no other article's text between."""
        last = group.lines[-1].line
        at = bisect.bisect_right(self.starts, last)
        if at == len(self.starts):
            return None
        start = self.starts[at]
        k = bisect.bisect_right(self.article_lines, last)
        between = k < len(self.article_lines) and self.article_lines[k] < start
        return None if between else at

    def within(self, line: int) -> int | None:
        """The article whose text runs on both sides of `line` (a caption given inside it)."""
        k = bisect.bisect_left(self.article_lines, line)
        if 0 < k < len(self.article_lines):
            before, after = self.owner[self.article_lines[k - 1]], self.owner[self.article_lines[k]]
            return before if before == after else None
        return None

    def directly_after(self, line: int) -> int | None:
        """The article whose text ends right before `line` (a caption printed under it)."""
        k = bisect.bisect_left(self.article_lines, line)
        return self.owner[self.article_lines[k - 1]] if k else None


def _best(scores: dict[int, float]) -> tuple[int, float]:
    d = max(sorted(scores), key=lambda k: scores[k])
    return d, scores[d]


def split_run(run: HeadlineGroup, scorer: Scorer) -> list[HeadlineGroup]:
    """Split a run of headline lines where the article they speak of changes: a moved headline
    block often sits right against the next article's own. A —— subtitle stays with its title;
    a line too plain to point anywhere stays with the lines before it; no group exceeds three."""
    below = scorer.directly_before(run)
    # a kicker, title and subtitle printed over their byline and text (高质量发展调研行 / 老工业区里
    # 长出“新”产业 / ——…见闻 / 本报记者 …) are one block, whatever story the kicker's words fit
    if (run.byline or below in scorer.bylined) and sum(not u.text.startswith("——") for u in run.lines) <= 2 \
            and run.lines[-1].text.startswith("——"):
        return [run]
    groups: list[list[Unit]] = [[run.lines[0]]]
    for unit in run.lines[1:]:
        current = groups[-1]
        if unit.text.startswith("——"):
            current.append(unit)
            continue
        if is_column_label(unit.text):
            groups.append([unit])  # a column's label heads what follows it, not the headline before
            continue
        mine = scorer.scores(unit.text, unit.line)
        theirs = scorer.scores("".join(u.text for u in current), unit.line)
        best_mine, top_mine = _best(mine)
        best_theirs, top_theirs = _best(theirs)
        # a column's label (记者观察) names no story: the line under it is its headline
        plain = top_mine < WEAK or top_theirs < WEAK or (len(current) == 1 and is_column_label(current[0].text))
        # each fits the story the other points to, near as well as its own best
        agrees = best_mine == best_theirs or mine[best_theirs] >= 0.6 * top_mine \
            or theirs[best_mine] >= 0.6 * top_theirs \
            or _both_fit_below(mine, theirs, below, top_mine, best_theirs)
        if len(current) < 3 and (plain or agrees) and not _turns_to_below(mine, theirs, below):
            current.append(unit)
        else:
            groups.append([unit])
    out = [HeadlineGroup(tuple(g)) for g in groups]
    out[-1] = HeadlineGroup(out[-1].lines, run.byline)  # a byline printed after the run follows its last group
    return out


LEAD_SHARE = 2 / 3  # of a page's headline groups that fit best the story right under them
LEAD_MIN = 3  # groups: fewer tell nothing of the page's way


def _headlines_lead(scored: list[tuple[dict[int, float], int | None]]) -> bool:
    """The page prints its headlines over their stories: most groups with a story right under
    them fit that story best (an extractor that gives headlines after their bodies, as PyMuPDF
    may, puts them over the next story, which they fit worse than their own). `scored`: each
    group's content scores and the story right under it."""
    over = [(scores, below) for scores, below in scored if below is not None]
    if len(over) < LEAD_MIN:
        return False
    fits = sum(1 for scores, below in over if _best(scores)[0] == below)
    return fits >= LEAD_SHARE * len(over)


def _both_fit_below(mine: dict[int, float], theirs: dict[int, float], below: int | None,
                    top_mine: float, best_theirs: int) -> bool:
    """The lines so far fit the story printed right under the run best, and the next line fits it
    about half as well as its own best (a kicker, title and subtitle over a dateline, the title's
    words also another story's topic: 我市中考改革方案公布 over the 中考 story, by an interview on it)."""
    return below is not None and best_theirs == below and below in mine and mine[below] >= max(WEAK, 0.4 * top_mine)


def _turns_to_below(mine: dict[int, float], theirs: dict[int, float], below: int | None) -> bool:
    """The lines so far are a story's above the run, printed after its text, and the next line
    heads the story right under the run: that story is the line's best and says nothing of theirs
    (3条公交“微循环”线路下周一开通 / 古井巷改造完工 老街坊住上“新”家, over the 古井巷 story; the bus
    story above it names 古井巷 once, which alone made the two lines agree)."""
    if below is None or below not in mine:
        return False
    best_mine, top_mine = _best(mine)
    best_theirs, top_theirs = _best(theirs)
    return best_mine == below and best_theirs < below and top_mine >= WEAK and top_theirs >= WEAK \
        and theirs.get(below, 0.0) < WEAK / 3


def _over_text(scorer: Scorer, group: HeadlineGroup, starts: list[int], drafts: list[Draft]) -> int | None:
    """The article right under the group, with no other run of headlines between them either."""
    before = scorer.directly_before(group)
    if before is None:
        return None
    last = (group.byline or group.lines[-1]).line
    # (the first run start after the group's last line, by bisection: a page may hold thousands)
    at = bisect.bisect_right(starts, last)
    return None if at < len(starts) and starts[at] < drafts[before].position else before


def attach_headlines(drafts: list[Draft], runs: list[HeadlineGroup],
                     scorer: Scorer) -> tuple[list[Attachment], list[HeadlineGroup]]:
    """Match headline groups to articles one-to-one; groups that fit nowhere are returned as
    fragments."""
    if not drafts:
        return [], list(runs)
    # the group after each group in its run: a line split off a run that no story takes is the
    # kicker of the headline printed under it (守护“她”健康 over its title and subtitle)
    groups: list[HeadlineGroup] = []
    under: dict[int, int] = {}
    for run in runs:
        parts = split_run(run, scorer)
        under.update((len(groups) + i, len(groups) + i + 1) for i in range(len(parts) - 1))
        groups.extend(parts)
    # (a run of another story's headlines between a group and the text under them parts them: the
    # group was printed after its own story's text, 防暑别松懈 / □ 本报记者 祁梦溪 / 专家简介 / …; and so
    # does a column's label in its own run: 聚力“招大引强”… / …签约28个重大产业项目 / 时政简讯 / ■…)
    starts = sorted({run.lines[0].line for run in runs}
                    | {g.lines[0].line for g in groups if all(is_column_label(u.text) for u in g.lines)})
    scored = [(scorer.scores(group.text, group.lines[0].line), _over_text(scorer, group, starts, drafts))
              for group in groups]
    lead = _headlines_lead(scored)
    # an editor's note alone, on the page's pieces, names their titles: it takes none printed away from it
    notes = {d for d, draft in enumerate(drafts) if draft.editor_note}
    pairs = []
    for g, (group, (scores, before)) in enumerate(zip(groups, scored, strict=True)):
        if notes:
            scores = {d: (0.0 if d in notes and d != before else s) for d, s in scores.items()}
        if all(is_column_label(u.text) or is_box_label(u.text) for u in group.lines):
            # a column's label alone (读者来信), or a box's (专家简介, 健康提醒), names no story: it heads
            # the one under it, if no headline of that story's own takes it first
            # (体坛快讯 over its ■ briefs, against a kicker given after them whose one word, 健身, the
            # briefs say too)
            scores = {d: (LABEL_CLAIM if d == before else 0.0) for d in scores}
        ranked = sorted(scores.values(), reverse=True)
        best = ranked[0]
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        # a headline right over a byline line is the title–byline–body a story is printed as
        # ... and so is one right over its text on a page whose headlines all lead their stories
        share = OVER_BYLINE_BONUS if before is not None and (lead or drafts[before].units[0].kind == BYLINE) \
            else POSITION_BONUS
        for d, s in sorted(scores.items()):
            bonus = share * max(best, 0.5) if d == before else 0.0
            if s + bonus >= MIN_SCORE:
                pairs.append((s + bonus, s, runner_up, g, d))
    pairs.sort(key=lambda p: (-p[0], p[3], p[4]))
    used_groups, used_drafts, attached = set(), set(), []
    for _total, content, runner_up, g, d in pairs:
        if g in used_groups or d in used_drafts:
            continue
        used_groups.add(g)
        used_drafts.add(d)
        if content >= 2 * runner_up and content >= 0.5:
            confidence = "high"
        elif content > runner_up:
            confidence = "medium"
        else:
            confidence = "low"
        attached.append(Attachment(d, groups[g], headline_roles([u.text for u in groups[g].lines]), confidence))
    by_group = {id(a.group): i for i, a in enumerate(attached)}
    for g, group in enumerate(groups):
        below = under.get(g)
        if g in used_groups or below is None or id(groups[below]) not in by_group \
                or any(mark in u.text for u in group.lines for mark in "，。；！？"):  # a kicker is no clause
            continue
        i = by_group[id(groups[below])]
        lines = group.lines + attached[i].group.lines
        if sum(not u.text.startswith("——") for u in lines) <= 3:
            merged = HeadlineGroup(lines, attached[i].group.byline)
            attached[i] = Attachment(attached[i].draft, merged, headline_roles([u.text for u in lines]),
                                     attached[i].confidence)
            used_groups.add(g)
    unused = [group for g, group in enumerate(groups) if g not in used_groups]
    return sorted(attached, key=lambda a: a.draft), unused


def return_signatures(drafts: list[Draft], attached: list[Attachment]) -> list[Draft]:
    """A byline line over a story whose headline comes after its text with a byline of its own
    (□ 一苇 / text… / 一家之言 / title / □ 鲁一鸣) is the signature at the end of the story above
    it, when that one has none: a column signed at its foot, the next column's text right under."""
    apart = {a.draft: a.group for a in attached}
    headline_lines = sorted(u.line for a in attached for u in a.group.lines)
    out = list(drafts)
    for k in range(1, len(drafts)):
        above, story, group = out[k - 1], drafts[k], apart.get(k)
        if not story.units or story.units[0].kind != BYLINE or group is None or group.byline is None \
                or group.lines[0].line < story.position:
            continue
        if above.byline or above.closed or (k - 1 in apart and apart[k - 1].byline is not None) \
                or any(u.kind == BYLINE for u in above.units):
            continue
        signature = story.units[0]
        last = above.units[-1].line
        if any(last < line < signature.line for line in headline_lines):
            continue
        out[k - 1] = replace(above, units=[*above.units, signature], byline=signature.text)
        out[k] = replace(story, units=story.units[1:], byline="")
    return out


def bylines_with_their_heads(drafts: list[Draft], attached: list[Attachment]) -> list[Draft]:
    """A byline printed right under a headline run opens the story under it, as a page set head
    first prints it; where that run's headline went to the story above (a page that prints each
    piece's title and author after its text: …作品 / 修 表 / □ 林晓禾 / next piece's text), the
    byline goes with it, to the story above, when that one has none."""
    owner = {u.line: a.draft for a in attached for u in a.group.lines}
    out = list(drafts)
    for k in range(1, len(drafts)):
        story, above = out[k], out[k - 1]
        if not story.under_headlines or not story.units or story.units[0].kind != BYLINE:
            continue
        head = story.units[0].line - 1  # the headline line right over the byline
        # (nor one whose dateline names its reporters: 本报讯（记者 …）)
        if owner.get(head) != k - 1 or above.byline or above.closed \
                or any(u.kind == BYLINE or u.dateline for u in above.units):
            continue
        # (the byline's unit goes along, kept out of the text as a byline is, and in the report)
        out[k - 1] = replace(above, units=[*above.units, story.units[0]], byline=story.units[0].text)
        out[k] = replace(story, units=story.units[1:], byline="", under_headlines=False)
    return out


def attach_captions(drafts: list[Draft], captions: list[Unit], scorer: Scorer) -> dict[int, list[str]]:
    """Each caption goes to the article it describes best (ties: the nearest)."""
    if not drafts:
        return {}
    out: dict[int, list[str]] = {}
    for caption in captions:
        scores = scorer.scores(caption.text, caption.line)
        # printed right under a story's text, a caption is that story's photo's unless another
        # story's words point to it clearly
        under = scorer.directly_after(caption.line)
        inside = scorer.within(caption.line)
        if inside in scores:  # given between two paragraphs of one story: its photo's
            scores = {d: float(d == inside) for d in scores}
        elif under in scores and PHOTO_CREDIT_RE.match(caption.text):
            scores = {d: float(d == under) for d in scores}  # a credit alone says nothing but where it is
        elif under in scores:
            scores[under] += POSITION_BONUS * max(max(scores.values()), 0.5)
        best = max(scores, key=lambda d: (scores[d], -abs(drafts[d].position - caption.line), -d))
        out.setdefault(best, []).append(caption.text)
    return out
