"""Bylines, credits, headline roles and generated titles."""

from dataclasses import replace

import pytest

from shuzibao.clean import clean_page
from shuzibao.clean.blocks import BODY, BYLINE, CREDIT, HEADLINE, Unit
from shuzibao.clean.furniture import is_furniture, is_jump_on, is_teaser
from shuzibao.clean.headlines import Headline, headline_roles
from shuzibao.clean.lines import split_lines
from shuzibao.clean.meta import byline_and_authors, generated_title, strip_dateline
from shuzibao.clean.patterns import (
    is_byline,
    is_caption,
    is_column_label,
    is_credit,
    is_dateline,
    is_notice_title,
    is_subhead,
    names_in_credit,
)
from shuzibao.clean.script import either_script
from shuzibao.clean.segment import Draft, segment_articles
from shuzibao.clean.unwrap import unwrap_paragraphs
from shuzibao.model import RawPage


def _blocks(page: str) -> list[list[str]]:
    """The page's blocks as the unwrapping gives them, each a list of its lines' text."""
    return [[line.text for line in b.lines] for b in unwrap_paragraphs(split_lines(page)[0])]



def _clean(page: str, glyphs: dict | None = None):
    return clean_page(RawPage("p.txt", "2020-08-11", 1, page), glyphs or {})


def _articles(page: str, glyphs: dict | None = None):
    return _clean(page, glyphs).articles


@pytest.mark.parametrize("credit, names", [
    ("记者 冯凯治 实习记者 梁英杰 通讯员 肖继旺", ["冯凯治", "梁英杰", "肖继旺"]),
    ("（李芳 白小琴）", ["李芳", "白小琴"]),
    ("本报评论员", []),
    ("本报记者 张三", ["张三"]),
    ("文静怡", ["文静怡"]),
    ("（据新华社）", []), ("（本报综合）", []), ("（新华社）", []),
    ("（记者 王磊 实习生 李刚）", ["王磊", "李刚"]), ("（全媒体记者 王磊）", ["王磊"]),
    ("（融媒体记者 张三 通讯员 李四）", ["张三", "李四"]), ("记者 王磊 通讯员 李刚 报道", ["王磊", "李刚"]),
    ("（记者 王磊、李刚）", ["王磊", "李刚"]),
    ("（本报记者 王磊 通讯员 李刚 文/图）", ["王磊", "李刚"]), ("（文/王磊 图/李刚）", ["王磊", "李刚"]),
    ("文/本报记者 王磊", ["王磊"]),
])
def test_names_in_credit(credit, names):
    assert names_in_credit(credit) == names


@pytest.mark.parametrize("text, kind", [
    ("本报讯（记者 李雅萍）8月10日，市委", "dateline"),
    ("新华社北京8月10日电（记者 王五）", "dateline"),
    ("本报太原8月10日讯", "dateline"),
    ("□本报评论员", "byline"),
    ("（刘生锋 吴丽娜）", "credit"),
    ("图为市委书记李正印在调研。 记者 李雅萍 摄", "caption"),
    ("王立伟一同调研", None),
    ("本报讯是一种说法", "dateline"),
    ("中新网北京8月10日电（记者 王五）", "dateline"),
    ("山西日报太原8月10日讯 昨日，", "dateline"),
    ("8月10日电视台播出了节目。", None),
    ("本报记者 孙强 摄", "caption"), ("新华社发 张三 摄", "caption"), ("新华社记者 李四 摄", "caption"),
    ("图片由市农业农村局提供", "caption"), ("（新华社发）", "caption"),
    ("▲ 2月12日，工人在东屿市一家纺织企业的车间内赶制外贸订单。 新华社发", "caption"), ("（下转第二版）", None),
    ("（记者 王磊、李刚）", "credit"), ("全媒体记者 王磊", "byline"),
    ("（本报记者 王磊 通讯员 李刚 文/图）", "credit"), ("（文/王磊 图/李刚）", "credit"),
    ("文/本报记者 王磊", "byline"), ("本报记者 王磊 文/图", "byline"),
    # a dateline as a line gives it, its date's stray space not yet dropped
    ("本报北京3月 11日电（记者 林晓岚、贺振宇）", "dateline"), ("晚报讯（记者 韩知远）9月17日晚，", "dateline"), ("新华社北京3月 11日电 （记者 周宁）", "dateline"),
    ("（晋中市榆次区 郝建民）", "credit"), ("新华社记者 周宁 陈立", "byline"),
    # a photo's own title over its credit (a supplement's photograph), no sentence in it
    ("晨雾中的渡船 卢一帆 摄", "caption"), ("秋收时节 记者 韩雪松 摄", "caption"), ("晨雾中的渡船", None),
    # a one-character role is set apart from its name; glued, it begins a word (a column's kicker)
    ("文化名家访谈", None), ("文 王磊", "byline"), ("图/李刚", "byline"), ("摄影 张三", "byline"),
    ("作者：韦思远（岭西大学马克思主义学院教授）", "byline"), ("作者表示，", None),
    # who the photo shows, pointed out; where an opinion's author works
    ("周启衡（右）在生产基地查看工业机器人运行情况。", "caption"), ("（作者单位：东源师范大学政法学院）", "credit"),
    # a reader's signature whose village lost a glyph with a space
    ("（临溪县桂岭镇刘家 村村民 汪德顺）", "credit"),
])
def test_line_roles(text, kind):
    found = [k for k, f in (("dateline", is_dateline), ("byline", is_byline), ("credit", is_credit),
                            ("caption", is_caption)) if f(text)]
    assert found == ([kind] if kind else [])


def test_headline_roles():
    h = headline_roles(["李正印在华为调研时强调", "提升大数据应用水平 推动高质量转型发展", "王立伟一同调研"])
    assert (h.kicker, h.title, h.subtitle) == ("李正印在华为调研时强调", "提升大数据应用水平 推动高质量转型发展", "王立伟一同调研")
    h = headline_roles(["蹚出转型发展新路关键在狠抓落实", "——七论深入贯彻落实全会精神"])
    assert (h.kicker, h.title, h.subtitle) == ("", "蹚出转型发展新路关键在狠抓落实", "——七论深入贯彻落实全会精神")
    h = headline_roles(["省长在调研时强调", "抓好秋粮生产"])
    assert (h.kicker, h.title) == ("省长在调研时强调", "抓好秋粮生产")
    # (set AS's 政法 page) a box's four-character rubric over its title, commas and all
    h = headline_roles(["以案说法", "微信转账没打借条，钱能要回来吗？"])
    assert (h.kicker, h.title, h.subtitle) == ("以案说法", "微信转账没打借条，钱能要回来吗？", "")
    # two unmarked lines, the second giving the figures: 主标题 + 副题
    h = headline_roles(["柳川县首条城乡公交环线开通", "沿线12个村群众出行更便捷"])
    assert (h.kicker, h.title, h.subtitle) == ("", "柳川县首条城乡公交环线开通", "沿线12个村群众出行更便捷")
    h = headline_roles(["新基建提速", "今年全市将建成5G基站1800个"])  # a short 引题 over a title with figures
    assert (h.kicker, h.title) == ("新基建提速", "今年全市将建成5G基站1800个")
    # three unmarked lines over a marked 副题: the title wrapped in its box, its two lines one title
    h = headline_roles(["村里的“长者食堂”开张三个月", "蒲碶村七旬老人在家门口吃上", "热乎乎的“幸福午餐”",
                        "——全市已建成农村长者食堂46家"])
    assert (h.kicker, h.title, h.subtitle) == ("村里的“长者食堂”开张三个月", "蒲碶村七旬老人在家门口吃上热乎乎的“幸福午餐”",
                                               "——全市已建成农村长者食堂46家")


def _draft(text):
    return Draft(units=[Unit(BODY, text, 1, 0, dateline=True)])


def test_generated_title_skips_where_the_news_was_heard_and_when():
    lead = "本报讯（记者 王磊）6月2日，记者从市农业农村局获悉，截至6月1日，全市已收获小麦28.6万亩，占播种面积的52%。"
    assert generated_title(_draft(lead)) == "全市已收获小麦28.6万亩"
    lead = "本报讯（记者 王磊）记者日前从市教育局了解到，今年我市新建改扩建学校17所。"
    assert generated_title(_draft(lead)) == "今年我市新建改扩建学校17所"


def test_generated_title_is_a_clause_of_the_lead():
    assert strip_dateline("本报讯（记者 付永文）8月10日，市长主持召开常务会议。") == "市长主持召开常务会议。"
    title = generated_title(_draft("本报讯（记者 付永文）8月10日，市长王立伟主持召开市政府第107次常务会议，听取汇报。"))
    assert title == "市长王立伟主持召开市政府第107次常务会议"
    long_lead = "本报讯 8月1日，吕梁经开区方山辖区内企业缴纳的第一笔税款142.3元和离石辖区内企业缴纳的第一笔税款7634.81元正式完成入库，这标志着国家金库吕梁经开区支库调试完成正式上线运行。"
    assert generated_title(_draft(long_lead)) == "国家金库吕梁经开区支库调试完成正式上线运行"
    no_clause = "本报讯 8月1日，" + "吕梁经开区方山辖区内企业缴纳的第一笔税款142.3元和离石辖区内企业缴纳的税款正式完成入库。"
    title = generated_title(_draft(no_clause))
    assert title.endswith("……") and len(title) <= 26 and not title[-3].isdigit()


@pytest.mark.parametrize("text, furniture", [
    ("2020年8月11日 星期二", True), ("第01版", True), ("责编：张三 美编：李四", True),
    ("国内统一刊号CN14-0032", True), ("第五届黄河民歌文化节开幕", False),
    ("2020年8月11日，市委召开会议。", False), ("河阳日报 2020年8月20日", True), ("星期四", True),
    ("第08版　经济", True), ("社会", True), ("社会保障", False), ("2020年8月11日", True),
    ("2020年8月11日市委召开", False), ("河阳日报记者", False),
    ("本版编辑 王五", True), ("责编 李娜 美编 赵六", True), ("编辑 王五", False),
    # the masthead's data: lunar date, serial numbers, the site, the page count
    ("辛丑年四月初一", True), ("庚子年闰四月廿二", True), ("国内统一连续出版物号CN14-0079", True),
    ("邮发代号 21-58", True), ("www.sxllnews.cn", True), ("今日8版", True), ("总第12580期", True),
    ("社长：王五 总编辑：李四", True), ("辛丑年春节前夕，全县干部走访困难群众。", False),
    ("— 6 —", True), ("—6—", True),  # a folio
    # the paper's own accounts, between stories
    ("扫码关注 梧溪日报微信公众号", True), ("下载梧溪新闻客户端", True), ("推出掌上政务客户端", False),
    ("扫码就能进", False),  # a line of running text
    ("扫码看进球集锦", True), ("扫码看视频", True),
    # a page number beside its section's name
    ("2 综合新闻", True), ("要闻 2", True), ("12", False), ("2社会保障", False),
    ("7健康2024年9月10日 星期二", True),  # its parts touching once the spaces beside figures are gone
    ("本报地址：澜江市滨江中路188号 邮编：651200 电话：0872-5823401", True), ("地址：市文化馆二楼", False),
    # a supplement's masthead: its name and issue number, not a headline's series number
    ("文苑 第1286期", True), ("星期天总第512期", True), ("新时代文明实践大讲堂第3期", False),
    ("本版责任编辑 蒋以宁 校对 贺知秋", True),
    ("扫描二维码 观看访谈视频", True),
    # the masthead's line of whose organ the paper is
    ("中共桐川市委机关报", True), ("中共桐川市委召开常委会议", False),
    ("扫码看泓州日报全媒体经济资讯", True), ("服务热线：8826 3155", True), ("体育新闻报料热线：96355", True), ("开通服务热线，", False),
    # the front page's weather box in a line
    ("岚州天气 今天：晴转多云 12℃～20℃ 东南风2级", True), ("今天天气很好，", False),
    # the page's own address for mail (set AW)
    ("本版邮箱：wenlv@byrb.cn", True),
    # an e-edition's web page copied as text (set AX): its navigation and its title
    ("分享到：", True), ("【字号 大 中 小】", True), ("上一篇 下一篇", True), ("梧川晚报数字报", True),
    ("我们分享到了经验。", False),
    # a series' rubric over its instalment's headline
    ("县委书记访谈录⑥", True), ("乡村振兴系列报道之三", True), ("增收的重要经验之一", False),
    # (sets AP and AT) the desk's numbers after its hotline, the paper's address for contributions
    ("民生热线：0576-88861234 短信平台：10659-8866", True), ("投稿邮箱：lxrb_xqxw@126.com新闻热线：0739-5201234", True),
    ("联系电话：3326517", False), ("联系人：莫老师 联系电话：0776-2831562", False), ("报名热线：0578-6213590，欢迎参加。", False),
    # a special issue's banner over its pages, and the paper's copyright notice at the foot
    ("全市生态环境保护大会特刊", True), ("乡村振兴专版", True), ("本报今起推出特刊，", False),
    ("版权声明：本报刊登的所有作品，未经泽川日报社书面授权，不得转载、摘编。", True),
    ("本报所刊作品，未经本报书面授权，不得转载。", True), ("版权保护意识不断增强。", False),
    # a page's co-sponsor
    ("宜溪县融媒体中心协办", True), ("本版由市文明办协办", True), ("文化节由市文联主办", False),
    ("5 县域经济", True), ("县域经济", True), ("县域经济发展迈上新台阶", False),  # a page's section
    ("扫码关注“健康桐州”微信公众号 获取更多健康资讯", True),
    ("文体新闻", True), ("新闻", False),  # a page's section named with 新闻
    # (set BD) the hours a hotline answers, and what the desk asks of the letters it is sent
    ("热线电话：0799-82651300（工作日9:00—17:30）", True), ("岚溪市公共法律服务热线：12348", True), ("来信请注明真实姓名、住址和联系电话，刊登时可按要求隐去姓名。", True),
    ("来信收到了。", False),
])
def test_page_furniture(text, furniture):
    assert is_furniture(text) == furniture


def test_furniture_never_becomes_a_headline():
    page = ("2020年8月11日 星期二\n\n第01版\n\n本报讯 8月7日，临县在城北举行新建学校启动仪式。\n\n"
            "近年来，临县县委坚决落实部署，教育扶贫取得成效。\n\n责编：张三\n")
    result = _clean(page)
    [article] = result.articles
    assert article.title_generated and "星期" not in article.title
    assert {text for _, text in result.report.fragments} == {"2020年8月11日 星期二", "第01版", "责编：张三"}


def test_a_running_head_set_line_by_line_stays_out_of_the_headline():
    # pdftotext gives a running head's parts a line each, and blank lines say nothing on its pages
    head = "\n\n".join(["河阳日报", "2020年8月3日", "星期四", "第07版", "社会"])
    body = "\n".join(["露天电影放进村", "□ 记者 刘倩", "夜幕降临，石门县的小广场上热闹起",
                      "来。一块白色的幕布挂在两根木杆之间，村民们", "搬着小板凳早早地坐好，等待电影开场。"])
    result = _clean(head + "\n\n" + body + "\n")
    [article] = result.articles
    assert article.title == "露天电影放进村" and article.byline == "记者 刘倩"
    assert [text for _, text in result.report.fragments] == ["河阳日报", "2020年8月3日", "星期四", "第07版", "社会"]


def test_a_byline_printed_with_displaced_headlines_goes_to_their_article():
    page = ("梦想不会自动成真，奋斗是其桥梁；目标不会自动抵达，实干才能看见远方。\n\n"
            "伟大梦想不是等得来、喊得来的，而是拼出来、干出来的。\n\n"
            "以实干为梦想架起桥梁\n\n□ 本报评论员\n\n"
            "本报讯（记者 李雅萍）8月10日，市委书记深入大数据中心调研。\n")
    result = _clean(page)
    editorial, news = result.articles
    assert editorial.title == "以实干为梦想架起桥梁" and editorial.byline == "本报评论员"
    assert news.byline == "记者 李雅萍" and news.title_generated
    assert not result.report.fragments


@pytest.mark.parametrize("text, on, starts", [
    ("（下转第三版）", True, False),
    ("（转A2版）", True, False),
    ("（详见第5版）", True, False),
    ("（上接第一版）会议强调，要坚持稳中求进。", False, True),
    ("（紧接第1版）", False, True),
    ("（记者 李雅萍）", False, False),
    ("第03版 要闻", False, False),
])
def test_jump_lines(text, on, starts):
    assert is_jump_on(text) == on
    assert is_dateline(text) == starts


def test_jump_lines_end_and_start_articles():
    page = ("本报讯（记者 王明）8月10日，市委召开常委会议，传达学习省委全会精神，研究部署\n"
            "我市贯彻落实工作。\n"
            "会议指出，全市上下要把思想和行动统一到全会精神上来，切实增强责任感和使命\n"
            "感，确保全年目标任务圆满完成。（下转第三版）\n"
            "市委常委会传达学习省委全会精神\n"
            "（上接第一版）会议强调，要坚持稳中求进工作总基调，扎实做好“六稳”工作，全\n"
            "面落实“六保”任务。\n")
    first, second = _articles(page)
    assert first.title == "市委常委会传达学习省委全会精神"
    assert first.paragraphs[-2].endswith("确保全年目标任务圆满完成。")
    assert first.paragraphs[-1] == "（下转第三版）"
    assert second.paragraphs[0].startswith("（上接第一版）会议强调")


