"""Interview transcripts: which turns are the interviewer's (texts invented for these tests)."""

from newsevents.events.transcripts import aimed_at_speaker, answering_turns, asking_turns, in_spans, is_general_talk

TRANSCRIPT = (
    "The mayor of Lakeview spoke with the Tribune.\n\n"
    "((TR))  The council cut the library budget in May. What will you do about it?\n\n"
    "((Anna Berg))  We will restore it. The governor promised us help.\n\n"
    "((TR))  Will you run again?\n\n"
    "((Anna Berg))  Yes."
)


def opened_by(text, spans):
    return [text[start:end].split(")")[0].lstrip("( ") for start, end in spans]


def test_the_label_whose_turns_end_with_questions_is_the_interviewer():
    spans = asking_turns(TRANSCRIPT)
    assert opened_by(TRANSCRIPT, spans) == ["TR", "TR"]
    assert in_spans(TRANSCRIPT.index("The council cut"), spans)
    assert not in_spans(TRANSCRIPT.index("The governor promised"), spans)


def test_colon_labels_and_question_answer_labels_are_turns_too():
    text = "Q: Your party lost two seats. Why?\nA: We ran a poor campaign.\nQ: And now?\nA: We rebuild."
    assert [text[start:end] for start, end in asking_turns(text)] == ["Q: Your party lost two seats. Why?", "Q: And now?"]
    text = "Reporter: Is the strike over?\nDr Olsen: It is.\nReporter: Who gave way?\nDr Olsen: The board did."
    assert [text[start:end][:9] for start, end in asking_turns(text)] == ["Reporter:", "Reporter:"]


def test_a_label_opening_one_question_or_mostly_statements_asks_nothing():
    # One labelled question is no transcript; a speaker whose turns are mostly statements answers.
    assert asking_turns("Update: Has the dam held?\n\nThe river fell overnight.") == []
    text = "((Lee))  We met them. Did it help?\n\n((Lee))  It did.\n\n((Lee))  They agreed to talk."
    assert asking_turns(text) == []


def test_a_guests_turn_runs_over_its_paragraphs_to_the_next_label():
    text = TRANSCRIPT.replace("The governor promised us help.", "The governor promised us help.\n\nWe thank him.")
    spans = answering_turns(text, asking_turns(text))
    assert [text[start:end].strip() for start, end in spans] == [
        "((Anna Berg))  We will restore it. The governor promised us help.\n\nWe thank him.", "((Anna Berg))  Yes."]
    assert not in_spans(text.index("What will you do"), spans)
    # No interviewer, no transcript: a label alone makes no answer.
    alone = "((Lee))  We met them.\n\n((Lee))  It did."
    assert answering_turns(alone, asking_turns(alone)) == []


def test_an_act_aimed_at_the_speaker_has_me_or_us_as_its_object_or_passive_subject(nlp):
    def trigger(sentence, verb):
        return next(token for token in nlp(sentence) if token.text == verb)

    assert aimed_at_speaker(trigger("My uncle warned me about the storm.", "warned"))
    assert aimed_at_speaker(trigger("The neighbours often came to us for advice.", "came"))
    assert aimed_at_speaker(trigger("I was helped by my teachers.", "helped"))
    assert not aimed_at_speaker(trigger("My uncle warned the mayor about the storm.", "warned"))
    assert not aimed_at_speaker(trigger("We helped the teachers.", "helped"))


def test_general_talk_is_what_others_do_in_the_present_or_by_habit_with_no_time(nlp):
    def trigger(sentence, verb):
        return next(token for token in nlp(sentence) if token.text == verb)

    assert is_general_talk(trigger("The nurses meet the mayor every week.", "meet"))
    assert is_general_talk(trigger("The volunteers are being helped by the council.", "helped"))
    assert is_general_talk(trigger("They used to demand everything for free.", "demand"))
    assert is_general_talk(trigger("They would call the doctor and ask for medicine.", "ask"))
    assert is_general_talk(trigger("The nurses do their best to cooperate with the police.", "cooperate"))
    # the speaker's own act in speaking, a time of its own, the past, and a "would" of what was said
    assert not is_general_talk(trigger("We condemn the police.", "condemn"))
    assert not is_general_talk(trigger("The nurses meet the mayor on Monday.", "meet"))
    assert not is_general_talk(trigger("The police arrested our director.", "arrested"))
    assert not is_general_talk(trigger("The police told me they would arrest the nurses.", "arrest"))
