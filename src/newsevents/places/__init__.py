"""Where events happened: a gazetteer and the choice of each event's place in a document."""

from newsevents.places.gazetteer import FEATURES, Gazetteer, Place, name_key
from newsevents.places.mentions import DocumentPlaces, find_dateline_place, without_dateline

__all__ = ["FEATURES", "DocumentPlaces", "Gazetteer", "Place", "find_dateline_place", "name_key", "without_dateline"]
