"""What the start or whole of a line says about its role: datelines, bylines, credits, captions."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..surnames import DOUBLE_SURNAMES, SURNAMES
from .script import compile_either, either_forms
from .text import ends_open, han_count

_NAME = r"[\u4e00-\u9fff·]{2,5}"
ROLES = ("本报记者", "晚报记者", "本刊记者", "实习记者", "见习记者", "特约记者", "首席记者", "摄影记者", "全媒体记者",
         "融媒体记者",
         "融媒记者", "记者", "实习生", "通讯员", "特约通讯员", "本报通讯员", "特约撰稿人", "摄影", "摄", "编辑",
         "校对", "撰稿", "整理", "文/图", "文", "图", "特派记者", "驻站记者",
         # wire and central papers' reporters, as their bylines print them
         *(agency + role for role in ("记者", "特约记者", "特派记者")
           for agency in ("新华社", "中新社", "人民日报", "光明日报", "经济日报", "工人日报", "央视", "总台")))
_ROLE = "(?:" + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True)) + ")"
# The label of a contact line's field (咨询电话：…, 联系人：…, 通信地址：…).
CONTACT_LABEL = "(?:热线|电话|手机|传真|微信|地址|邮箱|邮编|网址|联系人|咨询)"
# A photo credit's last word in either script (攝 on a traditional-character page), and the
# end of the credit of one who wrote the story and took its photos (文/摄).
PHOTO_MARKS = tuple(either_forms("摄"))
WROTE_AND_SHOT = tuple("文/" + mark for mark in PHOTO_MARKS)

# Jump lines: an article goes on on another page (`（下转第三版）`, `（转A2版）`, a teaser's
# `（详见第5版）`), or goes on here from one (`（上接第一版）`).
PAGE = r"(?:第\s*)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z]\s*[0-9]{1,2})\s*版[^（）()]{0,6}"
JUMP_ON_RE = compile_either(r"[（(]\s*(?:下转|转至|转|续见|详见|见)\s*" + PAGE + r"[）)]$")
JUMP_FROM = r"[（(]\s*(?:上接|紧接|接|续)\s*" + PAGE + r"[）)]"
_JUMP_FROM_RE = compile_either(JUMP_FROM)

_DATE = r"\d{1,2} ?月 ?\d{1,2} ?日 ?"  # a dateline's date, its stray spaces not yet dropped
# Where an article's body begins: the agency or paper's dateline, or a jump from another page.
DATELINE_RE = compile_either(
    r"^" + JUMP_FROM + r"|^(?:【本报讯】|本报讯|晚报讯|本报[\u4e00-\u9fff]{1,8}讯"
    r"|本报[\u4e00-\u9fff]{0,6}" + _DATE + r"(?:电|讯)"
    # (a space may part the place from the date: 新华社北京 7月19日电)
    r"|据?(?:新华社|中新社|人民日报|经济日报|光明日报|央视|中央广播电视总台)[\u4e00-\u9fff]{0,8}"
    r"(?:\s?" + _DATE + r")?(?:电|讯|消息|报道)"
    r"|[\u4e00-\u9fff]{2,10}(?:日报|晚报|网)讯"
    # any agency, paper or site with place and date: 中新网北京8月10日电, 山西日报太原8月10日讯
    r"|据?[\u4e00-\u9fff]{2,12}(?:社|网|报|台)[\u4e00-\u9fff]{0,6}\s?" + _DATE + r"(?:电|讯)"
    # Taiwan's papers: the reporter and place in brackets (【記者林玟蓁／澄溪報導】), an agency's
    # reporter, place and day (（中央社記者邱冠霖澄溪縣7日電）)
    r"|【记者[\u4e00-\u9fff·]{2,5}\s*[／/]\s*[\u4e00-\u9fff]{2,8}报[导道]】"
    r"|[（(][\u4e00-\u9fff]{2,6}社记者[\u4e00-\u9fff·]{2,16}\d{1,2}日电[）)])"
)
# A name with the roles before it (`本报记者 王磊`, `文/王磊`, `文/本报记者 王磊`), and what the
# people of a credit did, said after their names (`… 文/图`, `… 摄影报道`).
CREDITED = r"(?:" + _ROLE + r"\s*/?\s*){0,2}" + _NAME
_DID = r"(?:\s+(?:文/图|文图|文/摄|摄影报道|报道|采写))?"
BULLETS = "□■◎●◆▲△○◇☆★"  # the boxes and marks a byline or a teaser is set behind
# A byline set on its own line: `□ 本报评论员`, `■ 本报记者 张三`.
# A one-character role (文, 图, 摄) is set apart from the name (`文/王磊`, `文 王磊`): glued to it,
# it is the first character of a word (`文化名家访谈`).
_ROLE_APART = "(?:" + "|".join(sorted((re.escape(r) for r in ROLES if len(r) > 1), key=len, reverse=True)) \
    + "|" + "|".join(re.escape(r) + r"(?=\s|/)" for r in ROLES if len(r) == 1) + ")"
BYLINE_RE = compile_either(r"^(?:[" + BULLETS + r"]\s*(?P<a>.{2,30}|[\u4e00-\u9fff])|(?P<b>(?:本报)?(?:特约)?评论员|"
                           + r"(?:" + _ROLE_APART + r"\s*/?\s*){1,2}" + _NAME + r"(?:\s+" + CREDITED
                           + r")*" + _DID + r"))$")
# What BYLINE_RE can read at all, by the line's first character: a bullet, a role's first
# character or 评论员's (in either script). It is asked of every line; most start otherwise.
_BYLINE_FIRST = frozenset(BULLETS + "".join(either_forms(ch) for ch in {r[0] for r in ROLES} | {"本", "特", "评"}))
_NAMES_RE = re.compile(_NAME + r"(?:\s+" + _NAME + r")*")
# A subhead's number or bullet: `一、`, `（二）`, `■`.
# ... or a bracketed label opening a part of the story: `【现场】`, `【链接】`.
SUBHEAD_RE = re.compile(r"^(?:(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[■◆▲●◎☆★◇]\s*)\S"
                        r"|【[^【】\s]{1,10}】$)")
SUBHEAD_MAX = 30  # characters
MAX_HEADLINE_HAN = 40  # per headline line; longer lines are running text
# A closing credit in brackets: `（李芳 白小琴）`, `（记者 张三 通讯员 李四）`, or a letter's
# signature with where the reader lives: `（晋中市榆次区 郝建民）`, `（桂岭镇刘家塝村村民 汪德顺）`.
_PLACE_SUFFIX = r"(?:省|市|区|县|州|镇|乡|村|街道|社区)"
_PLACE = r"[\u4e00-\u9fff]{1,10}" + _PLACE_SUFFIX
_PLACE_TOKEN_RE = re.compile("^" + _PLACE + "$")
# ... or an institution's contribution: `（澜州市中级人民法院供稿）`; or where an opinion's author
# works, under it: `（作者单位：东源师范大学政法学院）`, `（作者系岭西大学教授）`.
# (a place there may have lost a glyph with a space: 刘家 村村民)
_SIGNED_PLACE = r"[\u4e00-\u9fff]{1,10}(?: [\u4e00-\u9fff]{0,4})?" + _PLACE_SUFFIX
# an office credited before its people: `（县农业农村局 钟晓岚 彭瑶）`
ORG_SUFFIX = r"(?:局|委|办|厅|部|院|所|站|中心|协会|公司|集团|融媒)"  # what an office's name ends on
ORG_CREDITED = r"[\u4e00-\u9fff]{2,12}" + ORG_SUFFIX
CREDIT_RE = compile_either(r"^[（(]\s*(?P<c>(?:" + _SIGNED_PLACE + r"(?:村民|居民|市民)?\s+|" + ORG_CREDITED + r"\s+)?"
                           + CREDITED
                           + r"(?:(?:\s+|\s*、\s*)" + CREDITED + r")*" + _DID + r"|[\u4e00-\u9fff]{2,20}(?:供稿|供图)"
                           + r"|作者(?:单位\s*[：:]|系|为|是)[^（）()]{2,40}"
                           # a source: `（本报综合新华社电）`, `（据新华社北京电）`
                           + r"|(?:据|本报综合|综合)[\u4e00-\u9fff]{0,2}(?:新华社|中新社|人民日报|央视|新华网|人民网)"
                           + r"[\u4e00-\u9fff]{0,4}?(?:电|消息|报道)?"
                           # the office a health or weather notice comes from: `（岚溪市疾病预防控制中心）`
                           # (not a page's sponsor, `（本版由县工商业联合会协办）`)
                           + r"|[\u4e00-\u9fff]{2,12}(?:局|委|厅|院|所|站|中心|协会|办公室))\s*[）)]$")
# Photo captions: `图为……`, `上图：……`, or ending with a photographer's credit `记者 李雅萍 摄`.
# (a person pointed out where the photo shows them, 周启衡（右）在…, 李明（左二）向…, is a caption's start)
CAPTION_START_RE = compile_either(r"^(?:图为|图：|图:|[上下左右中]图[：:为]|图片[：:]"
                                  r"|[\u4e00-\u9fff·]{2,5}[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?[）)]"
                                  r"|图片由\S{2,20}提供$|[（(]?新华社发[）)]?$)")
# A photo's credit printed alone under it: `本报记者 孙强 摄`, `新华社发 张三 摄`, `新华社记者 李四 摄`.
# (Taiwan's papers bracket it: `〔記者張育誠攝〕`)
PHOTO_CREDIT_RE = compile_either(r"^〔?(?:新华社发|[\u4e00-\u9fff]{2,6}社记者|本报记者|" + _ROLE + r")?\s*" + _NAME
                                 + r"(?:\s+" + _NAME + r")*\s*摄〕?$")
# (after a role, one character may be a name that lost a glyph: `本报记者 刘 摄`)
CAPTION_END_RE = compile_either(r"(?:" + _ROLE + r"\s*[\u4e00-\u9fff·]{1,5}|\s*" + _NAME + r")(?:\s+" + _NAME
                                + r")*\s*摄[）)〕]?$")
# The reporters' bracket right after a dateline: `本报讯（记者 李雅萍）`.
DATELINE_CREDIT_RE = re.compile(r"^(?P<lead>\S*?)[（(](?P<c>[^（）()]{2,60})[）)]")
ROLE_RE = compile_either(_ROLE)
ROLE_AT_END_RE = compile_either(_ROLE + "$")
NAME_TOKEN_RE = re.compile(r"^" + _NAME + r"$")


# An editor's note set before an article's dateline, part of that article.
EDITOR_NOTE_RE = compile_either(r"^[【\[]?\s*(?:编者按|编者的话|编前话?|开栏的话)\s*[】\]]?\s*[:：]?")


# A letter's salutation, a paragraph of its own: `编辑同志：`, `尊敬的市长：`.
_SALUTATION_RE = re.compile(r"^(?:编辑同志|编辑部|各位读者|读者朋友们|(?:尊敬|亲爱)的[\u4e00-\u9fff]{1,10}"
                            r"|[\u4e00-\u9fff]{1,6}(?:同志|先生|女士|老师|同志们|朋友们))[:：]$")


NAME_ROW_MIN = 4  # names a row of a list holds at least (a slogan's clauses are fewer, or no names)
_NAME_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def is_name_row(text: str) -> bool:
    """A row of a list of persons, their names apart by single spaces (欧晓峰 宁一苇 戴国栋 牛思琪):
    text, not a headline, and its spaces stay. Each name starts with a surname; a four-character
    one with a double surname."""
    tokens = text.split(" ")
    return len(tokens) >= NAME_ROW_MIN and all(
        _NAME_TOKEN_RE.fullmatch(t) and (t[:2] in DOUBLE_SURNAMES if len(t) == 4 else t[0] in SURNAMES)
        for t in tokens)


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION_RE.match(text.strip()))


# Who signs a letter, and their name: `湖滨街道梧桐巷居民 郑晓岚`, `一名退休教师 王建国`, or where
# they live, `溪口镇白漈村 俞海生`, `城南街道青禾社区 范春华` (a role a byline reads, `读者 陶然`,
# is a byline: is_byline).
_SIGNER = (r"(?:居民|村民|市民|读者|教师|老师|职工|员工|学生|家长|网友|群众|党员|干部|志愿者|农民|工人|医生|护士"
           r"|业主|患者|游客|老人)")
LETTER_SIGNATURE_RE = re.compile(r"^(?P<who>[\u4e00-\u9fff]{0,14}" + _SIGNER
                                 + r"|[\u4e00-\u9fff]{2,14}(?:村|社区|小区|街道|镇|乡))"
                                 r"\s+(?P<name>[\u4e00-\u9fff·]{2,4})$")


def is_letter_signature(text: str) -> bool:
    return bool(LETTER_SIGNATURE_RE.match(text.strip())) and not is_byline(text)


# The answer printed under a reader's letter: 【部门回复】, 回音：, 答复：
_REPLY_RE = compile_either(r"^(?:【[^】]{0,8}(?:回复|答复|回音)】|(?:部门|单位)?(?:回复|答复|回音)[：:])")


def opens_reply(text: str) -> bool:
    return bool(_REPLY_RE.match(text.strip()))


# What a chart leaves in the text: its title with its unit in brackets (`全球货物贸易量增速（%）`), a
# row of its values (`2024年 2.9 2025年 2.8 2026年 3.5`), its note and source (`注：…预测值 新华社发`)
_CHART_TITLE_RE = re.compile(r"^[^，。；！？]{2,24}[（(](?:单位[:：]\s*)?(?:[%％‰]|[十百千万亿]*"
                             r"(?:元|美元|吨|人|户|辆|台|个|亩|公里|千瓦时|人次|公斤|平方米|立方米))[）)]$")
_CHART_NOTE_RE = re.compile(r"^注[：:][^。！？]{2,40}(?:新华社发|制图|供图|绘制)$")
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")
CHART_VALUES_MIN = 4


def is_chart_text(text: str) -> bool:
    text = text.strip()
    if _CHART_TITLE_RE.match(text) or _CHART_NOTE_RE.match(text):
        return True
    figures = _FIGURE_RE.findall(text)
    # a row of values: figures, each behind a short label, and no words between
    return len(figures) >= CHART_VALUES_MIN and not any(mark in text for mark in "，。；：、！？") \
        and han_count(_FIGURE_RE.sub("", text)) <= 2 * len(figures) and " " in text


def letter_writer(paragraphs: list[str]) -> str:
    """The name signing a letter (paragraphs opened by a salutation, or not, closed by who wrote
    them: 城南街道青禾社区 范春华), or ''."""
    if len(paragraphs) < 2 + is_salutation(paragraphs[0]) or not is_letter_signature(paragraphs[-1]):
        return ""
    return LETTER_SIGNATURE_RE.match(paragraphs[-1].strip()).group("name")


def is_editor_note(text: str) -> bool:
    return bool(EDITOR_NOTE_RE.match(text.strip())) and len(text.strip()) > 6


# The heading of a box of short items or of a sidebar, a headline however short and never a
# byline: `简讯`, `图片新闻`, `记者手记`.
# (a reporter's box closing a story, `记者手记`, is one too, the story's own: see AFTERWORD_RE; an
# editor's note, `编辑手记`, `编后`, is a piece of its own on the page's others)
_REPORTER_NOTES = r"(?:记者|采访|摄影)(?:手记|札记|随笔|笔记)"
_EDITOR_NOTES = r"编辑(?:手记|札记|随笔|笔记)|编后(?:语|记)?"
_NOTES_LABEL = _REPORTER_NOTES + "|" + _EDITOR_NOTES
_EDITOR_NOTES_RE = compile_either("^(?:" + _EDITOR_NOTES + ")$")


def is_editor_notes_label(text: str) -> bool:
    """The label of an editor's note on the page's pieces (编辑手记, 编后): the note's own title."""
    return bool(_EDITOR_NOTES_RE.match(text.strip()))


