"""An e-mail address wrapped in a narrow column and read domain first is no brand's piece (issue
17, false blocks; class: staff directories and contact lists zoomed out, an address wrapped after
its '@' or its domain, the column read by OCR with the domain's line before the login's).
zoomed_directory (corpus42/prec), gate: EMAIL_ADDRESS seen_value_part x42 on the company's name in
its header and logo (0-30 s): the analysis kept the value '<domain> <login>@', so the domain's
first word, which the page prints as its brand, spelt more than half of it before the '@'.
Invented values."""

from pipeline.analysis.values import SeenValues


def _seen() -> SeenValues:
    seen = SeenValues()
    seen.add("EMAIL_ADDRESS", "quillmarsh.co.uk pmorrow@", 4.9)
    return seen


def test_the_domain_read_before_the_login_is_no_piece():
    assert _seen().find(["Quillmarsh", "Staff", "directory"]) == []
    assert _seen().find(["quillmarsh.co.uk"]) == []


def test_the_login_and_the_value_whole_are_still_found():
    assert [p.whole for p in _seen().find(["quillmarsh.co.uk", "pmorrow@"])] == [True]
    assert [p.whole for p in _seen().find(["co.uk", "pmorrow@"])] == [False]


def test_an_address_read_in_order_is_unchanged():
    seen = SeenValues()
    seen.add("EMAIL_ADDRESS", "pmorrow@quillmarsh.co.uk", 4.9)
    assert seen.find(["Quillmarsh"]) == []
    assert [p.whole for p in seen.find(["pmorrow@quillmarsh"])] == [False]
