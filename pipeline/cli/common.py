"""What the command modules share: option choices, the progress bar, the store options.

Commands only parse options into the library's config objects, call the library and print.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.core.types import MASK_STYLES

if TYPE_CHECKING:  # rich is imported only when a bar is shown
    from rich.progress import TaskID

STYLES = MASK_STYLES
OCR_ENGINES = ("auto", "tesserocr", "pytesseract")
# libx264's speed presets: checked with the options, not by the encoder after the whole analysis
X264_PRESETS = (
    "ultrafast",
    "superfast",
    "veryfast",
    "faster",
    "fast",
    "medium",
    "slow",
    "slower",
    "veryslow",
    "placebo",
)


class progress_bar:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __enter__(self) -> Callable[[str, int, int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeRemainingColumn(),
            transient=True,
        )
        self._bar.__enter__()
        self._tasks: dict[str, TaskID] = {}
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done)

    def __exit__(self, *exc: Any) -> None:
        if getattr(self, "_bar", None) is not None:
            self._bar.__exit__(*exc)


def store_options(command):
    @click.option(
        "--store",
        "store_root",
        type=click.Path(path_type=Path),
        envvar="REDACT_STORE",
        default=Path("store"),
        show_default=True,
        help="Store folder (catalog, artifacts, audit log).",
    )
    @click.option(
        "--catalog",
        "catalog_url",
        envvar="REDACT_CATALOG",
        default=None,
        help="SQLAlchemy URL of the catalog (default: SQLite inside the store).",
    )
    @click.option(
        "--key-file",
        type=click.Path(path_type=Path),
        envvar="REDACT_RAW_KEY_FILE",
        default=None,
        help="Key for raw recordings at rest (or REDACT_RAW_KEY, base64/hex of 32 bytes).",
    )
    @click.option(
        "--audit-key-file",
        type=click.Path(path_type=Path),
        envvar="REDACT_AUDIT_KEY_FILE",
        default=None,
        help="Key of the audit log's MACs, kept outside the store (default: derived from the raw key).",
    )
    @functools.wraps(command)
    def wrapper(
        *args, store_root: Path, catalog_url: str | None, key_file: Path | None, audit_key_file: Path | None, **kwargs
    ):
        from pipeline.store.store import StoreConfig
        from pipeline.store.vault import load_key

        config = StoreConfig(
            root=store_root,
            catalog_url=catalog_url,
            key=load_key(key_file),
            key_file=key_file,
            audit_key_file=audit_key_file,
        )
        return command(*args, store_config=config, **kwargs)

    return wrapper


def open_store(config):
    from pipeline.store.store import Store

    return Store(config)
