"""Values glued to HTML tags (view-source, the developer tools' Elements panel): OCR reads
"<td>Firstname" and "Lastname</td>" as words, and no finder saw a name, a town or a field's value
in them (markup.py `without_tags`). Values are invented."""

import pytest

from tests.helpers import text_layout


def _covered(detector, rows: list[str], value: str) -> bool:
    lt, findings = detector.find_spans(text_layout(*rows))
    start = lt.text.index(value)
    return any(f.start <= start and start + len(value) <= f.end for f in findings)


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
    assert _covered(detector, rows, value)


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
