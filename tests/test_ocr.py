"""OCR stage with the real Tesseract: line finding, dark-mode inversion, small text, both engines."""

import cv2
import numpy as np
import pytest

from pipeline.analysis.changes import ChangeConfig, changed_boxes, to_grey
from pipeline.analysis.ocr import (
    OcrConfig,
    PytesseractEngine,
    SecondOpinionEngine,
    TesserocrEngine,
    find_text_lines,
    make_engine,
    read_lines,
    text_touches,
)
from pipeline.core.layout import group_lines
from pipeline.core.types import Box
from tests.helpers import draw_screen, font

CONFIG = OcrConfig()
SCREEN = [
    (20, 20, "Device Manager"),
    (20, 50, "Network adapter"),
    (300, 50, "Error 0x80070005"),
    (20, 80, "Intel(R) Ethernet Connection I219-LM"),
]


def read_all(engine, image, config=CONFIG) -> str:
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), config)
    words = [w for ws in read_lines(engine, grey, lines, config) for w in ws]
    layout = group_lines(words)
    return "\n".join(" ".join(w.text for w in line.words) for line in layout.lines)


@pytest.fixture(scope="module", params=["tesserocr", "pytesseract"])
def engine(request):
    return make_engine(OcrConfig(engine=request.param))


def test_make_engine_auto_prefers_tesserocr():
    assert isinstance(make_engine(OcrConfig(second_engine="none")), TesserocrEngine)
    assert isinstance(make_engine(OcrConfig(engine="pytesseract", second_engine="none")), PytesseractEngine)
    both = make_engine(OcrConfig())  # a second engine reads again what Tesseract read poorly
    assert isinstance(both, SecondOpinionEngine) and isinstance(both.first, TesserocrEngine)
    assert both.second.name == "rapidocr"


def test_cached_engine_reads_a_repeated_crop_once(engine):
    from pipeline.analysis.ocr import CachedEngine

    cached = CachedEngine(engine)
    image = draw_screen([(20, 20, "Network adapter")])
    first = read_all(cached, image)
    again = read_all(cached, image)
    assert first == again and "Network adapter" in first
    assert cached.hits == 1


def test_finds_one_box_per_text_line_and_ignores_rules():
    image = draw_screen(SCREEN)
    cv2.rectangle(image, (10, 10), (620, 110), (0, 0, 0), 1)  # a window frame around the text
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, 640, 360), CONFIG)
    assert len(lines) == 4
    assert all(6 <= line.h <= 30 for line in lines)


def test_whether_a_spot_touches_text_is_answered_as_a_search_over_the_whole_width_would():
    # the read scheduler's question during a scroll, for small changes: the caret, the pointer
    image = draw_screen(
        [(20, 40, "Intel(R) Ethernet Connection I219-LM  Network adapter  Device Manager"), (700, 120, "Status")],
        size=(1280, 200),
    )
    cv2.rectangle(image, (10, 10), (1270, 180), (0, 0, 0), 1)  # a window frame
    image[80:100, 10:1270] = (90, 90, 90)  # a title bar: a panel with straight edges
    grey = to_grey(image)
    spots = {
        Box(480, 45, 6, 6): True,  # inside the long line, far from where it starts
        Box(715, 125, 4, 4): True,
        Box(900, 125, 8, 8): False,  # blank
        Box(600, 88, 8, 8): False,  # inside the title bar
        Box(300, 8, 8, 5): False,  # on the window's frame
    }
    for spot, expected in spots.items():
        whole = any(
            line.intersects(spot) for line in find_text_lines(grey, Box(0, spot.y - 32, 1280, spot.h + 64), CONFIG)
        )
        assert text_touches(grey, spot, 32, CONFIG) is expected is whole, spot


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("size", [11, 14])
def test_reads_light_and_dark_small_ui_text(engine, dark, size):
    text = read_all(engine, draw_screen(SCREEN, dark=dark, font_size=size))
    for expected in ("Device Manager", "Network adapter", "0x80070005"):
        assert expected in text


