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


QUERY_USER = [
    r"C:\Windows\system32>query user",
    " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME",
    ">qbramwell             console             1  Active      none   03/11/2026 07:58",
    " tgorringe                                 2  Disc        1:02   03/11/2026 06:40",
]


@pytest.mark.parametrize(
    "prompt",
    [r"C:\Windows\system32>dir C:\Users", r"C:\>cls", r"PS C:\Windows\system32> dir C:\Users"],
)
def test_cmd_s_prompt_with_its_command_glued_ends_a_console_table(detector, prompt):
    """cmd prints no space between its prompt's '>' and the command typed at it: `query user`'s
    table, the prompt right under its last row (no blank line), then `dir C:\\Users`. The prompt
    line, 'Directory of' and a listing's date were read as cells of the USERNAME column (win_console
    at 18 s), remembered and masked for the rest of the recording."""
    rows = [*QUERY_USER, prompt, " Volume in drive C is Windows", "", r" Directory of C:\Users", ""]
    rows += ["04/11/2026  09:12    <DIR>          .", "04/11/2026  09:12    <DIR>          Public"]
    found = _found(detector, *rows)
    assert ("USERNAME", "qbramwell") in found or ("USERNAME", ">qbramwell") in found, found
    assert any(value.endswith("tgorringe") for _, value in found), found
    typed = {value for _, value in found}
    assert not [v for v in typed if "C:" in v or "Directory" in v or "Volume" in v or "04/11" in v], found
