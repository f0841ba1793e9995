"""Character classes and printed widths shared by the cleaning passes."""

from __future__ import annotations

import re
from functools import lru_cache

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f〓"
HAN_RE = re.compile(f"[{HAN}]")
# Full-width punctuation: never separated from its neighbours by a space in Chinese text.
FULL_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～－／％"
SENTENCE_END = "。！？…"
CLOSERS = "”’」』）》】"
# Marks that close something: a space before one is an artefact, or a lost glyph's trace.
CLOSING = "，。、；：！？…" + CLOSERS
QUOTE_OPENERS = "“「\""  # what a quotation opens with (a straight quote where the page prints one)
# A line ending in one of these is always followed by more of the same sentence.
CONTINUES = "，、；：“‘（《〈【「『—"
GAP = "〓"


def is_han(ch: str) -> bool:
    return bool(HAN_RE.match(ch))


def is_wide(ch: str) -> bool:
    """Characters set on a full em in print: Han, full-width punctuation and forms."""
    return is_han(ch) or ch in FULL_PUNCT or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


# Typesetters squeeze these to half an em where a line needs it, so a line full of them holds more.
SQUEEZED = "，、；："


_NARROW_RE = re.compile(f"[^{HAN}{re.escape(FULL_PUNCT)}\u3000-\u303f\uff00-\uffef]")  # not is_wide
# (Asked of every line. Each pattern opens on the character it matches and looks behind it from
# there, ` (?<=[…] )` for `(?<=[…]) `: the same matches, but the regex engine skips to those
# characters rather than trying the look-behind at every one.)
_HAN_SPACE_RE = re.compile(f" (?<=[{HAN}] )(?=[{HAN}])")
_FULL_PUNCT_CLASS = f"[{re.escape(FULL_PUNCT)}]"
_HALVED_RE = re.compile(f"[{re.escape(SQUEEZED)}]|{_FULL_PUNCT_CLASS}(?<={_FULL_PUNCT_CLASS}{_FULL_PUNCT_CLASS})")


def printed_width(text: str) -> float:
    """Width in ems: wide characters 1 (squeezable commas 0.5), half-width 0.5, a space between two
    Han characters 1 (a lost glyph or a headline's clause space), other spaces nothing."""
    # Counted by class rather than summed a character at a time (the same sum: halves add exactly).
    # Commas, and each mark after another (”、“ is set in two ems, not three), are wide marks
    # set in half an em.
    # (the wide characters counted as those not narrow: a line holds few narrow ones to list)
    spaces = text.count(" ")
    halves = 2 * len(text) - spaces - len(_NARROW_RE.findall(text)) - len(_HALVED_RE.findall(text))
    if spaces:  # (most lines have none between two Han characters to count)
        halves += 2 * len(_HAN_SPACE_RE.findall(text))
    return halves / 2


# A bracket closing a sentence's end: a brief's credit, `。（林晓）`.
_CREDIT_AFTER_RE = re.compile(r"[（(](?<=[。！？][（(])[^（）()。]{1,20}[）)]$")  # (led by the bracket, as above)
# A story's printed end, `（完）`, after its last sentence.
_END_MARK_RE = re.compile(r"[（(]\s*完\s*[）)]$")


def is_end_mark(text: str) -> bool:
    """The line is a story's printed end alone: `（完）`."""
    return bool(_END_MARK_RE.fullmatch(text.strip()))


# Asked of the same line by several passes (pieces, unwrap, blocks): by its text, once.
@lru_cache(maxsize=4096)
def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence: 。！？… possibly followed by closing quotes/brackets, or
    by the credit a brief ends on (…即可参加。（林晓）)."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in CLOSERS:  # most lines: no bracket or quote to look behind
        return bool(stripped) and stripped[-1] in SENTENCE_END
    stripped = _CREDIT_AFTER_RE.sub("", _END_MARK_RE.sub("", stripped)).rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def ends_open(text: str) -> bool:
    """True when the text cannot end a paragraph: it stops on a comma-like mark or an opener."""
    text = text.rstrip()
    return bool(text) and text[-1] in CONTINUES
