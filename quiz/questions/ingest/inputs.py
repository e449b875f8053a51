"""Turn uploaded bytes into article text, refusing input no article could be."""

from __future__ import annotations

import codecs

DEFAULT_LIMIT = 1_000_000


class ArticleInputError(ValueError):
    """The input cannot be an article; the message is one line for a person to read."""


def _looks_binary(text: str) -> bool:
    """True when the text is mostly control characters (tabs and newlines excepted)."""
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(text) > 0.05


def decode_article_bytes(data: bytes, *, limit: int = DEFAULT_LIMIT) -> str:
    """Decode article bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM; else ArticleInputError."""
    if len(data) > limit:
        raise ArticleInputError(
            f"input is too large: {len(data)} bytes (the limit is {limit} bytes)"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 is only trusted with a BOM: without one it is indistinguishable from binary.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleInputError("input is not valid UTF-16 text") from None
    else:
        if b"\x00" in data:
            raise ArticleInputError("input looks binary (it contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleInputError(
                f"input is not UTF-8 text (bad byte at offset {exc.start})"
            ) from None
    if "\x00" in text or _looks_binary(text):
        raise ArticleInputError("input looks binary (mostly control characters), not text")
    if not text.strip():
        raise ArticleInputError("input is empty (no text to read)")
    return text
