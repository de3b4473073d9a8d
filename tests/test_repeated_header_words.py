"""A header word OCR returned twice is one header cell (scene vcard_terminal, scaled to 0.75:
`column -s, -t < contacts.csv | head` printed a header row that OCR read as four lines, 'Name',
'E-mail', 'Mobile Mobile Company', 'Town Postcode'; the two 'Mobile' cells at one x made no
column, and mobile numbers read with '07' as '67' were typed by nothing, readable 23-34 s).
Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine

CHAR_W, LINE_H = 7, 10
COLUMNS = (8, 110, 302, 404, 524, 602)


def _line(y: int, *cells: tuple[int, str]) -> TextLine:
    words = []
    for x, text in cells:
        for part in text.split(" "):
            words.append(OcrWord(part, Box(x, y, CHAR_W * len(part), LINE_H), 90.0))
            x += CHAR_W * (len(part) + 1)
    return TextLine(tuple(words))


def _table(repeat: bool) -> Layout:
    mobile = [(COLUMNS[2], "Mobile"), (COLUMNS[2], "Mobile")] if repeat else [(COLUMNS[2], "Mobile")]
    lines = [
        _line(34, (COLUMNS[0], "Name")),
        _line(33, (COLUMNS[1], "E-mail")),
        TextLine(_line(33, *mobile).words + _line(33, (COLUMNS[3], "Company")).words),
        _line(33, (COLUMNS[4], "Town"), (COLUMNS[5], "Postcode")),
    ]
    rows = [
        ("Nuala Brennock", "nualab@example.com", "67700900123", "Kestrel Joinery", "Leeds", "LS6 2AB"),
        ("Tobias Quennell", "tq@example.org", "67700900456", "Fenwick Dental", "Derby", "DE22 1XY"),
    ]
    for i, row in enumerate(rows):
        lines.append(_line(46 + 13 * i, *zip(COLUMNS, row)))
    return Layout(tuple(lines))


def _phones(detector, layout: Layout) -> set[str]:
    lt, findings = detector.find_spans(layout)
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PHONE_NUMBER"}


def test_a_header_word_read_twice_still_types_its_column(detector):
    assert {"67700900123", "67700900456"} <= _phones(detector, _table(repeat=True))


def test_the_same_table_read_once(detector):
    assert {"67700900123", "67700900456"} <= _phones(detector, _table(repeat=False))
