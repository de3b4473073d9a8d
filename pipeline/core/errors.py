"""Exceptions that carry their exit code and a one-line message for the CLI.

Messages name files, stages and reasons; they never include detected text.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug: unexpected exception
    USAGE = 2  # click's own code for bad options
    BAD_INPUT = 3  # the input file is missing, unreadable, not media, or out of bounds
    OUTPUT = 4  # the output cannot be written
    CONFIG = 5  # models/ configuration or policy is invalid
    PROCESSING = 6  # a stage failed in a way that could not be contained
    LEAK = 7  # evaluation found personal data readable in an output


class RedactorError(Exception):
    """Base class: `str(err)` is the one line the CLI prints."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, path: str | Path | None = None):
        self.path = str(path) if path is not None else None
        self.reason = message  # the problem without the path, for callers that collect problems
        text = f"{self.path}: {message}" if self.path else message
        super().__init__(printable(text))


# Bidirectional overrides and isolates: they reorder what a terminal shows (a name can pose as another).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` safe for one terminal line: control characters (ESC of ANSI/OSC sequences, CR, newlines,
    C1 codes), bidirectional controls and the surrogates of undecodable name bytes, which a file name
    may hold, are shown escaped (`\\x1b`)."""
    return "".join(_escape(c) if unicodedata.category(c) in ("Cc", "Cs") or c in _BIDI_CONTROLS else c for c in text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class InputError(RedactorError):
    exit_code = ExitCode.BAD_INPUT


class OutputError(RedactorError):
    exit_code = ExitCode.OUTPUT


class ConfigError(RedactorError):
    exit_code = ExitCode.CONFIG


class ProcessingError(RedactorError):
    exit_code = ExitCode.PROCESSING
