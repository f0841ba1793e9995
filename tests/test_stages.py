"""Golden files per cleaning stage: tests/fixtures/stages/<stage>.txt holds
`title / . / input / . / expected / .` blocks; a failure names the fixture's line."""

from pathlib import Path

import pytest

from shuzibao.clean.alone import box_inside_paragraph, formula_ends, notice_signature
from shuzibao.clean.blocks import HEADLINE, classify_blocks
from shuzibao.clean.furniture import is_furniture, is_running_head, join_section_names, related_links
from shuzibao.clean.glyphs import JOIN, explain_spaces, finish_joins, join_lines, rejoin_credit_spaces, restore_glyphs
from shuzibao.clean.lines import despace, split_leading_credit, split_lines
from shuzibao.clean.patterns import (
    is_brief_lead,
    is_byline,
    is_chart_text,
    is_column_label,
    is_name_row,
    is_signed_date,
    is_subhead,
    letter_writer,
    unpad_names,
)
from shuzibao.clean.pieces import reorder_pieces, split_pieces
from shuzibao.clean.punct import ascii_punctuated, restore_punctuation, restore_stray_marks
from shuzibao.clean.rejoin import rejoin_cut_lines
from shuzibao.clean.unwrap import unwrap_paragraphs

STAGES = Path(__file__).parent / "fixtures" / "stages"
GLYPHS = {"蹚": ("蹚出一条新路", "蹚出新路", "蹚出转型发展新路", "蹚新路"), "圪": ("圪台村", "圪梁")}

def _blocks(page: str) -> list[list[str]]:
    """The page's blocks as the unwrapping gives them, each a list of its lines' text."""
    return [[line.text for line in b.lines] for b in unwrap_paragraphs(split_lines(page)[0])]



def read_fixtures(name: str):
    lines = (STAGES / name).read_text(encoding="utf-8").split("\n")
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title, start = lines[i], i + 1
        assert lines[i + 1] == ".", f"{name}:{i + 2}: expected '.'"
        j = i + 2
        while lines[j] != ".":
            j += 1
        k = j + 1
        while lines[k] != ".":
            k += 1
        cases.append(pytest.param("\n".join(lines[i + 2:j]), "\n".join(lines[j + 1:k]), id=f"{name}:{start}:{title}"))
        i = k + 1
    return cases


@pytest.mark.parametrize("given, expected", read_fixtures("despace.txt"))
def test_despace(given, expected):
    assert despace(given) == expected


@pytest.mark.parametrize("given, expected", read_fixtures("glyphs.txt"))
def test_restore_glyphs(given, expected):
    text, _ = restore_glyphs(given.replace("|", JOIN), GLYPHS)
    assert finish_joins(text) == expected


@pytest.mark.parametrize("given, expected", read_fixtures("gaps.txt"))
def test_explain_spaces(given, expected):
    text, _ = explain_spaces(rejoin_credit_spaces(given.replace("|", JOIN)))
    assert finish_joins(text) == expected


@pytest.mark.parametrize("given, expected", read_fixtures("unwrap.txt"))
def test_unwrap(given, expected):
    lines, _ = split_lines(given)
    blocks = unwrap_paragraphs(lines)
    assert "\n\n".join("".join(line.text for line in b.lines) for b in blocks) == expected


@pytest.mark.parametrize("given, expected", read_fixtures("pieces.txt"))
def test_reorder_pieces(given, expected):
    assert reorder_pieces(given) == expected


@pytest.mark.parametrize("given, expected", read_fixtures("headlines.txt"))
def test_headline_lines(given, expected):
    lines, _ = split_lines(given)
    units = classify_blocks(unwrap_paragraphs(lines), GLYPHS)
    assert "\n".join(u.text for u in units if u.kind == HEADLINE) == expected


@pytest.mark.parametrize("given, expected", [
    ("据介绍，达在生产线上引入了", "据介绍，焜达在生产线上引入了"),  # 焜达 stands alone: the echo's name
    ("工人把货物运达车间", "工人把货物运达车间"),  # 运达 is a word across the gap: no 焜 there
    ("达成了协议", "达成了协议"),  # 达成 glues 达 to its other side
])
def test_a_phrase_lacking_its_glyph_with_a_space_vouches_for_the_shorter_phrases_in_it(given, expected):
    glyphs = {"焜": ("焜达新材料", "焜达")}
    text, repairs = restore_glyphs("走进 达新材料的车间", glyphs)
    assert text == "走进焜达新材料的车间" and repairs[0].echo == "焜达新材料"
    text, _ = restore_glyphs(given, glyphs, echoes=frozenset({"焜达新材料"}))
    assert finish_joins(text) == expected


@pytest.mark.parametrize("given, evidence, expected", [
    ("以实干出转型发展新路", {"蹚"}, "以实干蹚出转型发展新路"),  # the page's body lacked 蹚 too
    ("以实干出转型发展新路", set(), "以实干出转型发展新路"),  # nothing says so: 干出 is a word
    ("一条新路通到山上", {"蹚"}, "一条新路通到山上"),  # 新路 is too short a part of 蹚新路 to tell
    ("率先走出一条新路", {"蹚"}, "率先走出一条新路"),  # and 出一条新路 of 蹚出一条新路
    ("奠定了坚实基础", {"夯"}, "奠定了坚实基础"),  # and 实基础 of 夯实基础
    # where a headline ends, a rest no word glues to its other side, on a page lacking the glyph
    ("——2000名跑者穿越黄土梁", {"峁"}, "——2000名跑者穿越黄土梁峁"),
    ("——2000名跑者穿越黄土梁", set(), "——2000名跑者穿越黄土梁"),
    ("架起连心桥梁", {"峁"}, "架起连心桥梁"),  # 桥梁 is a word: the 梁 is its own
])
def test_restore_glyphs_on_the_page_evidence(given, evidence, expected):
    text, _ = restore_glyphs(given, {**GLYPHS, "夯": ("夯实基础",), "峁": ("梁峁",)}, evidence=frozenset(evidence))
    assert finish_joins(text) == expected


PUNCTUATED_ASCII = ("本报讯(记者 王磊)2月21日,记者从县人社局获悉,今年1至7月,全市城镇新增就业3.5万人,同比增长,高于全省.\n"
                    "\"在家门口就能找到工作,不用再跑到外地去了!\"村民黄建平说.\n"
                    "咨询电话:5218866.每天8:30至16:30开放,邮箱ljrsj2021@163.com.\n")


def test_a_page_given_ascii_marks_gets_its_chinese_marks_back():
    assert ascii_punctuated(PUNCTUATED_ASCII)
    assert restore_punctuation(PUNCTUATED_ASCII).split("\n") == [
        "本报讯（记者 王磊）2月21日，记者从县人社局获悉，今年1至7月，全市城镇新增就业3.5万人，同比增长，高于全省。",
        "“在家门口就能找到工作，不用再跑到外地去了！”村民黄建平说。",
        "咨询电话：5218866。每天8:30至16:30开放，邮箱ljrsj2021@163.com。", ""]


def test_a_page_set_with_chinese_marks_keeps_its_few_ascii_ones():
    # a straight quote the paper printed, a Latin phrase with its comma: as printed
    page = ("本报讯（记者 唐思琪）3月20日，全市首批\"会思考的红绿灯\"上线。市民说，路口通行更顺畅了。\n"
            "据介绍，这批信号灯由本地企业研发，已在120个路口投用，测试口令是Hello, world。\n")
    assert not ascii_punctuated(page)
    lines, _ = split_lines(page)
    assert [line.text for line in lines] == [t for t in page.split("\n") if t]


def test_an_ascii_comma_between_chinese_characters_is_a_misread_comma():
    # OCR read one comma as ASCII on a page set with Chinese marks; the ASCII ones in a number,
    # a Latin phrase and an address stay as printed
    page = ("据介绍,梅湾区坚持“一圈一策”，新增网点1,386个；口令是Hello, world，邮箱a,b@163.com。\n"
            "市民说;路口通行更顺畅了。\n")
    lines, changes = split_lines(page)
    assert [line.text for line in lines] == [
        "据介绍，梅湾区坚持“一圈一策”，新增网点1,386个；口令是Hello, world，邮箱a,b@163.com。",
        "市民说；路口通行更顺畅了。"]
    assert [c.pass_name for c in changes].count("punctuation") == 2


def test_a_boxs_title_over_its_first_line_where_the_lines_before_measure_it_short():
    # the letter's short lines at its end (signature, a headline, the box's label) make the lines
    # before the box's title measure a narrower column; the title is short of the column the
    # box's indented first line is set in (a glyph lost in it): a block of its own
    page = "\n".join([
        "可是，能不能在改造的时候，把这些树留下", "来？", "我们几个老邻居商量过，路可以稍微",
        "绕一绕，人行道可以窄一点，树池也可以重", "新砌。只要有心，办法总比困难多。希望",
        "有关部门在拿出方案之前，能到巷子里走", "一走，听一听住在这里的人怎么说。", "树留下了，老街的魂就留下了。",
        "湖滨街道梧桐巷居民 郑晓岚", "老街的梧桐，能不能留下来？", "编辑手记", "为身边的河与树留一页纸",
        "这一期副刊刊发的散文《柳 渡的秋", "天》和诗歌《渡口》，不约而同地写到了", "渡口。许慕言写一盏马灯，沈青禾写一只",
        "纸船，写的都是一种正在远去的生活。", "读者郑晓岚的来信，说的是老街上的", "十几棵梧桐。渡口和梧桐，看起来是两件",
        "事，其实是一件事：我们在往前走的时候，", "能不能给来处留一点位置。", "城市要发展，乡村要振兴，桥总是要修"])
    blocks = _blocks(page)
    assert ["为身边的河与树留一页纸"] in blocks
    assert ["这一期副刊刊发的散文《柳 渡的秋", "天》和诗歌《渡口》，不约而同地写到了",
            "渡口。许慕言写一盏马灯，沈青禾写一只", "纸船，写的都是一种正在远去的生活。"] in blocks


def test_a_briefs_lead_in_over_a_first_line_its_commas_squeeze_to_the_column():
    # full lines measure 17.5 (a squeezed comma), the brief's indented first line 16: only 1.5
    # short, but under a lead-in far short of the column, after a sentence's end
    page = "\n".join(["3月4日，岳川市首批120辆新能源公交", "车投入运营，覆盖主城区18条线路。新车",
                      "均配备5G车载终端，乘客可通过“岳川出", "行”App查询车辆实时到站信息。",
                      "2月份规上工业用电量增长6.3%", "据岳川供电公司统计，2月份全市规模", "以上工业用电量9.86亿千瓦时，同比增长",
                      "6.3%，其中高技术制造业用电量增长18.2%。"])
    blocks = _blocks(page)
    assert ["2月份规上工业用电量增长6.3%"] in blocks


def test_a_title_led_by_its_topic_and_a_colon_under_a_kicker_over_a_narrow_column():
    # 杨：山里娃的“摆渡人” (a glyph lost after 杨) is short of the 13-em column by less than
    # a fragment, but under a kicker and over the story's indented first line: a title
    page = "\n".join(["如今，杨的头发已经花白，但说起", "孩子们，他的眼里总是有光。“看着一", "批批孩子从这里走出大山，就是我最大",
                      "的幸福。”", "杨 在教学点给孩子们上科学课。 本报记者 韦清和 摄", "扎根大山教学点二十六年",
                      "杨：山里娃的“摆渡人”", "5月15日，石岭县龙潭镇万", "亩茶园里，茶农们正在抢抓晴", "好天气采摘夏茶。近年来，龙",
                      "潭镇依托高山云雾的生态优势，", "推广“茶园+合作社+农户”的", "发展模式，全镇茶园面积达到"])
    blocks = _blocks(page)
    assert ["杨：山里娃的“摆渡人”"] in blocks


