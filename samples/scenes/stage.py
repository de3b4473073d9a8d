"""The boilerplate every scene shares: desktop, static pages, visibility tracking, ground truth.

A scene module only describes what the technician's screen shows and what the technician does;
`Stage` owns everything else. It starts the recorder's `Desktop` (Xvfb + openbox), serves the
scene's pages on 127.0.0.1 (Chromium maps every host name to that server, so the URL bar shows a
realistic address and nothing leaves the machine), and writes `NAME.mp4` + `NAME.json` in the
format of `shared/recordings/*.json`.

Why a watcher: `first_shown_s` must be the moment a value is *fully* visible, and scrolling,
typing, wrapping and other windows make hand-written times wrong. While recording, a thread asks
every Chromium page (over its own DevTools connection, so it never races the scene's calls) where
each registered string is drawn, drops those clipped by the viewport, by a scrolling container,
by another element on top, or by another X window above the browser, and stamps the first poll
in which a value passed. The same polls measure how long each `keep` string is readable, so only
strings that stay on screen for a good share of the recording are written out. Text the watcher
cannot see (xterm output, browser tabs and URL bar) is stamped by the scene with `shown()`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from faker import Faker

REPO_ROOT = Path(__file__).resolve().parents[2]
POLL_S = 0.2  # watcher period: first_shown_s is at most this late (spec: +-0.5 s)
MOVE_STEPS = 8  # pointer steps per move: still a curved path, few xdotool calls
KEEP_MIN_SHARE = 0.5  # a keep string must be readable in at least this share of the polls
FRAME_PAD = (4, 24, 4, 4)  # openbox frame around a client window: left, top (title bar), right, bottom

Rect = tuple[float, float, float, float]  # left, top, right, bottom in screen pixels


@dataclass(frozen=True)
class SceneSpec:
    """What a scene module declares: its name, what it shows, the video settings and its script."""

    name: str
    description: str
    play: Callable[[Stage], None]
    width: int = 1280
    height: int = 720
    fps: int = 15
    duration_s: float = 30.0
    seed: int = 0
    crf: int = 24


def default_recorder_dir() -> Path:
    """`$REDACT_RECORDER`, else `shared/recorder` beside the repository (where the team keeps it)."""
    env = os.environ.get("REDACT_RECORDER")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "recorder"


def load_harness(recorder_dir: Path) -> ModuleType:
    """Import the team's `harness.py` from where it lives; it is not copied into this repository."""
    path = Path(recorder_dir) / "harness.py"
    if not path.is_file():
        raise FileNotFoundError(f"no harness.py in {recorder_dir} (use --recorder or $REDACT_RECORDER)")
    spec = importlib.util.spec_from_file_location("redact_recorder_harness", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ffprobe_facts(path: Path) -> dict[str, Any]:
    """The `video` block of the ground truth, read from the encoded file (not from the settings)."""
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-count_packets",
            "-show_entries",
            "stream=width,height,r_frame_rate,nb_read_packets,codec_name,pix_fmt:format=duration,size",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    facts = json.loads(out)
    stream, fmt = facts["streams"][0], facts["format"]
    num, den = (int(x) for x in stream["r_frame_rate"].split("/"))
    return {
        "width": stream["width"],
        "height": stream["height"],
        "fps": round(num / den, 3),
        "frames": int(stream["nb_read_packets"]),
        "duration_s": round(float(fmt["duration"]), 3),
        "codec": stream["codec_name"],
        "pix_fmt": stream["pix_fmt"],
        "bytes": int(fmt["size"]),
    }


@dataclass
class Entry:
    """One personal value as the ground truth lists it."""

    value: str
    type: str
    scored: bool = True
    note: str | None = None
    first_shown_s: float | None = None
    watch: bool = True
    box: Rect | None = None  # where the watcher first saw it whole (for the OCR check's crops)
    lines: int = 1  # text lines it was drawn on when first seen (a wrapped value has 2)

    def as_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "type": self.type, "first_shown_s": self.first_shown_s}
        if not self.scored:
            d["scored"] = False
        note = self.note or (f"wraps over {self.lines} lines" if self.lines > 1 else None)
        if note:
            d["note"] = note
        return d