COLUMN_LABEL_RE = compile_either(r"^(?:简讯|快讯|短讯|短波|图片新闻|新闻简讯|新闻速递|一句话新闻|要闻简报|本地简讯"
                                 r"|读者来信|来信选登"
                                 r"|(?:记者|编辑|采访)(?:观察|调查|追踪|探访|回访)|" + _NOTES_LABEL
                                 + r"|短评|快评|小评|微评"
                                 r"|[\u4e00-\u9fff]{2,4}(?:速递|快讯|简讯|短讯|播报|集锦)"  # 生活速递, 体育快讯
                                 # 家长课堂, 农技小课堂, 健康讲堂, 专家问答, 法律门诊, 普法小贴士
                                 r"|[\u4e00-\u9fff]{2}(?:小?课堂|讲堂|信箱|茶座|问答|门诊|小贴士)"
                                 r"|(?:长篇|中篇|短篇)?(?:小说|纪实|散文)?连载)$")  # 长篇小说连载


# A notice's one-word title, a headline however short: `更正`, `声明`.
NOTICE_TITLE_RE = compile_either(r"^(?:更正|声明|启事|公告|通告|通知|讣告|致歉|鸣谢|告示)$")
# A notice's closing formula, a paragraph of its own: `特此公告。`
_NOTICE_CLOSE_RE = compile_either(r"^特此(?:公告|通知|声明|通告|更正|函告|说明|告知)[。！]?$")


