"""Editing data in vim: a customers CSV with line numbers, then a `.env` file beside it in a split.

Why this screen: "fix the customer's e-mail in the import file" or "rotate the mail password" has a
technician open the file in vim on the server. The CSV (`id,first_name,last_name,email,phone,
postcode,dob`) fills the terminal after `:set nu`, each record one row behind its line number, the
header the only caption, first and last names in separate fields (some not in common name lists);
the cursor moves through the fields (`j`, `f,`), Ctrl-D scrolls half a screen, vim's status line
names the file and the position, `~` rows follow the last line. Then `:vsplit .env` puts the app's
settings beside the CSV, which rewraps to half the width (a record now runs over two rows and a
value can be cut at the window's edge): `DATABASE_URL` with user:password, `STRIPE_SECRET_KEY`,
`MAIL_USERNAME`, `MAIL_PASSWORD`, a support contact's e-mail; the mail password is changed and an
alert contact added in insert mode, typed key by key, and the file written. Names from en_GB,
en_IE, en_IN, en_US and rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "shop-app-01"
ROWS = 40  # terminal rows: the window shows ROWS - 2 buffer lines (status line, command line)
RARE_FIRST = ["Ottoline", "Ruaridh", "Ifeoluwa", "Sunniva", "Tobiah", "Eirlys", "Aurelio", "Thandiwe"]
RARE_LAST = ["Trevaskis", "Quartermaine", "Vanterpool", "Oyelaran", "Strachan-Odhiambo", "Kilbride", "Przybylski"]
N_RECORDS = 50


def play(stage: Stage) -> None:
    rng = stage.rng
    fakers = [stage.fake(loc) for loc in ("en_GB", "en_IE", "en_IN", "en_US")]
    gb = fakers[0]
    records = []
    for i in range(N_RECORDS):
        f = fakers[i % 4]
        first = rng.choice(RARE_FIRST) if i % 7 == 3 else f.first_name()
        last = rng.choice(RARE_LAST) if i % 6 == 4 else f.last_name()
        name = f"{first} {last}"
        mail = fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"]), rng)
        phone = fakes.uk_mobile(rng)
        postcode = fakes.uk_postcode(gb)
        dob = gb.date_of_birth(minimum_age=19, maximum_age=80).isoformat()
        records.append((str(1040 + i), first, last, mail, phone, postcode, dob))
    lines = ["id,first_name,last_name,email,phone,postcode,dob", *(",".join(r) for r in records)]
    csv = "\n".join(lines) + "\n"

    def scored(first: int, last: int) -> None:
        """Stamp the values of file lines first..last (1-based) as drawn now."""
        shown = "\n".join(lines[first - 1 : last])
        stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in shown)

    for _, first, last, mail, phone, postcode, dob in records:
        stage.pii(first, "PERSON", scored=False, watch=False, note="a first name alone (first_name column)")
        stage.pii(last, "PERSON", watch=False, note="a surname alone (last_name column)")
        stage.pii(mail, "EMAIL_ADDRESS", watch=False)
        stage.pii(phone, "PHONE_NUMBER", watch=False)
        stage.pii(postcode, "ZIP_CODE", watch=False)
        stage.pii(dob, "DATE_OF_BIRTH", watch=False)
    db_pw, mail_pw, new_pw = fakes.password(rng, 14), fakes.password(rng, 16), fakes.password(rng, 15)
    stripe = "sk_live_" + fakes.token(rng, 24)
    support = fakes.person(fakers[1])
    support_mail = fakes.email_for(support, "harbourlane.co.uk", rng)
    alert = f"{rng.choice(RARE_FIRST)} {fakers[2].last_name()}"
    alert_mail = fakes.email_for(alert, "harbourlane.co.uk", rng)
    env = (
        "APP_ENV=production\n"
        "APP_URL=https://shop.harbourlane.co.uk\n"
        f"DATABASE_URL=postgres://shop_app:{db_pw}@10.20.4.12:5432/shop\n"
        "REDIS_URL=redis://cache:6379/0\n"
        f"STRIPE_SECRET_KEY={stripe}\n"
        "MAIL_HOST=smtp.mailgun.org\n"
        "MAIL_PORT=587\n"
        "MAIL_USERNAME=postmaster@mg.harbourlane.co.uk\n"
        f"MAIL_PASSWORD={mail_pw}\n"
        'MAIL_FROM_NAME="Harbour Lane"\n'
        f"SUPPORT_EMAIL={support_mail}\n"
    )
    for value, kind in [
        (db_pw, "PASSWORD"),
        (mail_pw, "PASSWORD"),
        (stripe, "SECRET"),
        (support_mail, "EMAIL_ADDRESS"),
    ]:
        stage.pii(value, kind, watch=False)
    vimrc = "set nocompatible noswapfile viminfo= ruler laststatus=2 scrolloff=0 shortmess+=I\nsyntax on\n"
    rc = (
        'export LANG=C.UTF-8 HOME="$PWD" TERM=xterm-256color\n'
        f"PS1='deploy@{HOST}:/srv/shop$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {"customers_import.csv": csv, ".env": env, ".vimrc": vimrc}
    stage.xterm(f"deploy@{HOST}: /srv/shop", rc, files, geometry=f"132x{ROWS}+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("vim customers_import.csv\n")
    stage.pause(1.0)
    scored(1, ROWS - 2)
    stage.keep("id,first_name,last_name,email,phone,postcode,dob", static=True)
    stage.mark("csv_open")
    stage.pause(2.0)
    desk.type(":set nu\n")
    stage.pause(1.5)
    desk.key(*["j"] * 6, pause=0.25)  # down to a record, then through its fields
    desk.key(*["f", "comma"] * 3, pause=0.3)
    stage.pause(1.5)
    desk.key("ctrl+d")
    stage.pause(0.6)
    scored(1, len(lines))
    stage.mark("scrolled")
    stage.pause(2.0)
    desk.key(*["j"] * 5, pause=0.25)
    desk.key("0", *["f", "comma"] * 4, pause=0.3)
    stage.pause(2.0)
    desk.type(":vsplit .env\n")
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in env)
    stage.keep("APP_ENV=production", "REDIS_URL=redis://cache:6379/0", "MAIL_HOST=smtp.mailgun.org", static=True)
    stage.mark("vsplit_env")
    stage.pause(2.5)
    # change the mail password and add an alert contact, in insert mode
    desk.type("9G")
    stage.pause(0.4)
    desk.type("f=")
    desk.key("l", "C")
    stage.pause(0.3)
    desk.type(new_pw)
    stage.shown(new_pw, "PASSWORD")
    desk.key("Escape")
    stage.pause(0.8)
    desk.type("Go")
    desk.type(f"ALERT_CONTACT={alert_mail}")
    stage.shown(alert_mail, "EMAIL_ADDRESS")
    desk.key("Escape")
    stage.pause(1.0)
    stage.mark("edited")
    desk.type(":w\n")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="vim_editing",
    description="An xterm running vim on a server: a customers CSV (id,first_name,last_name,email,phone,postcode,"
    "dob; 50 records) with `:set nu`, the cursor moved with j and f, through the fields, Ctrl-D half a page, the "
    "status line with the file name and position, `~` rows past the end; then `:vsplit .env` beside it (the CSV "
    "rewrapped to half the width): DATABASE_URL with user:password, STRIPE_SECRET_KEY, MAIL_PASSWORD, a support "
    "e-mail; the mail password replaced and an alert contact's e-mail added in insert mode, key by key, and "
    "`:w`. Names from en_GB, en_IE, en_IN, en_US and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70829,
    crf=26,
)
