"""Score newsevents on every gold file and write the figures to a JSON file.

    .venv/bin/python benchmarks/accuracy.py [--gold-dir ../shared/data/gold] [--out benchmarks/results/accuracy.json]

Compare two runs' JSON files to see what a change did. Each file is scored in two parts:
the development records and the held-back fifth (`newsevents.evaluate.is_held_back`), which
is for checking that a change carries over, not for reading errors (use `newsevents eval
--part dev --errors` for that). The PETRARCH2 unit-test file needs its own dictionaries and
is not scored here.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsevents.evaluate import evaluate_file, report_to_dict
from newsevents.version import __version__

SKIPPED = {"petrarch2_unittest.jsonl"}


def headline(figures: dict) -> str:
    """One line per file: the figures the issues set targets on."""
    parts = []
    for level in ("type", "type+country", "cameo_root"):
        dyad = figures["dyads"].get(level)
        if dyad:
            parts.append(f"{level} F1 {dyad['f1']:.3f}")
    if figures.get("event_type"):
        parts.append(f"type acc {figures['event_type']['accuracy']:.3f}")
    if figures["no_events"]["false_positive_rate"] is not None:
        parts.append(f"null FP {figures['no_events']['false_positive_rate']:.3f}")
    dates = figures.get("dates", {})
    if dates.get("gold_with_date"):
        parts.append(f"dates right {dates['found_with_right_date']}/{dates['gold_with_date']}")
    quotes = figures.get("quotes", {})
    if quotes.get("gold"):
        parts.append(f"quotes right speaker {quotes['right_speaker']}/{quotes['gold']}")
    if figures.get("pentaclass"):
        parts.append(f"pentaclass acc {figures['pentaclass']['accuracy']:.3f}")
    return ", ".join(parts)


def main() -> None:
    default_gold = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gold"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=default_gold)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/accuracy.json"))
    args = parser.parse_args()
    if not args.gold_dir.is_dir():
        parser.error(f"no directory {args.gold_dir}: give --gold-dir, the folder of the gold files")
    results = {"coder_version": __version__, "files": {}}
    for path in sorted(args.gold_dir.glob("*.jsonl")):
        if path.name in SKIPPED:
            continue
        for part in ("dev", "held-back"):
            started = time.perf_counter()
            report = evaluate_file(path, part=part)
            if not report.records:
                continue  # a one-document file has no held-back part
            figures = report_to_dict(report)
            figures["seconds"] = round(time.perf_counter() - started, 1)
            results["files"].setdefault(path.name, {})[part] = figures
            print(f"{path.name} [{part}]: {headline(figures)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(f"figures written to {args.out}")


if __name__ == "__main__":
    main()
