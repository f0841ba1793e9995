"""A deterministic synthetic archive for the benchmark: N articles as Markdown, N raw pages.

    python bench/generate.py --articles 10000 --raw-pages 200 --out bench/work/n10000

Writes OUT/content/articles/<date>/<NN>-<OO>.md (+ edition.yml), OUT/content/site.yml and
tags.yml, and OUT/raw/<date>/<NN>.txt laid out like the PDF extractor's text (one printed column
line per line, a blank line between lines, headlines after their bodies). One edition a day,
4-8 pages an edition, 6 articles a page, about 1,200 Han characters an article. The same
arguments always give the same bytes (a seeded generator, no clock).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shuzibao.markdown_io import dump_article, paragraphs_to_body  # noqa: E402
from shuzibao.model import Article, Edition  # noqa: E402
from shuzibao.pipeline import edition_yaml  # noqa: E402

# Words of a local daily's news text; a few carry characters outside the common 3,500 (ruby).
WORDS = """
发展 建设 推进 经济 工作 群众 项目 企业 产业 转型 创新 改革 服务 管理 社会 文化 生态 环境 乡村 振兴
农业 农村 城市 基层 干部 党员 组织 领导 会议 精神 部署 落实 要求 强调 提出 指出 全面 深入 持续 加快
提升 加强 推动 促进 实现 保障 完善 优化 营商 民生 就业 教育 医疗 卫生 养老 住房 交通 水利 能源 煤炭
新能源 数字 数据 平台 技术 人才 科技 研发 制造 园区 开发区 招商 引资 投资 资金 财政 税收 金融 市场 消费
旅游 文旅 文物 保护 治理 安全 生产 应急 防汛 疫情 防控 脱贫 攻坚 巩固 成果 质量 效益 规划 目标 任务
措施 机制 体制 政策 制度 标准 体系 能力 水平 作用 优势 特色 品牌 基础 设施 工程 道路 桥梁 学校 医院
社区 村民 居民 学生 老师 医生 志愿者 企业家 专家 记者 通讯员 今年 以来 目前 近年来 下一步 同时 此外 其中
已经 正在 将 要 把 在 对 与 和 及 等 各级 各部门 全市 全县 全省 我市 我县 广大 积极 主动 扎实 有效
认真 坚持 坚定 不断 进一步 高质量 新时代 新征程 新路 新篇章 奋斗 实干 担当 作为 踔厉 奋发 赓续 擘画 蹚出
吕梁 离石 孝义 汾阳 交城 文水 岚县 兴县 临县 柳林 石楼 中阳 交口 方山 山西 太原 黄河 汾河 吕梁山
""".split()
TAGS = """
吕梁 山西 离石 孝义 汾阳 临县 方山 黄河 乡村振兴 营商环境 脱贫攻坚 生态保护 文化旅游 数字经济 新能源
教育 医疗卫生 安全生产 防汛 疫情防控 招商引资 开发区 党建 基层治理 民生 就业 养老 交通 水利 农业
科技创新 人才 金融 财政 煤炭 文物保护 志愿服务 体育 社区 法治 王立伟 李正印 张晓明 刘建国 华为 市政府
市委 人大 政协 税务局 教育局
""".split()
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任"
GIVEN = "立伟正印晓明建国雅萍凯治永文生锋丽娜芳小琴英杰继旺海涛志强玉兰红梅国华文斌敏静秀英桂芳"
CHARS_PER_ARTICLE = 1200
ARTICLES_PER_PAGE = 6
START = _dt.date(2015, 1, 1)


def han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


class Writer:
    """Synthetic news text from one seeded random source."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2))))

    def phrase(self, low: int, high: int) -> str:
        return "".join(self.rng.choices(WORDS, k=self.rng.randint(low, high)))

    def sentence(self) -> str:
        clauses = [self.phrase(3, 7) for _ in range(self.rng.randint(1, 3))]
        if self.rng.random() < 0.2:
            clauses.insert(1, f"{self.rng.randint(2, 98)}个{self.phrase(1, 2)}")
        if self.rng.random() < 0.1:
            clauses[0] = f"“{clauses[0]}”"
        return "，".join(clauses) + "。"

    def paragraphs(self, han_chars: int) -> list[str]:
        paragraphs: list[str] = []
        total = 0
        while total < han_chars:
            paragraph = "".join(self.sentence() for _ in range(self.rng.randint(2, 5)))
            paragraphs.append(paragraph)
            total += han_count(paragraph)
        return paragraphs

    def headline(self) -> tuple[str, str, str]:
        title = self.phrase(2, 4) + (" " + self.phrase(2, 3) if self.rng.random() < 0.3 else "")
        kicker = self.phrase(3, 6) if self.rng.random() < 0.2 else ""
        subtitle = self.phrase(2, 4) if self.rng.random() < 0.15 else ""
        return title, kicker, subtitle

    def tags(self) -> tuple[str, ...]:
        # Squared index: a few tags are on many articles, most on few, as in a real archive.
        count = self.rng.randint(0, 4)
        return tuple(dict.fromkeys(TAGS[int(self.rng.random() ** 2 * len(TAGS))] for _ in range(count)))


