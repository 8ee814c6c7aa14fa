"""Word counts of long texts with numpy: the same counts, in the same order, as ``count_words``.

A transcript of 60,000 characters has ~10,000 words but a few thousand distinct ones. Splitting
it into Python strings costs most of the time, so here every character is classified through a
table (letter, apostrophe, other), the words are found as runs of letters (an apostrophe joins
two letters, as in the regular expression), and each word becomes a 64-bit polynomial hash
computed from prefix sums. Only one string per distinct spelling is ever built, and it is
casefolded then. Texts this cannot handle exactly (characters whose casefolding changes what
counts as a letter, very long "words", unencodable text) return None and take the exact path.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache, lru_cache

import numpy as np
import pandas as pd

_LETTER = re.compile(r"[^\W\d_]")
OTHER, LETTER, APOSTROPHE, UNSAFE = 0, 1, 2, 3
_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd: invertible modulo 2**64
_LONGEST_WORD = 256  # polynomial hashes modulo 2**64 have known collisions only for far longer strings
_BMP = 0x10000
_SINGLE_BYTE = ("latin-1", "cp1252")


def _is_letter(character: str) -> bool:
    return _LETTER.match(character) is not None


def classify(character: str) -> int:
    """LETTER, APOSTROPHE, OTHER, or UNSAFE where casefolding the character would change the
    word boundaries (a non-letter folding to a letter, a letter folding to a non-letter)."""
    letter = _is_letter(character)
    folded = character.casefold()
    if folded != character and not (letter and all(_is_letter(part) for part in folded)):
        return UNSAFE
    if character in "'’":
        return APOSTROPHE
    return LETTER if letter else OTHER


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """``classify`` of every BMP character, made in bulk (one regex scan, casefold only where needed)."""
    characters = "".join(map(chr, range(_BMP)))
    classes = np.full(_BMP, OTHER, dtype=np.uint8)
    classes[[match.start() for match in _LETTER.finditer(characters)]] = LETTER
    classes[[ord("'"), ord("’")]] = APOSTROPHE
    for code in [ord(c) for c in characters if c.casefold() != c]:
        classes[code] = classify(chr(code))
    return classes


@cache
def _astral_class(code: int) -> int:
    return classify(chr(code))


class _Powers:
    """BASE**k modulo 2**64 for k < n, grown on demand."""

    values = np.ones(1, dtype=np.uint64)

    @classmethod
    def upto(cls, size: int) -> np.ndarray:
        if len(cls.values) < size:
            grown = np.full(max(size, 2 * len(cls.values)), _BASE, dtype=np.uint64)
            grown[0] = 1
            with np.errstate(over="ignore"):
                cls.values = np.cumprod(grown, dtype=np.uint64)
        return cls.values[:size]


def _classes(codes: np.ndarray) -> np.ndarray:
    if codes.max() < _BMP:
        return _bmp_classes()[codes]
    classes = _bmp_classes()[np.minimum(codes, _BMP - 1)]
    astral = codes >= _BMP
    found = {int(code): _astral_class(int(code)) for code in np.unique(codes[astral]).tolist()}
    classes[astral] = [found[int(code)] for code in codes[astral].tolist()]
    return classes


@cache
def _single_byte_classes(encoding: str) -> bytes:
    """``classify`` of each byte of a one-byte encoding, as a ``bytes.translate`` table."""
    table = bytearray(256)
    for byte in range(256):
        try:
            table[byte] = classify(bytes([byte]).decode(encoding))
        except UnicodeDecodeError:  # undefined in the encoding: never produced by encode
            pass
    return bytes(table)


def _single_byte(text: str) -> tuple[bytes, bytes] | None:
    """The text in the first single-byte encoding that holds it, and its character classes."""
    for encoding in _SINGLE_BYTE:
        try:
            encoded = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        return encoded, encoded.translate(_single_byte_classes(encoding))
    return None


def _codes_and_classes(text: str) -> tuple[np.ndarray, np.ndarray] | None:
    """One number per character (equal characters, equal numbers) and its class. Most Western
    transcripts fit Latin-1 (a copy: Python stores such text one byte a character) or cp1252
    (Latin-1 with typographic quotes), classified by ``bytes.translate`` in C; other texts use
    their code points and the BMP table."""
    single = _single_byte(text)
    if single is not None:
        encoded, classes = single
        return np.frombuffer(encoded, dtype=np.uint8), np.frombuffer(classes, dtype=np.uint8)
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return None
    return codes, _classes(codes)


def _word_keys(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A 64-bit polynomial hash per word (wrapping arithmetic), equal for equal spellings."""
    powers = _Powers.upto(len(codes))
    with np.errstate(over="ignore"):
        prefix = np.empty(len(codes) + 1, dtype=np.uint64)
        prefix[0] = 0
        np.cumsum(np.multiply(codes, powers, dtype=np.uint64), out=prefix[1:])
        # Shift every word to the same top power so equal spellings get equal hashes.
        return (prefix[ends] - prefix[starts]) * powers[len(codes) - 1 - starts] + lengths.astype(np.uint64)


