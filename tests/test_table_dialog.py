"""A dialog drawn over a user table (issue 16/17, admin_users of corpus_new): its heading, its
prose and its captions lie under the table's Username and Email columns, below its rows. They
are no cells: the table typed them USERNAME, the value memory learnt them, and every later frame
masked the dialog's sentences. The table's own user names are found still."""

from pipeline.core.types import Detection, Layout
from pipeline.detection.memory import ValueMemory
from tests.test_detect import assert_hidden, assert_visible, detect

HEADER = [(0, 0, "Display name"), (160, 0, "Username"), (320, 0, "Email"), (600, 0, "Role")]
ROW = [
    (0, 30, "Corinne Baptiste"),
    (160, 30, "c.baptiste"),
    (320, 30, "c.baptiste@fernhill.co.uk"),
    (600, 30, "Member"),
]


def _usernames(detector, *rows) -> tuple[Layout, list[Detection]]:
    layout, dets = detect(detector, *rows)
    return layout, [d for d in dets if d.entity_type == "USERNAME"]


def test_a_dialog_over_a_user_table_holds_no_user_names(detector):
    """The dialog's lines start left of the Username column's cells: its heading, lines of prose
    that run on into the Email column, a caption that fits the Username column."""
    dialog = [
        (150, 80, "Password reset"),
        (150, 106, "Share this temporary password with the user. They will be"),
        (150, 126, "asked to change it when they next sign in."),
        (150, 156, "Temporary password"),
        (150, 182, "Verification codes expire after a day."),  # one word of it in the Username column
    ]
    layout, found = _usernames(detector, *HEADER, *ROW, *dialog)
    assert_hidden(layout, found, "c.baptiste")
    for _, _, text in dialog:
        assert_visible(layout, found, text)
    memory = ValueMemory()
    detector.detect(layout, memory)
    assert sorted(memory.entities.values()).count("USERNAME") == 1  # the login, and no word of the dialog


def test_user_names_of_a_table_are_still_found_in_every_shape(detector):
    """A real value of that shape: a login, one read with OCR's gap at its dot, an account named
    like a person; and a row whose cells OCR read a space apart (one run of words over three
    columns, each cell at its column's start)."""
    rows = [
        *HEADER,
        *ROW,
        (0, 54, "Pavel Novak"),
        (160, 54, "pavel. novak"),
        (0, 78, "Front desk"),
        (160, 78, "Reception Kiosk"),
        (0, 102, "Imogen Fairweathers i.clarke"),
        (320, 102, "i.clarke@fernhill.co.uk"),
    ]
    layout, found = _usernames(detector, *rows)
    for value in ("c.baptiste", "pavel. novak", "Reception Kiosk", "i.clarke"):
        assert_hidden(layout, found, value)
