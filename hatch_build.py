"""Build hook: the wheel carries the top-level `models/` folder inside the package, as `pipeline/models`.

Only the standard wheel: an editable install imports `pipeline` from the checkout and reads the
checkout's own `models/` (pipeline/core/config.py), so a copy in site-packages would only be a
stale snapshot nobody reads. (A `force-include` table would put that copy in editable wheels too.)
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ModelsIntoPackage(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "standard":
            build_data["force_include"]["models"] = "pipeline/models"
