"""A pager's mark of a cut line in a header row (sqlite_box at 81 s: a CSV in `less -S`, scrolled
right). less ends each line cut at the screen's edge with '>'. The analysis moves a line's words
with a sideways scroll, so the header's old mark stood after "address" in the middle of the row,
and was read as a header cell: a column of nothing that ended the address column after a few
letters. An address that ran on past it was typed by nothing and stayed readable. Values are
invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

CHAR_W, LINE_H, PITCH = 8, 13, 17
ROWS = [
    ("07700 900461  1958-03-14  W9 2QT    41 Pellow Lane Blackmere", "2026-11-30 04:12:09"),
    ("07700 900287  1971-11-02  S7 1HB    8 Tarrant Gardens Ellesby", "2026-11-30 02:51:44"),
    ("07700 900815  1949-06-27  M20 4LD   Flat 3 Corven Court Hatherby", "2026-11-30 05:03:17"),
]
STREETS = ["41 Pellow Lane Blackmere", "8 Tarrant Gardens Ellesby", "Flat 3 Corven Court Hatherby"]


def layout(header: str):
    x0 = 7 * CHAR_W  # the id, name and e-mail columns scrolled off to the left
    rows = [(x0, PITCH, header), (77 * CHAR_W, PITCH, "updated_at")]
    for i, (cells, stamp) in enumerate(ROWS):
        rows += [(x0, (2 + i) * PITCH, cells), (77 * CHAR_W, (2 + i) * PITCH, stamp)]
    rows.append((0, 40 * PITCH, "(END)"))
    return text_layout(*rows, char_w=CHAR_W, line_h=LINE_H)


def untyped(detector, header: str) -> list[str]:
    """The streets that no address or place finding covers."""
    lt, findings = detector.find_spans(layout(header), ValueMemory())
    places = [lt.text[f.start : f.end] for f in findings if f.entity_type in ("ADDRESS", "LOCATION")]
    return [s for s in STREETS if not any(s in text for text in places)]


def test_a_stale_cut_mark_in_the_header_is_no_column(detector):
    assert not untyped(detector, "mobile        dob         postcode  address    >")


def test_the_header_without_the_mark_types_the_same(detector):
    assert not untyped(detector, "mobile        dob         postcode  address")


# A second press of the right arrow: the address column's heading and the start of each address
# leave the screen too. "updated_at" alone heads the screen, left of where it stood; the rows
# start inside their addresses, cut at the left edge. The remembered table, moved with its
# heading, still types them (the towns stayed readable: one holds a surname).
SHIFT = 46  # characters the second scroll moved the view


def scrolled_further():
    rows = [((77 - SHIFT) * CHAR_W, PITCH, "updated_at")]
    for i, ((_, stamp), street) in enumerate(zip(ROWS, STREETS)):
        cut = street[SHIFT - 43 :]  # the address started 43 characters into the line
        rows += [(0, (2 + i) * PITCH, cut), ((77 - SHIFT) * CHAR_W, (2 + i) * PITCH, stamp)]
    rows.append((0, 40 * PITCH, "(END)"))
    return text_layout(*rows, char_w=CHAR_W, line_h=LINE_H)


def test_a_table_scrolled_past_its_columns_headings_keeps_their_types(detector):
    seen = ValueMemory()
    detector.find_spans(layout("mobile        dob         postcode  address"), seen)
    memory = ValueMemory()  # the tables alone: the values seen are cut where the memory finds none
    memory.tables = seen.tables
    lt, findings = detector.find_spans(scrolled_further(), memory)
    masked = [lt.text[f.start : f.end] for f in findings]
    for street in STREETS:
        town = street.split()[-1]
        assert any(town in text for text in masked), street


# A third press: the address column's heading is wholly past the edge, and what shows of each
# address is its tail, from the edge to where the timestamps start. A long tail reaches past the
# halfway line between the two headings, which parted the columns on the header's screen; it is
# still the address's, not the timestamp's (its town stayed readable).
FAR = 56  # characters the view has moved: "address" (at 43) is gone
LONG_ROWS = [
    ("07700 900533  1963-08-19  DN9 4XR   118 Marrowfield Crescent Dunholt", "2026-11-29 21:40:02"),
    ("07700 900604  1980-01-05  TQ8 2WE   27 Ashgrove Paddocks Quillerby", "2026-11-29 22:16:35"),
]


def scrolled_past_the_heading():
    rows = [((77 - FAR) * CHAR_W, PITCH, "updated_at")]
    for i, (cells, stamp) in enumerate(LONG_ROWS):
        rows += [(0, (2 + i) * PITCH, cells[FAR - 7 :]), ((77 - FAR) * CHAR_W, (2 + i) * PITCH, stamp)]
    rows.append((0, 40 * PITCH, "(END)"))
    return text_layout(*rows, char_w=CHAR_W, line_h=LINE_H)


def test_a_long_address_cut_at_the_edge_keeps_its_column(detector):
    seen = ValueMemory()
    detector.find_spans(layout("mobile        dob         postcode  address"), seen)
    memory = ValueMemory()
    memory.tables = seen.tables
    lt, findings = detector.find_spans(scrolled_past_the_heading(), memory)
    places = [lt.text[f.start : f.end] for f in findings if f.entity_type in ("ADDRESS", "LOCATION")]
    for cells, _ in LONG_ROWS:
        town = cells.split()[-1]
        assert any(town in text for text in places), cells[FAR - 7 :]
