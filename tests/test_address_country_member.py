"""An address object's country is no address (issue 17, class: document databases' shells, REPLs
and API dumps printing an address object, `address: { street: .., town: .., country: 'GB' }`).
Found on mongo_shell (corpus39/scn2) by benchmarks/gate.py at 178b20b: a false block, ADDRESS
high_confidence x3 (16-20 s) on the country code of a document's address object, its opening
quote read as '*' ("country: *<CC>'")
(label:address/member), which the analysis left readable; independent check 0 leaks in 78
frames. A country alone names no one's address (the gate drops a country alone as a piece of a
place too, 2aba2c2). Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout


def _addresses(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=8, line_h=16))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"}


def test_an_address_objects_country_is_no_address(detector):
    found = _addresses(
        detector,
        (40, 100, "address: {"),
        (56, 124, "street: '14 Penhallow Lane',"),
        (56, 148, "country: *GB'"),  # OCR read its opening quote as '*'
        (40, 172, "},"),
    )
    assert not any("GB" in v for v in found), found
    assert any("14 Penhallow Lane" in v for v in found), found


def test_an_inline_address_objects_country_is_no_address(detector):
    found = _addresses(detector, (40, 100, "address: { street: '14 Penhallow Lane', country: *GB' },"))
    assert not any("GB" in v for v in found), found
