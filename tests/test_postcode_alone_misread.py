"""A bare UK postcode alone on its line (a "Recent searches" list under a support desk's search
box, 13 px type) whose inward code's digit OCR read as a letter ("<A99> S<AA>" for "<A99>
9<AA>"): the line is no address block, so the block finder's repair never ran and the postcode
stayed readable 4-17 s (customer_search, corpus38); the navigation pane's "Tickets" beside the
list shared the code's line. Alone in its part of a line, a code of a real postcode
area is one; a shape that names no area ("P2 SLA") or an inward code of letters no postcode uses
stays text. Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout


def _zips(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ZIP_CODE"}


def test_a_misread_postcode_alone_in_a_list_is_found(detector):
    rows = ["RECENT SEARCHES", "someone@example.com", "07700 900123", "L14 SRD"]
    assert "L14 SRD" in _zips(detector, *rows)


def test_a_misread_postcode_beside_another_pane_is_found(detector):
    rows = ["All results", "Customers", "Tickets" + " " * 10 + "L14 SRD", "Chats"]
    assert "L14 SRD" in _zips(detector, *rows)


def test_a_misread_code_within_a_sentence_stays_text(detector):
    assert not _zips(detector, "Tickets L14 SRD")


def test_a_shape_that_names_no_postcode_area_stays_text(detector):
    assert not _zips(detector, "Priority", "P2 SLA")
    assert not _zips(detector, "Status", "Q4 SOS")


def test_an_inward_code_of_letters_no_postcode_uses_stays_text(detector):
    assert not _zips(detector, "Level", "M1 SOK")
