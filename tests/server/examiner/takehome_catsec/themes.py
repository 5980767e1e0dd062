"""Install site themes uploaded as .tar.gz bundles into the themes folder, and list them."""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

THEMES = Path("/srv/site/themes")
MAX_BUNDLE = 20 * 1024 * 1024


class ThemeError(Exception):
    pass


def read_manifest(folder):
    manifest = folder / "theme.json"
    if not manifest.is_file():
        raise ThemeError("bundle has no theme.json")
    with manifest.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if "name" not in data or "version" not in data:
        raise ThemeError("theme.json needs name and version")
    return data


def install(bundle_path):
    bundle = Path(bundle_path)
    if bundle.stat().st_size > MAX_BUNDLE:
        raise ThemeError("bundle too large")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp)
        with tarfile.open(bundle, "r:gz") as tar:
            tar.extractall(staging)
        meta = read_manifest(staging)
        name = meta["name"]
        if not name.isidentifier():
            raise ThemeError(f"bad theme name {name!r}")
        target = THEMES / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)
    return meta


def installed():
    themes = []
    for folder in sorted(THEMES.iterdir()):
        if folder.is_dir():
            try:
                themes.append(read_manifest(folder))
            except (ThemeError, json.JSONDecodeError):
                continue
    return themes


if __name__ == "__main__":
    import sys

    for path in sys.argv[1:]:
        try:
            meta = install(path)
        except ThemeError as e:
            print(f"{path}: {e}", file=sys.stderr)
        else:
            print(f"installed {meta['name']} {meta['version']}")
    print(len(installed()), "themes installed")
