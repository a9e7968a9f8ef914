#!/usr/bin/env python3
"""Regression gate on the eval's SUMMARY lines: reads `run.sh` output on stdin, echoes it, and
fails when a figure falls under its floor. Floors sit a little under what the engine reaches, so
a change cannot lose quality silently; raise them when the engine improves."""
import re
import sys

# (which SUMMARY line, field, "min" or "max", bound)
FLOORS = [
    ("tidings-extraction", "f1", "min", 0.976),
    ("tidings-extraction", "accuracy", "min", 0.44),
    ("tidings-wcxb", "f1", "min", 0.957),
    ("tidings-wcxb", "title_norm", "min", 0.90),
    ("tidings-wcxb", "author_norm", "min", 0.91),
    ("tidings-wcxb", "published_norm", "min", 0.935),
    ("tidings-readability", "f1", "min", 0.983),
    ("tidings-readability", "title_norm", "min", 0.73),
    ("tidings-readability", "byline_norm", "min", 0.84),
    ("tidings-readerable", "precision", "min", 0.97),
    ("tidings-readerable", "recall", "min", 0.97),
    ("statements", "precision", "min", 0.93),
    ("statements", "recall", "min", 0.83),
    ("statements", "speaker_acc", "min", 0.88),
    ("statements", "negatives_fp", "max", 0.05),
    ("clutter", "hide_recall", "min", 0.95),
    ("clutter", "related_kept", "min", 0.90),
    ("clutter", "article_damage", "max", 0.001),
    ("clutter", "pages_damaged", "max", 0),
    ("clutter-kinds", "ad", "min", 0.945),
    ("clutter-kinds", "weather", "min", 0.95),
    ("clutter-kinds", "headlines", "min", 0.93),
    ("clutter-kinds", "promo", "min", 0.94),
]


def which(line):
    label = re.search(r"label=(\S+)", line)
    if label:
        return label.group(1)
    if "hide_recall=" in line:
        return "clutter"
    if "speaker_acc=" in line:
        return "statements"
    return None


def main():
    seen = {}
    for line in sys.stdin:
        sys.stdout.write(line)
        if line.startswith("SUMMARY"):
            name = which(line)
            if name:
                seen[name] = dict(re.findall(r"(\w+)=([-\d.]+)", line))
    if not seen:
        print("eval gate: no SUMMARY lines (corpus absent?): nothing to check")
        return 0
    failures = []
    for name, field, kind, bound in FLOORS:
        if name not in seen:
            failures.append(f"{name}: no SUMMARY line")
            continue
        value = float(seen[name].get(field, "nan"))
        ok = value >= bound if kind == "min" else value <= bound
        if not ok:
            failures.append(f"{name} {field}={value:.4f} is {'under' if kind == 'min' else 'over'} {bound}")
    for f in failures:
        print(f"eval gate: FAIL {f}")
    passed = len(FLOORS) - len(failures)
    print(f"eval gate: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
