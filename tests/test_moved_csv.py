"""A CSV remembered from one screen shown at another place (vim_editing at 66 %, a re-recording:
`:vsplit .env` put the customers file, whose header had scrolled away, into the right pane). A
remembered table types the lines that start where its header started; no line did any more, so
the pane's rows were typed by nothing, and a record first shown there, its name read with a dot
for a comma, kept its date of birth readable for 18 s. Three lines or more starting at one new
place, each with the table's field count, show the table moved there. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

HEADER = "id,first_name,last_name,email,phone,postcode,dob"
ROWS = [
    "4101,Aldous,Mallowby,a.mallowby@example.org,07700 900461,W9 2QT,1958-03-14",
    "4102,Briony,Pettigrove,briony.p@example.net,07700 900287,S7 1HB,1971-11-02",
    "4103,Corwin,Wickersham,cwick@example.com,07700 900815,M20 4LD,1949-06-27",
    "4104,Ebba,Hollinrake,ebba.h@example.org,07700 900342,TN4 8XR,1983-09-19",
]
# shown again in a pane 400 px to the right, with a record not shown before: its name's comma
# read as a dot (six fields)
PANE = [
    *ROWS[1:],
    "4105,Fenella.Quarrington,fq@example.net,07700 900553,LS6 2AB,1966-02-18",
    "4106,Gideon,Ashcombe,g.ashcombe@example.com,07700 900118,EX4 9QD,1975-07-30",
]


def _spans(detector, layout, memory):
    lt, findings = detector.find_spans(layout, memory)
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_a_remembered_csv_shown_in_another_pane_types_its_rows(detector):
    memory = ValueMemory()
    _spans(detector, text_layout(HEADER, *ROWS, char_w=7), memory)
    found = _spans(detector, text_layout(*((400, 24 * i, row) for i, row in enumerate(PANE)), char_w=7), memory)
    assert "1966-02-18" in found, found  # the misread record's date (typed by a column it may stand for)
    assert found.get("1975-07-30") == "DATE_OF_BIRTH", found
    assert found.get("Ashcombe") == "PERSON", found


def test_lines_with_as_many_commas_elsewhere_are_no_rows_unless_three_line_up(detector):
    memory = ValueMemory()
    _spans(detector, text_layout(HEADER, *ROWS, char_w=7), memory)
    lines = [(400, 0, "tags: red,green,blue,cyan,magenta,yellow,black"), (120, 48, "a,b,c,d,e,f,1999-01-01")]
    found = _spans(detector, text_layout(*lines, char_w=7), memory)
    assert "1999-01-01" not in found, found
