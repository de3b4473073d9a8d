"""Our Presidio recognizers (one module each) and the registry that loads them with Presidio's
own from models/recognizers.yaml (registry.py).

Password and secret shapes (API keys, tokens, JWTs) are declared as data in recognizers.yaml;
values beside a "Password:" label need the screen's geometry and are found by the label pass
(labels.py).
"""

from pipeline.detection.recognizers.credit_card import OcrCreditCardRecognizer, luhn_ok
from pipeline.detection.recognizers.email import OfflineEmailRecognizer, has_public_suffix
from pipeline.detection.recognizers.registry import OWN_RECOGNIZERS, build_registry

__all__ = [
    "OWN_RECOGNIZERS",
    "OcrCreditCardRecognizer",
    "OfflineEmailRecognizer",
    "build_registry",
    "has_public_suffix",
    "luhn_ok",
]
