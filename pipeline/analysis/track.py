"""Tracks: detections followed through time.

Rules, in the order they protect the customer:
- a box holds while the pixels under it stay: when its area is re-read and the value is not
  found again (OCR is not perfectly stable from frame to frame), the box is kept as long as
  most of its glyph pixels are unchanged since the value was last confirmed, or its glyphs are
  the same over new colours (a row selected, a cell hovered or focused: a redraw, not new text);
- a box whose value is partly covered (a window over part of it, sliding or not) stays over
  the part that still shows it, and comes back whole when the value shows whole again (also
  when the cover came in the frame a part of it was read: a part read is no shorter value); a
  box whose value stayed put while something moved beside or over it does not move with that,
  nor out of view with a window dragged over it;
- a value covered whole (a window over it, or moved over it) is remembered for a while, and
  boxed again, in its track, where part of it shows again unchanged as the window moves off; a
  move that may have covered a value rather than moved it leaves it remembered where it was;
- a box across two areas found moving apart by the same shift (a grid's columns) moves with both;
- a re-detection that overlaps a live box of the same kind on the same line continues that
  track (a value being typed grows its box; a re-read line confirms it); a value's own
  re-detection takes its track before another value's can;
- a new track reaches back over the frames where its area was being typed into, so a value is
  hidden from its first character, not from the keystroke that made it recognisable.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field

import cv2
import numpy as np

from pipeline.analysis.changes import ChangeConfig, change_mask, median_level
from pipeline.analysis.motion import LEAVING_EDGE, Motion
from pipeline.core.types import Box, Detection, Track, TrackSegment, intersecting

# the columns of one grid scrolled together, each measured apart, differ in shift by this much at
# most (phase correlation on different content: 91 and 97 px in one scroll of a CRM grid)
SPANNED_SHIFT_SPREAD = 12
POINTER_REACH = 0.3  # of a value's height: the pointer's spot reaches this far out of its rows
SPANNED_ONE_AREA = 0.9  # a box this much inside one area moves with that area alone
# Lines read with confidence in a box's rows that span this share of its columns read it
READ_WELL_SPAN = 0.6


@dataclass(frozen=True, slots=True)
class TrackConfig:
    hold_max_changed: float = 0.2  # a box whose area changed more than this is no longer held
    # a box whose glyph pixels changed this little from the frame before shows the same text
    # (encoder noise read again): a value found in it reaches back past that change; a typed
    # character changes a tenth of a value's glyphs
    still_max_changed: float = 0.02
    backfill_gap_s: float = 5.0  # typing pauses up to this long belong to the same value
    backfill_max_s: float = 30.0  # never reach back further than this (render may lag this much)
    typing_share: float = 0.5  # a change counts as typing into a box when this share of it lies inside
    # The mouse pointer's spot: a change no wider nor taller than this (pixels; an arrow or an
    # I-beam with what it left behind, up to a 2x screen's) reaching out of a value's rows by
    # more than POINTER_REACH of their height is the pointer crossing the value's line, not a
    # change of the value (_reach_back goes on over it)
    pointer_max: int = 48
    # A box partly covered keeps the parts that still show at least this share of its glyphs
    # (about a character of a 16-digit card number); the rest of it is covered.
    visible_min_ink: float = 0.05
    # A box whose pixels changed colour holds when its glyphs correlate this well with before
    # (measured: the same text redrawn light on blue 0.97-1.0, other text in its place 0.15-0.35).
    redraw_min_similarity: float = 0.8
    # A value covered whole (a window over it) is remembered this long: when part of it shows
    # again unchanged (the window moves off it), its box comes back over that part.
    hidden_max_s: float = 10.0
    # ...and a value a move may have covered rather than moved, where it was, this long
    ghost_max_s: float = 2.0
    uncover_min_ink: float = 0.2  # ...when that part holds at least this share of its glyphs
    # Fewer glyph pixels than this are no text to show (a box cut to a sliver at a list's edge):
    # a part of a box is kept, and a value looked for again, only with at least this many.
    min_glyph_pixels: int = 8


@dataclass(slots=True, eq=False)  # one live value is itself only (its fields hold pixel arrays)
class _Live:
    track: Track
    box: Box
    text_hash: str
    seg_start: int
    seg_start_s: float
    snapshot: np.ndarray  # grey pixels under the box when the value was last confirmed
    confirmed: int  # frame of the last detection that confirmed it
    # The box and its pixels before part of it was covered: `box` is what still shows of it.
    # Equal to box/snapshot while nothing covers it.
    whole: Box
    whole_snapshot: np.ndarray
    hidden_s: float = 0.0  # when it was covered whole (for a box no longer live)
    # the glyphs of its last snapshots, (snapshot, (ink, background)): see `glyphs`
    inks: list[tuple[np.ndarray, tuple[np.ndarray, int]]] = field(default_factory=list)
    # the rows of its line of text in its whole value's snapshot, (snapshot, rows): see `text_rows`
    rows: tuple[np.ndarray, tuple[int, int]] | None = None

    @property
    def covered(self) -> bool:
        return self.box != self.whole

    def glyphs(self, snapshot: np.ndarray) -> tuple[np.ndarray, int]:
        """The ink and background of `snapshot` (its `snapshot` or `whole_snapshot`), worked out
        once per snapshot: a covered value is compared with the frame every time its area
        changes, and its snapshots stay the same meanwhile."""
        for known, glyphs in self.inks:
            if known is snapshot:
                return glyphs
        glyphs = _ink_of(snapshot)
        self.inks = [(snapshot, glyphs), *self.inks[:1]]  # the box's and its whole value's
        return glyphs

    def text_rows(self) -> tuple[int, int]:
        """The rows of its whole value's line of text (`_text_rows`), once per snapshot."""
        snapshot = self.whole_snapshot
        if self.rows is None or self.rows[0] is not snapshot:
            self.rows = (snapshot, _text_rows(self.glyphs(snapshot)[0]))
        return self.rows[1]


def _ghost(live: _Live, pts_s: float) -> _Live:
    """A copy of `live`'s whole value, covered since `pts_s`, for a track of its own (numbered
    only if it shows again)."""
    t = live.track
    track = Track(0, t.entity_type, t.score, t.source, t.recognizer)
    return _Live(
        track,
        live.whole,
        live.text_hash,
        0,
        pts_s,
        live.whole_snapshot,
        live.confirmed,
        live.whole,
        live.whole_snapshot,
        pts_s,
        [(known, glyphs) for known, glyphs in live.inks if known is live.whole_snapshot],
    )


@dataclass(slots=True)
class _Change:
    frame: int
    pts_s: float
    boxes: tuple[Box, ...]
    bounds: Box  # around all of them: most changes are nowhere near a given value
    # the pixels that changed, without the lines read around them
    dirty: tuple[Box, ...] = ()


