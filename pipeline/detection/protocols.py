"""What the analysis depends on: a detector (`DetectorLike`), a detection service that takes a
frame's words and gives back a `DetectionOutcome` per frame, in order (`DetectionService`).

This module is light on purpose: the analysing process imports it, while spaCy, Presidio and
the name lexicons (names.py, through memory.py) load only where a `Detector` is built (possibly
in another process, worker.py). The contract "The analysis process imports no detection
lexicon" in pyproject.toml keeps it so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from pipeline.core.types import Detection, InputField, Layout, OcrWord

if TYPE_CHECKING:
    from pipeline.detection.memory import ValueMemory


class DetectorLike(Protocol):
    def detect(self, layout: Layout, memory: ValueMemory | None = None) -> list[Detection]: ...

    def versions(self) -> dict[str, str]: ...

    def config_hash(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DetectionOutcome:
    """What detection made of one frame's words. `error` (an exception's type name) means the
    words could not be analysed: the frame must be masked whole."""

    detections: tuple[Detection, ...] = ()
    seconds: float = 0.0
    called: bool = False  # False when the cache answered
    error: str | None = None


class DetectionService:
    """Tickets in, outcomes out in the same order."""

    def submit(self, words: list[OcrWord], fields: Sequence[InputField] = ()) -> int:
        """Hand over a frame's words and the input fields around them (analysis/fields.py)."""
        raise NotImplementedError

    def poll(self, ticket: int, block: bool) -> DetectionOutcome | None:
        """The outcome of `ticket` (the oldest not yet taken), or None when not ready and not
        `block`."""
        raise NotImplementedError

    def versions(self) -> dict[str, str]:
        raise NotImplementedError

    def config_hash(self) -> str:
        raise NotImplementedError

    def close(self) -> None:
        pass
