"""Follow-ups of three general forms, on real documents as users add them (eval/real/docs/dev) and the shipped
corpus, with an engine that answers from scripted citations and records what the session asked it:

* a province or level word that is part of a name the conversation's documents write (长丰县's policy writes
  “对新认定国家级及省级制造业创新中心、技术创新示范企业,分别给予50万元、20万元一次性奖补” and
  “对新认定安徽工业精品企业给予20万元一次性奖补”, changfeng-county-economy-policy-part 一（二）1–2) keeps the
  conversation on those documents; 省里 or a province named for itself still turns to other documents;
* an ordinal after one item was picked out of a list counts in that list (第二项呢？ then 倒数第二项…);
* a turn saying, its asking words aside, no more than a verb (执行到什么时候？) leans on the previous turn, and
  多少名 asks a count of people, not money (广州 “5年内…重点评选资助200名技能突出人才”);
* a turn naming only what the last answer's clause writes (年销售额要达到多少？ after liuhe-2023-key-industries
  第八条 “对新开发和引进一类新药，年销售额在1亿元及以上的，单品种奖励企业200万元”) asks of that clause;
* 那Y呢 puts Y in place of the subject the topic question asked (第十条 “对牵头制定并新获批国际标准、国家标准、
  行业标准的，当年分别给予企业100万元、50万元和30万元奖励”: 国家标准 → 国际标准), not beside it and the subjects
  of earlier follow-ups;
* lists asked as 有哪些政策 / 哪几种方式 (h23d-suzhou-gusu-2025-economy-policies-part （一）大力发展文商旅产业:
  1.提升文化产业规模… 2.推进旅游资源整合…);
* 什么时候开始试行 asks when a text applies (beijing-daxing-core-team-reward-draft 第九条 “自公布之日起试行”);
* an ordinal counts the numbered items of a listed heading, not the heading's own text shown first
  (guangzhou-talent-gathering-opinions 二（二） “…实施如下重点项目：” then 9.“百人计划”拓展项目 10.“羊城学者”… 11.121人才梯队项目).
"""

from __future__ import annotations

import pytest

from assistant.answering.intents import Intent, Slot, detect_intent
from assistant.answering.question import is_follow_up, understand
from assistant.config import REPO_ROOT
from assistant.conversation import Session
from assistant.corpus import load_document
from tests.test_followups_general import ENV_LIST, ScriptedEngine

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
CHANGFENG, ANHUI = "changfeng-county-economy-policy-part", "h22r-anhui-key-work-responsibility-part"
LIUHE = "liuhe-2023-key-industries"
GUANGZHOU = "guangzhou-talent-gathering-opinions"


@pytest.fixture(scope="module")
def documents(corpus):
    return [*corpus, *(load_document(DEV / f"{stem}.txt", trusted=True) for stem in (CHANGFENG, ANHUI, LIUHE, GUANGZHOU))]


def _clause(documents, doc_id: str, label: str) -> str:
    return next(c.id for d in documents if d.doc_id == doc_id for c in d.clauses if c.path == label)


def _queries(documents, script, *questions):
    engine = ScriptedEngine(documents, script)
    session = Session(engine)
    for question in questions:
        session.ask(question)
    return engine.asked


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("长丰县对存量工业企业技改升级，补贴比例是多少？", "新认定省级制造业创新中心奖多少？"),
        ("长丰县对存量工业企业技改升级，补贴比例是多少？", "安徽工业精品企业奖多少？"),
        ("长丰县新认定国家级制造业创新中心奖多少？", "省级的呢？"),
    ],
)
def test_a_province_or_level_word_written_in_the_conversations_documents_keeps_them(documents, first, second):
    cited = _clause(documents, CHANGFENG, "一（二）1")
    (opening, _, _), (later, _, _) = _queries(documents, [[cited], []], first, second)
    assert opening.doc_ids == frozenset({CHANGFENG})
    assert later.doc_ids == opening.doc_ids and later.regions == () and later.scope_words == ()


@pytest.mark.parametrize("second", ["安徽省对技改项目怎么补贴？", "省里对技改项目怎么补贴？"])
def test_a_province_or_level_named_for_itself_still_turns_to_its_documents(documents, second):
    cited = _clause(documents, CHANGFENG, "一（一）2")
    (opening, _, _), (later, _, _) = _queries(documents, [[cited], []], "长丰县对存量工业企业技改升级，补贴比例是多少？", second)
    assert later.doc_ids and CHANGFENG not in later.doc_ids


