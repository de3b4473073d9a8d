"""Fail closed where reading failed: text lines that no OCR pass read with confidence.

A line the line finder found, shaped like text, whose best reading (after the second engine's,
analysis/ocr.py) is weak or covers little of its width, may hold anything, a name included. It
becomes a finding of its own type, UNREAD_TEXT, tracked like any other: purposes whose policy
lists the type (training) mask it, the others leave it readable, and the plan counts it
(stats `unread_lines`) for QA.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from pipeline.analysis.colour import line_image
from pipeline.analysis.ocr import OcrConfig, ink_mask
from pipeline.core.types import Box, Detection, OcrWord

UNREAD_TEXT = "UNREAD_TEXT"
MIN_ASPECT = 2.5  # narrower: a checkbox, an icon or a single glyph, not text we could miss
CHAR_WIDTH = 0.45  # a character's advance as a share of the line box's height (UI fonts)
MIN_COVERAGE = 0.25  # a reading with fewer characters than this share of what fits: mostly unread
# A rule inside a line box: ink rows this many line heights long or more, in a band at most
# RULE_ROWS thick on average (a window's edge under H.264: 2-3 rows) with little ink beside it
# (a word's continuous rows have its letters above and below them)
RULE_LENGTH = 2.0
RULE_ROWS = 3
SLANTED_RULE_COLUMNS = 0.9  # of a long piece's columns no thicker than a rule: a rule at a slant
RULE_SIDE_INK = 0.5  # a rule's neighbouring rows hold ink along less than this share of it
LETTER_HEIGHT = 0.4  # a piece of ink under this share of the line's height is no letter (a sliver)
MIN_LETTER_PX = 3
EDGE_RULE_INK = 0.9  # a row at a line box's edge inked across this share of its width: an edge
ICON_SIDES = (0.8, 1.25)  # width / height of a square button or icon (a monospace capital: 0.6-0.8)
# icons of a strip differ in size and spacing by at most this share (a close button with two rows
# of the title bar's edge left on it: 13 px tall beside its neighbours' 11)
ICON_SAME = 0.2
HALF_GAP = 2  # px between the two halves of one button (`_halves_joined`)
# An unread box whose letters lines read with confidence account for but a part of keeps only
# that part (a few pixels around it), when it is at most this share of the box
REST_PAD = 1
REST_SHARE = 0.7


def unread_lines(
    lines: Sequence[Box],
    read: Sequence[Sequence[OcrWord]],
    below: float,
    grey: np.ndarray | None = None,
    config: OcrConfig | None = None,
    read_before: Sequence[Box] = (),
    chroma: np.ndarray | None = None,
) -> list[Detection]:
    """A finding for each text-shaped line whose words, weighed by their letters and digits,
    were read with a mean confidence (0-100) under `below`, or which gave far fewer characters
    than its width holds. With the frame (`grey`), a line whose ink shows no letters is none:
    see `shows_letters` (with the frame's `chroma`, saturated letters luma does not show are
    ink too: analysis/colour.py); nor are the letters in `read_before` the line's to read, the boxes of
    words read with confidence in an earlier frame whose pixels have not changed since, nor those
    of its own words read with confidence: a line box that reaches past them over no letters
    (the slivers of descenders of the line above, a rule's end) holds nothing unread.

    A line the line finder made of a graphic joined to a faint rule reaches into the rows of
    the text beside it, and its reading is that text's letters cut in half: the pointer resting
    on a note box's top border right under its heading made one 'line' of pointer and border,
    5 px into the heading's rows; read as 'sit message h', it was unread, and its box, moved
    with every scroll, hid the heading to the end (order_lookup). The heading's letters were
    read with confidence before, and have not changed: what is left is the pointer and the
    border, no letters. A line of letters nobody read keeps them, and stays unread."""
    found = []
    for line, words in zip(lines, read):
        if line.w < MIN_ASPECT * line.h:
            continue
        if not read_with_confidence(line, words, below):
            # letters read with confidence, before or now, are read: a line box that reaches far
            # past its words (the slivers of the line above's descenders, stop 50) is unread
            # only where letters show outside them
            known = [box for box in read_before if box.intersects(line)]
            known += [w.box for w in words if w.conf >= below and any(c.isalnum() for c in w.text)]
            if grey is not None and not shows_letters(grey, line, config or OcrConfig(), known, chroma):
                continue
            found.append(Detection(UNREAD_TEXT, 1.0, line, "ocr_confidence", ""))
    return found


def read_with_confidence(line: Box, words: Sequence[OcrWord], below: float) -> bool:
    """Whether `words`, the reading of `line`, weighed by their letters and digits, have a mean
    confidence of `below` or more and give about as many characters as the line's width holds."""
    sizes = [sum(c.isalnum() for c in w.text) for w in words]
    total = sum(sizes)
    weak = total > 0 and sum(w.conf * n for w, n in zip(words, sizes)) < below * total
    fits = line.w / (CHAR_WIDTH * line.h)
    return not weak and sum(len(w.text) for w in words) >= MIN_COVERAGE * fits


def unread_part(
    box: Box,
    legible: Sequence[Box],
    illegible: Sequence[Box],
    grey: np.ndarray,
    config: OcrConfig,
    chroma: np.ndarray | None = None,
) -> Box | None:
    """What of `box`, an unread line's box held from an earlier frame, the lines of one frame
    read with confidence (`legible`) leave unread: None when they account for all its letters
    (none of the lines read there was unread (`illegible`), one at least was read with
    confidence, and no letter of `box` lies outside them); `box` itself when they do not meet
    it, or a line there was unread; else the bounds of the letters left (a few pixels around
    them), when that is clearly less than the box.

    Then the line is read, and the unread verdict of the earlier frame stands no longer: what
    made that reading fail was there only for a while (a pointer resting on a label joined it
    to the line, 23 px tall for letters of 8, and no engine read it; the tracker held its
    UNREAD_TEXT box, since the pointer leaving is a small change beside the letters, for 15 s
    of a checkout form scaled to 75 %). Detection has the confident reading's words. A letter
    left out (a second row the unread box took in, not read again in this frame) keeps the
    box over it: a pointer that moved off the label into the rows under it kept the label
    masked for 5 s while it rested there (checkout_payment at 66 %); the box is cut to it."""
    if any(line.intersects(box) for line in illegible):
        return box
    rows = [line for line in legible if line.intersects(box)]
    if not rows:
        return box
    area = box.clip(grey.shape[1], grey.shape[0])
    if area.empty:
        return None
    ink = _letter_ink(grey, area, config, chroma)
    _wipe(ink, area, rows)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = max(MIN_LETTER_PX, LETTER_HEIGHT * min(line.h for line in rows))
    left = [stats[i] for i in range(1, count) if stats[i][cv2.CC_STAT_HEIGHT] >= tall]
    if not left:
        return None
    x1 = min(int(s[cv2.CC_STAT_LEFT]) for s in left) - REST_PAD
    y1 = min(int(s[cv2.CC_STAT_TOP]) for s in left) - REST_PAD
    x2 = max(int(s[cv2.CC_STAT_LEFT] + s[cv2.CC_STAT_WIDTH]) for s in left) + REST_PAD
    y2 = max(int(s[cv2.CC_STAT_TOP] + s[cv2.CC_STAT_HEIGHT]) for s in left) + REST_PAD
    rest = Box(area.x + x1, area.y + y1, x2 - x1, y2 - y1).intersection(area)
    return rest if rest.area <= REST_SHARE * box.area else box


def shows_letters(
    grey: np.ndarray, line: Box, config: OcrConfig, read: Sequence[Box] = (), chroma: np.ndarray | None = None
) -> bool:
    """Whether a line the line finder found holds ink that may be letters, judged on its edges
    without what is no letter: a rule (a long band of ink one to three rows thick: a panel's
    border, a window's top edge) and the slivers it leaves (the tops of a row of letters a window
    covers, 1-3 px of them). What is left must still be text-shaped (a pointer or half an icon
    beside a rule is not), and no strip of equal square buttons (a title bar's minimise,
    maximise and close). A line of letters, however blurred, keeps its ink: it stays unread.
    Nor is ink within `read` (letters read already) any letter of the line."""
    box = line.clip(grey.shape[1], grey.shape[0])
    if box.empty:
        return False
    ink = _letter_ink(grey, box, config, chroma)
    _wipe(ink, box, read)
    _wipe_edge_rules(ink)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = max(MIN_LETTER_PX, LETTER_HEIGHT * box.h)
    letters = [stats[i] for i in range(1, count) if stats[i][cv2.CC_STAT_HEIGHT] >= tall]
    if not letters:
        return False
    # the letters' own box must still be text-shaped (the line's may be a rule's length)
    x1 = min(int(s[cv2.CC_STAT_LEFT]) for s in letters)
    x2 = max(int(s[cv2.CC_STAT_LEFT] + s[cv2.CC_STAT_WIDTH]) for s in letters)
    y1 = min(int(s[cv2.CC_STAT_TOP]) for s in letters)
    y2 = max(int(s[cv2.CC_STAT_TOP] + s[cv2.CC_STAT_HEIGHT]) for s in letters)
    if x2 - x1 < MIN_ASPECT * (y2 - y1):
        return False
    return not _icon_strip(letters)


def _wipe_edge_rules(ink: np.ndarray) -> None:
    """Clear the rows at the top and bottom edges of `ink` (up to RULE_ROWS at each) that hold
    ink across nearly all of its width: a window's or a panel's edge that the line box took in.
    `_letter_ink` keeps a rule with ink along the rows beside it (a word's letters go on there);
    at the box's edge, what lies beside it is only what the box holds: a title bar's top edge
    over its minimise, maximise and close buttons, joined to them and cut where a button's glyph
    leaves a light column, is no letter (system_tools scaled to 75 %). A line of letters never
    inks a whole row."""
    height = ink.shape[0]
    for rows in (range(min(RULE_ROWS, height)), range(height - 1, max(height - 1 - RULE_ROWS, -1), -1)):
        for row in rows:
            if ink[row].mean() < EDGE_RULE_INK:
                break
            ink[row] = 0


def _wipe(ink: np.ndarray, area: Box, boxes: Sequence[Box]) -> None:
    """Clear the ink of `area` (`ink`'s box in the frame) within `boxes`, a pixel around each."""
    for box in boxes:
        grown = box.pad(1, 1)
        if grown.intersects(area):
            over = grown.intersection(area)
            ink[over.y - area.y : over.y2 - area.y, over.x - area.x : over.x2 - area.x] = 0


def _letter_ink(grey: np.ndarray, box: Box, config: OcrConfig, chroma: np.ndarray | None = None) -> np.ndarray:
    """The ink of `box` (inside the frame) without the rules in it (see `shows_letters`), in
    luma or, for saturated letters luma does not show, in the brightest channel."""
    pad = 2  # the edges of the ink at the box's border
    outer = Box(box.x - pad, box.y - pad, box.w + 2 * pad, box.h + 2 * pad).clip(grey.shape[1], grey.shape[0])
    mask = ink_mask(line_image(grey, chroma, outer), config)
    ink = mask[box.y - outer.y : box.y - outer.y + box.h, box.x - outer.x : box.x - outer.x + box.w].copy()
    length = max(int(RULE_LENGTH * box.h), 8)
    # (ink beyond the box counts as none: by default erosion takes it as ink)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1))
    long_runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel, borderType=cv2.BORDER_CONSTANT, borderValue=0)
    if long_runs.any():
        # bands of long rows no thicker than a rule, on average over their length (a pointer's
        # tip on it thickens it in a few columns), with little ink along the rows beside them: a
        # word's letters go on above and below the rows where its ink is continuous
        count, bands, stats, _ = cv2.connectedComponentsWithStats(long_runs, connectivity=8)
        rules = np.zeros_like(ink, dtype=bool)
        for i in range(1, count):
            x, y, w, h, area = (int(v) for v in stats[i])
            if area > (RULE_ROWS + 0.5) * w:
                continue
            above = ink[y - 1, x : x + w].mean() if y > 0 else 0.0
            below = ink[y + h, x : x + w].mean() if y + h < ink.shape[0] else 0.0
            if max(above, below) < RULE_SIDE_INK:
                rules |= bands == i
        ink[rules] = 0
    _wipe_slanted_rules(ink, length)
    return ink