def test_reads_dark_terminal_inside_light_window(engine):
    image = draw_screen([(20, 20, "Settings")], font_size=14)
    cv2.rectangle(image, (10, 60), (630, 200), (20, 20, 20), -1)
    from PIL import Image, ImageDraw

    pil = Image.fromarray(image[:, :, ::-1].copy())
    mono = font(14, "DejaVuSansMono.ttf")
    ImageDraw.Draw(pil).text((20, 80), "host = 10.183.147.215", fill=(230, 230, 230), font=mono)
    text = read_all(engine, np.asarray(pil)[:, :, ::-1].copy())
    # Tesseract may break a monospace line after a dot; detection tolerates that, so here
    # only the characters matter.
    assert "10.183.147.215" in text.replace(" ", "")
    assert "Settings" in text


def test_word_boxes_are_in_frame_coordinates(engine):
    image = draw_screen([(200, 150, "Network adapter")])
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, 640, 360), CONFIG)
    words = [w for ws in read_lines(engine, grey, lines, CONFIG) for w in ws]
    network = next(w for w in words if w.text == "Network")
    assert 195 <= network.box.x <= 205 and 148 <= network.box.y <= 160
    assert 50 <= network.box.w <= 80


def test_compression_noise_is_not_change_but_a_typed_character_is():
    image = draw_screen(SCREEN)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 60])
    noisy = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    assert changed_boxes(to_grey(image), to_grey(noisy), ChangeConfig()) == []
    typed = draw_screen(SCREEN + [(20, 120, "k")])
    boxes = changed_boxes(to_grey(image), to_grey(typed), ChangeConfig())
    assert len(boxes) == 1 and boxes[0].intersects(Box(20, 120, 10, 16))


def test_a_provisional_reading_uses_the_first_engine_alone_and_whole_readings_known():
    from pipeline.analysis.ocr import CachedEngine, RawWord, first_only

    class Fixed:
        def __init__(self, name, conf):
            self.name, self.conf, self.lines = name, conf, 0

        def version(self):
            return "0"

        def read_lines(self, images):
            self.lines += len(images)
            return [[RawWord(self.name, Box(0, 0, img.shape[1], img.shape[0]), self.conf)] for img in images]

    first, second = Fixed("dim", 20.0), Fixed("sure", 95.0)
    cached = CachedEngine(SecondOpinionEngine(first, second, 75.0))
    known, new = np.full((20, 80), 255, np.uint8), np.zeros((20, 80), np.uint8)
    assert [w.text for w in cached.read_lines([known])[0]] == ["sure"]
    quick = first_only(cached)
    assert [[w.text for w in words] for words in quick.read_lines([known, new])] == [["sure"], ["dim"]]
    assert second.lines == 1  # the new crop was not read again by the second engine
    assert [w.text for w in cached.read_lines([new])[0]] == ["sure"]  # nor kept as a whole reading
    assert first_only(first) is first


def test_a_line_left_beside_a_wiped_avatar_ends_where_the_line_under_it_starts():
    """chat_support of corpus_v3 (issue 16, kept text 12/13): the avatar beside a participant's
    name spans the name and the role under it, and its initials, centred on it, sit lower than
    the name. With the avatar's outline wiped, the name's line took the initials in and reached
    three rows into the role's (the boxes measured on the recording's frame, in the crop's
    coordinates); OCR's word boxes of the name took the role's top rows in, and the name's mask
    covered the role's top half for the whole recording (box bottom 193 over the role's top at
    188; 187 after). The line ends where the role starts; lines apart, or beside each other,
    stay as they are."""
    from pipeline.analysis.ocr import _clear_of_the_line_below

    config = OcrConfig()
    name, role = Box(46, 4, 133, 17), Box(83, 18, 84, 12)
    assert _clear_of_the_line_below([name, role], config) == [Box(46, 4, 133, 14), role]
    apart = Box(83, 40, 84, 12)
    beside = Box(300, 10, 80, 12)
    assert _clear_of_the_line_below([name, apart, beside], config) == [name, apart, beside]
    # a line that would be left lower than a line's least height is a line with a tall glyph
    low = Box(46, 4, 133, 17)
    close = Box(83, 4 + config.min_line_height - 1, 84, 17)
    assert _clear_of_the_line_below([low, close], config) == [low, close]


