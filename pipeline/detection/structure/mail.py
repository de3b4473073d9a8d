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

from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, MailWords, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

ENTITY = "EMAIL_BODY"
RECOGNIZER = "structure/mail"
SCORE = 0.85
HEADER_GAP_LINE_HEIGHTS = 2.5  # the recipient's line lies at most this far under the sender's
BODY_GAP_LINE_HEIGHTS = 3.5  # a body ends where the next line is further below than this
COLUMN_SLACK_LINE_HEIGHTS = 4.0  # a body line starts at most this far left of the header
MAX_BODY_LINES = 80
_BRACKETED_ADDRESS = regex.compile(r"<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>")
_LABEL_WORDS = 3  # a header label has at most this many words ("reply to", "reply to all")
MAX_ACTION_WORDS = 8  # a line of the message's buttons; a sentence saying "forward" is longer


class MailBodyFinder:
    def __init__(self, words: MailWords):
        self.words = words

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        findings: list[SpanFinding] = []
        done: set[int] = set()
        for index, line in enumerate(lt.lines):
            if index in done:
                continue
            if self._sender(lt, line):
                header = self._header(lt, index)
            elif self._starts_with(lt, line, self.words.recipient_labels):
                header = self._header(lt, index, composing=True)
            else:
                continue
            if header is None:
                continue
            last, lines = header
            done.update(lines)
            for body in self._body(lt, last, lt.lines[index]):
                done.add(body)
                ref = lt.lines[body]
                findings.append(SpanFinding(ref.start, ref.end, ENTITY, SCORE, RECOGNIZER))
        return findings

    def _sender(self, lt: LayoutText, line: LineRef) -> bool:
        text = lt.text[line.start : line.end]
        return _BRACKETED_ADDRESS.search(text) is not None or self._starts_with(lt, line, self.words.sender_labels)

    def _header(self, lt: LayoutText, first: int, *, composing: bool = False) -> tuple[int, list[int]] | None:
        """The index of the header's last line (its recipient's line, or the header lines after
        it) and the indices of its lines, or None when no recipient's line lies right under the
        sender's. A message being written (`composing`) starts at its recipient's line ("To"
        and the chips of its addresses) and has a header line right under it ("Subject")."""
        top = lt.lines[first]
        last, bottom, recipient = None, top.box.y2, composing
        lines: list[int] = []
        for index in _below(lt, top):
            line = lt.lines[index]
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

    def _body(self, lt: LayoutText, header: int, sender: LineRef) -> list[int]:
        left = sender.box.x - COLUMN_SLACK_LINE_HEIGHTS * sender.height
        bottom = lt.lines[header].box.y2
        body: list[int] = []
        for index in _below(lt, lt.lines[header]):
            line = lt.lines[index]
            if line.box.x2 <= left or line.box.x < left:
                continue  # another panel to the left (a folder list, the message list)
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


def _below(lt: LayoutText, top: LineRef) -> list[int]:
    """The indices of the lines under `top` (their top below its middle), top to bottom."""
    middle = top.box.y + top.box.h / 2
    below = [i for i, ln in enumerate(lt.lines) if ln.box.y >= middle and ln is not top]
    return sorted(below, key=lambda i: lt.lines[i].box.y)