def test_a_jump_line_of_its_own_names_no_one():
    # bracketed Han characters like a closing credit (（李芳 白小琴）), but a jump, not authors
    page = ("坚持绿色发展 建设美丽家园\n□ 本报记者 赵 丽\n"
            "近年来，我市坚持生态优先、绿色发展，打好蓝天、碧水、净土保卫战，全市空\n"
            "气质量优良天数比例达到85.2%，比上年提高3.1个百分点。\n（下转第二版）\n")
    [article] = _clean(page).articles
    assert article.byline == "本报记者 赵丽" and article.authors == ("赵丽",)
    assert article.body.endswith("（下转第二版）")


@pytest.mark.parametrize("text, byline, subhead", [
    ("■ 合作社带富一方", False, True),
    ("一、小杂粮走出大山", False, True),
    ("（二）坚持问题导向", False, True),
    ("□ 本报评论员", True, False),
    ("■ 本报记者 张三", True, False),
    ("◎ 李四 王五", True, False),
    ("一、坚持问题导向。", False, False),
    # a brief's first line: 文 of 文旅局 is no role; as a bulleted line it opens a paragraph
    ("◆5月5日，市文旅局组织开展“文明旅游进", False, True),
    ("□ 文/王磊", True, False),
    ("【现场】", False, True),  # a bracketed label opening a part of the story
    ("●保证户外活动时间。每天户外活", False, False),  # a tip's first line: a sentence in it
    ("【本报讯】十月十二日，市图", False, False),  # a dateline in brackets, not a label
    ("晚报记者 苏航", True, False),
    ("澜湖区人民法院 钟奕", True, False),  # the writer's institution, then the writer
    ("【现场】早上7点半，记者走进改造后的菜市场，", False, False),
    # a brief's first words over a span or on whom the reporter heard it from (set AY's 财经快讯)
    ("■今年1月至4月，云汐港累", False, True), ("■记者从市地方金融管理局", False, True),
])
def test_bulleted_lines(text, byline, subhead):
    assert is_byline(text) == byline
    assert is_subhead(text) == subhead



def test_briefs_under_their_columns_label_go_on_from_a_short_first_line_behind_the_bullet():
    # (set AY's 财经快讯, PyMuPDF) set at 14 ems under a story at 17: each brief's first line, short
    # by its indent, opens on a span or on whom the reporter heard it from, and goes on
    story = ["本报讯（记者 严可欣）5月11日，", "云汐“AI+制造”创新中心在高新区正", "式启用，首批入驻的28家企业涵盖工业",
             "软件、智能装备、机器视觉等领域，年内", "将面向企业开放100个应用场景，并为入", "驻企业提供算力和数据服务。"]
    page = "\n".join(["创新中心正式启用", *story, "财经快讯",
                      "■今年1月至4月，云汐港累", "计完成集装箱吞吐量68.4万标准", "箱，同比增长9.7%，其中外贸航线",
                      "吞吐量占比首次突破六成。5月10", "日，云汐港至胡志明港的第三条", "东南亚直航航线开通，每周开行", "两班。（记者 韩露）",
                      "■记者从市地方金融管理局", "获悉，截至4月末，全市境内上市", "公司达到23家，总市值约为2186.",
                      "74亿元。今年以来，全市已有3家", "企业向证券交易所递交上市申请，", "另有2家企业已通过审核，即将发",
                      "行上市。（记者 邹晴）"]) + "\n"
    first, briefs = _articles(page)
    assert (briefs.title, briefs.byline) == ("财经快讯", "")
    assert briefs.paragraphs == [
        "■今年1月至4月，云汐港累计完成集装箱吞吐量68.4万标准箱，同比增长9.7%，其中外贸航线吞吐量占比首次突破六成。5月10日，云汐港至胡志明港的第三条东南亚直航航线开通，每周开行两班。（记者 韩露）",
        "■记者从市地方金融管理局获悉，截至4月末，全市境内上市公司达到23家，总市值约为2186.74亿元。今年以来，全市已有3家企业向证券交易所递交上市申请，另有2家企业已通过审核，即将发行上市。（记者 邹晴）"]

def test_subheads_stay_in_their_article():
    page = ("乡村产业兴旺 农民腰包鼓起来\n"
            "本报讯（记者 王明）今年以来，我市坚持把产\n"
            "业振兴作为乡村振兴的重中之重，因地制宜发展\n"
            "特色产业，带动群众持续增收，全市农村居民人\n"
            "均可支配收入同比增长百分之八。\n"
            "一、小杂粮走出大山\n"
            "在临县，红枣、小米等特色农产品通过电商\n"
            "平台销往全国各地。今年上半年，全县农产品网\n"
            "络销售额达到两亿元，带动一万多户农民增收。\n"
            "■ 合作社带富一方\n"
            "在方山县，一百多个农民专业合作社覆盖了\n"
            "全县所有行政村，统一种植、统一技术、统一收\n"
            "购，让小农户搭上了产业发展的快车。\n")
    (article,) = _articles(page)
    assert article.title == "乡村产业兴旺 农民腰包鼓起来"
    assert article.byline == "记者 王明"
    assert article.paragraphs[1] == "一、小杂粮走出大山"
    assert article.paragraphs[3].startswith("■") and article.paragraphs[3].endswith("合作社带富一方")
    assert article.paragraphs[4].startswith("在方山县")


def test_a_column_label_and_the_title_under_it_are_one_headline():
    # 记者 and 观察 are words of other stories on the page: the label names none, it heads the
    # title under it; a bracketed label inside the story is a paragraph of it, not a new story.
    page = ("记者观察\n老菜场“变身”邻里中心\n本报记者 覃晓川\n"
            "南浦区桂香路菜市场建成于上世纪90年代，\n曾是周边三个社区居民买菜的主要去处。前些\n"
            "年，由于设施老化、通道狭窄，一到雨天地面\n就积水，不少居民宁愿多走两公里去超市买菜。\n"
            "【现场】\n早上7点半，记者走进改造后的菜市场，\n宽敞的通道铺上了防滑地砖，顶棚换成了透光\n"
            "的采光板，蔬菜、肉类、水产、熟食按区域分\n开摆放。\n"
            "樟溪镇两万亩早稻开始育秧\n本报讯（记者 龙海燕）3月14日，在樟溪镇石\n"
            "湾村的育秧中心，记者看到10多名农机\n手正操作播种流水线。\n")
    market, rice = _articles(page)
    assert (market.kicker, market.title, market.byline) == ("记者观察", "老菜场“变身”邻里中心", "本报记者 覃晓川")
    assert market.paragraphs[1] == "【现场】" and market.paragraphs[2].startswith("早上7点半")
    assert rice.title == "樟溪镇两万亩早稻开始育秧"


def test_a_subhead_is_measured_with_its_article():
    # Indented subheads: the column is the article's, not the few lines after each subhead
    # (measured alone they read a full line as a wide headline and joined the subhead on).
    page = ("■本报记者 赵 丽\n"
            "\u3000\u3000近年来，我市坚持生态优先、绿\n色发展，打好蓝天、碧水、净土保\n"
            "卫战，全市空气质量优良天数比例\n达到85.2%，比上年提高3.1个百分\n点。\n"
            "\u3000\u3000一、守住蓝天\n"
            "\u3000\u3000今年以来，全市PM2.5平均浓\n度同比下降12%。\n"
            "\u3000\u3000二、护好碧水\n"
            "\u3000\u3000全市7个国考断面水质全部达\n标。\n")
    (article,) = _articles(page)
    assert article.paragraphs[1:] == ["一、守住蓝天", "今年以来，全市PM2.5平均浓度同比下降12%。",
                                      "二、护好碧水", "全市7个国考断面水质全部达标。"]


def test_a_question_or_exclamation_right_before_an_article_is_its_headline():
    page = ("今年粮价还会涨吗？\n"
            "\u3000\u3000本报讯（记者 王磊）6月2日，记者从市发展改革委获悉，今年以\n"
            "来全市粮食市场总体平稳，主要粮食品种价格小幅上涨，市场供应充\n足。\n"
            "\u3000\u3000记者：今年小麦收购价格如何？\n"
            "\u3000\u3000刘建国：今年小麦最低收购价每斤1.13元，比去年提高1分钱，农\n"
            "民种粮收益有保障。\n"
            "加油！家乡的健儿们\n"
            "\u3000\u3000本报讯（记者 李刚）6月1日，我市体育代表团出征省第十六届运动\n"
            "会。本届省运会我市共派出运动员286名，参加24个大项的比赛。\n")
    first, second = _articles(page)
    assert (first.title, second.title) == ("今年粮价还会涨吗？", "加油！家乡的健儿们")
    assert first.paragraphs[1] == "记者：今年小麦收购价格如何？"  # a question inside the interview
    assert second.paragraphs[0].startswith("本报讯（记者 李刚）")


def test_parallel_subheads_without_numbers_stay_in_their_article():
    para = ("\u3000\u3000{0}，统筹推进产业、生态、文化等各方面工作，农村面貌发生了可\n"
            "喜变化，群众的获得感、幸福感不断增强，乡村振兴迈出了坚实步伐，\n"
            "各项工作走在了全市前列，得到了上级的充分肯定和群众的广泛好评。\n")
    page = ("乡村振兴看临县\n\u3000\u3000本报记者 王磊\n" + para.format("今年以来，临县坚持把乡村振兴作为总抓手")
            + "产业兴旺促增收\n" + para.format("在临县城庄镇，一排排大棚整齐排列在田野上")
            + "生态宜居添活力\n" + para.format("走进临县安业乡前青塘村，干净整洁的村道映入")
            + "乡风文明展新貌\n" + para.format("临县在各村建起了新时代文明实践站经常开展活动"))
    (article,) = _articles(page)
    assert article.title == "乡村振兴看临县" and article.byline == "本报记者 王磊"
    assert article.paragraphs[1::2] == ["产业兴旺促增收", "生态宜居添活力", "乡风文明展新貌"]
    # (set AT's 乡村振兴 page) a photo set between two stretches leaves its caption over a subhead
    photo = "图为城庄镇党委书记刘明（右）在大棚里查看蔬菜长势。 本报记者 王磊 摄\n"
    (article,) = _articles(page.replace("生态宜居添活力\n", photo + "生态宜居添活力\n"))
    assert article.paragraphs[1::2] == ["产业兴旺促增收", "生态宜居添活力", "乡风文明展新貌"]
    assert article.captions == (photo.strip(),)


def test_parallel_subheads_around_a_box_and_its_portraits_name_stay_in_their_interview():
    # (set AP's 访谈 page) 一片叶子鼓起群众钱袋子 … 邹瑄 / 人物简介 / the box … 一条绿道串起全域旅游
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    layout = segment_articles(units(
        (HEADLINE, "一片茶叶“撬动”山区县高质量发展"), (BYLINE, "本报记者 邵一帆"), (BODY, "记者：青萝的发展思路经历了怎样的变化？"),
        (BODY, "邹书记：青萝的家底，说到底就是山和水。"), (HEADLINE, "一片叶子鼓起群众钱袋子"),
        (BODY, "记者：如何让这片叶子真正富了百姓？"), (BODY, "邹书记：这几年我们主要抓了三件事。"), (HEADLINE, "邹瑄"),
        (HEADLINE, "人物简介"), (BODY, "邹瑄，男，汉族，1976年10月生。"), (BODY, "去年，全县茶产业综合产值达到38.7亿元。"),
        (HEADLINE, "一条绿道串起全域旅游"), (BODY, "记者：“茶旅融合”具体是怎样推进的？"), (BODY, "邹书记：一片叶子，光卖茶叶还不够。")))
    assert len(layout.drafts) == 1
    assert "一片叶子鼓起群众钱袋子" in layout.drafts[0].paragraphs and "一条绿道串起全域旅游" in layout.drafts[0].paragraphs
    assert "人物简介" in layout.drafts[0].paragraphs


def test_parallel_subheads_of_two_clauses_stay_in_their_article():
    # (set BD's 民生热线 page) 有了车位，却装不上桩 / 物业有顾虑，电网要扩容: a comma in each
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    parts = [(HEADLINE, "老小区装充电桩，难在哪儿？"), (BYLINE, "本报记者 涂欣然"), (BODY, "不少老旧小区的车主遭遇“充电难”。"),
             (HEADLINE, "有了车位，却装不上桩"), (BODY, "截至今年6月底，我市新能源汽车保有量达到8.6万辆。"),
             (HEADLINE, "物业有顾虑，电网要扩容"), (BODY, "对此，锦华苑小区物业公司负责人坦言，物业并非有意刁难。")]
    layout = segment_articles(units(*parts))
    assert len(layout.drafts) == 1 and "物业有顾虑，电网要扩容" in layout.drafts[0].paragraphs
    # ... not one with a comma beside one without
    parts[5] = (HEADLINE, "物业有顾虑电网要扩容")
    assert len(segment_articles(units(*parts)).drafts) == 3


def test_a_readers_letter_signed_over_the_answer_printed_to_it():
    # (set BD's 民生热线 page, pdfminer's boxes) the signature and the office's answer under it are
    # the letter's; a question boxed alone over a letter is its headline; a line naming the page's
    # section, as its running head does, heads nothing; 市民 and 李女士 name no author
    page = ("6民生热线 2026年7月21日 星期二 沅州日报\n\n民生热线\n来信选登\n小区门前路灯不亮\n\n"
            "我家住在城南区青石街，这\n条街长约六百米，晚上散步、买菜\n的人很多。从本月初开始，街道\n"
            "中段的路灯就一直不亮，到现在已\n经半个多月了。路灯不亮，晚上整条\n街黑漆漆的，骑电动车的、走路的都\n"
            "只能摸黑前行。前几天晚上，一位老\n人在农贸市场门口被石墩绊倒了。\n希望有关部门抓紧维修，别让居\n"
            "民再“摸黑”走路了。\n\n读者 郑国平\n\n【部门回复】城南区城市管理局：\n接到反映后，我局立即派人到现场\n"
            "核查，路灯现已修复。\n\n城际公交能否刷老年卡？\n\n"
            "我今年68岁，住在城东区，女\n儿一家在青溪县城工作。市区公交\n可以刷老年卡免费乘坐，城际公交\n"
            "却不能刷，只能全价购票，一个月\n下来光车费就要花将近两百元。听\n说有的城市老年卡已经可以在城际\n"
            "公交上使用，我们这里能不能也推\n行？哪怕打个折也好。\n\n市民 李女士\n\n"
            "回音：本报将李女士反映的问题\n转交市交通运输局。该局回复称，\n正在研究将老年人纳入优惠范围。\n")
    result = _clean(page)
    lamps, bus = result.articles
    assert (lamps.title, lamps.kicker, lamps.authors) == ("小区门前路灯不亮", "来信选登", ("郑国平",))
    assert lamps.paragraphs[-2:] == ["读者 郑国平", "【部门回复】城南区城市管理局：接到反映后，我局立即派人到现场核查，路灯现已修复。"]
    assert (bus.title, bus.kicker, bus.byline, bus.authors) == ("城际公交能否刷老年卡？", "", "", ())
    assert bus.paragraphs[0].startswith("我今年68岁") and bus.paragraphs[-2:][0] == "市民 李女士"
    assert bus.paragraphs[-1].startswith("回音：") and (3, "民生热线") in result.report.fragments


def test_a_lone_headline_between_paragraphs_still_starts_an_article():
    # one displaced headline, or headlines of different lengths, are no parallel subheads
    para = ("\u3000\u3000{0}，统筹推进产业、生态、文化等各方面工作，农村面貌发生了可\n"
            "喜变化，群众的获得感、幸福感不断增强，乡村振兴迈出了坚实步伐。\n")
    page = ("\u3000\u3000本报记者 王磊\n" + para.format("今年以来，临县坚持把乡村振兴作为总抓手")
            + "临县乡村振兴迈出坚实步伐\n" + para.format("在方山县城，一排排新楼整齐排列在河岸边")
            + "方山新城建设提速\n" + para.format("走进石楼县，干净整洁的村道映入眼帘之中"))
    assert len(_articles(page)) == 3


@pytest.mark.parametrize("lead, byline, authors", [
    ("本报讯 记者王磊报道：", "记者王磊", ("王磊",)),
    ("本报太原6月2日讯 记者王磊报道：", "记者王磊", ("王磊",)),
    ("【本报讯】记者王磊 6月2日，", "记者王磊", ("王磊",)),
    ("本报讯 记者 王磊 通讯员 李刚 报道：", "记者 王磊 通讯员 李刚", ("王磊", "李刚")),
    ("本报讯 记者从市里获悉：", "", ()),  # no name without brackets runs past three characters
    ("本报讯 6月2日，", "", ()),
])
def test_a_credit_without_brackets_after_the_dateline(lead, byline, authors):
    (article,) = _articles(lead + "记者从市农业农村局获悉，截至6月1日，全市已收获小麦28.6万亩。\n")
    assert (article.byline, article.authors) == (byline, authors)
    assert "〓" not in article.body and "王磊" not in article.title


def test_the_front_pages_teasers_are_navigation_not_an_article():
    page = ("今日导读\n● 全市夏粮收获进度过半（详见第2版）\n● 临县：移民小区建起了新学校（详见第4版）\n"
            "坚持绿色发展 建设美丽家园\n"
            "\u3000\u3000本报讯（记者 王磊）6月2日，记者从市生态环境局获悉，今年以来全市空气质量\n"
            "优良天数比例达到85.2%，比上年提高3.1个百分点。（详见第3版）\n")
    result = _clean(page)
    [article] = result.articles
    assert article.title == "坚持绿色发展 建设美丽家园" and article.kicker == ""
    assert article.paragraphs[-1] == "（详见第3版）"  # a story's own pointer stays with it
    assert [t for _, t in result.report.fragments] == [
        "今日导读", "●全市夏粮收获进度过半（详见第2版）", "●临县：移民小区建起了新学校（详见第4版）"]


