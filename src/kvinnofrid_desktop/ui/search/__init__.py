"""The search field and the results panel."""
