"""A failed file operation said in Swedish: the system's own words are English ("No such file
or directory"), and a user needs to know what to do about it (free space, another folder)."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication


def describe_os_error(error: OSError) -> str:
    """A short Swedish reason for a failed file operation."""
    # The context is the viewer's, where these words were first written: their English is
    # already in kvinnofrid_en.ts under it.
    translate = QCoreApplication.translate
    reasons = {
        errno.ENOSPC: translate("PdfViewer", "Det finns inte tillräckligt med utrymme."),
        errno.EDQUOT: translate("PdfViewer", "Din lagringskvot är full."),
        errno.EACCES: translate("PdfViewer", "Du saknar behörighet att skriva där."),
        errno.EPERM: translate("PdfViewer", "Du saknar behörighet att skriva där."),
        errno.EROFS: translate("PdfViewer", "Platsen är skrivskyddad."),
        errno.ENOENT: translate("PdfViewer", "Mappen eller filen finns inte."),
        errno.ENOTDIR: translate("PdfViewer", "Mappen eller filen finns inte."),
        errno.EISDIR: translate("PdfViewer", "Det finns en mapp med det namnet."),
        errno.ENAMETOOLONG: translate("PdfViewer", "Filnamnet är för långt."),
    }
    reason = reasons.get(error.errno or 0)
    if reason:
        return reason
    return error.strerror or str(error)
