"""Tests of the damage simulator (tests/damage.py) and of the article corpus it feeds on."""

import re
from dataclasses import replace
from pathlib import Path

import pytest
from damage import (
    CORPUS_DIR,
    NO_START,
    DamageOptions,
    load_corpus,
    load_corpus_glyphs,
    page_cases,
    restore_glyphs,
    simulate_page,
    text_width,
    wrap_paragraph,
    wrap_spans,
)

from shuzibao.markdown_io import escape_markdown

CORPUS = load_corpus(CORPUS_DIR)
GLYPHS = load_corpus_glyphs(CORPUS_DIR)
ALL_GLYPHS = frozenset(GLYPHS)
WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return WS.sub("", text)


def full_damage(**changes) -> DamageOptions:
    options = DamageOptions(
        wide_chance=0.3, newline="mix", squeeze=2.0, letter_space=0.1, digit_space=0.6, glyphs=ALL_GLYPHS,
        gap_space=0.5, dateline_spacing=1.0, indent_space=0.1, move_headline=0.6, after_next=0.5,
        drop_headline=0.1, captions=1.0, noise=0.8,
    )
    return replace(options, **changes)


def glyph_articles():
    return [a for a in CORPUS if any(g in "".join(a.paragraphs) + a.title for g in GLYPHS)]


# --------------------------------------------------------------------------- the corpus


def test_corpus_size_and_variety():
    assert len(CORPUS) >= 40
    paragraphs = [p for a in CORPUS for p in a.paragraphs]
    assert len(paragraphs) >= 300
    assert sum(p.stat().st_size for p in CORPUS_DIR.iterdir()) < 1_000_000
    assert any(len(a.paragraphs) == 1 or min(len(p) for p in a.paragraphs) < 20 for a in CORPUS)
    leads = [a.paragraphs[0] for a in CORPUS]
    assert any(p.startswith("本报讯（记者") for p in leads)
    assert any(p.startswith("本报讯 ") for p in leads)
    assert any(p.startswith("新华社") for p in leads)
    assert any(not p.startswith(("本报讯", "新华社")) for p in leads)
    assert any(re.fullmatch(r"（\S+( \S+)*）", a.paragraphs[-1]) for a in CORPUS)
    assert any(a.subtitle.startswith("——") for a in CORPUS)
    assert any(a.kicker for a in CORPUS) and any(a.captions for a in CORPUS)
    text = "".join(paragraphs)
    for needle in ("“", "《", "5G", "APP", "GDP", "%"):
        assert needle in text, needle
    assert re.search(r"\d+\.\d+(元|万)", text)


def test_corpus_needs_no_markdown_escaping():
    for article in CORPUS:
        for p in article.paragraphs:
            assert escape_markdown(p) == p, (article.name, p[:20])
            assert "\n" not in p


def test_every_glyph_phrase_is_used_and_every_glyph_is_in_a_phrase():
    text = "\n".join("\n".join((a.title, a.kicker, a.subtitle, *a.paragraphs, *a.captions)) for a in CORPUS)
    for glyph, phrases in GLYPHS.items():
        for phrase in phrases:
            assert phrase in text, phrase
        for m in re.finditer(glyph, text):
            window = text[max(0, m.start() - 8):m.end() + 8]
            assert any(phrase in window for phrase in phrases), window


def test_original_titles_are_unique():
    titles = [a.title for a in CORPUS]
    assert len(set(titles)) == len(titles)


# --------------------------------------------------------------------------- wrapping


@pytest.mark.parametrize("width", [12, 15, 17, 20, 24, 28, 30])
def test_wrapping_respects_width_without_squeeze(width):
    for article in CORPUS:
        for p in article.paragraphs:
            spans = wrap_spans(p, width, squeeze=0.0, avoid_punct=False)
            lines = [p[a:b] for a, b in spans]
            assert "".join(lines) == p
            for i, line in enumerate(lines):
                cap = width - 2 if i == 0 else width
                assert text_width(line) <= cap, (i, line)
                if i < len(lines) - 1:  # full: the next character would not have fitted
                    assert text_width(line) + text_width(lines[i + 1][0]) > cap, (i, line)


@pytest.mark.parametrize("width", [12, 17, 23, 29])
def test_wrapping_with_typesetting_rules(width):
    for article in CORPUS:
        for p in article.paragraphs:
            lines = wrap_paragraph(p, width, squeeze=2.0, avoid_punct=True)
            assert "".join(lines) == p
            for i, line in enumerate(lines):
                cap = width - 2 if i == 0 else width
                assert text_width(line) <= cap + 2.0
                if i < len(lines) - 1:
                    assert text_width(line) >= cap - 3.5, (i, line)
                if i > 0 and len(lines[i - 1]) > 2:
                    assert line[0] not in NO_START or lines[i - 1][-1] in NO_START, line
                    assert not (line[0].isdigit() and lines[i - 1][-1].isdigit())