def test_a_piece_read_away_from_where_it_was_given_brings_its_columns_next_pieces():
    # (set BD's 民生热线 page, pdfminer) a letter's column (14 ems) and a report's (18) given box by
    # box: the letter goes on two boxes on, and its signature and the office's reply, given right
    # after that box, come with it, not after the report's box
    page = "\n".join([
        "我家住在城南区青石街，这", "条街长约六百米，沿街有两所小学", "和一个农贸市场，晚上散步、买菜", "的人很多。从本月初开始，街道",
        "中段的十几盏路灯就一直不亮，", "到现在已经半个多月了。前几天晚", "上，一位老人被路边石墩绊倒，膝", "盖都摔破了。我和邻居打过几", "",
        "“小区里没有充电桩，每天只能把车开到", "两公里外的公共充电站排队，来回要耽误一", "个多小时。”近日，家住城南区的车主何先",
        "生向本报民生热线反映。记者调查发现，随", "着新能源汽车保有量快速增长，不少老旧小", "区的车主遭遇“充电难”，个人申请安装充",
        "电桩往往卡在物业、电力容量等环节。", "",
        "次电话反映，每次都说会尽快处", "理，可路灯至今还没有修好。", "", "读者 郑国平", "",
        "【部门回复】城南区城市管理局：", "接到反映后，我局立即派人到现场", "核查，目前路灯已全部恢复照明。", "",
        "记者走访城南区、城北区5个建成于2000年", "以前的小区发现，这些小区大多没有地下车", "库，车主申请安装充电桩并不容易。"])
    letter, report, rest = reorder_pieces(page).split("\n\n")
    assert letter.endswith("我和邻居打过几\n次电话反映，每次都说会尽快处\n理，可路灯至今还没有修好。\n读者 郑国平\n"
                           "【部门回复】城南区城市管理局：\n接到反映后，我局立即派人到现场\n核查，目前路灯已全部恢复照明。")
    assert report.startswith("“小区里") and rest.startswith("记者走访")


def test_stanzas_of_verse_are_not_taken_for_a_column_cut_mid_sentence():
    # blank lines part stanzas as they part a column's pieces; a stanza set ragged is not a band
    # of running text that stops mid-sentence and goes on in another piece
    page = ("那年秋天，老周每天傍晚还到渡口坐一会\n儿，一直坐到天黑。渡口的石阶长满青苔，\n那条铁船被拖上了岸。\n\n"
            "后来有了桥\n桥比船快，也比船稳\n可是桥不会在雾里\n为一个孩子点一盏灯\n\n"
            "我在桥上站了很久\n想替那只船\n再等一个起雾的早晨\n等一个背着书包的孩子\n在岸边喊一声：开船喽\n\n"
            "芦花\n白了头的不只是芦花\n还有守着渡口的人\n风一吹\n整条河都在轻轻咳嗽\n\n"
            "人们从桥上走过\n没有人低头\n只有芦花还记得\n那条船走过的水路\n")
    assert reorder_pieces(page) == page


def test_an_ideographic_space_inside_running_text_is_ocr_spacing_not_a_lost_glyph():
    # in a line with a clause mark it goes (no 〓); in a headline it is a clause space, in a
    # byline the space between two credits
    lines, _ = split_lines("综合\u3000治理。项目建成后，预计每亩可节\n春节临近\u3000湖区热闹\n本报记者 蓝思远\u3000通讯员 伍嘉禾\n")
    assert [line.text for line in lines] == ["综合治理。项目建成后，预计每亩可节", "春节临近 湖区热闹",
                                             "本报记者 蓝思远 通讯员 伍嘉禾"]


def test_a_tables_headings_and_rows_with_scores_stay_with_the_story_over_them():
    # a score (3:1) or a unit in brackets (涨跌幅（%）) does not stop a line being a row; a heading
    # right over rows, after a sentence's end or other rows, is a paragraph, not a title
    page = "\n".join(["9月17日，中甲联赛第23轮8场比赛全部结束。", "本轮赛果", "江屿海燕 3:1 青崖山城",
                      "澄湾港务 1:2 岚州铁军", "白鹭星辰 2:2 禾丰农商", "积分榜（前六名）", "排名 球队 胜 平 负 积分",
                      "1 岚州铁军 15 5 3 50", "2 澄湾港务 14 4 5 46", "3 江屿海燕 13 5 5 44", "类别 指数 涨跌幅（%）",
                      "食品烟酒 101.2 1.2", "衣着 100.8 0.8", "居住 99.7 -0.3", "姓名    工作单位及职务",
                      "祁文昊  澄州市税务局第二稽查局局长", "宁馨    临川县白沙镇党委书记", "费一凡  澄州市公安局交通警察支队民警"])
    blocks = unwrap_paragraphs(split_lines(page)[0])
    assert [[line.text for line in b.lines] for b in blocks] == [[" ".join(t.split())] for t in page.split("\n")]
    assert all(b.body for b in blocks[1:])


def test_a_bulleted_items_first_line_short_by_its_indent_goes_on():
    # ■ items of a 快讯 column: each first line short only by the indent, over full lines, is the
    # start of the item's paragraph, not a subhead over it
    page = "\n".join(["赛事快讯", "■9月16日公布的国家U23集训队", "新一期名单中，江屿海燕队中场葛", "首次入选。本赛季他已代表海燕队出",
                      "场22次，打进7球。集训队将于9月23", "日在澄湾集中，为期两周的集训期间", "还将与两支外国球队进行热身赛。",
                      "■2019江屿城市马拉松将于11月", "10日鸣枪开跑，报名通道9月20日10时", "开启。本届赛事设全程、半程和5公里",
                      "欢乐跑三个项目，总规模3万人，其中", "全程1.2万人。报名人数超过名额时，", "组委会将通过电脑抽签确定参赛资格。"])
    blocks = _blocks(page)
    assert blocks[-1] == page.split("\n")[-6:]


def test_a_boxs_heading_over_the_sentence_leading_into_its_rows_stays_with_the_story():
    # rows whose cells hold a bracket of their own (垌口路（江滨路—新华路）); the box's heading over
    # a sentence ending on a colon over them, after the story's last sentence: paragraphs of it
    page = "\n".join(["2019年12月底建成通车。届时，从老城区到江南新区的", "车程将缩短至10分钟以内。", "交通提示",
                      "受垌口路改造施工影响，10月15日起，以下路段实行", "交通管制，请过往车辆和行人提前规划出行路线：",
                      "垌口路（江滨路—新华路） 北半幅封闭 10月15日起", "江滨路与垌口路交叉口 22:00—次日6:00 夜间施工",
                      "新华路（垌口路—桂香路） 禁止货车通行 全天", "桂香路 限速30公里/小时 7:00—20:00"])
    lines = split_lines(page)[0]
    assert [line.cells for line in lines] == [False] * 5 + [True] * 4
    blocks = unwrap_paragraphs(lines)
    assert [[line.text for line in b.lines] for b in blocks][1] == ["交通提示"] and blocks[1].body


def test_a_roster_aligned_by_spaces_and_a_signature_whose_issuer_lost_a_glyph():
    # a table of names and posts, no figures, its cells aligned by runs of spaces: rows; an
    # issuer over the date whose name lost a glyph with a space is still the notice's signer
    page = "\n".join(["人选，现予以公示。", "姓名    工作单位及职务", "祁文昊  澄州市税务局第二稽查局局长",
                      "宁馨    临川县白沙镇党委书记", "费一凡  澄州市公安局交通警察支队民警", "公示时间为2025年4月25日至5月9日。",
                      "遵照严绍同志生前遗愿，丧事从简。", "严绍 同志治丧小组", "2025年4月23日"])
    lines = split_lines(page)[0]
    assert [line.cells for line in lines] == [False, True, True, True, True, False, False, False, False]
    blocks = unwrap_paragraphs(lines)
    assert [b.body for b in blocks[-2:]] == [True, True]
    assert [[line.text for line in b.lines] for b in blocks[-2:]] == [["严绍 同志治丧小组"], ["2025年4月23日"]]


def test_a_title_set_across_columns_under_a_list_that_stops_without_a_sentences_end():
    page = "\n".join(["免去：", "景兰芳的澄州市中级人民法院审判员职", "务。", "任命下列人员为澄州市中级人民法院人",
                      "民陪审员：", "欧晓峰 宁一苇 戴国栋 牛思琪 单立军", "喻海燕 甘志远 谭一鸣 冯筱雅 阮正清",
                      "市发展改革委负责人就《澄州市进一步优化营商环境若干措施》答记者问", "本报记者 曾子衿",
                      "近日，澄州市人民政府印发", "《澄州市进一步优化营商环境若干", "措施》（以下简称《措施》），从"])
    blocks = _blocks(page)
    assert ["市发展改革委负责人就《澄州市进一步优化营商环境若干措施》答记者问"] in blocks


def test_two_glyphs_leaving_the_same_rest_are_not_guessed():
    # 堌河 and 淏河 both leave 河: the gap is reported, the longer phrase still says 堌河镇
    glyphs = {"堌": ("堌河镇", "堌河"), "淏": ("淏河",)}
    text, repairs = restore_glyphs("沿着 河走到 河镇", glyphs)
    assert text == "沿着 河走到堌河镇" and [r.glyph for r in repairs] == ["堌"]
    marked, gaps = explain_spaces(text)
    assert marked == "沿着〓河走到堌河镇" and len(gaps) == 1


