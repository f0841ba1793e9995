"""Chinese punctuation an extractor gave as ASCII (`,` for `，`, `.` for `。`, `"` for `“”`), back.

Some fonts map the full-width marks to ASCII code points, so a whole page comes out with `获悉,今年`
and `离开."`. Only such a page is converted, decided on the page as a whole: a page that sets its
marks full-width and has a few ASCII ones in Latin text, numbers or a straight quote the paper
printed keeps them as printed. Marks inside numbers (`3.5`, `8:30`, `1,000`), Latin text and
addresses (`ljrsj2021@163.com`) stay ASCII.
"""

from __future__ import annotations

import re

from .text import is_wide

ASCII_SHARE = 0.6  # of the page's commas and full stops after Han: this many ASCII, the page's marks are
MIN_MARKS = 8  # fewer marks than this say nothing about a page

_SIMPLE = {",": "，", ";": "；", "?": "？", "!": "！", ":": "：", ".": "。", "(": "（", ")": "）"}
_OPENERS = "（“《"
_SENTENCE_MARKS = "，。；：？！、"
# (These patterns are run over a whole page. Each opens on the mark it matches and looks behind it
# from there, `[,.](?<=[…][,.])` for `(?<=[…])[,.]`: the same matches, but the regex engine skips
# to the marks rather than trying the look-behind at every character of the page.)
_AFTER_HAN_RE = re.compile(r"[,.](?<=[\u3400-\u9fff][,.])")
_FULL_AFTER_HAN_RE = re.compile(r"[，。](?<=[\u3400-\u9fff][，。])")


# On a page set with Chinese marks, an ASCII mark between two Chinese characters is an OCR or font
# misreading of the full-width mark: no paper prints one there. So is a full stop after a per cent
# sign before Chinese text (增长面达73.5%.其中), and brackets around Chinese text (本报讯(记者 汪蔓青 …)).
# (the Chinese text after it may open the next line)
_STRAY_RE = re.compile(r"[,;:?!](?<=[\u3400-\u9fff”）%％][,;:?!])(?=[ \n]?[\u3400-\u9fff“《（])"
                       r"|\.(?<=[\u3400-\u9fff%％]\.)(?=[ \n]?[\u3400-\u9fff“《（])")
_BRACKETED_RE = re.compile(r"\((?<=[\u3400-\u9fff]\()([\u3400-\u9fff][^()\n]{0,40})\)")
# ... and, on a page with such misread marks, a straight quote beside Chinese text (素有"高山云雾出好茶”
# 之说): opening or closing by the quotes before it on the page, printed ones included. (A page with
# no other misreading printed its straight quotes: they stay.)
MISREAD_MIN = 2
_QUOTE_RE = re.compile(r'[“”]|"(?<=[\u3400-\u9fff，。：；！？、]")|"(?=[\u3400-\u9fff])')


def restore_stray_marks(text: str) -> str:
    text, misread = _STRAY_RE.subn(lambda m: _SIMPLE[m.group()], text)
    if "(" in text:
        text, bracketed = _BRACKETED_RE.subn(r"（\1）", text)
        misread += bracketed
    if '"' not in text or misread < MISREAD_MIN:
        return text
    open_quote = False

    def paired(m: re.Match) -> str:
        nonlocal open_quote
        mark = m.group()
        if mark == '"':
            mark = "”" if open_quote else "“"
        open_quote = mark == "“"
        return mark

    return _QUOTE_RE.sub(paired, text)


def ascii_punctuated(text: str) -> bool:
    """Whether the page's extractor gave its commas and full stops as ASCII."""
    ascii_marks = len(_AFTER_HAN_RE.findall(text))
    full_marks = len(_FULL_AFTER_HAN_RE.findall(text))
    total = ascii_marks + full_marks
    return total >= MIN_MARKS and ascii_marks >= ASCII_SHARE * total


def restore_punctuation(text: str) -> str:
    """The page's ASCII marks in Chinese text as the full-width marks they stand for."""
    out: list[str] = []
    quote_open = False
    n = len(text)
    for i, ch in enumerate(text):
        prev = out[-1] if out else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == '"':
            # a quotation opens after a clause's mark or a line's start (说：" / ，"), closes after its
            # sentence's end (！"镕川) or before a mark (上线".)
            opening = not prev or prev in " \n，：；、" or prev in _OPENERS
            closing = not nxt or nxt in " \n" or nxt in _SENTENCE_MARKS or nxt in "）.,;:?!"
            if prev in "。！？…" and not closing:  # 。"镕川 or 。"今年: the quotation's state says which
                opening = not quote_open
                closing = quote_open
            if opening and not closing:
                quote_open = True
                out.append("“")
            elif closing and not opening:
                quote_open = False
                out.append("”")
            else:  # Han on both sides: the quotation's state says which
                out.append("”" if quote_open else "“")
                quote_open = not quote_open
            continue
        if ch in _SIMPLE and _stands_for_wide(ch, prev, nxt):
            out.append(_SIMPLE[ch])
            continue
        out.append(ch)
    return "".join(out)


def _token(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def _stands_for_wide(ch: str, prev: str, nxt: str) -> bool:
    if _token(prev) and _token(nxt):
        return False  # inside a number, a time, a word or an address: 3.5, 8:30, 163.com
    if ch == "(":
        return is_wide(nxt) or is_wide(prev)
    if ch == ")":
        return is_wide(prev) or is_wide(nxt) or not nxt
    if is_wide(prev):
        return True
    # after a figure, a unit or an address, at a clause's end: 增长3.5%, / 电话5218866. / …163.com.
    return not nxt or nxt in " \n\"”）" or is_wide(nxt)
