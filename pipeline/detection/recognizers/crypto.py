"""Cryptocurrency wallets on screen: their addresses (CRYPTO) and their recovery phrases (SECRET).

An exchange or wallet app shows the customer's own deposit addresses in full, the addresses
they sent to, and, when they check a backup, the recovery phrase: 12 to 24 plain English words
from BIP-39's list of 2,048, numbered in a grid. Whoever reads the words owns the wallet, and
each word alone is a dictionary word that no other rule would mask.

- Addresses: Bech32 ("bc1...", "ltc1...", testnet "tb1..."), Base58 ("1..."/"3..." with
  their checksum, or beside a wallet word when OCR misread one character), and Ethereum-style
  hex ("0x" and exactly 40 hex digits; a 64-digit transaction hash is none). Presidio's own
  CryptoRecognizer validates Bitcoin checksums only, so one misread character loses an
  address: ours takes the unmistakable shapes (a Bech32 prefix, "0x" + 40) without a checksum.
- Recovery phrases: a run of at least 12 words of the BIP-39 English list (the `mnemonic`
  package's, Trezor's reference implementation), or of 6 numbered ones ("1. word 2. word":
  a grid cut by the window's edge), each number optional and read as "1." "1)" or "1"; one
  word in twelve may be off the list (OCR misreads a letter). English prose never runs this
  long inside the list: it holds no "the", "of", "and", "to", "is".
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

import regex
from mnemonic import Mnemonic
from presidio_analyzer import RecognizerResult

from pipeline.detection.context_words import ContextWords
from pipeline.detection.recognizers.base import CodeRecognizer

_BECH32 = regex.compile(r"(?<![\w.])(?:bc1|tb1|ltc1)[0-9a-z]{25,87}(?![\w])")
_HEX_ADDRESS = regex.compile(r"(?<![\w])0[xX][0-9a-fA-F]{40}(?![\w])")
_BASE58 = regex.compile(r"(?<![\w.])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])")
_B58_DIGITS = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
WALLET_WORDS = ContextWords(
    ["bitcoin", "btc", "wallet", "address", "deposit", "withdraw", "withdrawal", "send", "receive", "crypto"]
)

# a token of a phrase: a number ("1." "12)" "3"), or a word of lowercase letters
_TOKEN = regex.compile(
    r"(?<![\w@./-])(?:(?P<num>\d{1,2}[.)]?)(?=\s|$)|(?P<word>\p{Ll}{3,8})(?![\w@./-])"
    r"|\d{1,2}[.)](?P<gword>\p{Ll}{3,8})(?![\w@./-]))"
)
PHRASE_WORDS = 12  # BIP-39 phrases are 12, 15, 18, 21 or 24 words
NUMBERED_WORDS = 6  # a numbered grid cut by the window's edge
_GAP = regex.compile(r"[ \t\n]{1,3}")


@functools.cache
def bip39_words() -> frozenset[str]:
    return frozenset(Mnemonic("english").wordlist)


def base58_checksum_ok(address: str) -> bool:
    n = 0
    for ch in address:
        n = n * 58 + _B58_DIGITS.index(ch)
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


class CryptoAddressRecognizer(CodeRecognizer):
    """A wallet's address: Bech32, Base58 (checksum or a wallet word before it), 0x + 40 hex."""

    ENTITIES = ("CRYPTO",)
    SCORE = 0.85

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = [self.result("CRYPTO", m.start(), m.end(), self.SCORE) for m in _BECH32.finditer(text)]
        found += [self.result("CRYPTO", m.start(), m.end(), self.SCORE) for m in _HEX_ADDRESS.finditer(text)]
        for m in _BASE58.finditer(text):
            if base58_checksum_ok(m.group()) or WALLET_WORDS.before(text, m.start()):
                found.append(self.result("CRYPTO", m.start(), m.end(), self.SCORE))
        return found


class RecoveryPhraseRecognizer(CodeRecognizer):
    """A wallet's recovery phrase: a run of BIP-39 words, numbered or not (module docstring)."""

    ENTITIES = ("SECRET",)
    SCORE = 0.9

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        words = bip39_words()
        found: list[RecognizerResult] = []
        run: list[tuple[int, int, bool]] = []  # (start, end, in the list) of the run's words
        numbered = 0
        last_end = -1

        def close() -> None:
            in_list = sum(ok for _, _, ok in run)
            off = len(run) - in_list
            enough = in_list >= PHRASE_WORDS or (numbered >= NUMBERED_WORDS and in_list >= NUMBERED_WORDS)
            if enough and off <= max(1, len(run) // PHRASE_WORDS):
                found.extend(self.result("SECRET", s, e, self.SCORE) for s, e, ok in run)

        for m in _TOKEN.finditer(text):
            if last_end >= 0 and not _GAP.fullmatch(text, last_end, m.start()) and m.start() != last_end:
                close()
                run, numbered = [], 0
            last_end = m.end()
            if m.group("num"):
                numbered += 1
                continue
            start = m.start("gword") if m.group("gword") else m.start()
            if m.group("gword"):
                numbered += 1
            word = text[start : m.end()]
            run.append((start, m.end(), word in words))
            if len(run) > 1 and not run[-1][2] and not run[-2][2]:
                # two words off the list in a row: prose, not a phrase
                run.pop()
                close()
                run, numbered = [(start, m.end(), False)], 0
        close()
        return found
