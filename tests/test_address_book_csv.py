"""An address book's CSV export opened raw in an editor (scene contacts_csv): Outlook's header
names its columns "Middle Name", "Mobile Phone", "Home City", "Home Postal Code", "E-mail 2
Address" (a qualifier before a known column: models/structure.yaml `column_qualifiers`); vim's
`:set nu` puts a line number before every line, the header's too (delimited.py `_GUTTER`); with
`:set nowrap` the header and the long rows are cut at the window's right edge, so the header shows
fewer fields than a row of many empty fields (delimited.py `_cut_header`). Values are invented."""

from pathlib import Path

from pipeline.detection.config import load_model_files
from pipeline.detection.memory import ValueMemory
from pipeline.detection.structure.delimited import _GUTTER, DELIMITERS, DelimitedFinder, split_fields
from pipeline.detection.structure.vocabulary import load_vocabulary, phrase_key
from pipeline.detection.structure.wrapped_rows import RowShapes, joined
from pipeline.detection.text import LayoutText
from tests.helpers import text_layout

HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,Mobile Phone,"
    "Home Phone,Business Phone,Company,Job Title,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Birthday,Notes"
)
ROWS = [
    'Wendeline,,Harrowgate,,,,wharrowgate@example.org,,07700 900231,,,,,"Flat 4, 9 Quillon Row",Norwich,,NR2 4QX,'
    "United Kingdom,3/9/1979,",
    "Osgar,,Pellingham,,,,opellingham@example.net,,07700 900232,,,Brackwater Ltd,Manager,,,,,,,",
    "Tamsyn,,Vellacott,,,,tamsyn.v@example.org,,07700 900233,,,,,,,,,,21/4/1988,",
]
WIDTH = 110  # characters the window shows of each line after the gutter


def _texts(lt, findings, entity: str) -> set[str]:
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == entity}


def _vim(lines: list[str], width: int | None = None) -> list[str]:
    return [f"{n:>3} {line[:width] if width else line}" for n, line in enumerate(lines, 1)]


def test_an_address_books_qualified_headers_type_their_columns(detector):
    lt, findings = detector.find_spans(text_layout(HEADER, *ROWS))
    people = _texts(lt, findings, "PERSON")
    assert {"Wendeline", "Harrowgate", "Osgar", "Pellingham", "Tamsyn", "Vellacott"} <= people, findings
    assert "Norwich" in _texts(lt, findings, "LOCATION")
    assert {"3/9/1979", "21/4/1988"} <= _texts(lt, findings, "DATE_OF_BIRTH")


def test_a_header_and_rows_after_an_editors_line_numbers(detector):
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS])))
    people = _texts(lt, findings, "PERSON")
    assert {"Wendeline", "Osgar", "Tamsyn"} <= people, findings
    assert not {t for t in people if t[:1].isdigit()}


def test_a_header_cut_by_the_windows_edge_types_the_first_fields_of_longer_rows(detector):
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], WIDTH)))
    people = _texts(lt, findings, "PERSON")
    assert {"Wendeline", "Harrowgate", "Osgar", "Pellingham", "Tamsyn", "Vellacott"} <= people, findings


def test_a_qualified_phrase_that_is_a_header_of_its_own_keeps_its_meaning():
    models = Path(__file__).resolve().parents[1] / "models"
    _, vocabulary = load_vocabulary(models, frozenset(load_model_files(models).detection.entities))
    assert vocabulary.columns["home city"].entity == "LOCATION"
    assert vocabulary.columns["business phone"].entity == "PHONE_NUMBER"
    assert "business name" not in vocabulary.columns  # an organisation's column, not a person's "name"
    assert vocabulary.is_header("home state")


def test_prose_with_commas_after_line_numbers_is_no_table(detector):
    text = [
        "  1 Notes from the call, in order:",
        "  2 Customer rang at ten, asked about the import, then the export.",
        "  3 Next step, try the file again, then call back.",
    ]
    lt, findings = detector.find_spans(text_layout(*text))
    assert not _texts(lt, findings, "PERSON"), findings


def test_a_birthday_past_a_cut_header_is_a_date_of_birth(detector):
    # the header is cut before its Birthday column; a row of many empty fields shows its date
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], WIDTH)))
    assert "21/4/1988" in _texts(lt, findings, "DATE_OF_BIRTH"), findings