def is_notice_close(text: str) -> bool:
    return bool(_NOTICE_CLOSE_RE.match(text.strip()))


# (in figures, in the Republic's years on a Taiwan paper, or in words: 二〇二二年十二月六日)
_SIGNED_DATE_RE = compile_either(r"^(?:(?:\d{4}|(?:中华民国\s*)?\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}"
                                 r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3})\s*日$")


def is_signed_date(text: str) -> bool:
    """A date alone on its line, as a notice or letter is signed: `2022年12月6日`,
    `中華民國111年12月6日`, `二〇二二年十二月六日`."""
    return bool(_SIGNED_DATE_RE.match(text.strip()))


# Where and when an essay or poem was written, under its last line: `2025年10月7日于塘墈`,
# `2024年初秋于北京`, `（2023年5月 写于杭州）`.
_WRITTEN_AT_RE = compile_either(r"^[（(]?\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[初仲深晚]?[春夏秋冬])?"
                                r"(?:[^\d，。、；：！？]{0,3})?\s*(?:写|改)?于(?!是)\s*[\u4e00-\u9fff]{1,6}[）)]?$")


def is_written_at(text: str) -> bool:
    return bool(_WRITTEN_AT_RE.match(text.strip()))


# An organisation signing a notice or letter on the line above its date: `澜州日报社`, `海州市法律援助中心`.
_SIGNER_RE = re.compile(r"^[\u4e00-\u9fff（）]{2,20}(?:社|局|委员会|委|中心|政府|办公室|办|协会|公司|集团|医院|学校"
                        r"|小组|大学|学院|法院|检察院|银行|部|厅|站|所|馆|会)$")


