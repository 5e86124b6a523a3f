"""PyInstaller runtime hook: let fpdf2 import in the frozen program, which has no ``ssl``.

The bundle leaves ``ssl`` out (no network, no OpenSSL; bundle_config.EXCLUDED_PYTHON_MODULES),
so ``urllib.request.HTTPSHandler`` and ``http.client.HTTPSConnection`` do not exist, and
fpdf2's ``fpdf.image_parsing`` subclasses both at import (to fetch images over https). The
program's renderer draws no images and fetches nothing; classes that are never used stand in.

Nothing happens at start-up but adding a finder: the stand-ins are made only when fpdf2's
module is first imported (by `pack build` or the editor's Publicera).
"""

import sys


class _BeforeFpdfImages:
    """A meta-path finder that finds nothing; it only prepares the stand-ins, once."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "fpdf.image_parsing":
            sys.meta_path.remove(_BeforeFpdfImages)
            _stand_ins()
        return None


def _stand_ins():
    import http.client
    import urllib.request

    if not hasattr(http.client, "HTTPSConnection"):
        class HTTPSConnection(http.client.HTTPConnection):
            """Never used: the program fetches nothing from the network."""

        http.client.HTTPSConnection = HTTPSConnection
    if not hasattr(urllib.request, "HTTPSHandler"):
        class HTTPSHandler(urllib.request.BaseHandler):
            """Never used: the program fetches nothing from the network."""

        urllib.request.HTTPSHandler = HTTPSHandler


sys.meta_path.insert(0, _BeforeFpdfImages)
