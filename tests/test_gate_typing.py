"""A word being typed is no confident name for the gate (issue 17, order_lookup of corpus42: a
clean output blocked on PERSON high_confidence x1 at 20.0 s, a note typed into an order's
field read mid-word with the text cursor after it, "Resendi|" read "Resendl", which NER took
for a name). The gate compares the frame it reads with the frame `TYPING_LOOKBACK_S` before:
the last word of a line whose first letter was there then, and that alone (with the caret after
it) changed since, is being typed; the gate reads it again, typed whole, two seconds on, and
the analysis reaches back over typing from a value typed whole.

Rendered, encoded and read with the real OCR; the detector is NER as it read that frame (a
stub naming each word that starts "Res" a person at 0.85), so that what is judged is the
gate's rule, not the model's reading of a misread word. Values are invented."""

from __future__ import annotations

from pathlib import Path

from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Detection, Layout
from pipeline.detection.filters import NER_RECOGNIZER
from pipeline.media.probe import probe
from pipeline.redact.verify import FindingBasis, verify_output
from tests.helpers import draw_screen, screen_clip

W, H, FPS = 640, 200, 10.0
NOTE = "Card checked, details verified."
FIELD = [(20, 20, "Order 48213 - notes")]


class TypedWordAsName:
    """NER as it read the frame: a word of 5+ letters starting "Res" is a PERSON, and so is a
    name of two words starting "Ros"."""

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        found = []
        for line in layout.lines:
            words = list(line.words)
            for i, w in enumerate(words):
                if w.text.startswith("Res") and len(w.text) >= 5:
                    # boxed from the full stop before it, as the recording's finding was: the
                    # stop is a second word shown, so the one-word rule does not drop it
                    box = Box(w.box.x - 12, w.box.y - 2, w.box.w + 14, w.box.h + 4)
                    found.append(Detection("PERSON", 0.85, box, NER_RECOGNIZER, "h"))
                if w.text.startswith("Ros") and i + 1 < len(words):
                    both = Box.union_all([w.box, words[i + 1].box])
                    assert both is not None
                    found.append(Detection("PERSON", 0.85, both.pad(2), NER_RECOGNIZER, "h"))
        return found


def _clip(folder: Path, name: str, texts: list[str]) -> Path:
    frames = [draw_screen(FIELD + [(20, 80, text)], (W, H)) for text in texts]
    return screen_clip(folder / f"{name}.mp4", frames, FPS)


def _typed(word: str, frames: int, before: str = NOTE + " ") -> list[str]:
    """`word` typed after `before` over `frames` frames, the caret after it."""
    return [before + word[: max(1, round(len(word) * (i + 1) / frames))] + "|" for i in range(frames)]


def _verify(path: Path):
    # frames read: 0 and 20 (every 2 s at 10 fps), the clip's last frame
    return verify_output(path, RedactionPlan(probe(path)), TypedWordAsName(), CachedEngine(make_engine(OcrConfig())))


def _names_at(result, frame: int) -> list:
    return [f for f in result.findings if f.frame == frame and f.entity_type == "PERSON"]


def test_a_word_being_typed_at_the_caret_is_no_finding(tmp_path):
    # the note ends; a word starts 1 s in and is still being typed at the frame read (frame 20)
    texts = [NOTE] * 10 + _typed("Resending", 14)[:11]
    result = _verify(_clip(tmp_path, "typing", texts))
    assert result.frames_checked == 2
    assert not _names_at(result, 20), result.summary()


def test_the_same_word_shown_still_is_reported(tmp_path):
    """Typed long before: nothing changed on its line since, the word is judged as before."""
    texts = [NOTE + " Resendl|"] * 21
    result = _verify(_clip(tmp_path, "still", texts))
    assert [f.basis for f in _names_at(result, 20)] == [FindingBasis.HIGH_CONFIDENCE], result.summary()


def test_a_line_shown_whole_in_the_moment_is_reported(tmp_path):
    """The word was not there begun half a second before (a line that came whole: a message
    arriving, a field filled by the page): it is judged as before."""
    texts = [NOTE] * 18 + [NOTE + " Resendl"] * 3
    result = _verify(_clip(tmp_path, "whole", texts))
    assert _names_at(result, 20), result.summary()


def test_a_name_of_two_words_being_typed_is_reported(tmp_path):
    """The caret after a surname being typed: the first name stands typed before it, a name."""
    texts = [NOTE] * 10 + _typed("Halvorsen", 14, NOTE + " Rosalind ")[:11]
    result = _verify(_clip(tmp_path, "name", texts))
    assert _names_at(result, 20), result.summary()
