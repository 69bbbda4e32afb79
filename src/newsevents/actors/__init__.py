"""Actors: the knowledge base (countries, organisations, people, sector nouns) and mention coding.

    base = ActorBase.default()
    base.lookup("Turkish foreign minister")          # ActorCode('TURGOV', 'TUR', 'GOV')
    actors = DocumentActors(doc, base, date="2023-04-07")
    actors.code_mention(doc[4])                      # ActorMention(..., code='TURGOV', ...)
"""

from newsevents.actors.knowledge import ActorBase, ActorCode
from newsevents.actors.mentions import DocumentActors, is_location_phrase

__all__ = ["ActorBase", "ActorCode", "DocumentActors", "is_location_phrase"]
