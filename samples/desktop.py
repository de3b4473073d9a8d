"""A tiny retained-mode "remote desktop" renderer for the synthetic sample clips.

The screen keeps one composited canvas. Windows own an RGB surface each; widgets draw into a
window surface and report the rectangle they touched ("damage"). Composing a frame only
re-pastes the damaged screen rectangles (wallpaper, then the windows in z-order, then the
taskbar), so idle frames where only the clock or a caret changes cost almost nothing, and a
frame that changed nothing is re-encoded from the previous YUV picture.

Every piece of text that matters for evaluation is registered on its window as an `Item`
(a PII value or an innocent "keep" string) with its box in window coordinates. The
`Recorder` asks the screen which items are fully visible (inside the work area and not
covered by a window above) whenever something changed, which yields `first_shown_s` for PII
and the share of frames each keep string was on screen.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image, ImageDraw, ImageFont

try:
    import cv2 as _cv2
except ImportError:  # pragma: no cover - opencv is a project dependency
    _cv2 = None

Rect = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1/y1 exclusive), PIL box convention
RGB = tuple[int, int, int]

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/liberation"),
)
_FONT_FILES = {
    "ui": "LiberationSans-Regular.ttf",
    "ui-bold": "LiberationSans-Bold.ttf",
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono-bold": "DejaVuSansMono-Bold.ttf",
}


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """A cached TrueType font by short name (ui, ui-bold, sans, sans-bold, mono, mono-bold)."""
    fname = _FONT_FILES[name]
    for d in _FONT_DIRS:
        p = d / fname
        if p.exists():
            return ImageFont.truetype(str(p), size)
    # Fall back to the other family before giving up on TrueType entirely.
    alt = {"ui": "sans", "ui-bold": "sans-bold", "sans": "ui", "sans-bold": "ui-bold"}.get(name)
    if alt:
        for d in _FONT_DIRS:
            p = d / _FONT_FILES[alt]
            if p.exists():
                return ImageFont.truetype(str(p), size)
    return ImageFont.load_default(size)


def isect(a: Rect, b: Rect) -> Rect | None:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else None


def shift(r: Rect, dx: int, dy: int) -> Rect:
    return (r[0] + dx, r[1] + dy, r[2] + dx, r[3] + dy)


def union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


# --------------------------------------------------------------------------------------------
# Themes


@dataclass(frozen=True)
class Theme:
    name: str
    window_bg: RGB
    title_bg: RGB
    title_bg_inactive: RGB
    title_fg: RGB
    title_fg_inactive: RGB
    text: RGB
    muted: RGB
    field_bg: RGB
    field_border: RGB
    accent: RGB
    border: RGB
    selection: RGB
    header_bg: RGB
    alt_row: RGB
    panel_bg: RGB


LIGHT = Theme(
    name="light",
    window_bg=(243, 243, 243),
    title_bg=(255, 255, 255),
    title_bg_inactive=(235, 235, 235),
    title_fg=(20, 20, 20),
    title_fg_inactive=(110, 110, 110),
    text=(27, 27, 27),
    muted=(96, 96, 96),
    field_bg=(255, 255, 255),
    field_border=(180, 180, 180),
    accent=(0, 95, 184),
    border=(150, 150, 150),
    selection=(204, 228, 247),
    header_bg=(232, 232, 232),
    alt_row=(248, 248, 248),
    panel_bg=(255, 255, 255),
)

DARK = Theme(
    name="dark",
    window_bg=(32, 32, 32),
    title_bg=(43, 43, 43),
    title_bg_inactive=(36, 36, 36),
    title_fg=(240, 240, 240),
    title_fg_inactive=(140, 140, 140),
    text=(232, 232, 232),
    muted=(170, 170, 170),
    field_bg=(45, 45, 45),
    field_border=(80, 80, 80),
    accent=(96, 205, 255),
    border=(70, 70, 70),
    selection=(60, 60, 60),
    header_bg=(43, 43, 43),
    alt_row=(39, 39, 39),
    panel_bg=(43, 43, 43),
)

TERMINAL = Theme(
    name="terminal",
    window_bg=(12, 12, 12),
    title_bg=(31, 31, 31),
    title_bg_inactive=(40, 40, 40),
    title_fg=(235, 235, 235),
    title_fg_inactive=(140, 140, 140),
    text=(204, 204, 204),
    muted=(150, 150, 150),
    field_bg=(12, 12, 12),
    field_border=(60, 60, 60),
    accent=(22, 198, 12),
    border=(70, 70, 70),
    selection=(40, 40, 40),
    header_bg=(31, 31, 31),
    alt_row=(12, 12, 12),
    panel_bg=(12, 12, 12),
)


# --------------------------------------------------------------------------------------------
# Items and windows


@dataclass
class Item:
    """A registered piece of text: a PII value (pii_type set) or an innocent keep string."""

    value: str
    pii_type: str | None
    box: Rect  # window coordinates
    scored: bool = True


class Focusable(Protocol):
    def set_caret(self, on: bool) -> None: ...


class Window:
    TITLE_H = 30

    def __init__(
        self,
        title: str,
        x: int,
        y: int,
        w: int,
        h: int,
        theme: Theme = LIGHT,
        icon: RGB = (0, 120, 215),
        short: str | None = None,
        title_keep: str | None = None,
    ) -> None:
        self.title, self.theme, self.icon = title, theme, icon
        # the innocent part of a title that also shows personal data ("tech@app-srv01: /etc/x":
        # the Unix user is masked), registered as the keep string instead of the whole title
        self.title_keep = title_keep
        self.short = short or title.split(" - ")[-1]
        self.x, self.y, self.w, self.h = int(x), int(y), int(w), int(h)
        self.surface = Image.new("RGB", (self.w, self.h), theme.window_bg)
        self.draw = ImageDraw.Draw(self.surface)
        self.items: dict[str, Item] = {}
        self.screen: Screen | None = None
        self.active = False
        self.focus_widget: Focusable | None = None
        self.draw.rectangle((0, 0, self.w - 1, self.h - 1), outline=theme.border)
        self.draw_title()

    # geometry ---------------------------------------------------------------------------
    @property
    def rect(self) -> Rect:
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    @property
    def content(self) -> Rect:
        return (1, self.TITLE_H, self.w - 1, self.h - 1)

    def to_screen(self, x: float, y: float) -> tuple[int, int]:
        return int(self.x + x), int(self.y + y)

    # drawing ----------------------------------------------------------------------------
    def damage(self, box: Rect | None = None) -> None:
        if self.screen is not None:
            self.screen.damage(shift(box or (0, 0, self.w, self.h), self.x, self.y))

    def draw_title(self) -> None:
        th, d = self.theme, self.draw
        bg = th.title_bg if self.active else th.title_bg_inactive
        fg = th.title_fg if self.active else th.title_fg_inactive
        d.rectangle((1, 1, self.w - 2, self.TITLE_H - 1), fill=bg)
        d.rectangle((10, 9, 21, 20), fill=self.icon)
        d.rectangle((12, 11, 19, 13), fill=tuple(min(255, c + 90) for c in self.icon))
        d.text((30, self.TITLE_H // 2), self.title, font=font("ui", 13), fill=fg, anchor="lm")
        kept = self.title_keep or self.title
        x = 30 + font("ui", 13).getlength(self.title[: self.title.index(kept)])
        self._register_text("title", kept, (x, self.TITLE_H // 2), font("ui", 13), "lm", None)
        cy = self.TITLE_H // 2
        x = self.w - 46 * 3
        d.line((x + 18, cy, x + 28, cy), fill=fg)  # minimise
        x += 46
        d.rectangle((x + 18, cy - 5, x + 27, cy + 4), outline=fg)  # maximise
        x += 46
        d.line((x + 18, cy - 5, x + 27, cy + 4), fill=fg)  # close
        d.line((x + 18, cy + 4, x + 27, cy - 5), fill=fg)
        self.damage((0, 0, self.w, self.TITLE_H))

    def text(
        self,
        xy: tuple[float, float],
        s: str,
        *,
        fnt: ImageFont.FreeTypeFont,
        fill: RGB,
        anchor: str = "la",
        key: str | None = None,
        pii_type: str | None = None,
        keep: bool = False,
        scored: bool = True,
    ) -> Rect:
        """Draw text; register it as PII (pii_type) or as a keep string (keep=True)."""
        self.draw.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        box = self.draw.textbbox(xy, s, font=fnt, anchor=anchor)
        box = (int(math.floor(box[0])), int(math.floor(box[1])), int(math.ceil(box[2])), int(math.ceil(box[3])))
        if pii_type or keep:
            self.set_item(
                key or f"{'pii' if pii_type else 'keep'}:{s}:{int(xy[0])},{int(xy[1])}",
                s,
                box,
                pii_type=pii_type,
                scored=scored,
            )
        return box

    def _register_text(self, key, s, xy, fnt, anchor, pii_type) -> None:
        box = self.draw.textbbox(xy, s, font=fnt, anchor=anchor)
        self.set_item(key, s, tuple(int(v) for v in box), pii_type=pii_type)

    def text_run(self, x: float, y: float, parts, *, fnt, anchor: str = "lm", key: str | None = None) -> float:
        """Draw consecutive pieces [(text, fill, pii_type|None|'keep')] on one baseline; returns end x."""
        for j, (s, fill, tag) in enumerate(parts):
            self.text(
                (x, y),
                s,
                fnt=fnt,
                fill=fill,
                anchor=anchor,
                key=f"{key}{j}" if key else None,
                pii_type=tag if tag not in (None, "keep") else None,
                keep=tag == "keep",
            )
            x += fnt.getlength(s)
        return x

    def set_item(self, key: str, value: str, box: Rect, *, pii_type: str | None = None, scored: bool = True) -> None:
        self.items[key] = Item(value, pii_type, box, scored)
        if self.screen is not None:
            self.screen.version += 1

    def drop_item(self, key: str) -> None:
        if self.items.pop(key, None) is not None and self.screen is not None:
            self.screen.version += 1

    def drop_items(self, prefix: str) -> None:
        for k in [k for k in self.items if k.startswith(prefix)]:
            self.drop_item(k)

    def set_active(self, flag: bool) -> None:
        if flag != self.active:
            self.active = flag
            self.draw_title()


# --------------------------------------------------------------------------------------------
# Widgets


class TextField:
    """A single-line edit box. Registers its text as PII once it equals `target`."""

    PAD = 8

    def __init__(
        self,
        win: Window,
        box: Rect,
        *,
        key: str,
        pii_type: str | None = None,
        masked: bool = False,
        scored: bool = True,
        fnt=None,
        placeholder: str = "",
    ) -> None:
        self.win, self.box, self.key = win, box, key
        self.pii_type, self.masked, self.scored = pii_type, masked, scored
        self.fnt = fnt or font("ui", 15)
        self.placeholder = placeholder
        self.text = ""
        self.target = ""
        self.focused = False
        self.caret_on = False
        self.redraw()

    def shown(self) -> str:
        return "\u25cf" * len(self.text) if self.masked else self.text

    def redraw(self) -> None:
        th, d = self.win.theme, self.win.draw
        x0, y0, x1, y1 = self.box
        d.rectangle((x0, y0, x1 - 1, y1 - 1), fill=th.field_bg, outline=th.field_border)
        if self.focused:
            d.line((x0 + 1, y1 - 2, x1 - 2, y1 - 2), fill=th.accent, width=2)
        cy = (y0 + y1) // 2
        s = self.shown()
        if s:
            self.win.draw.text((x0 + self.PAD, cy), s, font=self.fnt, fill=th.text, anchor="lm")
        elif self.placeholder:
            self.win.draw.text((x0 + self.PAD + 4, cy), self.placeholder, font=self.fnt, fill=th.muted, anchor="lm")
        if self.focused and self.caret_on:
            cx = x0 + self.PAD + int(self.fnt.getlength(s)) + 1
            d.line((cx, y0 + 6, cx, y1 - 7), fill=th.text, width=1)
        self.win.damage(self.box)
        if self.pii_type and self.target and self.text == self.target and not self.masked:
            box = self.win.draw.textbbox((x0 + self.PAD, cy), s, font=self.fnt, anchor="lm")
            self.win.set_item(self.key, s, tuple(int(v) for v in box), pii_type=self.pii_type, scored=self.scored)
        else:
            self.win.drop_item(self.key)

    def set_text(self, s: str) -> None:
        self.text = s
        self.redraw()

    def set_caret(self, on: bool) -> None:
        self.caret_on = on
        self.redraw()

    def set_focus(self, flag: bool) -> None:
        self.focused = flag
        if not flag:
            self.caret_on = False
        self.redraw()


class Checkbox:
    def __init__(self, win: Window, x: int, y: int, label: str, *, checked: bool = False) -> None:
        self.win, self.x, self.y, self.label, self.checked = win, x, y, label, checked
        self.redraw()

    @property
    def center(self) -> tuple[int, int]:
        return self.x + 8, self.y + 8

    def redraw(self) -> None:
        th, d = self.win.theme, self.win.draw
        box = (self.x, self.y, self.x + 16, self.y + 16)
        if self.checked:
            d.rounded_rectangle(box, radius=3, fill=th.accent)
            d.line(
                (self.x + 4, self.y + 8, self.x + 7, self.y + 11, self.x + 12, self.y + 5),
                fill=(255, 255, 255),
                width=2,
            )
        else:
            d.rounded_rectangle(box, radius=3, fill=th.field_bg, outline=th.muted)
        self.win.text((self.x + 24, self.y + 8), self.label, fnt=font("ui", 14), fill=th.text, anchor="lm", keep=True)
        self.win.damage((self.x, self.y, self.x + 200, self.y + 17))

    def toggle(self) -> None:
        self.checked = not self.checked
        self.redraw()


def button(win: Window, box: Rect, label: str, *, primary: bool = False, keep: bool = True) -> Rect:
    th, d = win.theme, win.draw
    if primary:
        d.rounded_rectangle(box, radius=4, fill=th.accent)
        fg = (255, 255, 255) if th.name != "dark" else (0, 0, 0)
    else:
        d.rounded_rectangle(box, radius=4, fill=th.panel_bg, outline=th.field_border)
        fg = th.text
    win.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), label, fnt=font("ui", 14), fill=fg, anchor="mm", keep=keep)
    win.damage(box)
    return box


# --------------------------------------------------------------------------------------------
# Screen


def _wallpaper(w: int, h: int) -> Image.Image:
    """A soft blue gradient with two blurred light blooms (computed once per screen size)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = xx / max(w - 1, 1), yy / max(h - 1, 1)
    top, bottom = np.array([8, 52, 112], np.float32), np.array([18, 100, 170], np.float32)
    img = top[None, None, :] * (1 - v[..., None]) + bottom[None, None, :] * v[..., None]
    for cx, cy, r, gain in ((0.72, 0.45, 0.35, 70.0), (0.35, 0.75, 0.25, 35.0)):
        d2 = ((u - cx) * w / h) ** 2 + (v - cy) ** 2
        img += (gain * np.exp(-d2 / (2 * r * r)))[..., None] * np.array([0.6, 0.85, 1.0], np.float32)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")


