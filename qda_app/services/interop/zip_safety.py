"""Opening untrusted ``.qdpx`` archives without trusting them.

Every check runs on the central directory before a byte is decompressed: names that climb
out (``../``), absolute names, symlinks, encrypted members, and sizes or compression
ratios that only a zip bomb has. Reads are bounded again because declared sizes can lie.
"""

from __future__ import annotations

import posixpath
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from qda_app.core.errors import InteropError


@dataclass(frozen=True)
class ReadLimits:
    max_members: int = 10_000
    max_member_bytes: int = 512 * 1024 * 1024  # one video can be big; we never read those
    # project.qde and every text file we read: a 200,000-quotation project writes ~240 MB of XML
    max_text_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    # Plain text compresses about 3-10x; only a bomb reaches hundreds. Tiny members are
    # exempt because a few repeated bytes legitimately compress enormously.
    max_ratio: float = 200.0
    ratio_exempt_bytes: int = 1024 * 1024


DEFAULT_LIMITS = ReadLimits()
_CHUNK = 1 << 20


def _is_unsafe_name(name: str) -> bool:
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return True
    return any(part == ".." for part in unified.split("/"))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix mode bits live in the high 16 bits; checked whatever create_system claims,
    # since an attacker chooses that byte too.
    return stat.S_ISLNK(info.external_attr >> 16)


class SafeZip:
    """A checked archive: a case-insensitive index of its files and bounded reads."""

    def __init__(self, archive: zipfile.ZipFile, *, file: str, limits: ReadLimits) -> None:
        self._archive = archive
        self.file = file
        self.limits = limits
        self.members: dict[str, zipfile.ZipInfo] = {}
        self._check_and_index()

    def _refuse(self, reason: str, detail: str, detail_key: str | None = None, **fields: object) -> InteropError:
        """``detail`` in English; ``detail_key`` and ``fields`` word it (report_text.DETAILS)."""
        return InteropError(file=self.file, reason=reason, detail=detail, detail_key=detail_key, **fields)

    def _check_and_index(self) -> None:
        infos = self._archive.infolist()
        if len(infos) > self.limits.max_members:
            raise self._refuse("too_many_members", f"{len(infos)} entries", "entries", count=len(infos))
        total = 0
        for info in infos:
            if _is_unsafe_name(info.filename):
                raise self._refuse("unsafe_path", info.filename)
            if _is_symlink(info):
                raise self._refuse("symlink", info.filename)
            if info.flag_bits & 0x1:
                raise self._refuse("encrypted", info.filename)
            if info.file_size > self.limits.max_member_bytes:
                raise self._refuse("too_large", f"{info.filename}: {info.file_size} bytes", "member_bytes",
                                   member=info.filename, size=info.file_size)
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise self._refuse("too_large", f"{total} bytes in all", "bytes_in_all", size=total)
            if info.file_size > self.limits.ratio_exempt_bytes:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > self.limits.max_ratio:
                    raise self._refuse("zip_bomb", f"{info.filename}: ratio {ratio:.0f}", "member_ratio",
                                       member=info.filename, ratio=f"{ratio:.0f}")
            if info.is_dir() or info.filename.endswith(("/", "\\")):
                continue  # stray folder entries carry nothing
            self.members[normalise_member_name(info.filename)] = info

    def names(self) -> list[str]:
        """Member names as stored (``/`` separators), in archive order."""
        return [info.filename.replace("\\", "/") for info in self.members.values()]

    def find(self, name: str) -> zipfile.ZipInfo | None:
        return self.members.get(normalise_member_name(name))

    def read(self, info: zipfile.ZipInfo) -> bytes:
        """Bounded read: text members only; a member growing past what it declared is a bomb.

        Read in chunks up to the smaller of its declared size and the limit (plus one byte to
        notice a lie), so a header that lies costs at most what it declared, never the limit.
        """
        limit = self.limits.max_text_bytes
        if info.file_size > limit:
            raise self._refuse("too_large", f"{info.filename}: {info.file_size} bytes", "member_bytes",
                                   member=info.filename, size=info.file_size)
        bound = min(info.file_size, limit)
        data = bytearray()
        try:
            with self._archive.open(info) as stream:
                while len(data) <= bound:
                    chunk = stream.read(min(_CHUNK, bound + 1 - len(data)))
                    if not chunk:
                        break
                    data += chunk
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise self._refuse("corrupt", f"{info.filename}: {error}") from error
        if len(data) > bound:
            raise self._refuse("zip_bomb", f"{info.filename}: more than the {info.file_size} bytes it declares",
                               "member_exceeds", member=info.filename, size=info.file_size)
        return bytes(data)

    def open_bounded(self, info: zipfile.ZipInfo) -> BoundedStream:
        """A member as a stream (project.qde, read incrementally) with the same bounds as
        ``read``: never more than it declares, never more than the text limit."""
        limit = self.limits.max_text_bytes
        if info.file_size > limit:
            raise self._refuse("too_large", f"{info.filename}: {info.file_size} bytes", "member_bytes",
                                   member=info.filename, size=info.file_size)
        try:
            stream = self._archive.open(info)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise self._refuse("corrupt", f"{info.filename}: {error}") from error
        return BoundedStream(stream, bound=min(info.file_size, limit), owner=self, name=info.filename)

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class BoundedStream:
    """A readable member that refuses to yield more than its bound (a lying header is a bomb)
    and reports a damaged archive as the InteropError ``corrupt``."""

    def __init__(self, stream: BinaryIO, *, bound: int, owner: SafeZip, name: str) -> None:
        self._stream = stream
        self._left = bound
        self._owner = owner
        self._name = name

    def read(self, size: int = -1) -> bytes:
        size = _CHUNK if size is None or size < 0 else min(size, _CHUNK)
        try:
            chunk = self._stream.read(min(size, self._left + 1))
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise self._owner._refuse("corrupt", f"{self._name}: {error}") from error
        self._left -= len(chunk)
        if self._left < 0:
            raise self._owner._refuse("zip_bomb", f"{self._name}: more than the bytes it declares",
                                      "member_exceeds_undeclared", member=self._name)
        return chunk

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BoundedStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def normalise_member_name(name: str) -> str:
    """Lookup key: forward slashes, no leading ``./``, case-folded (``Sources/`` = ``sources/``)."""
    unified = posixpath.normpath(name.replace("\\", "/")).lstrip("/")
    return unified.casefold()


def open_safe_zip(path: Path, *, limits: ReadLimits) -> SafeZip:
    file = str(path)
    if not path.is_file():
        raise InteropError(file=file, reason="not_found", detail="no such file")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise InteropError(file=file, reason="not_a_zip", detail=str(error)) from error
    except OSError as error:
        raise InteropError(file=file, reason="unreadable", detail=str(error)) from error
    try:
        return SafeZip(archive, file=file, limits=limits)
    except BaseException:
        archive.close()
        raise
