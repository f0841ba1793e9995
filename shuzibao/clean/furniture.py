"""Page furniture and navigation: running heads, folios, desk lines, the masthead's data, the
paper's own lines (QR codes, hotlines, copyright), the front page's teasers and jump lines. They
belong to no article, whatever the extractor set around them."""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import BULLETS, JUMP_ON_RE, PAGE, is_byline, is_dateline
from .script import compile_either, either_forms

# An e-edition's web page copied as text: its share buttons, font-size switch and paging links
# (`分享到：`, `【字号 大 中 小】`, `上一篇 下一篇`). No text of the page: a gap, as a blank line is.
_WEB_NAV = (r"分享到\s*[:：]?(?:\s*(?:微信|微博|QQ|朋友圈|空间))*|【?\s*字号\s*[:：]?\s*大\s*中\s*小\s*】?"
            r"|上一篇\s*下一篇|(?:上一篇|下一篇)\s*[:：].{0,40}")
WEB_NAV_RE = compile_either("^(?:" + _WEB_NAV + ")$")

# Page furniture an extractor keeps: running heads, folios, desk credits, masthead data.
FURNITURE_RE = compile_either(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?(?=\s|$)|星期[一二三四五六日天](?=\s|$)"
    r"|第?\s*[A-Z]?\d{1,3}\s*版|(?:本版|责任|责|美术|版式|图片)?(?:编辑|责编|美编|校对|组版|审读)\s*[:：]"
    # a desk line with the name after a space: `本版编辑 王五`, `责编 李娜 美编 赵六`
    r"|(?:(?:本版(?:责任|美术|版式|图片)?|责任|美术|版式|图片)(?:编辑|责编)|责编|美编|校对|组版|审读)"
    r"\s+[\u4e00-\u9fff·]{2,5}(?:\s|$)"
    r"|(?:国内统一(?:连续出版物号|刊号)|国际标准连续出版物号|邮发代号|(?:本报|晚报|日报)?(?:广告|新闻|发行|订阅)热线"
    r"|社\s*长\s*[:：]|总\s*编\s*辑\s*[:：]|ISSN|(?:https?://|www\.)[\w./-]+(?=\s|$))|[A-Z]{2}\d{2}-\d{4}"
    # the paper's own apps and accounts: `扫码关注 梧溪日报微信公众号`, `下载XX新闻客户端`
    r"|(?:扫码|扫描二维码|扫一扫|长按识别)(?:二维码)?(?:关注|下载|阅读|观看|收听|收看|了解更多)(?:\s*\S+){0,2}$"
    # ... or to watch what the page shows in stills: `扫码看进球集锦`, `扫码看视频`
    r"|(?:扫码|扫描二维码|扫一扫)\s*(?:看|观看|收看)[\u4e00-\u9fff]{1,16}$"
    # an advertisement's or a service's phone line: `服务热线：8826 3155`, with the desk's other
    # numbers after it (`民生热线：0576-88861234 短信平台：10659-8866`); the paper's address for
    # contributions and tips (`投稿邮箱：…@126.com新闻热线：0739-5201234`), the hours it answers
    # (`热线电话：0799-82651300（工作日9:00—17:30）`)
    r"|(?:[\u4e00-\u9fff]{0,12}热线(?:电话)?\s*[:：]\s*[\d\s-]{5,16}|(?:本版)?(?:投稿|来稿|报料|爆料|本版)(?:邮箱|信箱|热线|电话|微信)\s*[:：]\s*"
    r"[\w.@-]{5,40})(?:[（(][^（）()]{2,20}[）)])?(?:\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*[\w.@-]{5,40})*$"
    r"|(?:下载|关注)\S*(?:微信公众号|客户端|视频号|抖音号|官方微博)$"
    # a series' rubric over its instalment's headline: `县委书记访谈录⑥`, `乡村振兴系列报道之三`
    r"|[\u4e00-\u9fff“”·]{2,14}(?:[①-⑳]|(?:报道|访谈|访谈录|调查|述评|评论)之[一二三四五六七八九十]{1,3})$"
    # an e-edition's web page copied as text: its navigation and its title (`梧川晚报数字报`)
    r"|(?:" + _WEB_NAV + r")$|[\u4e00-\u9fff]{2,8}(?:数字报|电子报|电子版)$"
    # the front page's weather box in a line: `汀陵天气 今天：多云转小雨 11℃～17℃ …`
    r"|[\u4e00-\u9fff]{0,6}天气(?:预报)?\s*(?:今天|今日|明天|白天|夜间)\s*[:：]"
    # a special issue's banner over its pages: `全市生态环境保护大会特刊`, `乡村振兴专版`
    r"|[\u4e00-\u9fff“”·]{2,16}(?:特刊|专刊|专版|特辑|增刊)$"
    # a page's co-sponsor: `宜溪县融媒体中心协办`, `本版由市文明办协办`, `（本版由县工商联协办）`
    r"|[（(]?(?:(?:本版由)?[\u4e00-\u9fff]{2,20}(?:协办|联办)|本版由[\u4e00-\u9fff]{2,20}(?:主办|承办|提供))[）)]?$"
    # the masthead's line of whose organ the paper is: `中共桐川市委机关报`
    r"|中共[\u4e00-\u9fff]{2,12}委(?:员会)?机关报$"
    # where PyMuPDF met a picture, its placeholder: `<image: DeviceRGB, width: 1280, height: 853, bpc: 8>`
    r"|<image:[^<>]{0,120}>$"
    # the paper's own address block: `本报地址：… 邮编：… 电话：…`
    r"|(?:(?:本报|报社)地址|社址)\s*[:：]\S+\s+(?:邮编|邮政编码|电话)\s*[:：])"
)


