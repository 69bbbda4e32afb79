"""Readers turn input files into Documents; nothing downstream knows file formats.

Example::

    from newsevents.readers import read_documents

    for item in read_documents(["articles/", "-"], default_date="2024-01-31"):
        print(item)  # a Document, or a DocumentError saying why an input was skipped

Accepted inputs: plain text, JSON Lines, CSV/TSV, HTML pages, RSS/Atom feeds, each
optionally gzipped, directories of them and standard input. `newsevents.readers.files`
lists them; `tables`, `pages` and `feeds` describe the CSV, HTML and feed forms.
"""

from newsevents.readers.files import read_documents

__all__ = ["read_documents"]
