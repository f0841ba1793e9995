"""Article <-> Markdown file with YAML front matter. Round-trips exactly."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import yaml

from . import fastyaml
from .errors import InputError
from .model import Article

# Page text is data: these would otherwise become emphasis, links, code or HTML.
_INLINE_ESCAPES = {"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
                   "&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE_ESCAPES)) + "]")
# Only meaningful at the start of a paragraph: headings, lists, setext underlines.
_BLOCK_START_RE = re.compile(r"^(#|\+|-|=|\d+(?=[.)]))")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_KEY_ORDER = ("title", "kicker", "subtitle", "byline", "authors", "date", "page", "order",
              "slug", "tags", "captions", "title_generated")


def escape_markdown(text: str) -> str:
    """Escape one paragraph of plain text so that Markdown shows it literally."""
    text = _INLINE_RE.sub(lambda m: _INLINE_ESCAPES[m.group(0)], text)
    m = _BLOCK_START_RE.match(text)
    if m:
        if m.group(1).isdigit():
            text = text[: m.end()] + "\\" + text[m.end():]
        else:
            text = "\\" + text
    return text


def paragraphs_to_body(paragraphs: list[str]) -> str:
    return "\n\n".join(escape_markdown(p) for p in paragraphs)


def front_matter(article: Article) -> dict:
    """The front matter keys of an article, in the documented order, empty ones left out."""
    values = {
        "title": article.title, "kicker": article.kicker, "subtitle": article.subtitle,
        "byline": article.byline, "authors": list(article.authors), "date": article.date,
        "page": article.page, "order": article.order, "slug": article.slug,
        "tags": list(article.tags), "captions": list(article.captions),
        "title_generated": article.title_generated,
    }
    always = {"title", "authors", "date", "page", "order"}
    return {k: values[k] for k in _KEY_ORDER if k in always or values[k]}


# libyaml's emitter writes what PyYAML's own writes, about five times faster, for text of the
# Basic Multilingual Plane without control characters, line and paragraph separators or BOMs,
# well short of the line width; anything else goes through PyYAML's own emitter (libyaml escapes
# 𠮷 as \U00020BB7, NEL as \N, and folds long lines differently).
_FAST_TEXT_RE = re.compile("[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff"
                            "\ud800-\udfff\U00010000-\U0010ffff]{0,1999}")
_DUMP_OPTIONS = {"allow_unicode": True, "sort_keys": False, "default_flow_style": None, "width": 10_000}


def _fast_dump_safe(meta: dict) -> bool:
    for value in meta.values():
        for v in value if isinstance(value, list) else (value,):
            if isinstance(v, str) and not _FAST_TEXT_RE.fullmatch(v):
                return False
    return True


def dump_front_matter(meta: dict) -> str:
    """yaml.safe_dump of front matter, through libyaml where that gives the same text."""
    return fastyaml.safe_dump(meta, _fast_dump_safe(meta), **_DUMP_OPTIONS)


def dump_article(article: Article) -> str:
    meta = dump_front_matter(front_matter(article))
    return f"---\n{meta}---\n\n{article.body.strip()}\n"


def _str_list(meta: dict, key: str, path: str) -> tuple[str, ...]:
    value = meta.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise InputError(path, f"front matter '{key}' must be a list of strings")
    return tuple(str(v) for v in value)


def _text(meta: dict, key: str, path: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)):
        raise InputError(path, f"front matter '{key}' must be text")
    return str(value)


def parse_article(text: str, path: str) -> Article:
    """Read one Markdown article; bad front matter raises InputError naming file and line."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        raise InputError(path, "no front matter: the file must start with a '---' line", 1)
    text = text.replace("\r\n", "\n")
    end = text.find("\n---\n", 3)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise InputError(path, "front matter is not closed: add a '---' line after it", 1)
    try:
        meta = fastyaml.safe_load(text[4:end + 1])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(path, f"front matter: {problem}", line) from None
    except ValueError as exc:  # PyYAML builds dates itself and fails on 2020-13-45
        raise InputError(path, f"front matter: bad date or value: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", 2)
    title = _text(meta, "title", path).strip()
    if not title:
        raise InputError(path, "front matter has no 'title'")
    date = meta.get("date")
    if isinstance(date, _dt.date):
        date = date.isoformat()
    if not isinstance(date, str) or not DATE_RE.match(date):
        raise InputError(path, f"front matter 'date' must be YYYY-MM-DD, not {date!r}")
    try:
        _dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(path, f"front matter 'date' is not a real date: {date}") from None
    page, order = meta.get("page", 1), meta.get("order", 1)
    if not isinstance(page, int) or isinstance(page, bool) or page < 1:
        raise InputError(path, "front matter 'page' must be a positive whole number")
    if not isinstance(order, int) or isinstance(order, bool) or order < 0:
        raise InputError(path, "front matter 'order' must be a whole number")
    slug = _text(meta, "slug", path)
    if slug and not SLUG_RE.match(slug):
        raise InputError(path, f"front matter 'slug' must be lowercase ASCII words joined by '-', not {slug!r}")
    return Article(
        title=title, date=date, page=page, order=order, body=text[end + 5:].strip("\n"),
        kicker=_text(meta, "kicker", path), subtitle=_text(meta, "subtitle", path),
        byline=_text(meta, "byline", path), authors=_str_list(meta, "authors", path),
        slug=slug, tags=_str_list(meta, "tags", path), captions=_str_list(meta, "captions", path),
        title_generated=bool(meta.get("title_generated", False)), source=path,
    )


def read_article(path: Path) -> Article:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    return parse_article(text, str(path))
