"""English: word lists by the layer that uses them (entities, attributions, events, times) and the
tables (*.tsv) of the gazetteer and the PLOVER trigger lexicon."""
