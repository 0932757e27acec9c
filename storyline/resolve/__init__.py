"""Collection stages: they read and write the store, across all articles."""
