"""A German online broker's account settings ("Mein Konto"), all in German, seen by its owner.

Why this screen: a customer in Germany, Austria or Switzerland shares their screen with support
to fix a detail of their account. Every caption is German: "Persönliche Daten" as a form of
filled inputs (Anrede, Vorname, Nachname, Geburtsdatum, Straße und Hausnummer, PLZ, Ort,
Telefon, E-Mail-Adresse), "Steuerliche Angaben" (Steuer-ID, Finanzamt, Freistellungsauftrag),
"Referenzkonto" (Kontoinhaber, IBAN, BIC, Bank), a table of authorised persons
("Bevollmächtigte": Name | Geburtsdatum | Rolle | Seit) and "Passwort ändern", where a new
password is typed with "Passwort anzeigen" on. The phone number is corrected by typing. Values
from Faker de_DE, some names that common name lists miss, umlauts and ß that OCR may read bare.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Wiebke", "Hinnerk", "Gesche", "Ortwin", "Swantje", "Tjark", "Imke", "Fokko"]
RARE_LAST = ["Quappendorf", "Rüdiger-Halbach", "Tiedemann", "Overbeck", "Strübing", "Bösenberg"]

CSS = """
body{font-size:13px;background:#f2f4f3;color:#1c2521;overflow:hidden}
.top{height:46px;background:#0b3d2e;color:#fff;display:flex;align-items:center;padding:0 20px;gap:22px}
.top b{font-size:17px}.top .who{margin-left:auto;font-size:12px;opacity:.9}
.wrap{display:grid;grid-template-columns:190px 1fr;gap:14px;padding:12px 16px}
.nav div{padding:8px 12px;color:#4a5a53;border-radius:5px;cursor:pointer}.nav div.on{background:#dcebe4;color:#0b3d2e;
 font-weight:700}
.pane{display:none}.pane.on{display:block}
.card{background:#fff;border:1px solid #d3ddd8;border-radius:8px;padding:10px 16px;margin-bottom:10px}
.card h3{margin:0 0 10px;font-size:14px;color:#0b3d2e}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px 16px}
.f label{display:block;font-size:11.5px;color:#5d6d66;margin-bottom:2px}
.f input,.f select{width:92%;font:13px 'Liberation Sans',sans-serif;border:1px solid #b7c4be;border-radius:4px;
 padding:5px 7px}
.span2{grid-column:span 2}
dl{display:grid;grid-template-columns:170px 1fr;row-gap:6px;margin:0}dt{color:#5d6d66}dd{margin:0}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#5d6d66;padding:5px 8px;border-bottom:2px solid #d3ddd8}
td{padding:6px 8px;border-bottom:1px solid #edf1ef}
.hint{font-size:11.5px;color:#5d6d66}.btn{display:inline-block;background:#127a55;color:#fff;border-radius:4px;
 padding:5px 14px;margin-top:6px}
"""

SCRIPT = """
function show(n){document.querySelectorAll('.pane').forEach(p=>p.classList.toggle('on',p.id===n));
document.querySelectorAll('.nav div').forEach(t=>t.classList.toggle('on',t.dataset.p===n));}
"""


def steuer_id(rng: random.Random) -> str:
    """A German tax identification number: 11 digits, one digit twice among the first ten, ISO 7064 check."""
    while True:
        pool = rng.sample(range(10), 9)
        digits = pool + [rng.choice(pool)]
        rng.shuffle(digits)
        if digits[0] == 0:
            continue
        product = 10
        for d in digits:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, digits)) + str(check)


def play(stage: Stage) -> None:
    rng, de = stage.rng, stage.fake("de_DE")
    first, last = rng.choice(RARE_FIRST), rng.choice(RARE_LAST)
    stage.pii(first, "PERSON")
    stage.pii(last, "PERSON")
    full = stage.pii(f"{first} {last}", "PERSON", note="top bar")
    dob = stage.pii(de.date_of_birth(minimum_age=25, maximum_age=70).strftime("%d.%m.%Y"), "DATE_OF_BIRTH")
    street = stage.pii(de.street_address(), "ADDRESS")
    plz = stage.pii(de.postcode(), "ZIP_CODE")
    town = stage.pii(de.city(), "LOCATION")
    phone_old = stage.pii(f"0{rng.randint(151, 179)} {rng.randint(1000000, 9999999)}", "PHONE_NUMBER")
    phone_new = f"0{rng.randint(151, 179)} {rng.randint(1000000, 9999999)}"
    email = stage.pii(fakes.email_for(full, rng.choice(["web.de", "gmx.de", "t-online.de"]), rng), "EMAIL_ADDRESS")
    tax_id = stage.pii(steuer_id(rng), "NATIONAL_ID", note="Steuer-ID")
    holder = stage.pii(f"{first} {last}", "PERSON")
    iban = de.iban()
    iban_spaced = stage.pii(" ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), "IBAN_CODE")
    proxies = []
    for _ in range(2):
        p_name = stage.pii(f"{de.first_name()} {de.last_name()}", "PERSON", note="Bevollmächtigte")
        p_dob = stage.pii(de.date_of_birth(minimum_age=18, maximum_age=80).strftime("%d.%m.%Y"), "DATE_OF_BIRTH")
        proxies.append((p_name, p_dob))
    password = fakes.password(rng, 13)

    def field(label: str, value: str, fid: str = "", cls: str = "f") -> str:
        ident = f" id={fid}" if fid else ""
        return f'<div class="{cls}"><label>{label}</label><input{ident} value="{esc(value)}"></div>'

    personal = f"""<div class="pane on" id=daten><div class=card><h3>Persönliche Daten</h3><div class=grid>
<div class=f><label>Anrede</label><select><option>Frau</option><option>Herr</option></select></div>
{field("Vorname", first)}{field("Nachname", last)}{field("Geburtsdatum", dob)}
{field("Staatsangehörigkeit", "deutsch")}{field("Familienstand", "verheiratet")}
{field("Straße und Hausnummer", street, cls="f span2")}{field("PLZ", plz)}{field("Ort", town)}
{field("Land", "Deutschland")}{field("Telefon", phone_old, "tel")}{field("E-Mail-Adresse", email, cls="f span2")}
</div><span class=btn>Änderungen speichern</span></div>
<div class=card><h3>Steuerliche Angaben</h3><dl><dt>Steuer-ID</dt><dd>{tax_id}</dd><dt>Finanzamt</dt>
<dd>wird automatisch ermittelt</dd><dt>Freistellungsauftrag</dt><dd>1.000,00 € (ausgeschöpft: 412,37 €)</dd>
<dt>Kirchensteuer</dt><dd>keine</dd></dl></div></div>"""
    bank = f"""<div class=pane id=bank><div class=card><h3>Referenzkonto</h3><dl><dt>Kontoinhaber</dt>
<dd>{esc(holder)}</dd><dt>IBAN</dt><dd>{iban_spaced}</dd><dt>BIC</dt><dd>COBADEFFXXX</dd><dt>Bank</dt>
<dd>Commerzbank</dd><dt>Verwendung</dt><dd>Ein- und Auszahlungen</dd></dl></div>
<div class=card><h3>Bevollmächtigte</h3><table><tr><th>Name</th><th>Geburtsdatum</th><th>Rolle</th><th>Seit</th></tr>
<tr><td>{esc(proxies[0][0])}</td><td>{proxies[0][1]}</td><td>Kontovollmacht</td><td>03/2021</td></tr>
<tr><td>{esc(proxies[1][0])}</td><td>{proxies[1][1]}</td><td>Vorsorgevollmacht</td><td>11/2024</td></tr>
</table></div></div>"""
    security = """<div class=pane id=sicherheit><div class=card><h3>Passwort ändern</h3><div class=grid>
<div class=f><label>Aktuelles Passwort</label><input type=password value="xxxxxxxxxxxx"></div>
<div class=f><label>Neues Passwort</label><input id=pw type=text></div><div class=f><label>&nbsp;</label>
<span class=hint>☑ Passwort anzeigen</span></div></div><div class=hint>Mindestens 12 Zeichen, davon eine Ziffer
und ein Sonderzeichen.</div><span class=btn>Passwort speichern</span></div>
<div class=card><h3>Zwei-Faktor-Authentifizierung</h3>
Aktiv über die App · zuletzt bestätigt am 01.12.2026</div></div>"""
    nav = "".join(
        f"<div data-p={p} id=n{p}{' class=on' if p == 'daten' else ''} onclick=\"show('{p}')\">{t}</div>"
        for p, t in (("daten", "Persönliche Daten"), ("bank", "Referenzkonto"), ("sicherheit", "Sicherheit"))
    )
    body = f"""<div class=top><b>Finova Depot</b><span>Depot</span><span>Handeln</span><span>Postfach</span>
<span class=who>{esc(full)} · Mein Konto</span></div><div class=wrap><div class=nav>{nav}</div>
<div>{personal}{bank}{security}</div></div>"""
    stage.page("konto/einstellungen.html", doc("Mein Konto · Finova Depot", CSS, body, SCRIPT))
    stage.keep("Finova Depot", "Mein Konto", "Persönliche Daten", "Referenzkonto", "Sicherheit")
    stage.keep("Staatsangehörigkeit", "Familienstand", "Straße und Hausnummer", "E-Mail-Adresse", "Geburtsdatum")
    stage.keep("Änderungen speichern", "Steuerliche Angaben", "Freistellungsauftrag", "wird automatisch ermittelt")
    chrome = stage.chrome("http://www.finova-depot.example/konto/einstellungen.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(7.0)
    stage.click(*chrome.point("#tel"))
    desk.key("ctrl+a")
    desk.type(phone_new, typo_rate=0.0, delay_ms=70)
    stage.shown(phone_new, "PHONE_NUMBER")
    stage.mark("phone typed")
    stage.pause(3.0)
    stage.click(*chrome.point("#nbank"))
    stage.mark("referenzkonto")
    stage.keep("Kontovollmacht", "Vorsorgevollmacht", "Ein- und Auszahlungen", "Commerzbank", "COBADEFFXXX")
    stage.pause(7.0)
    stage.click(*chrome.point("#nsicherheit"))
    stage.mark("sicherheit")
    stage.pause(1.5)
    stage.click(*chrome.point("#pw"))
    desk.type(password, typo_rate=0.0, delay_ms=80)
    stage.shown(password, "PASSWORD")
    stage.mark("password typed")
    stage.pause(3.0)
    stage.click(*chrome.point("#ndaten"))
    stage.mark("daten")
    stage.pause(12.0)


SCENE = SceneSpec(
    name="de_account",
    description="A German online broker's account settings in Chromium, every caption in German (Faker de_DE and "
    "names common lists miss): 'Persönliche Daten' as filled inputs (Anrede, Vorname, Nachname, Geburtsdatum "
    "'TT.MM.JJJJ', Straße und Hausnummer, PLZ, Ort, Telefon retyped, E-Mail-Adresse), 'Steuerliche Angaben' "
    "(Steuer-ID, 11 digits), the 'Referenzkonto' (Kontoinhaber, a DE IBAN in groups, BIC) and a table of "
    "'Bevollmächtigte' (Name | Geburtsdatum | Rolle | Seit), then 'Passwort ändern' with a new password typed in "
    "clear; back to the personal data.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=40333,
    crf=24,
)
