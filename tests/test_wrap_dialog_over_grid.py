"""A dialog's note dragged onto a grid row's baseline is no head of the e-mail address under it
(issue 17, class: a CRM grid with a notes dialog dragged over it). Found on crm_grid
(corpus42/prec) by benchmarks/gate.py at 2015c6d: EMAIL_ADDRESS seen_value x5 on the note. The
note's line sat on a row's baseline, so OCR read one line '<e-mail cell>  <Word> <word>.' (a
column's gap between them) over the next row's e-mail cell; the wrap pass took '<word>.' and
the next address for one address cut inside its token (wraps._glued), and the analysis typed
the note and the address one value. The head of a cut token runs on where the line under it
starts. Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 93.0) for t, x, y, w, h in words))


def _emails(detector, lines: list[TextLine]) -> list[str]:
    lt, spans = detector.find_spans(Layout(tuple(lines)))
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "EMAIL_ADDRESS"]


def test_a_note_on_a_grid_row_s_baseline_is_no_head_of_the_next_row_s_address(detector):
    lines = [
        _line(("ronan.ferrisby@corvell.com", 666, 462, 160, 13)),
        _line(("mhale@quillmere.com", 666, 485, 140, 16), ("Rang", 865, 483, 30, 13), ("back.", 898, 483, 34, 13)),
        _line(("tessa.quorley@quillmere.com", 667, 507, 150, 13)),
    ]
    found = _emails(detector, lines)
    assert "tessa.quorley@quillmere.com" in found
    assert not [e for e in found if "back" in e or "Rang" in e]


def test_an_address_cut_at_a_bubble_s_width_is_still_one(detector):
    lines = [
        _line(
            ("Please", 40, 100, 42, 13),
            ("write", 86, 100, 32, 13),
            ("to", 122, 100, 12, 13),
            ("ronan.", 138, 100, 40, 13),
        ),
        _line(("ferrisby@corvell.com", 40, 118, 130, 13)),
    ]
    assert any(e.startswith("ronan.") for e in _emails(detector, lines))