# The paper's copyright notice at a page's foot: `版权声明：本报刊登的所有作品，未经…书面授权，不得转载。`
# (and what the desk asks of the letters it is sent: `来信请注明真实姓名、住址和联系电话，…`)
COPYRIGHT_RE = compile_either(r"^(?:版权声明\s*[:：]|版权所有[\s，,]|(?:来信|来稿|投稿)请(?:注明|附上)"
                              r"|本报(?:所刊|刊登)[\u4e00-\u9fff]{0,6}作品[\s\S]{0,30}未经[\s\S]{0,20}授权)")


# A running head carries the paper's name, the date with its weekday and the page anywhere on the
# line (`河阳日报 2020年8月18日 星期五 第02版 经济`), or the masthead name stands alone.
# (Taiwan's papers count the years of the Republic: 中華民國114年4月8日)
_DATE_WEEKDAY = r"(?:\d{4}|中华民国\d{2,3})年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]"
RUNNING_HEAD_RE = compile_either(_DATE_WEEKDAY + r"|第\s*[A-Z]?\d{1,3}\s*版"
                                 r"|(?:^|\s)(?:版式|美编|责编|编辑|校对|组版)\s*[:：]")
# A page's section name printed alone (a page label, a tab at the page's edge): the names
# Chinese dailies give their pages.
SECTION_LABEL_RE = compile_either(r"^(?:要闻|综合|时评|评论|专刊|周刊|副刊|专版|特刊|广告|社会|经济|财经|时政|国内|国际"
                                  r"|文化|体育|教育|科技|民生|法治|理论|视点|专题|县区|城区|农村|乡村振兴|文体|健康|生活"
                                  r"|县域|县域经济|区县|三农|城乡|都市|法制|旅游|生态|读书|人物)(?:新闻)?$")  # 文体新闻
MASTHEAD_RE = compile_either(r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|商报|都市报)$")
RUNNING_HEAD_MAX = 40  # characters: a running head is one short line
# The parts a running head is made of, set apart by spaces: `河阳日报 2020年8月20日 星期日 第08版 经济`.
_HEAD_PART_RE = compile_either(r"(?:\d{4}|中华民国\d{2,3})年\d{1,2}月\d{1,2}日"
                               r"|\d{4}\.\d{1,2}\.\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"  # 2026.5.12
                               r"|星期[一二三四五六日天]|第?[A-Z]?\d{1,3}版"  # 第A04版
                               r"|[A-Z]\d{1,2}版?|农历[\u4e00-\u9fff]{2,10}|今日\d{1,3}版|总?第\d{3,6}[期号]"
                               r"|[—－-]\s*\d{1,3}\s*[—－-]"  # a folio: — 6 —
                               # the lunar date a masthead prints: 辛丑年四月初一, 庚子年闰四月廿二
                               r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年闰?[正一二三四五六七八九十冬腊]{1,2}月"
                               r"[初十廿二三][一二三四五六七八九十]")

