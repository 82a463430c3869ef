"""Ingestion: sources (files, folders, globs, dumps, pages, feeds) to Article records.

>>> from timeline.ingest import IngestOptions, iter_inputs
"""

from timeline.ingest.errors import REASONS, IngestError, InputRejected
from timeline.ingest.filestamps import FileLedger, FileStamp
from timeline.ingest.inputs import iter_inputs
from timeline.ingest.options import IngestOptions, Skipped

__all__ = [
    "REASONS",
    "FileLedger",
    "FileStamp",
    "IngestError",
    "IngestOptions",
    "InputRejected",
    "Skipped",
    "iter_inputs",
]
