"""A town right after a street on the same row, before its postcode, is a place whatever the town:
an address autocomplete lists suggestions as "<street>  <Town> <POSTCODE>", the town and postcode
in small grey type read as a line of their own beside the street's. Only known towns were taken
("Leeds LS6 2AB"); an invented or rare town stayed readable while the street and the postcode
were masked (modal_edit, an "Edit customer" dialog's address suggestions). Values are invented."""

from tests.helpers import text_layout

SUGGESTIONS = [
    ("29 Pellow Walk", "Port Carrowby TR4 6JD"),
    ("Flat 1, 29 Pellow Walk", "Port Carrowby LL2 8RW"),
    ("29A Pellow Walk", "Port Carrowby DG3 9NT"),
]


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _covered(found: set[tuple[str, str]], value: str) -> bool:
    return any(value in text for _, text in found)


def test_an_unknown_town_beside_a_street_before_its_postcode_is_found(detector):
    rows: list[tuple[int, int, str]] = [(10, 0, "Address line 1"), (10, 24, "29 Pell")]
    for k, (street, rest) in enumerate(SUGGESTIONS):
        rows += [(10, 60 + 28 * k, street), (10 + 8 * len(street) + 10, 62 + 28 * k, rest)]
    found = _found(detector, *rows)
    assert _covered(found, "Port Carrowby"), found


def test_words_beside_no_street_before_a_postcode_stay_unknown_towns(detector):
    """No street on the row: capitalised words before a postcode are a town only when known."""
    found = _found(detector, (10, 0, "Order 4471"), (200, 2, "Port Carrowby TR4 6JD"))
    assert not _covered(found, "Port Carrowby"), found


def test_an_unknown_town_after_a_street_on_one_line_is_found(detector):
    """One OCR line that pyap2 does not parse (two street types, a postcode of a rare shape):
    the street, then the town and postcode after it."""
    found = _found(detector, (10, 0, "29 Pellow Centers Mews  Port Carrowby KW5P 3HN"))
    assert _covered(found, "29 Pellow Centers Mews"), found
    assert _covered(found, "Port Carrowby"), found


def test_a_town_that_starts_with_a_street_type_does_not_end_the_street():
    """ "<n> <Name> Mews  Port <Town>": the strong "Mews" ends the street, not the technical
    "Port" of the town after it (which made the whole a weak street, dropped)."""
    from pipeline.detection.recognizers.address import StreetLineRecognizer

    recognizer = StreetLineRecognizer()
    text = "29 Pellow Mews  Port Carrowby KW5P 3HN"
    found = [(r.start, r.end, r.score) for r in recognizer.analyze(text, ["ADDRESS"])]
    assert found == [(0, len("29 Pellow Mews"), StreetLineRecognizer.STREET_SCORE)], found
    # the technical or plural types alone stay weak
    for line in ("2 Network Drives", "3 Data Center Port"):
        scores = [r.score for r in recognizer.analyze(line, ["ADDRESS"])]
        assert all(s < StreetLineRecognizer.STREET_SCORE for s in scores), (line, scores)


def test_a_town_before_a_misread_postcode_after_a_street_is_found(detector):
    """At 75 % the suggestion's 8 px grey postcode is read with a letter for its digit ("KWSP
    7GY"): the postcode rules read it back after a street, the town rule did not."""
    found = _found(detector, (10, 0, "29 Pellow Centers Mews  Port Carrowby KWSP 3HN"))
    assert _covered(found, "Port Carrowby"), found
    found = _found(detector, (10, 0, "29 Pellow Walk"), (130, 2, "Port Carrowby KWSP 3HN"))
    assert _covered(found, "Port Carrowby"), found