@pytest.mark.parametrize(
    ("pick", "then", "expected"),
    [
        ("第一个是哪些单位负责？", "最后那个是哪些单位负责？", ENV_LIST[-1]),
        ("第一个是哪些单位负责？", "倒数第二个是谁牵头？", ENV_LIST[1]),
        ("最后那个是哪些单位负责？", "第一项由谁负责？", ENV_LIST[0]),
    ],
)
def test_an_ordinal_after_a_picked_item_counts_in_the_list_it_was_picked_from(corpus, pick, then, expected):
    asked = _queries(corpus, [ENV_LIST, [ENV_LIST[0] if "第一" in pick else ENV_LIST[-1]], []],
                     "浙江文件里省环保厅参与了哪些工作？", pick, then)
    _, focus, _ = asked[-1]
    assert focus == (expected,)


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("执行到什么时候？", True),
        ("由哪个部门兑现？", True),
        ("要在几年内完成？", True),
        ("种油菜的每亩补多少？", False),  # a subject of its own: asked for itself
        ("中介超市什么时候上线？", False),
    ],
)
def test_a_turn_saying_only_a_verb_leans_on_the_previous_turn(question, follow_up):
    assert is_follow_up(question, understand(question, [])) is follow_up


def test_how_many_people_is_a_count_not_money():
    assert understand("5年内评选资助多少名技能突出人才？", []).slot is Slot.NUMBER
    assert understand("每个项目资助多少？", []).slot is Slot.AMOUNT


def test_a_turn_naming_only_what_the_cited_clause_writes_asks_of_that_clause(documents):
    cited = _clause(documents, LIUHE, "第八条")
    asked = _queries(documents, [[cited], []], "柳河县对新开发的一类新药奖多少？", "年销售额要达到多少？")
    later, focus, _ = asked[-1]
    assert later.follow_up and "一类新药" in later.text and focus == (cited,)
    assert later.doc_ids == frozenset({LIUHE})


def test_a_turn_naming_what_the_cited_clause_does_not_write_is_asked_for_itself(documents):
    cited = _clause(documents, CHANGFENG, "一（一）2")
    asked = _queries(documents, [[cited], []], "长丰县对存量工业企业技改升级，补贴比例是多少？", "企业在主板上市能奖多少？")
    later, _, _ = asked[-1]
    assert not later.follow_up and later.text == "企业在主板上市能奖多少？"


def test_the_same_question_of_another_subject_swaps_the_subject_asked(documents):
    cited = _clause(documents, LIUHE, "第十条")
    asked = _queries(documents, [[cited], [cited], []], "柳河县对牵头制定国家标准的企业奖多少？", "行业标准呢？", "那国际标准呢？")
    second, third = asked[1][0], asked[2][0]
    assert second.text.startswith("柳河县对牵头制定行业标准的企业奖多少？")
    assert third.text.startswith("柳河县对牵头制定国际标准的企业奖多少？")
    assert "国家标准" not in third.text and "行业标准" not in third.text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("苏州姑苏区大力发展文商旅产业有哪些政策？", Intent.LIST),
        ("浙江在税收优惠上要落实哪些政策？", Intent.LIST),
        ("老百姓可以用哪几种方式反馈？", Intent.LIST),
        ("什么时候开始试行？", Intent.VALIDITY),
    ],
)
def test_policies_and_ways_asked_are_lists_and_a_trial_start_is_validity(question, intent):
    assert detect_intent(question) is intent


def test_asking_who_may_enjoy_a_policy_is_no_list_of_policies():
    assert detect_intent("哪些企业可以享受这项政策？") is not Intent.LIST


@pytest.mark.parametrize(("pick", "label"), [("第三个是什么？", "二（二）11"), ("第一个是什么？", "二（二）9"), ("最后一个呢？", "二（二）15")])
def test_an_ordinal_counts_the_items_of_a_heading_not_its_own_text(documents, pick, label):
    listed = [_clause(documents, GUANGZHOU, "二（二）"), *(_clause(documents, GUANGZHOU, f"二（二）{n}") for n in range(9, 16))]
    asked = _queries(documents, [listed, []], "广州人才集聚工程的科技创新人才行动计划包括哪些项目？", pick)
    _, focus, _ = asked[-1]
    assert focus == (_clause(documents, GUANGZHOU, label),)
