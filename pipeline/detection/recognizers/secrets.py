"""Secrets found with Yelp's detect-secrets, in memory, line by line: its high-entropy string
plugins (Base64HighEntropyString, HexHighEntropyString) for random-looking tokens and its
keyword plugin (KeywordDetector) for `key: value` pairs whose key names a secret.

detect-secrets is made for files: its plugins' `analyze_string` is called here on each line of
the screen's text (no files, no baseline, no verification over the network), and what it
yields is located back in the line. Screens are not source files, so its verdicts are weighed
with the context that tells a secret from the many random-looking things a support session
shows:

- a hex-only token (git and file hashes, GUIDs, ETags) is a secret only with a secret word on
  its line ("client_secret: 9f86d0...") and no hash word ("commit", "SHA256", "checksum");
- a base64-like token needs no word when it mixes letters and digits and its entropy is near
  the most its length allows (a random key is; CamelCase names, paths, package ids and base64
  image data are not); image data ("data:image/png;base64,...") and hash headers never count;
- a keyword pair ("password = s3cr3t!", "mysql_root_password_secure=abc123") gives its value;
  when OCR lost the separator ("Client secret  8fj3...") or the key sits on the line above its
  value, the pair is made up as "key: value" and the value must look like a secret;
- the lines of a PEM private key block (BEGIN ... PRIVATE KEY) are secret; certificates are not.

Known token prefixes (sk-, ghp_, xoxb-, AKIA, JWTs) stay declared in models/recognizers.yaml:
their patterns tolerate OCR's spaces, which detect-secrets' do not.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from typing import Any

import regex
from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString, HexHighEntropyString
from detect_secrets.plugins.keyword import (
    CONFIG_DENYLIST_REGEX_TO_GROUP,
    DENYLIST_REGEX,
    QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP,
    KeywordDetector,
)
from detect_secrets.plugins.private_key import PrivateKeyDetector
from wordfreq import zipf_frequency

from pipeline.detection.recognizers.base import CodeRecognizer

MIN_TOKEN = 16  # shorter random strings are no keys (and OCR noise reaches 10-12 characters)
BARE_MIN_TOKEN = 20  # without a secret word on the line
# a bare token with a single digit is a key from this length, with this many capitals and small
# letters each (`_mixed`)
ONE_DIGIT_CHARS = 24
ONE_DIGIT_CASE = 4
CLOSE_TO_MAX = 0.85  # entropy at least this share of log2(length): random, not a name or a path
_HEX = frozenset("0123456789abcdefABCDEF-")
# Words (identifier parts: "AWS_SECRET_ACCESS_KEY", "apiKey") that make a line about a secret.
SECRET_WORDS = frozenset(
    {
        "secret",
        "secrets",
        "token",
        "tokens",
        "key",
        "keys",
        "apikey",
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "auth",
        "authorization",
        "bearer",
        "credential",
        "credentials",
        "private",
        "signature",
        "sig",
        "sas",
        "cookie",
        "session",
        "jwt",
        "oauth",
        "bot",
        "webhook",
        "connectionstring",
        "accountkey",
    }
)
# Words that make a random-looking value a hash or an id, never a secret.
HASH_WORDS = frozenset(
    {
        "commit",
        "sha",
        "sha1",
        "sha-1",
        "sha256",
        "sha-256",
        "sha384",
        "sha512",
        "md5",
        "hash",
        "hashes",
        "checksum",
        "digest",
        "fingerprint",
        "thumbprint",
        "etag",
        "guid",
        "uuid",
        "revision",
        "rev",
        "merge",
        "tree",
        "parent",
        "blob",
        "integrity",
        "crc",
        "crc32",
        "hashsum",
        "sha256sum",
        "md5sum",
        "filehash",
        "object",
        "build",
    }
)
_PASSWORD_KEY = regex.compile(r"pass|pwd|contrase", regex.IGNORECASE)
_WORDS = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_IMAGE_DATA = regex.compile(r"base64,|data:[a-z]+/|iVBORw0KGgo|/9j/4|R0lGOD|UklGR|PHN2Zy", regex.IGNORECASE)
# a PEM block's end as OCR may read it too: "END" misread ("-----FND PGP PRIVATE KEY BLOCK-----")
_PEM_END = regex.compile(
    r"-----END [A-Z ]*PRIVATE KEY|---- END SSH2|-{4,5}[ ]?(?!BEGIN\b)[A-Z0-9]{2,5}[ ][A-Z ]*PRIVATE[ ]KEY"
)
# a hash's name as OCR misreads it in small type ("SHAZ56:", "SHAZ5o:", "5HA256"): still a hash word
_HASH_NAME_MISREAD = regex.compile(
    r"(?i)(?<![A-Za-z0-9])[s5]ha[-_]?(?:[1lI]|[2z][2z][4a]|[2z][5s][6gbo]|3[8b][4a]|[5s][1lI][2z])(?![A-Za-z0-9])"
)
_KEYWORD = regex.compile(DENYLIST_REGEX, regex.IGNORECASE)
_PLACEHOLDER = regex.compile(
    r"[*•●·∙.xX#-]+|<[^>]*>|\$\{?[\w.]+\}?|\{\{.*\}\}|%\w+%|%s|(?i:none|null|nil|empty|true|false|required|"
    r"optional|changeme|password|secret|undefined|redacted|hidden|\*+)"
)
COMMON_WORD_ZIPF = 3.0  # wordfreq's scale: "sign" 5.3, "in" 7.5; a password's made-up part 0-2
_SEPARATED_VALUE = regex.compile(r"(?=\S*[\d\W_])\S{3,128}")  # no ":" on screen: like a label's bare value
_VALUE_END = regex.compile(r"\s|[;,](?=\s*\w+[:=])")  # a value ends at a space or where the next pair starts
_CAPTION_END = regex.compile(r"[^\W\d_]{2,}[:：]")  # a caption's last word before its colon ("hint:")
# Cheap tests first: detect-secrets' keyword patterns backtrack over every word of a line, so
# they run only on lines that hold one of their keywords' stems; the entropy plugins only on
# lines with a run of its characters long enough to be a key.
_KEYWORD_STEMS = ("key", "pass", "pwd", "secret", "contrase")
_LONG_RUN = regex.compile(rf"[A-Za-z0-9+/=_-]{{{MIN_TOKEN},}}")
_EXTENSION = regex.compile(r"\.([A-Za-z0-9]{2,5})(?![A-Za-z0-9])")  # a file extension right after a run
# A key printed in groups: four groups or more of 4-6 letters and digits, a space or a hyphen
# between them (hyphenated product keys "XXXXX-XXXXX-..." and spaced setup keys alike)
_GROUPED = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{4,6}(?:[ -][A-Za-z0-9]{4,6}){3,}(?![A-Za-z0-9])")
GROUPED_MIN = 4  # groups of a key printed in groups
GROUPED_BARE = 6  # groups that make one a key without a word naming it
GROUPED_ENTROPY_SLACK = 0.5  # groups of equal length say what it is: a little less randomness will do
LONG_BLOB = 64  # a longer run alone on its line is data (wrapped base64, a certificate): unless a word names it
# A run of words OCR read without their spaces ("Acme RMMHOST-01Windows11Pro" for a header):
# its letters lie mostly in parts made of common English words of three letters or more
GLUED_WORD_LETTERS = 3
GLUED_WORD_ZIPF = 3.5
GLUED_SHARE = 0.5


def line_words(line: str) -> set[str]:
    """Lower-case identifier parts of a line: "AWS_SECRET_ACCESS_KEY=x apiKey" gives aws, secret,
    access, key, x, api, apikey (a camelCase name counts whole and in parts)."""
    words = set()
    for token in regex.findall(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*", line):
        low = token.lower()
        words.add(low)
        words.update(p.lower() for p in _WORDS.findall(token))
        words.update(low.replace("-", "_").replace(".", "_").split("_"))
    return words


class DetectSecretsRecognizer(CodeRecognizer):
    """SECRET and PASSWORD values found by detect-secrets' plugins, weighed by their context."""

    ENTITIES = ("SECRET", "PASSWORD")
    KEYWORD_SCORE = 0.85
    ENTROPY_SCORE = 0.75
    PEM_SCORE = 0.9
    document_extensions: tuple[str, ...] = ()  # recognizers.yaml: a file name of these is no bare secret

    def load(self) -> None:  # noqa: D102 - Presidio's docs
        self._base64 = Base64HighEntropyString()
        self._hex = HexHighEntropyString()
        self._keyword = KeywordDetector()
        self._pem = PrivateKeyDetector()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = []
        in_pem = False
        start = 0
        previous: tuple[int, str] | None = None
        for line in text.split("\n"):
            if in_pem:
                if _PEM_END.search(line):
                    in_pem = False
                elif line.strip():
                    found.append(self.result("SECRET", start, start + len(line), self.PEM_SCORE))
            elif any(self._pem.analyze_string(line)):
                in_pem = True
            else:
                if previous is not None and _has_keyword(previous[1]) or _has_keyword(line):
                    found.extend(self._keyword_pairs(line, start, previous))
                if _LONG_RUN.search(line):
                    found.extend(self._random_tokens(line, start))
                if _GROUPED.search(line):
                    found.extend(self._grouped_keys(line, start, previous))
            previous = (start, line)
            start += len(line) + 1
        return [f for f in found if f.entity_type in entities]

    # -- keyword pairs ----------------------------------------------------------------------

    def _keyword_pairs(self, line: str, offset: int, previous: tuple[int, str] | None) -> Iterator[Any]:
        """Values of detect-secrets' keyword pairs on the line; pairs without their separator
        ("Client secret  8fj3...", a key on the line above) are made up as "key: value"."""
        for value_at, value, key in self._pairs(line):
            yield from self._pair_value(offset, value_at, value, key, separated=True)
        for m in _KEYWORD.finditer(line):
            after = line[m.end() : m.end() + 1]
            if after == " " and not any(s in line[m.end() : m.end() + 4] for s in ":="):
                made = f"{line[: m.end()]}: {line[m.end() + 1 :]}"
                for value_at, value, key in self._pairs(made):
                    if value_at > m.end():
                        yield from self._pair_value(offset, value_at - 1, value, key, separated=False)
        if previous is not None:
            above_at, above = previous
            if len(above.split()) <= 4 and _KEYWORD.search(above) and ":" not in above and "=" not in above:
                made = f"{above.strip()}: {line}"
                cut = len(above.strip()) + 2
                for value_at, value, key in self._pairs(made):
                    if value_at >= cut:
                        yield from self._pair_value(offset, value_at - cut, value, key, separated=False)

    def _pairs(self, line: str) -> Iterator[tuple[int, str, str]]:
        """(offset in `line`, value, key) of each value detect-secrets' keyword plugin yields,
        as config files (key: value, key = value) and as code (quoted values) write them."""
        seen = set()
        for groups in (CONFIG_DENYLIST_REGEX_TO_GROUP, QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP):
            for value in self._keyword.analyze_string(line, denylist_regex_to_group=groups):
                key = _KEYWORD.search(line)
                if not value or key is None:
                    continue
                at = line.find(value, key.end())
                if at >= 0 and at not in seen:
                    seen.add(at)
                    yield at, value, key.group(0)

    def _pair_value(self, offset: int, at: int, value: str, key: str, separated: bool) -> Iterator[Any]:
        # the value is its first word: detect-secrets takes the rest of a config line with it
        token = _VALUE_END.split(value.strip(), maxsplit=1)[0].strip("\"'`,;")
        if not token or _PLACEHOLDER.fullmatch(token):
            return
        if not separated and (not _SEPARATED_VALUE.fullmatch(token) or _joined_words(token)):
            return  # "Secret Santa", "Password Change", "Password sign-in": prose after a keyword
        if not separated and _CAPTION_END.fullmatch(token):
            return  # "Password hint:", "password hash: <hash>": the caption's last word, no value
        at += value.find(token)
        entity = "PASSWORD" if _PASSWORD_KEY.search(key) else "SECRET"
        yield self.result(entity, offset + at, offset + at + len(token), self.KEYWORD_SCORE)

    # -- high-entropy tokens ----------------------------------------------------------------

    def _random_tokens(self, line: str, offset: int) -> Iterator[Any]:
        """Tokens of the line that detect-secrets' entropy plugins find random enough, given
        what the line says about them."""
        if _IMAGE_DATA.search(line):
            return
        words = line_words(line)
        secret_line = bool(words & SECRET_WORDS)
        if words & HASH_WORDS or _HASH_NAME_MISREAD.search(line):
            return
        whole_line = line.strip()
        pos = 0
        with self._base64.non_quoted_string_regex(is_exact_match=False):
            runs = list(self._base64.analyze_string(line))
        for run in runs:
            at = line.find(run, pos)
            pos = at + len(run)
            if len(run) >= LONG_BLOB and run == whole_line and not secret_line:
                continue
            if not secret_line and self._file_stem(line, pos):
                continue
            for part_at, part in _split_assignment(run):
                if self._is_secret(part, secret_line):
                    start = offset + at + part_at
                    yield self.result("SECRET", start, start + len(part), self.ENTROPY_SCORE)

    def _grouped_keys(self, line: str, offset: int, previous: tuple[int, str] | None) -> Iterator[Any]:
        """A random key printed in groups of equal length ("k7dq 3vzm p2xa n5rt ...": an
        authenticator's setup key, a recovery or licence key), which no run of the line is long
        enough to be: the groups joined are judged as one token. With a word naming a secret on
        its line or the line above ("Enter this key in your app:", "Secret key"), or with
        GROUPED_BARE groups or more; hex groups (a dump's words) and words never count."""
        secret_line = bool((line_words(line) | (line_words(previous[1]) if previous else set())) & SECRET_WORDS)
        for m in _GROUPED.finditer(line):
            groups = regex.split(r"[ -]", m.group(0))
            at, end = m.start(), m.end()
            while groups and _common_word(groups[-1]):  # a "Copy" button after the key
                end -= len(groups.pop()) + 1
            while groups and _common_word(groups[0]):
                at += len(groups.pop(0)) + 1
            if len(groups) < GROUPED_MIN or len({len(g) for g in groups}) > 1:
                continue
            if len(set(regex.findall(r"[ -]", line[at:end]))) > 1:
                continue  # one separator throughout: "k3v9-x2pq 7hd4-m81z" is two recovery codes
            if not secret_line and len(groups) < GROUPED_BARE:
                continue
            if sum(any(ch.isdigit() for ch in g) for g in groups) < 2:
                continue
            if sum(any(ch.isalpha() for ch in g) for g in groups) < 2:
                continue
            joined = "".join(groups)
            if set(joined) <= _HEX or any(_common_word(g) for g in groups):
                continue
            entropy = self._base64.calculate_shannon_entropy(joined)
            if entropy >= CLOSE_TO_MAX * math.log2(len(joined)) - GROUPED_ENTROPY_SLACK:
                yield self.result("SECRET", offset + at, offset + end, self.KEYWORD_SCORE)

    def _file_stem(self, line: str, end: int) -> bool:
        """Whether the run ending at `end` is a document's file name without its extension
        (base64's alphabet has no dot: "P45_<First>_<Last>_2026" of "....pdf")."""
        found = _EXTENSION.match(line, end)
        return found is not None and found.group(1).lower() in self.document_extensions

    def _is_secret(self, token: str, secret_line: bool) -> bool:
        core = token.rstrip("=")
        if len(core) < (MIN_TOKEN if secret_line else BARE_MIN_TOKEN):
            return False
        if set(core) <= _HEX:
            # hashes, GUIDs, ETags: only beside a word that names a secret
            return secret_line and self._hex.calculate_shannon_entropy(core.replace("-", "")) > self._hex.entropy_limit
        if not any(ch.isdigit() for ch in core) or not any(ch.isalpha() for ch in core):
            return False  # names ("AbstractProxyFactoryBean") and numbers
        if not secret_line and not _mixed(core):
            return False  # ids mix less: "Photos_8wekyb3d8bbwe", "x86_64-linux-gnu"
        if _looks_like_path(core):
            return False
        if not secret_line and _glued_words(core):
            return False
        entropy = self._base64.calculate_shannon_entropy(core)
        needed = min(self._base64.entropy_limit, CLOSE_TO_MAX * math.log2(len(core)))
        if secret_line:
            needed -= 0.5  # the word on the line says what it is: a less random value will do
        return entropy >= needed


