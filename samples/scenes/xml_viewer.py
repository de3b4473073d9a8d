"""A SOAP reply opened in Chromium as a raw XML document: the browser's own XML tree.

Why this screen: an integrator pastes the endpoint of a legacy customer service (a SOAP or XML
REST API) into the browser while support debugs a failing sync. With no stylesheet, Chromium
prints "This XML file does not appear to have any style information associated with it. The
document tree is shown below." over the document tree: one element per line in monospace,
'<Tag attr="...">' in purple and brown, fold triangles ("▼"/"▶") left of each element that has
children, its children indented under it, the closing tag on a line of its own; a leaf element on
one line ('<GivenName>Perpetua</GivenName>'). The customer records hold the names in
<GivenName>/<FamilyName>, <Email>, <Phone type="mobile">, <DateOfBirth>, an <Address> of
elements (<Line1>, <City>, <PostalCode>), <IBAN> and <AccountNumber>, and attributes carrying
values too (an id, an 'author' naming the agent on a note, an 'email' on a contact preference).
The page is scrolled, one Address folded and unfolded. Names from en_GB and en_IE lists and ones
common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_GIVEN = ["Perpetua", "Gwenllian", "Tudno", "Morwenna", "Caradoc", "Elowen"]
RARE_FAMILY = ["Trevaskis", "Penhaligon", "Rosewarne", "Tregenza", "Chenoweth"]

CSS = """
body{background:#fff;color:#000;font:13px/17px 'DejaVu Sans Mono','Liberation Mono',monospace;margin:8px}
.hdr{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;line-height:18px;border-bottom:2px solid #c0c0c0;
 padding:0 0 8px 0;margin:0 0 12px 0;max-width:880px}
.l{margin-left:1em;white-space:pre;position:relative;min-height:17px}
.k{margin-left:1em}
.fb{position:absolute;left:-1em;cursor:pointer;color:#6e6e6e;user-select:none;font-size:11px}
.t{color:#881280}.an{color:#994500}.av{color:#1a1aa6}.x{color:#000}.cm{color:#236e25}
.hid{display:none}
"""

SCRIPT = """
function fold(id){const k=document.getElementById('k'+id),c=document.getElementById('c'+id),
 e=document.getElementById('e'+id),b=document.getElementById('b'+id);const open=!k.classList.contains('hid');
 k.classList.toggle('hid',open);c.classList.toggle('hid',open);e.classList.toggle('hid',!open);
 b.textContent=open?'\\u25B6':'\\u25BC';}
"""


class _Xml:
    """Renders elements as Chromium's XML tree: an element with children opens on its own line
    with a fold triangle, its children in a block indented one em, its closing tag under them."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.folds = 0

    @staticmethod
    def _open(tag: str, attrs: dict[str, str], close: bool = False) -> str:
        a = "".join(f' <span class=an>{esc(k)}</span>="<span class=av>{esc(v)}</span>"' for k, v in attrs.items())
        return f"<span class=t>&lt;{esc(tag)}</span>{a}<span class=t>{'/' if close else ''}&gt;</span>"

    def leaf(self, tag: str, text: str, **attrs: str) -> None:
        body = (
            f"{self._open(tag, attrs)}<span class=x>{esc(text)}</span><span class=t>&lt;/{esc(tag)}&gt;</span>"
            if text
            else self._open(tag, attrs, close=True)
        )
        self.html.append(f"<div class=l>{body}</div>")

    def start(self, tag: str, **attrs: str) -> int:
        self.folds += 1
        n = self.folds
        self.html.append(
            f"<div class=l><span class=fb id=b{n} onclick='fold({n})'>&#9660;</span>{self._open(tag, attrs)}"
            f"<span class=hid id=e{n}>...<span class=t>&lt;/{esc(tag)}&gt;</span></span></div><div class=k id=k{n}>"
        )
        return n

    def end(self, tag: str, n: int) -> None:
        self.html.append(f"</div><div class=l id=c{n}><span class=t>&lt;/{esc(tag)}&gt;</span></div>")


def play(stage: Stage) -> None:
    rng, gb, ie = stage.rng, stage.fake("en_GB"), stage.fake("en_IE")
    givens = [rng.choice(RARE_GIVEN), gb.first_name(), ie.first_name()]
    families = [gb.last_name(), rng.choice(RARE_FAMILY), ie.last_name()]
    agent = stage.pii(fakes.person(gb), "PERSON", note="an agent named in a note's author attribute")
    x = _Xml()
    env = x.start("soap:Envelope", **{"xmlns:soap": "http://schemas.xmlsoap.org/soap/envelope/"})
    hdr = x.start("soap:Header")
    x.leaf("RequestId", "a41f-77c2-9e0b")
    x.end("soap:Header", hdr)
    body = x.start("soap:Body")
    resp = x.start("GetCustomersResponse", xmlns="urn:crm.northgate.example:customers:v2")
    x.leaf("ResultCount", "3")
    address_folds = []
    for k, (g, f) in enumerate(zip(givens, families, strict=True)):
        stage.pii(g, "PERSON", note="a given name in <GivenName>")
        stage.pii(f, "PERSON", note="a family name in <FamilyName>")
        cust = x.start("Customer", id=f"CUS-{rng.randint(100000, 999999)}", status="active")
        name = x.start("Name")
        x.leaf("Title", ["Ms", "Mr", "Mx"][k])
        x.leaf("GivenName", g)
        x.leaf("FamilyName", f)
        x.end("Name", name)
        email = fakes.email_for(f"{g} {f}", ["gmail.com", "btinternet.com", "eircom.net"][k], rng)
        x.leaf("Email", stage.pii(email, "EMAIL_ADDRESS"))
        x.leaf("Phone", stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER"), type="mobile")
        x.leaf(
            "DateOfBirth",
            stage.pii(gb.date_of_birth(minimum_age=19, maximum_age=80).isoformat(), "DATE_OF_BIRTH"),
        )
        addr = x.start("Address", type="home")
        address_folds.append(addr)
        x.leaf("Line1", stage.pii(fakes.street(gb), "ADDRESS"))
        x.leaf("City", stage.pii(rng.choice([c for c in fakes.UK_CITIES if " " not in c]), "LOCATION"))
        x.leaf("PostalCode", stage.pii(fakes.uk_postcode(gb), "ZIP_CODE"))
        x.leaf("Country", "GB")
        x.end("Address", addr)
        bank = fakes.uk_bank(gb)
        acct = x.start("BankAccount", primary="true")
        x.leaf("IBAN", stage.pii(bank.iban, "IBAN_CODE"))
        x.leaf("AccountNumber", stage.pii(bank.account, "ACCOUNT_NUMBER"))
        x.leaf("SortCode", stage.pii(bank.sort_code, "SORT_CODE"))
        x.end("BankAccount", acct)
        if k == 0:
            x.leaf("ContactPreference", "", channel="email", email=email, optIn="true")
            x.leaf("Note", "Called about a failed direct debit; new mandate sent.", author=agent, created="2026-11-28")
        else:
            x.leaf("ContactPreference", "", channel="post", optIn="false")
        x.leaf("Segment", ["RETAIL", "RETAIL", "PREMIER"][k])
        x.end("Customer", cust)
    x.leaf("NextPageToken", "eyJwIjoyfQ")
    x.end("GetCustomersResponse", resp)
    x.end("soap:Body", body)
    x.end("soap:Envelope", env)
    hdr_text = (
        "This XML file does not appear to have any style information associated with it. "
        "The document tree is shown below."
    )
    page = f"<div class=hdr>{esc(hdr_text)}</div><div id=tree>{''.join(x.html)}</div>"
    stage.page("crm/CustomerService.xml.html", doc("crm.northgate.example/soap/CustomerService", CSS, page, SCRIPT))
    stage.keep("This XML file does not appear to have any style information", "GetCustomersResponse", "soap:Envelope")
    chrome = stage.chrome("http://crm.northgate.example/crm/CustomerService.xml.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    x0, y0 = chrome.point("#tree")
    desk.move(x0, y0 + 120)
    desk.scroll(5, pause=0.25)
    stage.mark("scrolled to customer 1's address")
    stage.pause(4.0)
    first = f"#b{address_folds[0]}"
    for _ in range(4):  # the wheel until the first Address's triangle is on screen
        _, ty = chrome.point(first)
        if 120 < ty < 640:
            break
        desk.scroll(2 if ty >= 640 else -2, pause=0.25)
        stage.pause(0.5)
    stage.click(*chrome.point(first))
    stage.mark("address folded")
    stage.pause(3.0)
    stage.click(*chrome.point(first))
    stage.mark("address unfolded")
    stage.pause(2.5)
    desk.move(x0, y0 + 120)
    desk.scroll(6, pause=0.25)
    stage.mark("scrolled to customer 2")
    stage.pause(5.0)
    desk.scroll(8, pause=0.25)
    stage.mark("scrolled to the end")
    stage.pause(5.0)
    desk.scroll(-4, pause=0.25)
    stage.mark("back up")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="xml_viewer",
    description="A SOAP reply in Chromium's built-in XML tree (no style information): one element per line in "
    "monospace, fold triangles left of elements with children, children indented one em, closing tags on their own "
    'lines; three customers with <GivenName>/<FamilyName>, <Email>, <Phone type="mobile">, ISO <DateOfBirth>, an '
    "<Address> of <Line1>/<City>/<PostalCode> elements, <IBAN>, <AccountNumber>, <SortCode>, and values in "
    "attributes (a note's author, a contact preference's email); scrolled, one Address folded and unfolded "
    "(en_GB, en_IE and rare names).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=42117,
    crf=24,
)
