"""Make synthetic remote-support screen recordings with ground truth for the redactor.

Each clip is a technician's view of a customer's desktop, drawn with PIL (samples/desktop.py),
encoded to H.264/yuv420p MP4 with PyAV, plus a JSON ground truth listing every PII value
with the time it is first completely visible, the innocent strings that must stay readable,
and a timeline of events. All values come from Faker (en_US) with a fixed seed, so the output
is deterministic for a seed.

    python -m samples.make_samples --out DIR [--only NAME ...] [--width W --height H --fps F --seed S]
    python -m samples.make_samples --session --duration 600 --width 1920 --height 1080 --fps 30 --out DIR
    python -m samples.make_samples --demo            # rewrites samples/support_session.mp4/.json
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import re
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker
from PIL import Image, ImageDraw

from samples.desktop import (
    DARK,
    TERMINAL,
    Checkbox,
    PngWriter,
    Recorder,
    Screen,
    TextField,
    TimeUp,
    VideoWriter,
    Window,
    button,
    font,
    run_scenes,
)

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 1234
CLIP_NAMES = ("form_typing", "terminal_config", "scrolling_list", "dark_mode", "screenshot")
DEFAULT_DURATION = {"form_typing": 8.0, "terminal_config": 6.0, "scrolling_list": 8.0, "dark_mode": 6.0}
# Each clip draws its values from its own Faker seed (seed + offset) so clips do not repeat values.
_SEED_OFFSET = {
    "form_typing": 0,
    "terminal_config": 1,
    "scrolling_list": 2,
    "dark_mode": 3,
    "screenshot": 4,
    "session": 5,
}
MIN_WIDTH, MIN_HEIGHT = 800, 480
ERROR_CODE = "Error 0x80070005"
NOTE_KEEP = ("Checked adapter driver 12.19.2.45",)
PII_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "ADDRESS",
    "LOCATION",
    "IP_ADDRESS",
    "IBAN_CODE",
    "US_SSN",
    "URL",
    "PASSWORD",
    "SECRET",
)


# ============================================================================================
# Fake values


@dataclass
class Person:
    name: str
    email: str
    phone: str
    street: str
    city: str
    card: str
    cvv: str
    password: str
    iban: str
    ssn: str
    url: str


@dataclass
class Secrets:
    host_ip: str
    db_password: str
    api_key: str
    github_token: str
    aws_key: str
    admin_email: str


def make_faker(seed: int) -> Faker:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return fake


def _short(gen: Callable[[], str], limit: int) -> str:
    for _ in range(100):
        v = gen()
        if len(v) <= limit:
            return v
    return v[:limit].rstrip()


def _phone(fake: Faker) -> str:
    for _ in range(100):
        p = fake.phone_number()
        if re.fullmatch(r"\(\d{3}\)\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4}", p):
            return p
    return fake.numerify("(###)###-####")


def _group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make_person(fake: Faker) -> Person:
    first = _short(fake.first_name, 11)
    last = _short(fake.last_name, 11)
    user = rf"{first[0]}{last}".lower()
    if fake.random.random() < 0.5:
        user = f"{first}.{last}".lower()
    return Person(
        name=f"{first} {last}",
        email=f"{user}@{fake.free_email_domain()}",
        phone=_phone(fake),
        street=_short(fake.street_address, 30),
        city=_short(fake.city, 18),
        card=_group4(fake.credit_card_number(card_type=fake.random.choice(["visa16", "mastercard", "discover"]))),
        cvv=fake.numerify("###"),
        password=fake.password(length=12, special_chars=True),
        iban=_group4(fake.iban()),
        ssn=fake.ssn(),
        url=_short(lambda: f"https://{fake.domain_name()}/{fake.user_name()}", 36),
    )


def _token(fake: Faker, alphabet: str, n: int) -> str:
    return "".join(fake.random.choice(alphabet) for _ in range(n))


def make_secrets(fake: Faker) -> Secrets:
    alnum = string.ascii_letters + string.digits
    return Secrets(
        host_ip=f"10.{fake.random.randint(1, 254)}.{fake.random.randint(0, 254)}.{fake.random.randint(2, 254)}",
        db_password=fake.password(length=14, special_chars=True),
        api_key="sk-proj-" + _token(fake, alnum, 40),
        github_token="ghp_" + _token(fake, alnum, 36),
        aws_key="AKIA" + _token(fake, string.ascii_uppercase + "234567", 16),
        admin_email=f"{_short(fake.user_name, 14)}@{fake.domain_name()}",
    )


# ============================================================================================
# Windows


class CustomerForm:
    """A customer-details form: Name, E-mail, Phone, Address, Card number, CVV, Password."""

    FIELDS = (
        ("Name", "name", "PERSON"),
        ("E-mail", "email", "EMAIL_ADDRESS"),
        ("Phone", "phone", "PHONE_NUMBER"),
        ("Address", "street", "ADDRESS"),
        ("Card number", "card", "CREDIT_CARD"),
        ("CVV", "cvv", "CREDIT_CARD"),
        ("Password", "password", "PASSWORD"),
    )
    ROW_H = 36

    @staticmethod
    def height() -> int:
        return Window.TITLE_H + 60 + len(CustomerForm.FIELDS) * CustomerForm.ROW_H + 30 + 56

    def __init__(self, x: int, y: int, w: int) -> None:
        self.win = win = Window(
            "Customer details - Contoso Support Portal",
            x,
            y,
            w,
            self.height(),
            icon=(0, 120, 215),
            short="Support Portal",
        )
        th = win.theme
        win.draw.rectangle((1, win.TITLE_H, w - 2, win.TITLE_H + 48), fill=th.panel_bg)
        win.text(
            (20, win.TITLE_H + 24),
            "Update customer record",
            fnt=font("ui-bold", 16),
            fill=th.text,
            anchor="lm",
            keep=True,
        )
        top = win.TITLE_H + 60
        self.fields: dict[str, TextField] = {}
        for i, (label, attr, pii_type) in enumerate(self.FIELDS):
            y0 = top + i * self.ROW_H
            win.text((20, y0 + 14), label, fnt=font("ui", 14), fill=th.text, anchor="lm", keep=True)
            x1 = 130 + 80 if attr == "cvv" else w - 24
            self.fields[attr] = TextField(
                win,
                (130, y0, x1, y0 + 28),
                key=f"field:{attr}",
                pii_type=pii_type,
                masked=attr == "password",
                scored=attr != "cvv",
            )
        self.show_pw = Checkbox(win, 130, top + len(self.FIELDS) * self.ROW_H + 2, "Show password")
        by = self.win.h - 46
        button(win, (w - 124, by, w - 24, by + 30), "Save", primary=True)
        button(win, (w - 234, by, w - 134, by + 30), "Cancel")

    def center(self, attr: str) -> tuple[int, int]:
        b = self.fields[attr].box
        return self.win.to_screen(b[0] + 40, (b[1] + b[3]) / 2)

    def focus(self, screen: Screen, attr: str | None, t: float) -> None:
        old = self.win.focus_widget
        new = self.fields[attr] if attr else None
        if old is new:
            return
        if isinstance(old, TextField):
            old.set_focus(False)
        self.win.focus_widget = new
        if new is not None:
            new.set_focus(True)
        if self.win.active:
            screen.set_focus(new, t)

    def clear(self) -> None:
        for f in self.fields.values():
            f.target = ""
            f.set_text("")
        self.set_show_password(False)

    def set_show_password(self, flag: bool) -> None:
        if self.show_pw.checked != flag:
            self.show_pw.toggle()
        f = self.fields["password"]
        f.masked = not flag
        f.redraw()


def device_manager(x: int, y: int, w: int, computer: str) -> Window:
    """A Device Manager window with an expanded 'Network adapters' node and an error status."""
    h = 350
    win = Window("Device Manager", x, y, w, h, icon=(90, 110, 130), short="Device Manager")
    th, d = win.theme, win.draw
    f13, f = font("sans", 13), font("ui", 14)
    top = win.TITLE_H
    d.rectangle((1, top, w - 2, top + 24), fill=th.title_bg)
    mx = 10
    for m in ("File", "Action", "View", "Help"):
        d.text((mx, top + 12), m, font=f13, fill=th.text, anchor="lm")
        mx += int(f13.getlength(m)) + 18
    d.line((1, top + 25, w - 2, top + 25), fill=th.field_border)
    tree = (top + 28, h - 86)
    d.rectangle((6, tree[0], w - 8, tree[1]), fill=th.panel_bg, outline=th.field_border)

    def node(
        row: int, level: int, text: str, state: str, *, keep: bool = False, sel: bool = False, warn: bool = False
    ) -> None:
        yy = tree[0] + 12 + row * 21
        xx = 14 + level * 20
        if state == ">":
            d.polygon([(xx, yy - 4), (xx + 5, yy), (xx, yy + 4)], fill=th.muted)
        elif state == "v":
            d.polygon([(xx - 2, yy - 2), (xx + 6, yy - 2), (xx + 2, yy + 3)], fill=th.muted)
        ix = xx + 12
        d.rectangle((ix, yy - 6, ix + 12, yy + 6), fill=(70, 130, 180) if level else (60, 60, 60))
        if warn:
            d.polygon([(ix + 4, yy + 7), (ix + 14, yy + 7), (ix + 9, yy - 2)], fill=(240, 190, 0))
        tx = ix + 20
        if sel:
            tw = int(f13.getlength(text))
            d.rectangle((tx - 3, yy - 9, tx + tw + 3, yy + 9), fill=th.selection)
        win.text((tx, yy), text, fnt=f13, fill=th.text, anchor="lm", keep=keep)

    node(0, 0, computer, "v")
    node(1, 1, "Audio inputs and outputs", ">")
    node(2, 1, "Batteries", ">")
    node(3, 1, "Display adapters", ">", keep=True)
    node(4, 1, "Network adapters", "v", keep=True)
    node(5, 2, "Intel(R) Ethernet Connection I219-LM", "", keep=True, sel=True, warn=True)
    node(6, 2, "Intel(R) Wi-Fi 6 AX201 160MHz", "")
    node(7, 1, "Ports (COM & LPT)", ">")
    node(8, 1, "System devices", ">")
    sy = h - 78
    d.rectangle((6, sy, w - 8, h - 8), fill=th.panel_bg, outline=th.field_border)
    win.text((16, sy + 18), "Device status: This device cannot start. (Code 10)", fnt=f, fill=th.text, anchor="lm")
    win.text_run(16, sy + 42, [(ERROR_CODE, th.text, "keep"), (": Access is denied.", th.text, None)], fnt=f)
    return win


class Terminal:
    """A dark terminal; lines are lists of segments (text, colour, tag) with tag None, 'keep' or a PII type."""

    PROMPT_HOST = "tech@app-srv01"

    def __init__(self, x: int, y: int, w: int, h: int, cwd: str = "/etc/contoso") -> None:
        self.win = Window(
            f"{self.PROMPT_HOST}: {cwd}",
            x,
            y,
            w,
            h,
            theme=TERMINAL,
            icon=(50, 50, 50),
            short="Terminal",
            title_keep=cwd,
        )
        self.win.focus_widget = self
        self.cwd = cwd
        self.fnt = font("mono", 14)
        self.cw = self.fnt.getlength("M")
        self.line_h, self.pad = 18, 10
        self.rows = (h - Window.TITLE_H - 2 * self.pad) // self.line_h
        self.lines: list[list[tuple[str, tuple, str | None]]] = [[]]
        self.caret_on = False
        self.fg = TERMINAL.text

    def _y(self, row: int) -> int:
        return Window.TITLE_H + self.pad + row * self.line_h

    def _draw_row(self, row: int) -> None:
        win, y = self.win, self._y(row)
        box = (1, y, win.w - 1, y + self.line_h)
        win.draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=TERMINAL.window_bg)
        win.drop_items(f"term:{row}:")
        x = float(self.pad)
        for j, (s, color, tag) in enumerate(self.lines[row]):
            win.text(
                (x, y + self.line_h / 2),
                s,
                fnt=self.fnt,
                fill=color,
                anchor="lm",
                key=f"term:{row}:{j}",
                pii_type=tag if tag not in (None, "keep") else None,
                keep=tag == "keep",
            )
            x += self.fnt.getlength(s)
        if row == len(self.lines) - 1 and self.caret_on:
            win.draw.rectangle((int(x), y + 2, int(x + self.cw) - 1, y + self.line_h - 3), fill=self.fg)
        win.damage(box)

    def _redraw_all(self) -> None:
        win = self.win
        win.draw.rectangle((1, Window.TITLE_H, win.w - 2, win.h - 2), fill=TERMINAL.window_bg)
        win.drop_items("term:")
        for r in range(len(self.lines)):
            self._draw_row(r)
        win.damage()

    def set_caret(self, on: bool) -> None:
        self.caret_on = on
        self._draw_row(len(self.lines) - 1)

    def append(self, s: str, color=None, tag: str | None = None) -> None:
        self.lines[-1].append((s, color or self.fg, tag))
        self._draw_row(len(self.lines) - 1)

    def newline(self) -> None:
        on, self.caret_on = self.caret_on, False
        self._draw_row(len(self.lines) - 1)
        self.caret_on = on
        self.lines.append([])
        if len(self.lines) > self.rows:
            self.lines = self.lines[-self.rows :]
            self._redraw_all()
        else:
            self._draw_row(len(self.lines) - 1)

    def print_line(self, segs) -> None:
        for s, color, tag in segs:
            self.lines[-1].append((s, color or self.fg, tag))
        self.newline()

    def prompt(self) -> None:
        self.append(self.PROMPT_HOST, (22, 198, 12))
        self.append(":", None)
        self.append(self.cwd, (59, 142, 234))
        self.append("$ ", None)

    def clear(self) -> None:
        self.lines = [[]]
        self._redraw_all()

    def type_text(self, rec: Recorder, text: str, cpf: float, *, tag: str | None = None) -> None:
        """Type `text` into the current line; the typed run becomes one segment once complete."""
        start = len(self.lines[-1])
        acc, typed = 0.0, 0
        while typed < len(text):
            acc += cpf
            n = int(acc)
            acc -= n
            if n:
                typed = min(len(text), typed + n)
                self.lines[-1][start:] = [(text[:typed], self.fg, tag if typed == len(text) else None)]
                rec.screen.note_input(rec.t)
                self._draw_row(len(self.lines) - 1)
            rec.tick()


def config_lines(sec: Secrets, fg) -> list[list[tuple[str, tuple, str | None]]]:
    key_c, sect_c, com_c = (156, 220, 254), (249, 241, 165), (106, 153, 85)

    def kv(k: str, v: str, tag: str | None = None, keep_line: bool = False):
        if keep_line:
            return [(f"{k} = {v}", fg, "keep")]
        return [(k, key_c, None), (" = ", fg, None), (v, fg, tag)]

    return [
        [("; Contoso field agent configuration", com_c, None)],
        [("[database]", sect_c, "keep")],
        kv("host", sec.host_ip, "IP_ADDRESS"),
        kv("port", "5432", keep_line=True),
        kv("user", "svc_backup"),
        kv("password", sec.db_password, "PASSWORD"),
        kv("timeout", "30", keep_line=True),
        [],
        [("[api]", sect_c, None)],
        kv("api_key", sec.api_key, "SECRET"),
        kv("github_token", sec.github_token, "SECRET"),
        kv("aws_access_key_id", sec.aws_key, "SECRET"),
        kv("admin_email", sec.admin_email, "EMAIL_ADDRESS"),
        [],
        [("[logging]", sect_c, None)],
        kv("level", "warning"),
        [("last_error", key_c, None), (" = ", fg, None), (ERROR_CODE, fg, "keep")],
    ]


class CustomerTable:
    """A CRM customers table (name, e-mail, phone, city) whose rows scroll in a viewport."""

    ROW_H = 30
    HEADERS = ("Customer name", "E-mail address", "Phone number", "City")
    FRACS = (0.25, 0.37, 0.19, 0.19)

    def __init__(self, x: int, y: int, w: int, h: int, people: list[Person]) -> None:
        self.win = win = Window("Contoso CRM - Customers", x, y, w, h, icon=(16, 124, 16), short="Contoso CRM")
        th, d = win.theme, win.draw
        top = win.TITLE_H
        d.rectangle((1, top, w - 2, top + 46), fill=th.panel_bg)
        d.rectangle((14, top + 9, 300, top + 37), fill=th.field_bg, outline=th.field_border)
        win.text((24, top + 23), "Search customers", fnt=font("ui", 14), fill=th.muted, anchor="lm", keep=True)
        button(win, (w - 150, top + 8, w - 16, top + 38), "New customer", primary=True)
        self.header_y = top + 50
        d.rectangle((1, self.header_y, w - 2, self.header_y + 30), fill=th.header_bg)
        self.vx0, self.vx1 = 2, w - 16
        self.cols = []
        cx = self.vx0 + 12
        for frac in self.FRACS:
            self.cols.append(int(cx))
            cx += frac * (self.vx1 - self.vx0)
        for cx, label in zip(self.cols, self.HEADERS):
            win.text((cx, self.header_y + 15), label, fnt=font("ui-bold", 14), fill=th.text, anchor="lm", keep=True)
        self.vy0, self.vy1 = self.header_y + 31, h - 27
        d.rectangle((1, h - 26, w - 2, h - 2), fill=th.header_bg)
        self.count_box = (10, h - 26, 300, h - 2)
        self.set_people(people)

    def set_people(self, people: list[Person]) -> None:
        th = self.win.theme
        self.people = people
        vw = self.vx1 - self.vx0
        self.content = Image.new("RGB", (vw, max(1, len(people)) * self.ROW_H), th.panel_bg)
        d = ImageDraw.Draw(self.content)
        f = font("ui", 14)
        self.cells: list[list[tuple[str, str, tuple]]] = []
        for i, p in enumerate(people):
            y0 = i * self.ROW_H
            d.rectangle((0, y0, vw, y0 + self.ROW_H - 1), fill=th.alt_row if i % 2 else th.panel_bg)
            d.line((0, y0 + self.ROW_H - 1, vw, y0 + self.ROW_H - 1), fill=(225, 225, 225))
            row = []
            for cx, (v, t) in zip(
                self.cols,
                ((p.name, "PERSON"), (p.email, "EMAIL_ADDRESS"), (p.phone, "PHONE_NUMBER"), (p.city, "LOCATION")),
            ):
                xy = (cx - self.vx0, y0 + self.ROW_H / 2)
                d.text(xy, v, font=f, fill=th.text, anchor="lm")
                row.append((v, t, tuple(int(c) for c in d.textbbox(xy, v, font=f, anchor="lm"))))
            self.cells.append(row)
        self.max_offset = max(0, self.content.height - (self.vy1 - self.vy0))
        win = self.win
        win.draw.rectangle(
            (self.count_box[0], self.count_box[1], self.count_box[2], self.count_box[3] - 1), fill=th.header_bg
        )
        win.text(
            (self.count_box[0], (self.count_box[1] + self.count_box[3]) / 2),
            f"{len(people)} customers",
            fnt=font("ui", 13),
            fill=th.muted,
            anchor="lm",
        )
        win.damage(self.count_box)
        self.offset = -1
        self.set_offset(0)
        win.damage()

    def set_offset(self, off: float) -> None:
        off = int(round(min(max(off, 0), self.max_offset)))
        if off == self.offset:
            return
        self.offset = off
        win, th = self.win, self.win.theme
        vh = self.vy1 - self.vy0
        avail = max(0, min(vh, self.content.height - off))
        if avail:
            win.surface.paste(self.content.crop((0, off, self.content.width, off + avail)), (self.vx0, self.vy0))
        if avail < vh:
            win.draw.rectangle((self.vx0, self.vy0 + avail, self.vx1 - 1, self.vy1 - 1), fill=th.panel_bg)
        # scrollbar
        sx0 = self.vx1
        win.draw.rectangle((sx0, self.vy0, win.w - 2, self.vy1 - 1), fill=(240, 240, 240))
        total = max(self.content.height, 1)
        th_h = max(24, int(vh * vh / total))
        ty = self.vy0 + int((vh - th_h) * (off / self.max_offset if self.max_offset else 0))
        win.draw.rounded_rectangle((sx0 + 3, ty, win.w - 5, ty + th_h), radius=4, fill=(160, 160, 160))
        win.damage((self.vx0, self.vy0, win.w - 1, self.vy1))
        # ground truth: cells fully inside the viewport
        win.drop_items("row")
        for i, row in enumerate(self.cells):
            y0 = i * self.ROW_H - off
            if y0 + self.ROW_H <= 0 or y0 >= vh:
                continue
            for j, (v, t, b) in enumerate(row):
                if b[1] - off >= 0 and b[3] - off <= vh:
                    win.set_item(
                        f"row{i}:{j}",
                        v,
                        (b[0] + self.vx0, b[1] - off + self.vy0, b[2] + self.vx0, b[3] - off + self.vy0),
                        pii_type=t,
                    )


class ProfileWindow:
    """A dark-mode 'Settings' window: name, phone, IBAN, street address and city."""

    NAV = ("Home", "System", "Bluetooth & devices", "Network & internet", "Accounts", "Privacy & security")

    @staticmethod
    def height() -> int:
        return Window.TITLE_H + 396

    def __init__(self, x: int, y: int, w: int) -> None:
        self.win = win = Window("Settings", x, y, w, self.height(), theme=DARK, icon=(96, 205, 255), short="Settings")
        th, d = win.theme, win.draw
        top = win.TITLE_H
        d.rectangle((1, top, 199, win.h - 2), fill=(28, 28, 28))
        self.search = TextField(
            win, (12, top + 12, 188, top + 42), key="search", fnt=font("ui", 14), placeholder="Find a setting"
        )
        for i, item in enumerate(self.NAV):
            yy = top + 70 + i * 34
            if item == "Accounts":
                d.rounded_rectangle((8, yy - 14, 192, yy + 14), radius=4, fill=(45, 45, 45))
                d.rectangle((8, yy - 7, 10, yy + 7), fill=th.accent)
            win.text(
                (22, yy),
                item,
                fnt=font("ui", 14),
                fill=th.text,
                anchor="lm",
                keep=item in ("Network & internet", "Privacy & security", "Accounts"),
            )
        self.search.set_focus(True)
        win.focus_widget = self.search
        self.values_box = (200, top, w - 2, win.h - 2)

    def set_person(self, p: Person) -> None:
        win, th, d = self.win, self.win.theme, self.win.draw
        x0, top, x1, y1 = self.values_box
        d.rectangle((x0, top, x1, y1), fill=th.window_bg)
        win.drop_items("pv:")
        cx = x0 + 22
        win.text((cx, top + 26), "Account settings", fnt=font("ui-bold", 16), fill=th.text, anchor="lm", keep=True)
        d.ellipse((cx, top + 50, cx + 52, top + 102), fill=(0, 120, 190))
        initials = "".join(part[0] for part in p.name.split()[:2])
        d.text((cx + 26, top + 76), initials, font=font("ui-bold", 18), fill=(255, 255, 255), anchor="mm")
        win.text(
            (cx + 68, top + 66),
            p.name,
            fnt=font("ui-bold", 16),
            fill=th.text,
            anchor="lm",
            key="pv:name",
            pii_type="PERSON",
        )
        win.text((cx + 68, top + 88), "Local account - Administrator", fnt=font("ui", 13), fill=th.muted, anchor="lm")
        cards = (
            ("Contact info", (("Phone", p.phone, "PHONE_NUMBER"),)),
            ("Payment details", (("IBAN", p.iban, "IBAN_CODE"),)),
            ("Billing address", (("Street address", p.street, "ADDRESS"), ("City", p.city, "LOCATION"))),
        )
        y = top + 118
        for title, rows in cards:
            win.text((cx, y + 10), title, fnt=font("ui-bold", 14), fill=th.text, anchor="lm", keep=True)
            y += 22
            d.rounded_rectangle((cx, y, x1 - 20, y + len(rows) * 34), radius=6, fill=th.panel_bg)
            for label, value, t in rows:
                win.text((cx + 14, y + 17), label, fnt=font("ui", 14), fill=th.muted, anchor="lm")
                win.text(
                    (cx + 150, y + 17),
                    value,
                    fnt=font("ui", 15),
                    fill=th.text,
                    anchor="lm",
                    key=f"pv:{label}",
                    pii_type=t,
                )
                y += 34
            y += 8
        button(win, (x1 - 150, y1 - 42, x1 - 20, y1 - 12), "Save changes", primary=True)
        win.damage(self.values_box)


class Notepad:
    """A Notepad window; lines are lists of (text, tag) with tag None, 'keep' or a PII type."""

    def __init__(self, x: int, y: int, w: int, h: int) -> None:
        self.win = win = Window("support-notes.txt - Notepad", x, y, w, h, icon=(120, 190, 240), short="Notepad")
        th, d = win.theme, win.draw
        top = win.TITLE_H
        d.rectangle((1, top, w - 2, top + 22), fill=th.title_bg)
        mx = 10
        for m in ("File", "Edit", "Format", "View", "Help"):
            d.text((mx, top + 11), m, font=font("ui", 13), fill=th.text, anchor="lm")
            mx += int(font("ui", 13).getlength(m)) + 16
        self.text_box = (1, top + 23, w - 1, h - 1)

    def set_lines(self, lines: list[list[tuple[str, str | None]]]) -> None:
        win, th = self.win, self.win.theme
        x0, y0, x1, y1 = self.text_box
        win.draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=(255, 255, 255))
        win.drop_items("np:")
        for i, parts in enumerate(lines):
            win.text_run(
                10, y0 + 15 + i * 19, [(s, th.text, tag) for s, tag in parts], fnt=font("mono", 14), key=f"np:{i}:"
            )
        win.damage(self.text_box)


def notes_lines(p: Person | None, keep: tuple[str, ...] = ()) -> list[list[tuple[str, str | None]]]:
    """Technician notes: innocent lines, plus the caller's SSN and profile URL when p is given."""
    lines = [[("Ticket 48213 - VPN drops after update", None)]]
    if p is not None:
        lines += [[("Caller verified, SSN ", None), (p.ssn, "US_SSN")], [("Profile: ", None), (p.url, "URL")]]
    for s in ("Checked adapter driver 12.19.2.45", f"Last error: {ERROR_CODE}", "Next: reinstall the network driver"):
        lines.append([(s, "keep" if s in keep else None)])
    return lines


