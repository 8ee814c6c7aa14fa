"""Where the shipped resources (demo project, icons, translations) are."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, or at the top of a checkout."""
    try:
        import qda_app.resources as package  # installed wheel or editable install

        locations = [Path(path) for path in package.__path__]
    except ImportError:
        locations = []
    locations.append(Path(__file__).resolve().parent.parent / "resources")
    for location in locations:
        if (location / "demo").is_dir():
            return location
    raise FileNotFoundError("qda_app resources are missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
