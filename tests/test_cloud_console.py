"""A cloud IAM console (issue 16, corpus_n4 cloud_console): its users table, the ARNs CloudShell
prints, the account id in its top bar. Every value here is invented."""

from __future__ import annotations

from pipeline.core.types import Layout
from tests.test_detect import assert_hidden, assert_visible, make_layout


def _kinds(dets, entity: str) -> list:
    return [d for d in dets if d.entity_type == entity]


# ------------------------------------------------------------------ cloud identity console --

IAM_X = [40, 200, 260, 420, 560, 640, 760]


def _table(header: list[str], rows: list[list[str]]) -> Layout:
    cells = [(x, 0, text) for x, text in zip(IAM_X, header)]
    for i, row in enumerate(rows):
        cells += [(x, 34 * (i + 1), text) for x, text in zip(IAM_X, row)]
    return make_layout(*cells)


def test_an_iam_users_table_hides_its_user_names(detector):
    """'User name | Path | Groups | Last activity | MFA | Password age | Access key ID': two of
    seven cells were headers, no header row, and a login whose surname is an English word
    ('.rose', '.wright') was found by nothing (fails before: the users' names stayed readable)."""
    layout = _table(
        ["User name", "Path", "Groups", "Last activity", "MFA", "Password age", "Access key ID"],
        [
            ["tilda.rose", "/", "Developers", "2 hours ago", "Virtual", "80 days", "Active"],
            ["oren.wright", "/", "DataEng", "6 days ago", "-", "154 days", "Active"],
            ["maeve.french", "/", "Admins", "12 minutes ago", "Virtual", "20 days", "Active"],
        ],
    )
    dets = detector.detect(layout)
    for login in ("tilda.rose", "oren.wright", "maeve.french"):
        assert_hidden(layout, dets, login)
    for text in ("User name", "Path", "Groups", "Developers", "Last activity", "2 hours ago", "Virtual"):
        assert_visible(layout, dets, text)


def test_a_users_row_after_its_checkbox_read_with_a_bracket_is_still_typed(detector):
    """Each row starts with a selection checkbox, which OCR reads as a short word with a bracket
    glued before the user name ('i) <login>', 'CL) <login>'): the cell was taken for half of a
    bracketed phrase run on under the table (fails before: those two logins stayed readable)."""
    rows = [(x, 0, text) for x, text in zip(IAM_X, ["User name", "Path", "Groups", "Last activity", "MFA"])]
    for i, (box, login) in enumerate((("i)", "tilda.rose"), ("CL)", "oren.wright"), ("a", "maeve.french"))):
        y = 34 * (i + 1)
        rows += [(16, y, f"{box} {login}")]
        rows += [(x, y, t) for x, t in zip(IAM_X[1:], ["/", "Developers", "6 days ago", "Virtual"])]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    for login in ("tilda.rose", "oren.wright", "maeve.french"):
        assert_hidden(layout, dets, login)


def test_a_roles_table_of_the_same_console_stays_readable(detector):
    """A roles table has the same columns but no account column: its cells are no one's."""
    layout = _table(
        ["Role name", "Path", "Groups", "Last activity", "MFA"],
        [["ci-deploy-role", "/", "Deploy", "2 hours ago", "-"], ["billing-reader", "/", "Billing", "Yesterday", "-"]],
    )
    dets = detector.detect(layout)
    assert not _kinds(dets, "USERNAME")
    for text in ("ci-deploy-role", "billing-reader", "Deploy", "Billing"):
        assert_visible(layout, dets, text)