def edition_plan(articles: int, rng: random.Random) -> list[tuple[_dt.date, list[int]]]:
    """(date, articles on each page) for consecutive days until `articles` are placed."""
    plan, left, day = [], articles, START
    while left > 0:
        pages = []
        for _ in range(rng.randint(4, 8)):
            if left <= 0:
                break
            pages.append(min(ARTICLES_PER_PAGE, left))
            left -= pages[-1]
        plan.append((day, pages))
        day += _dt.timedelta(days=1)
    return plan


PAGE_NAMES = ("要闻", "综合", "经济", "社会", "文化", "专版", "副刊", "体育")


def write_articles(out: Path, count: int, seed: int) -> int:
    w = Writer(seed)
    content = out / "content"
    articles_dir = content / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    (content / "site.yml").write_text("title: 吕梁日报数字报\nbase_url: /\npublication: 吕梁日报\n", encoding="utf-8")
    (content / "tags.yml").write_text(
        "tags:\n  吕梁: {kind: 地点, aliases: [吕梁市]}\n  山西: {kind: 地点}\n  离石: {kind: 地点}\n"
        "  王立伟: {kind: 人物}\n  李正印: {kind: 人物}\n  华为: {kind: 机构}\n  市政府: {kind: 机构}\n"
        "stop: [工作]\n", encoding="utf-8")
    written = 0
    for day, pages in edition_plan(count, w.rng):
        folder = articles_dir / day.isoformat()
        folder.mkdir(exist_ok=True)
        names = {n: PAGE_NAMES[n - 1] for n in range(1, len(pages) + 1)}
        (folder / "edition.yml").write_text(
            edition_yaml(Edition(date=day.isoformat(), publication="吕梁日报", page_names=names)), encoding="utf-8")
        for page, on_page in enumerate(pages, 1):
            for order in range(1, on_page + 1):
                title, kicker, subtitle = w.headline()
                authors = tuple(w.name() for _ in range(w.rng.choice((0, 1, 1, 2))))
                byline = "记者 " + " ".join(authors) if authors else ""
                captions = (f"图为{w.phrase(3, 6)}。 记者 {w.name()} 摄",) if w.rng.random() < 0.1 else ()
                body = w.paragraphs(CHARS_PER_ARTICLE)
                body[0] = "本报讯 " + body[0]
                article = Article(title=title, kicker=kicker, subtitle=subtitle, byline=byline, authors=authors,
                                  date=day.isoformat(), page=page, order=order, body=paragraphs_to_body(body),
                                  tags=w.tags(), captions=captions)
                (folder / f"{page:02d}-{order:02d}.md").write_text(dump_article(article), encoding="utf-8")
                written += 1
    return written


COLUMN = 17  # Han characters in one printed column line


def column_lines(paragraph: str, width: int) -> list[str]:
    """A paragraph set in a column: an indent's worth lost on its first line, the last line short."""
    lines, rest = [], paragraph
    first = True
    while rest:
        take = width - 2 if first else width
        lines.append((" " if first else "") + rest[:take])
        rest, first = rest[take:], False
    return lines


def raw_page(w: Writer, articles: int) -> str:
    """One printed page as extracted: each article's body, its credit, then its headline lines."""
    lines: list[str] = []
    for _ in range(articles):
        reporter = w.name()
        paragraphs = w.paragraphs(w.rng.randint(500, 900))
        paragraphs[0] = f"本报讯 （记者 {reporter}） {w.rng.randint(1, 12)}月{w.rng.randint(1, 28)}日，" + paragraphs[0]
        for paragraph in paragraphs:
            lines.extend(column_lines(paragraph, COLUMN))
        lines.append(f"（{w.name()} {w.name()}）")
        title, kicker, subtitle = w.headline()
        lines.extend(part for part in (kicker, title.replace(" ", "　"), subtitle) if part)
    # The paper's PDFs drop 蹚 (a space is left); glyphs.yml tells the cleaner what belongs there.
    return "\n\n".join(line.replace("蹚", " ") for line in lines) + "\n"


def write_raw(out: Path, count: int, seed: int) -> int:
    w = Writer(seed + 1)
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "glyphs.yml").write_text("蹚: [蹚出]\n", encoding="utf-8")
    written, day = 0, START
    while written < count:
        folder = raw / day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "edition.yml").write_text("publication: 吕梁日报\n", encoding="utf-8")
        for page in range(1, min(w.rng.randint(4, 8), count - written) + 1):
            (folder / f"{page:02d}.txt").write_text(raw_page(w, w.rng.randint(3, 6)), encoding="utf-8")
            written += 1
        day += _dt.timedelta(days=1)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--raw-pages", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20200811)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    articles = write_articles(args.out, args.articles, args.seed)
    pages = write_raw(args.out, args.raw_pages, args.seed) if args.raw_pages else 0
    print(f"{args.out}: {articles} articles, {pages} raw pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
