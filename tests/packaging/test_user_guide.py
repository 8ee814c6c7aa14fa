"""The user guides link only to screenshots that exist, and both guides show the same ones."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = ("guide-en.md", "guia-es.md")
IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _images(guide: str) -> list[str]:
    return IMAGE_LINK.findall((DOCS / guide).read_text(encoding="utf-8"))


def test_guides_link_existing_images():
    for guide in GUIDES:
        images = _images(guide)
        assert images, f"{guide} shows no screenshots"
        missing = [image for image in images if not (DOCS / image).is_file()]
        assert not missing, f"{guide} links missing images: {missing}"


def test_guides_link_each_other():
    assert "guia-es.md" in (DOCS / "guide-en.md").read_text(encoding="utf-8")
    assert "guide-en.md" in (DOCS / "guia-es.md").read_text(encoding="utf-8")