def _pointer_sprite() -> tuple[np.ndarray, np.ndarray]:
    """The arrow cursor as (rgb, alpha) arrays, hotspot at (1, 1)."""
    scale = 4  # supersample for an anti-aliased outline
    pts = [(1, 1), (1, 17), (5, 13), (8, 19.5), (10.5, 18.5), (7.5, 12.5), (12.5, 12.5)]
    big = Image.new("RGBA", (16 * scale, 22 * scale), (0, 0, 0, 0))
    d = ImageDraw.Draw(big)
    d.polygon([(x * scale, y * scale) for x, y in pts], fill=(255, 255, 255, 255), outline=(0, 0, 0, 255), width=scale)
    small = big.resize((16, 22), Image.LANCZOS)
    arr = np.asarray(small).astype(np.float32)
    return arr[..., :3], arr[..., 3:4] / 255.0


class Screen:
    def __init__(self, width: int, height: int, *, start: _dt.datetime) -> None:
        if width % 2 or height % 2:
            raise ValueError("width and height must be even (yuv420p)")
        self.w, self.h = width, height
        self.tb_h = 40 if height < 1000 else 48
        self.wallpaper = _wallpaper(width, height)
        self.canvas = self.wallpaper.copy()
        self.windows: list[Window] = []
        self._dirty: list[Rect] = [(0, 0, width, height)]
        self.version = 0
        self.pointer: tuple[float, float] | None = None
        self._pointer_moved = True
        self._sprite_rgb, self._sprite_a = _pointer_sprite()
        self.focus: Focusable | None = None
        self.caret_on = False
        self.last_input = -10.0
        self.start = start
        self._clock_text: str | None = None
        self.taskbar = Image.new("RGB", (width, self.tb_h), (32, 32, 32))
        self.render_taskbar()

    @property
    def work(self) -> Rect:
        return (0, 0, self.w, self.h - self.tb_h)

    # state changes ----------------------------------------------------------------------
    def damage(self, r: Rect) -> None:
        r2 = isect(r, (0, 0, self.w, self.h))
        if r2:
            self._dirty.append(r2)
            self.version += 1

    def add(self, win: Window, *, active: bool = True) -> Window:
        win.screen = self
        if active:
            self.windows.append(win)
            self._set_active(win)
        else:
            self.windows.insert(0, win)
        self.damage(win.rect)
        self.render_taskbar()
        return win

    def _set_active(self, win: Window | None) -> None:
        for w in self.windows:
            w.set_active(w is win)
        new_focus = win.focus_widget if win is not None else None
        if new_focus is not self.focus:
            if self.focus is not None:
                self.focus.set_caret(False)
            self.focus = new_focus
            self.caret_on = False

    def raise_(self, win: Window) -> None:
        self.windows.remove(win)
        self.windows.append(win)
        self._set_active(win)
        self.damage(win.rect)
        self.render_taskbar()

    def set_focus(self, widget: Focusable | None, t: float) -> None:
        if widget is self.focus:
            return
        if self.focus is not None:
            self.focus.set_caret(False)
        self.focus = widget
        self.caret_on = False
        self.note_input(t)

    def note_input(self, t: float) -> None:
        """A key was pressed: the caret is shown solid and its blink phase restarts."""
        self.last_input = t
        if self.focus is not None and not self.caret_on:
            self.caret_on = True
            self.focus.set_caret(True)

    def set_pointer(self, x: float, y: float) -> None:
        p = (float(x), float(y))
        if p != self.pointer:
            self.pointer = p
            self._pointer_moved = True

    def update(self, t: float) -> None:
        """Advance time-driven state: the taskbar clock and the caret blink."""
        self.render_clock(t)
        if self.focus is not None:
            dt = t - self.last_input
            on = dt < 0.5 or int(dt / 0.53) % 2 == 0
            if on != self.caret_on:
                self.caret_on = on
                self.focus.set_caret(on)

    # taskbar ----------------------------------------------------------------------------
    def render_taskbar(self) -> None:
        tb, h = self.taskbar, self.tb_h
        d = ImageDraw.Draw(tb)
        d.rectangle((0, 0, self.w, h), fill=(32, 32, 32))
        cy = h // 2
        for i, j in ((0, 0), (1, 0), (0, 1), (1, 1)):  # start button
            x0, y0 = 16 + i * 9, cy - 8 + j * 9
            d.rectangle((x0, y0, x0 + 7, y0 + 7), fill=(0, 160, 240))
        d.rectangle((52, 6, 280, h - 7), fill=(243, 243, 243))
        d.ellipse((62, cy - 6, 72, cy + 4), outline=(60, 60, 60), width=2)
        d.line((71, cy + 3, 75, cy + 7), fill=(60, 60, 60), width=2)
        d.text((84, cy), "Type here to search", font=font("ui", 13), fill=(90, 90, 90), anchor="lm")
        x = 296
        bw = int(min(180, (self.w - 190 - x) / max(len(self.windows), 1)))
        for win in sorted(self.windows, key=lambda w: w.short):
            if win.active:
                d.rectangle((x, 0, x + bw - 4, h - 1), fill=(62, 62, 62))
            d.rectangle((x, h - 3, x + bw - 4, h - 1), fill=(118, 185, 237) if win.active else (110, 110, 110))
            d.rectangle((x + 10, cy - 8, x + 25, cy + 7), fill=win.icon)
            label = win.short
            f13 = font("ui", 13)
            while len(label) > 1 and f13.getlength(label) > bw - 44:
                label = label[:-2] + "\u2026"
            if bw >= 90:
                d.text((x + 34, cy - 1), label, font=f13, fill=(235, 235, 235), anchor="lm")
            x += bw
        # tray glyphs
        tx = self.w - 190
        d.polygon([(tx, cy + 6), (tx + 14, cy + 6), (tx + 14, cy - 8)], fill=(220, 220, 220))
        d.rectangle((tx + 26, cy - 5, tx + 40, cy + 5), outline=(220, 220, 220))
        d.rectangle((tx + 41, cy - 2, tx + 42, cy + 2), fill=(220, 220, 220))
        self._clock_text = None
        self.damage((0, self.h - h, self.w, self.h))

    def render_clock(self, t: float) -> None:
        now = self.start + _dt.timedelta(seconds=int(t))
        hour = now.hour % 12 or 12
        text = f"{hour}:{now.minute:02d}:{now.second:02d} {'AM' if now.hour < 12 else 'PM'}"
        if text == self._clock_text:
            return
        self._clock_text = text
        date = f"{now.month}/{now.day}/{now.year}"
        d = ImageDraw.Draw(self.taskbar)
        x0 = self.w - 130
        d.rectangle((x0, 0, self.w - 1, self.tb_h - 1), fill=(32, 32, 32))
        f = font("ui", 12)
        d.text((self.w - 16, self.tb_h // 2 - 8), text, font=f, fill=(240, 240, 240), anchor="rm")
        d.text((self.w - 16, self.tb_h // 2 + 8), date, font=f, fill=(240, 240, 240), anchor="rm")
        self.damage((x0, self.h - self.tb_h, self.w, self.h))

    # composition ------------------------------------------------------------------------
    def _compose_rect(self, r: Rect) -> None:
        c = self.canvas
        c.paste(self.wallpaper.crop(r), r[:2])
        for win in self.windows:
            i = isect(r, win.rect)
            if i:
                c.paste(win.surface.crop(shift(i, -win.x, -win.y)), i[:2])
        tb_rect = (0, self.h - self.tb_h, self.w, self.h)
        i = isect(r, tb_rect)
        if i:
            c.paste(self.taskbar.crop(shift(i, 0, -(self.h - self.tb_h))), i[:2])

    def compose(self) -> bool:
        """Apply pending damage to the canvas; True if the output frame changed."""
        changed = bool(self._dirty) or self._pointer_moved
        if self._dirty:
            rects = self._dirty
            self._dirty = []
            area = sum((r[2] - r[0]) * (r[3] - r[1]) for r in rects)
            if area > self.w * self.h // 2:
                rects = [(0, 0, self.w, self.h)]
            else:  # merge overlapping rectangles so no region is pasted twice
                merged: list[Rect] = []
                for r in rects:
                    for k, m in enumerate(merged):
                        if isect(r, m):
                            merged[k] = union(r, m)
                            break
                    else:
                        merged.append(r)
                rects = merged
            for r in rects:
                self._compose_rect(r)
        self._pointer_moved = False
        return changed

    def frame_array(self) -> np.ndarray:
        """The composed canvas as an HxWx3 uint8 array, with the mouse pointer on top."""
        arr = np.array(self.canvas)
        if self.pointer is not None:
            px, py = int(round(self.pointer[0])) - 1, int(round(self.pointer[1])) - 1
            sh, sw = self._sprite_a.shape[:2]
            x0, y0, x1, y1 = max(px, 0), max(py, 0), min(px + sw, self.w), min(py + sh, self.h)
            if x0 < x1 and y0 < y1:
                a = self._sprite_a[y0 - py : y1 - py, x0 - px : x1 - px]
                s = self._sprite_rgb[y0 - py : y1 - py, x0 - px : x1 - px]
                region = arr[y0:y1, x0:x1].astype(np.float32)
                arr[y0:y1, x0:x1] = (region * (1 - a) + s * a + 0.5).astype(np.uint8)
        return arr

    def visible_items(self) -> list[Item]:
        """Items whose whole box is inside the work area and not covered by a window above."""
        out: list[Item] = []
        wx0, wy0, wx1, wy1 = self.work
        for i, win in enumerate(self.windows):
            above = [w.rect for w in self.windows[i + 1 :]]
            for it in win.items.values():
                b = shift(it.box, win.x, win.y)
                if (
                    b[0] < max(wx0, win.x)
                    or b[1] < max(wy0, win.y)
                    or b[2] > min(wx1, win.x + win.w)
                    or b[3] > min(wy1, win.y + win.h)
                ):
                    continue
                if any(isect(b, r) for r in above):
                    continue
                out.append(it)
        return out


# --------------------------------------------------------------------------------------------
# Output


class VideoWriter:
    """Streams frames to an H.264/yuv420p MP4 with PyAV; unchanged frames reuse the last picture."""

    def __init__(
        self, path: Path | str, width: int, height: int, fps: float, *, crf: int = 23, preset: str = "veryfast"
    ) -> None:
        import av  # imported lazily so the renderer can be used without PyAV

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.rate = Fraction(fps).limit_denominator(1001)
        self.container = av.open(str(self.path), "w", options={"movflags": "+faststart"})
        self.stream = self.container.add_stream("libx264", rate=self.rate)
        self.stream.width, self.stream.height = width, height
        self.stream.pix_fmt = "yuv420p"
        self.stream.options = {"crf": str(crf), "preset": preset}
        self.stream.codec_context.time_base = 1 / self.rate
        self._av = av
        self._last = None
        self.frames = 0

    def write(self, rgb: np.ndarray | None) -> None:
        if rgb is not None or self._last is None:
            if _cv2 is not None:  # BT.601 limited range, same as swscale's default, ~8x faster
                self._last = self._av.VideoFrame.from_ndarray(
                    _cv2.cvtColor(rgb, _cv2.COLOR_RGB2YUV_I420), format="yuv420p"
                )
            else:
                self._last = self._av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
        frame = self._last
        frame.pts = self.frames
        frame.time_base = 1 / self.rate
        for pkt in self.stream.encode(frame):
            self.container.mux(pkt)
        self.frames += 1

    def close(self) -> None:
        for pkt in self.stream.encode(None):
            self.container.mux(pkt)
        self.container.close()


class PngWriter:
    """Keeps the last frame and saves it as a PNG on close (for still screenshots)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._last: np.ndarray | None = None
        self.frames = 0

    def write(self, rgb: np.ndarray | None) -> None:
        if rgb is not None:
            self._last = rgb
        self.frames += 1

    def close(self) -> None:
        if self._last is not None:
            Image.fromarray(self._last).save(self.path, optimize=True)


class TimeUp(Exception):
    """Raised by Recorder.tick once the clip has all its frames."""


class Recorder:
    """Drives the frame clock: composes, records ground truth and writes each frame."""

    def __init__(self, screen: Screen, fps: float, total_frames: int, writer) -> None:
        self.screen, self.fps, self.total, self.writer = screen, float(fps), int(total_frames), writer
        self.frame = 0
        self.pii: dict[tuple[str, str], dict] = {}
        self.keep_frames: Counter[str] = Counter()
        self.keep_order: dict[str, None] = {}
        self.events: list[dict] = []
        self._vis_version = -1
        self.visible: list[Item] = []
        self._keep_now: set[str] = set()

    @property
    def t(self) -> float:
        return self.frame / self.fps

    @property
    def remaining(self) -> int:
        return self.total - self.frame

    def frames(self, seconds: float) -> int:
        return max(1, int(round(seconds * self.fps)))

    def event(self, what: str) -> None:
        if self.frame < self.total:
            self.events.append({"t": round(self.t, 3), "what": what})

    def tick(self, n: int = 1) -> None:
        for _ in range(n):
            if self.frame >= self.total:
                raise TimeUp
            scr = self.screen
            scr.update(self.t)
            changed = scr.compose()
            if scr.version != self._vis_version:
                self._vis_version = scr.version
                self.visible = scr.visible_items()
                keep_now = set()
                for it in self.visible:
                    if it.pii_type:
                        k = (it.value, it.pii_type)
                        if k not in self.pii:
                            entry = {"value": it.value, "type": it.pii_type, "first_shown_s": round(self.t, 3)}
                            if not it.scored:
                                entry["scored"] = False
                            self.pii[k] = entry
                    else:
                        keep_now.add(it.value)
                        self.keep_order.setdefault(it.value, None)
                self._keep_now = keep_now
            for k in self._keep_now:
                self.keep_frames[k] += 1
            self.writer.write(scr.frame_array() if changed or self.frame == 0 else None)
            self.frame += 1

    def run_to_end(self) -> None:
        while True:
            self.tick()

    def keep_list(self, min_share: float = 0.5) -> list[str]:
        pii_values = {v for v, _ in self.pii}
        n = max(self.frame, 1)
        return [k for k in self.keep_order if self.keep_frames[k] >= min_share * n and k not in pii_values]

    def visible_at_end(self) -> dict[str, list[str]]:
        return {
            "pii": [it.value for it in self.visible if it.pii_type],
            "keep": sorted({it.value for it in self.visible if not it.pii_type}),
        }


def run_scenes(rec: Recorder, *scenes: Callable[[], None]) -> None:
    """Run scene callables in order, then idle to the end; stops cleanly at the last frame."""
    try:
        for s in scenes:
            s()
        rec.run_to_end()
    except TimeUp:
        pass