@dataclass
class Tracker:
    config: TrackConfig = field(default_factory=TrackConfig)
    change_config: ChangeConfig = field(default_factory=ChangeConfig)
    # keep every segment made, in order, until take_new_segments() hands it over (a renderer
    # that follows the analysis); off, nothing is kept
    follow: bool = False

    def __post_init__(self) -> None:
        self._live: list[_Live] = []
        self._hidden: deque[_Live] = deque()  # values covered whole, oldest first
        self._ghosts: deque[_Live] = deque()  # values a move may have covered, oldest first
        self._done: list[Track] = []
        self._history: deque[_Change] = deque()
        self._next_id = 1
        self._last_frame = -1
        self._last_pts = 0.0
        self._pts: dict[int, float] = {}
        self._moves: deque[tuple[int, Box, int, int]] = deque()  # (frame, area, dx, dy)
        self._new_segments: list[tuple[int, TrackSegment]] = []  # (track id, segment), with `follow`
        self._previous: tuple[int, np.ndarray] | None = None  # the last frame's index and pixels
        # the lines of text read with confidence, those read without, and the areas read, per
        # frame read: (frame, pts, legible, illegible, read); a finding of `_unread_type` (text
        # no pass read) does not reach back over a frame that read its place well (`lines_read`)
        self._reads: deque[tuple[int, float, tuple[Box, ...], tuple[Box, ...], tuple[Box, ...]]] = deque()
        self._unread_type: str | None = None

    # --- public -------------------------------------------------------------------------

    def live_boxes(self) -> list[Box]:
        return [live.box for live in self._live]

    def take_new_segments(self) -> list[tuple[int, TrackSegment]]:
        """(track id, segment) of every segment made since the last call, in the order made.
        Needs `follow`."""
        if not self.follow:
            raise RuntimeError("the tracker keeps new segments only when made with follow=True")
        new, self._new_segments = self._new_segments, []
        return new

    def open_segments(self) -> list[tuple[int, int, Box]]:
        """(track id, start frame, box) of every box still held: it covers every frame from its
        start to now."""
        return [(live.track.track_id, live.seg_start, live.box) for live in self._live]

    def end_read(
        self, frame: int, pts_s: float, grey: np.ndarray, entity_type: str, unread: Callable[[Box], Box | None]
    ) -> None:
        """End before `frame` the boxes of `entity_type` held from earlier frames whose place
        was read in this one (`unread(box)` is None: text no pass could read, read now, see
        analysis/unread.py `unread_part`); a box of which part was read is cut to what is
        left (`unread(box)`, a smaller box) from `frame` on."""
        for live in [live for live in self._live if live.track.entity_type == entity_type]:
            if live.confirmed < frame and live.seg_start < frame:
                rest = unread(live.box)
                if rest is None:
                    self._close(live, frame - 1, self._pts_before(frame))
                    self._live.remove(live)
                elif rest != live.box:
                    self._relocate(live, rest, frame, pts_s, grey)

    def lines_read(
        self, frame: int, entity_type: str, legible: Sequence[Box], illegible: Sequence[Box], read: Sequence[Box] = ()
    ) -> None:
        """`frame`'s lines of text read with confidence (`legible`) and without (`illegible`,
        each a finding of `entity_type`), in the areas it read (`read`). A finding of that type
        made later does not reach back over a frame that read its place with confidence: the
        pixels it reaches back over are those that frame read (the tracker reaches back only
        while they do not change), and its reading stands for them. A form's labels read well
        for 10 s after a scroll were masked for all of it at a low bitrate: the first frame of
        the next scroll blurred them, the weak reading there became unread text, and its box
        reached back over the still frames (checkout_payment, crf 36). Nor do the small
        changes before it (taken for typing) reach back past a frame that read them and found
        no unread line there: the pointer moving about under a label, each move read."""
        self._unread_type = entity_type
        if legible or read:
            pts_s = self._pts.get(frame, self._last_pts)
            self._reads.append((frame, pts_s, tuple(legible), tuple(illegible), tuple(read)))

    def update(
        self,
        frame: int,
        pts_s: float,
        grey: np.ndarray,
        analysed: list[Box],
        detections: list[Detection],
        dirty: list[Box] | None = None,
    ) -> None:
        """Take one frame's analysis (call it for every frame, in order): `analysed` are the
        areas read again in this frame and `detections` what was found in and around them;
        `dirty`: the pixels that changed among them (None: all of `analysed`)."""
        self._pts[frame] = pts_s
        self._remember(frame, pts_s, analysed, analysed if dirty is None else dirty)
        if self._hidden or self._ghosts:
            self._uncover(frame, pts_s, grey, analysed)
        # a partly covered box is watched over its whole value: it is shown whole again there
        watched = [live.whole for live in self._live]
        affected = [live for live, hit in zip(self._live, intersecting(watched, analysed)) if hit]
        # Each live track takes at most one detection per frame: two values on neighbouring
        # lines (street, then city) must not pull one box back and forth between them.
        confirmed: set[int] = set()
        # A value found again takes its own track first, before a finding of another value can
        # take that track as its neighbour's (each track takes one finding per frame).
        held = {(live.text_hash, live.box) for live in self._live}
        returning = [d for d in detections if any(h == d.text_hash and b.intersects(d.box) for h, b in held)]
        for det in returning + [d for d in detections if not any(d is r for r in returning)]:
            live = self._match(det, confirmed)
            if live is None:
                live = self._start(det, frame, pts_s, grey)
            else:
                self._confirm(live, det, frame, pts_s, grey)
            confirmed.add(id(live))
        for live in affected:
            if id(live) not in confirmed:
                self._recheck(live, frame, pts_s, grey)
        self._last_frame, self._last_pts = frame, pts_s
        self._previous = (frame, grey)

    def moves(self, frame: int, pts_s: float, grey: np.ndarray, motions: list[Motion]) -> None:
        """All of one frame's moves (see `move`). Areas found apart that moved alike (the
        columns of a grid scrolled together, each found as an area of its own) move a box that
        reaches over two of them as one: its value lies across both, and moved with them."""
        across: set[int] = set()
        if len(motions) > 1 and self._live:
            for live, joined in self._across(grey, motions):
                self._move_box(live, frame, pts_s, grey, joined)
                across.add(id(live))
        for motion in motions:
            self.move(frame, pts_s, grey, motion, across)

    def move(self, frame: int, pts_s: float, grey: np.ndarray, motion: Motion, skip: Set[int] = frozenset()) -> None:
        """Boxes over content that scrolled or moved follow it (from this frame on). A box
        that scrolls out of the area is cut to what is still inside, and ends when nothing is.
        Boxes whose id is in `skip` were moved already."""
        self._moves.append((frame, motion.area, motion.dx, motion.dy))
        moving = motion.moved_part()  # a sticky header at its leaving edge does not move
        for live in list(self._live):
            if live.box.intersects(moving) and id(live) not in skip:
                self._move_box(live, frame, pts_s, grey, motion)

    def _move_box(self, live: _Live, frame: int, pts_s: float, grey: np.ndarray, motion: Motion) -> None:
        moved, sure = self._moved_with(live, grey, motion)
        if not moved:
            # Its value stayed where it was: what moved is beside it or over it (a window
            # sliding over part of it). The box keeps what still shows of it.
            self._recheck(live, frame, pts_s, grey)
            return
        new_box = live.box.shift(motion.dx, motion.dy)
        # moved under what stays at the area's edge (a sticky header): out of view there
        moving = motion.moved_part()
        inside = new_box.intersection(moving) if new_box.intersects(moving) else None
        if inside is not None and inside.area < 0.2 * live.box.area:
            inside = None  # what the move leaves of it in the area: a sliver at most
        # A padded box often reaches past its text into pixels that did not move with it (a
        # window edge): it follows the move when most of what is under it did.
        if inside is not None and not motion.still(inside, tolerance=0.3) and inside.area >= 0.6 * new_box.area:
            return  # did not move with the area: left to the normal checks (the box stays)
        if inside is None and self._shows_at(live, grey, new_box):
            # The shift takes it out of the area, into pixels that did not change: the same text
            # was there before it (a column that repeats one value row after row, of which only
            # the rows that differ are found moving). It shows there whole: the box follows it.
            inside = new_box
        if inside is None and not sure and self._stays_beside(live, grey, motion):
            # The move would take it out of view, but part of it still shows where it was: it
            # stayed, and what moved is a window whose edge came over it (dragged up or left,
            # its edge takes as much of the value as the move's shift, which takes that part
            # out of the area again). The box keeps what still shows, in every frame.
            self._recheck(live, frame, pts_s, grey)
            return
        if not sure and self._has_glyphs(live) and not self._copied(live):
            # It may as well have been covered where it was: remembered there too, it comes
            # back where part of it shows again (`_uncover`).
            self._ghosts.append(_ghost(live, pts_s))
        if inside is None:
            self._close(live, frame, pts_s)  # kept over this frame: a sliver may remain
            self._live.remove(live)
            return
        self._relocate(live, inside, frame, pts_s, grey)

    def _stays_beside(self, live: _Live, grey: np.ndarray, motion: Motion) -> bool:
        """Whether part of the value still shows where it was, beside what moved (a window's
        edge came over the rest of it). Inside the moved area the move explains the pixels:
        what matches there came with it (a column whose values all open with one glyph, a
        bracket: the next row's, scrolled into the place of the one that left)."""
        part = self._in_place(live, grey)
        return part is not None and not motion.still(part)

    def _across(self, grey: np.ndarray, motions: list[Motion]) -> list[tuple[_Live, Motion]]:
        """The live boxes that reach over two of `motions`' areas moved by the same shift, each
        with one motion joined from those two."""
        boxes = np.array([live.box.to_tuple() for live in self._live], np.int64)
        areas = np.array([m.area.to_tuple() for m in motions], np.int64)
        hit = (
            (boxes[:, None, 0] < areas[None, :, 0] + areas[None, :, 2])
            & (areas[None, :, 0] < boxes[:, None, 0] + boxes[:, None, 2])
            & (boxes[:, None, 1] < areas[None, :, 1] + areas[None, :, 3])
            & (areas[None, :, 1] < boxes[:, None, 1] + boxes[:, None, 3])
        )
        out = []
        for i in np.nonzero(hit.sum(axis=1) >= 2)[0]:
            by_shift: dict[tuple[int, int], list[Motion]] = {}
            for j in np.nonzero(hit[i])[0]:
                by_shift.setdefault((motions[j].dx, motions[j].dy), []).append(motions[j])
            alike = max(by_shift.values(), key=len)
            # two areas: a value across two neighbouring cells (a reader that joined a cell with
            # the next); a box across more is a line of the grid, left to each area's move
            joined = _joined(grey, alike, self._live[i].box, self.change_config) if len(alike) == 2 else None
            if joined is not None:
                out.append((self._live[i], joined))
        return out

    def finish(self) -> list[Track]:
        """Close every live track at the last frame seen and return all tracks by start."""
        for live in self._live:
            self._close(live, self._last_frame, self._last_pts)
        self._live.clear()
        self._end_hidden(self._hidden, len(self._hidden))
        self._ghosts.clear()
        return sorted(self._done, key=lambda t: (t.start_frame, t.track_id))

    # --- internals ----------------------------------------------------------------------

    def _remember(self, frame: int, pts_s: float, analysed: list[Box], dirty: list[Box]) -> None:
        bounds = Box.union_all(analysed)
        if bounds is not None:
            self._history.append(_Change(frame, pts_s, tuple(analysed), bounds, tuple(dirty)))
        while self._history and pts_s - self._history[0].pts_s > self.config.backfill_max_s:
            self._history.popleft()
        while self._moves and pts_s - self._pts.get(self._moves[0][0], pts_s) > self.config.backfill_max_s:
            self._moves.popleft()
        while self._reads and pts_s - self._reads[0][1] > self.config.backfill_max_s:
            self._reads.popleft()

    def _match(self, det: Detection, taken: set[int]) -> _Live | None:
        best: _Live | None = None
        best_score = 0.0
        for live in self._live:
            if id(live) in taken or not det.box.intersects(live.box):
                continue
            same_value = det.text_hash == live.text_hash
            if not same_value and (det.entity_type != live.track.entity_type or not _same_line(det.box, live.box)):
                continue
            score = det.box.iou(live.box) + (1.0 if same_value else 0.0)
            if best is None or score > best_score:
                best, best_score = live, score
        return best

    def _start(self, det: Detection, frame: int, pts_s: float, grey: np.ndarray) -> _Live:
        track = Track(self._next_id, det.entity_type, det.score, "auto", det.recognizer)
        self._next_id += 1
        earliest, earliest_box = frame, det.box
        read = det.entity_type == self._unread_type
        still = self._still(det.box, frame, grey)
        for first, last, box in self._reach_back(det.box, frame, pts_s, still=still, unless_read=read):
            self._add(track, TrackSegment(first, last, box, self._pts.get(first, 0.0), self._pts.get(last, 0.0)))
            if first < earliest:
                earliest, earliest_box = first, box
        # typed where the value was before the frames reached back over: a command typed at a
        # shell prompt is often read only after Enter scrolled the terminal
        start, start_s = self._typing_start(earliest_box, earliest, self._pts.get(earliest, pts_s))
        if read and start < earliest:
            # nor does it go back over the small changes before it (taken for typing: the
            # pointer moving about a label) past the last frame that read its place well
            start, start_s = self._after_read(earliest_box, start, start_s, earliest)
        if start < earliest:
            self._add(track, TrackSegment(start, earliest - 1, earliest_box, start_s, self._pts_before(earliest)))
        snapshot = _crop(grey, det.box)
        live = _Live(track, det.box, det.text_hash, frame, pts_s, snapshot, frame, det.box, snapshot)
        self._live.append(live)
        return live

    def _after_read(self, box: Box, start: int, start_s: float, frame: int) -> tuple[int, float]:
        """`start` (its time `start_s`), or, should a frame from it to before `frame` have read
        the place of `box` with confidence or read changes in it and found no unread line there
        (`lines_read`), the first small change inside `box` after the last such frame (`frame`
        if none): the frames between showed what that frame read."""
        for g, _, legible, illegible, read in reversed(self._reads):
            if g < start:
                break
            if g >= frame:
                continue
            clear = any(area.intersects(box) for area in read) and not any(line.intersects(box) for line in illegible)
            if clear or _read_well(box, legible, illegible):
                typed = [
                    c
                    for c in self._history
                    if g < c.frame < frame
                    and c.bounds.intersects(box)
                    and any(self._is_typing(b, box) for b in c.boxes)
                ]
                first = min(typed, key=lambda c: c.frame, default=None)
                return (frame, self._pts.get(frame, start_s)) if first is None else (first.frame, first.pts_s)
        return start, start_s

    def _still(self, box: Box, frame: int, grey: np.ndarray) -> bool:
        """Whether the pixels under `box` show in this frame what they showed in the frame
        before: an area read again because the encoder's noise changed it (a low-bitrate
        copy's key frame) holds the same text, which an earlier read of it may have missed."""
        if self._previous is None or self._previous[0] != frame - 1:
            return False
        before, after = _crop(self._previous[1], box), _crop(grey, box)
        return (
            before.shape == after.shape
            and before.size > 0
            and self._glyph_change(before, after) <= self.config.still_max_changed
        )

    def _reach_back(
        self, box: Box, frame: int, pts_s: float, after: int = -1, *, still: bool = False, unless_read: bool = False
    ) -> list[tuple[int, int, Box]]:
        """Runs (first, last, box) of the frames before `frame` (and after `after`) that showed
        the value found at `box`: following the recorded scrolls back (a row that scrolled into
        view was partly visible before it was read) and over frames where nothing changed under
        it (a value read late, after the frames that showed it: a deferred read, a re-read that
        found what an earlier reading missed). Stops where its pixels changed in place; a
        change in `frame` itself does not stop it when the pixels are `still` those of the frame
        before (noise read again). With `unless_read`, none at all should a frame it reaches
        back to have read its place with confidence (`lines_read`): the frames since showed what
        that frame read."""
        moves_at: dict[int, list[tuple[Box, int, int]]] = {}
        for g, area, dx, dy in self._moves:
            moves_at.setdefault(g, []).append((area, dx, dy))
        changed_at = {change.frame: change for change in self._history}
        reads = {f: (legible, illegible) for f, _, legible, illegible, _ in self._reads} if unless_read else {}
        runs: list[tuple[int, int, Box]] = []
        position, g = box, frame
        while True:
            # a move carries the value when most of it lies in the area (not a window sliding
            # over one end of it)
            step = _spanned_step(moves_at.get(g, ()), position) or next(
                (
                    (a, ((dx, dy),))
                    for a, dx, dy in moves_at.get(g, ())
                    if a.intersects(position) and 2 * a.intersection(position).area >= position.area
                ),
                None,
            )
            if step is not None:
                area, shifts = step
                before = Box.union_all(position.shift(-dx, -dy) for dx, dy in shifts)
                assert before is not None
                if not before.intersects(area):
                    break
                position = before.intersection(area)
            elif (
                g in changed_at
                and not (still and g == frame)
                and changed_at[g].bounds.intersects(position)
                and any(b.intersects(position) for b in changed_at[g].boxes)
                and self._changed_under(changed_at[g], position)
            ):
                break  # it changed in place in frame g: not shown like this before
            g -= 1
            if g <= after or g not in self._pts or pts_s - self._pts[g] > self.config.backfill_max_s:
                break
            if g in reads and _read_well(position, *reads[g]):
                return []
            if runs and runs[-1][2] == position:
                runs[-1] = (g, runs[-1][1], position)
            else:
                runs.append((g, g, position))
        return runs

    def _changed_under(self, change: _Change, position: Box) -> bool:
        """Whether the pixels of `position` changed in `change`: some of them did, other than
        the mouse pointer's spot crossing its rows (a small change reaching out of them well
        above or below: a value's own letters typed or replaced stay in its rows). The lines
        read around the pointer's spot are no change of theirs: a value found only when the
        pointer crossed its line (its first reading missed it) was shown before as it is."""
        reach = POINTER_REACH * position.h
        limit = self.config.pointer_max
        return any(b.intersects(position) and not self._pointer_spot(b, position, reach, limit) for b in change.dirty)

    @staticmethod
    def _pointer_spot(b: Box, position: Box, reach: float, limit: int) -> bool:
        """A changed box that is the pointer's spot over `position`: small, taller than wide (an
        arrow, an I-beam, crossing the line up or down), under half the value's width, and
        reaching out of its rows above or below (a value's own letters, a field's new content
        stay in its rows, or are wider)."""
        return (
            b.w <= limit
            and b.h <= limit
            and b.w < b.h
            and 2 * b.w < position.w
            and (b.y < position.y - reach or b.y2 > position.y2 + reach)
        )

    def _relocate(
        self, live: _Live, box: Box, frame: int, pts_s: float, grey: np.ndarray, *, whole: bool = True
    ) -> None:
        """The box is `box` from this frame on: the whole value's (moved, grown, shown whole
        again), or with `whole` False, the part of it that still shows."""
        if live.seg_start < frame:
            self._add(
                live.track, TrackSegment(live.seg_start, frame - 1, live.box, live.seg_start_s, self._pts_before(frame))
            )
        live.box, live.seg_start, live.seg_start_s = box, frame, pts_s
        live.snapshot = _crop(grey, box)
        if whole:
            live.whole, live.whole_snapshot = box, live.snapshot

    def _recheck(self, live: _Live, frame: int, pts_s: float, grey: np.ndarray) -> None:
        """The pixels under the box changed and the value was not found again there: keep the
        box while they still show it (or over the part that does), else end it."""
        height, width = grey.shape
        if live.covered:
            # what shows of the whole value now: the cover may have moved off part of it
            whole = _crop(grey, live.whole)
            if whole.shape == live.whole_snapshot.shape:
                glyphs = live.glyphs(live.whole_snapshot)
                changed = change_mask(live.whole_snapshot, whole, self.change_config)
                if self._held(live.whole_snapshot, whole, glyphs, changed):
                    self._relocate(live, live.whole, frame, pts_s, grey)  # uncovered: the value shows whole again
                    return
                changed, ink = self._over_text(live, changed, glyphs[0])
                visible = self._visible_part(live.whole_snapshot, live.whole, whole, width, height, ink, changed)
                if self._part_holds(live, grey):
                    # the part of it read last still shows (another value may have taken the
                    # whole value's place under the cover): it stays boxed
                    visible = live.box if visible is None else visible.union(live.box)
                elif live.snapshot is not live.whole_snapshot:
                    # ...or what of that part still shows beside a cover come over it since: a
                    # label redrawn with a shorter value (read as a part of the longer one that
                    # stood there) under a drawer sliding in over its end (shipping_labels)
                    part = self._shown_part(live, grey, live.box, live.snapshot)
                    if part is not None:
                        visible = part if visible is None else visible.union(part)
                self._keep_visible(live, visible, frame, pts_s, grey)
                return
        visible = self._in_place(live, grey)
        if visible == live.box:
            # its text shows as it was: other text may have come into its padding (a row
            # scrolled under a frozen header whose band the box held)
            rows = self._clear_of_text_beside(live, grey)
            if rows is not None:
                self._relocate(live, rows, frame, pts_s, grey)
                return
        self._keep_visible(live, visible, frame, pts_s, grey)

    def _clear_of_text_beside(self, live: _Live, grey: np.ndarray) -> Box | None:
        """The box cut to the rows of its text where other text now shows in the rows around
        them, which held no glyphs of it; None when nothing else shows there. A box confirmed
        over a row hidden under a spreadsheet's frozen column letters (a word kept from before
        the scroll, box and all) shows the band's letters alone: held by them, it hid the top
        of whatever row scrolled under it since (the header row, scrolled back). Only the rows
        of its own text are its value's; the rest of the box was padding."""
        snapshot = live.snapshot
        crop = _crop(grey, live.box)
        if snapshot is not live.whole_snapshot or crop.shape != snapshot.shape:
            return None
        ink, background = live.glyphs(snapshot)
        h, w = ink.shape
        y1, y2 = live.text_rows()
        reach = self.change_config.blur // 2 + 1
        top, bottom = max(y1 - reach, 0), min(y2 + reach, h)
        if top == 0 and bottom == h:
            return None
        outside = np.concatenate([crop[:top], crop[bottom:]]).astype(np.int16)
        before = np.concatenate([snapshot[:top], snapshot[bottom:]]).astype(np.int16)
        if not outside.size or int(np.abs(outside - before).max()) <= 48:
            return None  # nothing stands out there that was not there before (cheap: most calls)
        least = self.config.min_glyph_pixels
        padding = ink & ~_lines(ink)
        if int(padding[:top].sum()) + int(padding[bottom:].sum()) >= least:
            return None  # glyphs of it (another line of the value) lie there: all of it stays
        # against its own background, lines and blocks apart (a window's edge, a border: they
        # run through its rows too)
        now = _ink(crop, background)
        new = now & ~_lines(now) & ~cv2.dilate(ink.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
        new[top:bottom] = False
        count = int(new.sum())
        if count < 2 * least or count > 0.6 * (h - bottom + top) * w:
            return None
        origin = live.box.clip(grey.shape[1], grey.shape[0])
        return Box(origin.x, origin.y + top, origin.w, bottom - top)

    def _whole_shown(self, live: _Live, grey: np.ndarray) -> Box | None:
        """What of the whole value (`whole`) shows as it was: all of it, the part beside what
        changed (a cover), or None."""
        return self._shown_part(live, grey, live.whole, live.whole_snapshot)

    def _shows_at(self, live: _Live, grey: np.ndarray, box: Box) -> bool:
        """Whether the value its box holds shows at `box` (of the same size), as it was."""
        crop = _crop(grey, box)
        if crop.shape != live.snapshot.shape:
            return False
        glyphs = live.glyphs(live.snapshot)
        if int(glyphs[0].sum()) < self.config.min_glyph_pixels:
            return False
        return self._glyph_change(live.snapshot, crop, glyphs) <= self.config.hold_max_changed

    def _in_place(self, live: _Live, grey: np.ndarray) -> Box | None:
        """What of the value its box holds still shows there: the box when its pixels still
        show it, else the part beside what changed (a cover), or None when nothing does."""
        return self._shown_part(live, grey, live.box, live.snapshot)

    def _shown_part(self, live: _Live, grey: np.ndarray, box: Box, snapshot: np.ndarray) -> Box | None:
        """What of `snapshot` (taken at `box`) shows there as it was: `box` when its pixels
        still show it, else the part beside what changed, or None. Only the whole value's
        snapshot knows where its text rows are (`_over_text`)."""
        crop = _crop(grey, box)
        if crop.shape != snapshot.shape:
            return None
        glyphs = live.glyphs(snapshot)
        changed = change_mask(snapshot, crop, self.change_config)
        if self._held(snapshot, crop, glyphs, changed):
            return box
        ink = glyphs[0]
        if snapshot is live.whole_snapshot:
            changed, ink = self._over_text(live, changed, ink)
        height, width = grey.shape
        return self._visible_part(snapshot, box, crop, width, height, ink, changed)

    def _part_holds(self, live: _Live, grey: np.ndarray) -> bool:
        """Whether the part of a covered value its box holds (as last read, or as cut to what
        showed) still shows as it was. Under the cover the whole value may have been replaced
        by another, which shows nothing of the first once the cover moves off: a part read
        beside the cover since is of the other, and must stay boxed."""
        if live.snapshot is live.whole_snapshot:
            return False
        crop = _crop(grey, live.box)
        return crop.shape == live.snapshot.shape and self._held(live.snapshot, crop, live.glyphs(live.snapshot))

    def _keep_visible(self, live: _Live, visible: Box | None, frame: int, pts_s: float, grey: np.ndarray) -> None:
        if visible is None:
            # Nothing of the value shows any more: the box ends with this frame (kept over it:
            # the change may still show part of the value). Covered, not gone, it may show again.
            self._close(live, frame, pts_s, hidden=self._has_glyphs(live))
            self._live.remove(live)
        elif visible != live.box:
            self._relocate(live, visible, frame, pts_s, grey, whole=False)

    def _uncover(self, frame: int, pts_s: float, grey: np.ndarray, analysed: list[Box]) -> None:
        """Values covered whole whose area changed: the part of each that shows again
        unchanged (a window moved off it) is boxed again, in its track."""
        for kept, most in ((self._hidden, self.config.hidden_max_s), (self._ghosts, self.config.ghost_max_s)):
            expired = 0
            for live in kept:
                if pts_s - live.hidden_s <= most:
                    break
                expired += 1
            self._end_hidden(kept, expired)
            if not kept or not analysed:
                continue
            height, width = grey.shape
            hidden = list(kept)
            for live, hit in zip(hidden, intersecting([h.whole for h in hidden], analysed)):
                if not hit:
                    continue
                whole = _crop(grey, live.whole)
                if whole.shape != live.whole_snapshot.shape:
                    continue
                visible = self._shows_again(live, whole, width, height)
                if visible is None:
                    continue
                kept.remove(live)
                if live.track.track_id == 0 and self._boxed_already(live, visible, frame, pts_s, grey):
                    continue
                if live.track.track_id == 0:
                    live.track.track_id = self._next_id
                    self._next_id += 1
                live.box, live.seg_start, live.seg_start_s = visible, frame, pts_s
                live.snapshot = _crop(grey, visible)
                self._live.append(live)

    def _boxed_already(self, copy: _Live, visible: Box, frame: int, pts_s: float, grey: np.ndarray) -> bool:
        """Whether a copy of a value (`_ghost`), showing again at `visible`, shows where a box
        is already: inside any box, or partly under a box of the same value on its line (the
        value moved there, a list scrolled back: that box grows over the copy's part). Either
        way the copy takes no track of its own."""
        if any(other.box.contains(visible) for other in self._live):
            return True
        for other in self._live:
            if other.text_hash == copy.text_hash and other.box.intersects(visible) and _same_line(other.box, visible):
                self._relocate(other, other.box.union(visible), frame, pts_s, grey, whole=not other.covered)
                return True
        return False

    def _copied(self, live: _Live) -> bool:
        """Whether a copy of `live`'s value at its place waits to show again already (a list
        scrolled back and forth under a header passes the same places again)."""
        return any(copy.text_hash == live.text_hash and copy.whole == live.whole for copy in self._ghosts)

    def _has_glyphs(self, live: _Live) -> bool:
        """Whether the whole value shows glyphs to look for again once it is covered."""
        return int(live.glyphs(live.whole_snapshot)[0].sum()) >= self.config.min_glyph_pixels

    def _shows_again(self, live: _Live, whole: np.ndarray, width: int, height: int) -> Box | None:
        """The part of a covered value (its pixels now: `whole`) that shows again unchanged,
        if that holds a fair share of its glyphs (`uncover_min_ink`): a sliver of matching
        pixels along the cover's edge (a line, a border) is no evidence that it is back."""
        snapshot = live.whole_snapshot
        glyphs = live.glyphs(snapshot)
        changed = change_mask(snapshot, whole, self.change_config)
        if self._glyph_change(snapshot, whole, glyphs, changed) <= self.config.hold_max_changed:
            return live.whole
        changed, ink = self._over_text(live, changed, glyphs[0])
        visible = self._visible_part(snapshot, live.whole, whole, width, height, ink, changed)
        if visible is None:
            return None
        local = visible.shift(-live.whole.x, -live.whole.y).clip(ink.shape[1], ink.shape[0])
        shown = int(ink[local.y : local.y2, local.x : local.x2].sum())
        return visible if shown >= self.config.uncover_min_ink * int(ink.sum()) else None

    def _over_text(self, live: _Live, changed: np.ndarray, ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The changes `changed` of `live`'s whole value and its glyphs `ink`, over the rows of
        its text alone: only those can cover it, and only those show it. The edge of a window
        that lay in the box's padding beside the text (a title bar under a row), gone as the
        window moves off, or come as it moves over the row, changes rows of the box that hold
        none of it; and a field's borders in the padding (gone with the page) are no part of
        the value left showing beside a cover."""
        rows = live.text_rows()
        over = _over_rows(changed, rows, self.change_config.blur // 2)
        if over is changed:
            return changed, ink
        text_ink = np.zeros_like(ink)
        text_ink[rows[0] : rows[1]] = ink[rows[0] : rows[1]]
        return over, text_ink

    def _end_hidden(self, kept: deque[_Live], count: int) -> None:
        """The `count` oldest values covered whole are not looked for again: their tracks end."""
        for _ in range(count):
            track = kept.popleft().track
            if track.segments:  # else a copy that never showed
                track.segments.sort(key=lambda s: s.start_frame)
                self._done.append(track)

    def _visible_part(
        self,
        snapshot: np.ndarray,
        box: Box,
        crop: np.ndarray,
        width: int,
        height: int,
        ink: np.ndarray | None = None,
        changed: np.ndarray | None = None,
    ) -> Box | None:
        """The part of `box` (its pixels when the value showed: `snapshot`; now: `crop`)
        whose pixels did not change and still show some of the value,
        when the change covers only part of it (a window over its end, a popup over its
        middle); None when no such part is left. The changed pixels' bounds are taken as the
        cover: what lies beside it on each side, holding glyphs, still shows the value.
        `ink`, `changed`: `snapshot`'s glyphs and the change mask between the two, where known."""
        if changed is None:
            changed = change_mask(snapshot, crop, self.change_config)
        bounds = _change_bounds(changed)
        if bounds is None:
            return box
        h, w = crop.shape
        x1, y1, x2, y2 = bounds
        sides = (Box(0, 0, w, y1), Box(0, y2, w, h - y2), Box(0, 0, x1, h), Box(x2, 0, w - x2, h))
        if ink is None:
            ink = _ink(snapshot)
        least = max(self.config.min_glyph_pixels, self.config.visible_min_ink * int(ink.sum()))
        # the change mask is blurred: the cover's edge reaches a pixel or two into what still
        # shows, so each side kept takes that much of the cover back
        reach = self.change_config.blur // 2 + 1
        grown = (
            Box(0, 0, w, y1 + reach),
            Box(0, y2 - reach, w, h - y2 + reach),
            Box(0, 0, x1 + reach, h),
            Box(x2 - reach, 0, w - x2 + reach, h),
        )
        kept = [
            g.clip(w, h)
            for b, g in zip(sides, grown)
            if not b.empty and _shows_text(ink[b.y : b.y2, b.x : b.x2], least)
        ]
        if not kept:
            return None
        # Several sides (a popup over the middle, a window over a corner): the box around them
        # all, over part of the cover too, rather than a side left showing.
        union = Box.union_all(kept)
        assert union is not None
        origin = box.clip(width, height)
        return union.shift(origin.x, origin.y)

    def _moved_with(self, live: _Live, grey: np.ndarray, motion: Motion) -> tuple[bool, bool]:
        """Whether the value under the box moved with `motion`'s area: its glyphs match the
        frame where the move takes them at least as well as where they were. A window sliding
        over a value changes the area around its edge, and the shift explains that area's new
        pixels, not the value's: what shows of the value is still where it was, and stays.
        And whether that is sure: a window moving over a value (its top edge sliding up over
        a row) leaves the value's glyphs neither where the move takes them nor where they
        were, and a box taken out of view by the move may have been covered, not moved."""
        height, width = grey.shape
        origin = live.box.clip(width, height)
        snapshot = live.snapshot
        if snapshot.shape != (origin.h, origin.w):
            return True, True
        glyphs = None  # the snapshot's ink and background, counted only where needed
        if not motion.area.contains(origin):
            glyphs = live.glyphs(snapshot)
            total = int(glyphs[0].sum())
            if total == 0:
                return True, True
            # most of its glyphs outside the area: the area's edge runs across the value
            local = motion.area.shift(-origin.x, -origin.y).clip(origin.w, origin.h)
            if 2 * int(glyphs[0][local.y : local.y2, local.x : local.x2].sum()) < total:
                return False, True
        target = origin.shift(motion.dx, motion.dy).clip(width, height)
        if not target.intersects(motion.area):
            return True, False  # moved out of view (the caller ends it), or covered
        # the part of the box that the move keeps inside the frame and the area, at its new place,
        # less what went under a cover at the area's edge (a sticky header)
        inside = target.intersection(motion.area)
        shown = self._clear_of_cover(live, grey, motion, inside)
        if shown is None:
            return True, False  # moved out of view under it (the caller ends it), or covered
        moved, sure = self._moved_to(live, grey, motion, shown, glyphs)
        # what went under the cover is covered, not moved: remembered where it was, it is boxed
        # again as the list scrolls back out from under it
        return moved, sure and shown == inside

    def _moved_to(
        self, live: _Live, grey: np.ndarray, motion: Motion, target: Box, glyphs: tuple[np.ndarray, int] | None
    ) -> tuple[bool, bool]:
        """`_moved_with` for the part of the box that the move takes to `target`: whether its
        glyphs match there at least as well as where they were, and whether that is sure.
        `glyphs`: the snapshot's ink and background, where counted already."""
        height, width = grey.shape
        origin = live.box.clip(width, height)
        snapshot = live.snapshot
        part = target.shift(-motion.dx - origin.x, -motion.dy - origin.y)
        moved = self._glyph_change(
            snapshot[part.y : part.y2, part.x : part.x2], grey[target.y : target.y2, target.x : target.x2]
        )
        if moved == 0.0:
            return True, True  # the shift explains every glyph (a scroll: 96 % of the calls measured)
        if glyphs is None:
            glyphs = live.glyphs(snapshot)
            if not glyphs[0].any():
                return True, True  # no glyphs to follow
        now = grey[origin.y : origin.y2, origin.x : origin.x2]
        y1, y2 = self._own_rows(live, snapshot, glyphs[0])
        top, bottom = max(part.y, y1), min(part.y2, y2)
        if (y1, y2) != (0, origin.h) and bottom > top:
            # Only the rows of its text. A padded box moved by the shift may reach past the
            # moved content into pixels that did not move, inside the area's bounds all the
            # same: the bottom rows of a terminal's title bar above its top text row, which a
            # box moved up a line (less, scrolled by one line) reaches with its padding once the
            # screen is scaled down (a row 13 px high, a box 14-17). Counted, they outweigh the
            # glyphs' match and the value was taken to have stayed, its box ended, the row
            # shown bare until read again.
            dy = target.y - part.y
            ink, background = glyphs
            rows_moved = self._glyph_change(
                snapshot[top:bottom, part.x : part.x2],
                grey[top + dy : bottom + dy, target.x : target.x2],
                (ink[top:bottom, part.x : part.x2], background),
            )
            stayed = self._glyph_change(snapshot[y1:y2], now[y1:y2], (ink[y1:y2], background))
            return rows_moved <= stayed, min(rows_moved, stayed) <= self.config.hold_max_changed
        stayed = self._glyph_change(snapshot, now, glyphs)
        least = self.config.hold_max_changed
        return moved <= stayed, min(moved, stayed) <= least

    def _clear_of_cover(self, live: _Live, grey: np.ndarray, motion: Motion, target: Box) -> Box | None:
        """`target` (where `motion` takes part of `live`'s box, inside its area) less its lines at
        the area's leaving edge under a cover: a sticky header (a footer, a frozen column) that a
        list scrolls under reaches a few rows into the area found moving (change boxes are
        grown), and there the value's rows are hidden, not moved. A covered line is unchanged
        since the frame before and hides the value's glyphs moved there (or blank padding before
        such a line); a line that shows them, though unchanged (a column repeating a value row
        after row), is the value's. None when nothing of it is left."""
        if (motion.dx == 0) == (motion.dy == 0) or self._previous is None:
            return target  # a window dragged, not scrolled: no edge to pass under
        height, width = grey.shape
        target = target.clip(width, height)
        reach = _lines_in_band(target, motion)
        if reach <= 0:
            return target  # clear of the edge (most boxes of a scroll)
        origin = live.box.clip(width, height)
        source = target.shift(-motion.dx - origin.x, -motion.dy - origin.y)  # in the snapshot
        snapshot = live.snapshot
        if target.empty or source != source.clip(snapshot.shape[1], snapshot.shape[0]):
            return target
        now, before = _crop(grey, target), _crop(self._previous[1], target)
        if before.shape != now.shape:
            return target
        ink, background = live.glyphs(snapshot)
        moved = snapshot[source.y : source.y2, source.x : source.x2]
        covered = _covered_lines(
            moved, ink[source.y : source.y2, source.x : source.x2], before, now, background, motion, self.change_config
        )
        return _cut_lines(target, motion, min(covered, reach))

    def _own_rows(self, live: _Live, snapshot: np.ndarray, ink: np.ndarray) -> tuple[int, int]:
        """The rows of the line of text in `snapshot` (its box's or its whole value's)."""
        if snapshot is live.whole_snapshot:
            return live.text_rows()
        return _text_rows(ink)

    def _confirm(self, live: _Live, det: Detection, frame: int, pts_s: float, grey: np.ndarray) -> None:
        live.track.score = max(live.track.score, det.score)
        # A partly covered value read again where it shows (the cells beside a window over a
        # grid are read as slivers) is still the whole value: the box it showed whole at is
        # kept, to come back whole as the cover moves off, not only once it is read whole.
        # So is other text read shorter within its box on its line while it showed whole: a
        # window dropped over the cell in this very frame leaves a sliver to read, and only
        # the pixels of later frames can tell a cover (it shows again) from a shorter value.
        part = _part_of(det.box, live.whole) and (live.covered or det.text_hash != live.text_hash)
        if det.box != live.box:
            # A grown or moved value: the old box ends before this frame, the new one starts here.
            # The new box covers the old one too when they overlap (a value being edited).
            new_box = det.box.union(live.box) if det.box.iou(live.box) > 0.3 else det.box
            if part:
                # what of the whole value still shows as it was stays boxed too: a shorter
                # reading (other text read beside it, a cell cut by a window) hides none of it.
                # The old box does not: where a cover came over the rest, the box kept over
                # it hid the cover's text (a modal over a grid cut an e-mail cell to its first
                # third; that part, read again every frame, held the cell's whole box, and
                # the box, its snapshot now of the modal, masked the modal's field caption
                # for 20 s, modal_edit at 75 %).
                shown = self._whole_shown(live, grey)
                new_box = det.box if shown is None else det.box.union(shown)
            if not live.box.contains(new_box):
                # A read deferred over a few scrolling frames (analyze.py) finds the value
                # grown: the part that scrolled into view since the last reading showed then.
                read = live.track.entity_type == self._unread_type
                for first, last, box in self._reach_back(new_box, frame, pts_s, after=live.confirmed, unless_read=read):
                    self._add(
                        live.track, TrackSegment(first, last, box, self._pts.get(first, 0.0), self._pts.get(last, 0.0))
                    )
                # A value typed on past its tracked part (a town and postcode after a street) is
                # read whole only after its last keystroke: the grown part showed, whole words
                # of it, from its first keystroke on.
                start, start_s = self._typing_start(_grown_part(live.box, new_box), frame, pts_s)
                if start < frame:
                    self._add(live.track, TrackSegment(start, frame - 1, new_box, start_s, self._pts_before(frame)))
            self._relocate(live, new_box, frame, pts_s, grey, whole=not part)
        live.text_hash = det.text_hash
        live.snapshot = _crop(grey, live.box)
        if not part:
            live.whole, live.whole_snapshot = live.box, live.snapshot
        live.confirmed = frame

    def _add(self, track: Track, segment: TrackSegment) -> None:
        track.segments.append(segment)
        if self.follow:
            self._new_segments.append((track.track_id, segment))

    def _close(self, live: _Live, end_frame: int, end_s: float, *, hidden: bool = False) -> None:
        """End the box with `end_frame`; with `hidden`, its value is covered whole and looked
        for again (`_uncover`) for a while before its track ends."""
        self._add(live.track, TrackSegment(live.seg_start, end_frame, live.box, live.seg_start_s, end_s))
        if hidden:
            live.hidden_s = end_s
            self._hidden.append(live)
            return
        live.track.segments.sort(key=lambda s: s.start_frame)
        self._done.append(live.track)

    def _held(
        self,
        snapshot: np.ndarray,
        crop: np.ndarray,
        glyphs: tuple[np.ndarray, int] | None = None,
        changed: np.ndarray | None = None,
    ) -> bool:
        """The value is still there when few of its glyph pixels changed, or when its glyphs
        are the same over new colours (a redraw)."""
        return self._glyph_change(snapshot, crop, glyphs, changed) <= self.config.hold_max_changed or _same_glyphs(
            snapshot, crop, self.config.redraw_min_similarity
        )

    def _glyph_change(
        self,
        before: np.ndarray,
        after: np.ndarray,
        before_ink: tuple[np.ndarray, int] | None = None,
        mask: np.ndarray | None = None,
    ) -> float:
        """The share of glyph pixels that changed. Counting over glyph pixels only (not the
        whole box) matters: a padded box is mostly background, which stays the same when the
        text in it is replaced. `before_ink`: `before`'s ink and background, and `mask` the
        change mask between the two, where known."""
        if mask is None:
            if before.size and _within_noise(before, after, self.change_config):
                return 0.0  # no pixel differs enough to make a change (a clean scroll: most calls)
            mask = change_mask(before, after, self.change_config)
        changed = mask.astype(bool)
        if not changed.any():
            return 0.0
        if before_ink is None:
            before_ink = _ink_of(before)
        # against the value's own background: a window over half of it is no background
        glyphs = before_ink[0] | _ink(after, before_ink[1])
        total = int(glyphs.sum())
        if total == 0:
            return 0.0  # blank then, blank now
        return int((changed & glyphs).sum()) / total

    def _typing_start(self, box: Box, frame: int, pts_s: float) -> tuple[int, float]:
        """The first frame of the burst of small changes inside `box` that led up to `frame`,
        since the content under `box` last scrolled or moved there: what was typed at this place
        of the screen before a scroll was typed into other content (the field above it)."""
        start, start_s, last_s = frame, pts_s, pts_s
        scrolled = max((g for g, area, _, _ in self._moves if g <= frame and area.intersects(box)), default=-1)
        for change in reversed(self._history):
            if change.frame >= frame:
                continue
            if last_s - change.pts_s > self.config.backfill_gap_s or change.frame <= scrolled:
                break
            if change.bounds.intersects(box) and any(self._is_typing(c, box) for c in change.boxes):
                start, start_s, last_s = change.frame, change.pts_s, change.pts_s
        return start, start_s

    def _is_typing(self, change: Box, box: Box) -> bool:
        if not change.intersects(box):
            return False
        return change.intersection(box).area >= self.config.typing_share * change.area

    def _pts_before(self, frame: int) -> float:
        return self._pts.get(frame - 1, self._pts.get(frame, 0.0))


def _spanned_step(
    moves: Iterable[tuple[Box, int, int]], position: Box
) -> tuple[Box, tuple[tuple[int, int], ...]] | None:
    """One step back over a frame's moved areas for a box that lies across several of them,
    none holding nearly all of it: a value read across two columns of a grid that scrolled, each
    column's move measured apart and a few pixels unlike (91 and 97 px). Their union, and their
    shifts (the box before is where any of them puts it), when together they hold most of the
    box and their shifts agree within `SPANNED_SHIFT_SPREAD`; None otherwise."""
    hit = [(a, dx, dy) for a, dx, dy in moves if a.intersects(position)]
    if len(hit) < 2 or 2 * sum(a.intersection(position).area for a, _, _ in hit) < position.area:
        return None
    if max(a.intersection(position).area for a, _, _ in hit) >= SPANNED_ONE_AREA * position.area:
        return None  # one area holds nearly all of it: that area's move
    dxs, dys = [dx for _, dx, _ in hit], [dy for _, _, dy in hit]
    if max(dxs) - min(dxs) > SPANNED_SHIFT_SPREAD or max(dys) - min(dys) > SPANNED_SHIFT_SPREAD:
        return None  # areas that moved apart: no one move of the value
    union = Box.union_all(a for a, _, _ in hit)
    assert union is not None
    return union, tuple(sorted({(dx, dy) for _, dx, dy in hit}))


def _lines_in_band(box: Box, motion: Motion) -> int:
    """How many lines of `box` (rows of a vertical move, from the side content leaves by) lie in
    the band of `motion`'s area that content leaving it passes: the shift and LEAVING_EDGE, the
    allowance motion.py makes for what stays at that edge."""
    band, area = abs(motion.dy or motion.dx) + LEAVING_EDGE, motion.area
    if motion.dy < 0:
        return min(area.y + band - box.y, box.h)
    if motion.dy > 0:
        return min(box.y2 - (area.y2 - band), box.h)
    if motion.dx < 0:
        return min(area.x + band - box.x, box.w)
    return min(box.x2 - (area.x2 - band), box.w)


def _cut_lines(box: Box, motion: Motion, count: int) -> Box | None:
    """`box` less its first `count` lines on the side content leaves `motion`'s area by; None
    when that is all of it."""
    if count >= (box.h if motion.dy else box.w):
        return None
    if motion.dy < 0:
        return Box(box.x, box.y + count, box.w, box.h - count)
    if motion.dy > 0:
        return Box(box.x, box.y, box.w, box.h - count)
    if motion.dx < 0:
        return Box(box.x + count, box.y, box.w - count, box.h)
    return Box(box.x, box.y, box.w - count, box.h)


def _covered_lines(
    moved: np.ndarray,
    ink: np.ndarray,
    before: np.ndarray,
    now: np.ndarray,
    background: int,
    motion: Motion,
    config: ChangeConfig,
) -> int:
    """How many lines across `motion` (rows of a vertical scroll, from the edge it leaves by) of
    `now` lie under a cover: `moved`, the value's pixels (glyphs `ink`, against `background`)
    that the move brings there, compared with `before` (the frame before) and `now`. A covered
    line did not change, and hides the value: most of its glyphs differ there, or the cover's
    own text stands where the value's blank padding went; blank lines before one count too."""
    if motion.dx:  # columns, as rows
        moved, ink, before, now = moved.T, ink.T, before.T, now.T
    if (motion.dy or motion.dx) > 0:  # from the edge the content leaves by
        moved, ink, before, now = moved[::-1], ink[::-1], before[::-1], now[::-1]
    limit = config.threshold
    static: np.ndarray = np.all(cv2.absdiff(before, now) <= limit, axis=1)
    glyphs: np.ndarray = ink.sum(axis=1)
    kept: np.ndarray = (ink & (cv2.absdiff(moved, now) <= limit)).sum(axis=1)
    cover_text: np.ndarray = np.any(_ink(now, background), axis=1)
    hidden = np.where(glyphs > 0, 2 * kept <= glyphs, cover_text)
    blank = (glyphs == 0) & ~cover_text
    count = 0
    for line, (still, hides, empty) in enumerate(zip(static.tolist(), hidden.tolist(), blank.tolist())):
        if not still or not (hides or empty):
            break
        if hides:
            count = line + 1
    return count


def _joined(grey: np.ndarray, motions: list[Motion], box: Box, config: ChangeConfig) -> Motion | None:
    """One motion over the areas of `motions` (all moved by the same shift), as far as `box`
    and where the shift takes it reach (all a box's move looks at). What lies between the
    areas did not change: it counts as moved where the shift leaves it the same (the blank
    between a grid's columns), and as changed where it does not."""
    dx, dy = motions[0].dx, motions[0].dy
    union = Box.union_all(m.area for m in motions)
    assert union is not None
    height, width = grey.shape
    reach = box.union(box.shift(dx, dy)).clip(width, height)
    if not reach.intersects(union):
        return None
    area = reach.intersection(union)
    residual = np.ones((area.h, area.w), np.uint8)
    if area.intersects(area.shift(dx, dy)):
        both = area.intersection(area.shift(dx, dy))  # where the shift's source lies in the area too
        source = both.shift(-dx, -dy)
        local = both.shift(-area.x, -area.y)
        residual[local.y : local.y2, local.x : local.x2] = change_mask(
            grey[source.y : source.y2, source.x : source.x2], grey[both.y : both.y2, both.x : both.x2], config
        )
    for m in motions:
        if not m.area.intersects(area):
            continue
        part = m.area.intersection(area)
        src = part.shift(-m.area.x, -m.area.y)
        dst = part.shift(-area.x, -area.y)
        residual[dst.y : dst.y2, dst.x : dst.x2] = m.residual[src.y : src.y2, src.x : src.x2]
    return Motion(area, dx, dy, residual)


def _read_well(box: Box, legible: tuple[Box, ...], illegible: tuple[Box, ...]) -> bool:
    """Whether the place of `box` was read: none of the lines read without confidence
    (`illegible`) meets it, and lines read with it (`legible`) that lie in its rows (most of
    each line's height inside them) span most of its columns. The box may be taller than such
    a line: a pointer resting under a label joined it to the field's top border, 23 px for
    letters of 10 (checkout_payment at 66 %); what the rest of its rows held in that frame was
    no line of text, or it was read too (a line of it read weakly is unread there)."""
    if any(line.intersects(box) for line in illegible):
        return False
    cols = np.zeros(box.w, dtype=bool)
    for line in legible:
        if line.intersects(box):
            part = line.intersection(box)
            if 2 * part.h >= line.h:
                cols[part.x - box.x : part.x2 - box.x] = True
    return bool(cols.mean() >= READ_WELL_SPAN)


def _part_of(part: Box, whole: Box) -> bool:
    """Whether `part` lies on `whole`'s line and within its ends (up to a padding's worth
    beyond them: two readings pad a box alike only roughly), and is shorter."""
    slack = max(2, whole.h // 4)
    return _same_line(part, whole) and part.x >= whole.x - slack and part.x2 <= whole.x2 + slack and part.w < whole.w


def _grown_part(old: Box, new: Box) -> Box:
    """The strip of `new` beyond `old`'s right (or left) end: where a value typed on grew. A box
    grown both ways or in height is the new box whole."""
    if new.y >= old.y - 2 and new.y2 <= old.y2 + 2:
        if new.x >= old.x - 2 and new.x2 > old.x2:
            return Box(old.x2, new.y, new.x2 - old.x2, new.h)
        if new.x2 <= old.x2 + 2 and new.x < old.x:
            return Box(new.x, new.y, old.x - new.x, new.h)
    return new


def _same_line(a: Box, b: Box) -> bool:
    """Whether two boxes share at least half the height of the lower one: another value on the
    same line may be this one grown or re-read; one on a neighbouring row, whose padded box
    touches this one's by a few pixels, is another row's value."""
    return 2 * (min(a.y2, b.y2) - max(a.y, b.y)) >= min(a.h, b.h)


def _within_noise(before: np.ndarray, after: np.ndarray, config: ChangeConfig) -> bool:
    """Whether `change_mask` of the two is certainly empty, from one pass: no pixel differs by
    more than its threshold less 2 (a box blur only averages the differences, and its rounding
    moves each side by at most a level), without blurring both."""
    return before.shape == after.shape and cv2.norm(before, after, cv2.NORM_INF) <= config.threshold - 2


def _ink(grey: np.ndarray, background: int | None = None, contrast: int = 48) -> np.ndarray:
    """Pixels that stand out from the background (by default the crop's median): the glyphs."""
    if background is None:
        background = median_level(grey)
    return np.abs(grey.astype(np.int16) - background) > contrast


def _ink_of(grey: np.ndarray) -> tuple[np.ndarray, int]:
    """`grey`'s glyphs against its median, and that median."""
    background = median_level(grey)
    return _ink(grey, background), background


def _same_glyphs(before: np.ndarray, after: np.ndarray, least: float) -> bool:
    """Whether `after` shows `before`'s text in other colours (a row selected: light on blue;
    hovered: dark on grey). Each pixel's ink coverage is measured against its own crop's
    background and contrast, so colours and polarity drop out; the two coverage maps must
    correlate by at least `least` over the area of `before`'s text. Only that area counts: a
    focus ring or a neighbouring cell's selection border drawn in the box's padding is no
    change of its text; other text, or a window over part of it, is."""
    ys, xs = np.nonzero(_ink(before))
    if not len(xs):
        return False
    h, w = before.shape
    y1, y2 = max(int(ys.min()) - 1, 0), min(int(ys.max()) + 2, h)
    x1, x2 = max(int(xs.min()) - 1, 0), min(int(xs.max()) + 2, w)
    a, b = _coverage(before[y1:y2, x1:x2]), _coverage(after[y1:y2, x1:x2])
    a -= a.mean()
    b -= b.mean()
    scale = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return scale > 0 and float((a * b).sum()) / scale >= least


def _coverage(grey: np.ndarray) -> np.ndarray:
    """How much ink each pixel holds, 0 (the crop's background, its median) to 1 (its strongest
    ink, the 99th percentile of the differences, so that a speck does not set the scale)."""
    off = np.abs(grey.astype(np.float32) - float(median_level(grey)))
    return np.clip(off / max(float(np.percentile(off, 99)), 1.0), 0.0, 1.0)


def _shows_text(ink: np.ndarray, least: float) -> bool:
    """Whether a part of a box's pixels (ink = those off its background) holds glyphs: enough
    ink, and not a solid block (a window that was already over part of the box)."""
    count = int(ink.sum())
    return count >= least and count <= 0.6 * ink.size


def _text_rows(ink: np.ndarray) -> tuple[int, int]:
    """The rows (y1, y2) of the line of text in a box whose glyph pixels are `ink`: the run of
    rows holding ink with the most of it, where a row that holds a line across the box (a run
    of ink over half its width: a border, a grid line, a window's edge) ends a run. All rows
    when no row holds text."""
    h, w = ink.shape
    if not h or not w:
        return 0, h
    columns = np.arange(w)
    last_gap = np.maximum.accumulate(np.where(ink, -1, columns), axis=1)
    longest = (columns - last_gap).max(axis=1)  # each row's longest run of ink
    counts = ink.sum(axis=1)
    text = (counts > 0) & (2 * longest <= w)
    best, most, start = (0, h), 0, -1
    for y in range(h + 1):
        if y < h and text[y]:
            start = y if start < 0 else start
            continue
        if start >= 0:
            inked = int(counts[start:y].sum())
            if inked > most:
                best, most = (start, y), inked
            start = -1
    return best


def _lines(ink: np.ndarray) -> np.ndarray:
    """The pixels of `ink` in rows holding a line across over half its width, or columns
    holding one down over half its height (a border, a grid line, a window's edge): no text."""
    h, w = ink.shape
    if not h or not w:
        return np.zeros_like(ink)
    across = _longest_runs(ink) * 2 > w
    down = _longest_runs(ink.T) * 2 > h
    return ink & (across[:, None] | down[None, :])


def _longest_runs(ink: np.ndarray) -> np.ndarray:
    """Each row's longest run of ink."""
    columns = np.arange(ink.shape[1])
    last_gap = np.maximum.accumulate(np.where(ink, -1, columns), axis=1)
    return (columns - last_gap).max(axis=1)


def _over_rows(changed: np.ndarray, rows: tuple[int, int], echo: int) -> np.ndarray:
    """The change mask `changed` over the rows `rows` alone. The mask is blurred: a change
    beyond them (a border gone) spreads `echo` rows into them, so each of their first and
    last `echo` rows is taken as changed where the row next to it, further in, is."""
    y1, y2 = rows
    h = changed.shape[0]
    if (y1 == 0 and y2 == h) or y2 - y1 <= 2 * echo:
        return changed
    top = y1 + echo if y1 > 0 else 0
    bottom = y2 - echo if y2 < h else h
    kept = np.zeros_like(changed)
    kept[top:bottom] = changed[top:bottom]
    kept[y1:top] = changed[top]
    kept[bottom:y2] = changed[bottom - 1]
    return kept


def _change_bounds(mask: np.ndarray, least: int = 4) -> tuple[int, int, int, int] | None:
    """The bounds (x1, y1, x2, y2) of `mask` (0/1) but for connected specks of fewer than
    `least` pixels (compression noise), or None when nothing else is left."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    kept = stats[1:][stats[1:, cv2.CC_STAT_AREA] >= least]
    if not len(kept):
        return None
    x, y = kept[:, cv2.CC_STAT_LEFT], kept[:, cv2.CC_STAT_TOP]
    x2, y2 = x + kept[:, cv2.CC_STAT_WIDTH], y + kept[:, cv2.CC_STAT_HEIGHT]
    return int(x.min()), int(y.min()), int(x2.max()), int(y2.max())


def _crop(grey: np.ndarray, box: Box) -> np.ndarray:
    clipped = box.clip(grey.shape[1], grey.shape[0])
    return grey[clipped.y : clipped.y2, clipped.x : clipped.x2].copy()