def test_a_recent_date_past_a_cut_header_stays(detector):
    rows = [HEADER, ROWS[0], ROWS[1].replace(",,,,,,,", ",,,,,,5/12/2026,")]
    lt, findings = detector.find_spans(text_layout(*_vim(rows, WIDTH)))
    assert "5/12/2026" not in {lt.text[f.start : f.end] for f in findings}


def test_a_town_past_a_cut_header_is_still_found_by_the_other_passes(detector):
    # a partly typed row is no claimed table row: the town beside its street and postcode stays found
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *ROWS], WIDTH)))
    assert "Norwich" in _texts(lt, findings, "LOCATION"), findings


def test_a_row_read_a_comma_too_many_under_a_whole_widest_header_is_still_aligned(detector):
    # the header is the widest line but whole; a dot of a scaled-down e-mail read as a comma makes a
    # row of one field more: typed by alignment (misread rows), not as a row of a cut header
    rows = [
        "First Name,Last Name,E-mail Address,Mobile Phone,Nickname",
        "Wendeline,Harrowgate,wharrow@example.org,07700 900231,Wenna",
        "Osgar,Pellingham,opell@example,net,07700 900232,Ozzy",
    ]
    lt, findings = detector.find_spans(text_layout(*rows))
    assert "Ozzy" in _texts(lt, findings, "PERSON"), findings


def test_a_town_in_a_row_a_few_fields_over_a_cut_header_is_still_found(detector):
    # two fields over the cut header: a misread row by count, typed by alignment; its town
    # stands past every column it may stand for and is left to the other passes
    header = "First Name,Middle Name,Last Name,Title,E-mail Address,Mobile Phone,Home Phone,Co"
    row = "Osgar,,Pellingham,,opell@example.net,07700 900232,,9 Quillon Row,Norwich,NR2 4QX"
    lt, findings = detector.find_spans(text_layout(*_vim([header, row, ROWS[2]])))
    assert "Norwich" in _texts(lt, findings, "LOCATION"), findings


def _covered(lt, findings, value: str) -> bool:
    start = lt.text.index(value)
    return any(f.start <= start and start + len(value) <= f.end for f in findings)


# A scaled-down terminal draws a comma as a dot with a pixel of tail: OCR reads the commas of a
# row's runs of empty fields as dots and loses some of them, so its fields stand under no column
# by their order (a surname two fields left of its column, a date of birth under "Company").
# The window of a 132-column terminal shows 128 characters after vim's gutter: twelve of the
# header's fields, the last cut ("Co").
WIDE = 128
DOTTED_ROWS = [
    "Perdita.,Fallowmere...,pfallowmere@example.com,07700 900417,0161 496 0330......,12/7/1961,",
    "Anselm, ,Crowhurst,,,,acrowhurst@example.net, 07700 900418,Tillbrook Ltd Manager..,5/31957",
]


def test_a_row_whose_empty_fields_commas_were_read_as_dots_is_masked_from_its_first_field(detector):
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, ROWS[0], *DOTTED_ROWS], WIDE)))
    for value in ("Fallowmere", "12/7/1961", "5/31957"):
        assert _covered(lt, findings, value), value


def test_a_row_with_dots_only_in_a_quoted_note_is_aligned_as_read(detector):
    row = 'Osgar,,Pellingham,,,,opell@example.net,,07700 900232,,,Brackwater Ltd,Manager,,,,,,,"Rings back..."'
    lt, findings = detector.find_spans(text_layout(HEADER, row))
    assert _covered(lt, findings, "Pellingham"), findings
    assert not _covered(lt, findings, "Manager"), findings


# vim's `:set nu wrap` in a window narrower than a record: each line of the file runs over two
# screen rows or more, the first after its line number, the others from the text's column without
# one; the header wraps too, so its second row ("mpany,Job Title,...") reads as a header cut at the
# left and no row shows the columns' count. A short surname (four letters) is below the value
# memory's length: only the row's column types it.
NARROW = 64
WRAPPED_ROWS = [
    "Zephyrine,,Tarn,,,,ytarn@example.org,,07700 900451,,,,,8 Vellow Row,Wrexley Magna,,NR2 4QX,"
    "United Kingdom,14/2/1961,",
    "Corwen,,Oddy,,,,c.oddy@example.net,,07700 900452,0113 496 0452,,,,,,,,,3/9/1979,",
]


