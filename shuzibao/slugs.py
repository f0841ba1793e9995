"""Pinyin slugs for articles and tags: readable, ASCII, stable, unique.

pypinyin reads polyphones from phrase context (重庆 chong-qing, 银行 yin-hang); the publication's
own place names go in content/pinyin.yml and are added to pypinyin's phrase dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from .errors import InputError
from .ingest import load_yaml

MAX_LENGTH = 60
# pypinyin takes most of a second to import: it is loaded on first use, and the readings a build
# worked out are kept (and saved in the build state) so that a rebuild rarely needs it at all.
_pending_phrases: dict[str, list[list[str]]] = {}
memo: dict[tuple[str, str], object] = {}


_readers: dict[tuple, tuple] = {}
_word_readings: dict[tuple, list[str]] = {}
# reading_at's answers by window: runs of text rarely repeat, the few characters around a rare one
# do (10,000 articles: 57,000 runs, 450 windows).
_window_readings: dict[tuple[str, int], str] = {}


def _pypinyin():
    import pypinyin
    if _pending_phrases:
        pypinyin.load_phrases_dict(dict(_pending_phrases))
        _pending_phrases.clear()
        _word_readings.clear()
        _window_readings.clear()
    return pypinyin


def _lazy_pinyin(text: str, style, errors="default", errors_name: str = "default", v_to_u: bool = False,
                 neutral_tone_with_five: bool = False, words: Iterable[str] | None = None) -> list[str]:
    """pypinyin.lazy_pinyin(text, ...) with each word's reading memoised.

    pypinyin segments the text into words and converts each word on its own (Pinyin.pinyin), so
    this gives the same list; the words of a paper repeat from article to article, and converting
    them is most of pypinyin's time. errors_name stands for `errors` in the memo's keys. `words`:
    the text already split into words as pypinyin would split it.
    """
    pypinyin = _pypinyin()
    options = (v_to_u, neutral_tone_with_five)
    if options not in _readers:
        from pypinyin.converter import UltimateConverter
        converter = UltimateConverter(v_to_u=v_to_u, neutral_tone_with_five=neutral_tone_with_five,
                                      tone_sandhi=False)
        _readers[options] = (pypinyin.core.Pinyin(converter), converter)
    reader, converter = _readers[options]
    readings: list[str] = []
    for word in reader.seg(text) if words is None else words:
        key = (options, style, errors_name, word)
        if key not in _word_readings:
            _word_readings[key] = [r for item in converter.convert(word, style, False, errors, strict=True)
                                   for r in item]
        readings.extend(_word_readings[key])
    return readings


_TOKEN_RE = re.compile(r"[a-z0-9]+")
_SYLLABLE_RE = re.compile(r"^[a-zü]+[1-5]?$|^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$")


def syllables(text: str) -> list[str]:
    """Text -> lowercase ASCII tokens: one per Chinese syllable, Latin and digit runs kept whole."""
    text = unicodedata.normalize("NFKC", text)
    tokens: list[str] = []
    # Non-Chinese runs come back unchanged as one item ("5G", "，", "〓"); split them into words.
    for item in _lazy_pinyin(text, style=_pypinyin().Style.NORMAL, v_to_u=False):
        tokens.extend(_TOKEN_RE.findall(item.lower().replace("ü", "v")))
    return tokens


def slug_key(text: str, max_length: int = MAX_LENGTH) -> tuple[str, str]:
    """slugify's key in the memo."""
    return ("slug", f"{max_length}:{text}")


def slugify(text: str, max_length: int = MAX_LENGTH) -> str:
    """A URL slug cut on a syllable boundary; empty when the text has nothing readable."""
    key = slug_key(text, max_length)
    if key not in memo:
        memo[key] = _slugify(text, max_length)
    return memo[key]


def _slugify(text: str, max_length: int) -> str:
    slug = ""
    for token in syllables(text):
        candidate = f"{slug}-{token}" if slug else token
        if len(candidate) > max_length:
            # A single over-long Latin word is cut rather than giving an empty slug.
            return slug or token[:max_length]
        slug = candidate
    return slug


def sort_key(text: str) -> tuple[str, str]:
    """Order by toned pinyin (shan1 before shan3), then by the characters themselves."""
    key = ("sort", text)
    if key not in memo:
        reading = " ".join(_lazy_pinyin(unicodedata.normalize("NFKC", text), style=_pypinyin().Style.TONE3,
                                        neutral_tone_with_five=True)).lower()
        memo[key] = (reading, text)
    return memo[key]


def tag_entries(name: str) -> dict:
    """The memo's entries for a tag (its sort key and slug), worked out now where they are not
    there: what the parent process and the build state keep, so that placing the tags again needs
    no pypinyin."""
    sort_key(name)
    slugify(name)
    return {key: memo[key] for key in (("sort", name), slug_key(name))}


@contextmanager
def entries_dropped_after() -> Iterator[None]:
    """The memo as it was before the block once the block is done. An article's own entries (its
    title's slug, its ruby's readings) are kept with it (prepare.Prepared, the body's pack), not in
    the memo of the process that built the site: at 100,000 articles they were 600,000 entries."""
    known = len(memo)  # the memo only grows: what the block added comes after `known`
    try:
        yield
    finally:
        for key in list(islice(memo, known, None)):
            del memo[key]


def reading(text: str, words: Iterable[str] | None = None) -> list[str]:
    """Toned pinyin per character of a run of Chinese characters ('' where there is none)."""
    readings = _lazy_pinyin(text, style=_pypinyin().Style.TONE, errors=_blanks, errors_name="blank", words=words)
    return readings if len(readings) == len(text) else [""] * len(text)


