"""The eval scorer: exact metrics on hand-made cases with a fake answerer, and gates that do fail.

The fakes implement what the runner asks of an assistant (`new_session().ask`, `search.search`) and
answer every question; a test that expects an answer checks that no question raised.
"""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from assistant.answering.answer import Answer
from assistant.evaluation import cases as ec
from assistant.evaluation import gates as eg
from assistant.evaluation import runner as ev
from assistant.evaluation import scoring as sc

Z, G = "zhejiang-2014-info-consumption", "guofa-2013-32"


def cl(doc: str, clause: str | None = None, item: str | None = None, row: int | None = None) -> SimpleNamespace:
    """A cited or retrieved clause, as the scorer sees it."""
    label = f"{doc} 附件第{row}项" if row else f"{doc} {clause}{item or ''}"
    return SimpleNamespace(doc_id=doc, clause=clause, item=item, annex_row=row, label=label, id=label)


def q(question: str, gold=(), acceptable=(), must=(), any_of=(), must_not=(), answerable=True) -> dict:
    return {"question": question, "gold": list(gold), "acceptable": list(acceptable), "must_contain": list(must),
            "any_of": [list(g) for g in any_of], "must_not_contain": list(must_not), "answerable": answerable}


CASES = [
    {"id": "c1", "kind": "responsibility", "paraphrased": False, "list": False,
     **q("Q1", gold=[{"doc_id": Z, "clause": "（十一）", "item": "2"}], acceptable=[{"doc_id": G, "annex_row": 32}],
         must=["省外汇管理局"])},
    {"id": "c2", "kind": "target", "paraphrased": True, "list": False,
     **q("Q2", gold=[{"doc_id": G, "clause": "（三）"}], any_of=[["3.2万亿元", "3.2万亿"]])},
    {"id": "c3", "kind": "list", "paraphrased": False, "list": True,
     **q("Q3", gold=[{"doc_id": Z, "clause": "（十一）", "item": i} for i in ("2", "3", "9")], must=["试点"])},
    {"id": "c4", "kind": "unanswerable", "paraphrased": False, "list": False,
     **q("Q4", must_not=["万元"], answerable=False)},
    {"id": "c5", "kind": "unanswerable", "paraphrased": True, "list": False, **q("Q5", answerable=False)},
    {"id": "m1", "kind": "multiturn", "paraphrased": False, "turns": [
        q("M1a", gold=[{"doc_id": Z, "clause": "（二）"}], must=["3500亿元"]),
        q("M1b", gold=[{"doc_id": G, "clause": "（三）"}], must=["3.2万亿元"]),
    ]},
    {"id": "m2", "kind": "multiturn", "paraphrased": True, "turns": [
        q("M2a", gold=[{"doc_id": G, "annex_row": 9}], must=["财政部"]),
        q("M2b", gold=[{"doc_id": G, "clause": "（六）"}], must=["2013年"]),
    ]},
]

ANSWERS = {
    # recall 1, precision 2/3 (an acceptable row counts, （三） does not)
    "Q1": Answer("责任单位是：省外汇管理局。", False, [cl(Z, "（十一）", "2"), cl(G, row=32), cl(G, "（三）")]),
    # a clause-level gold is matched by an item of that clause; any_of satisfied by its second string
    "Q2": Answer("规模超过3.2万亿。", False, [cl(G, "（三）", "1")]),
    # list: 2 of 3 members cited
    "Q3": Answer("试点两项。", False, [cl(Z, "（十一）", "2"), cl(Z, "（十一）", "3")]),
    # abstains but leaks a forbidden string
    "Q4": Answer("抱歉，文件没有规定，最接近的是100万元。", True),
    "Q5": Answer("抱歉，文件中没有相关内容。", True),
    "M1a": Answer("目标3500亿元。", False, [cl(Z, "（二）")]),
    # cites gold but lacks the fact: the conversation fails
    "M1b": Answer("见国务院文件。", False, [cl(G, "（三）")]),
    "M2a": Answer("新闻出版广电总局、财政部。", False, [cl(G, row=9)]),
    "M2b": Answer("2013年年底前完成。", False, [cl(G, "（六）"), cl(Z, "（六）")]),
}

#: the gold of the first question sits at rank 1, 3, 2, (absent) and 6
HITS = {
    "Q1": [cl(Z, "（十一）", "2"), cl(G, row=32)],
    "Q2": [cl(Z, "（二）"), cl(G, "（四）"), cl(G, "（三）", "2")],
    "Q3": [cl(Z, "（十）", "1"), cl(Z, "（十一）", "9")],
    "M1a": [cl(G, "（三）")],
    "M2a": [cl(G, row=r) for r in (1, 2, 3, 4, 5, 9)],
}