def test_an_editors_note_opens_its_article():
    page = ("奋进新征程 建功新时代\n"
            "编者按：今天起，本报开设专栏，集中报道各地各部门贯彻落实市委全会精神\n"
            "的生动实践，敬请关注。\n"
            "本报讯（记者 王明）今年以来，我市坚持把产业振兴作为乡村振兴的重中之\n"
            "重，因地制宜发展特色产业，带动群众持续增收，全市农村居民人均可支配收\n"
            "入同比增长百分之八。\n")
    (article,) = _articles(page)
    assert article.title == "奋进新征程 建功新时代"
    assert article.byline == "记者 王明"
    assert article.paragraphs[0].startswith("编者按：")
    assert article.paragraphs[1].startswith("本报讯")


def test_an_editors_note_over_the_headline_block_is_its_articles_first_paragraph():
    # (set AP's 访谈 page) 编者按：… printed above the 引题 / 主标题 / 副题 and the byline
    page = ("编者按：县域强则市域强，县域兴则全局兴。本报推出“县委书记访谈录”专栏，邀请各地县委书记\n"
            "谈思路、话举措、晒成绩。今天刊发的是第六篇，走进青萝县。\n"
            "守好一方青山 富裕一方百姓\n一片茶叶“撬动”山区县高质量发展\n——访青萝县委书记邹明\n本报记者 邵一帆\n"
            "记者：青萝县是典型的山区县，全县“九山半水半分田”。这些年，青萝的发展思路经历了怎\n"
            "样的变化？\n"
            "邹书记：青萝的家底，说到底就是山和水。全县森林覆盖率达到78.6%，但过去很长一段时\n"
            "间，我们是守着青山过穷日子。\n")
    (article,) = _articles(page)
    assert (article.kicker, article.title, article.subtitle) == (
        "守好一方青山 富裕一方百姓", "一片茶叶“撬动”山区县高质量发展", "——访青萝县委书记邹明")
    assert article.byline == "本报记者 邵一帆" and article.paragraphs[0].startswith("编者按：")
    assert article.paragraphs[1].startswith("记者：")


def test_a_short_story_ending_on_its_end_mark_is_no_headline():
    page = ("秋收时节话丰年\n"
            "通讯员 王五\n"
            "金秋九月，走进临县的田间地头，到处是一派繁忙的丰收景象。农民们有的在收割谷子，\n"
            "有的在采摘红枣，脸上洋溢着丰收的喜悦。（完）\n")
    (article,) = _articles(page)
    assert (article.title, article.byline) == ("秋收时节话丰年", "通讯员 王五")
    assert article.paragraphs == ["金秋九月，走进临县的田间地头，到处是一派繁忙的丰收景象。农民们有的在收割谷子，"
                                  "有的在采摘红枣，脸上洋溢着丰收的喜悦。（完）"]


def test_a_box_of_news_briefs_is_one_article_under_its_label():
    page = ("4月份CPI同比上涨0.9%\n"
            "本报北京5月6日电 （记者 王明）国家统计局6日发布数据，4月份全国居民消费\n"
            "价格同比上涨0.9%，环比下降0.3%。\n"
            "简 讯\n"
            "◆5月5日，市文旅局组织开展“文明旅游进\n"
            "景区”宣传活动，向游客发放宣传资料2000\n"
            "余份。（张丽）\n"
            "◆近日，市人社局举办春季招聘会，120家\n"
            "企业提供就业岗位3500余个。（刘强）\n"
            "◆5月4日，市第一中学举行成人礼仪式，\n"
            "800余名学生参加。（王芳）\n")
    news, briefs = _articles(page)
    assert news.title == "4月份CPI同比上涨0.9%"
    # the box's label over its bulleted briefs is the column's title (over one story, its kicker)
    assert (briefs.title, briefs.kicker, briefs.title_generated) == ("简讯", "", False)
    assert briefs.byline == ""  # a bulleted item is a sentence, not a byline
    assert [p[:3] for p in briefs.paragraphs] == ["◆5月", "◆近日", "◆5月"]
    assert briefs.paragraphs[-1].endswith("800余名学生参加。（王芳）")


def test_an_afterword_label_is_no_byline_and_a_wire_reporter_is():
    page = ("让群众在家门口看好病\n——访市人民医院院长刘建国\n新华社记者 陈静 王明\n"
            "记者：近年来，医院在提升服务能力方\n面做了哪些工作？\n"
            "刘建国：我们坚持以患者为中心，先后\n引进专业人才56名，群众在家门口就能看\n好病。\n"
            "记者手记\n采访结束时，已是晚上8点，刘建国又\n走进了病房。他说，医生的时间属于病人。\n")
    # 记者手记 over paragraphs and under no headline of its own closes the story above it, by its
    # reporter (blind set K): a paragraph of that story, not a byline nor a story of its own
    (interview,) = _articles(page)
    assert (interview.title, interview.byline, interview.authors) == (
        "让群众在家门口看好病", "新华社记者 陈静 王明", ("陈静", "王明"))
    assert [p[:3] for p in interview.paragraphs] == ["记者：", "刘建国", "记者手", "采访结"]


@pytest.mark.parametrize("cut, rest", [
    ("达一百二十万亩，预计总产量四十五万吨，同", "比增长百分之三。全市各地抢抓晴好天气，组织"),  # mid-word
    ("达一百二十万亩，预计总产量四十五万吨同比", "增长百分之三。全市各地抢抓晴好天气，组织"),  # between words
    ("达一百二十万亩，预计总产量达四十五万吨，", "同比增长百分之三。各地抢抓晴好天气，组织"),  # at a comma
])
def test_a_headline_read_inside_a_paragraph_is_taken_out_of_it(cut, rest):
    # pdfminer and others read a headline box set across the columns between the line above
    # it and the line below it, in the middle of a sentence
    page = ("本报讯（记者 王小明）10月8日，记者从\n市农业农村局获悉，今年全市秋粮播种面积\n"
            f"{cut}\n我市秋粮喜获丰收\n{rest}\n农机具下田作业，确保颗粒归仓。\n"
            "据介绍，今年以来，我市大力推广玉米\n密植高产技术，示范面积达到20万亩。\n"
            "本报讯（通讯员 李芳）近日，交口县召开\n春耕备耕工作推进会，安排部署春耕生产各\n项工作。\n"
            "交口部署春耕备耕工作\n")
    first, second = _articles(page)
    assert first.title == "我市秋粮喜获丰收" and second.title == "交口部署春耕备耕工作"
    assert "同比增长百分之三。" in first.paragraphs[0] and len(first.paragraphs) == 2


def test_a_page_given_a_paragraph_per_line_keeps_every_paragraph():
    # a converter before the extractor (or a PDF with its text's structure) gave whole paragraphs
    page = ("我市秋粮喜获丰收\n"
            "本报讯（记者 王小明）10月8日，记者从市农业农村局获悉，今年全市秋粮播种面积达120万亩，预计总产量45.6万吨。\n"
            "据介绍，今年以来，我市大力推广玉米密植高产技术。\n"
            "示范面积达到20万亩，带动全市玉米平均亩产提高50公斤，农民增收效果明显，群众种粮积极性进一步提高。\n"
            "下一步，我市将继续抓好秋收秋种，确保颗粒归仓。\n"
            "会议要求，各乡镇要抓好农资供应。\n")
    (article,) = _articles(page)
    assert [p[:4] for p in article.paragraphs] == ["本报讯（", "据介绍，", "示范面积", "下一步，", "会议要求"]


def test_a_names_glyph_lost_without_a_trace_is_restored_where_it_left_one_elsewhere():
    page = ("市一院儿科夜诊延长至24时\n本报记者 陈晓岚\n"
            "“最近一周，儿科门诊日均接诊量超\n过1100人次。”该院儿科主任罗 告诉记\n者，不少家长白天要上班。\n"
            "记者在现场看到，自助挂号机由3台增\n加到6台。罗提醒，孩子发热时家长不\n必过度焦虑。张罗了半天的家长们笑了。\n")
    (article,) = _articles(page, {"喆": ("罗喆",)})
    assert article.body.count("罗喆") == 2 and "张罗了" in article.body


def test_an_evening_papers_short_stories_in_a_narrow_column():
    page = ("老小区加装电梯，一楼住户为何点了头？\n\n本报记者 邱晓彤\n\n"
            "社区负责人介绍，加装电梯\n\n涉及一栋楼里每一户的利益，关\n\n键是把各家的顾虑摆到桌面上，\n\n"
            "一条一条地解决。今年以来，辖\n\n区已有4栋楼通过类似方式达成\n\n一致，另有7栋楼正在协商。\n\n"
            "“移动图书车”开进工地\n\n5月15日中午，一辆装满图\n\n书的白色面包车停在城南一处建\n\n"
            "筑工地的生活区门口。车门一打\n\n开，刚吃过午饭的工人们就围了\n\n上来。\n\n"
            "▲ 工人们在图书车前挑选图书。 记者 程楠 摄\n\n"
            "记者：退休以后有什么打算？\n\n王师傅：先陪老伴回趟老家。以后\n\n要是路过，还想再坐一趟车。\n")
    lift, books = _articles(page)
    # a headline a little short of a narrow column, over a story's indented first line
    assert books.title == "“移动图书车”开进工地" and lift.paragraphs[-1].endswith("另有7栋楼正在协商。")
    # a photo's caption behind a mark is a caption, the mark dropped; a named answer opens a paragraph
    assert books.captions == ("工人们在图书车前挑选图书。 记者 程楠 摄",)
    assert books.paragraphs[-2:] == ["记者：退休以后有什么打算？", "王师傅：先陪老伴回趟老家。以后要是路过，还想再坐一趟车。"]


def test_a_poem_under_its_short_title_keeps_a_verse_line_a_paragraph():
    verse = ["他站在田中央", "张开双臂", "像要拥抱整个秋天", "麻雀不怕他", "风也不怕他", "稻子割完了"]
    page = "\n\n".join([
        "天还没亮，父亲就起来了。我听见他在", "院子里磨镰刀，一下，一下，声音不紧", "不慢，像是在和谁说话。",
        "稻草人", "□ 林间月", *verse,
        "在《远山 近水》里读懂一座小城", "□ 何立", "拿到《远山 近水》这本书，是", "在今年夏天。作者陈 是土生土长",
        "的清溪人，在县城中学教了三十年书。", "陈的文字是朴素的，朴素得像清溪", "河边的鹅卵石，没有棱角。"]) + "\n"
    essay, poem, review = _articles(page, {"䶮": ("陈䶮",)})
    assert (poem.title, poem.byline, poem.paragraphs) == ("稻草人", "林间月", verse)
    assert review.title == "在《远山 近水》里读懂一座小城" and review.body.count("陈䶮") == 2


def test_a_poem_with_commas_and_stanzas_keeps_its_lines_and_order():
    # single newlines, stanzas apart by blank lines (pieces to pdftotext-style reordering, which a
    # ragged stanza must not take for a column cut mid-sentence); a line too long for the column
    # wrapped; the review's title and subtitle over its byline are not verse
    verse = ["河水把黄昏搬到了对岸", "芦苇低下头", "像一群不肯回家的孩子", "在渡口，一只船等了很多年",
             "摆渡人的竹篙插进水里", "我把整个秋天的芦花都折进一只纸船，让它替我过河", "灯在船头，一晃一晃",
             "我在桥上站了很久", "想替那只船", "再等一个起雾的早晨", "在岸边喊一声：开船喽",
             "人们从桥上走过", "没有人低头", "只有芦花还记得"]
    lines = [*verse[:4], "", verse[4], "我把整个秋天的芦花都折进一只纸船，让", "它替我过河", verse[6], "",
             *verse[7:11], "", *verse[11:]]
    page = "\n".join([
        "那年秋天，老周每天傍晚还到渡口坐一会", "儿，一直坐到天黑。渡口的石阶长满青苔，", "那条铁船被拖上了岸。",
        "今年回去，老周已经不在了。渡口的", "石阶长满青苔，那条铁船被拖上了岸，船舷", "上锈出一片一片的红。我在石墩上坐下来，",
        "河面很静，对岸的芦花白成一片。风吹过", "来，我忽然想起那盏马灯，想起那句“看着", "灯，别看水”。",
        "渡口", "□ 沈青禾", *lines,
        "在一条河里读懂一座城", "——读宋知白长篇小说《南河》", "文/顾岚",
        "宋知白的长篇小说《南河》，写的", "是江南小城南河镇三十年间的变迁，小", "说以南河大桥通车为起点。"]) + "\n"
    essay, poem, review = _articles(page)
    assert (poem.title, poem.byline, poem.paragraphs) == ("渡口", "沈青禾", verse)
    assert (review.title, review.subtitle) == ("在一条河里读懂一座城", "——读宋知白长篇小说《南河》")



def test_a_poem_straight_under_an_essay_with_its_title_after_it_and_lines_as_wide_as_the_column():
    # pypdf's order and no blank line anywhere: an essay closing on where it was written, a poem
    # whose title and author come after its verse (four of its lines as wide as the essay's),
    # a review closing on its book's details in brackets, and an editor's note under its label
    verse = ["井台边的辘轳不转了", "绳子还缠在木轴上", "祖母说，那是井睡着了", "夏天的夜里，我们围着井沿乘凉",
             "祖母摇着蒲扇，讲月亮掉进井里", "我们就伸长脖子去找", "后来自来水通到了灶台边", "井口盖上了一块青石板",
             "青苔从石缝里慢慢长出来", "我每次回家，都要掀开那块石板", "看一看井里的那一小块天", "它还在，还是那么蓝"]
    page = "\n".join([
        "村东头的老井", "□ 林晚",
        "村东头的老井，据说比村子", "还老。井口的青石被井绳磨出了", "一道道深槽，像是谁用指甲在石",
        "头上刻下的年轮。小时候，我总", "爱趴在井沿上往下看，井水幽深，", "映着一小块天，还有我自己的脸。",
        "如今村里家家通了自来水，", "老井早就没人用了。可每次回村，", "我还是要去井边站一站，好像只",
        "有看过了它，才算真正到了家。", "2026年3月8日于柳溪",
        *verse, "井 台 上 的 月 亮", "□ 柳 青",
        "在一口井里照见乡愁", "——读李默散文集《井边》", "□ 周岩",
        "李默是从柳河走出去的作", "家。他的新散文集《井边》今", "年1月出版，收入散文三十篇，", "写的多是故乡的旧物和旧人。",
        "书里写得最好的，是那些", "不起眼的小物件：一把铜勺，一", "只竹篮，一口老井。作者写它", "们，其实是在写用过它们的人。",
        "（《井边》，李默著，柳河出版", "社2026年1月版）",
        "编后", "本期几篇稿子，不约而", "同地写到了井。井是村庄的", "眼睛，也是游子心里最深的",
        "那一处念想。欢迎读者来稿，", "讲讲你家乡的井。"])
    essay, poem, review, note = _articles(page)
    assert essay.title == "村东头的老井" and essay.paragraphs[-1] == "2026年3月8日于柳溪"
    assert (poem.title, poem.byline, poem.paragraphs) == ("井台上的月亮", "柳青", verse)
    assert (review.title, review.byline) == ("在一口井里照见乡愁", "周岩")
    assert review.paragraphs[-1] == "（《井边》，李默著，柳河出版社2026年1月版）"
    assert (note.title, note.kicker, note.paragraphs) == ("编后", "", [
        "本期几篇稿子，不约而同地写到了井。井是村庄的眼睛，也是游子心里最深的那一处念想。欢迎读者来稿，讲讲你家乡的井。"])


def test_a_page_the_layout_system_gave_in_whole_paragraphs_on_their_indents():
    # each paragraph one line on its ideographic indent; a feature's subheads between them, not
    # headlines; a tender notice whose first point, numbered items and form of contacts are its
    # paragraphs, its padded labels closed, its issuer and date its last; the page's co-sponsor
    ind = "\u3000\u3000"
    feature = ["春分过后，石门村的三百亩梨园进入授粉期，果农们踩着梯子在枝头忙碌，点粉、疏花、挂牌，田间地头一派繁忙景象。",
               "石门村种梨已有四十多年，但过去品种老化、管理粗放，梨子个小味酸，常常卖不上价钱，不少果农一度想砍树改种玉米。",
               "前年，村里请来市农科院的专家，对老梨园进行高接换种，引进翠冠、玉露香等优良品种，并统一推行疏花疏果和套袋技术。",
               "“换了新品种，一斤能多卖一块多钱，一亩地多收三四千元。”果农吴长青一边给梨树套袋，一边算起了增收账，他家的五亩梨园去年收入超过六万元。"]
    page = "\n\n".join([
        "石门村：老梨园结出“新果子”", "本报记者 钟岚",
        ind + feature[0], "品种换新", ind + feature[1], ind + feature[2], "销路拓宽", ind + feature[3],
        "石门村梨园基础设施提升工程施工招标公告",
        ind + "一、招标条件", ind + "本招标项目已由县发展和改革局批准建设，项目业主为县农业农村局，资金已落实，现对该项目施工进行公开招标。",
        ind + "二、项目概况", ind + "1.建设地点：石门镇石门村。", ind + "2.建设内容：新建田间道路3.2公里、灌溉管网8.6公里。",
        ind + "三、联系方式", ind + "招 标 人：县农业农村局", ind + "地\u3000\u3000址：县城人民路18号", ind + "联 系 人：钟先生",
        ind + "电\u3000\u3000话：6231578", "\u3000" * 18 + "县农业农村局", "\u3000" * 17 + "2026年3月20日",
        "（本版由县工商业联合会协办）"]) + "\n"
    story, notice = _articles(page)
    assert (story.title, story.paragraphs) == ("石门村：老梨园结出“新果子”",
                                               [feature[0], "品种换新", feature[1], feature[2], "销路拓宽", feature[3]])
    assert notice.title == "石门村梨园基础设施提升工程施工招标公告" and notice.paragraphs[:2] == [
        "一、招标条件", "本招标项目已由县发展和改革局批准建设，项目业主为县农业农村局，资金已落实，现对该项目施工进行公开招标。"]
    assert notice.paragraphs[2:] == ["二、项目概况", "1\\.建设地点：石门镇石门村。", "2\\.建设内容：新建田间道路3.2公里、灌溉管网8.6公里。",
                                     "三、联系方式", "招标人：县农业农村局", "地址：县城人民路18号", "联系人：钟先生",
                                     "电话：6231578", "县农业农村局", "2026年3月20日"]


