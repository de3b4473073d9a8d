"""OCR of screen text: find text lines, preprocess each line crop, read it with Tesseract.

Screens are not documents: windows, dark terminals and light forms sit side by side, and UI
text is 10-16 px high. Tesseract's own page segmentation handles that poorly (white-on-black
terminal text inside a light frame is mostly lost), so we segment lines ourselves from edge
density, then give Tesseract one line at a time (psm 7) after inverting dark crops and
upscaling small text. Two engines sit behind one interface: `tesserocr` keeps the Tesseract
API open in-process (about 10 ms a line) and `pytesseract` runs the binary (about 250 ms a
call, so it reads many lines stacked into one image per call).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import cv2
import numpy as np

from pipeline.analysis.colour import HIDDEN_EDGES, hidden_edges, hidden_words, line_image, value_crop
from pipeline.core.errors import ConfigError, ProcessingError
from pipeline.core.types import Box, OcrWord, merged_bands

# Tesseract with OpenMP starts a thread pool per call; on a 2-core machine that is 2-3x slower
# than one thread per process (we parallelise with processes instead). Set before it loads.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata/",
    "/usr/share/tesseract-ocr/4.00/tessdata/",
    "/usr/share/tessdata/",
)


@dataclass(frozen=True, slots=True)
class OcrConfig:
    engine: str = "auto"  # auto | tesserocr | pytesseract
    lang: str = "eng"
    # Line crops are scaled so that their x-height (the height of a lowercase x, measured from
    # the ink) is about this: Tesseract reads best with an x-height of 20-30 px, and measuring
    # it rather than the line box reads a scaled-down viewer's text (line boxes of 8-10 px)
    # and normal UI text alike; text as large or larger is read as it is.
    target_x_height: int = 22
    max_scale: float = 5.0
    # A line whose weakest word Tesseract read below this confidence (0-100) is read again by
    # the second engine, and the reading with the stronger weakest word is kept.
    retry_below: float = 75.0
    # A line whose best reading stays below this confidence looks like text nobody could read:
    # analysis/unread.py reports it (masked where the purpose asks for it).
    unread_below: float = 70.0
    second_engine: str = "auto"  # auto (rapidocr where installed) | rapidocr | none
    edge_threshold: int = 40  # morphological-gradient level that counts as ink
    # faint text (a disabled field's grey value, a placeholder, small helper text scaled down):
    # its edges stay under edge_threshold; where this lower level finds text-shaped ink that the
    # edge_threshold lines do not hold, the lines are looked for again at it (0: never)
    faint_edge_threshold: int = 22
    min_line_height: int = 6
    max_line_height: int = 90  # taller components are split by row profile or skipped
    word_gap: int = 11  # horizontal closing that joins letters and words into one line crop


@dataclass(frozen=True, slots=True)
class RawWord:
    """A word in the coordinates of the image handed to the engine."""

    text: str
    box: Box
    conf: float


class OcrEngine(Protocol):
    name: str

    def version(self) -> str: ...

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        """Read each preprocessed grey line image; one word list per image, in order."""
        ...


def _tessdata_dir() -> str:
    for path in TESSDATA_CANDIDATES:
        if os.path.isdir(path):
            return path
    raise ConfigError("no Tesseract language data found (install tesseract-ocr-eng)")


class TesserocrEngine:
    """Tesseract's C++ API kept open in this process (one instance per worker process)."""

    name = "tesserocr"

    def __init__(self, lang: str = "eng"):
        import tesserocr

        self._tesserocr = tesserocr
        self._api = tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_LINE)

    def version(self) -> str:
        return f"tesserocr {self._tesserocr.__version__} / tesseract {self._tesserocr.tesseract_version().split()[1]}"

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        from PIL import Image

        RIL = self._tesserocr.RIL
        results: list[list[RawWord]] = []
        for image in images:
            self._api.SetImage(Image.fromarray(image))
            self._api.Recognize()
            words: list[RawWord] = []
            iterator = self._api.GetIterator()
            try:
                for item in self._tesserocr.iterate_level(iterator, RIL.WORD):
                    text = item.GetUTF8Text(RIL.WORD)
                    box = item.BoundingBox(RIL.WORD)
                    if text and text.strip() and box:
                        words.append(RawWord(text.strip(), Box.from_corners(*box), float(item.Confidence(RIL.WORD))))
            except RuntimeError:
                pass  # tesserocr raises "No text returned" for a crop with no words in it
            results.append(words)
        return results


class PytesseractEngine:
    """The tesseract binary through pytesseract. Each call starts a process, so all lines of a
    batch are stacked into one image (one line per band) and read with psm 6 in one call."""

    name = "pytesseract"
    GAP = 24  # white rows between stacked lines

    def __init__(self, lang: str = "eng"):
        import pytesseract

        if shutil.which("tesseract") is None:
            raise ConfigError("the tesseract binary is not installed (apt-get install tesseract-ocr)")
        self._pt = pytesseract
        self._lang = lang

    def version(self) -> str:
        return f"pytesseract {self._pt.__version__} / tesseract {self._pt.get_tesseract_version()}"

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        if not images:
            return []
        width = max(img.shape[1] for img in images)
        bands: list[tuple[int, int]] = []
        rows: list[np.ndarray] = []
        y = self.GAP
        rows.append(np.full((self.GAP, width), 255, np.uint8))
        for img in images:
            padded = np.full((img.shape[0], width), 255, np.uint8)
            padded[:, : img.shape[1]] = img
            rows.append(padded)
            rows.append(np.full((self.GAP, width), 255, np.uint8))
            bands.append((y, y + img.shape[0]))
            y += img.shape[0] + self.GAP
        sheet = np.vstack(rows)
        data = self._pt.image_to_data(sheet, lang=self._lang, config="--psm 6", output_type=self._pt.Output.DICT)
        results: list[list[RawWord]] = [[] for _ in images]
        for i, text in enumerate(data["text"]):
            if not text or not text.strip():
                continue
            box = Box(data["left"][i], data["top"][i], data["width"][i], data["height"][i])
            centre = box.y + box.h / 2
            for band_index, (top, bottom) in enumerate(bands):
                if top - self.GAP / 2 <= centre < bottom + self.GAP / 2:
                    local = box.shift(0, -top)
                    results[band_index].append(RawWord(text.strip(), local, float(data["conf"][i])))
                    break
        for words in results:
            words.sort(key=lambda w: w.box.x)
        return results


class CachedEngine:
    """Remembers what a line image read as. Screens repeat themselves: a blinking caret or a
    pointer passing over a line brings back pixel-identical crops, which need no OCR again."""

    def __init__(self, inner: OcrEngine, size: int = 4096):
        self.inner = inner
        self.name = inner.name
        self.size = size
        self.hits = 0
        self._cache: OrderedDict[bytes, list[RawWord]] = OrderedDict()

    def version(self) -> str:
        return self.inner.version()

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        keys = [_crop_key(img) for img in images]
        missing = [i for i, key in enumerate(keys) if key not in self._cache]
        if missing:
            for i, words in zip(missing, self.inner.read_lines([images[i] for i in missing])):
                self._cache[keys[i]] = words
        self.hits += len(images) - len(missing)
        results = []
        for key in keys:
            self._cache.move_to_end(key)
            results.append(self._cache[key])
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return results

    def first_only(self) -> OcrEngine:
        """Readings known (whole ones) come from the cache; the rest from the inner engine's
        first engine alone, and are not kept (they are not whole readings)."""
        return _CachedFirst(self)


class _CachedFirst:
    def __init__(self, cached: CachedEngine):
        self._cached = cached
        self._inner = first_only(cached.inner)
        self.name = self._inner.name

    def version(self) -> str:
        return self._inner.version()

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        cache = self._cached._cache
        keys = [_crop_key(img) for img in images]
        missing = [i for i, key in enumerate(keys) if key not in cache]
        results = [cache.get(key, []) for key in keys]
        if missing:
            for i, words in zip(missing, self._inner.read_lines([images[i] for i in missing])):
                results[i] = words
        self._cached.hits += len(images) - len(missing)
        return results


def _crop_key(img: np.ndarray) -> bytes:
    return hashlib.blake2b(img.tobytes(), digest_size=16, key=repr(img.shape).encode()).digest()


def first_only(engine: OcrEngine) -> OcrEngine:
    """`engine` without its second opinion (itself when it has none): for lines whose reading
    is only provisional (cut by a scroll's edge, read again as the scroll goes on)."""
    quick = getattr(engine, "first_only", None)
    return quick() if callable(quick) else engine


