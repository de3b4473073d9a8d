"""A Jupyter-like notebook page: a customers export read with pandas, its HTML table and its text repr.

Why this screen: "the nightly import drops some customers" has a data analyst share their notebook
with support. The page (self-contained, no network) has the classic notebook's header (the logo,
the notebook's name, "Last Checkpoint"), its menu bar and toolbar, the kernel indicator, and
cells with `In [n]:` prompts. One cell reads the export (`df = pd.read_csv("customers.csv")`,
`df.head()`) and its output is pandas' own HTML table (`df.head()._repr_html_()`: the bold index
column on the left, a header row of column names, a `...` column where the frame's middle columns
are elided, "5 rows × 12 columns" under it). The next cell prints the same rows as text
(`print(df.head())`): pandas' monospace repr of a frame wider than the display, wrapped into
column blocks, each line but a block's last ending in a backslash and the index repeated in every
block. The analyst scrolls down through it and back. Real pandas computes both outputs. en_GB
values and rare names.
"""

from __future__ import annotations

import io
import re

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Aurelio", "Morwenna", "Ikechukwu", "Solveig", "Teodor"]
RARE_LAST = ["Penhaligon", "Adeyemi-Clarke", "Thistlewood", "Vasconcelos"]
PLANS = ["basic", "plus", "family", "business"]

CSS = """
body{font-size:13px;background:#eee;color:#000;overflow-y:auto}
#hd{background:#fff;border-bottom:1px solid #e7e7e7;position:sticky;top:0;z-index:2}
.top{display:flex;align-items:center;gap:16px;padding:6px 16px 2px}
.logo{font-size:26px;color:#4e4e4e;letter-spacing:-1px}.logo b{color:#f37726}
.nbname{font-size:20px}.ckpt{color:#777;font-size:12px}.lo{margin-left:auto;border:1px solid #ccc;padding:4px 10px;
border-radius:2px;background:#fff}
.menu{display:flex;gap:2px;padding:2px 12px;font-size:13px}.menu span{padding:5px 10px}
.menu .k{margin-left:auto;display:flex;gap:8px;align-items:center;color:#555}.menu .k i{display:inline-block;
width:11px;height:11px;border:1px solid #333;border-radius:50%}
.tools{display:flex;gap:4px;padding:4px 14px 6px;border-top:1px solid #eee}.tools span{border:1px solid #ccc;
padding:3px 9px;background:#fff;border-radius:2px;font-size:12px}.tools select{font-size:12px}
#nb{width:1140px;margin:14px auto 300px;background:#fff;box-shadow:0 0 12px 1px rgba(87,87,87,.2);padding:16px 0}
.cell{display:flex;flex-direction:column;margin:0 12px 8px;padding:5px;border:1px solid transparent;border-radius:2px}
.cell.sel{border-color:#ababab;border-left:5px solid #42a5f5;padding-left:1px}
.row{display:flex}.pr{width:94px;flex:none;text-align:right;padding:6px 8px 0 0;
font:13px 'DejaVu Sans Mono',monospace}
.pr.i{color:#303f9f}.pr.o{color:#d84315}
.in{flex:1;border:1px solid #cfcfcf;border-radius:2px;background:#f7f7f7;padding:5px 8px;
font:13px/18px 'DejaVu Sans Mono',monospace;white-space:pre}
.kw{color:#008000;font-weight:bold}.st{color:#ba2121}.fn{color:#0000ff}
.out{flex:1;padding:6px 4px;overflow-x:auto}
pre.txt{margin:0;font:13px/17px 'DejaVu Sans Mono',monospace;white-space:pre}
table.dataframe{border:none;border-collapse:collapse;font-size:12px;table-layout:fixed;margin:0 0 6px}
table.dataframe thead{border-bottom:1px solid #000;vertical-align:bottom}
table.dataframe th,table.dataframe td{padding:5px 8px;text-align:right;vertical-align:middle;white-space:nowrap;
border:none}
table.dataframe th{font-weight:bold}table.dataframe tbody tr:nth-child(odd){background:#f5f5f5}
table.dataframe tbody tr:hover{background:rgba(66,165,245,.2)}
.out p{margin:4px 0;font-size:13px}
"""


def _code(text: str) -> str:
    """A cell's source with the notebook's plain syntax colours (keywords, strings, calls)."""
    out = re.sub(r"\b(import|as)\b", r"<span class=kw>\1</span>", esc(text))
    out = re.sub(r"\bprint\(", "<span class=fn>print</span>(", out)
    return re.sub(r"(&quot;[^&]*&quot;)", r"<span class=st>\1</span>", out)


def _cell(n: int | None, source: str, output: str = "", out_prompt: bool = False, sel: bool = False) -> str:
    prompt = f"In&nbsp;[{n}]:" if n is not None else "In&nbsp;[&nbsp;]:"
    html = f"<div class='cell{' sel' if sel else ''}'><div class=row><div class='pr i'>{prompt}</div>"
    html += f"<div class=in>{_code(source)}</div></div>"
    if output:
        op = f"Out[{n}]:" if out_prompt else ""
        html += f"<div class=row><div class='pr o'>{op}</div><div class=out>{output}</div></div>"
    return html + "</div>"


