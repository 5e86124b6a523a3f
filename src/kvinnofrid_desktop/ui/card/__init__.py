"""The action card tab: its widgets and its printed version."""