def _wipe_slanted_rules(ink: np.ndarray, length: int) -> None:
    """Clear the pieces of `ink` that are a rule at a slant: at least `length` long, and no
    thicker than a rule (RULE_ROWS and a row) in nearly every column. A receipt's photo
    previewed a few degrees off straight at crf 36: its dashed rules blur into a slanted band
    that no row holds for long, 7 rows tall over 75 columns; taken for a letter, the rule's
    line stayed unread, and its box, reaching up into the item row above, hid that row's
    lower half for the whole clip (expense_claim). A word's pieces have columns as tall as its
    letters, and a word joined to such a rule keeps them."""
    count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i][:4])
        if w < length or h <= RULE_ROWS + 1:
            continue  # short, or flat enough for the long rows above to have found it
        own = pieces[y : y + h, x : x + w] == i
        cols = own.any(axis=0)
        top = np.argmax(own, axis=0)
        bottom = h - np.argmax(own[::-1], axis=0)
        thin = cols & (bottom - top <= RULE_ROWS + 1)
        if thin.sum() >= SLANTED_RULE_COLUMNS * cols.sum():
            # its thin columns only: letters it touches keep theirs
            ink[y : y + h, x : x + w][own & thin] = 0


def _icon_strip(pieces: list[np.ndarray]) -> bool:
    """Two or more square pieces of one size, evenly spaced: buttons or icons, no letters (a
    word's edges join its letters into one piece wider than tall, at any size). A button whose
    glyph leaves a light column down its middle (a maximise button's square, scaled down) inks
    two narrow halves side by side: they count as one piece where together they are square."""
    if len(pieces) < 2:
        return False
    boxes = _halves_joined(
        sorted((int(p[cv2.CC_STAT_LEFT]), int(p[cv2.CC_STAT_WIDTH]), int(p[cv2.CC_STAT_HEIGHT])) for p in pieces)
    )
    if not all(ICON_SIDES[0] <= w / h <= ICON_SIDES[1] for _, w, h in boxes):
        return False
    side = max(max(w, h) for _, w, h in boxes)
    if len(boxes) < 2 or any(max(w, h) < (1 - ICON_SAME) * side for _, w, h in boxes):
        return False
    steps = [b[0] - a[0] for a, b in zip(boxes, boxes[1:])]
    return max(steps) - min(steps) <= ICON_SAME * side + 1


def _halves_joined(boxes: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """`boxes` (left, width, height; by left) with each two neighbours narrower than square and
    at most HALF_GAP apart joined where their union is square."""
    joined: list[tuple[int, int, int]] = []
    for left, width, height in boxes:
        if joined:
            x, w, h = joined[-1]
            union_w, union_h = left + width - x, max(h, height)
            if (
                w < ICON_SIDES[0] * h
                and width < ICON_SIDES[0] * height
                and left - (x + w) <= HALF_GAP
                and ICON_SIDES[0] <= union_w / union_h <= ICON_SIDES[1]
            ):
                joined[-1] = (x, union_w, union_h)
                continue
        joined.append((left, width, height))
    return joined
