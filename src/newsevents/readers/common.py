"""What every format reader shares: the result type, the reader signature, opening
(gzipped) files, UTF-8 decoding and date normalisation.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date as calendar_date
from email.utils import parsedate_tz
from pathlib import Path
from typing import BinaryIO

from newsevents.records import Document, DocumentError

ReadResult = Document | DocumentError

# A format reader gets an open binary stream (already un-gzipped), the file's path, its
# file id (the fallback for records without their own id) and the default date.
FormatReader = Callable[[BinaryIO, Path, str, str | None], Iterator[ReadResult]]

GZIP_SUFFIX = ".gz"

# The names a field goes by in the article exports users bring (news-please, scrapers, GDELT
# and CC-News dumps), each role's own name first. A field under a name not listed here is ignored,
# so a publication date stored as "published" must not be: events would lose their anchor date.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext"),
    "id": ("id", "doc_id", "article_id"),
    "date": ("date", "published", "published_at", "publish_date", "date_publish", "publication_date",
             "pubdate", "date_published"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher", "source_domain"),
}
DATE_FORMS = "YYYY-MM-DD, an ISO 8601 date-time or an RFC 822 date"

_ISO_DATE = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?)?"
)


def normalise_date(value: object) -> str | None:
    """The calendar day of `value` as YYYY-MM-DD, or None when `value` is not an accepted date.

    Accepted, with surrounding whitespace: `2023-04-07`; ISO 8601 date-times such as
    `2023-04-07T09:30:00+03:00` or `2023-04-07 09:30Z`; RFC 822 dates as in RSS, such as
    `Fri, 07 Apr 2023 09:30:00 +0300`. The day is the one written, not converted to UTC:
    an article is dated by its local day, the day its "yesterday" and "on Monday" count
    from. Ambiguous forms such as `03/04/2023` are refused rather than guessed.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        year, month, day = int(iso["year"]), int(iso["month"]), int(iso["day"])
    else:
        rfc822 = parsedate_tz(text)
        if rfc822 is None:
            return None
        year, month, day = rfc822[:3]
    try:
        return calendar_date(year, month, day).isoformat()
    except ValueError:  # 2023-02-30, year 0
        return None


def invalid_date_reason(value: object, name: str = "date") -> str:
    return f"invalid {name!r} {value!r}: expected {DATE_FORMS}"


def field_name(role: str, names: Iterable[str]) -> str | None:
    """The first of `role`'s names (`FIELD_NAMES`) among `names`, compared in lower case, or None."""
    present = {name.strip().lower(): name for name in names}
    return next((present[name] for name in FIELD_NAMES[role] if name in present), None)


def format_suffix(path: Path) -> str:
    """The suffix naming the format of `path`, looking through `.gz`: `.csv` for `x.csv.gz`."""
    return Path(path.name.removesuffix(GZIP_SUFFIX)).suffix


def strip_format_suffix(name: str) -> str:
    """`name` without its format suffix and `.gz`: `2020/report` for `2020/report.html.gz`."""
    plain = name.removesuffix(GZIP_SUFFIX)
    return plain.removesuffix(Path(plain).suffix)


def open_binary(path: Path) -> BinaryIO:
    """`path` opened for binary reading, decompressed on the fly when it ends in `.gz`."""
    if path.name.endswith(GZIP_SUFFIX):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def decode_utf8(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text, or an empty string and the reason it is not text."""
    if b"\x00" in data:
        return "", "binary content (NUL bytes): expected UTF-8 text (re-encode UTF-16 files as UTF-8)"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_byte = data[error.start]
        return "", f"not valid UTF-8 (byte 0x{bad_byte:02x} at offset {error.start}): re-encode the file as UTF-8"
    # Editors on Windows often prefix UTF-8 files with a byte-order mark; it is not content.
    return text.removeprefix("\ufeff"), None
