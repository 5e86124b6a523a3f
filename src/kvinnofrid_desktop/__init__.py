"""Kvinnofrid Västmanland: an offline reference for work against violence in close relationships."""

__version__ = "0.1.0"
