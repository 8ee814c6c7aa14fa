"""The user guides (English, Spanish, Portuguese) link only to screenshots that exist, show
the program in their own language, and document the same things: installation on every
system, every CLI command and every long option, the glossary and how to report."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from qda_app.cli.main import build_parser

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = ("guide-en.md", "guia-es.md", "guia-pt.md")
IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
# Words each guide must contain, in its own language.
EXPECTED = {
    "guide-en.md": ("Windows", "macOS", "Linux", "libxcb-cursor0", "Triangulation", "semantic domain",
                    "Glossary", "(quotation 6:2)", "APA", "Enraizamiento", "Enraizamento", "95% CI"),
    "guia-es.md": ("Windows", "macOS", "Linux", "libxcb-cursor0", "Triangulación", "dominio semántico",
                   "Glosario", "(cita 6:2)", "APA", "Enraizamiento", "Cuadro", "Fuente: Elaborado por los autores."),
    "guia-pt.md": ("Windows", "macOS", "Linux", "libxcb-cursor0", "Triangulação", "domínio semântico",
                   "Glossário", "(citação 6:2)", "APA", "Enraizamento", "Quadro", "Fonte: Elaborado pelos autores."),
}
# Words a guide must not use: the other term for a concept, or English in place of its own.
AVOIDED = {
    "guia-es.md": ("fundamentación", "pasaje", "Codificar in vivo", "hecho a mano"),
    "guia-pt.md": ("fundamentação", "passagem", "Memorando", "localização"),
}


def _text(guide: str) -> str:
    return (DOCS / guide).read_text(encoding="utf-8")


def _images(guide: str) -> list[str]:
    return IMAGE_LINK.findall(_text(guide))


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    verbs = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return dict(verbs.choices)


def test_guides_link_existing_images():
    for guide in GUIDES:
        images = _images(guide)
        assert images, f"{guide} shows no screenshots"
        missing = [image for image in images if not (DOCS / image).is_file()]
        assert not missing, f"{guide} links missing images: {missing}"


def test_guides_show_the_program_in_their_language():
    assert "images/main-window-es.png" in _images("guia-es.md")
    assert "images/main-window-pt.png" in _images("guia-pt.md")
    assert "images/code-tree-pt.png" in _images("guia-pt.md")


def test_guides_link_each_other():
    for guide in GUIDES:
        others = [other for other in GUIDES if other != guide]
        for other in others:
            assert other in _text(guide), f"{guide} does not link {other}"


@pytest.mark.parametrize("guide", GUIDES)
def test_guide_covers_installation_workflow_glossary_and_reporting(guide):
    text = _text(guide)
    missing = [word for word in EXPECTED[guide] if word not in text]
    assert not missing, f"{guide} lacks {missing}"
    used = [word for word in AVOIDED.get(guide, ()) if re.search(rf"\b{re.escape(word)}", text)]
    assert not used, f"{guide} uses {used}"


@pytest.mark.parametrize("guide", GUIDES)
def test_guide_documents_every_command_and_option(guide):
    """A new command or option must be described in all three guides."""
    text = _text(guide)
    undocumented = []
    for name, command in _commands().items():
        if f"`{name}" not in text and f"{name}`" not in text and f"/ `{name}" not in text:
            if not re.search(rf"`[^`]*\b{re.escape(name)}\b[^`]*`", text):
                undocumented.append(name)
        for action in command._actions:
            longs = [option for option in action.option_strings if option.startswith("--") and option != "--help"]
            shorts = [option for option in action.option_strings if not option.startswith("--")]
            if longs and not any(option in text for option in longs) and not any(
                    f"`{option} " in text for option in shorts):
                undocumented.append(f"{name} {longs[0]}")
    global_options = [option for action in build_parser()._actions for option in action.option_strings
                      if option.startswith("--") and option != "--help"]
    undocumented += [option for option in global_options if option not in text]
    assert not undocumented, f"{guide} does not document: {undocumented}"
