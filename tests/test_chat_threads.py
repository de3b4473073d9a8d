"""Chat and message-thread screens (issue 16): a participants panel and bubble authors beside
avatars, an account number in a message's prose, a phone number or IBAN wrapped over two lines
of a bubble. Each screen is drawn the way chat apps draw it (coloured avatar squares with
initials, a name over a caption, an author line over a rounded bubble), read by real Tesseract
through our line finder and analysed by the real detector."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.changes import to_grey
from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord
from pipeline.detection.detector import Detector
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.verify import frame_layout
from tests.helpers import ffmpeg, font, screen_clip

OCR = OcrConfig(engine="tesserocr", second_engine="none")
INK, GREY, BUBBLE = (29, 28, 29), (97, 96, 97), (241, 240, 240)
AVATARS = ((232, 145, 45), (46, 182, 125), (54, 197, 240), (224, 30, 90))
PARTICIPANTS = (
    ("Gregory Howard", "Customer · Brightwater Dental"),
    ("Priya Raman", "Support engineer"),
    ("Jade Edwards", "Team lead"),
    ("Tomasz Nowak", "Billing specialist"),
)


@pytest.fixture(scope="module")
def engine():
    return make_engine(OCR)


def _avatar(draw: ImageDraw.ImageDraw, x: int, y: int, size: int, color, name: str) -> None:
    draw.rounded_rectangle((x, y, x + size, y + size), radius=6, fill=color)
    initials = "".join(w[0] for w in name.split()[:2]).upper()
    draw.text(
        (x + size / 2, y + size / 2), initials, fill=(255, 255, 255), font=font(12, "DejaVuSans-Bold.ttf"), anchor="mm"
    )


def participants_panel(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """Slack/Teams-like side list: an avatar, the name, its role in small grey type below."""
    draw.text((x, y), f"Participants ({len(PARTICIPANTS)})", fill=INK, font=font(14, "DejaVuSans-Bold.ttf"))
    for i, ((name, role), color) in enumerate(zip(PARTICIPANTS, AVATARS)):
        top = y + 34 + 38 * i
        _avatar(draw, x, top, 28, color, name)
        draw.text((x + 36, top + 1), name, fill=INK, font=font(13))
        draw.ellipse(
            (
                x + 40 + draw.textlength(name, font=font(13)),
                top + 5,
                x + 48 + draw.textlength(name, font=font(13)),
                top + 13,
            ),
            fill=(43, 172, 118),
        )
        draw.text((x + 36, top + 16), role, fill=GREY, font=font(11))


def message(draw: ImageDraw.ImageDraw, x: int, y: int, author: str, time: str, lines: list[str], color) -> None:
    """An author line ("Name 10:42") over a rounded bubble, an avatar left of both."""
    _avatar(draw, x, y, 34, color, author)
    bold = font(13, "DejaVuSans-Bold.ttf")
    draw.text((x + 44, y), author, fill=INK, font=bold)
    draw.text((x + 50 + draw.textlength(author, font=bold), y + 1), time, fill=GREY, font=font(12))
    body = font(14)
    width = max(draw.textlength(line, font=body) for line in lines)
    draw.rounded_rectangle((x + 44, y + 22, x + 68 + width, y + 38 + 20 * len(lines)), radius=14, fill=BUBBLE)
    for i, line in enumerate(lines):
        draw.text((x + 56, y + 30 + 20 * i), line, fill=INK, font=body)


def screen(draw_content) -> np.ndarray:
    image = Image.new("RGB", (1280, 720), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw_content(draw)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def covered(detector: Detector, image: np.ndarray, engine) -> tuple[list[OcrWord], dict[str, set[str]]]:
    """The words read on `image` and, per entity type, the words inside its detections."""
    layout = frame_layout(image, engine, OCR)
    words = [w for line in layout.lines for w in line.words]
    found: dict[str, set[str]] = {}
    for det in detector.detect(layout):
        found.setdefault(det.entity_type, set()).update(w.text for w in words if det.box.contains(w.box))
    return words, found


def test_names_beside_avatars_are_found_and_their_roles_kept(detector, engine):
    # the avatar spans the name and the role below it: joined to them, the three read as one
    # line of noise ("Etregory owerae"); the initials read beside a name ("JE Jade Edwards")
    # are no capitalised word running on into it
    words, found = covered(detector, screen(lambda d: participants_panel(d, 1000, 100)), engine)
    names = {part for name, _ in PARTICIPANTS for part in name.split()}
    assert names <= found.get("PERSON", set())
    roles = {part for _, role in PARTICIPANTS for part in role.split() if part.isalpha()}
    assert not roles & set().union(*found.values()), "roles and the company stay readable"
    assert "Participants" not in set().union(*found.values())


def test_an_author_line_over_a_bubble_and_an_account_number_in_its_prose(detector, engine):
    image = screen(
        lambda d: (
            message(d, 320, 120, "Gregory Howard", "10:35", ["My customer account number is 17272957"], AVATARS[0]),
            message(d, 320, 220, "Priya Raman", "10:37", ["Thanks, I can see the account."], AVATARS[1]),
        )
    )
    words, found = covered(detector, image, engine)
    assert {"Gregory", "Howard", "Priya", "Raman"} <= found.get("PERSON", set())
    assert found.get("ACCOUNT_NUMBER") == {"17272957"}
    assert not {"customer", "account", "Thanks,", "10:35", "10:37"} & set().union(*found.values())


@pytest.mark.parametrize(
    "lines,entity,parts",
    [
        (
            ["If it's easier you can call me on +44 7656 671", "480 any time this afternoon, I'm at my desk."],
            "PHONE_NUMBER",
            ({"+44", "7656", "671"}, {"480"}),
        ),
        (
            ["Sure, the refund can go to GB69 RRLG 7804 7716 8466", "45 which is our practice account."],
            "IBAN_CODE",
            ({"GB69", "RRLG", "7804", "7716", "8466"}, {"45"}),
        ),
        (
            ["Hi, my customer account number is 4417", "2957 in case you need it for the refund."],
            "ACCOUNT_NUMBER",
            ({"4417"}, {"2957"}),
        ),
    ],
)
def test_a_value_wrapped_in_a_bubble_beside_a_panel_is_boxed_on_both_lines(detector, engine, lines, entity, parts):
    # the panel's lines lie between the bubble's two at these heights; the phone number is in
    # a UK range that python-phonenumbers does not know as assigned
    image = screen(
        lambda d: (participants_panel(d, 1000, 100), message(d, 320, 220, "Gregory Howard", "10:45", lines, AVATARS[0]))
    )
    words, found = covered(detector, image, engine)
    upper, lower = parts
    assert upper | lower <= found.get(entity, set())
    rest = {w for w in lines[1].split()[1:] if w.isalpha()}
    assert not rest & set().union(*found.values()), "the prose after the value stays readable"


def test_an_avatar_is_cut_off_the_lines_beside_it():
    # unit: the line finder's boxes are one text line high beside a graphic two lines high
    image = screen(lambda d: participants_panel(d, 1000, 100))
    grey = image[:, :, 1]
    lines = find_text_lines(grey, Box(0, 0, 1280, 720), OCR)
    assert lines and max(b.h for b in lines) <= 20, lines
    # and the words of a name never join its caption below it in one layout line
    top = OcrWord("Jade", Box(1036, 212, 34, 12), 95.0), OcrWord("Edwards", Box(1074, 212, 56, 12), 95.0)
    initials = OcrWord("JE", Box(1005, 218, 18, 11), 90.0)
    caption = OcrWord("Team", Box(1036, 226, 34, 11), 95.0), OcrWord("lead", Box(1072, 226, 26, 11), 95.0)
    layout = group_lines([*top, initials, *caption])
    assert [" ".join(w.text for w in line.words) for line in layout.lines] == ["JE Jade Edwards", "Team lead"]


def side_panel(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """The panel's headings over its contents: a contact, pinned pages."""
    bold = font(14, "DejaVuSans-Bold.ttf")
    draw.text((x, y), "Customer contact", fill=INK, font=bold)
    draw.text((x, y + 26), "gregoryh@brightwater-dental.co.uk", fill=INK, font=font(13))
    draw.text((x, y + 62), "Pinned", fill=INK, font=bold)
    draw.text((x, y + 90), "Billing portal status page", fill=INK, font=font(13))
    draw.text((x, y + 112), "Refund policy (internal)", fill=INK, font=font(13))


