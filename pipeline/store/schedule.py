"""Ingest many recordings: find them, run the job of ingest.py for each on local worker
processes or a Dask cluster, or keep watching a folder.

Whatever runs the jobs, one bad recording fails alone and the summary counts each outcome. A
Dask worker may sit on another machine: it is sent the store's config without the raw key (the
path of the key file, which it reads itself from shared storage; see StoreConfig).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.core.errors import ConfigError, ExitCode, InputError
from pipeline.store.ingest import VIDEO_SUFFIXES, IngestConfig, IngestOutcome, process_one, worker_store
from pipeline.store.policy import load_policy
from pipeline.store.sidecar import sidecar_path

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[IngestOutcome] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.status for o in self.outcomes))

    @property
    def exit_code(self) -> int:
        """0 when every recording ended in a decided state; else the worst failure's code."""
        codes = [o.exit_code for o in self.outcomes if o.status == "failed"]
        return max(codes, default=0)

    def review_reasons(self) -> Counter[str]:
        """For each reason the gate gave, how many recordings it sent to needs_review."""
        return Counter(label for o in self.outcomes if o.status == "needs_review" for label, _ in o.review_reasons)

    def line(self, top: int = 3) -> str:
        """`ingest: 5 recordings: 3 processed, 2 needs_review (PASSWORD structural in 2, ...)`: stored
        against held for review at a glance, with the reasons that held most recordings."""
        counts = self.counts()
        statuses = ("processed", "needs_review", "refused", "skipped", "failed")
        parts = []
        for status in statuses:
            if counts.get(status):
                parts.append(
                    f"{counts[status]} {status}" + (self._top_reasons(top) if status == "needs_review" else "")
                )
        return f"ingest: {len(self.outcomes)} recordings: " + (", ".join(parts) or "nothing to do")

    def _top_reasons(self, top: int) -> str:
        reasons = sorted(self.review_reasons().items(), key=lambda item: (-item[1], item[0]))
        if not reasons:
            return ""
        left = len(reasons) - top
        more = f", {left} more reason{'s' if left > 1 else ''}" if left > 0 else ""
        return " (" + ", ".join(f"{label} in {n}" for label, n in reasons[:top]) + more + ")"


def find_recordings(paths: Iterable[Path]) -> list[Path]:
    """Recordings named directly, or found (not recursively) in the folders named. Whatever in a
    folder has a video's name is taken, so that a FIFO or a device there fails with its reason
    instead of being passed over in silence."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES and not p.is_dir()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def ingest_all(
    paths: Iterable[Path],
    config: IngestConfig,
    *,
    workers: int = 1,
    scheduler=None,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> IngestSummary:
    """Process every recording named or found in the folders named. `scheduler` is a Dask
    address (tcp://host:port, tls://...) or a connected client (`distributed.Client`);
    otherwise `workers` local processes."""
    videos = find_recordings(paths)
    load_policy(config.policy_path)  # a bad policy stops the batch before any work
    if not config.store.has_key:
        raise ConfigError(
            "ingest keeps raw recordings sealed while QA may need them: set REDACT_RAW_KEY or pass --key-file",
            config.store.root,
        )
    # what Dask workers get, made before any work: a key only in the environment cannot go
    shipped = replace(config, store=config.store.for_remote_workers()) if scheduler is not None else config
    store = worker_store(config)  # only now: a refused start creates no store
    removed = store.sweep()
    if removed:
        log.info("swept %d files left by interrupted runs", removed)
    summary = IngestSummary()
    jobs = _run_dask(videos, shipped, scheduler) if scheduler is not None else _run_local(videos, config, workers)
    with closing(jobs):  # whatever stops this loop stops the workers now, not when the generator is collected
        for outcome in jobs:
            summary.outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return summary


def _run_local(videos: list[Path], config: IngestConfig, workers: int) -> Generator[IngestOutcome, None, None]:
    if workers <= 1 or len(videos) <= 1:
        for video in videos:
            yield process_one(config, video)
        return
    from concurrent.futures import as_completed

    from pipeline.core.processes import WorkerPool

    # spawned workers start clean (no inherited SQLite connections or threads); Ctrl-C, SIGTERM
    # or this generator closed stops them at once, and they end with this process
    with WorkerPool(workers) as pool:
        futures = {pool.submit(process_one, config, video): video for video in videos}
        for future in as_completed(futures):
            yield _result(future, futures[future])


def _result(future, video: Path) -> IngestOutcome:
    """A job's outcome; a worker that died (killed, out of memory) fails only its recording.
    Its claim goes stale and the next run takes the recording over."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, a lost Dask worker, ...
        log.error("%s: worker lost (%s)", video, type(exc).__name__)
        return IngestOutcome(
            str(video), "failed", None, f"{video}: worker lost ({type(exc).__name__})", int(ExitCode.PROCESSING)
        )


def _run_dask(videos: list[Path], config: IngestConfig, scheduler) -> Generator[IngestOutcome, None, None]:
    """`config` is what may travel: it holds no key (ingest_all made it with for_remote_workers)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ConfigError("--scheduler needs the 'distributed' package (pip install session-redactor[dask])") from None
    client = Client(scheduler, timeout="20s") if isinstance(scheduler, str) else scheduler
    try:
        futures = client.map(process_one, [config] * len(videos), [str(v) for v in videos], pure=False)
        paths = dict(zip(futures, videos))
        for future in as_completed(futures):
            yield _result(future, paths[future])
    finally:
        if client is not scheduler:
            client.close()


def watch(
    folder: Path,
    config: IngestConfig,
    *,
    workers: int = 1,
    scheduler=None,
    poll_s: float = 5.0,
    stop: threading.Event | None = None,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> IngestSummary:
    """Ingest what lands in `folder` until `stop` is set (or Ctrl-C). A file is taken once its
    size has stayed the same for one poll and its sidecar is there; sources are consumed, and
    what fails is moved to `folder/.failed` so it is not taken again at every poll."""
    if not folder.is_dir():
        raise InputError("not a folder", folder)
    config = replace(config, consume=True)
    stop = stop or threading.Event()
    sizes: dict[Path, int] = {}
    summary = IngestSummary()
    while True:
        ready = []
        for video in find_recordings([folder]):
            try:
                size = video.stat().st_size
            except FileNotFoundError:
                continue
            if sizes.get(video) == size and sidecar_path(video).exists():
                ready.append(video)
            sizes[video] = size
        if ready:
            part = ingest_all(ready, config, workers=workers, scheduler=scheduler, on_outcome=on_outcome)
            summary.outcomes.extend(part.outcomes)
            for video in ready:
                sizes.pop(video, None)
                if video.exists():  # not consumed: it failed; park it so it is not retried every poll
                    _park(video, folder / ".failed")
                else:
                    sidecar_path(video).unlink(missing_ok=True)
        if stop.wait(poll_s):
            return summary


def _park(video: Path, folder: Path) -> None:
    folder.mkdir(mode=0o700, exist_ok=True)
    for path in (video, sidecar_path(video)):
        if path.exists():
            os.replace(path, folder / path.name)
    log.warning("%s: could not be ingested; moved to %s", video, folder)


__all__ = ["IngestSummary", "find_recordings", "ingest_all", "watch"]
