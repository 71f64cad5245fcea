"""Actors: the ontology of armed and political actors in Syria, and the matcher.

``find_actors(text, on)`` is the pipeline stage; ``resolve_actor(name_or_id, on)``
answers "who is «الجيش السوري» on this date?"; the data is ``data/actors.yaml``.
"""

from marsad.actors.mentions import ActorMention, find_actors
from marsad.actors.ontology import (
    ActorEntry,
    Anaphor,
    Ontology,
    OntologyError,
    load_ontology,
    resolve_actor,
)
from marsad.actors.schema import parse_ontology

__all__ = [
    "ActorEntry",
    "ActorMention",
    "Anaphor",
    "Ontology",
    "OntologyError",
    "find_actors",
    "load_ontology",
    "parse_ontology",
    "resolve_actor",
]