def test_a_list_of_names_is_text_its_rows_joined_by_the_space_they_broke_on():
    # rows of names apart by single spaces: no headline, their spaces kept (no 〓), and the row
    # break, which fell on a space between two names, gives it back; a slogan's clauses are no list
    page = "\n".join(["任命下列人员为澄州市中级人民法院人", "民陪审员：", "欧晓峰 宁一苇 戴国栋 牛思琪 单立军",
                      "喻海燕 甘志远 谭一鸣 冯筱雅 阮正清"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.kind for u in units] == ["body"]
    assert units[0].text == "任命下列人员为澄州市中级人民法院人民陪审员：" \
        "欧晓峰 宁一苇 戴国栋 牛思琪 单立军 喻海燕 甘志远 谭一鸣 冯筱雅 阮正清"
    assert is_name_row("欧阳晓明 宁一苇 戴国栋 牛思琪") and not is_name_row("稳企业 保就业 促消费 惠民生")
    assert not is_name_row("欧晓峰 宁一苇 戴国栋")  # three are not a list


def test_a_caption_given_inside_a_paragraph_leaves_it_whole():
    # the extractor put the photo's caption (a person pointed out in it: 周启衡（右）) between two
    # lines of one sentence: the paragraph is one, the caption after it
    page = "\n".join(["周启衡：我认为是2008年前后那次“逼上梁", "山”。当时国际金融危机来了，低端紧固件的订单",
                      "一下子掉了一大半，同行里不少厂子撑不下去关了", "下的利润全部投到研发上，转做汽车和电子行业用",
                      "的精密紧固件，后来又从零部件延伸到自动化拧紧",
                      "周启衡（右）在生产基地查看工业机器人运行情况。 本报记者 宋知微 摄",
                      "设备和整条装配线。", "现在回头看，那一步走得很险，但走对了。精密",
                      "件的利润是普通件的十几倍，更重要的是，我们从此"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.kind for u in units] == ["body", "caption", "body"]
    assert units[0].text.endswith("自动化拧紧设备和整条装配线。")


def test_under_a_column_label_a_title_over_a_one_line_paragraph_is_the_title():
    # 记者手记 / 把“笨功夫”下足 / 采访…见上面。 (a first line that is its whole paragraph): the title is
    # not the paragraph's first line, whatever the short box lines above measure
    page = "\n".join([
                      "1969年生于临溪县石 镇",
                      "高级工程师，启衡智能装备有限",
                      "公司创始人、董事长",
                      "东源省人大代表",
                      "曾获全国五一劳动奖章",
                      "扫描二维码 观看访谈视频",
                      "记者手记",
                      "把“笨功夫”下足",
                      "采访周启衡，约了三次才见上面。",
                      "头两次，他都在车间里跟技术员一起",
                      "调试新设备，手机揣在工装口袋里顾",
                      "不上接。第三次见面时，他的指甲缝",
                      "里还留着一点洗不掉的机油。",
                      "在启衡智能的展厅里，陈列着一",
                      "台 锈 迹 斑 斑 的 二 手 冷 镦 机 ， 那 是 企 业",
                      "创业时买的第一台设备。周启衡说，",
                      "留着它，是为了提醒自己和员工别忘",
                      "了来时的路。二十多年来，这家企业"])
    blocks = _blocks(page)
    k = blocks.index(["把“笨功夫”下足"])
    assert blocks[k + 1][0] == "采访周启衡，约了三次才见上面。"
    assert is_furniture("扫描二维码 观看访谈视频")


def test_a_first_line_under_a_title_is_measured_by_the_lines_after_it():
    # an editorial at 20 ems, then a column at 18: the column's first line, short of the 20-em
    # measure above its title by more than an indent, is its paragraph's first line, no subtitle
    page = "\n".join(["以“小切口”撬动“大变化”，关键还在", "于长效。有的地方解决问题靠突击、靠运动，一",
                      "阵风过后问题又反弹回来。要注重把行之有效", "的做法及时固定下来，形成制度、建立机制，让",
                      "“微治理”从“一时之举”变成“长久之策”。", "民生无小事，枝叶总关情。只要始终把群",
                      "众的急难愁盼放在心上，一件一件办、一年接着", "一年干，就一定能让群众的获得感成色更足、幸",
                      "福感更可持续、安全感更有保障。", "“数字减负”不能变成“数字加负”", "这两年，不少基层干部的手机里装满",
                      "了各种政务App和工作群。有的要求每天", "打卡签到，有的要求上传工作照片，有的还",
                      "要定期比拼积分排名。一位乡镇干部算过", "一笔账，他手机上需要日常登录的政务App",
                      "有11个，工作群有40多个，每天花在“指尖”", "上的时间超过两个小时。"])
    blocks = _blocks(page)
    assert blocks[-2:] == [["“数字减负”不能变成“数字加负”"], ["这两年，不少基层干部的手机里装满", "了各种政务App和工作群。有的要求每天",
                           "打卡签到，有的要求上传工作照片，有的还", "要定期比拼积分排名。一位乡镇干部算过",
                           "一笔账，他手机上需要日常登录的政务App", "有11个，工作群有40多个，每天花在“指尖”", "上的时间超过两个小时。"]]


def test_a_pull_quote_inside_a_paragraph_is_noise_and_the_paragraph_whole():
    # a sentence of the column printed again, wider than the column, between two lines of another
    # paragraph: dropped as noise, that paragraph one; a set phrase a line repeats at the column's
    # width is text
    page = "\n".join([
                      "这两年，不少基层干部的手机里装满",
                      "了各种政务App和工作群。有的要求每天",
                      "打卡签到，有的要求上传工作照片，有的还",
                      "要定期比拼积分排名。一位乡镇干部算过",
                      "一笔账，他手机上需要日常登录的政务App",
                      "有11个，工作群有40多个，每天花在“指尖”",
                      "上的时间超过两个小时。",
                      "数字技术进入基层治理，本意是提高",
                      "数字化的成效，不在于建了多少平台，而在于为基层省下了多少时间",
                      "效率、减轻负担。信息多跑路，群众少跑腿，",
                      "干部也能从繁琐的报表和台账中解脱出来。",
                      "可一些地方把数字化简单理解为“上系统、",
                      "建平台”，各部门各建一套，数据互不相通，",
                      "同一份材料要在几个平台上反复填报。结",
                      "果，数字化非但没有减负，反而成了新的负",
                      "担。",
                      "问题出在哪里？说到底，还是形式主",
                      "义在作祟。有的部门热衷于“留痕”，认",
                      "为材料多、照片多就是工作做得好；有的把",
                      "App的下载量、活跃度当作考核指标，层层",
                      "加码。数字化的成效，不在于建了多少平",
                      "台，而在于为基层省下了多少时间。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.kind for u in units] == ["body", "body", "noise", "body"]
    assert units[1].text.startswith("数字技术进入基层治理，本意是提高效率、减轻负担。")
    assert units[2].text == "数字化的成效，不在于建了多少平台，而在于为基层省下了多少时间"
    assert units[3].text.endswith("层层加码。数字化的成效，不在于建了多少平台，而在于为基层省下了多少时间。")


def test_a_no_break_space_in_running_text_is_spacing_in_a_headline_a_clause_space():
    lines = split_lines("扫码时代\u00a0别让老人“掉队”\n反映，村干部说路灯是镇里统一\u00a0招标安装的，要等")[0]
    assert [line.text for line in lines] == ["扫码时代 别让老人“掉队”", "反映，村干部说路灯是镇里统一招标安装的，要等"]


def test_an_interviews_first_question_under_its_subtitle_opens_a_paragraph():
    page = "\n".join(["专家视点", "中小企业数字化转型要“量体裁衣”", "——访东源大学经济学院教授钟明远",
                      "问：不少中小企业反映，数字化转", "型“不敢转、不会转”。您怎么看？", "答：中小企业的顾虑可以理解。",
                      "一套系统动辄几十万、上百万元，投下", "去能不能见效，企业心里没底。我的"])
    blocks = _blocks(page)
    assert ["——访东源大学经济学院教授钟明远"] in blocks
    assert ["问：不少中小企业反映，数字化转", "型“不敢转、不会转”。您怎么看？"] in blocks


def test_a_headline_set_vertically_is_one_line_a_narrow_columns_spread_line_is_not():
    # pdfminer gives a vertical headline one character a line; three single characters in a row
    # are a narrow column's justified line spread out (近 / 年 / 来，), left to the unwrapping
    page = "\n".join(["十", "八", "年", "守", "护", "一", "条", "清", "水", "河", "",
                      "本报记者 许未 通讯员 冉青禾", "", "清晨五点半，天刚蒙蒙亮，青岗村村民周",
                      "德厚已经沿着沙溪河走了两公里。他左手拿"])
    lines = split_lines(page)[0]
    assert lines[0].text == "十八年守护一条清水河" and lines[0].vertical and lines[1].number == 12
    units = classify_blocks(unwrap_paragraphs(lines), {})
    assert [(u.kind, u.text) for u in units[:2]] == [("headline", "十八年守护一条清水河"), ("byline", "本报记者 许未 通讯员 冉青禾")]
    spread = split_lines("\n".join(["公司", "近", "年", "来", "，河阳职业技术学院"]))[0]
    assert [line.text for line in spread][1:4] == ["近", "年", "来"] and not any(line.vertical for line in spread)


def test_a_line_as_full_as_its_column_between_two_of_a_paragraph_is_the_paragraphs():
    # (…为 / 我市今后…建设指明 / 了方向。): a word may run from the line before to the line after it
    # by chance (为了); a line set at the column's full measure is no headline box set across it
    page = "\n".join(["绿水青山既是自然财富、生态财富，", "又是社会财富、经济财富。昨天召开的",
                      "全市生态环境保护大会，既总结成绩、又", "直面问题，既明确目标、又部署举措，为",
                      "我市今后一个时期的生态文明建设指明", "了方向。", "近年来，我市PM2.5浓度持续下降，",
                      "河流断面水质明显好转，群众的蓝天幸"])
    blocks = _blocks(page)
    assert blocks[0][-2:] == ["我市今后一个时期的生态文明建设指明", "了方向。"]


def test_an_entry_opening_with_its_bracketed_term_opens_a_paragraph():
    # a glossary box's entries are set flush: only the 【term】 says where one starts
    page = "\n".join(["【生态保护红线】是指在生态空间", "范围内具有特殊重要生态功能、必", "须强制性严格保护的区域。",
                      "我市划定生态保护红线面积1236平", "方公里，占全市国土面积的21.4%。",
                      "【河湖长制】是指由各级党政主要", "负责人担任“河长”“湖长”，负"])
    blocks = _blocks(page)
    assert blocks[-1] == ["【河湖长制】是指由各级党政主要", "负责人担任“河长”“湖长”，负"]


def test_a_tables_title_and_source_are_paragraphs_of_the_story_its_aligned_cells_whole():
    page = "\n".join(["工业生产较快增长，全市规模以上工业增加值同比增长12.5%。", "",
                      "表：上半年全市主要经济指标", "指标  数值  同比", "地区生产总值  1286. 4亿元  9.2%",
                      "规模以上工业增加值  —  12.5 %", "城镇居民人均可支配收入  23675 元  9.6%", "数据来源：市统计局", "",
                      "消费市场加快回暖。上半年，全市社会消"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [(u.kind, u.text) for u in units[1:7]] == [
        ("body", "表：上半年全市主要经济指标"), ("body", "指标 数值 同比"), ("body", "地区生产总值 1286.4亿元 9.2%"),
        ("body", "规模以上工业增加值 — 12.5%"), ("body", "城镇居民人均可支配收入 23675元 9.6%"), ("body", "数据来源：市统计局")]


def test_a_block_set_at_another_measure_after_a_blank_line_is_measured_by_its_own_lines():
    # pdftotext: an editor's note set across the page (28 ems), then the story's 14-em column;
    # measured by the note's lines, the story's first lines would look like a headline
    note = ["编者按：近年来，一些不法分子打着“养老服务”“以房养老”", "“养生保健”等旗号，以高额回报为诱饵，把黑手伸向老年人的",
            "“养老钱”。今年以来，我省政法机关深入开展打击整治养老诈", "骗专项行动，依法查办了一批涉老案件。本期我们选取其中一起",
            "典型案件，还原办案经过，提醒广大老年朋友擦亮眼睛。"]
    story = ["今年3月的一天，青崖县公安", "局经侦大队接到一位七旬老人的", "报案。老人姓杜，家住县城南郊", "的柳墕村。两年前，他经亲戚介",
             "绍，以“预订养老床位”的名义", "向一家名为“颐康源”的养老公", "司交了12万元。"]
    blocks = [[line.text for line in b.lines] for b in unwrap_paragraphs(split_lines("\n".join([*note, "", *story]))[0])]
    assert blocks == [note, story]


def test_a_line_stopping_short_on_a_colon_ends_its_paragraph_over_an_indented_line():
    page = "\n".join(["近年来，以“养老”为", "名的非法集资、诈骗案件时", "有发生。法官许嘉言提醒广", "大老年朋友，遇到以下几种",
                      "情形要格外警惕：", "一是“高息”诱惑。凡", "是承诺“保本高息”“稳赚", "不赔”的，要首先想到风险。"])
    blocks = _blocks(page)
    assert blocks[1][0] == "一是“高息”诱惑。凡"


def test_a_headlines_space_after_a_quotation_stays_running_texts_goes():
    assert despace("守好“养老钱” 警惕这些套路") == "守好“养老钱” 警惕这些套路"
    text, _ = explain_spaces("老人的“养老钱” 被骗走了")
    assert text == "老人的“养老钱”被骗走了"
    # (set BC's 农业农村 page) and so before a quotation: 早稻抢收晚稻抢插 “双抢”农事要抓紧, where running
    # text drops it but after 本报讯
    assert despace("早稻抢收晚稻抢插 “双抢”农事要抓紧") == "早稻抢收晚稻抢插 “双抢”农事要抓紧"
    assert explain_spaces("大家都说 “双抢”农事要抓紧。")[0] == "大家都说“双抢”农事要抓紧。"
    assert explain_spaces("本报讯 “剪一只小燕子。”")[0] == "本报讯 “剪一只小燕子。”"


def test_a_data_boxs_figures_are_paragraphs_and_a_titled_photos_credit_ends_no_paragraph():
    page = "\n".join(["县乡村振兴局相关负责人介绍，下一步，我县将进一步扩大小额", "信贷覆盖面，让金融“活水”持续流向乡村。", "数据",
                      "全县累计发放小额信贷2863 万元", "惠及脱贫户和监测户1417户", "按期还款率达99.6%"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [(u.kind, u.text) for u in units[1:]] == [("body", "数据"), ("body", "全县累计发放小额信贷2863万元"),
                                                    ("body", "惠及脱贫户和监测户1417户"), ("body", "按期还款率达99.6%")]
    # a photo's own title over its credit is a caption, however the paragraph above it stopped
    page = "\n".join(["谭秀英：说实话，一开始心里也没底。我们", "谭秀英在大棚查看菌棒 本报记者 秦悦 摄",
                      "村山多地少，年轻人大多外出打工，留在村里的", "多是老人和妇女。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.kind for u in units] == ["body", "caption"] and units[0].text.endswith("我们村山多地少，年轻人大多外出打工，留在村里的多是老人和妇女。")


def test_a_quoted_quatrain_is_a_paragraph_a_line():
    page = "\n".join(["小时候，外公常在枣树下教我念诗。他念一句，我跟一句，念", "得最多的是那首写重阳的诗：", "独在异乡为异客，",
                      "每逢佳节倍思亲。", "遥知兄弟登高处，", "遍插茱萸少一人。", "那时我不懂诗里的意思，只觉得念起来顺",
                      "口。"])
    blocks = _blocks(page)
    assert blocks[1:5] == [["独在异乡为异客，"], ["每逢佳节倍思亲。"], ["遥知兄弟登高处，"], ["遍插茱萸少一人。"]]


def test_two_stories_columns_given_by_turns_are_told_apart_by_their_measures():
    # (set AC's front page, pdfminer) the lead (16 ems) and the commentary beside it (14 ems)
    # given box by box in turns: each story's boxes join each other, not the next box given
    page = "\n".join([
        '本报讯（记者 汤明远 卢嘉禾',
        '实习生 温若溪）4月15日，全省优化',
        '营商环境工作会议在澜州召开。会议',
        '深入学习贯彻习近平总书记关于优化',
        '营商环境的重要论述，全面落实省委',
        '十一届七次全会精神，总结去年以来',
        '全省营商环境建设工作，安排部署今',
        '年重点任务。省长罗承钧出席会议并',
        '讲话，常务副省长陶怀远主持。',
        '罗承钧指出，营商环境就是生产',
        '力、竞争力。去年以来，全省各地各部',
        '门把优化营商环境作为“一把手工程”',
        '来抓，企业开办时间压缩至3 个工作日',
        '以内，工程建设项目审批时间压缩至',
        '100个工作日以内，“一网通办”事项',
        '占比达到87.6%，全年新增市场主体',
        '41.2 万户，同比增长18.3%。成绩来之',
        '不易，但也要清醒看到，与先进省份相',
        '比，我省在审批效率、要素保障、涉企',
        '服务等方面仍有不小差距，一些地方',
        '',
        '以一流营商环境赢得发展主动',
        '——论贯彻落实全省优化营商环境工作会议精神',
        '本报评论员',
        '',
        '环境就是民心，环境就是生',
        '产力。4月15日召开的全省优化',
        '营商环境工作会议，对持续深化',
        '“放管服”改革、全力打造一流',
        '营商环境作出全面部署，释放出',
        '我省以更大力度优化发展环境的',
        '鲜明信号。',
        '当前，区域之间的竞争，越来',
        '越体现为营商环境的竞争。资金、',
        '技术、人才往哪里流动，企业在哪',
        '里落户扎根，很大程度上取决于',
        '一个地方的营商环境。哪里审批',
        '更快捷、服务更周到、办事更公平，',
        '哪里就能吸引更多市场主体，哪',
        '里就能赢得发展的主动。从这个',
        '',
        '“门好进、脸好看，事难办”的问题依',
        '然存在。',
        '罗承钧强调，要对标国内先进水',
        '平，以市场主体的获得感为评价标准，',
        '在更深层次、更宽领域推进改革。要',
        '持续精简审批事项，年内再取消和下',
        '放 一 批 省 级 行 政 权 力 事 项 ， 全 面 推 行',
        '“证照分离”改革，让企业准入更便',
        '利。要深化“互联网+政务服务”，加',
        '快省、市、县三级政务服务平台互联互',
        '通，推动更多事项“掌上办”“就近',
        '办”“一次办”。要着力降低企业成',
        '本，不折不扣落实减税降费政策，清理',
        '规范涉企收费，切实解决民营企业、小',
        '微企业融资难融资贵问题。',
        '罗承钧要求，各级各部门要强化',
        '责任担当，主要负责同志要亲自研究、',
        '亲自部署、亲自督办，把优化营商环境',
        '工作纳入年度目标考核。要建立健全',
        '',
        '意义上说，优化营商环境不是一',
        '道选答题，而是一道必答题。',
        '优化营商环境，关键在于转',
        '变政府职能。一些干部习惯于',
        '“管”字当头，热衷于审批、发证、',
        '收费，对企业的难处却不闻不问；',
        '有的表面上热情周到，一到具体',
        '事 项 就 推 诿 扯 皮 、 层 层 设 卡 。 这',
        '些问题看似是作风问题，实质上',
        '是发展观念问题。各级干部要当',
        '好服务企业的“店小二”，既要',
        '“有求必应”，更要“无事不',
        '扰”，把心思和精力用在为企业',
        '解难题、办实事上。',
        '优化营商环境，检验标准在',
        '',
        '常态化评价机制，今年起在全省开展',
        '营商环境第三方评价，评价结果向社',
        '会公开。要严肃追责问责，对损害营',
        '商环境的典型案例，发现一起、查处一',
        '起、通报一起，以严明的纪律保障各项',
        '政策措施落地见效。',
        '陶怀远在主持会议时要求，各地',
        '各部门要迅速传达学习会议精神，结',
        '合实际抓紧制定贯彻落实方案，细化',
        '任务分工，明确时间节点，确保各项工',
        '作不折不扣落到实处。',
        '会上，省发展改革委、省市场监管',
        '局、省政务服务管理局作了工作汇报，',
        '澜州市、青屏市和省税务局作了交流',
        '发言。',
        '省直有关部门主要负责同志，各',
        '市（州）、县（市、区）政府主要负责',
        '同志分别在主会场和分会场参加会议。',
        '',
        '于企业和群众的获得感。政策好',
        '不好，要看企业认不认；服务优不',
        '优，要听群众怎么说。要多到企',
        '业车间、项目工地走一走，多听听',
        '企业家的意见，把企业反映强烈',
        '的痛点难点作为改革的突破口，',
        '以钉钉子精神一件一件抓落实，',
        '让市场主体真正感受到环境之变。',
        '营商环境只有更好，没有最',
        '好。全省上下要以这次会议为新',
        '的起点，拿出“拼”的劲头、“抢”',
        '的意识、“实”的作风，久久为功、',
        '持续发力，让雁南成为投资兴业',
        '的热土、干事创业的沃土。'])
    out = reorder_pieces(page).split("\n\n")
    lead = next(p for p in out if p.startswith("本报讯"))
    comment = next(p for p in out if p.startswith("环境就是民心"))
    assert "年度目标考核。要建立健全\n常态化评价机制" in lead and "从这个\n意义上说" in comment
    assert "检验标准在\n于企业和群众的获得感" in comment and "优化营商环境不是" not in lead


def test_a_bracketed_photo_credit_closes_its_caption_and_a_boxs_explainer_closes_its_story():
    page = "\n".join(["黎满仓说，下一步，村里计划再扩", "建20个大棚。", "", "栗树塆村菇农在大棚", "内采收香菇。", "（通讯员 祝禾 摄）", "",
                      "禾川县首期高素质农民培训班结业", "", "本报讯（记者 钟晓岚）6月14日，禾川县首期", "高素质农民培训班结业。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [(u.kind, u.text) for u in units[1:3]] == [("caption", "栗树塆村菇农在大棚内采收香菇。（通讯员 祝禾 摄）"),
                                                     ("headline", "禾川县首期高素质农民培训班结业")]
    assert despace("沪指涨逾0.8% 两市成交额超8900亿元") == "沪指涨逾0.8% 两市成交额超8900亿元"
    assert explain_spaces("沪指上涨0.8% 收于3245点")[0] == "沪指上涨0.8%收于3245点"


def test_a_page_that_sets_its_closing_quotes_inside_the_measure_counts_them():
    # (set AF's 国际 page, pypdf, cut) full lines ending on ” are as wide as the others: no quote
    # hangs, so a line ending on one is measured with it, and 澜江大学国际关系学院教授俞 (its
    # glyph lost) is a paragraph's first line over a full one, not a headline
    page = "\n".join([
        '进入2024年，国际形势中的不',
        '稳定、不确定因素依然突出。地缘',
        '冲突延宕难解，世界经济复苏乏力，',
        '气候变化、公共卫生等全球性挑战',
        '交织叠加。与此同时，一个越来越',
        '清晰的趋势是，以新兴市场国家和',
        '发展中国家为主体的“全球南方”',
        '正以更加积极的姿态参与全球治理，',
        '成为推动国际秩序朝着更加公正合',
        '理方向发展的重要力量。',
        '“全球南方”的群体性崛起，',
        '首先体现在经济分量上。按购买力',
        '平 价 计 算 ， 新 兴 市 场 和 发 展 中 经 济',
        '体在世界经济中所占比重已超过一',
        '半，对全球经济增长的贡献长期保',
        '持在较高水平。经济力量对比的变',
        '化，必然要求国际规则和治理体系',
        '作出相应调整。',
        '其次体现在议程设置能力上。',
        '从二十国集团（G20）把发展议题',
        '摆在更加突出的位置，到COP28就损',
        '失与损害基金的运作作出安排，越',
        '来越多反映发展中国家关切的议题',
        '进入多边议程。这说明，“全球南',
        '方”不再只是国际规则的被动接受',
        '者，而日益成为规则的参与者和塑',
        '造者。',
        '也要看到，“全球南方”内部',
        '差异明显，各国发展阶段、利益诉求',
        '不尽相同，个别国家拉拢分化的图',
        '谋也从未停止。能否求同存异、加',
        '强团结，是“全球南方”能否持续',
        '发挥作用的关键。',
        '面向未来，“全球南方”国家',
        '应坚持真正的多边主义，维护以联',
        '合国为核心的国际体系，在减贫、粮',
        '食安全、能源转型、数字经济等领域',
        '深化务实合作，以共同发展夯实团',
        '结的基础。国际社会也应正视“全',
        '球南方”的正当诉求，推动全球治',
        '理体系改革完善，让发展成果更多',
        '更公平地惠及各国人民。',
        '专家学者聚首澜江共话“全球南方”合作',
        '本报讯（记者 邵可欣）3月12',
        '日，“全球南方与全球治理变革”',
        '学术研讨会在澜江大学举行。来自',
        '国内20 余所高校和研究机构的60余',
        '名专家学者参会，围绕“全球南方”',
        '合作的新进展、新挑战等议题展开',
        '研讨。',
        '澜江大学国际关系学院教授俞',
        '在主旨发言中认为，“全球南方”',
        '国家在全球经济中的比重持续上升，',
        '正从国际体系的“边缘”走向“中',
        '心”，推动全球治理体系变革的意',
        '愿和能力明显增强。他同时提醒，',
        '“全球南方”内部的发展差距不容',
        '忽视，加强政策沟通和发展战略对',
        '接尤为重要。',
        '与会专家认为，深化同“全球',
        '南方”国家的合作，既有利于拓展',
        '高水平对外开放的空间，也为地方',
        '参与国际交流合作提供了新机遇。',
        '近年来，我省与东南亚、非洲等地区',
        '的经贸往来日益密切，2023年全省',
        '对共建“一带一路”国家进出口额',
        '增长9.6%。'])
    blocks = _blocks(page)
    assert any(b[:2] == ["澜江大学国际关系学院教授俞", "在主旨发言中认为，“全球南方”"] for b in blocks)


def test_a_closing_credit_cut_after_its_role_keeps_the_space_between_role_and_name():
    # (set AH's 文体 page) …参观。（通讯员 / 柯小蔓）: one line again, the role apart from the name
    # as printed; a name cut inside itself (（林 / 晓）) is joined with nothing between
    page = "\n".join(["据悉，获奖作品将于7月25日至8", "月10日在县文化馆展厅展出，欢迎广", "大书法爱好者前往参观。（通讯员",
                      "柯小蔓）", "", "本报讯 即日起，市图书馆推出暑期", "阅读打卡活动，读者即可参加。（林", "晓）"])
    lines = [line for block in _blocks(page) for line in block]
    assert lines[2] == "大书法爱好者前往参观。（通讯员 柯小蔓）" and lines[-1] == "阅读打卡活动，读者即可参加。（林晓）"


def test_a_lists_rows_under_the_line_that_introduces_it_are_paragraphs_alone():
    # (set AH's 文体 page) 部分项目冠军： over label：value rows, one as full as the column: none runs
    # into the next, the prose after them goes on as before; a question and answer is no list
    page = "\n".join(["运动会共设田径、球类、棋类等12个", "大项。", "部分项目冠军：", "男子100米：杨子航（青溪镇）11.2秒",
                      "女子100米：韦春燕（城关镇）13.1秒", "女子铅球：潘秀英（县人民医院）10.37米", "男子篮球：县公安局队",
                      "县文体广电旅游局相关负责人表示，", "下一步，县里将继续推进体育公园、健", "身步道等设施建设。"])
    blocks = _blocks(page)
    assert ["男子100米：杨子航（青溪镇）11.2秒"] in blocks and ["女子铅球：潘秀英（县人民医院）10.37米"] in blocks
    assert ["男子篮球：县公安局队"] in blocks
    # (set AG's 健康 page) rows of cells with figures under 门诊时间为： keep their spaces; the
    # paragraph after them is whole
    hours = "\n".join(["和号源。", "调整后，该院门诊时间为：", "周一至周五 8:00—12:00", "周一至周五 14:00—17:30",
                       "周六、周日 8:00—12:00", "其中，工作日18:00至21:00为", "夜间门诊时段。市民可通过“桐州",
                       "市中医院”微信公众号提前预约挂", "号，也可拨打预约电话85236120。", "急诊科24小时接诊。"])
    blocks = _blocks(hours)
    assert ["周六、周日 8:00—12:00"] in blocks and ["周一至周五 14:00—17:30"] in blocks
    assert blocks[-1][0] == "其中，工作日18:00至21:00为" and len(blocks[-1]) == 5
    qa = "\n".join(["记者：村里的路修好了吗？", "村民：修好了，去年就通了车，", "现在出门方便多了。", "记者：收入呢？",
                    "村民：比前几年翻了一番。"])
    assert all(len(b) == 1 or "通了车" in b[0] for b in _blocks(qa))


def test_a_web_address_running_on_in_a_sentence_and_contact_lines_under_a_story_stay_its_text():
    # (set AJ's 科技 page) a line opening on a URL and running on (…，每) is the paragraph's, not the
    # paper's own site line; the phone and mail lines right under the story's last sentence are
    # its paragraphs, the paper's hotline on every page is not
    page = "\n".join(["报名时间为即日起至3月20日。参赛", "学生须在指导教师协助下登录大赛官网提", "交 作 品 ， 网 址 ：",
                      "https://www.qckx.org.cn/dasai2025，每", "名学生限报1项。大赛组委会将于4月下旬", "组织专家评审。",
                      "咨询电话：0739-6215706", "电子邮箱：dasai@qckx.org.cn", "", "新闻热线：96333", "",
                      "责任编辑 余晓冬 校对 季华"])
    # (a furniture line is a piece of its own, which pieces given out of order may move away)
    assert any("https://www.qckx.org.cn/dasai2025，每" in p.raw and "组织专家评审。" in p.raw for p in split_pieces(page))
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    kinds = {u.text: u.kind for u in units}
    assert any(k.startswith("交作品，网址：https://www.qckx.org.cn/dasai2025，每名学生限报1项。") for k in kinds)
    assert kinds["咨询电话：0739-6215706"] == kinds["电子邮箱：dasai@qckx.org.cn"] == "body"
    assert kinds["新闻热线：96333"] != "body" and is_furniture("www.qckx.org.cn")
    assert is_furniture("http://www.hyrb.cn 邮发代号 21-8")


def test_a_spread_out_line_with_latin_words_loses_its_letter_spacing_and_keeps_their_spaces():
    # (set AJ's 科技 page) 入 选 International Consortium for: the Han characters were spread, the
    # English words are parted by their own spaces
    assert despace("入 选 International Consortium for") == "入选International Consortium for"
    assert despace("a smart factory in 青 澄") == "a smart factory in青澄"
    # a model's code alone before a headline's space is no clause: the Latin font met the Han there
    assert despace("HX-3000 巡检机器人在青澄量产下线") == "HX-3000巡检机器人在青澄量产下线"
    assert despace("发放助学金 236名学子受益") == "发放助学金 236名学子受益"


def test_a_rosters_rows_as_whole_sentences_and_a_tables_places_listed_in_a_cell():
    # (set AJ's 公告 page, its first 60 lines) 任前公示 rows each a sentence ending on 。, one with a
    # lost glyph's space, are a paragraph each, not run together where one is as wide as the column;
    # an outage table's row lists places in a cell (东风村、石湾村): a row
    raw = Path(__file__).parent / "fixtures" / "blind" / "raw" / "2025-02-18" / "07.txt"
    page = "\n".join(raw.read_text(encoding="utf-8").split("\n")[:60])
    rows = [b for b in _blocks(page) if b[0][3:6] in ("，男，", "，女，")]
    assert len(rows) == 5 and all(len(b) == 1 for b in rows)
    table = "\n".join(["", "停电时间 停电线路 停电范围", "2月20日 8:00—18:00 10kV东线 东风村、石湾村",
                       "2月21日 8:30—17:00 10kV南湾线 南湾工业园", "2月22日 9:00—12:00 10kV南湾线 金禾花园小区", ""])
    assert _blocks(table)[1] == ["2月20日 8:00—18:00 10kV东线 东风村、石湾村"]


def test_notices_closing_on_one_formula_are_a_paragraph_each_however_full_their_last_line():
    # (set AJ's 公告 page) 遗失声明 set flush: each notice ends on …，声明作废。 (cut 声明作 / 废。 too),
    # one on a full line, and the line after it opens the next notice, no headline
    page = "\n".join(["遗失声明", "汀阳市鑫顺建材贸易有限公司遗失", "营业执照副本一份，统一社会信用", "代码：91451000MA5K7R2X3B，声明作",
                      "废。", "汀阳市城东区小鹿童装店遗失个体", "工商户营业执照正本，注册号：", "451002600123487，声明作废。",
                      "蒙志强遗失道路运输从业资格证一", "本，证号：451002371608，声明作废。", "汀阳市福来顺餐饮管理有限公司遗",
                      "失公章一枚、财务专用章一枚，声明", "作废。"])
    firsts = [b[0] for b in _blocks(page)]
    assert firsts[1:] == ["汀阳市鑫顺建材贸易有限公司遗失", "汀阳市城东区小鹿童装店遗失个体", "蒙志强遗失道路运输从业资格证一",
                          "汀阳市福来顺餐饮管理有限公司遗"]
    # a sentence's own last words repeated at line ends are no formula (…去超市买菜。)
    prose = "\n".join(["不少居民宁愿多走两公里去超市买菜。", "如今菜场改造一新，居民不用再去超", "市买菜。现在下楼就能买到新鲜菜，",
                       "谁还开车去超市买菜。"])
    prose = prose.replace("新鲜菜，", "新鲜菜，\n何必去超市买菜。")
    assert formula_ends(split_lines(prose)[0]) == set()
    assert formula_ends(split_lines(page)[0]) == {4, 7, 9, 12}


def test_a_pages_section_name_beside_its_running_head_is_part_of_it():
    # (set AJ's 公告 page) 公告·服务 over the date line: page furniture, no kicker of the first headline
    assert join_section_names(["公告·服务", "2025年2月18日 星期二 汀阳日报", "", "汀阳市市管干部任前公示"]) == \
        ["", "公告·服务 2025年2月18日 星期二 汀阳日报", "", "汀阳市市管干部任前公示"]
    # a short line under it may be the first headline's kicker
    assert join_section_names(["2025年2月18日 星期二 汀阳日报", "春耕", "备耕正当时"])[1] == "春耕"
    # (set BC's 农业农村 page, PyMuPDF) the name between the page's number and the dated line, the
    # list knowing 农村 but not 农业农村: all one running head (农村 2026… is no section's number)
    assert join_section_names(["3", "农业农村", "2026年7月7日 星期二 岑江日报", "上周全市农产品批发价格监测显示"]) == \
        ["3 农业农村 2026年7月7日 星期二 岑江日报", "", "", "上周全市农产品批发价格监测显示"]
    assert join_section_names(["3", "春耕", "备耕正当时"]) == ["3", "春耕", "备耕正当时"]


def test_a_contact_lines_fields_keep_their_space_and_an_item_runs_on_into_its_last_line():
    # (set AJ's 公告 page) 联系人：莫老师 联系电话：…: the space parts two fields, no lost glyph
    assert explain_spaces("联系人：莫老师 联系电话：0776-2831562") == ("联系人：莫老师 联系电话：0776-2831562", [])
    # a numbered item's full first line, stopped mid-clause after a comma, over its short last line
    page = "\n".join(["因工作需要，汀阳市公共资源交易中心面向社", "会公开招聘编外工作人员6名。现将有关事项公告", "如下：",
                      "二、报名条件", "（一）具有中华人民共和国国籍，遵守宪法和", "法律，具有良好的品行和职业道德。",
                      "（二）年龄在18周岁以上、35周岁以下（1989", "年2月19日至2007年2月18日期间出生），具有硕士",
                      "研究生学历的可放宽至40周岁。"])
    assert ["（一）具有中华人民共和国国籍，遵守宪法和", "法律，具有良好的品行和职业道德。"] in _blocks(page)
    assert ["二、报名条件"] in _blocks(page)


def test_a_photo_credit_run_into_another_columns_line_is_a_line_of_its_own():
    # (set AK's 要闻 page, pdftotext -raw) 本报记者 林之遥 摄 方式，把岗位信息…: the credit ends the
    # photo's text, the rest goes on in the story the photo interrupted
    assert split_leading_credit("本报记者 林之遥 摄 方式，把岗位信息、政策咨询和技") == \
        ("本报记者 林之遥 摄", "方式，把岗位信息、政策咨询和技")
    assert split_leading_credit("王大爷摄 影多年，他说，") == ("", "王大爷摄 影多年，他说，")
    lines = split_lines("游客3.2万人次。\n本报记者 林之遥 摄 方式，把岗位信息、政策咨询和技\n能培训送到群众家门口。")[0]
    assert [line.text for line in lines] == ["游客3.2万人次。", "本报记者 林之遥 摄", "方式，把岗位信息、政策咨询和技",
                                            "能培训送到群众家门口。"]


def test_a_photo_credit_in_traditional_script_ends_on_its_攝():
    # a Taiwan or Hong Kong paper's credit ends on 攝: the rules that know a credit by its 摄
    # know it, whether it runs into another column's line, a line's end left it alone, or a name
    # before it lost a glyph
    assert split_leading_credit("本報記者 林之遙 攝 方式，把崗位資訊、政策諮詢和技") == \
        ("本報記者 林之遙 攝", "方式，把崗位資訊、政策諮詢和技")
    assert finish_joins(join_lines(["圖為村民在採摘連翹。 記者 王振宇", "攝"])) == "圖為村民在採摘連翹。 記者 王振宇 攝"
    assert finish_joins(join_lines(["图为村民在采摘连翘。 记者 王振宇", "摄"])) == "图为村民在采摘连翘。 记者 王振宇 摄"
    assert restore_glyphs("記者 劉 攝", {"喆": ("劉喆",)})[0] == "記者 劉喆 攝"


def test_a_notices_contacts_its_issuers_and_their_date_are_its_signature():
    # two issuers, one a line, under the contact lines: the date under the last is the notice's too
    lines = split_lines("\n".join(["公示期间，如有意见，可向县农业农村局反映。", "联系电话：3326517", "通信地址：宜溪县行政中心",
                                   "宜溪县农业农村局", "宜溪县文化和旅游局", "2025年5月6日", "本报讯 5月5日，宜溪县召开会议。"]))[0]
    assert notice_signature(lines) == {1, 2, 3, 4, 5}


def test_contact_lines_and_signed_dates_in_either_script_and_in_words():
    # a contact line's fields in traditional characters (聯繫電話：) or labelled 咨询：, the space
    # between two fields kept; a notice signed under them, dated in the Republic's years or in words
    assert explain_spaces("聯絡人：莫老師 聯絡電話：0776-2831562") == ("聯絡人：莫老師 聯絡電話：0776-2831562", [])
    assert explain_spaces("联系人：莫老师 咨询：0776-2831562") == ("联系人：莫老师 咨询：0776-2831562", [])
    for date in ("中華民國114年5月6日", "2025年5月6日", "二〇二五年五月六日"):
        lines = split_lines("\n".join(["公示期間，如有異議，可向本局書面反映。", "聯繫電話：3326517", "通信地址：澄溪縣府前路1號",
                                       "澄溪縣農業局", date]))[0]
        assert notice_signature(lines) == {1, 2, 3, 4}, date
    assert not is_signed_date("十二月六日") and not is_signed_date("33年前1月2日")


def test_a_surname_before_the_title_it_is_called_by_lost_no_glyph():
    # (set AP's 访谈 page) 邹瑄 lost its 瑄 with a space elsewhere on the page, yet 邹书记： is
    # what the interview calls him: surname and title, nothing missing between them
    glyphs = {"瑄": ("邹瑄",)}
    assert restore_glyphs("邹书记：青萝的家底，说到底就是山和水。", glyphs, echoes=frozenset({"邹瑄"}))[0] == \
        "邹书记：青萝的家底，说到底就是山和水。"
    assert restore_glyphs("听县委书记邹讲述", glyphs, echoes=frozenset({"邹瑄"}))[0] == "听县委书记邹瑄讲述"


def test_a_box_given_inside_a_paragraph_is_found_between_its_two_halves():
    # (set AP's 访谈 page, pdfplumber) …发展到 / 邹 (the portrait's name) / 人物简介 / the box's
    # lines, well inside the column / 11.5万亩。二是抓主体…: the paragraph goes on after the box
    texts = ["这几年我们主要抓了三件事。一是", "抓标准。县里制定了青萝云雾茶种植、", "加工地方标准，统一品种、统一技术、统",
             "一品牌，全县茶园面积从6.2万亩发展到", "邹", "人物简介", "邹 ，男，汉族，1976年", "10月生，岚江市平川县人，研",
             "究生学历，1998年8月参加工作。", "11.5万亩。二是抓主体。培育省级龙头", "企业4家、茶叶专业合作社87家，推行",
             "“龙头企业+合作社+农户”模式。"]
    lines = split_lines("\n".join(texts))[0]
    assert box_inside_paragraph(lines, [17.0] * len(lines)) == (4, 9)
    blocks = ["".join(line.text for line in block.lines) for block in unwrap_paragraphs(lines)]
    resumed = next(k for k, text in enumerate(blocks) if "11.5万亩" in text)
    assert "发展到11.5万亩" in blocks[resumed] and "人物简介" in "".join(blocks[resumed + 1:])
    # (set AW's 文旅 page) the box goes where the story it interrupted ends, before what opens next,
    # not between two of its paragraphs
    more = ["记者：茶产业下一步怎么走？", "邹书记：我们要把品牌做响，让青萝云雾", "走出大山，走进更多城市的茶桌。",
            "一条绿道串起全域旅游", "记者：青萝近年来提出了“茶旅融合”的", "思路，具体是怎样推进的？"]
    lines = split_lines("\n".join(texts + more))[0]
    blocks = ["".join(line.text for line in block.lines) for block in unwrap_paragraphs(lines)]
    box = next(k for k, text in enumerate(blocks) if "人物简介" in text)
    assert any("走出大山" in text for text in blocks[:box]) and "一条绿道串起全域旅游" in blocks[box + 1:]
    # not after a headline or subtitle over a column's label, nor back on the page's desk line
    texts[3] = "——专访全国羽毛球锦标赛女单冠军林晓棠"
    assert box_inside_paragraph(split_lines("\n".join(texts))[0], [17.0] * len(lines)) is None


def test_a_box_under_a_label_no_list_knows_cutting_a_word_is_set_after_its_paragraph():
    # (set BC's 农业农村 page, PyMuPDF) …据介绍，目 / 天气预报 / its rows / 前我市…: 目前 runs across
    # the box, which goes after the paragraph; a label the word runs into is none (目 / 前景可期)
    texts = ["畜禽产品方面，猪肉平均批发价格为22", ".46元/公斤，环比上涨0.4%，同比下降", "6.8%；鸡蛋的平均批发价格为9.18元/",
             "公斤，环比持平。据市场人士介绍，目", "天气预报", "7日 多云转雷阵雨 25～33℃", "8日 雷阵雨 24～31℃",
             "岑江市气象台提供", "前我市生猪存栏量保持在合理区间，猪", "肉市场供应充足，价格大幅波动的可", "能性不大。"]
    lines = split_lines("\n".join(texts))[0]
    assert box_inside_paragraph(lines, [17.0] * len(lines)) == (4, 8)
    blocks = ["".join(line.text for line in block.lines) for block in unwrap_paragraphs(lines)]
    assert "介绍，目前我市生猪存栏量" in blocks[0] and blocks[0].endswith("的可能性不大。")
    texts[4] = "前景可期"
    assert box_inside_paragraph(split_lines("\n".join(texts))[0], [17.0] * len(lines)) is None


def test_a_readers_letters_page_its_running_head_signatures_and_a_reporters_follow_up():
    # (set AP's 民生热线 page, Apache Tika) the running head names a section no list knows; a
    # letter is signed by where its writer lives, a lost glyph's space in it, and one with no
    # salutation too, over the desk line; 记者调查 is a column's label, no byline
    assert is_running_head("06 民生热线 2025年8月12日 星期二 桐川日报")
    assert not is_running_head("2025年8月12日 星期二 全市安全生产工作会议召开")
    # (sets AY and AR) a date given with points, two sections one page shares
    assert is_running_head("云汐日报 科技·财经") and is_running_head("2026.5.12 星期二") and is_running_head("健康·体育")
    assert not is_running_head("科技·财经·教育周刊") and not is_running_head("截至2026.5.12 星期二")
    lines = split_lines("\n".join(["编辑同志：", "我是溪口镇白 村的村民。我们村通往镇上的村道有三公里多长。",
                                   "希望有关部门能重视这个问题。", "溪口镇白 村 俞海生",
                                   "公交站台挪远了 老人候车犯了难", "事后我们想当面道谢，钱师傅连连摆手。", "表示衷心的感谢！",
                                   "城南街道青禾社区 范春华", "责任编辑 何静姝 美术编辑 龚野 校对 米兰"]))[0]
    assert notice_signature(lines) == {3, 7}
    lines = split_lines("\n".join(["谢谢你，雨夜里的暖心司机", "事后我们想当面道谢，钱师傅连连摆手。", "表示衷心的感谢！",
                                   "城南街道青禾社区 范春华", "责任编辑 何静姝 美术编辑 龚野 校对 米兰"]))[0]
    assert notice_signature(lines) == {3}
    assert letter_writer(["事后我们想当面道谢，钱师傅连连摆手。", "表示衷心的感谢！", "城南街道青禾社区 范春华"]) == "范春华"
    assert letter_writer(["编辑同志：", "城南街道青禾社区 范春华"]) == ""
    assert is_column_label("记者调查") and not is_byline("记者调查")


def test_briefs_whose_bold_leads_run_in_before_their_text():
    # (set AQ's 经济 page) ■ + a lead, wrapped onto the next line up to its space, or alone on its
    # line: each brief one paragraph, its lead's space kept (no lost glyph), a byline left alone
    texts = ["■岚江港8月集装箱吞吐量", "创新高 记者从岚江港务集团获", "悉，8月份，岚江港完成集装箱", "吞吐量21.7万标箱。",
             "■前7个月新设经营主体", "4.13万户 市市场监管局数据显", "示，全市新设立各类经营主体", "4.13万户。",
             "■东湾区新增3条绿电专线", "岚江供电公司近日建成投运3条", "110千伏绿色电力专线。",
             "□ 本报评论员", "“百村示范”行动正式启动。"]
    lines = split_lines("\n".join(texts))[0]
    blocks = classify_blocks(unwrap_paragraphs(lines), {})
    assert [u.text for u in blocks if u.text.startswith("■")] == [
        "■岚江港8月集装箱吞吐量创新高 记者从岚江港务集团获悉，8月份，岚江港完成集装箱吞吐量21.7万标箱。",
        "■前7个月新设经营主体4.13万户 市市场监管局数据显示，全市新设立各类经营主体4.13万户。",
        "■东湾区新增3条绿电专线 岚江供电公司近日建成投运3条110千伏绿色电力专线。"]
    assert ("byline", "□本报评论员") in [(u.kind, u.text) for u in blocks]
    assert explain_spaces("■“科创贷”首月放款超3亿元 岚江农商银行推出")[0] == "■“科创贷”首月放款超3亿元 岚江农商银行推出"


def test_a_pictures_placeholder_is_no_text_of_the_page():
    # (set AT's 县区 page, PyMuPDF blocks) alone on its line or run into the text after it: the
    # photo's place, a gap as a blank line is
    lines = split_lines("<image: DeviceRGB, width: 1600, height: 1067, bpc: 8>11月30日，白泷县桂坪镇\n"
                        "<image: DeviceRGB, width: 1600, height: 1067, bpc: 8>\n万亩油茶基地迎来采摘高峰。")[0]
    assert [(line.text, line.blank_before) for line in lines] == [("11月30日，白泷县桂坪镇", False),
                                                                 ("万亩油茶基地迎来采摘高峰。", True)]


def test_a_subhead_of_phrases_set_apart_by_a_space_is_a_line_of_its_own():
    # (set AQ's 要闻 page, PyMuPDF) 聚焦主业 做强链条 after a sentence's end, over the next
    # paragraph's first line, squeezed nearly full: a subhead, no lost glyph between its phrases
    raw = (Path(__file__).parent / "fixtures" / "blind" / "raw" / "2025-09-09" / "02.txt").read_text(encoding="utf-8")
    blocks = [[line.text for line in block.lines] for block in unwrap_paragraphs(split_lines(raw)[0])]
    assert ["聚焦主业 做强链条"] in blocks and ["创新驱动 提质增效"] in blocks


def test_a_paragraph_cut_by_its_jump_line_is_no_headline_run():
    # (set AQ's 要闻 page) …9.8%。 / 为确保项目顺利推进，… / …挂牌督办，及时 / （下转第3版）: the
    # sentence goes on on page 3; the lines after the last full stop are the paragraph's, no title
    texts = ["据悉，今年以来，全市已累计开工亿元", "以上项目216个，完成投资同比增长9.8%。", "为确保项目顺利推进，市重点项目建设指",
             "挥部将实行“周调度、月通报、季观摩”工", "作机制，对进展滞后的项目挂牌督办，及时", "（下转第3版）"]
    units = classify_blocks(unwrap_paragraphs(split_lines("\n".join(texts))[0]), {})
    assert [u.kind for u in units] == ["body", "jump"]
    assert units[0].text.endswith("及时")


def test_a_two_character_name_padded_to_three_after_a_role_or_a_columns_bullet_is_closed():
    assert unpad_names("（记者 李 刚）") == "（记者 李刚）" and unpad_names("记者 王 磊 张 三 摄") == "记者 王磊 张三 摄"
    # (sets AR and AK) a column's byline behind its bullet, the name padded: 罗岚, no lost glyph
    assert unpad_names("□ 罗 岚") == "□ 罗岚" and is_byline(despace("□ 罗 岚"))
    assert unpad_names("吕梁 出一条新路") == "吕梁 出一条新路"


def test_an_e_editions_navigation_and_related_links_are_no_text():
    # (set AX, an e-edition's web page copied as text) share and paging links are a gap; the list
    # of related links under its label is the site's navigation
    lines = split_lines("老照片里的梧川百年变迁\n分享到：\n记者 简宁 文/图\n【字号 大 中 小】\n一张张泛黄的老照片。")[0]
    assert [(line.text, line.blank_before) for line in lines] == [
        ("老照片里的梧川百年变迁", False), ("记者 简宁 文/图", True), ("一张张泛黄的老照片。", True)]
    texts = ["市图书馆负责人表示，去年图书馆接待读者86万人次。", "相关新闻：", "市图书馆新馆设计方案公开征集",
             "我市24小时城市书房增至15家"]
    assert related_links(texts) == {1, 2, 3} and related_links(texts[:2]) == set()


def test_an_ocr_pages_misread_marks_beside_chinese_text_are_full_width():
    # (set AX's OCR page) a page set with Chinese marks, a few read as ASCII: brackets round Chinese
    # text, a comma before a space, a colon after a quote, a full stop after a per cent sign, and
    # then its straight quotes, paired with the printed ones
    page = ('本报讯(记者 汪蔓青 通讯员 柯永年)4月3日清晨, 黛山县的茶山上\n推行“四统一”:统一品种。增长面达73.5%.其中，\n'
            '素有"高山云雾出好茶”之说，"一天能采四五斤鲜叶。"她说。')
    assert restore_stray_marks(page) == ('本报讯（记者 汪蔓青 通讯员 柯永年）4月3日清晨， 黛山县的茶山上\n推行“四统一”：统一品种。'
                                         '增长面达73.5%。其中，\n素有“高山云雾出好茶”之说，“一天能采四五斤鲜叶。”她说。')
    # numbers, times, Latin brackets stay; a page with no other misreading keeps its straight quotes
    assert restore_stray_marks("(GDP)完成612.8亿元，8:30开门") == "(GDP)完成612.8亿元，8:30开门"
    assert restore_stray_marks('被称为"会思考的红绿灯"。') == '被称为"会思考的红绿灯"。'


def test_a_numbered_subhead_wrapped_inside_a_word_is_one_subhead():
    # (set AU's 理论 page, pdfminer) 一、…的重 / 要场域: the box's line cut inside 重要, one subhead
    page = "\n".join([
        "党的全会对“十五五”时期经济社会发展作", "出全面部署。推进国家治理体系和治理能力", "现代化，基础在基层，难点也在基层。基层是",
        "党和政府联系群众的“最后一公里”，也是人", "民群众感受民主最直接的地方。", "",
        "一、基层是发展全过程人民民主的重", "要场域", "",
        "全过程人民民主是全链条、全方位、全", "覆盖的民主。与宏观层面的制度安排相比，基", "层民主的鲜明特点在于一个“近”字：议的是",
        "身边事，管的是家门口的事，群众看得见、摸", "得着、能参与。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert ("subhead", "一、基层是发展全过程人民民主的重要场域") in [(u.kind, u.text) for u in units]


def test_a_number_set_on_its_own_baseline_inside_a_line_is_set_back():
    # (set AW's 文旅 page, PyMuPDF) 村子所在的山坳海拔 / 1280 / 米，山高雾: one line, three pieces together
    # as wide as a paragraph's first line under the full line above
    texts = ["说，今年雨水足，茶叶的品相比往年都好。", "村子所在的山坳海拔", "1280", "米，山高雾",
             "多、昼夜温差大，出产的高山云雾茶滋味鲜", "爽，在周边小有名气。"]
    lines = unwrap_paragraphs(split_lines("\n".join(texts))[0])
    assert ["".join(line.text for line in block.lines) for block in lines][-1] == \
        "村子所在的山坳海拔1280米，山高雾多、昼夜温差大，出产的高山云雾茶滋味鲜爽，在周边小有名气。"


def test_a_bulleted_brief_opening_on_when_it_happened_goes_on_however_short():
    # (set AW's 文旅 page) ●3月8日，泊阳市博物馆“江海 / 之间——…: a brief's first line, measured
    # against the wider column above its box, opens a paragraph and goes on into it
    raw = (Path(__file__).parent / "fixtures" / "blind" / "raw" / "2026-03-10" / "15.txt").read_text(encoding="utf-8")
    blocks = unwrap_paragraphs(split_lines(raw)[0])
    assert any(block.lines[0].text.startswith("●3月8日") and len(block.lines) > 1 for block in blocks)
    assert is_brief_lead("●3月8日，泊阳市博物馆“江海") and not is_brief_lead("■ 合作社带富一方")


def test_two_columns_lines_given_as_one_are_joined_without_a_gap():
    # (set AK's 要闻 page, pdftotext -raw) the first column's last line and the next column's first
    # share a baseline and come as one line, a space between: the text runs on, no lost glyph
    page = "\n".join(["背街小巷是城市的“毛细血管”，", "连着千家万户。近年来，我", "市已累计改造背街小巷136条，但",
                      "仍有部分小巷存在路面破损、排", "水不畅、管线杂乱、照明不足等问 题，群众反映较为强烈。",
                      "今年的改造项目已于2月底", "完成前期摸底和方案设计，首批", "12条小巷将于4月开工。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert "照明不足等问题，群众反映较为强烈。" in units[0].text and "〓" not in units[0].text
    # a line of one column with a lost glyph's space stays marked
    assert "〓" in classify_blocks(unwrap_paragraphs(split_lines("\n".join(
        ["背街小巷是城市的“毛细血管”，", "连着千家万户。近年来，我", "市已累计改造背街 巷136条，但", "仍有部分小巷存在路面破损。"]))[0]), {})[0].text


def test_a_notice_signed_by_two_offices_over_its_date_keeps_its_signature():
    # (set AM's county page) two issuers, one a line, over the date, right-aligned with ideographic
    # spaces: paragraphs of the notice, not a headline run before the next story's title
    page = "\n".join(["　　各乡镇要高度重视，加强政策宣传，认真做好房屋摸", "排、材料初审和群众动员工作，在报名截止后10个工",
                      "作日内将汇总材料报县农业农村局。", "　　联系人：伍海燕，联系电话：5281347。",
                      "　　　　　　　　　　　　棠川县农业农村局", "　　　　　　　　　　　棠川县文化和旅游局",
                      "　　　　　　　　　　　　　　2025年5月6日", "　　　杉磜村百年廊桥修缮完工", "　　　　　“五一”假期迎来首批游客",
                      "　　本报讯（通讯员 谭晓川）日前，杉磜村的百年廊桥修", "缮完工，迎来了“五一”假期的首批游客。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    kinds = {u.text: u.kind for u in units}
    assert kinds["棠川县农业农村局"] == kinds["棠川县文化和旅游局"] == kinds["2025年5月6日"] == "body"


def test_a_subhead_quoting_within_itself_and_pymupdfs_image_placeholder():
    # (set AL's 社会 page, PyMuPDF blocks) ■充电桩为何“进不了门” is a subhead (its quotes open and
    # close on it); ●7月14日，“爱心送清凉” is a brief running on, and a line closing a quotation
    # opened before it is no subhead; `<image: …>` is where PyMuPDF met a picture
    assert is_subhead("■充电桩为何“进不了门”") and not is_subhead("●7月14日，“爱心送清凉”")
    assert not is_subhead("■是装了没人管”")
    assert is_furniture("<image: DeviceRGB, width: 1280, height: 853, bpc: 8>")


def test_a_terms_gloss_in_brackets_cut_at_a_lines_end_is_no_credit():
    # (set AL's 社会 page) AED（自动体 / 外除颤器）: two runs of Han characters in brackets read like a
    # credit's two names, but after a term it is the term's gloss, joined with nothing between
    assert finish_joins(rejoin_credit_spaces(join_lines(["取来了AED（自动体", "外除颤器），黎晓雯"]))) == \
        "取来了AED（自动体外除颤器），黎晓雯"
    assert finish_joins(rejoin_credit_spaces(join_lines(["即可参加。（李芳", "白小琴）"]))) == "即可参加。（李芳 白小琴）"


def test_a_pull_quote_box_at_the_columns_width_cutting_a_paragraph_is_noise():
    # (set AL's 社会 page, PyMuPDF blocks, a blank line after each paragraph) the box's two lines,
    # set at the column's width, print again words the text says further down: no paragraph, and
    # the paragraph it cut reads whole
    page = "\n".join([
        "即便解决了场地和资金，谁来管", "也是难题。一家充电设施运营企业的", "负责人坦言，老旧小区车辆分散、收费",
        "标准低，企业投入建设后回本周期长，", "“一个充电口充一小时只收几毛钱，", "",
        "“不是不想装，是装了没人管、", "出了事谁担责？”", "",
        "还要负责日常维护和购买保险，算下", "来很难盈利”。", "",
        "在采访中，多个小区的业委会成", "员和物业人员都提到了安全责任的顾", "虑。城东区某小区物业经理坦言：",
        "“不是不想装，是装了没人管、出了事", "谁担责？万一充电桩起火，物业肯定", "脱不了干系。”"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    body = [u.text for u in units if u.kind == "body"]
    assert body[0].endswith("只收几毛钱，还要负责日常维护和购买保险，算下来很难盈利”。")
    assert not any(text.startswith("“不是不想装，是装了没人管、出了事谁担责？”") for text in body)


def test_a_pull_quote_signed_by_its_speaker_inside_an_answer_is_noise():
    # (set BE's 人物专访 page, PyMuPDF, no blank lines) the quote's three lines and ——温秋兰 under
    # them print again words of an answer above, a line's opening words among them: noise, and the
    # answer they cut (村里的路也修 / 通了，…) reads whole
    page = "\n".join([
        "温秋兰：最难的是夜里出诊。山里", "人白天要干活，有个头疼脑热都忍着，一", "忍就忍到半夜。后来我常跟年轻人说，",
        "病人不会挑时候生病，医生也就不能挑", "时候出诊。", "记者：现在村里看病的条件有了哪", "些变化？",
        "温秋兰：变化太大了。县里给村卫生", "室盖了新房子，有了诊室、治疗室和药", "房，血糖仪都配齐了。村里的路也修",
        "“病人不会挑时候生", "病，医生也就不能挑", "时候出诊。”", "——温秋兰",
        "通了，现在出诊骑电动车，最远的那户", "二十分钟就到。", "记者：您今年58岁了，有没有想过退", "下来？",
        "温秋兰：想过，但放不下。村里常住的", "大多是老人，我心里都有本账。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.text for u in units if u.kind == "noise"] == ["“病人不会挑时候生", "病，医生也就不能挑", "时候出诊。”", "——温秋兰"]
    body = [u.text for u in units if u.kind == "body"]
    assert body[-3].endswith("村里的路也修通了，现在出诊骑电动车，最远的那户二十分钟就到。")
    # (the question after it, set after the quote's speaker, is no headline under a headline line)
    assert body[-2] == "记者：您今年58岁了，有没有想过退下来？" and not any(u.kind == "headline" for u in units)


def test_what_a_chart_leaves_in_the_text_is_noise_not_a_headline():
    # (set BD's 国际 page, pypdf) the chart's title with its unit, its row of values and its note
    # under a story: no title for any story (each fits one better than its own headline did)
    page = "\n".join([
        "世贸组织预计，2027年全球货物贸易量将增长", "3.1%。报告说，贸易摩擦仍是主要风险。",
        "全球货物贸易量增速（%）", "2024年 2.9 2025年 2.8 2026年 3.5 2027年 3.1", "注：2026年、2027年为世贸组织预测值 新华社发",
        "让“零饥饿”目标重回正轨", "新华社联合国7月12日电（记者 邝思远）联合国12日发布报告说，", "全球饥饿人口连续两年下降。"])
    units = classify_blocks(unwrap_paragraphs(split_lines(page)[0]), {})
    assert [u.text for u in units if u.kind == "noise"] == [
        "全球货物贸易量增速（%）", "2024年2.9 2025年2.8 2026年3.5 2027年3.1", "注：2026年、2027年为世贸组织预测值 新华社发"]
    assert [u.text for u in units if u.kind == "headline"] == ["让“零饥饿”目标重回正轨"]
    # a headline with figures, and a table's title over its rows, are none
    assert not is_chart_text("全市GDP增长6.2%") and not is_chart_text("柘川县2026年上半年主要经济指标")


def test_a_table_given_a_column_at_a_time_is_put_back_as_rows():
    # (set AM's 财经 page, pdfminer) one box per column of the table: the rows again, one a line
    columns = [["证券简称", "汇渠新材", "澄峰电子", "宁川科技"], ["证券代码", "603917", "688372", "301627"],
               ["周涨幅（%）", "18.52", "15.06", "12.73"]]
    page = "\n\n".join(["上周渠宁辖区上市公司涨幅前五名", *("\n".join(c) for c in columns), "（数据来源：渠宁证券研究所）"])
    rows = reorder_pieces(page).split("\n\n")[1].split("\n")
    assert rows == ["证券简称 证券代码 周涨幅（%）", "汇渠新材 603917 18.52", "澄峰电子 688372 15.06", "宁川科技 301627 12.73"]
    # boxes of names alone, with no column of figures, are no table
    names = "\n\n".join(["欧晓峰\n宁一苇\n戴国栋", "牛思琪\n单立军\n喻海燕"])
    assert reorder_pieces(names) == names


def test_the_papers_hotline_with_its_name_before_it_is_furniture():
    # (set AO's 民生 page) 晚报新闻热线：96118 欢迎提供新闻线索, between two stories' headlines
    assert is_furniture("晚报新闻热线：96118 欢迎提供新闻线索") and is_furniture("本报广告热线：0768-2211888")
    assert not is_furniture("晚报讯 新闻热线开通以来，共接到市民来电300余个。")


@pytest.mark.parametrize("spread", ["联 系 电 话 ， 投 稿 邮 箱 ：", "号 码 ， 也 可 发 送 邮 件 至"])
def test_a_line_given_letter_spaced_was_full_however_it_ends(spread):
    # justified to the column because the address after it could not be broken: no paragraph's
    # short last line, a colon at its end or not (set AR's 副刊 and 健康·体育 pages)
    page = "\n".join(["“书香月”活动即日起接受报名，活动", "设亲子共读、经典诵读等六个项目。", "市民可拨打电话报名，留下姓名和",
                      spread, "hylib_2026@163.com。", "报名截至5月31日。"])
    block = next(b for b in _blocks(page) if spread.replace(" ", "") in b)
    assert block[-1] == "hylib_2026@163.com。"


def test_a_caption_at_a_columns_head_is_a_piece_of_its_own():
    # (set BA's 教育 page, -layout) the photo's caption heads the second column, whose text goes on
    # from the first column's last line: cut after the caption's credit, the text can be joined on
    text = "\n".join(["  “滕老师她们不光把城里的好方法", "", "图为滕老师（右）在双河乡中心小学指导青年",
                      "  教师磨课。 本报记者 沈知遥 摄", "带了过来，更重要的是教会了我们怎么研", "究课堂、研究学生。”"])
    assert [piece.raw for piece in split_pieces(text)] == [
        ("  “滕老师她们不光把城里的好方法",), ("图为滕老师（右）在双河乡中心小学指导青年", "  教师磨课。 本报记者 沈知遥 摄"),
        ("带了过来，更重要的是教会了我们怎么研", "究课堂、研究学生。”")]


def test_a_columns_piece_inside_an_editorials_paragraph_under_a_label_no_list_knows():
    # (set AY's 评论 page) the editorial stops mid-sentence; a 今日谈 column (its label, title and
    # byline, set at 13 ems in a 19-em page) follows, and the editorial's sentence goes on after it
    # on a short last line too wide to open a paragraph of the column: the box ends before it
    main = ["假期里，城区各大景区游人如织，不少外", "地游客在社交平台上晒出了游玩照片，收获", "了不少点赞；但也有游客反映，部分热门景点",
            "排队时间过长。一次好的体验，可能换来一", "位回头客；一次糟糕的经历，则可能让人从此", "绕道走。城市的形象，往往就藏在游客身边"]
    box = ["今日谈", "“回头看”要看出真问题", "□ 邵明远", "近日，某县对去年以来群", "众反映集中的问题开展整改回",
           "头看。有的乡镇提前接到通知，", "连夜补台账、刷标语，检查组一", "走，问题照旧。", "整改不是为了应付检查，",
           "而是为了解决问题。唯有动真", "碰硬、一抓到底，回头看才能看", "得清、改得实。"]
    after = ["这些看似不起眼的细节之中。", "留住游客，靠的是特色。近年来，各地文", "旅推介层出不穷，千篇一律的网红打卡点却",
             "越来越多。"]
    lines = split_lines("\n".join(main + box + after))[0]
    assert box_inside_paragraph(lines, [19.0] * len(lines)) == (len(main), len(main) + len(box))


def test_a_numbered_points_first_sentence_filling_a_first_line_runs_on_into_its_text():
    # (set AZ's 要闻 page) 三、…保障。 fills the paragraph's first line (its indent lost) and a full
    # line follows: the point's text, run on; a sentence alone on a first line with no number
    # (《意见》从三个方面部署了重点任务。) stays a paragraph of its own
    text = ["查。", "三、强化药品供应和医保支付保障。", "建立县域医共体内统一的药品耗材目录和",
            "采购配送机制，保障基层常用药、慢性病用", "药供应。", "《意见》从三个方面部署了重点任务。",
            "一、统筹配置医疗卫生人员。推行县", "域医共体内人员统一招聘、统一培训、统一", "管理。"]
    blocks = _blocks("\n".join(text))
    assert ["三、强化药品供应和医保支付保障。", "建立县域医共体内统一的药品耗材目录和",
            "采购配送机制，保障基层常用药、慢性病用", "药供应。"] in blocks
    assert ["《意见》从三个方面部署了重点任务。"] in blocks


def test_a_dialogues_turns_are_paragraphs_however_full_the_line_before():
    # (set AZ's 晚报 page, pdfplumber) a quotation closing its sentence at a line's end, the next line
    # opening another: a new speaker, a new paragraph (a full first line and a short one would
    # otherwise read as a paragraph and its last line); snatches of talk run on in one paragraph
    text = ["他没敢耽搁，把车停在路边，一页页翻", "看病历，终于在最后一页找到了一个手机", "号码。电话拨了三遍，才有人接。",
            "“喂，您是不是丢了一个黑色的包？”", "“是是是！包在您那儿？”", "“在我这儿，您别急，我给您送过去。”",
            "丢包的乘客叫刘文斌，家住城西区槐", "荫镇。当晚，他和母亲从医院出来，回到住", "处才发现包不见了。"]
    blocks = _blocks("\n".join(text))
    assert [["“喂，您是不是丢了一个黑色的包？”"], ["“是是是！包在您那儿？”"]] == [b for b in blocks if b[0].startswith("“")][:2]
    assert ["“快看，那只大的又飞回来", "了！”“小点声，别惊着它们。”", "“今年的窝比去年多了好几个。”"] in \
        _blocks("\n".join(["本报记者 程楠 文/图", "“快看，那只大的又飞回来", "了！”“小点声，别惊着它们。”",
                           "“今年的窝比去年多了好几个。”"]))


def test_a_dialogues_turns_short_of_the_column_do_not_make_it_narrower():
    # most lines end a turn, short of the 13-em column: the quantile of the widths around the
    # turn (…从我 / 记事起它就没走过。”) falls among them, and the two full lines show the column
    page = "\n".join([
        "把一块旧怀表轻轻放在玻璃柜", "台上。", "“师傅，这表还能修吗？”", "老周戴上寸镜，把表翻",
        "过来看了看。表壳磨得发亮，", "背面刻着一行小字：赠阿远，", "1986年夏。", "“是你爷爷的？”",
        "“嗯。他上个月走了。”", "“停了多久了？”", "“不知道。奶奶说，从我", "记事起它就没走过。”",
        "老周没再问，拿起小起", "子，一颗一颗拧开后盖。机芯", "里积着一层细细的灰，游丝缠", "在了一起。"])
    blocks = _blocks(page)
    assert ["“不知道。奶奶说，从我", "记事起它就没走过。”"] in blocks
    assert blocks[-1][0] == "老周没再问，拿起小起"


def test_a_datelines_bold_lead_given_a_line_of_its_own_runs_on():
    # a viewer's copy gives a bold run a line of its own; a dateline set on its own line over a
    # full line of text (新华社北京8月25日电 / （记者 方晓）记者从…) is not cut, and stays
    lines = [line.text for line in rejoin_cut_lines(split_lines(
        "本报讯\n（记者 周以宁 通\n讯员 韩小川）10月4日，第七\n届梧城读书节在梧城市图书馆\n东广场开幕。\n")[0])]
    assert lines[0] == "本报讯（记者 周以宁 通"
    apart = [line.text for line in rejoin_cut_lines(split_lines(
        "新华社北京8月25日电\n（记者 方晓）记者从教育部\n获悉，全国各地中小学秋季学\n期将陆续开学。\n")[0])]
    assert apart[0] == "新华社北京8月25日电"


def test_a_headline_run_a_word_processor_gave_on_one_line_parts_at_its_subtitle():
    # kicker, title and subtitle apart by wide gaps (the desk's own file, a paragraph a line): the
    # —— subtitle after a gap tells a run; a wide gap alone is a clause space
    run = split_lines("四十年守着一口龙窑  窑火不熄 青瓷有声  ——记青瓷烧制技艺传承人鲁焱生\n")[0]
    assert [line.text for line in run] == ["四十年守着一口龙窑", "窑火不熄 青瓷有声", "——记青瓷烧制技艺传承人鲁焱生"]
    assert [line.text for line in split_lines("坚定信心  攻坚克难\n")[0]] == ["坚定信心 攻坚克难"]

