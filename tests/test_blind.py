"""Pages written apart from the cleaner, in other papers' conventions (tests/fixtures/blind;
NOTES-A.md and NOTES-B.md there say what each exercises): a 新华社 wire page set by pdftotext's
default mode, a county page with a running head, subheads and a closing credit, a city front
page, an evening paper's short items with displaced headlines and a jump line, a provincial
economy page at two column widths, a commentary page with a reader's letter; each set with its
own lost glyph; then (sets C, D) two columns as pdftotext's default mode gives them, a
pdfminer-like page with a headline read inside a paragraph, a county page with a 图片新闻 box,
a central paper's 要闻 page, an evening paper's 社会 page with an interview, a 副刊 with an essay,
a poem and a review; (sets H, I) a 要闻 page in GB18030 with CRLF, a 文化 page in UTF-8 with a BOM,
ideographic-space indents and a zero-width space, a 城乡 page at two widths with a column label, a
【现场】 label, a numbered list, subheads and a source note, a county page with every headline
after its body and an editor's note; (sets J, K) a front page whose paragraphs keep an ASCII
indent, with a weather box, a jump line, a 更正 and the paper's QR line, an economy page with a
price table and a continued story, an evening paper's sports page (a question headline, 文/图
bylines, an interview, a 记者手记 box), a 副刊 page with a narrow sidebar of briefs, each title
after its brief; (set L) an OCR-like page with full-width digits, two stories already unwrapped a
paragraph a line, `－－` subtitles and `(1)` items, and a 理论 page with unmarked subheads, notes
and a reader's letter; (set M) a 法治 page with a 以案说法 box (【案情】 / 【说法】), a judge's advice box
and a court's signature, and a 健康 page with an interview, ● tips and a 温馨提示 box; (set O) a UTF-16 page with CR line
ends whose paragraphs are parted by blank lines, and a front page in PyMuPDF's block order with
its masthead and 导读; (set N) an evening paper's page of short news with every dateline variant
(`本报讯 记者王磊报道：`, `【本报讯】`, `本报太原10月12日讯`), a 图片新闻 box and bylines under stories,
and a 要闻 page with jump lines both ways, PM2.5 and a 启事 signed by the paper; (set P) a page
whose extractor gave every Chinese mark as ASCII (`,` `.` `:` `"`), and a page with a narrow
column of items titled after their text and a quotation over two paragraphs; (set R) a 副刊 page
from pdftotext's default mode (a poem with stanzas and a wrapped line, a review, a reader's letter
signed and titled after it, an 编辑手记 box, a supplement's masthead, a photo's own title) and an
economy page (a 新华社 story, a price table, a 财经简讯 column of briefs under lead-ins); (set S) an
OCR-like county page (ideographic spaces, an ASCII comma, a feature's title after it over a narrow
sidebar, a 图片新闻 signed under its text) and a culture page (an interview, a 链接 box, a jump,
a 招生启事 with numbered items, a contact line and its issuer); (set T, one page) a county page
with CRLF and blank lines, a headline after its story and a quotation over two paragraphs (its 政务
page of appointment lists, a 公示 and a 讣告 is not yet kept); (set U) an evening paper's sports
page (scores, a results table and standings, ■ items, an interview titled after it) and an
international page whose paragraphs keep their indent as ideographic spaces; (set V, one page) an
evening paper's 城事 page with a 交通提示 box of rows, a 问政 item and a story already unwrapped
(its 理论 page, columns interleaved block by block with footnotes and a pull quote, is not yet
kept); (set X) a 专访 page in GB18030 with CRLF (a Q&A interview with a caption given inside a
paragraph, a 人物简介 box, a 记者手记, a 问/答 interview) and a 评论 page from PyMuPDF with no-break
and zero-width spaces (columns signed at their end over where their author works, a pull quote,
a reader's letter with an 编者按); (set W, one page) a county page from pdftotext's default mode
with a story continued from page 1, headlines under their stories and a 12-em sidebar (its front
page from pdftotext -layout, three columns side by side with stories running from one column into
the next around a photo, is not yet kept); (set Y) an evening paper's 民生 page from pypdf (a title
wrapped over two lines, an advertisement, a 图片新闻 with numbered captions signed 文/摄, a 温馨提示
box after a displaced headline, ● briefs with a credit alone on its line) and an economy page from
pdftotext with a data table, its title and source; (set Z) a 专题 page from pdfminer (a headline set
vertically, a special issue's banner, a 名词解释 box, a copyright line) and a 副刊 page from PyMuPDF
with CR line ends and a BOM (an essay with dialogue and a quoted quatrain); (set AA) a 体育 page from
PyMuPDF with every headline after its body, a 快讯 column of ■ briefs and a fixtures list, and a 法治
page in GB18030 from pdftotext (an 编者按 set across the page, a 法官提醒 box set inside a story, 【案情】
parts, a jump line, a 更正启事); (set AB) a 乡村振兴 page from pdftotext -layout, two columns side by
side (an interview around a photo, a 数据 box), and a 读书 page from pypdf (a book's cover caption, a
荐书 list, a modern poem, a call for entries signed by two issuers); (set AC) a front page from
pdfminer with a lead and a commentary given box by box in turns, a 导读 box and a weather box, and a
county page in UTF-16 with CRLF (a feature, a 公示 roster, a reader's letter, a 讣告, a 图片新闻);
(set AD, one page) an 教育 page from PyMuPDF with its side column first, full-width digits and
zero-width spaces, phone rows and an interview (its 副刊 page, a story told in dialogue with
indents kept on some lines only, is not yet kept); (set AE) a 财经 page exported one paragraph a
line with one story still hard-wrapped, an index table and a 延伸阅读 box, and a 农村 page from
pdftotext in four 9-em columns with ◆ briefs and a caption credited in brackets; (set AF, one page)
a 国际 page from pypdf with wire datelines, foreign names split at their dot, a commentary's author
line and ● briefs under bracketed places (its 县域经济 page from pdftotext -layout, three columns
side by side, is not yet kept); (sets BI, BJ) a 体育 page from pdfplumber with a story and a column of
briefs side by side, each raw line both columns' lines, a 评论 page from Acrobat's text export, a 副刊
copied from Chrome's PDF viewer (dialogue, heads after their pieces) and a county page from pdftotext
in GB18030 (a 公示's roster in a grid); (set BL, one page) a 文化 page from the desk's own word-processor
file, a paragraph a line, a headline run on one line with its —— subtitle (its 法治 page, a phone
OCR's, is not yet kept). Written by helpers who had not read the cleaner, with their gold, and kept
as a regression test once the cleaner read them (what each first run showed and what changed
for it is in the commit log)."""

