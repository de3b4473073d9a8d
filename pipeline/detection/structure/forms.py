"""Password fields: an input labelled as a password, PIN or secret, or one that showed masking
bullets, is masked whole while it holds text.

A password typed as dots needs no mask; the same field after a "Show passwords" box was ticked
shows it in the clear, and its value can be plain words no entropy or shape rule would catch.
What makes it a password is the field: its label ("Current password", beside or above the box,
or inside it as the placeholder) or the bullets it showed before (the analysis sees those in
the pixels and keeps them with the field across frames: `InputField.masked`). The input boxes
come from the analysis (analysis/fields.py); this pass pairs them with their labels.

`PasswordFieldMemory` keeps the password fields of the recording by their column and size and
their label, like the table memory keeps columns: a field scrolled away and back, or redrawn
after its page re-rendered, is still the field that showed bullets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.core.types import Box, InputField
from pipeline.detection.structure.tables import split_cells
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef, words_inside

RECOGNIZER = "structure/password_field"
SCORE = 0.9
ABOVE_MAX_LINE_HEIGHTS = 2.5  # a label's bottom at most this far above the field's content box
BESIDE_MAX_LINE_HEIGHTS = 12  # a label left of the field, on its row, at most this far from it
SAME_PLACE_PX = 4  # a remembered field matches one whose edges and height are this close
MAX_REMEMBERED = 32
_BULLETS = frozenset("•●·∙*◦⚫")
_LABEL_MARKS = ("(required)", "(optional)", "required", "optional")


@dataclass(frozen=True, slots=True)
class FieldKey:
    """Where a field sits across a scroll (its column and size) and what labels it."""

    x1: int
    x2: int
    h: int
    label: str  # the label's phrase, "" when none shows

    def same(self, other: FieldKey) -> bool:
        return (
            self.label == other.label
            and abs(self.x1 - other.x1) <= SAME_PLACE_PX
            and abs(self.x2 - other.x2) <= SAME_PLACE_PX
            and abs(self.h - other.h) <= SAME_PLACE_PX
        )


@dataclass
class PasswordFieldMemory:
    """The password fields seen in this recording (in memory only, like the value memory)."""

    fields: list[FieldKey] = field(default_factory=list)

    def remember(self, key: FieldKey) -> None:
        if not any(key.same(k) for k in self.fields):
            self.fields.append(key)
            del self.fields[:-MAX_REMEMBERED]

    def knows(self, key: FieldKey) -> bool:
        return any(key.same(k) for k in self.fields)


class PasswordFieldFinder:
    def __init__(self, vocabulary: Vocabulary):
        self.labels = vocabulary.password_labels

    def find(
        self, lt: LayoutText, fields: Iterable[InputField], memory: PasswordFieldMemory | None
    ) -> list[SpanFinding]:
        findings: list[SpanFinding] = []
        for input_field in fields:
            content = words_inside(lt, input_field.box)
            label = self._label(lt, input_field.box, content)
            key = FieldKey(input_field.box.x, input_field.box.x2, input_field.box.h, label or "")
            placeholder = bool(content) and self._is_label(lt, content)
            password = input_field.masked or label is not None or placeholder
            if password and memory is not None:
                # a placeholder label is gone once the field holds text: remembered unlabelled
                memory.remember(FieldKey(key.x1, key.x2, key.h, "") if placeholder else key)
            elif memory is not None and memory.knows(key):
                password = True
            if not password or placeholder or _unreadable(lt, content) or _button(input_field.box, content):
                continue
            for line in sorted({w.line for w in content}):
                words = [w for w in content if w.line == line]
                findings.append(SpanFinding(words[0].start, words[-1].end, "PASSWORD", SCORE, RECOGNIZER))
        return findings

    def _label(self, lt: LayoutText, box: Box, content: list[WordRef]) -> str | None:
        """The password label above the field or left of it on its row, or None."""
        inside = {w.start for w in content}
        for cell in (_cell_above(lt, box, inside), _cell_left(lt, box, inside)):
            if cell and self._is_label(lt, cell):
                return _key(lt, cell)
        return None

    def _is_label(self, lt: LayoutText, words: list[WordRef]) -> bool:
        return _key(lt, words) in self.labels


def _key(lt: LayoutText, words: list[WordRef]) -> str:
    key = phrase_key([lt.text[w.start : w.end] for w in words])
    for mark in _LABEL_MARKS:
        key = key.removesuffix(mark).strip()
    return key


def _cell_above(lt: LayoutText, box: Box, inside: set[int]) -> list[WordRef] | None:
    """The first run of words on the nearest line above the field that starts over it."""
    best: tuple[int, list[WordRef]] | None = None
    for line in lt.lines:
        gap = box.y - line.box.y2
        if gap < 0 or gap > ABOVE_MAX_LINE_HEIGHTS * line.height:
            continue
        words = [w for w in line.words if w.start not in inside and box.x - 2 * line.height <= w.box.x < box.x2]
        cells = split_cells(words, line.height) if words else []
        if cells and (best is None or gap < best[0]):
            best = (gap, cells[0])
    return best[1] if best else None


def _cell_left(lt: LayoutText, box: Box, inside: set[int]) -> list[WordRef] | None:
    """The last run of words left of the field on its row."""
    middle = box.y + box.h / 2
    for line in lt.lines:
        if not line.box.y <= middle <= line.box.y2 or not _row_ends_before(line, box):
            continue
        words = [w for w in line.words if w.start not in inside and w.box.x2 <= box.x]
        cells = split_cells(words, line.height) if words else []
        if cells and box.x - cells[-1][-1].box.x2 <= BESIDE_MAX_LINE_HEIGHTS * line.height:
            return cells[-1]
    return None


def _row_ends_before(line: LineRef, box: Box) -> bool:
    return any(w.box.x2 <= box.x for w in line.words)


def _button(box: Box, content: list[WordRef]) -> bool:
    """Text centred in its box is a button's ("Change password" under a "Password" heading);
    what is typed into an input starts at its left edge."""
    height = max(w.box.h for w in content)
    left = min(w.box.x for w in content) - box.x
    right = box.x2 - max(w.box.x2 for w in content)
    return left > 2 * height and abs(left - right) <= max(height, 0.15 * box.w)


def _unreadable(lt: LayoutText, words: list[WordRef]) -> bool:
    """Nothing readable to hide: an empty field, one character (the caret or the pointer's
    I-beam read as "I" or "|"), or masking characters only (•••• or ****)."""
    text = "".join(lt.text[w.start : w.end].strip(EDGE_PUNCTUATION.replace("*", "")) for w in words)
    return len(text) < 2 or all(ch in _BULLETS for ch in text)
