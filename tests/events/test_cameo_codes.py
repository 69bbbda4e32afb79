"""Tests for the CAMEO code table (newsevents.events.codes and data/cameo_codes.tsv)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from newsevents.events.codes import (
    PLOVER_TYPES,
    CameoCode,
    cameo_code,
    cameo_codes,
    parse_cameo_table,
)

HEADER = "code\tplover\tmode\tgoldstein\tname"


def test_every_root_is_present() -> None:
    roots = {entry.root for entry in cameo_codes().values()}
    assert roots == {f"{root:02d}" for root in range(1, 21)}
    for root in roots:
        assert root in cameo_codes(), f"root row {root} missing"


def test_every_subcode_has_its_parent() -> None:
    for code in cameo_codes():
        if len(code) > 2:
            assert code[:-1] in cameo_codes(), f"{code} has no parent row {code[:-1]}"


def test_only_statements_lack_a_plover_type() -> None:
    untyped = {code for code, entry in cameo_codes().items() if entry.plover is None}
    assert untyped == {code for code in cameo_codes() if code.startswith("01")}


def test_plover_types_are_the_sixteen_types() -> None:
    assert len(PLOVER_TYPES) == len(set(PLOVER_TYPES)) == 16
    assert {entry.plover for entry in cameo_codes().values()} - {None} == set(PLOVER_TYPES)


def test_cameo_code_lookup() -> None:
    visit = cameo_code("042")
    assert visit == cameo_codes()["042"]
    assert (visit.root, visit.plover, visit.mode) == ("04", "CONSULT", "visit")
    assert visit.goldstein == 1.9


def test_unknown_code_raises_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="'42'"):
        cameo_code("42")


@pytest.mark.parametrize(
    ("code", "quad_class"),
    [
        ("01", 1),
        ("057", 1),
        ("06", 2),
        ("0874", 2),
        ("094", 2),
        ("10", 3),
        ("1454", 3),
        ("15", 4),
        ("2042", 4),
    ],
)
def test_quad_class_boundaries(code: str, quad_class: int) -> None:
    assert cameo_code(code).quad_class == quad_class


@pytest.mark.parametrize(
    ("code", "pentaclass"),
    [
        ("010", "statement"),
        ("02", "verbal_cooperation"),
        ("057", "verbal_cooperation"),
        ("073", "material_cooperation"),
        ("112", "verbal_conflict"),
        ("190", "material_conflict"),
    ],
)
def test_pentaclass(code: str, pentaclass: str) -> None:
    assert cameo_code(code).pentaclass == pentaclass


def test_parse_skips_comments_and_blank_lines() -> None:
    text = f"# a comment\n\n{HEADER}\n# another\n042\tCONSULT\tvisit\t1.9\tpay a visit\n"
    visit = CameoCode(code="042", name="pay a visit", plover="CONSULT", mode="visit", goldstein=1.9)
    assert parse_cameo_table(text) == {"042": visit}


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("5\tCONSULT\t\t1.0\tconsult", "not 2 to 4 digits"),
        ("04a\tCONSULT\t\t1.0\tconsult", "not 2 to 4 digits"),
        ("21\tASSAULT\t\t-10.0\tout of range", "outside 01-20"),
        ("00\t\t\t0.0\tout of range", "outside 01-20"),
        ("042\tVISIT\t\t1.9\tpay a visit", "not a PLOVER type"),
        ("042\t\tvisit\t1.9\tpay a visit", "no PLOVER type"),
        ("042\tCONSULT\tvisit\tlots\tpay a visit", "not a number"),
        ("042\tCONSULT\tvisit\t10.5\tpay a visit", "outside -10..10"),
        ("042\tCONSULT\tvisit\t1.9", "5 tab-separated columns"),
        ("042\tCONSULT\tvisit\t1.9\t", "no name"),
        ("041\tCONSULT\tphone\t1.0\ttalk by telephone", "duplicate"),
    ],
)
def test_bad_row_raises_value_error_naming_the_line(row: str, problem: str) -> None:
    text = f"{HEADER}\n041\tCONSULT\tphone\t1.0\ttalk by telephone\n{row}\n"
    with pytest.raises(ValueError, match=problem) as error:
        parse_cameo_table(text, source="table.tsv")
    assert "table.tsv, line 3" in str(error.value)


def test_missing_header_raises_value_error() -> None:
    with pytest.raises(ValueError, match="header"):
        parse_cameo_table("042\tCONSULT\tvisit\t1.9\tpay a visit\n")


# Consistency with the reference tables in ../shared (skipped in users' clones).


@pytest.fixture(scope="module")
def reference_dir(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "reference"
    if not path.is_dir():
        pytest.skip(f"reference tables not found at {path}")
    return path


def _goldstein_scale(reference_dir: Path) -> dict[str, float]:
    lines = (reference_dir / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines[1:] if line.strip())
    return {code: float(value) for code, value in rows}


def _cameo_to_plover(reference_dir: Path) -> dict[str, set[tuple[str, str]]]:
    """CAMEO code -> {(PLOVER type, mode)}; a set because the file lists some codes twice."""
    mapping: dict[str, set[tuple[str, str]]] = {}
    text = (reference_dir / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = re.match(r"(\d{2,4}):(.*)", line)
        if match:
            fields = [field.strip() for field in match.group(2).split("#")[0].split(",")]
            mode = fields[1] if len(fields) > 1 else ""
            mapping.setdefault(match.group(1), set()).add((fields[0], mode))
    return mapping


def _codebook_modes(reference_dir: Path) -> set[tuple[str, str]]:
    path = reference_dir / "PLOVER_structured_codebook_updated.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return {(row["event"], row["mode"]) for row in csv.DictReader(f)}


def test_goldstein_values_match_the_reference(reference_dir: Path) -> None:
    for code, value in _goldstein_scale(reference_dir).items():
        assert code in cameo_codes(), f"{code} missing from the table"
        assert cameo_code(code).goldstein == value, code


# Codes whose type the PLOVER codebook states otherwise than the conversion table, each noted
# in the TSV: a resignation that has happened is RETREAT "resign".
CODEBOOK_TYPES = {"0831": ("RETREAT", "resign")}


def test_plover_types_match_cameo2plover(reference_dir: Path) -> None:
    for code, pairs in _cameo_to_plover(reference_dir).items():
        if code not in CODEBOOK_TYPES:
            assert cameo_code(code).plover in {plover for plover, _ in pairs}, code


def test_codebook_types_are_the_codebooks(reference_dir: Path) -> None:
    codebook = _codebook_modes(reference_dir)
    for code, (plover, mode) in CODEBOOK_TYPES.items():
        assert (cameo_code(code).plover, cameo_code(code).mode) == (plover, mode)
        assert (plover, mode) in codebook


def test_modes_match_cameo2plover_where_the_codebook_defines_them(reference_dir: Path) -> None:
    # The conversion table has a few modes the codebook does not define; the TSV
    # comments record how those were resolved, so only codebook modes are compared.
    codebook = _codebook_modes(reference_dir)
    for code, pairs in _cameo_to_plover(reference_dir).items():
        entry = cameo_code(code)
        if (entry.plover, entry.mode or "") in pairs:
            continue
        defined = {(plover, mode) for plover, mode in pairs if mode and (plover, mode) in codebook}
        assert not defined, f"{code}: table has {entry.mode!r}, reference has {sorted(defined)}"


def test_every_mode_is_defined_by_the_codebook(reference_dir: Path) -> None:
    codebook = _codebook_modes(reference_dir)
    for code, entry in cameo_codes().items():
        if entry.mode is not None:
            assert (entry.plover, entry.mode) in codebook, f"{code}: {entry.plover} {entry.mode}"