def test_a_poem_given_inside_an_essays_paragraph_and_the_editors_note_on_the_pages_pieces():
    # pypdf gave the poem (its title, its author's name alone, its verse) between two lines of
    # one of the essay's paragraphs: it is set after that paragraph, a piece of its own; the
    # editor's note over the essay names the page's works, so it is a piece of its own too
    verse = ["母亲蹲在井台边", "把一家人的日子", "一件一件洗干净", "棒槌落下去", "井水就颤一下",
             "那时候井是深的", "深得装得下整个夏天", "装得下月亮和星星"]
    page = "\n".join([
        "编者按：夏天是记忆里最长的季节。本期推出“故乡的", "夏天”专题，散文《外婆的竹床》写门前的萤火，诗",
        "作《井台》写母亲的洗衣声，欢迎读者继续来稿。",
        "外婆的竹床", "□ 邵青禾",
        "外婆家的夏夜是从傍晚开始的。", "太阳刚落到后山，外婆就拎着水桶往", "晒谷场上泼水。晒了一整天的青石板",
        "冒着白气，泼过三遍，地面才慢慢凉下", "来。接着，舅舅把两张竹床从堂屋里", "扛出来。竹床用了多年，被汗水浸成",
        "井台", "周晚晴", *verse,
        "了酱红色，躺上去凉丝丝的。", "晚饭就摆在竹床边的小方桌上，", "一碟腌豇豆，一碗丝瓜汤，一盆刚从井",
        "里捞上来的西瓜。外婆总是最后一个", "上桌，她先把西瓜切成月牙形，挑最中", "间的那一块递给我。"]) + "\n"
    note, essay, poem = _articles(page)
    assert note.paragraphs[0].startswith("编者按：") and note.title_generated
    assert essay.title == "外婆的竹床" and essay.paragraphs[0].endswith("被汗水浸成了酱红色，躺上去凉丝丝的。")
    assert (poem.title, poem.byline, poem.paragraphs) == ("井台", "周晚晴", verse)


def test_a_boxes_form_keeps_a_row_a_paragraph_and_an_entry_wrapped_on_its_row():
    # (set BA's 招生 box) rows of a label and its entry, unpunctuated and short of the column, two
    # entries wrapped onto a much shorter line; an interview's turns in the same shape (校长：…)
    # run on into full lines and stay paragraphs of text
    page = "\n".join([
        "澜州市艺术学校2026年招生简章", "澜州市艺术学校是经省教育厅批准设立的全日制公办",
        "中等职业学校，是省级重点中等职业学校。现将2026年招", "生有关事项公布如下：",
        "招生专业：舞蹈表演、音乐表演、美术绘画、戏曲表演", "招生对象：2026年应届初中毕业生，年龄不超过17周岁（舞",
        "蹈表演专业不超过15周岁）", "招生计划：计划招收新生180人，其中戏曲表演专业40人",
        "报名时间：6月10日—6月25日（周六、周日照常办理）", "咨询电话：6125830 6125831",
        "课堂改革要让学生动起来", "本报记者 王磊", "6月1日，记者走进澜州市实验中学，听校长讲述这所学", "校的课堂改革。",
        "校长：我们推行“20+25”课堂模式，一节课45分钟，老", "师讲授不超过20分钟，剩下的时间留给学生讨论、练习和展",
        "示。刚开始不少老师不习惯，现在大家都尝到了甜头。"]) + "\n"
    box, interview = _articles(page)
    assert box.paragraphs[1:] == ["招生专业：舞蹈表演、音乐表演、美术绘画、戏曲表演",
                                  "招生对象：2026年应届初中毕业生，年龄不超过17周岁（舞蹈表演专业不超过15周岁）",
                                  "招生计划：计划招收新生180人，其中戏曲表演专业40人",
                                  "报名时间：6月10日—6月25日（周六、周日照常办理）", "咨询电话：6125830 6125831"]
    assert interview.paragraphs[-1] == \
        "校长：我们推行“20+25”课堂模式，一节课45分钟，老师讲授不超过20分钟，剩下的时间留给学生讨论、练习和展示。刚开始不少老师不习惯，现在大家都尝到了甜头。"

def test_a_notices_numbered_rules_open_paragraphs_and_keep_their_space():
    # (set BB's 政务 page, pdftotext -raw) 第一条 本通告… : each rule opens a paragraph after the
    # sentence before it, and the printed space after its number is no lost glyph
    page = "\n".join([
        "关于加强汛期防溺水安全管理的通告", "为切实加强汛期防溺水安全管理，保障人民群众生命安全，",
        "结合本市实际，现就有关事项通告如下。", "第一条 本通告所称防溺水重点水域，是指",
        "本市行政区域内的江河、水库、山塘和湖泊。", "第二条 每年6月1日至9月30日为汛期防溺",
        "水重点时段，禁止在重点水域游泳、戏水。", "第三条 本通告自发布之日起施行。"]) + "\n"
    (notice,) = _articles(page)
    assert notice.paragraphs[1:] == ["第一条 本通告所称防溺水重点水域，是指本市行政区域内的江河、水库、山塘和湖泊。",
                                     "第二条 每年6月1日至9月30日为汛期防溺水重点时段，禁止在重点水域游泳、戏水。",
                                     "第三条 本通告自发布之日起施行。"]


def test_a_narrow_column_of_running_text_is_no_verse():
    # a sidebar's lines, far short of the page's column and ragged (half-width figures, an
    # extractor that kept no justification), but broken inside words and with sentences ending
    # inside lines: running text, not a paragraph a line
    wide = ["全市各级干部要自觉而努力地担当作为，", "在转型发展上率先蹚出一条新路来，让群", "众看到实实在在的变化和成效。"] * 4
    column = ["本报讯（记者 周宁）8月28", "日，市生态环境局发布监", "测数据。今年1至7", "月，柳川河出境断面",
              "水质稳定达到地表水Ⅲ类", "标准。化学需氧", "量、氨氮浓度同比分别", "下降了10%以上，水", "生态持续向好"]
    (first, article) = _articles("\n".join([*wide, "柳川河水质持续向好", *column]) + "\n")
    assert "".join(article.paragraphs) == "".join(column) and len(article.paragraphs) <= 2  # verse: a line each


def test_a_readers_letter_signed_under_its_last_sentence_and_the_editors_note_after_it():
    # the letter under its column's label, its salutation, its writer's signature, its title
    # printed after it; then the editor's note under its own label and title, which speaks of
    # the letter (读者, 来信): the label over the letter is not the note's headline
    page = "\n".join([
        "读者来信", "编辑同志：", "我是湖滨街道的一名退休教师，在梧桐巷", "住了30多年。巷子两边种着十几棵老梧",
        "桐，夏天，树荫把整条巷子遮得严严实实。", "最近听说，老街改造要拓宽路面，巷子", "里的梧桐可能要移走。大家不反对改造，",
        "只希望能把这些树留下来。", "湖滨街道梧桐巷居民 郑晓岚", "老街的梧桐，能不能留下来？",
        "编辑手记", "为身边的河与树留一页纸", "读者郑晓岚的来信，说的是老街上的", "十几棵梧桐。城市要发展，桥总是要修的，",
        "路总是要宽的。但发展不是把过去一笔抹", "掉。欢迎读者朋友来信，讲讲你身边的河", "与树。"]) + "\n"
    letter, note = _articles(page, {"䶮": ("陈䶮",)})
    assert (letter.title, letter.authors) == ("老街的梧桐，能不能留下来？", ("郑晓岚",))
    assert letter.paragraphs[0] == "编辑同志：" and letter.paragraphs[-1] == "湖滨街道梧桐巷居民 郑晓岚"
    assert note.title == "为身边的河与树留一页纸" and note.paragraphs[0].startswith("读者郑晓岚的来信")


def test_a_notice_named_by_its_title_with_chinese_numbered_items_a_contact_and_its_signer():
    # the story above is set at 20, the notice at 16: its title starts it (hard start and a
    # line alone); each 一、 item a paragraph, though its first line is short by the indent only;
    # the contact line, issuer and date are its last paragraphs
    page = "\n".join([
        "市文化广电旅游局相关负责人表示，本届", "消费季将持续到12月底，其间将举办各类文旅", "活动200余场，发放文旅消费券1000万元，进一",
        "步激发文旅消费活力。", "青湄市文化馆2021年秋季公益培训班招生启事", "为满足广大市民的文化需求，丰",
        "富群众精神文化生活，青湄市文化馆", "2021年秋季公益培训班即日起面向社", "会招生。现将有关事项公告如下：",
        "一、培训项目：剪纸、竹编、书法、", "国画、古筝、合唱、舞蹈等12个项目，共", "开设班级30个。",
        "二、招生对象：年满18周岁、身体", "健康的青湄市常住居民，每人限报1个", "项目。",
        "咨询电话：0578-6213590", "青湄市文化馆", "2021年 9月27日"]) + "\n"
    story, notice = _articles(page)
    assert notice.title == "青湄市文化馆2021年秋季公益培训班招生启事"
    assert notice.paragraphs == [
        "为满足广大市民的文化需求，丰富群众精神文化生活，青湄市文化馆2021年秋季公益培训班即日起面向社会招生。现将有关事项公告如下：",
        "一、培训项目：剪纸、竹编、书法、国画、古筝、合唱、舞蹈等12个项目，共开设班级30个。",
        "二、招生对象：年满18周岁、身体健康的青湄市常住居民，每人限报1个项目。",
        "咨询电话：0578-6213590", "青湄市文化馆", "2021年9月27日"]
    assert story.paragraphs[-1].endswith("步激发文旅消费活力。")


@pytest.mark.parametrize("text, notice", [
    ("启事", True), ("青湄市文化馆2021年秋季公益培训班招生启事", True), ("拆迁补偿公告", True),
    ("澄州市2025年“人民满意的公务员”拟推荐对象公示", True), ("县政府发布禁渔公告", False),
    ("市委召开全会，部署下半年工作", False),
    # a classified's statement names what it states; a statement in the news does not
    ("遗失声明", True), ("更正声明", True), ("严正声明", False), ("某公司发布严正声明", False)])
def test_notice_titles(text, notice):
    assert is_notice_title(text) == notice


def test_a_lost_property_statement_opens_on_its_issuer_under_its_title():
    # (set AS's 政法 page) 遗失声明 / 汀陵市堽口物流有限公司 / （统一社会信用代码：…）: the company's
    # name under the title is the statement's first words, no second headline line
    page = "\n".join(["年底讨薪，劳动者可以先与用人单位协商解决。", "", "遗失声明", "汀陵市堽口物流有限公司",
                      "（统一社会信用代码：", "91990105MA7K3L8X2P）不慎遗", "失公章、财务专用章各一枚，法",
                      "定代表人邵立群名章一枚，营", "业执照副本一份，现声明作废。", "特此声明。", "汀陵市堽口物流有限公司",
                      "2025年11月10日"])
    notice = _articles(page)[-1]
    assert notice.title == "遗失声明" and not notice.kicker
    assert notice.paragraphs[0].startswith("汀陵市堽口物流有限公司（统一社会信用代码：")


def test_a_theory_articles_author_line_is_its_byline_without_the_label():
    page = ("以改革开放的历史经验指引新征程\n作者：韦思远（岭西大学马克思主义学院教授）\n"
            "四十年前，党的十一届三中全会作出把党和国家工作中心转移到经济建设上来的\n历史性决策。\n")
    (article,) = _articles(page)
    assert (article.title, article.byline, article.authors) == \
        ("以改革开放的历史经验指引新征程", "韦思远（岭西大学马克思主义学院教授）", ("韦思远",))


def test_a_story_ending_on_a_tables_last_row_ends_there():
    # the rows end without a sentence's end; the headline and the paragraphs after them are the
    # next story's, not the table's story going on
    page = "\n".join([
        "垌口路改造工程本月15日开工", "本报讯（记者 郑雨桐）记者从市住建局获悉，垌口路改造工程将于本月", "15日开工，预计2019年12月底建成通车。",
        "交通提示", "受垌口路改造施工影响，10月15日起，以下路段实行", "交通管制，请过往车辆和行人提前规划出行路线：",
        "垌口路（江滨路—新华路） 北半幅封闭 10月15日起", "江滨路与垌口路交叉口 22:00—次日6:00 夜间施工",
        "新华路（垌口路—桂香路） 禁止货车通行 全天", "桂香路 限速30公里/小时 7:00—20:00",
        "小区门口积水问题何时解决？", "问：我家住在桂香路的金桂小区，每逢下大雨，小区门口就积", "水严重，希望有关部门尽快解决。",
        "答：经现场勘查，积水主要是排水管道管径偏小所致。我局已将该路段", "排水改造纳入明年计划。"]) + "\n"
    road, ask = _articles(page)
    assert road.paragraphs[-1] == "桂香路 限速30公里/小时 7:00—20:00" and road.paragraphs[1] == "交通提示"
    assert ask.title == "小区门口积水问题何时解决？" and ask.paragraphs[0].startswith("问：")


def test_a_notice_keeps_its_items_and_signature_and_a_correction_its_title():
    page = ("本报讯 承办法官提醒，正规电商平台客服不会\n\n要求消费者下载屏幕共享软件，也不会通过\n\n"
            "私人账户办理退款。接到自称客服的陌生来\n\n电，应通过官方渠道核实，切勿轻易转账。\n\n"
            "海州市法律援助志愿者招募公告\n\n为进一步扩大法律援助覆盖面，满足群\n\n众日益增长的法律服务需求，市法律援助中\n\n"
            "心现面向社会公开招募法律援助志愿者。有\n\n关事项公告如下：\n\n"
            "1.申报时间：2022年12月8日至12月28\n\n日，每日9时至17时（节假日除外）。\n\n"
            "2.申报条件：具有法律专业本科以上学\n\n历，热心公益事业。\n\n特此公告。\n\n"
            "海州市法律援助中心\n\n2022年12月6日\n\n"
            "更正\n\n本报12月5日第5版《邻里纠纷巧化解》\n\n中，“赵晓峰”应为“赵晓锋”。特此更正。\n\n"
            "女排联赛：主场连胜止步\n\n本报记者 周立恒 发自 杭州\n\n11月19日晚，联赛第八轮在杭州进行，主队\n\n以1∶3负于客队。\n")
    _, notice, correction, match = _articles(page)
    assert notice.title == "海州市法律援助志愿者招募公告"
    assert [p[:5] for p in notice.paragraphs] == ["为进一步扩", "1\\.申报", "2\\.申报", "特此公告。", "海州市法律",
                                                  "2022年"]
    assert correction.title == "更正" and not correction.title_generated
    assert (match.byline, match.authors) == ("本报记者 周立恒 发自 杭州", ("周立恒",))


def test_a_byline_whose_name_lost_a_glyph_gets_it_back():
    # 翀 lacking: 刘 alone is no name, and the dateline's bracket shows the gap with a space
    page = ("谁能笑到最后？\n——省青少年足球联赛U19组决赛今晚开踢\n文/图 本报记者 刘\n"
            "本报讯（记者 刘 ）今晚7点半，省青少年足球联\n赛U19组决赛将在澜州奥体中心体育场打\n响。\n")
    (article,) = _articles(page, {"翀": ("刘翀",)})
    assert (article.byline, article.authors) == ("文/图 本报记者 刘翀", ("刘翀",))


def test_a_letter_signed_under_its_last_paragraph():
    page = ("我们小区的“网格员闺女”\n编辑同志：\n我是桂园社区的一名退休职工，想通过贵报\n"
            "表扬我们小区的网格员小许。她每天都来小区\n转一转，谁家有困难她都记在心上。\n"
            "希望社会多理解、多支持网格员的工作。\n读者 陶然\n"
            "市社科联举办研讨会\n本报讯（记者 卢思远）12月4日，市社科联举办\n基层治理创新研讨会。\n")
    letter, news = _articles(page)
    assert (letter.byline, letter.authors, letter.paragraphs[-1]) == ("读者 陶然", ("陶然",), "读者 陶然")
    assert news.title == "市社科联举办研讨会" and news.authors == ("卢思远",)
    assert not is_byline("读者刷身份证或扫码")  # 读者 is a role only before a name set apart


