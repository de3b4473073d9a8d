"""The words of a code's sentence are no piece of the code (issue 17 item 2a, class: a message's
'the code is <digits>#', 'your PIN is <digits>', whose small type OCR glued to the code in a
list's snippet, so the analysis's value held the sentence's words). Found on sms_messages
(corpus38/me2) by benchmarks/gate.py at ad8ecd0: blocked, PASSWORD seen_value_part x4 (0-6 s)
on 'the code' of the thread's bubble, its code masked: a piece of the value seen in the thread
list's snippet. A piece of the code itself, and a word of a password, are still pieces. Values
are invented."""

from __future__ import annotations

from pipeline.analysis.values import SeenValues


def _pieces(detector, value: str, *words: str) -> list:
    seen = SeenValues()
    seen.add("PASSWORD", value, 0.0)
    return seen.find(list(words), detector.lexicon.is_ordinary, detector.lexicon.is_name)


def test_the_sentences_words_are_no_piece(detector):
    assert _pieces(detector, "the code is 5183#", "ok", "see", "you", "at", "6,", "the", "code", "█") == []


def test_the_code_and_a_passwords_word_still_are(detector):
    assert [p.entity_type for p in _pieces(detector, "the code is 5183#", "code", "is", "5183#")] == ["PASSWORD"]
    assert [p.entity_type for p in _pieces(detector, "Sunflower42!", "Sunflower42")] == ["PASSWORD"]
