#!/usr/bin/env python3
"""Build a benchmark corpus of N real files from a folder of checked-out repositories.

    python3 bench/real_corpus.py REPOS_DIR OUT_DIR --files N [--repos-list FILE] [--max-bytes B] [--no-git] [--force]

REPOS_DIR holds one checked-out repository per folder (the ecosystem check's layout,
/work/eco/<owner>__<name>, see eval/ecosystem/prepare.sh). Nothing is downloaded.

The corpus is a monorepo of whole repository copies, each under a renamed root
`cNN/<owner>__<name>/` (copy number, then the repository's folder name), so every copy
keeps its own relative layout and its references mean what they meant upstream:

  * repositories are taken in the order of --repos-list (default eval/ecosystem/repos.txt:
    `owner/name <commit>` lines, folder `owner__name`), then any other folder in REPOS_DIR
    in name order; missing folders are skipped;
  * pass k (k = 1, 2, ...) adds every repository, whole, that still fits in the files
    left; passes repeat (copies 2, 3, ... of the same repositories) until none fits;
    the rest is filled with the first files (ordinal path order) of the next repository
    in the list, so the corpus has exactly N files;
  * a repository's files: everything under its folder except `.git`, symbolic links,
    files larger than --max-bytes (default 1 MiB), and binaries (a NUL byte in the first
    8 KiB); the same rules everywhere, so the selection is deterministic for a given
    checkout;
  * a repository's GitHub workflows (`.github/workflows/*.yml`) go to the corpus root's
    `.github/workflows/cNN-<owner>__<name>-<file>`: GitHub (and maia-sre) runs only the
    root's workflows, so left in place they would not be read as workflows at all; their
    paths then resolve against the corpus root, as a monorepo's workflows do;
  * by default the corpus is a git work tree with one commit (real repositories are, and
    maia-sre lists files with git there); --no-git leaves a plain folder.

OUT_DIR/.bench-real-manifest.json records the options, the repositories and their
commits, the copies made, and the file and byte counts; bench/run.sh --corpus real
rebuilds a corpus only when that manifest differs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys

REAL_CORPUS_VERSION = 2  # bump when the selection rules change
BINARY_PROBE = 8192
WORKFLOWS = ".github/workflows/"


def parse_list(path: str) -> list[str]:
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            repo = line.split()[0]
            if "/" in repo:
                names.append(repo.replace("/", "__", 1))
    return names


def head_commit(repo_dir: str) -> str:
    try:
        out = subprocess.run(["git", "-C", repo_dir, "rev-parse", "HEAD"], capture_output=True, text=True, check=False)
        return out.stdout.strip() if out.returncode == 0 else ""
    except OSError:
        return ""


def is_binary(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return b"\0" in f.read(BINARY_PROBE)
    except OSError:
        return True


def repo_files(repo_dir: str, max_bytes: int) -> tuple[list[str], int]:
    """Relative paths (ordinal order) of the files to copy, and their total size."""
    picked: list[tuple[str, int]] = []
    for folder, dirs, files in os.walk(repo_dir):
        dirs[:] = sorted(d for d in dirs if d != ".git" and not os.path.islink(os.path.join(folder, d)))
        for name in files:
            full = os.path.join(folder, name)
            if name == ".git" or os.path.islink(full) or not os.path.isfile(full):
                continue
            size = os.path.getsize(full)
            if size > max_bytes or is_binary(full):
                continue
            picked.append((os.path.relpath(full, repo_dir), size))
    picked.sort(key=lambda p: p[0].encode("utf-8", "surrogateescape"))
    return [p for p, _ in picked], sum(s for _, s in picked)


def plan(order: list[str], sizes: dict[str, int], target: int) -> list[tuple[int, str, int | None]]:
    """(copy number, repository, file limit or None for whole) in the order they are copied."""
    copies: list[tuple[int, str, int | None]] = []
    left, k = target, 0
    while left > 0:
        k += 1
        added = False
        for name in order:
            if 0 < sizes[name] <= left:
                copies.append((k, name, None))
                left -= sizes[name]
                added = True
        if not added:
            break
    if left > 0:
        # The rest: a prefix of the first repository large enough (else of the largest).
        fit = [n for n in order if sizes[n] >= left] or sorted(order, key=lambda n: -sizes[n])
        copies.append((k, fit[0], left))
    return copies


def main(argv: list[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("repos", help="folder of checked-out repositories (owner__name)")
    ap.add_argument("out", help="corpus folder to create")
    ap.add_argument("--files", type=int, required=True, help="number of files in the corpus")
    ap.add_argument("--repos-list", default=os.path.join(here, "..", "eval", "ecosystem", "repos.txt"),
                    help="order of the repositories (default eval/ecosystem/repos.txt)")
    ap.add_argument("--max-bytes", type=int, default=1 << 20, help="skip larger files (default 1 MiB)")
    ap.add_argument("--no-git", action="store_true", help="no git work tree (default: git init + one commit)")
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = ap.parse_args(argv)

    if args.files < 1:
        ap.error("--files must be positive")
    if not os.path.isdir(args.repos):
        print(f"real_corpus.py: not a folder: {args.repos}", file=sys.stderr)
        return 2
    available = sorted(d for d in os.listdir(args.repos)
                       if os.path.isdir(os.path.join(args.repos, d)) and not d.startswith("."))
    listed = parse_list(args.repos_list) if os.path.isfile(args.repos_list) else []
    order = [n for n in listed if n in available] + [n for n in available if n not in listed]
    if not order:
        print(f"real_corpus.py: no repositories under {args.repos}", file=sys.stderr)
        return 2

    files = {}
    sizes = {}
    for name in order:
        files[name], _ = repo_files(os.path.join(args.repos, name), args.max_bytes)
        sizes[name] = len(files[name])
    order = [n for n in order if sizes[n] > 0]
    copies = plan(order, sizes, args.files)

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        if not args.force:
            print(f"real_corpus.py: {out} exists (use --force)", file=sys.stderr)
            return 2
        shutil.rmtree(out)
    os.makedirs(out)

    total_files = total_bytes = 0
    for k, name, limit in copies:
        src_root = os.path.join(args.repos, name)
        dst_root = os.path.join(out, f"c{k:02d}", name)
        for rel in files[name][:limit] if limit is not None else files[name]:
            dst = os.path.join(dst_root, rel)
            if rel.startswith(WORKFLOWS) and "/" not in rel[len(WORKFLOWS):]:
                # GitHub runs only the root's workflows, and so does maia-sre: hoist them, renamed.
                dst = os.path.join(out, WORKFLOWS, f"c{k:02d}-{name}-{rel[len(WORKFLOWS):]}")
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(src_root, rel), dst)
            total_bytes += os.path.getsize(dst)
            total_files += 1

    manifest = {
        "real_corpus_version": REAL_CORPUS_VERSION,
        "args": {"files": args.files, "max_bytes": args.max_bytes, "git": not args.no_git,
                 "repos": os.path.abspath(args.repos)},
        "repositories": {n: {"commit": head_commit(os.path.join(args.repos, n)), "files": sizes[n]} for n in order},
        "copies": [{"copy": k, "repo": n, "files": limit if limit is not None else sizes[n]} for k, n, limit in copies],
        "files": total_files,
        "bytes": total_bytes,
    }
    if not args.no_git:
        env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@localhost",
                   GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@localhost",
                   GIT_AUTHOR_DATE="2026-01-01T00:00:00Z", GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")
        # Copied .gitignore files stay in force, as upstream; -f adds the copied files they would hide,
        # so git lists exactly the corpus.
        for cmd in (["git", "init", "-q", "-b", "main"], ["git", "-c", "core.safecrlf=false", "add", "-A", "-f", "."],
                    ["git", "-c", "core.autocrlf=false", "commit", "-q", "--no-verify", "--no-gpg-sign", "-m", "bench corpus"]):
            subprocess.run(cmd, cwd=out, check=True, env=env)
        with open(os.path.join(out, ".git", "info", "exclude"), "a", encoding="utf-8") as f:
            f.write("/.bench-real-manifest.json\n")
    with open(os.path.join(out, ".bench-real-manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"real corpus: {total_files} files, {total_bytes / 1e6:.1f} MB, {len(copies)} repository copies -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