class FakeSession:
    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers

    def ask(self, question: str) -> Answer:
        return self.answers[question]


class FakeSearch:
    def search(self, query, k=None, filters=None, mode=None):
        return [SimpleNamespace(clause=c) for c in HITS.get(query, [])][:k]


class FakeAssistant:
    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.search = FakeSearch()

    def new_session(self) -> FakeSession:
        return FakeSession(self.answers)


def broken(answers: dict[str, Answer]) -> dict[str, Answer]:
    """The same answers with every citation dropped (a composer that forgets to cite)."""
    return {k: replace(a, citations=[]) for k, a in answers.items()}


def results_of(answers: dict[str, Answer]) -> list:
    results = ev.run_cases(FakeAssistant(answers), CASES, "hybrid")
    assert not [r for res in results for q in res.questions for r in q.reasons if r.startswith("error")]
    return results


def run(answers: dict[str, Answer]) -> dict:
    return sc.summarize(results_of(answers))


def test_matching_rules():
    gold_item = {"doc_id": Z, "clause": "（十一）", "item": "2"}
    gold_clause = {"doc_id": Z, "clause": "（十一）"}
    gold_row = {"doc_id": G, "annex_row": 32}
    assert sc.matches(gold_item, cl(Z, "（十一）", "2"))
    assert not sc.matches(gold_item, cl(Z, "（十一）", "3"))
    assert not sc.matches(gold_item, cl(Z, "（十一）"))  # a whole clause is not that item
    assert not sc.matches(gold_item, cl(G, "（十一）", "2"))  # other document
    assert sc.matches(gold_clause, cl(Z, "（十一）", "7"))
    assert sc.matches(gold_clause, cl(Z, "（十一）"))
    assert sc.matches(gold_row, cl(G, row=32))
    assert not sc.matches(gold_row, cl(G, row=33))
    assert not sc.matches(gold_row, cl(Z, row=32))
    assert not sc.matches({"doc_id": G, "clause": "（三）"}, cl(G, row=3))


def test_exact_metrics_on_hand_made_cases():
    summary = run(ANSWERS)
    m = summary["metrics"]
    assert m["citation_recall"] == pytest.approx((6 + 2 / 3) / 7)
    assert m["citation_precision"] == pytest.approx((2 / 3 + 1 + 1 + 1 + 1 + 1 + 1 / 2) / 7)
    assert m["fact_accuracy"] == pytest.approx(6 / 7)
    assert m["abstention_accuracy"] == pytest.approx(8 / 9)
    assert m["list_recall"] == pytest.approx(2 / 3)
    assert m["multiturn_accuracy"] == pytest.approx(1 / 2)
    assert m["case_accuracy"] == pytest.approx(4 / 7)
    assert m["recall_at_1"] == pytest.approx(1 / 5)
    assert m["recall_at_5"] == pytest.approx(3 / 5)
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 2 + 0 + 1 / 6) / 5)  # rank 6: outside recall@5, inside MRR@10
    assert m["unanswerable_declined"] == 1.0
    assert m["answerable_answered"] == 1.0  # the one wrong abstention declined but quoted a tempting figure
    assert summary["counts"] == {"cases": 7, "correct": 4, "questions": 9, "answerable": 7, "unanswerable": 2,
                                 "unanswerable_numbers": 0, "cited": 7, "list": 1, "multiturn": 2, "retrieval": 5}


def test_mrr_counts_ranks_up_to_ten():
    results = results_of(ANSWERS)
    assert [r.retrieval_rank for r in results if r.retrieval_scored] == [1, 3, 2, None, 6]


def test_breakdown_per_kind_and_paraphrase():
    figures = sc.breakdown(results_of(ANSWERS))
    assert list(figures["per_kind"]) == ["responsibility", "target", "list", "unanswerable", "multiturn"]
    assert figures["per_kind"]["unanswerable"]["metrics"]["abstention_accuracy"] == pytest.approx(1 / 2)
    assert figures["per_kind"]["unanswerable"]["metrics"]["citation_recall"] is None
    assert figures["per_kind"]["multiturn"]["metrics"]["fact_accuracy"] == pytest.approx(3 / 4)
    assert figures["paraphrased"]["counts"]["cases"] == 3
    assert figures["literal"]["metrics"]["case_accuracy"] == pytest.approx(1 / 4)  # c1 of c1, c3, c4, m1


