"""A date caption with its format hint holds its value below (issue 18, corpus_n4 at 75 %).

A German checkout's "Geburtsdatum (TT.MM.JJJJ)" over its input: the text after the caption was
taken for its value, and, no date, for none; the date typed below was found by nothing but
NER's context where no other caption stood between ("E-Mail" beside it), and stayed readable
(DATE_OF_BIRTH, 19 sightings at scale 0.75). Fake OCR layouts as in test_detect; the rows as a
checkout lays them out (captions in one row, their inputs under them).
"""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

HINTS = [
    ("Geburtsdatum", "(TT.MM.JJJJ)", "E-Mail", "03.11.1968"),
    ("Geburtsdatum", "(TT.MM.JJ)", "E-Mail", "03.11.1968"),  # as read at 75 %
    ("Birthdate", "(MM/DD/YYYY)", "E-mail", "11/03/1968"),
    ("Date of birth", "(DD/MM/YYYY)", "Email", "03/11/1968"),
    ("Date of birth", "(mm-dd-yyyy)", "Email", "11-03-1968"),
]


@pytest.mark.parametrize("caption,hint,beside,value", HINTS)
def test_a_date_caption_with_its_format_hint_finds_the_date_below(detector, caption, hint, beside, value):
    rows = [
        (60, 360, "Telefon"),
        (330, 360, f"{caption} {hint}"),
        (610, 360, beside),
        (68, 384, "0151 2345678"),
        (340, 384, value),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, [d for d in dets if d.entity_type == "DATE_OF_BIRTH"], value)
    assert_visible(layout, dets, hint)
    assert_visible(layout, dets, caption)


def test_a_hint_that_is_no_date_format_or_text_below_that_is_no_date_finds_nothing(detector):
    """A hint over a sentence finds no date, nor does a hint after a caption of another date."""
    layout, dets = detect(detector, (330, 360, "Geburtsdatum (TT.MM.JJJJ)"), (340, 384, "Bitte angeben"))
    assert not [d for d in dets if d.entity_type == "DATE_OF_BIRTH"]
    layout, dets = detect(detector, (330, 360, "Datum (TT.MM.JJJJ)"), (610, 360, "E-Mail"), (340, 384, "03.11.2024"))
    assert not [d for d in dets if d.entity_type == "DATE_OF_BIRTH"], "a date of another kind"


def test_a_header_cell_with_a_bracketed_note_types_its_column(detector):
    """A grid's header cells carry a format hint or a unit in brackets: the phrase before it
    names the column ("Telefon" typed the row as a header once the German pack knew it, and the
    date column's cell with its hint was read as no header, its dates as nothing)."""
    rows = [
        (60, 360, "Customer"),
        (260, 360, "Date of birth (dd/mm/yyyy)"),
        (520, 360, "Balance (£)"),
        (60, 384, "Ottilie Brankovic"),
        (260, 384, "17/02/1961"),
        (520, 384, "1,204.00"),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, [d for d in dets if d.entity_type == "DATE_OF_BIRTH"], "17/02/1961")
    assert_visible(layout, dets, "(dd/mm/yyyy)")
    assert_visible(layout, dets, "1,204.00")
