"""Article body Markdown -> HTML, with pinyin ruby over rare characters, and the lead sentence."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

from . import slugs

COMMON_CHARS = Path(__file__).parent / "data" / "common-chars.txt"
# Markdown output escapes '<' and '>' in text, so every '<' starts a tag and this split leaves
# text nodes (entities included, which are ASCII and never hold a Chinese character) between tags.
_TAG_RE = re.compile(r"(<[^>]*>)")
_HAN_RUN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]+")
_SENTENCE_RE = re.compile(r"^(.+?[。！？!?…][”’」』）)]*)")
LEAD_MAX = 120
# A paragraph Markdown can only wrap in <p>: no character any block or inline rule looks at (ASCII
# punctuation but a few, control characters, line breaks, double spaces), no digit at its start
# (lists). Most page text is like this, and Markdown is slow: such bodies skip it.
# (The ASCII punctuation Markdown looks at is listed: a negated class reaching \U0010ffff is slow to compile.)
# One character class (ASCII whitespace but the space is in \x00-\x1f), with the double space and
# the leading digit asked apart: a class alone is scanned about three times faster than a pattern
# of alternatives, which the regex engine tries at every position; 16 paragraphs an article.
_NOT_PLAIN_CHAR_RE = re.compile(r"[\x00-\x1f!#$&*+\-<=>@\[\\\]^_`{|}~\x7f]")


def is_plain(paragraph: str) -> bool:
    return bool(paragraph) and paragraph == paragraph.strip() and "  " not in paragraph \
        and paragraph[0] not in "0123456789" and not _NOT_PLAIN_CHAR_RE.search(paragraph)


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    text = COMMON_CHARS.read_text(encoding="utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


class BodyConverter:
    """One Markdown instance reused for every article; raw HTML in the text is shown, never run."""

    def __init__(self) -> None:
        self._md = None  # made on first use: most bodies are plain, and importing Markdown is slow

    def _markdown(self):
        if self._md is None:
            import markdown
            self._md = markdown.Markdown(extensions=[], output_format="html")
            # Page text is data: a '<script>' typed into an article must appear as text.
            self._md.preprocessors.deregister("html_block")
            self._md.inlinePatterns.deregister("html")
        return self._md

    def convert(self, body: str) -> str:
        paragraphs = body.split("\n\n")
        if all(is_plain(p) for p in paragraphs):
            return "\n".join(f"<p>{p}</p>" for p in paragraphs)
        md = self._markdown()
        md.reset()
        return md.convert(body)


def add_ruby(fragment: str, common: frozenset[str] | None = None, used: dict | None = None) -> str:
    """Put pinyin ruby over each rare character's first appearance, touching text nodes only.
    `used` gets the slugs.memo entries of the readings looked up (kept after the body in its pack)."""
    common = common_characters() if common is None else common
    rare = rare_characters(fragment, common)
    if not rare:
        return fragment  # no rare character at all
    seen: set[str] = set()
    if "<ruby" in fragment:  # ruby already there is left alone: go text node by text node
        parts = _TAG_RE.split(fragment)
        inside_ruby = False
        for i, part in enumerate(parts):
            if i % 2 == 1:  # a tag
                inside_ruby = part.startswith("<ruby") or (inside_ruby and not part.startswith("</ruby"))
            elif not inside_ruby:
                parts[i] = _ruby_text(part, common, seen, used=used)
        return "".join(parts)
    return _ruby_text(fragment, common, seen, tags=True, used=used, rare=rare)


PATTERN_FROM = 200  # calls with one `common` list: fewer cost less looked up one by one than compiled
_calls: dict[frozenset[str], int] = {}


def rare_characters(text: str, common: frozenset[str]) -> set[str]:
    """The Chinese characters of text that are not in `common`: by one compiled pattern in a build,
    by looking up each distinct character in a correction (one body does not pay for the compile)."""
    _calls[common] = calls = _calls.get(common, 0) + 1
    return _rare_by_pattern(text, common) if calls >= PATTERN_FROM else _rare_by_lookup(text, common)


def _rare_by_pattern(text: str, common: frozenset[str]) -> set[str]:
    return set(_rare_pattern(common).findall(text))


def _rare_by_lookup(text: str, common: frozenset[str]) -> set[str]:
    return {ch for ch in set(text).difference(common) if _HAN_RUN_RE.match(ch)}


_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x3134F))  # as _HAN_RUN_RE


@lru_cache(maxsize=2)
def _rare_pattern(common: frozenset[str]) -> re.Pattern:
    """A character class of the Chinese characters not in `common`, as ranges between them. Its
    scan is done in the regex engine, about ten times faster than looking up each character of a
    body in Python; it compiles in about 15 ms, once a process."""
    points = sorted(map(ord, common))
    ranges = []
    for low, high in _HAN_RANGES:
        start = low
        for point in points:
            if low <= point <= high:
                if point > start:
                    ranges.append((start, point - 1))
                start = point + 1
        if start <= high:
            ranges.append((start, high))
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


def _ruby_text(text: str, common: frozenset[str], seen: set[str],
               tags: bool = False, used: dict | None = None, rare: set[str] | None = None) -> str:
    """Each rare character not yet given its reading given it (when it has one) at its first place
    that has one, in a text node, or with tags=True in HTML with tags: a character inside a tag (as
    _TAG_RE splits it: from a '<' to the next '>') is left alone."""
    places: list[tuple[int, str]] = []
    for ch in (rare_characters(text, common) if rare is None else rare).difference(seen):
        at = text.find(ch)
        while at >= 0:
            if not (tags and text.rfind("<", 0, at) > text.rfind(">", 0, at) and text.find(">", at) >= 0):
                start = _run_start(text, at)
                run = _HAN_RUN_RE.match(text, start).group()
                reading = _reading_at(run, at - start, common, used)
                if reading:
                    seen.add(ch)
                    places.append((at, f"<ruby>{ch}<rp>(</rp><rt>{html.escape(reading)}</rt><rp>)</rp></ruby>"))
                    break
            at = text.find(ch, at + 1)
    if not places:
        return text
    out: list[str] = []
    done = 0  # text[:done] is in out
    for at, ruby in sorted(places):
        out.append(text[done:at])
        out.append(ruby)
        done = at + 1
    out.append(text[done:])
    return "".join(out)


def _run_start(text: str, at: int) -> int:
    """Where the run of Chinese characters holding text[at] starts: the run read backwards."""
    reach = 32
    while True:
        low = max(0, at - reach)
        behind = text[low:at][::-1]
        run = _HAN_RUN_RE.match(behind)
        length = run.end() if run else 0
        if length < len(behind) or low == 0:
            return at - length
        reach *= 4


def _reading_at(run: str, at: int, common: frozenset[str], used: dict | None = None) -> str:
    """The reading of run[at] in context (polyphones read as in the whole run), from a few
    characters around it (slugs.context_window) rather than the whole run. Kept in slugs.memo,
    which the build state saves: a rebuild then needs pypinyin (most of a second to load) only
    for text it has not read."""
    memoize = common is common_characters()  # the memo is for the one list every build uses
    key = ("ruby-at", f"{at}:{run}")
    if memoize and key in slugs.memo:
        reading = slugs.memo[key]
    else:
        reading = slugs.reading_at(run, at)
        if memoize:
            slugs.memo[key] = reading
    if memoize and used is not None:
        used[key] = reading
    return reading


def plain_text(fragment: str) -> str:
    return html.unescape(_TAG_RE.sub("", fragment))


def lead_sentence(body_html: str) -> str:
    """The first sentence of the first paragraph, as plain text (the template escapes it)."""
    first = body_html.split("</p>", 1)[0]
    text = " ".join(plain_text(first).split())
    m = _SENTENCE_RE.match(text)
    sentence = m.group(1) if m else text
    return sentence if len(sentence) <= LEAD_MAX else sentence[:LEAD_MAX - 1] + "…"