def test_a_panel_heading_of_two_column_words_is_no_table_header(detector, engine):
    # "Customer" and "Contact" are both column headers of people tables; a space apart they are
    # a heading, and the pages pinned under it are no names
    words, found = covered(detector, screen(lambda d: side_panel(d, 1000, 300)), engine)
    assert found.get("EMAIL_ADDRESS")
    assert not {"Billing", "portal", "Refund", "policy", "Pinned"} & found.get("PERSON", set())


def _words(x: int, y: int, text: str, char_w: int = 8, h: int = 15) -> list[OcrWord]:
    out = []
    for part in text.split():
        out.append(OcrWord(part, Box(x, y, char_w * len(part), h), 95.0))
        x += char_w * (len(part) + 1)
    return out


def test_a_chain_of_block_lines_moves_as_a_whole(detector):
    # the author line ends in a time (a digit: a value could run on) and its bubble's first line
    # follows it past the avatar's initials; the bubble's second line must still follow the first
    words = [
        *_words(356, 521, "Gregory Howard 10:47"),
        *_words(319, 531, "GH", h=11),
        *_words(368, 548, "Sure, the refund can go to GB69 RRLG 7804 7716 8466"),
        *_words(368, 568, "45 which is our practice account."),
    ]
    dets = [d for d in detector.detect(group_lines(words)) if d.entity_type == "IBAN_CODE"]
    assert {d.box.y < 560 for d in dets} == {True, False}, "both lines of the IBAN are boxed"


