"""E-mail addresses with the domain check made offline, and that check for URLs."""

from __future__ import annotations

from typing import Any

from presidio_analyzer.predefined_recognizers import EmailRecognizer


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer with the domain check made offline.

    Presidio calls `tldextract.extract`, whose default extractor downloads the public suffix
    list on first use. Ours uses only the snapshot bundled with tldextract: no URLs, no cache.
    """

    _extractor: Any = None

    @classmethod
    def _tld(cls) -> Any:
        if cls._extractor is None:
            import tldextract

            cls._extractor = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)
        return cls._extractor

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102 - documented by Presidio's PatternRecognizer
        return self._tld()(pattern_text).fqdn != ""


def has_public_suffix(host: str) -> bool:
    """Whether `host` ends in a public suffix ("example.com" yes, "config.local" no), offline."""
    return OfflineEmailRecognizer._tld()(host).suffix != ""


def only_public_suffix(host: str) -> bool:
    """Whether `host` is a public suffix and nothing more ("gov.uk", "co.uk"): no one registers
    it, so it names no site of anyone's (GOV.UK's wordmark), offline."""
    parts = OfflineEmailRecognizer._tld()(host)
    return parts.suffix != "" and parts.domain == ""
