"""A B2B app's customer list: company, the contact person at it, e-mail, phone (a ledger's,
a CRM's, a supplier portal's). "Contact person" names a column of people (structure.yaml), and
a given name whose capital I OCR read as a small l ("lsla <Last>", "lolo <Last>") is still a
name in it (cells.py `cell_shape_ok`). The companies beside them stay readable. Values are
invented."""

from tests.helpers import text_layout

ROWS = [
    ("Penhallow Joinery Ltd", "Yestin Carbery", "yestin@penhallow.example", "07700 900311"),
    ("Marram Dental Care", "lsla Wenlock", "isla.w@marram.example", "01632 960402"),
    ("Tolvan Print & Sign", "lfor Treleaven", "ifor@tolvan.example", "07700 900587"),
    ("Greystone Bakery", "Wenna Polkinghorne", "wenna@greystone.example", "01632 960118"),
]


def _found(detector) -> dict[str, str]:
    rows = [(0, 0, "Company"), (230, 0, "Contact person"), (420, 0, "Email"), (700, 0, "Phone")]
    for i, (company, person, email, phone) in enumerate(ROWS, start=1):
        rows += [(0, i * 28, company), (230, i * 28, person), (420, i * 28, email), (700, i * 28, phone)]
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_the_contact_person_column_holds_people_even_as_ocr_reads_a_capital_i(detector):
    found = _found(detector)
    for name in ("lsla Wenlock", "lfor Treleaven"):
        assert found.get(name) == "PERSON", (name, found)


def test_the_companies_beside_them_stay_readable(detector):
    found = " | ".join(_found(detector))
    for company in ("Penhallow", "Marram", "Tolvan", "Greystone"):
        assert company not in found, (company, found)
