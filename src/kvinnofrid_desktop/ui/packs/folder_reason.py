"""Why a shared folder of the administrator's cannot be read, in the interface's language.

The core says it in Swedish (``fsutil.reason_sv``, which also names a file standing in the
way); another language words it from the system's error number. The English window said
"… cannot be reached: /srv/paket (filen eller mappen finns inte)"."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from kvinnofrid_desktop.core.fsutil import OS_REASONS_SV


def folder_reason(reason_sv: str, error_number: int) -> str:
    """``reason_sv`` in the Swedish window; elsewhere the reason for ``error_number`` in the
    interface's words, a plain "cannot be read" for one the core knows, or the system's own
    words (``reason_sv`` is then the system's text)."""
    from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language

    if interface_language() == SOURCE_LANGUAGE:
        return reason_sv

    translate = QCoreApplication.translate
    unreachable = translate("Problems", "servern går inte att nå")
    no_permission = translate("Problems", "behörighet att läsa mappen saknas")
    reasons = {
        errno.ENOENT: translate("Problems", "mappen finns inte"),
        errno.ENOTDIR: translate("Problems", "en del av sökvägen är ingen mapp"),
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.EIO: translate("Problems", "läsfel på disken eller i nätverket"),
        errno.ENAMETOOLONG: translate("Problems", "sökvägen är för lång"),
        errno.EMFILE: translate("Problems", "för många öppna filer"),
        errno.ETIMEDOUT: translate("Problems", "servern svarar inte"),
        errno.EHOSTDOWN: unreachable,
        errno.EHOSTUNREACH: unreachable,
        errno.ENETUNREACH: unreachable,
        errno.ENETDOWN: unreachable,
    }
    if error_number in reasons:
        return reasons[error_number]
    if error_number in OS_REASONS_SV:
        return translate("Problems", "mappen kan inte läsas")
    return reason_sv
