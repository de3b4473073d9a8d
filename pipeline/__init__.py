"""session-redactor: find and blur personal data in recorded screen sessions."""

__version__ = "0.1.0"
