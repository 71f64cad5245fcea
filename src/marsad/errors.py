"""One exception family, with messages a user can act on."""


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input file or record cannot be read as a document."""


class StoreError(MarsadError):
    """The database cannot be opened, migrated or written."""


class EvaluationError(MarsadError):
    """A gold or prediction file is not in the spec format."""
