"""The REST API (FastAPI): events, entities, relations, documents, who-is-behind.

``create_app(db)`` builds the application that also serves the dashboard
(``marsad.web``); ``marsad serve`` runs it on uvicorn.
"""

from marsad.api.app import create_app

__all__ = ["create_app"]