_WORD_BYTES = 8
# Keep the low ``length`` bytes of an 8-byte little-endian load (index: min(length, 8)).
_LOW_BYTES = np.array([(1 << (8 * n)) - 1 for n in range(_WORD_BYTES)] + [(1 << 64) - 1], dtype=np.uint64)
_MIX_1, _MIX_2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)  # splitmix64
_TOP_BIT = np.uint64(1 << 63)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser (a bijection of 64-bit values), in place."""
    with np.errstate(over="ignore"):
        values ^= values >> np.uint64(30)
        values *= _MIX_1
        values ^= values >> np.uint64(27)
        values *= _MIX_2
        values ^= values >> np.uint64(31)
    return values


def _byte_word_ranks(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """One id per word of one-byte ``codes``, equal for equal spellings, numbered in order of
    first occurrence.

    ``_word_keys`` needs 64-bit prefix sums over every character; here each word is read as 8-byte
    loads instead. A word of up to 7 characters is its own key, exactly (below 2**56); a longer
    word is hashed load by load, after its length, through a 64-bit mixer, and takes the top bit
    so that a hash can never meet an exact key."""
    # Whole 8-byte words of the text (zero padded), so that any unaligned load is two aligned ones.
    padded = np.zeros((len(codes) // _WORD_BYTES + 2) * _WORD_BYTES, dtype=np.uint8)
    padded[:len(codes)] = codes
    aligned = padded.view("<u8")

    def load(offsets: np.ndarray, remaining: np.ndarray) -> np.ndarray:
        index = offsets >> 3
        shift = ((offsets & 7) << 3).astype(np.uint64)
        low = aligned[index] >> shift
        # (x << 1) << (63 - shift): the high word's part, also where shift is 0 (x << 64 is undefined).
        high = (aligned[index + 1] << np.uint64(1)) << (np.uint64(63) - shift)
        return (low | high) & _LOW_BYTES[np.minimum(remaining, _WORD_BYTES)]

    keys = load(starts, lengths)
    long_rows = np.flatnonzero(lengths >= _WORD_BYTES)
    if len(long_rows):
        long_starts, long_lengths = starts[long_rows], lengths[long_rows]
        hashed = _mix(_mix(long_lengths.astype(np.uint64)) ^ keys[long_rows])
        for offset in range(_WORD_BYTES, int(long_lengths.max()), _WORD_BYTES):
            rows = np.flatnonzero(long_lengths > offset)
            hashed[rows] = _mix(hashed[rows] ^ load(long_starts[rows] + offset, long_lengths[rows] - offset))
        keys[long_rows] = hashed | _TOP_BIT
    ranks, _ = pd.factorize(keys)
    return ranks


def _word_bounds(classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end positions of the words: runs of letters, an apostrophe between two letters
    included."""
    letter = classes == LETTER
    inside = letter.copy()
    inside[1:-1] |= (classes[1:-1] == APOSTROPHE) & letter[:-2] & letter[2:]
    edges = np.diff(np.concatenate(([False], inside, [False])).view(np.int8))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def count_words_fast(text: str) -> Counter | None:
    """Casefolded word counts in order of first occurrence, or None: use ``count_words``."""
    if not text:
        return Counter()
    found = _codes_and_classes(text)
    if found is None:
        return None
    codes, classes = found
    if (classes == UNSAFE).any():
        return None
    starts, ends = _word_bounds(classes)
    if len(starts) == 0:
        return Counter()
    lengths = ends - starts
    if lengths.max() > _LONGEST_WORD:
        return None
    keys = _word_keys(codes, starts, ends, lengths)
    ranks, _ = pd.factorize(keys)  # ranks in order of first occurrence
    counts = np.bincount(ranks)
    highest = np.maximum.accumulate(ranks)
    first = np.flatnonzero(np.concatenate(([True], highest[1:] > highest[:-1])))
    result: Counter = Counter()
    for start, end, number in zip(starts[first].tolist(), ends[first].tolist(), counts.tolist()):
        word = sys.intern(text[start:end].casefold())
        result[word] += number
    return result


