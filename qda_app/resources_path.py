"""Where the shipped resources (demo project, icons, translations) are."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: at the top of the checkout this code runs from, else the package's.

    The checkout's own folder comes first so that a second checkout (a git worktree) run beside
    an editable install of another one uses its own demo and catalogues, not the installed ones.
    """
    locations = [Path(__file__).resolve().parent.parent / "resources"]
    try:
        import qda_app.resources as package  # installed wheel or editable install

        locations += [Path(path) for path in package.__path__]
    except ImportError:
        pass
    for location in locations:
        if (location / "demo").is_dir():
            return location
    raise FileNotFoundError("qda_app resources are missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
