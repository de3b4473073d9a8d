"""A chat transcript's speakers: "10:02 <First> <Last>: message", one line per message.

A remote-support tool's chat pane, a saved transcript opened in an editor, a ticket's pasted
conversation and IRC-style logs print each message on a line that starts with an optional time,
the speaker's name and a colon. A person reads the name before the colon as the speaker because
the lines below repeat the shape; spaCy, reading the line as prose, often tags nothing (a first
name alone, a name after a time stamp). `TranscriptSpeakerFinder` takes the speaker of every line
of that shape where at least MIN_LINES lines of the layout share it, lined up at one x, and the
speaker is shaped like a name: capitalised words, no role or label ("Technician", "Agent",
"System", "Note": structure.yaml's chat_roles), and either a time before it or a word the name
lexicon knows as a name.
"""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "structure/transcript"
SCORE = 0.7  # the transcript's shape says as much as a labelled field
MIN_LINES = 2  # lines of one transcript, at least
ALIGN_LINE_HEIGHTS = 1.0  # its lines start this close (in line heights)
# [time] Speaker Name: text   (a 12- or 24-hour time, bracketed or not; 1-3 capitalised words).
# A messenger's chat export stamps each line with the date too, and a dash before the speaker:
# "06/12/2026, 14:02 - <Name>: text" (Android), "[06/12/2026, 14:02:11] <Name>: text" (iOS),
# "12/6/26, 2:02 PM - <Name>: text"
_LINE = regex.compile(
    r"(?P<time>\[?\(?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ])?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?\)?(?:[ ]+[-–—])?[ ]+)?"
    r"(?P<speaker>\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,2})[ ]?:[ ]+\S",
    regex.VERSION0,
)


class TranscriptSpeakerFinder:
    """PERSON: the speakers of a chat transcript's lines."""

    def __init__(self, lexicon: NameLexicon, roles: frozenset[str]):
        self.lexicon = lexicon
        self.roles = roles

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        text = lt.text
        candidates: list[tuple[LineRef, int, int, bool]] = []
        for line in lt.lines:
            if text.find(":", line.start, line.end) < 0:
                continue  # most lines: no colon, no message line
            m = _LINE.match(text, line.start, line.end)
            if m is not None:
                candidates.append((line, m.start("speaker"), m.end("speaker"), m.group("time") is not None))
        if len(candidates) < MIN_LINES:
            return []
        speakers = []
        for line, start, end, timed in candidates:
            aligned = sum(abs(other.box.x - line.box.x) <= ALIGN_LINE_HEIGHTS * line.height for other, *_ in candidates)
            if aligned >= MIN_LINES:
                speakers.append((start, end, self._speaker(text[start:end], timed)))
        # a speaker the lexicon cannot tell from a word ("Tess", "Bill") is the first name of a
        # full name that speaks in the same transcript ("Tess <Last>: ...", then "Tess: ok")
        firsts = {text[a:b].split()[0] for a, b, ok in speakers if ok and " " in text[a:b]}
        return [SpanFinding(a, b, "PERSON", SCORE, RECOGNIZER) for a, b, ok in speakers if ok or text[a:b] in firsts]

    def _speaker(self, speaker: str, timed: bool) -> bool:
        """A name, not a role, a label or a heading: with a time before it, any capitalised words
        that are not all ordinary ones; without, a word the lexicon knows as a name."""
        words = [w.strip(".'’-") for w in speaker.split()]
        if not all(words) or " ".join(words).lower() in self.roles or words[0].lower() in self.roles:
            return False
        if timed:
            return not all(self.lexicon.is_ordinary(w) for w in words)
        # without a time, a name English does not also write as a common word: "Price: £20" and
        # "Mark: 45" are a form's captions
        return any(self.lexicon.is_name(w) for w in words) and not all(
            self.lexicon.zipf(w) >= self.lexicon.common_zipf for w in words
        )
