"""Readers turn input files into Documents; nothing downstream knows file formats.

Example::

    from newsevents.readers import read_documents

    for item in read_documents(["articles/", "-"], default_date="2024-01-31"):
        print(item)  # a Document, or a DocumentError saying why an input was skipped

See `newsevents.readers.files` for the accepted file forms.
"""

from newsevents.readers.files import read_documents

__all__ = ["read_documents"]
