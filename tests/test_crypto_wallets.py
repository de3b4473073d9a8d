"""A cryptocurrency wallet on screen (scene crypto_wallet: an exchange's account page): the
customer's deposit addresses and the addresses in a transfers table are CRYPTO, the recovery
phrase revealed as a numbered grid of plain English words is SECRET, word by word. Values are
invented (the phrase is twelve words of BIP-39's list drawn for this test; the addresses are well-formed
but random)."""

import pytest

from pipeline.detection.recognizers.crypto import base58_checksum_ok, bip39_words
from pipeline.store.policy import FLOOR_ENTITIES
from tests.helpers import text_layout

PHRASE = (
    *("crater", "useful", "reward", "oblige", "vintage", "answer"),
    *("gadget", "tray", "verify", "lucky", "glimpse", "ocean"),
)
BECH32 = "bc1q9h7garjvrkwfrw5s8qvzc6mxtk3vwd2tq4ux0e"
HEX = "0x5aa3b1d07c9e8f1246b0e3c2a91f7d6e4b8c0a3f"
LEGACY = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"  # a well-known valid P2PKH address (Base58Check)


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_test_phrase_is_bip39_words():
    assert set(PHRASE) <= bip39_words()
    assert base58_checksum_ok(LEGACY) and not base58_checksum_ok(LEGACY[:-1] + "X")


@pytest.mark.parametrize(
    "rows",
    [
        # a numbered grid, four a row, as an exchange's "Reveal" shows it
        tuple("  ".join(f"{i}. {w}" for i, w in enumerate(PHRASE[r : r + 4], start=r + 1)) for r in range(0, 12, 4)),
        # numbers glued to the words, as OCR reads a small grid
        tuple(" ".join(f"{i}.{w}" for i, w in enumerate(PHRASE[r : r + 6], start=r + 1)) for r in (0, 6)),
        # typed into a restore box: one line, no numbers
        (" ".join(PHRASE),),
    ],
)
def test_a_recovery_phrase_is_secret_word_by_word(detector, rows):
    found = _found(detector, "Secret Recovery Phrase", *rows)
    assert {("SECRET", w) for w in PHRASE} <= found, found


def test_a_numbered_grid_cut_by_the_window_s_edge_is_still_secret(detector):
    row = "  ".join(f"{i}. {w}" for i, w in enumerate(PHRASE[:6], start=1))
    found = _found(detector, row)
    assert {("SECRET", w) for w in PHRASE[:6]} <= found, found


@pytest.mark.parametrize(
    "row",
    [
        # prose and UI text made of the list's words never runs twelve long without a stop word
        "We will keep the ocean view and answer every glimpse of the lucky vintage tray",
        "Never share these words. Anyone with them can take your funds.",
        "1. open 2. settings 3. then click save",
        "bin boot dev etc home lib media mnt opt proc root run sbin srv sys tmp usr var",
    ],
)
def test_text_of_common_words_is_no_phrase(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "SECRET"}


@pytest.mark.parametrize(
    "row, value",
    [
        (f"{BECH32} Copy", BECH32),
        (f"Ethereum (ERC-20) deposit address {HEX}", HEX),
        (f"03 Dec 2026 14:22 Send BTC -0.04210000 {BECH32} Pending", BECH32),
        (f"Withdraw to {LEGACY}", LEGACY),
        # a misread character breaks Base58's checksum: a wallet word before it still says so
        (f"Send to {LEGACY[:-1]}X", LEGACY[:-1] + "X"),
    ],
)
def test_a_wallet_address_is_crypto(detector, row, value):
    assert ("CRYPTO", value) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        # a transaction or commit hash is 64 hex digits; a Base58-looking token with no checksum
        # and no wallet word is no address
        "tx 0x5aa3b1d07c9e8f1246b0e3c2a91f7d6e4b8c0a3f5aa3b1d07c9e8f1246b0e3c2",
        "build 1BoatSLRHtKNngkdXEeobR76b53LETtpyX",
    ],
)
def test_hashes_and_random_tokens_are_no_address(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "CRYPTO"}


def test_wallet_addresses_are_in_the_policy_s_floor():
    assert "CRYPTO" in FLOOR_ENTITIES
