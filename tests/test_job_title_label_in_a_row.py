"""A job title that doubles as a name's label, in a table's row, labels nothing (issue 18,
over-masking; class: staff directories, CRM and HR grids whose 'Job title' column holds 'Account
Manager' or 'Relationship Manager' beside a 'Department' column).

zoomed_directory at 75 % (corpus39): 'Account Manager' under 'Job title' was read as the label
'account manager' and the next cell, the department 'Sales' (a surname too, so remembered), as
a person's name; remembered, it was masked in every row, in 'Sales Executive' too. A label's
value of one word that is a cell of a table's row a column's gap after another cell is typed by
its column. The label and its value inside one cell, and key/value grids, keep their names.
Values invented."""

from __future__ import annotations

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

XS = (10, 200, 400, 540, 780)


def _row(y: int, *cells: str) -> list[tuple[int, int, str]]:
    return [(x, y, c) for x, c in zip(XS, cells)]


def _people(detector, rows) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows), ValueMemory())
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"]


def test_a_department_beside_a_job_title_is_no_name(detector):
    rows = _row(0, "Name", "Job title", "Department", "E-mail", "Mobile")
    data = [
        ("Orla Brennan", "Account Manager", "Sales", "orla.b@example.com", "07700 900111"),
        ("Tomasz Wrobel", "Data Engineer", "Engineering", "t.wrobel@example.com", "07700 900222"),
        ("Kemi Adeyemi", "Sales Executive", "IT", "k.adeyemi@example.com", "07700 900333"),
        ("Ivo Petrov", "Relationship Manager", "Sales", "ivo.p@example.com", "07700 900444"),
    ]
    for i, cells in enumerate(data):
        rows += _row(24 * (i + 1), *cells)
    people = _people(detector, rows)
    assert "Sales" not in people, people
    for name in ("Orla Brennan", "Tomasz Wrobel", "Kemi Adeyemi", "Ivo Petrov"):
        assert name in people, (name, people)


def test_a_name_after_its_label_inside_a_cell_or_in_a_key_value_grid_is_found(detector):
    in_a_cell = [(10, 0, "Name"), (200, 0, "Role"), (400, 0, "Office")]
    in_a_cell += [(10, 24, "Orla Brennan"), (200, 24, "Account manager: Wrobel"), (400, 24, "Leeds")]
    assert "Wrobel" in _people(detector, in_a_cell)
    key_value = [(10, 0, "Attribute"), (200, 0, "Value"), (10, 24, "Account manager"), (200, 24, "Brennan")]
    key_value += [(10, 48, "Status"), (200, 48, "Active"), (10, 72, "Office"), (200, 72, "Leeds")]
    assert "Brennan" in _people(detector, key_value)
    grid = [(10, 0, "Customer"), (200, 0, "Account manager"), (400, 0, "Status")]
    grid += [(10, 24, "Acme Ltd"), (200, 24, "Brennan"), (400, 24, "Active")]
    assert "Brennan" in _people(detector, grid)
