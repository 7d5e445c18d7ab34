"""Bytes to text, decided in exactly one place: :func:`decode_body`.

The order follows the WHATWG "encoding sniffing" algorithm, with one deliberate deviation for
robustness: a declared charset is only believed if the bytes decode *strictly* with it. News
sites routinely declare ``utf-8`` and serve Windows-1252 (or the reverse); decoding with
``errors="replace"`` would store U+FFFD mojibake in the history forever, so a lie falls through
to detection instead.

Only encodings a browser would use are ever chosen: a hostile ``charset=unicode_escape`` or
``charset=idna`` is ignored rather than handed to Python's codec machinery.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from monitor.errors import UndecodableResponse

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

__all__ = ["decode_body", "exact_utf8", "parse_content_type"]

# Labels of the WHATWG Encoding Standard that Python can decode. Anything else is ignored.
_WEB_LABELS = (
    "utf-8", "utf-16-le", "utf-16-be", "cp1252", "iso-8859-1", "ascii", "iso-8859-15",
    "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
    "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-16", "koi8-r",
    "koi8-u", "mac-roman", "mac-cyrillic", "shift_jis", "cp932", "euc-jp", "iso-2022-jp",
    "gb2312", "gbk", "gb18030", "big5", "euc-kr", "cp949", "utf-16",
)  # fmt: skip
# The codec names ``codecs.lookup(label).name`` gives for those labels, written out: looking them
# up imports every codec module, the CJK ones included (~8 ms of each command's start-up, for
# tables that only ever answer "is this name one of ours"). A test checks they still agree.
_WEB_CODECS = frozenset({
    "ascii", "big5", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "cp1258", "cp874", "cp932", "cp949", "euc_jp", "euc_kr", "gb18030", "gb2312", "gbk",
    "iso2022_jp", "iso8859-1", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "koi8-r", "koi8-u", "mac-cyrillic", "mac-roman", "shift_jis", "utf-16",
    "utf-16-be", "utf-16-le", "utf-8",
})  # fmt: skip
# Where the web standard decodes a label with a superset, so do we (browsers render
# "iso-8859-1" pages as Windows-1252, and curly quotes in such pages are the norm).
_SUPERSET_LABELS = (
    ("iso-8859-1", "cp1252"), ("ascii", "cp1252"), ("iso-8859-9", "cp1254"),
    ("iso-8859-11", "cp874"), ("gb2312", "gb18030"), ("gbk", "gb18030"),
    ("shift_jis", "cp932"), ("euc-kr", "cp949"),
)  # fmt: skip
_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949",
}  # fmt: skip
_SINGLE_BYTE_PREFIXES = ("cp12", "iso-8859", "koi8", "mac-", "cp874", "ascii")
_SINGLE_BYTE_LEGACY = frozenset({
    "ascii", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "cp874", "iso8859-1", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "koi8-r", "koi8-u", "mac-cyrillic", "mac-roman",
})  # fmt: skip
# Candidates for detection when nothing trustworthy was declared, most common first.
_DETECTION_CANDIDATES = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp874",
    "iso8859_2", "iso8859_5", "iso8859_7", "koi8_r", "koi8_u", "cp932", "euc_jp",
    "iso2022_jp", "gb18030", "big5", "cp949",
]  # fmt: skip
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"))  # fmt: skip
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.()\-]{1,40})""", re.IGNORECASE)  # fmt: skip
# Windows-1252 text is preferred over a detector's exotic guess unless it is clearly messier:
# short English/French pages look "fine" in a dozen code pages, and 1252 is the web's default.
_CP1252_MARGIN = 0.1
_MAX_MESS = 0.2  # charset_normalizer's own threshold for "this is text"
_NON_ASCII_CONTEXT = re.compile(rb"[^\n]{0,40}[\x80-\xff][^\n]{0,40}")
_MAX_CONTEXTS = 400


