"""The gate reads a record's table as the analysis did, and no organisation's name as a piece of
a place (issue 17, false blocks; class: a member's or customer's record with a summary card
beside a table, a nomination or contacts table with an Address column; companies named after a
town or a family). pension_portal (corpus42/prec), gate: ADDRESS high_confidence x4 on a
beneficiary's 'Same as member' (0-6 s) and LOCATION seen_value x5 on a previous employer's
'<Place> <Trade> Ltd' (7.7-12 s); the independent check found no leak. Values invented."""

from __future__ import annotations

from pipeline.analysis.values import SeenValues
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord
from pipeline.redact.verify import MASKED_CELL, _organisation_of, _pieces, _TablesMemory
from tests.helpers import text_layout


def _words(*rows: tuple[int, int, str]) -> list[OcrWord]:
    """Words at (x, y), 6 px a character, 11 px tall; "#" a masked cell as the gate reads it."""
    words = []
    for x, y, text in rows:
        for part in text.split(" "):
            if part == "#":
                words.append(OcrWord(MASKED_CELL, Box(x, y + 2, 80, 7), 0.0))
                x += 88
                continue
            words.append(OcrWord(part, Box(x, y, 6 * len(part), 11), 95.0))
            x += 6 * (len(part) + 1)
    return words


# A summary card (left) whose 'NI number' line shares the table's header row, its value masked;
# the nomination table (right): names and dates of birth masked, the spouse's address a
# reference to the member's, the daughter's masked
RECORD = [
    (31, 211, "Member number"),
    (157, 211, "#"),
    (352, 230, "Name"),
    (587, 230, "Relationship"),
    (739, 230, "Date of birth"),
    (922, 230, "Share"),
    (971, 230, "Address"),
    (31, 232, "NI number"),
    (157, 232, "#"),
    (31, 253, "Date of birth"),
    (157, 253, "#"),
    (348, 257, "#"),
    (586, 257, "Spouse"),
    (733, 257, "#"),
    (934, 257, "60%"),
    (971, 257, "Same as member"),
    (30, 274, "Address"),
    (157, 274, "#"),
    (347, 284, "#"),
    (587, 284, "Daughter"),
    (735, 284, "#"),
    (932, 284, "30%"),
    (966, 284, "#"),
]


def _gate_finds(detector, rows) -> list[tuple[str, str]]:
    found = detector.detect(group_lines(_words(*rows)), _TablesMemory())
    return [(d.entity_type, d.recognizer) for d in found]


def test_a_masked_value_beside_a_caption_on_a_header_row_is_the_caption_s_not_a_header(detector):
    """The card's 'NI number  <masked>' on the table's header row: with the value shown (a digit
    in it) the pair is taken off the row and the table is found (the analysis's reading); masked,
    the block had no digit, the row was no header, and 'Address' became a label over 'Same as
    member' (label:address/below)."""
    found = _gate_finds(detector, RECORD)
    assert not [f for f in found if f[0] in ("ADDRESS", "LOCATION")]


def test_a_shown_address_in_the_column_is_still_found(detector):
    rows = [r for r in RECORD if r != (966, 284, "#")] + [(966, 284, "Flat 9, 27 Quarrendon Walk")]
    found = detector.detect(group_lines(_words(*rows)), _TablesMemory())
    assert [d for d in found if d.entity_type in ("ADDRESS", "LOCATION") and d.box.x >= 960]


def _pieces_found(detector, *rows: str, entity: str = "LOCATION", value: str = "Brindlecombe") -> list:
    seen = SeenValues()
    seen.add(entity, value, 17.1)
    lexicon = detector.lexicon
    return _pieces(
        0,
        8.0,
        text_layout(*rows),
        seen,
        [],
        lexicon.is_ordinary,
        lexicon.is_name,
        None,
        None,
        _organisation_of(lexicon),
    )


def test_a_company_named_after_a_seen_place_is_no_piece_of_it(detector):
    """A message's 'the transfer from <Place>' (NER's LOCATION, masked there) and the record's
    'Previous employer' cell '<Place> Haulage Ltd': the company's name, as the analysis reads it."""
    assert _pieces_found(detector, "Previous employer  Brindlecombe Haulage Ltd  £41,208.55") == []
    assert _pieces_found(detector, "Brindlecombe Freight & Storage Ltd") == []


def test_the_place_alone_or_before_no_company_word_is_still_a_piece(detector):
    assert [p.entity_type for p in _pieces_found(detector, "has moved to Brindlecombe last month")] == ["LOCATION"]
    assert [p.entity_type for p in _pieces_found(detector, "Brindlecombe Road")] == ["LOCATION"]


def test_a_person_s_surname_in_a_company_name_is_none_but_a_sole_trader_s_full_name_is(detector):
    found = _pieces_found(detector, "Quennock & Sons Ltd", entity="PERSON", value="Emma Quennock")
    assert found == []
    found = _pieces_found(detector, "Emma Quennock Plumbing", entity="PERSON", value="Emma Quennock")
    assert [p.entity_type for p in found] == ["PERSON"]
