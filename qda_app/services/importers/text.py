"""Plain text: find the encoding, refuse binary content.

Detection order, cheapest and surest first (the txt path must stay at well under a
millisecond per 60 KB transcript):
1. a byte-order mark (UTF-8, UTF-16, UTF-32) - decisive;
2. NUL bytes: UTF-16 without BOM if they sit on one byte parity, else binary;
3. share of ASCII control bytes - binary above a threshold;
4. strict UTF-8 - practically never succeeds on text in another encoding;
5. cp1252 / ISO-8859-1 with a plausibility check for Western European text;
6. charset-normalizer, only when step 5 is doubtful (slow on big files).
"""

from __future__ import annotations

import codecs
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from qda_app.services.importers.detect import refuse
from qda_app.services.importers.wording import ImportWarning

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 LE before UTF-16 LE: its BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that do not occur in text (tab, LF, VT, FF, CR and ESC are allowed:
# ESC appears in terminal logs with colour codes; it is removed later with a warning).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
MAX_CONTROL_SHARE = 0.05

# Bytes 0x80-0x9F: printable in cp1252, C1 controls in ISO-8859-1. Five are undefined
# in cp1252, so a file containing them is in neither.
_C1_RANGE = bytes(range(0x80, 0xA0))
_NOT_C1 = bytes(b for b in range(256) if b not in _C1_RANGE)
_NOT_CONTINUATION = bytes(range(0x80)) + bytes(range(0xC0, 0x100))

# The plausibility check works on bytes (translate/count run in C; a per-character
# Python loop would cost milliseconds per transcript). In cp1252/ISO-8859-1 each byte is
# one character, so byte classes are character classes.
def _byte_class(predicate: Callable[[str], bool]) -> bytes:
    """Upper-half bytes whose cp1252 character satisfies ``predicate`` ("" if undefined)."""
    return bytes(byte for byte in range(0x80, 0x100)
                 if predicate(bytes([byte]).decode("cp1252", errors="ignore")))


def _all_bytes_except(kept: bytes) -> bytes:
    return bytes(byte for byte in range(256) if byte not in kept)


# Non-ASCII characters that Spanish, Portuguese, French, German... text is made of when
# decoded as cp1252. Text in Cyrillic/Greek/Central-European code pages decoded as cp1252
# shows other symbols (¹ ³ ¾ ¤ ...) or an implausible share of accented letters.
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ŒœŠšŽžŸƒ¡¿«»ªº°·€‘’‚“”„–—…•§©®´¨\u00a0†‡‰‹›™"
)
_HIGH = bytes(range(0x80, 0x100))
_NOT_HIGH = _all_bytes_except(_HIGH)
_NOT_FOREIGN = _all_bytes_except(_byte_class(lambda char: char not in _WESTERN))
_NOT_ACCENTED = _all_bytes_except(_byte_class(str.isalpha))
_LETTER_BYTES = string.ascii_letters.encode("ascii") + _byte_class(str.isalpha)
# Non-letters of the upper half that never sit inside a word in Western European text;
# apostrophes, middle dot (Catalan "l·l") and dashes may, so they are left out.
_IN_WORD_SYMBOLS = _byte_class(lambda char: bool(char) and not char.isalpha()
                               and char not in "’‘´·–—\u00a0")
_NOT_SYMBOL = _all_bytes_except(_IN_WORD_SYMBOLS)
_LETTER_SET = frozenset(_LETTER_BYTES)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_text(path: str, data: bytes, *, max_text_chars: int) -> DecodedText:
    """Decode the bytes of a text file, or refuse them as binary/undecodable/too large."""
    decoded = _decode(path, data, max_text_chars=max_text_chars)
    if len(decoded.text) > max_text_chars:
        raise refuse(path, "too_large", key="characters_over_limit", characters=len(decoded.text),
                     limit=max_text_chars)
    return decoded


def _refuse_too_large(path: str, characters: int, max_text_chars: int) -> None:
    if characters > max_text_chars:
        raise refuse(path, "too_large", key="characters_over_limit", characters=characters, limit=max_text_chars)


def _decode(path: str, data: bytes, *, max_text_chars: int) -> DecodedText:
    # Sizes are checked before decoding where the character count is known from the bytes,
    # so an oversized file never becomes a string several times its size in memory.
    _refuse_too_large(path, len(data) // 4, max_text_chars)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise refuse(path, "undecodable", f"starts with a {encoding} byte-order mark "
                             f"but has invalid bytes at offset {error.start + len(bom)}") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        offset = data.index(b"\x00")
        raise refuse(path, "binary", key="nul_byte", offset=offset)
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROL))
    # The floor keeps a short note with a stray bell or escape from counting as binary.
    if controls > max(8, MAX_CONTROL_SHARE * len(sample)):
        raise refuse(path, "binary", f"{controls} control bytes in the first {len(sample)} "
                     "bytes: not a text file")
    if len(data) > max_text_chars:
        # In UTF-8 every byte but the continuation bytes 0x80-0xBF starts a character;
        # in a single-byte encoding every byte is one.
        continuation = len(data.translate(None, _NOT_CONTINUATION))
        _refuse_too_large(path, len(data) - continuation, max_text_chars)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    _refuse_too_large(path, len(data), max_text_chars)
    return _decode_legacy(path, data)