def test_full_width_digits_and_letters_read_as_ascii():
    page = ("主要经济指标持续向好\n上半年全市ＧＤＰ同比增长１２．６％\n"
            "本报讯（记者 沈望舒）７月１９日，记者从市统计局\n获悉，上半年全市ＧＤＰ达到１２６８．４亿元。\n")
    (article,) = _articles(page)
    assert (article.kicker, article.title) == ("主要经济指标持续向好", "上半年全市GDP同比增长12.6%")
    assert list(article.paragraphs) == ["本报讯（记者 沈望舒）7月19日，记者从市统计局获悉，上半年全市GDP达到1268.4亿元。"]


def test_an_advice_box_closes_its_story_and_a_court_signs_another():
    page = ("装修工人摔伤索赔 雇主被判担责七成\n本报讯（通讯员 邱思彦 记者 沈嘉言）4月25日，澜\n"
            "湖区人民法院审结一起提供劳务者受害责任\n纠纷案，判决雇主承担七成赔偿责任。\n"
            "法官提醒\n雇主在雇佣他人从事高空作业时，应当\n提供必要的安全防护措施。\n"
            "澜州中院发布未成年人司法保护典型案例\n本报讯 4月25日，澜州市中级人民法院发布\n"
            "未成年人司法保护典型案例10件。\n（澜州市中级人民法院供稿）\n")
    injury, cases = _articles(page)
    assert injury.paragraphs[1] == "法官提醒" and injury.paragraphs[2].startswith("雇主在雇佣")
    assert cases.paragraphs[-1] == "（澜州市中级人民法院供稿）" and cases.authors == ()


def test_a_headline_over_a_byline_is_that_storys():
    # 家庭, 做好 and 防护 are the next story's words too (its content points there, a little); the
    # title–byline–body order says whose it is
    page = ("流感季将至 家庭防护做好这几点\n■ 本报记者 苏婉清\n进入9月，早晚温差逐渐加大，流感等\n"
            "呼吸道疾病即将进入高发期。记者采访了\n市第二人民医院的医生。\n"
            "开学季 护好孩子的“心灵之窗”\n本报讯（记者 程一凡）新学期开始，孩子\n"
            "们在家庭中使用电子产品的时间增加，\n家长要做好防护监督。\n")
    flu, eyes = _articles(page)
    assert (flu.title, flu.byline) == ("流感季将至 家庭防护做好这几点", "本报记者 苏婉清")
    assert eyes.title == "开学季 护好孩子的“心灵之窗”"


def test_a_kicker_no_other_story_takes_stays_over_its_title():
    # 健康 is the story above's word too: split off the run it came in, the kicker is taken by no
    # story, and goes back over the title printed under it
    page = ("流感季将至 家庭防护做好这几点\n■ 本报记者 苏婉清\n进入9月，早晚温差加大，流感等呼吸\n"
            "道疾病进入高发期，身体健康要从细节做\n起，勤洗手、常通风，保持规律作息。\n"
            "守护“她”健康\n适龄女生HPV疫苗免费接种工作启动\n——首批1.5万剂疫苗已分发至各接种门诊\n"
            "本报讯（记者 苏婉清）9月9日，我市适龄女\n生HPV疫苗免费接种工作正式启动。\n")
    flu, hpv = _articles(page)
    assert flu.title == "流感季将至 家庭防护做好这几点" and not flu.kicker
    assert (hpv.kicker, hpv.title, hpv.subtitle) == (
        "守护“她”健康", "适龄女生HPV疫苗免费接种工作启动", "——首批1.5万剂疫苗已分发至各接种门诊")


def test_a_notice_at_its_own_measure_signed_by_the_paper():
    # 启事 under a story set wider: the notice is measured under its title, and the paper's name
    # over a date signs it (no 特此公告 before them)
    page = ("本报讯 1月17日，全市召开会议部署春节前后的安全生产工作，要求各地各部门\n"
            "压实责任，加强隐患排查，确保全市人民过一个欢乐祥和的春节。会议还对\n"
            "节日期间的值班值守、应急处置等工作作了具体安排。\n"
            "启事\n因春节放假，本报2022年2月1日\n（正月初一）至2月6日（正月初六）休\n"
            "刊，2月7日起恢复正常出版。休刊期间，\n澜州日报客户端、微信公众号照常更新，\n"
            "欢迎广大读者关注。\n澜州日报社\n2022年1月18日\n")
    meeting, notice = _articles(page)
    assert notice.title == "启事" and notice.authors == ()
    assert notice.paragraphs[0].startswith("因春节放假") and notice.paragraphs[-2:] == ["澜州日报社", "2022年1月18日"]


def test_a_photo_story_is_signed_by_its_photographer_set_alone_under_it():
    page = ("我市9件作品获全省书写大赛一等奖\n本报讯（记者 赵晓雯）全省第五届中小学生规范汉字书写大\n"
            "赛颁奖仪式今天举行，我市9件作品获一等奖。\n图片新闻\n"
            "10月12日，滨河公园的银杏林进入最佳观赏期，金黄的\n银杏叶吸引了不少市民前来拍照留念。\n"
            "本报记者 韩冬 摄\n")
    contest, photo = _articles(page)
    assert not contest.captions and photo.kicker == "图片新闻" and photo.authors == ("韩冬",)
    assert photo.paragraphs[-1] == "本报记者 韩冬 摄"


def test_a_column_label_and_a_title_start_a_story_under_a_box_that_stops_on_no_sentence():
    # an interview's 人物简介 box ends on an entry with no sentence's end; a 记者手记 under it, with
    # its own title, is a story of its own (a label alone over paragraphs stays its story's box)
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    interview = [(HEADLINE, "从一颗螺丝钉到一座智能工厂"), (BODY, "周启衡：我们正在建设二期智能工厂。"),
                 (BODY, "人物简介"), (BODY, "曾获全国五一劳动奖章")]
    notes = [(BODY, "采访周启衡，约了三次才见上面。"), (BODY, "头两次，他都在车间里。")]
    layout = segment_articles(units(*interview, (HEADLINE, "记者手记"), (HEADLINE, "把“笨功夫”下足"), *notes))
    assert [[u.text for u in d.units] for d in layout.drafts] == [
        ["周启衡：我们正在建设二期智能工厂。", "人物简介", "曾获全国五一劳动奖章"],
        ["采访周启衡，约了三次才见上面。", "头两次，他都在车间里。"]]
    layout = segment_articles(units(*interview, (HEADLINE, "记者手记"), *notes))
    assert len(layout.drafts) == 1


def test_an_opinions_author_over_where_they_work_signs_the_story_above():
    # `□ 许清和` / `（作者单位：东源师范大学政法学院）` under a column's last paragraph sign it; a bulleted
    # byline straight over the next title (`□ 新华社记者 林远`) still heads the next story
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    column = [(HEADLINE, "“数字减负”不能变成“数字加负”"), (BODY, "基层干部的精力是有限的。")]
    nxt = [(HEADLINE, "乡村文旅不能只靠“网红”流量"), (BODY, "春节假期，不少乡村景点迎来客流高峰。")]
    assert is_credit("（作者单位：东源师范大学政法学院）") and not names_in_credit("（作者单位：东源师范大学政法学院）")
    layout = segment_articles(units(*column, (BYLINE, "□ 许清和"), (CREDIT, "（作者单位：东源师范大学政法学院）"), *nxt))
    assert [[u.text for u in d.units] for d in layout.drafts] == [
        ["基层干部的精力是有限的。", "□ 许清和", "（作者单位：东源师范大学政法学院）"], ["春节假期，不少乡村景点迎来客流高峰。"]]
    assert layout.drafts[0].byline == "□ 许清和" and layout.drafts[0].paragraphs[-1] == "（作者单位：东源师范大学政法学院）"
    # a bulleted byline straight over the next title heads the next story where that story's
    # dateline names the same reporter, and signs the column above where it does not
    wire = [(HEADLINE, "全国夏粮再获丰收"), (BODY, "新华社北京8月10日电（记者 林远）记者从农业农村部获悉。")]
    parts = units(*column, (BYLINE, "□ 新华社记者 林远"), *wire)
    layout = segment_articles([replace(u, dateline=u.text.startswith("新华社")) for u in parts])
    assert [u.text for u in layout.drafts[0].units] == ["基层干部的精力是有限的。"] and not layout.drafts[0].byline
    layout = segment_articles(units(*column, (BYLINE, "□ 罗一苇"), (HEADLINE, "今日快评"), *nxt))
    assert [d.byline for d in layout.drafts] == ["□ 罗一苇", ""]


def test_a_signature_at_a_columns_foot_over_the_next_columns_text_signs_the_column_above():
    # □ 石岩 ends the first column with the next column's text right under it; that column's
    # headline comes after its text with a byline of its own (□ 林秋), so 石岩 signs the first
    page = ("街谈巷议\n站牌别再“误导人”\n周末带孩子去少年宫，\n在站台等了二十分钟，车\n"
            "却迟迟不来。一问才知道，\n线路早已调整，站牌上的\n信息却还是老样子。\n"
            "站牌虽小，连着的是群\n众的出行。建议有关部门\n定期巡查，及时更新，让\n市民不再白等。\n"
            "□ 石岩\n社区食堂开业那天，不\n少老人早早就来排队。一\n荤两素一碗汤，价格实惠，\n"
            "味道也好，老人们吃得\n舒心。\n办好社区食堂，贵在长\n久。既要算好经济账，也\n"
            "要听取老人的意见，让这\n份温暖持续下去。\n一家之言\n社区食堂贵在办得长久\n□ 林秋\n")
    result = _clean(page)
    column, other = result.articles
    assert (column.title, column.byline, column.authors) == ("站牌别再“误导人”", "石岩", ("石岩",))
    assert (other.title, other.byline, other.authors) == ("社区食堂贵在办得长久", "林秋", ("林秋",))
    assert other.body.startswith("社区食堂开业那天") and not result.report.fragments


def test_an_advertisement_under_its_label_belongs_to_no_story():
    # `广告` and the lines under it down to its contact lines: no headline, no paragraph, and the
    # photo story's label and title after it are that story's
    page = "\n".join(["据了解，葛建华开出租车已有11年，曾多次归还乘客遗失的手机、钱包",
                      "等物品，去年被评为全市“文明的哥”。", "的哥苦等两小时 五万元现金物归原主", "广告", "康宁家政 诚信服务",
                      "保姆 月嫂 育儿嫂 老人陪护 钟点工", "服务热线：8826 3155", "地址：澄川市人民路218号康宁大厦3楼",
                      "图片新闻", "非遗课堂进社区 孩子暑假学手艺", "暑假开始后，不少家长为孩子",
                      "“没处去”犯愁。7月以来，澄川市文", "化馆联合全市18个社区开设“非遗小",
                      "课堂”，邀请剪纸、竹编、面塑等非遗", "项目传承人走进社区，免费为辖区中",
                      "小学生授课，课程将持续到8月下旬。"])
    result = _clean(page)
    texts = " ".join(a.title + a.body for a in result.articles)
    assert "康宁" not in texts and "8826" not in texts
    assert {(line, text) for line, text in result.report.fragments} >= {(4, "广告"), (8, "地址：澄川市人民路218号康宁大厦3楼")}
    assert [a.title for a in result.articles] == ["的哥苦等两小时 五万元现金物归原主", "非遗课堂进社区 孩子暑假学手艺"]
    assert result.articles[1].body.startswith("暑假开始后")


def test_an_advice_box_under_a_headline_printed_after_its_story_closes_that_story():
    # …人员的水域游泳。 / 少年水库游泳遇险… (the story's headline, after it) / 温馨提示 / 1.… 2.…
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    layout = segment_articles(units((BODY, "本报讯（记者 毛思远）7月13日傍晚，两名少年在水库游泳时体力不支。"),
                                    (BODY, "民警提醒，教育孩子不到无安全设施的水域游泳。"),
                                    (HEADLINE, "少年水库游泳遇险 钓鱼市民跳水救起两人"), (HEADLINE, "温馨提示"),
                                    (BODY, "1.不私自下水游泳。"), (BODY, "2.发现有人溺水，不要贸然下水施救。")))
    assert len(layout.drafts) == 1 and layout.drafts[0].paragraphs[-3:] == [
        "温馨提示", "1.不私自下水游泳。", "2.发现有人溺水，不要贸然下水施救。"]
    assert [u.text for g in layout.groups for u in g.lines] == ["少年水库游泳遇险 钓鱼市民跳水救起两人"]
    # (set AR's 健康·体育 page) a box that closes on its compiler's credit, after a story its
    # dateline credits, is a piece of its own: its label its title
    story = units((BODY, "本报讯（记者 庞清 通讯员 宓晓雯）进入10月以来，我市昼夜温差加大。"),
                  (BODY, "“对于心梗和脑卒中来说，时间就是生命。”龙江涛说。"), (HEADLINE, "专家提醒"),
                  (BODY, "秋季是路跑赛事的高峰期。"), (BODY, "1.量力而行。"), (CREDIT, "（本报记者 庞清 整理）"))
    layout = segment_articles([replace(story[0], dateline=True), *story[1:]])
    assert len(layout.drafts) == 2 and layout.drafts[1].paragraphs[0] == "秋季是路跑赛事的高峰期。"
    assert [u.text for g in layout.groups for u in g.lines] == ["专家提醒"]


def test_a_briefs_credit_alone_on_its_line_ends_that_brief_and_every_signer_is_an_author():
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    layout = segment_articles(units((HEADLINE, "民生速览"), (BODY, "●本周六起，市图书馆少儿阅览室延长开放时间。（李文）"),
                                    (BODY, "●为方便市民办理社保业务，开设“社保夜市”。（孙悦 陈瑶）"),
                                    (BODY, "●市公交集团对87辆公交车加装了空调除菌装置。"), (CREDIT, "（李文）"),
                                    (BODY, "●7月14日，“爱心送清凉”活动在人民广场启动。")))
    assert len(layout.drafts) == 1
    assert layout.drafts[0].paragraphs[2:] == ["●市公交集团对87辆公交车加装了空调除菌装置。（李文）",
                                               "●7月14日，“爱心送清凉”活动在人民广场启动。"]
    assert byline_and_authors(layout.drafts[0]) == ("", ["李文", "孙悦", "陈瑶"])


def test_a_wire_dateline_with_a_space_before_its_date_is_a_dateline():
    assert is_dateline("新华社北京 7月19日电（记者 邢雨桐）") and is_dateline("新华社北京7月19日电")


def test_a_sports_page_with_headlines_after_bodies_a_briefs_column_and_fixtures():
    # PyMuPDF's order: a story's kicker, title and subtitle after it (the subtitle, set across the
    # column, is no line of a paragraph the caption under it could end); a 快讯 box whose label
    # heads its ■ briefs, each run in before its dateline; a fixtures story after the box
    page = "\n".join([
        "本报讯（记者 关启航）昨晚，", "2022赛季中甲联赛第5轮在市体育", "中心体育场进行，泽川队坐镇主场",
        "迎战青岚队。上半场先丢一球的泽", "川队易边再战后连扳三球，最终以", "3∶1逆转对手。",
        "中甲联赛第5轮", "韦翀梅开二度 泽川队主场3∶1逆转青岚队", "外援门德斯伤愈复出，替补登场送出两次助攻",
        "昨晚，泽川队前锋韦翀（右）在比赛中射门。 本报记者 程亦舟 摄", "体育快讯",
        "■市青少年游泳赛落幕 本报讯", "（记者 包若溪）5月12日，2022年泽川", "市青少年游泳锦标赛在市游泳跳水馆落",
        "幕。426名运动员参加了角逐。", "■健身步道年内再添50公里 本报", "讯（记者 易小舟）记者从市体育局获",
        "悉，今年我市将新建和改造全民健身步", "道50公里。", "本周末起，泽川队将迎来一个主", "场、一个客场两场联赛。具体赛程如",
        "下：", "5月15日 19:30 泽川队—临港队", "5月18日 19:35 东滨队—泽川队", "5月21日 15:00 泽川女足—金岭女足",
        "以上主场比赛均在市体育中心进", "行，门票可通过“泽川体育”微信小", "程序购买。", "赛程预告"])
    match, briefs, fixtures = _articles(page)
    assert (match.kicker, match.title, match.subtitle) == (
        "中甲联赛第5轮", "韦翀梅开二度 泽川队主场3∶1逆转青岚队", "外援门德斯伤愈复出，替补登场送出两次助攻")
    assert match.captions == ("昨晚，泽川队前锋韦翀（右）在比赛中射门。 本报记者 程亦舟 摄",)
    assert (briefs.title, briefs.kicker, briefs.authors) == ("体育快讯", "", ("包若溪", "易小舟"))
    assert briefs.paragraphs[0].startswith("■市青少年游泳赛落幕 本报讯（记者 包若溪）")
    assert fixtures.title == "赛程预告" and fixtures.paragraphs[0].startswith("本周末起")


def test_an_advice_boxs_label_over_its_own_title_and_text():
    # 法官提醒 / 守好“养老钱” 警惕这些套路 (as wide as the box) / 近年来，以“养老”为 (short by the indent)
    page = "\n".join(["本报讯（记者 贺明远）青崖县一起非法吸收公众存款案近日宣判，", "孟某被判处有期徒刑九年。", "",
                      "法官提醒", "", "守好“养老钱” 警惕这些套路", "", "近年来，以“养老”为", "名的非法集资、诈骗案件时",
                      "有发生。省高级人民法院刑", "二庭法官许嘉言提醒广大老", "年朋友，要格外警惕。"])
    articles = _articles(page)
    assert articles[-1].title == "守好“养老钱” 警惕这些套路" and articles[-1].paragraphs[0].startswith("近年来，以“养老”为名")


