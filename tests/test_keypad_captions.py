"""Two buttons side by side, each caption alone and centred in its own bordered box: a terminal
emulator's keypad ("F11 | Attn | Sys Req" in a web 5250 emulator, green_screen of stop 47). "Attn"
is a caption of a name on letters and parcels, and "Sys Req" right of it, a wide gap away, was
taken for its value: the key was masked as a PERSON for the whole recording. A value stands at
the start of its field or cell; two centred captions are two keys. OCR words and the boxes the
analysis found from their borders, as it hands them to detection."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, InputField, Layout, OcrWord
from pipeline.detection.memory import ValueMemory
from tests.helpers import cell_words
from tests.test_form_rows import _typed

KEY_W, KEY_H, KEY_PITCH = 78, 25, 85


def _keypad(*captions: str, x: int = 1012, y: int = 274) -> Layout:
    """One row of keys from `x`, each caption centred in its box; OCR reads the borders between
    two keys as a "|" taller than the captions."""
    words, fields = [], []
    for n, caption in enumerate(captions):
        left = x + n * KEY_PITCH
        width = 9 * len(caption) + 5 * caption.count(" ")
        if n:
            words.append(OcrWord("|", Box(left - 10, y - 2, 11, KEY_H + 5), 75.0))
        words += cell_words((left + (KEY_W - width) // 2, y + 6, caption), height=12)
        fields.append(InputField(Box(left, y, KEY_W, KEY_H)))
    return Layout(group_lines(words).lines, tuple(fields))


def test_a_key_beside_the_attn_key_is_no_name(detector):
    for captions in (("F11", "Attn", "Sys Req"), ("Attn", "Print Screen"), ("Clear", "Attn", "Field Exit")):
        found = _typed(detector, _keypad(*captions), ValueMemory())
        assert not any(kind == "PERSON" for kind, _ in found), (captions, found)


def test_a_name_after_attn_in_a_field_or_a_cell_is_still_found(detector):
    """A parcel form's delivery box holding "Attn" and the name; a bordered table's caption cell
    and its value cell, both set at their start."""
    words = cell_words((210, 106, "Attn Oriel Pemberthy"))
    boxed = Layout(group_lines(words).lines, (InputField(Box(200, 100, 300, 26)),))
    assert any(kind == "PERSON" and "Oriel Pemberthy" in text for kind, text in _typed(detector, boxed, ValueMemory()))
    words = cell_words((206, 106, "Attn"), (406, 106, "Tamsin Wrexford"))
    cells = Layout(group_lines(words).lines, (InputField(Box(200, 100, 190, 26)), InputField(Box(400, 100, 300, 26))))
    assert ("PERSON", "Tamsin Wrexford") in _typed(detector, cells, ValueMemory())
