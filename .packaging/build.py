"""Build Qalam's bundle for this OS, prove it starts, and pack it: `python .packaging/build.py`.

Run it with the Python of an environment that has Qalam and the `package` extra installed
(`pip install -e '.[package]'`). Steps, each timed:

1. check that the installed metadata's version is pyproject.toml's (the bundle shows the former);
2. draw the icons from resources/icons/qalam.svg (icons.py);
3. run PyInstaller on qalam.spec: dist/Qalam/ (dist/Qalam.app on macOS);
4. run the bundle's own `--self-test` headless: a bundle that cannot start is never packed;
5. pack it: Linux a .tar.gz (with a .desktop file and an icon), macOS a .dmg (hdiutil), Windows
   an installer (Inno Setup, when ISCC.exe is installed; otherwise this step says it skipped).

`--no-package` stops after step 4. Outputs go to dist/, intermediate files to build/ (both
ignored by git). The last line printed is the path of the package, for CI to pick up.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP = "Qalam"
MIN_PYINSTALLER = (6, 10)
SELF_TEST_TIMEOUT_S = 300


class BuildError(Exception):
    """A step failed; the message says which and why (printed without a traceback)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description="Build, self-test and pack Qalam for this OS.")
    parser.add_argument("--no-package", action="store_true", help="stop after the bundle's self-test")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        with step("version"):
            version = check_version()
        with step("icons"):
            icons = make_icons()
        with step("PyInstaller"):
            bundle = run_pyinstaller(icons)
        with step("self-test of the bundle"):
            self_test(bundle, version)
        package = None
        if not args.no_package:
            with step("package"):
                package = pack(bundle, version, icons)
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    print(f"== done in {time.monotonic() - started:.0f} s; bundle {folder_size(bundle) / 2**20:.0f} MB on disk: {bundle}")
    if package is not None:
        print(f"== package {package.stat().st_size / 2**20:.0f} MB:")
        print(package)
    return 0


@contextmanager
def step(name: str) -> Iterator[None]:
    print(f"== {name}", flush=True)
    started = time.monotonic()
    yield
    print(f"== {name}: {time.monotonic() - started:.1f} s", flush=True)


def check_version() -> str:
    import PyInstaller

    found = tuple(int(part) for part in PyInstaller.__version__.split(".")[:2])
    if found < MIN_PYINSTALLER:
        raise BuildError(f"PyInstaller {PyInstaller.__version__} is too old; pip install -e '.[package]'")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    try:
        installed = metadata.version("qalam")
    except metadata.PackageNotFoundError:
        raise BuildError("qalam is not installed in this Python; run: pip install -e '.[package]'") from None
    if installed != declared:
        raise BuildError(f"pyproject.toml says {declared} but the installed metadata says {installed}; reinstall: pip install -e .")
    print(f"qalam {declared}, PyInstaller {PyInstaller.__version__}, Python {platform.python_version()} ({arch()})")
    return declared


def make_icons() -> Path:
    folder = BUILD / "icons"
    run([sys.executable, str(PACKAGING / "icons.py"), str(ROOT / "resources" / "icons" / "qalam.svg"), str(folder)])
    return folder


def run_pyinstaller(icons: Path) -> Path:
    for leftover in (DIST / APP, DIST / f"{APP}.app"):
        shutil.rmtree(leftover, ignore_errors=True)
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(PACKAGING / "qalam.spec"),
    ]  # fmt: skip
    # From build/, not the checkout: there Python would find a qalam.egg-info that `pip install -e` left in
    # the checkout, and the bundle would get its metadata instead of the installed distribution's.
    BUILD.mkdir(parents=True, exist_ok=True)
    run(command, env={**os.environ, "QALAM_ICONS": str(icons)}, cwd=BUILD)
    return DIST / f"{APP}.app" if sys.platform == "darwin" else DIST / APP


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / APP
    return bundle / (f"{APP}.exe" if sys.platform == "win32" else "qalam")


