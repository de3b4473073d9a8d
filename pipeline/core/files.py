"""Files as the pipeline reads and writes them: whole or not at all, hashed, private when secret.

One way to do each:

- a file we write reaches its path by renaming a complete temporary file beside it
  (`write_atomic`; `temp_beside` + `move_into_place` for writers that need a path, such as
  encoders), and a folder by renaming a complete temporary folder (`move_dir_into_place`): a
  reader sees the old content or the new, never a part, and a failure leaves nothing there;
- `sha256_file` is the content hash (a recording's id, artifact and export file hashes);
- `open_regular` opens a file we were handed only when it is a regular file: a FIFO would block
  the read forever, a device or a socket never ends;
- `private=True` writes and `private_dir` make 0600 files and 0700 folders whatever the umask.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from pipeline.core.errors import InputError, OutputError

CHUNK = 1 << 20

Content = bytes | str | Callable[[BinaryIO], object]  # what write_atomic writes: data, or a writer


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def current_umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- reading what we are given ----------------------------------------------------------------


class NotRegularFile(InputError):
    """A path that names a FIFO, a device, a socket or a folder where a file belongs."""

    def __init__(self, kind: str, path: str | Path):
        self.kind = kind  # "a FIFO", "a folder", ...
        self.reason = f"not a regular file ({kind})"
        super().__init__(self.reason, path)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_mode(mode: int, path: str | Path) -> None:
    if not stat.S_ISREG(mode):
        raise NotRegularFile(next((name for test, name in _KINDS if test(mode)), "unknown kind"), path)


def check_regular(path: str | Path) -> None:
    """Raise NotRegularFile unless `path` is a regular file (after symlinks). A missing path
    raises FileNotFoundError: the caller names what was expected there."""
    _check_mode(os.stat(path).st_mode, path)


def open_regular(path: str | Path) -> BinaryIO:
    """Open a regular file for reading, never anything that could block or never end.

    Checked before opening (opening some devices has effects) and again on the open descriptor
    (the path may have been swapped in between); the open itself does not block on a FIFO.
    """
    check_regular(path)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        _check_mode(os.fstat(fd).st_mode, path)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def sha256_file(path: str | Path, chunk: int = CHUNK) -> str:
    """The sha256 of a regular file's bytes, read in chunks (hex)."""
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


# -- writing: temp beside, then rename --------------------------------------------------------


def temp_beside(path: Path, *, private: bool = False) -> Path:
    """Create an empty hidden file `.NAME.XXXXXXXX.partSUFFIX` beside `path` (the suffix kept for
    writers that choose a format by it): 0600 when `private`, else as the umask allows."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    last: OSError | None = None
    for _ in range(8):
        tmp = directory / f".{path.name}.{secrets.token_hex(4)}.part{path.suffix}"
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC, 0o600 if private else 0o666)
        except FileExistsError as exc:
            last = exc
            continue
        except OSError as exc:
            raise OutputError(f"cannot write here ({_reason(exc)})", path) from None
        if private:
            os.fchmod(fd, 0o600)  # O_CREAT's mode is only an upper bound; say it exactly
        os.close(fd)
        return tmp
    raise OutputError(f"cannot create a temporary file ({type(last).__name__})", path)


def move_into_place(tmp: Path, path: Path) -> None:
    """Rename a complete temporary file onto `path`; on failure the temporary file is removed."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot rename into place ({_reason(exc)})", path) from None


def write_atomic(path: Path, content: Content, *, private: bool = False) -> None:
    """Replace `path` by a file holding `content` (bytes, text, or what `content(handle)` writes),
    fsynced before the rename. OSErrors become OutputError; on any failure nothing is left."""
    path = Path(path)
    tmp = _write_temp(path, content, private)
    move_into_place(tmp, path)


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text)


def create_private_file(path: Path, data: bytes) -> bool:
    """Create `path` (0600) holding `data` unless it exists; False if another writer got there first.

    Hard-linking a complete temp file into place means a reader never sees a partial secret and
    two processes racing to create it cannot overwrite each other's.
    """
    path = Path(path)
    tmp = _write_temp(path, data, True)
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        raise OutputError(f"cannot create ({_reason(exc)})", path) from None
    finally:
        tmp.unlink(missing_ok=True)


def _write_temp(path: Path, content: Content, private: bool) -> Path:
    tmp = temp_beside(path, private=private)
    try:
        with open(tmp, "wb") as handle:
            if callable(content):
                content(handle)
            else:
                handle.write(content.encode() if isinstance(content, str) else content)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"I/O error while writing ({_reason(exc)})", path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def move_dir_into_place(work: Path, out_dir: Path, *, replace_existing: bool) -> None:
    """Move a finished folder into place by rename. Replacing swaps folders: the old one is moved
    aside first and deleted only after the new one is in place. Without `replace_existing`, a
    non-empty folder at `out_dir` is an error."""
    old: Path | None = None
    try:
        if out_dir.exists():
            if replace_existing:
                old = out_dir.with_name(f".{out_dir.name}.{secrets.token_hex(4)}.old")
                os.rename(out_dir, old)
            elif any(out_dir.iterdir()):
                raise OutputError("folder already exists and is not empty", out_dir)
            else:
                out_dir.rmdir()
        os.rename(work, out_dir)
    except OSError as exc:
        if old is not None and not out_dir.exists():
            os.rename(old, out_dir)
        raise OutputError(f"cannot move the folder into place ({_reason(exc)})", out_dir) from None
    if old is not None:
        shutil.rmtree(old)


# -- folders ----------------------------------------------------------------------------------


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) and set it to 0700 explicitly: the umask is not ours to trust."""
    path = Path(path)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise OutputError(f"cannot create a private folder ({_reason(exc)})", path) from None
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in `path` durable (best effort: not every filesystem allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
