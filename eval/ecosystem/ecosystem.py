#!/usr/bin/env python3
"""Scores maia-sre's findings on the ecosystem-check repositories against by-eye judgements (issue 20).

    ecosystem.py score    --repos-file F --results DIR --judgements DIR [--check]
    ecosystem.py unjudged --repos-file F --results DIR --judgements DIR --checkouts DIR [--repo R] [--context N]

`score` prints precision per repository and in total (warnings and criticals only: notes never fail anything), the
false criticals, and how many sampled findings are not judged yet. `unjudged` prints those findings as JSON lines,
each with the lines around it, ready to be judged and appended to judgements/<owner>__<name>.jsonl.

The sample of a repository is every finding when it has at most ALL_UP_TO findings at warning or above; otherwise
every critical finding plus the SAMPLE_SIZE warnings with the lowest seeded hash. A hash, not a random draw, keeps a
finding's membership stable while other findings come and go as the engine changes.

A finding is matched to its judgement by (file, line, reference, ruleId): the repositories are pinned, so the line
of a mention does not move; severity and message may change without losing the verdict.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field

SEED = "maia-sre-ecosystem-1"
SAMPLE_SIZE = 40
ALL_UP_TO = 50
SCORED = ("warning", "critical")
VERDICTS = ("TRUE", "FALSE")
REQUIRED = ("file", "line", "reference", "ruleId", "verdict", "why")


class InputError(Exception):
    """A file the scorer reads is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Repo:
    owner: str
    name: str
    commit: str

    @property
    def slug(self) -> str:
        return f"{self.owner}__{self.name}"

    @property
    def full(self) -> str:
        return f"{self.owner}/{self.name}"


def read_repos(path: str) -> list[Repo]:
    """Reads `owner/name <40-hex commit>` lines; `#` starts a comment."""
    repos = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise InputError(f"{path}: cannot be read: {e.strerror}") from e
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[0].count("/") != 1:
            raise InputError(f"{path}:{number}: expected 'owner/name <40-hex commit>', got '{raw.strip()}'")
        owner, name = parts[0].split("/")
        commit = parts[1].lower()
        if len(commit) != 40 or any(c not in "0123456789abcdef" for c in commit):
            raise InputError(f"{path}:{number}: '{parts[1]}' is not a 40-hex commit")
        repos.append(Repo(owner, name, commit))
    return repos


def key(f: dict) -> tuple:
    return (f["file"], int(f["line"]), f["reference"], f["ruleId"])


def sample_hash(f: dict, seed: str = SEED) -> str:
    file, line, reference, rule = key(f)
    return hashlib.sha256(f"{seed}\0{file}\0{line}\0{reference}\0{rule}".encode()).hexdigest()


def scored(findings: list[dict]) -> list[dict]:
    """The findings precision is about: unsuppressed, at warning or critical."""
    return [f for f in findings if f.get("severity") in SCORED and f.get("reference") is not None]


def sample(findings: list[dict], seed: str = SEED) -> list[dict]:
    """Every scored finding when there are few; else every critical plus the SAMPLE_SIZE lowest-hash warnings."""
    pool = scored(findings)
    if len(pool) <= ALL_UP_TO:
        return pool
    critical = [f for f in pool if f["severity"] == "critical"]
    warnings = sorted((f for f in pool if f["severity"] != "critical"), key=lambda f: sample_hash(f, seed))
    return critical + warnings[:SAMPLE_SIZE]