import re
from pathlib import Path

import pytest
import yaml
from scorer import load_dir, score

from shuzibao.log import Log
from shuzibao.pipeline import clean_all

BLIND = Path(__file__).resolve().parent / "fixtures" / "blind"
_JUMP_FROM_RE = re.compile(r"^[（(]上接第\S{1,3}版[）)]")
_MD_ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|])")
_JUMP_ON_RE = re.compile(r"^[（(]下转第\S{1,3}版[）)]$")
DATES = sorted(p.name for p in (BLIND / "gold").iterdir())
GLYPHS = yaml.safe_load((BLIND / "raw" / "glyphs.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind")
    clean_all(BLIND / "raw", out, log=Log(quiet=True))
    return out


# Where the cleaner and a page's gold part, and why; each is listed in README's known limits or
# is a reading the page's notes accept.
KNOWN = {
    # a 短评 box's label kept as the kicker (NOTES-D: either reading)
    ("2024-03-12", 2): "headline",
    # the 副刊's banner name (溪畔文苑) taken as the essay's kicker
    ("2024-10-18", 1): "headline",
    # a headline's clause space right where its glyph was lost (中医 州市 for 中医 琮州市): the space
    # is read as the glyph's place, as it is in running text
    ("2024-09-10", 4): "headline",
    ("2021-02-23", 1): "headline",  # a kicker over a title with figures read as title + subtitle
    ("2022-01-18", 4): "headline",  # the same (春节临近 湖区…); sets J, L and O's golds read such a
    # space as the glyph's place, as the cleaner does, sets M and N's as a clause space
    # two unmarked headline lines, the second with a comma (稳住经济大盘，全力冲刺三季度) under
    # 市委召开上半年经济形势分析会: read as title and subtitle (README's known limit), gold has
    # kicker and title
    ("2023-07-25", 1): "headline",
    # a 链接 box's title (瓯山竹编) over its first line, which begins with the same words and is
    # read as the title, the box's title as its kicker: the widths before the box are another
    # column's (NOTES-S gives the box as an article of its own, the label as page furniture)
    ("2021-09-28", 3): "headline",
    # an 编辑手记 box's label kept as its kicker (NOTES-R reads it as page furniture)
    ("2023-11-18", 5): "headline",
    # two unmarked headline lines, the second with a 、 (数字消费、绿色消费成为新增长点): read as
    # kicker and title, gold has title and subtitle (README's known limit, as 2023-07-25)
    ("2024-03-06", 2): "headline",
    # a 简讯 column read as its briefs (NOTES-R accepts it): the column's article takes its first
    # brief's lead-in as title and the column's label as kicker
    ("2024-03-06", 4): "headline",
    # a kicker (关注全球气候治理) over a title and its byline whose words point to the commentary
    # after it is split off its title and given to that commentary, whose own headline group
    # (国际观察 / title / —— subtitle) is then left over
    ("2025-06-04", 4): "headline", ("2025-06-04", 5): "headline",
    # set V's 城事 page: a column's label (问政枫江) kept as the kicker, as the README says
    ("2018-10-09", 2): "headline",
    # set X: column labels (记者手记, 专家视点, 今日快评, 读者来信) kept as kickers, as the README
    # says (NOTES-X drops them); the letter's title lost its glyph with no trace (刘家村的路灯…)
    # and no word around the gap is telling, so it stays lost (README's known limits)
    ("2023-11-07", 2): "headline", ("2023-11-07", 4): "headline",
    ("2024-03-19", 4): "headline", ("2024-03-19", 5): "headline",
    # set W's county page: a sidebar's label (县域传真) kept as its first story's kicker, as the
    # README says (NOTES-W reads it as page furniture)
    ("2019-04-16", 4): "headline",
    # sets Y and AA: a column's or advice box's label (图片新闻, 「经济观察」, 法官提醒, 以案说法) kept as
    # the kicker, as the README says (their notes read it as page furniture)
    ("2021-07-16", 3): "headline", ("2021-07-21", 3): "headline",
    ("2022-11-22", 2): "headline", ("2022-11-22", 3): "headline",
    # set AB's 读书 page from pypdf, which gives each kicker after its title: the text alone cannot
    # tell which of two unmarked lines was printed large (书 香 满 城 was spread), so the first is
    # read as the kicker (README's known limits); and a kicker after its title that shares more
    # words with the next story (“我与书的故事”征文选登, over the call for those entries) goes there
    ("2022-04-23", 1): "headline", ("2022-04-23", 2): "headline", ("2022-04-23", 3): "headline",
    # sets AC, AD, AE: column labels (百姓说事, 家长课堂, 农技指导) kept as kickers, as the README says
    ("2019-09-26", 3): "headline", ("2023-06-15", 1): "headline", ("2022-06-17", 3): "headline",
    # (AE's 农村 page, four 9-em columns) a title wrapped over two lines of its narrow column
    # (禾川县首期高素质 / 农民培训班结业) read as kicker and title, and a kicker (乡村振兴在行动) over
    # the first story taken as the 三农快讯 column's title, whose label then goes
    ("2022-06-17", 1): "headline", ("2022-06-17", 2): "headline", ("2022-06-17", 4): "headline",
    # (AE's 财经 page) two unmarked headline lines both with figures read as kicker and title, gold
    # has title and subtitle (README's known limit, as 2023-07-25)
    ("2023-09-06", 1): "headline", ("2023-09-06", 4): "headline",  # and its 财经观察 label kept as kicker
    ("2024-03-13", 3): "headline",  # set AF: a 国际观察 label kept as kicker
    # set AG: column labels (读者来信, 专家问答, 就医指南) kept as kickers, as the README says; on the
    # 健康 page a tips box's label (健康提醒) printed right under another story's title is read as
    # that story's title, its title as the kicker, and the box, left with no headline, gets one
    # made from its first item (README's known limits)
    ("2019-04-23", 4): "headline", ("2021-03-17", 1): "headline", ("2021-03-17", 3): "headline",
    ("2021-03-17", 4): "headline", ("2021-03-17", 5): "headline",
    # set AH's 文体 page: two unmarked headline lines (百姓舞台唱响幸福生活 / 县“欢乐沣源·文化惠民”
    # 文艺汇演举行) read as kicker and title, gold has title and subtitle (as 2023-07-25)
    ("2024-07-24", 2): "headline",
    # set AI's 法治 page: column labels (以案说法, 法律门诊, 普法小贴士) kept as kickers
    ("2025-01-14", 1): "headline", ("2025-01-14", 2): "headline", ("2025-01-14", 3): "headline",
    # set AM's county page: two unmarked headline lines (杉磜村百年廊桥修缮完工 / “五一”假期迎来首批
    # 游客) read as kicker and title, gold has title and subtitle (as 2023-07-25)
    ("2025-05-06", 3): "headline",
    # and set AJ's 科技 page the same (我市建成首批5G-A通感一体化基站 / 可对低空飞行器实现…)
    ("2025-02-11", 2): "headline",
    # sets AP and AT: column labels (记者手记, 短评) kept as kickers, as the README says (their notes
    # read them as page furniture, and call the kicker a tolerable reading)
    ("2025-08-05", 2): "headline", ("2025-12-09", 2): "headline", ("2025-12-09", 4): "headline",
    # set AR's 健康·体育 page (pdfminer): two unmarked headline lines read as kicker and title where
    # the gold has title and subtitle (the known limit of two unmarked lines)
    ("2025-10-21", 2): "headline",
    # set AS's 头版 (pdftotext -raw): the lead's 引题 / 主标题 / 副题 and the commentary's title come
    # as one run of display lines after the lead's text; the commentary's title goes to the lead,
    # the lead's lines to the commentary
    ("2025-11-04", 1): "headline", ("2025-11-04", 2): "headline",
    # set AS's 政法 page: 堽口法庭把庭审“搬”到村头 / 一起相邻纠纷当庭调解 两百余名村民现场旁听, two
    # unmarked lines read as kicker and title, gold has title and subtitle (the known limit); and
    # the dateline's 通讯员 石法宣 an author, where the gold knows the name for the court's
    # publicity office's pen name (NOTES-AS)
    ("2025-11-11", 1): "headline authors",
    # ... and its boxes' rubrics (以案说法, 普法讲堂) kept as kickers, as the README says
    ("2025-11-11", 2): "headline", ("2025-11-11", 3): "headline",
    # set AW's 文旅 page: two unmarked headline lines (“春游泊阳”文旅消费季启动 / 推出12条…) read as
    # kicker and title, gold has title and subtitle (the known limit)
    ("2026-03-10", 3): "headline",
    # set AR's 副刊 page (pypdf): the editor's note signed by her name alone, flush right under its
    # last line (许青苗) and read as a stray line; the page's footer names her too
    ("2025-10-14", 4): "byline authors",
    # set BA's 专版 (the layout system's export): the feature's rubric (民企风采) kept as its kicker, as
    # the README says, and two unmarked headline lines read as kicker and title (the known limit)
    ("2026-06-09", 1): "headline", ("2026-06-09", 2): "headline",
    # set AY's 科技·财经 page: the caption's 蒋晧 (蒋 （左）) lost its glyph before a bracket, where
    # the space is dropped (the known limit of a one-character rest before an opening bracket)
    ("2026-05-12", 5): "captions",
    # set AY's 评论 page (pdftotext): the editorial's title wrapped over two unmarked lines (read as
    # kicker and title, the known limit), and its columns' labels (街谈巷议, 一家之言, 读者来信) kept
    # as kickers, as the README says
    ("2026-05-05", 1): "headline", ("2026-05-05", 3): "headline", ("2026-05-05", 4): "headline",
    ("2026-05-05", 5): "headline",
    # sets BC, BD, BE (法治, 国际, 民生热线, 人物专访 pages): columns' and boxes' labels (普法问答, 国际观察,
    # 来信选登, 记者调查, 人物专访, 记者手记) kept as kickers, as the README says
    ("2026-06-30", 2): "headline", ("2026-07-14", 4): "headline",
    ("2026-07-21", 2): "headline", ("2026-07-28", 1): "headline", ("2026-07-28", 2): "headline",
    ("2026-07-07", 4): "headline",
    # set BC's 农业农村 page: the weather box's source line (岑江市气象台提供), its rows dropped in the
    # text it cut, kept as the kicker of the story printed next
    ("2026-07-07", 2): "headline captions", ("2026-07-07", 3): "captions",
    # ... and the feature's photo caption, set between two columns of the farming article, given to
    # that article (a caption inside a story's text is its photo's), where the gold gives it to the
    # feature its words name
    # set BD's 国际 page: a dateline's credit broken between two names where the first lost its last
    # glyph at the line's end (（记者 沈 / 柯远帆）): the names join with no space (阚瑨柯远帆)
    ("2026-07-14", 1): "byline authors",
    # set BD's 民生热线 page: a letter's signature over the office's reply (读者 邬国平) is also read
    # as its byline; the gold names none (its authors agree)
    ("2026-07-21", 1): "headline byline",
    # set BF's 健康 page: the Q&A's column label (名医坐诊) kept as its kicker, as the README says;
    # set BG's 文史 page: a rubric of four characters over a title (史海钩沉) read as its 引题
    ("2026-08-18", 2): "headline", ("2026-08-25", 3): "headline",
    # set BH's 要闻 page: a 图片新闻 with no headline, its caption read as its text and its credit as
    # its byline (新华社记者 邢岱 摄), as the README says; the gold repeats the caption as the caption
    ("2026-09-15", 3): "captions",
    # set BI's 评论 page (Acrobat's text export): the last commentary's author alone on a line over
    # its unit (宁小禾 / （作者单位：…）) is read as a stray line, not the byline
    ("2026-09-29", 4): "byline authors",
    # set BL's 文化 page (the desk's word-processor file): a caption given in brackets with its
    # label, （图片说明：…）, is kept as printed (NOTES-BL drops the brackets and the label)
    ("2026-11-10", 1): "captions",
    # set BJ's 乡村振兴 page: box and column labels (农技小课堂, 图片新闻) kept as kickers, as the README says
    ("2026-10-13", 2): "headline", ("2026-10-13", 5): "headline",
}
# Glyphs a page's gold and the cleaner count differently, and why: none now (杨老师, a teacher
# called by his surname where the page's 杨翀 is echoed, keeps his surname alone since the
# address rule of set AP).
# And (set AS's 政法 page) a notice's first words, 汀陵市堽口物流有限公司 given as 汀陵市口物流…: the
# glyph left no trace and 市口 is a word, so it stays lost (the rule that keeps 走出一条新路 whole).
# And (set AY's 科技·财经 page) 蒋晧 lost without a trace twice, at a line's end (…工程师蒋 / 一边记录)
# and before 所在: the rest, 蒋, is a surname alone, too common to take for the name (the caption's
# 蒋 （左） too: its space before the bracket is dropped; listed in KNOWN).
# And (set BG's 文史 page) 龙漖 lost at a line's end with no trace before a word (设龙 / 镇公所): 龙 alone
# tells nothing, and 龙镇 could be a place's name of its own.
# And (set BJ's 副刊 page) 淯水河 lost with no trace after a comma (…每年十月，水河两岸…): 水河 alone
# is too plain to mark the gap.
GLYPH_KNOWN: dict[tuple[str, str], int] = {("2025-11-11", "堽"): -1, ("2026-05-12", "晧"): -2,
                                           ("2026-08-25", "漖"): -1, ("2026-10-06", "淯"): -1}
# Articles a page's gold does not have that the cleaner makes, and why: a 简讯 column's last brief
# made an article of its own (NOTES-R accepts the column split into its briefs).
# And a 名词解释 box drawn inside one story's text that explains another story's term (set AJ's
# 科技 page): made an article of its own, where the gold puts it in the story it explains.
# And (set BC's 农业农村 page) a weather box's label (天气预报), its rows dropped in the text it cut:
# the gold has the whole box as furniture, set AC's gold a forecast as an article titled so.
# And (set BD's 民生热线 page, pdfminer) the report's last box given after a letter's reply: its
# subhead (统建统营，试点破题) read as the title of a piece of its own.
# And (set BF's 健康 page, pdfminer) the Q&A's 专家简介 box, given after another story's text and
# headline: a piece of its own under its label, where the gold adds it to the Q&A it belongs to.
SPURIOUS_OK = {"2024-03-06": 1, "2025-02-11": 1, "2026-07-07": 1, "2026-07-21": 1, "2026-08-18": 1}
# Pages under the bar's 0.97, and why: a paragraph's indented first line that is one whole
# sentence, with the paragraph going on on the full line under it, reads as a one-line paragraph
# (2024-03-12); an essay's one-line paragraph exactly as wide as a full first line runs into the
# next (2024-10-18). Both in the README's known limits.
# Spaces ours keep that a page's gold drops: (2020-10-13) the byline kept as a brief's last
# paragraph, `通讯员 孔令宇 报道`; (set BI's 体育 page) a results table's cells, one space each, as
# the README says (南港海星 2∶2 西川铁军; NOTES-BI closes them up).
STRAY_SPACES_OK = {"2020-10-13": 2, "2026-09-22": 6}
PAGE_F1 = {"2024-03-12": 0.9, "2024-10-18": 0.95,
           # the same as 2024-03-12 in set AG's 评论 page (书香浸润乡土，文明滋养人心。 over a full line)
           "2019-04-23": 0.97,
           # set AJ's 科技 page: the 名词解释 box made an article of its own (SPURIOUS_OK) is missing
           # from the story it explains, two breaks of that story's
           "2025-02-11": 0.94,
           # set AI's 法治 page: a question ending a full line (…能不能讨薪？) over the same paragraph's
           # next sentence reads as the paragraph's end (the known limit of widths), and the Q&A's
           # closing （本报记者 姜悦 整理） is kept as its last paragraph, where the gold drops it
           "2025-01-14": 0.97,
           # a quotation's line ending its sentence short, the paragraph going on with who said it,
           # in a column of 14 read from pdftotext -layout: one break too many
           "2021-03-16": 0.95,
           # a paragraph's full last line hanging its full stop past a column measured with
           # squeezed commas, over a full line that goes on: one break too many
           "2022-03-15": 0.97,
           # a page set with full-width commas: a full line with three of them measures short, and
           # reads as a paragraph's first line after a sentence's end (the known limit of widths)
           "2024-09-10": 0.95,
           # a byline printed under a brief (通讯员 孔令宇 报道) is kept as its last paragraph too,
           # and under 图片新闻 the photographer's credit set on a line of its own after the photo's
           # text is a paragraph of its own, not the text's last words
           "2020-10-13": 0.9,
           # ASCII punctuation: `16:30.25日起` (a time, a full stop, a date) reads as one number, and
           # an address alone on a line ending its paragraph's sentence short reads as one of its own
           "2021-02-23": 0.95,
           # the 链接 box's first line read as its title (KNOWN above): its paragraph starts a line late
           "2021-09-28": 0.94,
           # the 简讯 column's briefs apart (SPURIOUS_OK)
           "2024-03-06": 0.8,
           # a quotation ending its sentence on a short line, the paragraph going on with who
           # said it (…才是关键。” / 区水利局相关负责人介绍，…): one break too many
           "2019-11-19": 0.96,
           # an interview's answer whose first line ends its sentence right where an indented line
           # ends (周启衡：原因说来也简单，就是因为当地缺。) reads as a one-line paragraph; a 人物简介
           # entry wrapped inside a word (…有限 / 公司…) is two; a 记者手记's one-line first
           # paragraph over a first line as wide runs on (set X, one glyph 石塅 with no trace lost too)
           "2023-11-07": 0.93,
           # its breaks are all right (F1 0.973 for one 编者按 set as its own paragraph), but the
           # village 刘家塝 lost its glyph with no trace in the note and the letter (刘家村…): the
           # signature's gap (刘家 村村民) names it, but 家村 is a word across the gap, which keeps
           # the echo rule from restoring it (README's known limits); its paragraphs are not compared
           "2024-03-19": 0.97,
           # (set Y's 经济 page, pdftotext) a paragraph going on past a box's end in a new block of
           # the same column (…增长8.3%。 / blank / 工业生产较快增长，…) is read as a new paragraph; a
           # dateline printed alone on its line (本报讯（记者 颜若溪 通讯员 冯嘉禾）) is joined to the
           # lead, gold keeps it apart
           "2021-07-21": 0.96,
           # (set Z's 专题 page, pdfminer) the three box ends of the lead story read as paragraph
           # ends, as pdftotext's blank lines rightly are; a flush-set glossary entry's full line
           # ending a sentence (…生命线。) measured against the wider column above the box
           "2021-06-08": 0.93,
           # (set Z's 副刊 page, PyMuPDF) an essay's one-sentence paragraphs exactly as wide as a full
           # first line run into the next (README's known limits), and the 15-em column of the
           # last story, with no headline over it (its title is printed after it), is measured
           # against the 17-em column above until its own lines fill the window
           "2019-09-27": 0.92,
           # (set AB's 乡村振兴 page, pdftotext -layout) a line ending in a hanging full stop (21
           # ems in a 20-em column) lifts the measure, and the full line after it, not indented,
           # reads as a new paragraph's (the page keeps indents, but others keep them on some
           # lines only)
           "2021-09-24": 0.97,
           # (set AD's 教育 page) an interview's answer whose first line ends its sentence right where
           # an indented first line would end (校长：其实我们的准备从三年前就开始了。), over a line
           # ending with a closing quote the measure cannot tell full, reads as a one-line paragraph
           "2023-06-15": 0.98,
           # (set AQ's 经济 page, pdftotext -layout) a quotation's last line (…突破550亿元。”) over the
           # line of who said it, whose first glyph was lost with its space (  坪新材料产业园管委会
           # 主任温嘉禾说。): the gap reads as the next paragraph's indent, one break too many
           "2025-09-02": 0.96,
           # (set AP's 访谈 page, pdfplumber) the 人物简介 box given inside an answer is set after that
           # answer, where the gold moves it to the interview's end, and a short sentence ending a
           # full line (…还带动了十几户村民就业。) over the answer's last sentence reads as its end
           "2025-08-05": 0.93,
           # (set AR's 健康·体育 page, pdfminer) the 专家提醒 box's first tip (1.量力而行。赛前3个) is
           # measured against the wider column above the box and ends a paragraph one line early
           "2025-10-21": 0.97,
           # (set AS's 头版, pdftotext -raw) a commentary's one-sentence line (冲刺正当时，奋斗正当时。)
           # as short as an indented first line, over a full line: read as a paragraph of its own
           # (the known limit of widths)
           "2025-11-04": 0.97,
           # (set AS's 政法 page) a box's first line, one short sentence (王某与赵某某系多年好友。), is
           # measured against the wider column beside the box and reads as a paragraph of its own;
           # the box's closing credit is kept as its last paragraph, as the sample keeps （李芳 白小琴）
           "2025-11-11": 0.94,
           # (set AX's OCR page) a quotation's last line over who said it, whose name holds a character
           # the scan could not read (袁立口说), and a paragraph whose full line ends a sentence over a
           # blank line the OCR put inside it: two breaks too many (the OCR's 口 are kept as read)
           "2026-04-07": 0.94,
           # (set AW's 文旅 page) a quotation's full last line, then who said it going on with the
           # paragraph (…特别慢。” / 她说，下次还要…), the second line as short as an indented first:
           # read as a paragraph of its own (2024-03-12's gold has such a 他说，… as its own)
           "2026-03-10": 0.94,
           # (set BA's 专版) a paragraph whose first character was lost at a line's start, nothing
           # left (…40万元。 / 畲村还依托…), reads one em short: a break too many (glyphs are restored
           # after the unwrapping)
           "2026-06-09": 0.98,
           # (set AY's 科技·财经 page) a sentence ending a full line, then one that leads into a list
           # (记者梳理发现，…值得企业关注：): read as a paragraph of its own; the gold runs it on
           "2026-05-12": 0.97,
           # (set AZ's 晚报 page) a turn of dialogue alone on its line (“在我这儿，…过去。”) over the
           # next paragraph's full first line, and a quotation's last line over the paragraph after
           # it: read as one paragraph each time (the widths cannot tell)
           "2026-05-26": 0.96,
           # (set AY's 评论 page) a letter's 家住垰口村 given as 家住 / 口村。 with no trace: 住口 is a
           # word, so the rest is read as glued to it and the glyph stays lost (the body differs there)
           "2026-05-05": 0.97,
           # (set BD's 民生热线 page) the report's last box, read as a piece of its own (SPURIOUS_OK)
           "2026-07-21": 0.92,
           # (set BE's 人物专访 page) a quotation's last line hanging its full stop over the next
           # line, short of the column by about an em: read as a paragraph's first line
           "2026-07-28": 0.97,
           # (set BC's 农业农村 page) a paragraph's first line holding one whole sentence, short of
           # the column by its indent and half an em (起初，不少村民心里没底。): by widths a one-line
           # paragraph as well, and read as one
           "2026-07-07": 0.97,
           # (set BF's 健康 page, pdfminer) a one-sentence answer on its turn's first line (答：建议每天
           # 早晚各测一次。) read as a paragraph, and the 专家简介 box the gold adds to the Q&A apart
           "2026-08-18": 0.93,
           # (set BG's 文史 page) every break right; the paragraph with the glyph lost at a line's
           # end with no trace (设龙 / 镇公所, in GLYPH_KNOWN) is not the gold's letter for letter
           "2026-08-25": 0.98,
           # (set BG's 时政 page, pdftotext -raw) a name padded after a post, not in a list
           # (市政协主席邱 平), is a gap
           "2026-09-01": 0.97,
           # (set BI's 体育 page, pdfplumber: a story and a column of briefs side by side, each raw
           # line both columns' lines) the briefs column read apart; its story's 本报讯 paragraph and
           # a 38-em first line of the feature ending its sentence not parted (0.979); its results
           # table's cells keep their spaces (STRAY_SPACES_OK)
           "2026-09-22": 0.97,
           # (set BJ's 副刊 page, PDFium copy) a story told in dialogue: a turn ending on its closing
           # quote, the narration's first line under it near the column's width, read on; the
           # 作者简介 box printed after the story's headline and byline read as the next piece's first
           # lines; the lost glyph's no-trace gap (GLYPH_KNOWN)
           "2026-10-06": 0.95,
           # (set BJ's 乡村振兴 page, pdftotext in GB18030) a paragraph ending on a full line and the
           # next one's first line a hanging mark over its indent, read on
           "2026-10-13": 0.95,
           # (set BL's 文化 page, the desk's word-processor file) a layout note never printed,
           # （配图：龙窑外景，横图）, kept as the feature's first paragraph
           "2026-11-10": 0.98}
# Pages where a story runs into the one before: a headline 3–4 ems short of a column whose
# commas are not squeezed, over an indented first line that measures nearly full, cannot be told
# from a paragraph's first line by widths (2022-12-07: 定制商品能否“七天无理由”退货; 2024-04-16:
# 本周农副产品价格总体平稳); and a line short because the number after it could not be split
# (2米 / 05) reads as a paragraph's first (2023-11-20). Checked for what they get right.
MERGED = {"2022-12-07": (1, 0.85), "2024-04-16": (1, 0.75), "2023-11-20": (0, 0.95),
          # a headline a little short over a first line made long by a year it could not split
          # (老年大学春季班课程报名火爆 / 5月17日上午9时，市老年大学2021年) takes that line in
          "2021-05-20": (0, 0.7),
          # an editor's note (编者按：…敬请关注。) over a dateline is read as the first paragraph of
          # the story under it, as set C's gold has it; set I's gold keeps it as an article of its
          # own (NOTES-I: either reading). Its breaks then count against the story's (F1 0.71)
          "2024-01-09": (1, 0.7)}


@pytest.mark.parametrize("date", DATES)
def test_blind_page_matches_its_gold(cleaned, date):
    ours, gold = load_dir(cleaned / date), load_dir(BLIND / "gold" / date)
    for glyph in GLYPHS:
        result = score(ours, gold, glyph)
        # (glyphs are counted in headlines too: a headline read another way, listed in KNOWN, puts
        # a line's glyph in another field)
        extra = GLYPH_KNOWN.get((date, glyph), 0)
        assert sum(a.glyphs_ours - a.glyphs_gold for a in result.articles if a.headline_ok) == extra, glyph
        # (a glyph listed as lost in GLYPH_KNOWN leaves its article one short)
        assert extra < 0 or all(a.glyphs_ours >= a.glyphs_gold for a in result.articles if a.headline_ok), glyph
    print("\n".join(result.lines()))
    if date in MERGED:
        missed, floor = MERGED[date]
        assert result.found >= len(gold) - missed and not result.spurious and result.break_f1 >= floor
        assert sum(not a.headline_ok for a in result.articles if a.ours) <= (date == "2021-05-20"), \
            [a.headline_diff for a in result.articles]
        return
    assert result.found == len(gold) and len(result.spurious) == SPURIOUS_OK.get(date, 0)
    by_gold = dict(zip((g.order for g in gold), result.articles, strict=True))
    assert all(a.headline_ok for order, a in by_gold.items() if "headline" not in KNOWN.get((date, order), "")), \
        [a.headline_diff for a in result.articles]
    assert result.break_f1 >= PAGE_F1.get(date, 0.97)
    assert sum(a.stray_spaces for a in result.articles) == STRAY_SPACES_OK.get(date, 0)
    by_title = {a.title: a for a in ours}  # the article each gold one was matched with
    for g, matched in zip(gold, result.articles, strict=True):
        mine = by_title[matched.ours]
        # A closing credit or signature kept in the body gives the authors; the sample's gold gives
        # it no byline, and a page's gold that also names it the byline accepts either (NOTES-J, L).
        signed = f"（{g.byline}）" in g.body or (g.paragraphs and g.paragraphs[-1] == g.byline)
        byline = g.byline if mine.byline or not signed else ""
        # ... and a signature the gold keeps as its last paragraph and names no byline (a reader's
        # letter signed 读者 罗小满, NOTES-AC) may be ours, kept as the paragraph too
        if not g.byline and g.paragraphs and g.paragraphs[-1] == mine.byline == mine.paragraphs[-1]:
            byline = mine.byline
        if "byline" in KNOWN.get((date, g.order), ""):  # (a signature read as a stray line, listed in KNOWN)
            byline = mine.byline
        # A caption's mark pointing at its photo (▲) may go (NOTES-J).
        captions = tuple(c.lstrip("▲△▼ ") for c in g.captions)
        if "captions" in KNOWN.get((date, g.order), ""):  # (a caption's glyph lost, listed in KNOWN)
            captions = mine.captions
        # (a headline read another way, listed in KNOWN, may be one made from the lead)
        generated = g.title_generated if "headline" not in KNOWN.get((date, g.order), "") else mine.title_generated
        # (an author the gold leaves out for what only the paper knows, listed in KNOWN)
        authors = mine.authors if "authors" in KNOWN.get((date, g.order), "") else g.authors
        assert (mine.byline, mine.authors, mine.captions, mine.title_generated) == \
            (byline, authors, captions, generated), g.order
        if date not in PAGE_F1:  # the same paragraphs, the space papers print after 本报讯 either way
            # (a continuation's jump mark, （上接第1版）, and a jump line, （下转第4版）, are kept as
            # printed, as the README says and most golds do; NOTES-W and NOTES-AA drop them)
            # (ours are Markdown, escaped where text would read as markup: `1\.` for `1.`; the golds' are text)
            assert [_JUMP_FROM_RE.sub("", _MD_ESCAPE_RE.sub("", p).replace(" ", "")) for p in mine.paragraphs
                    if not _JUMP_ON_RE.match(p)] == \
                [_JUMP_FROM_RE.sub("", p.replace(" ", "")) for p in g.paragraphs if not _JUMP_ON_RE.match(p)], g.order


def test_blind_pages_together(cleaned):
    """Over all the pages: every article but those listed, paragraph-break F1 of 0.98 or more."""
    results = [score(load_dir(cleaned / d), load_dir(BLIND / "gold" / d)) for d in DATES]
    tp = sum(a.tp for r in results for a in r.articles)
    fp = sum(a.fp for r in results for a in r.articles)
    fn = sum(a.fn for r in results for a in r.articles)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.98
    missed = sum(MERGED.get(d, (0, 0))[0] for d in DATES)
    assert sum(r.found for r in results) >= sum(len(r.articles) for r in results) - missed
