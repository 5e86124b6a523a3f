"""Mina sidor: personal bookmarks in a side panel (issue 19; the model is core/bookmarks.py)."""
