"""Where the packaged configuration lives: `models/` (detection settings, recognizers, policy).

One place for the path, so that the detector and the policy can never read different folders.

`models/` sits at the top of the repository; a wheel carries it inside the package as
`pipeline/models` (hatch_build.py), where `importlib.resources` finds it. An editable install
imports `pipeline` from the checkout, which has no `pipeline/models`: there the folder is the
checkout's own `models/`, found from the install's record of where the checkout is (PEP 610
`direct_url.json`), so edits to it take effect without reinstalling.
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path
from urllib.parse import unquote, urlparse

DISTRIBUTION = "session-redactor"
CONFIG_FOLDER = "models"


def packaged_models_dir() -> Path:
    """The configuration folder of this install: the wheel's copy, else the editable checkout's.
    The path may not exist (a broken install): the reader then names the missing file."""
    package = Path(str(resources.files("pipeline")))
    packaged = package / CONFIG_FOLDER
    if packaged.is_dir():
        return packaged
    checkout = editable_checkout()
    # only the checkout this `pipeline` is imported from: never another install's folder
    if checkout is not None and (checkout / "pipeline").resolve() == package.resolve():
        return checkout / CONFIG_FOLDER
    return packaged


def editable_checkout() -> Path | None:
    """The source folder of an editable install of this distribution, or None. Every record of the
    name is asked: a stale build record (`*.egg-info` in the checkout) can come first on sys.path."""
    for dist in metadata.distributions(name=DISTRIBUTION):
        checkout = _editable_source(dist.read_text("direct_url.json"))
        if checkout is not None:
            return checkout
    return None


def _editable_source(direct_url: str | None) -> Path | None:
    try:
        record = json.loads(direct_url or "")
    except ValueError:
        return None
    if not isinstance(record, dict) or not (record.get("dir_info") or {}).get("editable"):
        return None
    url = urlparse(str(record.get("url", "")))
    return Path(unquote(url.path)) if url.scheme == "file" else None


DEFAULT_MODELS_DIR = packaged_models_dir()