def test_squeeze_fits_more_characters():
    text = "一、二、三、四、五、六、七、八、九、十、" * 8
    plain = wrap_paragraph(text, 17, squeeze=0.0, avoid_punct=False)
    squeezed = wrap_paragraph(text, 17, squeeze=2.0, avoid_punct=False)
    assert len(squeezed) < len(plain)
    assert max(len(line) for line in squeezed[1:-1]) == 19


def test_first_line_is_two_shorter_on_the_page():
    options = DamageOptions(newline="single", width_range=(17, 17), avoid_punct=False)
    case = simulate_page(CORPUS[:5], options, seed=7)
    lines = case.lines
    for truth in case.articles:
        starts = set(truth.paragraph_lines)
        ends = {i - 1 for i in truth.paragraph_lines[1:]} | {truth.body_lines[-1]}
        for li in truth.body_lines:
            width = text_width(lines[li])
            cap = 15 if li in starts else 17
            assert width <= cap
            if li not in ends:
                assert width > cap - 1, lines[li]


# --------------------------------------------------------------------------- round trip


def check_round_trip(case):
    lines = restore_glyphs(case.lines, [d for t in case.articles for d in t.deletions])
    covered = [li for b in case.blocks for li in b.lines]
    assert covered == sorted(covered), "blocks out of page order"
    assert sorted(covered) == [i for i, line in enumerate(case.lines) if line.strip()]
    for block in case.blocks:
        assert squash("".join(lines[i] for i in block.lines)) == squash(block.clean), block.kind
    # the whole page: all line breaks and spaces removed, glyphs put back
    assert squash("".join(lines)) == squash("".join(b.clean for b in case.blocks))
    # bodies only, in page order
    body_lines = {i for t in case.articles for i in t.body_lines}
    bodies = squash("".join(line for i, line in enumerate(lines) if i in body_lines))
    assert bodies == squash("".join(p for t in case.articles for p in t.paragraphs))


def test_round_trip_single_page():
    case = simulate_page(glyph_articles()[:5], full_damage(), seed=11)
    assert any(t.deletions for t in case.articles)
    check_round_trip(case)


def test_round_trip_many_pages():
    count = 0
    for case in page_cases(CORPUS, 60, seed=2024):
        check_round_trip(case)
        count += 1
    assert count == 60


def test_paragraph_lines_start_paragraphs():
    case = simulate_page(CORPUS[5:10], full_damage(), seed=5)
    lines = restore_glyphs(case.lines, [d for t in case.articles for d in t.deletions])
    for truth in case.articles:
        assert len(truth.paragraph_lines) == len(truth.paragraphs)
        assert truth.breaks == truth.paragraph_lines[1:]
        for li, p in zip(truth.paragraph_lines, truth.paragraphs, strict=True):
            assert squash(p).startswith(squash(lines[li]))


# --------------------------------------------------------------------------- damages


def test_glyphs_vanish_and_are_recorded():
    arts = glyph_articles()
    assert len(arts) >= 4
    case = simulate_page(arts, full_damage(captions=1.0), seed=3)
    for glyph in GLYPHS:
        assert glyph not in case.raw
    expected = sum((a.title + a.kicker + a.subtitle + "".join(a.paragraphs)).count(g)
                   for a in arts for g in GLYPHS if a.title)
    recorded = [d for t in case.articles for d in t.deletions if d.part != "caption"]
    dropped = sum((a.title + a.kicker + a.subtitle).count(g) for a, t in zip(arts, case.articles, strict=True)
                  for g in GLYPHS if t.headline == "none")
    assert len(recorded) == expected - dropped
    for truth in case.articles:
        for d in truth.deletions:
            text = truth.paragraphs[d.paragraph] if d.part == "body" else getattr(truth, d.part, None)
            if d.part == "caption":
                text = truth.captions[d.paragraph]
            assert text[d.offset] == d.glyph
            assert d.context.replace("[", "").replace("]", "") in text
            assert d.gap in {"space", "none", "line_start", "line_end"}


def test_glyph_gaps_are_mixed():
    gaps = {d.gap for case in page_cases(glyph_articles(), 40, seed=9, gap_space=0.5)
            for t in case.articles for d in t.deletions}
    assert gaps == {"space", "none", "line_start", "line_end"}


def test_no_glyph_damage_when_off():
    case = simulate_page(glyph_articles()[:4], full_damage(glyphs=frozenset()), seed=1)
    assert not any(t.deletions for t in case.articles)
    assert any(g in case.raw for g in GLYPHS)


def test_letter_spacing_spaces_full_lines():
    case = simulate_page(CORPUS[:3], DamageOptions(newline="single", letter_space=1.0), seed=4)
    for truth in case.articles:
        last_lines = {i - 1 for i in truth.paragraph_lines[1:]} | {truth.body_lines[-1]}
        for li in truth.body_lines:
            line = case.lines[li]
            if li in last_lines or len(line) < 3:
                continue
            assert re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff，。、]", line), line
    plain = simulate_page(CORPUS[:3], DamageOptions(newline="single"), seed=4)
    assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", "\n".join(
        plain.lines[i] for t in plain.articles for i in t.body_lines))