def test_a_ticket_reply_beside_a_round_avatar(detector, engine):
    # Zendesk-like: a round badge with one initial, read as a word ("C)") as tall as the author
    # line and the reply under it together; the author line ends in a date ("Sep 15")
    def ticket(draw: ImageDraw.ImageDraw) -> None:
        draw.ellipse((312, 385, 350, 423), fill=(74, 144, 196))
        draw.text((331, 404), "M", fill=(255, 255, 255), font=font(15, "DejaVuSans-Bold.ttf"), anchor="mm")
        draw.text((362, 387), "Mark Bowman", fill=INK, font=font(14, "DejaVuSans-Bold.ttf"))
        draw.text((484, 389), "Sep 15, 10:05", fill=GREY, font=font(11))
        draw.text(
            (362, 411),
            "It's an HL-L2350DW. The display says Connected, and the other one prints fine.",
            fill=INK,
            font=font(14),
        )

    words, found = covered(detector, screen(ticket), engine)
    assert {"Mark", "Bowman"} <= found.get("PERSON", set())
    assert not {"display", "Connected,", "prints"} & set().union(*found.values())


def test_a_heading_beside_a_large_avatar_stays_apart_from_its_caption():
    # a contact card: a 72 px round avatar read as "[", its initials and "2)", beside a 24 px name
    # and the smaller role line under it; the caption's last word reaches both rows
    avatar = [
        OcrWord("[", Box(568, 183, 10, 43), 92.0),
        OcrWord("JL", Box(591, 194, 30, 20), 96.0),
        OcrWord("2)", Box(591, 183, 53, 43), 32.0),
    ]
    name = [OcrWord("Jemma", Box(662, 185, 79, 18), 96.0), OcrWord("Little", Box(749, 185, 49, 18), 96.0)]
    caption = [
        OcrWord("Office", Box(662, 214, 36, 13), 97.0),
        OcrWord("Administrator", Box(701, 214, 83, 13), 93.0),
        OcrWord("Brightside", Box(796, 214, 62, 15), 97.0),
        OcrWord("Nurseries", Box(862, 214, 60, 13), 96.0),
    ]
    layout = group_lines([*avatar, *name, *caption])
    assert [" ".join(w.text for w in line.words) for line in layout.lines] == [
        "[ JL 2) Jemma Little",
        "Office Administrator Brightside Nurseries",
    ]


