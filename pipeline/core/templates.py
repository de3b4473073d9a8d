"""Jinja2 environments for the documents we render from templates (the QA review page, the
dataset card): one place that sets autoescaping, so no page can forget it.

HTML templates (`*.html`) are autoescaped: every value that reaches them is escaped unless a
template marks it safe on purpose. Markdown (`*.md`) is not HTML and is not escaped. Undefined
names are errors, not empty strings.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def environment(package: str) -> Environment:
    """The environment of `package`'s `templates/` folder."""
    return Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "svg", "xml"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
