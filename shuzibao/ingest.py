"""Raw input on disk -> RawPage, Edition and the glyph list. Decoding lives here."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from pathlib import Path

import yaml

from . import fastyaml
from .errors import InputError
from .model import Edition, RawPage

_PAGE_NAME_RE = re.compile(r"^(\d{1,3})\.txt$")
_DATE_DIR_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters extractors leave that carry no text: zero-width spaces and joiners, BOMs, soft hyphens.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


PRIVATE_SHARE = 0.05  # of a page's characters: private-use ones beyond this are no font's lost glyphs
# The CJK ideographs _looks_like_text would find neither control, unassigned nor private-use.
_GOOD_IDEOGRAPHS = frozenset(ch for ch in map(chr, range(0x4E00, 0xA000))
                             if unicodedata.category(ch) not in ("Cc", "Cn", "Co"))


def _looks_like_text(text: str) -> bool:
    """False for decodings that produced control characters or unassigned code points, or mostly
    private-use ones. A few private-use characters are an extractor's stand-ins for glyphs its
    font did not map (the page's lost glyphs: the cleaner reads each as a gap)."""
    if not text:
        return True
    # each distinct character looked up once (a page has a few thousand), then counted; the
    # ideographs every Chinese page is mostly made of are known good without looking
    bad = private = 0
    for ch in set(text) - _GOOD_IDEOGRAPHS:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cn") and ch not in "\n\r\t\f\v":
            bad += text.count(ch)
        elif category == "Co":
            private += text.count(ch)
    return bad <= len(text) * 0.001 and private <= len(text) * PRIVATE_SHARE


def decode_page(data: bytes, path: str) -> str:
    """Bytes of a raw page -> text. UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in data:
        raise InputError(path, "binary data (NUL bytes), not a text page")
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise InputError(path, "not text in a known encoding (tried UTF-8, UTF-16 with BOM, GB18030)")


def _radical_table() -> dict[int, str]:
    """PDF fonts often map a character to a radical's code point rather than the ideograph's
    (⼈ KANGXI RADICAL MAN for 人, ⻓ CJK RADICAL C-SIMPLIFIED LONG for 长), and some to a
    compatibility ideograph: text that looks right but matches no word, no search and no glyph
    rule. Kangxi radicals and compatibility ideographs carry their ideograph in Unicode's
    compatibility mapping; the simplified radicals that stand for whole characters do not, so
    they are listed (Unicode's EquivalentUnifiedIdeograph data)."""
    table = {}
    for cp in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]:
        mapped = unicodedata.normalize("NFKC", chr(cp))
        if len(mapped) == 1 and "\u3400" <= mapped <= "\u9fff" and mapped != chr(cp):
            table[cp] = mapped
    simplified = {"⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门",
                  "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马", "⻣": "骨", "⻥": "鱼",
                  "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙",
                  "⺟": "母", "⻳": "龟"}
    table.update((ord(k), v) for k, v in simplified.items())
    return table


_RADICALS = _radical_table()
_RADICAL_RE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def normalize_text(text: str) -> str:
    """Unify line ends and invisible characters, and write radicals a PDF font gave for
    ideographs as the ideographs; keep every other visible character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", text)
    if _RADICAL_RE.search(text):
        text = text.translate(_RADICALS)
    # (a no-break space is kept: the cleaner tells spacing from a lost glyph's place by it)
    return text.replace("\t", " ").replace("\f", "\n").replace("\v", "\n")


def read_raw_page(path: Path) -> RawPage:
    date = path.parent.name
    m = _PAGE_NAME_RE.match(path.name)
    if not m:
        raise InputError(str(path), "a raw page must be named NN.txt (its page number)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    text = normalize_text(decode_page(data, str(path)))
    if not text.strip():
        raise InputError(str(path), "the page is empty (no text)")
    return RawPage(path=str(path), date=date, page=int(m.group(1)), text=text)


def _check_date_dir(path: Path) -> str:
    name = path.name
    if not _DATE_DIR_RE.match(name):
        raise InputError(str(path), "an edition folder must be named YYYY-MM-DD")
    try:
        _dt.date.fromisoformat(name)
    except ValueError:
        raise InputError(str(path), f"'{name}' is not a real date") from None
    return name


def find_raw_pages(raw_dir: Path) -> list[Path]:
    """Every raw page under RAW/<date>/, sorted by date and page; layout errors raise."""
    if not raw_dir.is_dir():
        raise InputError(str(raw_dir), "raw folder not found")
    pages: list[Path] = []
    for edition_dir in sorted(p for p in raw_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        _check_date_dir(edition_dir)
        seen: dict[int, Path] = {}
        for path in sorted(edition_dir.glob("*.txt")):
            m = _PAGE_NAME_RE.match(path.name)
            if not m:
                raise InputError(str(path), "a raw page must be named NN.txt (its page number)")
            number = int(m.group(1))
            if number in seen:
                raise InputError(str(path), f"page {number} is already given by {seen[number]}")
            seen[number] = path
            pages.append(path)
    return pages


def load_yaml(path: Path):
    """Parse a YAML file; a syntax error names the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    try:
        return fastyaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(str(path), problem, mark.line + 1 if mark else None) from None
    except ValueError as exc:  # PyYAML builds dates itself and fails on 2020-13-45
        raise InputError(str(path), str(exc)) from None


def load_glyphs(path: Path) -> dict[str, tuple[str, ...]]:
    """RAW/glyphs.yml: {glyph: [phrases it belongs in]}; missing file means no glyphs."""
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(str(path), "must map each glyph to a list of phrases", 1)
    glyphs: dict[str, tuple[str, ...]] = {}
    for glyph, phrases in data.items():
        if not isinstance(glyph, str) or len(glyph) != 1:
            raise InputError(str(path), f"{glyph!r}: each key must be one character")
        if not isinstance(phrases, list) or not all(isinstance(p, str) and glyph in p for p in phrases):
            raise InputError(str(path), f"{glyph}: give a list of phrases that contain the glyph")
        glyphs[glyph] = tuple(phrases)
    return glyphs


def load_edition(edition_dir: Path) -> Edition:
    """RAW/<date>/edition.yml (optional): publication name and page names."""
    date = _check_date_dir(edition_dir)
    path = edition_dir / "edition.yml"
    if not path.exists():
        return Edition(date=date)
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(str(path), "must be a mapping (publication:, pages:)", 1)
    pages = data.get("pages") or {}
    if not isinstance(pages, dict):
        raise InputError(str(path), "'pages' must map page numbers to names")
    names: dict[int, str] = {}
    for key, name in pages.items():
        try:
            names[int(key)] = str(name)
        except (TypeError, ValueError):
            raise InputError(str(path), f"page number {key!r} is not a number") from None
    publication = data.get("publication") or ""
    if not isinstance(publication, str):
        raise InputError(str(path), "'publication' must be text")
    kinds = data.get("tag_kinds") or {}
    if not isinstance(kinds, dict):
        raise InputError(str(path), "'tag_kinds' must map tags to 人物/地点/机构/主题")
    return Edition(date=date, publication=publication, page_names=names,
                   tag_kinds={str(k): str(v) for k, v in kinds.items()})