def read_findings(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except OSError as e:
        raise InputError(f"{path}: cannot be read: {e.strerror}") from e
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from e
    findings = report.get("findings") if isinstance(report, dict) else None
    if not isinstance(findings, list):
        raise InputError(f"{path}: no 'findings' list: is this a maia-sre --json report?")
    return findings


def read_judgements(path: str) -> dict[tuple, dict]:
    """Judgements by key; a missing file is an empty set. Later lines win over earlier ones for the same key."""
    judged: dict[tuple, dict] = {}
    if not os.path.exists(path):
        return judged
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                j = json.loads(raw)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{number}: not JSON: {e.msg}") from e
            missing = [k for k in REQUIRED if k not in j]
            if missing:
                raise InputError(f"{path}:{number}: missing {', '.join(missing)}")
            if j["verdict"] not in VERDICTS:
                raise InputError(f"{path}:{number}: verdict must be TRUE or FALSE, got '{j['verdict']}'")
            if not str(j["why"]).strip():
                raise InputError(f"{path}:{number}: 'why' is empty: say what a reader of that line would hit")
            judged[key(j)] = j
    return judged


@dataclass
class Score:
    repo: str
    findings: int = 0
    critical: int = 0
    sampled: int = 0
    true: int = 0
    false: int = 0
    false_critical: int = 0
    unjudged: list[dict] = field(default_factory=list)
    gone_true: int = 0
    gone_false: int = 0

    @property
    def judged(self) -> int:
        return self.true + self.false

    @property
    def precision(self) -> float | None:
        return self.true / self.judged if self.judged else None


def score_repo(slug: str, findings: list[dict], judged: dict[tuple, dict], seed: str = SEED) -> Score:
    pool = scored(findings)
    s = Score(slug, findings=len(pool), critical=sum(f["severity"] == "critical" for f in pool))
    picked = sample(findings, seed)
    s.sampled = len(picked)
    for f in picked:
        j = judged.get(key(f))
        if j is None:
            s.unjudged.append(f)
        elif j["verdict"] == "TRUE":
            s.true += 1
        else:
            s.false += 1
            s.false_critical += f["severity"] == "critical"
    reported = {key(f) for f in findings}
    for k, j in judged.items():
        if k not in reported:
            if j["verdict"] == "TRUE":
                s.gone_true += 1
            else:
                s.gone_false += 1
    return s


def fmt(p: float | None) -> str:
    return "-" if p is None else f"{p:.3f}"


def table(scores: list[Score]) -> list[str]:
    rows = [f"{'repository':<40} {'findings':>8} {'crit':>5} {'sample':>6} {'TRUE':>5} {'FALSE':>5} {'precision':>9} "
            f"{'false-crit':>10} {'unjudged':>8}"]
    total = Score("total")
    for s in scores:
        rows.append(f"{s.repo:<40} {s.findings:>8} {s.critical:>5} {s.sampled:>6} {s.true:>5} {s.false:>5} "
                    f"{fmt(s.precision):>9} {s.false_critical:>10} {len(s.unjudged):>8}")
        for name in ("findings", "critical", "sampled", "true", "false", "false_critical", "gone_true", "gone_false"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        total.unjudged.extend(s.unjudged)
    rows.append(f"{'total':<40} {total.findings:>8} {total.critical:>5} {total.sampled:>6} {total.true:>5} "
                f"{total.false:>5} {fmt(total.precision):>9} {total.false_critical:>10} {len(total.unjudged):>8}")
    rows.append(f"judged findings no longer reported: {total.gone_true} TRUE (true phantoms lost: check recall), "
                f"{total.gone_false} FALSE (false positives gone)")
    return rows


def verdict(scores: list[Score], min_total: float, min_repo: float) -> list[str]:
    """What misses the targets (empty when every target holds and everything sampled is judged)."""
    problems = []
    true = sum(s.true for s in scores)
    judged = sum(s.judged for s in scores)
    if judged and true / judged < min_total:
        problems.append(f"total precision {true / judged:.3f} < {min_total}")
    for s in scores:
        if s.precision is not None and s.precision < min_repo:
            problems.append(f"{s.repo}: precision {s.precision:.3f} < {min_repo}")
        if s.false_critical:
            problems.append(f"{s.repo}: {s.false_critical} false critical")
        if s.unjudged:
            problems.append(f"{s.repo}: {len(s.unjudged)} sampled findings not judged yet")
    return problems


def score_all(repos: list[Repo], results: str, judgements: str, seed: str = SEED) -> list[Score]:
    scores = []
    for r in repos:
        path = os.path.join(results, r.slug + ".json")
        if not os.path.exists(path):
            raise InputError(f"{path}: no report for {r.full}: did run.sh check it out and run it?")
        scores.append(score_repo(r.slug, read_findings(path), read_judgements(os.path.join(judgements, r.slug + ".jsonl")), seed))
    return scores


def context_lines(checkout: str, file: str, line: int, around: int) -> list[str]:
    try:
        with open(os.path.join(checkout, file), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    lo, hi = max(1, line - around), min(len(lines), line + around)
    return [f"{'>' if n == line else ' '}{n:>5}| {lines[n - 1][:300]}" for n in range(lo, hi + 1)]


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="ecosystem.py", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("score", "unjudged"):
        c = sub.add_parser(name)
        c.add_argument("--repos-file", required=True)
        c.add_argument("--results", required=True, help="folder of <owner>__<name>.json reports")
        c.add_argument("--judgements", required=True, help="folder of <owner>__<name>.jsonl judgements")
        c.add_argument("--seed", default=SEED)
        c.add_argument("--repo", action="append", help="only this owner/name (repeatable)")
        if name == "score":
            c.add_argument("--check", action="store_true", help="exit 1 unless every target holds and all is judged")
            c.add_argument("--min-precision", type=float, default=0.95)
            c.add_argument("--min-repo-precision", type=float, default=0.90)
        else:
            c.add_argument("--checkouts", required=True, help="folder of the checked-out repositories")
            c.add_argument("--context", type=int, default=4, help="lines shown either side")
    a = p.parse_args(argv)
    try:
        repos = read_repos(a.repos_file)
        if a.repo:
            unknown = set(a.repo) - {r.full for r in repos}
            if unknown:
                raise InputError(f"--repo {', '.join(sorted(unknown))}: not in {a.repos_file}")
            repos = [r for r in repos if r.full in a.repo]
        scores = score_all(repos, a.results, a.judgements, a.seed)
    except InputError as e:
        print(f"ecosystem.py: {e}", file=sys.stderr)
        return 2
    if a.command == "unjudged":
        for r, s in zip(repos, scores):
            for f in s.unjudged:
                out = {k: f[k] for k in ("file", "line", "reference", "ruleId", "severity", "message")}
                out["repo"] = r.full
                out["context"] = context_lines(os.path.join(a.checkouts, r.slug), f["file"], int(f["line"]), a.context)
                print(json.dumps(out, ensure_ascii=False))
        return 0
    print("\n".join(table(scores)))
    problems = verdict(scores, a.min_precision, a.min_repo_precision)
    for problem in problems:
        print(f"  not met: {problem}")
    if not problems:
        print("every target met: precision, per-repository precision, no false critical, everything sampled judged")
    return 1 if a.check and problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
