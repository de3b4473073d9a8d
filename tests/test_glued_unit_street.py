"""A CSV field holding a street line whose flat's or studio's word OCR glued to its number
("Studio4b <Name> <Type>": a space of a scaled-down terminal is a pixel or two). An address book's
export in vim, the header cut at the window's edge: the row's street stands past the header's
columns and is read alone as a street line (delimited.py `_shaped_fields`, recognizers/address.py
`street_field`), which wanted the unit word and its number apart, so the street stayed readable
(contacts_csv at 75 %). Values are invented."""

from pipeline.detection.recognizers.address import street_field
from tests.helpers import text_layout

HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,Mobile Phone,"
    "Home Phone,Business Phone,Company,Job Title,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Birthday,Notes"
)
OTHER = "Corwen,,Ashbury-Lode,,,,corwen.al@example.com,,07700 900234,,,,,27 Tollgate Mews,Wrexley Magna,,CA1 2ZZ"


def _vim(lines: list[str]) -> list[tuple[int, int, str]]:
    """The lines as vim shows them with `:set nu nowrap`: cut at 110 characters."""
    return [(0, 24 * (n - 1), f"{n:>3} {line[:110]}") for n, line in enumerate(lines, 1)]


def test_a_street_whose_studio_word_is_glued_to_its_number_is_an_address(detector):
    row = "Tamsyn,,Vellacott,,,,tamsyn.v@example.org,,07700 900233,,,,,Studio4b Orrin Drive,Ashcombe Regis,,"
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, row, OTHER])))
    assert "ADDRESS" in {f.entity_type for f in findings if "Orrin Drive" in lt.text[f.start : f.end]}, findings


def test_street_fields_with_a_glued_unit():
    assert street_field("Studio4b Orrin Drive")
    assert street_field("Flat12, 9 Quillon Row")
    assert not street_field("Studio4b")  # a unit alone is no street line
    assert not street_field("Unit7 Holdings")  # no street type
