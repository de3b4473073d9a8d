"""The tables of an evaluation: per scene, per entity type, and the leaked values one by one,
with a summary; as markdown (to read, to paste into an issue) and as JSON (to compare runs).

Counts are distinct values ("readable in input": the independent OCR read the whole value in
at least one checked input frame; "leaked": it read it in the output frame too); sightings
(checked frames showing a leaked value) are a separate column. Values are named by entity type
and a short hash of the value, never by their text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.core.files import write_text_atomic
from pipeline.redact.evaluate import UNDER_NO_MASK, ClipReport

REPORT_NAME = "eval"  # eval.json and eval.md in the evaluation's folder


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def scene_entry(result: ClipReport) -> dict[str, Any]:
    """One clip's row, its counts per type and its leaked values (first and last sighting)."""
    sightings: dict[str, list[float]] = {}
    pieces = [(leak.value_id, leak.time_s) for leak in result.partial]
    for leak in result.leaks:
        sightings.setdefault(leak.value_id, []).append(leak.time_s)
    return {
        "name": result.name,
        "duration_s": round(result.duration_s, 2),
        "seconds": round(result.seconds, 1),
        "frames_checked": result.frames_checked,
        "readable": dict(sorted(Counter(result.readable.values()).items())),
        "leaked": dict(sorted(Counter(result.leaked.values()).items())),
        "leaked_values": [
            {
                "type": kind,
                "id": vid,
                "first_s": round(min(sightings[vid]), 2),
                "last_s": round(max(sightings[vid]), 2),
                "sightings": len(sightings[vid]),
            }
            for vid, kind in sorted(result.leaked.items(), key=lambda item: (item[1], min(sightings[item[0]])))
        ],
        # token values of which half could be read (a password past a box that ends too soon)
        "partly_leaked_values": [
            {"type": kind, "id": vid, "first_s": round(min(t for v, t in pieces if v == vid), 2)}
            for vid, kind in sorted(result.partly_leaked.items(), key=lambda item: item[1])
        ],
        "keep_in_input": result.keep_in_input,
        "keep_in_output": result.keep_in_output,
        "keep_lost": result.keep_lost,  # innocent strings masked (sha256[:8]): over-redaction to look at
        # innocent strings an output with no mask shows no more either (the output's encode): not counted
        "keep_unmasked": result.keep_unmasked,
        # each lost string's reason: "under a mask" (a mask overlaps or touches it where it was
        # lost), "under no mask", "not located"
        "keep_lost_reasons": result.keep_lost_reasons,
        "masked_share": round(result.masked_share, 4),
    }


def report_dict(results: list[ClipReport], label: str) -> dict[str, Any]:
    return report_from_scenes([scene_entry(r) for r in results], label)


