"""Certificates and keys in a terminal: `openssl x509 -text`, `gpg --list-keys`, an armoured secret key, SSH keys.

Why this screen: "my client certificate stopped working" or "set up signing on the build box" has a
technician inspect a user's certificates and keys, and the tools print the owner's identity among
long hex and base64 that is nobody's: `openssl x509 -noout -text` prints the Subject as one
`C=GB, O=..., OU=..., CN=<First> <Last>, emailAddress=<e-mail>` line and the Subject Alternative
Name as `email:<e-mail>, email:<e-mail>` (serial, modulus and signature innocent); `gpg
--list-keys` and `--list-secret-keys` a `uid [ultimate] <First> <Last> <e-mail>` per key under
the home folder's path (`/home/<login>/.gnupg/pubring.kbx`); `gpg --armor --export-secret-keys`
a `PGP PRIVATE KEY BLOCK` (every base64 line of it secret); `ssh-keygen -lf` a key's fingerprint
and its comment `<first.last>@<laptop>`, `cat ~/.ssh/authorized_keys` long public keys wrapped
over rows, each ending in such a comment; `openssl pkcs12 -export` asks for an export password
(typed, not echoed), then a second run gives it on the command line (`-passout pass:<pw>`). Names
from en_IE, en_IN, pl_PL and rare ones.
"""

from __future__ import annotations

import base64
import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "build-03"
COLS = 132
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Radomir", "Eirlys"]
RARE_LAST = ["Oyelaran", "Przybylski", "Venkataraman", "Ní Bhriain"]
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def _dotted(name: str) -> str:
    """'<first>.<last>' as an SSH key's comment spells a person (lower case, ASCII, no spaces)."""
    first, last = _ascii(name).lower().replace("'", "").split(" ", 1)
    return f"{first}.{last.replace(' ', '').replace('-', '')}"


