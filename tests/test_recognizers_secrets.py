"""DetectSecretsRecognizer: detect-secrets' entropy and keyword plugins on screen lines, and the
random-looking things a support session shows that are no secrets (hashes, GUIDs, image data)."""

from __future__ import annotations

import pytest

from pipeline.detection.recognizers.secrets import DetectSecretsRecognizer, line_words


@pytest.fixture(scope="module")
def recognizer() -> DetectSecretsRecognizer:
    return DetectSecretsRecognizer()


def found(recognizer, text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, ["SECRET", "PASSWORD"])}


SECRETS = [
    # id, text, entity, value
    (
        "aws-env",
        "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SECRET",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "garbled-label",
        "AWS SECRET ACCESS K&Y=B5c8fQNVx8vGwbAzsZ5TwEavDXqyeDJq3UuP3/kN",
        "SECRET",
        "B5c8fQNVx8vGwbAzsZ5TwEavDXqyeDJq3UuP3/kN",
    ),
    (
        "hex-with-keyword",
        "client_secret: 9f86d081884c7d659a2feaa0c55ad015",
        "SECRET",
        "9f86d081884c7d659a2feaa0c55ad015",
    ),
    ("config-password", "password = s3cr3t!", "PASSWORD", "s3cr3t!"),
    ("json-password", '"db_password": "Tr0ub4dor&3",', "PASSWORD", "Tr0ub4dor&3"),
    ("keyword-with-suffix", "mysql_root_password_secure=abc123 other=1", "PASSWORD", "abc123"),
    ("code-comparison", 'if (password == "hunter2")', "PASSWORD", "hunter2"),
    (
        "connection-string",
        "DefaultEndpointsProtocol=https;AccountName=contosodata;"
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDX"
        "J1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net",
        "SECRET",
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    ),
    # OCR lost the ":" of a settings page, or the key sits on the line above its value
    ("pair-without-separator", "Client secret  Qm9iIHNhaWQgaGVsbG8gMjAyNQx7", "SECRET", "Qm9iIHNhaWQgaGVsbG8gMjAyNQx7"),
    ("key-above-value", "Client secret\nQm9iIHNhaWQgaGVsbG8gMjAyNQx7", "SECRET", "Qm9iIHNhaWQgaGVsbG8gMjAyNQx7"),
    ("pair-password-above", "Database password\nTr0ub4dor&3", "PASSWORD", "Tr0ub4dor&3"),
    # random enough without a word: a key pasted into a chat
    ("bare-random-token", "use this one aZ3kP9qL2mX8vB1cT7yW5nD0 please", "SECRET", "aZ3kP9qL2mX8vB1cT7yW5nD0"),
    ("bare-random-20", "the webhook is Xk9fQ2LmZp7RtB4wYc1N ok", "SECRET", "Xk9fQ2LmZp7RtB4wYc1N"),
    # a random key with a word in it is still a key (the glued-words rule below)
    ("bare-token-with-a-word", "the value is Window7kP9qL2mX8vB1cT7yW5nD0x", "SECRET", "Window7kP9qL2mX8vB1cT7yW5nD0x"),
    ("bare-token-after-a-name", "PowerShell8kP9qL2mX8vB1cT7yW5nD0", "SECRET", "PowerShell8kP9qL2mX8vB1cT7yW5nD0"),
    (
        "private-key-block",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Tq9w7q8o5kL9vXc"
        "\n-----END RSA PRIVATE KEY-----",
        "SECRET",
        "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Tq9w7q8o5kL9vXc",
    ),
]


@pytest.mark.parametrize("text,entity,value", [c[1:] for c in SECRETS], ids=[c[0] for c in SECRETS])
def test_secrets(recognizer, text, entity, value):
    assert (entity, value) in found(recognizer, text)


NOT_SECRETS = [
    ("git-commit", "commit 9f2c4e1b7a3d5f60812c9e4d7b1a0f3e5c6d8a9b"),
    ("git-rev-parse", "$ git rev-parse HEAD\n3f2a1b4c5d6e7f8091a2b3c4d5e6f708192a3b4c"),
    ("sha256sum", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 setup.exe"),
    ("get-filehash", "SHA256 E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 C:\\Temp\\installer.msi"),
    ("md5", "MD5: d41d8cd98f00b204e9800998ecf8427e"),
    ("docker-digest", "Digest: sha256:4f1c2a9e77b1d8c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9"),
    ("npm-integrity", '"integrity": "sha512-Q2hlY2sgSW50ZWdyaXR5IQ9fQ2LmZp7RtB4wYc1NaZ3kP9qL2mX8vB1c=="'),
    ("guid", "Report Id: 7b9c3f0e-5a1d-4c2b-9e8f-1a2b3c4d5e6f"),
    ("guid-braces", "Class {4D36E972-E325-11CE-BFC1-08002BE10318}"),
    ("etag", 'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"'),
    ("content-md5", "Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ=="),
    (
        "data-uri",
        '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAABHNCSVQICAgIfAhkiAAAAAlw">',
    ),
    (
        "wrapped-base64-blob",
        "AAAOxAAADsQBlSsOGwAAABl0RVh0U29mdHdhcmUAd3d3Lmlua3NjYXBlLm9yZ5vuPBoAAAGPSURBVDiNpZO9TsMwEMd",
    ),
    # words OCR read without their spaces at 66 % (system_tools of corpus_v2: an app header of
    # brand, host, system and status, and a tab's title): SECRET before, as random by entropy
    ("glued-header", "Acme RMMHOST-FRONTOFFICE-07Windows10Enterprise22H2Online"),
    ("glued-header-misread", "Contoso RMMPC-BACKDESK-03Windows11Pro23H2Offiine"),
    ("glued-tab-title", "LAPTOP-RECEPTION-02-Servicesx"),
    ("certificate", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ"),
    ("library-path", "loaded /usr/lib/x86_64-linux-gnu/libGL.so.1 ok"),
    ("appx-package", "Microsoft.Office.Desktop_16050.17126.20132.0_x86__8wekyb3d8bbwe"),
    ("appx-family", "Microsoft.Windows.Photos_8wekyb3d8bbwe"),
    ("camel-case-class", "at AbstractSingletonProxyFactoryBean.getObject(Factory.java:42)"),
    ("device-instance", "PCI\\VEN_8086&DEV_15FC&SUBSYS_0A1C1028&REV_20\\3&11583659&0&FE"),
    ("ssh-fingerprint", "ED25519 key fingerprint is SHA256:pK3bJ0s8Zr9fLkq2mXcVbN7tYw4Ue1Ai6Hd5Go0PqRs."),
    ("ga-cookie-id", "Set-Cookie: _ga=GA1.2.1234567890.1700000000; Path=/"),
    ("version-strings", "Package: libssl3 Version: 3.0.2-0ubuntu1.12 Installed-Size: 5832"),
    ("password-prose", "Password must be at least 8 characters"),
    ("password-masked", "Password: ********"),
    ("password-placeholder", "password: ${DB_PASSWORD}"),
    ("keyword-prose-no-separator", "Secret Santa party on Friday"),
    ("password-change-button", "Password Change"),
    ("request-id", "X-Request-Id: 0f8fad5b-d9cb-469f-a165-70867728950e"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_SECRETS], ids=[c[0] for c in NOT_SECRETS])
def test_random_looking_technical_text_is_no_secret(recognizer, text):
    assert found(recognizer, text) == set()


def test_line_words_split_identifiers():
    assert {"aws", "secret", "access", "key", "api"} <= line_words("AWS_SECRET_ACCESS_KEY=x apiKey")
