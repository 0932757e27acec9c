"""French word lists of the attributions stage (storyline/extract/french/)."""
from __future__ import annotations

# Common French verbs of saying in news (the third person of each, present and passé composé).
SPEECH_VERBS = ("déclaré", "dit", "affirmé", "expliqué", "indiqué", "souligné", "ajouté", "assuré", "estimé",
                "annoncé", "précisé", "répondu", "confié", "martelé", "reconnu", "prévenu", "insisté", "lancé",
                "déclare", "dit", "affirme", "explique", "indique", "souligne", "ajoute", "assure", "estime",
                "annonce", "précise", "répond", "confie", "martèle", "reconnaît", "prévient", "insiste", "lance")
