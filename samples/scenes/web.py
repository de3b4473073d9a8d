"""Small HTML helpers shared by the scenes' pages (escaping, the document shell, the base style)."""

from __future__ import annotations

from html import escape

# Fonts every Debian desktop has; Liberation Sans has Arial's metrics, as most web apps ask for Arial.
BASE_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif;color:#202124;background:#fff}
button{font:inherit;cursor:pointer}
input,select,textarea{font:inherit}
"""


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def doc(title: str, css: str, body: str, script: str = "") -> str:
    """A complete page: the base style, the scene's style, its body and an optional script."""
    js = f"<script>{script}</script>" if script else ""
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{esc(title)}</title>"
        f"<style>{BASE_CSS}{css}</style></head><body>{body}{js}</body></html>"
    )
