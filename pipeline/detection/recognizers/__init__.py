"""Our Presidio recognizers (one module each) and the registry that loads them with Presidio's
own from models/recognizers.yaml (registry.py).

Token shapes with known prefixes (API keys, tokens, JWTs) are declared as data in
recognizers.yaml; random-looking tokens and `key: value` secrets are found with detect-secrets
(secrets.py); values beside a "Password:" label need the screen's geometry and are found by the
label pass (labels.py). Postal addresses come from pyap2's rules over the lines of a block
(address.py: AddressBlockFinder, a layout pass the detector runs); dates of birth,
account numbers and sort codes from the words before them (identifiers.py); wallet addresses
and recovery phrases (crypto.py); an electricity supply's MPAN core (meters.py).
"""

from pipeline.detection.recognizers.address import AddressBlockFinder, PostcodeRecognizer, StreetLineRecognizer
from pipeline.detection.recognizers.credit_card import OcrCreditCardRecognizer, luhn_ok
from pipeline.detection.recognizers.crypto import CryptoAddressRecognizer, RecoveryPhraseRecognizer
from pipeline.detection.recognizers.email import OfflineEmailRecognizer, has_public_suffix
from pipeline.detection.recognizers.identifiers import BankAccountRecognizer, DateOfBirthRecognizer
from pipeline.detection.recognizers.meters import MpanCoreRecognizer
from pipeline.detection.recognizers.registry import OWN_RECOGNIZERS, build_registry
from pipeline.detection.recognizers.secrets import DetectSecretsRecognizer

__all__ = [
    "OWN_RECOGNIZERS",
    "AddressBlockFinder",
    "BankAccountRecognizer",
    "CryptoAddressRecognizer",
    "DateOfBirthRecognizer",
    "DetectSecretsRecognizer",
    "MpanCoreRecognizer",
    "OcrCreditCardRecognizer",
    "OfflineEmailRecognizer",
    "PostcodeRecognizer",
    "RecoveryPhraseRecognizer",
    "StreetLineRecognizer",
    "build_registry",
    "has_public_suffix",
    "luhn_ok",
]
