"""French word lists of the entities stage (storyline/extract/french/)."""
from __future__ import annotations

# Heads of French place names for natural features (a general list of geographic nouns).
NATURAL = frozenset({"mont", "monts", "massif", "fleuve", "rivière", "lac", "mer", "océan", "golfe", "baie", "île",
                     "îles", "vallée", "plaine", "plateau", "désert", "détroit", "canal", "bassin", "forêt", "col",
                     "cap", "delta"})