def play(stage: Stage) -> None:
    import pandas as pd

    rng, gb = stage.rng, stage.fake("en_GB")
    names = [
        fakes.person(gb),
        f"{rng.choice(RARE_FIRST)} {gb.last_name()}",
        fakes.person(gb),
        f"{gb.first_name()} {rng.choice(RARE_LAST)}",
        fakes.person(gb),
        fakes.person(gb),
    ]
    rows = []
    for i, n in enumerate(names):
        rows.append(
            {
                "customer_id": 208311 + 7 * i,
                "full_name": n,
                "email": fakes.email_for(n, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng),
                "phone": fakes.uk_mobile(rng),
                "postcode": fakes.uk_postcode(gb),
                "address_line1": fakes.street(gb),
                "city": rng.choice(fakes.UK_CITIES),
                "signup_date": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                "plan": rng.choice(PLANS),
                "dob": gb.date_of_birth(minimum_age=19, maximum_age=84).isoformat(),
                "iban": fakes.uk_bank(gb).iban,
                "balance": round(rng.uniform(-40, 400), 2),
            }
        )
    csv = io.StringIO()
    pd.DataFrame(rows).to_csv(csv, index=False)
    df = pd.read_csv(io.StringIO(csv.getvalue()), dtype={"phone": str})
    with pd.option_context("display.max_columns", 10, "display.width", 80):
        table = df.head()._repr_html_()
    with pd.option_context("display.max_columns", None, "display.width", 80):
        text = str(df.head())
    for r in rows[:5]:
        stage.pii(r["full_name"], "PERSON", note="the full_name column")
        stage.pii(r["email"], "EMAIL_ADDRESS")
        stage.pii(r["phone"], "PHONE_NUMBER")
        stage.pii(r["postcode"], "ZIP_CODE", note="the postcode column")
        stage.pii(r["address_line1"], "ADDRESS", note="the text repr only (elided in the table)")
        stage.pii(r["city"], "LOCATION", note="the text repr only (elided in the table)")
        stage.pii(r["dob"], "DATE_OF_BIRTH", note="the dob column")
        stage.pii(r["iban"], "IBAN_CODE")

    cells = (
        _cell(1, 'import pandas as pd\npd.set_option("display.max_columns", 10)')
        + _cell(2, 'df = pd.read_csv("customers.csv")\ndf.head()', table, out_prompt=True)
        + _cell(3, "print(df.head())", f"<pre class=txt>{esc(text)}</pre>", sel=True)
        + _cell(4, "df.shape", "(1842, 12)", out_prompt=True)
        + _cell(None, "")
    )
    page = f"""<div id=hd><div class=top><span class=logo><b>&#9711;</b> jupyter</span>
<span class=nbname>customers_import_check</span><span class=ckpt>Last Checkpoint: 4 minutes ago (autosaved)</span>
<span class=lo>Logout</span></div>
<div class=menu><span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Cell</span>
<span>Kernel</span><span>Widgets</span><span>Help</span>
<span class=k>Trusted | Python 3 (ipykernel) <i></i></span></div>
<div class=tools><span>&#8681;</span><span>+</span><span>&#9986;</span><span>&#10697;</span><span>&#9650;</span>
<span>&#9660;</span><span>&#9654; Run</span><span>&#9632;</span><span>&#8635;</span><span>&#9193;</span>
<select><option>Code</option></select></div></div><div id=nb>{cells}</div>"""
    stage.page("notebooks/index.html", doc("customers_import_check - Jupyter Notebook", CSS, page))
    stage.keep("Last Checkpoint: 4 minutes ago (autosaved)", "Python 3 (ipykernel)", "5 rows × 12 columns")
    stage.keep("full_name", "signup_date", "customers_import_check")
    chrome = stage.chrome(
        "http://localhost:8888/notebooks/index.html?path=customers_import_check.ipynb", mode="maximized"
    )
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    x, y = chrome.point("#nb", 0, 0.5, 0.05)
    desk.move(x, 400)
    for _ in range(4):
        desk.scroll(2, pause=0.2)
        stage.pause(3.0)
    stage.mark("text repr")
    stage.pause(3.0)
    for _ in range(2):
        desk.scroll(2, pause=0.2)
        stage.pause(3.0)
    stage.mark("end")
    desk.scroll(-5, pause=0.2)
    stage.mark("back up")
    stage.pause(5.0)
    desk.scroll(-6, pause=0.2)
    stage.mark("top")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="notebook_dataframe",
    description="A Jupyter-like notebook page in Chromium (self-contained): the classic header, menu bar, toolbar "
    "and kernel indicator; a cell reading a customers export with pandas and its output, pandas' HTML table "
    "(bold index column, a header row of column names: customer_id, full_name, email, phone, postcode, a '...' "
    "column where columns are elided, signup_date, plan, dob, iban, balance; '5 rows × 12 columns' under it); a "
    "cell `print(df.head())` whose output is pandas' text repr of the wide frame wrapped into column blocks "
    "with trailing backslashes and the index repeated (address_line1 and city only there); scrolled down and "
    "back. Real pandas; en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=43161,
    crf=24,
)
