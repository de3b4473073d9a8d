"""Values glued to HTML tags (view-source, the developer tools' Elements panel): OCR reads
"<td>Firstname" and "Lastname</td>" as words, and no finder saw a name, a town or a field's value
in them (markup.py `without_tags`). Values are invented."""

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout, value_covered

ELEMENTS_PANEL = [
    '<table class="members">',
    "  <tbody>",
    "    <tr>",
    "      <td>Isolde Brackwater</td>",
    "      <td>isolde.b@example.org</td>",
    "      <td>Premium</td>",
    "    </tr>",
    "    <tr>",
    "      <td>Fergal Quenby</td>",
]


@pytest.mark.parametrize(
    "rows, value",
    [
        (ELEMENTS_PANEL, "Isolde Brackwater"),
        (ELEMENTS_PANEL, "Fergal Quenby"),
        (["<tr><td>Isolde Brackwater</td><td>Premium</td></tr>"], "Isolde Brackwater"),
        (['<div class="profile"><span class="label">Name:</span> Isolde Brackwater</div>'], "Isolde Brackwater"),
        (['<input type="text" name="full_name" value="Isolde Brackwater">'], "Isolde Brackwater"),
        (["<li>Lives in Harrogate</li>"], "Harrogate"),
    ],
)
def test_a_value_glued_to_html_tags_is_found(detector, rows, value):
    assert value_covered(detector, rows, value)


@pytest.mark.parametrize(
    "row",
    [
        "<td>Premium</td>",
        '<span class="badge">Active</span>',
        '<button type="submit">Save changes</button>',
        "<li>Order history</li>",
    ],
)
def test_innocent_text_between_tags_stays(detector, row):
    lt, findings = detector.find_spans(text_layout(row))
    assert not findings, [(f.entity_type, lt.text[f.start : f.end]) for f in findings]


# A table's source: the header row's <th> cells type the <td> cells of its rows by their order
# (structure/markup_tables.py), a row on one line or a cell a line; the header remembered once it
# scrolled away. A date of birth and a town alone in their cells have nothing else to go by.
HEADER_ROW = "<tr><th>Name</th><th>Email</th><th>Date of birth</th><th>Town</th></tr>"
ROWS = [
    '<tr data-id="3">',
    "  <td>Isolde Brackwater</td>",
    '  <td><a href="mailto:ib@example.org">ib@example.org</a></td>',
    "  <td>1983-04-12</td>",
    "  <td>Harrogate</td>",
    "</tr>",
    "<tr><td>Fergal Quenby</td><td>fq@example.net</td><td>1990-11-02</td><td>Keswick</td></tr>",
]


@pytest.mark.parametrize("value", ["1983-04-12", "Harrogate", "1990-11-02", "Keswick"])
def test_cells_of_a_table_s_source_are_typed_by_its_header_row(detector, value):
    assert value_covered(detector, ["<table>", "<thead>", HEADER_ROW, "</thead>", *ROWS], value)


def test_a_name_cell_whose_capital_was_read_small_is_typed(detector):
    """view_source scaled to 66 %: "<td>chloe <Last></td>", the given name's C read small; a
    person's cell wanted its first word capitalised, and the name stayed readable for 7 s."""
    rows = [
        "<table>",
        HEADER_ROW,
        "<tr><td>colette Quenby</td><td>cq@example.net</td><td>1990-11-02</td><td>Keswick</td></tr>",
    ]
    assert value_covered(detector, rows, "colette Quenby")


def test_rows_of_a_table_s_source_are_typed_once_its_header_scrolled_away(detector):
    memory = ValueMemory()
    detector.find_spans(text_layout("<table>", HEADER_ROW, *ROWS[:1]), memory)
    lt, findings = detector.find_spans(text_layout(*ROWS), memory)
    for value in ("1983-04-12", "Harrogate", "1990-11-02"):
        start = lt.text.index(value)
        assert any(f.start <= start and start + len(value) <= f.end for f in findings), value


def test_a_row_of_another_table_is_not_typed_by_its_header(detector):
    lt, findings = detector.find_spans(
        text_layout(HEADER_ROW, "<tr><td>Court 1</td><td>Studio</td><td>19:00</td></tr>")
    )
    assert not findings, [(f.entity_type, lt.text[f.start : f.end]) for f in findings]


def test_an_html_form_s_field_names_are_no_values(detector):
    # '<input name="dob">': the XML attribute rule read "name" as a caption and the field's name as
    # a person's, learnt and masked wherever the word showed (view_source's form)
    rows = [
        '<input type="text" id="street" name="street" value="Flat 3 Orrin Haven">',
        '<input type="date" id="dob" name="dob" value="1951-07-14">',
    ]
    lt, findings = detector.find_spans(text_layout(*rows))
    named = [lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"]
    assert not named, named
    assert value_covered(detector, rows, "1951-07-14")


def test_an_xml_element_s_name_attribute_is_still_a_name(detector):
    assert value_covered(detector, ['<Person name="Isolde Brackwater" dob="1951-07-14">'], "Isolde Brackwater")


def test_a_table_s_source_with_line_numbers_read_apart_is_typed_row_by_row(detector):
    """view_source scaled to 66 %: some of the source's line numbers were read as lines of their
    own a pixel off their code; the layout text's block order then held those lines apart from
    their rows, the rows lost their starts, and the towns of every row after the second stayed
    readable for 27 s. Rows are read in the page's order, top to bottom."""
    code = [
        '<table class="members">',
        "<tr><th>Name</th><th>Email</th><th>Town</th></tr>",
        "<tbody>",
        *[
            line
            for i, (name, email, town) in enumerate(
                [
                    ("Isolde Brackwater", "ib@example.org", "Harrogate"),
                    ("Fergal Quenby", "fq@example.net", "Keswick"),
                    ("Odalys Pargeter", "op@example.com", "Ambleside"),
                ]
            )
            for line in (
                f'<tr data-id="{41 + i}">',
                f"<td>{name}</td>",
                f"<td>{email}</td>",
                f"<td>{town}</td>",
                "</tr>",
            )
        ],
    ]
    rows: list[tuple[int, int, str]] = []
    for i, line in enumerate(code):
        if i % 3 == 1:  # its number read as a line of its own, a pixel lower
            rows += [(0, 20 * i + 1, str(12 + i)), (40, 20 * i, line)]
        else:
            rows.append((0, 20 * i, f"{12 + i} {line}"))
    lt, findings = detector.find_spans(text_layout(*rows, char_w=6))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    for town in ("Harrogate", "Keswick", "Ambleside"):
        assert ("LOCATION", town) in found, found
