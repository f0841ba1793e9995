"""Article body Markdown -> HTML, with pinyin ruby over rare characters, and the lead sentence."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
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
_NOT_PLAIN_RE = re.compile(r"[^\w\u0080-\U0010ffff ,.;:?'\"()/%]|[^\S ]|  |^\d|_", re.ASCII)


def is_plain(paragraph: str) -> bool:
    return bool(paragraph) and paragraph == paragraph.strip() and not _NOT_PLAIN_RE.search(paragraph)


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
    `used` gets the slugs.memo entries of the readings looked up (prepare.Prepared.readings)."""
    common = common_characters() if common is None else common
    if next(_rare_places(fragment, common), None) is None:
        return fragment  # no rare character at all: most bodies
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
    return _ruby_text(fragment, common, seen, tags=True, used=used)


def _ruby_text(text: str, common: frozenset[str], seen: set[str],
               tags: bool = False, used: dict | None = None) -> str:
    """Each rare character not yet given its reading given it (when it has one), in a text node,
    or with tags=True in HTML with tags: a character inside a tag (as _TAG_RE splits it: from a
    '<' to the next '>') is left alone."""
    out: list[str] = []
    done = 0  # text[:done] is in out
    runs = None
    for at in _rare_places(text, common):
        ch = text[at]
        if ch in seen:
            continue
        if tags and text.rfind("<", 0, at) > text.rfind(">", 0, at) and text.find(">", at) >= 0:
            continue
        if runs is None:
            runs = _HAN_RUN_RE.finditer(text)
            run = next(runs)
        while run.end() <= at:
            run = next(runs)
        reading = _reading_at(run.group(), at - run.start(), common, used)
        if not reading:
            continue
        seen.add(ch)
        out.append(text[done:at])
        out.append(f"<ruby>{ch}<rp>(</rp><rt>{html.escape(reading)}</rt><rp>)</rp></ruby>")
        done = at + 1
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


_masks: dict[frozenset[str], dict[int, str]] = {}


def _rare_places(text: str, common: frozenset[str]) -> Iterator[int]:
    """The place of each rare character of text (a character of _HAN_RUN_RE not in `common`):
    the common characters are masked out one for one (str.translate keeps places), and what Han
    is left is rare. (A character class of the rare ones takes longer to compile than a
    correction takes to make its pages.)"""
    if common not in _masks:
        _masks[common] = dict.fromkeys(map(ord, common), "\0")
    for run in _HAN_RUN_RE.finditer(text.translate(_masks[common])):
        yield from range(run.start(), run.end())


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
