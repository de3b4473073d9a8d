"""A shell prompt under a table ends its columns (scene win_accounts, corpus35/gate: the 'PS' of
each 'PS C:\\Users\\<user>> <command>' typed under Get-LocalUser's table was masked as a PERSON
below its 'Name' column for the rest of the recording, one blank line under the last row; the
gate rightly passed the plants of those tracks, as nothing personal lay under them). The command
typed at the prompt is no row of the table its last command printed. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

TABLE = [
    "Name               Enabled Description",
    "----               ------- -----------",
    "Administrator      False   Built-in account for administering the computer/domain",
    "Ian Marsh          True",
    "Guest              False   Built-in account for guest access to the computer/domain",
]


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "prompt",
    [
        r"PS C:\Users\Administrator> systeminfo",
        r"PS C:\Users\Administrator>",
        r"C:\Users\Administrator>hostname",
        "admin@files-01:~$ last -n 7",
        "[root@files-01 ~]# id",
    ],
)
def test_a_prompt_under_a_table_is_no_row_of_it(detector, prompt):
    found = _found(detector, *TABLE, "", prompt)
    assert ("PERSON", "Ian Marsh") in found, found
    first = prompt.split()[0]
    assert not any(value.startswith(first[:2]) for _, value in found), found


def test_a_row_under_the_prompt_line_s_place_is_still_a_row_without_a_prompt(detector):
    found = _found(detector, *TABLE, "", "Ann Lowe           True")
    assert ("PERSON", "Ann Lowe") in found, found