def self_test(bundle: Path, version: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    try:
        # Through pipes: a windowed Windows app has no console, but does write to pipes it is handed.
        output = run([str(executable(bundle)), "--self-test", "--offscreen"], env=env, timeout=SELF_TEST_TIMEOUT_S, capture=True, cwd=BUILD)
    except BuildError as exc:
        raise BuildError(f"the bundle failed its self-test, so it was not packed ({exc})") from None
    if f"ok: version: qalam {version}\n" not in output:
        raise BuildError(f"the bundle does not call itself qalam {version} (stale package metadata?), so it was not packed")


def pack(bundle: Path, version: str, icons: Path) -> Path | None:
    if sys.platform == "darwin":
        return pack_dmg(bundle, DIST / f"{APP}-{version}-macos-{arch()}.dmg")
    if sys.platform == "win32":
        return pack_installer(bundle, version, icons)
    return pack_tarball(bundle, DIST / f"{APP}-{version}-linux-{arch()}.tar.gz", icons)


def pack_tarball(bundle: Path, target: Path, icons: Path) -> Path:
    """Qalam/ with the app, plus qalam.desktop, qalam.png and a script that adds them to the user's menu."""
    extras = {
        "qalam.desktop": PACKAGING / "linux" / "qalam.desktop",
        "qalam.png": icons / "qalam.png",
        "install-desktop-entry.sh": PACKAGING / "linux" / "install-desktop-entry.sh",
    }
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP)
        for name, source in extras.items():
            info = tar.gettarinfo(source, arcname=f"{APP}/{name}")
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            with source.open("rb") as data:
                tar.addfile(info, data)
    return target


def pack_dmg(app: Path, target: Path) -> Path:
    """A compressed disk image holding Qalam.app and a link to /Applications to drag it onto."""
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run(["ditto", str(app), str(staging / app.name)])  # keeps symlinks, extended attributes and signatures
    (staging / "Applications").symlink_to("/Applications")
    target.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", APP, "-srcfolder", str(staging), "-ov", "-format", "UDZO", str(target)]
    for attempt in range(3):  # hdiutil now and then fails with "Resource busy" on CI machines
        try:
            run(command)
            return target
        except BuildError:
            if attempt == 2:
                raise
            time.sleep(5)
    return target


def pack_installer(bundle: Path, version: str, icons: Path) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("skipped the installer: Inno Setup 6's ISCC.exe was not found (choco install innosetup, or https://jrsoftware.org)")
        return None
    name = f"{APP}-{version}-windows-{arch()}-setup"
    run([
        str(iscc), "/Q", f"/DAppVersion={version}", f"/DSourceDir={bundle}", f"/DOutputDir={DIST}",
        f"/DOutputBaseFilename={name}", f"/DIconFile={icons / 'qalam.ico'}", str(PACKAGING / "windows" / "qalam.iss"),
    ])  # fmt: skip
    return DIST / f"{name}.exe"


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"), os.environ.get("LOCALAPPDATA")):
        for folder in ("Inno Setup 6", "Programs/Inno Setup 6"):
            if base and (Path(base) / folder / "ISCC.exe").exists():
                return Path(base) / folder / "ISCC.exe"
    return None


def arch() -> str:
    machine = platform.machine().lower()
    if machine in ("amd64", "x86_64", "x64"):
        return "x64" if sys.platform == "win32" else "x86_64"
    return {"aarch64": "arm64"}.get(machine, machine)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(
    command: list[str], *, env: dict[str, str] | None = None, timeout: float | None = None, capture: bool = False, cwd: Path = ROOT
) -> str:
    """Run `command`, failing the build if it fails; with `capture`, echo its output and return it."""
    print("$ " + " ".join(command), flush=True)
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "encoding": "utf-8", "errors": "replace"} if capture else {}
    try:
        result = subprocess.run(command, env=env, timeout=timeout, cwd=cwd, **pipes)
    except subprocess.TimeoutExpired as exc:
        output = exc.output or b""  # bytes, even in text mode
        print(output.decode("utf-8", "replace") if isinstance(output, bytes) else output, end="")
        raise BuildError(f"{Path(command[0]).name} did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise BuildError(f"could not run {command[0]}: {exc}") from None
    if capture:
        print(result.stdout, end="", flush=True)
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} exited with {result.returncode}")
    return result.stdout if capture else ""


if __name__ == "__main__":
    sys.exit(main())