# The last characters an organisation's name in _SIGNER_RE ends on: asked of every line, that
# pattern is run only on a line that ends on one.
_SIGNER_ENDS = tuple("社局会委心府室办司团院校组学行部厅站所馆")


def is_signer(text: str) -> bool:
    text = text.strip()
    return text.endswith(_SIGNER_ENDS) and bool(_SIGNER_RE.match(text))


# ... or a notice's title naming it (`青湄市文化馆秋季公益培训班招生启事`, `拆迁补偿公告`), not news of
# one (`县政府发布禁渔公告`).
# (a classified's statement names what it states: 遗失声明, 更正声明, 减资声明; not 严正声明, news)
_NAMED_NOTICE_RE = compile_either(r"^(?:[^，。！？：；、\s]{2,30}(?:启事|公告|通告|讣告|公示)"
                                  r"|[^，。！？：；、\s]{0,26}(?:遗失|更正|减资|注销|挂失)声明)$")
# (in either script: 启事 and 啟事, 讣告 and 訃告)
_NOTICE_KINDS = tuple("".join(forms) for kind in ("启事", "公告", "通告", "讣告", "公示", "声明")
                      for forms in itertools.product(*(either_forms(ch) for ch in kind)))


# An official document's title: 关于…的通知 (公告, 决定, 意见, 办法, 通报, 方案)
_DOCUMENT_TITLE_RE = re.compile(r"^关于\S{2,40}的(?:通知|公告|通告|决定|意见|办法|通报|方案|规定|批复|公示)$")


