"""A key's context as OCR misreads it still says what the key is (issue 17, class: a terminal's
ssh-keygen fingerprints and armoured key blocks read in small type, on a recording's output where
the masks change how a line is cut). Found on cert_keys (corpus38/scn2) by benchmarks/gate.py at
ca7fa55: a false block, SECRET high_confidence x27, independent check 0 leaks in 88 frames. Traced
on the output frames through the gate's OCR: 24 findings on `ssh-keygen -lf`'s fingerprint line
(40-76 s, the terminal's top row) read '<bits> SHAZ56:<fingerprint> █ (ED25519)': the hash's name
misread, so the fingerprint was a random token; 3 on gpg's '-----END PGP PRIVATE KEY BLOCK-----'
read with 'FND' (30.5-34 s): the block never ended, and its end line and the prompt after it were
key lines. A hash's name misread is still a hash's name; an armour line after a block's lines
that is no BEGIN ends it. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.recognizers.secrets import DetectSecretsRecognizer

FP = "pK3bJ0s8Zr9fLkq2mXcVbN7tYw4Ue1Ai6Hd5Go0PqRs"
KEY_LINE = "lQOYBGd3x9kBDADf4Rz8PqW2nVb7Hc1Ks5Jm0Tx3Lg6Yu9Ne2Ao8Ri4Dw7Fv1Zq5Mp"


@pytest.fixture(scope="module")
def recognizer() -> DetectSecretsRecognizer:
    return DetectSecretsRecognizer()


def found(recognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, ["SECRET", "PASSWORD"])}


@pytest.mark.parametrize("name", ["SHAZ56", "SHAZ5o", "5HA256", "SHA2S6", "sha2s6", "SHA-256"])
def test_a_fingerprint_under_a_misread_hash_name_is_no_secret(recognizer, name):
    assert found(recognizer, f"256 {name}:{FP} █ @thinkpad-x1 (ED25519)") == set()


def test_a_key_beside_words_like_a_hash_name_is_still_one(recognizer):
    assert FP in found(recognizer, f"shazam token {FP}")
    assert FP in found(recognizer, f"the key is {FP} ok")


@pytest.mark.parametrize("end", ["-----FND PGP PRIVATE KEY BLOCK-----", "-----EN0 RSA PRIVATE KEY-----"])
def test_a_key_blocks_misread_end_still_ends_it(recognizer, end):
    text = f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n{KEY_LINE}\n{end}\nops@build-03:~$ ls -l"
    assert found(recognizer, text) == {KEY_LINE}


def test_a_key_block_without_its_end_keeps_its_lines(recognizer):
    text = f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n{KEY_LINE}\n{KEY_LINE[::-1]}"
    assert found(recognizer, text) == {KEY_LINE, KEY_LINE[::-1]}
