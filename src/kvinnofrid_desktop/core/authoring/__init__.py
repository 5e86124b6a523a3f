"""Building a pack from sources (catalog.toml, Markdown): the coordinator's [build] extra."""
