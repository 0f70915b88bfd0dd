"""The h22m round (issue 9, money) on sentences of real documents: a cap bounding a share (按不超过…10%的比例)
is support, not a condition; a 对… part naming whom support goes to is no support; a calendar year is no
span; the heading a leaf sits under names its measure; 按多少比例 asks a rate; 连续几年 is answered by
a span of years."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import ASKS_SHARE, ASKS_SPAN, SPAN_TEXT, heading_of, money_clause, unfilled
from assistant.corpus.model import Clause
from assistant.corpus.money import extract_money


def _clause(text: str, cid: str, path: str, chapter: str | None = None) -> Clause:
    return Clause(id=cid, doc_id="d", kind="article", text=text, path=path, chapter=chapter, money=extract_money(text))


def test_a_share_bounded_by_bu_chao_guo_is_support_and_keeps_its_cap():
    # h22m-chongqing-2024 一2 and 一3 (重庆 支持企业高质量发展若干政策措施)
    (fact,) = extract_money("对单个项目固定资产投资不低于1000万元的,按不超过设备投入10%的比例,择优给予最高200万元奖补。")
    assert (fact.kind, fact.value, fact.cap) == ("rate", 10, 200)
    assert "1000万元" in fact.beneficiary  # the investment threshold stays whom it is for
    (fact,) = extract_money("支持企业研发创新和推广使用首台(套)重大技术装备产品,按照不超过实际支付额的30%,择优给予首购首用奖励,奖励资金最高500万元。")
    assert (fact.kind, fact.value, fact.cap) == ("rate", 30, 500)
    assert "实际支付额" in fact.basis
    # a threshold above (超过) is still a condition, never the support
    assert extract_money("对年产值超过1000万元的企业，给予奖励。") == []


def test_whom_support_goes_to_is_no_support_even_with_a_bound_in_it():
    text = ("对为“技改专项贷”项目提供担保且年化担保费率不超过1%的融资担保机构,按不超过实际担保费率的50%给予奖补,"
            "单个企业项目担保奖补上限为100万元,期限不超过2年。")
    facts = extract_money(text)
    assert [(f.kind, f.value, f.cap) for f in facts] == [("rate", 50, 100)]
    assert "融资担保机构" in facts[0].beneficiary and facts[0].duration == "期限不超过2年"


def test_a_calendar_year_is_no_span_and_a_broken_word_still_is():
    # h22m-guangxi-2023 一（一）: 不超过2023年1—2月产值同比增量的1% bounds a share of a year's output
    text = ("对工业和信息化部认定的专精特新“小巨人”企业在2023年1—2月工业总产值超过2000万元且产值累计增速不低于12%的,"
            "均按不超过2023年1—2月产值同比增量的1%予以奖励,每家企业最高奖励不超过100万元。")
    (fact,) = extract_money(text)
    assert (fact.kind, fact.value, fact.cap, fact.duration) == ("rate", 1, 100, None)
    # 认定的X (recognised by someone) is a modifier, not what was awarded
    assert not (fact.beneficiary or "").startswith("的")
    # liuhe 第四条: a line break inside 连续 (连 续5年)
    liuhe = "对重点产业新建项目，自实现税收年度起且亩 均税收达到10万元的，参照其年度地方财政贡献给予企业连 续5年奖励"
    assert {f.duration for f in extract_money(liuhe + "，即：前2年给予企业地方财政贡献80%的奖励。")} == {"连续5年"}


def test_an_item_label_does_not_hide_whom_support_goes_to():
    # h22m-dongguan-shilong 第五条（一）
    facts = extract_money("(一)对提交高企认定材料,且被受理的企业给予一次性奖励2万元;对重新认定的高企予以一次性奖励6万元;")
    assert [(f.value, f.beneficiary) for f in facts] == [(2, "提交高企认定材料"), (6, "重新认定的高企")]


def test_the_heading_a_clause_sits_under_names_its_measure():
    # liuhe-2023-key-industries 第四条 sits under （二）绩效奖励; 第十三条 mentions 投产达效绩效奖励 as had already
    four = _clause("对重点产业新建项目，自实现税收年度起且亩 均税收达到10万元的，参照其年度地方财政贡献给予企业连 续5年奖励，"
                   "即：前2年给予企业地方财政贡献80%的奖励， 后3年给予企业地方财政贡献50%的奖励，每年最高奖励不超过5000万元。",
                   "d#4", "第四条", "二、支持范围 （二）绩效奖励")
    thirteen = _clause("鼓励企业技改升级。对符合我县产业发展导向 的工业技术改造项目，在完成改造后，给予“ 一事一议”奖励。"
                       "(新建项目在享受过固定 资产投资奖励、投产达效绩效奖励后再进行技术改造的享受此条政策，最高奖励不超过50万元)。",
                       "d#13", "第十三条", "二、支持范围 （五）鼓励企业做大做强")
    assert heading_of(four) == "绩效奖励" and heading_of(thirteen) == "鼓励企业做大做强"
    assert money_clause(["新建", "绩效", "一年", "最多"], [thirteen, four]) is four
    # the heading only adds to what the statements say: a measure neither names is still not found
    assert money_clause(["驰名商标"], [thirteen, four]) is None


def test_a_share_asked_as_duoshao_bili_needs_a_rate():
    assert ASKS_SHARE.search("柳河县重大产业项目的投资奖励具体按多少比例给？")
    three = _clause("固定资产投资在1亿元及以上且亩均投资强度 不低于200万元的工业类、现代服务业类项目为重大产业项目。"
                    "重大产业项目投资奖励可在第2条基础上，实行“ 一事一议”。", "d#3", "第三条")
    reason = unfilled("重大产业项目的投资奖励具体按多少比例给？", Intent.SUPPORT, Slot.AMOUNT, ["重大", "产业", "投资"], [three], [three])
    assert reason == "文件没有给出这一比例。"
    two = _clause("固定资产投资1000万元及以上且亩均投资强度不低于200 万元的，按固定资产投资的5%—20%给予企业奖励。", "d#2", "第二条")
    assert unfilled("工业项目按多少比例奖励？", Intent.SUPPORT, Slot.AMOUNT, ["工业"], [two], [two]) is None


def test_a_span_of_years_answers_how_many_years():
    # h22m-guangxi-2024 一: the span opens the clause; the part naming 财政 holds no number
    one = _clause("2024—2026年,每年统筹安排一般公共预算资金、新增政府专项债券资金,采取股权投资、贷款贴息等方式支持重大工业项目建设。"
                  "各市、县(市、区)相应加大财政对工业的投入。", "d#1", "一")
    question = "广西新一轮工业振兴这套财政扶持，连续几年都有吗？"
    assert ASKS_SPAN.search(question) and SPAN_TEXT.search(one.text)
    assert unfilled(question, Intent.CONTENT, Slot.NUMBER, ["财政", "扶持", "连续"], [one], [one]) is None
    # a year alone is no span; a text with none leaves the span unstated
    assert not SPAN_TEXT.search("到2025年,建成100个示范社区")
    bare = _clause("各市、县(市、区)相应加大财政对工业的投入。", "d#2", "二")
    assert unfilled(question, Intent.CONTENT, Slot.NUMBER, ["财政", "扶持", "连续"], [bare], [bare]) is not None


def test_a_statement_naming_little_of_the_measure_asked_does_not_answer_it():
    # jinhua-2023-rural-revitalization-30-draft-part 一1: 粮食 alone does not name a 粮食烘干中心
    one = _clause("稳定粮食生产。在落实中央、省粮食生产扶持政策基础上,对全年稻麦复种种植面积达到50亩以上的粮食适度规模经营主体,"
                  "给予每亩215元的规模种粮补贴;", "d#1", "一1", "一、稳产保供")
    assert money_clause(["新建", "粮食", "烘干", "中心"], [one]) is None
    # the measure itself, in a grower's words, is named by it
    assert money_clause(["稻麦", "种植", "面积", "规模", "种粮"], [one]) is one
    # words of one another count once: 农产品 with 农产 and 产品 is one word of 3
    wenzhou = _clause("农海产品保鲜冷链设施建设补助支持建设农海产品产地小型仓储保鲜冷链设施,每年遴选不超过20个项目,"
                      "市财政按照区财政承担部分50%、最高50万元给予补助", "d#2", "一2")
    words = ["市区", "农产", "产品", "农产品", "产地", "冷藏", "保鲜", "仓库", "封顶"]
    assert money_clause(words, [wenzhou]) is wenzhou
