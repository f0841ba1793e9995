"""Pages laid out as on paper (pdftotext -layout): columns side by side, read column by column."""

from pathlib import Path

from damage import wrap_paragraph
from scorer import load_dir, score

from shuzibao.clean import clean_page
from shuzibao.clean.columns import column_starts, read_columns
from shuzibao.clean.shared import read_shared_lines
from shuzibao.model import RawPage

GOLD = load_dir(Path(__file__).parent / "fixtures" / "gold" / "2020-08-11")


def _column(articles, width):
    lines = []
    for a in articles:
        lines += [x for x in (a.kicker, a.title, a.subtitle) if x]
        for p in a.paragraphs:
            lines += wrap_paragraph(p.replace("\\", ""), width)
    return lines


def _cells(text: str) -> int:
    return sum(2 if ord(ch) > 255 else 1 for ch in text)


def laid_out(left, right, width=17, gutter=4):
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join((a + " " * (2 * (width + 2) - _cells(a)) + " " * gutter + b).rstrip()
                     for a, b in zip(left, right, strict=True))


def test_two_columns_are_read_one_after_the_other():
    text = laid_out(["甲栏第一行", "甲栏第二行", "甲栏第三行"], ["乙栏第一行", "乙栏第二行", "乙栏第三行"])
    assert column_starts(text.split("\n"))
    assert read_columns(text) == "甲栏第一行\n甲栏第二行\n甲栏第三行\n\n乙栏第一行\n乙栏第二行\n乙栏第三行"


def test_ordinary_pages_are_left_alone():
    text = "本报讯（记者 李雅萍） 8月 10日，\n\n市委书记李正印深入华为山西（吕梁）大\n"
    assert read_columns(text) == text
    sample = (Path(__file__).resolve().parents[1] / "content" / "raw" / "2020-08-11" / "01.txt").read_text(encoding="utf-8")
    assert read_columns(sample) == sample


def test_a_laid_out_page_cleans_like_the_gold():
    chosen = [GOLD[1], GOLD[2], GOLD[3], GOLD[5]]
    text = laid_out(_column(chosen[:2], 17), _column(chosen[2:], 17))
    result = clean_page(RawPage("layout.txt", "2020-08-11", 1, text), {})
    scored = score(result.articles, chosen, glyph="@")
    print("\n".join(scored.lines()))
    assert scored.found == 4 and not scored.spurious
    assert scored.break_f1 == 1.0
    assert all(a.body_equal and a.headline_ok for a in scored.articles)


def _printed_width_by_character(text: str) -> float:
    """printed_width as first written, one character at a time: the reference for the counting one."""
    from shuzibao.clean.text import FULL_PUNCT, SQUEEZED, is_han, is_wide

    width = 0.0
    for i, ch in enumerate(text):
        if ch == " ":
            if 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1]):
                width += 1
        elif ch in SQUEEZED or (ch in FULL_PUNCT and i and text[i - 1] in FULL_PUNCT):
            width += 0.5
        elif is_wide(ch):
            width += 1
        else:
            width += 0.5
    return width