def test_the_rows_cut_off_a_line_by_the_line_below_keep_their_own_words():
    """print_admin at 66 % (lpq in a terminal): the header row 'Rank Owner Job File(s)' touched
    the line over it through an underscore, one piece with it, and that piece was cut where
    'File(s)' starts: 'Owner' went with the cut, the column's logins were never typed, three
    users stayed readable all through. A word left in the rows cut off, beside the lines there,
    is a line of its own; a glyph's tail at their top is none."""
    from pipeline.analysis.ocr import _clear_of_the_line_below

    config = OcrConfig()
    above, rank, files = Box(0, 0, 200, 22), Box(0, 11, 25, 11), Box(150, 11, 40, 12)
    text = np.zeros((30, 220), np.uint8)
    text[2:9, 0:190] = 1  # the line over the header
    text[12:21, 0:25] = 1  # 'Rank', a line of its own
    text[12:21, 44:70] = 1  # 'Owner', in the rows cut off
    text[11:13, 30:40] = 1  # an underscore's tail at their top
    text[12:21, 150:190] = 1  # 'File(s)'
    lines = _clear_of_the_line_below([above, rank, files], config, text)
    assert lines == [Box(0, 0, 200, 11), Box(44, 11, 26, 11), rank, files]


JSON_LINES = [
    '  "id": 48213,',
    '  "firstName": "Rupert",',
    '  "dateOfBirth": "1961-10-23",',
    '  "address": {',
    '    "city": "Derby",',
    '    "postcode": "G81 4RT",',
    '    "iban": "GB30KPWR71803624958731",',
    '    "currency": "GBP",',
]


def test_a_json_response_in_a_monospace_font_is_read_line_by_line():
    """An API client's pretty-printed JSON at 13 px: quotes, colons and commas outnumber the
    words of each line. Taken for the letters' height, they made every capital's and digit's
    stem a graphic's edge (a postcode's line read as its key, quotes, lone digits and a '>');
    a descender under a comma ('"Derby",') was cut off as a line of its own."""
    rows = [(14, 12 + 20 * i, text) for i, text in enumerate(JSON_LINES)]
    grey = to_grey(draw_screen(rows, (520, 180), font_size=13, font_name="DejaVuSansMono.ttf"))
    config = OcrConfig()
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), config)
    text = " ".join(w.text for words in read_lines(make_engine(config), grey, lines, config) for w in words)
    for value in ("Rupert", "1961-10-23", "Derby", "G81 4RT", "GBP"):
        assert value in text, value


def _stacked_rows_mask(top: int, bottom: int) -> np.ndarray:
    """A crop's ink as psql's expanded record leaves it at crf 36: a row of letters `top` rows
    tall over one `bottom` rows tall, touching through underscores and ascenders everywhere but
    in the second quarter of the width, where only the rows' own letters are."""
    mask = np.zeros((34, 104), np.uint8)
    mask[3 : 3 + top, 0:80:2] = 1  # 'account_no'
    mask[17 : 17 + bottom, 0:104:2] = 1  # 'last_login_ip'
    mask[3 + top : 17, 0:26] = 1  # the touching strokes, outside the second quarter
    mask[3 + top : 17, 52:104:3] = 1
    return mask


def test_two_rows_of_letters_that_touch_are_parted_where_one_chunk_parts_them():
    """psql_console at crf 36 (corpus_new): 'account_no' over 'last_login_ip' touched through
    their underscores and ascenders; only a chunk of the crop thins out between them, so the
    two rows were read as one line of noise, the key was lost, and the account number beside
    it stayed readable (ACCOUNT_NUMBER leaked at 24-27.6 s). Bands as tall as each other are
    rows of letters: the crop is cut between them."""
    from pipeline.analysis.ocr import _split_stacked

    config = OcrConfig()
    mask = _stacked_rows_mask(11, 13)
    parts = _split_stacked(mask, Box(0, 0, mask.shape[1], mask.shape[0]), config)
    assert len(parts) == 2, parts


