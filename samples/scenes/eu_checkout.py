"""A German online shop's checkout: the delivery form typed key by key, SEPA direct debit, an order summary.

Why this screen: customers in the EU shop in their own language while the technician helps them
finish an order. The form's captions are German ("Vorname", "Nachname", "Straße und Hausnummer",
"PLZ", "Ort", "Telefon", "Geburtsdatum (TT.MM.JJJJ)"), the street is written name first and house
number last, the postcode comes before the town ("10115 Berlin"), the date of birth is
"TT.MM.JJJJ", the phone is a German mobile, and paying by "SEPA-Lastschrift" asks for an IBAN and
the account holder ("Kontoinhaber"). The billing address ("Rechnungsadresse") is a saved address in
France or Spain ("12 rue …, 75002 Paris", "Calle … 14, 28013 Madrid"). The order summary
("Bestellübersicht") repeats both address blocks as lines with no captions.
"""

from __future__ import annotations

import random

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f4f4f4;color:#222;overflow:hidden}
.top{height:60px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 36px;gap:26px}
.top b{font:bold 22px 'DejaVu Sans',sans-serif;color:#c0392b;letter-spacing:.5px}
.steps{display:flex;gap:22px;margin-left:60px;font-size:13px;color:#888}.steps .on{color:#222;font-weight:700}
.top .safe{margin-left:auto;font-size:12px;color:#2e7d32}
.wrap{display:flex;gap:24px;padding:14px 36px}
.form{flex:1;background:#fff;border:1px solid #e2e2e2;border-radius:4px;padding:12px 22px}
h2{font-size:16px;margin:4px 0 8px}
.r{display:flex;gap:12px}.f{flex:1;margin-bottom:6px}.f.s{flex:0 0 110px}
.f label{display:block;font-size:12px;color:#555;margin-bottom:2px}
.f input,.f select{width:100%;padding:6px 8px;border:1px solid #aaa;border-radius:3px;font-size:14px;background:#fff}
.f input:focus{outline:2px solid #c0392b55;border-color:#c0392b}
.pay{display:flex;gap:10px;margin:4px 0 8px}.pay div{border:1px solid #ccc;border-radius:4px;padding:6px 10px;
font-size:13px}.pay .on{border:2px solid #c0392b;font-weight:700}
.ba{display:flex;gap:10px}.ba div{flex:1;border:1px solid #ccc;border-radius:4px;padding:6px 10px;font-size:12px;
line-height:1.4}.ba .on{border:2px solid #c0392b}
.side{width:330px;background:#fff;border:1px solid #e2e2e2;border-radius:4px;padding:12px 18px;align-self:flex-start}
.it{display:flex;gap:10px;margin:8px 0;font-size:13px}.it .th{width:40px;height:40px;border-radius:3px}
.it span{margin-left:auto;white-space:nowrap}.sum{border-top:1px solid #ddd;margin-top:8px;padding-top:6px;
font-size:13px}.sum div{display:flex;margin:4px 0}.sum span{margin-left:auto}
.btn{display:block;width:100%;margin-top:12px;background:#c0392b;color:#fff;border:0;border-radius:3px;padding:11px;
font-size:15px;font-weight:700}
.note{font-size:11px;color:#777;margin-top:6px;line-height:1.4}
#review{display:none}.blocks{display:flex;gap:18px;margin-top:6px}
.blk{flex:1;border:1px solid #e2e2e2;border-radius:4px;padding:10px 14px;line-height:1.55}
.blk h3{font-size:13px;margin:0 0 4px;color:#555}.blk .ed{float:right;font-size:12px;color:#c0392b}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('weiter').addEventListener('click', () => {
  $('form').style.display = 'none'; $('review').style.display = 'block';
  $('s2').classList.remove('on'); $('s3').classList.add('on');
  $('v-name').textContent = $('vn').value + ' ' + $('nn').value;
  $('v-str').textContent = $('str').value;
  $('v-ort').textContent = $('plz').value + ' ' + $('ort').value;
  $('v-tel').textContent = 'Tel. ' + $('tel').value;
  $('v-kin').textContent = $('kin').value;
  const iban = $('iban').value.replace(/ /g, '');
  $('v-iban').textContent = iban.slice(0, 4) + ' •••• •••• •••• ' + iban.slice(-6, -2) + ' ' + iban.slice(-2);
});
"""

ITEMS = [
    ("Wanderrucksack Alpin 30 l", 89.95, "#3d5a6c"),
    ("Trinkflasche Edelstahl 0,75 l", 24.99, "#9aa5ad"),
    ("Merino-Socken, 2er-Pack", 19.90, "#7a6a58"),
]
FR_TOWNS = [("Paris", "750"), ("Lyon", "6900"), ("Lille", "5900"), ("Nantes", "4400"), ("Bordeaux", "3300")]
ES_TOWNS = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480")]


def _postcode(prefix: str, rng: random.Random) -> str:
    """A five-digit postcode of a town whose postcodes start with `prefix` (75002, 28013)."""
    return prefix + f"{rng.randint(1, 10 ** (5 - len(prefix)) - 1):0{5 - len(prefix)}d}"


def _eur(x: float) -> str:
    return f"{x:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")


def play(stage: Stage) -> None:
    de, fr, es, rng = stage.fake("de_DE"), stage.fake("fr_FR"), stage.fake("es_ES"), stage.rng
    first, last = de.first_name(), de.last_name()
    stage.pii(first, "PERSON", scored=False, note="a first name alone, typed")
    stage.pii(last, "PERSON", note="a surname alone, typed under 'Nachname'")
    name = stage.pii(f"{first} {last}", "PERSON", note="the account holder, typed; the summary's name line")
    street = stage.pii(f"{de.street_name()} {rng.randint(1, 140)}", "ADDRESS")
    plz = stage.pii(de.postcode(), "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    town = stage.pii(de.city(), "LOCATION")
    stage.pii(f"{plz} {town}", "LOCATION", note="postcode and town on one line in the summary")
    phone = stage.pii(
        f"01{rng.choice(['51', '52', '57', '60', '62', '70', '76'])} {rng.randint(1000000, 99999999)}", "PHONE_NUMBER"
    )
    dob = stage.pii(
        de.date_of_birth(minimum_age=21, maximum_age=70).strftime("%d.%m.%Y"), "DATE_OF_BIRTH", note="typed"
    )
    email = stage.pii(
        f"{first[0].lower()}.{last.lower()}@web.de".replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss"),
        "EMAIL_ADDRESS",
    )
    iban_c = de.iban()
    iban = stage.pii(" ".join(iban_c[i : i + 4] for i in range(0, len(iban_c), 4)), "IBAN_CODE", note="typed")
    fr_town, fr_pre = rng.choice(FR_TOWNS)
    fr_name = stage.pii(f"{fr.first_name()} {fr.last_name()}", "PERSON", note="the billing address's name")
    fr_street = stage.pii(f"{rng.randint(2, 60)} {fr.street_name()}", "ADDRESS")
    fr_line = stage.pii(f"{_postcode(fr_pre, rng)} {fr_town}", "LOCATION", note="postcode and town")
    es_town, es_pre = rng.choice(ES_TOWNS)
    es_name = stage.pii(f"{es.first_name()} {es.last_name()}", "PERSON", note="another saved address's name")
    es_street = stage.pii(f"Calle {es.last_name()} {rng.randint(2, 90)}", "ADDRESS")
    es_line = stage.pii(f"{_postcode(es_pre, rng)} {es_town}", "LOCATION", note="postcode and town")
    total = sum(p for _, p, _ in ITEMS)
    items = "".join(
        f'<div class="it"><div class="th" style="background:{c}"></div><div>{esc(n)}<br><small>Menge: 1</small></div>'
        f"<span>{_eur(p)}</span></div>"
        for n, p, c in ITEMS
    )
    side = f"""<div class="side"><h2>Ihre Bestellung</h2>{items}<div class="sum">
<div>Zwischensumme<span>{_eur(total)}</span></div><div>Versand (DHL)<span>4,95 €</span></div>
<div><b>Gesamtsumme</b><span><b>{_eur(total + 4.95)}</b></span></div>
<div style="font-size:11px;color:#777">inkl. 19 % MwSt.</div></div></div>"""
    body = f"""<div class="top"><b>BERGWERK</b><div class="steps"><span>1. Warenkorb</span><span class="on" id="s2">
2. Adresse &amp; Zahlung</span><span id="s3">3. Prüfen &amp; bestellen</span></div><span class="safe">🔒 Sichere
Verbindung</span></div>
<div class="wrap"><div class="form" id="form"><h2>Lieferadresse</h2>
<div class="r"><div class="f"><label>Vorname</label><input id="vn" autocomplete="off"></div>
<div class="f"><label>Nachname</label><input id="nn" autocomplete="off"></div></div>
<div class="r"><div class="f"><label>Straße und Hausnummer</label><input id="str" autocomplete="off"></div></div>
<div class="r"><div class="f s"><label>PLZ</label><input id="plz" autocomplete="off"></div>
<div class="f"><label>Ort</label><input id="ort" autocomplete="off"></div>
<div class="f"><label>Land</label><select><option>Deutschland</option></select></div></div>
<div class="r"><div class="f"><label>Telefon</label><input id="tel" autocomplete="off"></div>
<div class="f"><label>Geburtsdatum (TT.MM.JJJJ)</label><input id="dob" autocomplete="off"></div>
<div class="f"><label>E-Mail</label><input id="mail" autocomplete="off"></div></div>
<h2>Rechnungsadresse</h2><div class="ba"><div>Wie Lieferadresse</div>
<div class="on" id="fr">{esc(fr_name)}<br>{esc(fr_street)}<br>{esc(fr_line)}<br>Frankreich</div>
<div>{esc(es_name)}<br>{esc(es_street)}<br>{esc(es_line)}<br>Spanien</div></div>
<h2 style="margin-top:10px">Zahlungsart: SEPA-Lastschrift</h2>
<div class="pay"><div>Kreditkarte</div><div>PayPal</div><div class="on">SEPA-Lastschrift</div><div>Rechnung</div></div>
<div class="r"><div class="f"><label>IBAN</label><input id="iban" autocomplete="off"></div>
<div class="f"><label>Kontoinhaber</label><input id="kin" autocomplete="off"></div></div>
<button class="btn" id="weiter" style="width:auto;padding:9px 26px">Weiter zur Bestellübersicht</button></div>
<div class="form" id="review"><h2>Bestellübersicht</h2><div class="blocks">
<div class="blk"><h3>Lieferadresse <span class="ed">Ändern</span></h3><div id="v-name"></div><div id="v-str"></div>
<div id="v-ort"></div><div>Deutschland</div><div id="v-tel"></div></div>
<div class="blk"><h3>Rechnungsadresse <span class="ed">Ändern</span></h3>{esc(fr_name)}<br>{esc(fr_street)}<br>
{esc(fr_line)}<br>Frankreich</div></div>
<div class="blocks"><div class="blk"><h3>Zahlungsart <span class="ed">Ändern</span></h3>SEPA-Lastschrift<br>
<span id="v-iban"></span><br>Kontoinhaber: <span id="v-kin"></span></div>
<div class="blk"><h3>Versand</h3>DHL Standard, 2-3 Werktage<br>Voraussichtliche Lieferung: Mi., 10.12.</div></div>
<button class="btn">Zahlungspflichtig bestellen</button>
<div class="note">Mit Ihrer Bestellung erklären Sie sich mit unseren AGB und der Datenschutzerklärung
einverstanden. Das SEPA-Lastschriftmandat wird per E-Mail bestätigt.</div></div>
{side}</div>"""
    stage.page("checkout/adresse.html", doc("Kasse - BERGWERK Outdoor", CSS, body, SCRIPT))
    stage.keep("BERGWERK", "Ihre Bestellung", "Zwischensumme", "Gesamtsumme", "Versand (DHL)")
    stage.keep(*(n for n, _, _ in ITEMS))
    stage.keep("Sichere Verbindung", "Rechnungsadresse", "Lieferadresse")
    chrome = stage.chrome("http://www.bergwerk-outdoor.de/checkout/adresse.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(1.5)
    for sel, value, typo in (
        ("#vn", first, 0.0),
        ("#nn", last, 0.04),
        ("#str", street, 0.04),
        ("#plz", plz, 0.0),
        ("#ort", town, 0.03),
        ("#tel", phone, 0.04),
        ("#dob", dob, 0.0),
        ("#mail", email, 0.02),
    ):
        stage.click(*chrome.point(sel))
        desk.type(value, typo_rate=typo)
    stage.mark("address_typed")
    stage.pause(0.8)
    stage.click(*chrome.point("#iban"))
    desk.type(iban, typo_rate=0.03)
    stage.click(*chrome.point("#kin"))
    desk.type(name, typo_rate=0.0)
    stage.mark("sepa_typed")
    stage.pause(1.5)
    stage.click(*chrome.point("#weiter"))
    stage.mark("order_summary")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="eu_checkout",
    description="A German outdoor shop's checkout in Chromium (de-DE captions): Vorname, Nachname, Straße und "
    "Hausnummer, PLZ, Ort, Telefon (a German mobile), Geburtsdatum (TT.MM.JJJJ) and E-Mail typed key by key; "
    "the billing address ('Rechnungsadresse') picked from saved addresses in France and Spain ('12 rue ..., "
    "75002 Paris', 'Calle ... 14, 28013 Madrid'); SEPA-Lastschrift with the IBAN typed in groups of four and "
    "the account holder; the order summary ('Bestellübersicht') with both address blocks as caption-less lines, "
    "'Tel. <phone>' and the IBAN masked.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=41953,
    crf=24,
)
