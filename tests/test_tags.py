from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from shuzibao.markdown_io import read_article
from shuzibao.tags import (
    MAX_TAGS,
    MIN_TAGS,
    Tag,
    default_stopwords,
    load_tag_vocabulary,
    merge_tags,
    parse_stopwords,
    suggest_article_tags,
    suggest_tags,
)
from shuzibao.vocabulary import KINDS, Vocabulary

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold" / "2020-08-11"
GOLD_FILES = sorted(GOLD.glob("*.md"))


@pytest.fixture(scope="module")
def vocab():
    return load_tag_vocabulary(ROOT / "content" / "tags.yml")


@pytest.fixture(scope="module")
def plain():
    """No publication vocabulary: only the shipped stop list."""
    return Vocabulary(stop=default_stopwords())


@pytest.fixture(scope="module")
def gold_tags(vocab):
    return {p.stem: suggest_article_tags(read_article(p), vocab) for p in GOLD_FILES}


def names(tags, kind=None):
    return [t.name for t in tags if kind is None or t.kind == kind]


# --- the sample edition ------------------------------------------------------------------------


def test_fixtures_present():
    assert [p.stem for p in GOLD_FILES] == ["01-01", "01-02", "01-03", "01-04", "01-05", "01-06"]


@pytest.mark.parametrize("stem", ["01-01", "01-02", "01-03", "01-04", "01-05", "01-06"])
def test_gold_three_to_eight_distinct_tags_none_stopped(gold_tags, vocab, stem):
    tags = gold_tags[stem]
    assert MIN_TAGS <= len(tags) <= MAX_TAGS, tags
    assert len(set(names(tags))) == len(tags)
    for tag in tags:
        assert tag.kind in KINDS
        assert len(tag.name) >= 2
        assert not vocab.is_stopped(tag.name), tag
        assert tag.name not in default_stopwords(), tag
    # kinds come in order: people, places, organisations, topics
    order = [KINDS.index(t.kind) for t in tags]
    assert order == sorted(order)


def test_big_data_article(gold_tags):
    tags = gold_tags["01-02"]
    assert {"李正印", "王立伟"} <= set(names(tags, "人物"))
    assert "大数据" in names(tags, "主题")
    # the first two people are the ones in kicker and subtitle, not the attendance list
    assert names(tags, "人物")[:2] == ["李正印", "王立伟"]
    assert not {"李建国", "任忠", "乔晓峰", "杨巨才", "李安林", "刘晋萍"} & set(names(tags))


def test_fangshan_article(gold_tags):
    tags = gold_tags["01-04"]
    assert "方山" in names(tags, "地点")
    assert "方山县" not in names(tags)  # alias, canonicalised
    assert {"直播带货", "直播"} & set(names(tags, "主题"))
    assert "芬香" not in names(tags, "人物")  # a company's name: no surname, no person


def test_linxian_article(gold_tags):
    assert "临县" in names(gold_tags["01-06"], "地点")


def test_reporters_are_not_tags(gold_tags):
    reporters = {"李雅萍", "冯凯治", "梁英杰", "肖继旺", "付永文", "刘生锋", "吴丽娜", "李芳", "白小琴"}
    for tags in gold_tags.values():
        assert not reporters & set(names(tags))


def test_reporter_in_dateline_is_left_out_even_without_authors(plain):
    paragraphs = ["本报讯（记者 钱伟东 通讯员 周敏）8月3日，交口县召开秋粮生产现场会，推广玉米密植技术。",
                  "交口县今年玉米种植面积达到12万亩，玉米密植技术覆盖率超过六成。",
                  "图为农技人员在田间讲解玉米密植技术。（记者 钱伟东 摄）",
                  "（钱伟东 周敏）"]
    tags = suggest_tags("交口县推广玉米密植", paragraphs, plain)
    assert not {"钱伟东", "周敏"} & set(names(tags))
    assert "交口县" in names(tags, "地点")
    assert "玉米" in names(tags, "主题")


def test_people_found_without_a_vocabulary(plain):
    article = read_article(GOLD / "01-02.md")
    tags = suggest_article_tags(article, plain)
    assert names(tags, "人物")[:2] == ["李正印", "王立伟"]
    assert "李正" not in names(tags)  # jieba's fragment of 李正印
    assert "智赢" not in names(tags)  # a word from the slogan “数谷吕梁·智赢未来”, not a person


# --- texts not from the sample: other places, other people -------------------------------------

