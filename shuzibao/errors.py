"""The one error type the CLI turns into a `file:line: message` and exit 1."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file (and line where there is one)."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(self.format())

    def __reduce__(self):  # so that an error raised in a worker process reaches the parent intact
        return (InputError, (self.path, self.message, self.line))

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputErrors(Exception):
    """Several broken files at once: the build lists them all before failing."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(e.format() for e in errors))

    def __reduce__(self):
        return (InputErrors, (self.errors,))
