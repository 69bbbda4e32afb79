"""The package's small tab-separated data files: `#` lines are comments, the first line left is
the header."""

from __future__ import annotations


def data_lines(text: str) -> list[tuple[int, str]]:
    """The data lines of a file's text after its header, each with its line number (for errors)."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.startswith("#")]
    return lines[1:]
