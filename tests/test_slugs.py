from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shuzibao import slugs
from shuzibao.errors import InputError
from shuzibao.markdown_io import SLUG_RE


@pytest.mark.parametrize("title, slug", [
    ("重庆", "chong-qing"),
    ("银行行长", "yin-hang-hang-zhang"),
    ("长江", "chang-jiang"),
    ("临县：移民小区建起了新学校", "lin-xian-yi-min-xiao-qu-jian-qi-le-xin-xue-xiao"),
    ("吕梁女子绿色发展", "lv-liang-nv-zi-lv-se-fa-zhan"),  # ü is written v, always
    ("5G网络覆盖全市", "5g-wang-luo-fu-gai-quan-shi"),
    ("王立伟主持召开市政府第107次常务会议", "wang-li-wei-zhu-chi-zhao-kai-shi-zheng-fu-di-107-ci-chang-wu"),
    ("“六新”攻坚战〓〓，打响了！", "liu-xin-gong-jian-zhan-da-xiang-le"),
    ("ＡＢＣ华为Cloud服务", "abc-hua-wei-cloud-fu-wu"),
    ("〓〓——", ""),
])
def test_titles(title, slug):
    assert slugs.slugify(title) == slug
    assert slug == "" or SLUG_RE.match(slug)


def test_long_titles_are_cut_on_a_syllable_boundary():
    title = "蹚出转型发展新路关键在狠抓落实七论深入贯彻落实市委四届九次全会精神"
    slug = slugs.slugify(title)
    assert len(slug) <= slugs.MAX_LENGTH
    assert slug == "tang-chu-zhuan-xing-fa-zhan-xin-lu-guan-jian-zai-hen-zhua"
    full = "-".join(slugs.syllables(title))
    assert full.startswith(slug + "-")  # cut between syllables, not inside one


def test_publication_readings_fix_local_place_names(tmp_path: Path):
    (tmp_path / "pinyin.yml").write_text("长治: chang-zhi\n繁峙: fán-shì\n", encoding="utf-8")
    slugs.use_readings(slugs.load_readings(tmp_path / "pinyin.yml"))
    assert slugs.slugify("长治") == "chang-zhi"
    assert slugs.slugify("繁峙县") == "fan-shi-xian"
    assert slugs.slugify("长治市繁峙县") == "chang-zhi-shi-fan-shi-xian"


def test_a_bad_reading_names_file_and_line(tmp_path: Path):
    path = tmp_path / "pinyin.yml"
    path.write_text("长治: chang-zhi\n繁峙: fan\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        slugs.load_readings(path)
    assert err.value.line == 2 and "繁峙" in err.value.message


def test_sound_alike_tags_stay_apart_in_a_fixed_order():
    names = sorted(["陕西", "山西"], key=slugs.sort_key)
    assert names == ["山西", "陕西"]  # shan1 before shan3
    assert slugs.make_unique((slugs.slugify(n), False) for n in names) == ["shan-xi", "shan-xi-2"]


def test_unique_slugs_keep_explicit_ones_and_number_the_rest():
    wanted = [("hui-yi", False), ("hui-yi", True), ("hui-yi", False), ("hui-yi-2", False)]
    # The explicit slug is never changed; derived ones take the next free suffix in order.
    assert slugs.make_unique(wanted) == ["hui-yi-2", "hui-yi", "hui-yi-3", "hui-yi-2-2"]


# Words that overlap in pypinyin's phrase dictionary (银行/行长/长江/江山, 重庆/重要, 蹚出), so the
# way a run is split into words depends on where the split started.
WINDOW_PIECES = ["银行", "行长", "长江", "江山", "山西", "重庆", "重要", "长", "行", "重", "蹚", "出",
                 "一行人", "发展", "展开", "开发区", "区长", "乐", "音乐", "快乐", "了", "还", "还是",
                 "一块", "石头", "落", "的", "公共", "厕所", "适中", "中弹", "弹簧", "泥巴"]


@pytest.mark.parametrize("run", [
    "一块石头的",  # 一块石头 alone ends in a prefix of a longer phrase: split into single characters (tóu)
    "公共厕所适中弹簧泥巴",  # 适中 / 中弹: where the split starts decides how 中 is read
])
def test_a_context_window_reads_like_the_whole_run(run: str):
    check_context_windows(run)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WINDOW_PIECES), min_size=1, max_size=25).map("".join))
def test_context_windows_of_runs_of_overlapping_words(run: str):
    check_context_windows(run)


def check_context_windows(run: str) -> None:
    whole = slugs.reading(run)
    for at in range(len(run)):
        start, end = slugs.context_window(run, at)
        assert start <= at < end <= len(run)
        assert slugs.reading(run[start:end])[at - start] == whole[at], (run, at, start, end)
        assert slugs.reading_at(run, at) == whole[at]


def test_the_prefix_set_holds_every_prefix_of_its_strings():
    """context_window takes the pairs of characters side by side from the strings' last two alone:
    right only while pypinyin's prefix set holds each prefix of what it holds."""
    slugs.warm_up()
    prefixes = slugs._segmenter()._prefix_set._set
    assert all(word[:-1] in prefixes for word in prefixes if len(word) > 1)