def test_digit_spaces():
    arts = [a for a in CORPUS if re.search(r"\d[\u4e00-\u9fff]", "".join(a.paragraphs))][:4]
    body = lambda case: "\n".join(case.lines[i] for t in case.articles for i in t.body_lines)  # noqa: E731
    spaced = simulate_page(arts, DamageOptions(newline="single", digit_space=1.0), seed=8)
    assert not re.search(r"\d[\u4e00-\u9fff]|[\u4e00-\u9fff]\d", body(spaced))
    plain = simulate_page(arts, DamageOptions(newline="single"), seed=8)
    assert re.search(r"\d[\u4e00-\u9fff]", body(plain))


def test_dateline_spacing():
    arts = [a for a in CORPUS if a.paragraphs[0].startswith("本报讯（记者")][:3]
    case = simulate_page(arts, DamageOptions(newline="single", dateline_spacing=1.0, width_range=(30, 30)), seed=2)
    for truth in case.articles:
        first = case.lines[truth.paragraph_lines[0]]
        assert first.startswith("本报讯 （记者 "), first
        assert re.search(r"） (\d+ ?月|[\u4e00-\u9fff])", first), first


@pytest.mark.parametrize("style", ["blank", "single", "mix"])
def test_newline_styles(style):
    case = simulate_page(CORPUS[10:16], full_damage(newline=style), seed=12)
    lines = case.lines[:-1]  # the text ends with a newline
    assert lines[-1] != ""
    empty = [i for i, line in enumerate(lines) if line == ""]
    if style == "blank":
        assert empty == list(range(1, len(lines), 2))
    elif style == "single":
        assert empty == []
    else:
        doubled = sum(1 for i in range(1, len(lines)) if lines[i] and lines[i - 1])
        assert empty and doubled
    assert "\n\n\n" not in case.raw


def test_bad_newline_style_is_refused():
    with pytest.raises(ValueError):
        simulate_page(CORPUS[:2], DamageOptions(newline="double"), seed=0)


def test_headline_placements():
    places = set()
    for case in page_cases(CORPUS, 30, seed=77):
        for n, truth in enumerate(case.articles):
            places.add(truth.headline)
            if truth.headline == "none":
                assert truth.headline_lines == []
                continue
            first, last = min(truth.body_lines), max(truth.body_lines)
            head = truth.headline_lines
            assert head == sorted(head) and squash("".join(case.lines[i] for i in head))
            if truth.headline == "top":
                assert max(head) < first
            elif truth.headline == "after":
                assert min(head) > last
            elif truth.headline == "inside":  # between two lines of one paragraph
                assert first < min(head) and max(head) < last
                assert not {min(head) - 1, max(head) + 1} & set(truth.paragraph_lines)
            else:
                nxt = case.articles[n + 1]
                assert min(head) > max(nxt.body_lines)
    assert places == {"top", "after", "after_next", "inside", "none"}


def test_captions_and_noise_between_articles():
    case = simulate_page(CORPUS[:6], full_damage(captions=1.0, noise=1.0), seed=21)
    kinds = [b.kind for b in case.blocks]
    assert "noise" in kinds
    assert len(case.noise) == kinds.count("noise")
    assert all(len(n) == 2 for n in case.noise)
    printed = [c for t in case.articles for c in t.captions]
    assert sorted(printed) == sorted(c for a in CORPUS[:6] for c in a.captions)
    assert any(c.startswith("图为") for c in printed)
    caption_lines = [b.lines[0] for b in case.blocks if b.kind == "caption"]
    assert len(caption_lines) == len(printed)


# --------------------------------------------------------------------------- determinism, page_cases


def test_same_seed_same_page():
    a = simulate_page(CORPUS[:5], full_damage(), seed=99)
    b = simulate_page(CORPUS[:5], full_damage(), seed=99)
    c = simulate_page(CORPUS[:5], full_damage(), seed=100)
    assert a.raw == b.raw and a.articles == b.articles and a.blocks == b.blocks
    assert a.raw != c.raw


def test_page_cases_are_deterministic_and_varied():
    first = [c.raw for c in page_cases(CORPUS, 12, seed=5)]
    again = [c.raw for c in page_cases(CORPUS, 12, seed=5)]
    other = [c.raw for c in page_cases(CORPUS, 12, seed=6)]
    assert first == again and first != other
    cases = list(page_cases(CORPUS, 40, seed=5))
    assert all(3 <= len(c.articles) <= 6 for c in cases)
    assert {c.options.newline for c in cases} == {"blank", "single", "mix"}
    widths = {t.width for c in cases for t in c.articles}
    assert min(widths) <= 14 and max(widths) >= 26
    for c in cases:
        names = [t.name for t in c.articles]
        assert len(set(names)) == len(names)


def test_page_cases_overrides():
    for case in page_cases(CORPUS, 5, seed=1, newline="single", glyphs=frozenset()):
        assert "\n\n" not in case.raw
        assert not any(t.deletions for t in case.articles)


def test_corpus_dir_is_tests_corpus():
    assert CORPUS_DIR == Path(__file__).resolve().parent / "corpus"
