"""A date field's caption with its format hint read short (issue 16, corpus_n4 eu_checkout at
scale 0.75: 'Geburtsdatum (TT.MM.JJJJ)' read as 'Geburtsdatum (TT.MM.J)', the hint no longer
one, the caption no label, and the date of birth typed under it stayed readable, DATE_OF_BIRTH,
19 sightings). Rows laid out as the checkout's form draws them; values invented."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect


@pytest.mark.parametrize("hint", ["(TT.MM.JJJJ)", "(TT.MM.J)", "(TT.MM.JJ)", "(T.M.)", "(DD/MM/Y)"])
def test_a_date_of_birth_under_a_caption_whose_hint_is_read_short(detector, hint):
    caption = "Geburtsdatum" if hint.startswith("(T") else "Date of birth"
    layout, dets = detect(detector, (248, 271, f"{caption} {hint}"), (459, 271, "E-Mail"), (256, 290, "03.11.1982"))
    assert [d for d in dets if d.entity_type == "DATE_OF_BIRTH"]
    assert_hidden(layout, dets, "03.11.1982")
    assert_visible(layout, dets, caption)


def test_a_date_under_a_caption_that_is_no_date_of_birth_stays_readable(detector):
    layout, dets = detect(detector, (248, 271, "Lieferdatum (TT.MM.J)"), (256, 290, "03.11.2026"))
    assert not [d for d in dets if d.entity_type == "DATE_OF_BIRTH"]
    assert_visible(layout, dets, "03.11.2026")
