#!/usr/bin/env python3
"""Runs a composite GitHub Action (action.yml) the way the runner does, for tests on a machine without a runner.

    composite-action.py ACTION_DIR WORKSPACE OUTPUTS_JSON [INPUT=VALUE ...]

Each `run` step is written to a file and run as `bash --noprofile --norc -eo pipefail FILE` (the runner's `shell:
bash`) in WORKSPACE/working-directory, with a fresh GITHUB_OUTPUT file, GITHUB_ACTION_PATH and GITHUB_WORKSPACE set
and the step's `env:` added. The first failing step stops the action, as on the runner; its exit code is ours. The
action's outputs are written to OUTPUTS_JSON. Only the expression forms this needs are evaluated (`inputs.X`,
`steps.ID.outputs.X`, `github.action_path`, `github.workspace`); anything else, an unknown input, a step with `if:`
or `uses:`, or a shell other than bash is an error (exit 3), so the emulation never silently differs from a runner.
With COMPOSITE_ACTION_TIMINGS=FILE, each step's wall time is appended to FILE as `STEP-ID MILLISECONDS` (for
bench/action-step.sh).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def fail(message):
    print(f"composite-action.py: {message}", file=sys.stderr)
    sys.exit(3)


def evaluate(text, context):
    def one(match):
        parts = match.group(1).split(".")
        if parts[0] == "inputs" and len(parts) == 2:
            return context["inputs"][parts[1]]
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return context["steps"].get(parts[1], {}).get(parts[3], "")
        if parts[0] == "github" and len(parts) == 2 and parts[1] in context["github"]:
            return context["github"][parts[1]]
        fail(f"unsupported expression '{match.group(0)}'")
        return ""

    return EXPRESSION.sub(one, str(text))


def read_outputs(path):
    """Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` blocks."""
    outputs = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            outputs[name] = "\n".join(lines[i + 1:end])
            i = end + 1
            continue
        if line:
            name, value = line.split("=", 1)
            outputs[name] = value
        i += 1
    return outputs


def main():
    action_dir, workspace, outputs_json, *assignments = sys.argv[1:]
    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action["runs"]["using"] != "composite":
        fail("not a composite action")
    declared = action.get("inputs", {})
    inputs = {name: str(spec.get("default", "")) for name, spec in declared.items()}
    for assignment in assignments:
        name, value = assignment.split("=", 1)
        if name not in declared:
            fail(f"unexpected input '{name}'")
        inputs[name] = value
    context = {"inputs": inputs, "steps": {}, "github": {"action_path": action_dir, "workspace": workspace}}

    code = 0
    for index, step in enumerate(action["runs"]["steps"]):
        if "if" in step or "uses" in step or step.get("shell") != "bash":
            fail(f"step {index}: only unconditional `run` steps with `shell: bash` are emulated")
        env = dict(os.environ)
        env.update({k: evaluate(v, context) for k, v in step.get("env", {}).items()})
        with tempfile.TemporaryDirectory() as temp:
            script = os.path.join(temp, "step.sh")
            output_file = os.path.join(temp, "output")
            with open(script, "w", encoding="utf-8") as f:
                f.write(step["run"])
            open(output_file, "w").close()
            env.update({"GITHUB_OUTPUT": output_file, "GITHUB_ACTION_PATH": action_dir, "GITHUB_WORKSPACE": workspace})
            cwd = os.path.join(workspace, evaluate(step.get("working-directory", "."), context))
            print(f"::group::{step.get('name', index)}", flush=True)
            started = time.monotonic()
            code = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=cwd, env=env).returncode
            print("::endgroup::", flush=True)
            if os.environ.get("COMPOSITE_ACTION_TIMINGS"):
                with open(os.environ["COMPOSITE_ACTION_TIMINGS"], "a", encoding="utf-8") as f:
                    f.write(f"{step.get('id', index)} {round((time.monotonic() - started) * 1000)}\n")
            if "id" in step:
                context["steps"][step["id"]] = read_outputs(output_file)
        if code != 0:
            break

    outputs = {name: evaluate(spec["value"], context) for name, spec in action.get("outputs", {}).items()}
    with open(outputs_json, "w", encoding="utf-8") as f:
        json.dump(outputs, f, indent=2)
    sys.exit(code)


if __name__ == "__main__":
    main()
