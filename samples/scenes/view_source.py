"""A members page's HTML source, as the browser's view-source shows it: values glued to tags.

Why this screen: "the members list shows the wrong town" has a technician look at the page's
source (view-source, the same text the developer tools' Elements panel shows): a numbered,
syntax-coloured monospace listing where every value sits between tags with no space around it
(`<td>Firstname Lastname</td>`, `<td>Town</td>`), in attribute values (`value="..."`,
`href="mailto:..."`), and in a compact table whose whole row is one line (`<tr><td>...</td><td>...`).
The tag and attribute names, the labels and the headings must stay readable. Names from en_GB.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#fff;font-family:'DejaVu Sans Mono',monospace;font-size:13px;color:#000}
table.src{border-collapse:collapse;margin:4px 0}
td.ln{color:#999;text-align:right;padding:0 12px 0 8px;user-select:none;vertical-align:top}
td.tx{white-space:pre;padding:0}
.t{color:#881280}.a{color:#994500}.v{color:#1a1aa6}.c{color:#236e25}
"""


def _colour(line: str) -> str:
    """`line` of source as view-source colours it: tags purple, attribute names brown, their
    values blue, text black (a small tokenizer: the scene's own source is well formed)."""
    out, i = [], 0
    while i < len(line):
        if line[i] == "<":
            end = line.index(">", i) + 1
            tag = line[i:end]
            name_end = next((k for k, ch in enumerate(tag) if ch in " >"), len(tag))
            out.append(f'<span class="t">{esc(tag[:name_end])}</span>')
            rest = tag[name_end:-1]
            for part in _attrs(rest):
                if "=" in part:
                    key, value = part.split("=", 1)
                    out.append(f'<span class="a">{esc(key)}</span>=<span class="v">{esc(value)}</span>')
                else:
                    out.append(esc(part))
            out.append(f'<span class="t">{esc(">")}</span>')
            i = end
        else:
            end = line.find("<", i)
            end = len(line) if end < 0 else end
            out.append(esc(line[i:end]))
            i = end
    return "".join(out)


def _attrs(text: str) -> list[str]:
    """The attributes of a tag's inside, with the blanks between them as parts of their own."""
    parts, i = [], 0
    while i < len(text):
        if text[i] == " ":
            parts.append(" ")
            i += 1
            continue
        j = i
        while j < len(text) and text[j] != " " and text[j] != '"':
            j += 1
        if j < len(text) and text[j] == '"':
            j = text.index('"', j + 1) + 1
        parts.append(text[i:j])
        i = j
    return parts


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    members = []
    for n in range(7):
        first, last = fake.first_name(), fake.last_name()
        name = stage.pii(f"{first} {last}", "PERSON")
        email = stage.pii(
            fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]), rng), "EMAIL_ADDRESS"
        )
        phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
        town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
        members.append(
            (4101 + 3 * n, name, email, phone, town, f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
    chosen = members[0]
    dob = stage.pii(fake.date_of_birth(minimum_age=25, maximum_age=80).isoformat(), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(fake).replace(",", ""), "ADDRESS")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    bookings = []
    for n in range(4):
        f = fake.first_name()
        booker = stage.pii(f"{f} {fake.last_name()}", "PERSON")
        bookings.append(
            f"        <tr><td>{['Court 1', 'Court 2', 'Studio', 'Pool lane 3'][n]}</td><td>{booker}</td>"
            f"<td>{rng.randint(7, 20):02d}:00</td></tr>"
        )
    source = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        "  <title>Members - Harbour Club admin</title>",
        '  <link rel="stylesheet" href="/static/admin.css">',
        "</head>",
        '<body class="admin">',
        '  <header class="topbar"><a href="/">Harbour Club</a> <span class="who">Signed in as staff</span></header>',
        "  <main>",
        "    <h1>Members</h1>",
        '    <table class="members">',
        "      <thead>",
        "        <tr><th>Name</th><th>Email</th><th>Mobile</th><th>Town</th><th>Joined</th></tr>",
        "      </thead>",
        "      <tbody>",
    ]
    for ident, name, email, phone, town, joined in members:
        source += [
            f'        <tr data-id="{ident}">',
            f"          <td>{name}</td>",
            f'          <td><a href="mailto:{email}">{email}</a></td>',
            f"          <td>{phone}</td>",
            f"          <td>{town}</td>",
            f"          <td>{joined}</td>",
            "        </tr>",
        ]
    source += [
        "      </tbody>",
        "    </table>",
        '    <section class="bookings">',
        "      <h2>Today's bookings</h2>",
        "      <table>",
        *bookings,
        "      </table>",
        "    </section>",
        f'    <form class="profile" action="/members/{chosen[0]}" method="post">',
        '      <label for="full_name">Full name</label>',
        f'      <input type="text" id="full_name" name="full_name" value="{chosen[1]}">',
        '      <label for="dob">Date of birth</label>',
        f'      <input type="date" id="dob" name="dob" value="{dob}">',
        '      <label for="street">Street</label>',
        f'      <input type="text" id="street" name="street" value="{street}">',
        '      <label for="postcode">Postcode</label>',
        f'      <input type="text" id="postcode" name="postcode" value="{postcode}">',
        '      <button type="submit">Save changes</button>',
        "    </form>",
        "  </main>",
        '  <script src="/static/admin.js"></script>',
        "</body>",
        "</html>",
    ]
    rows = "".join(
        f'<tr><td class="ln">{n}</td><td class="tx">{_colour(line)}</td></tr>' for n, line in enumerate(source, 1)
    )
    stage.page(
        "members/source.html",
        doc("view-source:admin.harbourclub.example/members", CSS, f'<table class="src">{rows}</table>'),
    )
    stage.keep("Harbour Club admin", "Signed in as staff", "stylesheet", "Today's bookings", "Save changes")
    tab = stage.chrome("http://admin.harbourclub.example/members/source.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(*tab.point("table.src"))
    for _ in range(3):
        desk.scroll(4, pause=0.35)
        stage.pause(3.5)
    stage.mark("form")
    stage.pause(4.0)
    desk.scroll(-12, pause=0.25)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="view_source",
    description="A members page's HTML source in Chromium, as view-source shows it (numbered, syntax-coloured "
    "monospace): a members table whose cells hold names, e-mails (also in mailto: links), mobiles and towns "
    "between tags, a compact bookings table with whole rows on one line, a profile form whose inputs carry "
    "the name, date of birth, street and postcode in value attributes; scrolled down and back. en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=52017,
    crf=24,
)