def test_failure_reasons():
    results = {r.id: r for r in results_of(ANSWERS)}
    assert results["c1"].correct and results["m2"].correct
    assert results["c3"].questions[0].reasons == ["list 2/3"]
    assert results["c4"].questions[0].reasons == ["contains 万元"]
    assert results["m1"].questions[1].reasons == ["missing 3.2万亿元"]


def test_a_crash_is_a_failed_question_not_a_crashed_eval():
    class Crashing(FakeSession):
        def ask(self, question):
            if question == "Q2":
                raise RuntimeError("boom")
            return super().ask(question)

    fake = FakeAssistant(ANSWERS)
    fake.new_session = lambda: Crashing(ANSWERS)
    results = {r.id: r for r in ev.run_cases(fake, CASES, "hybrid")}
    assert not results["c2"].correct
    assert results["c2"].questions[0].reasons[0] == "error: RuntimeError: boom"
    assert results["c1"].correct and results["m2"].correct  # the other questions were answered


def test_gates_from_measured_values():
    gates = eg.gates_from({"citation_recall": 0.8438, "fact_accuracy": 0.85, "mrr": 0.02, "list_recall": None})
    assert gates == {"citation_recall": 0.81, "fact_accuracy": 0.82, "mrr": 0.01}


def test_a_metric_measured_at_zero_gets_no_gate():
    # a new suite whose four conversations all fail: a 0.01 gate would fail the run it was measured on
    metrics = {"multiturn_accuracy": 0.0, "citation_recall": 0.72}
    gates = eg.gates_from(metrics, {"multiturn": 4, "answerable": 95})
    assert gates == {"citation_recall": 0.69}
    assert eg.check_gates(metrics, gates) == []


def test_gate_margin_is_at_least_one_item():
    metrics = {"multiturn_accuracy": 0.8235, "citation_recall": 0.9}
    gates = eg.gates_from(metrics, {"multiturn": 17, "answerable": 192})
    assert gates == {"multiturn_accuracy": 0.76, "citation_recall": 0.87}
    one_flip = {"multiturn_accuracy": 0.8235 - 1 / 17, "citation_recall": 0.9}
    assert eg.check_gates(one_flip, gates) == []


def test_gates_pass_on_good_answers_and_fail_on_broken_ones():
    gates = eg.gates_from(run(ANSWERS)["metrics"])
    assert set(gates) == set(eg.GATED)
    assert eg.check_gates(run(ANSWERS)["metrics"], gates) == []
    failed = eg.check_gates(run(broken(ANSWERS))["metrics"], gates)
    names = " ".join(failed)
    assert "citation_recall" in names and "list_recall" in names and "multiturn_accuracy" in names
    abstaining = {k: Answer("抱歉，文件中没有相关内容。", True) for k in ANSWERS}
    assert "abstention_accuracy" in " ".join(eg.check_gates(run(abstaining)["metrics"], gates))


def test_shipped_gates_fail_on_broken_answers():
    """eval/gates.json must be tight enough that an answerer which never cites cannot pass it."""
    gates = eg.load_gates(eg.DEFAULT_GATES)
    assert set(gates) <= set(ec.SUITES) and "shipped-dev" in gates
    for suite, thresholds in gates.items():
        assert all(0 < t <= 1 for t in thresholds.values()), suite
        failed = eg.check_gates(run(broken(ANSWERS))["metrics"], thresholds)
        assert any("citation_recall" in f for f in failed), suite


def _suites(tmp_path) -> dict:
    """Two tiny suites for the CLI: the hand-made cases as a shipped-style and a dev/test pair."""
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n", encoding="utf-8")
    return {n: ec.Suite(n, path) for n in ("tiny-dev", "tiny-test")}