def test_a_reading_page_a_book_list_a_poem_near_one_length_and_a_call_for_entries_signed_without_a_date():
    # (set AB's 文化·读书 page, cut) a book cover's caption under the review; a 荐书 box's books,
    # a line each; a poem's lines near one length, each ending where a phrase does; a call for
    # entries under its notice's title right after the verse, an item run in after its label over
    # two lines, signed by two issuers and no date
    page = "\n".join([
        '在山河间安放故园',
        '一位乡土作家的十年回望',
        '——读祁 散文集《山河·故园》',
        '□ 宋知言',
        '作家祁的散文集《山河·故园》',
        '近日由岑江文艺出版社出版。这是他继',
        '《山河·远行》之后推出的“山河”系',
        '列第二部，收录了他近十年来创作的37',
        '篇散文，写的大多是他出生和长大的那',
        '个叫柿子湾的小山村。',
        '合上书页，柿子湾的炊烟仿佛还在',
        '眼前。对于每一个离开故乡的人来说，',
        '这本书或许都能唤起一段似曾相识的记',
        '忆。在这个意义上，作者写的是他自己',
        '的故园，也是我们每个人的故园。',
        '《山河·故园》书影',
        '书 香 满 城',
        '世界读书日·编辑荐书',
        '4月23日是第27 个世界读书日。书香浸润',
        '心灵，阅读点亮生活。本期，我们从近期出版的',
        '新书中挑选了三本，有的关乎教育，有的关乎城',
        '市，有的关乎星空，推荐给热爱阅读的你。',
        '《稻田课堂》 林望舒 著 岑江教育出版社',
        '乡村教师林望舒在山区小学任教二十余年，',
        '书中记录了她带着孩子们在稻田边上自然课、',
        '在晒谷场上读诗的点滴日常。文字朴素真挚，',
        '读来令人动容，也让人重新思考教育的本义。',
        '《老城巷陌》 欧阳晴川 著 岑江人民出版社',
        '本书以岑州老城的十二条街巷为线索，讲',
        '述了街巷里的老字号、老手艺和老街坊的故事，',
        '配有作者手绘插图八十余幅。对于想要了解这',
        '座城市历史文脉的读者来说，这是一本不可多',
        '得的“城市漫游指南”。',
        '《星空问答》 宁远航 著 岑江少儿出版社',
        '这是一本写给少年儿童的天文科普读物。',
        '作者是岑州天文馆的一名科普工作者，他从孩',
        '子们最常提出的100 个问题入手，用浅显生动的',
        '语言讲解宇宙的奥秘，书中还附有四季观星指',
        '南和简易星图，适合亲子共读。',
        '四月，与书相遇',
        '□ 何田田',
        '把四月的风折进书页',
        '让每一行字都长出新叶',
        '在旧书摊的角落里',
        '我遇见一个泛黄的春天',
        '有人从远方寄来山河',
        '有人在灯下种下星辰',
        '翻过这一页，世界很大',
        '合上这一页，故乡很近',
        '“我与书的故事”征文启事',
        '为营造全民阅读的浓厚氛围，',
        '推动“书香岑州”建设，岑州日报',
        '社、岑州市图书馆联合举办“我与',
        '书的故事”主题征文活动，现面向',
        '社会各界公开征集稿件。有关事项',
        '如下：',
        '一、征文内容：围绕“我与书的',
        '故事”主题，讲述您与一本书、一位',
        '爱书人或一座图书馆之间的故事，',
        '分享阅读带给您的感动与收获。',
        '二、稿件要求：文体以散文、随',
        '笔为主，字数在1500 字以内；须为原',
        '创首发作品，严禁抄袭。',
        '三、投稿方式：请将稿件发送至',
        '电子邮箱czrbdushu@163.com，邮件',
        '主题注明“征文+作者姓名+联系电',
        '话”。',
        '四、征文时间：即日起至2022 年',
        '6月30日。',
        '五、奖项设置：活动设一等奖3',
        '名、二等奖6名、三等奖10名，优秀作',
        '品将在本报“文化·读书”版陆续',
        '刊发。',
        '岑州日报社 岑州市图书馆'])
    review, books, poem, call = _articles(page)
    assert review.captions == ("《山河·故园》书影",)
    assert "《稻田课堂》 林望舒 著 岑江教育出版社" in books.paragraphs
    assert (poem.title, len(poem.paragraphs)) == ("四月，与书相遇", 8)
    assert call.title == "“我与书的故事”征文启事"
    assert call.paragraphs[-3:] == ["四、征文时间：即日起至2022年6月30日。",
                                    "五、奖项设置：活动设一等奖3名、二等奖6名、三等奖10名，优秀作品将在本报“文化·读书”版陆续刊发。",
                                    "岑州日报社 岑州市图书馆"]


# ①…。②…。 / ③…。 over `本报记者 周野 文/摄`: three captions, and the one who wrote the story and
# took its photos signs it, though the next story's dateline follows; the same in traditional
# characters (文/攝)
_PHOTO_STORY = ["图片新闻", "非遗课堂进社区 孩子暑假学手艺", "暑假开始后，不少家长为孩子", "“没处去”犯愁。7月以来，澄川市文",
                "化馆联合全市18个社区开设“非遗小", "课堂”，课程将持续到8月下旬。", "①剪纸传承人吕淑华指导孩子们剪窗",
                "花。②孩子们展示刚剪好的作品。", "③竹编艺人余德茂教孩子们编小花篮。", "本报记者 周野 文/摄",
                "本报讯（记者 毛思远 通讯员", "潘立群）7月13日傍晚，两名少年在城", "郊青龙湾水库游泳时体力不支。"]
_TO_TRADITIONAL = str.maketrans("图片闻遗课进区习艺开后长为处来馆联个设将续剪纸传统们导孩编艺报记讯远时库游体",
                                "圖片聞遺課進區習藝開後長為處來館聯個設將續剪紙傳統們導孩編藝報記訊遠時庫遊體")


@pytest.mark.parametrize("traditional", [False, True])
def test_a_photo_storys_numbered_captions_and_its_text_and_photos_byline(traditional):
    def script(text: str) -> str:
        return text.translate(_TO_TRADITIONAL).replace("摄", "攝") if traditional else text
    photos, nxt = _articles(script("\n".join(_PHOTO_STORY)))
    assert photos.captions == tuple(script(c) for c in ("①剪纸传承人吕淑华指导孩子们剪窗花。", "②孩子们展示刚剪好的作品。",
                                                        "③竹编艺人余德茂教孩子们编小花篮。"))
    assert (photos.byline, photos.authors) == (script("本报记者 周野 文/摄"), ("周野",))
    assert "周野" not in photos.body and nxt.authors == (script("毛思远"), "潘立群")
    assert is_byline(script("本报记者 周野 文/摄")) and not is_byline(script("本报记者 周野 摄"))


def test_a_photo_story_signed_in_brackets_in_traditional_script_names_its_photographer():
    signed = Draft(units=[Unit(BODY, "清晨的漁港，漁民們正忙著卸貨，一筐筐海鮮被送上岸。（本報記者 邱雨桐 攝）", 1, 0)])
    assert byline_and_authors(signed) == ("", ["邱雨桐"])


def test_a_notice_of_persons_a_row_each_its_contacts_and_signature_and_a_sponsors_line():
    page = "\n".join([
        "宜溪县2019年度优秀农村基层干部拟表彰人选公示", "根据《关于开展2019年度优秀农村基层干", "部评选表彰工作的通知》要求，经各乡镇党委",
        "推荐、县委组织部审核，拟对以下3名同志予", "以表彰，现予以公示：", "林德茂，男，凫田镇柯家坪村党支部书记",
        "熊桂英，女，凫田镇下湾村村委会主任", "严国栋，男，城关镇东门社区党委书记", "公示期为2019年9月26日至10月10日。公",
        "示期间，如对公示人选有不同意见，可通过来信、", "来电、来访等方式向县委组织部反映。", "联系电话：3326517",
        "通信地址：宜溪县行政中心县委组织部干部科", "中共宜溪县委组织部", "2019年9月25日", "宜溪县融媒体中心协办"])
    result = _clean(page)
    [notice] = result.articles
    assert notice.paragraphs[1:4] == ["林德茂，男，凫田镇柯家坪村党支部书记", "熊桂英，女，凫田镇下湾村村委会主任",
                                      "严国栋，男，城关镇东门社区党委书记"]
    assert notice.paragraphs[-4:] == ["联系电话：3326517", "通信地址：宜溪县行政中心县委组织部干部科", "中共宜溪县委组织部",
                                      "2019年9月25日"]
    assert notice.authors == () and (16, "宜溪县融媒体中心协办") in result.report.fragments


def test_teasers_with_their_page_after_dots_and_a_photo_storys_title_over_its_caption():
    assert is_teaser("我省出台二十条措施支持民营经济发展……详见第3版") and not is_teaser("他说详见第3版")
    page = "\n".join(["今日导读", "我省出台二十条措施支持民营经济发展……详见第3版", "首届雁南乡村文化旅游节开幕……详见第5版", "",
                      "澜江大桥主体工程全线贯通", "", "4月15日，施工人员在澜江大桥合龙段进行焊接作业。 新华社发", "",
                      "本报讯（记者 龚思远）4月15日", "上午10时18分，随着最后一段重约260", "吨的钢箱梁精准吊装到位，澜江大桥",
                      "主体工程实现全线贯通，为年底建成", "通车奠定了坚实基础。"])
    [bridge] = _articles(page)
    assert bridge.title == "澜江大桥主体工程全线贯通"
    assert bridge.captions == ("4月15日，施工人员在澜江大桥合龙段进行焊接作业。 新华社发",)


def test_a_schools_phones_a_row_each_and_a_headline_run_kept_whole_over_its_dateline():
    # (set AD's 教育 page, PyMuPDF, cut) a box's phone rows under the sentence leading into them,
    # whose first line is no heading; a kicker, title and subtitle over the 中考 story's dateline,
    # the title's words also the topic of the interview after it
    page = "\n".join([
        '招生信息',
        '记者从市教育考试院获悉，今',
        '年我市普通高中计划招生2.86万人，',
        '比去年增加1200人，其中公办普通',
        '高中招生2.15万人。全市共有31所',
        '普通高中学校参与统一招生录取，',
        '录取分提前批、第一批、第二批三个',
        '批次进行。',
        '今年中考将于6月20日至22日',
        '举行，成绩预计7月3日公布。考生',
        '须在6月26日至28日登录市教育考',
        '试院网站填报志愿，第一批次最多',
        '可填报6个学校志愿，逾期未填报的',
        '视为放弃。',
        '今年有4所学校新增或扩大了',
        '招生计划，考生和家长可在工作日',
        '拨打以下电话咨询：',
        '湖中学 电话：0762-3318456',
        '沅川二十中 电话：0762-3327190',
        '青禾实验学校 电话：０７６２-６６５１０２３',
        '沅川艺术高中 电话：0762-3189677',
        '市教育考试院提醒，今年我市',
        '普通高中招生录取全部通过网上录',
        '取系统进行，任何学校不得组织考',
        '前“掐尖”考试。凡以“内部指标”',
        '“花钱买分”等名义招摇撞骗的，',
        '均属违法行为，考生和家长切勿轻',
        '信。发现违规招生行为，可拨打举',
        '报电话0762-3350178。',
        '今秋入学的初一新生首批适用',
        '我市中考改革方案公布',
        '体育分值提至６０分 综合素质评价与录取挂钩',
        '晚报讯（记者 柏思齐 通讯员 聂文涛）6月13',
        '日，市教育局召开新闻发布会，正式公布《沅川市初',
        '中学业水平考试和高中阶段学校招生制度改革实施',
        '方案》（以下简称《方案》）。新方案自２０２３年秋',
        '季入学的初一新生开始实施，2026年中考起全面执',
        '行。',
        '市教育局副局长甘立新介绍，此次改革坚持',
        '“稳中求进、平稳过渡”原则，历时近两年调研论证，',
        '先后召开座谈会37 场，面向全市初中学校、学生和家',
        '长发放问卷6万余份。“改革的核心是破除‘唯分',
        '数论’，引导学校和家长把目光从分数转向孩子的',
        '全面发展。”甘立新说。',
        '考试科目实行全科开考',
        '《方案》明确，初中学业水平考试实行全科开',
        '考，覆盖国家课程方案规定的所有科目。其中，语文、',
        '数学、英语、物理、化学、道德与法治、历史、体育与健',
        '康计入中考录取总成绩；地理、生物学在八年级结束',
        '时 考 试 ， 成 绩 以 等 级 呈 现 ； 信 息 科 技 、 音 乐 、 美 术 等 科',
        '目实行合格性考查。',
        '值得关注的是，体育与健康的分值由现行的50',
        '分提高到60分，其中过程性评价占20分，现场统一考',
        '试占40分。现场考试在原有项目基础上增设游泳、',
        '篮球运球等选考项目，学生可根据自身特长自主选',
        '择。',
        '图为学生在市奥体中心参加体育模拟测试。 本报记者 龚宇 摄',
        '“体育分值提高，对孩子是好事。”家长卢女',
        '士说，女儿每天放学后都跟着社区跳绳队练一个小',
        '时，“以前总觉得体育是‘副科’，现在一家人周末',
        '都去爬山、打球。”',
        '综合素质评价成录取门槛',
        '此次改革的另一大变化，是将综合素质评价结',
        '果作为高中招生录取的重要依据。综合\u200b素质评价包',
        '括思想品德、学业水平、身心健康、艺术素养和社会',
        '实践五个方面，由学校按学期如实记录、学年汇总，',
        '毕业时形成等级。普通高中录取时，考生综合素质',
        '评价等级须达到Ｂ等及以上。',
        '为确保评价公正，《方案》要求各初中学校建',
        '立公示、申诉和复核制度，评价结果须在校内公示不',
        '少于5个工作日。市教育局将组织专项督查，对弄虚',
        '作假的学校和个人严肃处理。',
        '走班教学在 湖中学先行',
        '作为改革试点学校之一，湖中学从去年秋季',
        '起在八年级试行“分层走班”教学，数学、英语两门',
        '学科按学生基础分为A、B两个层次，学生每学期可申',
        '请调整一次。',
        '“刚开始家长顾虑很多，担心孩子被‘贴标',
        '签’。”教务处主任兼数学教研组长庞卫东介绍说，',
        '湖中学先后召开4次家长会，邀请家长进课堂听课。',
        '一个学期下来，八年级数学平均分提高了6.3 分，学',
        '困生比例下降了近一半。',
        '据悉，市教育局将于今年9月起陆续出台体育考',
        '试、综合素质评价等配套细则，并通过家长学校、线',
        '上直播等形式开展政策解读。市民如有疑问，可拨',
        '打市教育局招生考试咨询电话0762-3350121。',
        '对话',
        '“把课堂还给学生，分数自然会来”',
        '——访沅川市第七中学校长邬国平',
        '□ 晚报记者 喻晴',
        '沅川市第七中学是一所有着六十多年历史',
        '的老校。近三年来，这所学校在不增加课时、不',
        '加重课业负担的前提下，中考优秀率连年提升，',
        '“七中课堂”也成了全市初中教师“取经”的',
        '地方。中考改革方案公布后，记者来到七中，与',
        '校长邬国平聊了聊课堂改革和学生成长。',
        '记者：中考改革方案公布后，学校做了哪些',
        '准备？',
        '校长：其实我们的准备从三年前就开始了。',
        '改革的方向很明确，就是从“考什么教什么”',
        '转向“培养什么样的人”。这几年我们一直在',
        '做两件事：一是改课堂，二是改评价。',
        '记者：课堂怎么改？',
        '校长：我们推行“20+25”课堂模式，一节',
        '课45分钟，老师讲授不超过20分钟，剩下的时间',
        '留给学生讨论、练习和展示。刚开始不少老师'])
    box, story, interview = _articles(page)
    assert box.title == "招生信息" and "湖中学 电话：0762-3318456" in box.paragraphs
    assert "今年有4所学校新增或扩大了招生计划，考生和家长可在工作日拨打以下电话咨询：" in box.paragraphs
    assert (story.kicker, story.title, story.subtitle) == (
        "今秋入学的初一新生首批适用", "我市中考改革方案公布", "体育分值提至60分 综合素质评价与录取挂钩")
    assert interview.title == "“把课堂还给学生，分数自然会来”"
    assert is_furniture("扫码关注沅川晚报教育公众号")
    h = headline_roles(["家长课堂", "孩子考前焦虑，家长先别慌"])
    assert (h.kicker, h.title) == ("家长课堂", "孩子考前焦虑，家长先别慌")


def test_a_further_reading_box_closes_the_story_above_it():
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    layout = segment_articles(units((HEADLINE, "恒堃新材拟投资12亿元扩产高端电子铜箔"), (BODY, "本报讯 恒堃新材昨日公告，拟投资12亿元扩产。"),
                                    (HEADLINE, "延伸阅读"), (BODY, "电子铜箔是以铜为主要原料制成的金属箔材。"),
                                    (HEADLINE, "沪指涨逾0.8% 两市成交额超8900亿元"), (BODY, "新华社上海9月5日电 A股三大股指5日集体上涨。")))
    assert [d.paragraphs for d in layout.drafts] == [
        ["本报讯 恒堃新材昨日公告，拟投资12亿元扩产。", "延伸阅读", "电子铜箔是以铜为主要原料制成的金属箔材。"],
        ["新华社上海9月5日电 A股三大股指5日集体上涨。"]]


