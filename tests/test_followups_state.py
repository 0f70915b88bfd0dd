"""Follow-ups read against what the conversation holds: the unit last asked about (那衢州呢？ after a city
government's tasks asks the same of that city's government) and whether the last list was complete (还有吗
after a complete list: nothing more). On the shipped corpus, with an engine answering scripted citations."""

from __future__ import annotations

from assistant.answering.answer import Answer
from assistant.answering.composer import COMPLETE_LIST
from assistant.answering.intents import Intent
from assistant.answering.question import merge_follow_up, understand
from assistant.citations import Citation
from assistant.config import Settings
from assistant.conversation import Engine, Session, _asked_part

ZHEJIANG = "zhejiang-2014-info-consumption"
GUOFA = "guofa-2013-32"


class _Engine(Engine):
    """Answers each turn with the scripted (short answer, clause ids); records the queries asked."""

    def __init__(self, corpus, script: list[tuple[str, list[str]]]):
        self._documents = corpus
        self._script = list(script)
        self._by_id = {c.id: (c, d) for d in corpus for c in d.clauses}
        self.asked: list = []
        self.focus: list = []

    settings = property(lambda self: Settings())
    rewriter = property(lambda self: None)
    documents = property(lambda self: self._documents)

    def answer_query(self, query, exclude=frozenset(), focus=()):
        self.asked.append(query)
        self.focus.append(focus)
        short, ids = self._script.pop(0) if self._script else ("", [])
        cited = [Citation.of(*self._by_id[i]) for i in ids]
        return Answer("\n".join([short, *(f"- {c.label}" for c in cited)]), False, cited, short_answer=short)


def _z(label: str) -> str:
    return f"{ZHEJIANG}#{label}"


def test_a_place_after_a_city_governments_tasks_asks_that_citys_government(corpus):
    engine = _Engine(corpus, [("", [_z("（十五）5")]), ("", [])])
    session = Session(engine)
    session.ask("金华市政府在浙江这份意见里负责什么事？")
    session.ask("那衢州呢？")
    query = engine.asked[-1]
    assert query.intent is Intent.LIST and query.units == ("衢州市政府",)


def test_a_place_that_starts_several_units_of_other_kinds_is_not_guessed(corpus):
    # 宁波 starts 宁波市政府 and 宁波海关; neither is of the kind of 省物价局: the unit asked stays
    engine = _Engine(corpus, [("", [_z("（十五）6")]), ("", [])])
    session = Session(engine)
    session.ask("浙江文件里省物价局管哪些事？")
    session.ask("那宁波呢？")
    assert engine.asked[-1].units == ("省物价局",)


def test_more_after_a_complete_list_says_there_is_no_more_and_shows_it_again(corpus):
    listed = [_z("（十四）1"), _z("（十四）2"), _z("（十四）3")]
    header = f"文件中“挖掘社会管理领域信息消费市场”下的任务共3项{COMPLETE_LIST}："
    engine = _Engine(corpus, [(header, listed)])
    session = Session(engine)
    session.ask("浙江在社会管理领域的信息消费上安排了哪些任务？")
    answer = session.ask("还有吗？")
    assert len(engine.asked) == 1  # nothing is searched: a complete list has no more
    assert not answer.abstained and answer.answer.startswith("前面列出的就是全部")
    assert [c.clause_id for c in answer.citations] == listed


def test_more_after_a_list_not_said_complete_asks_again(corpus):
    listed = [_z("（十四）1"), _z("（十四）2")]
    engine = _Engine(corpus, [("文件中与所问内容最相关的条款有2项（按相关程度选出，未必完整）：", listed), ("", [])])
    session = Session(engine)
    session.ask("浙江在社会管理上用信息化办了哪些事？")
    session.ask("还有吗？")
    assert len(engine.asked) == 2


def test_the_counterpart_of_a_clause_of_several_tasks_is_that_of_the_part_asked(corpus):
    # （十三）1 settles 智慧健康/电子病历 and 社保一卡通/医保结算; asked about the first, its national
    # counterpart is the row on 电子病历 (附件第44项), not the one on 医保 the whole clause is nearest to
    engine = _Engine(corpus, [("", [_z("（十三）1")]), ("", [])])
    session = Session(engine)
    session.ask("浙江推进宁波智慧健康、推广电子病历，由谁负责？")
    session.ask("国家附件里对应的任务是哪项，谁牵头？")
    focus = engine.focus[-1]
    assert focus[0] == f"{GUOFA}#附件第44项" and f"{GUOFA}#附件第47项" not in focus


def test_the_asked_part_is_the_parts_a_question_names_and_none_when_it_names_all():
    task = "推进宁波“智慧健康”建设并逐步扩大覆盖面,推广应用电子病历、电子健康档案,实现省内二级以上医院医保费用即时结算"
    assert _asked_part(task, "浙江推进宁波智慧健康、推广电子病历，由谁负责？") == (
        "推进宁波“智慧健康”建设并逐步扩大覆盖面，推广应用电子病历、电子健康档案"
    )
    assert _asked_part(task, "智慧健康、电子病历和医保即时结算由谁负责？") is None  # every part: the whole clause
    assert _asked_part(task, "由谁负责？") is None  # no part named


def test_a_silent_turn_asks_what_the_previous_asked_in_full():
    """进出口总额呢？ after 由哪位领导牵头负责: a person again, not the units; after 配合单位有哪些: the supporting
    units again. A turn asking its own slot keeps it."""
    person = understand("安徽固定资产投资增长目标由哪位领导牵头负责？", [])
    merged = merge_follow_up(understand("进出口总额呢？", []), person)
    assert person.asks_person and merged.asks_person and merged.intent is person.intent and merged.slot is person.slot
    supporting = understand("这项工作的配合单位有哪些？", [])
    assert merge_follow_up(understand("那第二项呢？", []), supporting).units_role == supporting.units_role == "supporting"
    own = merge_follow_up(understand("这项工作由哪个部门牵头？", []), person)
    assert not own.asks_person and own.units_role == "lead"


def test_another_item_named_with_its_verb_is_the_same_question():
    """要是牵头的是国际标准呢？ after 牵头制定了一项国家标准，奖多少钱: 牵头 is part of the item, the amount is asked
    again; a turn asking a body (牵头单位呢, 那谁负责呢) or naming only the role (那配合的呢) asks who."""
    amount = understand("柳河县的企业牵头制定了一项国家标准，县里奖多少钱？", [])
    again = merge_follow_up(understand("要是牵头的是国际标准呢？", []), amount)
    assert again.intent is amount.intent and again.slot is amount.slot
    for question in ("牵头单位呢？", "那配合的呢？", "那谁负责呢？"):
        assert merge_follow_up(understand(question, []), amount).intent == "responsibility"


def test_units_named_as_the_subject_do_not_ask_who():
    """责任单位的工作方案最晚什么时候报: the units are who reports; the time is asked."""
    assert understand("责任单位的工作方案最晚什么时候报给区政府办？", []).intent == "deadline"
    assert understand("这项工作的牵头单位是哪个？", []).intent == "responsibility"
    # h33d-xuchang-2020-20-gov-report-task-breakdown-part 正文: 各责任单位 act; how often, and what, is asked
    assert understand("许昌要求各责任单位多久向市政府报告一次重点工作进展？", []).intent == "deadline"
    assert understand("许昌要求各责任单位制定的落实方案里必须明确哪几样东西？", []).intent != "responsibility"
    assert understand("这项任务的各责任单位有哪些？", []).intent == "responsibility"
