"""The REST API and the web page over the store, served by one FastAPI app (`storyline serve`)."""
from storyline.api.app import create_app
from storyline.api.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
