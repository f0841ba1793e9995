from shuzibao.tagindex import TagCount, TagGroup, count_tags, group_tags, pinyin_key, tag_index
from shuzibao.vocabulary import Vocabulary

VOCAB = Vocabulary(kinds={"吕梁": "地点", "临县": "地点", "方山": "地点", "华为": "机构", "大数据": "主题"},
                   aliases={"吕梁市": "吕梁", "方山县": "方山"})


def flat(groups):
    return [(g.kind, [(t.name, t.count) for t in g.tags]) for g in groups]


def test_groups_in_kind_order_and_pinyin_order():
    groups = group_tags([
        ("直播带货", "主题", 1), ("王立伟", "人物", 2), ("临县", "地点", 1), ("大数据", "主题", 3),
        ("李正印", "人物", 1), ("吕梁", "地点", 4), ("华为", "机构", 1), ("方山", "地点", 2),
    ])
    assert flat(groups) == [
        ("人物", [("李正印", 1), ("王立伟", 2)]),  # li < wang
        ("地点", [("方山", 2), ("临县", 1), ("吕梁", 4)]),  # fang < lin < lv
        ("机构", [("华为", 1)]),
        ("主题", [("大数据", 3), ("直播带货", 1)]),  # da < zhi
    ]
    assert isinstance(groups[0], TagGroup) and isinstance(groups[0].tags[0], TagCount)


def test_order_is_by_pinyin_not_by_code_point():
    # by code point 吕 (U+5415) < 安 (U+5B89); by pinyin an < lv
    names = [t.name for t in group_tags([("吕梁", "地点", 1), ("安徽", "地点", 1)])[0].tags]
    assert names == ["安徽", "吕梁"]


def test_tones_and_ties_are_stable():
    # same letters, tone decides: 李 li3 < 利 li4; same pinyin: the string decides
    assert pinyin_key("李明") < pinyin_key("利明")
    groups = group_tags([("张伟", "人物", 1), ("章伟", "人物", 1)])
    assert [t.name for t in groups[0].tags] == sorted(["张伟", "章伟"])
    shuffled = group_tags([("章伟", "人物", 1), ("张伟", "人物", 1)])
    assert shuffled == groups


def test_non_chinese_tags_sort_too():
    names = [t.name for t in group_tags([("大数据", "主题", 1), ("5G", "主题", 1), ("App", "主题", 1)])[0].tags]
    assert names == ["5G", "App", "大数据"]


def test_duplicates_add_up_and_bad_entries_are_dropped():
    groups = group_tags([("吕梁", "地点", 2), ("吕梁", "地点", 3), ("", "主题", 1), ("零", "主题", 0),
                         ("扶贫", "未知", 1)])
    assert flat(groups) == [("地点", [("吕梁", 5)]), ("主题", [("扶贫", 1)])]


def test_empty_groups_are_left_out():
    assert group_tags([]) == []
    assert [g.kind for g in group_tags([("华为", "机构", 1)])] == ["机构"]


def test_count_tags_canonicalises_and_counts_articles():
    articles = [["吕梁市", "大数据", "吕梁"], ["吕梁", "方山县"], ["方山", "直播带货"], []]
    counts = count_tags(articles, VOCAB)
    assert counts == [("吕梁", "地点", 2), ("大数据", "主题", 1), ("方山", "地点", 2), ("直播带货", "主题", 1)]


def test_kinds_of_tags_the_vocabulary_does_not_know():
    articles = [["王立伟", "大数据"], ["王立伟"]]
    assert count_tags(articles, VOCAB) == [("王立伟", "主题", 2), ("大数据", "主题", 1)]
    kinds = {"王立伟": "人物", "大数据": "人物"}  # the vocabulary's kind wins over a guess
    assert count_tags(articles, VOCAB, kinds) == [("王立伟", "人物", 2), ("大数据", "主题", 1)]


def test_tag_index():
    groups = tag_index([["临县", "华为"], ["吕梁市", "临县"]], VOCAB)
    assert flat(groups) == [("地点", [("临县", 2), ("吕梁", 1)]), ("机构", [("华为", 1)])]
