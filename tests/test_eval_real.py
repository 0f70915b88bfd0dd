"""Scoring of the real-document suites: labels matched the way documents number their units,
load failures counted as failed cases, unanswerable questions answered with a number, case form."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answering.answer import Answer
from assistant.evaluation import cases as ec
from assistant.evaluation import runner as ev
from assistant.evaluation import scoring as sc

D = "some-county-2023-measures"


def cited(path: str, doc: str = D, title: str = "某县若干措施") -> SimpleNamespace:
    """A citation as answers carry it: the unit's path only inside its label."""
    return SimpleNamespace(doc_id=doc, label=f"《{title}》{path}", annex_row=None, clause=None, item=None)


@pytest.mark.parametrize(("path", "gold", "ok"), [
    ("第十五条", "第十五条", True),
    ("第15条", "第十五条", True),  # Arabic and Chinese article numbers are one unit
    ("第 1 5 条", "第十五条", True),
    ("第十五条（二）", "第十五条", True),  # a unit inside the gold one
    ("第十五条之一", "第十五条", False),
    ("第一条", "第十一条", False),
    ("第十一条", "第一条", False),
    ("二（一）2", "二（一）", True),
    ("二(一)", "二（一）", True),
    ("二4", "二", True),  # items numbered through the chapter
    ("二十", "二", False),
    ("二十（一）", "二", False),
    ("（三）21", "（三）2", False),
    ("附件第12项", "附件第12项", True),
    ("附件第123项", "附件第12项", False),
    ("附件第5项", "附件第五项", True),  # a table row numbered in Chinese by the case writer
    ("附件（二十三）", "（二十三）", True),  # a unit of the attachment, named as the attachment numbers it
    ("附件一", "二", False),
    ("附件2第三条", "第三条", True),  # the second of several attached texts, named as it numbers its articles
    ("附件2第三条", "第二条", False),
    ("附件3（一）", "（一）", True),
    ("序言", "正文", True),
    ("附件序言", "正文", True),
    ("（一）", "正文", False),
])
def test_labels_match_the_unit_or_a_unit_inside_it(path, gold, ok):
    assert sc.matches({"doc_id": D, "path": gold}, cited(path)) is ok


def test_a_label_of_another_document_never_matches():
    assert not sc.matches({"doc_id": D, "path": "第一条"}, cited("第一条", doc="other"))


def test_the_path_field_wins_over_the_label_and_titles_may_nest_brackets():
    clause = SimpleNamespace(doc_id=D, path="第三条", label="ignored")
    assert sc.matches({"doc_id": D, "path": "第三条"}, clause)
    assert sc.cited_path(cited("（二）", title="关于印发《某办法》的通知")) == "(二)"


@pytest.mark.parametrize(("text", "number"), [
    ("抱歉，文件中没有相关内容。", False),
    ("根据《国发〔2013〕32号》附件第64项，由财政部负责。", False),
    ("最高奖励不超过30万元。", True),
    ("按实际投资额的8%给予补助。", True),
    ("奖励二十万元。", True),
    ("到2025年完成。", True),
    ("每人每月1500元，最长6个月。", True),
])
def test_states_a_number(text, number):
    assert sc.states_a_number(text) is number


def test_a_citation_label_is_not_a_number():
    label = "《某县若干措施》第12条"
    assert not sc.states_a_number(f"见{label}。", [label])


def case(cid: str, kind: str, question: str, gold=(), must=(), answerable=True) -> dict:
    return {"id": cid, "kind": kind, "question": question, "gold": list(gold), "acceptable": [],
            "must_contain": list(must), "any_of": [], "must_not_contain": [], "answerable": answerable,
            "paraphrased": True, "list": False}


CASES = [
    case(f"real-{D}-01", "subsidy", "Q1", gold=[{"doc_id": D, "path": "第二条"}], must=["30万元"]),
    case(f"real-{D}-02", "unanswerable", "Q2", answerable=False),
    case("real-broken-doc-01", "responsibility", "Q3", gold=[{"doc_id": "broken-doc", "path": "第一条"}],
         must=["县商务局"]),
    case("real-broken-doc-02", "unanswerable", "Q4", answerable=False),
]


class Session:
    def ask(self, question: str) -> Answer:
        return {
            "Q1": Answer("给予一次性奖励30万元。", False, [cited("第2条")]),
            "Q2": Answer("最高奖励100万元。", False, [cited("第九条")]),
        }[question]


