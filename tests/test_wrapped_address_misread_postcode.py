"""An address in a chat message's sentence, wrapped over two lines, its postcode misread (issue 18).

sms_messages at crf 36 (corpus38): 'Hi mum, can you pick me up from <n> <Name> Stream, <Town' /
'town> <postcode> after practice?' in a bubble; OCR read the postcode's inward code with its
zero as a small 'o' and its wide 'W' as two letters ('<A9> oWw<A>' for '<A9> 0W<A>'), and the second
line shared its row with the conversation list's preview. The block finder needs a postcode it
can read, and a street whose type also names technical things ('Stream', 'Point', 'View') waits
for a context word: the street stayed readable 0-6 s. A misread postcode of a real postcode area
on the line under a street line makes it a street, and the town's words and the postcode are the
address's too. Rows as the analysis read them (values invented)."""

from __future__ import annotations

from tests.helpers import text_layout

STREET = "Hi mum, can you pick me up from 41 Kestrel Stream, Upper"
TAIL = "Bramford B7 oWwN after practice?"
PREVIEW = "843265 is your Moo login code. Don't share it wit"


def _addresses(detector, *rows) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"]


def _covered(found: list[str], part: str) -> bool:
    return any(part in value for value in found)


def test_a_wrapped_address_whose_postcode_was_misread_is_found(detector):
    found = _addresses(detector, (520, 213, STREET), (520, 236, TAIL))
    for part in ("41 Kestrel Stream", "Upper", "Bramford B7 oWwN"):
        assert _covered(found, part), (part, found)


def test_its_second_line_read_on_one_row_with_a_list_beside_it(detector):
    """The preview of the conversation list read on the message's second line's row, and the
    list's avatar letter a line between them."""
    # the list's avatar letter between the two lines of the message, by height
    rows = [(74, 208, "Monzo"), (520, 213, STREET), (32, 220, "M"), (74, 228, PREVIEW + "   " + TAIL)]
    found = _addresses(detector, *rows)
    assert _covered(found, "41 Kestrel Stream"), found
    assert _covered(found, "B7 oWwN"), found
    assert not _covered(found, "login"), found


def test_a_street_of_a_technical_type_without_a_postcode_under_it_stays_text(detector):
    assert not _addresses(detector, "Consumers read from 41 Kafka Stream, Upper", "Partition lag 12 after restart")


def test_a_code_of_no_postcode_area_under_it_stays_text(detector):
    # 'Q' names no postcode area
    assert not _addresses(detector, "Consumers read from 41 Kafka Stream, Upper", "Partition Q7 oWwN offsets")


def test_a_word_of_small_letters_after_a_code_is_no_postcode(detector):
    found = _addresses(detector, "Consumers read from 41 Kafka Stream, Upper", "Partition B7 own offsets")
    assert not _covered(found, "own"), found
