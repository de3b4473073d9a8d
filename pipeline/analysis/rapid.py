"""RapidOCR's line recognizer (PP-OCRv4, ONNX on the CPU) behind the OCR engine interface.

Used for the lines Tesseract reads with low confidence: small, blurred or blocky text (a viewer
scaled to 75 %, a low bitrate), where a recognizer trained on photographed and rendered text
still reads what Tesseract's binarisation breaks apart. Only its recognizer runs: our line finder
already hands it one line per image. The models ship inside the `rapidocr-onnxruntime` wheel;
nothing is downloaded. Word boxes come from the columns of the CTC output each character was
decoded at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from pipeline.analysis.ocr import RawWord, weakest
from pipeline.core.errors import ConfigError
from pipeline.core.types import Box

# The model reads Chinese too; screens here are Latin script, and a checkbox or an icon comes
# back as a CJK character (口, 民): anything outside Latin letters, digits and punctuation is no
# text of ours.
_LATIN = re.compile(r"[^\x20-\x7e\u00a0-\u024f\u20ac\u00a3]")
# a reading whose weakest word is in [RESTRETCH_FROM, RESTRETCH_BELOW) (0-100) is read again
# with the line stretched sideways STRETCH times (wider: round letters read as digits, 'o' as
# '0', 'l' as '1'). Weaker is no text the recognizer could half read (a blurred graphic, a page
# behind a window: 45-60, the same stretched), and the widest of crops: most of the cost.
RESTRETCH_FROM = 65.0
RESTRETCH_BELOW = 85.0
STRETCH = 1.5
# ...and only when its letters got fewer CTC columns each than this: then letters were
# dropped for want of columns (terminal rows at 66 %: 1.75-2.2, whole values back stretched).
# Read with more room per letter, a doubtful line is a blurred or broken one, and stretched it
# read no better: on a 120 s support session 41 of 50 doubtful lines, all from 2.4 columns a
# character on, came back as doubtful as before, for 2.2 s of the analysis' CPU (the 9 under
# it, e-mails with dropped dots and letters, gained whole values).
RESTRETCH_COLUMNS_PER_CHAR = 2.4


class RapidEngine:
    """The PP-OCRv4 recognizer of `rapidocr-onnxruntime`, one thread (we parallelise with
    processes). Confidences are the mean of the characters' probabilities, scaled to 0-100
    like Tesseract's."""

    name = "rapidocr"

    def __init__(self) -> None:
        try:
            import rapidocr_onnxruntime
            from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer
            from rapidocr_onnxruntime.utils import read_yaml
        except ImportError:
            raise ConfigError("OCR engine rapidocr is not installed (pip install rapidocr-onnxruntime)") from None
        root = Path(rapidocr_onnxruntime.__file__).parent
        config: dict[str, Any] = read_yaml(str(root / "config.yaml"))["Rec"]
        config["model_path"] = str(root / config["model_path"])
        config["intra_op_num_threads"] = 1
        config["inter_op_num_threads"] = 1
        # one line per run: batches pad every line to the widest and cost twice the CPU per
        # line (measured: 55 ms an e-mail alone, 116 ms in a batch of 12)
        config["rec_batch_num"] = 1
        self._version = getattr(rapidocr_onnxruntime, "__version__", "")
        try:
            self._rec = TextRecognizer(config)
        except Exception as exc:  # noqa: BLE001 - a missing or broken model is a configuration problem
            raise ConfigError(f"rapidocr could not start ({type(exc).__name__})") from None

    def version(self) -> str:
        from importlib.metadata import version

        return f"rapidocr-onnxruntime {self._version or version('rapidocr-onnxruntime')}"

    def read_lines(self, images: Sequence[np.ndarray]) -> list[list[RawWord]]:
        """Each line as it is; a line read with some doubt (its weakest word from RESTRETCH_FROM
        to under RESTRETCH_BELOW) and crowded (under RESTRETCH_COLUMNS_PER_CHAR CTC columns a
        character) again stretched sideways, the stronger weakest word kept.

        The recognizer scales a line to 48 px high and gives out one column of characters per
        8 px of that; a letter needs two or three. Letters narrow beside the line's height (a
        terminal's monospace cells, with the prepared crop's margin above and below) get fewer,
        and the recognizer drops letters: a CSV row of an xterm at 66 % read at 75 with a third
        of its letters gone (names, e-mails and phones broken), read right at 92 stretched 1.5
        times. Stretched always, proportional text read worse (a phone's '5' as 'S'), and a line
        read well is not paid for twice."""
        if not images:
            return []
        colour = [cv2.cvtColor(img, cv2.COLOR_GRAY2BGR) if img.ndim == 2 else img for img in images]
        results, _ = self._rec(colour, return_word_box=True)
        # word boxes come back in the columns of the image read: those of a stretched one are
        # mapped back by reading its columns as the unstretched width
        read = [_words(result, img.shape[1], img.shape[0]) for result, img in zip(results, images)]
        doubtful = [
            i
            for i, (words, result) in enumerate(zip(read, results))
            if words and RESTRETCH_FROM <= weakest(words) < RESTRETCH_BELOW and _crowded(result)
        ]
        if doubtful:
            wide = [cv2.resize(colour[i], None, fx=STRETCH, fy=1.0, interpolation=cv2.INTER_CUBIC) for i in doubtful]
            again, _ = self._rec(wide, return_word_box=True)
            for i, result in zip(doubtful, again):
                words = _words(result, images[i].shape[1], images[i].shape[0])
                if words and weakest(words) > weakest(read[i]):
                    read[i] = words
        return read


def _crowded(result: tuple) -> bool:
    """Whether the characters read got fewer than RESTRETCH_COLUMNS_PER_CHAR CTC columns each."""
    if len(result) < 3 or not result[0]:
        return False
    columns_used, char_groups = result[2][0], result[2][1]
    chars = sum(len(group) for group in char_groups)
    return chars > 0 and columns_used < RESTRETCH_COLUMNS_PER_CHAR * chars


def _words(result: tuple, width: int, height: int) -> list[RawWord]:
    """Split a recognised line at its spaces; each word's box spans the CTC columns of its
    characters (a column is width / columns pixels of the image)."""
    if len(result) < 3 or not result[0]:
        return []
    columns_used, char_groups, column_groups, _, confs = result[2]
    chars = [c for group in char_groups for c in group]
    cols = [c for group in column_groups for c in group]
    if not chars or len(chars) != len(cols) or len(confs) != len(chars) or columns_used <= 0:
        return []
    step = width / columns_used
    words: list[RawWord] = []
    current: list[int] = []
    for i, char in enumerate([*chars, " "]):
        if char.strip() and not _LATIN.search(char):
            current.append(i)
            continue
        if current:
            text = "".join(chars[j] for j in current)
            x1 = max(0, int((cols[current[0]] - 0.5) * step))
            x2 = min(width, int(np.ceil((cols[current[-1]] + 1.5) * step)))
            conf = 100.0 * float(np.mean([confs[j] for j in current]))
            words.append(RawWord(text, Box(x1, 0, max(1, x2 - x1), height), conf))
            current = []
    return words
