"""NER's person of one word that English also writes as a common word is masked where found but
never remembered (issue 17 precision, over-masking; class: chat exports and group chats named
after a room, a job or a trade, file names and window titles that carry such a group's name).

A messenger's plain-text export opened in a pager: its file and the terminal's title read
"WhatsApp Chat with <Word> refit.txt", and spaCy took the group name's first word for a person
("Chat with <X>"). The word is a surname of the census lists as well as a common English word,
so the memory's test (a person only of common words that are no names) let it through: it was
remembered and masked wherever the recording wrote it, the group's creation line and every
message that named the room. Masked where NER found it (fail closed), it is not learnt, and
says so to the gate (clipped.not_learnt: the analysis' seen values skip it too). A name that is
no English word, and a full name, are remembered as before. The words are invented."""

from __future__ import annotations

from pipeline.detection.clipped import not_learnt
from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _person_texts(detector, memory: ValueMemory, *rows: str) -> list[str]:
    lt, spans = detector.find_spans(text_layout(*rows), memory)
    return [lt.text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]


def test_a_chat_named_after_a_common_word_is_masked_but_not_remembered(detector):
    memory = ValueMemory()
    title = "\"WhatsApp Chat with Baker works.txt'"
    assert "Baker" in _person_texts(detector, memory, title)  # masked where NER found it
    assert not memory.find("the Baker works group")
    later = _person_texts(detector, memory, "Baker works: quote accepted, start Monday")
    assert "Baker" not in later


def test_the_gate_is_told_the_common_word_was_not_learnt(detector):
    dets = detector.detect(text_layout("\"WhatsApp Chat with Baker works.txt'"), ValueMemory())
    people = [d for d in dets if d.entity_type == "PERSON"]
    assert people and all(not_learnt(d.recognizer) for d in people)


def test_a_name_that_is_no_common_word_and_a_full_name_are_remembered(detector):
    memory = ValueMemory()
    _person_texts(detector, memory, "Yesterday I spoke with Rosalind Fairweather-Quist about the quote")
    assert memory.find("call Rosalind Fairweather-Quist back")