def _hex_rows(rng: object, n_bytes: int, per_row: int, indent: str) -> str:
    tok = fakes.token(rng, 2 * n_bytes, HEX)  # type: ignore[arg-type]
    pairs = [tok[i : i + 2] for i in range(0, len(tok), 2)]
    rows = [":".join(pairs[i : i + per_row]) for i in range(0, len(pairs), per_row)]
    return "\n".join(f"{indent}{r}:" if i < len(rows) - 1 else f"{indent}{r}" for i, r in enumerate(rows)) + "\n"


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, india, pl = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("pl_PL")
    owner = f"{ie.first_name()} {rng.choice(RARE_LAST)}"
    colleague = fakes.person(india)
    signer = f"{pl.first_name()} {pl.last_name()}"
    third = f"{rng.choice(RARE_FIRST)} {ie.last_name()}"
    owner_mail = fakes.email_for(_ascii(owner), "harbourlane.co.uk", rng)
    owner_alt = _dotted(owner).replace(".", "") + "@gmail.com"
    signer_mail = fakes.email_for(_ascii(signer), "harbourlane.co.uk", rng)
    login = fakes.initial_login(_ascii(owner))
    owner_ssh, colleague_ssh, third_ssh = _dotted(owner), _dotted(colleague), _dotted(third)
    export_pw = fakes.password(rng, 14)
    serial = ":".join(fakes.token(rng, 2, HEX) for _ in range(16))
    fpr_owner = fakes.token(rng, 40, HEX.upper())
    fpr_signer = fakes.token(rng, 40, HEX.upper())
    key_body = base64.b64encode(bytes(rng.randrange(256) for _ in range(384))).decode()
    key_lines = [key_body[i : i + 64] for i in range(0, len(key_body), 64)]
    x509 = (
        "Certificate:\n"
        "    Data:\n"
        "        Version: 3 (0x2)\n"
        "        Serial Number:\n"
        f"            {serial}\n"
        "        Signature Algorithm: sha256WithRSAEncryption\n"
        "        Issuer: C=GB, O=Harbour Lane Ltd, CN=Harbour Lane Issuing CA 2\n"
        "        Validity\n"
        "            Not Before: Nov  2 09:14:07 2026 GMT\n"
        "            Not After : Nov  2 09:14:07 2027 GMT\n"
        f"        Subject: C=GB, O=Harbour Lane Ltd, OU=Finance, CN={owner}, emailAddress={owner_mail}\n"
        "        Subject Public Key Info:\n"
        "            Public Key Algorithm: rsaEncryption\n"
        "                Public-Key: (2048 bit)\n"
        "                Modulus:\n"
        + _hex_rows(rng, 60, 15, "                    ")
        + "                Exponent: 65537 (0x10001)\n"
        "        X509v3 extensions:\n"
        "            X509v3 Basic Constraints: critical\n"
        "                CA:FALSE\n"
        "            X509v3 Key Usage: critical\n"
        "                Digital Signature, Key Encipherment\n"
        "            X509v3 Extended Key Usage:\n"
        "                TLS Web Client Authentication, E-mail Protection\n"
        "            X509v3 Subject Alternative Name:\n"
        f"                email:{owner_mail}, email:{owner_alt}\n"
        "    Signature Algorithm: sha256WithRSAEncryption\n"
        "    Signature Value:\n" + _hex_rows(rng, 54, 18, "        ")
    )
    rule = "-" * (len(login) + 24)
    list_keys = (
        f"/home/{login}/.gnupg/pubring.kbx\n{rule}\n"
        "pub   ed25519 2025-03-14 [SC] [expires: 2027-03-14]\n"
        f"      {fpr_owner}\n"
        f"uid           [ultimate] {owner} <{owner_mail}>\n"
        "sub   cv25519 2025-03-14 [E] [expires: 2027-03-14]\n\n"
        "pub   rsa4096 2024-01-09 [SC]\n"
        f"      {fpr_signer}\n"
        f"uid           [  full  ] {signer} <{signer_mail}>\n"
        "sub   rsa4096 2024-01-09 [E]\n\n"
    )
    list_secret = (
        f"/home/{login}/.gnupg/pubring.kbx\n{rule}\n"
        "sec   ed25519 2025-03-14 [SC] [expires: 2027-03-14]\n"
        f"      {fpr_owner}\n"
        f"uid           [ultimate] {owner} <{owner_mail}>\n"
        "ssb   cv25519 2025-03-14 [E] [expires: 2027-03-14]\n\n"
    )
    armored = (
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        + "\n".join(key_lines)
        + f"\n={fakes.token(rng, 4, B64)}\n-----END PGP PRIVATE KEY BLOCK-----\n"
    )
    pub_ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.token(rng, 43, B64)
    pub_rsa = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + fakes.token(rng, 340, B64)
    keygen = f"256 SHA256:{fakes.token(rng, 43, B64)} {owner_ssh}@thinkpad-x1 (ED25519)\n"
    authorized = (
        f"ssh-ed25519 {pub_ed} {owner_ssh}@thinkpad-x1\n"
        f"ssh-rsa {pub_rsa} {colleague_ssh}@mbp-2023\n"
        f"ssh-ed25519 {'AAAAC3NzaC1lZDI1NTE5AAAAI' + fakes.token(rng, 43, B64)} {third_ssh}@lt-0423\n"
    )
    printed = x509 + list_keys + list_secret + armored + keygen + authorized
    for value, kind in [
        (owner, "PERSON"),
        (signer, "PERSON"),
        (owner_mail, "EMAIL_ADDRESS"),
        (owner_alt, "EMAIL_ADDRESS"),
        (signer_mail, "EMAIL_ADDRESS"),
        (login, "USERNAME"),
        (owner_ssh, "USERNAME"),
        (colleague_ssh, "USERNAME"),
        (third_ssh, "USERNAME"),
    ]:
        stage.pii(value, kind, watch=False)
    for line in key_lines:
        stage.pii(line, "SECRET", watch=False, note="a line of an armoured PGP private key")
    stage.pii(export_pw, "PASSWORD", watch=False, note="typed at a hidden prompt, then on the command line")
    assert all(v in printed for v in (owner, owner_ssh, colleague_ssh))
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        'openssl() { case "$*" in x509*) command cat x509.out;;'
        " *passout*) ;;"
        " pkcs12*) read -s -r -p 'Enter Export Password:' _; echo;"
        " read -s -r -p 'Verifying - Enter Export Password:' _; echo;; esac; }\n"
        'gpg() { case "$*" in *export-secret*) command cat armored.out;; *list-secret*) command cat seckeys.out;;'
        " *) command cat keys.out;; esac; }\n"
        "ssh-keygen() { command cat keygen.out; }\n"
        'cat() { case "$*" in *authorized_keys) command cat authorized.out;; *) command cat "$@";; esac; }\n'
        f"PS1='{login}@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {
        "x509.out": x509,
        "keys.out": list_keys,
        "seckeys.out": list_secret,
        "armored.out": armored,
        "keygen.out": keygen,
        "authorized.out": authorized,
    }
    stage.xterm(f"{login}@{HOST}: ~", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping(
        "openssl x509 -in certs/client.crt -noout -text",
        x509,
        4.0,
        "Public Key Algorithm: rsaEncryption",
        "TLS Web Client Authentication, E-mail Protection",
        serial,
    )
    stage.mark("x509")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("gpg --list-keys", list_keys, 3.0, fpr_signer)
    stage.run_keeping("gpg --list-secret-keys", list_secret, 3.0)
    stage.mark("gpg_list")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(
        f"gpg --armor --export-secret-keys {owner_mail}", armored, 3.5, "-----BEGIN PGP PRIVATE KEY BLOCK-----"
    )
    stage.mark("armored")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("ssh-keygen -lf ~/.ssh/id_ed25519.pub", keygen, 1.5)
    stage.run_keeping("cat ~/.ssh/authorized_keys", authorized, 3.5)
    stage.mark("ssh")
    desk.type("openssl pkcs12 -export -in certs/client.crt -inkey certs/client.key -out client.p12\n")
    stage.pause(0.8)
    desk.type(export_pw + "\n")
    stage.pause(0.5)
    desk.type(export_pw + "\n")
    stage.pause(0.8)
    command = (
        f"openssl pkcs12 -export -in certs/client.crt -inkey certs/client.key -out client.p12 -passout pass:{export_pw}"
    )
    desk.type(command)
    stage.shown(export_pw, "PASSWORD")
    desk.key("Return")
    stage.mark("pkcs12")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="cert_keys",
    description="An xterm inspecting a user's certificates and keys: `openssl x509 -noout -text` on a client "
    "certificate (Subject: C=GB, O=..., CN=<First> <Last>, emailAddress=<e-mail>; SAN email:..., email:...; "
    "serial, modulus and signature innocent), `gpg --list-keys` and `--list-secret-keys` (/home/<login>/.gnupg, "
    "uid [ultimate] <First> <Last> <e-mail>), `gpg --armor --export-secret-keys` (a PGP PRIVATE KEY BLOCK, each "
    "base64 line secret), `ssh-keygen -lf` and `cat ~/.ssh/authorized_keys` (comments <first.last>@<laptop>, "
    "long keys wrapped), `openssl pkcs12 -export` (the export password typed hidden, then as -passout pass:<pw>). "
    "Names from en_IE, en_IN, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=70720,
    crf=26,
)
