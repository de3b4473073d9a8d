"""Exceptions that carry their exit code and a one-line message for the CLI.

Messages name files, stages and reasons; they never include detected text.
"""

from __future__ import annotations

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
        text = f"{self.path}: {message}" if self.path else message
        super().__init__(text.replace("\n", " "))


class InputError(RedactorError):
    exit_code = ExitCode.BAD_INPUT


class OutputError(RedactorError):
    exit_code = ExitCode.OUTPUT


class ConfigError(RedactorError):
    exit_code = ExitCode.CONFIG


class ProcessingError(RedactorError):
    exit_code = ExitCode.PROCESSING
