#!/usr/bin/env python3
"""Count findings, compare them with a corpus manifest and print the results table.

    score.py count TOOL STDOUT_FILE STDERR_FILE     number of findings TOOL reported
    score.py expected TOOL MANIFEST                 what TOOL should report on that corpus
    score.py maia STDOUT_FILE MANIFEST [--root DIR] precision/recall of maia-sre's findings
    score.py report RUN_DIR [--min-recall R]        table from RUN_DIR/runs.jsonl

How each tool's findings are counted (and why `expected` differs per tool):
  maia-sre               stdout lines `path(line,col): warning MSRE1001: ...`, one per
                         reference; expected = every planted phantom (Markdown
                         links and images, script calls in Markdown, workflows, .sh).
  markdownlint-cli2      stderr lines `file:LINE error relative-links ...`, one per
                         broken link/image occurrence; expected = planted Markdown
                         links/images (it cannot see `python3 tools/x.py` in code).
  remark-validate-links  stderr lines ending `remark-validate-links:missing-file`, one
                         per occurrence; expected = planted Markdown links/images.
  markdown-link-check    stdout lines `[✖] link → Status: 400`; it checks each distinct
                         link text once per file: expected = distinct (file, link).
  linkinator             JSON `links[]` with state BROKEN; one per distinct (page,
                         resolved URL): expected = distinct (file, target).
  linkchecker            CSV rows with valid=False; it checks each URL once per run:
                         expected = distinct missing targets.
  rg                     the floor: no findings; the matching lines are shown instead.
Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
from collections import Counter

MD_KINDS = ("md-link", "script-link", "image")
TOOL_ORDER = ["maia-sre", "maia-sre-tool", "rg", "markdownlint-cli2", "linkinator", "markdown-link-check",
              "remark-validate-links", "linkchecker"]
FINDING_RE = re.compile(r"^(?P<path>.+?)\((?P<line>\d+),(?P<col>\d+)\): (?:warning|error|info) (?P<code>MSRE\d+):")
MDL_RE = re.compile(r":\d+(?::\d+)? (?:error |warning )?relative-links ")


def read(path: str | None) -> str:
    if not path or not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def maia_findings(text: str, code: str = "MSRE1001") -> list[tuple[str, int, int]]:
    out = []
    for line in text.splitlines():
        m = FINDING_RE.match(line.strip())
        if m and m["code"] == code:
            out.append((m["path"], int(m["line"]), int(m["col"])))
    return out


def count(tool: str, stdout: str, stderr: str) -> int | None:
    if tool in ("maia-sre", "maia-sre-tool"):
        n = len(maia_findings(stdout))
        return n if n else len(maia_findings(stderr))
    if tool == "rg":
        return None
    if tool == "markdownlint-cli2":
        return sum(1 for line in (stderr + "\n" + stdout).splitlines() if MDL_RE.search(line))
    if tool == "remark-validate-links":
        return sum(1 for line in stderr.splitlines() if "remark-validate-links:missing-" in line)
    if tool == "markdown-link-check":
        return sum(1 for line in stdout.splitlines() if "[✖]" in line)
    if tool == "linkinator":
        try:
            data = json.loads(stdout)
        except ValueError:
            return None
        return sum(1 for link in data.get("links", []) if link.get("state") == "BROKEN")
    if tool == "linkchecker":
        rows = [line for line in stdout.splitlines() if line and not line.startswith("#")]
        if not rows:
            return 0
        reader = csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";")
        return sum(1 for row in reader if row.get("valid") == "False")
    raise SystemExit(f"unknown tool {tool}")


def rg_matches(stdout: str) -> int:
    total = 0
    for line in stdout.splitlines():
        head, _, n = line.rpartition(":")
        if head and n.isdigit():
            total += int(n)
    return total


def expected(tool: str, manifest: dict) -> int | None:
    ph = manifest["phantoms"]
    md = [p for p in ph if p["kind"] in MD_KINDS]
    if tool in ("maia-sre", "maia-sre-tool"):
        return len(ph)
    if tool in ("markdownlint-cli2", "remark-validate-links"):
        return len(md)
    if tool == "markdown-link-check":
        return len({(p["file"], p["ref"]) for p in md})
    if tool == "linkinator":
        return len({(p["file"], p["target"]) for p in md})
    if tool == "linkchecker":
        return len({p["target"] for p in md})
    return None


def norm_path(path: str, root: str | None) -> str:
    path = path.replace("\\", "/")
    if root and os.path.isabs(path):
        path = os.path.relpath(path, root).replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def score_maia(stdout: str, manifest: dict, root: str | None) -> dict:
    """Match findings to planted phantoms by (file, line): the generator puts at
    most one local reference on a line, so the line identifies the phantom."""
    got = Counter((norm_path(p, root), line) for p, line, _ in maia_findings(stdout))
    want = Counter((p["file"], p["line"]) for p in manifest["phantoms"])
    tp = sum(min(n, want[k]) for k, n in got.items())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    cols = {(p["file"], p["line"]): p["col"] for p in manifest["phantoms"]}
    col_ok = sum(1 for p, line, col in maia_findings(stdout) if cols.get((norm_path(p, root), line)) == col)
    missed = Counter()
    for p in manifest["phantoms"]:
        if got[(p["file"], p["line"])] == 0:
            missed[p["kind"]] += 1
    extra = [f"{k[0]}:{k[1]}" for k, n in got.items() if n > want[k]][:10]
    return {
        "findings": sum(got.values()), "planted": sum(want.values()), "true_positives": tp,
        "false_positives": fp, "false_negatives": fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "same_column": col_ok, "missed_by_kind": dict(missed), "false_positive_examples": extra,
    }


def parse_time_file(text: str) -> dict:
    """GNU `/usr/bin/time -v` output, or the `real= user= sys=` fallback."""
    out: dict = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("User time (seconds):"):
            out["user_s"] = float(line.rsplit(":", 1)[1])
        elif line.startswith("System time (seconds):"):
            out["sys_s"] = float(line.rsplit(":", 1)[1])
        elif line.startswith("Maximum resident set size (kbytes):"):
            out["max_rss_kb"] = int(line.rsplit(":", 1)[1])
        elif line.startswith("Elapsed (wall clock) time"):
            val = line.split("):", 1)[1].strip()
            secs = 0.0
            for part in val.split(":"):
                secs = secs * 60 + float(part)
            out["wall_s"] = secs
        elif line.startswith("Exit status:"):
            out["exit"] = int(line.rsplit(":", 1)[1])
        elif line.startswith("real=") or line.startswith("user=") or line.startswith("sys="):
            for kv in line.split():
                k, _, v = kv.partition("=")
                key = {"real": "wall_s", "user": "user_s", "sys": "sys_s"}.get(k)
                if key:
                    out[key] = float(v)
    return out


def load_runs(run_dir: str) -> list[dict]:
    runs = []
    with open(os.path.join(run_dir, "runs.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                runs.append(json.loads(line))
    return runs


def fmt_ms(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def fmt_ratio(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.0f}×" if x >= 100 else f"{x:,.1f}×" if x >= 10 else f"{x:.2f}×"


def load_manifest(corpus: str) -> dict:
    """The generated corpus's manifest (with phantoms), else the real corpus's (without)."""
    for name in (".bench-manifest.json", ".bench-real-manifest.json"):
        path = os.path.join(corpus, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return json.load(f)
    raise SystemExit(f"score.py: no .bench-manifest.json or .bench-real-manifest.json in {corpus}")


def report(run_dir: str, min_recall: float | None) -> int:
    runs = load_runs(run_dir)
    manifests: dict[str, dict] = {}
    rows = []
    for r in runs:
        corpus = r["corpus"]
        if corpus not in manifests:
            manifests[corpus] = load_manifest(corpus)
        man = manifests[corpus]
        stdout, stderr = read(r.get("stdout")), read(r.get("stderr"))
        t = parse_time_file(read(r.get("time")))
        row = {"tool": r["tool"], "files": r["size"], "corpus": corpus, "exit": r.get("exit"),
               "runs": 1, "median_wall_ms": None, "mean_wall_ms": None, "stddev_wall_ms": None,
               "cpu_ms": None, "peak_rss_mb": None}
        hf = r.get("hyperfine")
        if hf and os.path.exists(hf):
            with open(hf, encoding="utf-8") as f:
                res = json.load(f)["results"][0]
            row["runs"] = len(res.get("times", [])) or 1
            row["median_wall_ms"] = res["median"] * 1000
            row["mean_wall_ms"] = res["mean"] * 1000
            row["stddev_wall_ms"] = (res.get("stddev") or 0) * 1000
            if res.get("user") is not None and res.get("system") is not None:
                row["cpu_ms"] = (res["user"] + res["system"]) * 1000  # mean over the runs
        elif "wall_s" in t:
            row["median_wall_ms"] = t["wall_s"] * 1000
        if row["cpu_ms"] is None and "user_s" in t:
            row["cpu_ms"] = (t["user_s"] + t.get("sys_s", 0)) * 1000
        if "max_rss_kb" in t:
            row["peak_rss_mb"] = t["max_rss_kb"] / 1024
        row["load1"] = r.get("load1")
        row["cores"] = r.get("cores")
        row["findings"] = count(r["tool"], stdout, stderr)
        row["expected"] = expected(r["tool"], man) if man.get("phantoms") is not None else None
        row["real"] = "phantoms" not in man
        if r["tool"] == "rg":
            row["matching_lines"] = rg_matches(stdout)
        if r["tool"] in ("maia-sre", "maia-sre-tool") and not row["real"]:
            row["score"] = score_maia(stdout, man, corpus)
        rows.append(row)

    base: dict[tuple[str, int], float] = {}
    for row in rows:
        if row["median_wall_ms"] is not None:
            base[(row["tool"], row["files"])] = row["median_wall_ms"]
    for row in rows:
        m, g, w = base.get(("maia-sre", row["files"])), base.get(("rg", row["files"])), row["median_wall_ms"]
        row["x_maia"] = w / m if w is not None and m else None
        row["x_rg"] = w / g if w is not None and g else None
    order = {t: i for i, t in enumerate(TOOL_ORDER)}
    rows.sort(key=lambda x: (x["files"], order.get(x["tool"], 99)))

    lines = ["| tool | files | median wall ms | user+sys CPU ms | peak RSS MB | findings | expected | × maia-sre | × rg |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    single = False
    for row in rows:
        wall = fmt_ms(row["median_wall_ms"])
        if row["runs"] == 1 and row["median_wall_ms"] is not None:
            wall += " ¹"
            single = True
        findings = "n/a" if row["findings"] is None else f"{row['findings']:,}"
        if row["tool"] == "rg":
            findings = f"({row['matching_lines']:,} lines)"
        exp = "n/a" if row["expected"] is None else f"{row['expected']:,}"
        rss = "n/a" if row["peak_rss_mb"] is None else f"{row['peak_rss_mb']:,.0f}"
        lines.append(f"| {row['tool']} | {row['files']:,} | {wall} | {fmt_ms(row['cpu_ms'])} | {rss} | "
                     f"{findings} | {exp} | {fmt_ratio(row['x_maia'])} | {fmt_ratio(row['x_rg'])} |")
    notes = []
    if single:
        notes.append("¹ one run (the `/usr/bin/time -v` run): hyperfine was skipped (smoke, no hyperfine, or slower than the threshold).")
    busy = [f"{row['tool']} at {row['files']:,} ({row['load1']:g})" for row in rows
            if row.get("load1") is not None and row.get("cores") and row["load1"] > row["cores"]]
    if busy:
        notes.append(f"⚠ the machine was busy (1-minute load average above its {rows[0].get('cores')} cores) when these "
                     "started, so their times are inflated: " + ", ".join(busy) + ".")
    real = sorted({(row["files"], row["corpus"]) for row in rows if row["real"]})
    for files, corpus in real:
        m = manifests[corpus]
        notes.append(f"real corpus of {files:,} files ({m.get('bytes', 0) / 1e6:,.0f} MB, "
                     f"{len(m.get('copies', []))} repository copies, bench/real_corpus.py): no ground truth, "
                     "findings are counts only (no expected, precision or recall).")
    status = 0
    for row in rows:
        s = row.get("score")
        if not s:
            continue
        pr = "n/a" if s["precision"] is None else f"{s['precision']:.3f}"
        rc = "n/a" if s["recall"] is None else f"{s['recall']:.3f}"
        notes.append(f"{row['tool']} on {row['files']:,} files: precision {pr}, recall {rc} "
                     f"({s['true_positives']:,} of {s['planted']:,} planted phantoms found, "
                     f"{s['false_positives']:,} false positives; same column as the manifest: {s['same_column']:,})")
        if s["findings"] == 0 and s["planted"]:
            notes.append("  maia-sre reported nothing: if it honours .gitignore, note that bench/corpus/ is git-ignored "
                         "by the project (use --corpus-dir outside the work tree).")
        if s["missed_by_kind"]:
            notes.append("  missed by kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(s["missed_by_kind"].items())))
        if min_recall is not None and (s["recall"] or 0) < min_recall:
            notes.append(f"  FAIL: recall below --min-recall {min_recall}")
            status = 3
    text = "\n".join(lines) + ("\n\n" + "\n".join(notes) if notes else "") + "\n"
    with open(os.path.join(run_dir, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(run_dir, "results.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=1)
        f.write("\n")
    sys.stdout.write(text)
    return status


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("count")
    c.add_argument("tool")
    c.add_argument("stdout")
    c.add_argument("stderr")
    e = sub.add_parser("expected")
    e.add_argument("tool")
    e.add_argument("manifest")
    m = sub.add_parser("maia")
    m.add_argument("stdout")
    m.add_argument("manifest")
    m.add_argument("--root")
    r = sub.add_parser("report")
    r.add_argument("run_dir")
    r.add_argument("--min-recall", type=float)
    a = ap.parse_args(argv)
    if a.cmd == "count":
        n = count(a.tool, read(a.stdout), read(a.stderr))
        print("n/a" if n is None else n)
        return 0
    if a.cmd == "expected":
        with open(a.manifest, encoding="utf-8") as f:
            n = expected(a.tool, json.load(f))
        print("n/a" if n is None else n)
        return 0
    if a.cmd == "maia":
        with open(a.manifest, encoding="utf-8") as f:
            man = json.load(f)
        print(json.dumps(score_maia(read(a.stdout), man, a.root), indent=1))
        return 0
    return report(a.run_dir, a.min_recall)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
