"""The profile folders of a listing of the users' folder: each a person's login.

`dir C:\\Users` prints "Directory of C:\\Users" and then one line per folder ("<date> <time>
<DIR> <name>"); `ls -l /home` prints a long listing under the command ("drwxr-x--- ... <name>").
Each folder but the shared and system profiles is named after a login, which nothing else on the
line says: the listing's heading (or the command that printed it, the line above) does. The
lines from the heading to the listing's end (a blank line, "File(s)", a prompt) are read.
"""

from __future__ import annotations

import regex

from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "structure/profile_folders"
# "Directory of C:\Users" (dir), or a prompt's `ls -l /home` / `ls -la /Users` (the path last)
_HEADING = regex.compile(
    r"(?i:directory[ ]of[ ][A-Z]:\\users\\?$|\bls(?:[ ]+-[a-z]+)*[ ]+/(?:home|Users)/?$)", regex.VERSION0
)
# a folder's line: dir's "<DIR>" or ls's "d" permissions, then the name (OCR may read the name as
# a line of its own, right of the rest: dir's columns stand far apart)
_DIR_MARK = regex.compile(r"<DIR>|^d[rwxsStT-]{9}[.+@]?[ ]", regex.VERSION0 | regex.MULTILINE)
_NAME = regex.compile(r"[A-Za-z0-9_][\w.$-]{1,31}", regex.VERSION0)
# profiles no person has (Windows' shared ones, and the system accounts' homes)
_SHARED = frozenset(
    {
        "public",
        "default",
        "all users",
        "defaultapppool",
        "shared",
        "guest",
        "administrator",
        "admin",
        "root",
        "lost+found",
        "ubuntu",
        "debian",
        "ec2-user",
        "azureuser",
        "vagrant",
        "git",
        "runner",
        ".localized",
    }
)
# the next prompt ends the listing: cmd's "C:\...>", a shell's "$" or "#"
_PROMPT = regex.compile(r"[A-Za-z]:\\[^<>]*>|[$#](?:[ ]|$)", regex.VERSION0)
MAX_ENTRIES = 60  # lines of one listing read after its heading


class ProfileFolderFinder:
    """USERNAME: the folders of a listing of C:\\Users or /home."""

    def __init__(self, score: float):
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        lines = lt.lines
        for heading in lines:
            m = _HEADING.search(text, heading.start, heading.end)
            if m is None:
                continue
            short = m.group().lstrip().startswith("ls") and "l" not in m.group()[2:].split("/")[0]
            below = sorted((ln for ln in lines if ln.box.y > heading.box.y), key=lambda ln: (ln.box.y, ln.box.x))
            for line in below[: 2 * MAX_ENTRIES]:
                row = text[line.start : line.end]
                if "File(s)" in row or _PROMPT.search(row):
                    break  # the listing's summary, or the next prompt
                if short:  # a plain `ls /home`: the folders' names in columns, nothing else
                    found.extend(self._names_in(text, line))
                    continue
                marks = list(_DIR_MARK.finditer(text, line.start, line.end))
                if not marks:
                    continue
                name = self._name_after(lt, line, marks[-1].end())
                if name is not None:
                    found.append(SpanFinding(*name, "USERNAME", self.score, RECOGNIZER))
        return found

    def _names_in(self, text: str, line: LineRef) -> list[SpanFinding]:
        """Every folder name of a short listing's line, but the shared and system profiles."""
        found = []
        for m in _NAME.finditer(text, line.start, line.end):
            edge_ok = (m.start() == line.start or text[m.start() - 1].isspace()) and (
                m.end() == line.end or text[m.end()].isspace()
            )
            if edge_ok and m.group().lower() not in _SHARED:
                found.append(SpanFinding(m.start(), m.end(), "USERNAME", self.score, RECOGNIZER))
        return found

    @staticmethod
    def _name_after(lt: LayoutText, line: LineRef, at: int) -> tuple[int, int] | None:
        """The folder's name after its mark: the line's last word (ls prints the owner, the size
        and the date first), or the first word of the line to its right on the same row."""
        text = lt.text
        rest = text[at : line.end].strip()
        if rest:
            rest = rest.split()[-1]
            start = text.rindex(rest, at, line.end)
        else:
            middle = line.box.y + line.box.h / 2
            right = [
                other
                for other in lt.lines
                if other.box.x > line.box.x2 and abs(other.box.y + other.box.h / 2 - middle) <= line.box.h / 2
            ]
            if not right:
                return None
            nearest = min(right, key=lambda o: o.box.x)
            start, rest = nearest.start, text[nearest.start : nearest.end]
        m = _NAME.match(rest)
        if m is None or m.end() != len(rest.rstrip()) or m.group().lower() in _SHARED:
            return None
        return start, start + m.end()
