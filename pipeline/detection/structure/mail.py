"""An opened e-mail message: the lines under its header are its body, which is never kept.

The privacy policy promises that e-mail bodies never survive into a stored artifact (shared
policy: "browsing history, e-mail messages and addresses, passwords ... are not collected"). A
body has no shape of its own: it is prose, a signature, a quoted reply. What says "this is a
message" is its header: the sender's line (a sender label first, "From: Ann Lee", or an address
in angle brackets, "Ann Lee <ann.lee@x.com>") and right under it the recipient's line (a
recipient label first: "To: Ben Ray", Gmail's "to me"). A `git log` entry has an author with an
address in brackets but no recipient, and a mail list's rows have neither: those stay readable.

Every line under the header (after any other header lines: "Sent:", "Subject:") that lies in the
message's column is EMAIL_BODY, down to a gap wider than a paragraph break, a line of the
message's action buttons ("Reply", "Forward"), or a line that belongs to another panel.
"""

from __future__ import annotations

import regex

from pipeline.core.types import Box
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, MailWords, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

ENTITY = "EMAIL_BODY"
RECOGNIZER = "structure/mail"
SCORE = 0.85
HEADER_GAP_LINE_HEIGHTS = 2.5  # the recipient's line lies at most this far under the sender's
BODY_GAP_LINE_HEIGHTS = 3.5  # a body ends where the next line is further below than this
COLUMN_SLACK_LINE_HEIGHTS = 4.0  # a body line starts at most this far left of the header
RUN_GAP_LINE_HEIGHTS = 0.6  # a gap this wide parts a line's words into runs (panels side by side)
MAX_BODY_LINES = 80
_BRACKETED_ADDRESS = regex.compile(r"<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>")
_LABEL_WORDS = 3  # a header label has at most this many words ("reply to", "reply to all")
MAX_ACTION_WORDS = 8  # a line of the message's buttons; a sentence saying "forward" is longer


class MailBodyFinder:
    def __init__(self, words: MailWords):
        self.words = words

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        findings: list[SpanFinding] = []
        runs = _runs(lt)
        done: set[int] = set()
        for index, run in enumerate(runs):
            if index in done:
                continue
            if self._sender(lt, run):
                header = self._header(lt, runs, index)
            elif self._starts_with(lt, run, self.words.recipient_labels):
                header = self._header(lt, runs, index, composing=True)
            else:
                continue
            if header is None:
                continue
            last, lines = header
            done.update(lines)
            for body in self._body(lt, runs, last, run):
                done.add(body)
                ref = runs[body]
                findings.append(SpanFinding(ref.start, ref.end, ENTITY, SCORE, RECOGNIZER))
        return findings

    def _sender(self, lt: LayoutText, line: LineRef) -> bool:
        text = lt.text[line.start : line.end]
        return _BRACKETED_ADDRESS.search(text) is not None or self._starts_with(lt, line, self.words.sender_labels)

    def _header(
        self, lt: LayoutText, runs: list[LineRef], first: int, *, composing: bool = False
    ) -> tuple[int, list[int]] | None:
        """The index of the header's last run (its recipient's line, or the header lines after
        it) and the indices of its runs, or None when no recipient's line lies right under the
        sender's. A message being written (`composing`) starts at its recipient's line ("To"
        and the chips of its addresses) and has a header line right under it ("Subject")."""
        top = runs[first]
        last, bottom, recipient = None, top.box.y2, composing
        lines: list[int] = []
        for index in _below(runs, top, _column_left(top)):
            line = runs[index]
            if line.box.y - bottom > HEADER_GAP_LINE_HEIGHTS * max(top.height, line.height):
                break
            if self._starts_with(lt, line, self.words.recipient_labels):
                recipient = True
            elif not (recipient and self._starts_with(lt, line, self.words.header_labels | self.words.sender_labels)):
                if recipient:
                    break
                continue  # the sender's line wraps, or a date beside it: the recipient may follow
            last, bottom = index, line.box.y2
            lines.append(index)
        return (last, lines) if recipient and last is not None else None

    def _body(self, lt: LayoutText, runs: list[LineRef], header: int, sender: LineRef) -> list[int]:
        bottom = runs[header].box.y2
        body: list[int] = []
        # runs to the left are another panel's (a folder list, the message list beside the
        # reading pane or under a compose window: their rows share OCR lines with the body's)
        for index in _below(runs, runs[header], _column_left(sender)):
            line = runs[index]
            if line.box.y - bottom > BODY_GAP_LINE_HEIGHTS * line.height or len(body) >= MAX_BODY_LINES:
                break
            if self._actions(lt, line):
                break  # the message's buttons: its body ended above them
            body.append(index)
            bottom = max(bottom, line.box.y2)
        return body

    def _starts_with(self, lt: LayoutText, line: LineRef, phrases: frozenset[str]) -> bool:
        """Whether the line's first words are one of `phrases`: icons and arrows left out, and
        a single character before them (an avatar's initial: "R to me")."""
        words = _words(lt, line)
        starts = (0, 1) if words and len(words[0]) == 1 else (0,)
        return any(
            phrase_key(words[s : s + n]) in phrases for s in starts for n in range(1, min(_LABEL_WORDS, len(words)) + 1)
        )

    def _actions(self, lt: LayoutText, line: LineRef) -> bool:
        """A short line of buttons that holds an action ("Reply", "Forward"): icons read as
        letters around them ("(O © Fleply © Forward")."""
        words = _words(lt, line)
        return len(words) <= MAX_ACTION_WORDS and any(phrase_key([w]) in self.words.actions for w in words)


def _words(lt: LayoutText, line: LineRef) -> list[str]:
    """The words of a line that hold a letter or digit, icons and arrows left out."""
    words = [lt.text[w.start : w.end].strip(EDGE_PUNCTUATION + "↩↪▾▸›»←→") for w in line.words]
    return [w for w in words if any(ch.isalnum() for ch in w)]


def _below(runs: list[LineRef], top: LineRef, left: float) -> list[int]:
    """The indices of the runs under `top` (their top below its middle) that start at `left`
    or right of it, top to bottom."""
    middle = top.box.y + top.box.h / 2
    below = [i for i, ln in enumerate(runs) if ln.box.y >= middle and ln is not top and ln.box.x >= left]
    return sorted(below, key=lambda i: runs[i].box.y)


def _column_left(top: LineRef) -> float:
    return top.box.x - COLUMN_SLACK_LINE_HEIGHTS * top.height


def _runs(lt: LayoutText) -> list[LineRef]:
    """Each line's runs of words, parted at gaps wider than RUN_GAP_LINE_HEIGHTS: the text of
    two panels or windows side by side shares OCR lines (a compose window over the mail list,
    a reading pane beside it), and a header's label starts its panel's run, not the line."""
    runs: list[LineRef] = []
    for line in lt.lines:
        gap = RUN_GAP_LINE_HEIGHTS * line.height
        start = 0
        words = line.words
        for i in range(1, len(words) + 1):
            if i == len(words) or words[i].box.x - words[i - 1].box.x2 > gap:
                part = words[start:i]
                box = Box.union_all(w.box for w in part)
                assert box is not None
                runs.append(LineRef(part[0].start, part[-1].end, part, box, line.layout_index))
                start = i
    return runs