# The second engine's reading of a stretch with under LOST_SHARE of the letters and digits the
# first engine read there (LOST_MIN_LETTERS or more: a stretch of several words, where the
# recognizer's columns run short) lost letters, however confident (a misreading drops or adds a
# letter or two a word; on undegraded recordings the engines' readings of a blurred graphic,
# 17 letters of noise, differ by a third, never a stretch of 24 letters or more): RapidOCR
# gives a line a CTC column per 8 px at 48 px high, and a terminal's monospace cells scaled
# down (a CSV row of an xterm at 66 %: 1.4 columns a letter) lose whole words (a surname, an
# e-mail, a phone and a city read as 27 characters of 50 at 71, taken over Tesseract's whole
# reading with weak words at 12): the row's values were found in neither and stayed readable.
# It is read again stretched LOSSY_STRETCH times sideways (the same rows read whole at 87-94);
# still short, the first engine's reading stands.
LOST_SHARE = 0.7
LOST_MIN_LETTERS = 24
# The same for separators: commas, semicolons and '@' are a pixel or two wide at 66 %, and
# the second engine drops them where Tesseract, weakly, still saw them: a CSV header in a
# terminal ("id,name,email,mobile,...") came back as one word of its letters at 83 and was
# taken, no header to type the columns below it, and the rows' names, e-mails and phones,
# misread too, stayed readable (a `diff -y` of two customer exports). Structure needs the marks.
# A dot counts: the second engine reads a small comma as one, and those rows it reads whole.
# A column rule's '|' does not: Tesseract reads rules that the second engine rightly leaves out.
LOST_MIN_MARKS = 3
_SEPARATORS = frozenset(",;@.")
# Tesseract now and then gives a word a box a pixel or two high at its line crop's edge (psql's
# expanded record at 75 %: a phone's second half, 2 px of a 38 px crop). Mapped to the frame it
# lay on the line above: the value was cut over two lines, neither part a phone, and its mask
# would have been a sliver. A word of two letters or digits or more less tall than this share
# of its crop is given its line's rows (letters without ascenders are twice as tall as this).
# So is a word of no letter or digit beside none of its line's letters (`_marks_on_their_line`):
# a green screen's input cursor '_' before each row of a subfile, at 66 % a box 3 px high under
# its row's letters, was a row of its own between two rows of the table, and the table ended
# there (read as a form's next caption): the last rows' names and towns stayed readable.
FLAT_WORD_SHARE = 0.25
LOSSY_STRETCH = 2.0


class SecondOpinionEngine:
    """Tesseract first; the lines it read with low confidence (or not at all, though they are
    wide enough to be words) are read again by a second engine, and per line the reading whose
    weakest word is the more confident is kept. On undegraded screens few lines need it.

    A weak word whose text either engine has read with confidence before is taken as read:
    screens repeat themselves (a terminal's prompt on every command, a host name on every log
    line), and Tesseract reads some of it weakly every time (a bold coloured prompt at 30-75),
    while compression noise makes each crop new to the crop cache. Measured on
    terminal_ops_secrets: most re-reads were such repeats. So is a weak word the second engine
    read again as one confident word before: it takes that reading. The texts are kept in
    memory only, and at most KNOWN_WORDS of them."""

    KNOWN_WORDS = 20_000

    def __init__(self, first: OcrEngine, second: OcrEngine, retry_below: float):
        self.first = first
        self.second = second
        self.name = f"{first.name}+{second.name}"
        self.retry_below = retry_below
        self.retried = 0
        self.seconds = 0.0  # CPU seconds in the second engine (benchmarks/ocr_speed.py)
        self._known: set[str] = set()
        # a weak word the second engine read again as one word: Tesseract misreads the same
        # glyphs the same way on the next frame ('KUhne,DE06' for 'Kuhne,DE06'), so the
        # correction stands for it there
        self._corrected: dict[str, str] = {}

    def version(self) -> str:
        return f"{self.first.version()}; {self.second.version()}"

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        results = [self._vouched(words) for words in self.first.read_lines(images)]
        retry = [i for i, words in enumerate(results) if self._doubtful(words, images[i])]
        if retry:
            self._read_again(images, results, retry)
        for words in results:
            self._remember(words)
        return results

    def first_only(self) -> OcrEngine:
        return _FirstOpinion(self)

    def _vouched(self, words: list[RawWord]) -> list[RawWord]:
        """The words, those weak ones whose text was read with confidence before raised to it,
        and those read again before as one word replaced by that reading."""
        vouched = []
        for w in words:
            if w.conf < self.retry_below and w.text in self._known:
                w = RawWord(w.text, w.box, self.retry_below)
            elif w.conf < self.retry_below and w.text in self._corrected:
                w = RawWord(self._corrected[w.text], w.box, self.retry_below)
            vouched.append(w)
        return vouched

    def _remember(self, words: list[RawWord]) -> None:
        if len(self._known) + len(self._corrected) >= self.KNOWN_WORDS:
            self._known.clear()
            self._corrected.clear()
        self._known.update(w.text for w in words if w.conf >= self.retry_below and len(w.text) >= 2)

    def _read_again(self, images: Sequence[np.ndarray], results: list[list[RawWord]], retry: list[int]) -> None:
        """Read the weak stretches of lines `retry` with the second engine; keep per line the
        more confident reading (in `results`)."""
        self.retried += len(retry)
        # The second engine costs about five Tesseract lines per line of its width: it reads
        # only the stretch of the weak words, between the confident words around them.
        spans = [self._weak_span(results[i], images[i].shape[1]) for i in retry]
        crops = [images[i][:, x1:x2] for i, (x1, x2) in zip(retry, spans)]
        started = time.process_time()
        second = self.second.read_lines(crops)
        insides = [[w for w in results[i] if _mostly_within(w.box, x1, x2)] for i, (x1, x2) in zip(retry, spans)]
        lossy = [k for k, (words, inside) in enumerate(zip(second, insides)) if _lost_letters(words, inside)]
        if lossy:
            # read again with room per letter; still short of letters, the first reading stands
            wide = [cv2.resize(crops[k], None, fx=LOSSY_STRETCH, fy=1.0, interpolation=cv2.INTER_CUBIC) for k in lossy]
            for k, words in zip(lossy, self.second.read_lines(wide)):
                narrowed = [RawWord(w.text, _unstretched(w.box, LOSSY_STRETCH), w.conf) for w in words]
                second[k] = [] if _lost_letters(narrowed, insides[k]) else narrowed
        self.seconds += time.process_time() - started
        for i, (x1, _), words, inside in zip(retry, spans, second, insides):
            if words and (not inside or weakest(words) > weakest(inside)) and not _glued(words, inside, x1):
                # one word for one, of 4 letters or more (shorter weak readings are too common)
                one = len(inside) == len(words) == 1 and words[0].conf >= self.retry_below
                if one and sum(c.isalnum() for c in inside[0].text) >= 4:
                    self._corrected[inside[0].text] = words[0].text
                moved = [RawWord(w.text, w.box.shift(x1, 0), w.conf) for w in words]
                results[i] = sorted([w for w in results[i] if w not in inside] + moved, key=lambda w: w.box.x)

    def _weak_span(self, words: list[RawWord], width: int) -> tuple[int, int]:
        """The columns from the first weak word to the last, out to the confident words beside
        them (the whole image when nothing was read)."""
        weak = [w for w in words if w.conf < self.retry_below]
        if not weak:
            return 0, width
        first, last = min(w.box.x for w in weak), max(w.box.x2 for w in weak)
        left = max((w.box.x2 for w in words if w.conf >= self.retry_below and w.box.x2 <= first), default=0)
        right = min((w.box.x for w in words if w.conf >= self.retry_below and w.box.x >= last), default=width)
        return left, right

    def _doubtful(self, words: list[RawWord], image: np.ndarray) -> bool:
        if words:
            # a checkbox, radio button or icon reads as one or two weak characters, and so does
            # a terminal's cursor block after a prompt ('Jj'): no words of ours (values are
            # scored from 4 characters), and most of the retries on a grid and in a terminal.
            # A weak reading that short of a stretch twice as wide as the crop is high may be
            # a longer word misread: that one is read again.
            weak = [w for w in words if w.conf < self.retry_below]
            letters = sum(c.isalnum() for w in weak for c in w.text)
            return bool(weak) and (letters >= 3 or sum(w.box.w for w in weak) >= 2 * image.shape[0])
        # nothing read: worth a second look only when shaped like a word or more, not an icon
        # (the crop's margin counted: a badge of 48 x 16 px makes a prepared image of 2.4 : 1)
        return image.shape[1] >= 2 * image.shape[0]


class _FirstOpinion:
    """A SecondOpinionEngine's first engine alone, with what the pair has learnt (words read
    with confidence before, corrections)."""

    def __init__(self, pair: SecondOpinionEngine):
        self._pair = pair
        self.name = pair.first.name

    def version(self) -> str:
        return self._pair.first.version()

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        return [self._pair._vouched(words) for words in self._pair.first.read_lines(images)]


def _lost_letters(words: Sequence[RawWord], first: Sequence[RawWord]) -> bool:
    """Whether `words`, the second engine's reading of a stretch, gave far fewer letters and
    digits than `first`, the first engine's words there (LOST_SHARE, from LOST_MIN_LETTERS), or
    far fewer of its separators (LOST_SHARE, from LOST_MIN_MARKS)."""
    before = sum(c.isalnum() for w in first for c in w.text)
    after = sum(c.isalnum() for w in words for c in w.text)
    if before >= LOST_MIN_LETTERS and after < LOST_SHARE * before:
        return True
    marks = sum(c in _SEPARATORS for w in first for c in w.text)
    return marks >= LOST_MIN_MARKS and sum(c in _SEPARATORS for w in words for c in w.text) < LOST_SHARE * marks


GLUED_JOINS = 3  # spaces between words of prose of the first reading one word of the second may drop
# a space the first engine saw (ink to ink, of the words' height) before a capitalised word: a
# word split by OCR is cut closer than that
SPACE_GAP_SHARE = 0.2
_PROSE_WORD = re.compile(r"[A-Za-z][a-z]{2,}(?P<stop>[.,;:!?])?")  # a word of three letters or more


