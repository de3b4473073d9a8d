"""A French telecom's customer account seen by an agent: captions, a family table, a note, in French.

Why this screen: B2B customers in France, Belgium or Quebec run their tools in French. The
agent's console shows the customer's details under French captions ("Prénom", "Nom", "Date de
naissance", "Téléphone portable", "Code postal", "Ville", "Titulaire du compte"), the postcode
before the town, the phone as "06 12 34 56 78", an IBAN "FR76 ...", then a tab of the family's
lines as a table headed "Nom | Prénom | Ligne | Date de naissance", and a note the agent types
in French naming the customer. Accented names and words (é, è, ç, ë) that OCR may read bare.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

NOTE_START = "Client rappelé le 3 décembre : "
CSS = """
body{background:#f3f4f7;font-size:14px;color:#1e2330}
.top{height:50px;background:#e4002b;color:#fff;display:flex;align-items:center;padding:0 22px;gap:22px}
.top b{font-size:18px}
.main{padding:18px 26px}
.tabs{display:flex;gap:4px;margin-bottom:12px}
.tabs div{padding:8px 16px;background:#e6e8ee;border-radius:6px 6px 0 0;cursor:pointer}
.tabs .on{background:#fff;font-weight:700}
.card{background:#fff;border-radius:8px;padding:14px 20px;margin-bottom:14px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card h3{margin:0 0 10px;font-size:15px;color:#e4002b}
.kv{display:grid;grid-template-columns:190px 1fr 190px 1fr;row-gap:8px;column-gap:14px}
.kv span{color:#6b7080}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12.5px;color:#6b7080;padding:7px 10px;border-bottom:1px solid #e3e5ea}
td{padding:8px 10px;border-bottom:1px solid #f0f1f4}
textarea{width:720px;height:70px;font-size:14px;border:1px solid #c9ccd6;border-radius:6px;padding:8px}
.pane{display:none}.pane.on{display:block}
"""
SCRIPT = """
function tab(n){document.querySelectorAll('.pane').forEach(p=>p.classList.toggle('on',p.id===n));
document.querySelectorAll('.tabs div').forEach(t=>t.classList.toggle('on',t.dataset.p===n));}
"""


def play(stage: Stage) -> None:
    fr, rng = stage.fake("fr_FR"), stage.rng
    first, last = "Gwenaëlle", fr.last_name()
    name = f"{first} {last}"
    stage.pii(first, "PERSON")
    stage.pii(last, "PERSON")
    dob = stage.pii(fr.date_of_birth(minimum_age=25, maximum_age=70).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    email = stage.pii(fakes.email_for(name, "orange.fr", rng), "EMAIL_ADDRESS")
    mobile = stage.pii("06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)), "PHONE_NUMBER")
    street = stage.pii(f"{rng.randint(2, 88)} {fr.street_name()}", "ADDRESS")
    postcode = stage.pii(f"{rng.choice(['29', '56', '22', '35'])}{rng.randint(0, 999):03d}", "ZIP_CODE")
    town = stage.pii(fr.city(), "LOCATION")
    iban = stage.pii(fr.iban(), "IBAN_CODE")
    holder = stage.pii(f"M. ou Mme {last.upper()}", "PERSON")
    family = []
    for k in range(3):
        f_first = fr.first_name()
        stage.pii(f_first, "PERSON")
        f_dob = stage.pii(fr.date_of_birth(minimum_age=14, maximum_age=60).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
        f_line = stage.pii("07 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)), "PHONE_NUMBER")
        family.append((last if k else fr.last_name(), f_first, f_line, f_dob))
    for f_last, *_ in family:
        stage.pii(f_last, "PERSON")
    rows = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td><td>Forfait 100 Go</td></tr>"
        for a, b, c, d in family
    )
    body = f"""<div class="top"><b>Opérateur Conseil</b><span>Recherche</span><span>Tickets</span></div>
<div class="main"><div class="tabs"><div class="on" data-p="coord" id="t1" onclick="tab('coord')">Coordonnées</div>
<div data-p="lignes" id="t2" onclick="tab('lignes')">Lignes</div></div>
<div class="pane on" id="coord"><div class="card"><h3>Titulaire</h3><div class="kv">
<span>Prénom</span><div>{esc(first)}</div><span>Nom</span><div>{esc(last)}</div>
<span>Date de naissance</span><div>{esc(dob)}</div><span>Adresse e-mail</span><div>{esc(email)}</div>
<span>Téléphone portable</span><div>{esc(mobile)}</div><span>Adresse</span><div>{esc(street)}</div>
<span>Code postal</span><div>{esc(postcode)}</div><span>Ville</span><div>{esc(town)}</div></div></div>
<div class="card"><h3>Coordonnées bancaires</h3><div class="kv"><span>Titulaire du compte</span><div>{esc(holder)}</div>
<span>IBAN</span><div>{esc(iban)}</div><span>Mode de paiement</span><div>Prélèvement mensuel</div>
<span>Date de prélèvement</span><div>le 5 du mois</div></div></div>
<div class="card"><h3>Note</h3><textarea id="note"></textarea></div></div>
<div class="pane" id="lignes"><div class="card"><h3>Lignes du foyer</h3><table><tr><th>Nom</th><th>Prénom</th>
<th>Ligne</th><th>Date de naissance</th><th>Offre</th></tr>{rows}</table></div></div></div>"""
    stage.page("crm/client.html", doc("Fiche client", CSS, body, SCRIPT))
    stage.keep("Coordonnées bancaires", "Prélèvement mensuel", "Mode de paiement", static=True)
    chrome = stage.chrome("http://conseil.operateur.example/crm/client.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.mark("coordonnees")
    stage.click(*chrome.point("#note"))
    desk.type(f"{NOTE_START}Mme {last} souhaite ajouter une ligne pour sa fille.", delay_ms=60)
    stage.pause(2.0)
    stage.click(*chrome.point("#t2"))
    stage.mark("lignes")
    stage.keep("Lignes du foyer")
    stage.pause(6.0)
    stage.click(*chrome.point("#t1"))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="fr_account",
    description="A French telecom's agent console in Chromium: the holder's details under French captions "
    "(Prénom, Nom, Date de naissance, Adresse e-mail, Téléphone portable, Adresse, Code postal, Ville), bank "
    "details (Titulaire du compte, a French IBAN), a note typed in French naming the customer, then a tab of "
    "the family's lines as a table 'Nom | Prénom | Ligne | Date de naissance'.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=40219,
    crf=24,
)
