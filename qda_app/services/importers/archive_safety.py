"""Checks on a docx/odt zip before python-docx or odfpy sees it.

Two attacks: a zip bomb (members that inflate to gigabytes) and XML entity tricks
(billion laughs, external entities) in the XML parts. Both are caught from the zip's
central directory and the XML prologs, before any library parses the document.

Why declared sizes are enough: Python's ``zipfile`` stops inflating a member at its
declared ``file_size`` and then checks the CRC, so a member that lies about its size
fails with BadZipFile instead of inflating further. Both python-docx and odfpy read
members through ``zipfile``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from qda_app.services.importers.detect import refuse
from qda_app.services.interop.zip_safety import _is_symlink, _is_unsafe_name


@dataclass(frozen=True)
class ZipLimits:
    """Limits for a document zip; defaults suit office documents with images."""

    # python-docx keeps every part in memory, so this bounds memory use as well.
    max_total_uncompressed: int = 512 * 1024 * 1024
    # Deflated XML reaches 10-30x; 100x only by text made to compress (a bomb).
    max_ratio: float = 100.0
    # Small members may show absurd ratios legitimately (a run of spaces); ignore them.
    ratio_floor_bytes: int = 1024 * 1024
    max_members: int = 10_000


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
               NotImplementedError, KeyError, RuntimeError)


def check_document_zip(path: str, data: bytes, *, limits: ZipLimits = ZipLimits()) -> None:
    """Refuse a document zip that is damaged, encrypted, a bomb, or has unsafe XML."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
            _check_members(path, members, limits)
            for member in members:
                if not member.is_dir() and _looks_like_xml(archive, member):
                    _check_xml_member(path, archive, member)
    except _ZIP_ERRORS as error:
        raise refuse(path, "corrupt", key="zip_damaged", error=str(error)) from None


def _check_members(path: str, members: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(members) > limits.max_members:
        raise refuse(path, "zip_bomb", key="zip_too_many_members", members=len(members), limit=limits.max_members)
    total = 0
    for member in members:
        # Nothing is extracted to disk, but no word processor writes such members: a document
        # carrying them was made to attack something, so it is refused like a REFI-QDA archive.
        if _is_unsafe_name(member.filename):
            raise refuse(path, "unsafe_path", key="zip_member_outside", member=member.filename)
        if _is_symlink(member):
            raise refuse(path, "unsafe_path", key="zip_member_link", member=member.filename)
        if member.flag_bits & 0x1:
            raise refuse(path, "encrypted", key="zip_member_encrypted", member=member.filename)
        total += member.file_size
        if total > limits.max_total_uncompressed:
            raise refuse(path, "zip_bomb", key="zip_inflates_beyond", limit=limits.max_total_uncompressed)
        if member.file_size > limits.ratio_floor_bytes:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > limits.max_ratio:
                raise refuse(path, "zip_bomb", key="zip_member_ratio", member=member.filename, ratio=round(ratio),
                             compressed=member.compress_size, size=member.file_size, limit=f"{limits.max_ratio:g}")


def _looks_like_xml(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    # Decide by content, not by name: python-docx picks parts by content type, so an XML
    # part may have any name.
    name = member.filename.lower()
    if name.endswith((".xml", ".rels")):
        return True
    if name.endswith((".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf", ".bin", ".tif")):
        return False
    with archive.open(member) as stream:
        head = stream.read(64)
    stripped = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return stripped.startswith(b"<") or head.startswith((b"\xff\xfe", b"\xfe\xff"))


class _RootReached(Exception):
    """Raised from the parser target at the first element: the prolog has been checked."""


class _StopAtRoot:
    def start(self, tag: str, attributes: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        return None


def _check_xml_member(path: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Refuse DOCTYPE/ENTITY declarations in one XML member.

    A DOCTYPE (where entities are declared) can only come before the root element, so
    parsing stops at the first element: cheap even for a huge document.xml. defusedxml's
    parser decodes the declared encoding (UTF-16 too), which a byte search would miss.
    """
    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(65536):
                parser.feed(chunk)
            parser.close()
    except _RootReached:
        return
    except DefusedXmlException as error:
        raise refuse(path, "unsafe_xml", key="xml_declarations", member=member.filename,
                     error=type(error).__name__) from None
    except ParseError as error:
        raise refuse(path, "corrupt", key="xml_malformed", member=member.filename, error=str(error)) from None
