"""A label that is a start tag's name is no caption of its attributes (issue 17, over-masking;
class: XML replies and exports in a browser's XML tree, view-source, an editor or a terminal,
where an element with children opens on a line of its own with attributes: `<Address
type="home">`, `<Phone kind="work">`). xml_viewer, traced through the whole recording: the
caption finder took the tag's name for the address caption and its attribute for the address,
so the memory learnt the attribute as an ADDRESS and masked it on every such tag for the rest of
the recording. It happened where the tree had scrolled the start tag's line under the page's top
edge (1-2 px of it left, which OCR still read): the children under it then no longer read as its
members. The element's text and its members under it are still read (_xml_elements), and
a caption written as text before a value stays one. Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import values_found

TREE = [
    (8, 0, '▼<Client ref="CL-553190">'),
    (21, 17, 'v<Address type="home">'),
    (34, 34, "<Line1>27 Pellow Garth</Line1>"),
    (34, 51, "<City>Quarnby Vale</City>"),
    (34, 68, "<PostalCode>QV4 7XJ</PostalCode>"),
    (21, 85, "</Address>"),
    (21, 102, '<Phone kind="work">'),
    (34, 119, "<Number>+44 7700 900731</Number>"),
    (21, 136, "</Phone>"),
    (8, 153, "</Client>"),
]


def test_a_start_tags_attribute_is_no_value_of_its_caption(detector):
    found = values_found(detector, *TREE)
    assert not [text for text in found if "type=" in text or "kind=" in text or text.endswith('">')], found


def test_the_elements_members_are_still_found(detector):
    found = values_found(detector, *TREE)
    assert "27 Pellow Garth" in found, found
    assert "QV4 7XJ" in found, found
    assert "+44 7700 900731" in found, found


def test_a_caption_before_its_value_is_still_one(detector):
    found = values_found(detector, "Address 27 Pellow Garth, Quarnby Vale")
    assert any("27 Pellow Garth" in text for text in found), found


def _line(y: int, h: int, *words: tuple[int, int, str]) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, w, h), 90.0) for x, w, text in words))


def test_a_start_tag_cut_at_the_pages_top_edge_gives_its_attribute_to_no_caption(detector):
    # Chromium's XML tree scrolled: the start tag's line is cut to its last 2 px under the edge
    layout = Layout(
        (
            _line(82, 2, (74, 63, "<Address"), (144, 93, 'type="home">')),
            _line(85, 12, (86, 70, "<Line1>27"), (164, 47, "Pellow"), (219, 102, "Garth</Line1>")),
            _line(102, 15, (86, 190, "<City>Quarnby</City>")),
            _line(119, 12, (86, 125, "<PostalCode>QV4"), (219, 125, "7XJ</PostalCode>")),
            _line(153, 13, (73, 78, "</Address>")),
        )
    )
    lt, findings = detector.find_spans(layout)
    found = [lt.text[f.start : f.end] for f in findings]
    assert not [text for text in found if "type=" in text], found