@dataclass
class KeepStat:
    """How often an innocent string was readable; `static` ones are trusted (browser UI, xterm text)."""

    text: str
    static: bool = False
    seen_polls: int = 0
    last: tuple[float, Rect] | None = None  # latest sighting, for the OCR check's crops
    since_s: float = 0.0  # static ones: when the scene declared them drawn (they stay to the end)


# Runs in the page. For each wanted string: the client rects of its first occurrence that is inside
# the viewport, not clipped by an overflow container and not covered by another element, or null.
# Also returns the window metrics needed to turn page coordinates into screen coordinates.
_VISIBILITY_JS = r"""
((want) => {
  if (document.visibilityState !== 'visible') return null;
  const vw = innerWidth, vh = innerHeight;
  const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1
                           && r.bottom <= b.bottom + 1;
  const shownIn = (el, r) => {
    for (let a = el; a && a.nodeType === 1; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.visibility === 'hidden' || cs.display === 'none' || parseFloat(cs.opacity) < 0.5) return false;
      const clips = /(hidden|auto|scroll|clip)/.test(cs.overflowX + cs.overflowY);
      if (clips && a !== el && a !== document.body && a !== document.documentElement &&
          !inside(r, a.getBoundingClientRect())) return false;
    }
    return true;
  };
  const onTop = (el, r) => {
    const x = Math.min(vw - 1, Math.max(0, (r.left + r.right) / 2));
    const y = Math.min(vh - 1, Math.max(0, (r.top + r.bottom) / 2));
    const hit = document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
  };
  const ok = (el, rects) => rects.length > 0 && rects.every(r => r.width > 0 && r.height > 0 &&
      inside(r, {left: 0, top: 0, right: vw, bottom: vh}) && shownIn(el, r) && onTop(el, r));
  const word = /[A-Za-z0-9]/, texts = [], fields = [];
  // HTML shows any run of white space as one space: search a collapsed copy, map offsets back
  const collapse = n => {
    let s = '', space = false; const map = [];
    for (let i = 0; i < n.data.length; i++) {
      const sp = /\s/.test(n.data[i]);
      if (sp && space) continue;
      s += sp ? ' ' : n.data[i]; map.push(i); space = sp;
    }
    map.push(n.data.length);
    return {n, s, map};
  };
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) if (n.data.trim()) texts.push(collapse(n));
  for (const f of document.querySelectorAll('input, textarea'))
    if (f.type !== 'password' && f.type !== 'hidden') fields.push(f);
  const out = {};
  for (const w of want) {
    let found = null;
    for (const {n, s, map} of texts) {
      let i = s.indexOf(w);
      while (i >= 0 && !found) {
        // a whole token only: an account number inside an IBAN is not that account number on screen
        const whole = !word.test(s[i - 1] || ' ') && !word.test(s[i + w.length] || ' ');
        const rg = document.createRange(); rg.setStart(n, map[i]); rg.setEnd(n, map[i + w.length - 1] + 1);
        const rects = [...rg.getClientRects()].filter(r => r.width > 0.5);
        if (whole && ok(n.parentElement, rects)) found = rects.map(r => [r.left, r.top, r.right, r.bottom]);
        i = s.indexOf(w, i + 1);
      }
      if (found) break;
    }
    if (!found) for (const f of fields) {
      if (!f.value.includes(w)) continue;
      const r = f.getBoundingClientRect();
      if (ok(f, [r])) { found = [[r.left, r.top, r.right, r.bottom]]; break; }
    }
    if (found) out[w] = found;
  }
  const bx = (outerWidth - innerWidth) / 2;
  return {hits: out, origin: [screenX + bx, screenY + (outerHeight - innerHeight) - bx]};
})
"""


