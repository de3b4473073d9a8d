"""A window's title bar, "<document> - <application>", that NER reads as a name in the output is no
finding, unless a part of it is a person's name (issue 17, crm_grid at stop 45; class: a dialog
or app window dragged by its title bar over a CRM or admin grid, its title read on a grid row's
line under the Owner column). Traced on crm_grid's output (frame 366, b22f715): OCR read the
dialog's title with its dash glued to the misread first word, and the pointer over it; NER took
'<misread>- <Brand> CRM' for a PERSON (0.85), and the gate blocked on it. A title that names a
person (a record's or a profile's window) still blocks. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.core.types import Box, Detection
from pipeline.detection.filters import NER_RECOGNIZER
from pipeline.redact.verify import FindingBasis, reported_basis
from tests.helpers import text_layout


def _basis(detector, entity: str, title: str, mask_first: bool = False):
    layout = text_layout((300, 200, title))
    words = layout.lines[0].words
    box = Box.union_all(w.box for w in words)
    assert box is not None
    finding = Detection(entity, 0.85, box.pad(4), NER_RECOGNIZER, "h")
    lexicon = detector.lexicon
    masks = [words[0].box.pad(3)] if mask_first else []  # the analysis masked the title's first word
    return reported_basis(finding, layout, masks, lexicon.is_ordinary, lexicon.is_name)


@pytest.mark.parametrize(
    "entity, title",
    [
        ("PERSON", "Quillnotes - Brightfern CRM"),
        ("PERSON", "Quillnotes- Brightfern CRM"),  # the dash read glued to the word before it
        ("PERSON", "Quillnotes -Brightfern CRM"),
        ("LOCATION", "Customers – Brightfern CRM"),
    ],
)
def test_a_window_title_is_no_name(detector, entity, title):
    assert _basis(detector, entity, title) is None
    assert _basis(detector, entity, title, mask_first=True) is None  # its dash under the mask


@pytest.mark.parametrize(
    "entity, title",
    [
        ("PERSON", "Rosamund Pennimore - Profile"),  # a title naming a person: a real value shown
        ("PERSON", "Profile - Rosamund Pennimore"),
        ("PERSON", "Rosamund Pennimore"),
        ("PERSON", "Rosamund Jean-Pennimore"),  # a dash inside a word is no title's
    ],
)
def test_a_name_in_a_title_or_alone_is_still_reported(detector, entity, title):
    assert _basis(detector, entity, title) == FindingBasis.HIGH_CONFIDENCE