def test_a_profession_or_an_office_before_the_name_is_no_author():
    assert names_in_credit("心理咨询师 温若兰") == ["温若兰"] and names_in_credit("县农技中心 邬秋实") == ["邬秋实"]
    assert names_in_credit("记者 柳春生") == ["柳春生"]
    assert is_credit("（县农业农村局 钟晓岚 彭瑶）")


def test_who_said_it_under_a_quotation_ends_its_paragraph_in_a_narrow_column():
    page = "\n".join(["村民郑桂香是最早", "加入合作社的社员之", "一。“在家门口就能", "挣钱，还能照顾老人", "孩子，一年下来收入",
                      "有五六万元。”", "郑桂香笑着说。", "为延长产业链，", "合作社去年又投资60", "万元建起烘干房。"])
    blocks = _blocks(page)
    assert blocks[0][-1] == "郑桂香笑着说。" and blocks[1][0] == "为延长产业链，"


def test_an_author_line_whose_name_lost_its_glyph_and_a_wire_source_closing_a_column():
    assert is_byline("作者：俞（澜江大学国际关系学院教授）") and not is_byline("作者：（澜江大学）")
    assert is_credit("（本报综合新华社电）") and names_in_credit("（本报综合新华社电）") == []


def test_a_portraits_caption_a_readers_comments_box_and_a_qa_columns_label():
    assert is_caption("市眼科医院小儿眼科副主任医师 钮佳琪") and is_caption("市第一人民医院心内科主任 邵")
    assert not is_caption("市眼科医院召开会议") and not is_caption("市委书记 张三 李四 王五")
    h = headline_roles(["专家问答", "换季血压“坐过山车”，降压药要不要加量？"])
    assert (h.kicker, h.title) == ("专家问答", "换季血压“坐过山车”，降压药要不要加量？")
    def units(*parts):
        return [Unit(kind, text, k, k) for k, (kind, text) in enumerate(parts)]
    layout = segment_articles(units((HEADLINE, "让“办事不求人”成为营商新常态"), (BODY, "规则亮出来了，托关系的空间自然就小了。"),
                                    (HEADLINE, "网友热议"), (BODY, "@网友临川老陈：全程在手机上操作，一趟都没跑，点赞！")))
    assert [d.paragraphs for d in layout.drafts] == [
        ["规则亮出来了，托关系的空间自然就小了。", "网友热议", "@网友临川老陈：全程在手机上操作，一趟都没跑，点赞！"]]


def test_a_cartoons_credit_and_title_are_one_caption_of_the_commentary_it_draws():
    # (set AG's 评论 page) 漫画/闻小舟 over the cartoon's title, no blank line between, then the
    # commentary's title and byline: one caption, the title first as a photo's reads, no kicker
    page = "\n".join([
        "减证便民要落到实处", "", "□ 程立", "",
        "各部门要把减证便民的各项举措", "落到实处，让群众少跑腿、好办事，",
        "真正把便利送到群众的家门口。", "",
        "漫画/闻小舟", "“表格”比干活还多", "",
        "基层减负不能只减在纸面上", "", "□ 庞立言", "",
        "近日，有基层干部反映，一张", "表格要填三遍，同一份材料要交给",
        "五个部门，“表格负担”不减反增。", "有的干部说，填表格的时间比干活",
        "的时间还多。减负要真正减在实处，", "就要少一些重复填报的表格，多一", "些数据共享。"])
    lead, comment = _articles(page)
    assert comment.title == "基层减负不能只减在纸面上" and not comment.kicker
    assert comment.captions == ("“表格”比干活还多 漫画/闻小舟",) and not lead.captions
    assert comment.authors == ("庞立言",)


def test_a_long_caption_under_its_own_title_and_over_the_next_headline_is_a_photo_story():
    # (set AH's 文体 page) no 图片新闻 label: a title, a caption telling who, what, where and when,
    # then the next story's headline. The caption is the story, its photographer its author
    page = "\n".join([
        "县第十二届全民运动会闭幕", "本报讯（记者 覃雨）7月18日，县第十", "二届全民运动会在县体育中心闭幕。",
        "本届运动会历时五天，共有1600余名", "运动员参赛，5人次打破县运会纪录。",
        "“村BA”燃动夏夜", "7月20日晚，青溪镇第三届“村BA”", "篮球赛在镇文化广场开赛，来自全镇",
        "12个村的篮球队将展开为期一周的角", "逐。比赛现场灯火通明，村民们自带", "板凳围坐在球场四周，为家乡球队呐",
        "喊助威。 通讯员 黎晓 摄",
        "县青少年书法比赛结果揭晓", "本报讯 7月20日，县第五届青少年书", "法比赛颁奖仪式在县文化馆举行。"])
    games, photo, calligraphy = _articles(page)
    assert (photo.title, photo.authors, photo.captions) == ("“村BA”燃动夏夜", ("黎晓",), ())
    assert photo.paragraphs[0].endswith("为家乡球队呐喊助威。 通讯员 黎晓 摄")
    assert not games.captions and calligraphy.title == "县青少年书法比赛结果揭晓" and not calligraphy.kicker


def test_a_caption_opening_on_tu_wei_goes_on_over_its_lines_down_to_its_credit():
    # (set AJ's 科技 page; the extractor fixtures' p02) 图为… wrapped mid-sentence is one caption,
    # its credit's space kept where a line's end cut the role (本报记 / 者) or left 摄 alone, and
    # the page's desk line and folio under the credit are not its
    lead = ["新品发布", "本报讯 村民们正在抢收小麦，田间一片繁忙景象，今年小麦", "长势良好，预计亩产比去年增加一成。"]
    cut_role = _articles("\n".join([*lead, "图为村民在田间操作HX-", "3000收割机抢收小麦。 本报记", "者 张三 摄"]))
    assert cut_role[0].captions == ("图为村民在田间操作HX-3000收割机抢收小麦。 本报记者 张三 摄",)
    alone = _articles("\n".join([*lead, "图为村民在田间劳作，抢收", "成熟的小麦。 记者 王振宇", "摄",
                                 "责任编辑：赵敏　版式：王强", "2"]))
    assert alone[0].captions == ("图为村民在田间劳作，抢收成熟的小麦。 记者 王振宇 摄",)


def test_an_experts_author_line_under_a_title_and_a_box_with_one_character_of_a_name():
    # (set AG) a post and a name under a title, over a text with no dateline: the expert wrote it;
    # the same under a title over a reporter's dateline names whom the story asks, under a portrait
    column = ["近年来，儿童青少年近视呈现", "低龄化趋势。在我们的门诊中，不", "少孩子刚上小学就戴上了近视眼镜，",
              "有的度数一年能增长100度以上。", "近视一旦发生便不可逆，高度近视", "还可能引发视网膜脱离、青光眼等",
              "严重并发症。"]
    written = _articles("\n".join(["孩子近视越来越“早”，家长要做好三件事", "市眼科医院小儿眼科副主任医师 钮佳琪", *column]))
    assert (written[0].byline, written[0].authors, written[0].captions) == \
        ("市眼科医院小儿眼科副主任医师 钮佳琪", ("钮佳琪",), ())
    asked = _articles("\n".join(["换季血压“坐过山车”，降压药要不要加量？", "市第一人民医院心内科主任 邵平",
                                 "晚报讯（记者 温雅琪）进入3", "月，我市气温忽高忽低，不少高血压", *column[1:]]))
    assert (asked[0].authors, asked[0].captions) == (("温雅琪",), ("市第一人民医院心内科主任 邵平",))
    # □ 聂 (its second glyph lost): the commentary's byline, restored
    boxed = _articles("\n".join(["让“办事不求人”成为营商新常态", "", "□ 聂", "", *column,
                                 "@网友木子：聂 说得在理，规则亮出来了。"]), {"堃": ("聂堃",)})
    assert (boxed[0].byline, boxed[0].authors) == ("聂堃", ("聂堃",))


def test_a_title_under_a_columns_label_over_a_first_line_its_commas_squeeze():
    # (set AI's 法治 page, pypdf) 法律门诊 and 普法小贴士 are columns' labels; the line under one is
    # the title, over a first line the squeezed commas leave only 1.5 ems short of the column
    page = "\n".join([
        "普法小贴士", "欢度新春佳节 这些法律红线别触碰", "春节将至，走亲访友、置办年货、", "燃放烟花爆竹，处处洋溢着喜庆气",
        "氛。欢度佳节的同时，也别忘了绷", "紧法治这根弦。", "1.燃放烟花爆竹要守规矩。在禁止", "燃放的时间、地点燃放烟花爆竹，或",
        "者以危害公共安全和人身、财产安", "全的方式燃放的，由公安部门责令", "停止燃放，处100元以上500元以下", "罚款。"])
    (tips,) = _articles(page)
    assert (tips.kicker, tips.title) == ("普法小贴士", "欢度新春佳节 这些法律红线别触碰")
    assert tips.paragraphs[0].startswith("春节将至，")
    assert is_column_label("法律门诊") and is_column_label("普法小贴士") and not is_column_label("法律援助")
    # (set AU's photo page) a photographer's notes: a column's label, though it opens on a role word
    assert is_column_label("摄影手记") and not is_byline("摄影手记") and is_byline("摄影 王明")


def test_a_page_in_traditional_characters_is_read_by_the_same_patterns():
    # (set AL's page from a Taiwan daily) the patterns are written in simplified characters and
    # match their traditional forms: a running head with the Republic's year, bracketed datelines,
    # bylines and photo credits
    assert either_script("本报记者") == "本[报報][记記]者" and either_script("[报讯]") == "[报報讯訊]"
    assert is_furniture("A14 澄溪新聞 中華民國114年4月8日 星期二 晨光日報")
    assert is_dateline("【記者林玟蓁／澄溪報導】鹿埕鎮鹿") and is_dateline("（中央社記者邱冠霖澄溪縣7日電）澄溪縣")
    assert is_byline("記者 張三") and is_caption("鹿里的舊碾米廠，將修復為社區共餐食堂。〔記者林玟蓁攝〕")
    assert is_notice_title("徵文啟事") and is_notice_title("王大明先生訃告") and is_notice_title("征文启事")
    # a dateline cut before its bracket closed starts the article under its headline
    page = "\n".join(["澄溪長者搭公車享半價 7月起上路", "（中央社記者邱冠霖澄溪縣7日", "電）澄溪縣65歲以上人口比率已超過",
                      "兩成，為減輕長者交通負擔，縣長葉建", "邦今天宣布，7月1日起縣籍長者持敬", "老卡搭乘縣內市區公車。"])
    (bus,) = _articles(page)
    assert bus.title == "澄溪長者搭公車享半價 7月起上路"
    assert bus.paragraphs[0].startswith("（中央社記者邱冠霖澄溪縣7日電）澄溪縣65歲")


def test_an_official_documents_title_wrapped_over_two_lines_is_one_title():
    # (set AM's county page) 关于开展2025年“共享农房” / 招募活动的通知: one title, no kicker
    h = headline_roles(["关于开展2025年“共享农房”", "招募活动的通知"])
    assert (h.kicker, h.title) == ("", "关于开展2025年“共享农房”招募活动的通知")
    # a kicker over such a title, whole on its line, stays the kicker
    h = headline_roles(["乡村振兴", "关于开展“共享农房”招募活动的通知"])
    assert (h.kicker, h.title) == ("乡村振兴", "关于开展“共享农房”招募活动的通知")
    # (set BC's 法治 page) its issuer's name over it is the title's own first words, and the notice's
    # title keeps it over the notice's text
    h = headline_roles(["岚溪市青梧区人民法院", "关于敦促被执行人主动履行法律义务的公告"])
    assert (h.kicker, h.title) == ("", "岚溪市青梧区人民法院关于敦促被执行人主动履行法律义务的公告")
    page = ("岚溪市青梧区人民法院\n关于敦促被执行人主动履行法律义务的公告\n\n"
            "为依法维护当事人的合法权益，切实解决“执行难”问题，现就有关事项公告如下：\n"
            "一、被执行人应当自本公告发布之日起三十日内主动履行义务。\n")
    (notice,) = _articles(page)
    assert notice.title == "岚溪市青梧区人民法院关于敦促被执行人主动履行法律义务的公告"


def test_a_briefs_columns_label_is_its_title_also_over_a_closing_credit():
    # (set AO's 体育 page) 体坛速递 over ◆ briefs and the column's credit （本报综合）: the label is
    # the column's only title, the credit no brief
    page = "\n".join(["体坛速递", "◆云澜省田径锦标赛上周", "在栖原市落幕。岚江市代表团", "共获得9金7银5铜，金牌数和奖",
                      "牌总数均列全省第二。", "◆在女子跳高比赛中，岚江市体", "校选手蓝溪以1.86米的成绩夺", "冠。",
                      "◆本月起，市田径协会将在全市", "8所中小学开设暑期田径兴趣", "班。", "（本报综合）"])
    (column,) = _articles(page)
    assert (column.title, column.kicker, column.title_generated) == ("体坛速递", "", False)


def test_a_notices_title_under_the_headline_printed_after_a_story_heads_the_notice():
    # (set AO's 民生 page, pdfminer) the weather story's headline printed after it, then the
    # notice's spread title over the notice: the notice's title is its own, the headline the story's
    page = "\n".join([
        "本报讯 据预报，今天白天多云，午后局部有雷阵", "雨，气温27～35℃；明天到后天多云到晴，最高", "气温36℃左右，部分地区可达37℃。", "",
        "高温闷热还要持续 午后雷阵雨频“串门”", "", "寻 物 启 事", "",
        "上周日晚8时许，本人在火车站乘坐23路公交", "车前往桂园路，下车时不慎将一只深蓝色双肩", "包遗落在车上。如有拾到者，请与本人联系。"])
    weather, notice = _articles(page)
    assert weather.title == "高温闷热还要持续 午后雷阵雨频“串门”" and not weather.kicker
    assert notice.title == "寻物启事" and not notice.title_generated


def test_a_serials_label_short_title_and_instalment():
    # (set AN's 副刊 page) 长篇小说连载 / 青石渡 / 第十二回 雨夜来客: the column's label, a title of
    # three characters, its instalment as the 副题
    assert headline_roles(["青石渡", "第十二回 雨夜来客"]) == Headline(title="青石渡", subtitle="第十二回 雨夜来客")
    page = "\n".join(["长篇小说连载", "青石渡", "第十二回 雨夜来客", "□ 裴珣", "", "雨是后半夜落下来的。",
                      "起先只是檐角滴答几声，后来就连成", "了线，把渡口的青石板浇得发亮。陈", "守义披衣起身，把油灯拨亮了些。"])
    (serial,) = _articles(page)
    assert (serial.kicker, serial.title, serial.subtitle) == ("长篇小说连载", "青石渡", "第十二回 雨夜来客")


def test_an_office_in_brackets_closes_its_notice_and_the_next_story_opens_under_it():
    assert is_credit("（岚溪市疾病预防控制中心）") and names_in_credit("（岚溪市疾病预防控制中心）") == []
    page = "\n".join(["近期，我市进入登革热传播季节，市", "民要及时清理花盆托盘、废旧轮胎等", "积水容器，做到“翻盆倒罐”；白天",
                      "外出时穿长袖衣裤，涂抹驱蚊剂。", "从外地旅行回来的市民，如出现发热", "等症状，应及时到医疗机构就诊，并",
                      "主动告知旅行史，以便医生诊治。", "（岚溪市疾病预防控制中心）", "", "市一院专家周六进社区义诊",
                      "为方便群众在家门口享受优质医疗", "服务，岚溪市第一人民医院将于本周六",
                      "在青禾社区开展“健康进社区”大型义", "诊活动，为居民提供健康咨询。"])
    notice, clinic = _articles(page)
    assert notice.body.endswith("（岚溪市疾病预防控制中心）")
    assert clinic.title == "市一院专家周六进社区义诊" and clinic.body.startswith("为方便群众")


def test_a_forms_last_row_far_shorter_than_the_text_under_it_is_a_row():
    rows = ["时间：8月22日（周六）8:30—11:30", "地点：青禾社区党群服务中心一楼大厅", "咨询电话：（0781）6233120"]
    page = "\n".join(["市一院专家周六进社区义诊", "", "为方便群众在家门口享受优质医疗服务，", "市第一人民医院将于本周六在青禾社区",
                      "开展“健康进社区”义诊活动，现场为居", "民提供健康咨询和用药指导。", *rows,
                      "参加义诊的居民请携带既往病历、近期", "检查报告和正在服用的药物包装，以便",
                      "专家了解病情。"])
    (article,) = _articles(page)
    assert article.title == "市一院专家周六进社区义诊"
    assert [p for p in article.body.split("\n\n") if p in rows] == rows


def test_a_byline_under_a_headline_goes_with_it_over_another_boxs_label():
    # the heat story's headline and byline given after its text, then a box's label and its text
    page = "\n".join(["立秋已过，但近期我市仍持续出现35℃以上的高", "温天气，“秋老虎”威力不减。市中心医院急诊",
                      "科专家提醒，高温天气外出要戴遮阳帽、打遮", "阳伞，及时补充水分，谨防中暑。", "",
                      "“秋老虎”发威 防暑别松懈", "□ 本报记者 祁梦溪", "", "专家简介",
                      "市第一人民医院心血管内科主任医师，", "从事心血管内科临床工作二十余年，擅",
                      "长高血压、冠心病的诊治。出诊时间：", "每周二、周四上午。"])
    heat, box = _articles(page)
    assert heat.title == "“秋老虎”发威 防暑别松懈" and heat.byline == "本报记者 祁梦溪"
    assert box.title == "专家简介" and not box.byline