class _PageProbe:
    """A second DevTools connection per page of one Chromium, used only by the watcher thread."""

    def __init__(self, harness: ModuleType, chrome: Any) -> None:
        self.harness, self.chrome = harness, chrome
        self.conns: dict[str, Any] = {}
        self.refreshed = 0.0

    def _refresh(self) -> None:
        """Connect to pages opened since the last look (a new tab shows up here by itself)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.chrome.port}/json/list", timeout=2) as r:
            targets = json.load(r)
        for t in targets:
            if t.get("type") == "page" and t["id"] not in self.conns and "webSocketDebuggerUrl" in t:
                self.conns[t["id"]] = self.harness.CDP(self.chrome.port, ws_url=t["webSocketDebuggerUrl"])
        self.refreshed = time.time()

    def visible(self, want: list[str]) -> list[tuple[dict[str, list[list[float]]], tuple[float, float]]]:
        """Per visible page: the rects of each wanted string found, and the viewport's screen origin."""
        if time.time() - self.refreshed > 1.5:
            self._refresh()
        found = []
        for cid, conn in list(self.conns.items()):
            try:
                r = conn.js(f"{_VISIBILITY_JS}({json.dumps(want)})")
            except Exception:  # noqa: BLE001 - page navigating or closed: look again next poll
                conn.close()
                del self.conns[cid]
                continue
            if r:
                found.append((r["hits"], (r["origin"][0], r["origin"][1])))
        return found

    def close(self) -> None:
        for conn in self.conns.values():
            conn.close()


def _x(env: dict[str, str], *args: str) -> str:
    return subprocess.run(list(args), env=env, capture_output=True, text=True, check=False).stdout


