"""A conversation keeps the documents it is about: a later turn with a topic of its own but no place or
document (企业在主板上市能奖多少？ / 第四条是怎么规定的？ after a question about 长丰县's or 山东's policy) is
asked of the same documents, not of the whole library — another county's award is no answer about 长丰县.
A turn naming a place or document of its own chooses its own; asking who supports (协同的单位有哪些？) leans on
the previous answer. Real dev documents, as users add them."""

from __future__ import annotations

import pytest

from assistant.answering.question import is_follow_up, understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from assistant.index.lookup import ArticleIndex
from tests.test_followups_general import ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
CHANGFENG, LIUHE = "changfeng-county-economy-policy-part", "liuhe-2023-key-industries"
SHANDONG, EARTHQUAKE = "shandong-tech-sme-innovation-fund-measures-part", "guobanfa-1996-2-earthquake-key-zones"


@pytest.fixture(scope="module")
def documents(corpus):
    added = [load_document(DEV / f"{stem}.txt", trusted=True) for stem in (CHANGFENG, LIUHE, SHANDONG, EARTHQUAKE)]
    return [*corpus, *added]


def _first_clause(documents, doc_id: str) -> str:
    return next(c.id for d in documents if d.doc_id == doc_id for c in d.clauses if c.kind != "preamble")


def _asked(documents, first: str, second: str, cited: str):
    engine = ScriptedEngine(documents, [[_first_clause(documents, cited)], []])
    session = Session(engine)
    session.ask(first)
    session.ask(second)
    return [query for query, _, _ in engine.asked]


@pytest.mark.parametrize(
    ("first", "second", "doc_id"),
    [
        ("长丰县对存量工业企业技改升级，补贴比例是多少？", "企业在主板上市能奖多少？", CHANGFENG),
        ("柳河县对在新三板挂牌的企业奖多少？", "引进的人才有住房补贴吗？", LIUHE),
        ("山东省科技型中小企业创新资金的钱从哪里来？", "第四条是怎么规定的？", SHANDONG),
    ],
)
def test_a_turn_naming_no_place_is_asked_of_the_conversations_documents(documents, first, second, doc_id):
    opening, later = _asked(documents, first, second, doc_id)
    assert opening.doc_ids and doc_id in opening.doc_ids
    assert later.doc_ids == opening.doc_ids


def test_a_turn_naming_its_own_place_chooses_its_own_documents(documents):
    opening, later = _asked(documents, "长丰县对存量工业企业技改升级，补贴比例是多少？", "柳河县在主板上市的企业奖多少？", CHANGFENG)
    assert later.doc_ids and LIUHE in later.doc_ids and CHANGFENG not in later.doc_ids


def test_a_first_question_naming_no_place_stays_library_wide(documents):
    engine = ScriptedEngine(documents, [[]])
    Session(engine).ask("企业在主板上市能奖多少？")
    assert engine.asked[0][0].doc_ids is None


@pytest.mark.parametrize("question", ["协同的单位有哪些？", "配合的有哪些？", "参与的部门呢？", "会同哪些单位？"])
def test_asking_who_supports_is_a_follow_up(documents, question):
    assert is_follow_up(question, understand(question, documents))


def test_a_part_of_a_report_is_found_by_its_number(documents):
    report = next(d for d in documents if d.doc_id == EARTHQUAKE)
    assert [c.path for c in ArticleIndex(documents).cited_units("报告第二部分讲的是什么？", [report])] == ["二"]
    third = ArticleIndex(documents).cited_units("第三部分说了什么？", [report])
    assert [c.path for c in third] == [c.path for c in report.clauses if c.path.startswith("三")]  # every item of it
    assert ArticleIndex(documents).cited_units("报告第九部分讲的是什么？", [report]) == []  # no such part


TAIZHOU = "taizhou-gaogang-2017-industry-upgrade-rules-part"


def test_an_article_of_a_notices_attached_rules_is_found_by_its_number(documents):
    rules = load_document(DEV / f"{TAIZHOU}.txt", trusted=True)
    assert [c.path for c in ArticleIndex([rules]).cited_units("第三条怎么规定的？", [rules])] == ["附件第三条"]


def test_a_bare_pointer_after_an_answer_names_the_cited_documents_unit(documents):
    rules = load_document(DEV / f"{TAIZHOU}.txt", trusted=True)
    library = [*documents, rules]
    first = next(c.id for c in rules.clauses if c.path == "附件第一条")
    engine = ScriptedEngine(library, [[first], []])
    session = Session(engine)
    session.ask("工业经济转型升级实施细则的文号是多少？")  # names no place: the answer's document is the scope
    session.ask("第三条怎么规定的？")
    _, focus, _ = engine.asked[-1]
    assert [c.split("#", 1)[1] for c in focus] == ["附件第三条"]