def _glued(words: Sequence[RawWord], first: Sequence[RawWord], x1: int) -> bool:
    """Whether `words`, the second engine's reading of a stretch starting at column `x1`, ran
    the first engine's words of prose there together: one word of it over GLUED_JOINS or more
    spaces between two such words, the first of them ending in a letter. The second engine
    drops the spaces of small proportional text ("...recheck3/12.Daughter<First><Last>present,
    helps": a GP record's free text at 75 %), and a name glued to the words around it is no
    name to detection; however confident, that reading is worse. So is one dropped space
    before a capitalised word the first engine read a space apart (`SPACE_GAP_SHARE`): a name
    glued to the word before it ("...Daughter<First>", "with<First><Last>") in a sentence. A
    CSV row is one token to both, its fields parted by commas, and the pieces Tesseract cuts an
    e-mail into are no words of prose."""
    ordered = sorted(first, key=lambda w: w.box.x)
    for word in words:
        under = [w for w in ordered if word.box.x <= (w.box.x + w.box.x2) / 2 - x1 < word.box.x2]
        joins = 0
        for a, b in zip(under, under[1:]):
            ma, mb = _PROSE_WORD.fullmatch(a.text), _PROSE_WORD.fullmatch(b.text)
            if not (ma and mb and not ma.group("stop")):
                continue
            joins += 1
            if b.text[0].isupper() and b.box.x - a.box.x2 >= SPACE_GAP_SHARE * max(a.box.h, b.box.h):
                return True
        if joins >= GLUED_JOINS:
            return True
    return False


def _unstretched(box: Box, stretch: float) -> Box:
    x1, x2 = int(box.x / stretch), int(np.ceil(box.x2 / stretch))
    return Box(x1, box.y, max(1, x2 - x1), box.h)


def _mostly_within(box: Box, x1: int, x2: int) -> bool:
    """Whether at least half of `box`'s width lies in the columns [x1, x2): a word of the
    stretch read again. Tesseract may give a line's long first token a box over the whole line
    (an xterm's `PATH=/home/<user>/.local/bin: ...`): read again with the weak words at the
    line's end, it was dropped, and the user name in it with it."""
    return min(box.x2, x2) - max(box.x, x1) >= box.w / 2


def untangled(words: Sequence[RawWord]) -> list[RawWord]:
    """`words` in reading order, a box that runs over the next word's cut at its start (the
    box Tesseract gives some long tokens spans the rest of the line: the characters mapped over
    it, a mask for a value inside it lands on the wrong words)."""
    ordered = sorted(words, key=lambda w: w.box.x)
    result = []
    for word, following in zip(ordered, [*ordered[1:], None]):
        if following is not None and word.box.x < following.box.x < word.box.x2:
            word = RawWord(word.text, Box(word.box.x, word.box.y, following.box.x - word.box.x, word.box.h), word.conf)
        result.append(word)
    return result


def weakest(words: Sequence[RawWord]) -> float:
    """The confidence of a line's least confident word (0 for none)."""
    return min((w.conf for w in words), default=0.0)


def make_engine(config: OcrConfig) -> OcrEngine:
    """`auto` prefers tesserocr (measured ~25x cheaper per line) and falls back to pytesseract;
    a second engine (RapidOCR) reads again what Tesseract read with low confidence."""
    first = _first_engine(config)
    if config.second_engine == "none":
        return first
    if config.second_engine not in ("auto", "rapidocr"):
        raise ConfigError(f"unknown second OCR engine {config.second_engine!r} (auto, rapidocr, none)")
    from pipeline.analysis.rapid import RapidEngine

    try:
        second = RapidEngine()
    except ConfigError:
        if config.second_engine == "rapidocr":
            raise
        return first
    return SecondOpinionEngine(first, second, config.retry_below)


def _first_engine(config: OcrConfig) -> OcrEngine:
    if config.engine in ("auto", "tesserocr"):
        try:
            return TesserocrEngine(config.lang)
        except ImportError:
            if config.engine == "tesserocr":
                raise ConfigError("OCR engine tesserocr is not installed (pip install tesserocr)") from None
        except RuntimeError as exc:
            raise ConfigError(f"tesserocr could not start ({type(exc).__name__})") from None
    if config.engine in ("auto", "pytesseract"):
        return PytesseractEngine(config.lang)
    raise ConfigError(f"unknown OCR engine {config.engine!r} (auto, tesserocr, pytesseract)")


# --- line segmentation ---------------------------------------------------------------------

_K3 = np.ones((3, 3), np.uint8)
_LONG_H = cv2.getStructuringElement(cv2.MORPH_RECT, (41, 1))
_LONG_V = cv2.getStructuringElement(cv2.MORPH_RECT, (1, 41))
_STEP_H = cv2.getStructuringElement(cv2.MORPH_RECT, (161, 1))
_WIDEN = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 1))
_K5 = np.ones((5, 5), np.uint8)
# edges over the faint threshold away from the threshold's ink: fewer than this many in a crop
# (anti-aliasing's halo, a shadow's) are no faint text; a faint line holds this many of them
FAINT_LINE_PIXELS = 24
# a faint line is a word or more, wider than tall by this much, and apart from the lines found at
# the threshold: a tab's close cross, a back arrow or a button's pale outline around its label is no
# line of faint text to read
FAINT_LINE_ASPECT = 2.0
# A piece of ink this many times taller than the median piece of its line, and hollow (its
# edges fill under this share of its box), is a graphic's outline (an avatar, a badge, an
# icon), not letters: a word's edges fill 0.6-0.9 of its box (two words touching through a
# descender too), an avatar's ring about 0.25; "(" or "|" are at most 1.5 times the median.
GRAPHIC_TEXT_RATIO = 1.8
GRAPHIC_MAX_FILL = 0.4
GRAPHIC_RULE_WIDTH = 0.2  # a piece this narrow for its height is a rule, not a letter (a focus ring: 4 x 25 px at 66 %)
GRAPHIC_OUTLINE_SOLIDITY = 0.9  # an avatar's outline fills its convex hull; letters glued over two rows do not
GLUED_ROWS_WIDTH = 1.5  # a hollow piece wider than this for its height, and
GLUED_ROWS_SOLIDITY = 0.7  # filling less of its convex hull, is letters of two touching rows (0.42-0.47 at crf 36)
FULL_LINE = 0.8  # of the median line height: a piece this tall is a line, never a fragment
LETTER_ROWS = 0.5  # a line's rows with this share of its densest row's ink hold its letters' bodies
STACK_CHUNKS = 4  # a stacked crop's rows are also looked for in this many columns of it
DENSE_SHARE = 0.15  # a row of a crop holding this share of its densest row's ink is a line's body
ALIKE_ROWS = 0.75  # bands of a crop this close in height are rows of letters of one size
ROW_MIN_LINE_HEIGHTS = 1.3  # and that tall at least (in a line's least heights) to be rows of letters
# A dashed rule ('-------+------' under a text table's header, psql's or MySQL's) is no line of
# text: a piece RULE_ASPECT times wider than tall or more, with a row inked over RULE_FILL of
# its width, fewer rows than a line's least height inked over RULE_GAP_FILL, the rest bare.
# Clean, the thin-line test of ink_mask drops it; scaled to 66 % or at crf 36 its dashes are
# blurred apart (0.79-0.84 of its width) and it stays in, a flat fragment joined to the header
# line above it through the column rules' '|': the header was read as noise over its words,
# no column was typed, and a date-of-birth column stayed readable (psql_console).
RULE_ASPECT = 20
BADGE_CONTRAST = 40  # grey levels between a badge's crop's median and the page around it
BADGE_EDGE = 0.15  # of a badge's height: its rounded, blurred edge, left out of the letters
INSIDE_SHARE = 0.85  # of a line's area inside another line of its row: read with it, not again
ROW_SHARE = 0.6  # of the taller line's height: two lines overlapping this much in height are one row
OVERLAP_COLS = 0.5  # of the shorter line's height: lines of one row overlapping this wide are one line
# a line of saturated text that luma does not show is this many times wider than tall or more (a
# coloured icon is square)
COLOUR_LINE_ASPECT = 1.5
RULE_FILL = 0.7
RULE_GAP_FILL = 0.2
RULE_BARE_FILL = 0.06  # a bare row's ink (a short word joined to a rule fills more)
RULE_STROKE_WIDTH = 5  # the widest run of a junction's upright stroke in the edge mask (_dashed_rule)
# A pixel of a line's crop this far from its background (grey levels) is ink; rows with no
# more ink than BARE_SHARE of the densest row's are bare (a small grey date's rows under a bold
# name hold 0.13-0.27 of the name's densest row at crf 36, a descender's tail 0.07). A run of
# inked rows between bare ones is a line of its own when it is as tall as a line's least height
# less the edge mask's row above and below, and this share of the tallest such run (an i's
# dots, an accent, an underline or a capital T's bar over its stem are flatter: they stay).
BARE_LEVEL = 40
BARE_SHARE = 0.1
BARE_RUN_SHARE = 0.4
BARE_RUN_ASPECT = 2.0  # ...and at least this many times as wide as tall (an icon's parts are not)
# A block hanging under a line's text (`_without_hanging_block`), in the text's heights: reaching
# deeper than any descender, as wide as a character or two at most (a cursor at 75 %: 5 px under
# 11 rows of text; an underline or a rule is wider), a stroke's width at least, filling its box.
HANG_DEPTH = 0.6
HANG_MAX_WIDTH = 1.2
HANG_MIN_WIDTH = 0.25
HANG_FILL = 0.8


def ink_mask(grey: np.ndarray, config: OcrConfig) -> np.ndarray:
    """Edges of glyphs, without the long straight rules of window frames and input boxes."""
    return _ink_and_edges(grey, config)[0]


def _gradient(grey: np.ndarray) -> np.ndarray:
    """The morphological gradient (3x3) whose levels are edges: computed once per region, for
    the line finder and the faint pass both."""
    return cv2.morphologyEx(grey, cv2.MORPH_GRADIENT, _K3)