# ============================================================================================
# Scene helpers


def move_pointer(rec: Recorder, x: float, y: float, seconds: float = 0.5) -> None:
    """Ease the pointer to (x, y) along a slightly curved path."""
    scr = rec.screen
    if scr.pointer is None:
        scr.set_pointer(x, y)
        return
    x0, y0 = scr.pointer
    n = rec.frames(seconds)
    dx, dy = x - x0, y - y0
    bend = 0.08 * math.hypot(dx, dy)
    for i in range(1, n + 1):
        s = i / n
        e = s * s * (3 - 2 * s)
        off = bend * math.sin(math.pi * e)
        L = math.hypot(dx, dy) or 1.0
        scr.set_pointer(x0 + dx * e - dy / L * off, y0 + dy * e + dx / L * off)
        rec.tick()


def click_raise(rec: Recorder, win: Window, what: str, seconds: float = 0.5, at: tuple[int, int] | None = None) -> None:
    """Move the pointer onto a visible part of win's title bar and click it to the front."""
    if at is None:
        at = _visible_title_point(rec.screen, win)
    move_pointer(rec, at[0], at[1], seconds)
    rec.screen.raise_(win)
    rec.event(what)
    rec.tick()


def _visible_title_point(scr: Screen, win: Window) -> tuple[int, int]:
    i = scr.windows.index(win)
    above = [w.rect for w in scr.windows[i + 1 :]]
    y = win.y + Window.TITLE_H // 2
    for x in range(win.x + win.w - 200, win.x + 40, -20):
        if not any(r[0] <= x < r[2] and r[1] <= y < r[3] for r in above):
            return x, y
    return win.x + win.w - 200, y