def test_cli_runs_suites_writes_the_report_and_gates(tmp_path, monkeypatch):
    from assistant.cli import app

    monkeypatch.setattr(ec, "SUITES", _suites(tmp_path))
    good = run(ANSWERS)
    gates = tmp_path / "gates.json"
    eg.save_gates({"tiny-dev": eg.gates_from(good["metrics"]), "tiny-test": eg.gates_from(good["metrics"])}, gates)
    args = ["eval", "--out", str(tmp_path / "out"), "--gates", str(gates), "--gate"]

    def fake_setups(answers):
        return lambda suites: {s.name: ev.SuiteSetup({m: FakeAssistant(answers) for m in s.modes}) for s in suites}

    monkeypatch.setattr(ev, "load_suites", fake_setups(ANSWERS))
    ok = CliRunner().invoke(app, args)
    assert ok.exit_code == 0, ok.output
    for name in ("report.md", "metrics.json", "per_kind.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| citation recall | 0.952 | 0.952 | 0.952 | 0.92 |" in report  # tiny-dev, three modes, its gate
    assert "## Dev–test gap" in report and "| citation recall | 0.952 | 0.952 | +0.000 |" in report
    assert "m1 turn 2" in report and "missing 3.2万亿元" in report
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["suites"]) == {"tiny-dev", "tiny-test"}
    assert set(metrics["suites"]["tiny-dev"]["modes"]) == {"hybrid", "bm25", "dense"}
    assert metrics["dev_test_gap"]["tiny"]["case_accuracy"] == 0

    monkeypatch.setattr(ev, "load_suites", fake_setups(broken(ANSWERS)))
    bad = CliRunner().invoke(app, args + ["--suite", "tiny-test"])
    assert bad.exit_code == 1
    assert "tiny-test: citation recall (citation_recall)" in bad.output
    assert "tiny-dev" not in json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))["suites"]


def test_update_gates_rewrites_only_the_suites_run(tmp_path, monkeypatch):
    from assistant.cli import app

    monkeypatch.setattr(ec, "SUITES", _suites(tmp_path))
    monkeypatch.setattr(ev, "load_suites", lambda suites: {
        s.name: ev.SuiteSetup({m: FakeAssistant(ANSWERS) for m in s.modes}) for s in suites})
    gates = tmp_path / "gates.json"
    eg.save_gates({"tiny-dev": {"citation_recall": 0.5}}, gates)
    result = CliRunner().invoke(app, ["eval", "--out", str(tmp_path / "out"), "--gates", str(gates),
                                      "--suite", "tiny-test", "--update-gates"])
    assert result.exit_code == 0, result.output
    written = eg.load_gates(gates)
    assert written["tiny-dev"] == {"citation_recall": 0.5}
    assert written["tiny-test"] == eg.gates_from(run(ANSWERS)["metrics"], run(ANSWERS)["counts"])


def test_cli_rejects_an_unknown_suite():
    from assistant.cli import app

    result = CliRunner().invoke(app, ["eval", "--suite", "nope"])
    assert result.exit_code == 2
    assert "nope" in result.output


@pytest.mark.slow
def test_real_assistant_without_citations_fails_the_gates(assistant, monkeypatch):
    """The real chain with its citations dropped must not pass eval/gates.json."""
    suite = ec.SUITES["shipped-dev"]
    cases = [c for c in ec.read_cases(suite.cases_path) if c["kind"] in ("responsibility", "list", "multiturn")][:40]
    answer_query = assistant.answer_query
    monkeypatch.setattr(
        assistant, "answer_query", lambda *args, **kwargs: replace(answer_query(*args, **kwargs), citations=[])
    )
    results = ev.run_cases(assistant, cases, "hybrid")
    # every question was really answered (none crashed), only without its citations
    assert not [r for res in results for qr in res.questions for r in qr.reasons if r.startswith("error")]
    assert sum(not qr.abstained for r in results for qr in r.questions) > len(cases) // 2
    metrics = sc.summarize(results)["metrics"]
    failed = " ".join(eg.check_gates(metrics, eg.load_gates(eg.DEFAULT_GATES)["shipped-dev"]))
    assert "citation_recall" in failed and "multiturn_accuracy" in failed


def test_a_search_crash_fails_that_case_only():
    class CrashingSearch(FakeSearch):
        def search(self, query, k=None, filters=None, mode=None):
            if query == "Q2":
                raise RuntimeError("index gone")
            return super().search(query, k, filters, mode)

    fake = FakeAssistant(ANSWERS)
    fake.search = CrashingSearch()
    results = {r.id: r for r in ev.run_cases(fake, CASES, "hybrid")}
    assert results["c2"].questions[0].reasons[0] == "error: search: RuntimeError: index gone"
    assert results["c2"].retrieval_scored and results["c2"].retrieval_rank is None
    assert results["c1"].correct and results["c1"].retrieval_rank == 1


def test_a_document_number_in_a_related_label_is_not_a_leaked_figure():
    question = q("贵州对这类项目补助多少？", must_not=["34"], answerable=False)
    named = Answer("文件没有写明补助金额。（供参考：最接近的条款是 《黔府办发〔2012〕34号》一（二），但它们没有回答这个问题。）", True)
    assert sc.score_question(question, named).abstention_ok
    quoted = Answer("文件没有写明补助金额，另一条写了补助34万元。", True)
    assert not sc.score_question(question, quoted).abstention_ok
