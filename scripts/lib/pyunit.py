#!/usr/bin/env python3
"""Runs the Python unit tests of each folder given and writes the totals as JSON for scripts/test.sh.

    pyunit.py OUT.json FOLDER...

Each folder's test_*.py files are discovered with the folder on sys.path (as `python3 -m unittest` run inside it).
Exit code 0 when every test passed, 1 otherwise; OUT.json holds {"passed", "failed", "skipped"}.
"""
import json
import sys
import unittest


def main(out: str, folders: list[str]) -> int:
    passed = failed = skipped = 0
    for folder in folders:
        suite = unittest.defaultTestLoader.discover(folder, pattern="test_*.py", top_level_dir=folder)
        result = unittest.TextTestRunner(verbosity=1, stream=sys.stdout).run(suite)
        bad = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
        skipped += len(result.skipped)
        failed += bad
        passed += result.testsRun - bad - len(result.skipped)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"passed": passed, "failed": failed, "skipped": skipped}, f)
    print(f"python: {passed} passed, {failed} failed, {skipped} skipped")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
