"""A wide CSV export in an editor without wrap, scrolled sideways (vim's `zL`, `less -S` and the
right arrow): every line, the header's too, then starts inside a record, at the same character
column of each line but in a different field of each record (their empty fields and values are of
other lengths), so the header's n-th visible field is not the rows' n-th. The header shows a piece
of a column's name first ("ess,E-mail 2 Address,...", "y,Job Title,..."), or its phrases are a
later run of the columns of the header seen before the scroll. The fields of such a view's rows
are typed by what they are alone where a table of people holds them: a date at least MIN_AGE years
back is a date of birth, a street line alone an address; so are those past a header cut at the
window's right edge (delimited.py `_shaped_fields`). Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,Mobile Phone,"
    "Home Phone,Business Phone,Company,Job Title,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Birthday,Notes"
)
ROWS = [
    'Wendeline,,Harrowgate,,,,wharrowgate@example.org,,07700 900231,0113 496 0231,,,,"Flat 4, 9 Quillon Row",'
    "Wrexley Magna,,NR2 4QX,United Kingdom,3/9/1979,",
    "Corwen,,Ashbury-Lode,,,,corwen.al@example.com,,07700 900234,0161 496 0234,,,,27 Tollgate Mews,Carlisle,,"
    'CA1 2ZZ,United Kingdom,14/2/1961,"Book club, Mondays"',
    'Osgar,,Pellingham,,,,opellingham@example.net,,07700 900232,,,Brackwater Ltd,Manager,,,,,,,"Met at the fete"',
]
WIDTH = 110  # characters the window shows of each line after the gutter


def _vim(lines: list[str], left: int, first: int = 1) -> list[tuple[int, int, str]]:
    """The lines as vim shows them with `:set nu nowrap`, scrolled `left` characters right."""
    return [(0, 24 * (n - 1), f"{n:>3} {line[left : left + WIDTH]}") for n, line in enumerate(lines, first)]


def _types(lt, findings, value: str) -> set[str]:
    return {f.entity_type for f in findings if lt.text[f.start : f.end] == value}


def test_a_view_scrolled_sideways_types_old_dates_and_streets_of_its_rows(detector):
    # the header starts inside "E-mail Address"; the second row's street and date first show here
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], 60)))
    assert "DATE_OF_BIRTH" in _types(lt, findings, "14/2/1961"), findings
    assert "ADDRESS" in _types(lt, findings, "27 Tollgate Mews"), findings
    assert "DATE_OF_BIRTH" in _types(lt, findings, "3/9/1979"), findings


def test_a_scrolled_views_rows_without_their_header_are_typed_after_it(detector):
    # the analysis reads a screen's changed part alone: the rows under the header, without it
    memory = ValueMemory()
    detector.find_spans(text_layout(*_vim([HEADER, ROWS[0]], 60)), memory)
    lt, findings = detector.find_spans(text_layout(*_vim(ROWS[1:], 60, first=3)), memory)
    assert "DATE_OF_BIRTH" in _types(lt, findings, "14/2/1961"), findings


def test_a_header_scrolled_to_a_whole_phrase_is_known_by_the_columns_seen_before(detector):
    # at 120 characters the header starts with a whole phrase ("Phone,Company,..."): the columns
    # of the view before (60) hold its run further right, so this view is scrolled too
    memory = ValueMemory()
    detector.find_spans(text_layout(*_vim([HEADER, ROWS[0]], 60)), memory)
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], 120)), memory)
    assert "DATE_OF_BIRTH" in _types(lt, findings, "14/2/1961"), findings


def test_a_street_past_a_header_cut_at_the_windows_edge_is_an_address(detector):
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], 0)))
    assert "ADDRESS" in _types(lt, findings, "27 Tollgate Mews"), findings


def test_a_town_glued_after_a_street_past_a_cut_header_is_a_place(detector):
    # "<street>,<town>" with no space after the comma; a town no gazetteer knows
    row = "Tamsyn,,Vellacott,,,,tamsyn.v@example.org,,07700 900233,,,,,5 Orrin Drive,Ashcombe Regis,,AB1 2CD,"
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, row, *ROWS], 0)))
    assert "ADDRESS" in _types(lt, findings, "5 Orrin Drive"), findings
    assert "LOCATION" in _types(lt, findings, "Ashcombe Regis"), findings


def test_a_street_in_a_row_read_a_few_fields_over_a_cut_header_is_an_address(detector):
    # OCR lost empty fields' commas: the row has only a few fields more than the cut header, and
    # is aligned as a misread row; its street past the header's columns is still one
    row = "Tamsyn,,Vellacott,,tamsyn.v@example.org,07700 900233,,,,,,5 Orrin Drive,Ashcombe Regis"
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, row, *ROWS], 0)))
    assert "ADDRESS" in _types(lt, findings, "5 Orrin Drive"), findings


def test_a_street_under_the_cut_headers_columns_in_a_row_that_lost_commas_is_an_address(detector):
    # OCR read runs of empty fields with commas lost (",,,," as ",,"), and the row is still far
    # longer than the cut header: its street and town stand under the header's e-mail columns,
    # which refuse them, and are read alone as the fields past the header are
    row = "Tamsyn,Vellacott,,tamsyn.v@example.org,07700 900233,,5 Orrin Drive,Ashcombe Regis,,AB1 2CD,"
    row += "United Kingdom,,,,"
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, row, *ROWS], 0)))
    assert "ADDRESS" in _types(lt, findings, "5 Orrin Drive"), findings
    assert "LOCATION" in _types(lt, findings, "Ashcombe Regis"), findings


def test_a_town_after_a_street_read_with_a_zero_for_its_capital_o_is_a_place(detector):
    # a row a field over the cut header (a misread row, aligned): its street and its town, whose
    # capital O OCR read as a zero ("0<town>"), stand under columns that refuse them
    row = "Tamsyn,Vellacott,,tamsyn.v@example.org,07700 900233,.,5 Orrin Drive,0rmsleigh,AB1 2CD,"
    row += "United Kingdom,3/9/1979"
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, row, *ROWS], 0)))
    assert "LOCATION" in _types(lt, findings, "0rmsleigh"), findings


def test_a_recent_date_in_a_scrolled_view_stays(detector):
    rows = [ROWS[1].replace("14/2/1961", "3/5/2024")]
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *rows], 60)))
    assert not _types(lt, findings, "3/5/2024"), findings


def test_old_dates_under_a_whole_headers_own_date_column_stay(detector):
    # a header that starts with an unknown word of its own is no scrolled view: its "Joined"
    # column's dates are no birthdays
    lines = [
        "Badge,Name,Email,Joined,Notes",
        "A-1042,Perrin Oakhurst,perrin.o@example.org,12/3/1998,keyholder",
        "A-1043,Lisbet Carrowmore,lisbet.c@example.org,4/11/2001,",
    ]
    lt, findings = detector.find_spans(text_layout(*lines))
    assert not _types(lt, findings, "12/3/1998") & {"DATE_OF_BIRTH"}, findings
    assert not _types(lt, findings, "4/11/2001") & {"DATE_OF_BIRTH"}, findings


def test_a_data_frames_index_column_makes_no_scrolled_view(detector):
    # pandas writes its index column with an empty title: the first field is empty, not a piece
    lines = [
        ",name,email,joined",
        "0,Perrin Oakhurst,perrin.o@example.org,12/3/1998",
        "1,Lisbet Carrowmore,lisbet.c@example.org,4/11/2001",
    ]
    lt, findings = detector.find_spans(text_layout(*lines))
    assert not _types(lt, findings, "12/3/1998") & {"DATE_OF_BIRTH"}, findings
