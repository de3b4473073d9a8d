"""An XML document as a browser's XML tree, its view-source or a pretty-printer shows it (class: a
SOAP or XML REST reply opened in Chromium, 'This XML file does not appear to have any style
information...'; an XML export in an editor or a terminal): one element a line, the tag names its
text as a JSON key names its value but with no ':' after it (`<GivenName>...</GivenName>`, a
namespace prefix before the tag), a start tag's attributes hold values too (`author="..."`), and
an element with children (`<Address type="home">`, a fold triangle before it) holds its parts on
the lines indented under it up to its closing tag. Scene xml_viewer. Values are invented."""

import pytest

from tests.helpers import values_found

# x, y, text: Chromium's tree indents each level by one em (13 px monospace, 17 px lines)
RECORD = [
    (8, 0, '▼<Customer id="CUS-480213" status="active">'),
    (21, 17, "▼<Name>"),
    (34, 34, "<Title>Mr</Title>"),
    (34, 51, "<GivenName>Tobias</GivenName>"),
    (34, 68, "<FamilyName>Quennell</FamilyName>"),
    (21, 85, "</Name>"),
    (21, 102, "<Email>tobias.q@example.com</Email>"),
    (21, 119, '<Phone type="mobile">+44 7700 900418</Phone>'),
    (21, 136, "<ns2:DateOfBirth>1984-03-12</ns2:DateOfBirth>"),
    (21, 153, 'v<Address type="home">'),
    (34, 170, "<Line1>Flat 2, 14 Haddon Crescent</Line1>"),
    (34, 187, "<City>Ludlow</City>"),
    (34, 204, "<PostalCode>NR3 2LP</PostalCode>"),
    (34, 221, "<Country>GB</Country>"),
    (21, 238, "</Address>"),
    (21, 255, "<AccountNumber>31926819</AccountNumber>"),
    (21, 272, '<Note author="Miriam Oxborrow" created="2026-11-28">Called back</Note>'),
    (21, 289, '<Contact relation="spouse" surname="Fairweather" optIn="false"/>'),
    (21, 306, "<Segment>RETAIL</Segment>"),
    (8, 323, "</Customer>"),
]


@pytest.mark.parametrize(
    "value, entity",
    [
        ("Tobias", "PERSON"),  # <GivenName>
        ("Quennell", "PERSON"),  # <FamilyName>
        ("1984-03-12", "DATE_OF_BIRTH"),  # a namespace prefix before the tag
        ("Ludlow", "LOCATION"),  # <City>
        ("31926819", "ACCOUNT_NUMBER"),  # <AccountNumber>
        ("Flat 2, 14 Haddon Crescent", "ADDRESS"),  # <Line1> under <Address>: a part of it
        ("Fairweather", "PERSON"),  # an attribute whose name is a label
        ("Miriam Oxborrow", "PERSON"),  # a note's author
    ],
)
def test_an_elements_tag_names_its_text(detector, value, entity):
    found = values_found(detector, *RECORD)
    assert found.get(value) == entity, found


def test_an_element_cut_at_the_windows_edge_still_names_its_text(detector):
    # the closing tag past the viewport's right edge: OCR reads its "</" and a letter or two
    found = values_found(detector, (21, 0, "<FamilyName>Quennell</Fa"))
    assert found.get("Quennell") == "PERSON", found


@pytest.mark.parametrize(
    "rows",
    [
        [(8, 0, "<Product>"), (21, 17, "<ProductName>Harris Tweed Flat Cap</ProductName>"), (8, 34, "</Product>")],
        [(8, 0, '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">')],
        [(8, 0, "v<Address>"), (21, 17, "<Country>GB</Country>"), (21, 34, "<Type>home</Type>"), (8, 51, "</Address>")],
        [(8, 0, "<Status>Pending Review</Status>"), (8, 17, "<Segment>RETAIL</Segment>")],
    ],
)
def test_other_elements_stay_readable(detector, rows):
    found = values_found(detector, *rows)
    assert not {v for v, t in found.items() if t in {"PERSON", "ADDRESS", "LOCATION"}}, found


@pytest.mark.parametrize(
    "row, value, entity",
    [
        # small monospace type: a tag's O read as a zero, a space set beside a sort code's hyphen
        ("<Date0fBirth>1962-07-30</Date0fBirth>", "1962-07-30", "DATE_OF_BIRTH"),
        ("<SortCode>20 -45-77</SortCode>", "20 -45-77", "SORT_CODE"),
    ],
)
def test_an_element_read_with_a_misread_tag_or_value(detector, row, value, entity):
    found = values_found(detector, (21, 0, row))
    assert found.get(value) == entity, found


@pytest.mark.parametrize(
    "row, value, entity",
    [
        # a scroll's frame re-encoded at a low bitrate: the start tag's letters smeared, the
        # closing tag read right still names the element
        ("<FarnitlyRame>Tregellow</FamilyName>", "Tregellow", "PERSON"),
        ("<Dat6ofBlrth>1984-03-12</ns2:DateOfBirth>", "1984-03-12", "DATE_OF_BIRTH"),
    ],
)
def test_an_element_whose_start_tag_was_misread_is_named_by_its_closing_tag(detector, row, value, entity):
    found = values_found(detector, (21, 0, row))
    assert found.get(value) == entity, found


def test_a_closing_tag_naming_nothing_leaves_a_misread_start_tag_alone(detector):
    found = values_found(detector, (21, 0, "<Stotus>Pending Review</Status>"), (21, 17, "<Cornment>Tregellow</Note>"))
    assert not found.get("Pending Review") and not found.get("Tregellow"), found
