"""Where the packaged configuration lives: `models/` (detection settings, recognizers, policy).

One place for the path, so that the detector and the policy can never read different folders.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
