"""A value found once in a recording is found again wherever it reappears."""

from pipeline.memory import ValueMemory


def test_finds_value_again_across_case_and_separators():
    memory = ValueMemory()
    memory.add("PERSON", "Kimberly Blake")
    memory.add("CREDIT_CARD", "4824 5927 0716 9415")
    text = "Shipping to\nKIMBERLY  BLAKE\nVisa 4824-5927-0716-9415 ok"
    spans = {(text[a:b], kind) for a, b, kind in memory.find(text)}
    assert spans == {("KIMBERLY  BLAKE", "PERSON"), ("4824-5927-0716-9415", "CREDIT_CARD")}


def test_does_not_match_inside_a_longer_word_or_short_values():
    memory = ValueMemory()
    memory.add("PERSON", "Blake")
    memory.add("PASSWORD", "188")
    memory.add("PERSON", "Blaker")
    text = "Blakers 188 Blake"
    assert [(text[a:b], kind) for a, b, kind in memory.find(text)] == [("Blake", "PERSON")]


def test_repr_hides_values():
    memory = ValueMemory()
    memory.add("EMAIL_ADDRESS", "kblake@gmail.com")
    assert "kblake" not in repr(memory) and "kblake" not in str(memory)