def is_document_title(text: str) -> bool:
    return bool(_DOCUMENT_TITLE_RE.match(text))


def is_notice_title(text: str) -> bool:
    text = text.strip().replace(" ", "")
    # (asked of every line: the one-word titles are two characters; a named notice ends with its kind)
    return (len(text) == 2 and bool(NOTICE_TITLE_RE.match(text))) \
        or (text.endswith(_NOTICE_KINDS) and bool(_NAMED_NOTICE_RE.match(text)) and "发布" not in text)


# A box that closes the story above it, by its reporter or editor: `记者手记`, `编后`.
# So is a box of advice closing it: `法官提醒`, `温馨提示`, `相关链接`.
PROFILE_LABEL = "人物(?:简介|档案|名片)"  # a profile box's label, over who an interview or story is about
AFTERWORD_RE = compile_either(r"^(?:" + _REPORTER_NOTES +
                              r"|(?:法官|检察官|律师|专家|医生|民警|交警|消防)(?:提醒|提示|说法)|温馨提示|小贴士"
                              r"|(?:老师|教师|编辑|专家)?点评"  # a pupil's essay's teacher's comment
                              r"|(?:相关|知识|背景)?链接|延伸阅读|相关阅读|网友热议|网友评论|网言网语|读者声音"
                              r"|" + PROFILE_LABEL + ")$")


def is_afterword(text: str) -> bool:
    return bool(AFTERWORD_RE.match(text.strip()))


_PROFILE_LABEL_RE = compile_either("^" + PROFILE_LABEL + "$")


def is_profile_label(text: str) -> bool:
    return bool(_PROFILE_LABEL_RE.match(text.replace(" ", "")))


# A box's label over its text, set apart from the story around it (人物简介, 名词解释, 专家提醒).
_BOX_LABEL_RE = compile_either(r"^(?:名词解释|背景资料|[\u4e00-\u9fff]{2}(?:简介|提醒|提示))$")  # 专家简介, 健康提醒


def is_box_label(text: str) -> bool:
    return bool(_BOX_LABEL_RE.match(text.strip())) or is_afterword(text) or is_column_label(text)


def is_column_label(text: str) -> bool:
    return bool(COLUMN_LABEL_RE.match(text.strip()))


def is_dateline(text: str) -> bool:
    return bool(DATELINE_RE.match(text))


def is_bare_lead(text: str) -> bool:
    """A line holding a dateline's lead and nothing after it (本报讯): set bold, a run the extractor
    gave a line of its own; the dateline's credit and text run on in the line under it."""
    text = text.strip()
    m = DATELINE_RE.match(text)
    return bool(m) and m.end() == len(text) and not text.startswith(("（", "("))


_CLAUSE_MARK_RE = re.compile("[，。；！？“”]")
_ROLE_AT_WORD_RE = compile_either(r"(?:^|\s)" + _ROLE)


# Bylines BYLINE_RE does not read: a reporter's whose name lost a glyph the font lacked (one
# character is no Chinese name: `文/图 本报记者 刘`); a reader's signing a letter (`读者 陶然`; 读者
# is no role before a name without a space: 读者刷身份证 is running text); one naming the writer's
# institution first (`澜湖区人民法院 钟奕`).
# The teacher who guided a pupil's piece, named after it or at its foot (指导老师 程晓雯): no author.
_ADVISOR = r"指导(?:老师|教师)\s*[：:]?\s*" + _NAME
ADVISOR_RE = compile_either("^" + _ADVISOR + "$")
# A pupil's school, grade and class (岚溪市实验小学五年级（3）班, 市实验中学初二（5）班)
_CLASS = (r"[\u4e00-\u9fff]{2,16}(?:小学|中学|学校|附小|附中)(?:[\u4e00-\u9fff]{1,3}年级|[初高][一二三])?"
          r"(?:[（(]\d{1,2}[）)]|\d{1,2})?班?")