def type_form(
    rec: Recorder, form: CustomerForm, person: Person, cpf: float, gap: int = 2, attrs: tuple[str, ...] | None = None
) -> None:
    scr = rec.screen
    for label, attr, _ in form.FIELDS:
        if attrs is not None and attr not in attrs:
            continue
        text = getattr(person, attr)
        fld = form.fields[attr]
        fld.target = text
        form.focus(scr, attr, rec.t)
        rec.event(f"typing starts in {label} field")
        acc = 0.0
        while len(fld.text) < len(text):
            acc += cpf
            n = int(acc)
            acc -= n
            if n:
                fld.set_text(text[: len(fld.text) + n])
                scr.note_input(rec.t)
            rec.tick()
        rec.tick(gap)


def _form_chars(p: Person) -> int:
    return sum(len(getattr(p, a)) for _, a, _ in CustomerForm.FIELDS)


def _check_size(width: int, height: int) -> None:
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        raise ValueError(f"minimum size is {MIN_WIDTH}x{MIN_HEIGHT}")
    if width % 2 or height % 2:
        raise ValueError("width and height must be even (yuv420p)")


def _start_time(fake: Faker) -> _dt.datetime:
    return _dt.datetime(
        2025,
        fake.random.randint(1, 12),
        fake.random.randint(1, 28),
        fake.random.randint(8, 17),
        fake.random.randint(0, 59),
        fake.random.randint(0, 59),
    )


