"""A common word of a language pack's language is no piece of a name (issue 17, false blocks;
class: French, German and Spanish pages whose tabs, captions and buttons are words English does
not write). fr_account (corpus39): with the pointer over its tab strip at 19.4 s, OCR misread the
first tab and NER took the two tabs, '<misread tab> Lignes', for a person; the gate then counted
the tab 'Lignes', no English word, as a piece of that person on every frame from 0 s (PERSON x17
in 13 frames, a false block: the independent check found no leak). Values are invented."""

from pipeline.analysis.values import SeenValues


def _pieces(detector, value: str, words: list[str]) -> list:
    seen = SeenValues()
    seen.add("PERSON", value, 19.8)
    lexicon = detector.lexicon
    return seen.find(words, lexicon.is_ordinary, lexicon.is_name, at_s=2.0)


def test_a_pack_languages_common_word_is_ordinary(detector):
    lexicon = detector.lexicon
    for word in ("Lignes", "Kunden", "Clientes"):
        assert lexicon.is_ordinary(word), word
    for word in ("Quennell", "Oxborrow"):
        assert not lexicon.is_ordinary(word), word


def test_a_tab_seen_in_a_name_is_no_piece_of_it(detector):
    assert _pieces(detector, "Cordonnéees Lignes", ["Coordonnées", "Lignes"]) == []


def test_a_surname_is_still_a_piece(detector):
    found = _pieces(detector, "Amélie Quennell", ["Client", "Quennell"])
    assert [(p.entity_type, p.start) for p in found] == [("PERSON", 1)]