def _ink_and_edges(
    grey: np.ndarray, config: OcrConfig, gradient: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Edges of glyphs without the long straight rules (see ink_mask), and the vertical rules.

    Vertical rules are long vertical edge runs (no glyph stroke is 41 px tall at UI sizes).
    Horizontal ones cannot be found that way: the tops of a word's letters make one long
    horizontal edge. A rule is a *thin line* instead: a row that differs, in the same
    direction, from the rows two pixels above and below it.
    """
    t = config.edge_threshold
    if gradient is None:
        gradient = _gradient(grey)
    mask = _over(gradient, t)
    vertical = cv2.morphologyEx(mask, cv2.MORPH_OPEN, _LONG_V)
    # (in 8 bits: a saturated difference a - b is over t exactly where the signed one is, and
    # (a - above) - (a - below) is below - above)
    above, below = np.roll(grey, 2, axis=0), np.roll(grey, -2, axis=0)
    lighter = _over(cv2.subtract(grey, above), t) & _over(cv2.subtract(grey, below), t)
    darker = _over(cv2.subtract(above, grey), t) & _over(cv2.subtract(below, grey), t)
    thin = lighter | darker
    horizontal: np.ndarray = cv2.dilate(cv2.morphologyEx(thin, cv2.MORPH_OPEN, _LONG_H), _K3)
    # A title bar or panel ending on a straight edge is a *step*: rows that change from two
    # pixels above to two below, over a run longer than text makes (its background shows
    # between letters). Left in, it joins the title to the window below into one crop that
    # reads as noise (a user name in an xterm title was never read).
    step = _over(cv2.absdiff(above, below), t)
    horizontal |= cv2.morphologyEx(step, cv2.MORPH_OPEN, _STEP_H)
    return mask & (1 - (vertical | horizontal)), vertical


def _over(image: np.ndarray, level: int) -> np.ndarray:
    """1 where the 8-bit `image` is over `level`, else 0 (uint8)."""
    return cv2.threshold(image, level, 1, cv2.THRESH_BINARY)[1]


def find_text_lines(grey: np.ndarray, region: Box, config: OcrConfig, chroma: np.ndarray | None = None) -> list[Box]:
    """Boxes of text lines (in frame coordinates) found inside `region` of a grey frame. With
    the frame's `chroma`, lines of saturated text that luma does not show (analysis/colour.py)
    are found in the brightest channel too."""
    region = region.clip(grey.shape[1], grey.shape[0])
    if region.empty:
        return []
    crop = grey[region.y : region.y2, region.x : region.x2]
    gradient = _gradient(crop)
    lines = _lines_in(crop, config, gradient)
    faint = _faint_lines(crop, gradient, lines, config)
    lines = [b.shift(region.x, region.y) for b in (_with_lines_added(lines, faint) if faint else lines)]
    colour = _colour_lines(grey, chroma, region, config) if chroma is not None else []
    return _with_lines_added(lines, colour) if colour else lines


def _faint_lines(crop: np.ndarray, gradient: np.ndarray, lines: list[Box], config: OcrConfig) -> list[Box]:
    """The lines of faint text in `crop` that `lines` (found at the edge threshold) do not hold.

    A disabled field's value (#9aa0a8 on #f3f4f6 in a light face), its grey caption and the
    helper text under it, scaled to 66 %: their strokes are thinner than a pixel, and their
    edges reach 25-40 grey levels, under the edge threshold. No line was found, nothing was
    read, and a profile's names, date of birth, national insurance number, address and phone
    stayed readable for the whole recording (low_contrast_form), which a person reads easily.
    Where edges over `faint_edge_threshold` lie away from the threshold's ink and lines (a few
    dozen pixels: most screens have none, a light border's edges stay under it too), the lines
    are looked for again at that level; those holding such faint ink, text-shaped and apart from
    `lines`, are added."""
    low = config.faint_edge_threshold
    if not 0 < low < config.edge_threshold:
        return []
    # (0/1 masks: a saturated subtraction leaves the faint pixels away from strong edges)
    faint = cv2.subtract(_over(gradient, low), cv2.dilate(_over(gradient, config.edge_threshold), _K5))
    for line in lines:
        faint[max(line.y - 1, 0) : line.y2 + 1, max(line.x - 1, 0) : line.x2 + 1] = 0
    if np.count_nonzero(faint) < FAINT_LINE_PIXELS:
        return []
    at_low = replace(config, edge_threshold=low)
    found: list[Box] = []
    for area in _faint_areas(faint, config):
        sub = (slice(area.y, area.y2), slice(area.x, area.x2))
        found.extend(b.shift(area.x, area.y) for b in _lines_in(crop[sub], at_low, gradient[sub]))
    return [
        b
        for b in found
        if b.w >= FAINT_LINE_ASPECT * b.h
        and not any(b.intersects(line) for line in lines)
        and np.count_nonzero(faint[b.y : b.y2, b.x : b.x2]) >= FAINT_LINE_PIXELS
    ]


def _faint_areas(faint: np.ndarray, config: OcrConfig) -> list[Box]:
    """Where lines of faint text may lie: around the runs of `faint` pixels (joined over a
    word gap) no taller than a line, FAINT_LINE_PIXELS or more, areas that overlap joined.

    Searched over the whole region, the second pass cost as much as the first: most screens
    have faint edges, but as a map, a photo, a wallpaper's gradient or a spreadsheet's light
    grid, one run taller than any line. A line of faint text is a run of a line's height."""
    joined = cv2.morphologyEx(faint, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (config.word_gap, 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    height, width = faint.shape
    pad_x, pad_y = 4 * config.word_gap, config.max_line_height // 4
    runs = [
        Box(int(x), int(y), int(w), int(h)).pad(pad_x, pad_y).clip(width, height)
        for x, y, w, h, pixels in stats[1:count]
        if h <= config.max_line_height and pixels >= FAINT_LINE_PIXELS
    ]
    return _overlaps_joined(runs)


def _overlaps_joined(boxes: list[Box]) -> list[Box]:
    """`boxes` with those that overlap joined into one, until none overlap."""
    out: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.y, b.x)):
        while (hit := next((k for k, o in enumerate(out) if o.intersects(box)), None)) is not None:
            box = box.union(out.pop(hit))
        out.append(box)
    return out


def _colour_lines(grey: np.ndarray, chroma: np.ndarray, region: Box, config: OcrConfig) -> list[Box]:
    """The lines (in the frame) of saturated text in `region` that luma does not show: searched
    in the brightest channel around the words only colour shows (colour.py `hidden_words`),
    those of them shaped like text and holding edges only colour shows. Most regions with
    saturated pixels (a wallpaper, coloured icons) have no such word, and no search."""
    heights = (config.min_line_height, config.max_line_height)
    words = hidden_words(grey, chroma, region, config.edge_threshold, config.word_gap, heights, COLOUR_LINE_ASPECT)
    lines: list[Box] = []
    # (the words of a row, and of rows near it, searched as one area: most of a word diff's line)
    areas = merged_bands([w.pad(4 * config.word_gap, config.max_line_height // 4).intersection(region) for w in words])
    for area in areas:
        value = value_crop(grey, chroma, area)
        if value is None:
            continue
        hidden = hidden_edges(grey[area.y : area.y2, area.x : area.x2], value, config.edge_threshold)
        for line in _lines_in(value, config):
            shown = np.count_nonzero(hidden[line.y : line.y2, line.x : line.x2])
            if line.w >= COLOUR_LINE_ASPECT * line.h and shown >= HIDDEN_EDGES:
                lines.append(line.shift(area.x, area.y))
    return lines


def _lines_in(crop: np.ndarray, config: OcrConfig, gradient: np.ndarray | None = None) -> list[Box]:
    """The text lines of a grey crop, in its coordinates (`gradient`: its _gradient, when known)."""
    mask, vertical = _ink_and_edges(crop, config, gradient)
    joined = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (config.word_gap, 1)))
    # Text on either side of a window's edge is two lines, not one: joined across it, a
    # terminal's rows took the page's sidebar letters behind the window as their first word
    # ('RGmar 14 09:02:11' for 'Mar 14 09:02:11'), read with low confidence, and re-read.
    joined[cv2.dilate(vertical, _WIDEN).astype(bool)] = 0
    lines: list[Box] = []
    for box, own in _components(joined, config):
        if box.h > config.max_line_height:
            lines.extend(_split_rows(mask, box, config))
            continue
        parts = _without_graphics(mask, box, own, config)
        for part in parts or [box]:
            lines.extend(_split_lines(crop, mask, part, config))
    lines = [b for b in lines if b.w < RULE_ASPECT * b.h or not _dashed_rule(mask, b, config)]
    return _rows_joined(_without_nested(_merge_fragments(lines, mask)))


def _with_lines_added(lines: list[Box], more: list[Box]) -> list[Box]:
    """`lines` and those of `more` (lines of saturated text luma does not show, of faint text)
    that `lines` do not hold (INSIDE_SHARE of their area), one row's joined: a removed run in
    red between a diff line's white words joins them into one line. `lines` stand as they are
    where `more` adds none."""
    new = [c for c in more if sum(c.intersection(b).area for b in lines if b.intersects(c)) < INSIDE_SHARE * c.area]
    return _rows_joined(_without_nested(lines + new)) if new else lines


def _without_nested(lines: list[Box]) -> list[Box]:
    """The lines less those lying inside another line of their row. A row whose descenders
    touch the line above it is cut out of that pair as a whole-width line (`_split_stacked`),
    while its words also stand alone as components: a psql header under its query scaled to
    66 % was read twice, each word doubled ("postcode postcode"), and no column was typed."""
    ordered = sorted(lines, key=lambda b: b.y)
    nested: set[int] = set()
    for i, box in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            other = ordered[j]
            if other.y >= box.y2:
                break
            for inner, outer, k in ((other, box, j), (box, other, i)):
                if k in nested or inner.h > outer.h or inner.area == 0:
                    continue
                if inner.intersection(outer).area >= INSIDE_SHARE * inner.area:
                    nested.add(k)
                    break
    return [b for k, b in enumerate(ordered) if k not in nested]


def _rows_joined(lines: list[Box]) -> list[Box]:
    """The lines, those of one row that overlap each other joined into one. A row cut out of a
    stacked pair (`_split_stacked`) ends where the pair's component ends, while the rest of the
    row stands alone as components that overlap it: read three times, the words of the overlap
    came twice and the token at the cut once whole and once cut short. A wrapped process
    list's row at crf 36 ('... mysqldump -u <user> -p<password> --single-transaction') was cut
    after the password's first characters under the end of the row above; detection found the
    password in the cut reading, whose box left the rest of it readable."""
    merged = sorted(lines, key=lambda b: b.y)
    joined = True
    while joined:
        joined = False
        for i, box in enumerate(merged):
            for j in range(i + 1, len(merged)):
                other = merged[j]
                if other.y >= box.y2:
                    break
                rows = min(box.y2, other.y2) - max(box.y, other.y)
                cols = min(box.x2, other.x2) - max(box.x, other.x)
                if rows >= ROW_SHARE * max(box.h, other.h) and cols >= OVERLAP_COLS * min(box.h, other.h):
                    merged[i] = box.union(other)
                    del merged[j]
                    merged.sort(key=lambda b: b.y)
                    joined = True
                    break
            if joined:
                break
    return merged


def text_touches(grey: np.ndarray, spot: Box, band: int, config: OcrConfig, chroma: np.ndarray | None = None) -> bool:
    """Whether a text line touches `spot`: find_text_lines over the rows `band` pixels above and
    below it, and sideways only as far as the longest rule the line finder drops (a rule must
    lie whole in the search to be known as one). The read scheduler asks this of each small
    change during a scroll; searched over the frame's whole width, the question cost half as
    much as reading the lines."""
    reach = _STEP_H.shape[1]
    region = Box(spot.x - reach, spot.y - band, spot.w + 2 * reach, spot.h + 2 * band)
    return any(line.intersects(spot) for line in find_text_lines(grey, region, config, chroma))


def _dashed_rule(mask: np.ndarray, box: Box, config: OcrConfig) -> bool:
    """Whether the ink of `box`, a long flat piece, is a dashed rule (RULE_FILL): its inked
    rows are fewer than a line's least height, its other rows bare. A row of words as dense
    fills a line's height of rows (its x-height, and its ascenders' and descenders' rows)."""
    piece = mask[box.y : box.y2, box.x : box.x2]
    fill = piece.mean(axis=1)
    inked = fill >= RULE_GAP_FILL
    if float(fill.max()) < RULE_FILL or int(inked.sum()) >= config.min_line_height:
        return False
    # the other rows bare: a short word joined to a long rule fills little of its width
    if (fill[~inked] < RULE_BARE_FILL).all():
        return True
    # ...or inked only by upright strokes through the rule: a text table's '+' junctions, whose
    # arms join the '|' bars of the rows above and below (sqlite's or MySQL's '+------+' at 66 %:
    # 7-9 % of the rows beside the rule). A word's edges make runs as long as the word.
    return all(_longest_run(row) <= RULE_STROKE_WIDTH for row in piece[~inked])


def _longest_run(row: np.ndarray) -> int:
    """The length of the longest run of non-zero values in a 0/1 row."""
    edges = np.diff(np.concatenate([[0], (row > 0).astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return int((ends - starts).max()) if starts.size else 0


def _components(joined: np.ndarray, config: OcrConfig) -> list[tuple[Box, np.ndarray]]:
    """The connected components of a joined ink mask that may hold text: each one's box and
    its own pixels within the box (other components' boxes may overlap it)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found = []
    for i in range(1, count):
        x, y, w, h, pixels = (int(v) for v in stats[i])
        if h < config.min_line_height or w < 4 or pixels < 8:
            continue
        found.append((Box(x, y, w, h), labels[y : y + h, x : x + w] == i))
    return found


def _without_graphics(mask: np.ndarray, box: Box, own: np.ndarray, config: OcrConfig) -> list[Box] | None:
    """The text of a component joined to a graphic far taller than its letters, without it.

    An avatar, an app icon or a chat bubble's rounded side beside a list row or a message spans
    the name line and the line below it (a role, the message): joined to the text, the
    component is a few lines tall, takes the next line in as a fragment and reads as noise
    ("Etregory owerae" for a participant's name). The graphic's outline is a piece of ink much
    taller than the letters beside it (_graphic_piece); it is wiped from `mask` (in place: the
    splits read it) and the text is joined again without it. None when there is no such piece."""
    if box.h < GRAPHIC_TEXT_RATIO * config.min_line_height:
        return None
    sub = mask[box.y : box.y2, box.x : box.x2]
    ink = sub & own
    count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 3:
        return None  # one piece: nothing to tell letters from
    # the letters' height: the median piece, rules (an input's focus ring beside a typed value,
    # one of two pieces at 66 %) left out
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    wide = widths > GRAPHIC_RULE_WIDTH * heights
    # punctuation left out too where words remain: the quotes, colons and commas of a line of
    # JSON or code outnumber its words, and taken for the letters' height they made every
    # capital's and digit's stem a 'run taller than any letter' ('"postcode": "<A1 2BC>",'
    # lost its value's letters and was read as '" 2 3 >')
    dot = (heights <= config.min_line_height) & (widths <= config.min_line_height)
    if (wide & ~dot).any():
        wide &= ~dot
    letters = heights[wide] if wide.any() else heights
    text_h = float(np.median(letters))
    if text_h < config.min_line_height:
        # Fragments no letter is as small as (a dim coloured word's broken edges, 1-4 px, by the
        # dozen) outnumber the letters, which a scaled-down row joins into a few pieces a row
        # tall: the letters' height is where the ink is (the median by pixels). Taken from the
        # fragments, every upright stroke was a 'run taller than any letter' (2 px) and cut
        # out (terminal_ops_secrets at 75 %: the AWS secret's row read 'KEY=', the secret
        # readable from 11 s on; a floor of a line's least height shattered the row instead).
        areas = stats[1:, cv2.CC_STAT_AREA][wide] if wide.any() else stats[1:, cv2.CC_STAT_AREA]
        order = np.argsort(letters)
        cumulative = np.cumsum(areas[order])
        text_h = float(letters[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    # A window's edge where it shows against a light background only for a few rows (shorter
    # than the rules ink_mask drops) touches the first letters of the lines beside it: one
    # piece with them, it is a hollow graphic, and wiping it wiped the letters ('rmontgomer@'
    # of a prompt at an xterm's left edge, and 'total', on a viewer scaled to 75 %). Straight
    # vertical runs taller than any letter are cut out first, with the column either side (a
    # scaled edge is blurred over 2-3 columns, the outer ones broken by the letters' rows), and
    # the letters are pieces of their own.
    # An avatar's outline is taken whole before: a rounded square's straight sides are such
    # runs, and cut out they left its top and bottom edges as 'letters' in the name's and the
    # caption's lines (at crf 36 the name's line then took the avatar's top in, 22 px tall, and
    # its mask covered the caption under it).
    outlines = [i for i in range(1, count) if _avatar_outline(pieces, stats, i, config)]
    reach = int(GRAPHIC_TEXT_RATIO * text_h) + 1
    if not outlines and reach > ink.shape[0] >= 1 and ink.shape[0] <= GRAPHIC_TEXT_RATIO * text_h:
        # no avatar, no upright run as tall as `reach` (taller than the component), and no
        # piece far taller than the letters (none is taller than the component): nothing to
        # wipe, as the steps below find (most lines of text end here)
        return None
    avatars = np.isin(pieces, outlines)
    if avatars.any():
        ink[avatars] = 0
        count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    run = cv2.getStructuringElement(cv2.MORPH_RECT, (1, reach))
    # (ink beyond the component's box counts as none: by default erosion takes it as ink, and every
    # stroke spanning a line's height would be a rule)
    upright = cv2.morphologyEx(ink, cv2.MORPH_OPEN, run, borderType=cv2.BORDER_CONSTANT, borderValue=0)
    rules = cv2.dilate(upright, _WIDEN).astype(bool) & ink.astype(bool)
    if rules.any():
        ink[rules] = 0
        count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = [
        i
        for i in range(1, count)
        if _graphic_piece(pieces, stats, i, text_h, config) or _avatar_outline(pieces, stats, i, config)
    ]
    if not tall and not rules.any() and not avatars.any():
        return None
    held = np.isin(pieces, tall) | avatars
    graphic = held | rules
    sub[graphic] = 0
    text = ((pieces > 0) & ~graphic).astype(np.uint8)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (config.word_gap, 1))
    parts = [
        _with_held_letters(held, part, config.word_gap)
        for part, _ in _components(cv2.morphologyEx(text, cv2.MORPH_CLOSE, kernel), config)
    ]
    return [part.shift(box.x, box.y) for part in _clear_of_the_line_below(parts, config, text)]


def _clear_of_the_line_below(parts: list[Box], config: OcrConfig, text: np.ndarray | None = None) -> list[Box]:
    """The lines left when a graphic was wiped, none reaching into the rows of a line below it.
    An avatar spans a name and the role under it, and its initials, centred on it, sit lower
    than the name: joined to the name's line they took its crop down over the role's top rows,
    OCR's boxes of the name's words took those rows in, and the name's mask covered the role
    (chat_support of corpus_v3: 'Support engineer' half masked all through). A line whose rows
    run on into those of a line below, where both stand in the same columns, ends where that
    line starts, unless that leaves it less than a line's least height. What it held below that
    line's top beside the lines there (`text`: the ink left, where given) is a line of its own
    where shaped like one (`_rows_left_below`)."""
    result = []
    for part in parts:
        bottom = part.y2
        for other in parts:
            if other is part or not part.y < other.y < bottom or other.y2 <= part.y2:
                continue
            if min(part.x2, other.x2) - max(part.x, other.x) > 0 and other.y - part.y >= config.min_line_height:
                bottom = other.y
        if bottom == part.y2:
            result.append(part)
            continue
        result.append(Box(part.x, part.y, part.w, bottom - part.y))
        if text is not None:
            others = [other for other in parts if other is not part]
            result.extend(_rows_left_below(Box(part.x, bottom, part.w, part.y2 - bottom), others, config, text))
    return result


def _rows_left_below(rest: Box, others: list[Box], config: OcrConfig, text: np.ndarray) -> list[Box]:
    """The word-shaped runs of `text` ink in `rest` (a line's rows cut off by a line below it)
    outside the columns of the `others` there, a word gap or more apart. A terminal scaled
    to 66 % sets its rows so tightly that letters of two rows touch: a listing's header row
    ("Rank Owner Job ...") was one piece with the line over it, which was cut where the header's
    last word started, and "Owner" went with the cut: the column's logins were never typed
    (print_admin, lpq). An avatar's initials under a name are no such run."""
    if rest.h < config.min_line_height:
        return []
    # (columns inked in its middle rows: a tail of the line above, an underscore, reaches its top only)
    ink = np.asarray(text[rest.y + rest.h // 4 : rest.y2 - rest.h // 4, rest.x : rest.x2].any(axis=0))
    for other in others:
        if other.y < rest.y2 and rest.y < other.y2:
            ink[max(other.x - rest.x, 0) : max(other.x2 - rest.x, 0)] = False
    runs = []
    columns = np.flatnonzero(ink)
    if columns.size:
        breaks = np.flatnonzero(np.diff(columns) > config.word_gap)
        for first, last in zip(np.r_[0, breaks + 1], np.r_[breaks, columns.size - 1]):
            run = Box(rest.x + int(columns[first]), rest.y, int(columns[last] - columns[first] + 1), rest.h)
            if run.w >= FAINT_LINE_ASPECT * run.h:
                runs.append(run)
    return runs


def _with_held_letters(held: np.ndarray, part: Box, gap: int) -> Box:
    """`part` (a line left when the graphics were wiped) widened over the ink of the graphics
    along its rows, word gap by word gap. A word whose descenders touch a graphic is one piece
    with it (a first name over a chat bubble whose top it touches, at crf 36): wiped with it, the line
    was read from its next word on and the name never found. Such a graphic starts or ends
    within the line's rows. One taller than the line that spans all its rows is beside the
    line (an avatar beside a name and its role), and so is a column where graphics stand both
    above and below the line: neither holds letters, and either stops the widening. (A round avatar's
    outline crosses the rows of a name beside its upper half at a slant, so that no column of
    it runs through them: at 66 % the name line took the avatar and its initials in and read
    the first name with a letter glued before it, and no name was found.)"""
    band = held[part.y : part.y2]
    if not band.any():
        return part
    count, pieces, stats, _ = cv2.connectedComponentsWithStats(held.astype(np.uint8), connectivity=8)
    tops, bottoms = stats[:, cv2.CC_STAT_TOP], stats[:, cv2.CC_STAT_TOP] + stats[:, cv2.CC_STAT_HEIGHT]
    beside = [
        i for i in range(1, count) if tops[i] <= part.y and bottoms[i] >= part.y2 and bottoms[i] - tops[i] > part.h
    ]
    body = np.isin(pieces[part.y : part.y2], beside).any(axis=0)
    above, below = held[: part.y].any(axis=0), held[part.y2 :].any(axis=0)
    letters = np.asarray(band.any(axis=0) & ~body & ~(above & below), bool)
    x1, x2 = part.x, part.x2
    while (left := np.flatnonzero(letters[max(0, x1 - gap) : x1])).size:
        x1 = max(0, x1 - gap) + int(left[0])
    while (right := np.flatnonzero(letters[x2 : x2 + gap])).size:
        x2 += int(right[-1]) + 1
    return Box(x1, part.y, x2 - x1, part.h)


def _graphic_piece(pieces: np.ndarray, stats: np.ndarray, i: int, text_h: float, config: OcrConfig) -> bool:
    """Piece `i` (a connectedComponentsWithStats label) is part of a graphic: far taller than
    its line's letters, and a rule (a bubble's or a box's side, shorter than the long rules
    ink_mask drops) or hollow (an avatar's ring, a bubble's outline or rounded side). Not the
    letters of two touching rows: in a low-bitrate terminal a row's underscores and descenders
    touch the row below, and the letters joined over both rows are as hollow as a ring; wiped
    as a graphic, the middle of a log line (an e-mail address) was never read. Such a piece is
    wide and ragged: its outline fills little of its convex hull, unlike a bubble's or an
    avatar's, and a bubble's rounded side is narrow."""
    w, h, area = (int(stats[i, k]) for k in (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
    if h <= GRAPHIC_TEXT_RATIO * text_h or h < 2 * config.min_line_height:
        return False
    if w <= GRAPHIC_RULE_WIDTH * h:
        return True
    if area >= GRAPHIC_MAX_FILL * w * h:
        return False
    return w <= GLUED_ROWS_WIDTH * h or _solidity(pieces, stats, i) >= GLUED_ROWS_SOLIDITY


def _solidity(pieces: np.ndarray, stats: np.ndarray, i: int) -> float:
    """The share of its convex hull that piece `i`'s outer outline fills."""
    x, y, w, h = (int(stats[i, k]) for k in range(4))
    contours, _ = cv2.findContours(
        (pieces[y : y + h, x : x + w] == i).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    outer = max(contours, key=cv2.contourArea)
    return float(cv2.contourArea(outer)) / max(float(cv2.contourArea(cv2.convexHull(outer))), 1.0)


def _avatar_outline(pieces: np.ndarray, stats: np.ndarray, i: int, config: OcrConfig) -> bool:
    """Piece `i` is the outline of a round or square avatar: about as wide as tall, hollow, its
    outer edge convex, and far taller than the other pieces. Measured against the others, not
    the median of all: in a low-bitrate frame each word's letters blur into one piece, and
    where a name's descenders touch the caption under it (two rows, one piece) the few pieces
    beside the avatar made its height the median, the avatar stayed in the name's line, its
    initials read as a word before the name ('AX First last'), and no name was found."""
    x, y, w, h, area = (int(stats[i, k]) for k in range(5))
    if h < 2 * config.min_line_height or not 0.75 * h <= w <= 1.33 * h or area >= GRAPHIC_MAX_FILL * w * h:
        return False
    others = np.delete(stats[1:, cv2.CC_STAT_HEIGHT], i - 1)
    if not others.size or h <= GRAPHIC_TEXT_RATIO * float(np.median(others)):
        return False
    return _solidity(pieces, stats, i) >= GRAPHIC_OUTLINE_SOLIDITY


def _merge_fragments(lines: list[Box], mask: np.ndarray | None = None) -> list[Box]:
    """Join a flat fragment (the dots of i, an accent, a line cut by a rule) to the line it
    touches, so that no line is read twice in pieces. With the ink `mask` (of the boxes'
    coordinates), a piece as tall as the letters of the line it touches is a line of its own
    (`_as_tall_as_its_letters`)."""
    lines = sorted(lines, key=lambda b: (b.y, b.x))
    # A piece nearly as tall as the region's typical line is a line of its own: measured only
    # against the box it touches, every row below a two-line crop (a short line stacked on a
    # long one) passed as "flat", and a terminal's whole output at 75 % became one crop
    line_h = float(np.median([b.h for b in lines])) if lines else 0.0
    merged: list[Box] = []
    # the tallest part of each merged box: measured against the growing union instead, every
    # row of tightly spaced terminal output passed as "flat" and a whole `ls -l` listing became
    # one crop that read as noise
    tallest: list[int] = []
    first: list[Box] = []  # the part each merged box started from
    # merged boxes ending more than 2 rows above a line (in y order) meet none of the lines
    # after it: the search skips them (a tall band holds hundreds of words)
    open_boxes: list[int] = []
    for box in lines:
        open_boxes = [i for i in open_boxes if merged[i].y2 >= box.y - 2]
        for i in open_boxes:
            other = merged[i]
            overlap = min(box.x2, other.x2) - max(box.x, other.x)
            gap = max(box.y, other.y) - min(box.y2, other.y2)
            small = min(box.h, tallest[i]) < min(0.6 * max(box.h, tallest[i]), FULL_LINE * line_h)
            if small and gap <= 2 and overlap > 0.5 * min(box.w, other.w):
                # a flat word with neighbours on its row ("-rw-r-----") is no fragment of the
                # row below it
                flat = box if box.h < tallest[i] else first[i]
                if _has_row_mate(flat, lines):
                    continue
                if mask is not None and _as_tall_as_its_letters(flat, other if flat is box else box, mask):
                    continue
                merged[i] = other.union(box)
                tallest[i] = max(tallest[i], box.h)
                break
        else:
            open_boxes.append(len(merged))
            merged.append(box)
            tallest.append(box.h)
            first.append(box)
    return merged


def _as_tall_as_its_letters(flat: Box, line: Box, mask: np.ndarray) -> bool:
    """Whether `flat` is as tall as the letters of `line`, the line it touches: then it is a
    row of capitals, digits and underscores (no ascender or descender), not a fragment. A
    terminal's `FLAG_NAME=true` is 12 px tall over a prompt whose box the descenders and the
    block cursor make 21 px: flat beside the box (under 0.6 of it), it was joined to it and the
    two-row crop read as noise, an UNREAD_TEXT line masked for seconds. The letters' height is
    the band of `line`'s rows dense with ink (at least LETTER_ROWS of the densest row's share:
    lower-case letters, without the sparse rows of ascenders, descenders and a cursor's ends);
    the dots of i and accents are far flatter than that."""
    sub = mask[line.y : line.y2, line.x : line.x2]
    if sub.size == 0:
        return False
    density = sub.mean(axis=1)
    letters = int((density >= LETTER_ROWS * density.max()).sum())
    return letters > 0 and flat.h >= letters


def _has_row_mate(box: Box, lines: list[Box]) -> bool:
    """Another component beside `box` on the same row, within a few line heights."""
    for other in lines:
        if other is box:
            continue
        overlap = min(box.y2, other.y2) - max(box.y, other.y)
        gap = max(box.x, other.x) - min(box.x2, other.x2)
        if overlap >= 0.5 * min(box.h, other.h) and gap <= 3 * max(box.h, other.h):
            return True
    return False


def _split_stacked(mask: np.ndarray, box: Box, config: OcrConfig) -> list[Box]:
    """Lines of tightly spaced text (a terminal listing) touch through their descenders and
    make one component a few lines tall, which single-line OCR reads as noise or nothing (user
    names in an `ls -l` listing were never read). Cut it in the sparse rows between dense
    bands when two bands or more are a line high: within one line, sparse rows (ascenders,
    descenders) are only at its edges."""
    if box.h < 2 * config.min_line_height:
        return [box]
    sub = mask[box.y : box.y2, box.x : box.x2]
    # A short line on a long one ("[support]" over "escalation_contact = ..."): over the whole
    # width the short line's rows are sparse beside the long line's; in the columns of the
    # short line they are as dense. The split that finds the most lines wins.
    width = sub.shape[1]
    chunks = [sub] + [sub[:, k * width // STACK_CHUNKS : (k + 1) * width // STACK_CHUNKS] for k in range(STACK_CHUNKS)]
    # A chunk's bands part lines only where the whole crop thins out too: within one line of
    # code, a chunk holding a descender under a comma ('y",' of a JSON value) has a sparse row
    # between the letters' bodies and the tail, which the rest of the line fills; cut there,
    # the line was read as two half-height crops of noise. Bands as tall as each other are rows
    # of letters however the whole crop fills between them: psql's expanded record at crf 36,
    # 'account_no' over 'last_login_ip', the underscores and the ascenders touching, whose
    # rows only a chunk parts (11 and 13 rows); read as one line of noise, the key was lost
    # and the account number beside it stayed readable.
    full = sub.sum(axis=1)
    sparse = full < DENSE_SHARE * full.max()
    bands = max(
        (
            b
            for b in (_dense_bands(chunk, config) for chunk in chunks)
            if _cuts_thin_out(b, sparse) or _alike_rows(b, config)
        ),
        key=len,
        default=[],
    )
    if len(bands) < 2:
        return [box]
    cuts = [0] + [(end + nxt) // 2 for (_, end), (nxt, _) in zip(bands, bands[1:])] + [box.h]
    result = []
    for top, bottom in zip(cuts, cuts[1:]):
        cols = np.flatnonzero(sub[top:bottom].any(axis=0))
        if cols.size:
            result.append(Box(box.x + int(cols[0]), box.y + top, int(cols[-1] - cols[0] + 1), bottom - top))
    return result


def _split_lines(grey: np.ndarray, mask: np.ndarray, box: Box, config: OcrConfig) -> list[Box]:
    """The lines of a component: cut between its dense bands (`_split_stacked`), or first at
    the bare rows of its grey pixels where those part more lines (`_split_at_bare_rows`); a
    block hanging under its last line left out (`_without_hanging_block`)."""
    box = _without_hanging_block(grey, box, config)
    stacked = _split_stacked(mask, box, config)
    bare = _split_at_bare_rows(grey, mask, box, config)
    if len(bare) <= len(stacked):
        return stacked
    return [line for piece in bare for line in _split_stacked(mask, piece, config)]


def _without_hanging_block(grey: np.ndarray, box: Box, config: OcrConfig) -> Box:
    """`box` cut above a solid block that hangs under its text: a terminal's block cursor at the
    start of the row under a command (a command still running: `ssh` connecting), which the
    edge mask joins to the line's first letters when rows are set tight (a terminal scaled to
    75 %). One crop two rows tall, the line was read weakly, and its words' boxes took the
    cursor's row in: a host's mask held 29 px tall and covered the next line's output once it
    came ('Connection timed out'). The block is taller than a descender (HANG_DEPTH of the
    text's rows), at most a character or two wide, and fills its box (a cursor, not a glyph: a
    letter under the line would be a line of its own, cut by the splits)."""
    if box.h < 2 * config.min_line_height:
        return box
    sub = grey[box.y : box.y2, box.x : box.x2]
    border = np.concatenate([sub[0], sub[-1], sub[:, 0], sub[:, -1]])
    ink = np.abs(sub.astype(np.int16) - int(np.median(border))) >= BARE_LEVEL
    counts = ink.sum(axis=1)
    rows = np.flatnonzero(counts > BARE_SHARE * counts.max())
    if not rows.size:
        return box
    top, end = int(rows[0]), int(rows[-1]) + 1
    below = ink[end:]
    if not below.any():
        return box
    depth = int(np.flatnonzero(below.any(axis=1))[-1]) + 1
    deep = below[int(HANG_DEPTH * (end - top)) :]  # what no descender reaches: the block alone
    cols = np.flatnonzero(deep.any(axis=0))
    if depth < HANG_DEPTH * (end - top) or not cols.size:
        return box
    x1, x2 = int(cols[0]), int(cols[-1]) + 1
    if x2 - x1 > HANG_MAX_WIDTH * (end - top) or x2 - x1 < HANG_MIN_WIDTH * (end - top):
        return box
    block = below[:, x1:x2]
    block_rows = np.flatnonzero(block.any(axis=1))
    b1, b2 = int(block_rows[0]), int(block_rows[-1]) + 1
    if block[b1:b2].mean() < HANG_FILL:
        return box
    # the line ends at its last row holding ink beside the block (its descenders' tails)
    beside = below.copy()
    beside[:, x1:x2] = False
    side = np.flatnonzero(beside[:b2].any(axis=1))
    cut = end + (int(side[-1]) + 1 if side.size else 0)
    cut = max(cut, end + min(b1, 1))
    return Box(box.x, box.y, box.w, cut) if cut < box.h else box


def _split_at_bare_rows(grey: np.ndarray, mask: np.ndarray, box: Box, config: OcrConfig) -> list[Box]:
    """Lines of text set tightly (two pixels apart or less) that the edge mask joins into one
    component: its gradient widens each line's ink by a row above and below, and the gap
    closes. A history list's entry scaled to 66 % (a bold name over a smaller grey date over a
    summary, 2 bare rows apart) was one crop, read as one short word: the name was never in the
    text and stayed readable. The grey crop still has bare rows between the lines, or rows
    holding only a descender's tail (no letter leaves one inside a line); runs of inked rows
    between them are lines when tall and wide enough (BARE_RUN_SHARE, BARE_RUN_ASPECT). Where
    they part more lines than the mask's density bands, they come first (`_split_lines`): at
    crf 36 those cut a name's entry in two through its date's digits, the name's part taking
    the date's top rows; where the bands part as many, the bands stand (their crops read as
    before). A crop shorter than two lines' least height is left alone."""
    if box.h < 2 * config.min_line_height:
        return [box]
    sub = grey[box.y : box.y2, box.x : box.x2]
    # the background is the colour around the component (a chart's or an avatar's median is
    # its own fill)
    border = np.concatenate([sub[0], sub[-1], sub[:, 0], sub[:, -1]])
    ink = np.abs(sub.astype(np.int16) - int(np.median(border))) >= BARE_LEVEL
    counts = ink.sum(axis=1)
    # (a row under a line's baseline holds its descenders' tails: bare enough)
    inked = counts > BARE_SHARE * counts.max()
    runs: list[tuple[int, int]] = []
    start = None
    for y, has_ink in enumerate([*inked.tolist(), False]):
        if has_ink and start is None:
            start = y
        elif not has_ink and start is not None:
            runs.append((start, y))
            start = None
    if len(runs) < 2:
        return [box]
    tallest = max(end - top for top, end in runs)
    least = max(config.min_line_height - 2, BARE_RUN_SHARE * tallest)
    rows = [
        (top, end)
        for top, end in runs
        if end - top >= least and _run_width(ink[top:end]) >= BARE_RUN_ASPECT * (end - top)
    ]
    if len(rows) < 2:
        return [box]
    cuts = [0] + [(end + nxt) // 2 for (_, end), (nxt, _) in zip(rows, rows[1:])] + [box.h]
    held = mask[box.y : box.y2, box.x : box.x2]
    result = []
    for top, bottom in zip(cuts, cuts[1:]):
        cols = np.flatnonzero(held[top:bottom].any(axis=0))
        if cols.size:
            result.append(Box(box.x + int(cols[0]), box.y + top, int(cols[-1] - cols[0] + 1), bottom - top))
    return result


def _run_width(ink: np.ndarray) -> int:
    """The width from the first to the last column of `ink` holding any."""
    cols = np.flatnonzero(ink.any(axis=0))
    return int(cols[-1] - cols[0] + 1) if cols.size else 0


def _alike_rows(bands: list[tuple[int, int]], config: OcrConfig) -> bool:
    """Whether the bands are rows of letters of one size (ALIKE_ROWS), not a line's body and
    the short band of a descender's tail under it, nor a line's top and bottom halves that a
    chunk of quotes and a comma part (each of them a line's least height or little more:
    '"Derby",' in a JSON response, 6 and 6 rows of a 13-row crop)."""
    heights = [end - start for start, end in bands]
    return (
        len(heights) >= 2
        and min(heights) >= ALIKE_ROWS * max(heights)
        and min(heights) >= ROW_MIN_LINE_HEIGHTS * config.min_line_height
    )


def _cuts_thin_out(bands: list[tuple[int, int]], sparse: np.ndarray) -> bool:
    """Whether a sparse row lies between each two bands (at or next to the band edges)."""
    return all(sparse[max(end - 1, 0) : nxt + 1].any() for (_, end), (nxt, _) in zip(bands, bands[1:]))


def _dense_bands(sub: np.ndarray, config: OcrConfig) -> list[tuple[int, int]]:
    """Runs of rows (at least a line high) where `sub` holds most of its ink."""
    profile = sub.sum(axis=1)
    if not profile.any():
        return []
    dense = list(profile >= DENSE_SHARE * profile.max()) + [False]
    bands: list[tuple[int, int]] = []
    start = None
    for y, is_dense in enumerate(dense):
        if is_dense and start is None:
            start = y
        elif not is_dense and start is not None:
            if y - start >= config.min_line_height:
                bands.append((start, y))
            start = None
    return bands


def _split_rows(mask: np.ndarray, box: Box, config: OcrConfig) -> list[Box]:
    """Split a tall component (lines touching each other, text beside a graphic) at empty rows,
    and runs of touching rows between their dense bands."""
    sub = mask[box.y : box.y2, box.x : box.x2].copy()
    sub[:, sub.mean(axis=0) > 0.9] = 0  # a panel's edge beside the text has ink on every row
    profile = sub.sum(axis=1)
    rows = profile > max(1, int(0.01 * box.w))
    result: list[Box] = []
    start = None
    for y, has_ink in enumerate(list(rows) + [False]):
        if has_ink and start is None:
            start = y
        elif not has_ink and start is not None:
            height = y - start
            cols = np.flatnonzero(sub[start:y].any(axis=0))
            if height >= config.min_line_height and cols.size:
                run = Box(box.x + int(cols[0]), box.y + start, int(cols[-1] - cols[0] + 1), height)
                # Rows with no empty row between them (a terminal's output scaled to 66 %, its
                # descenders touching the next row's capitals) are one run: cut it between its
                # dense bands. Dropped before, whole screens of output were never read.
                result.extend(b for b in _split_stacked(mask, run, config) if b.h <= config.max_line_height)
            start = None
    return result


# --- preprocessing and reading ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Prepared:
    image: np.ndarray
    origin: Box  # the crop in frame coordinates
    scale: float
    border: int


def prepare_line(grey: np.ndarray, line: Box, config: OcrConfig, chroma: np.ndarray | None = None) -> _Prepared:
    """Crop a line tightly, make it dark-on-light, scale it to the x-height Tesseract reads best,
    sharpen what was upscaled, add a plain margin. With the frame's `chroma`, a line whose
    saturated letters luma does not show is cropped from its brightest channel
    (analysis/colour.py `line_image`).

    The margin is the crop's own background colour rather than the neighbouring pixels: a
    terminal's edge right beside its text would otherwise be read as a `|` or `j`.
    """
    crop_box = line.pad(1, 1).clip(grey.shape[1], grey.shape[0])
    crop = line_image(grey, chroma, crop_box)
    background = float(np.median(crop))
    badge = _badge(crop, background)
    if badge is not None:
        crop, background = badge, 255.0
    # The background is the majority of a line crop: a dark median means light-on-dark text.
    elif background < 128:
        crop = 255 - crop
        background = 255 - background
    scale = min(config.max_scale, max(1.0, config.target_x_height / x_height(crop)))
    if scale > 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        # Upscaled small text (a viewer scaled down, low-bitrate blocks) is soft: an unsharp
        # mask of about one source pixel gives Tesseract's binarisation its strokes back.
        soft = cv2.GaussianBlur(crop, (0, 0), sigmaX=scale * 0.6)
        crop = cv2.addWeighted(crop, 1.6, soft, -0.6, 0)
    border = 10
    crop = cv2.copyMakeBorder(crop, border, border, border, border, cv2.BORDER_CONSTANT, value=int(background))
    return _Prepared(np.ascontiguousarray(crop), crop_box, scale, border)


def _badge(crop: np.ndarray, background: float) -> np.ndarray | None:
    """A badge's or a coloured button's crop made dark-on-light, or None for any other line.

    A status pill ("Active" on green, "Churned" on grey) is light text on a mid-tone fill on a
    light page: the crop's median lies between the two, lighter than 128, so the crop was read
    as dark text on a light ground, and the white letters were the paper. At 66 % none of a CRM
    grid's pills was read: 120 lines masked as unread text. A badge's crop has the page all
    around it (its 1 px margin lighter than the median by BADGE_CONTRAST or more). What lies
    outside the fill on each row, and the fill's rounded edge, take the fill's value (the
    letters, blurred into that edge, touch the page: no flood fill parts them); the crop is
    inverted and stretched, the fill white and the letters dark.

    A dark filled button on a light page is one too, though its fill is the crop's majority (a
    median under 128): inverted whole, the page around the fill, the gap to the button beside
    it and that button's border, which the line finder joined into the line, became dark ink,
    read '|', and the button's own words were lost (a register's "Save register" beside "Mark all
    present", masked as unread text while shown)."""
    if min(crop.shape) < 3:
        return None
    ring = np.concatenate([crop[0], crop[-1], crop[1:-1, 0], crop[1:-1, -1]])
    page = float(np.median(ring))
    if page - background < BADGE_CONTRAST:
        return None
    if background < 128 and page < 128:
        return None  # a dark window's line: inverted whole (prepare_line)
    fill = crop < (background + page) / 2
    rows = np.flatnonzero(fill.any(axis=1))
    if len(rows) < crop.shape[0] / 2:
        return None  # a light line over a darker rule, no fill around letters
    value = float(np.median(crop[fill]))
    out = np.full(crop.shape, value, dtype=np.float32)
    edge = max(1, round(BADGE_EDGE * len(rows)))
    for y in rows[1:-1]:
        xs = np.flatnonzero(fill[y])
        out[y, xs[0] + edge : xs[-1] + 1 - edge] = crop[y, xs[0] + edge : xs[-1] + 1 - edge]
    if (out > value + BADGE_CONTRAST).sum() <= (out < value - BADGE_CONTRAST).sum():
        return None  # dark letters on a tinted box (a selected row, a grey input): read as they are
    return np.clip((255 - out) * 255 / max(255 - value, 1), 0, 255).astype(np.uint8)


def x_height(crop: np.ndarray) -> float:
    """The x-height of a dark-on-light line crop in pixels: the rows where most of the ink is.

    Lowercase letters put their ink between baseline and x-height; ascenders, descenders and
    capitals add thinner rows above and below. Digits and capitals alone give their full height,
    which is read at a slightly smaller scale: no harm. At least 3 px (a crop of noise)."""
    if crop.size == 0:
        return 3.0
    threshold, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    profile = (crop < threshold).sum(axis=1)
    peak = int(profile.max())
    if peak == 0:
        return 3.0
    return max(3.0, float((profile >= 0.45 * peak).sum()))


def read_lines(
    engine: OcrEngine, grey: np.ndarray, lines: Sequence[Box], config: OcrConfig, chroma: np.ndarray | None = None
) -> list[list[OcrWord]]:
    """OCR each line box of a grey frame (with its `chroma`: see prepare_line); words come back
    in frame coordinates."""
    prepared = [prepare_line(grey, line, config, chroma) for line in lines]
    try:
        raw = engine.read_lines([p.image for p in prepared])
    except Exception as exc:  # any engine failure must reach the caller as one known error
        raise ProcessingError(f"OCR failed ({type(exc).__name__})") from exc
    result: list[list[OcrWord]] = []
    for prep, words in zip(prepared, raw):
        mapped: list[OcrWord] = []
        flat = FLAT_WORD_SHARE * (prep.image.shape[0] - 2 * prep.border)
        for word in untangled(words):
            x1 = prep.origin.x + (word.box.x - prep.border) / prep.scale
            y1 = prep.origin.y + (word.box.y - prep.border) / prep.scale
            x2 = prep.origin.x + (word.box.x2 - prep.border) / prep.scale
            y2 = prep.origin.y + (word.box.y2 - prep.border) / prep.scale
            if word.box.h < flat and sum(c.isalnum() for c in word.text) >= 2:
                y1, y2 = prep.origin.y, prep.origin.y2  # a flat box the engine gave a word: its line's rows
            box = Box.from_corners(int(np.floor(x1)), int(np.floor(y1)), int(np.ceil(x2)), int(np.ceil(y2)))
            box = box.intersection(prep.origin) if box.intersects(prep.origin) else prep.origin
            mapped.append(OcrWord(word.text, box, word.conf))
        result.append(_marks_on_their_line(mapped, prep.origin))
    return result


def _marks_on_their_line(words: list[OcrWord], line: Box) -> list[OcrWord]:
    """`words`, each word of no letter or digit that lies apart from the rows of the line's
    words that have some (half its height or more outside each: an underscore under them)
    given the line's rows: see FLAT_WORD_SHARE. A dash or a dot within those rows keeps its box."""
    lettered = [w.box for w in words if any(c.isalnum() for c in w.text)]
    return [
        OcrWord(w.text, Box(w.box.x, line.y, w.box.w, line.h), w.conf)
        if lettered
        and not any(c.isalnum() for c in w.text)
        and not any(min(w.box.y2, b.y2) - max(w.box.y, b.y) >= w.box.h / 2 for b in lettered)
        else w
        for w in words
    ]