def parse_content_type(content_type: str | None) -> tuple[str | None, str | None]:
    """``'Text/HTML; charset="UTF-8"'`` → ``('text/html', 'UTF-8')``; tolerant of junk."""
    if not content_type:
        return None, None
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").strip() or None
    return media.strip().lower() or None, charset


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode a response body; return ``(text, python_codec_name)``.

    BOM → header charset → ``<meta>`` charset in the first 4 KB → detection. A declared
    charset that does not decode strictly falls through. Raises UndecodableResponse (without a
    subject; ``fetch`` adds the URL) when no candidate yields plausible text.
    """
    if not body:
        return "", "utf-8"
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            text = _strict(body[len(bom) :], bom_codec)
            if text is not None:
                return text, bom_codec
    for codec in _declared_codecs(content_type, body):
        if codec in _SINGLE_BYTE_LEGACY and _is_multibyte_utf8(body):
            # Valid multi-byte UTF-8 is essentially never accidental legacy text: the label lies.
            return body.decode("utf-8"), "utf-8"
        text = _strict(body, codec)
        if text is not None:
            return text, codec
    return _detect(body)


def _declared_codecs(content_type: str | None, body: bytes) -> Iterator[str]:
    """The header's charset, then the ``<meta>`` one. A generator: the prescan (a regex over the
    first 4 KB) runs only when the header names none or its codec does not decode the body, and
    most servers name one that does."""
    header_codec = _web_codec(parse_content_type(content_type)[1])
    if header_codec is not None:
        yield header_codec
    meta_codec = _meta_codec(body)
    if meta_codec is not None:
        yield meta_codec


def exact_utf8(body: bytes, encoding: str) -> bytes | None:
    """``body`` itself when ``decode_body`` gave its text as ``encoding``, and that text encodes
    back to exactly these bytes: "utf-8" is always a strict decode of the whole body, and only a
    byte-order mark is left out of the text. Lets the parser take the fetched bytes as they are.
    """
    if encoding == "utf-8" and not body.startswith(codecs.BOM_UTF8):
        return body
    return None


def _web_codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name not in _WEB_CODECS:
        return None
    return _SUPERSETS.get(name, name)


def _meta_codec(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    if match is None:
        return None
    codec = _web_codec(match[1].decode("ascii"))
    # A <meta> that could be read as ASCII cannot truthfully say UTF-16 (WHATWG rule).
    if codec is not None and codec.startswith("utf-16"):
        return "utf-8"
    return codec


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_multibyte_utf8(body: bytes) -> bool:
    return not body.isascii() and _strict(body, "utf-8") is not None


def _detect(body: bytes) -> tuple[str, str]:
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    # Imported here: only pages that declare no charset and are not UTF-8 need detection, and the
    # detector costs ~10 ms of start-up that a pass of 304s would otherwise pay.
    from charset_normalizer import from_bytes

    cp1252_mess = _cp1252_mess(body)
    best = from_bytes(body, cp_isolation=_DETECTION_CANDIDATES).best()
    if cp1252_mess is not None and _prefer_cp1252(cp1252_mess, best):
        return body.decode("cp1252"), "cp1252"
    if best is not None and best.chaos <= _MAX_MESS:
        return str(best), codecs.lookup(best.encoding).name
    raise UndecodableResponse(
        "the body is not text in any known character encoding; check that the URL is an article page"
    )


def _prefer_cp1252(cp1252_mess: float, best: CharsetMatch | None) -> bool:
    if cp1252_mess > _MAX_MESS:
        return False
    return best is None or cp1252_mess <= best.chaos + _CP1252_MARGIN


def _cp1252_mess(body: bytes) -> float | None:
    """How messy the non-ASCII parts look in Windows-1252 (None: not decodable at all)."""
    contexts = []
    for index, match in enumerate(_NON_ASCII_CONTEXT.finditer(body)):
        if index >= _MAX_CONTEXTS:
            break
        contexts.append(match[0])
    sample = _strict(b"\n".join(contexts), "cp1252")
    if sample is None or _strict(body, "cp1252") is None:
        return None
    from charset_normalizer.md import mess_ratio

    return float(mess_ratio(sample, maximum_threshold=1.0))
