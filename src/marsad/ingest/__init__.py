"""Readers: files, directories, standard input → ``Document`` (or ``Failure``)."""

from marsad.ingest.files import ReadOptions, read_inputs

__all__ = ["ReadOptions", "read_inputs"]