_OTHER_BYLINE_RE = compile_either(
    r"^(?:(?:文/图\s*)?(?:本报|特约|首席|见习|实习)?记者\s+[\u4e00-\u9fff]"
    # a pupil's byline, the teacher who guided the piece maybe after it
    r"|" + _CLASS + r"\s+" + _NAME + r"(?:\s+" + _ADVISOR + r")?|" + _ADVISOR +
    r"|读者\s+" + _NAME +
    r"|[\u4e00-\u9fff]{2,16}(?:法院|检察院|医院|公安局|分局|派出所|研究院|研究所|大学|学院|学校|中心|协会|委员会)"
    r"\s+" + _NAME + r"(?:\s+" + _NAME + r")*"
    # a theory page's author line: `作者：韦思远（岭西大学马克思主义学院教授）`, its name's last
    # glyph maybe lost with no trace (`作者：俞（…教授）`)
    r"|作者[：:]\s*(?:" + _NAME + r"|[\u4e00-\u9fff](?=[（(]))(?:[（(][^（）()]{2,30}[）)])?)$")


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def is_byline(text: str) -> bool:
    # (each of those bylines but an author line, 作者：…, parts the name from what comes before
    # it by a space: running text with none is not read by that pattern at all)
    stripped = text.strip()
    if (stripped.startswith(("作者", "指导")) or _SPACE_RE.search(stripped)) and _OTHER_BYLINE_RE.match(stripped):
        return True
    m = BYLINE_RE.match(stripped) if stripped[:1] in _BYLINE_FIRST else None
    # (who took the photos only is a photo's credit; who wrote and took them, 文/摄, signs the story)
    end = text.rstrip()
    if not m or (end.endswith(PHOTO_MARKS) and not end.endswith(WROTE_AND_SHOT)) or is_column_label(text):
        return False
    # After a bullet, a byline names people or a role (`■ 本报记者 张三`, `□ 本报评论员`); a
    # phrase is a subhead (`■ 合作社带富一方`).
    # A bulleted item of news briefs is a sentence (`◆5月5日，市文旅局组织开展……`): no byline.
    after_bullet = m.group("a")
    if after_bullet is not None and is_brief_lead(stripped):
        return False  # ■记者从市地方金融管理局 / 获悉，…: a brief's first words
    # (one character after the box is a name whose other glyph was lost: `□ 聂`)
    return after_bullet is None or not _CLAUSE_MARK_RE.search(after_bullet) and bool(
        _ROLE_AT_WORD_RE.search(after_bullet) or "评论员" in after_bullet or _NAMES_RE.fullmatch(after_bullet.strip())
        or len(after_bullet) == 1)


def _closes_quote_from_before(text: str) -> bool:
    """The line closes more quotations than it opens: a quotation's end (●7月14日，“爱心送清凉” with
    its comma is a brief running on; ■充电桩为何“进不了门” quotes within itself)."""
    return text.count("“") + text.count("‘") < text.count("”") + text.count("’")


# A brief's first words behind its bullet, when it happened and a comma (●3月8日，泊阳市博物馆…):
# its line opens a paragraph, as a subhead does, but goes on into it however short.
# (or over a span, 今年1月至4月，…; or on whom the reporter heard it from, 记者从市金融管理局获悉)
_DATED_LEAD_RE = re.compile(f"^[{BULLETS}]\\s*(?:(?:\\d{{1,2}}月\\d{{1,2}}日|近日|日前|昨天|今天|近年来|今年以来"
                            "|(?:今年)?\\d{1,2}月(?:至|到|—|-)\\d{1,2}月|今年前\\d{1,2}个?月|截至)[^，。]{0,8}，"
                            "|记者(?:近日|日前)?从)")


def is_brief_lead(text: str) -> bool:
    return bool(_DATED_LEAD_RE.match(text.strip()))


def is_subhead(text: str) -> bool:
    """A subhead inside an article: short, numbered or bulleted, no sentence (`一、小杂粮走出大山`,
    `（二）坚持问题导向`, `■ 合作社带富一方`)."""
    text = text.strip()
    return bool(SUBHEAD_RE.match(text)) and not is_byline(text) and len(text) <= SUBHEAD_MAX \
        and text[-1] not in "。！？，、；：…" \
        and not (text.endswith(("”", "’")) and ("，" in text or _closes_quote_from_before(text))) \
        and not any(mark in text for mark in "。！？")  # ●保证户外活动时间。每天户外活: a tip's first line


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def is_credit(text: str) -> bool:
    """A closing credit (`（李芳 白小琴）`); a jump line (`（下转第二版）`) is bracketed Han
    characters too, but names no one."""
    text = text.strip()
    return bool(CREDIT_RE.match(text)) and not JUMP_ON_RE.match(text) and not _JUMP_FROM_RE.match(text) \
        and not CAPTION_START_RE.match(text)  # （新华社发）: a photo's, under the photo


AGENCY_SENT_RE = compile_either(r"[（(]?(?:新华社|中新社|[\u4e00-\u9fff]{2,6}社)发[）)]?$")  # an agency's photo
_SENT_BY_AGENCY_RE = compile_either(r"。\s*" + AGENCY_SENT_RE.pattern)


# A drawing's credit (`漫画/闻小舟`, `制图：岑墨`, `闻小舟 绘`, `郑小川 作`): a cartoon's or a chart's, a picture's
DRAWN_CREDIT_RE = compile_either(r"^(?:(?:漫画|插画|插图|绘图|制图|手绘)\s*[/／:：]?\s*" + _NAME
                                 + r"|" + _NAME + r"\s*[/／]?\s*(?:漫画|绘图|制图|绘)|" + _NAME + r"\s+作)$")


_TITLED_DRAWING_RE = compile_either(r"^[^\s。！？]{2,24}\s+" + DRAWN_CREDIT_RE.pattern.lstrip("^"))


# Where the credit patterns can match at all, seen at the line's ends (they are asked of every
# line, most of them running text): a photo's credit ends on 摄 (or 摄〕); a drawing's starts
# with what was done (漫画, 制图…) or ends with it (…绘, …制图).
_PHOTO_CREDIT_ENDS = (*PHOTO_MARKS, *(mark + "〕" for mark in PHOTO_MARKS))
_DRAWN_FIRST, _DRAWN_LAST = "漫插绘繪制製手", "画畫图圖绘繪作"


