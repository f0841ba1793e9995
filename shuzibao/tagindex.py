"""The tag index: every tag of the edition(s), grouped by kind, each with how many articles carry it.

Groups come in the order 人物, 地点, 机构, 主题; within a group tags are sorted by pinyin
(lazy_pinyin, TONE3: syllable by syllable, tone as a digit), ties broken by the tag itself,
so the order is the same on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import DEFAULT_KIND, KINDS, Vocabulary


@dataclass(frozen=True)
class TagCount:
    name: str
    kind: str
    count: int


@dataclass(frozen=True)
class TagGroup:
    kind: str
    tags: tuple[TagCount, ...]


@lru_cache(maxsize=4096)
def pinyin_key(name: str) -> tuple[tuple[str, ...], str]:
    """Sort key: the pinyin syllables with tone numbers (吕梁 -> lv3 liang2), then the string.

    Characters without pinyin (5G, ASCII words) keep their own text, lower-cased, and so sort
    before letters where they are digits.
    """
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True)
    return tuple(s.lower() for s in syllables), name


def group_tags(counts: Iterable[tuple[str, str, int]]) -> list[TagGroup]:
    """(tag, kind, count) triples -> groups by kind in the order of KINDS, tags by pinyin.

    The same tag given twice with the same kind has its counts added. An unknown kind counts
    as the default kind (主题); empty groups are left out; a count below 1 is dropped.
    """
    totals: dict[tuple[str, str], int] = {}
    for name, kind, count in counts:
        name = str(name).strip()
        if not name or count < 1:
            continue
        kind = kind if kind in KINDS else DEFAULT_KIND
        totals[(name, kind)] = totals.get((name, kind), 0) + int(count)
    groups = []
    for kind in KINDS:
        tags = [TagCount(name, k, n) for (name, k), n in totals.items() if k == kind]
        if tags:
            tags.sort(key=lambda t: pinyin_key(t.name))
            groups.append(TagGroup(kind, tuple(tags)))
    return groups


def count_tags(articles_tags: Iterable[Sequence[str]], vocabulary: Vocabulary,
               kinds: Mapping[str, str] | None = None) -> list[tuple[str, str, int]]:
    """How many articles carry each tag: one sequence of tag names per article.

    Names are canonicalised through the vocabulary (吕梁市 counts as 吕梁), and a tag
    written twice in one article counts once. The kind is the vocabulary's; for a tag the
    vocabulary does not know, `kinds` may give it (e.g. from suggest_tags' Tag.kind),
    else it is the default kind (主题). The result is in first-seen order.
    """
    kinds = kinds or {}
    counts: dict[str, int] = {}
    for tags in articles_tags:
        seen = set()
        for tag in tags:
            name = vocabulary.canonical(str(tag).strip())
            if name and name not in seen:
                seen.add(name)
                counts[name] = counts.get(name, 0) + 1
    out = []
    for name, n in counts.items():
        if name in vocabulary.kinds:
            kind = vocabulary.kinds[name]
        else:
            kind = kinds.get(name, DEFAULT_KIND)
        out.append((name, kind, n))
    return out


def tag_index(articles_tags: Iterable[Sequence[str]], vocabulary: Vocabulary,
              kinds: Mapping[str, str] | None = None) -> list[TagGroup]:
    """count_tags then group_tags: the tag index from the articles' front matter tags."""
    return group_tags(count_tags(articles_tags, vocabulary, kinds))