def _common_word(group: str) -> bool:
    return group.isalpha() and zipf_frequency(group.lower(), "en") >= COMMON_WORD_ZIPF


def _count(token: str, test) -> int:
    return sum(1 for ch in token if test(ch))


def _mixed(core: str) -> bool:
    """Whether a bare token mixes capitals, small letters and digits as a random key does: two
    of each; or, in a long one, a digit and both cases each ONE_DIGIT_CASE times or more. A
    random key of 62 characters holds a tenth of digits, so about one in fifteen of 25 characters
    holds one digit or none (a signing secret typed into a JWT debugger's field, '<prefix>-<8>-<12>'
    with a single digit, stayed readable); an id with one digit has a capital or two at most."""
    upper, lower, digits = _count(core, str.isupper), _count(core, str.islower), _count(core, str.isdigit)
    if min(upper, lower, digits) >= 2:
        return True
    return digits >= 1 and min(upper, lower) >= ONE_DIGIT_CASE and len(core) >= ONE_DIGIT_CHARS


def _has_keyword(line: str) -> bool:
    low = line.lower()
    return any(stem in low for stem in _KEYWORD_STEMS)


def _split_assignment(run: str) -> Iterator[tuple[int, str]]:
    """The parts of a run split at "=" that is not base64 padding ("KEY=I6z2v...")."""
    at = 0
    for part in regex.split(r"=(?=[^=])", run):
        yield at, part
        at += len(part) + 1