# (two sections one page shares: 科技·财经, 健康·体育)
_ONE_SECTION = "(?:" + SECTION_LABEL_RE.pattern.strip("^$") + ")"
_SECTION = _ONE_SECTION + "(?:·" + _ONE_SECTION + ")?"
# a page's number beside its section's name, spaced or not once despaced: `2 综合新闻`, `要闻 2`
# (not a section before the date: 农村 2026年…)
_NUMBERED_SECTION = r"\d{1,2}\s*" + _SECTION + "(?:新闻)?|" + _SECTION + r"(?:新闻)?\s*\d{1,2}(?![\d年./])"
_HEAD_PART = "(?:" + "|".join([_NUMBERED_SECTION, _HEAD_PART_RE.pattern, MASTHEAD_RE.pattern.strip("^$"),
                               _SECTION]) + ")"
# (parts may touch once the spaces beside figures are gone: `7健康2024年9月10日 星期二`)
_RUNNING_HEAD_LINE_RE = compile_either(_HEAD_PART + r"(?:\s*" + _HEAD_PART + ")*")
_DATED_RE = compile_either(_DATE_WEEKDAY)
_HEAD_PARTS_RE = compile_either(_HEAD_PART + r"|\d{1,3}")
_SECTION_WORD_RE = re.compile("[\u4e00-\u9fff]{2,4}")


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def is_furniture(text: str) -> bool:
    """Running heads and desk lines that belong to no article (`2020年8月11日 星期二`,
    `第01版`, `责编：张三`, `河阳日报`), unless they run on into a sentence."""
    text = text.strip()
    if COPYRIGHT_RE.match(text):  # a sentence, but the paper's, on every page
        return True
    if text.endswith(("。", "！", "？")) or is_jump_on(text):
        return False
    # (asked of every raw line: a pattern is run only where the line holds what it must match, a
    # masthead's 报 or a supplement's 期 at the end, a running head's 星期, 版 or colon)
    return bool(FURNITURE_RE.match(text) or (text.endswith(("报", "報")) and MASTHEAD_RE.match(text))
                or TEASER_LABEL_RE.match(text) or (text.endswith("期") and SUPPLEMENT_HEAD_RE.match(text))
                or (len(text) <= RUNNING_HEAD_MAX and _may_be_running_head(text) and RUNNING_HEAD_RE.search(text))) \
        or is_running_head(text) or is_teaser(text)


def _may_be_running_head(text: str) -> bool:
    """RUNNING_HEAD_RE can match: the line has the weekday, the page or a desk line's colon."""
    return "星期" in text or "版" in text or "：" in text or ":" in text


# A page's section named on a line of its own beside the running head: `公告·服务`, `文化·人物`
# (two names joined by a dot: a lone short line there may be the first headline's kicker, 春耕)
_SECTION_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[·•]\s*[\u4e00-\u9fff]{2,4}$")
HEAD_REACH = 3  # the first lines of a page a running head is looked for in
_FOLIO_RE = re.compile(r"^\d{1,3}$")


