"""Bundled resources are found the same way in a checkout, an installed wheel and the frozen app."""

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from evaleditor.resources import APP_ICON_PNG, example_project, resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "evaleditor").rglob("__init__.py")}
    assert on_disk | {"evaleditor_resources"} == listed


def test_resources_in_the_checkout():
    from evaleditor.storage.projectfile import load_project

    assert example_project() == ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"
    assert load_project(example_project()).sheets[0].policy_number == "4"
    assert resource_path(APP_ICON_PNG).read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow
def test_resources_in_an_installed_wheel(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "wheel"), str(ROOT)], check=True, capture_output=True)
    (wheel,) = (tmp_path / "wheel").glob("evaleditor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "evaleditor_resources/examples/hiratsuka-policy4-r2.evproj" in names
    assert not any(n.startswith("tests/") for n in names)
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "import evaleditor; from evaleditor.resources import example_project\n"
            "from evaleditor.storage.projectfile import load_project\n"
            "assert evaleditor.__file__.startswith(sys.argv[1]), evaleditor.__file__\n"
            "print(example_project()); load_project(example_project())")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "site")], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(tmp_path / "site"))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strip") is None and sys.platform != "win32", reason="binutils missing")
def test_frozen_app_builds_and_passes_its_smoke_test(tmp_path):
    """The frozen app finds its resources: its GUI smoke test opens the bundled example."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--workpath", str(tmp_path / "work"), "--distpath", str(tmp_path / "dist"),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT, capture_output=True)
    result = subprocess.run(["bash", str(ROOT / "scripts" / "smoke-frozen"), str(tmp_path / "dist" / "evaleditor")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: window shown: hiratsuka-policy4-r2.evproj" in result.stdout
    assert "smoke test: writing works" in result.stdout  # pydantic-core's package, loaded when writing
    assert "smoke: passed" in result.stdout
