"""An enumeration inside one clause answers a question asking its items (哪六样, 分到了哪几个领域, 包括哪些,
几个“化”): the clause's own list, not several clauses. Real sentences from dev documents, the shipped corpus
and the laws; no model needed."""

from __future__ import annotations

import pytest

from assistant.answering.intents import Intent, asked_enumeration, asks_items, detect_intent
from assistant.answering.listing import _written, enumerating_clause, enumerations
from assistant.corpus.model import Clause

#: 国发〔2020〕6号 一（一）1 (excerpt)
LIUBAO = ("坚决打好三大攻坚战,加大“六稳”工作力度,保居民就业、保基本民生、保市场主体、保粮食能源安全、"
          "保产业链供应链稳定、保基层运转,坚定实施扩大内需战略,维护经济发展和社会稳定大局。")
#: 温政发〔2023〕4号 一1 (spaces as the page has them)
WENZHOU = ("加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力,市财政 2023 年预算安排 40.1 亿元。其中,"
           "科技创新强基领域资金 1 亿元、综合交通强市领域资金 29.1亿元、民生设施领域资金 9 亿元、"
           "先进制造业技术改造资金6000 万元、水网提升安澜领域资金 4000 万元。")
#: 温政发〔2023〕4号 一 (the chapter's opening: another enumeration in the same document)
WENZHOU_OPENING = "聚焦重大基础设施、重大民生、重大产业三大领域,重点围绕九大工程,组织实施重大项目“百项千亿”行动。"
#: 开封 一（一）
KAIFENG = "把制造业高质量发展作为主攻方向,聚焦制造业高端化、智能化、绿色化、服务化,坚持市域统筹推动和县域主体推进并行。"
#: 黔府办发〔2012〕34号 附件第二条 (traditional script as published)
GUIZHOU = ("本辦法所稱省級財政專項資金是指由省級財政性資金安排的、在一定時期內具有專門用途的資金。"
           "按資金性質包括:公共財政預算、政府性基金預算、國有資本經營預算等財政性資金。"
           "按預算來源包括:結轉預算、年初預算、調整預算(含中央專款)等。")
#: 海关关员武器警械使用规定 (laws)
CUSTOMS = "海关工作人员使用的武器和警械包括：轻型枪支、电警棍、手铐及其他经批准列装的武器和警械。"
#: 国发〔2013〕32号 总体要求 (shipped)
GUOFA32 = "围绕挖掘消费潜力、增强供给能力、激发市场活力、改善消费环境，加强信息基础设施建设。"


def _clause(text: str, path: str = "一") -> Clause:
    return Clause(id=f"d#{path}", doc_id="d", kind="item", text=text, path=path)


@pytest.mark.parametrize(
    ("question", "text", "first", "count"),
    [
        ("国务院2020年分工意见里说的“六保”，具体保的是哪六样？", LIUBAO, "保居民就业", 6),
        ("“六保”都指什么？哪六个？", LIUBAO, "保居民就业", 6),
        ("温州2023年市财政为重大项目安排的40.1亿元，分到了哪几个领域？", WENZHOU, "科技创新强基领域资金1亿元", 5),
        ("开封制造业高质量发展要聚焦哪几个“化”？", KAIFENG, "聚焦制造业高端化", 4),
        ("开封要推动制造业往哪四个“化”发展？", KAIFENG, "聚焦制造业高端化", 4),
        ("贵州省级专项资金按预算来源包括哪些？", GUIZHOU, "结转预算", 3),
        ("海关人员使用的武器和警械包括哪些？", CUSTOMS, "轻型枪支", 3),
        ("国务院促进信息消费要围绕哪四个方面来做？", GUOFA32, "围绕挖掘消费潜力", 4),
    ],
)
def test_the_clause_list_answers(question, text, first, count):
    asked = asked_enumeration(question)
    assert asked is not None and asks_items(question)
    found = enumerating_clause(asked, [_clause(text)])
    assert found is not None
    _, items = found
    assert items[0] == first and len(items) == count


def test_the_asked_noun_picks_the_enumeration_of_its_items():
    """Two clauses of one document list 领域: the best-ranked clause holding items that say 领域 answers; of
    one clause's two lists, the one whose lead-in the question repeats (按预算来源, not 按资金性质)."""
    asked = asked_enumeration("温州市财政安排的40.1亿元，分到了哪几个领域？")
    clause, items = enumerating_clause(asked, [_clause(WENZHOU, "一1"), _clause(WENZHOU_OPENING)])
    assert clause.path == "一1" and "民生设施领域资金9亿元" in items
    asked = asked_enumeration("专项资金按预算来源包括哪些？")
    assert enumerating_clause(asked, [_clause(GUIZHOU)])[1] == ["结转预算", "年初预算", "调整预算"]


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("“六稳”是哪六样？", LIUBAO),  # six items, none holding 稳
        ("“六保”是哪五样？", LIUBAO),  # a count the list does not have
        ("开封要聚焦哪几个“型”？", KAIFENG),
    ],
)
def test_a_list_that_does_not_fit_answers_nothing(question, text):
    assert enumerating_clause(asked_enumeration(question), [_clause(text)]) is None


@pytest.mark.parametrize(
    "question",
    [
        "浙江在税收优惠上要落实哪些政策？请都列出来。",  # clauses of the document
        "工信部牵头的任务有哪几项？",
        "哪些企业可以享受这项补贴？",  # 哪些 alone: who a measure is for
        "到2025年要完成哪几个指标？",
        "这个政策支持哪些企业？",
        "合肥高新区重点支持的项目有哪几类？",  # 哪几类 says no noun of the items
        "组建中国广播电视网络公司是在哪一条提出的？",  # 哪一条 asks which one
        "浙江政府买云服务的政策是哪一条规定的？",
        "哪两类企业可以申请？",  # an enumeration lists three or more
        "成都首批示范社区具体是哪几个社区？",  # names, not one list's items
    ],
)
def test_questions_asking_clauses_or_beneficiaries_are_not_item_questions(question):
    assert not asks_items(question)


def test_an_item_question_is_a_list_question_and_which_few_is_not_a_count():
    assert detect_intent("温州市财政安排的40.1亿元，分到了哪几个领域？") is Intent.LIST
    assert detect_intent("“六保”具体保的是哪六样？") is Intent.LIST
    assert detect_intent("开封制造业要聚焦哪几个“化”？") is Intent.LIST
    assert detect_intent("全市要建成几个示范园区？") is Intent.TARGET  # 几个 asks a number; 哪几个 does not


def test_items_are_read_in_simplified_script_and_quoted_as_written():
    (_, items), *_ = [e for e in enumerations(GUIZHOU) if e[0].endswith("来源包括")]
    assert items == ["结转预算", "年初预算", "调整预算"]
    assert _written("结转预算", GUIZHOU) == "結轉預算"
    assert _written("科技创新强基领域资金1亿元", WENZHOU) == "科技创新强基领域资金 1 亿元"
