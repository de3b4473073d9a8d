"""Checks that an output can never land on a file or folder the same run reads or keeps.

A plan written over its input video, or an export folder renamed over the store, destroys what
the run was meant to protect. Commands call these before any work: paths are compared resolved
(symlinks followed) and, for files that exist, by device and inode (hard links).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pipeline.core.errors import OutputError


def same_file(a: Path, b: Path) -> bool:
    """True when `a` and `b` name one file: the same resolved path, or the same device and inode."""
    if Path(a).resolve() == Path(b).resolve():
        return True
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:  # one does not exist (yet): only the names could collide, checked above
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def check_distinct(written: Mapping[str, Path], read: Mapping[str, Path | None]) -> None:
    """Refuse (OutputError, exit 4) when a path to be written is another written path or one that is read.

    `written` and `read` map a role ("the plan", "the input") to its path; a None path is skipped.
    """
    roles = list(written.items())
    for index, (role, path) in enumerate(roles):
        for other_role, other in [*roles[:index], *read.items()]:
            if other is not None and same_file(path, other):
                raise OutputError(f"{role} would overwrite {other_role}{_aside(path, other)}", path)


def check_outside(folder: Path, role: str, kept: Path, kept_role: str) -> None:
    """Refuse (OutputError, exit 4) a `folder` to be written that is `kept`, lies inside it or contains it."""
    mine, theirs = Path(folder).resolve(), Path(kept).resolve()
    if mine == theirs or same_file(mine, theirs):
        raise OutputError(f"{role} is {kept_role}", folder)
    if theirs in mine.parents:
        raise OutputError(f"{role} is inside {kept_role} ({theirs})", folder)
    if mine in theirs.parents:
        raise OutputError(f"{role} contains {kept_role} ({theirs})", folder)


def _aside(path: Path, other: Path) -> str:
    """The other name when it differs (a link, a relative spelling): the line must say which file."""
    return "" if str(path) == str(other) else f" ({other})"
