"""Console output with quiet/verbose levels; repeated warnings are counted, not repeated."""

from __future__ import annotations

import sys
from collections import Counter


class Log:
    def __init__(self, quiet: bool = False, verbose: bool = False, stream=None):
        self.quiet = quiet
        self.verbose = verbose
        self.stream = stream or sys.stdout
        self.repeats: Counter[str] = Counter()

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.stream)

    def detail(self, message: str) -> None:
        if self.verbose and not self.quiet:
            print(message, file=self.stream)

    def warn(self, message: str) -> None:
        self.repeats[message] += 1
        if self.repeats[message] == 1 and not self.quiet:
            print(f"warning: {message}", file=sys.stderr)

    def error(self, message: str) -> None:
        print(f"error: {message}", file=sys.stderr)
