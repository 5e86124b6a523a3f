"""Packs arriving while the program runs: the watch folder and the machine-wide content folder."""
