"""The analysis pass's settings, in one frozen dataclass.

Apart from the analyser so that its collaborators (words, schedule, backlog) can take it without
importing the analyser. Its repr is part of the plan's config hash: renaming or reordering a
field changes every plan's hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.analysis.changes import ChangeConfig
from pipeline.analysis.motion import MotionConfig
from pipeline.analysis.ocr import OcrConfig
from pipeline.analysis.track import TrackConfig


@dataclass(frozen=True, slots=True)
class AnalysisConfig:
    ocr: OcrConfig = field(default_factory=OcrConfig)
    change: ChangeConfig = field(default_factory=ChangeConfig)
    track: TrackConfig = field(default_factory=TrackConfig)
    motion: MotionConfig = field(default_factory=MotionConfig)
    max_cut_lines: int = 256  # lines remembered as read while cut by a scroll's edge
    line_band: int = 32  # pixels above/below a change searched for the whole text line
    context: int = 60  # pixels above/below changed lines handed to detection as context
    # A scroll changes the entering edge of its area in every frame: at 30 fps each row was
    # read (and the whole list analysed) five or six times while it came into view. What
    # scrolled in is read at most this often instead; the tracker reaches back over the frames
    # in between (track.Tracker._reach_back), so they are masked as if read. At 0.1 s a slowly
    # scrolled list was still read about twice per row (benchmarks: 0.2 s read 30 % fewer lines
    # and made 40 % fewer detection calls on a scrolling list, with no leak and the same utility).
    scroll_read_s: float = 0.2
    # ...but only while the scroll is slow enough that what came in stays in view this many
    # intervals: a fling is read in every frame.
    scroll_read_margin: int = 4
    # Small changes (a typed character, the caret, the pointer) are read at most this often:
    # a keystroke's line is read with the next ones, and a value found in it reaches back
    # over the frames since (the tracker's typing back-fill). A value shown whole for less
    # than this is still read: the read happens within this time, whatever comes next.
    typing_read_s: float = 0.25
    typing_max: int = 48  # pixels per side of a change box that counts as small
    # Grey frames analysed ahead of the tracker while detection catches up, in MB: enough to
    # go on reading through the detector's start (models load in a few seconds) and bursts
    # of text; about 100 frames at 1080p, a few seconds of video.
    waiting_mb: int = 200
