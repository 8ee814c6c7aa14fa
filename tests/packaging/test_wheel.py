"""The wheel holds everything the program needs, and the installed wheel (not the checkout) runs.

The wheel is built from a copy of the checkout in a temporary folder, so stale files in the
checkout's ``build/`` cannot leak into it, and installed non-editable into a fresh virtual
environment. That environment sees the host's site-packages through a ``.pth`` line (so
PySide6, pandas... are not downloaded again) but not the host's editable-install hook, which
would otherwise quietly supply from the checkout any module the wheel left out.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import qda_app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("qda_app", "resources", "pyproject.toml", "README.md")
SKIPPED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache"}
DEMO_QUOTATIONS = 535
DEMO_CODES = 37


def _source_files(folder: str) -> list[Path]:
    base = ROOT / folder
    return sorted(
        path.relative_to(base) for path in base.rglob("*")
        if path.is_file() and not SKIPPED_PARTS & set(path.parts) and path.suffix != ".pyc"
    )


def _copy_sources(target: Path) -> Path:
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)
    return target


def _build_wheel(source: Path, outdir: Path) -> Path:
    if importlib.util.find_spec("build") is not None:
        command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(source)]
    else:  # the test extra lacks `build`; pip builds the same wheel through the same backend
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(outdir), str(source)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    wheels = list(outdir.glob("qda_app-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_sources(work / "source")
    return _build_wheel(source, work / "dist")


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_is_named_after_the_version(wheel):
    assert wheel.name == f"qda_app-{qda_app.__version__}-py3-none-any.whl"


def test_wheel_holds_every_module_of_the_package(wheel_names):
    expected = {f"qda_app/{path.as_posix()}" for path in _source_files("qda_app")}
    missing = sorted(expected - wheel_names)
    assert not missing, (
        f"modules missing from the wheel (add their packages to [tool.setuptools] packages "
        f"in pyproject.toml): {missing}"
    )


def test_wheel_holds_every_resource(wheel_names):
    expected = {f"qda_app/resources/{path.as_posix()}" for path in _source_files("resources")}
    missing = sorted(expected - wheel_names)
    assert not missing, f"resources missing from the wheel: {missing}"
    shipped = [name for name in wheel_names if name.startswith("qda_app/resources/")]
    for pattern in ("demo/codebook.json", "demo/documents.json", "demo/transcripts/",
                    "i18n/qda_app_es.qm", "i18n/qda_app_pt.qm", "stopwords/es.txt",
                    "icons/app/qda-app.svg", "icons/app/qda-app-256.png"):
        assert any(name.startswith(f"qda_app/resources/{pattern}") for name in shipped), pattern
    assert len([name for name in shipped if "/demo/transcripts/" in name]) == 20


def test_wheel_declares_the_entry_points(wheel, wheel_names):
    with zipfile.ZipFile(wheel) as archive:
        [entry_points] = [name for name in wheel_names if name.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode("utf-8")
    assert "qda-app = qda_app.cli.main:main" in text
    assert "qda-app-gui = qda_app.gui.app:main" in text


# --- the installed wheel --------------------------------------------------------------------


def _make_environment(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    if not python.exists():
        python = folder / "Scripts" / "python.exe"
    venv_site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True).stdout.strip())
    # The host's installed dependencies, as plain path entries: .pth files in them (such as
    # the editable install of this checkout) are not run.
    host = [path for path in site.getsitepackages() if Path(path).is_dir()]
    (venv_site / "_host_dependencies.pth").write_text("\n".join(host) + "\n", encoding="utf-8")
    return python


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    environment = tmp_path_factory.mktemp("venv") / "env"
    python = _make_environment(environment)
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
         "--no-cache-dir", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return python


def _clean_env(tmp_path: Path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), PYTHONNOUSERSITE="1")
    return environment


def test_installed_wheel_is_what_runs(installed, tmp_path):
    """Every module of the package imports, from the environment, and finds its resources there."""
    environment_root = installed.parent.parent
    modules = sorted(
        ".".join(("qda_app", *path.with_suffix("").parts)).removesuffix(".__init__")
        for path in _source_files("qda_app")
        if path.suffix == ".py" and path.name != "__main__.py"  # __main__ would start the program
    )
    script = (
        "import importlib, json, sys\n"
        f"names = {modules!r}\n"
        "files = {name: importlib.import_module(name).__file__ for name in names}\n"
        "from qda_app.resources_path import resources_dir\n"
        "import qda_app\n"
        "print(json.dumps({'package': qda_app.__file__, 'resources': str(resources_dir()), 'files': files}))\n"
    )
    completed = subprocess.run([str(installed), "-c", script], capture_output=True, text=True,
                               timeout=180, cwd=tmp_path, env=_clean_env(tmp_path))
    assert completed.returncode == 0, completed.stderr[-3000:]
    found = json.loads(completed.stdout)
    root = str(environment_root.resolve())
    assert str(Path(found["package"]).resolve()).startswith(root), found["package"]
    assert str(Path(found["resources"]).resolve()).startswith(root), found["resources"]
    outside = {name: file for name, file in found["files"].items()
               if file is not None and not str(Path(file).resolve()).startswith(root)}
    assert not outside, f"modules imported from outside the installed wheel: {outside}"


def test_installed_wheel_builds_and_reads_the_demo_headless(installed, tmp_path):
    script = installed.parent / ("qda-app.exe" if os.name == "nt" else "qda-app")
    assert script.exists(), "the wheel did not install the qda-app command"
    environment = _clean_env(tmp_path)
    project = tmp_path / "demo.qdaproj"

    def run(*arguments: str) -> subprocess.CompletedProcess:
        completed = subprocess.run([str(script), *arguments], capture_output=True, text=True,
                                   timeout=180, cwd=tmp_path, env=environment)
        assert completed.returncode == 0, f"qda-app {' '.join(arguments)}: {completed.stderr}"
        return completed

    assert run("--version").stdout.strip() == f"qda_app {qda_app.__version__}"
    run("demo", str(project), "--no-gui")
    codes = json.loads(run("codes", str(project), "--json").stdout)
    quotations = json.loads(run("quotes", str(project), "--json").stdout)
    assert len(codes) == DEMO_CODES
    assert len(quotations) == DEMO_QUOTATIONS
