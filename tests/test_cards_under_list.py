"""A customer's record opened under the list it was picked from (an invoicing app's Customers
page scaled to 66 %): the list's header scrolled away, its last rows still show, and under them
the customer's cards side by side ("COMPANY | BANK DETAILS"), each a column of "Caption  value"
lines. The list's table is remembered; the cards' rows lined up with its columns by chance (the
captions under Company and Email, the values under Contact person and Phone), so the list typed
them: the sort code was a cell of the list's body and its caption's finding was dropped, the
account number became a phone number. A remembered table claims no row laid out as cards' rows:
captions alternating with values, or cells that start where such rows' cells start and where
none of its columns does. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

LIST_X = (138, 290, 413, 649, 778)
HEADER = ("Company", "Contact person", "Email", "Phone", "Outstanding")
ROWS = [
    ("Corvath Timber Ltd", "Maelys Treloweth", "maelys@corvath.example", "07700 900412", "£1,120.00"),
    ("Bluecairn Dental", "Oswin Kettleby", "oswin@bluecairn.example", "01632 960118", "£0.00"),
    ("Fenwold Print & Sign", "Ysolt Garrowby", "ysolt.g@fenwold.example", "07700 900733", "£384.50"),
    ("Dunmarch Bakery", "Perrin Purtell", "perrin@dunmarch.example", "01632 960441", "£96.10"),
]
CAPTION_X, VALUE_X, RIGHT_CAPTION_X, RIGHT_VALUE_X = 133, 232, 491, 590
CARDS = [
    ("Company number", "08123456", "Account name", "Corvath Timber Ltd"),
    ("Billing contact", "Maelys Treloweth", "BIC", "BUKBGB22"),
    ("Email", "maelys@corvath.example", "Sort code", "20-20-15"),
    ("Billing address", "Unit 4, Quarry Row", "Account number", "55501234"),
    # captions no column's header: a cards' row by where its cells start
    ("Account type", "Business Current", "Statement", "Monthly Paper"),
]


def _rows(first: int, header: bool) -> list[tuple[int, int, str]]:
    rows = [(x, 124, h) for x, h in zip(LIST_X, HEADER, strict=True)] if header else []
    for k, cells in enumerate(ROWS[first:], start=first):
        rows += [(x, 143 + 19 * k, c) for x, c in zip(LIST_X, cells, strict=True)]
    return rows


def _record() -> list[tuple[int, int, str]]:
    rows = [(123, 243, "Corvath Timber Ltd"), (CAPTION_X, 268, "COMPANY"), (RIGHT_CAPTION_X, 268, "BANK DETAILS")]
    for k, (caption, value, right_caption, right_value) in enumerate(CARDS):
        y = 283 + 14 * k
        rows += [(CAPTION_X, y, caption), (VALUE_X, y, value), (RIGHT_CAPTION_X, y, right_caption)]
        rows += [(RIGHT_VALUE_X, y, right_value)]
    return rows


def _types(detector, rows, memory) -> dict[str, set[str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=9), memory)
    found: dict[str, set[str]] = {}
    for f in findings:
        found.setdefault(lt.text[f.start : f.end], set()).add(f.entity_type)
    return found


def test_cards_under_a_remembered_list_are_no_rows_of_it(detector):
    memory = ValueMemory()
    _types(detector, _rows(0, header=True), memory)  # the list, its header shown: remembered
    found = _types(detector, _rows(2, header=False) + _record(), memory)
    assert found.get("20-20-15") == {"SORT_CODE"}, found.get("20-20-15")
    assert "PHONE_NUMBER" not in found.get("55501234", set()), "an account number typed by the list's Phone column"
    assert "ACCOUNT_NUMBER" in found.get("55501234", set())
    assert "PERSON" in found.get("Maelys Treloweth", set())
    # a card's innocent value under the list's Contact person column is no name
    assert "Business Current" not in found, found.get("Business Current")
    # the list's own rows, under no header now, are still its rows
    assert "PERSON" in found.get("Perrin Purtell", set())
    assert "PHONE_NUMBER" in found.get("01632 960441", set())


def test_a_remembered_list_still_types_its_rows_without_cards(detector):
    memory = ValueMemory()
    _types(detector, _rows(0, header=True), memory)
    found = _types(detector, _rows(1, header=False), memory)
    for name in ("Oswin Kettleby", "Ysolt Garrowby", "Perrin Purtell"):
        assert "PERSON" in found.get(name, set()), name
    assert "PHONE_NUMBER" in found.get("07700 900733", set())


def test_a_company_cards_contact_caption_names_a_person(detector):
    """The person at the company, captioned by their role on its card ("Billing contact", as the
    customer list's column names them), is a name the value memory may not know: OCR read the
    list's cell another way at 66 %, and with the list no longer typing the card's rows nothing
    else typed it."""
    for caption in ("Billing contact", "Contact person", "Primary contact:", "Key contact"):
        found = _types(detector, [(CAPTION_X, 310, caption), (VALUE_X, 310, "Ysolt Garrowby")], ValueMemory())
        assert found.get("Ysolt Garrowby") == {"PERSON"}, (caption, found)
    found = _types(detector, [(CAPTION_X, 310, "Billing contact"), (VALUE_X, 310, "accounts@fenwold.example")], None)
    assert "PERSON" not in {t for types in found.values() for t in types}, found
