import pytest

from newsevents.nlp import ModelNotInstalled, load_model, split_long_text


def test_split_long_text_keeps_every_character_in_order():
    text = ("The minister spoke. " * 30 + "\n\n") * 20
    pieces = split_long_text(text, limit=500)
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 500 for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_split_long_text_cuts_at_a_paragraph_break_when_there_is_one():
    text = "a" * 300 + "\n\n" + "b" * 300
    [(_, first), (offset, second)] = split_long_text(text, limit=400)
    assert first.endswith("\n") and second == "b" * 300 and offset == 302


def test_short_text_is_one_piece():
    assert split_long_text("Short.") == [(0, "Short.")]


def test_missing_model_says_how_to_install_it():
    with pytest.raises(ModelNotInstalled, match="pip install"):
        load_model("no_such_spacy_model_xyz")


def test_a_line_break_ends_a_sentence():
    doc = load_model()("Wednesday, January 23, 2019\n\nGermany banned the airline on Monday.")
    assert [sentence.text.strip() for sentence in doc.sents] == ["Wednesday, January 23, 2019", "Germany banned the airline on Monday."]


def test_a_word_in_lower_case_goes_on_the_sentence_before_it():
    doc = load_model()("The army sent a warning to the rebels. that it would not hold its fire, the ministry said.")
    assert len(list(doc.sents)) == 1


def test_a_line_break_starts_a_sentence_even_in_lower_case():
    doc = load_model()("Rebels seize the port\nthe army sent reinforcements on Monday.")
    assert [sentence.text.strip() for sentence in doc.sents] == ["Rebels seize the port", "the army sent reinforcements on Monday."]