def test_a_descenders_tail_is_still_no_row_of_its_own():
    """A line's body over the short band of a descender's tail (a comma under 'y"'), parted in
    one chunk only, stays one line (the whole crop does not thin out there)."""
    from pipeline.analysis.ocr import _split_stacked

    config = OcrConfig()
    mask = _stacked_rows_mask(12, config.min_line_height)
    parts = _split_stacked(mask, Box(0, 0, mask.shape[1], mask.shape[0]), config)
    assert len(parts) == 1, parts


def test_a_line_whose_last_chunk_is_a_quote_over_a_comma_is_not_cut_in_two():
    """'"Derby",' of a JSON response at 13 px: in the crop's last quarter, the closing quote at
    the top and the comma and the y's tail at the bottom make two bands of a line's least
    height each (6 and 6 rows) with a bare row between; the letters fill that row elsewhere.
    Two such bands are no two rows of letters: the line stays one crop."""
    from pipeline.analysis.ocr import _split_stacked

    mask = np.zeros((13, 60), np.uint8)
    mask[0:13, 0:45:2] = 1  # the letters' bodies over the whole height
    mask[0:6, 45:60:2] = 1  # the closing quote
    mask[7:13, 45:60:2] = 1  # the comma and the descender's tail
    assert _split_stacked(mask, Box(0, 0, 60, 13), OcrConfig()) == [Box(0, 0, 60, 13)]


def test_a_line_inside_another_line_of_its_row_is_read_once():
    """A row whose descenders touch the line above is cut out of that pair as one whole-width
    line, while its words also stand alone as components: each word was read twice ("postcode
    postcode") and a psql header lost its columns. A line inside another of its row goes; a
    line on the next row, or taller than the line it overlaps, stays."""
    from pipeline.analysis.ocr import _without_nested

    row = Box(23, 72, 553, 13)
    words = [Box(23, 73, 11, 10), Box(377, 73, 146, 12), Box(539, 73, 23, 12)]
    below = Box(49, 95, 70, 12)
    tall = Box(500, 60, 40, 40)  # a taller line over the row: an icon, a two-row cell
    assert sorted(_without_nested([*words, row, below, tall]), key=lambda b: b.y) == sorted(
        [row, below, tall], key=lambda b: b.y
    )


def _badges(fill: tuple[int, int, int], ink: tuple[int, int, int], words: list[str]) -> np.ndarray:
    """Rounded pills of `fill` with `words` in `ink` on a white page, one per row, drawn at
    full size and scaled to 66 % as a remote viewer shows them."""
    from PIL import Image, ImageDraw

    face = font(13)
    image = Image.new("RGB", (360, 40 * len(words)), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for i, word in enumerate(words):
        width = int(face.getlength(word)) + 20
        draw.rounded_rectangle((40, 10 + 40 * i, 40 + width, 32 + 40 * i), radius=11, fill=fill)
        draw.text((50, 13 + 40 * i), word, fill=ink, font=face)
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    return cv2.resize(bgr, None, fx=0.66, fy=0.66, interpolation=cv2.INTER_CUBIC)


def test_white_text_on_a_coloured_pill_is_read():
    """A CRM grid's status pills at 66 %: white letters on a green or grey fill on a white page.
    The crop's median is the fill, lighter than 128, and the letters were taken for the paper:
    none was read, each masked as unread text. Read as light-on-dark inside the pill, they are."""
    engine = make_engine(CONFIG)
    words = ["Active", "Churned", "Pending"]
    for fill in ((46, 125, 50), (110, 117, 125), (194, 65, 12)):
        lines = read_all(engine, _badges(fill, (255, 255, 255), words)).split("\n")
        # 8 px letters: a letter may be misread ("Chumed"), none of the pills is lost
        assert len(lines) == 3 and all(line.startswith(w[:3]) for line, w in zip(lines, words)), (fill, lines)


def test_dark_text_on_a_tinted_box_is_still_read_as_it_is():
    """A selected row's or a grey input's light tint with dark letters is no badge."""
    engine = make_engine(CONFIG)
    text = read_all(engine, _badges((205, 222, 245), (20, 20, 20), ["Invoice", "Reminder", "Pending"]))
    assert {"Invoice", "Reminder", "Pending"} <= set(text.split()), text