PINGYAO = ("平遥古城夜游点亮文旅消费", [
    "本报讯（记者 赵明）8月5日晚，平遥县古城夜游项目正式开放，游客可以乘坐马车夜游古城。",
    "平遥县县长刘建华介绍，今年以来平遥县推出古城夜游、非遗演出等十余项文旅产品，接待游客同比增长三成。"
    "刘建华说，夜游让游客留下来、住下来，带动了古城周边的餐饮和民宿。",
    "据统计，夜游开放首周，平遥古城接待游客5.2万人次，民宿入住率超过八成。",
])
HUAYUAN = ("十八洞村猕猴桃喜获丰收", [
    "9月3日，湖南省花垣县十八洞村的猕猴桃迎来采摘季，村民们忙着采摘、分拣、装箱。",
    "村党支部书记龙秀梅告诉记者，十八洞村的猕猴桃今年亩产超过两千斤，通过合作社统一收购，销往长沙、广州等地。"
    "龙秀梅说，猕猴桃产业已成为村里的致富产业。",
    "近年来，花垣县把猕猴桃种植与乡村旅游结合，游客可以在果园里体验采摘。",
])
HANGZHOU = ("杭州举办跨境电商博览会", [
    "本报杭州9月10日电（记者 孙丽）第三届跨境电商博览会10日在浙江省杭州市开幕，来自20多个国家和地区的800余家企业参展。",
    "杭州市商务局局长陈晓东介绍，杭州跨境电商进出口额今年上半年突破600亿元。"
    "博览会期间，参展企业将围绕跨境电商物流、跨境支付等话题展开交流。",
    "陈晓东表示，杭州将继续建设跨境电商综合试验区，帮助外贸企业开拓海外市场。",
])


@pytest.mark.parametrize("text, person, place, topic", [
    (PINGYAO, "刘建华", "平遥县", "夜游"),
    (HUAYUAN, "龙秀梅", "花垣县", "猕猴桃"),
    (HANGZHOU, "陈晓东", "杭州", "博览会"),
])
def test_other_news(plain, text, person, place, topic):
    title, paragraphs = text
    tags = suggest_tags(title, paragraphs, plain)
    assert MIN_TAGS <= len(tags) <= MAX_TAGS, tags
    assert names(tags, "人物")[0] == person
    assert place in names(tags, "地点")
    assert topic in names(tags, "主题")
    for tag in tags:
        assert tag.name not in default_stopwords()
    for reporter in ("赵明", "孙丽"):
        assert reporter not in names(tags)


def test_vocabulary_words_win_over_jieba(plain):
    title, paragraphs = HANGZHOU
    vocab = Vocabulary(kinds={"跨境电商": "主题", "杭州": "地点"}, aliases={"杭州市": "杭州"},
                       stop=default_stopwords())
    tags = suggest_tags(title, paragraphs, vocab)
    assert "跨境电商" in names(tags, "主题")
    assert "电商" not in names(tags) and "跨境" not in names(tags)
    # and the words taught to jieba for one vocabulary do not leak into another
    assert "跨境电商" not in names(suggest_tags(title, paragraphs, plain))


def test_output_is_deterministic(vocab):
    title, paragraphs = PINGYAO
    first = suggest_tags(title, paragraphs, vocab)
    assert all(suggest_tags(title, paragraphs, vocab) == first for _ in range(3))
    # the same vocabulary written in another order gives the same tags
    shuffled = Vocabulary(kinds=dict(reversed(list(vocab.kinds.items()))),
                          aliases=dict(reversed(list(vocab.aliases.items()))), stop=vocab.stop)
    assert suggest_tags(title, paragraphs, shuffled) == first


def test_limit_is_kept(vocab):
    article = read_article(GOLD / "01-02.md")
    tags = suggest_article_tags(article, vocab, limit=4)
    assert len(tags) == 4
    assert names(tags)[:2] == ["李正印", "王立伟"]
    assert any(t.kind == "主题" for t in tags)  # one place kept for a topic


def test_markdown_escapes_do_not_leak_into_tags(plain):
    tags = suggest_tags("沁源县：\\*太岳山\\*森林防火", [
        "沁源县今年投入500万元加强森林防火，太岳山林区设立了32个防火检查站\\_。",
        "沁源县林业局负责人说，森林防火关键在预防，防火检查站要做到人员在岗。"], Vocabulary())
    assert "沁源县" in names(tags, "地点")
    assert all("\\" not in t.name and "*" not in t.name for t in tags)


# --- aliases and the stop list -----------------------------------------------------------------


def test_aliases_canonicalise(vocab):
    tags = suggest_tags("吕梁市召开秋季植树动员会", [
        "9月1日，吕梁市召开秋季植树动员会，部署今秋植树任务。",
        "吕梁市今年秋季计划植树造林20万亩，重点在吕梁山区实施荒山绿化。",
    ], vocab)
    assert "吕梁" in names(tags, "地点")
    assert "吕梁市" not in names(tags)


def test_suffix_is_stripped_only_where_the_vocabulary_says_so():
    title, paragraphs = PINGYAO
    with_stem = Vocabulary(kinds={"平遥": "地点"}, stop=default_stopwords())
    assert "平遥" in names(suggest_tags(title, paragraphs, with_stem), "地点")
    assert "平遥县" not in names(suggest_tags(title, paragraphs, with_stem))
    without = Vocabulary(stop=default_stopwords())
    assert "平遥县" in names(suggest_tags(title, paragraphs, without), "地点")