def _vim_wrapped(lines: list[str], width: int, spaces: str = "    ") -> list[str]:
    """The screen rows of `lines` in vim with `:set nu wrap`, `width` characters after the gutter
    (`spaces`: where a continuation starts; "" for `cat -n`'s, at the left edge)."""
    rows = []
    for n, line in enumerate(lines, 1):
        chunks = [line[i : i + width] for i in range(0, len(line), width)]
        rows.append(f"{n:>3} {chunks[0]}")
        rows.extend(f"{spaces}{chunk}" for chunk in chunks[1:])
    return rows


def test_rows_wrapped_by_an_editor_are_typed_by_the_wrapped_header(detector):
    lt, findings = detector.find_spans(text_layout(*_vim_wrapped([HEADER, *WRAPPED_ROWS], NARROW)))
    for value in ("Tarn", "Oddy", "Zephyrine"):
        assert "PERSON" in _types_over(lt, findings, value), value
    for value in ("Wrexley Magna", "NR2 4QX", "14/2/1961", "3/9/1979", "07700 900452"):
        assert _covered(lt, findings, value), value


def test_a_value_cut_by_the_wrap_is_masked_on_both_rows(detector):
    # the window's edge falls inside the surname ("...,Ta" / "rn,,,,..."): both pieces are masked
    row = "Zephyrine,Pernelle Quenby Rosamel Sabeline Thomasina,Tarn,,,,ytarn@example.org,,07700 900451" + "," * 11
    rows = _vim_wrapped([HEADER, row], row.index("Tarn") + 2)
    lt, findings = detector.find_spans(text_layout(*rows))
    person = [lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"]
    assert "Ta" in person and "rn" in person, person


def test_numbered_lines_that_do_not_wrap_are_read_as_they_were(detector):
    # every line of a nowrap view is cut at the edge, each after its own number: nothing is joined
    lt, findings = detector.find_spans(text_layout(*_vim([HEADER, *WRAPPED_ROWS], NARROW)))
    for value in ("Zephyrine", "Tarn", "Oddy"):
        assert _covered(lt, findings, value), value


def _types_over(lt, findings, value: str) -> set[str]:
    start = lt.text.index(value)
    return {f.entity_type for f in findings if f.start <= start < f.end}


def test_a_quote_that_never_closes_does_not_swallow_the_rest_of_the_row():
    # OCR lost the closing quote of '"Flat 4, 8 Vellow Row"': the town and postcode are fields still
    text = 'Zephyrine,,Tarn,"Flat 4, 8 Vellow Row,Wrexley Magna,,NR2 4QX,United Kingdom,14/2/1961,'
    fields = [text[a:b] for a, b in split_fields(text, ",")]
    assert fields[3:8] == ['"Flat 4', " 8 Vellow Row", "Wrexley Magna", "", "NR2 4QX"], fields
    assert len(fields) == 11, fields


def test_a_glyph_before_the_line_numbers_keeps_the_rows_joined(detector):
    # scaled down, the window's edge or the cursor reads as a character before some numbers
    rows = _vim_wrapped([HEADER, *WRAPPED_ROWS], NARROW)
    rows = [f"| {row[2:]}" if row[:3].strip().isdigit() else row for row in rows]
    lt, findings = detector.find_spans(text_layout(*rows))
    for value in ("Tarn", "Oddy"):
        assert "PERSON" in _types_over(lt, findings, value), value


def test_a_wrapped_record_read_with_its_commas_lost_is_masked_from_its_first_field(detector):
    # eight fields of twenty: no field stands under its column, and a garbled line above it
    # parts it from the other records; its line number still makes it a record of the file
    garbled = "Corwen Oddy c.oddy@example.net,07700 900452 0113 496 0452,Wrexley Magna NR2 4QX,3/9/1979,"
    rows = _vim_wrapped([HEADER, WRAPPED_ROWS[0], "~~~~ ~~ ~~~~", garbled], NARROW)
    lt, findings = detector.find_spans(text_layout(*rows))
    for value in ("Oddy", "Wrexley Magna", "3/9/1979"):
        assert _covered(lt, findings, value), value


# `cat` of the same file in a terminal narrower than a record (or plain `less`): the rows wrap
# as in vim, without line numbers, each continuation at the left edge. The header's rows joined
# make a header of more fields whose continuation holds header words and no value (wrapped_rows.py
# `_unnumbered_groups`); below it, a record's rows are those up to the first short of the edge.
def _cat_wrapped(lines: list[str], width: int) -> list[str]:
    return [line[i : i + width] for line in lines for i in range(0, len(line), width)]


CAT_VALUES = ("Wrexley Magna", "NR2 4QX", "14/2/1961", "3/9/1979", "07700 900452")


def test_rows_a_terminal_wrapped_are_typed_by_the_wrapped_header(detector):
    lt, findings = detector.find_spans(text_layout(*_cat_wrapped([HEADER, *WRAPPED_ROWS], NARROW)))
    for value in ("Tarn", "Oddy", "Zephyrine"):
        assert "PERSON" in _types_over(lt, findings, value), value
    for value in CAT_VALUES:
        assert _covered(lt, findings, value), value


def test_wrapped_rows_are_still_typed_once_the_header_scrolled_out_of_view(detector):
    memory = ValueMemory()
    screen = _cat_wrapped([HEADER, *WRAPPED_ROWS], NARROW)
    detector.find_spans(text_layout(*screen), memory)
    # a later record at the top of the screen, the header's rows gone
    later = (
        "Perrin,,Quarle,,,,pq@example.org,,07700 900453,,,,,12 Lode Lane,"
        "Thornby Parva,,NR3 1ZZ,United Kingdom,5/6/1958,"
    )
    lt, findings = detector.find_spans(text_layout(*_cat_wrapped([WRAPPED_ROWS[1], later], NARROW)), memory)
    for value in ("12 Lode Lane", "Thornby Parva", "NR3 1ZZ", "5/6/1958"):
        assert _covered(lt, findings, value), value


def test_rows_cut_at_the_edge_without_line_numbers_are_not_joined(detector):
    # `less -S`: each row is cut at the edge, the row under the header a record of its own
    models = Path(__file__).resolve().parents[1] / "models"
    entities = frozenset(load_model_files(models).detection.entities)
    finder = DelimitedFinder(load_vocabulary(models, entities)[1], entities)
    cut = LayoutText(text_layout(*(line[:NARROW] for line in [HEADER, *WRAPPED_ROWS, *ROWS])))
    assert finder.find(cut, []).header_lines == [0]
    assert joined(cut, DELIMITERS, _GUTTER, _shapes(finder)) is None
    wrapped = LayoutText(text_layout(*_cat_wrapped([HEADER, *WRAPPED_ROWS], NARROW)))
    view = joined(wrapped, DELIMITERS, _GUTTER, _shapes(finder))
    assert view is not None and [len(group) for group in view.groups] == [4, 2, 2]


def _shapes(finder) -> RowShapes:
    return RowShapes(finder._header_shape, lambda text, d: len(split_fields(text, d)))


def test_a_column_numbered_without_a_blank_names_its_column():
    # "address_line1", "phone2": the number glued to the column's name (csv_cat's streets stayed
    # readable under "address_line1" once its wrapped rows were read as the table's); a short
    # name keeps its digit ("ipv4")
    models = Path(__file__).resolve().parents[1] / "models"
    entities = frozenset(load_model_files(models).detection.entities)
    _, vocabulary = load_vocabulary(models, entities)
    header = ["id", "full_name", "address_line1", "address2", "phone2", "email3", "ipv4", "plan2"]
    keys = [phrase_key([h]) for h in header]
    assert vocabulary.column_entities(keys, entities) == [
        None,
        "PERSON",
        "LOCATION",
        "LOCATION",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "IP_ADDRESS",
        None,
    ]


def test_a_column_s_glued_one_read_as_a_small_l_is_still_its_number():
    # csv_cat as OCR read its wrapped header: "address linel" (underscore lost, 1 read as l)
    models = Path(__file__).resolve().parents[1] / "models"
    entities = frozenset(load_model_files(models).detection.entities)
    _, vocabulary = load_vocabulary(models, entities)
    assert vocabulary.misread_column("address linel") == "address line 1"
    assert vocabulary.misread_column("phonel") == "phone 1"
    assert vocabulary.misread_column("towel") is None
