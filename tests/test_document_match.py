"""Questions that name their document by what it is about (科技节水复函, 这份关于小微企业的意见).

A library of many governments' documents, built here from titles of the kinds real libraries hold:
a question naming one by description is scoped to it; one that only shares a topic word with a
title, names no document, names a place, compares two governments, or names a law by its short
form keeps the scope it had before (no model needed).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answering.document_match import MARGIN, titles_of, without_description
from assistant.answering.intents import Intent
from assistant.answering.question import detect_scope, understand
from assistant.corpus.model import Clause, Document


def _doc(doc_id: str, title: str, level: str = "国家", region: str | None = None, short: str | None = None,
         opening: str = "现将有关事项通知如下。") -> Document:
    clause = Clause(id=f"{doc_id}#序言", doc_id=doc_id, kind="preamble", text=opening)
    return Document(doc_id, title, short or title, None, None, None, level, region, f"{doc_id}.txt", "x",
                    clauses=[clause], government=region)


NATIONAL = [
    _doc("water", "国务院办公厅关于科技节水建议的复函"),
    _doc("games", "国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函"),
    _doc("weapons", "国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知"),
    _doc("media", "国务院办公厅关于推进政务新媒体健康有序发展的意见"),
    _doc("quake", "国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"),
    _doc("culture", "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"),
    _doc("division", "国务院办公厅关于落实全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知"),
    _doc("info", "国务院关于促进信息消费扩大内需的若干意见"),
]
LOCAL = [
    _doc("zj-info", "浙江省人民政府办公厅关于促进信息消费扩大内需的实施意见", "省", "浙江", "浙江实施意见"),
    _doc("sx-plan", "山西省人民政府关于印发山西省激发重点群体活力带动城乡居民增收的实施方案的通知", "省", "山西", "山西通知"),
    _doc("ns-fund", "深圳市南山区人民政府关于印发南山区促进产业高质量发展专项资金管理办法的通知", "区县", "南山区", "南山区通知"),
    _doc("hs-award", "花山区科学技术奖励办法", "区县", "花山区", "花山区办法"),
    _doc("gz-funds", "贵州省人民政府办公厅关于印发贵州省省级财政专项资金管理办法的通知", "省", "贵州", "贵州通知"),
    _doc("lh-industry", "中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见", "区县", "柳河县", "柳河县实施意见"),
    _doc("tj-zones", "天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知", "省", "天津", "天津通知"),
    _doc("nm-rules", "内蒙古自治区人民政府关于印发内蒙古自治区人民政府工作规则的通知", "省", "内蒙古", "内蒙古通知"),
    # a file whose parser found no title: its opening says what it is about (and cites another's title)
    _doc("zj-small", "zj-small", "其他", None, "zj-small",
         "各市、县(市、区)人民政府,省政府直属各单位: 为贯彻落实国务院常务会议关于支持小型微型企业发展的精神和"
         "《中共浙江省委浙江省人民政府关于支持浙商创业创新促进浙江发展的若干意见》精神,结合我省小型微型企业"
         "(以下称“小微企业”)发展实际,提出如下意见:"),
]
#: the rest of a library of about forty documents: the weights of title words are those of a real one
FILLERS = [
    _doc(f"filler-{i}", f"{place}人民政府关于印发{topic}的通知", "区县", place, f"{place}通知")
    for i, (place, topic) in enumerate(zip(
        ["安平县", "宝丰县", "昌乐县", "定远县", "鄂托克旗", "凤台县", "高唐县", "海兴县", "惠民县", "嘉善县",
         "靖远县", "康平县", "临朐县", "蒙城县", "宁阳县", "平阴县", "庆云县", "饶阳县", "寿光市", "泰和县"],
        ["加快旅游业发展若干措施", "外贸发展引导资金管理办法", "农业产业化龙头企业扶持办法", "推进数字经济发展实施方案",
         "优化营商环境工作要点", "稳定和扩大就业若干措施", "科技创新券管理办法", "高层次人才引进办法",
         "招商引资优惠办法", "物流业发展规划", "节能减排工作方案", "乡村振兴重点任务分工", "民营经济发展意见",
         "城市更新行动方案", "消费券发放实施细则", "中小学校舍建设规划", "生态环境保护责任清单", "养老服务体系建设方案",
         "现代服务业发展规划", "安全生产专项整治方案"],
    ))
]
LIBRARY = NATIONAL + LOCAL + FILLERS


def scope(question: str, documents: list[Document] = LIBRARY) -> frozenset[str] | None:
    return detect_scope(question, documents)[0]


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("科技节水复函里，用国债资金支持反渗透膜分离技术产业化由哪个部门来做？", "water"),
        ("这份关于遗弃化学武器的通知是哪天发的？", "weapons"),
        ("政务新媒体那份意见要求一个单位在同一平台上开几个账号？", "media"),
        ("同意申办世界大学生冬季运动会的那份复函，文号是多少？", "games"),
        ("地震重点监视防御区的那份通知是哪天印发的？", "quake"),
    ],
)
def test_a_document_named_by_description_scopes_the_question(question, doc_id):
    assert scope(question) == frozenset({doc_id})


@pytest.mark.parametrize(
    "question",
    [
        "企业所得税能免几年？",  # names no document: searches everything, as before
        "国家的跨境电子商务支付业务试点在哪些地区开展？",  # 国家 is a scope word, not 国家地震局's title
        "国务院分工表里外管局参与了哪些任务？",  # shares 分工 with a title, names no 通知
        "国务院文件规定的高新技术企业所得税税率是多少？",  # 规定 used as a verb names no 规定
    ],
)
def test_sharing_a_topic_word_with_a_title_is_not_naming_it(question):
    national = frozenset(d.doc_id for d in NATIONAL)
    assert scope(question) in (None, national)
    assert scope(question) == (national if "国" in question else None)


def test_a_place_with_one_document_is_scoped_as_before():
    assert scope("南山区专项资金怎么确定扶持项目？") == frozenset({"ns-fund"})
    assert scope("山西省激发重点群体活力这个方案的指导思想是什么？") == frozenset({"sx-plan"})
    assert scope("柳河县对获评省级研发中心的企业奖多少？") == frozenset({"lh-industry"})


def test_a_title_less_document_of_the_named_place_joins_its_scope_when_the_question_shares_its_subject():
    # it joins 浙江's group, and being the one of them whose subject (小微企业) the question asks, it is the scope
    assert scope("浙江的小微企业占全省企业总数的多少？") == frozenset({"zj-small"})
    assert scope("浙江这份关于小微企业的意见依据的是哪个文件？") == frozenset({"zj-small"})
    # a question about the place's titled document keeps it alone
    assert scope("浙江发放的信息消费券每张面额是多少？") == frozenset({"zj-info"})
    assert scope("浙江省里对应的是哪一项？责任单位有哪些？") == frozenset({"zj-info"})


def test_a_comparison_still_sees_both_governments():
    assert scope("城市家庭网速目标，国家和浙江各定了多少？") == frozenset({d.doc_id for d in NATIONAL} | {"zj-info"})
    assert scope("2015年信息消费规模目标，国务院和浙江实施意见分别是多少？") >= {"info", "zj-info"}


def test_a_place_no_loaded_document_belongs_to_is_not_answered_from_another_places_document():
    assert scope("雨花区的科学技术奖励办法是哪年出台的？") is None
    assert scope("花山区科学技术奖励办法是哪年出台的？") == frozenset({"hs-award"})


def test_a_tiny_library_keeps_todays_scope():
    two = [NATIONAL[-1], LOCAL[0]]
    assert scope("信息消费扩大内需的实施意见是哪天印发的？", two) is None
    assert titles_of(two).named_within("信息消费扩大内需的实施意见") is None
    assert MARGIN > 1.0  # a word in one of two titles weighs log(2): never enough alone


def test_a_law_named_by_its_short_form_is_scoped_to_it_among_many_laws():
    laws = [
        _doc("labour-contract", "中华人民共和国劳动合同法", short="劳动合同法"),
        _doc("labour-contract-rules", "中华人民共和国劳动合同法实施条例", short="劳动合同法实施条例"),
        _doc("labour", "中华人民共和国劳动法", short="劳动法"),
        _doc("admin-penalty", "中华人民共和国行政处罚法", short="行政处罚法"),
        *(_doc(f"law-{i}", f"中华人民共和国第{i}号示例法", short=f"第{i}号示例法") for i in range(40)),
    ]
    assert scope("劳动合同法第三十九条怎么规定的？", laws) == frozenset({"labour-contract"})
    assert scope("行政处罚法第三十六条说的是什么？", laws) == frozenset({"admin-penalty"})
    assert scope("劳动合同法实施条例是哪年施行的？", laws) >= {"labour-contract-rules"}


def test_the_description_index_is_built_once_per_set_of_documents():
    assert titles_of(LIBRARY) is titles_of(list(LIBRARY))
    assert titles_of(LIBRARY) is not titles_of(NATIONAL)
    assert len(titles_of(LIBRARY)) == len(LIBRARY)


def test_the_title_words_that_named_the_document_are_not_searched_for():
    query = understand("山西省激发重点群体活力这个方案的指导思想里，最终要奠定什么基础？", LIBRARY)
    assert query.doc_ids == frozenset({"sx-plan"})
    assert "指导思想" in query.text and "群体活力" not in query.text
    assert query.own_text.startswith("山西省激发重点群体活力")
    # 科技 names the 复函 in its naming clause and stays where it is the topic (科技部)
    water = understand("科技节水复函里，科技部准备在哪几个行业安排污水回用研究课题？", LIBRARY)
    assert "节水" not in water.text.split("，")[0] and "科技部" in water.text


def test_a_question_about_the_document_itself_keeps_its_title_words():
    query = understand("同意申办世界大学生冬季运动会的那份复函，文号是多少？", LIBRARY)
    assert query.doc_ids == frozenset({"games"})
    assert query.text == query.own_text


def test_a_title_less_candidate_of_the_place_does_not_turn_a_question_into_a_comparison():
    query = understand("浙江的小微企业占全省企业总数的多少？", LIBRARY)
    assert query.doc_ids == frozenset({"zj-small"})  # the joined one is the one it asks about (see above)
    assert query.intent is not Intent.COMPARE
    assert understand("城市家庭网速目标，国家和浙江各定了多少？", LIBRARY).intent is Intent.COMPARE


def test_a_document_replaced_by_a_new_build_is_matched_by_its_new_title():
    renamed = replace(NATIONAL[0], title="国务院办公厅关于海水淡化建议的复函", short_title="海水淡化复函")
    library = [renamed, *LIBRARY[1:]]
    assert titles_of(library) is not titles_of(LIBRARY)
    assert scope("海水淡化复函里提到哪些部门？", library) == frozenset({"water"})
    assert scope("科技节水复函里提到哪些部门？", library) is None


def test_a_title_the_question_quotes_is_searched_whole():
    text = without_description("科技节水复函里引用的《城市节约用水管理规定》文号是什么？", ["科技", "节水", "复函", "管理"])
    assert "《城市节约用水管理规定》" in text and "节水复函" not in text


@pytest.mark.parametrize("question, doc_id", [
    # a reply (答复), a list of measures (清单) and a policy's questions and answers (问答) are named by their kind word
    ("对全国政协十届四次会议第4626号提案的答复，发文字号是什么？", "reply"),
    ("小微企业、个体工商户扶持政策事项清单是哪个部门发布的？", "list"),
    ("支持服务业企业营收增长的那份问答是什么时候发布的？", "qa"),
])
def test_replies_lists_and_question_and_answer_pages_are_named_by_their_kind(question, doc_id):
    library = LIBRARY + [
        _doc("reply", "国务院办公厅对全国政协十届四次会议第4626号提案的答复"),
        _doc("list", "辽阳市小微企业、个体工商户扶持政策事项清单", "市", "辽阳", "辽阳清单"),
        _doc("qa", "苏州工业园区支持服务业企业营收增长相关问答", "区县", "苏州工业园区", "苏州工业园区问答"),
    ]
    match = titles_of(library).named_within(question)
    assert match is not None and match.doc_id == doc_id


@pytest.mark.parametrize(
    ("question", "number"),
    [
        # h23d 国发〔2020〕6号 (国务院关于落实《政府工作报告》重点工作部门分工的意见) asked by its 文号, whose
        # 国发 is also a national scope word: the number names the one document, not every national one
        ("国发〔2020〕6号里总体要求那一条，完成时限是怎么写的？", "国发〔2020〕6号"),
        ("国办发〔2018〕124号对转制企业的社会保险怎么规定？", "国办发〔2018〕124号"),
    ],
)
def test_a_level_word_inside_a_named_number_names_no_more_documents(question, number):
    named = replace(_doc("named", "国务院关于落实《政府工作报告》重点工作部门分工的意见"), number=number)
    library = [named, *LIBRARY]
    assert scope(question, library) == frozenset({"named"})
    assert detect_scope(question, library)[1] == (number,)