def test_an_arn_names_its_user_and_account_and_a_console_its_account_in_fours(detector):
    """CloudShell's `aws iam list-users` and `get-caller-identity` print ARNs; the console's top
    bar prints the account id dashed in fours after the signed-in name (fails before: the user
    after ':user/' and the dashed id stayed readable)."""
    rows = [
        '        "Arn": "arn:aws:iam::318604277519:user/tilda.rose",',
        "arn:aws:sts::318604277519:assumed-role/SupportAccess/oren.wright",
        "Global  Tilda Rose @ 3186-0427-7519",
        # as OCR read a terminal's ARN: '::' as ': :', a space before a colon, a digit for a letter
        '"Arn": "arn:aws :iam: :318604277519:user/maeve.fr3nch",',
        '"Arn": "arn:aws:iam: : 318604277519: user/oren. wright"',
        '"Arn": "arn:aws:iam: : :318604277519:user/pim.valdane"',  # a colon of '::' read twice
    ]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "tilda.rose", 0)
    assert_hidden(layout, dets, "318604277519", 0)
    assert_hidden(layout, dets, "oren.wright", 1)
    assert_hidden(layout, dets, "3186-0427-7519", 2)
    assert_hidden(layout, dets, "maeve.fr3nch", 3)
    assert_hidden(layout, dets, "318604277519", 3)
    assert_hidden(layout, dets, "oren. wright", 4)
    assert_hidden(layout, dets, "pim.valdane", 5)
    assert_hidden(layout, dets, "318604277519", 5)
    assert_visible(layout, dets, "arn:aws:ia", 0)
    assert_visible(layout, dets, "SupportAccess", 1)


def test_a_role_arn_and_other_dashed_numbers_keep_their_names(detector):
    """A role's or a policy's name is no one's; a date or a part number is no account id."""
    rows = [
        "arn:aws:iam::aws:policy/ReadOnlyAccess",
        "arn:aws:iam::318604277519:role/ci-deploy-role",
        "Invoice date 2026-11-05  Part no. 1234-56-7890",
    ]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert not _kinds(dets, "USERNAME")
    for row, text in ((0, "ReadOnlyAccess"), (1, "ci-deploy-role"), (2, "2026-11-05"), (2, "1234-56-7890")):
        assert_visible(layout, dets, text, row)


# ------------------------------------------------------- a remembered table over another panel --


def _users_table_remembered(detector):
    """A detector's memory after a frame that showed the users table with its header."""
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    layout = _table(
        ["User name", "Path", "Groups", "Last activity", "MFA"],
        [["tilda.rose", "/", "Developers", "2 hours ago", "Virtual"], ["oren.wright", "/", "DataEng", "6 days", "-"]],
    )
    detector.detect(layout, memory)
    assert memory.tables.tables, "the users table is remembered"
    return memory


def test_a_json_key_line_under_a_remembered_users_table_is_no_row(detector):
    """CloudShell's pane under the console: 'aws iam get-user' prints JSON whose key lines start
    under the remembered table's User name column. The gate reads the output with the value
    masked ('"UserName": █'): the remembered column typed the key '"UserName":' a login
    (fails before: USERNAME over the key, a clean output blocked, corpus_n4 cloud_console 33-40 s).
    A member's key in quotes opens no row of a grid."""
    memory = _users_table_remembered(detector)
    # '"Userae': the key read over two rows (its line and the next key's, one 25 px word at
    # confidence 69), its closing quote and colon lost (corpus34 cloud_console 34.1 s)
    for key in ('"UserName":', '"userra":', '"Userra"e', "'UserName':", '"Userae'):
        # the key under User name, the masked value's cell and the comma's speck under the next columns
        layout = make_layout((40, 300, key), (200, 300, "\u2588"), (262, 300, "="), (40, 334, '"Path": "/",'))
        dets = detector.detect(layout, memory)
        assert_visible(layout, dets, key)


def test_a_login_in_a_json_line_and_a_row_of_the_remembered_table_are_still_found(detector):
    """The value of the same key line is still the login (found by its key), and a row of the
    remembered table after its header scrolled away is still typed."""
    memory = _users_table_remembered(detector)
    layout = make_layout(
        (40, 300, '"UserName": "maeve.french",'),
        *[(x, 400, text) for x, text in zip(IAM_X, ["quinn.harlow", "/", "Admins", "3 days ago", "Virtual"])],
    )
    dets = detector.detect(layout, memory)
    assert_hidden(layout, dets, "maeve.french")
    assert_hidden(layout, dets, "quinn.harlow")
    assert_visible(layout, dets, '"UserName":')