def _computer(fake: Faker) -> str:
    return "DESKTOP-" + _token(fake, string.ascii_uppercase + string.digits, 7)


def _ypos(screen: Screen, h: int, pref: int = 40) -> int:
    return max(8, min(pref, (screen.work[3] - h) // 2))


# ============================================================================================
# Clips


@dataclass
class ClipResult:
    name: str
    video_path: Path
    json_path: Path  # ground truth: `<stem>.truth.json`
    gt: dict
    visible_at_end: dict = field(default_factory=dict)

    @property
    def sidecar_path(self) -> Path:  # the session sidecar `<stem>.json` that `redact ingest` reads
        return self.video_path.with_suffix(".json")


def _video_meta(width: int, height: int, fps: float, frames: int, still: bool = False) -> dict:
    if still:
        return {
            "width": width,
            "height": height,
            "fps": 1.0,
            "frames": 1,
            "duration_s": 1.0,
            "codec": "png",
            "pix_fmt": "rgb24",
        }
    return {
        "width": width,
        "height": height,
        "fps": float(fps),
        "frames": frames,
        "duration_s": round(frames / fps, 3),
        "codec": "h264",
        "pix_fmt": "yuv420p",
    }


def _finish(
    name: str, video_path: Path, rec: Recorder, seed: int, description: str, *, still: bool = False
) -> ClipResult:
    rec.writer.close()
    scr = rec.screen
    gt = {
        "name": name,
        "file": video_path.name,
        "video": _video_meta(scr.w, scr.h, rec.fps, rec.frame, still),
        "faker_seed": seed,
        "description": description,
        "pii": list(rec.pii.values()),
        "keep": rec.keep_list(),
        "events": rec.events,
    }
    json_path = video_path.with_suffix(".truth.json")
    json_path.write_text(json.dumps(gt, indent=2, ensure_ascii=False) + "\n")
    sidecar = make_sidecar(name, seed)
    video_path.with_suffix(".json").write_text(json.dumps(sidecar, indent=2) + "\n")
    return ClipResult(name, video_path, json_path, gt, rec.visible_at_end())


def make_sidecar(
    name: str, seed: int, *, qa_review: bool = True, training: bool = True, minor: bool = False, tenant: str = "default"
) -> dict:
    """A session sidecar with fake ids and full consent (tests change fields as they need)."""
    fake = make_faker(seed + 7)
    return {
        "session_id": f"S-{fake.numerify('########')}",
        "customer_id": f"C-{fake.numerify('######')}",
        "tenant": tenant,
        "technician_id": f"T-{fake.numerify('####')}",
        "recorded_at": f"2026-11-{fake.random_int(1, 24):02d}T{fake.random_int(8, 18):02d}:15:00+00:00",
        "consent": {"recording": True, "qa_review": qa_review, "training": training},
        "customer_is_minor": minor,
    }


class _Clip:
    """Shared set-up: Faker, screen, writer and recorder for one clip."""

    def __init__(
        self,
        name: str,
        out_dir: Path | str,
        width: int,
        height: int,
        fps: float,
        duration_s: float,
        seed: int,
        *,
        still: bool = False,
        crf: int = 23,
    ) -> None:
        _check_size(width, height)
        self.name = name
        self.seed = seed + _SEED_OFFSET[name]
        self.fake = make_faker(self.seed)
        self.screen = Screen(width, height, start=_start_time(self.fake))
        out = Path(out_dir)
        if still:
            self.path = out / f"{name}.png"
            writer = PngWriter(self.path)
            total = 1
        else:
            self.path = out / f"{name}.mp4"
            writer = VideoWriter(self.path, width, height, fps, crf=crf)
            total = max(1, int(round(duration_s * fps)))
        self.rec = Recorder(self.screen, fps, total, writer)
        self.still = still

    def finish(self, description: str) -> ClipResult:
        return _finish(self.name, self.path, self.rec, self.seed, description, still=self.still)


def _form_and_dm(c: _Clip) -> tuple[CustomerForm, Window]:
    scr = c.screen
    W = scr.w
    fw = int(min(620, max(460, W * 0.47)))
    form = CustomerForm(16, _ypos(scr, CustomerForm.height()), fw)
    dm_x = max(16 + fw + 16, W - 460)
    dm = device_manager(dm_x, _ypos(scr, 350, 60), max(380, W - dm_x - 16), _computer(c.fake))
    scr.add(dm)
    scr.add(form.win)
    return form, dm


def make_form_typing(
    out_dir: Path | str,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    duration_s: float = DEFAULT_DURATION["form_typing"],
    seed: int = DEFAULT_SEED,
) -> ClipResult:
    """The customer form is typed into character by character; Device Manager stays beside it."""
    c = _Clip("form_typing", out_dir, width, height, fps, duration_s, seed)
    rec, scr = c.rec, c.screen
    form, dm = _form_and_dm(c)
    person = make_person(c.fake)
    scr.set_pointer(width * 0.6, height * 0.75)

    k = min(1.0, rec.total / fps / 6.0)  # squeeze the fixed pauses in clips shorter than 6 s

    def scenes():
        rec.tick(rec.frames(0.3 * k))
        move_pointer(rec, *form.center("name"), seconds=0.4 * k)
        rec.event("click into Name field")
        # leave ~1.4 s at the end for revealing the password and a short idle
        gap = 2 if k == 1.0 else 1
        budget = rec.remaining - rec.frames(1.4 * k) - gap * len(form.FIELDS)
        cpf = min(4.0, max(0.5, _form_chars(person) / max(budget, 1)))
        type_form(rec, form, person, cpf, gap=gap)
        move_pointer(rec, *form.win.to_screen(*form.show_pw.center), seconds=0.4 * k)
        form.set_show_password(True)
        rec.event("Show password ticked: password shown in clear")
        rec.tick()

    run_scenes(rec, scenes)
    return c.finish(
        "Customer-details form typed character by character (name, e-mail, phone, address, card "
        "number, CVV, masked password later shown) next to a Device Manager window with an "
        "innocent network-adapter error."
    )


def make_terminal_config(
    out_dir: Path | str,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    duration_s: float = DEFAULT_DURATION["terminal_config"],
    seed: int = DEFAULT_SEED,
) -> ClipResult:
    """A dark terminal prints a config file line by line (password, API keys, IP, admin e-mail)."""
    c = _Clip("terminal_config", out_dir, width, height, fps, duration_s, seed)
    rec, scr = c.rec, c.screen
    sec = make_secrets(c.fake)
    tw = int(min(760, max(600, width - 480)))
    th = min(560, scr.work[3] - 40)
    dm_x = max(width - 450, 40)
    scr.add(device_manager(dm_x, _ypos(scr, 350, 60), width - dm_x - 16, _computer(c.fake)))
    term = Terminal(24, _ypos(scr, th, 24), tw, th)
    scr.add(term.win)
    fg = TERMINAL.text
    term.prompt()
    term.append("systemctl status contoso-agent")
    term.newline()
    term.print_line([("\u25cf contoso-agent.service - Contoso field agent", fg, None)])
    term.print_line([("     Active: failed (Result: exit-code)", (231, 72, 86), None)])
    term.print_line([("     Main PID: 2211 (code=exited, status=5)", fg, None)])
    term.prompt()
    scr.set_pointer(width * 0.7, height * 0.8)

    def scenes():
        rec.tick(rec.frames(0.4))
        rec.event("typing 'cat app.ini' in terminal")
        term.type_text(rec, "cat app.ini", min(3.0, 15.0 / fps), tag="keep")
        term.newline()
        rec.tick()
        lines = config_lines(sec, fg)
        per = max(1, min(4, (rec.remaining - rec.frames(1.0)) // len(lines)))
        rec.event("config file starts printing")
        for segs in lines:
            term.print_line(segs)
            rec.tick(per)
        term.prompt()
        rec.event("prompt back; cursor blinking")

    run_scenes(rec, scenes)
    return c.finish(
        "Dark terminal: 'cat app.ini' prints a config line by line with an IP address, a database "
        "password, API tokens (sk-, ghp_, AKIA) and an admin e-mail among innocent settings."
    )


def make_scrolling_list(
    out_dir: Path | str,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    duration_s: float = DEFAULT_DURATION["scrolling_list"],
    seed: int = DEFAULT_SEED,
) -> ClipResult:
    """A CRM customers table scrolls smoothly by a few pixels per frame."""
    c = _Clip("scrolling_list", out_dir, width, height, fps, duration_s, seed)
    rec, scr = c.rec, c.screen
    w = int(min(900, width - 60))
    h = int(min(600, scr.work[3] - 40))
    px = max(1.0, 3.0 * 15.0 / fps)  # ~45 px/s
    vh = h - Window.TITLE_H - 50 - 31 - 27
    rows = int((vh + px * rec.total) / CustomerTable.ROW_H) + 3
    table = CustomerTable(30, _ypos(scr, h, 30), w, h, [make_person(c.fake) for _ in range(rows)])
    scr.add(table.win)
    scr.set_pointer(width * 0.8, height * 0.85)

    def scenes():
        rec.tick(rec.frames(0.5))
        move_pointer(rec, *table.win.to_screen(w * 0.5, h * 0.6), seconds=0.4)
        rec.event("list starts scrolling")
        pause_at = rec.frame + (rec.remaining - rec.frames(1.0)) // 2
        off = 0.0
        while True:
            if rec.frame == pause_at:
                rec.event("scroll pauses")
                rec.tick(rec.frames(0.5))
                rec.event("scroll resumes")
            off += px
            table.set_offset(off)
            rec.tick()

    run_scenes(rec, scenes)
    return c.finish(
        "CRM customers table (name, e-mail, phone, city) scrolling smoothly a few pixels per "
        "frame with a short pause; rows count as shown once fully inside the viewport."
    )


def make_dark_mode(
    out_dir: Path | str,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    duration_s: float = DEFAULT_DURATION["dark_mode"],
    seed: int = DEFAULT_SEED,
) -> ClipResult:
    """A dark Settings window with personal data; Notepad comes to the front and goes back."""
    c = _Clip("dark_mode", out_dir, width, height, fps, duration_s, seed)
    rec, scr = c.rec, c.screen
    person = make_person(c.fake)
    pw = int(min(720, max(640, width - 240)))
    prof = ProfileWindow(40, _ypos(scr, ProfileWindow.height()), pw)
    prof.set_person(person)
    nw = int(min(560, width - 300))
    nx = min(40 + pw - 260, width - nw - 20)
    notes = Notepad(nx, _ypos(scr, 300, 80) + 30, nw, 300)
    notes.set_lines(notes_lines(person))
    scr.add(notes.win)
    scr.add(prof.win)
    scr.set_pointer(width * 0.3, height * 0.85)

    def scenes():
        n = rec.remaining
        rec.tick(max(1, int(n * 0.25)))
        click_raise(rec, notes.win, "Notepad comes to front, covering part of the Settings window", seconds=0.4)
        rec.tick(max(1, int(n * 0.3)))
        click_raise(
            rec, prof.win, "Settings window back to front", seconds=0.4, at=prof.win.to_screen(60, Window.TITLE_H // 2)
        )

    run_scenes(rec, scenes)
    return c.finish(
        "Dark-mode Settings window showing a name, phone, IBAN, street address and city; Notepad "
        "is brought to the front (covering part of it) and then sent back."
    )


def make_screenshot(
    out_dir: Path | str,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    duration_s: float = 1.0,
    seed: int = DEFAULT_SEED,
) -> ClipResult:
    """A still PNG of the desktop with the customer form filled in."""
    c = _Clip("screenshot", out_dir, width, height, fps, duration_s, seed, still=True)
    rec, scr = c.rec, c.screen
    form, _ = _form_and_dm(c)
    person = make_person(c.fake)
    for _, attr, _ in form.FIELDS:
        form.fields[attr].target = getattr(person, attr)
        form.fields[attr].set_text(getattr(person, attr))
    form.set_show_password(True)
    form.focus(scr, "password", 0.0)
    scr.set_pointer(*form.win.to_screen(form.win.w - 70, form.win.h - 30))
    run_scenes(rec)
    return c.finish(
        "Still screenshot: the customer form completely filled in (password shown) next to Device Manager.",
    )


CLIPS: dict[str, Callable[..., ClipResult]] = {
    "form_typing": make_form_typing,
    "terminal_config": make_terminal_config,
    "scrolling_list": make_scrolling_list,
    "dark_mode": make_dark_mode,
    "screenshot": make_screenshot,
}


def make_clip(name: str, out_dir: Path | str, **kw) -> ClipResult:
    return CLIPS[name](out_dir, **kw)


def make_all(
    out_dir: Path | str,
    only: list[str] | None = None,
    width: int = 1280,
    height: int = 720,
    fps: float = 15.0,
    seed: int = DEFAULT_SEED,
    duration_s: float | None = None,
) -> list[ClipResult]:
    out = []
    for name in only or CLIP_NAMES:
        kw = dict(width=width, height=height, fps=fps, seed=seed)
        if duration_s is not None and name != "screenshot":
            kw["duration_s"] = duration_s
        out.append(make_clip(name, out_dir, **kw))
    return out


# ============================================================================================
# Long sessions


def make_session(
    out_path: Path | str,
    width: int = 1920,
    height: int = 1080,
    fps: float = 30.0,
    duration_s: float = 600.0,
    seed: int = DEFAULT_SEED,
    *,
    name: str | None = None,
    crf: int = 23,
    preset: str = "veryfast",
    cps: float = 20.0,
) -> ClipResult:
    """A long support session of any duration, streamed frame by frame to the encoder.

    Scenes repeat in cycles with new Faker values each cycle: the form is typed into, the
    terminal prints a config, the CRM list scrolls, the dark Settings window is opened, the
    pointer wanders, and idle stretches (only the clock and a caret change) separate them.
    The first cycle is compact so short sessions (the demo) show every scene early.
    """
    _check_size(width, height)
    out_path = Path(out_path)
    name = name or out_path.stem
    fseed = seed + _SEED_OFFSET["session"]
    fake = make_faker(fseed)
    rnd = fake.random
    scr = Screen(width, height, start=_start_time(fake))
    writer = VideoWriter(out_path, width, height, fps, crf=crf, preset=preset)
    rec = Recorder(scr, fps, max(1, int(round(duration_s * fps))), writer)
    cpf = cps / fps
    W, work_h = width, scr.work[3]

    # layout: Device Manager + notes on the right stay visible; the rest overlap on the left
    # Device Manager + notes get a column of their own on wide screens and stay visible there;
    # on narrow screens they sit at the back. The working windows overlap on the left.
    dm_w = 420
    dm_x = W - dm_w - 20
    side = W >= 1200
    dm = device_manager(dm_x, 20, dm_w, _computer(fake))
    scr.add(dm)
    note_y = 20 + dm.h + 16
    notes = None
    if side and work_h - note_y - 16 >= 140:
        notes = Notepad(dm_x, note_y, dm_w, min(260, work_h - note_y - 16))
        notes.set_lines(notes_lines(None, keep=NOTE_KEEP))
        scr.add(notes.win)
    area_w = dm_x - 20 if side else W - 10

    def clamp(v: float, lo: int, hi: int) -> int:
        return int(min(max(v, lo), hi, W - 20))

    form = CustomerForm(20, _ypos(scr, CustomerForm.height(), 24), clamp(area_w * 0.7, 460, 620))
    tw, th = clamp(area_w * 0.72, 600, 900), int(min(700, work_h - 40))
    term = Terminal(max(10, area_w - tw), min(100, work_h - th - 10), tw, th)
    cw, ch = clamp(area_w - 60, 700, 1200), int(min(820, work_h - 40))
    crm = CustomerTable(
        max(10, min(50, W - cw - 10)), min(60, work_h - ch - 10), cw, ch, [make_person(fake) for _ in range(3)]
    )
    pw = clamp(area_w - 100, 640, 720)
    prof = ProfileWindow(max(10, area_w - pw - 30), _ypos(scr, ProfileWindow.height(), 50), pw)
    for win in (prof.win, crm.win, term.win, form.win):
        scr.add(win)
    fg = TERMINAL.text
    term.prompt()
    scr.set_pointer(width * 0.5, height * 0.6)

    def idle(seconds: float) -> None:
        if seconds >= 3:
            rec.event(f"idle for {seconds:.0f} s (clock and caret only)")
        rec.tick(rec.frames(seconds))

    def wander() -> None:
        rec.event("pointer wanders")
        for _ in range(rnd.randint(2, 4)):
            move_pointer(rec, rnd.uniform(40, dm_x - 40), rnd.uniform(60, work_h - 40), rnd.uniform(0.4, 1.0))
            rec.tick(rec.frames(rnd.uniform(0.2, 0.8)))

    def cycle(k: int) -> None:
        first = k == 1
        person, sec = make_person(fake), make_secrets(fake)
        # 1. form typing
        if not first:
            click_raise(rec, form.win, "customer form brought to front")
            form.clear()
            rec.event("form cleared for a new customer")
        move_pointer(rec, *form.center("name"), seconds=0.5)
        if first:
            scr.raise_(form.win)
        type_form(rec, form, person, cpf)
        move_pointer(rec, *form.win.to_screen(*form.show_pw.center), seconds=0.4)
        form.set_show_password(True)
        rec.event("Show password ticked: password shown in clear")
        rec.tick()
        idle(0.8 if first else rnd.uniform(5, 25))
        # 2. terminal prints a config
        click_raise(rec, term.win, "terminal brought to front", seconds=0.5)
        if not first:
            term.type_text(rec, "clear", cpf)
            term.newline()
            term.clear()
            term.prompt()
            rec.tick()
        rec.event("typing 'cat app.ini' in terminal")
        term.type_text(rec, "cat app.ini", cpf, tag="keep")
        term.newline()
        rec.event("config file starts printing")
        for segs in config_lines(sec, fg):
            term.print_line(segs)
            rec.tick(max(1, rec.frames(0.12)))
        term.prompt()
        idle(1.0 if first else rnd.uniform(10, 40))
        # 3. CRM list scrolls
        n_rows = (crm.vy1 - crm.vy0) // crm.ROW_H + (4 if first else rnd.randint(20, 50))
        crm.set_people([make_person(fake) for _ in range(n_rows)])
        click_raise(rec, crm.win, "CRM customer list brought to front", seconds=0.5)
        move_pointer(rec, *crm.win.to_screen(cw * 0.5, ch * 0.6), seconds=0.3)
        rec.event("list scrolls")
        px, off = 45.0 / fps, 0.0
        while off < crm.max_offset:
            off += px
            crm.set_offset(off)
            rec.tick()
        idle(0.8 if first else rnd.uniform(5, 20))
        # 4. dark Settings window with a profile
        prof.set_person(person)
        click_raise(rec, prof.win, "dark Settings window (profile, IBAN, address) brought to front", seconds=0.5)
        if notes is not None:
            notes.set_lines(notes_lines(person, keep=NOTE_KEEP))
            rec.event("Notepad notes updated with the caller's SSN and profile URL")
        idle(2.0 if first else rnd.uniform(4, 12))
        wander()
        idle(1.0 if first else rnd.uniform(20, 60))

    try:
        k = 0
        while True:
            k += 1
            rec.event(f"cycle {k} starts")
            cycle(k)
    except TimeUp:
        pass
    return _finish(
        name,
        out_path,
        rec,
        fseed,
        f"Composed support session ({duration_s:.0f} s): customer form typing, a terminal printing a "
        "config with secrets, a scrolling CRM list, a dark Settings profile, pointer motion, window "
        "switches and idle stretches, repeating with new values.",
    )


def make_demo(out_dir: Path | str = HERE, seed: int = DEFAULT_SEED) -> ClipResult:
    """The committed demo clip samples/support_session.mp4 (20 s, 1280x720, 15 fps)."""
    return make_session(
        Path(out_dir) / "support_session.mp4", 1280, 720, 15.0, 20.0, seed, name="support_session", crf=23
    )


# ============================================================================================
# CLI


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.make_samples", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="output directory (default: ./out/samples)")
    ap.add_argument(
        "--only", nargs="+", choices=CLIP_NAMES, metavar="NAME", help=f"clips to make: {', '.join(CLIP_NAMES)}"
    )
    ap.add_argument("--width", type=int, default=None)
    ap.add_argument("--height", type=int, default=None)
    ap.add_argument("--fps", type=float, default=None)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--duration", type=float, default=None, help="seconds per clip / of the session")
    ap.add_argument("--session", action="store_true", help="write one long composed session (session.mp4)")
    ap.add_argument("--demo", action="store_true", help="write support_session.mp4 (default out: samples/)")
    a = ap.parse_args(argv)
    if a.demo:
        res = [make_demo(a.out or HERE, a.seed)]
    elif a.session:
        out = a.out or Path("out/samples")
        res = [
            make_session(
                out / "session.mp4", a.width or 1920, a.height or 1080, a.fps or 30.0, a.duration or 600.0, a.seed
            )
        ]
    else:
        res = make_all(
            a.out or Path("out/samples"), a.only, a.width or 1280, a.height or 720, a.fps or 15.0, a.seed, a.duration
        )
    for r in res:
        v = r.gt["video"]
        print(
            f"{r.video_path}  {v['width']}x{v['height']} {v['frames']} frames  "
            f"{len(r.gt['pii'])} pii, {len(r.gt['keep'])} keep"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