def test_printed_width_counts_what_the_character_loop_sums():
    import random

    from shuzibao.clean.text import FULL_PUNCT, printed_width

    rng = random.Random(11)
    alphabet = list(FULL_PUNCT) + list("中文吕梁〓𠮷 ab1.-\u3000\uff01\u303f\u3040\uffef\ufff0 　\t") + ["  ", " 中"]
    samples = ["", " ", "中 文", " 中 ", "，，", "”、“", "2020年 8月", "吕梁 ，"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in samples:
        assert printed_width(text) == _printed_width_by_character(text), text


def test_the_head_of_a_band_set_across_its_columns_comes_first_whole():
    # (set AK's 文化 page, pypdf's layout mode) the running head with its wide gaps, a kicker centred
    # near the second column's start, a title spread out with a clause gap and the byline, each
    # parted from the columns by a blank line: read first, whole, not cut into the columns
    page = "\n".join([
        "2025年3月11日  星期二           文化·人物                             07",
        "",
        "                       半个世纪守着一口纸槽",
        "",
        "             抄 得 一 张 纸   守 住 一 门 艺",
        "",
        "                      本报记者 庄晓岚 通讯员 韦家宁",
        "",
        "  惊蛰刚过，柘岭县石门坳村的山     竹料在石灰水里沤足三个月，再用清",
        "坳里还笼着一层薄雾。沿着溪边的石     水反复漂洗，上锅蒸煮七天七夜，直到",
        "板路往里走，水声渐响，一座青瓦土墙    竹丝软得一捏就烂。打浆时，老邝要",
        "的老纸坊隐在竹林深处。               守在石碓旁。",
    ])
    head = read_columns(page).split("\n")[:4]
    assert head == ["2025年3月11日  星期二           文化·人物                             07", "半个世纪守着一口纸槽",
                    "抄 得 一 张 纸   守 住 一 门 艺", "本报记者 庄晓岚 通讯员 韦家宁"]


def test_columns_laid_out_in_display_cells_are_read_column_by_column():
    # (set AN's front page) the extractor placed the second column at the same display cell on
    # every line, a Chinese character two cells wide: lines with digits put it at another character
    def cells(text: str) -> int:
        return sum(2 if ord(ch) > 255 else 1 for ch in text)

    left = ["  本报讯 昨天上午，全市第二批", "重大项目集中开工活动在经开区", "主会场举行，此次集中开工的52", "个项目总投资386亿元，涵盖先",
            "进制造、新能源等领域。"]
    right = ["  项目是经济发展的“牛鼻子”。", "昨天，全市第二批52个重大项目", "集中开工，总投资386亿元，彰", "显了全市上下抓项目的决心。",
             "各地要以更实举措抓推进。"]
    page = "\n".join(a + " " * (34 - cells(a)) + b for a, b in zip(left, right, strict=True))
    first, second = read_columns(page).split("\n\n")
    assert first.split("\n") == left and second.split("\n") == right


def test_two_columns_lines_given_as_one_are_read_column_by_column():
    # pdfplumber's extract_text: each raw line is the story's line, a space, and the narrow
    # column's line at the same height (its figures spaced apart too); the story goes on alone
    # under the band down to its paragraph's end
    story = ["本报讯（记者 陶一然）9 月 21 日，记", "者从市体育局获悉，第六届江滨市民", "运动会将于 10 月 8 日开幕，赛期持续两",
             "个月。本届运动会共设置篮球、羽毛", "球、游泳、围棋、健身气功等 28 个大", "项，其中广场舞、飞盘、匹克球等项",
             "目为首次纳入。比赛分为社区组、行", "业组和青少年组，预计参赛人数将超", "过 3.5 万人。"]
    briefs = ["■9 月 20 日，江滨市", "青少年游泳锦标赛在市游", "泳馆落幕。来自全市的", "412 名选手参加了 34 个项",
              "目的角逐，共有 5 人次打", "破市青少年纪录。"]
    given = ["市民运动会 10 月 8 日开幕 体坛快讯"] + [f"{a} {b}" for a, b in zip(story[:6], briefs, strict=True)] + story[6:] + \
        ["身边的健身达人", "“乒乓奶奶”的球台人生", "清晨 6 点，临河街道文体活动中心的乒乓球室已经亮起了灯。81 岁的周桂芬",
         "换上运动鞋，拿起球拍，开始了一天的训练。这样的清晨，她已经坚持了二十多年。"]
    read = read_shared_lines(list(enumerate(given, 1)))
    texts = [text for _, text in read]
    assert texts[:11] == ["市民运动会 10 月 8 日开幕", *story, ""]
    assert texts[11:18] == ["体坛快讯", *briefs]
    assert texts[19:] == given[-4:]
    assert read_shared_lines(list(enumerate(story, 1))) == list(enumerate(story, 1))


def test_a_page_whose_lines_are_all_apart_is_given_as_it_is(monkeypatch):
    """reorder_pieces_numbered's short way for a page with a blank line between every two lines
    (no piece of more than one line to join) gives what splitting it into pieces gives, whatever
    its lines hold: running heads, captions, a table's cells, a jump line."""
    from shuzibao.clean import pieces

    lines = ["2020年8月11日 星期二 第02版", "本报讯（记者 王磊）8月10日，全市召开会议，", "部署下一步工作。",
             "图为活动现场。 本报记者 孙强 摄", "证券简称", "603917", "（下转第三版）", "　　新的一段从这里开始，",
             "  ", "责编：张三", "猪肉 26.8元/公斤 -1.2%"]
    for n in (1, 2, 3, len(lines)):
        for blank in ("", "  ", "\u3000"):
            text = f"\n{blank}\n".join(lines[:n])
            fast = pieces.reorder_pieces_numbered(text)
            with monkeypatch.context() as m:
                m.setattr(pieces, "_lines_apart", lambda _: False)
                assert fast == pieces.reorder_pieces_numbered(text)
    assert not pieces._lines_apart(["一行", "二行"]) and pieces._lines_apart(["一行", " ", "二行", ""])
