"""A terminal table beside another pane's text on the same rows (tmux, screen, a split editor): the
header's last cell with the other pane's line far right of it is no card's "Caption  value" pair.
Values are invented."""

from tests.helpers import text_layout

LOG_X = 630  # the other pane starts here: a divider column right of the table's pane


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _panes(table: list[str], log: list[str]) -> list[tuple[int, int, str]]:
    rows = [(0, i * 24, line) for i, line in enumerate(table)]
    rows += [(LOG_X, i * 24, line) for i, line in enumerate(log)]
    return rows


LOG = [
    "02:14:07.118 INFO  sync.worker batch=412 fetched=41",
    "02:14:07.730 DEBUG pool.release conn=7 held_ms=88",
    "02:14:08.205 INFO  http GET /healthz 200 1.2ms",
    "02:14:08.911 WARN  http GET /v1/ledger 503 timeout",
    "02:14:09.402 INFO  scheduler tick job=reconcile",
    "02:14:09.987 INFO  sync.worker invoice pushed t=84ms",
]


def test_a_psql_table_beside_a_log_pane_keeps_its_date_of_birth_column(detector):
    table = [
        "  id  |   full_name     |    mobile     |    dob",
        "------+-----------------+---------------+------------",
        " 5101 | Wendell Okafor  | 07700 900318  | 1962-11-04",
        " 5102 | Pia Szymanowska | 07700 900742  | 1979-03-27",
        " 5103 | Odhran Keogh    | 07700 900561  | 1991-08-15",
        "(3 rows)",
    ]
    found = _found(detector, *_panes(table, LOG))
    dates = {v for e, v in found if e == "DATE_OF_BIRTH"}
    assert dates >= {"1962-11-04", "1979-03-27", "1991-08-15"}, found


def test_a_column_table_beside_a_log_pane_keeps_its_date_of_birth_column(detector):
    """`column -t` output: no rules, cells two spaces apart."""
    table = [
        "id    name              dob",
        "5201  Wendell Okafor    1962-11-04",
        "5202  Pia Szymanowska   1979-03-27",
    ]
    found = _found(detector, *_panes(table, LOG[1:]))
    dates = {v for e, v in found if e == "DATE_OF_BIRTH"}
    assert dates >= {"1962-11-04", "1979-03-27"}, found
    assert not {v for e, v in found if "INFO" in v or "DEBUG" in v}, found
