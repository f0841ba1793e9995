"""jieba.posseg's cut, token for token, without its generators and per-character regexes; and
jieba's own cut into dictionary words (no HMM) the same way.

Tagging an archive's articles is most of `clean`'s time, and jieba.posseg's cut is most of
tagging (bench/RESULTS.md): this is the same cut, about twice as fast. jieba.posseg.POSTokenizer.cut
stays the reference (tests/test_tags.py compares the two token for token): the same blocks, the
same best route through the same dictionary (the same float sums, ties to the longer word), the
same tags; the HMM's guesses at unknown words are jieba's own code.
"""

from __future__ import annotations

from math import log

_PREFIX = 1.0  # in a log-probability table (all else is below 0): a prefix of words, no word itself


def _route(sentence: str, freq: dict, logtotal: float, logp: dict) -> list[int]:
    """Tokenizer.get_DAG + Tokenizer.calc in one pass: for each start, the end of its word.
    logp keeps log(freq) - logtotal of the words met, as calc computes it."""
    n = len(sentence)
    score = [0.0] * (n + 1)
    end = list(range(n))
    for idx in range(n - 1, -1, -1):
        best = None
        frag = sentence[idx]
        i = idx
        while True:
            lp = logp.get(frag)
            if lp is None:
                f = freq.get(frag)
                if f is None:
                    break
                lp = logp[frag] = log(f) - logtotal if f else _PREFIX
            if lp != _PREFIX:
                s = lp + score[i + 1]
                if best is None or s >= best:  # max((s, x)): equal scores go to the larger x
                    best = s
                    end[idx] = i
            i += 1
            if i >= n:
                break
            frag = sentence[idx:i + 1]
        if best is None:
            best = log(freq.get(sentence[idx]) or 1) - logtotal + score[idx + 1]
        score[idx] = best
    return end


def _route_words(blk: str, end: list[int]) -> list[tuple[str, bool]]:
    """The words along the best route (end[x]: where the word at x ends), a run of single letters
    and digits joined into one token (flagged True), as jieba's cut with no HMM gives them."""
    out: list[tuple[str, bool]] = []
    x, buf = 0, ""
    while x < len(blk):
        y = end[x] + 1
        word = blk[x:y]
        if y - x == 1 and word in _ASCII_ALNUM:
            buf += word
        else:
            if buf:
                out.append((buf, True))
                buf = ""
            out.append((word, False))
        x = y
    if buf:
        out.append((buf, True))
    return out


def pos_cut(postok, logp: dict, sentence: str, hmm: bool) -> list[tuple[str, str]]:
    """[(p.word, p.flag) for p in postok.cut(sentence, HMM=hmm)]; logp: _route's table for
    postok's dictionary, filled as words are met."""
    import jieba.posseg as ps

    postok.makesure_userdict_loaded()
    tokenizer = postok.tokenizer
    freq = tokenizer.FREQ
    tags = postok.word_tag_tab
    logtotal = log(tokenizer.total)
    out: list[tuple[str, str]] = []
    append = out.append
    # (split by a pattern with one group gives the text between its matches and the matches by
    # turns, a match at every odd place: what jieba asks each piece again, whether it matches)
    for k, blk in enumerate(ps.re_han_internal.split(sentence)):
        if not blk:
            continue
        if k % 2:  # a block of Han characters, letters and digits
            end = _route(blk, freq, logtotal, logp)
            n = len(blk)
            x = 0
            buf = ""
            if not hmm:
                for word, letters in _route_words(blk, end):
                    append((word, "eng") if letters else (word, tags.get(word, "x")))
                continue
            while x < n:
                y = end[x] + 1
                if y - x == 1:
                    buf += blk[x]
                else:
                    if buf:
                        _flush(postok, buf, freq, tags, append)
                        buf = ""
                    word = blk[x:y]
                    append((word, tags.get(word, "x")))
                x = y
            if buf:
                _flush(postok, buf, freq, tags, append)
        else:
            for j, x in enumerate(ps.re_skip_internal.split(blk)):
                if j % 2:  # a space or line end
                    append((x, "x"))
                else:
                    for xx in x:
                        if ps.re_num.match(xx):
                            append((xx, "m"))
                        elif ps.re_eng.match(x):
                            append((xx, "eng"))
                        else:
                            append((xx, "x"))
    return out


def _flush(postok, buf: str, freq: dict, tags: dict, append) -> None:
    """A run of one-character words in POSTokenizer.__cut_DAG: the HMM reads it unless it is a word."""
    if len(buf) == 1:
        append((buf, tags.get(buf, "x")))
    elif not freq.get(buf):
        for token in _hmm_words(postok, buf):
            append(token)
    else:
        for elem in buf:
            append((elem, tags.get(elem, "x")))


# The HMM's reading of a run depends on the run alone (jieba.posseg's fixed tables), and the same
# runs come back (names, words the dictionary lacks): each is read once.
_HMM_WORDS: dict[str, tuple[tuple[str, str], ...]] = {}


def _hmm_words(postok, buf: str) -> tuple[tuple[str, str], ...]:
    words = _HMM_WORDS.get(buf)
    if words is None:
        if len(_HMM_WORDS) >= 100_000:
            _HMM_WORDS.clear()
        words = _HMM_WORDS[buf] = tuple((p.word, p.flag) for p in postok._POSTokenizer__cut_detail(buf))
    return words


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def word_cut(tokenizer, logp: dict, sentence: str) -> list[str]:
    """list(tokenizer.cut(sentence, HMM=False)), jieba's cut into dictionary words with no guessing
    of unknown ones, token for token; logp: _route's table for the tokenizer's dictionary."""
    import jieba

    freq = tokenizer.FREQ
    logtotal = log(tokenizer.total)
    out: list[str] = []
    append = out.append
    for k, blk in enumerate(jieba.re_han_default.split(sentence)):  # (matches by turns, as in pos_cut)
        if not blk:
            continue
        if k % 2:
            out.extend(word for word, _ in _route_words(blk, _route(blk, freq, logtotal, logp)))
        else:
            for j, x in enumerate(jieba.re_skip_default.split(blk)):
                if j % 2:
                    append(x)
                else:
                    out.extend(x)  # a character a token
    return out
