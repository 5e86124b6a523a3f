"""The window's dialogs: import, settings, keyboard shortcuts."""