def join_section_names(raws: list[str]) -> list[str]:
    """The page's section name set on its own line right over or under the running head at the
    top of the page (公告·服务 / 2025年2月18日 星期二 汀阳日报) is part of the head: joined to it,
    so that no headline run starts with it. The line numbers stay as they were."""
    filled = [k for k, raw in enumerate(raws) if raw.strip()][:HEAD_REACH]
    out = list(raws)
    if len(filled) == 3 and filled[2] == filled[0] + 2:
        # ... and so is a name between the page's number and the dated line (3 / 农业农村 / 2026年7月7日…)
        folio, name, head = (out[k].strip() for k in filled)
        joined = f"{folio} {name} {head}"
        if _FOLIO_RE.match(folio) and _SECTION_WORD_RE.fullmatch(name) and is_running_head(head) \
                and is_running_head(joined):
            out[filled[0]], out[filled[1]], out[filled[2]] = joined, "", ""
            return out
    # (a blank line may part them: pieces of furniture are given apart, 校园·少年 / / 2026年8月11日…)
    for a, b in zip(filled, filled[1:], strict=False):
        for name, head in ((a, b), (b, a)):
            text = out[name].strip()
            # (the dated head may carry the desk's hotline: 2026年8月11日 星期二 新闻热线：…)
            dated = is_running_head(out[head].strip()) or bool(_DATED_RE.search(out[head])) and is_furniture(out[head])
            if _SECTION_NAME_RE.match(text) and dated and is_furniture(text + " " + out[head].strip()):
                out[head] = (text + " " + out[head].strip()) if name < head else (out[head].strip() + " " + text)
                out[name] = ""
                return out
    return out


def is_running_head(text: str) -> bool:
    """A line made of nothing but running-head parts: the paper's name, the date, the weekday,
    the page number, the page's section (`河阳日报 2020年8月20日`, `星期四`, `社会`). Such a line
    is never part of a paragraph or a headline, however the extractor spaced it."""
    # Asked of every line of a page: one pattern over the whole line, not one per part; and not
    # over running text at all (no part holds a comma or a full stop, so a line with one is none).
    if len(text) > RUNNING_HEAD_MAX or "，" in text or "。" in text:
        return False
    text = text.strip()
    if _RUNNING_HEAD_LINE_RE.fullmatch(text):
        return True
    # ... and a dated one with its section's name the list does not know (06 民生热线 2025年8月12日
    # 星期二 桐川日报): the date and weekday say it, the one word left is the section's
    if "星期" not in text or not _DATED_RE.search(text):
        return False
    rest = _HEAD_PARTS_RE.sub(" ", text).split()
    return len(rest) <= 1 and all(_SECTION_WORD_RE.fullmatch(word) for word in rest)


_NOT_SECTION_RE = compile_either(_HEAD_PART_RE.pattern + "|" + MASTHEAD_RE.pattern.strip("^$") + r"|\d{1,3}|·")


def running_head_sections(text: str) -> set[str]:
    """The page's section names a running head gives (`6民生热线 2026年7月21日 星期二 沅州日报` ->
    民生热线): what is left of it without the date, weekday, page and paper's name."""
    if not is_running_head(text):
        return set()
    return {word for word in _NOT_SECTION_RE.sub(" ", text).split() if _SECTION_WORD_RE.fullmatch(word)}


def is_jump_on(text: str) -> bool:
    """The line is only a jump to the page the article goes on on: `（下转第三版）`."""
    return bool(JUMP_ON_RE.match(text.strip()))


def split_jump_on(text: str) -> tuple[str, str]:
    """A line's text and the jump line printed at its end (`……圆满完成。（下转第三版）`), or ''.
    A teaser keeps its pointer: it is one line of the page's index."""
    m = JUMP_ON_RE.search(text)
    if not m or not text[: m.start()].strip() or is_teaser(text):
        return text, ""
    return text[: m.start()].rstrip(), m.group(0)


# A teaser of the front page's index (导读): a headline and where the story is printed,
# `● 全市夏粮收获进度过半（详见第2版）`. It is the page's navigation, not an article.
_TEASER_RE = compile_either(r"^[" + BULLETS + r"·•]?\s*[^。！？（）()]{4,40}?\s*[（(]\s*(?:详见|见)"
                            r"[^（）()]{1,12}[）)]$")
TEASER_LABEL_RE = compile_either(r"^(?:今日|本期|本版|要闻)?导读$")
_LABEL_FIRST = "今本要" + either_forms("导")
# A supplement's masthead: its name and issue number, set apart or long-running (`文苑 第1286期`,
# `星期天总第512期`; not a headline's `讲堂第3期`).
SUPPLEMENT_HEAD_RE = re.compile(r"^[\u4e00-\u9fff·]{2,8}(?:\s+总?第\s*\d{1,6}|\s*总?第\s*\d{3,6})\s*期$")


