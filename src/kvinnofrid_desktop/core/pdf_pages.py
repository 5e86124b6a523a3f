"""Some pages of a PDF as a PDF of their own, keeping their text, fonts and links.

Used when the user "prints" a page range to a PDF file: Qt's PDF printer can only draw page
images (a 14-page, 89 kB document became a 15 MB file without a word of text), while copying
the page objects keeps the document's own content. pypdf does the PDF work; it is pure Python.
"""

from __future__ import annotations

from pathlib import Path

from kvinnofrid_desktop.core.fsutil import atomic_write


class PageCopyError(Exception):
    """The pages could not be copied (an encrypted or damaged file); print them instead."""


def write_pages(source: Path, destination: Path, first: int, last: int) -> int:
    """Write pages ``first``..``last`` (1-based, inclusive, clamped to the document) of
    ``source`` to ``destination`` as a new PDF; return the number of pages written.

    Atomic: a failure (a full disk, a damaged source) leaves ``destination`` as it was. The
    new file gets the user's usual permissions. Raises PageCopyError or OSError."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(source)
        if reader.is_encrypted:
            raise PageCopyError("krypterad")
        count = len(reader.pages)
        first, last = max(1, first), min(last, count)
        if first > last:
            raise PageCopyError("inga sidor i intervallet")
        writer = PdfWriter()
        for index in range(first - 1, last):
            writer.add_page(reader.pages[index])
        if reader.metadata and reader.metadata.title:
            writer.add_metadata({"/Title": reader.metadata.title})
    except PyPdfError as error:
        raise PageCopyError(str(error)) from error
    except DependencyError as error:
        # AES-256 needs the cryptography package, which the installed program leaves out
        # (OpenSSL); such a file is encrypted, and encrypted files are not copied.
        raise PageCopyError("krypterad") from error
    except (ValueError, KeyError, TypeError, RecursionError) as error:  # a malformed file
        raise PageCopyError(str(error)) from error
    with atomic_write(Path(destination)) as out:
        writer.write(out)
    return last - first + 1