_CHUNK_CHARACTERS = 4_000_000
_SEPARATOR = b"\n"  # OTHER in both single-byte encodings: no word spans two texts


def count_words_many(texts: list[str]) -> list[Counter | None]:
    """``count_words_fast`` of each text, with the array work done over a few long concatenations
    instead of text by text (fewer, larger numpy operations: less overhead, and the GIL is released
    for longer stretches when this runs in a worker thread)."""
    results: list[Counter | None] = [None] * len(texts)
    batch: list[tuple[int, str, bytes, bytes]] = []
    size = 0
    for index, text in enumerate(texts):
        if not text:
            results[index] = Counter()
            continue
        single = _single_byte(text)
        if single is None:
            results[index] = count_words_fast(text)  # code points: text by text
        elif UNSAFE not in single[1]:  # an unsafe character leaves None: the exact path
            batch.append((index, text, *single))
            size += len(single[0]) + 1
        if size >= _CHUNK_CHARACTERS:
            _count_batch(batch, results)
            batch, size = [], 0
    if batch:
        _count_batch(batch, results)
    return results


def _count_batch(batch: list[tuple[int, str, bytes, bytes]], results: list[Counter | None]) -> None:
    codes = np.frombuffer(_SEPARATOR.join(item[2] for item in batch), dtype=np.uint8)
    classes = np.frombuffer(_SEPARATOR.join(item[3] for item in batch), dtype=np.uint8)
    offsets = np.cumsum([0] + [len(item[2]) + 1 for item in batch[:-1]], dtype=np.int64)
    starts, ends = _word_bounds(classes)
    lengths = ends - starts
    # Batch position of each word: the words come in text order, so each text's are one run.
    runs = np.searchsorted(starts, offsets)
    owner = np.repeat(np.arange(len(batch), dtype=np.int64), np.diff(np.append(runs, len(starts))))
    too_long = lengths > _LONGEST_WORD
    excluded = np.zeros(len(batch), dtype=bool)
    if too_long.any():  # those texts take the exact path (None), their words are left out
        excluded[np.unique(owner[too_long])] = True
        keep = ~excluded[owner]
        starts, ends, lengths, owner = starts[keep], ends[keep], lengths[keep], owner[keep]
    for position, (index, _, _, _) in enumerate(batch):
        if not excluded[position]:
            results[index] = Counter()
    if len(starts) == 0:
        return
    ranks = _byte_word_ranks(codes, starts, lengths)
    first = np.empty(int(ranks.max()) + 1, dtype=np.int64)  # ranks in order of first occurrence
    first[ranks[::-1]] = np.arange(len(ranks) - 1, -1, -1)  # first occurrence of each spelling
    word_of: dict[str, int] = {}
    names: list[str] = []
    spelling_word = np.empty(len(first), dtype=np.int64)
    first_owner = owner[first].tolist()
    for number, (start, end, position) in enumerate(zip(starts[first].tolist(), ends[first].tolist(), first_owner)):
        offset = int(offsets[position])
        word = batch[position][1][start - offset:end - offset].casefold()
        found = word_of.get(word)
        if found is None:
            found = word_of[word] = len(names)
            names.append(sys.intern(word))
        spelling_word[number] = found
    pairs = owner.astype(np.int64) * len(names) + spelling_word[ranks]
    pair_ranks, unique_pairs = pd.factorize(pairs)  # grouped by text, words in order of first occurrence
    counts = np.bincount(pair_ranks).tolist()
    pair_owner = unique_pairs // len(names)
    pair_words = (unique_pairs % len(names)).tolist()
    bounds = np.searchsorted(pair_owner, np.arange(len(batch) + 1)).tolist()
    for position, (index, _, _, _) in enumerate(batch):
        low, high = bounds[position], bounds[position + 1]
        if low < high:
            results[index] = Counter(dict(zip([names[w] for w in pair_words[low:high]], counts[low:high])))
