"""storyline: a source-attributed, time-aware record of developing news stories."""

__version__ = "0.1.0"
