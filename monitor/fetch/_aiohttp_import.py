"""``aiohttp``, imported without the two CA bundles it would load for contexts we never use.

aiohttp builds two default TLS contexts when it is imported (``aiohttp.connector``), and each
reads the system CA bundle: ≈50 ms of CPU, a sixth of a `monitor check` process's start-up. Our
transport never uses them: every https request carries the transport's own context (httpx's,
built on first use with certifi, ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``). So while aiohttp is
imported, OpenSSL is pointed at an empty CA file and directory; the environment is restored
straight after. Anything else that relied on aiohttp's default context would fail certificate
checks rather than skip them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["aiohttp"]

_CA_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


@contextmanager
def _empty_ca_bundle() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in _CA_VARIABLES}
    try:
        for name in _CA_VARIABLES:
            os.environ[name] = os.devnull
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


with _empty_ca_bundle():  # harmless if aiohttp was imported before: nothing is loaded again
    import aiohttp
