"""The CAMEO code table: each code's PLOVER type and mode, Goldstein value and class.

The table is data (`data/cameo_codes.tsv`); this module loads and validates it once
per process. Look codes up with `cameo_code("042")`, or iterate `cameo_codes()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

TABLE_COLUMNS: tuple[str, ...] = ("code", "plover", "mode", "goldstein", "name")

_CODE_PATTERN = re.compile(r"\d{2,4}")

_PENTACLASS_BY_QUAD_CLASS: dict[int, str] = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code.

    `plover` and `mode` are None where PLOVER assigns none (plover is None only for
    the 01x public statements). `goldstein` is in -10..10.
    """

    code: str
    name: str
    plover: str | None
    mode: str | None
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit CAMEO root, e.g. "04" for "042"."""
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation (roots 01-05), 2 material cooperation (06-09),
        3 verbal conflict (10-14), 4 material conflict (15-20)."""
        root = int(self.root)
        if root <= 5:
            return 1
        if root <= 9:
            return 2
        if root <= 14:
            return 3
        return 4

    @property
    def pentaclass(self) -> str:
        """The quad class name, with root 01 split off as "statement"."""
        if self.root == "01":
            return "statement"
        return _PENTACLASS_BY_QUAD_CLASS[self.quad_class]


def parse_cameo_table(text: str, source: str = "<string>") -> dict[str, CameoCode]:
    """Parse a CAMEO code table in the `cameo_codes.tsv` format, keyed by code.

    Lines starting with "#" and blank lines are skipped; the first other line must be
    the header `code, plover, mode, goldstein, name` (tab-separated). Raises ValueError
    naming `source` and the line number for any malformed row or duplicate code.
    """
    codes: dict[str, CameoCode] = {}
    header_seen = False
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source}, line {line_number}"
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != TABLE_COLUMNS:
                raise ValueError(
                    f"{where}: expected the header {'<TAB>'.join(TABLE_COLUMNS)!r}, got {line!r}"
                )
            header_seen = True
            continue
        if len(fields) != len(TABLE_COLUMNS):
            raise ValueError(
                f"{where}: expected {len(TABLE_COLUMNS)} tab-separated columns, got {len(fields)}"
            )
        entry = _parse_row(fields, where)
        if entry.code in codes:
            raise ValueError(f"{where}: duplicate CAMEO code {entry.code!r}")
        codes[entry.code] = entry
    if not header_seen:
        raise ValueError(f"{source}: no header line; the table is empty")
    return codes


def _parse_row(fields: list[str], where: str) -> CameoCode:
    code, plover, mode, goldstein_text, name = (field.strip() for field in fields)
    if not _CODE_PATTERN.fullmatch(code):
        raise ValueError(f"{where}: CAMEO code {code!r} is not 2 to 4 digits")
    if not 1 <= int(code[:2]) <= 20:
        raise ValueError(f"{where}: CAMEO code {code!r} has root {code[:2]}, outside 01-20")
    if plover and plover not in PLOVER_TYPES:
        raise ValueError(
            f"{where}: {plover!r} is not a PLOVER type; "
            f"use one of {', '.join(PLOVER_TYPES)} or leave it empty"
        )
    if mode and not plover:
        raise ValueError(f"{where}: code {code} has PLOVER mode {mode!r} but no PLOVER type")
    try:
        goldstein = float(goldstein_text)
    except ValueError:
        raise ValueError(f"{where}: Goldstein value {goldstein_text!r} is not a number") from None
    if not -10.0 <= goldstein <= 10.0:
        raise ValueError(f"{where}: Goldstein value {goldstein} is outside -10..10")
    if not name:
        raise ValueError(f"{where}: code {code} has no name")
    return CameoCode(
        code=code, name=name, plover=plover or None, mode=mode or None, goldstein=goldstein
    )


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code in the packaged table, keyed by code string ("01" ... "2042").

    Loaded once per process; do not mutate the returned dict.
    """
    table = files("newsevents.events") / "data" / "cameo_codes.tsv"
    return parse_cameo_table(table.read_text(encoding="utf-8"), source=str(table))


def cameo_code(code: str) -> CameoCode:
    """The CameoCode for `code`; raises KeyError naming the code if it is not in the table."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise KeyError(
            f"unknown CAMEO code {code!r}: codes are 2 to 4 digit strings with root 01-20 "
            "(keep leading zeros, e.g. '042'), as listed in newsevents/events/data/cameo_codes.tsv"
        ) from None
