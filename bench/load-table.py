#!/usr/bin/env python3
"""Prints the load test's table (BENCHMARKS.md, "Load test"): per kind of request, Gatling's count, throughput and
percentiles from its report's stats, beside the SQL floor that SqlFloor wrote. Usage: load-table.py REPORT FLOOR."""
import json
import pathlib
import re
import sys

report, floor_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])

stats_json = report / "js" / "stats.json"
if stats_json.exists():
    stats = json.loads(stats_json.read_text())
else:
    # Gatling 3.13 keeps it in a script, some keys unquoted: var stats = {...} followed by functions.
    text = (report / "js" / "stats.js").read_text()
    body = text[text.index("{"): text.index("\nfunction")].strip().rstrip(";")
    body = re.sub(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*):", r'\1"\2":', body, flags=re.M)
    stats = json.loads(body)

floors = {}
if floor_file.exists():
    for line in floor_file.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.match(r"^[0-9.]+$", cells[1]):
            for kind in re.split(r",\s*|;\s*", cells[0]):
                floors[kind] = (float(cells[1]), float(cells[2]))
    floors["report html"] = floors.get("report html")
    for fmt in ("md", "docx", "akn"):
        floors["report " + fmt] = floors.get("report html")
    floors["sign in"] = floors.get("sign in (without bcrypt)")

print("| request | count | errors | per s | p50 ms | p95 ms | p99 ms | SQL floor p50 / p95 ms | p50 ÷ floor p50 |")
print("|---|---|---|---|---|---|---|---|---|")
for entry in sorted(stats["contents"].values(), key=lambda e: e["name"]):
    s = entry["stats"]
    name = s["name"]
    floor = floors.get(name)
    p50 = float(s["percentiles1"]["total"])
    floor_cells = "— (Lucene)" if "search" in name else "—"
    ratio = "—"
    if floor:
        floor_cells = f"{floor[0]:.2f} / {floor[1]:.2f}"
        ratio = f"{p50 / floor[0]:.0f}×" if floor[0] > 0 else "—"
    print(f"| {name} | {s['numberOfRequests']['total']} | {s['numberOfRequests']['ko']} |"
          f" {s['meanNumberOfRequestsPerSecond']['total']} | {p50} | {s['percentiles3']['total']} |"
          f" {s['percentiles4']['total']} | {floor_cells} | {ratio} |")
total = stats["stats"]
print(f"| all | {total['numberOfRequests']['total']} | {total['numberOfRequests']['ko']} |"
      f" {total['meanNumberOfRequestsPerSecond']['total']} | {total['percentiles1']['total']} |"
      f" {total['percentiles3']['total']} | {total['percentiles4']['total']} | | |")