def reading_at(run: str, at: int) -> str:
    """reading(run)[at], worked out from the few characters around it (context_window)."""
    start, end = context_window(run, at)
    if end - start == len(run):
        return reading(run)[at]
    # The window is all characters pypinyin reads (context_window checked), so it is one piece
    # for its segmenter, which cuts it by maximum matching alone.
    key = (run[start:end], at - start)
    if key not in _window_readings:
        _window_readings[key] = reading(key[0], _segmenter().cut(key[0]))[key[1]]
    return _window_readings[key]


def warm_up() -> None:
    """Load pypinyin and what context_window works out from its dictionary now (before forking
    workers that would each load it)."""
    context_window("银行", 0)


_loaded: dict[str, object] = {}  # what context_window and reading_at use of pypinyin, once found


def _segmenter():
    if "seg" not in _loaded:
        from pypinyin.seg import mmseg
        _loaded["seg"] = mmseg.seg
    return _loaded["seg"]


# pypinyin's prefix set as last measured: [its size, its longest string, every two characters
# side by side in one of its strings]
_prefix_facts: list = [0, 0, frozenset()]


def context_window(run: str, at: int) -> tuple[int, int]:
    """(start, end): a stretch of a run of Chinese characters around run[at] in which pypinyin
    reads run[at] exactly as it does in the whole run, so reading(run[start:end])[at - start] ==
    reading(run)[at], at a fraction of the cost for a long run.

    pypinyin splits a run into words by forward maximum matching over its phrase dictionary: every
    word of more than one character is in its prefix set. A position i that no string of the
    prefix set can reach across (no run[j:i + 1], j < i, is in it) starts a word however the text
    before it was split, and a scan that starts before it stops there, as it would mid-text. So the
    window is from such a position at or before `at` to one after it, plus one character so that
    the last scan ends the way it does in the whole run rather than at the end of the text.
    """
    if _pending_phrases or "constants" not in _loaded:
        _pypinyin()  # phrases from pinyin.yml are in the dictionary before it is looked at
        from pypinyin import constants
        _loaded["constants"] = constants
    constants = _loaded["constants"]
    prefixes = _segmenter()._prefix_set._set
    if not constants.PHRASES_DICT or not constants.RE_HANS.match(run):  # pypinyin splits the run itself: read it whole
        return 0, len(run)
    if _prefix_facts[0] != len(prefixes):
        # Two characters side by side in no phrase: nothing reaches across them (most places).
        # The set holds every prefix of every phrase (PrefixSet.train), so each pair inside a
        # string ends one of its prefixes: the strings' last two characters are all the pairs
        # (27 ms rather than 70 of a cold build's serial start).
        pairs = {word[-2:] for word in prefixes if len(word) > 1}
        _prefix_facts[:] = [len(prefixes), max(map(len, prefixes), default=1), pairs]
    _, longest, pairs = _prefix_facts
    # Plain loops, the quick pair test first: a window is a few characters and this is asked for
    # each rare character's run (57,000 of them in 10,000 articles).
    start = at
    while start > 0 and run[start - 1:start + 1] in pairs and _reached_across(run, start, prefixes, longest):
        start -= 1
    end = at + 1
    while end < len(run) and run[end - 1:end + 1] in pairs and _reached_across(run, end, prefixes, longest):
        end += 1
    return start, min(end + 1, len(run))


def _reached_across(run: str, i: int, prefixes: set[str], longest: int) -> bool:
    """Whether a string of the prefix set reaches across from before run[i] to it (run[j:i + 1], j < i)."""
    return any(run[j:i + 1] in prefixes for j in range(max(0, i + 1 - longest), i))


def _blanks(chunk: str) -> list[str]:
    return [""] * len(chunk)


def make_unique(wanted: Iterable[tuple[str, bool]]) -> list[str]:
    """Give each (slug, explicit) a unique slug, in the order given.

    Explicit slugs are kept as they are (their collisions are the caller's to report); a derived
    slug that is taken gets the first free suffix -2, -3, ... so the result depends only on order.
    """
    items = list(wanted)
    taken = {slug for slug, explicit in items if explicit}
    result: list[str] = []
    for slug, explicit in items:
        if explicit:
            result.append(slug)
            continue
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result


def load_readings(path: Path) -> dict[str, list[list[str]]]:
    """content/pinyin.yml: `长治: chang-zhi` (tone marks optional) -> pypinyin phrase entries."""
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(str(path), "must map each phrase to its reading, e.g. '长治: chang-zhi'", 1)
    phrases: dict[str, list[list[str]]] = {}
    for phrase, value in data.items():
        phrase = str(phrase)
        parts = value if isinstance(value, list) else str(value or "").replace(" ", "-").split("-")
        parts = [str(p).strip().lower() for p in parts if str(p).strip()]
        if len(parts) != len(phrase) or not all(_SYLLABLE_RE.match(p) for p in parts):
            raise InputError(str(path), f"{phrase}: give one pinyin syllable per character, "
                                        f"joined by '-', e.g. '长治: chang-zhi'",
                             _key_line(path, phrase))
        phrases[phrase] = [[p] for p in parts]
    return phrases


def use_readings(phrases: dict[str, list[list[str]]]) -> None:
    """Teach pypinyin the publication's readings (on its first use). Its dictionary is process-wide,
    and the memo holds readings made with the old dictionary, so it is emptied."""
    if phrases:
        _pending_phrases.update(phrases)
        memo.clear()


def _key_line(path: Path, key: str) -> int | None:
    """The line a top-level key is on, so that a message can point at it."""
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if line.lstrip("'\"").startswith(key):
            return number
    return None
