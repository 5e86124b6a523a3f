"""The action card: its data model, what is open now, and its text."""
