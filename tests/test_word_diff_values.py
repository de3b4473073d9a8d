"""Values inside a word diff's markers (`git diff --word-diff`, `wdiff`): a changed run is printed
as `[-old-]{+new+}`, the markers glued to the name, mobile, postcode or e-mail they wrap. Read
as "[-07700", "<Last>-]{+<First>", "<address>-]", no recognizer found them and a delivery note's
old and new values stayed readable in a terminal (diff_side, stop 47). The markers are read as
spaces once more; the words they wrap around innocent text stay readable. Values are invented."""

from tests.helpers import text_layout

NOTES = [
    "@@ -12,9 +12,10 @@ ## Standing delivery notes",
    "- Eglantine Vellacott: side gate, ring [-07700 900418-]{+07700 900563+} first, never before 9am.",
    "- [-Rosalind Quenby-]{+Winifred Ormskirk+} takes parcels for No. 14 [-and 16-]{+only+}.",
    "- Pallet orders go to the yard: [-EX22 6WB-]{+PL31 7XQ+}, ask for {+Isolde Tregarthen+}.",
    "- Invoices to [-p.vellacott@quillmere.example-]{+accounts@tregarthen-joinery.example+} now.",
    "- Tuesday van: [-Route 4-]{+Route 7+}, back by 3pm.",
]


def _found(detector) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*NOTES))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def _covered(found: dict[str, str], value: str) -> bool:
    return any(value in text for text in found)


def test_values_glued_to_word_diff_markers_are_found(detector):
    found = _found(detector)
    for value in (
        "07700 900418",
        "07700 900563",
        "Rosalind Quenby",
        "Winifred Ormskirk",
        "Isolde Tregarthen",
        "EX22 6WB",
        "PL31 7XQ",
        "p.vellacott@quillmere.example",
    ):
        assert _covered(found, value), (value, found)


def test_marked_runs_of_innocent_words_stay_readable(detector):
    found = _found(detector)
    for text in found:
        for innocent in ("Route", "only", "and 16", "Standing delivery notes", "back by 3pm"):
            assert innocent not in text, (innocent, found)
