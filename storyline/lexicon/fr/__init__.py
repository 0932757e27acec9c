"""French: the word lists of the French stages (storyline/extract/french/), by the layer that uses them."""
