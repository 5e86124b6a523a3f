"""Data files shipped with the program (packs, fonts, icons, translations).

Installed as ``kvinnofrid_desktop.resources``; see ``kvinnofrid_desktop.core.bundled``.
"""