MAX_INVALID_UTF8 = 32
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _mostly_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 text with a few damaged bytes (a bad copy, a truncated transfer) stays UTF-8.

    Read as cp1252 instead, every accented letter of the file would turn into two wrong
    characters ("señor" -> "seÃ±or") to rescue a handful of bytes. Text in a single-byte
    encoding holds almost no valid multi-byte UTF-8 sequences, so it is UTF-8 only when its
    valid non-ASCII characters clearly outnumber the invalid bytes.
    """
    pieces: list[str] = []
    invalid: list[int] = []  # offsets of the invalid byte sequences
    position = 0
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            pieces.append(data[position:position + error.start].decode("utf-8"))
            pieces.append("\ufffd")
            invalid.append(position + error.start)
            position += error.end
            if len(invalid) > MAX_INVALID_UTF8:
                return None
    text = "".join(pieces)
    valid_non_ascii = len(_NON_ASCII.findall(text)) - len(invalid)
    if valid_non_ascii < max(2, 2 * len(invalid)):
        return None
    lines = sorted({data.count(b"\n", 0, offset) + 1 for offset in invalid})
    shown = ", ".join(str(line) for line in lines[:10]) + (" ..." if len(lines) > 10 else "")
    warning = ImportWarning("invalid_utf8_lines" if len(lines) > 1 else "invalid_utf8_line", count=len(invalid),
                            lines=shown)
    return DecodedText(text, "utf-8", (warning,))


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 text saved without a BOM: NULs fall on one parity (ASCII-range characters)."""
    if len(data) % 2 or len(data) < 4:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls > 0.3 * len(data) / 2 and even_nuls <= 0.01 * odd_nuls:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * len(data) / 2 and odd_nuls <= 0.01 * even_nuls:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for char in text[:32768] if ord(char) < 32 and char not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * min(len(text), 32768):
        return None
    return DecodedText(text, encoding, (ImportWarning("encoding_guessed_no_bom", encoding=encoding),))


def _decode_legacy(path: str, data: bytes) -> DecodedText:
    has_c1 = len(data.translate(None, _NOT_C1)) > 0
    encoding = "cp1252" if has_c1 else "iso-8859-1"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = None  # bytes undefined in cp1252: neither cp1252 nor ISO-8859-1 text
    if text is not None and _plausibly_western(data):
        return DecodedText(text, encoding, (ImportWarning("encoding_guessed", encoding=encoding),))
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        return guessed
    if text is not None:
        return DecodedText(text, encoding, (ImportWarning("encoding_guessed_uncertain", encoding=encoding),))
    raise refuse(path, "undecodable", key="no_encoding_fits")


def _plausibly_western(data: bytes) -> bool:
    """Whether single-byte ``data`` reads as Western European text in cp1252/ISO-8859-1."""
    non_ascii = len(data.translate(None, _NOT_HIGH))
    if not non_ascii:
        return True
    foreign = len(data.translate(None, _NOT_FOREIGN))
    if foreign > 0.05 * non_ascii:
        return False
    # A symbol between two letters ("Za¿ó³æ" is Polish "Zażółć" read as cp1252) is a
    # wrong code page even when such symbols are few.
    if _symbols_inside_words(data) > max(1, 0.005 * non_ascii):
        return False
    # Accented letters are a minority of the letters in any Western European language;
    # a text mostly made of them is another alphabet read through the wrong code page.
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    accented = len(data.translate(None, _NOT_ACCENTED))
    return accented <= 0.3 * (ascii_letters + accented)


def _symbols_inside_words(data: bytes) -> int:
    # The symbols are rare, so finding each and looking at its neighbours is much faster
    # than a regular expression testing every position of the file.
    count = 0
    last = len(data) - 1
    for value in set(data.translate(None, _NOT_SYMBOL)):
        needle = bytes([value])
        position = data.find(needle)
        while position >= 0:
            if 0 < position < last and data[position - 1] in _LETTER_SET \
                    and data[position + 1] in _LETTER_SET:
                count += 1
            position = data.find(needle, position + 1)
    return count


def _charset_normalizer_guess(data: bytes) -> DecodedText | None:
    from charset_normalizer import from_bytes  # imported late: slow to import, rarely needed

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f\v\x1b"
                   or 0x80 <= ord(char) < 0xA0)
    if controls > 0:
        return None
    return DecodedText(text, best.encoding, (ImportWarning("encoding_guessed", encoding=best.encoding),))
