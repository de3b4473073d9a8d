"""A bank statement line's payer or payee after its transaction code, as a bank feed or a
ledger's reconciliation prints it in capitals (names.py BareNameFinder._statement_code, codes in
detection.yaml `statement_codes`): "FP <I> <LAST> INV-0042", "BGC <FIRST> <LAST> REF ...", and
the sender's account name surname first, "FP <LAST> <I> <ref>". A direct debit's and a card's
lines name companies and stay readable, and so does a company paid or paying by transfer.
Values are invented."""

from tests.helpers import text_layout

LINES = [
    ("03 Dec", "FP R QUILLIGAN INV-0042", "£1,250.00"),
    ("03 Dec", "DD HMRC VAT 123456789", "-£2,114.60"),
    ("02 Dec", "BGC MERRIN TREWHELLA REF INV-0039", "£2,860.00"),
    ("01 Dec", "CARD 4417 SCREWFIX DIRECT", "-£63.48"),
    ("01 Dec", "FP HADLOW K OLD FORGE", "£96.40"),
    ("30 Nov", "FP KESTREL PRINT INV-0031", "£384.00"),
    ("30 Nov", "SO NORTHLIGHT ARCHITECTS", "£80.00"),
]


def _found(detector) -> set[str]:
    rows = [(0, 0, "Date"), (90, 0, "Bank statement line"), (420, 0, "Amount")]
    for i, (date, line, amount) in enumerate(LINES, start=1):
        rows += [(0, i * 24, date), (90, i * 24, line), (420, i * 24, amount)]
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_the_payers_of_a_bank_feeds_lines_are_names(detector):
    found = _found(detector)
    for name in ("R QUILLIGAN", "MERRIN TREWHELLA", "HADLOW K"):
        assert any(name in f for f in found), (name, found)


def test_companies_and_codes_on_statement_lines_stay_readable(detector):
    found = " | ".join(_found(detector))
    for text in ("HMRC", "SCREWFIX", "KESTREL", "PRINT", "NORTHLIGHT", "OLD FORGE", "INV-0042", "REF"):
        assert text not in found, (text, found)
