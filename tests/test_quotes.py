"""newsevents.quotes: direct and indirect quotes with their speakers, on the project's own examples."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.actors import ActorBase, DocumentActors
from newsevents.quotes import CUE_PARTS_OF_SPEECH, Quote, cue_entry, find_quotes, speaker_head
from newsevents.quotes.cues import (
    CLASSES, COMPLEMENTS, CUE_ADJECTIVES, CUE_ADVERBS, CUE_NOUNS, CUE_VERBS, SPEECH_VERBS, parse_cue_words,
)

DATE = "2023-04-07"


@pytest.fixture()
def quotes_of(nlp: Language, base: ActorBase):
    def quotes(text: str) -> list[Quote]:
        doc = nlp(text)
        return find_quotes(doc, DocumentActors(doc, base, DATE), "doc-1")

    return quotes


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def quotes_of_parse(nlp: Language, base: ActorBase, **parse) -> list[Quote]:
    """The quotes found in a hand-made parse (`Doc` arguments: words, heads, deps, ...), for
    readings the parser gives only to some sentences."""
    doc = Doc(nlp.vocab, **parse)
    return find_quotes(doc, DocumentActors(doc, base, DATE), "doc-1")


# Direct quotes: where the cue is -------------------------------------------------------


def test_speaker_after_the_quote(quotes_of) -> None:
    quote = only(quotes_of('"We will not give up our claim," Verdi said.'))
    assert (quote.text, quote.direct, quote.speaker_text, quote.cue) == ("We will not give up our claim", True, "Verdi", "said")


def test_inverted_speaker_after_the_quote_is_coded(quotes_of) -> None:
    quote = only(quotes_of('"We will win," said the Kenyan president, William Ruto, on Monday.'))
    assert quote.text == "We will win"
    assert quote.speaker.code == "KENGOV"
    assert quote.speaker_text == "the Kenyan president, William Ruto"


def test_speaker_before_a_colon(quotes_of) -> None:
    quote = only(quotes_of('Turkish President Recep Tayyip Erdogan said: "We will not back down."'))
    assert (quote.text, quote.cue, quote.speaker.code) == ("We will not back down.", "said", "TURGOV")


def test_any_verb_after_an_open_quote_is_its_cue(quotes_of) -> None:
    quote = only(quotes_of('"Nobody reads those reports anyway," the Greek foreign minister quipped.'))
    assert (quote.cue, quote.speaker.code) == ("quipped", "GRCGOV")


def test_a_person_shown_speaking_is_the_speaker(quotes_of) -> None:
    quote = only(quotes_of("The ad uses a clip of Anna Verdi asking, “Why are we not ten points ahead?”"))
    assert (quote.cue, quote.speaker_text) == ("asking", "Anna Verdi")


def test_names_the_parser_joins_to_the_clause_before_are_the_subject(quotes_of) -> None:
    quotes = quotes_of('Whenever there is a riot in a suburb of the sprawling northern capital, '
                       'Verdi and Rossi call them "hooligans" and describe the riots as crimes.')
    assert [(quote.speaker_text, quote.cue) for quote in quotes] == [("Verdi", "call"), ("Verdi", "describe")]


def test_words_used_to_say_something_are_not_its_speaker(quotes_of) -> None:
    quote = only(quotes_of("The senator used unusually harsh language to condemn the new bridge tolls."))
    assert (quote.cue, quote.speaker_text, quote.text) == ("condemn", "The senator", "the new bridge tolls")


def test_a_name_the_parser_takes_for_the_object_of_a_preposition_before_its_verb_speaks(quotes_of) -> None:
    # No comma after the fronted phrase: the parser runs "the Gazette Verdi" together as the object of "of".
    quote = only(quotes_of("During a long talk with reporters from the Gazette Verdi said that the "
                           "bridge had become unsafe."))
    assert (quote.cue, quote.speaker_text) == ("said", "the Gazette Verdi")
    assert quote.text == "that the bridge had become unsafe"


def test_an_infinitive_speaks_for_the_object_of_its_verb(quotes_of) -> None:
    quote = only(quotes_of("The senator forced the banker to admit that the fees were illegal."))
    assert (quote.cue, quote.speaker_text, quote.text) == ("admit", "the banker", "that the fees were illegal")


def test_words_someone_is_called_on_to_say_are_the_callers(quotes_of) -> None:
    # The parser hangs "to admit" on "called" as a clause of its own: the governor is asked, not heard.
    quotes = quotes_of("The senator called on the governor on Friday to admit that the ferry was unsafe.")
    assert {quote.speaker_text for quote in quotes if quote.cue == "admit"} == {"The senator"}


def test_a_quote_after_a_colon_is_words_said_though_it_hangs_on_the_verb_as_an_object(quotes_of) -> None:
    quote = only(quotes_of('Every driver on the coast road would ask: "WHY? The bridge was fine last week."'))
    assert (quote.speaker_text, quote.cue, quote.text) == ("Every driver", "ask", "WHY? The bridge was fine last week.")


def test_a_colon_after_a_reported_clause_is_the_reporters(quotes_of) -> None:
    quotes = quotes_of('The mayor said the town has one real asset: "Its harbor, which never freezes in winter."')
    direct = only([quote for quote in quotes if quote.direct])
    assert (direct.speaker_text, direct.cue) == ("The mayor", "said")


def test_a_colon_cue_keeps_its_quote_from_a_participle_after_it(quotes_of) -> None:
    quotes = quotes_of('In a statement, the union said: "The offer from the company was an insult to every worker," '
                       'adding that the strike would go on.')
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("the union", "said", "The offer from the company was an insult to every worker"),
        ("the union", "adding", "that the strike would go on"),
    ]


def test_a_verb_describing_the_speaker_is_not_the_cue(quotes_of) -> None:
    quote = only(quotes_of('"We will not pay," Verdi, the mayor of one of the towns suing the ferry company, said.'))
    assert (quote.cue, quote.speaker_text.split(",")[0]) == ("said", "Verdi")


def test_any_verb_with_only_its_subject_before_a_comma_is_the_cue(quotes_of) -> None:
    quote = only(quotes_of('The Greek foreign minister continued, "Nobody reads those reports anyway."'))
    assert (quote.cue, quote.speaker.code) == ("continued", "GRCGOV")


def test_a_colon_ending_the_paragraph_before_introduces_the_quote(quotes_of) -> None:
    quote = only(quotes_of('The Greek foreign minister continued:\n\n"Nobody reads those reports anyway."'))
    assert (quote.cue, quote.speaker.code) == ("continued", "GRCGOV")


def test_a_quote_standing_alone_with_nobody_to_say_it_is_no_quote(quotes_of) -> None:
    assert quotes_of('The weather was cold.\n\n"Nobody reads those reports anyway."') == []


def test_a_quote_standing_alone_after_a_sentence_about_a_person_in_a_role_is_theirs(quotes_of) -> None:
    quote = only(quotes_of('The governor was defiant on Monday.\n\n"We will not close the pier, whatever the council says."'))
    assert (quote.speaker_text, quote.cue, quote.direct) == ("The governor", None, True)


def test_curly_quotes(quotes_of) -> None:
    quote = only(quotes_of("The Egyptian foreign minister said: “The border stays closed.”"))
    assert (quote.text, quote.speaker.code) == ("The border stays closed.", "EGYGOV")


def test_ascii_quote_pairs(quotes_of) -> None:
    quote = only(quotes_of("The Egyptian foreign minister answered, ''Of course we will pay the farmers.''"))
    assert (quote.text, quote.cue, quote.speaker.code) == ("Of course we will pay the farmers.", "answered", "EGYGOV")


def test_a_headline_quotes_with_single_marks_in_title_case(quotes_of) -> None:
    quote = only(quotes_of("Mayor Verdi Says 'The Bridge Is Beyond Repair'\nThe plan goes to the council on Monday."))
    assert (quote.direct, quote.speaker_text, quote.cue, quote.text) == (
        True, "Mayor Verdi", "Says", "The Bridge Is Beyond Repair")


def test_a_headline_names_its_speaker_before_a_colon(quotes_of) -> None:
    quote = only(quotes_of("A warning from Anna Verdi: 'Do not build the bridge.'\nThe plan goes to the council."))
    assert (quote.direct, quote.speaker_text, quote.text) == (True, "Anna Verdi", "Do not build the bridge.")


def test_single_marks_quote_nothing_outside_a_headline(quotes_of) -> None:
    text = "Farmers' Anger Grows As Prices Don't Fall\nVerdi spoke on Monday. 'It will fail,' the mayor wrote."
    assert not any(quote.direct for quote in quotes_of(text))


@pytest.mark.parametrize("space", [" ", "\xa0"])  # web text may put a no-break space before the dash
def test_a_dash_signature_names_the_speaker(quotes_of, space: str) -> None:
    quote = only(quotes_of(f'"It is a dark day for our democracy."{space}― Anna Verdi'))
    assert (quote.speaker_text, quote.cue) == ("Anna Verdi", None)


def test_a_quote_nested_in_a_quote_leaves_it_whole(quotes_of) -> None:
    quote = only(quotes_of("“The council keeps promising the bridge “by spring” and nobody here believes it "
                           "anymore.” ― Anna Verdi\nThe ferry stopped."))
    assert quote.speaker_text == "Anna Verdi"
    assert quote.text == "The council keeps promising the bridge “by spring” and nobody here believes it anymore."


def test_a_dash_that_goes_on_with_the_sentence_is_no_signature(quotes_of) -> None:
    quotes = quotes_of(
        'The plan had critics, among them Anna Verdi -- "The plan is a disaster for the whole valley" -- and Tom Reyes.'
    )
    assert all(quote.speaker_text != "Tom Reyes" for quote in quotes)


# One cue, one quote -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We will not back down," Verdi said. "The talks are over."',
        "“We will not back down,” Verdi said. “The talks are over.”",
        '"We will not back down," Verdi said, "and the talks are over."',
    ],
)
def test_a_quote_split_around_its_attribution_is_one_quote(quotes_of, text: str) -> None:
    quote = only(quotes_of(text))
    assert quote.text.startswith("We will not back down ")
    assert quote.text.endswith("the talks are over.") or quote.text.endswith("The talks are over.")
    assert (quote.span[0], quote.span[1]) == (1, len(text) - 1)
    assert (quote.speaker_text, quote.cue) == ("Verdi", "said")


def test_two_cues_make_two_quotes(quotes_of) -> None:
    quotes = quotes_of('"We will not back down," Verdi said. "The talks are over," she added.')
    assert [(quote.text, quote.cue) for quote in quotes] == [("We will not back down", "said"), ("The talks are over", "added")]


def test_multi_sentence_quote(quotes_of) -> None:
    quote = only(quotes_of(
        '"The talks are over. We will not return. Our envoy is coming home," the Greek foreign minister said.'
    ))
    assert quote.text == "The talks are over. We will not return. Our envoy is coming home"
    assert quote.speaker.code == "GRCGOV"


def test_quote_continued_over_paragraphs(quotes_of) -> None:
    text = (
        "Moldovan President Anna Verdi spoke in Chisinau on Monday.\n\n"
        '"We have waited long enough for the border to reopen. Our farmers cannot sell their harvest.\n\n'
        '"The government will take the case to the courts," Verdi said.'
    )
    quote = only(quotes_of(text))
    assert quote.text == (
        "We have waited long enough for the border to reopen. Our farmers cannot sell their harvest. "
        "The government will take the case to the courts"
    )
    assert text[quote.span[0] : quote.span[1]].count("\n\n") == 1
    assert (quote.speaker.code, quote.cue, quote.sentence_index) == ("MDAGOV", "said", 1)


# Speakers from the context ----------------------------------------------------------------


def test_quote_paragraph_after_a_bare_attribution(quotes_of) -> None:
    text = 'Moldovan President Anna Verdi said on Monday.\n\n"We have waited long enough for the border to reopen."'
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.speaker.code, quote.cue) == ("Moldovan President Anna Verdi", "MDAGOV", "said")


def test_quote_paragraph_after_an_attributed_sentence(quotes_of) -> None:
    text = (
        "The Egyptian foreign minister said on Tuesday that the talks had failed.\n\n"
        '"There is nothing left to discuss with them."'
    )
    indirect, direct = quotes_of(text)
    assert direct.text == "There is nothing left to discuss with them."
    assert (direct.speaker_span, direct.speaker.code, direct.cue) == (indirect.speaker_span, "EGYGOV", None)


def test_pronoun_speaker_resolved_through_document_actors(quotes_of) -> None:
    quote = only(quotes_of('Turkish President Recep Tayyip Erdogan arrived in Ankara on Friday. "We want peace," he said.'))
    assert (quote.speaker_text, quote.speaker.code) == ("he", "TURGOV")


def test_pronoun_after_a_run_of_quotes_takes_the_latest_named_speaker(quotes_of) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan spoke to reporters in Ankara on Monday.\n\n"
        '"We will not back down," Erdogan said.\n\n'
        '"Our position is clear. We want peace with all our neighbours."\n\n'
        '"But we will defend our borders," he added.'
    )
    quotes = quotes_of(text)
    assert [(quote.speaker_text, quote.speaker.code, quote.cue) for quote in quotes] == [
        ("Erdogan", "TURGOV", "said"),
        ("Erdogan", "TURGOV", None),
        ("he", "TURGOV", "added"),
    ]


# Indirect quotes ----------------------------------------------------------------------------


def test_indirect_speech_is_the_complement_clause(quotes_of) -> None:
    quote = only(quotes_of("The Greek foreign minister said that the envoy had been recalled."))
    assert (quote.text, quote.direct, quote.cue, quote.speaker.code) == (
        "that the envoy had been recalled", False, "said", "GRCGOV"
    )


def test_the_clause_after_the_cue_is_its_content(quotes_of) -> None:
    quote = only(quotes_of("The vote is a long way off; the mayor says she will win it."))
    assert (quote.cue, quote.text) == ("says", "she will win it")


def test_speaker_through_a_participle(quotes_of) -> None:
    quotes = quotes_of('"We are ready," Verdi said, adding that the border would reopen next week.')
    assert [(quote.text, quote.speaker_text, quote.cue) for quote in quotes] == [
        ("We are ready", "Verdi", "said"),
        ("that the border would reopen next week", "Verdi", "adding"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the Interior Ministry, three protesters were arrested.", "three protesters were arrested"),
        ("Three protesters were arrested, according to the Interior Ministry.", "Three protesters were arrested"),
    ],
)
def test_according_to(quotes_of, text: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.text, quote.direct, quote.cue, quote.speaker_text) == (content, False, "according to", "the Interior Ministry")


def test_according_to_a_speech_is_its_speakers(quotes_of) -> None:
    quote = only(quotes_of("The bridge will close in June, according to a speech the mayor delivered at the port in July."))
    assert (quote.text, quote.cue, quote.speaker_text) == ("The bridge will close in June", "according to", "the mayor")


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("As one of the engineers pointed out, the old bridge was never meant for trucks.", "pointed",
         "the old bridge was never meant for trucks", "one of the engineers"),
        ("The bridge is unsafe, as the mayor noted in May.", "noted", "The bridge is unsafe", "the mayor"),
        ("The bridge, as one of the engineers pointed out, was never meant for trucks.", "pointed",
         "The bridge was never meant for trucks", "one of the engineers"),
        ("As everyone in the valley knows, the dam is old.", "knows", "the dam is old", "everyone"),
    ],
)
def test_an_as_clause_attributes_the_clause_it_modifies(quotes_of, text: str, cue: str, content: str, speaker: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker_text) == (cue, content, speaker)
    assert quotes_of("The bridge closed in May, as expected.") == []  # nobody said so


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The workers, the manager explained at the hearing, were well paid.", "explained", "The workers were well paid",
         "the manager"),
        ("Voters like the mayor, he said.", "said", "Voters like the mayor", "he"),
    ],
)
def test_a_misparsed_parenthetical_speech_verb_attributes_its_clause(
    quotes_of, text: str, cue: str, content: str, speaker: str
) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker_text) == (cue, content, speaker)
    assert quotes_of("The plan the mayor announced was costly.") == []  # a relative clause, not an aside


def test_a_conjunct_in_the_tense_of_the_cue_is_the_speakers_next_report(quotes_of) -> None:
    quotes = quotes_of("The mayor said she would close the old bridge and warned against any delay.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("The mayor", "said", "she would close the old bridge"),
        ("The mayor", "warned", "any delay"),
    ]
    quotes = quotes_of("The mayor said the council lied about the budget and warned that the bridge would close.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("The mayor", "said", "the council lied about the budget"),
        ("The mayor", "warned", "that the bridge would close"),
    ]
    quotes = quotes_of("The senator said he did not believe the figures, arguing that the budget was a bigger problem.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("The senator", "said", "he did not believe the figures"),
        ("The senator", "arguing", "that the budget was a bigger problem"),
    ]
    quote = only(quotes_of("The mayor said the council lost the vote and moved to Dover."))
    assert quote.text == "the council lost the vote and moved to Dover"  # the clause's own conjunct


def test_a_that_clause_the_parser_hung_on_the_addressee_is_the_cues_complement(nlp: Language, base: ActorBase) -> None:
    # "She told the farmers that prices rose", parsed as if "that prices rose" described the farmers.
    words = ["She", "told", "the", "farmers", "that", "prices", "rose", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[1, 1, 3, 1, 6, 6, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "relcl", "punct"],
              pos=["PRON", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"],
              tags=["PRP", "VBD", "DT", "NNS", "IN", "NNS", "VBD", "."],
              lemmas=["she", "tell", "the", "farmer", "that", "price", "rise", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("She", "told", "that prices rose")
    # "The paper reported at the time that the editor quit", the clause hung on "time".
    words = ["The", "paper", "reported", "at", "the", "time", "that", "the", "editor", "quit", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[1, 2, 2, 2, 5, 3, 9, 8, 9, 5, 2],
              deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "advmod", "det", "nsubj", "relcl", "punct"],
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "PUNCT"],
              tags=["DT", "NN", "VBD", "IN", "DT", "NN", "WDT", "DT", "NN", "VBD", "."],
              lemmas=["the", "paper", "report", "at", "the", "time", "that", "the", "editor", "quit", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("The paper", "reported", "that the editor quit")


def test_a_complement_the_parser_hung_the_cue_on_is_the_cues_complement(quotes_of) -> None:
    quotes = quotes_of("While he admitted traffic was a big problem for the town, the mayor praised the new bridge.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("he", "admitted", "traffic was a big problem for the town"), ("the mayor", "praised", "the new bridge")]
    assert quotes_of("When she left, the crowd cheered.") == []


def test_a_clause_misread_as_adverbial_is_the_cues_complement(quotes_of) -> None:
    quote = only(quotes_of("The mayor said after the meeting she would not sign the budget."))
    assert (quote.cue, quote.text) == ("said", "after the meeting she would not sign the budget")
    # A clause of cause is no complement: what was said is the "so".
    assert only(quotes_of("The mayor said so because the council had asked her.")).text == "so"
    # After a negated cue with nothing else to say, "when" asks what was not said.
    assert only(quotes_of("The council has not said when it would vote on the budget.")).text == (
        "when it would vote on the budget")
    assert quotes_of("The mayor did not speak when the council met.") == []


def test_parenthetical_attribution(quotes_of) -> None:
    text = "The talks, the Greek foreign minister said, are over."
    quote = only(quotes_of(text))
    assert (quote.text, quote.span, quote.speaker.code) == ("The talks are over", (0, len(text) - 1), "GRCGOV")


def test_quoted_words_inside_indirect_speech_belong_to_it(quotes_of) -> None:
    quote = only(quotes_of('The Greek foreign minister said the plan was "dead on arrival."'))
    assert (quote.text, quote.direct) == ('the plan was "dead on arrival."', False)


def test_only_the_outermost_report(quotes_of) -> None:
    quote = only(quotes_of("The Greek foreign minister said the opposition claimed that the vote was rigged."))
    assert quote.text == "the opposition claimed that the vote was rigged"


def test_a_relative_with_s_for_has_is_its_antecedents(quotes_of) -> None:
    quotes = quotes_of("The plan drew fire, with the mayor — who’s called for a new bridge — criticizing its cost.")
    assert [(quote.speaker_text, quote.cue) for quote in quotes] == [("the mayor", "called"), ("the mayor", "criticizing")]


def test_a_relative_clause_on_a_name_is_not_the_outer_speakers_words(quotes_of) -> None:
    quotes = quotes_of("The mayor praised Anna Verdi, who says the bridge will reopen in June.")
    assert [(quote.speaker_text, quote.cue) for quote in quotes] == [("The mayor", "praised"), ("Anna Verdi", "says")]


def test_speech_verbs_inside_a_quote_are_the_speakers_words(quotes_of) -> None:
    quote = only(quotes_of('"I told them that we would never sign," Verdi said.'))
    assert (quote.text, quote.cue) == ("I told them that we would never sign", "said")


def test_a_report_without_a_speaker_is_not_a_quote(quotes_of) -> None:
    assert quotes_of("It goes without saying that the talks were difficult.") == []


@pytest.mark.parametrize(
    "text", ["Those close to the mayor say that she will resign.", "Those who know the mayor say she will resign."]
)
def test_a_demonstrative_with_a_modifier_names_speakers(quotes_of, text: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.cue) == ("Those", "say")


def test_speaker_labels_in_transcripts(quotes_of) -> None:
    quotes = quotes_of(
        "Chris Wallace interviewed President Anna Verdi.\n\n"
        "WALLACE: Let us start with the news from the border.\n\n"
        "VERDI: The border will reopen next week.\n\n"
        "Update: The interview was shortened."
    )
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("WALLACE", ":", "Let us start with the news from the border"),
        ("VERDI", ":", "The border will reopen next week"),
    ]


def test_speaker_labels_after_a_quote_mark_open_turns_not_quotes(quotes_of) -> None:
    quotes = quotes_of(
        "Lena Harris interviewed Governor Anna Verdi. Partial transcript as follows:\n\n"
        '"HARRIS: Will the bridge reopen, Governor Verdi?\n\n'
        '"VERDI: Next week. We said so on “Sunday Today.” And we meant it.\n\n'
        '"(CROSSTALK)\n\n'
        '"HARRIS: Thank you, Governor.'
    )
    assert [(quote.speaker_text, quote.cue, quote.direct) for quote in quotes] == [
        ("HARRIS", ":", False), ("VERDI", ":", False), ("HARRIS", ":", False),
    ]


def test_a_label_named_once_names_its_speaker_in_every_turn(quotes_of) -> None:
    quotes = quotes_of(
        "KELLY: Good morning, and welcome to the show. Will the bridge reopen, Governor Verdi?\n\n"
        "VERDI: Next week, I hope.\n\n"
        "KELLY: Thank you."  # the entity recogniser misses this KELLY
    )
    assert [quote.speaker_text for quote in quotes] == ["KELLY", "VERDI", "KELLY"]


def test_a_turn_goes_on_over_paragraphs_that_open_with_a_quote_mark(quotes_of) -> None:
    quotes = quotes_of(
        "Lena Harris interviewed Governor Anna Verdi. Partial transcript as follows:\n\n"
        '"HARRIS: Will the bridge reopen, Governor Verdi?\n\n'
        '"VERDI: Next week. The engineers have finished their work on the piers.\n\n'
        '"And the ferry will keep running until then.\n\n'
        '"HARRIS: Thank you, Governor.'
    )
    assert [(quote.speaker_text, quote.direct) for quote in quotes] == [
        ("HARRIS", False), ("VERDI", False), ("HARRIS", False),
    ]
    assert quotes[1].text.endswith("And the ferry will keep running until then")


def test_editorial_notes_are_not_speaker_labels(quotes_of) -> None:
    assert quotes_of("The talks went on.\n\nCorrection: A previous version of this story misspelled Anna Verdi.") == []


@pytest.mark.parametrize("note", [
    "Editor's note: The mayor, who has vowed to sell the ferry, owns shares in a rival bus company.",
    "CLARIFICATION: This story has been updated to reflect that the council plans to buy a new ferry.",
    "Correction: This story first said the mayor wants to sell the ferry.",
])
def test_an_editors_note_reports_nothing(quotes_of, note: str) -> None:
    # The publication speaking about its article, not reporting what anyone said.
    assert quotes_of(f"The ferry stopped running on Monday.\n\n{note}") == []


def test_a_label_may_give_the_speakers_topic_after_the_name(quotes_of) -> None:
    quote = only(quotes_of("Mayor Verdi on Ferry Fares: The Prices Are 'Outrageous.'\nThe mayor spoke on Monday."))
    assert (quote.speaker_text, quote.cue, quote.text) == ("Mayor Verdi", ":", "The Prices Are 'Outrageous.'")


def test_a_finding_label_opens_a_headline_of_its_findings(quotes_of) -> None:
    quote = only(quotes_of("Poll: Smith leads the governor's race in Ohio\n\nThe race is close."))
    assert (quote.speaker_text, quote.cue, quote.text) == ("Poll", ":", "Smith leads the governor's race in Ohio")


# Cue verbs, adjectives and nouns (quotes/data/cue_*.tsv) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor wants to close the old bridge.", "wants", "to close the old bridge"),
        ("The mayor hopes to reopen the bridge by June.", "hopes", "to reopen the bridge by June"),
        ("The coach encouraged the players to vote.", "encouraged", "to vote"),
        ("The senator criticized the new budget on Tuesday.", "criticized", "the new budget"),
        ("The governor repeated the claim at a rally in Dover.", "repeated", "the claim"),
        ("The minister called the plan a disaster.", "called", "the plan a disaster"),
        ("The union called for a general strike.", "called", "a general strike"),
        ("The finance minister spoke about the economy in Riga.", "spoke", "the economy"),
        ("The ruling party praised the court for its decision.", "praised", "the court its decision"),
        ("The senator likened the deal to a trap.", "likened", "the deal a trap"),
        ("The newspaper castigated the governor for the delay.", "castigated", "the governor the delay"),
        ("The minister regretted that the talks had failed.", "regretted", "that the talks had failed"),
        ("The mayor portrayed himself as a reformer.", "portrayed", "himself as a reformer"),
        ("The senator attacked the mayor for the delay.", "attacked", "the mayor for the delay"),
        ("The union blasted the budget as a giveaway.", "blasted", "the budget as a giveaway"),
        ("Many farmers saw the tariff as a betrayal.", "saw", "the tariff as a betrayal"),
        ("The witnesses described the chaos at the border crossing.", "described", "the chaos at the border crossing"),
        ("The union bemoaned the new rules for night shifts.", "bemoaned", "the new rules for night shifts"),
        ("Several senators bristled at the proposal.", "bristled", "the proposal"),
        ("The coach exhorted the fans to stay calm.", "exhorted", "to stay calm"),
        ("The senator voted against the new budget.", "voted", "the new budget"),
        ("Many farmers despise the new tariff.", "despise", "the new tariff"),
        ("The fact checkers rated the claim as false.", "rated", "the claim as false"),
        ("The mayor retweeted a photo of the flooded pier.", "retweeted", "a photo of the flooded pier"),  # "retweete"
        ("The newspaper detailed the spending of the foundation.", "detailed", "the spending of the foundation"),
        ("The farmers learned that the dam would not be built.", "learned", "that the dam would not be built"),
        ("Most residents heard that the mill will close.", "heard", "that the mill will close"),
        ("The envoy persuaded the rebels to lay down their arms.", "persuaded", "to lay down their arms"),
        ("The governor approves of the new tariff.", "approves", "the new tariff"),
        ("The farmers like to meet the minister.", "like", "to meet the minister"),
        ("The ministry clarified its guidance on masks.", "clarified", "its guidance on masks"),
        ("Some senators contemplated a boycott of the vote.", "contemplated", "a boycott of the vote"),
        ("The coach thanked the fans for their patience.", "thanked", "the fans for their patience"),
        ("The minister assured reporters that the bridge was safe.", "assured", "that the bridge was safe"),
        ("The senator disavowed the old slogan.", "disavowed", "the old slogan"),
        ("The farmers remembered that the dam had failed once.", "remembered", "that the dam had failed once"),
        ("Many farmers wonder about the new dam.", "wonder", "the new dam"),
        ("The senator pressed the minister on the budget.", "pressed", "the budget"),
        ("Most voters know about the scandal.", "know", "the scandal"),
        ("Many farmers feel strongly about the tariff.", "feel", "the tariff"),
        ("The senator agreed with the governor.", "agreed", "the governor"),
        ("The dock workers agreed to a new contract with the port.", "agreed", "a new contract with the port"),
        ("Many voters believe in the new plan.", "believe", "the new plan"),
        ("The minister briefed reporters on the budget.", "briefed", "the budget"),
        ("The farmers protested against the new tax.", "protested", "the new tax"),
        ("The mayor dreams of a new bridge.", "dreams", "a new bridge"),
        ("The union appealed for calm after the strike.", "appealed", "calm"),
        ("The senator sided with the farmers.", "sided", "the farmers"),
        ("The mayor cited improving the old harbor as her top priority.", "cited",
         "improving the old harbor as her top priority"),  # a gerund object the parser takes for a clause
    ],
)
def test_cue_verbs_attribute_their_complements(quotes_of, text: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.direct) == (cue, content, False)
    assert quote.speaker_text == text.split(" " + cue)[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The new toll worries the farmers.", "worries", "the farmers", "The new toll"),
        ("The ruling angered the union leaders.", "angered", "the union leaders", "The ruling"),
    ],
)
def test_the_object_of_a_verb_of_feeling_feels_it_about_the_subject(
    quotes_of, text: str, cue: str, speaker: str, content: str
) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.speaker_text, quote.text) == (cue, speaker, content)


def test_an_adjective_read_as_a_participle_is_its_subjects_view(quotes_of) -> None:
    quote = only(quotes_of("We are convinced that the bridge is safe."))
    assert (quote.cue, quote.text, quote.speaker_text) == ("convinced", "that the bridge is safe", "We")


def test_a_passive_attributes_its_subject_to_its_agent(quotes_of) -> None:
    quote = only(quotes_of("The new budget was criticized by the mayor on Tuesday."))
    assert (quote.cue, quote.text, quote.speaker_text) == ("criticized", "The new budget", "the mayor")
    assert quotes_of("The bridge was closed by the police.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [("The veto is expected to fail.", "expected", "to fail"), ("The mayor was accused of fraud.", "accused", "The mayor fraud")],
)
def test_an_agentless_passive_is_a_quote_without_a_speaker(quotes_of, text: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker, quote.speaker_text) == (cue, content, None, None)


def test_a_participle_after_with_is_an_agentless_passive(quotes_of) -> None:
    text = "The mayor will tour the region next week, with both the governor and her deputy expected to join him."
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker_text) == ("expected", "to join him", None)
    # "with what X called" is X's wording.
    quote = only(quotes_of('The senator met the bankers, with what critics called "a cosy chat" lasting an hour.'))
    assert (quote.cue, quote.speaker_text) == ("called", "critics")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("By now it is obvious that the bridge will not reopen.", "obvious", "that the bridge will not reopen"),
        ("Nor is it clear that the council has the money.", "clear", "that the council has the money"),
        ("It seems that the ferry is the cheaper option.", "seems", "that the ferry is the cheaper option"),
        ("The ferry seems to be the cheaper option.", "seems", "The ferry to be the cheaper option"),
        ("The talks appeared to have collapsed by Friday.", "appeared", "The talks to have collapsed by Friday"),
    ],
)
def test_seeming_after_an_impersonal_it_is_a_quote_without_a_speaker(quotes_of, text: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker, quote.speaker_text) == (cue, content, None, None)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor is sure that the bridge will reopen.", "sure", "that the bridge will reopen"),
        ("Many farmers are worried about the drought.", "worried", "the drought"),
        ("The party is determined to win the seat.", "determined", "to win the seat"),
        ("The governor was critical of the new budget.", "critical", "the new budget"),
        ("Local voters were frustrated that the vote was delayed.", "frustrated", "that the vote was delayed"),
        ("Local farmers are wary of the new dam.", "wary", "the new dam"),
        ("Local farmers are grateful for the rain.", "grateful", "the rain"),
        ("Many voters are unsure about the new tax.", "unsure", "the new tax"),
        ("Mr. Verdi is bearish on the outlook for dairy farms.", "bearish", "the outlook for dairy farms"),  # "on" hangs on "is"
    ],
)
def test_adjectives_after_to_be_attribute_their_complements(quotes_of, text: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.text, quote.speaker_text) == (cue, content, " ".join(text.split()[:2]))


def test_a_that_clause_the_parser_takes_for_a_relative_clause_completes_a_cue_noun(quotes_of) -> None:
    quotes = quotes_of("The senator pointed to a Gazette report that Anna Verdi had a stake in the ferry company.")
    quote = only([quote for quote in quotes if quote.cue == "report"])
    assert (quote.speaker_text, quote.text) == ("Gazette", "that Anna Verdi had a stake in the ferry company")


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The mayor's claim that the bridge was safe angered residents.", "claim", "that the bridge was safe", "The mayor's"),
        ("A Times report that the senator had resigned was wrong.", "report", "that the senator had resigned", "Times"),
        ("Her plan to close the bridge failed.", "plan", "to close the bridge", "Her"),
        ("The council expressed concern about the drought.", "concern", "the drought", "The council"),
        ("The mayor's view is that the bridge is safe.", "view", "that the bridge is safe", "The mayor's"),
        ("In the mayor's view, the bridge is safe.", "In", "the bridge is safe", "the mayor's"),
        ("The bridge, in her view, is safe.", "in", "The bridge is safe", "her"),
        ("The old pier is safe, in her view.", "in", "The old pier is safe", "her"),  # closing its sentence
        ("By the mayor's own admission, the old bridge was never inspected.", "By",
         "the old bridge was never inspected", "the mayor's"),
        ("In his eyes, the old pier is a landmark.", "In", "the old pier is a landmark", "his"),
        ("By her own account, the talks went well.", "By", "the talks went well", "her"),
        ("His account of the meeting differs from hers.", "account", "the meeting", "His"),
        ("The council has serious reservations about the bridge.", "reservations", "the bridge", "The council"),
        ("The council expressed outrage over the closure.", "outrage", "the closure", "The council"),
        ("The mayor's theory of the flood convinced nobody.", "theory", "the flood", "The mayor's"),
        ("The governor's position on the tariff is unchanged.", "position", "the tariff", "The governor's"),
        ("The mayor's bet is that the voters will forgive her.", "bet", "that the voters will forgive her", "The mayor's"),
        ("The senator's answer to the question was vague.", "answer", "the question", "The senator's"),
        ("The minister has a keen interest in farm policy.", "interest", "farm policy", "The minister"),
        ("The mayor's confession that the bridge was unsafe surprised nobody.", "confession",
         "that the bridge was unsafe", "The mayor's"),
        ("The farmers unveiled a plan to rebuild the old dam.", "plan", "to rebuild the old dam", "The farmers"),
        ("The council embraced the idea of a car-free centre.", "idea", "a car-free centre", "The council"),
        # a pronoun owner is the subject presenting or holding it
        ("The mayor laid out her plan to rebuild the pier.", "plan", "to rebuild the pier", "The mayor"),
        ("The governor is promoting his proposals for cheaper ferries.", "proposals", "cheaper ferries", "The governor"),
        ("The mayor has their support for the new pier.", "support", "the new pier", "their"),  # theirs, not hers
        ("The senator made the case for a new bridge.", "case", "a new bridge", "The senator"),  # "for" on "made"
        ("The two mayors signed an agreement to share the ferry.", "agreement", "to share the ferry", "The two mayors"),
        ("The mayor offered no proof that the bridge was unsafe.", "proof", "that the bridge was unsafe", "The mayor"),
        ("The mayor left the meeting with the hope that the strike would end soon.", "hope",
         "that the strike would end soon", "The mayor"),
        # an infinitive the parser hangs on the verb past a phrase of time
        ("The mayor announced plans this week to build a new bridge over the river.", "plans",
         "to build a new bridge", "The mayor"),
        ("The council unveiled a proposal on Monday to close the old harbor.", "proposal", "to close the old harbor",
         "The council"),
    ],
)
def test_nouns_attribute_their_complements_to_whom_they_name(
    quotes_of, text: str, cue: str, content: str, speaker: str
) -> None:
    quote = only(quotes_of(text))
    assert (quote.cue, quote.speaker_text) == (cue, speaker)
    assert quote.text.startswith(content)


def test_what_the_object_is_called_parsed_as_an_adverbial_noun_phrase_counts(quotes_of) -> None:
    quote = only(quotes_of("The mayor has called the closure of the pier a disgrace to the city."))
    assert (quote.speaker_text, quote.cue, quote.text) == (
        "The mayor", "called", "the closure of the pier a disgrace to the city")


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the bridge was safe was false.",  # nobody named
        "The council's plan approved in May failed.",  # a participle, not what the plan says
        "The mayor changed nothing in his views.",  # no view is stated
        "The mayor has a good eye for talent.",  # an eye for something is no view of it
        "The bridge is ready to open.",  # said of things as often as of people
        "The mayor has the support of the council.",  # the council's support
        "The minister called the ambassador on Monday.",  # a phone call, and a time is no content
        "The minister called the ambassador last week.",  # a time parsed as an adverbial noun phrase
        "Rebels attacked the town and the army offered help.",  # material acts
        "Rebels attacked the town for two hours.",  # no fault found, and a time
        "The council saw the new bridge on Monday.",
        "The embassy did not respond to several requests for an interview.",
        "Chile recalled its ambassador from Peru.",  # a diplomatic recall, not a memory
        "The town never got what the mayor promised.",  # "what" gives no content
        "It was the deal that the union complained about.",  # nor does a relative pronoun
        "If you think the race is close, look at the polls.",  # the reader in general
        "Let's say the budget passes next year.",  # a supposition
        "The water in the bay is clear.",  # seeming and being evident count only after an impersonal "it"
        "The ferry seems slow to the commuters.",
        "The farmers were angered by the ruling.",  # feeling verbs count in the active voice only
        "It angered them.",  # an object pronoun names nobody
        "Fees that seem to rise every year anger the drivers.",  # a relative pronoun is no phrase of its own
        "It is not clear whether the ferry will run.",  # not known, not held true
        "As she put it on the shelf, the plate broke.",  # putting it somewhere
        "The mayor spoke so quietly that nobody heard.",  # "so" of degree
        "The court heard the case for two days.",  # a court's case, and a time
        "Many farmers took part in the survey.",  # the survey finds nothing here
    ],
)
def test_cue_words_without_an_attribution(quotes_of, text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council issued a statement condemning the missile test.", "The council"),
        ("The mayor posted a series of tweets criticizing the police chief.", "The mayor"),
        ("The lawyers filed papers opposing the merger.", "The lawyers"),
        ("The mayor spoke at a news conference announcing that the bridge would close.", "The mayor"),
    ],
)
def test_a_document_speaks_for_its_author(quotes_of, text: str, speaker: str) -> None:
    assert only(quotes_of(text)).speaker_text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The union sent a letter to the governor.", "The union", "sent", "a letter"),
        ("The senator wrote a memoir about her years in office.", "The senator", "wrote", "a memoir about her years in office"),
        # The document's own words report it, also when the parser hangs them on the verb.
        ("The council issued a statement on Monday condemning the missile test.", "The council", "condemning",
         "the missile test"),
    ],
)
def test_a_document_put_out_is_its_senders_words(quotes_of, text: str, speaker: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.cue, quote.text) == (speaker, cue, content)


def test_issuing_what_is_no_document_attributes_nothing(quotes_of) -> None:
    assert quotes_of("The army sent troops to the border.") == []


def test_a_reportive_adverb_attributes_its_clause_to_nobody_in_particular(quotes_of) -> None:
    quote = only(quotes_of("The mayor allegedly took bribes from the builders."))
    assert (quote.cue, quote.text, quote.speaker) == ("allegedly", "The mayor took bribes from the builders", None)
    quote = only(quotes_of("The mayor reportedly said that the bridge would close."))  # the cue's own report
    assert (quote.cue, quote.speaker_text) == ("said", "The mayor")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As the mayor put it, the bridge is a disgrace.", "the bridge is a disgrace"),
        ("The bridge is a disgrace, as the mayor put it in a radio interview.", "The bridge is a disgrace"),
    ],
)
def test_as_someone_put_it_is_their_wording_of_the_clause(quotes_of, text: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.cue, quote.text) == ("the mayor", "put", content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [("The mayor said as much on the radio.", "said", "as much"), ("The mayor doesn't think so.", "think", "so")],
)
def test_so_and_as_much_stand_for_what_is_said(quotes_of, text: str, cue: str, content: str) -> None:
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.cue, quote.text) == ("The mayor", cue, content)


def test_a_poll_fronting_a_clause_gives_it_as_its_finding(quotes_of) -> None:
    quote = only(quotes_of("In the latest poll, Verdi leads the mayor by four points."))
    assert (quote.speaker_text, quote.cue, quote.text) == ("the latest poll", "In", "Verdi leads the mayor by four points")
    # The speakers of a survey say it themselves.
    assert only(quotes_of("In a survey, most farmers said the dam was useful.")).speaker_text == "most farmers"
    # A statement's author, else the clause's subject, says the clause it fronts.
    quote = only(quotes_of("In a statement on Monday, the council was upbeat about the talks."))
    assert (quote.speaker_text, quote.cue, quote.text) == ("the council", "In", "the council was upbeat about the talks")


def test_a_colon_closing_its_paragraph_introduces_the_next_one_as_a_block_quote(quotes_of) -> None:
    text = "The mayor spoke to the council on Monday. She added:\n\nThe bridge will not reopen this year.\n\nIt rained."
    quote = only(quotes_of(text))
    assert (quote.speaker_text, quote.cue, quote.text, quote.direct) == (
        "She", "added", "The bridge will not reopen this year", False)
    assert quotes_of("The mayor listed the costs:\n\nSteel, labour and paint.") == []  # no speech verb


def test_seeming_to_hold_a_view_is_the_subjects_view(quotes_of) -> None:
    quote = only(quotes_of("The mayor seems to believe that the bridge is safe."))
    assert (quote.cue, quote.speaker_text, quote.text) == ("believe", "The mayor", "that the bridge is safe")


def test_an_asked_participle_is_not_the_subjects_words(quotes_of) -> None:
    quotes = quotes_of("Asked about the deal, the minister said it was flawed.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        (None, "Asked", "the deal"),  # a question from nobody in particular
        ("the minister", "said", "it was flawed"),
    ]


def test_a_punctuation_subject_names_no_speaker(nlp: Language) -> None:
    words = ["—", "said", "it", "rained"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"],
              pos=["PUNCT", "VERB", "PRON", "VERB"])
    assert speaker_head(doc[1]) is None


def test_a_concessive_report_after_a_comma_is_a_report_of_its_own(quotes_of) -> None:
    quotes = quotes_of("Verdi said the new bridge would cut traffic, though she noted the work was late.")
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("Verdi", "said", "the new bridge would cut traffic"), ("she", "noted", "the work was late")]


def test_a_report_in_a_clause_of_time_after_a_comma_is_a_report_of_its_own(quotes_of) -> None:
    quotes = quotes_of("The senator said the ferry company must pay a fine, after the manager conceded the boats "
                       "were unsafe.")
    assert [(quote.speaker_text, quote.cue) for quote in quotes] == [
        ("The senator", "said"), ("the manager", "conceded")]


def test_a_relative_clause_reporting_on_the_content_is_a_report_of_its_own(quotes_of) -> None:
    quotes = quotes_of("The senator criticized the new contracts, which she said were rigged from the start.")
    assert [(quote.speaker_text, quote.cue) for quote in quotes] == [("The senator", "criticized"), ("she", "said")]
    assert quotes[1].text.endswith("were rigged from the start")
    # Without a relative pronoun the clause is part of the phrase it describes, not an aside.
    assert [quote.cue for quote in quotes_of("The senator praised the ferry the mayor said would cut traffic.")] == [
        "praised"]


def test_a_relative_clause_on_names_joined_by_and_speaks_for_all_of_them(quotes_of) -> None:
    quote = only(quotes_of("The plan was backed by Verdi and Nokra, who said it would save money."))
    assert (quote.speaker_text, quote.text) == ("Verdi and Nokra", "it would save money")


def test_a_punctuation_subject_beside_a_name_leaves_the_name_speaking(nlp: Language) -> None:
    words = ["—", "Verdi", "boasted", "it"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2], deps=["nsubj", "nsubj", "ROOT", "dobj"],
              pos=["PUNCT", "PROPN", "VERB", "PRON"])
    assert speaker_head(doc[2]).text == "Verdi"


def test_a_heading_taken_for_a_second_subject_leaves_the_name_next_to_the_verb_speaking(nlp: Language) -> None:
    # "THE HARVEST Verdi said it rained": a section heading run into the sentence.
    words = ["THE", "HARVEST", "Verdi", "said", "it", "rained"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 3, 3, 3, 5, 3], deps=["det", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp"],
              pos=["DET", "NOUN", "PROPN", "VERB", "PRON", "VERB"], tags=["DT", "NN", "NNP", "VBD", "PRP", "VBD"])
    assert speaker_head(doc[3]).text == "Verdi"


def test_a_phrase_taken_for_a_second_subject_before_a_comma_is_what_was_said(nlp: Language, base: ActorBase) -> None:
    # "Farmers like Verdi, she said.", the phrase parsed as a subject of "said" beside "she".
    words = ["Farmers", "like", "Verdi", ",", "she", "said", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[5, 0, 1, 5, 5, 5, 5],
              deps=["nsubj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
              pos=["NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
              tags=["NNS", "IN", "NNP", ",", "PRP", "VBD", "."],
              lemmas=["farmer", "like", "Verdi", ",", "she", "say", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("she", "said", "Farmers like Verdi")


def test_according_to_a_phrase_misread_as_a_verb_names_its_noun(nlp: Language, base: ActorBase) -> None:
    # "Prices rose, according to dock workers.", with "dock" read as a verb and "workers" its object.
    words = ["Prices", "rose", ",", "according", "to", "dock", "workers", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[1, 1, 1, 1, 3, 4, 5, 1],
              deps=["nsubj", "ROOT", "punct", "prep", "prep", "pcomp", "dobj", "punct"],
              pos=["NOUN", "VERB", "PUNCT", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", ",", "VBG", "IN", "VB", "NNS", "."],
              lemmas=["price", "rise", ",", "accord", "to", "dock", "worker", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("workers", "according to", "Prices rose")


def test_a_participle_whose_frame_names_nobody_speaks_for_the_sentences_subject(nlp: Language, base: ActorBase) -> None:
    # 'The mayor smiled: "Fine by me, really" -- and, after the meeting, insisting, "We will build it."', with
    # "insisting" hung on a word of the first quote and only "the meeting" named in front of the second.
    words = ["The", "mayor", "smiled", ":", '"', "Fine", "by", "me", ",", "really", '"', "--", "and", ",", "after",
             "the", "meeting", ",", "insisting", ",", '"', "We", "will", "build", "it", ".", '"']
    spaces = [True, True, False, True, False, True, True, False, True, False, True, True, False, True, True,
              True, False, True, False, True, False, True, True, True, False, False, False]
    heads = [1, 2, 2, 2, 5, 2, 5, 6, 5, 5, 5, 5, 5, 18, 18, 16, 14, 18, 5, 18, 23, 23, 23, 18, 23, 23, 23]
    deps = ["det", "nsubj", "ROOT", "punct", "punct", "ccomp", "prep", "pobj", "punct", "advmod", "punct", "punct",
            "cc", "punct", "prep", "det", "pobj", "punct", "conj", "punct", "punct", "nsubj", "aux", "ccomp", "dobj",
            "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "PUNCT", "ADJ", "ADP", "PRON", "PUNCT", "ADV", "PUNCT", "PUNCT", "CCONJ",
           "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT",
           "PUNCT"]
    tags = ["DT", "NN", "VBD", ":", "``", "JJ", "IN", "PRP", ",", "RB", "''", ":", "CC", ",", "IN", "DT", "NN", ",",
            "VBG", ",", "``", "PRP", "MD", "VB", "PRP", ".", "''"]
    lemmas = [word.lower() for word in words]
    lemmas[2], lemmas[18] = "smile", "insist"
    quotes = quotes_of_parse(nlp, base, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
                             lemmas=lemmas)
    quote = only([quote for quote in quotes if quote.cue == "insisting"])
    assert (quote.speaker_text, quote.text) == ("The mayor", "We will build it.")


def test_a_next_report_continues_a_cue_misread_as_a_participle(nlp: Language, base: ActorBase) -> None:
    # "Verdi tweeted that the ferry was unsafe and urged riders to stay home.", with "tweeted" tagged as a
    # participle and its clause taken for an adverbial one ("that" as an adverb).
    words = ["Verdi", "tweeted", "that", "the", "ferry", "was", "unsafe", "and", "urged", "riders", "to", "stay",
             "home", "."]
    quotes = quotes_of_parse(nlp, base, words=words, heads=[1, 1, 5, 4, 5, 1, 5, 5, 5, 8, 11, 8, 11, 1],
              deps=["nsubj", "ROOT", "advmod", "det", "nsubj", "advcl", "acomp", "cc", "conj", "dobj", "aux", "xcomp",
                    "advmod", "punct"],
              pos=["PROPN", "VERB", "PRON", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "NOUN", "PART", "VERB", "ADV",
                   "PUNCT"],
              tags=["NNP", "VBN", "WDT", "DT", "NN", "VBD", "JJ", "CC", "VBD", "NNS", "TO", "VB", "RB", "."],
              lemmas=["Verdi", "tweet", "that", "the", "ferry", "be", "unsafe", "and", "urge", "rider", "to", "stay",
                      "home", "."])
    assert [(quote.speaker_text, quote.cue, quote.text) for quote in quotes] == [
        ("Verdi", "tweeted", "that the ferry was unsafe"), ("Verdi", "urged", "to stay home")]


def test_a_cue_verb_misread_as_a_noun_with_a_clause_is_a_verb(nlp: Language, base: ActorBase) -> None:
    # "The dam is safe, the town's engineer maintains.", with "maintains" read as a plural noun.
    words = ["The", "dam", "is", "safe", ",", "the", "town", "'s", "engineer", "maintains", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[1, 2, 9, 2, 9, 6, 9, 6, 9, 9, 9],
              deps=["det", "nsubj", "ccomp", "acomp", "punct", "det", "poss", "case", "compound", "ROOT", "punct"],
              pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "PART", "NOUN", "NOUN", "PUNCT"],
              tags=["DT", "NN", "VBZ", "JJ", ",", "DT", "NN", "POS", "NN", "NNS", "."],
              lemmas=["the", "dam", "be", "safe", ",", "the", "town", "'s", "engineer", "maintain", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("engineer", "maintains", "The dam is safe")


def test_a_cue_verb_in_s_misread_as_a_plural_noun_heading_its_sentence_is_a_verb(nlp: Language, base: ActorBase) -> None:
    # "The harbor board plans to sell the old ferries.", with "plans" read as a plural noun.
    words = ["The", "harbor", "board", "plans", "to", "sell", "the", "old", "ferries", "."]
    quote = only(quotes_of_parse(nlp, base, words=words, heads=[2, 2, 3, 3, 5, 3, 8, 8, 5, 3],
              deps=["det", "compound", "compound", "ROOT", "aux", "xcomp", "det", "amod", "dobj", "punct"],
              pos=["DET", "NOUN", "NOUN", "NOUN", "PART", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
              tags=["DT", "NN", "NN", "NNS", "TO", "VB", "DT", "JJ", "NNS", "."],
              lemmas=["the", "harbor", "board", "plan", "to", "sell", "the", "old", "ferry", "."]))
    assert (quote.speaker_text, quote.cue, quote.text) == ("The harbor board", "plans", "to sell the old ferries")
    # A heading that names nobody before the noun is no report.
    assert quotes_of_parse(nlp, base, words=words[3:], heads=[0, 2, 0, 5, 5, 2, 0],
                           deps=["ROOT", "aux", "xcomp", "det", "amod", "dobj", "punct"],
                           pos=["NOUN", "PART", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                           tags=["NNS", "TO", "VB", "DT", "JJ", "NNS", "."],
                           lemmas=["plan", "to", "sell", "the", "old", "ferry", "."]) == []


def test_a_participle_after_a_speech_verb_and_a_comma_is_that_speakers(nlp: Language, base: ActorBase) -> None:
    # '"The pier is safe," Verdi said, going on to say that the ferry lied, and the voters agree.', with
    # "going" hung on "agree".
    words = ['"', "The", "pier", "is", "safe", ",", '"', "Verdi", "said", ",", "going", "on", "to", "say", "that",
             "the", "ferry", "lied", ",", "and", "the", "voters", "agree", "."]
    quotes = quotes_of_parse(
        nlp, base, words=words,
        spaces=[False, True, True, True, False, False, True, True, False, True, True, True, True, True, True, True,
                True, False, True, True, True, True, False, False],
        heads=[3, 2, 3, 8, 3, 3, 3, 8, 22, 8, 22, 10, 13, 10, 17, 16, 17, 13, 22, 22, 21, 22, 22, 22],
        deps=["punct", "det", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "parataxis", "punct", "advcl",
              "prt", "aux", "xcomp", "mark", "det", "nsubj", "ccomp", "punct", "cc", "det", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "ADP", "PART",
             "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["``", "DT", "NN", "VBZ", "JJ", ",", "''", "NNP", "VBD", ",", "VBG", "RP", "TO", "VB", "IN", "DT", "NN",
              "VBD", ",", "CC", "DT", "NNS", "VBP", "."],
        lemmas=['"', "the", "pier", "be", "safe", ",", '"', "Verdi", "say", ",", "go", "on", "to", "say", "that",
                "the", "ferry", "lie", ",", "and", "the", "voter", "agree", "."])
    reported = next(quote for quote in quotes if quote.cue == "say")
    assert (reported.speaker_text, reported.text) == ("Verdi", "that the ferry lied")


def test_a_relative_pronoun_taken_for_a_second_subject_leaves_the_name_speaking(nlp: Language) -> None:
    # "reasons that Verdi refuses to sell": the parser may take both "that" and "Verdi" for subjects.
    words = ["reasons", "that", "Verdi", "refuses", "to", "sell"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 3, 3, 0, 5, 3], deps=["ROOT", "nsubj", "nsubj", "relcl", "aux", "xcomp"],
              pos=["NOUN", "PRON", "PROPN", "VERB", "PART", "VERB"], tags=["NNS", "WDT", "NNP", "VBZ", "TO", "VB"])
    assert speaker_head(doc[3]).text == "Verdi"


@pytest.mark.parametrize(
    ("name", "words"),
    [("cue_verbs.tsv", CUE_VERBS), ("cue_adjectives.tsv", CUE_ADJECTIVES), ("cue_nouns.tsv", CUE_NOUNS),
     ("cue_adverbs.tsv", CUE_ADVERBS)],
)
def test_cue_word_files_are_consistent(name: str, words: dict) -> None:
    text = files("newsevents.quotes").joinpath(f"data/{name}").read_text("utf-8")
    assert parse_cue_words(text, name) == words
    for word in words.values():
        assert word.word_class in CLASSES and word.complements <= COMPLEMENTS


def test_speech_and_cognition_verbs_cue_direct_quotes() -> None:
    assert SPEECH_VERBS >= {"say", "tell", "believe", "think", "report"}
    assert not SPEECH_VERBS & {"want", "criticize", "know"}


@pytest.mark.parametrize(
    "line",
    ["say\tspeech\tclause\nsay\tspeech\tobject", "Say\tspeech\tclause", "say\tgossip\tclause", "say\tspeech\tadverb", "say\tspeech"],
)
def test_cue_word_file_errors_name_the_line(line: str) -> None:
    with pytest.raises(ValueError, match=r"cues.tsv:\d"):
        parse_cue_words("lemma\tclass\tcomplements\n" + line, "cues.tsv")


# Not quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "peace plan" was signed in Geneva.',
        'Protesters gathered outside the "temporary" embassy on Friday.',
        'The minister appeared on "Face the Nation" on Sunday.',
        'Her book "A Long Road Home" sold well in Chisinau.',
    ],
)
def test_scare_quotes_and_titles_are_skipped(quotes_of, text: str) -> None:
    assert quotes_of(text) == []


def test_a_title_does_not_take_the_cue_of_the_report(quotes_of) -> None:
    quote = only(quotes_of('In an interview with "Face the Nation," the minister said that the talks had failed.'))
    assert (quote.text, quote.direct) == ("that the talks had failed", False)


def test_what_someone_called_it_is_the_object_of_the_outer_cue(quotes_of) -> None:
    quote = only(quotes_of('The mayor condemned what she called a "reckless gamble" by the council.'))
    assert (quote.cue, quote.speaker_text, quote.text) == ("condemned", "The mayor", 'what she called a "reckless gamble" by the council')


def test_a_naming_verb_attributes_what_it_calls_and_the_wording(quotes_of) -> None:
    quote = only(quotes_of("The opposition leader called the election \"a theft of the people's voice.\""))
    assert (quote.text, quote.direct, quote.cue, quote.speaker_text) == (
        'the election "a theft of the people\'s voice."', False, "called", "The opposition leader"
    )


# Spans and records -------------------------------------------------------------------------------


TEXT = (
    "Moldovan President Anna Verdi visited the border on Monday.\n\n"
    '"The crossing will reopen," Verdi told reporters. "Our farmers have waited long enough."\n\n'
    "The Egyptian foreign minister said the talks had failed, according to the state news agency.\n\n"
    "“There is nothing left to discuss,” he added."
)


def test_spans_index_into_the_document_text(quotes_of) -> None:
    quotes = quotes_of(TEXT)
    assert len(quotes) == 3
    for quote in quotes:
        pieces = quote.text.split(" ")
        covered = TEXT[quote.span[0] : quote.span[1]]
        assert covered.startswith(pieces[0]) and covered.endswith(pieces[-1])
        assert TEXT[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker_text
        assert TEXT[quote.speaker.span[0] : quote.speaker.span[1]] == quote.speaker.text
    single = [quote for quote in quotes if TEXT[quote.span[0] : quote.span[1]] == quote.text]
    assert len(single) == 2  # the quote split around "Verdi told reporters" joins its pieces


def test_offset_and_sentence_index_place_a_piece_in_its_document(nlp: Language, base: ActorBase) -> None:
    doc = nlp(TEXT)
    actors = DocumentActors(doc, base, DATE)
    plain = find_quotes(doc, actors, "doc-1")
    shifted = find_quotes(doc, actors, "doc-1", offset=1000, first_sentence_index=40)
    for before, after in zip(plain, shifted, strict=True):
        assert after.span == (before.span[0] + 1000, before.span[1] + 1000)
        assert after.speaker_span == (before.speaker_span[0] + 1000, before.speaker_span[1] + 1000)
        assert after.speaker.span == (before.speaker.span[0] + 1000, before.speaker.span[1] + 1000)
        assert after.sentence_index == before.sentence_index + 40
    # Sentences as the coding pipeline splits them (a line break ends one; the parser sets
    # the closing quote of paragraph two apart), so indexes agree with events' sentence_index.
    assert [quote.sentence_index for quote in plain] == [1, 4, 5]


def test_to_dict_is_json_ready(quotes_of) -> None:
    record = quotes_of(TEXT)[0].to_dict()
    assert json.loads(json.dumps(record)) == record
    assert record["doc_id"] == "doc-1"
    assert record["speaker"]["code"] == "MDAGOV"
    assert record["span"] == [62, 148]


def test_empty_document(quotes_of) -> None:
    assert quotes_of("") == []


def test_a_named_speaker_the_actor_data_lacks_speaks_unplaced(quotes_of) -> None:
    quote = only(quotes_of("The Zorblatt Heritage Federation said it doubted the safety figures."))
    assert quote.speaker is not None and quote.speaker.code == "---"
    assert "Zorblatt Heritage Federation" in quote.speaker.text


def test_cue_words_are_found_only_among_the_parts_of_speech_the_report_search_reads(nlp: Language) -> None:
    # The search for indirect quotes passes over every other word without asking `cue_entry`.
    doc = nlp("Officials allegedly said that the mayor's claim was doubtful, and critics are convinced that it is false.")
    cues = [token for token in doc if cue_entry(token) is not None]
    assert {"said", "claim", "allegedly", "convinced"} <= {token.text for token in cues}
    assert all(token.pos_ in CUE_PARTS_OF_SPEECH for token in cues)
