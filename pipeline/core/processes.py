"""Child processes that never outlive or hang their parent, and SIGTERM handled like Ctrl-C.

The pipeline runs helpers in processes of their own (detection, the live renderer, a batch's
workers). Whatever ends the parent (an error, Ctrl-C, SIGTERM, SIGKILL, the OOM killer), they
must not live on (a renderer holding a raw recording open) nor keep the parent from exiting:

- **The parent decides when a child stops.** Ctrl-C reaches the whole process group and a
  service manager's SIGTERM the whole cgroup; a child that died of it on its own would race the
  parent's orderly stop, and print a KeyboardInterrupt traceback from wherever it was, its
  start-up included. So the parent blocks SIGINT and SIGTERM around a start (the mask survives
  fork and exec), and the child's first own act is to ignore both (which drops one that arrived
  meanwhile) before unblocking them.
- **A child watches its parent** through a lifeline: a pipe whose writing end only the parent
  holds. The kernel closes it however the parent ends; a thread in the child then removes what
  it was writing and exits at once. The parent stops a child the same way (closing its end),
  then kills it if it has not gone within a few seconds. A pipe rather than Linux's
  prctl(PR_SET_PDEATHSIG): portable, and tied to the process, not to the thread that started
  the child.
- **A wait on a child notices its death**: reads and bounded writes wait in short steps and
  check the child between them. A queue written to a stopped child never holds up the parent's
  exit (its feeder thread would wait forever on a full pipe that nobody reads any more).
"""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.util  # registers multiprocessing's exit hook before ours (atexit runs last-in first)
import os
import queue as queue_mod
import signal
import threading
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.core.errors import ProcessingError

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
POLL_S = 0.5  # how often a wait on a child checks that it still lives
STOP_GRACE_S = 5.0  # a child stopped through its lifeline exits at once; after this it is killed
PARENT_GONE_EXIT = 75  # a child's exit status when its lifeline closed (sysexits' EX_TEMPFAIL: work dropped)


def spawn_context() -> Any:
    """Children start from a fresh interpreter: no inherited threads, locks or loaded models."""
    return multiprocessing.get_context("spawn")


# -- the parent's side ------------------------------------------------------------------------


class Terminated(KeyboardInterrupt):
    """SIGTERM in the main process. A KeyboardInterrupt, so that it unwinds exactly as Ctrl-C
    does: children stopped, temporary files removed."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises Terminated in the main thread. Later SIGTERMs are ignored
    until the block is left, so that they cannot cut short the cleanup the first one started."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


@contextmanager
def starting_children() -> Iterator[None]:
    """Around anything that starts child processes: they begin with SIGINT and SIGTERM blocked
    (see ignore_stop_signals), and this process takes a stop signal that arrives meanwhile only
    once the start is over (a start cut in half leaves a child reading half its instructions)."""
    caught: list[int] = []
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        # another thread may receive the signal while this one blocks it; its handler would
        # still run here, in the main thread: record it instead
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, lambda got, frame: caught.append(got))
    masked = hasattr(signal, "pthread_sigmask")
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS) if masked else None
    try:
        yield
    finally:
        try:
            if old_mask is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)  # a pending one is recorded now
        finally:
            _restore_handlers(previous)
    if caught:
        signal.raise_signal(caught[0])  # now, to the handler it was meant for


def _restore_handlers(previous: dict[int, Any]) -> None:
    """Each one, even when a signal's own handler raises right after an earlier one is back."""
    if not previous:
        return
    (signum, handler), *rest = previous.items()
    try:
        signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
    finally:
        _restore_handlers(dict(rest))


_running: weakref.WeakSet[Child] = weakref.WeakSet()


