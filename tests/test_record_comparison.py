"""Records compared side by side: one column of captions on the left and a column of values per
record (a joint mortgage application's "Applicant 1 | Applicant 2", "Borrower | Co-borrower"),
so only the first record's values stand next to their captions (labels.py `_record_columns`).
The second record's values are its captions' values too; a grid of "Caption  value" pairs keeps
its second column's captions readable. A qualified caption ("Current address") owns its row:
the next row's value ("Time at address   2 years 4 months") is no line of its address. Values
are invented."""

from tests.helpers import text_layout

FIRST, SECOND = 200, 700  # x of each record's column of values


def _rows(rows: list[tuple[str, str, str]]) -> list[tuple[int, int, str]]:
    out = [(FIRST, 0, "Applicant 1"), (SECOND, 0, "Applicant 2")]
    for i, (caption, first, second) in enumerate(rows, start=1):
        out += [(0, i * 24, caption), (FIRST, i * 24, first), (SECOND, i * 24, second)]
    return out


def _found(detector, rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


JOINT = [
    ("Title", "Mr", "Ms"),
    ("Full name", "Tobiah Quenneville", "Marisol Ashcombe"),
    ("Date of birth", "17/03/1986", "02/11/1988"),
    ("NI number", "JT 40 82 17 B", "WK 63 05 29 D"),
    ("Current address", "4 Orchard Rise, Ripon HG4 1QT", "9 Tanner Row, Selby YO8 4DN"),
    ("Time at address", "2 years 4 months", "1 year 9 months"),
    ("Employer", "Fellgate Surveys Ltd", "Ryedale Council"),
    ("Mobile", "07712 408193", "07934 551062"),
]


def test_the_second_applicants_values_are_found_under_the_captions_of_the_first(detector):
    found = _found(detector, _rows(JOINT))
    for entity, value in [
        ("DATE_OF_BIRTH", "02/11/1988"),
        ("UK_NINO", "WK 63 05 29 D"),
        ("ADDRESS", "9 Tanner Row, Selby YO8 4DN"),
        ("PHONE_NUMBER", "07934 551062"),
    ]:
        assert (entity, value) in found, (entity, found)


def test_the_row_under_a_qualified_address_caption_is_not_its_address(detector):
    found = _found(detector, _rows(JOINT))
    values = {v for _, v in found}
    assert not values & {"2 years 4 months", "1 year 9 months", "Fellgate Surveys Ltd", "Ryedale Council"}, found


def test_a_grid_of_caption_value_pairs_keeps_its_second_captions(detector):
    rows = []
    for i, (caption, value, other, other_value) in enumerate(
        [
            ("Full name", "Tobiah Quenneville", "Status", "Active"),
            ("Date of birth", "17/03/1986", "Role", "Administrator"),
            ("Mobile", "07712 408193", "Team", "Surveys"),
        ]
    ):
        y = i * 24
        rows += [(0, y, caption), (FIRST, y, value), (SECOND, y, other), (SECOND + 120, y, other_value)]
    values = {v for _, v in _found(detector, rows)}
    assert not values & {"Status", "Role", "Team", "Active", "Administrator", "Surveys"}, values


# A merge-duplicates review: a radio button before each record's value, read by OCR as a glyph
# ("@", "©", "O"; glued to a dash: "@-"), and rows where the first record holds no value ("-")
MERGE = [
    ("Email", "@ q.varleigh@corrimail.example", "O quentin.v@postbox.example"),
    ("Phone", "@ 01632 960417", "O-"),
    ("Street", "@ 12 Tolver Lane", "O 7 Saddler Court"),
    ("Date of birth", "@-", "O 23/08/1979"),
    ("Contact owner", "@ Orla Trevasko", "O Idris Tremayne"),
    ("Lead source", "O Web form", "@ Phone enquiry"),
]


def test_values_behind_radio_buttons_are_found_in_both_records(detector):
    found = _found(detector, _rows(MERGE))
    for entity, value in [
        ("EMAIL_ADDRESS", "quentin.v@postbox.example"),
        ("PHONE_NUMBER", "01632 960417"),
        ("ADDRESS", "7 Saddler Court"),
        ("DATE_OF_BIRTH", "23/08/1979"),
    ]:
        assert any(e == entity and value in v for e, v in found), (entity, found)


def test_an_empty_first_record_still_types_the_other_records_cell(detector):
    """The first record's "-" is no value, but its row's second record is a date of birth."""
    rows = _rows([("Date of birth", "@-", "O 23/08/1979"), ("Phone", "@ 01632 960417", "O 01632 960588")])
    found = _found(detector, rows)
    assert any(e == "DATE_OF_BIRTH" and "23/08/1979" in v for e, v in found), found
    assert not any("@-" in v or "Lead source" in v for _, v in found), found


def test_a_choice_between_words_stays_readable(detector):
    values = {v for _, v in _found(detector, _rows(MERGE))}
    assert not any(w in v for v in values for w in ("Web form", "Phone enquiry", "Lead source")), values
