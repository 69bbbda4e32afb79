"""Tests for newsevents.readers.common: the one date normalisation every format uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.readers.common import format_suffix, normalise_date, strip_format_suffix


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2023-04-07", "2023-04-07"),
        (" 2023-04-07\n", "2023-04-07"),
        ("2023-04-07T09:30", "2023-04-07"),
        ("2023-04-07T09:30:15Z", "2023-04-07"),
        ("2023-04-07 09:30:15.250+03:00", "2023-04-07"),
        ("2023-04-07T23:30:00-0500", "2023-04-07"),  # the day as written, not the UTC day
        ("Fri, 07 Apr 2023 23:30:00 -0500", "2023-04-07"),
        ("7 Apr 2023 09:30 GMT", "2023-04-07"),
    ],
)
def test_accepted_dates_become_their_written_day(value: str, day: str) -> None:
    assert normalise_date(value) == day


@pytest.mark.parametrize(
    "value",
    ["", "2023/04/07", "07/04/2023", "2023-02-30", "2023-04-07T25:00", "2023-04-07Tnoon", "April 2023",
     "Fri, 31 Feb 2023 10:00:00 GMT", "yesterday", None, 20230407],
)
def test_other_values_are_not_dates(value: object) -> None:
    assert normalise_date(value) is None


@pytest.mark.parametrize(
    ("name", "suffix", "stem"),
    [("report.txt", ".txt", "report"), ("2020/feed.csv.gz", ".csv", "2020/feed"), ("a.b.html", ".html", "a.b")],
)
def test_format_suffix_looks_through_gzip(name: str, suffix: str, stem: str) -> None:
    assert (format_suffix(Path(name)), strip_format_suffix(name)) == (suffix, stem)