def test_a_badge_read_as_a_tall_word_does_not_join_two_rows():
    badge = OcrWord("C)", Box(312, 384, 38, 40), 40.0)
    author = _words(362, 387, "Mark Bowman Sep 15, 10:05")
    reply = _words(362, 411, "It's an HL-L2350DW. The display says Connected")
    layout = group_lines([badge, *author, *reply])
    assert [" ".join(w.text for w in line.words) for line in layout.lines] == [
        "C) Mark Bowman Sep 15, 10:05",
        "It's an HL-L2350DW. The display says Connected",
    ]


def test_an_author_line_whose_descenders_touch_its_bubble_is_read_whole():
    """chat_support at crf 36: the author line of a new message ('Name 10:48' over its bubble)
    sat so close to the bubble that the name's descenders ('y') touched the bubble's top, and
    the name's letters became part of that graphic: wiping the graphic from the line wiped the
    first name too, the line was read from its surname on ('Newman 10:48'), and the name was
    never found. The letters a graphic held along the line's rows belong to the line."""
    bold = font(13, "DejaVuSans-Bold.ttf")
    author = "Peggy Larsen"

    def me(draw: ImageDraw.ImageDraw, gap: int) -> None:
        x, y = 800, 100
        draw.text((x, y), author, fill=INK, font=bold)
        draw.text((x + 6 + draw.textlength(author, font=bold), y + 1), "10:48", fill=GREY, font=font(12))
        draw.rounded_rectangle((x - 4, y + gap, x + 140, y + gap + 36), radius=14, fill=(17, 100, 163))
        draw.text((x + 10, y + gap + 9), "Thanks, done.", fill=(255, 255, 255), font=font(14))
        draw.rounded_rectangle((x + 180, y, x + 214, y + 34), radius=6, fill=AVATARS[1])

    for gap in (16, 17, 18):  # the bubble's top 1-3 px under the name's descenders
        image = screen(lambda d, gap=gap: me(d, gap))
        grey = np.asarray(Image.fromarray(image[:, :, ::-1]).convert("L"))
        lines = [b for b in find_text_lines(grey, Box(0, 80, 1280, 80), OCR) if b.y < 110 and b.x < 980]
        assert lines and min(b.x for b in lines) <= 800, (gap, lines)


CONTACTS = (
    ("Martin Cole", "Harbour Joinery"),
    ("Helen Ward", "Northfield Dental"),
    ("Oscar Bennett", "Bluewater Print"),
    ("Ruth Fisher", "Maple Leaf Bakery"),
)


def contacts_list(
    draw: ImageDraw.ImageDraw, x: int, y: int, rows: tuple[tuple[str, str], ...] = CONTACTS, caption: int = 19
) -> None:
    """A contacts app's list: a round avatar with initials, the name beside its upper half
    and the company `caption` px under it."""
    for i, (name, company) in enumerate(rows):
        top = y + 56 * i
        draw.ellipse((x, top, x + 36, top + 36), fill=AVATARS[i % len(AVATARS)])
        initials = "".join(w[0] for w in name.split())
        draw.text((x + 18, top + 18), initials, fill=(255, 255, 255), font=font(12), anchor="mm")
        draw.text((x + 48, top + 2), name, fill=INK, font=font(15))
        draw.text((x + 48, top + caption), company, fill=GREY, font=font(13))