def test_an_evening_papers_page_label_a_title_cut_in_its_box_and_a_photo_between_stories():
    assert is_furniture("第A04版：要闻") and is_furniture("第A04版 要闻")
    assert headline_roles(["老城区34个小区二次供水改造全部", "完工 两万余户告别“水压低”"]) == \
        Headline(title="老城区34个小区二次供水改造全部完工 两万余户告别“水压低”")
    assert headline_roles(["早稻抢收晚稻抢插", "“双抢”农事要抓紧"]).kicker == "早稻抢收晚稻抢插"  # (no clause cut)
    # a copy of the e-paper's text: a blank line before each story; a photo's text with its credit
    # between two stories is a 图片新闻 of its own, not the last paragraph of the story above
    page = "\r\n".join(["第A04版：要闻", "", "守护老城“地下血管”的人", "晚报记者 岳灵犀",
                        "凌晨两点，鹭川老城区的街巷早已安静下来，鼓楼路一处人行道下却灯火通明。",
                        "“机器再先进，也得有人懂管子。”他说。", "",
                        "9月14日，在临禾县石湾镇的稻田里，农机手驾驶收割机抢收中稻。时下正值中稻收获季节。",
                        "新华社记者 邢岱 摄", "", "长者食堂开到家门口 一碗热饭暖人心",
                        "晚报讯（记者 池晓棠）中午11点刚过，桂园社区长者食堂里已经坐满了前来就餐的老人。",
                        "", "漷溪街菜市场完成改造 今起恢复营业", "昨天上午，修缮一新的漷溪街菜市场恢复营业。",
                        "", "老城区34个小区二次供水改造完工", "晚报讯（记者 温叙白）昨天，记者从市水务局获悉，改造工程已全部完工。"])
    profile, photo, canteen, market, water = _articles(page)
    assert profile.body.endswith("他说。") and profile.byline == "晚报记者 岳灵犀"
    assert photo.body.startswith("9月14日") and photo.authors == ("邢岱",) and photo.title_generated
    assert canteen.title == "长者食堂开到家门口 一碗热饭暖人心"


def test_a_dash_opening_a_line_in_running_text_is_no_subtitle():
    page = "\n".join(["在抢修班值班室的墙上，贴着", "一张已经泛黄的手写纸条，上面是", "裴定安平常对队员们说的一句话",
                      "——“管子不等人，百姓等不起。”", "这些年，他的手机24小时开机，春节", "期间也很少能在家吃上一顿完整的",
                      "年夜饭。"])
    assert len(_blocks(page)) == 1


def test_a_pupils_essay_signed_by_school_and_class_its_teacher_and_her_comment():
    assert is_byline("岚溪市实验小学五年级（3）班 蔺语婳") and is_byline("指导老师 程晓雯")
    assert names_in_credit("岚溪市实验小学五年级（3）班 蔺语婳 指导老师 程晓雯") == ["蔺语婳"]
    essay = ["我当了一回“小当家”", "", "岚溪市实验小学五年级（3）班 蔺语婳", "指导老师 程晓雯", "",
             "放暑假前，妈妈和我约定：暑假里有", "一个星期，家里的事由我说了算——买",
             "菜、做饭、记账，全都归我管。", "一个星期下来，我的小本子上记满", "了账。原来，妈妈每天都要操心这么",
             "多事情，以前我从来没有注意过。", "", "老师点评", "这篇习作把一次普通的",
             "“当家”经历写得有声有色，", "细节真实，语言活泼。", "", "外公的小菜园", "",
             "岚溪市青禾小学六年级（1）班 郑浩宇", "", "外公家在乡下的石桥村，屋后有一",
             "块小小的菜园。每年暑假，我最盼望", "的就是回外公家，跟着他到菜园里", "转一转。", "指导老师 罗佩芸", "",
             "学游泳", "", "岚溪市鹭洲小学五年级（2）班 沈可欣", "", "我一直很怕水。小时候在河边玩，",
             "不小心滑进浅水里呛了几口水。"]
    first, second, third = _articles("\n".join(essay))
    assert (first.byline, first.authors) == ("岚溪市实验小学五年级（3）班 蔺语婳 指导老师 程晓雯", ("蔺语婳",))
    assert first.body.endswith("老师点评\n\n这篇习作把一次普通的“当家”经历写得有声有色，细节真实，语言活泼。")
    assert (second.byline, second.authors) == ("岚溪市青禾小学六年级（1）班 郑浩宇 指导老师 罗佩芸", ("郑浩宇",))
    assert second.body.endswith("转一转。") and third.title == "学游泳"


def test_a_pages_section_name_over_its_dated_head_with_a_blank_line_between():
    from shuzibao.clean.furniture import join_section_names
    head = ["07", "", "校园·少年", "", "2026年8月11日 星期二 新闻热线：（0781）6120000", "", "百余名小营员"]
    assert join_section_names(head)[4] == "校园·少年 2026年8月11日 星期二 新闻热线：（0781）6120000"


def test_a_photo_strips_caption_ends_on_its_credit_and_the_next_photo_opens_an_item():
    page = "\n".join(["业，力争到2028年竹产业全产业链产值突", "破50亿元。”柘川县委书记孔令遥说。", "图片新闻", "早稻开镰",
                      "7月31日，柘川县青湾镇万", "亩早稻示范片开镰收割，收割", "机在金黄的稻田里来回穿梭。",
                      "今年全镇早稻种植面积2.3万", "亩，预计亩产比去年增加30公", "斤。 通讯员 柏一禾 摄",
                      "郁畯：把虾塘“搬”进稻田", "在柘川县石门乡大田村，", "返乡创业的农学专业毕业生郁",
                      "畯（右）向村民讲解稻虾共养", "技术，户均增收1.5万元。", "本报记者 窦川 摄"])
    titles = [a.title for a in _articles(page)]
    assert titles[-2:] == ["早稻开镰", "郁畯：把虾塘“搬”进稻田"]


def test_a_serials_to_be_continued_names_no_one_and_a_pages_mailbox_is_furniture():
    assert names_in_credit("（未完待续）") == []
    assert is_furniture("本版投稿邮箱：czrbwsb@126.com")



def test_a_title_after_its_story_over_the_next_storys_own_title():
    # 槐花巷 is named once in the bus story: enough for the two lines to seem one group, though the
    # first speaks of the bus story only and the second fits the story under them best
    page = ("雁湖晚报讯（通讯员 宋青 记者 邹原）为方便老城区居民\n出行，市公交集团将于10月15日起开通\n"
            "两条“微循环”公交线路，途经解放街、\n槐花巷，槐花巷的老街坊出行更方便了。\n"
            "新线路采用新能源纯电动公交车，发车间\n隔为10分钟。\n"
            "两条公交“微循环”线路下周一开通\n"
            "槐花巷改造完工 老街坊住上“新”家\n"
            "雁湖晚报讯（记者 林朵）青石板路重新铺设，\n斑驳的外墙刷上了新漆，经过7个多月\n"
            "的施工，槐花巷老旧小区改造工程日前\n全部完工，巷内126户居民住上了“新”\n家，告别了“脏乱差”的居住环境。\n")
    bus, lane = _articles(page)
    assert (bus.title, bus.kicker) == ("两条公交“微循环”线路下周一开通", "")
    assert (lane.title, lane.kicker) == ("槐花巷改造完工 老街坊住上“新”家", "")


def test_a_cartoons_title_over_its_artists_credit_is_its_caption():
    page = ("电梯加装，难在哪里\n□ 韩立言\n随着居民年龄增长，“上楼难”成为不少老旧小区的烦心事。"
            "笔者走访发现，加装电梯意愿强烈的小区不少，真正装上的却不多。\n"
            "破解这些难题，需要多方合力。街道和社区可以牵头协商，相关部门可以简化审批流程。\n\n"
            "一“梯”难求\n郑小川 作\n\n"
            "社区食堂，不妨再办得实惠些\n□ 邱明远\n这个周末，社区食堂又热闹了起来。十几位老人围坐在一起，"
            "从今天的菜谱聊到了各自的家常。\n")
    lift, canteen = _articles(page)
    assert lift.captions == ("一“梯”难求 郑小川 作",) and canteen.title == "社区食堂，不妨再办得实惠些"
    assert "郑小川" not in lift.authors


def test_a_boxs_title_under_its_label_in_a_narrow_column():
    # an 11-em box: its title near the full measure, the first line under it short by the indent
    # and with no mark in it (it reads as a headline too), a full line going on under that
    page = ("本报讯（记者 陈思远）时下正值晚稻收获季，\n走进青禾镇良种繁育基地，连片的制种田\n里稻穗低垂，收割机来回穿梭。\n\n"
            "农 技 小 课 堂\n秋播小麦把好“三道关”\n眼下正是秋播小麦的\n关键时期。县农业技术推\n"
            "广站高级农艺师严青山提\n醒广大种植户，秋播要重\n点把好以下三道关。\n")
    harvest, box = _articles(page)
    assert (box.kicker, box.title) == ("农技小课堂", "秋播小麦把好“三道关”")
    assert box.paragraphs[0].startswith("眼下正是秋播小麦的关键时期。")


def test_a_photos_caption_between_a_headline_and_its_story_signed_by_its_reporter():
    # no 图为, its credit on a line of its own: set under the headline, over the dateline that names
    # the photographer, it is the story's photo, not a 图片新闻 of its own
    page = ("建基地 育良种 强链条\n小良种撬动大产业 青禾镇种业产值破3亿元\n——来自青禾镇良种繁育基地的调查\n\n10月10日，在青禾镇良种繁育基地，农机手驾驶收割机\n收获制种稻。\n"
            "记者 陈思远 摄\n\n本报讯（记者 陈思远\n通讯员 方立）时下正值晚\n稻收获季，走进青禾镇良种\n"
            "繁育基地，连片的制种田里\n稻穗低垂，收割机来回穿梭。\n基地负责人贺明川告诉记者，\n"
            "今年基地制种面积达到1.2\n万亩，预计可产优质稻种\n450万公斤。\n")
    articles = _articles(page)
    assert len(articles) == 1
    assert articles[0].captions == ("10月10日，在青禾镇良种繁育基地，农机手驾驶收割机收获制种稻。 记者 陈思远 摄",)
    assert articles[0].title == "小良种撬动大产业 青禾镇种业产值破3亿元"


def test_a_notices_title_wrapped_over_two_lines_its_roster_and_contact_line():
    page = ("“下一步，我们打算建一个冷库，让柳湾蜜薯一年四季都能卖。”范晓舟说。\n（刘青 罗小溪）\n\n"
            "关于青禾镇 2026 年度高素质农民\n培训结业人员名单的公示\n\n"
            "根据《桐川县 2026 年高素质农民培育实施方案》要求，经个人申报、村级推荐、集中培训和结业考\n"
            "核，以下 15 名学员培训合格，准予结业。现将名单予以公示，公示期为 2026 年 10 月 13 日至 10\n"
            "月 19 日。如对公示人员有异议，请在公示期内以书面形式向青禾镇农业综合服务中心反映。\n"
            "名单（排名不分先后）：\n"
            "冯德厚\u3000\u3000施\u3000兰\u3000\u3000葛长顺\u3000\u3000吕秋菊\u3000\u3000邵天佑\n"
            "覃玉梅\u3000\u3000龚\u3000平\u3000\u3000谭志远\u3000\u3000孔繁花\u3000\u3000韦春生\n"
            "毛小燕\u3000\u3000闫\u3000军\u3000\u3000包德林\u3000\u3000柏秀芝\u3000\u3000殷国栋\n"
            "联系电话：62135087\n青禾镇人民政府\n2026 年 10 月 12 日\n")
    notice = _articles(page)[-1]
    assert notice.title == "关于青禾镇2026年度高素质农民培训结业人员名单的公示"
    assert notice.paragraphs[-6:] == ["冯德厚 施兰 葛长顺 吕秋菊 邵天佑", "覃玉梅 龚平 谭志远 孔繁花 韦春生",
                                      "毛小燕 闫军 包德林 柏秀芝 殷国栋", "联系电话：62135087", "青禾镇人民政府",
                                      "2026年10月12日"]


def test_a_quotes_box_given_right_after_the_paragraph_that_says_it():
    # paragraphs a line each (Acrobat's text export), the box's two short lines right under the
    # paragraph that holds its words, a blank line after them: the box's copy goes
    page = ("充电桩进小区，难在哪里\n□ 韩立言\n"
            "随着电动自行车保有量持续增长，“充电难”成为不少小区居民的烦心事。笔者在东岚市多个老旧小区走访发现，楼道“飞线”充电现象仍时有发生。\n"
            "一些小区为了杜绝隐患，干脆贴出告示，禁止电动自行车进入楼道，却没有同步建设充电设施，居民只好“偷偷充”。安全不是“禁”出来的，而是“管”出来的。\n"
            "安全不是“禁”出来的，\n而是“管”出来的。\n\n"
            "充电桩进小区，难点在哪里？一是场地难找，老旧小区公共空间本就紧张；二是费用难摊，建设和运维成本由谁承担说法不一。\n")
    article, = _articles(page)
    assert len(article.paragraphs) == 3 and article.paragraphs[2].startswith("充电桩进小区，难点在哪里？")


def test_a_datelines_credit_widened_by_its_spaces_is_no_headline_across_columns():
    # role and name apart by spaces: as wide as 18 ems where the column is 16, still the
    # paragraph's first line
    page = ("市民运动会10月8日开幕\n本报讯（记者 陶一然 实习生 程晓）\n9月21日，记者从市体育局获悉，第\n"
            "六届江滨市民运动会将于10月8日开\n幕，赛期持续两个月。\n本届运动会共设置篮球、羽毛球、\n"
            "游泳、围棋、健身气功等28个大项，\n其中广场舞、飞盘、匹克球等项目为\n首次纳入。\n")
    games, = _articles(page)
    assert games.paragraphs[0] == "本报讯（记者 陶一然 实习生 程晓）9月21日，记者从市体育局获悉，第六届江滨市民运动会将于10月8日开幕，赛期持续两个月。"



def test_a_photographers_credit_on_a_line_apart_joins_its_caption():
    page = ("第七届梧城读书节开幕\n本报讯（记者 周以宁）10月4日，第七届梧城读书节在梧城市图书馆东广场\n"
            "开幕。本届读书节以“阅读，让城市更温暖”为主题，将持续至10月31日。\n"
            "图为开幕式现场，小读者在旧书集市挑选图书。\n记者 周以宁 摄\n")
    fair, = _articles(page)
    assert fair.captions == ("图为开幕式现场，小读者在旧书集市挑选图书。 记者 周以宁 摄",)


def test_an_author_line_under_a_title_printed_after_its_piece_signs_that_piece():
    # a 副刊 page that prints each piece's title and author after its text: the author line opens
    # the next piece's text only where the title over it heads that piece
    page = ("老街上有一间不到十平方米的修表铺，门楣上的木牌已经褪了色，\n只看得出一个“表”字。秦师傅在这里修表修了四十一年。\n"
            "那天傍晚，一个男孩把爷爷留下的旧手表放在玻璃柜台上。秦师傅修了七天，\n表在他掌心里嘀嗒嘀嗒地走了起来。\n"
            "修 表\n□ 林晓禾\n"
            "每年十月，河两岸的芦苇就白了头。小时候，我家住在河湾边上，推开\n后窗便是一片芦荡，风一吹，芦花一浪推着一浪。\n"
            "母亲说，芦花白了，天就要凉了，该给你们絮新棉袄了。那时候的棉\n袄里，絮的真是芦花。\n"
            "芦 花 白 了\n□ 苏明远\n")
    watch, reeds = _articles(page)
    assert (watch.title, watch.byline, reeds.title, reeds.byline) == ("修表", "林晓禾", "芦花白了", "苏明远")
    assert "林晓禾" not in "".join(reeds.paragraphs)


def test_a_lists_next_item_is_no_headline_however_short_its_first_line():
    # (a phone OCR of a 法治 page) 2.商家以… holds no mark and is short, the line under it short too
    # and running on: a headline's shape over a first line, but the item before it (1.…) says
    # it is the list's next item
    page = ("【案情】2026年6月，市民方某在\n一家科技有限公司开设的网店购买了一把智\n能门锁。收货后，方某拆开外包装比对，\n"
            "发现门锁尺寸与自家防盗门不匹配,便在\n签收后的第三天申请“七天无理由”退货。\n"
            "网店客服回复称 ,智能门锁属于“拆\n封即影响二次销售”的商品,拒绝办理退\n货。方某多次协商无果,遂将该科技有\n"
            "限公司诉至法院,要求对方退还货款并承\n担往返运费。\n庭审中,被告辩称，其已在商品详情\n"
            "页用醒目字体标注“拆封后不支持无理由\n法官提醒\n1.网购后申请无理由退货，应保\n持商品本身完好,配件、赠品、说明\n"
            "书等一并退回。\n2.商家以格式条款排除消费者法\n定权利的，该条款无效，消费者可依\n法维权。\n"
            "3.遇到纠纷，注意保存聊天记录、\n订单截图等证据,可向平台投诉或拨\n打12315热线。\n"
            "退货”，原告下单即视为接受该约定。\n【说法】承办法官介绍，根据\n消费者权益保护法的规定,经营者采用网\n"
            "络方式销售商品，消费者有权自收到商品\n之日起七日内退货,且无需说明理由。\n")
    articles = _articles(page)
    assert len(articles) == 1
    assert not any(a.title.startswith("2.") for a in articles)
