"""Relations between the entities of a document, each with its evidence sentence."""

from marsad.relations.extract import extract_relations

__all__ = ["extract_relations"]