def is_caption_credited(text: str) -> bool:
    """A caption that ends on its photographer's credit (…挑选图书。 记者 周以宁 摄)."""
    text = text.strip()
    return text.rstrip("）)〕").endswith(("摄", "攝")) and bool(CAPTION_END_RE.search(text[-30:]))


def is_caption_start(text: str) -> bool:
    """A caption by its first words (图为……) or a photo's or drawing's credit alone (本报记者 孙强 摄)."""
    text = text.strip()
    return bool(CAPTION_START_RE.match(text)
                or (text.endswith(_PHOTO_CREDIT_ENDS) and PHOTO_CREDIT_RE.match(text))
                or ((text[:1] in _DRAWN_FIRST or text[-1:] in _DRAWN_LAST) and DRAWN_CREDIT_RE.match(text)))


_TITLED_PHOTO_RE = compile_either(r"^[^\s。！？]{2,24}\s+(?:" + _ROLE + r"\s*)?" + _NAME + r"(?:\s+" + _NAME
                                  + r")*\s*摄$")


# who a portrait shows, by post and name: `市第一人民医院心内科主任 邵翀`
_PORTRAIT_RE = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:主任|医师|教授|院长|局长|书记|主席|校长|所长|研究员|总经理|董事长)"
                          r"\s+[\u4e00-\u9fff]{1,4}$")  # (a name whose last glyph was lost: 邵)
# what the picture is, named under it: a book's cover (`《山河·故园》书影`), a still, a plan
_PICTURE_NOUN_RE = re.compile(r"^[^\s，。！？]{1,24}(?:书影|封面|剧照|海报|效果图|示意图|资料图片?)$")
_PICTURE_NOUNS = ("书影", "封面", "剧照", "海报", "效果图", "示意图", "资料图", "资料图片")
_SPACE_RE = re.compile(r"\s")


def is_portrait_line(text: str) -> bool:
    """Who a portrait shows, by post and name (市第一人民医院心内科主任 邵翀): a caption, or the
    author line of the piece that expert wrote (see blocks)."""
    return bool(_PORTRAIT_RE.match(text.strip()))


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def is_caption(text: str) -> bool:
    text = text.strip()
    if is_caption_start(text):
        return True
    if "。" not in text:  # a photo's own title over its credit: `晨雾中的渡船 卢一帆 摄`
        if text.endswith(_PICTURE_NOUNS) and _PICTURE_NOUN_RE.match(text):
            return True
        # a titled photo's or drawing's credit and a portrait's name are each set apart by a space
        return bool(_SPACE_RE.search(text)) and bool(
            (text.endswith(("摄", "攝")) and _TITLED_PHOTO_RE.match(text)) or _PORTRAIT_RE.match(text)
            or _TITLED_DRAWING_RE.match(text))
    if len(text) <= 8:
        return False
    # …赶制外贸订单。 新华社发: an agency's photo, credited as sent
    return is_caption_credited(text) or bool(_SENT_BY_AGENCY_RE.search(text))


# A credit naming a source, not people: `（据新华社）`, `（本报综合）`, `（来源：人民日报）`.
_SOURCE_RE = compile_either(r"^(?:据|来源|综合|转自|摘自)|综合$|^(?:新华社|中新社|人民日报|央视|新华网|人民网)"
                            r"|(?:日报|晚报|网|电视台)$")

# what a credit says they did (`记者 王磊 报道`), or who signs (`读者 陶然`)
_NOT_NAMES = {"报道", "采写", "摄影报道", "供稿", "供图", "读者", "未完待续", "待续"}  # (a serial's （未完待续）)
# Who a letter's writer is (市民, 业主) and how the paper calls them (李女士, 陈先生) name no one.
_NOT_NAME_RE = re.compile(_SIGNER + r"|[\u4e00-\u9fff]{1,2}(?:女士|先生|大爷|大妈|阿姨|师傅)")


def names_in_credit(credit: str) -> list[str]:
    """Personal names in a credit: `记者 冯凯治 实习记者 梁英杰` -> [冯凯治, 梁英杰]; roles and
    collective bylines (本报评论员) are not names."""
    names = []
    for token in re.split(r"[\s、，,]+", credit.strip("（）() ")):
        if token == "发自" or token.startswith("指导"):
            # `本报记者 周立恒 发自 杭州`: where the story was filed from, no name after; `… 指导老师
            # 程晓雯`: who guided a pupil's piece, no author
            break
        if _SOURCE_RE.match(token) or token in _NOT_NAMES or (len(token) >= 3 and _PLACE_TOKEN_RE.match(token)):
            continue  # where the story came from (据新华社, 本报综合), not who wrote it
        if not token or token in ROLES or "评论员" in token or token.startswith("本报"):
            if token.startswith("本报") and ROLE_RE.match(token[2:]):
                rest = ROLE_RE.sub("", token[2:], count=1)
                if NAME_TOKEN_RE.match(rest):
                    names.append(rest)
            continue
        token = token.rsplit("/", 1)[-1]  # 文/王磊, 图/李刚
        if not token or token in ROLES or token in _NOT_NAMES:
            continue
        role = ROLE_RE.match(token)
        if role and role.end() >= 2 and NAME_TOKEN_RE.match(token[role.end():]) and token[role.end():] not in ROLES:
            token = token[role.end():]
        # (a profession before the name is no name: `心理咨询师 温若兰`, `营养师 王芳`)
        if NAME_TOKEN_RE.match(token) and not ROLE_RE.fullmatch(token) and not _PROFESSION_RE.fullmatch(token) \
                and not _ORG_CREDITED_RE.fullmatch(token) and not _NOT_NAME_RE.fullmatch(token):
            names.append(token)
    return names


