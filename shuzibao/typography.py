"""Article body Markdown -> HTML, with pinyin ruby over rare characters, and the lead sentence."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import markdown

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
        self._md = markdown.Markdown(extensions=[], output_format="html")
        # Page text is data: a '<script>' typed into an article must appear as text.
        self._md.preprocessors.deregister("html_block")
        self._md.inlinePatterns.deregister("html")

    def convert(self, body: str) -> str:
        paragraphs = body.split("\n\n")
        if all(is_plain(p) for p in paragraphs):
            return "\n".join(f"<p>{p}</p>" for p in paragraphs)
        self._md.reset()
        return self._md.convert(body)


def add_ruby(fragment: str, common: frozenset[str] | None = None) -> str:
    """Put pinyin ruby over each rare character's first appearance, touching text nodes only."""
    common = common_characters() if common is None else common
    rare = {ch for ch in set(fragment).difference(common) if _HAN_RUN_RE.match(ch)}
    if not rare:
        return fragment  # no rare character at all: most bodies
    seen: set[str] = set()
    parts = _TAG_RE.split(fragment)
    inside_ruby = False
    for i, part in enumerate(parts):
        if i % 2 == 1:  # a tag
            inside_ruby = part.startswith("<ruby") or (inside_ruby and not part.startswith("</ruby"))
            continue
        # Only a text node holding a rare character not yet given its reading can change.
        if not inside_ruby and not rare.difference(seen).isdisjoint(part):
            parts[i] = _HAN_RUN_RE.sub(lambda m: _ruby_run(m.group(0), common, seen), part)
    return "".join(parts)


def _ruby_run(run: str, common: frozenset[str], seen: set[str]) -> str:
    rare = set(run).difference(common)
    if not rare or rare <= seen:
        return run
    readings = _rare_readings(run, common)
    out = []
    for ch, reading in zip(run, readings, strict=True):
        if ch not in common and ch not in seen and reading:
            seen.add(ch)
            out.append(f"<ruby>{ch}<rp>(</rp><rt>{html.escape(reading)}</rt><rp>)</rp></ruby>")
        else:
            out.append(ch)
    return "".join(out)


def _rare_readings(run: str, common: frozenset[str]) -> tuple[str, ...]:
    """The readings of the run's rare characters ("" for the others), read from the whole run so
    that polyphones get their reading in context. Kept in slugs.memo, which the build state saves:
    a rebuild then needs pypinyin (most of a second to load) only for text it has not read."""
    if common is not common_characters():  # the memo is for the one list every build uses
        return tuple(slugs.reading(run))
    key = ("ruby", run)
    if key not in slugs.memo:
        slugs.memo[key] = tuple(r if ch not in common else "" for ch, r in zip(run, slugs.reading(run), strict=True))
    return slugs.memo[key]


def plain_text(fragment: str) -> str:
    return html.unescape(_TAG_RE.sub("", fragment))


def lead_sentence(body_html: str) -> str:
    """The first sentence of the first paragraph, as plain text (the template escapes it)."""
    first = body_html.split("</p>", 1)[0]
    text = " ".join(plain_text(first).split())
    m = _SENTENCE_RE.match(text)
    sentence = m.group(1) if m else text
    return sentence if len(sentence) <= LEAD_MAX else sentence[:LEAD_MAX - 1] + "…"
