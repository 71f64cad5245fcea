"""Events: trigger words to ACLED types, with place, date, actors and fatalities."""

from marsad.events.extract import extract_events
from marsad.events.triggers import TriggerMatch, find_triggers

__all__ = ["TriggerMatch", "extract_events", "find_triggers"]
