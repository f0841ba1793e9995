#!/usr/bin/env python3
"""Regenerate shuzibao/data/common-chars.txt: the 3,500 most frequent Chinese characters.

An approximation of the 3,500 characters of 通用规范汉字表 一级字表, derived from jieba 0.42.1's
dictionary: each character's frequency is the sum of the frequencies of the words that contain it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import jieba

COUNT = 3500
TARGET = Path(__file__).resolve().parents[1] / "shuzibao" / "data" / "common-chars.txt"


def frequent_characters(count: int = COUNT) -> list[str]:
    counts: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as lines:
        for line in lines:
            word, freq = line.split()[:2]
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(freq)
    # Ties broken by code point so that the list is the same on every machine.
    return [ch for ch, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


def main() -> int:
    chars = frequent_characters()
    lines = ["".join(chars[i:i + 50]) for i in range(0, len(chars), 50)]
    header = "# 3,500 most frequent characters by jieba 0.42.1 dictionary word frequencies (tools/common_chars.py)\n"
    TARGET.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(chars)} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
