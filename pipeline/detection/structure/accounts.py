"""The accounts a command lists: each entry a person's login, though nothing on its line says so.

`dscl . list /Users` (macOS) and `cut -d: -f1 /etc/passwd` print one account per line;
`net user` prints "User accounts for \\\\HOST", a rule, and the accounts in three columns;
`net localgroup <group>` prints "Members", a rule and one member per line; PowerShell's
`Get-LocalUser`, `Get-ADUser -Filter`, `Get-LocalGroupMember` and `Get-ADGroupMember` print a table
whose rows start with the account's name (or hold it as DOMAIN\\login). Only the heading or the
command above says that the words are logins; the system's own accounts (Administrator, Guest,
DefaultAccount, WDAGUtilityAccount: structure.yaml's system_accounts) are none. The listing ends
at "The command completed", the next prompt or a gap of blank lines.
"""

from __future__ import annotations

import regex

from pipeline.detection.structure.vocabulary import is_system_account
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "structure/accounts"
# net's headings, and the PowerShell commands whose output lists accounts
_NET_USERS = regex.compile(r"(?i:user[ ]accounts[ ]for[ ]\\\\\S+)", regex.VERSION0)
_NET_MEMBERS = regex.compile(r"(?i:^members$)", regex.VERSION0)
# a shell's listing of the accounts' names, one per line: macOS' dscl, the passwd file's first field
_SHELL_LIST = regex.compile(
    r"(?i:\bdscl[ ]+\.[ ]+-?list[ ]+/Users\b|\bcut[ ]+-d[ ]?:?[ ]+-f[ ]?1\b.*\bpasswd\b|\bcompgen[ ]+-u\b)",
    regex.VERSION0,
)
_PS_COMMAND = regex.compile(
    r"(?i:\b(?:get-localuser|get-aduser[ ]+-filter|get-localgroupmember|get-adgroupmember)\b)", regex.VERSION0
)
_END = regex.compile(r"(?i:the[ ]command[ ]completed|^PS[ ][A-Z]:\\|[A-Z]:\\[^<>]*>|[$#%][ ]?$)", regex.VERSION0)
_RULE = regex.compile(r"^[-_= ]{6,}$", regex.VERSION0)
# a login, alone or after its domain ("CORP\\login", "LAPTOP-X\\login")
_ACCOUNT = regex.compile(r"(?:[A-Za-z0-9][\w.-]{0,31}\\)?\K[A-Za-z_][\w.$-]{1,31}", regex.VERSION0)
_HEADER_WORDS = frozenset({"name", "enabled", "description", "objectclass", "principalsource", "samaccountname"})
_COLUMNS, _ONE_PER_LINE, _TABLE = "columns", "one per line", "table"  # the shapes of a listing
MAX_LINES = 60  # lines of one listing read after its heading
# a wider gap (in line heights) ends the listing: net puts a blank line and a rule under its heading
MAX_GAP_LINES = 4.0


class AccountListFinder:
    """USERNAME: the accounts of `net user`, `net localgroup` and PowerShell's account tables."""

    def __init__(self, system_accounts: frozenset[str], score: float = 0.85):
        self.system_accounts = system_accounts
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        for heading in lt.lines:
            row = text[heading.start : heading.end].strip()
            if _NET_USERS.search(row):
                shape = _COLUMNS
            elif _NET_MEMBERS.search(row) or _SHELL_LIST.search(row):
                shape = _ONE_PER_LINE
            elif _PS_COMMAND.search(row):
                shape = _TABLE
            else:
                continue
            for line in self._listing(lt, heading):
                found.extend(self._accounts(lt, line, shape))
        return found

    def _listing(self, lt: LayoutText, heading: LineRef) -> list[LineRef]:
        """The lines under `heading`, top to bottom, to the listing's end."""
        below = sorted((ln for ln in lt.lines if ln.box.y > heading.box.y), key=lambda ln: (ln.box.y, ln.box.x))
        lines: list[LineRef] = []
        bottom = heading.box.y2
        for line in below[:MAX_LINES]:
            row = lt.text[line.start : line.end].strip()
            if _END.search(row) or line.box.y - bottom > MAX_GAP_LINES * heading.box.h:
                break
            bottom = max(bottom, line.box.y2)
            if not _RULE.match(row):
                lines.append(line)
        return lines

    def _accounts(self, lt: LayoutText, line: LineRef, shape: str) -> list[SpanFinding]:
        """`net user`: every word of the line; `net localgroup`'s members: the line's one word (a
        member with a space, "CORP\\Domain Admins", is a group); a PowerShell table's row: its
        first word, or a word written DOMAIN\\login (a group's members), never the header's words."""
        text = lt.text
        words = list(line.words)
        if shape == _ONE_PER_LINE and len(words) != 1:
            return []
        if shape == _TABLE:
            if {text[w.start : w.end].strip(":").lower() for w in words} & _HEADER_WORDS:
                return []  # the table's header row
            domained = [w for w in words if "\\" in text[w.start : w.end]]
            words = domained or words[:1]
        found = []
        for w in words:
            m = _ACCOUNT.fullmatch(text, w.start, w.end)
            if m is None or is_system_account(m.group(), self.system_accounts):
                continue
            found.append(SpanFinding(m.start(), m.end(), "USERNAME", self.score, RECOGNIZER))
        return found
