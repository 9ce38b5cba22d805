#!/usr/bin/env python3
"""Generate a repository-like corpus with planted phantom dependencies.

Usage:
    gen_corpus.py OUT_DIR --files N [--phantom-rate 0.1] [--seed 1]
                  [--large-files K] [--git] [--force]

The tree looks like a real monorepo: nested docs folders (depth up to 6),
READMEs, agent files (CLAUDE.md, AGENTS.md, .claude/commands/*.md,
.claude/agents/*.md), GitHub workflows with `run:` lines, shell scripts that
call other scripts, the tools they call (tools/**/*.py|sh|js,
.claude/scripts/*.py, .claude/hooks/*.sh, packages/*/tools/**) and images.

Every local reference points at a file that exists, except a planted fraction
(--phantom-rate, per reference) that points at a file that does not exist:
a script call in inline code, a fenced bash block, a workflow `run:` line or a
shell script, or a relative Markdown link / image to a missing file.
Every planted phantom is listed in OUT_DIR/.bench-manifest.json with its
source file, 1-based line and column, the reference text and its kind.

Ground-truth rules the generator keeps, so that scoring is exact:
  * at most one local file reference per line (URLs may share the line);
  * script calls (`python3 tools/x.py`, `./scripts/y.sh`, ...) are written
    relative to the repository root; Markdown links and images are relative
    to the file that contains them (as GitHub renders them);
  * a phantom is missing relative to the root AND relative to the source
    file's folder and every folder above it, so any sane resolver flags it;
  * a valid reference exists relative to the root (script calls) or to the
    source file's folder (Markdown links); `#fragment`s point at the target
    file's first heading, so link checkers that validate anchors agree;
  * http(s) URLs (some ending in .sh/.py/.md) and mailto: links are never
    counted; there are no other path-like strings to missing files.

Deterministic for a given (--files, --phantom-rate, --seed, --large-files):
only Python's seeded random.Random is used, never set/hash ordering.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import random
import shutil
import subprocess
import sys
import time

MANIFEST = ".bench-manifest.json"
GENERATOR_VERSION = 1

# 1x1 transparent PNG.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8ffff3f0005fe02fea7d605b40000000049454e44ae426082"
)

WORDS = """
account adapter agent alert alias anchor api archive array asset audit backup
badge balance batch billing binary blob branch bridge broker bucket budget
buffer build bundle cache canary catalog channel chart checkout cipher client
cluster codec commit config console consumer container context cookie core
counter cron dashboard data debug delta deploy device digest domain draft
driver edge editor email endpoint engine entry event export feature feed
filter flag format gateway graph guard handler health history hook host image
import index infra ingest inventory invoice job kernel key label layer ledger
lease library limit link loader locale lock log mapper market matrix merge
mesh message metric migration mirror model module monitor node notice notify
oauth object offset order origin outbox package page parser partner patch
payment pipeline pixel plugin policy pool portal preview pricing probe profile
proxy publish query queue quota rate reader record region registry release
relay render replica report request resolver retry review role rollout router
runner sandbox scanner schema scope search secret segment sender server
session shard signal sitemap snapshot socket source spark stage stash state
storage stream subscriber summary sync table task template tenant theme thread
ticket token topic trace tracker tunnel upload usage user vault vector vendor
version view volume wallet watcher webhook widget worker workspace zone
""".split()

VERBS = """
build check clean collect compile convert create deploy diff dump export fetch
fix format generate import index init install lint list load migrate monitor
package parse patch prepare probe promote prune publish purge rebuild refresh
release render repair report reset restore rotate run scan seed setup snapshot
sync test trim update upgrade validate verify warm watch
""".split()

ADJ = """
local remote nightly weekly daily legacy stable canary internal external
primary secondary shared private public staging production regional global
fast safe full partial incremental manual automatic
""".split()

TOPICS = """
architecture onboarding troubleshooting runbook overview glossary faq security
performance observability testing release-process conventions style-guide
incident-response migration-guide setup usage configuration deployment
""".split()

URL_HOSTS = ["example.com", "docs.example.org", "status.example.net",
             "wiki.example.com", "downloads.example.org"]

ARGS = ["", "", "", " --dry-run", " --help", " --env staging", " -v",
        " --all", ' "$@"', " --check", " --fix", " --verbose", " --since 7d"]

LANG_SNIPPETS = {
    "python": [
        "import json", "import sys", "", "def main(argv):",
        "    data = json.load(sys.stdin)", "    for item in data:",
        "        print(item['name'], item.get('state', 'unknown'))",
        "    return 0", "", "if __name__ == '__main__':",
        "    raise SystemExit(main(sys.argv[1:]))",
    ],
    "json": [
        "{", '  "name": "service",', '  "replicas": 3,', '  "timeoutMs": 2500,',
        '  "features": ["cache", "retry"]', "}",
    ],
    "yaml": [
        "service:", "  name: gateway", "  replicas: 2", "  probes:",
        "    liveness: /healthz", "    readiness: /readyz",
    ],
    "text": [
        "OK     42 checks passed", "WARN    3 checks skipped",
        "FAIL    0 checks failed", "elapsed 12.4s",
    ],
}


def slugify(title: str) -> str:
    return title.lower().replace(" ", "-")


class Gen:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.out = args.out_dir
        self.files: dict[str, str] = {}        # relpath -> kind (insertion-ordered)
        self.md_titles: dict[str, str] = {}    # md relpath -> title
        self.dirs_of: dict[str, list[str]] = {}
        self.tools: list[str] = []
        self.tools_by_area: dict[str, list[str]] = {}
        self.mds: list[str] = []
        self.images: list[str] = []
        self.phantoms: list[dict] = []
        self.ref_counts: dict[str, int] = {}
        self.phantom_counts: dict[str, int] = {}
        self.url_count = 0
        self.total_bytes = 0
        self.prose: list[str] = []

    # ------------------------------------------------------------------ names
    def w(self) -> str:
        return self.rng.choice(WORDS)

    def unique_name(self, folder: str, make) -> str:
        for _ in range(50):
            name = make()
            path = posixpath.join(folder, name) if folder else name
            if path not in self.files:
                return path
        base, ext = posixpath.splitext(make())
        i = 2
        while True:
            path = posixpath.join(folder, f"{base}-{i}{ext}") if folder else f"{base}-{i}{ext}"
            if path not in self.files:
                return path
            i += 1

    def add(self, path: str, kind: str) -> str:
        self.files[path] = kind
        return path

    def title(self) -> str:
        n = self.rng.randint(2, 4)
        words = [self.rng.choice(ADJ if i == 0 and self.rng.random() < 0.3 else WORDS) for i in range(n)]
        return " ".join(words).capitalize()

    # --------------------------------------------------------------- planning
    def plan(self) -> None:
        n = self.args.files
        r = self.rng
        n_wf = max(2, round(n * 0.02))
        n_img = max(2, round(n * 0.02))
        n_tools = max(6, round(n * 0.10))
        n_sh = max(3, round(n * 0.05))
        n_large = self.args.large_files
        if n_large < 0:  # auto
            n_large = 0 if n < 1000 else max(2, min(8, n // 20000))
        n_md = n - n_wf - n_img - n_tools - n_sh
        if n_md < 10:
            raise SystemExit("--files too small (need at least ~40)")
        self.n_large = n_large

        n_pkg = max(1, n // 2000)
        n_svc = max(1, n // 2500)
        pkgs = [f"packages/{w}" for w in self.distinct_words(n_pkg)]
        svcs = [f"services/{w}-svc" for w in self.distinct_words(n_svc)]

        # --- tool folders (depth <= 4) and tool files
        tool_dirs = [".claude/scripts", ".claude/hooks"]
        for area in self.distinct_words(max(3, min(40, n_tools // 25))):
            tool_dirs.append(f"tools/{area}")
            for sub in self.distinct_words(r.randint(0, 3)):
                tool_dirs.append(f"tools/{area}/{sub}")
        for p in pkgs:
            if r.random() < 0.5:
                tool_dirs.append(f"{p}/tools")
        n_claude = max(2, min(60, n_tools // 40))
        for i in range(n_tools):
            if i < n_claude:
                d = ".claude/hooks" if i % 3 == 2 else ".claude/scripts"
            else:
                d = r.choice(tool_dirs[2:])
            if d == ".claude/hooks":
                ext = ".sh"
            elif d == ".claude/scripts":
                ext = ".py"
            else:
                ext = r.choices([".py", ".sh", ".js"], [45, 35, 20])[0]
            path = self.unique_name(d, lambda: f"{r.choice(VERBS)}_{self.w()}{ext}")
            self.add(path, "tool" + ext)
            self.tools.append(path)
        self.tool_dirs = tool_dirs

        # --- shell scripts (call other scripts)
        sh_dirs = ["scripts", "scripts/ci", "scripts/dev"] + [f"{p}/scripts" for p in pkgs] + [f"{s}/scripts" for s in svcs]
        self.scripts = []
        for _ in range(n_sh):
            d = r.choice(sh_dirs)
            path = self.unique_name(d, lambda: f"{r.choice(VERBS)}-{self.w()}.sh")
            self.add(path, "sh")
            self.scripts.append(path)
        self.sh_dirs = sh_dirs
        self.callable = self.tools + self.scripts

        # --- workflows (flat, as GitHub requires)
        self.workflows = []
        for _ in range(n_wf):
            path = self.unique_name(".github/workflows", lambda: f"{r.choice(VERBS)}-{self.w()}.yml")
            self.add(path, "workflow")
            self.workflows.append(path)

        # --- markdown folders: a random tree, depth <= 6
        roots = ["docs", "examples"] + [f"{p}/docs" for p in pkgs] + [f"{s}/docs" for s in svcs]
        md_dirs = list(roots)
        target_dirs = max(len(roots) + 2, n_md // 18)
        while len(md_dirs) < target_dirs:
            parent = r.choice(md_dirs)
            if parent.count("/") + 1 >= 6:
                continue
            child = f"{parent}/{r.choice(WORDS + TOPICS)}"
            if child not in md_dirs:
                md_dirs.append(child)
        md_dirs.sort(key=lambda d: (d.count("/"), d))
        self.md_dirs = md_dirs

        # --- markdown files: fixed, agent, per-folder README, then the rest
        fixed = ["README.md", "CLAUDE.md", "AGENTS.md", "CONTRIBUTING.md",
                 ".github/copilot-instructions.md", ".github/PULL_REQUEST_TEMPLATE.md"]
        fixed += [f"{p}/README.md" for p in pkgs] + [f"{s}/README.md" for s in svcs]
        fixed += [f"{p}/CLAUDE.md" for p in pkgs if r.random() < 0.4]
        md_list: list[str] = []
        for path in fixed:
            if len(md_list) < n_md and path not in self.files:
                md_list.append(self.add(path, "md"))
        n_cmd = max(3, min(300, n_md // 200))
        n_agent = max(2, min(100, n_md // 500))
        for _ in range(n_cmd):
            if len(md_list) < n_md:
                md_list.append(self.add(self.unique_name(".claude/commands", lambda: f"{r.choice(VERBS)}-{self.w()}.md"), "md"))
        for _ in range(n_agent):
            if len(md_list) < n_md:
                md_list.append(self.add(self.unique_name(".claude/agents", lambda: f"{self.w()}-{r.choice(['reviewer', 'planner', 'fixer', 'writer', 'tester'])}.md"), "md"))
        large: list[str] = []
        for i in range(n_large):
            if len(md_list) < n_md:
                path = "CHANGELOG.md" if i == 0 else f"docs/reference/generated-{self.w()}-api-{i}.md"
                if path in self.files:
                    continue
                md_list.append(self.add(path, "md"))
                large.append(path)
        self.large = set(large)
        for d in md_dirs:
            if len(md_list) >= n_md:
                break
            if r.random() < 0.7:
                md_list.append(self.add(self.unique_name(d, lambda: "README.md"), "md"))
        while len(md_list) < n_md:
            d = r.choice(md_dirs)
            md_list.append(self.add(self.unique_name(d, lambda: f"{r.choice(WORDS + TOPICS)}.md"), "md"))
        self.mds = md_list
        for path in md_list:
            self.md_titles[path] = self.title()

        # --- images
        shallow = [d for d in md_dirs if d.count("/") < 5]
        img_dirs = ["docs/images"] + [f"{d}/img" for d in r.sample(shallow, min(len(shallow), max(1, n_img // 10)))]
        for _ in range(n_img):
            d = r.choice(img_dirs)
            path = self.unique_name(d, lambda: f"{self.w()}-{r.choice(['diagram', 'screenshot', 'flow', 'chart'])}.png")
            self.add(path, "image")
            self.images.append(path)

        # index folders -> md files (for "nearby" links)
        for path in self.mds:
            self.dirs_of.setdefault(posixpath.dirname(path), []).append(path)
        for t in self.tools:
            area = t.split("/")[1] if t.startswith("tools/") else t.split("/")[0]
            self.tools_by_area.setdefault(area, []).append(t)

        self.all_dirs = set()
        for path in self.files:
            d = posixpath.dirname(path)
            while d and d not in self.all_dirs:
                self.all_dirs.add(d)
                d = posixpath.dirname(d)

        # --- phantom pools (targets that do not exist anywhere)
        self.phantom_scripts = [self.make_phantom_script() for _ in range(max(8, n_tools // 4))]
        self.phantom_mds = [self.make_phantom_md() for _ in range(max(8, n_md // 12))]
        self.phantom_imgs = [self.make_phantom_img() for _ in range(max(4, n_img // 4))]

        # prose pool
        for _ in range(4000):
            self.prose.append(self.sentence())

    def distinct_words(self, k: int) -> list[str]:
        pool = list(WORDS)
        self.rng.shuffle(pool)
        out = pool[:k]
        i = 2
        while len(out) < k:
            out += [f"{w}{i}" for w in pool[: k - len(out)]]
            i += 1
        return out

    def exists_anywhere(self, path: str) -> bool:
        """True if `path` names a file or folder in the corpus."""
        return path in self.files or path in self.all_dirs

    def make_phantom_script(self) -> str:
        r = self.rng
        while True:
            roll = r.random()
            if roll < 0.55:
                d = r.choice(self.tool_dirs)
            elif roll < 0.8:
                d = r.choice(self.sh_dirs)
            else:  # a folder that was removed
                d = f"tools/{r.choice(ADJ)}-{self.w()}"
            ext = ".py" if d == ".claude/scripts" else ".sh" if d in (".claude/hooks",) or "scripts" in d else r.choice([".py", ".sh", ".js"])
            name = f"{r.choice(VERBS)}_{self.w()}{ext}" if "tools" in d or d.startswith(".claude") else f"{r.choice(VERBS)}-{self.w()}{ext}"
            path = f"{d}/{name}"
            if not self.exists_anywhere(path) and not self.exists_anywhere(posixpath.basename(path)):
                return path

    def make_phantom_md(self) -> str:
        r = self.rng
        while True:
            d = r.choice(self.md_dirs)
            if r.random() < 0.2:
                d = f"{d}/{r.choice(['old', 'archive', 'legacy', 'v1', 'drafts'])}"
            path = f"{d}/{r.choice(TOPICS + WORDS)}-{r.choice(['guide', 'notes', 'howto', 'design', 'spec'])}.md"
            if not self.exists_anywhere(path):
                return path

    def make_phantom_img(self) -> str:
        r = self.rng
        while True:
            d = r.choice(["docs/images"] + self.md_dirs[:50])
            path = f"{d}/{self.w()}-{r.choice(['old', 'v1', 'draft'])}-diagram.png"
            if not self.exists_anywhere(path):
                return path

    def phantom_ok(self, ref: str, src: str) -> bool:
        """A phantom reference must be missing relative to the root and to
        every ancestor folder of its source file (so root- and file-relative
        resolvers agree), and must not climb out of the root."""
        d = posixpath.dirname(src)
        while True:
            p = posixpath.normpath(posixpath.join(d, ref)) if d else posixpath.normpath(ref)
            if self.exists_anywhere(p):
                return False
            if not d:
                return True
            d = posixpath.dirname(d)

    def sentence(self) -> str:
        r = self.rng
        n = r.randint(6, 16)
        words = [r.choice(WORDS) for _ in range(n)]
        for i in range(n):
            if r.random() < 0.15:
                words[i] = r.choice(["the", "a", "to", "and", "of", "for", "with", "when", "is", "are"])
        s = " ".join(words)
        return s[0].upper() + s[1:] + r.choice([".", ".", ".", "!", ":"])

    # ------------------------------------------------------------- references
    def count_ref(self, kind: str) -> None:
        self.ref_counts[kind] = self.ref_counts.get(kind, 0) + 1

    def pick_script(self, src: str, phantom: bool, prefer_claude: bool = False) -> str:
        r = self.rng
        if phantom:
            for _ in range(20):
                t = r.choice(self.phantom_scripts)
                if prefer_claude and r.random() < 0.6:
                    cands = [p for p in self.phantom_scripts if p.startswith(".claude/")]
                    if cands:
                        t = r.choice(cands)
                if self.phantom_ok(t, src):
                    return t
            while True:
                t = self.make_phantom_script()
                if self.phantom_ok(t, src):
                    self.phantom_scripts.append(t)
                    return t
        if prefer_claude and r.random() < 0.6:
            n = min(len(self.tools), 60)
            cands = [t for t in self.tools[:n] if t.startswith(".claude/")]
            if cands:
                return r.choice(cands)
        return r.choice(self.callable)

    def command_for(self, path: str) -> tuple[str, int]:
        """Return (command text, 0-based offset of the path inside it)."""
        r = self.rng
        if path.endswith(".py"):
            pre = r.choice(["python3 ", "python3 ", "python ", "uv run "])
        elif path.endswith(".js"):
            pre = "node "
        else:
            pre = r.choice(["bash ", "bash ", "./", "sh "])
        return f"{pre}{path}{r.choice(ARGS)}", len(pre)

    @staticmethod
    def ref_in_cmd(cmd: str, off: int, target: str) -> tuple[str, int]:
        """The reference as written in `cmd` and its 0-based start (a leading
        ./ belongs to the reference)."""
        if cmd[off - 2:off] == "./":
            return "./" + target, off - 2
        return target, off

    def record_phantom(self, src: str, line: int, col: int, ref: str, kind: str, target: str) -> None:
        self.phantoms.append({"file": src, "line": line, "col": col, "ref": ref, "kind": kind, "target": target})
        self.phantom_counts[kind] = self.phantom_counts.get(kind, 0) + 1

    # ---------------------------------------------------------------- markdown
    def gen_md(self, path: str, large: bool) -> str:
        r = self.rng
        rate = self.args.phantom_rate
        agent = path.startswith(".claude/") or posixpath.basename(path) in ("CLAUDE.md", "AGENTS.md") or path.endswith("copilot-instructions.md")
        title = self.md_titles[path]
        lines = [f"# {title}", ""]
        if large:
            target_bytes = r.randint(1_000_000, 2_000_000)
            n_lines = 10 ** 9
            n_refs = 10 ** 9
        else:
            target_bytes = 0
            n_lines = int(20 + 180 * r.random() ** 2.5)
            n_refs = r.randint(3, 15)
        size = len(title) + 3
        refs_done = 0
        src_dir = posixpath.dirname(path)

        def ref_kind() -> str:
            if agent:
                return r.choices(["cmd-inline", "cmd-fence", "md-link", "script-link"], [45, 35, 15, 5])[0]
            return r.choices(["cmd-inline", "cmd-fence", "md-link", "script-link", "image"], [28, 30, 30, 5, 7])[0]

        while True:
            if large:
                if size >= target_bytes:
                    break
            elif len(lines) >= n_lines and refs_done >= n_refs:
                break
            want_ref = refs_done < n_refs and (
                large and r.random() < 0.35 or not large and r.random() < max(0.25, (n_refs - refs_done) * 8 / max(1, n_lines - len(lines)))
            )
            block: list[str]
            if want_ref:
                kind = ref_kind()
                phantom = r.random() < rate
                block = self.md_ref_block(path, src_dir, kind, phantom, len(lines) + 1, agent)
                refs_done += 1
            else:
                block = self.md_filler_block()
            lines.extend(block)
            if large:
                size += sum(len(x) + 1 for x in block)
        return "\n".join(lines) + "\n"

    def md_filler_block(self) -> list[str]:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return [" ".join(r.choice(self.prose) for _ in range(r.randint(1, 2))) for _ in range(r.randint(1, 4))] + [""]
        if roll < 0.6:
            return [f"## {self.title()}", ""]
        if roll < 0.72:
            return [f"- {r.choice(self.prose)}" for _ in range(r.randint(2, 5))] + [""]
        if roll < 0.82:
            lang = r.choice(list(LANG_SNIPPETS))
            body = LANG_SNIPPETS[lang]
            start = r.randint(0, max(0, len(body) - 3))
            return [f"```{lang}"] + body[start:start + r.randint(3, 8)] + ["```", ""]
        if roll < 0.9:
            self.url_count += 1
            host = r.choice(URL_HOSTS)
            form = r.random()
            if form < 0.4:
                return [f"See the [{self.w()} dashboard](https://{host}/{self.w()}/{self.w()}) for details.", ""]
            if form < 0.6:
                return [f"Upstream docs: <https://{host}/{self.w()}/{r.choice(VERBS)}.md>", ""]
            if form < 0.8:
                return ["```bash", f"curl -fsSL https://{host}/{r.choice(VERBS)}.sh | bash", "```", ""]
            return [f"Contact [the {self.w()} team](mailto:{self.w()}@example.com) or read [the spec](http://{host}/spec/{self.w()}.py).", ""]
        if roll < 0.95:
            cols = [self.w().capitalize() for _ in range(3)]
            rows = [f"| {' | '.join(cols)} |", "| --- | --- | --- |"]
            for _ in range(r.randint(2, 5)):
                rows.append(f"| {self.w()} | {r.randint(1, 999)} | {r.choice(ADJ)} |")
            return rows + [""]
        return [f"> **Note:** {r.choice(self.prose)}", ""]

    def md_ref_block(self, src: str, src_dir: str, kind: str, phantom: bool, lineno: int, agent: bool) -> list[str]:
        r = self.rng
        self.count_ref(kind)
        if kind in ("cmd-inline", "cmd-fence"):
            target = self.pick_script(src, phantom, prefer_claude=agent)
            cmd, off = self.command_for(target)
            if kind == "cmd-inline":
                lead = r.choice(["Run ", "To refresh the data, run ", "Use ", "CI calls ", "Locally: ", "- Run "])
                tail = r.choice([" before opening a pull request.", " to regenerate the files.", ".", " (takes a minute).", ""])
                line = f"{lead}`{cmd}`{tail}"
                if phantom:
                    ref, start = self.ref_in_cmd(cmd, off, target)
                    self.record_phantom(src, lineno, len(lead) + 1 + start + 1, ref, kind, target)
                return [line, ""]
            pre = [f"# {r.choice(self.prose)[:40].rstrip('.!:').lower()}"] if r.random() < 0.3 else []
            line = cmd
            if phantom:
                ref, start = self.ref_in_cmd(cmd, off, target)
                self.record_phantom(src, lineno + 1 + len(pre), start + 1, ref, kind, target)
            post = ["echo done"] if r.random() < 0.2 else []
            return ["```bash"] + pre + [line] + post + ["```", ""]
        if kind in ("md-link", "script-link", "image"):
            frag = ""
            if phantom:
                # the relative path as written must be missing from every base
                for _ in range(1000):
                    if kind == "md-link":
                        target = self.pick_phantom(self.phantom_mds, src, self.make_phantom_md)
                    elif kind == "image":
                        target = self.pick_phantom(self.phantom_imgs, src, self.make_phantom_img)
                    else:
                        target = self.pick_script(src, True)
                    rel = posixpath.relpath(target, src_dir or ".")
                    if self.phantom_ok(rel, src):
                        break
                else:
                    raise AssertionError(f"no phantom link for {src}")
            else:
                if kind == "md-link":
                    near = self.dirs_of.get(src_dir)
                    target = r.choice(near) if near and r.random() < 0.5 else r.choice(self.mds)
                    if target == src:
                        target = self.mds[0] if src != self.mds[0] else self.mds[1]
                    if r.random() < 0.2:
                        frag = "#" + slugify(self.md_titles[target])
                elif kind == "image":
                    target = r.choice(self.images)
                else:
                    target = r.choice(self.callable)
                rel = posixpath.relpath(target, src_dir or ".")
            if kind == "md-link":
                label = self.md_titles.get(target) or posixpath.basename(target)[:-3].replace("-", " ").capitalize()
            elif kind == "image":
                label = posixpath.basename(target)[:-4].replace("-", " ")
            else:
                label = f"the {posixpath.basename(target)} script"
            if not rel.startswith("../") and r.random() < 0.3:
                rel = "./" + rel
            bang = "!" if kind == "image" else ""
            lead = "" if kind == "image" else r.choice(["See ", "More in ", "Details: ", "- ", "Read ", "Background: ", ""])
            tail = "" if kind == "image" else r.choice([" for the full walkthrough.", ".", "", " (recommended)."])
            line = f"{lead}{bang}[{label}]({rel}{frag}){tail}"
            if phantom:
                col = len(lead) + len(bang) + len(label) + 3 + 1
                self.record_phantom(src, lineno, col, rel, kind, target)
            return [line, ""]
        raise AssertionError(kind)

    def pick_phantom(self, pool: list[str], src: str, make) -> str:
        for _ in range(20):
            t = self.rng.choice(pool)
            if self.phantom_ok(t, src):
                return t
        while True:
            t = make()
            if self.phantom_ok(t, src):
                pool.append(t)
                return t

    # ------------------------------------------------------------- workflows
    def gen_workflow(self, path: str) -> str:
        r = self.rng
        name = posixpath.basename(path)[:-4]
        lines = [f"name: {name}", "", "on:", "  push:", "    branches: [main]", "  pull_request:", "",
                 "permissions:", "  contents: read", "", "jobs:"]
        n_jobs = r.randint(1, 3)
        for j in range(n_jobs):
            lines += [f"  {self.w()}-{j}:", f"    runs-on: {r.choice(['ubuntu-latest', 'ubuntu-24.04', 'windows-latest'])}",
                      f"    timeout-minutes: {r.choice([10, 15, 30, 60])}", "    steps:",
                      "      - uses: actions/checkout@v4"]
            if r.random() < 0.5:
                lines += ["      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'"]
            for _ in range(r.randint(1, 4)):
                lines.append(f"      - name: {self.title()}")
                roll = r.random()
                if roll < 0.45:
                    phantom = r.random() < self.args.phantom_rate
                    target = self.pick_script(path, phantom)
                    cmd, off = self.command_for(target)
                    prefix = "        run: "
                    lines.append(prefix + cmd)
                    self.count_ref("workflow-run")
                    if phantom:
                        ref, start = self.ref_in_cmd(cmd, off, target)
                        self.record_phantom(path, len(lines), len(prefix) + start + 1, ref, "workflow-run", target)
                elif roll < 0.85:
                    lines.append("        run: |")
                    for _ in range(r.randint(1, 4)):
                        if r.random() < 0.6:
                            phantom = r.random() < self.args.phantom_rate
                            target = self.pick_script(path, phantom)
                            cmd, off = self.command_for(target)
                            prefix = "          "
                            lines.append(prefix + cmd)
                            self.count_ref("workflow-run")
                            if phantom:
                                ref, start = self.ref_in_cmd(cmd, off, target)
                                self.record_phantom(path, len(lines), len(prefix) + start + 1, ref, "workflow-run", target)
                        else:
                            lines.append("          " + r.choice([
                                "echo \"::group::setup\"", "npm ci", "dotnet build -c Release",
                                "pip install -r requirements.txt", "make test", "echo \"::endgroup::\"",
                                f"curl -fsSL https://{r.choice(URL_HOSTS)}/{r.choice(VERBS)}.sh -o /tmp/x.sh"]))
                else:
                    lines += ["        uses: actions/upload-artifact@v4", "        with:",
                              f"          name: {self.w()}-report", "          path: out/"]
            lines.append("")
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------ shell files
    def gen_sh(self, path: str, n_calls: int) -> str:
        r = self.rng
        lines = ["#!/usr/bin/env bash", f"# {r.choice(self.prose)}", "set -euo pipefail", "",
                 'cd "$(git rev-parse --show-toplevel)"', ""]
        if r.random() < 0.5:
            lines += [f'{self.w().upper()}_{self.w().upper()}="${{{self.w().upper()}:-{r.randint(1, 9)}}}"', ""]
        for _ in range(n_calls):
            if r.random() < 0.3:
                lines.append(f'echo "==> {r.choice(VERBS)} {self.w()}"')
            phantom = r.random() < self.args.phantom_rate
            target = self.pick_script(path, phantom)
            cmd, off = self.command_for(target)
            prefix = "if ! " if r.random() < 0.2 else ""
            suffix = "; then echo 'failed' >&2; exit 1; fi" if prefix else ""
            lines.append(prefix + cmd + suffix)
            self.count_ref("sh-call")
            if phantom:
                ref, start = self.ref_in_cmd(cmd, off, target)
                self.record_phantom(path, len(lines), len(prefix) + start + 1, ref, "sh-call", target)
        if r.random() < 0.2:
            self.url_count += 1
            lines.append(f"curl -fsSL https://{r.choice(URL_HOSTS)}/{r.choice(VERBS)}.sh | bash -s -- --quiet")
        lines.append('echo "ok"')
        return "\n".join(lines) + "\n"

    def gen_tool(self, path: str) -> str:
        r = self.rng
        if path.endswith(".py"):
            return ("#!/usr/bin/env python3\n" f'"""{r.choice(self.prose)}"""\n' "import sys\n\n\n"
                    "def main(argv):\n" f"    print('{r.choice(VERBS)} {self.w()}', *argv)\n" "    return 0\n\n\n"
                    "if __name__ == '__main__':\n    raise SystemExit(main(sys.argv[1:]))\n")
        if path.endswith(".js"):
            return ("#!/usr/bin/env node\n" f"// {r.choice(self.prose)}\n" "'use strict';\n"
                    f"console.log('{r.choice(VERBS)} {self.w()}', process.argv.slice(2).join(' '));\n")
        # shell tools call 0-2 other scripts
        return self.gen_sh(path, r.choice([0, 0, 1, 2]))

    # ------------------------------------------------------------------ write
    def write_all(self) -> None:
        out = self.out
        made: set[str] = set()
        for path in self.files:
            d = posixpath.dirname(path)
            if d and d not in made:
                os.makedirs(os.path.join(out, d), exist_ok=True)
                made.add(d)
        for path, kind in self.files.items():
            full = os.path.join(out, path)
            if kind == "image":
                data = PNG_BYTES
            else:
                if kind == "md":
                    text = self.gen_md(path, path in self.large)
                elif kind == "workflow":
                    text = self.gen_workflow(path)
                elif kind == "sh":
                    text = self.gen_sh(path, self.rng.randint(1, 6))
                else:
                    text = self.gen_tool(path)
                data = text.encode("utf-8")
            with open(full, "wb") as f:
                f.write(data)
            self.total_bytes += len(data)
            if kind in ("sh", "tool.sh", "tool.py", "tool.js"):
                os.chmod(full, 0o755)

    def manifest(self) -> dict:
        by_type: dict[str, int] = {}
        for kind in self.files.values():
            key = {"tool.py": "tools", "tool.sh": "tools", "tool.js": "tools"}.get(kind, kind)
            by_type[key] = by_type.get(key, 0) + 1
        by_src: dict[str, int] = {}
        for p in self.phantoms:
            ext = posixpath.splitext(p["file"])[1].lstrip(".")
            by_src[ext] = by_src.get(ext, 0) + 1
        md_links = sum(self.phantom_counts.get(k, 0) for k in ("md-link", "script-link", "image"))
        return {
            "generator": "bench/gen_corpus.py",
            "generator_version": GENERATOR_VERSION,
            "args": {"files": self.args.files, "phantom_rate": self.args.phantom_rate, "seed": self.args.seed,
                     "large_files": self.n_large},
            "counts": {
                "files": len(self.files),
                "files_by_type": by_type,
                "large_files": sorted(self.large),
                "bytes": self.total_bytes,
                "references": sum(self.ref_counts.values()),
                "references_by_kind": dict(sorted(self.ref_counts.items())),
                "urls": self.url_count,
                "phantoms": len(self.phantoms),
                "phantoms_by_kind": dict(sorted(self.phantom_counts.items())),
                "phantoms_by_source_ext": dict(sorted(by_src.items())),
                # what a Markdown-only link checker can see: links/images in .md files
                "phantoms_markdown_links": md_links,
                "phantoms_script_calls": len(self.phantoms) - md_links,
                "phantom_unique_targets": len({p["target"] for p in self.phantoms}),
                "phantom_files": len({p["file"] for p in self.phantoms}),
            },
            "phantoms": self.phantoms,
        }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 2)[2])
    ap.add_argument("out_dir")
    ap.add_argument("--files", type=int, required=True, help="total number of files to create")
    ap.add_argument("--phantom-rate", type=float, default=0.1, help="fraction of local references that are phantoms (default 0.1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--large-files", type=int, default=-1,
                    help="number of 1-2 MB Markdown files (default: 0 below 1000 files, else 2..8)")
    ap.add_argument("--git", action="store_true", help="git init + commit the corpus (default: no git)")
    ap.add_argument("--force", action="store_true", help="delete OUT_DIR first if it is not empty")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not 0 <= args.phantom_rate <= 1:
        ap.error("--phantom-rate must be within [0, 1]")

    if os.path.exists(args.out_dir) and os.listdir(args.out_dir):
        if not args.force:
            ap.error(f"{args.out_dir} is not empty (use --force to replace it)")
        shutil.rmtree(args.out_dir)
    os.makedirs(args.out_dir, exist_ok=True)

    t0 = time.monotonic()
    g = Gen(args)
    g.plan()
    g.write_all()
    seconds = time.monotonic() - t0
    manifest = g.manifest()
    with open(os.path.join(args.out_dir, MANIFEST), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")

    if args.git:
        env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
                   GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.invalid",
                   GIT_AUTHOR_DATE="2024-01-01T00:00:00Z", GIT_COMMITTER_DATE="2024-01-01T00:00:00Z")
        for cmd in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"],
                    ["git", "commit", "-q", "--no-verify", "--no-gpg-sign", "-m", "bench corpus"]):
            subprocess.run(cmd, cwd=args.out_dir, env=env, check=True)

    c = manifest["counts"]
    if not args.quiet:
        print(f"{args.out_dir}: {c['files']} files, {c['bytes'] / 1e6:.1f} MB, {c['references']} references, "
              f"{c['phantoms']} phantoms ({c['phantoms_markdown_links']} Markdown links/images, "
              f"{c['phantoms_script_calls']} script calls), {seconds:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
