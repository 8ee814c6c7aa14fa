"""Every translatable string in qda_app/gui has a finished Spanish and Portuguese translation."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "pt")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language, tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    committed = ROOT / "resources" / "i18n" / f"qda_app_{language}.ts"
    assert committed.exists(), committed
    assert committed.with_suffix(".qm").exists(), "compiled catalogue missing: run pyside6-lrelease"
    merged = tmp_path / committed.name
    shutil.copy(committed, merged)
    sources = sorted(str(path) for path in (ROOT / "qda_app" / "gui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(merged)], check=True, capture_output=True, cwd=ROOT)
    missing = []
    for context in ET.parse(merged).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            empty = not (translation.text or "").strip() and not any(
                (form.text or "").strip() for form in translation.iter("numerusform"))
            if kind == "unfinished" or empty:
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert not missing, f"{language}: untranslated strings:\n" + "\n".join(missing)
