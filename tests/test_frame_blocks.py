"""A wide data frame printed as text (scene notebook_dataframe: `print(df.head())` in a notebook;
a REPL, a script's log): pandas wraps a frame wider than its display into blocks of columns, each
under its own header row ending in a backslash, the index repeated, a blank line between blocks.
Its columns are right-aligned: a name or an address starts left of its column's header. The
second block's header was read as a row of the first block, and its cells were typed by the first
block's columns: the towns under "city" were no names and no towns. Values are invented."""

from tests.helpers import text_layout

FRAME = [
    "   customer_id          full_name                       email         phone  \\",
    "0       310422  Perdita Grimsdyke         perdita.g@gmail.com  07700 900311",
    "1       310429      Caspian Leary          cleary@outlook.com  07700 900482",
    "2       310436     Wilfred Osgood  wilfred.osgood@yahoo.co.uk  07700 900917",
    "",
    "  postcode       address_line1       city signup_date    plan         dob  \\",
    "0  KT4 9QW  21 Sandpiper Close  Lowestoft  2026-03-02  family  1962-04-01",
    "1  DN7 2LE    8 Ferrier Street  Pickering  2026-05-19   basic  1990-12-12",
    "2  TR2 5HB      77 Quarry Lane   Helmsley  2026-07-30    plus  1977-08-23",
    "",
    "   balance",
    "0   120.50",
    "1    44.10",
    "2     9.99",
]
TOWNS = ("Lowestoft", "Pickering", "Helmsley")


def _found(detector, rows: list[str]) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, pitch=17))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_next_block_of_columns_has_its_own_header(detector):
    found = _found(detector, FRAME)
    assert {("LOCATION", town) for town in TOWNS} <= found, found
    assert not {v for _, v in found if "address_line1" in v or "signup" in v}, found  # its header stays


def test_a_block_header_as_ocr_reads_it(detector):
    # underscores lost, a "1" read as "l": the header is still the header of the towns' block
    rows = [r.replace("signup_date", "signup date").replace("address_line1", "address_linel") for r in FRAME]
    found = _found(detector, rows)
    assert {("LOCATION", town) for town in TOWNS} <= found, found


def test_the_first_block_keeps_its_columns(detector):
    found = _found(detector, FRAME)
    assert {("PERSON", "Perdita Grimsdyke"), ("PERSON", "Caspian Leary")} <= found, found
    assert not {v for _, v in found if "120.50" in v or "44.10" in v}, found  # the balances stay
