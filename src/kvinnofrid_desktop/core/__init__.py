"""The program's knowledge without a window: no Qt here (import-linter keeps it so)."""