def window_stack(env: dict[str, str]) -> list[tuple[int, Rect]]:
    """Managed windows bottom to top, as (pid, frame rect): openbox's EWMH stacking list."""
    line = _x(env, "xprop", "-root", "-notype", "_NET_CLIENT_LIST_STACKING")
    ids = [w.strip().rstrip(",") for w in line.split("#", 1)[-1].split()] if "#" in line else []
    stack = []
    for wid in ids:
        pid_line = _x(env, "xprop", "-id", wid, "-notype", "_NET_WM_PID")
        info = _x(env, "xwininfo", "-id", wid)
        vals = {}
        for ln in info.splitlines():
            if ":" in ln:
                k, _, v = ln.strip().partition(":")
                vals[k.strip()] = v.strip()
        if "Map State" in vals and vals["Map State"] != "IsViewable":
            continue
        try:
            pid = int(pid_line.split("=")[-1]) if "=" in pid_line else -1
            x, y = int(vals["Absolute upper-left X"]), int(vals["Absolute upper-left Y"])
            w, h = int(vals["Width"]), int(vals["Height"])
        except (KeyError, ValueError):
            continue
        left, top, right, bottom = FRAME_PAD
        stack.append((pid, (x - left, y - top, x + w + right, y + h + bottom)))
    return stack


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class Stage:
    """One recording in progress: the desktop, the pages, the ground truth and its watcher."""

    def __init__(self, spec: SceneSpec, out_dir: Path, harness: ModuleType, display: str = ":93") -> None:
        self.spec, self.harness = spec, harness
        self.out = Path(out_dir) / spec.name
        self.rng = random.Random(spec.seed)
        self._fakers: dict[str, Faker] = {}
        self.desk = harness.Desktop(spec.width, spec.height, display=display, seed=spec.seed)
        self.www = Path(self.desk.tmp) / "www"
        self.www.mkdir()
        self.server = harness.StaticServer(self.www)
        self.entries: dict[tuple[str, str], Entry] = {}
        self.keeps: dict[str, KeepStat] = {}
        self.polls = 0
        self._probes: list[_PageProbe] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.lag_s = 0.0

    # ---- content -----------------------------------------------------------
    def fake(self, locale: str = "en_GB") -> Faker:
        """A Faker for `locale`, seeded from the scene's seed: the same scene shows the same values."""
        if locale not in self._fakers:
            f = Faker(locale)
            f.seed_instance(self.spec.seed)
            self._fakers[locale] = f
        return self._fakers[locale]

    def page(self, path: str, html: str) -> None:
        """Serve `html` at `/path` (every host name reaches the same folder)."""
        target = self.www / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")

    def chrome(self, url: str, **kw: Any) -> Any:
        """A Chromium window on `url`; every host name resolves to the scene's own server."""
        c = self.desk.chrome(url, host_rules=f"MAP * 127.0.0.1:{self.server.port}", **kw)
        with self._lock:
            self._probes.append(_PageProbe(self.harness, c))
        return c

    def canned_shell(
        self, outputs: dict[str, str], prompt: str, title: str, aliases: str = "", **kw: Any
    ) -> tuple[Any, str]:
        """An xterm whose commands named in `outputs` print their canned text (each a shell
        function that cats its file: no real tool runs), with `prompt` as PS1 (backslashes
        doubled) and `title` as the window's; `aliases`: more shell functions, a real tool's name
        calling the output its argument picks; `kw` as `xterm` takes it."""
        functions = "".join(f"{name}() {{ command cat {name}.out; }}\n" for name in outputs)
        rc = f"export LANG=C.UTF-8 PAGER=cat\n{functions}{aliases}PS1='{prompt}'\nPROMPT_COMMAND=\nclear\n"
        return self.xterm(title, rc, {f"{name}.out": text for name, text in outputs.items()}, **kw)

    def xterm(
        self, title: str, rc: str, files: dict[str, str] | None = None, geometry: str = "120x36+40+40", **kw: Any
    ) -> tuple[Any, str]:
        """An xterm running bash with the scene's rc file, in a folder holding `files`."""
        home = Path(self.desk.tmp) / "home"
        home.mkdir(exist_ok=True)
        for name, text in (files or {}).items():
            (home / name).write_text(text, encoding="utf-8")
        rcfile = Path(self.desk.tmp) / "scene.bashrc"
        rcfile.write_text(rc, encoding="utf-8")
        return self.desk.xterm(title, geometry, rcfile, home, **kw)

    # ---- ground truth --------------------------------------------------------
    def pii(self, value: str, type_: str, *, scored: bool = True, note: str | None = None, watch: bool = True) -> str:
        """Register a personal value; the watcher stamps it when it is first fully visible."""
        with self._lock:
            self.entries.setdefault((value, type_), Entry(value, type_, scored, note, watch=watch))
        return value

    def shown(self, value: str, type_: str, *, scored: bool = True, note: str | None = None) -> str:
        """Stamp a value the watcher cannot see (xterm, browser UI) as fully drawn now."""
        with self._lock:
            entry = self.entries.setdefault((value, type_), Entry(value, type_, scored, note, watch=False))
        if entry.first_shown_s is None:
            entry.first_shown_s = self.now()
        return value

    def run_command(self, command: str, output: str, hold: float) -> None:
        """Type `command` into the focused terminal, stamp the values its `output` prints (the
        watcher cannot see xterm), and leave it on screen for `hold` seconds."""
        self.desk.type(command)
        self.desk.key("Return")
        self.pause(0.8)
        self.stamp_printed(lambda e: e.first_shown_s is None and e.value in output)
        self.pause(hold)

    def run_keeping(self, command: str, output: str, hold: float, *keeps: str) -> None:
        """`run_command` with no hold, then `keeps` (innocent strings its output prints, declared
        static: a terminal's text stays until scrolled), then `hold` seconds to read."""
        self.run_command(command, output, 0.0)
        self.keep(*keeps, static=True)
        self.pause(hold)

    def stamp_printed(self, printed: Callable[[Entry], bool]) -> None:
        """Stamp the registered values a terminal has just printed (the watcher cannot see xterm)."""
        for e in list(self.entries.values()):
            if printed(e):
                self.shown(e.value, e.type)

    def keep(self, *texts: str, static: bool = False) -> None:
        """Register innocent strings that must stay readable; `static` ones skip the watcher and count
        as readable from now to the end (declare them once drawn, for text that is not scrolled away)."""
        with self._lock:
            for t in texts:
                self.keeps.setdefault(t, KeepStat(t, static, since_s=self.now()))

    def mark(self, event: str) -> float:
        return float(self.desk.mark(event))

    def now(self) -> float:
        return float(self.desk.now()) if self.desk.t0 else 0.0

    def click(self, x: int, y: int) -> None:
        """Move along a short curved path, then click. The harness's own `click` moves in up to 20
        steps, one xdotool process each; on a loaded machine that stretches a scene past 40 s."""
        self.desk.move(x, y, steps=MOVE_STEPS)
        time.sleep(0.1)
        self.desk.click()

    def drag(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Press, move and release (a window's title bar, a selection) in a few steps."""
        self.desk.move(x0, y0, steps=MOVE_STEPS)
        self.desk.xdo("mousedown", 1)
        time.sleep(0.15)
        self.desk.move(x1, y1, duration=0.6, steps=MOVE_STEPS)
        time.sleep(0.1)
        self.desk.xdo("mouseup", 1)
        time.sleep(0.2)

    def pause(self, seconds: float) -> None:
        """Let the viewer read (and the watcher look)."""
        time.sleep(seconds)

    # ---- watcher ---------------------------------------------------------------
    def _poll(self) -> None:
        """One look at every page: stamp newly visible values, count readable keep strings."""
        t = self.now()
        with self._lock:
            probes = list(self._probes)
            entries, keeps = list(self.entries.values()), list(self.keeps.values())
        want = [e.value for e in entries if e.watch and e.first_shown_s is None]
        want += [k.text for k in keeps if not k.static]
        want = list(dict.fromkeys(want))
        stack = window_stack(self.desk.env) if self._multi_window() else []
        seen: dict[str, Rect] = {}
        lines: dict[str, int] = {}
        for probe in probes:
            above = self._windows_above(stack, probe.chrome.proc.pid)
            for hits, (ox, oy) in probe.visible(want):
                for text, rects in hits.items():
                    screen = [(ox + r[0], oy + r[1], ox + r[2], oy + r[3]) for r in rects]
                    if all(self._on_screen(s) and not any(_overlaps(s, a) for a in above) for s in screen):
                        seen[text] = (
                            min(r[0] for r in screen),
                            min(r[1] for r in screen),
                            max(r[2] for r in screen),
                            max(r[3] for r in screen),
                        )
                        lines[text] = len({round(r[1]) for r in screen})
        for e in entries:
            if e.watch and e.first_shown_s is None and e.value in seen:
                e.first_shown_s, e.box, e.lines = t, seen[e.value], lines[e.value]
        for k in keeps:
            if k.text in seen:
                k.seen_polls += 1
                k.last = (t, seen[k.text])
        self.polls += 1

    def _multi_window(self) -> bool:
        return len(self.desk.apps) + len(self.desk.procs) > 3  # Xvfb + openbox + one app

    @staticmethod
    def _windows_above(stack: list[tuple[int, Rect]], pid: int) -> list[Rect]:
        pids = [p for p, _ in stack]
        if pid not in pids:
            return [r for p, r in stack if p != pid]  # unknown position: assume the others are above
        top = len(pids) - 1 - pids[::-1].index(pid)
        return [r for p, r in stack[top + 1 :] if p != pid]

    def _on_screen(self, r: Rect) -> bool:
        return r[0] >= 0 and r[1] >= 0 and r[2] <= self.spec.width and r[3] <= self.spec.height

    def _watch(self) -> None:
        while not self._stop.is_set():
            started = time.time()
            try:
                self._poll()
            except Exception as exc:  # noqa: BLE001 - a DevTools/X hiccup must not end the recording
                print(f"[{self.spec.name}] watcher: {exc!r}", file=sys.stderr)
            self._stop.wait(max(0.0, POLL_S - (time.time() - started)))

    # ---- recording ---------------------------------------------------------------
    def start(self) -> None:
        """Start capturing the screen and the watcher; t=0 of every time stamp."""
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.desk.start_recording(self.out.with_suffix(".mp4"), fps=self.spec.fps)
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def finish(self) -> Path:
        """Stop capturing (padding to the scene's duration), encode, and write the ground truth."""
        remain = self.spec.duration_s - self.now()
        if remain > 0:
            time.sleep(remain)
        self._stop.set()
        if self._thread:
            self._thread.join(10)
        stop_at = self.now()
        mp4 = self.desk.stop_recording(crf=self.spec.crf)
        video = ffprobe_facts(mp4)
        self._align(stop_at - video["duration_s"])
        truth = self.ground_truth(video)
        json_path = self.out.with_suffix(".json")
        json_path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        boxes_path = self.out.with_name(self.out.name + ".boxes.json")
        boxes_path.write_text(json.dumps(self.boxes(), ensure_ascii=False) + "\n", encoding="utf-8")
        return json_path

    def boxes(self) -> dict[str, dict[str, Any]]:
        """Where the watcher saw each string (screen pixels, at time t), beside the ground truth.

        Not part of the ground-truth format: it lets `check.py` read small crops instead of whole
        frames, and lets a person find a value on screen."""

        def item(t: float, box: Rect) -> dict[str, Any]:
            return {"t": t, "box": [round(v) for v in box]}

        return {
            "pii": {
                e.value: item(e.first_shown_s, e.box)
                for e in self.entries.values()
                if e.box is not None and e.first_shown_s is not None
            },
            "keep": {k.text: item(*k.last) for k in self.keeps.values() if k.last is not None},
        }

    def _align(self, lag: float) -> None:
        """Move every time stamp onto the video's clock.

        The harness starts its clock 0.35 s after launching ffmpeg, but x11grab's first frame
        comes whenever ffmpeg is ready (later on a busy machine). The video ends when ffmpeg reads
        'q', so the capture started `stop_at - duration` after the harness's t=0."""
        self.lag_s = round(lag, 2)

        def shift(t: float) -> float:
            return max(0.0, round(t - lag, 2))

        for e in self.entries.values():
            if e.first_shown_s is not None:
                e.first_shown_s = shift(e.first_shown_s)
        for ev in self.desk.events:
            ev["t"] = shift(ev["t"])
        for k in self.keeps.values():
            if k.last is not None:
                k.last = (shift(k.last[0]), k.last[1])
            k.since_s = shift(k.since_s)

    def ground_truth(self, video: dict[str, Any]) -> dict[str, Any]:
        """The JSON document; values never fully visible are dropped (and reported), not guessed."""
        duration = max(float(video["duration_s"]), 0.1)
        pii = []
        for e in self.entries.values():
            if e.first_shown_s is None:
                print(f"[{self.spec.name}] never fully visible, left out: {e.value!r} ({e.type})", file=sys.stderr)
                continue
            pii.append(e)
        pii.sort(key=lambda e: e.first_shown_s or 0.0)
        keep = []
        for k in self.keeps.values():
            share = (1.0 - k.since_s / duration) if k.static else k.seen_polls / max(1, self.polls)
            if share >= KEEP_MIN_SHARE:
                keep.append(k.text)
            else:
                print(
                    f"[{self.spec.name}] keep string readable in {share:.0%} of polls, left out: {k.text!r}",
                    file=sys.stderr,
                )
        return {
            "name": self.spec.name,
            "file": self.out.with_suffix(".mp4").name,
            "video": video,
            "recorded_fps": self.spec.fps,
            "crf": self.spec.crf,
            "faker_seed": self.spec.seed,
            "description": self.spec.description,
            "pii": [e.as_json() for e in pii],
            "keep": keep,
            "events": self.desk.events,
            "capture_lag_s": self.lag_s,
            "notes": "first_shown_s is when the whole value is first fully visible (measured in the page "
            "every 0.2 s, or stamped after the terminal printed it), +-0.5 s, on the video's clock "
            "(capture_lag_s: how long after the script's clock started the first frame was "
            "grabbed, already subtracted); a value may be visible later or repeatedly as well. "
            "keep strings are readable in at least half of the recording.",
        }

    def close(self) -> None:
        self._stop.set()
        for probe in self._probes:
            probe.close()
        self.server.close()
        self.desk.close()


def record(spec: SceneSpec, out_dir: Path, harness: ModuleType, display: str = ":93") -> Path:
    """Record one scene into `out_dir`; returns the path of its ground-truth JSON."""
    stage = Stage(spec, out_dir, harness, display)
    try:
        spec.play(stage)
        return stage.finish()
    finally:
        stage.close()
