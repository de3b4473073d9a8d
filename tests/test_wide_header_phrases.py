"""Neighbouring header cells far apart are two columns, not one header phrase: a wide customers
grid's "Email" and "Address" headers, the width of the e-mails apart, were joined into one
"email address" column; the Address column was typed by nothing and its street lines that no
street rule knows ("<n> <Name> Walks") stayed readable. Values are invented."""

from tests.helpers import text_layout

X = [20, 200, 320, 620, 810, 970]
HEADERS = ["Name", "Phone", "Email", "Address", "Town", "Postcode"]
ROWS = [
    ["Tobin Ashcroft", "07700 900123", "tobin.ashcroft@example.co.uk", "184 Pellow Walks", "Wenmouth", "YO8 2LN"],
    ["Idony Carrow", "07700 900456", "icarrow@gmail.com", "2 Garnet Mountains", "Bradleigh", "FK3 7QB"],
    ["Ruth Menzies", "07700 900789", "ruth.m@example.co.uk", "9 Orchard Lane", "Colbury", "PL9 4DX"],
]


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _grid(headers: list[str], xs: list[int]) -> list[tuple[int, int, str]]:
    rows = [(x, 0, h) for x, h in zip(xs, headers, strict=True)]
    for k, row in enumerate(ROWS):
        rows += [(x, 30 + 29 * k, cell) for x, cell in zip(xs, row, strict=True)]
    return rows


def test_an_address_column_right_of_a_wide_email_column_types_its_cells(detector):
    found = _found(detector, *_grid(HEADERS, X))
    texts = {v for _, v in found}
    for street in ("184 Pellow Walks", "2 Garnet Mountains"):
        assert any(street in t for t in texts), (street, found)
    assert ("EMAIL_ADDRESS", "icarrow@gmail.com") in found, found


def test_a_header_phrase_a_space_apart_still_joins(detector):
    """A terminal's header "email address" read as two cells a space apart stays one header:
    the column under it is typed EMAIL_ADDRESS (and the next column's cells are not)."""
    xs = [20, 200, 320, 376, 620, 810]  # "email" ends at 355: a gap of about one line height
    headers = ["Name", "Phone", "email", "address", "Town", "Postcode"]
    rows = [(x, 0, h) for x, h in zip(xs, headers, strict=True)]
    rows += [(20, 30, "Tobin Ashcroft"), (200, 30, "07700 900123"), (320, 30, "tobin@example.co.uk")]
    rows += [(620, 30, "Wenmouth"), (810, 30, "YO8 2LN")]
    found = _found(detector, *rows)
    assert ("EMAIL_ADDRESS", "tobin@example.co.uk") in found, found