# ... or with its pointer after dots, unbracketed: `我省出台二十条措施支持民营经济发展……详见第3版`
_DOTTED_TEASER_RE = compile_either(r"^[" + BULLETS + r"·•]?\s*[^。！？（）()]{4,40}?(?:…{1,2}|\.{3,6}|\s+)"
                                   r"\s*(?:详见|见)" + PAGE + r"$")


# A teaser's pointer to its page, closing the blurb under its headline: `…注入“强心剂”。（详见第2版）`
# (a story going on elsewhere says 下转 or 转; a teaser says 详见 or 见).
_TEASER_POINTER_RE = compile_either(r"[（(]\s*(?:详见|见)\s*" + PAGE + r"[）)]$")
TEASER_LINES = 6  # a teaser's headline and blurb, its pointer's line included


def _points_on(texts: list[str], k: int) -> int:
    """How many lines, from k, end on a teaser's pointer: 1, or 2 where a line's end cut it
    (`…流感疫苗。（详见第7` / `版）`); 0 where line k ends no teaser."""
    if _TEASER_POINTER_RE.search(texts[k]):
        return 1
    if k + 1 < len(texts) and len(texts[k + 1]) <= 4 and _TEASER_POINTER_RE.search(texts[k] + texts[k + 1]):
        return 2
    return 0


def teaser_index(texts: list[str]) -> set[int]:
    """The lines of a front page's index box: its label (导读) and under it the teasers, each a
    headline and a short blurb ending on where the story is printed (…（详见第2版）), with no
    dateline or byline. The box points to other pages; none of it is an article of this one."""
    out: set[int] = set()
    for k in range(len(texts)):
        # (the label may be set vertically, a character a line: 导 / 读; asked of every line, so
        # only of one that starts as a label can: 导读, 今日导读, 本期导读, 要闻导读)
        if texts[k].lstrip()[:1] not in _LABEL_FIRST:
            continue
        label = next((n for n in range(1, 5) if (n == 1 or all(len(t.strip()) == 1 for t in texts[k:k + n]))
                      and TEASER_LABEL_RE.match("".join(t.strip() for t in texts[k:k + n]))), 0)
        if not label:
            continue
        taken, j = list(range(k + 1, k + label)), k + label
        while j < len(texts):
            ends = [(m, n) for m in range(j, min(j + TEASER_LINES, len(texts))) if (n := _points_on(texts, m))]
            if not ends:
                break
            m, n = ends[0]
            if any(is_dateline(texts[t]) or is_byline(texts[t]) for t in range(j, m + n)):
                break  # a story of this page, pointing on to the rest of it
            taken.extend(range(j, m + n))
            j = m + n
        if j > k + label:
            out.update([k, *taken])
    return out


# An e-edition's list of links under a story (相关新闻： / a title a line): the site's navigation.
RELATED_LABEL_RE = compile_either(r"^(?:相关(?:新闻|阅读|链接|报道)|推荐阅读|延伸阅读)\s*[:：]$")
RELATED_MAX = 8  # titles a list of related links holds


def related_links(texts: list[str]) -> set[int]:
    """The lines of a list of related links: its label with its colon and the titles under it, each
    a line with no sentence's end, up to the first line that is none."""
    out: set[int] = set()
    for k, text in enumerate(texts):
        if not RELATED_LABEL_RE.match(text.strip()):
            continue
        j = k + 1
        while j < len(texts) and j - k <= RELATED_MAX and texts[j].strip() \
                and texts[j].strip()[-1] not in "。！？" and len(texts[j].strip()) <= 40:
            j += 1
        if j > k + 1:
            out.update(range(k, j))
    return out


def is_teaser(text: str) -> bool:
    if "见" not in text:  # (asked of every line: a teaser points with 详见 / 见)
        return False
    text = text.strip()
    return (bool(_TEASER_RE.match(text)) and bool(JUMP_ON_RE.search(text))) or bool(_DOTTED_TEASER_RE.match(text))


def is_section_label(text: str) -> bool:
    return bool(SECTION_LABEL_RE.match(text.strip()))
