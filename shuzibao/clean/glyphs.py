"""Restore glyphs the PDF font lacked, from the publication's list of phrases they belong in,
and mark every gap no rule explains with 〓 so that nothing is guessed silently.

Joined block text carries JOIN where two column lines met: a lost glyph at a line end or start
left no space, so a line boundary is a gap candidate too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .patterns import CREDIT_RE, ROLE_RE
from .text import GAP, is_han

JOIN = "\x00"


@dataclass(frozen=True)
class Repair:
    glyph: str  # the restored glyph, or 〓 for a gap left unexplained
    context: str  # a few characters either side, as restored
    line: int  # line of the block (0-based) it falls on; the raw line number once placed


@functools.lru_cache(maxsize=1)
def _jieba_freq() -> dict:
    import logging

    import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    """True when jieba's dictionary knows `text` as a word (e.g. 走出), so no glyph is missing."""
    return _jieba_freq().get(text, 0) > 0


def join_lines(texts: list[str]) -> str:
    return JOIN.join(texts)


def finish_joins(text: str) -> str:
    """Drop line-join markers; Latin words split across lines get their space back."""
    return re.sub(f"(?<=[A-Za-z0-9]){JOIN}(?=[A-Za-z])|(?<=[A-Za-z]){JOIN}(?=[0-9])", " ", text).replace(JOIN, "")


def _gap_patterns(glyph: str, phrase: str) -> list[tuple[str, str]]:
    """(left, right) of the phrase around each occurrence of the glyph."""
    out = []
    for m in re.finditer(re.escape(glyph), phrase):
        out.append((phrase[: m.start()], phrase[m.end():]))
    return out


def restore_glyphs(text: str, glyphs: dict[str, tuple[str, ...]],
                   word: Callable[[str], bool] = is_word) -> tuple[str, list[Repair]]:
    """Put each listed glyph back where its phrase appears with a gap: a space, a line join, the
    start of the block, or (for phrases long enough to be sure) nothing at all, unless the
    characters around the gap already form a word (走出一条新路 keeps its 走)."""
    repairs: list[Repair] = []
    rules = []
    for glyph, phrases in glyphs.items():
        for phrase in phrases:
            rules.extend((glyph, left, right) for left, right in _gap_patterns(glyph, phrase))
    # Longer phrases first, so 蹚出转型发展新路 wins over 蹚新路 at the same place.
    rules.sort(key=lambda r: -(len(r[1]) + len(r[2])))
    for glyph, left, right in rules:
        text = _restore_one(text, glyph, left, right, word, repairs)
    return text, repairs


def _restore_one(text, glyph, left, right, word, repairs) -> str:
    sep = f"[ {JOIN}]*"
    left_re = sep.join(map(re.escape, left))
    right_re = sep.join(map(re.escape, right))
    pattern = re.compile(f"(?P<left>{left_re})(?P<gap>[ {JOIN}]*)(?P<right>{right_re})")
    out, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() < pos:
            continue
        gap = m.group("gap")
        before = text[: m.start()].replace(JOIN, "").rstrip(" ")
        after = text[m.end():].replace(JOIN, "")
        prev_char = before[-1:] if not left else left[-1]
        next_char = after[:1] if not right else right[0]
        if prev_char == glyph or next_char == glyph:
            continue
        at_start = not left and not before
        at_end = not right and not after
        if " " in gap:
            ok = True
        elif gap:  # a line join: the glyph fell at a line end or start
            ok = not (prev_char and next_char and word(prev_char + next_char))
        elif at_start or at_end:
            ok = len(left) + len(right) >= 3
        else:  # no trace at all: only a long phrase, and only where no word hides a real character
            ok = len(left) + len(right) >= 3 and not (prev_char and next_char and word(prev_char + next_char))
            ok = ok and not (is_han(prev_char) and left == "" and word(prev_char + right[:1]))
        if not ok:
            continue
        out.append(text[pos: m.start()])
        out.append(m.group("left") + glyph + m.group("right"))
        offset = text[: m.start() + len(m.group("left"))].count(JOIN)
        plain = (before[-6:] + left + glyph + right + after[:6]).replace(JOIN, "")
        repairs.append(Repair(glyph, plain, offset))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _inside(text: str, i: int, opener: str, closer: str) -> bool:
    depth = 0
    for ch in text[:i]:
        if ch == opener:
            depth += 1
        elif ch == closer and depth:
            depth -= 1
    return depth > 0


def _in_credit(text: str, i: int) -> bool:
    """The space sits in a bracketed credit (`（记者 李雅萍）`) or after a role word."""
    start = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
    end_candidates = [e for e in (text.find("）", i), text.find(")", i)) if e >= 0]
    if start >= 0 and end_candidates:
        inner = text[start: min(end_candidates) + 1]
        if CREDIT_RE.match(inner):
            return True
    word_before = re.split(r"[^\u4e00-\u9fff]", text[:i])[-1]
    return bool(ROLE_RE.search(word_before[-4:])) and len(word_before) <= 6


def rejoin_credit_spaces(text: str) -> str:
    """A credit split across lines at a space (`实习记者` / `梁英杰`) gets its space back."""
    def fix(m: re.Match) -> str:
        inner = m.group(0)
        return re.sub(f"(?<=[\u4e00-\u9fff]){JOIN}(?=[\u4e00-\u9fff])", " ", inner) \
            if CREDIT_RE.match(re.sub(f"{JOIN}", " ", inner)) else inner
    return re.sub("[（(][^（）()]{2,80}[）)]", fix, text)


def explain_spaces(text: str) -> tuple[str, list[Repair]]:
    """Keep spaces between Han characters that belong (a document title 《…》, a credit, after
    本报讯); every other one is a lost glyph no rule explains: write 〓 and report it."""
    repairs = []
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch != " " or i == 0 or i == len(chars) - 1:
            continue
        left, right = chars[i - 1], chars[i + 1]
        if not (is_han(left) and is_han(right)):
            continue
        plain = "".join(chars).replace(JOIN, "")
        i_plain = i - "".join(chars[:i]).count(JOIN)
        if _inside(plain, i_plain, "《", "》") or _in_credit(plain, i_plain) \
                or plain[:i_plain].endswith(("本报讯", "摄")):
            continue
        chars[i] = GAP
        context = "".join(chars[max(0, i - 8): i + 9]).replace(JOIN, "")
        repairs.append(Repair(GAP, context, "".join(chars[:i]).count(JOIN)))
    return "".join(chars), repairs
