"""Follow-ups that name another subject in their own words, on real documents as users add them (eval/real/docs/dev),
with an engine that answers from scripted citations and records what the session asked it:

* 那X呢 where the clause writing X prints it otherwise (changfeng-county-economy-policy-part 一（一）2 “推动企业技改升级。
  对存量工业企业升级改造投资500万元以上(含)的…”, asked as 存量工业企业技改升级; guangzhou-talent-gathering-opinions
  二（二）14 “14.“菁英计划”留学项目。…”, asked with or without the quotes) is asked of that clause, searched by
  the turn, not of the clause just cited;
* 那X呢 where X stays a subject of the clause just cited (liuhe-2023-key-industries 第十四条 “对新增并纳入统计口径的
  规模以上服务业企业，给予企业10万元奖励”, asked as 规上服务业企业) keeps that clause;
* 那X呢 where the conversation's documents never speak of X (长丰县's policy names 品牌示范企业 and 工业精品企业, never
  专精特新; 柳河县's 第十五条 names 主板, 中小板, 创业板, 科创板 and 新三板, never 北交所, though another loaded document
  may) is declined, not answered with the figure of the clause just cited; a turn that asks something of its own
  (牵头单位是哪个？, 具体责任单位有哪些？) is never declined this way.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from assistant.subject_match import coverage, unwritten_run, writes
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
CHANGFENG, LIUHE = "changfeng-county-economy-policy-part", "liuhe-2023-key-industries"
GUANGZHOU, ANHUI = "guangzhou-talent-gathering-opinions", "h22r-anhui-key-work-responsibility-part"


@pytest.fixture(scope="module")
def documents():
    return [load_document(DEV / f"{stem}.txt", trusted=True) for stem in (CHANGFENG, LIUHE, GUANGZHOU, ANHUI)]


def _clause(documents, doc_id: str, label: str):
    return next(c for d in documents if d.doc_id == doc_id for c in d.clauses if c.path == label)


def _converse(documents, script, *questions):
    engine = ScriptedEngine(documents, script)
    session = Session(engine)
    answers = [session.ask(q) for q in questions]
    return engine.asked, answers


def test_a_subject_is_written_by_a_clause_holding_most_of_its_pairs_whatever_the_quotes_and_spaces(documents):
    upgrade = _clause(documents, CHANGFENG, "一（一）2").text
    assert writes("存量工业企业技改升级", upgrade)
    assert not writes("存量工业企业技改升级", _clause(documents, CHANGFENG, "一（一）1").text)
    assert coverage("菁英计划留学项目", _clause(documents, GUANGZHOU, "二（二）14").text) == 1.0
    # 战略新 兴 is printed with a space in liuhe's preamble: the pairs are read over the characters only
    assert writes("支持战略新兴", "全力支持战略新 兴、医药健康")
    assert writes("规上服务业企业", _clause(documents, LIUHE, "第十四条").text)


def test_a_run_no_clause_writes_is_what_the_documents_do_not_speak_of(documents):
    changfeng = [c.text for d in documents if d.doc_id == CHANGFENG for c in d.clauses]
    assert unwritten_run("新认定市级专精特新企业", changfeng) == "级专精特新企"
    # a reworded or shortened subject keeps pairs the text writes: no run is long enough
    assert unwritten_run("存量企业技改", changfeng) is None
    assert unwritten_run("规上服务业企业", [_clause(documents, LIUHE, "第十四条").text]) is None


@pytest.mark.parametrize(
    ("first", "cited", "follow_up", "named", "beside"),
    [
        ("长丰县对新引进先进制造业项目按固定资产投资额的多少比例补贴？", (CHANGFENG, "一（一）1"), "那存量工业企业技改升级呢？", "存量工业企业",
         (CHANGFENG, "一（一）2")),
        ("广州博士后培养项目由哪个单位牵头？", (GUANGZHOU, "二（二）12"), "那“菁英计划”留学项目呢？", "菁英计划", (GUANGZHOU, "二（二）14")),
        ("广州博士后培养项目由哪个单位牵头？", (GUANGZHOU, "二（二）12"), "那菁英计划留学项目呢？", "菁英计划", (GUANGZHOU, "二（二）14")),
    ],
)
def test_another_subject_in_the_turns_own_words_is_asked_by_the_turn(documents, first, cited, follow_up, named, beside):
    asked, _ = _converse(documents, [[_clause(documents, *cited).id], []], first, follow_up)
    (opening, _, _), (later, focus, _) = asked
    # the one item beside the cited one that writes the subject answers it (h38: before any search)
    assert focus == (_clause(documents, *beside).id,) and later.pinned
    assert named in later.text and first not in later.text
    assert later.doc_ids == opening.doc_ids and later.intent == opening.intent


def test_a_subject_the_cited_clause_writes_in_other_words_keeps_that_clause(documents):
    cited = _clause(documents, LIUHE, "第十四条").id
    asked, _ = _converse(documents, [[cited], []], "柳河县新增一家规上工业企业入统，奖励多少钱？", "规上服务业企业呢？")
    assert asked[1][1] == (cited,)


def test_a_subject_the_conversations_documents_never_speak_of_is_declined(documents):
    cited = _clause(documents, CHANGFENG, "一（二）2").id
    asked, answers = _converse(documents, [[cited]], "长丰县新认定市级品牌示范企业奖补多少？", "那新认定的市级专精特新企业呢？")
    assert len(asked) == 1  # the turn is not answered from the clause just cited
    assert answers[1].abstained and "专精特新" in answers[1].answer and not answers[1].citations
    assert "10万元" not in answers[1].answer


def test_a_subject_only_another_document_speaks_of_is_declined_in_a_conversation_about_one(documents):
    """liuhe's 第十五条 lists the boards it rewards; 北交所 is written here only in a sentence of another loaded
    document: the conversation is about 柳河县's policy, whose words are what 那在北交所上市呢 is matched against."""
    other = _clause(documents, ANHUI, "一3")
    elsewhere = replace(other, id=f"{other.id}-x", text="支持企业在北交所上市融资。")
    anhui = next(d for d in documents if d.doc_id == ANHUI)
    library = [d for d in documents if d.doc_id != ANHUI] + [replace(anhui, clauses=[*anhui.clauses, elsewhere])]
    cited = _clause(library, LIUHE, "第十五条").id
    asked, answers = _converse(library, [[cited]], "柳河县对在新三板挂牌的企业奖多少？", "那在北交所上市呢？")
    assert len(asked) == 1 and answers[1].abstained and "100万元" not in answers[1].answer


@pytest.mark.parametrize("follow_up", ["牵头单位是哪个？", "具体责任单位有哪些？"])
def test_a_turn_asking_something_of_its_own_is_not_declined(documents, follow_up):
    cited = _clause(documents, ANHUI, "一3").id
    asked, answers = _converse(documents, [[cited], [cited]], "安徽社会消费品零售总额增长目标是多少？", follow_up)
    assert len(asked) == 2 and not answers[1].abstained
    assert asked[1][1] == (cited,)
