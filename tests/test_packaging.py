"""A regular (non-editable) install works: the wheel carries every module and data file.

An editable install reads the checkout, so it hides a data file the wheel leaves out; only
building the wheel, installing it in a fresh environment and running `sift check` shows it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.support import FIXTURES, ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _shipped_sources() -> dict[str, Path]:
    """Every file a wheel must carry, by its path inside the wheel: bot/ as it is, and the
    repository's prompts/ as bot/prompts/."""
    wanted = {}
    for folder, prefix in ((ROOT / "bot", "bot"), (ROOT / "prompts", "bot/prompts")):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                wanted[f"{prefix}/{path.relative_to(folder).as_posix()}"] = path
    return wanted


def _glob_matches(glob: str, relative: str) -> bool:
    """Whether a package-data glob matches a path: `*` stays within a folder, `**/` spans
    any number of them."""
    pattern = "".join(
        "(?:.*/)?" if part == "**/" else "[^/]*" if part == "*" else re.escape(part)
        for part in re.split(r"(\*\*/|\*)", glob)
    )
    return re.fullmatch(pattern, relative) is not None


def test_package_data_globs_cover_every_data_file():
    setuptools = PYPROJECT["tool"]["setuptools"]
    package_dirs = {
        name: ROOT / setuptools.get("package-dir", {}).get(name, name.replace(".", "/"))
        for name in setuptools["packages"]
    }
    globs = setuptools["package-data"]
    uncovered = []
    for data_file in (p for p in _shipped_sources().values() if p.suffix != ".py"):
        owner = max(
            (name for name, d in package_dirs.items() if data_file.is_relative_to(d)),
            key=len,
        )
        # setuptools matches a package's globs against paths relative to it, in the
        # package itself and in every parent package.
        matched = False
        for name, directory in package_dirs.items():
            if data_file.is_relative_to(directory) and (
                owner == name or owner.startswith(name + ".")
            ):
                relative = data_file.relative_to(directory).as_posix()
                patterns = globs.get(name, [])
                if any(_glob_matches(g, relative) for g in patterns):
                    matched = True
        if not matched:
            uncovered.append(str(data_file.relative_to(ROOT)))
    assert not uncovered, f"package-data leaves out {uncovered}"


def test_every_package_is_listed():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bot").rglob("__init__.py")
    }
    assert found <= listed, f"packages missing from pyproject.toml: {found - listed}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The project's wheel, built from a copy of the checkout (the build leaves files)."""
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("bot", "prompts"):
        shutil.copytree(ROOT / name, tree / name, ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("sift_bot-*.whl")
    return built


def test_the_wheel_carries_every_module_and_data_file(wheel):
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    missing = sorted(set(_shipped_sources()) - shipped)
    assert not missing, f"the wheel leaves out {missing}"


def test_sift_check_runs_from_a_fresh_install(wheel, tmp_path):
    venv = tmp_path / "venv"
    # Dependencies come from the running environment: only the wheel itself is installed.
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
        timeout=120,
    )
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIFT_", "PYTHON"))}
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", str(wheel)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr

    # Run away from the checkout, so that nothing can be read from it.
    where = subprocess.run(
        [str(python), "-c", "import bot; print(bot.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(venv)

    article = tmp_path / "article.txt"
    shutil.copy(FIXTURES / "fr-article.txt", article)
    result = subprocess.run(
        [str(bindir / "sift"), "check", "--format", "json", str(article)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    checklist = json.loads(result.stdout)
    assert checklist["language"] == "fr" and checklist["claims"]

    prompts = subprocess.run(
        [
            str(python),
            "-c",
            "from bot.extraction.llm import PROMPTS_DIR, load_prompts;"
            "print(PROMPTS_DIR, load_prompts().version)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert prompts.returncode == 0, prompts.stderr
    assert Path(prompts.stdout.split()[0]).is_relative_to(venv)