class Fake:
    search = SimpleNamespace(search=lambda query, k=None, mode=None: [SimpleNamespace(clause=cited("第二条"))])

    def new_session(self) -> Session:
        return Session()


def test_load_failures_fail_their_cases_and_the_rest_is_scored():
    results = {r.id: r for r in ev.run_cases(Fake(), CASES, "hybrid", {"broken-doc": "CorpusError: 无法读取"},
                                             frozenset({D, "broken-doc"}))}
    assert results[f"real-{D}-01"].correct and results[f"real-{D}-01"].retrieval_rank == 1
    for cid in ("real-broken-doc-01", "real-broken-doc-02"):  # the unanswerable one is not asked either
        assert not results[cid].correct
        assert results[cid].questions[0].reasons[0] == "error: document failed to load: broken-doc"
        assert results[cid].documents == ("broken-doc",)
    wrong = results[f"real-{D}-02"].questions[0]
    assert wrong.number_given and wrong.reasons == ["should abstain (answered with a number)"]
    figures = sc.breakdown(list(results.values()))
    assert figures["overall"]["counts"]["unanswerable_numbers"] == 1
    assert figures["overall"]["metrics"]["unanswerable_declined"] == 0.0
    assert figures["per_document"][D]["metrics"]["case_accuracy"] == 0.5
    assert figures["per_document"]["broken-doc"]["counts"]["correct"] == 0


def test_case_documents_from_gold_or_from_the_id():
    assert ec.case_documents(CASES[0]) == (D,)
    assert ec.case_documents(CASES[1], {D, "some-county"}) == (D,)  # the longest doc_id the id holds
    assert ec.case_documents(CASES[1]) == ()


def test_validate_reports_form_problems():
    good = [dict(c, _line=i) for i, c in enumerate(CASES, 1)]
    assert ec.validate(good, real=True) == []
    shipped_form = dict(CASES[0], gold=[{"doc_id": D, "clause": "（一）"}], _line=1)
    assert "real-document citation" in " ".join(ec.validate([shipped_form], real=True))
    assert ec.validate([dict(CASES[0], gold=[{"doc_id": D, "clause": "（一）", "item": "2"}])]) == []
    problems = " ".join(ec.validate([dict(CASES[0], kind="weather"), dict(CASES[1], id=CASES[0]["id"]),
                                     dict(CASES[0], id="x", must_contain=[])], real=True))
    assert "unknown kind 'weather'" in problems and "used 2 times" in problems
    assert "neither must_contain nor any_of" in problems


def test_a_turn_may_say_whether_it_asks_for_every_item():
    turn = {k: v for k, v in CASES[0].items() if k not in ("id", "kind", "paraphrased")}
    conversation = {"id": "real-conv-01", "kind": "multiturn", "paraphrased": True, "_line": 1,
                    "turns": [dict(turn, list=True), turn]}
    assert ec.validate([conversation], real=True) == []
    odd = dict(conversation, turns=[dict(turn, weather=1), turn])
    assert "unknown keys ['weather']" in " ".join(ec.validate([odd], real=True))
    answer = Answer("给予一次性奖励30万元。", False, [cited("第2条")])
    scored = sc.score_case(conversation, [answer, answer]).questions
    assert [q.is_list for q in scored] == [True, False]


def test_read_cases_refuses_a_malformed_file(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "kind": "content"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON"):
        ec.read_cases(path)


def test_every_suite_file_is_well_formed():
    for suite in ec.SUITES.values():
        assert ec.read_cases(suite.cases_path, suite.real), suite.name


def test_suites_on_one_folder_add_its_documents_once(tmp_path, monkeypatch):
    """real-val asks about real-dev's documents: the folder is added once and both suites answer from it."""
    import assistant.api as api

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("第一条 测试。", encoding="utf-8")
    opened = []

    class Opened:
        settings = SimpleNamespace(retrieval_mode="hybrid")

        def add_documents(self, files):
            return [SimpleNamespace(name=f.name, status="added", reason=None) for f in files]

    def open_(settings):
        opened.append(settings.cache_dir)
        return Opened()

    monkeypatch.setattr(api.Assistant, "open", staticmethod(open_))
    suites = [ec.Suite("x-dev", tmp_path / "d.jsonl", docs, ("hybrid",)),
              ec.Suite("x-val", tmp_path / "v.jsonl", docs, ("hybrid",))]
    setups = ev.load_suites(suites)
    assert len(opened) == 1 and opened[0].name == "x-dev"
    assert setups["x-val"] is setups["x-dev"] and setups["x-dev"].documents == frozenset({"a"})
