"""The content pack's format: manifest, schema, named problems, opening and checking a pack."""