_PROFESSION_RE = re.compile(r"[\u4e00-\u9fff]{2,6}[师员]")
_ORG_CREDITED_RE = re.compile(ORG_CREDITED)  # an office is not a person (县农技中心 邬秋实)


# A two-character name set to a three-character width (`记者 李 刚`): one character, a space,
# one character, then the end of the name (a bracket, a comma, 摄, another name or the line's end).
# (not `刘 摄`: a one-character name that lost a glyph, and the photo credit's 摄)
_PADDED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) (?!摄)([\u4e00-\u9fff])(?=[ ）)、，,]|$)")
_WHOLE_NAME_RE = re.compile(_NAME + r"(?=[ ）)、，,]|$)")


_BULLETED_PADDED_RE = re.compile(f"^([{BULLETS}]\\s*)([\u4e00-\u9fff]) ([\u4e00-\u9fff])$")


# An author's name alone on its line, as a poem's is printed between its title and verse (周晚晴)
AUTHOR_ALONE_RE = re.compile("^[\u4e00-\u9fff·]{2,4}$")


# A form's label padded to its longest one's width: `联 系 人：`, `地　　址：` (as `招标代理机构：`)
_PADDED_LABEL_RE = re.compile("^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}[ \u3000]*[：:]")


def unpad_label(text: str) -> str:
    """Close the spaces inside a padded label at the line's start: `联 系 人：邓先生` -> `联系人：邓先生`."""
    label = _PADDED_LABEL_RE.match(text)
    return text if label is None else re.sub("[ \u3000]", "", label.group()) + text[label.end():]


def unpad_names(text: str) -> str:
    """Close the space papers put inside two-character names to line them up with three-character
    ones, where a role word stands before them: `（记者 李 刚）` -> `（记者 李刚）`,
    `记者 王 磊 张 三 摄` -> `记者 王磊 张三 摄`; or a column's bullet, alone: `□ 罗 岚` -> `□ 罗岚`."""
    bulleted = _BULLETED_PADDED_RE.match(text)
    if bulleted:
        return bulleted.group(1) + bulleted.group(2) + bulleted.group(3)
    out, pos = [], 0
    for role in ROLE_RE.finditer(text):
        # A letter-spaced line has its role words spread too (记 者 来 到): a one-character role
        # (文, 图, 摄) is no sign of a credit by itself.
        if role.start() < pos or len(role.group(0)) < 2:
            continue
        i = role.end()
        while i < len(text) and text[i] == " ":
            i += 1
        while True:  # the names after the role, each padded or whole, up to anything else
            m = _PADDED_NAME_RE.match(text, i)
            if m:
                out.append(text[pos: m.start()] + m.group(1) + m.group(2))
                pos = i = m.end()
            else:
                whole = _WHOLE_NAME_RE.match(text, i)
                if not whole or ROLE_RE.match(whole.group(0)):
                    break
                i = whole.end()
            if i < len(text) and text[i] in " 、，,":
                i += 1
            else:
                break
    out.append(text[pos:])
    return _unpad_credit_line("".join(out))


def _unpad_credit_line(text: str) -> str:
    """A closing credit of padded names alone on its line: `（张 华 李 明）` -> `（张华 李明）`.
    The single characters pair up in order; an odd one out, or a pairing that reads as a jump
    line, leaves the line as it is (a letter-spaced line, for later passes)."""
    m = re.fullmatch(r"([（(])\s*([\u4e00-\u9fff]{1,5}(?: [\u4e00-\u9fff]{1,5})+)\s*([）)])", text)
    if not m or all(len(t) > 1 for t in m.group(2).split()):
        return text
    names, single = [], ""
    for token in m.group(2).split():
        if len(token) == 1:
            names, single = (names + [single + token], "") if single else (names, token)
        elif single:
            return text
        else:
            names.append(token)
    paired = m.group(1) + " ".join(names) + m.group(3)
    if single or not CREDIT_RE.match(paired) or JUMP_ON_RE.match(paired.replace(" ", "")):
        return text
    return paired


EXCLAIMED_HAN = 20  # characters: a question or exclamation this short may be a headline


def is_exclamation(text: str) -> bool:
    """A short line or two with a question or exclamation mark and no full stop (今年粮价还会涨吗？,
    加油！家乡的健儿们): a headline where its place says so, else running text."""
    return any(m in text for m in "？！") and "。" not in text and han_count(text) <= EXCLAIMED_HAN \
        and not ends_open(text)


def opens_article(text: str) -> bool:
    """The line begins an article: a dateline or a byline of its own."""
    return is_dateline(text) or is_byline(text)
