"""Who owns a customer's domain, where it points, and what the shop's API says about the customer.

Why this screen: "my shop's e-mails bounce" has a technician look the customer's domains up in a
terminal. `whois` prints the registrant in the shape of each registry: the `Key: value` lines of
the .com registries, the registrant repeated as the Admin and Tech contacts; a registry's dotted
leaders (`Registrant Name.........: <Name>`); the older indented blocks without a caption before
each line (`Registrant:` over the name, the street, the town and postcode). Then `dig` and `host`
print the domain's addresses, and `curl -v` calls the shop's API with an `Authorization: Bearer`
header and prints a customer as JSON. Canned outputs (no network); names from en_GB and en_IE and
rare ones.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "support-ws-07"
RARE_FIRST = ["Oisin", "Tamsin", "Ieuan", "Saoirse", "Caoimhe", "Fionnuala"]
RARE_LAST = ["Trevithick", "Ó Ceallaigh", "Penhaligon", "Mac Giolla", "Quarrington", "Blethyn"]


def _com_whois(domain: str, contact: dict[str, str]) -> str:
    head = (
        f"   Domain Name: {domain.upper()}\n"
        "   Registry Domain ID: 2739104856_DOMAIN_COM-VRSN\n"
        "   Registrar WHOIS Server: whois.namehub-registrar.com\n"
        "   Updated Date: 2026-02-11T09:14:22Z\n"
        "   Creation Date: 2019-06-03T17:41:05Z\n"
        "   Registrar: NameHub Registrar, LLC\n"
    )
    roles = ""
    for role in ("Registrant", "Admin", "Tech"):
        roles += (
            f"{role} Name: {contact['name']}\n"
            f"{role} Organization: {contact['org']}\n"
            f"{role} Street: {contact['street']}\n"
            f"{role} City: {contact['town']}\n"
            f"{role} State/Province: {contact['county']}\n"
            f"{role} Postal Code: {contact['postcode']}\n"
            f"{role} Country: GB\n"
            f"{role} Phone: {contact['phone']}\n"
            f"{role} Email: {contact['email']}\n"
        )
    tail = "Name Server: NS1.HOSTDOCK-DNS.NET\nName Server: NS2.HOSTDOCK-DNS.NET\nDNSSEC: unsigned\n"
    return head + roles + tail


def _dotted_whois(domain: str, contact: dict[str, str]) -> str:
    rows = [
        ("Domain Name", domain),
        ("Registrar", "Blacknight Internet Solutions"),
        ("Registrant Name", contact["name"]),
        ("Registrant Street", contact["street"]),
        ("Registrant City", contact["town"]),
        ("Registrant Postal Code", contact["postcode"]),
        ("Registrant Phone", contact["phone"]),
        ("Registrant Email", contact["email"]),
        ("Renewal Date", "2027-04-30"),
        ("Status", "ok"),
    ]
    return "".join(f"{key:.<24}: {value}\n" for key, value in rows)


def _block_whois(domain: str, contact: dict[str, str]) -> str:
    return (
        f"    Domain name:\n        {domain}\n\n"
        f"    Registrant:\n        {contact['name']}\n        {contact['street']}\n"
        f"        {contact['town']} {contact['postcode']}\n        United Kingdom\n\n"
        "    Registrant type:\n        UK Individual\n\n"
        "    Registrar:\n        Hostdock Ltd t/a Hostdock [Tag = HOSTDOCK]\n\n"
        "    Relevant dates:\n        Registered on: 14-Mar-2019\n        Expiry date:  14-Mar-2027\n\n"
        "    Name servers:\n        ns1.hostdock-dns.net\n        ns2.hostdock-dns.net\n"
    )


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    people = [
        fakes.person(gb),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}",
        f"{ie.first_name()} {rng.choice(RARE_LAST)}",
        fakes.person(gb),
    ]
    contacts = []
    for i, name in enumerate(people):
        first, last = name.split(" ", 1)
        slug = "".join(ch for ch in fakes.email_for(name, "x.io", rng).split("@")[0] if ch.isalnum())
        contact = {
            "name": name,
            "org": name if i == 0 else "",
            "street": fakes.street(gb).replace(",", ""),
            "town": gb.city(),
            "county": gb.county(),
            "postcode": fakes.uk_postcode(gb),
            "phone": "+44." + fakes.uk_mobile(rng).replace(" ", "")[1:],
            "email": fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "eircom.net"]), rng),
            "domain": f"{slug}-{rng.choice(['crafts', 'studio', 'bakes', 'prints'])}.com",
            "dob": gb.date_of_birth(minimum_age=21, maximum_age=80).isoformat(),
        }
        contacts.append(contact)
        stage.pii(name, "PERSON", watch=False)
        stage.pii(last, "PERSON", watch=False, scored=False, note="a surname alone")
        stage.pii(contact["street"], "ADDRESS", watch=False)
        stage.pii(contact["town"], "LOCATION", watch=False, scored=False, note="a Faker town, may be a word")
        stage.pii(contact["postcode"], "ZIP_CODE", watch=False)
        stage.pii(contact["phone"], "PHONE_NUMBER", watch=False)
        stage.pii(contact["email"], "EMAIL_ADDRESS", watch=False)
    com, dotted, block, customer = contacts
    dotted["domain"] = dotted["domain"].replace(".com", ".ie")
    block["domain"] = block["domain"].replace(".com", ".co.uk")
    ips = [stage.pii(fakes.ipv4(rng), "IP_ADDRESS", watch=False) for _ in range(3)]
    token = stage.pii(
        "eyJhbGciOiJIUzI1NiJ9." + fakes.token(rng, 40) + "." + fakes.token(rng, 24), "SECRET", watch=False
    )
    stage.pii(customer["dob"], "DATE_OF_BIRTH", watch=False)

    whois_com = _com_whois(com["domain"], com)
    whois_ie = _dotted_whois(dotted["domain"], dotted)
    whois_uk = _block_whois(block["domain"], block)
    dig_out = (
        f"\n; <<>> DiG 9.18.28-0ubuntu0.24.04.1-Ubuntu <<>> {com['domain']} +noall +answer\n"
        f"{com['domain']}.\t\t300\tIN\tA\t{ips[0]}\n"
        f"{com['domain']}.\t\t300\tIN\tA\t{ips[1]}\n"
    )
    host_out = (
        f"{block['domain']} has address {ips[2]}\n"
        f"{block['domain']} mail is handled by 10 mx1.hostdock-mail.net.\n"
        f"{block['domain']} mail is handled by 20 mx2.hostdock-mail.net.\n"
    )
    body = {
        "id": 48213,
        "name": customer["name"],
        "email": customer["email"],
        "phone": customer["phone"].replace("+44.", "+44 "),
        "date_of_birth": customer["dob"],
        "address": {"line1": customer["street"], "city": customer["town"], "postcode": customer["postcode"]},
        "marketing_opt_in": False,
    }
    stage.pii(body["phone"], "PHONE_NUMBER", watch=False)
    curl_out = (
        "*   Trying 198.51.100.24:443...\n"
        "* Connected to api.hostdock-shop.com (198.51.100.24) port 443\n"
        "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n"
        "> GET /v1/customers/48213 HTTP/2\n"
        "> Host: api.hostdock-shop.com\n"
        "> User-Agent: curl/8.5.0\n"
        "> Accept: application/json\n"
        f"> Authorization: Bearer {token}\n"
        ">\n"
        "< HTTP/2 200\n"
        "< content-type: application/json; charset=utf-8\n"
        "< x-request-id: 6f1c2e0a-93b4-4d1e-b2f7-0c5d8e7a1f42\n"
        "<\n" + json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    )
    outputs = {
        "whois_com": whois_com,
        "whois_ie": whois_ie,
        "whois_uk": whois_uk,
        "dig_out": dig_out,
        "host_out": host_out,
        "curl_out": curl_out,
    }
    aliases = (
        "whois() { case $1 in *.ie) whois_ie;; *.co.uk) whois_uk;; *) whois_com;; esac; }\n"
        "dig() { dig_out; }\nhost() { host_out; }\ncurl() { curl_out; }\n"
    )
    functions = "".join(f"{name}() {{ command cat {name}.out; }}\n" for name in outputs)
    rc = (
        f"export LANG=C.UTF-8 PAGER=cat\n{functions}{aliases}"
        f"PS1='tech@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {f"{name}.out": text for name, text in outputs.items()}
    stage.xterm(f"tech@{HOST}: ~", rc, files, geometry="120x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.run_keeping(f"whois {com['domain']}", whois_com, 4.5, "Registrar WHOIS Server", "DNSSEC: unsigned")
    stage.mark("whois_com")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(f"whois {dotted['domain']}", whois_ie, 3.0, "Blacknight Internet Solutions")
    stage.mark("whois_dotted")
    stage.run_keeping(f"whois {block['domain']}", whois_uk, 4.0, "UK Individual", "Relevant dates:")
    stage.mark("whois_block")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(f"dig {com['domain']} +noall +answer", dig_out, 2.0)
    stage.run_keeping(f"host {block['domain']}", host_out, 2.0, "mail is handled by 10")
    stage.mark("dns")
    desk.key("ctrl+l")
    stage.pause(0.4)
    command = 'curl -v https://api.hostdock-shop.com/v1/customers/48213 -H "Authorization: Bearer $TOKEN"'
    stage.run_keeping(command, curl_out, 4.5, '"marketing_opt_in": false', "content-type: application/json")
    stage.mark("curl")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="whois_dns",
    description="An xterm of 120 columns looking up a customer's domains: `whois` of a .com (`Key: value` "
    "lines, the registrant repeated as Admin and Tech: name, organisation, street, city, postcode, phone, "
    "e-mail), of a .ie with dotted leaders (`Registrant Name.........: <Name>`), of a .co.uk in the older "
    "indented blocks (`Registrant:` over the name, street, town and postcode); `dig` and `host` with the "
    "domains' IPs; `curl -v` with an `Authorization: Bearer` header and a customer as JSON (name, e-mail, "
    "phone, date of birth, address object). Canned outputs; names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=41077,
    crf=26,
)