@pytest.mark.parametrize("scale", [0.66, 0.75])
def test_a_name_beside_a_round_avatar_is_read_without_it_when_scaled_down(tmp_path, detector, engine, scale):
    """contacts_app at 66 %: a round avatar's outline, a graphic the line finder wipes, crosses
    the rows of the name beside its upper half at a slant (no column of it runs through them),
    and the name line was widened over it as if over letters the graphic held: the crop took
    the avatar and its initials in, read the first name with a letter glued before it, and no
    name was found until another frame read the line cleanly."""
    screen_clip(tmp_path / "contacts.mp4", [screen(lambda d: contacts_list(d, 200, 120))] * 3)
    small = tmp_path / "small.mp4"
    ffmpeg("-i", str(tmp_path / "contacts.mp4"), "-vf", f"scale=trunc(iw*{scale}/2)*2:-2:flags=bicubic", str(small))
    image = next(iter(iter_frames(small, probe(small)))).image
    assert image is not None
    grey = to_grey(image)
    avatar_right = int((200 + 36) * scale)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), OCR)
    name_rows = [round((120 + 56 * i + 9) * scale) for i in range(len(CONTACTS))]
    for row in name_rows:
        name_line = [b for b in lines if b.y <= row < b.y2 and b.x2 > avatar_right + 20]
        assert name_line and min(b.x for b in name_line) >= avatar_right - 2, (row, name_line)
    words, found = covered(detector, image, engine)
    masked = set().union(*found.values())
    names = {part for name, _ in CONTACTS for part in name.split()}
    assert names <= masked, "every name is read whole and masked"
    assert {part for name, _ in CONTACTS[::2] for part in name.split()} <= found.get("PERSON", set())
    assert not {part for _, company in CONTACTS for part in company.split()} & masked, "companies stay readable"


# names with descenders over their captions: at crf 36 each word blurs into one piece of ink,
# and a descender touching the caption makes the name and the caption one piece
DESCENDING = (
    ("Peggy Long", "Oakfield Builders"),
    ("Guy King", "Maple Leaf Bakery"),
    ("Greg Young", "Harbour Joinery"),
    ("Gigi Ng", "Elm Tree Dental"),
)


@pytest.mark.parametrize("caption", [14, 16])  # captions 1-3 px under the descenders
def test_a_name_beside_an_avatar_is_read_without_it_at_a_low_bitrate(tmp_path, caption):
    """contacts_app at crf 36: the avatar was told from the letters by its height against the
    median piece's, but a blocky frame leaves few pieces beside it (a word each, and a name
    glued to its caption by a descender, as tall as two rows): the avatar's height was the
    median, it stayed in the name's line, its initials read as a word before the name ('AX
    First last') and no name was found. A round outline far taller than the other pieces is
    an avatar however few they are."""
    screen_clip(tmp_path / "contacts.mp4", [screen(lambda d: contacts_list(d, 200, 120, DESCENDING, caption))] * 3)
    blocky = tmp_path / "blocky.mp4"
    ffmpeg("-i", str(tmp_path / "contacts.mp4"), "-c:v", "libx264", "-crf", "36", str(blocky))
    image = next(iter(iter_frames(blocky, probe(blocky)))).image
    assert image is not None
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), OCR)
    for i in range(len(DESCENDING)):
        row = 120 + 56 * i + 9
        name_line = [b for b in lines if b.y <= row < b.y2 and b.x2 > 260]
        assert name_line and min(b.x for b in name_line) >= 236 - 2, (row, name_line)
    # (what Tesseract then reads of a name glued to its caption is another matter: the rows are
    # not always parted at this spacing)


@pytest.mark.parametrize("crf", [30, 36])
def test_a_rounded_square_avatar_stays_out_of_its_name_and_role_lines_at_a_low_bitrate(tmp_path, crf):
    """chat_support at crf 36: a rounded-square avatar's straight sides were cut out first as
    rules (a window's edge touching letters is cut that way), and its top and bottom edges left
    as letters in the lines beside them: the name's line took the avatar's top in (22 px tall
    for 13 px letters) and its mask covered the role under it. An avatar's outline is taken
    whole before the rules are cut."""
    screen_clip(tmp_path / "panel.mp4", [screen(lambda d: participants_panel(d, 1000, 100))] * 3)
    blocky = tmp_path / "blocky.mp4"
    ffmpeg("-i", str(tmp_path / "panel.mp4"), "-c:v", "libx264", "-crf", str(crf), str(blocky))
    image = next(iter(iter_frames(blocky, probe(blocky)))).image
    assert image is not None
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), OCR)
    beside = [b for b in lines if b.y > 120 and b.x2 > 1040]  # the names and roles, not the heading
    assert len(beside) >= 2 * len(PARTICIPANTS)
    assert min(b.x for b in beside) >= 1000 + 28 - 2, sorted((b.y, b.x) for b in beside)
