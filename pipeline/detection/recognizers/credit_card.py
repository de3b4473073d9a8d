"""Card numbers as OCR reads them."""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer


class OcrCreditCardRecognizer(CreditCardRecognizer):
    """Card numbers as OCR reads them: digit groups separated by nothing, one or two spaces,
    "-", "_" or "." (Tesseract often turns a gap into "_" or "."), validated with Luhn.

    Group layouts: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, and 13-19 unseparated digits.
    """

    _SEP = r"[ ._-]{0,2}"
    PATTERNS = [
        Pattern(
            "card 4-4-4-4 (ocr separators)",
            rf"(?<![\w.-])[1-6]\d{{3}}(?:{_SEP}\d{{4}}){{3}}(?:{_SEP}\d{{1,3}})?(?![\w-]|\.\d)",
            0.3,
        ),
        Pattern(
            "card 4-6-5 / 4-6-4 (ocr separators)",
            rf"(?<![\w.-])3\d{{3}}{_SEP}\d{{6}}{_SEP}\d{{4,5}}(?![\w-]|\.\d)",
            0.3,
        ),
        Pattern("card digits", r"(?<![\w.-])[1-6]\d{12,18}(?![\w-]|\.\d)", 0.3),
    ]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = "CREDIT_CARD",
        name: str | None = None,
    ):
        super().__init__(
            patterns=patterns or list(self.PATTERNS),
            context=context,
            supported_language=supported_language,
            supported_entity=supported_entity,
            name=name,
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102 - documented by Presidio's PatternRecognizer
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
            return False
        return luhn_ok(digits)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
