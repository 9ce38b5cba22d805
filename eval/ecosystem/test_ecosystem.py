"""Unit tests of the ecosystem scorer (run by scripts/test.sh: python3 -m unittest discover -s eval/ecosystem)."""

import io
import json
import os
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout

import ecosystem as eco

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def finding(file="README.md", line=1, reference="x.sh", rule="MSRE1001", severity="warning"):
    return {"file": file, "line": line, "reference": reference, "ruleId": rule, "severity": severity, "message": "m"}


def judgement(f, verdict, why="because"):
    return {**{k: f[k] for k in ("file", "line", "reference", "ruleId", "severity")}, "verdict": verdict, "why": why}


class Folder:
    """A temporary folder with repos.txt, a results folder and a judgements folder."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.results = os.path.join(self.root, "results")
        self.judgements = os.path.join(self.root, "judgements")
        os.makedirs(self.results)
        os.makedirs(self.judgements)
        self.repos = os.path.join(self.root, "repos.txt")

    def write(self, path, text):
        full = os.path.join(self.root, path)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
        return full

    def report(self, slug, findings):
        self.write(f"results/{slug}.json", json.dumps({"findings": findings}))

    def judge(self, slug, judgements):
        self.write(f"judgements/{slug}.jsonl", "".join(json.dumps(j) + "\n" for j in judgements))

    def run(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = eco.main([args[0], "--repos-file", self.repos, "--results", self.results, "--judgements", self.judgements, *args[1:]])
        return code, out.getvalue(), err.getvalue()

    def close(self):
        self.tmp.cleanup()


class ReposFileTests(unittest.TestCase):
    def setUp(self):
        self.f = Folder()

    def tearDown(self):
        self.f.close()

    def test_reads_pins_and_skips_comments(self):
        self.f.write("repos.txt", f"# heading\n\na/b {COMMIT}  # why\nc/d {COMMIT.upper()}\n")
        repos = eco.read_repos(self.f.repos)
        self.assertEqual([r.full for r in repos], ["a/b", "c/d"])
        self.assertEqual(repos[1].commit, COMMIT)
        self.assertEqual(repos[0].slug, "a__b")

    def test_names_the_line_of_a_bad_pin(self):
        self.f.write("repos.txt", f"a/b {COMMIT}\nc/d main\n")
        with self.assertRaisesRegex(eco.InputError, r"repos.txt:2: 'main' is not a 40-hex commit"):
            eco.read_repos(self.f.repos)

    def test_names_the_line_of_a_bad_name(self):
        self.f.write("repos.txt", f"just-a-name {COMMIT}\n")
        with self.assertRaisesRegex(eco.InputError, r"repos.txt:1: expected 'owner/name"):
            eco.read_repos(self.f.repos)


class SampleTests(unittest.TestCase):
    def test_takes_everything_when_few(self):
        findings = [finding(line=i) for i in range(eco.ALL_UP_TO)] + [finding(line=99, severity="note")]
        self.assertEqual(len(eco.sample(findings)), eco.ALL_UP_TO)

    def test_takes_every_critical_and_a_fixed_number_of_warnings_when_many(self):
        warnings = [finding(line=i) for i in range(200)]
        critical = [finding(line=1000 + i, severity="critical") for i in range(7)]
        picked = eco.sample(warnings + critical)
        self.assertEqual(sum(f["severity"] == "critical" for f in picked), 7)
        self.assertEqual(sum(f["severity"] == "warning" for f in picked), eco.SAMPLE_SIZE)

    def test_is_deterministic_and_independent_of_order(self):
        warnings = [finding(line=i) for i in range(200)]
        self.assertEqual([eco.key(f) for f in eco.sample(warnings)], [eco.key(f) for f in eco.sample(list(reversed(warnings)))])

    def test_a_finding_stays_sampled_when_unsampled_ones_go(self):
        warnings = [finding(line=i) for i in range(200)]
        picked = {eco.key(f) for f in eco.sample(warnings)}
        remaining = [f for f in warnings if eco.key(f) in picked or f["line"] % 2 == 0]
        self.assertTrue(picked <= {eco.key(f) for f in eco.sample(remaining)})

    def test_another_seed_picks_another_sample(self):
        warnings = [finding(line=i) for i in range(200)]
        self.assertNotEqual({eco.key(f) for f in eco.sample(warnings)}, {eco.key(f) for f in eco.sample(warnings, "other")})

    def test_notes_are_never_scored(self):
        self.assertEqual(eco.scored([finding(severity="note"), finding(severity="warning")]), [finding(severity="warning")])


class ScoreTests(unittest.TestCase):
    def test_precision_counts_true_over_judged(self):
        a, b, c, d = finding(line=1), finding(line=2), finding(line=3, severity="critical"), finding(line=4)
        judged = {eco.key(j): j for j in [judgement(a, "TRUE"), judgement(b, "FALSE"), judgement(c, "FALSE")]}
        s = eco.score_repo("r", [a, b, c, d], judged)
        self.assertEqual((s.true, s.false, s.false_critical, len(s.unjudged)), (1, 2, 1, 1))
        self.assertAlmostEqual(s.precision, 1 / 3)

    def test_a_verdict_survives_a_change_of_severity_and_column(self):
        before = finding(severity="critical")
        judged = {eco.key(judgement(before, "FALSE")): judgement(before, "FALSE")}
        s = eco.score_repo("r", [{**before, "severity": "warning", "column": 9}], judged)
        self.assertEqual((s.false, s.false_critical), (1, 0))

    def test_judged_findings_that_disappear_are_counted(self):
        gone_true, gone_false = finding(line=1), finding(line=2)
        judged = {eco.key(j): j for j in [judgement(gone_true, "TRUE"), judgement(gone_false, "FALSE")]}
        s = eco.score_repo("r", [], judged)
        self.assertEqual((s.gone_true, s.gone_false, s.precision), (1, 1, None))

    def test_targets(self):
        good = eco.Score("good", true=19, false=1)
        self.assertEqual(eco.verdict([good], 0.95, 0.90), [])
        bad = eco.Score("bad", true=8, false=2, false_critical=1)
        problems = eco.verdict([good, bad], 0.95, 0.90)
        self.assertIn("total precision 0.900 < 0.95", problems)
        self.assertIn("bad: precision 0.800 < 0.9", problems)
        self.assertIn("bad: 1 false critical", problems)

    def test_unjudged_findings_miss_the_target(self):
        s = eco.Score("r", true=5, unjudged=[finding()])
        self.assertEqual(eco.verdict([s], 0.95, 0.9), ["r: 1 sampled findings not judged yet"])


class CommandTests(unittest.TestCase):
    def setUp(self):
        self.f = Folder()
        self.f.write("repos.txt", f"o/a {COMMIT}\no/b {COMMIT}\n")

    def tearDown(self):
        self.f.close()

    def test_score_prints_each_repository_and_the_total(self):
        a = finding()
        self.f.report("o__a", [a, finding(line=5, severity="note")])
        self.f.report("o__b", [])
        self.f.judge("o__a", [judgement(a, "TRUE")])
        code, out, _ = self.f.run("score", "--check")
        self.assertEqual(code, 0)
        self.assertRegex(out, r"o__a\s+1\s+0\s+1\s+1\s+0\s+1.000\s+0\s+0")
        self.assertRegex(out, r"total\s+1\s+0\s+1\s+1\s+0\s+1.000")
        self.assertIn("every target met", out)

    def test_check_fails_on_a_false_critical(self):
        a = finding(severity="critical")
        self.f.report("o__a", [a])
        self.f.report("o__b", [])
        self.f.judge("o__a", [judgement(a, "FALSE")])
        code, out, _ = self.f.run("score", "--check")
        self.assertEqual(code, 1)
        self.assertIn("o__a: 1 false critical", out)

    def test_a_missing_report_is_an_input_error(self):
        self.f.report("o__a", [])
        code, _, err = self.f.run("score")
        self.assertEqual(code, 2)
        self.assertIn("o__b.json: no report for o/b", err)

    def test_a_bad_judgement_line_is_named(self):
        self.f.report("o__a", [])
        self.f.report("o__b", [])
        self.f.write("judgements/o__a.jsonl", json.dumps(judgement(finding(), "MAYBE")) + "\n")
        code, _, err = self.f.run("score")
        self.assertEqual(code, 2)
        self.assertIn("o__a.jsonl:1: verdict must be TRUE or FALSE, got 'MAYBE'", err)

    def test_a_judgement_without_a_reason_is_refused(self):
        self.f.report("o__a", [])
        self.f.report("o__b", [])
        self.f.write("judgements/o__a.jsonl", json.dumps(judgement(finding(), "TRUE", why=" ")) + "\n")
        code, _, err = self.f.run("score")
        self.assertEqual(code, 2)
        self.assertIn("'why' is empty", err)

    def test_unjudged_prints_the_lines_around_each_finding(self):
        checkout = os.path.join(self.f.root, "checkouts", "o__a")
        os.makedirs(checkout)
        with open(os.path.join(checkout, "README.md"), "w", encoding="utf-8") as out:
            out.write("one\ntwo\nrun x.sh\nfour\n")
        self.f.report("o__a", [finding(line=3)])
        self.f.report("o__b", [])
        code, out, _ = self.f.run("unjudged", "--checkouts", os.path.join(self.f.root, "checkouts"), "--context", "1", "--repo", "o/a")
        self.assertEqual(code, 0)
        row = json.loads(out)
        self.assertEqual(row["repo"], "o/a")
        self.assertEqual(row["context"], ["     2| two", ">    3| run x.sh", "     4| four"])

    def test_an_unknown_repo_option_is_an_input_error(self):
        code, _, err = self.f.run("score", "--repo", "x/y")
        self.assertEqual(code, 2)
        self.assertIn("--repo x/y: not in", err)


if __name__ == "__main__":
    unittest.main()
