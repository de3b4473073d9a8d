"""Six hex pairs out of a longer run are no MAC address (scene cert_keys: `openssl x509 -noout -text`
printed the certificate's 16-pair serial number, the modulus in rows of 15 pairs and the signature;
Presidio's MAC pattern masked pairs out of each, innocent text the technician reads). Values are
invented."""

from tests.helpers import text_layout

X509 = (
    "        Serial Number:",
    "            3a:91:c4:07:5e:d2:88:1f:b6:40:e9:7c:2d:a5:13:f8",
    "                Modulus:",
    "                    00:c1:5b:7e:22:9a:d4:31:8f:06:e3:b7:4c:92:5d:",
    "                    e8:17:a0:3c:6b:f5:d9:24",
)


def _macs(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "MAC_ADDRESS"}


def test_a_certificates_serial_and_modulus_are_no_mac_addresses(detector):
    assert not _macs(detector, *X509)


def test_a_mac_address_alone_is_still_one(detector):
    assert "00:1a:2b:3c:4d:5e" in _macs(detector, "eth0  Link encap:Ethernet  HWaddr 00:1a:2b:3c:4d:5e")
    assert "3C-52-82-1F-9A-07" in _macs(detector, "Physical Address. . . . . . . . . : 3C-52-82-1F-9A-07")
