"""A value found once in a recording is found again wherever it reappears."""

from pipeline.detection.memory import ValueMemory


def test_finds_value_again_across_case_and_separators():
    memory = ValueMemory()
    memory.add("PERSON", "Lorraine Blair")
    memory.add("CREDIT_CARD", "4539 1862 7340 5513")
    text = "Shipping to\nLORRAINE  BLAIR\nVisa 4539-1862-7340-5513 ok"
    spans = {(text[a:b], kind) for a, b, kind in memory.find(text)}
    assert spans == {("LORRAINE  BLAIR", "PERSON"), ("4539-1862-7340-5513", "CREDIT_CARD")}


def test_does_not_match_inside_a_longer_word_or_short_values():
    memory = ValueMemory()
    memory.add("PERSON", "Blair")
    memory.add("PASSWORD", "613")
    memory.add("PERSON", "Blairer")
    text = "Blairers 613 Blair"
    assert [(text[a:b], kind) for a, b, kind in memory.find(text)] == [("Blair", "PERSON")]


def test_repr_hides_values():
    memory = ValueMemory()
    memory.add("EMAIL_ADDRESS", "lblair@gmail.com")
    assert "lblair" not in repr(memory) and "lblair" not in str(memory)


def test_a_lone_lower_case_name_is_not_remembered():
    # "name = billing" in a config file is a database name: remembered as a PERSON it hid
    # "billing" in every host name and path of the session ("billing-prod-02")
    memory = ValueMemory()
    memory.add("PERSON", "billing")
    memory.add("LOCATION", "springfield")
    assert memory.find("ssh billing-prod-02 springfield") == []


def test_names_written_like_names_and_lower_case_logins_are_remembered():
    memory = ValueMemory()
    memory.add("PERSON", "crystal mason")
    memory.add("PERSON", "Crysfgl")
    memory.add("USERNAME", "rmontgomer")
    text = "Crystal Mason crysfgl rmontgomer@billing-prod-02: ~"
    assert {(text[a:b], kind) for a, b, kind in memory.find(text)} == {
        ("Crystal Mason", "PERSON"),
        ("crysfgl", "PERSON"),
        ("rmontgomer", "USERNAME"),
    }


def test_a_login_glued_to_its_host_by_a_dropped_at_sign_is_found():
    """A scaled-down terminal's '@' is a pixel or two: the prompt read 'kim. perryws-eng-07:~$'
    (terminal_user at 66 %), and the remembered login, cut out of a longer word, stayed
    readable. Values of six characters or more that are no name or place are found glued."""
    memory = ValueMemory()
    memory.add("USERNAME", "kim.perry")
    memory.add("IP_ADDRESS", "10.27.23.176")
    memory.add("PERSON", "Grace Hall")
    memory.add("PASSWORD", "s3cr3")  # five characters: only whole
    text = "kim. perryws-eng-07:~$ app:x10.27.23.176:5432 GraceHallway s3cr3t"
    assert {(text[a:b], kind) for a, b, kind in memory.find(text)} == {
        ("kim. perry", "USERNAME"),
        ("10.27.23.176", "IP_ADDRESS"),
    }
