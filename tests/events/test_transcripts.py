"""Interview transcripts: which turns are the interviewer's (texts invented for these tests)."""

from newsevents.events.transcripts import asking_turns, in_spans

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
