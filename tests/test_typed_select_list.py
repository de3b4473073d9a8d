"""Delimited tables in a terminal beside a psql table (tmux_panes: the second query's dates of
birth). A SQL select list as it is typed at a prompt ("... -c 'select id,full_name,mobile,dob")
reads like a comma-delimited header, and `getent passwd`'s lines on the same screen (GECOS
'<First> <Last>,Room n.nn,<mobile>,') have as many comma fields: they were read as its rows. And
the rows of one delimited table claimed every delimited header line of the text, a psql header
whose rows OCR read without their rules too. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

GETENT = [
    "support@app-02:~$ getent passwd | tail -3",
    "wokafor:x:1001:1001:Wendell Okafor,Room 2.14,07700 900318,:/home/wokafor:/bin/bash",
    "pszyman:x:1002:1002:Pia Szymanowska,Room 3.02,07700 900742,:/home/pszyman:/bin/bash",
]
QUERY = "support@app-02:~$ psql crm -c 'select id,full_name,mobile,dob from customers where id>4200'"
TABLE = [
    "  id  |     full_name     |    mobile    |    dob",
    "------+-------------------+--------------+------------",
    " 4201   Odhran Keogh        07700 900561   1991-08-15",
    " 4202   Bogdana Ferreira    07700 900118   1984-01-30",
    " 4203   Wiktor Sallinen     07700 900902   1975-06-12",
    "(3 rows)",
]


def test_a_typed_select_list_does_not_claim_the_psql_header(detector):
    memory = ValueMemory()
    typing = QUERY[: QUERY.index(" from ")]  # "... -c 'select id,full_name,mobile,dob" as it is typed
    detector.find_spans(text_layout(*GETENT, typing), memory)
    lt, findings = detector.find_spans(text_layout(*GETENT, QUERY, *TABLE), memory)
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    dates = {v for e, v in found if e == "DATE_OF_BIRTH"}
    assert dates >= {"1991-08-15", "1984-01-30", "1975-06-12"}, found
    assert not {v for e, v in found if v.startswith("Room")}, found  # no row of the select list


def test_a_csvs_rows_claim_only_their_own_header(detector):
    rows = [
        "support@app-02:~$ head -3 export.csv",
        "id,full_name,mobile,dob",
        "7101,Wendell Okafor,07700 900318,1962-11-04",
        "7102,Pia Szymanowska,07700 900742,1979-03-27",
        "support@app-02:~$ psql crm -c 'select * from customers where id>4200'",
        *TABLE,
    ]
    lt, findings = detector.find_spans(text_layout(*rows))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    dates = {v for e, v in found if e == "DATE_OF_BIRTH"}
    assert dates >= {"1962-11-04", "1979-03-27", "1991-08-15", "1984-01-30", "1975-06-12"}, found