def test_default_stop_list():
    stop = default_stopwords()
    for word in ("全市", "工作", "进一步", "有关", "方面", "发展", "建设", "推动", "加强", "深入", "领导",
                 "干部", "要求", "会议", "情况", "市委", "市政府", "我们", "记者", "本报讯"):
        assert word in stop, word
    assert all(len(w) >= 2 for w in stop)
    assert "大数据" not in stop and "临县" not in stop


def test_parse_stopwords():
    assert parse_stopwords("# comment\n全市 工作\n\n发展  # trailing\n") == {"全市", "工作", "发展"}


def test_publication_stop_list_adds_to_the_default(tmp_path):
    path = tmp_path / "tags.yml"
    path.write_text("tags:\n  吕梁: {kind: 地点, aliases: [吕梁市]}\nstop: [猕猴桃]\n", encoding="utf-8")
    vocab = load_tag_vocabulary(path)
    assert vocab.is_stopped("猕猴桃") and vocab.is_stopped("全市")
    title, paragraphs = HUAYUAN
    assert "猕猴桃" not in names(suggest_tags(title, paragraphs, vocab))


def test_the_stop_list_is_what_keeps_officialese_out():
    """Without a stop list the sample's tags do include empty words: the stop-list test can fail."""
    bare = Vocabulary()
    leaked = set()
    for path in GOLD_FILES:
        leaked |= set(names(suggest_article_tags(read_article(path), bare))) & default_stopwords()
    assert leaked


def test_shipped_vocabulary(vocab):
    assert vocab.canonical("吕梁市") == "吕梁" and vocab.kind("吕梁") == "地点"
    assert vocab.canonical("方山县") == "方山" and vocab.kind("临县") == "地点"
    assert vocab.canonical("山西省") == "山西"
    assert vocab.kind("华为") == "机构"
    assert vocab.kind("大数据") == "主题" and vocab.kind("直播带货") == "主题"


# --- Tag and merge_tags ------------------------------------------------------------------------


def test_tag_is_small_and_frozen():
    tag = Tag("临县", "地点")
    assert str(tag) == "临县"
    with pytest.raises(FrozenInstanceError):
        tag.name = "方山"


SUGGESTED = [Tag("王立伟", "人物"), Tag("吕梁", "地点"), Tag("大数据", "主题")]


def test_editor_tags_win_and_suggestions_fill_only_empty():
    assert merge_tags([], SUGGESTED) == ("王立伟", "吕梁", "大数据")
    assert merge_tags(["数谷吕梁"], SUGGESTED) == ("数谷吕梁",)


def test_editor_tags_come_first_and_are_kept_when_filling(vocab):
    editor = ["吕梁市", "全市", "数谷吕梁"]  # even an alias or a stop word the editor chose stays
    merged = merge_tags(editor, SUGGESTED, vocab, fill=True)
    assert merged[:3] == tuple(editor)
    assert merged[3:] == ("王立伟", "大数据")  # 吕梁 is the editor's 吕梁市
    assert merge_tags(editor, SUGGESTED, vocab, fill=True, limit=4) == (*editor, "王立伟")
    many = [f"标签{i}" for i in range(10)]
    assert merge_tags(many, SUGGESTED, fill=True) == tuple(many)


def test_merge_tags_drops_blank_and_repeated_editor_tags():
    assert merge_tags(["临县", " ", "临县"], SUGGESTED) == ("临县",)


# --- the fast cut is jieba.posseg's cut ----------------------------------------------------------


def test_fast_word_cut_gives_jieba_cut_words():
    import jieba

    from shuzibao.poscut import word_cut

    jieba.initialize()
    tokenizer, logp = jieba.dt, {}
    for text in _cut_samples() + ["〓中国㐀人民\u3000a", "秋季学期将", "e.g._+#&%-中文\r\n"]:
        assert word_cut(tokenizer, logp, text) == list(jieba.cut(text, HMM=False)), text


def _cut_samples():
    import random

    texts = [p.read_text(encoding="utf-8") for p in GOLD_FILES]
    texts += ["abc 123 x.y 中文 A股 3.5% GDP增长 ＡＢＣ", "  \r\n 你好\tworld  1a2b c++ C# 王小二说", "", " ",
              "李正印书记龙秀梅来到临县", "。。！", "a", "1", "中国123abc人民", "e.g.测试_下划线&符号"]
    alphabet = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
                "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
                "吕梁方山临县李正印王立伟书记市长ABCxyz0123456789 .,，。、；：“”《》（）\n\t·")
    rng = random.Random(5)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    return texts


@pytest.mark.parametrize("with_vocabulary", [False, True])
def test_fast_cut_gives_jieba_posseg_tokens(vocab, plain, with_vocabulary):
    from shuzibao.poscut import pos_cut
    from shuzibao.tags import _analyzer, _vocabulary_words

    analyzer = _analyzer(_vocabulary_words(vocab if with_vocabulary else plain))
    for text in _cut_samples():
        for hmm in (False, True):
            expected = [(p.word, p.flag) for p in analyzer.postok.cut(text, HMM=hmm)]
            assert pos_cut(analyzer.postok, analyzer.logp, text, hmm) == expected, (text, hmm)