def _glued_words(token: str) -> bool:
    """Words OCR glued into one token ('<Brand> RMM<HOST>-07Windows11Pro24H2Online' for a header
    of name, host, system and status read at 66 %): two of its letter parts or more, holding
    half its letters or more, are made of common English words ('FRONTOFFICE' is 'front' and
    'office'; a misread last letter may follow, 'Servicesx'). As random as a key by entropy (4.6
    bits a character, 4.5 needed at its length), it was a SECRET, and the value memory masked the
    header and every place its host name showed for the whole recording. A random key's letter
    parts are a few letters each, and no words (none of 45,000 random tokens of 20-40
    characters of five alphabets, none of the recorded keys)."""
    parts = [p for p in _WORDS.findall(token) if p.isalpha()]
    words = [p for p in parts if len(p) >= GLUED_WORD_LETTERS and _made_of_words(p.lower())]
    return len(words) >= 2 and sum(map(len, words)) >= GLUED_SHARE * sum(map(len, parts))


@functools.lru_cache(maxsize=4096)
def _made_of_words(part: str) -> bool:
    """`part` (lower case) is common English words of three letters or more, one after the other,
    maybe with one letter more at its end (a misread, or the next word's first)."""
    n = len(part)
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n):
        if ends[i]:
            for j in range(i + GLUED_WORD_LETTERS, n + 1):
                ends[j] = ends[j] or zipf_frequency(part[i:j], "en") >= GLUED_WORD_ZIPF
    return ends[n] or (n >= 6 and ends[n - 1])


def _looks_like_path(token: str) -> bool:
    """ "/usr/lib/x86_64-linux-gnu/libGL": segments between slashes that are words."""
    parts = [p for p in regex.split(r"[/\\]", token) if p]
    return len(parts) >= 2 and sum(1 for p in parts if regex.fullmatch(r"[A-Za-z][a-z0-9_.-]*", p)) >= len(parts) - 1


def _joined_words(token: str) -> bool:
    """Common words joined by a hyphen, a dot or an underscore ("sign-in", "follow-up",
    "read_only"): a caption's words, no value a keyword was shown beside without a separator."""
    parts = regex.split(r"[-_.]", token)
    return len(parts) >= 2 and all(p.isalpha() and zipf_frequency(p.lower(), "en") >= COMMON_WORD_ZIPF for p in parts)
