"""A remembered value is found again where OCR read one of its letters as a look-alike: a capital
I as a small l, a 1 as an I, a 5 as an S, a 0 as an O (small or scaled type; print_preview's
statement at 100 % after its preview). Values are invented."""

from pipeline.detection.memory import ValueMemory


def _found(memory: ValueMemory, text: str) -> set[tuple[str, str]]:
    return {(text[a:b], kind) for a, b, kind in memory.find(text)}


def test_a_postcode_read_with_look_alike_letters_is_found_again():
    memory = ValueMemory()
    memory.add("ZIP_CODE", "LS15 0QT")
    assert _found(memory, "Wortley\nLSIS OQT") == {("LSIS OQT", "ZIP_CODE")}


def test_a_name_whose_capital_i_was_read_as_a_small_l_is_found_again():
    memory = ValueMemory()
    memory.add("PERSON", "Ilsabet Quennell-Oxborrow")
    text = "Dear customer\nlIsabet Quennell-0xborrow\n4 Mill Lane"
    assert _found(memory, text) == {("lIsabet Quennell-0xborrow", "PERSON")}


def test_other_letters_still_tell_values_apart():
    memory = ValueMemory()
    memory.add("ZIP_CODE", "LS15 0QT")
    memory.add("PERSON", "Ilsabet Quennell")
    assert _found(memory, "LS16 0QT Ilsabel Quennell") == set()


def test_a_five_read_as_a_dollar_sign_is_found_again():
    # zoomed in, a national insurance number's "5" read as "$": a symbol that comparing drops
    memory = ValueMemory()
    memory.add("UK_NINO", "JX 52 61 48 B")
    assert _found(memory, "EMPLOYEE NO. NI NUMBER\n402913 JX $2 6148B 0T") == {("JX $2 6148B", "UK_NINO")}


def test_a_dollar_sign_before_other_digits_is_no_remembered_number():
    memory = ValueMemory()
    memory.add("UK_NINO", "JX 52 61 48 B")
    assert _found(memory, "JX $2 6149B $52.61") == set()
