"""A Markdown file in a web editor with its live preview beside it: a pipe table and a contact list.

Why this screen: an office keeps its callback list in a shared Markdown note (HackMD, StackEdit,
a wiki's editor) and the technician is shown it while fixing the sync. The left pane is the
source in monospace type: a `| Name | Email | Phone | Postcode |` table with its alignment row
(`|:---|:---|---:|:---:|`), some rows padded to line up and some typed without padding
(`|<Name>|<e-mail>|...|`), a long row wrapped at the pane's edge, then a bullet list of contacts
(`- **<Name>** - <e-mail>, <phone>`, `* <Name> (<role>) <<e-mail>>`). The right pane renders
the same text: a ruled table with a bold header row and the list. A new row is typed at the end
of the table, key by key, and the preview adds it as it is typed. Names from en_GB, en_IE and
rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ottoline", "Ruaridh", "Eirlys", "Tobiah", "Perpetua"]
RARE_LAST = ["Trevaskis", "Nancarrow", "Quartermaine", "Kitto", "Bolitho"]

CSS = """
body{overflow:hidden;background:#fafafa;font-size:13px}
.top{height:40px;display:flex;align-items:center;gap:14px;padding:0 14px;background:#2b2f36;color:#e6e6e6}
.top b{font-size:15px}.top .f{color:#9aa4b2}.top .m{margin-left:auto;display:flex;gap:6px}
.top .m span{padding:3px 10px;border:1px solid #4a505a;border-radius:4px}
.top .m span.on{background:#4a505a}
.panes{display:flex;height:calc(100% - 66px)}
.ed{width:50%;display:flex;background:#fff;border-right:1px solid #d8dce2;overflow:hidden}
.gut{width:40px;flex:none;text-align:right;padding:10px 8px 0 0;color:#a0a7b1;background:#f4f5f7;
 font:12px/19px 'Liberation Mono','DejaVu Sans Mono',monospace;white-space:pre}
#src{flex:1;margin:0;padding:10px 10px 0 10px;font:12px/19px 'Liberation Mono','DejaVu Sans Mono',monospace;
 white-space:pre-wrap;outline:none;color:#24292f}
.pv{width:50%;padding:8px 22px;overflow:hidden;background:#fff;line-height:1.45}
.pv h1{font-size:22px;margin:6px 0 10px;border-bottom:1px solid #e1e4e8;padding-bottom:4px}
.pv h2{font-size:17px;margin:16px 0 6px}
.pv table{border-collapse:collapse;margin:6px 0 10px}
.pv th,.pv td{border:1px solid #d0d7de;padding:4px 9px}
.pv th{background:#f6f8fa}
.pv tr:nth-child(even) td{background:#fbfbfc}
.pv ul{margin:4px 0;padding-left:22px}.pv p{margin:6px 0}
.st{height:26px;display:flex;align-items:center;gap:18px;padding:0 14px;background:#eef0f3;color:#57606a;
 font-size:12px;border-top:1px solid #d8dce2}
"""

SCRIPT = r"""
function inl(t){t=t.replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;');
 return t.replace(/\*\*(.+?)\*\*/g,'<b>$1</b>').replace(/`(.+?)`/g,'<code>$1</code>');}
function cells(l){l=l.trim();if(l.startsWith('|'))l=l.slice(1);if(l.endsWith('|'))l=l.slice(0,-1);
 return l.split('|').map(c=>c.trim());}
function render(){const src=document.getElementById('src').innerText.replace(/\n$/,'');const L=src.split('\n');
 let h='',i=0,list=false;
 while(i<L.length){const l=L[i];
  if(l.trim().startsWith('|')&&i+1<L.length&&/^\s*\|?\s*:?-+/.test(L[i+1])){
   const al=cells(L[i+1]).map(c=>c.startsWith(':')&&c.endsWith(':')?'center':c.endsWith(':')?'right':'left');
   h+='<table><tr>'+cells(l).map((c,k)=>'<th style="text-align:'+al[k]+'">'+inl(c)+'</th>').join('')+'</tr>';
   i+=2;while(i<L.length&&L[i].trim().startsWith('|')){
    h+='<tr>'+cells(L[i]).map((c,k)=>'<td style="text-align:'+(al[k]||'left')+'">'+inl(c)+'</td>')
     .join('')+'</tr>';i++;}
   h+='</table>';continue;}
  if(/^\s*[-*] /.test(l)){if(!list){h+='<ul>';list=true;}h+='<li>'+inl(l.replace(/^\s*[-*] /,''))+'</li>';i++;continue;}
  if(list){h+='</ul>';list=false;}
  if(l.startsWith('## '))h+='<h2>'+inl(l.slice(3))+'</h2>';else if(l.startsWith('# '))h+='<h1>'+inl(l.slice(2))+'</h1>';
  else if(l.trim())h+='<p>'+inl(l)+'</p>';i++;}
 if(list)h+='</ul>';document.getElementById('pv').innerHTML=h;
 document.getElementById('gut').textContent=L.map((_,k)=>k+1).join('\n');
 document.getElementById('n').textContent=L.length+' lines';}
function caret(){const s=document.getElementById('src');s.focus();const t=s.firstChild;
 const at=t.textContent.indexOf('\n\n## ');const r=document.createRange();r.setStart(t,at);r.collapse(true);
 const g=getSelection();g.removeAllRanges();g.addRange(r);}
document.getElementById('src').addEventListener('input',render);render();caret();
"""


def _pad(cells: list[str], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")

    def customer(i: int) -> list[str]:
        f = ie if i % 3 == 1 else gb
        first = rng.choice(RARE_FIRST) if i % 4 == 2 else f.first_name()
        last = rng.choice(RARE_LAST) if i % 3 == 2 else f.last_name()
        name = stage.pii(f"{first} {last}", "PERSON")
        mail = stage.pii(
            fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "bt.com"]), rng), "EMAIL_ADDRESS"
        )
        phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
        postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
        return [name, mail, phone, postcode]

    table = [customer(i) for i in range(7)]
    head = ["Name", "Email", "Phone", "Postcode"]
    widths = [max(len(r[k]) for r in [head, *table[:4]]) for k in range(4)]
    src = ["# Callback list - December", "", "Customers waiting for a call back after the sync outage.", ""]
    src.append(_pad(head, widths))
    dashes = ["-" * (w + 1) for w in widths]
    src.append(f"|:{dashes[0]}|:{dashes[1]}|{dashes[2]}:|:{dashes[3][1:]}:|")
    src += [_pad(r, widths) for r in table[:4]]  # lined up by whoever wrote the table
    src += ["|" + "|".join(r) + "|" for r in table[4:]]  # typed later, without padding
    contacts = []
    for i in range(4):
        f = gb if i % 2 else ie
        name = stage.pii(f"{rng.choice(RARE_FIRST) if i == 3 else f.first_name()} {f.last_name()}", "PERSON")
        mail, phone = fakes.email_for(name, "harbourlane.co.uk", rng), fakes.uk_mobile(rng)
        if i in (0, 2):  # the list shows two of the e-mails
            stage.pii(mail, "EMAIL_ADDRESS")
        if i != 2:  # and all the phones but the accounts contact's
            stage.pii(phone, "PHONE_NUMBER")
        contacts.append((name, mail, phone))
    src += ["", "## Contacts", ""]
    src.append(f"- **{contacts[0][0]}** - {contacts[0][1]}, {contacts[0][2]}")
    src.append(f"- {contacts[1][0]}: {contacts[1][2]} (site manager)")
    src.append(f"* {contacts[2][0]} (accounts) <{contacts[2][1]}>")
    src.append(f"- **{contacts[3][0]}**, out of hours: {contacts[3][2]}")
    src += ["", "Last synced 06/12/2026 08:10 by the `sync-bot`."]
    new = customer(7)
    typed = "\n|" + " | ".join(new) + "|"

    body = (
        '<div class="top"><b>Notepad</b><span class="f">team / ops / callback-list.md</span>'
        '<div class="m"><span>Edit</span><span class="on">Both</span><span>View</span></div></div>'
        '<div class="panes"><div class="ed"><div class="gut" id="gut"></div>'
        f'<pre id="src" contenteditable="true" spellcheck="false">{esc(chr(10).join(src))}</pre></div>'
        '<div class="pv" id="pv"></div></div>'
        '<div class="st"><span>Markdown</span><span id="n"></span><span>Saved</span></div>'
    )
    stage.page("team/ops/callback-list/index.html", doc("callback-list.md - Notepad", CSS, body, SCRIPT))
    stage.keep("Callback list - December", "Contacts", "Postcode", "Markdown")
    stage.chrome("http://notes.harbourlane.example/team/ops/callback-list/", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(9.0)
    stage.mark("shown")
    desk.type(typed)
    stage.mark("typed")
    stage.pause(8.0)


SCENE = SceneSpec(
    name="markdown_table",
    description="Chromium with a web Markdown editor and its live preview side by side: the source (monospace, line "
    "numbers) holds a `| Name | Email | Phone | Postcode |` pipe table with an alignment row `|:---|:---|---:|:---:|`, "
    "rows padded to line up and rows without padding, a bullet list of contacts (bold names, e-mails in angle "
    "brackets, phones after a colon); the preview renders the ruled table and the list; a new row is typed at "
    "the table's end key by key and the preview adds it. Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=42603,
    crf=26,
)