def merge_reports(reports: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """One report over the scenes of several (a folder evaluated in parts)."""
    return report_from_scenes([scene for report in reports for scene in report["scenes"]], label)


def report_from_scenes(scenes: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """The report of `scene_entry` rows: counts per type and the summary."""
    scenes = sorted(scenes, key=lambda s: s["name"])
    types: dict[str, dict[str, int]] = {}
    for scene in scenes:
        for key in ("readable", "leaked"):
            for kind, n in scene[key].items():
                types.setdefault(kind, {"readable": 0, "leaked": 0})[key] += n
    keep_in = sum(s["keep_in_input"] for s in scenes)
    keep_out = sum(s["keep_in_output"] for s in scenes)
    # the second kept figure: only losses under a mask count (one under no mask is not counted)
    no_mask = sum(r == UNDER_NO_MASK for s in scenes for r in s.get("keep_lost_reasons", {}).values())
    duration = sum(s["duration_s"] for s in scenes)
    seconds = sum(s["seconds"] for s in scenes)
    return {
        "label": label,
        "scenes": scenes,
        "types": dict(sorted(types.items())),
        "summary": {
            "clips": len(scenes),
            "readable": sum(t["readable"] for t in types.values()),
            "leaked": sum(t["leaked"] for t in types.values()),
            "sightings": sum(v["sightings"] for s in scenes for v in s["leaked_values"]),
            "partly_leaked": sum(len(s.get("partly_leaked_values", [])) for s in scenes),
            "keep_in_input": keep_in,
            "keep_in_output": keep_out,
            "kept": round(_share(keep_out, keep_in), 4),
            "keep_lost_under_no_mask": no_mask,
            "kept_losses_under_a_mask_only": round(_share(keep_out, keep_in - no_mask), 4),
            "realtime": round(duration / seconds, 3) if seconds else None,
        },
    }


def markdown(report: dict[str, Any]) -> str:
    """The tables of one report (a `report_dict`)."""
    total = report["summary"]
    lines = [
        f"### {report['label']}",
        "",
        "| scene | values readable in input | values leaked | leak sightings | innocent text kept | masked area |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in report["scenes"]:
        kept = f"{s['keep_in_output']}/{s['keep_in_input']} ({_share(s['keep_in_output'], s['keep_in_input']):.0%})"
        lines.append(
            f"| {s['name']} | {sum(s['readable'].values())} | {sum(s['leaked'].values())} | "
            f"{sum(v['sightings'] for v in s['leaked_values'])} | {kept} | {s['masked_share']:.1%} |"
        )
    lines.append(
        f"| **all** | {total['readable']} | {total['leaked']} | {total['sightings']} | "
        f"{total['keep_in_output']}/{total['keep_in_input']} ({total['kept']:.0%}) | |"
    )
    lines += ["", "| entity type | values readable in input | values leaked |", "| --- | ---: | ---: |"]
    lines += [f"| {kind} | {t['readable']} | {t['leaked']} |" for kind, t in report["types"].items()]
    lost = [
        f"{s['name']}: {', '.join(_with_reason(s, vid) for vid in s['keep_lost'])}"
        for s in report["scenes"]
        if s.get("keep_lost")
    ]
    lines += ["", summary_text(report), ""]
    if lost:
        lines += ["Innocent text no longer readable (sha256[:8] of the keep string): " + "; ".join(lost), ""]
    if "keep_lost_under_no_mask" in total:
        under = total["keep_in_input"] - total["keep_lost_under_no_mask"]
        lines += [
            f"Innocent text kept, counting only the losses under a mask: {total['keep_in_output']}/{under} "
            f"({total['kept_losses_under_a_mask_only']:.0%}); {total['keep_lost_under_no_mask']} lost under no mask",
            "",
        ]
    unread = [f"{s['name']}: {', '.join(s['keep_unmasked'])}" for s in report["scenes"] if s.get("keep_unmasked")]
    if unread:
        lines += [
            "Innocent text not counted, unreadable in the input rendered with no mask too (the output's "
            "encode): " + "; ".join(unread),
            "",
        ]
    leaked = [(s["name"], v) for s in report["scenes"] for v in s["leaked_values"]]
    if leaked:
        lines += [
            "| scene | type | value (sha256[:8]) | first seen | last seen | sightings |",
            "| --- | --- | --- | ---: | ---: | ---: |",
        ]
        lines += [
            f"| {name} | {v['type']} | {v['id']} | {v['first_s']:.1f} s | {v['last_s']:.1f} s | {v['sightings']} |"
            for name, v in leaked
        ]
        lines.append("")
    pieces = [
        f"{s['name']} {v['type']}#{v['id']} from {v['first_s']:.1f} s"
        for s in report["scenes"]
        for v in s.get("partly_leaked_values", [])
    ]
    if pieces:
        lines += ["Token values of which half was readable in the output (partly leaked): " + "; ".join(pieces), ""]
    return "\n".join(lines)


def _with_reason(scene: dict[str, Any], vid: str) -> str:
    reason = scene.get("keep_lost_reasons", {}).get(vid)
    return f"{vid} ({reason})" if reason else vid


def summary_text(report: dict[str, Any]) -> str:
    total = report["summary"]
    speed = f", {total['realtime']:.2f}x real time" if total["realtime"] else ""
    return (
        f"{report['label']}: {total['clips']} clips, {total['leaked']} of {total['readable']} readable values leaked "
        f"({total['sightings']} frame sightings)"
        + (f", {total['partly_leaked']} partly leaked" if total.get("partly_leaked") else "")
        + f", innocent text kept {total['keep_in_output']}/"
        f"{total['keep_in_input']} ({total['kept']:.0%}){speed}"
    )


def write_report(out_dir: Path, report: dict[str, Any]) -> Path:
    """eval.json and eval.md in `out_dir`; returns the markdown's path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out_dir / f"{REPORT_NAME}.json", json.dumps(report, indent=1) + "\n")
    path = out_dir / f"{REPORT_NAME}.md"
    write_text_atomic(path, markdown(report))
    return path


def compare_markdown(before: dict[str, Any], after: dict[str, Any]) -> str:
    """Two reports of the same clips (two versions, or a copy against the original) side by side:
    per scene and per type, 'before -> after'. Readable counts differ only when the inputs do."""

    def arrow(old: object, new: object) -> str:
        return f"{old} → {new}" if old != new else f"{new}"

    old_scenes = {s["name"]: s for s in before["scenes"]}
    lines = [
        f"### {before['label']} → {after['label']}",
        "",
        "| scene | values readable in input | values leaked | leak sightings | innocent text kept |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for new in after["scenes"]:
        old = old_scenes.get(new["name"], {})
        cells = [arrow(*(sum(s.get(key, {}).values()) for s in (old, new))) for key in ("readable", "leaked")]
        cells.append(arrow(*(sum(v["sightings"] for v in s.get("leaked_values", [])) for s in (old, new))))
        cells.append(arrow(*(f"{s.get('keep_in_output', 0)}/{s.get('keep_in_input', 0)}" for s in (old, new))))
        lines.append(f"| {new['name']} | " + " | ".join(cells) + " |")
    totals = before["summary"], after["summary"]
    cells = [arrow(*(t[key] for t in totals)) for key in ("readable", "leaked", "sightings")]
    cells.append(arrow(*(f"{t['kept']:.1%}" for t in totals)))
    lines.append("| **all** | " + " | ".join(cells) + " |")
    lines += ["", "| entity type | values readable in input | values leaked |", "| --- | ---: | ---: |"]
    empty = {"readable": 0, "leaked": 0}
    for kind in sorted({*before["types"], *after["types"]}):
        old, new = before["types"].get(kind, empty), after["types"].get(kind, empty)
        lines.append(f"| {kind} | {arrow(old['readable'], new['readable'])} | {arrow(old['leaked'], new['leaked'])} |")
    return "\n".join([*lines, ""])