class Child:
    """`target(*args)` in a spawned process that ignores stop signals and watches this one.

    `on_lost` (picklable) runs in the child when its lifeline closes, just before it exits:
    it removes what the child was writing. `writes` are the queues this process feeds the child.
    """

    def __init__(
        self,
        target: Callable[..., None],
        args: tuple[Any, ...] = (),
        *,
        name: str,
        on_lost: Callable[[], None] | None = None,
        writes: tuple[Any, ...] = (),
    ):
        self.name = name
        self._writes = writes
        reader, self._lifeline = spawn_context().Pipe(duplex=False)
        self.process = spawn_context().Process(
            target=_run_child, args=(reader, on_lost, target, args), name=name, daemon=True
        )
        _running.add(self)
        try:
            with starting_children():
                self.process.start()
        except BaseException:
            self.stop()
            raise
        finally:
            reader.close()  # the child holds its own copy; this process keeps only the writing end

    def is_alive(self) -> bool:
        return bool(self.process.is_alive())

    @property
    def exitcode(self) -> int | None:
        code: int | None = self.process.exitcode
        return code

    def join(self, timeout: float) -> bool:
        """Wait up to `timeout` s for the child to end by itself; True when it has."""
        if self.process.pid is not None:
            self.process.join(timeout)
        return not self.is_alive()

    def stop(self, grace_s: float = STOP_GRACE_S) -> None:
        """End the child now: close its lifeline (it exits at once), kill it if it has not gone
        after `grace_s`. Idempotent."""
        self._lifeline.close()
        if self.process.pid is not None and not self.join(grace_s):
            self.process.kill()
            self.process.join(grace_s)
        for channel in self._writes:
            channel.cancel_join_thread()  # what is still unsent has no reader any more
        _running.discard(self)

    def receive(self, channel: Any, block: bool = True) -> Any:
        """The next item the child put on `channel`; None when there is none and not `block`.
        Raises ProcessingError when the child ended with nothing left to read."""
        while True:
            try:
                return channel.get(timeout=POLL_S) if block else channel.get_nowait()
            except queue_mod.Empty:
                if not self.is_alive():
                    try:  # what it put just before it ended is in the pipe by now
                        return channel.get_nowait()
                    except queue_mod.Empty:
                        raise self._gone() from None
                if not block:
                    return None

    def send(self, channel: Any, item: Any) -> None:
        """Put on a bounded `channel`, waiting while it is full, but never on a child that ended."""
        while True:
            try:
                channel.put(item, timeout=POLL_S)
                return
            except queue_mod.Full:
                if not self.is_alive():
                    raise self._gone() from None

    def _gone(self) -> ProcessingError:
        return ProcessingError(f"{self.name} stopped (exit code {self.exitcode})")


@atexit.register
def _stop_running() -> None:
    """At exit, before multiprocessing's own hook: that one terminates daemonic children with
    SIGTERM, which ours ignore, and then waits for them without a limit."""
    for child in list(_running):
        child.stop()


# -- the child's side -------------------------------------------------------------------------


def _run_child(
    lifeline: Connection, on_lost: Callable[[], None] | None, target: Callable[..., None], args: tuple[Any, ...]
) -> None:
    ignore_stop_signals()
    watch_parent(lifeline, on_lost)
    target(*args)


def ignore_stop_signals(signals: tuple[int, ...] = STOP_SIGNALS) -> None:
    """A child's first act: `signals` ignored (one already pending is dropped), then both stop
    signals unblocked. The parent stops its children itself."""
    for signum in signals:
        signal.signal(signum, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def watch_parent(lifeline: Connection, on_lost: Callable[[], None] | None = None) -> None:
    """Exit as soon as `lifeline` closes: the parent closed it or ended, however it ended. The
    parent never writes to it, so it only becomes readable at its end."""

    def watch() -> None:
        try:
            wait([lifeline])
            if on_lost is not None:
                on_lost()
        finally:
            os._exit(PARENT_GONE_EXIT)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


# -- a pool of workers ------------------------------------------------------------------------


class WorkerPool:
    """Local worker processes under the same rules: they ignore Ctrl-C and exit when this process
    ends; leaving the block by an exception (Ctrl-C, SIGTERM, the consumer gone) stops them at
    once, not after every queued job as the executor's own shutdown would. A worker's own
    children watch the worker in turn."""

    def __init__(self, workers: int):
        context = spawn_context()
        self._reader, self._lifeline = context.Pipe(duplex=False)
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(self._reader,)
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        try:
            if exc_type is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._lifeline.close()  # the workers exit now; the executor finds them gone
            self._executor.shutdown(wait=True)
        finally:
            self._lifeline.close()
            self._reader.close()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        with starting_children():  # the executor starts its workers as jobs are submitted
            return self._executor.submit(fn, *args)


def _init_worker(lifeline: Connection) -> None:
    # SIGTERM keeps its default: the executor ends the workers of a broken pool with it
    ignore_stop_signals((signal.SIGINT,))
    watch_parent(lifeline)
