"""The 答 line of a content question states the asked fact: the sentence that answers, chosen by what the question asks.

A question names its topic (转制时在职人员的连续工龄) and an aspect of it (怎么算; 什么样的…才算, a condition; 要交
哪些材料). Picking the comma fragment that shares most words with the question gave the fragment restating the
topic, without its predicate (答：转制时在职人员按国家规定计算的连续工龄), or a sentence on the same topic that
states another aspect (the reward of 重大产业项目, asked what makes one). The line is now the sentence sharing most,
counting the words the asked aspect is written in (assistant.lexicon.aspects), and the sentences shown of a long
clause are chosen with the same score. Texts are quoted from eval/real/docs/dev.
"""

from __future__ import annotations

import pytest

from assistant.answering import composer, direct
from assistant.answering.composer import _WHOLE_CLAUSE_CHARS, best_sentences
from assistant.corpus.model import Clause
from assistant.lexicon import aspects
from assistant.lexicon.tokenizer import Tokenizer

#: eval/real/docs/dev/guobanfa-2018-124-cultural-enterprises.txt, （十四）
CONTINUOUS_SERVICE = (
    "转制后自企业登记注册的次月起按企业办法参加社会保险。转制时在职人员按国家规定计算的连续工龄，视同缴费年限，"
    "不再补缴基本养老保险费。"
)
#: eval/real/docs/dev/liuhe-2023-key-industries.txt, 第3条 (its space inside 亩均投资强度 as published)
MAJOR_PROJECT = (
    "固定资产投资在1亿元及以上且亩均投资强度 不低于200万元的工业类、现代服务业类项目为重大产业项目。"
    "重大产业项目投资奖励可在第2条基础上，实行“ 一事一议”。"
)
#: eval/real/docs/dev/chongqing-2024-enterprise-quality-measures-part.txt, one item of its measures
CHONGQING_RETROFIT = (
    "2.支持企业、园区实施节能降碳、节水、清洁生产等领域技改,开展动力电池和工业固废资源化利用,对单个项目固定资产投资不低于"
    "1000万元的,按不超过设备投入10%的比例,择优给予最高200万元奖补。"
)


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="clause", text=text, path="三")


def test_the_line_is_the_sentence_with_its_predicate_not_the_fragment_restating_the_topic(tokenizer):
    question = "转制时在职人员的连续工龄怎么算？"
    # the fragment sharing most words is the topic alone
    assert direct.best_fragment([_clause(CONTINUOUS_SERVICE)], question, tokenizer) == "转制时在职人员按国家规定计算的连续工龄"
    line = direct.direct_line(direct.Slot.CONTENT, [_clause(CONTINUOUS_SERVICE)], question, tokenizer)
    assert line == "转制时在职人员按国家规定计算的连续工龄，视同缴费年限，不再补缴基本养老保险费"


def test_the_asked_aspect_picks_the_sentence_among_those_naming_the_topic(tokenizer, monkeypatch):
    question = "在柳河县，什么样的项目才算重大产业项目？"
    assert [a.name for a in aspects.asked_aspects(question)] == ["condition"]
    line = direct.content_line([_clause(MAJOR_PROJECT)], question, tokenizer)
    assert "1亿元及以上" in line and "不低于200万元" in line
    # by the topic's words alone the shorter sentence, on the reward of such a project, answers
    monkeypatch.setattr(aspects, "ASPECTS", ())
    assert "1亿元" not in direct.content_line([_clause(MAJOR_PROJECT)], question, tokenizer)


def test_a_long_sentence_is_cut_to_the_line_around_its_best_fragment(tokenizer):
    question = "重庆支持节水、清洁生产技改的奖补，项目要符合什么条件？"
    line = direct.content_line([_clause(CHONGQING_RETROFIT)], question, tokenizer)
    assert len(CHONGQING_RETROFIT) > direct._MAX_LINE >= len(line)
    assert "对单个项目固定资产投资不低于1000万元的" in line


def test_a_question_naming_only_its_topic_asks_no_aspect():
    assert aspects.asked_aspects("国务院关于促进信息消费的意见的主要内容") == ()
    assert {a.name for a in aspects.asked_aspects("申报要交哪些材料，经谁同意？")} == {"materials", "approval"}


def test_an_aspect_weighs_as_two_shared_words():
    score = direct.aspect_score("重大产业项目要符合什么条件？", {"重大产业项目"})
    assert score("重大产业项目应当符合产业政策") == len("重大产业项目") + direct.ASPECT_WEIGHT
    assert score("重大产业项目实行一事一议") == len("重大产业项目")


def test_a_long_clause_shows_the_sentence_written_in_the_asked_aspects_words(tokenizer, monkeypatch):
    # eval/real/docs/dev/guangdong-2019-tech-upgrade-award-publicity.txt, its opening clause (with its list of annexes)
    text = (
        "为贯彻2019年9月9日省政府常务会议关于加大工业企业技术改造奖励力度有关精神,根据《广东省省级财政专项资金管理办法(试行)》"
        "(粤府〔2018〕120号)等有关规定,省工业和信息化厅编制了2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金项目计划,"
        "并按有关规定予以公示。公示期自2019年10月14日至10月20日,共7日。如对公示内容有异议,请在公示期内向省工业和信息化厅反映。"
        "以个人名义反映情况的,请提供真实姓名、联系方式和反映事项证明材料等;以单位名义反映情况的,请提供真实单位名称(加盖公章)、"
        "联系人、联系方式和反映事项证明材料等。\n附件:\n1.2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金使用安排额度表\n"
        "2.2019年加大工业企业技术改造奖励力度(按标准落实奖励比例)资金项目绩效目标表"
    )
    question = "对广东技改奖励的公示有异议，反映情况要准备什么材料？"
    # quoted whole (it is under composer._WHOLE_CLAUSE_CHARS, 400), with both sentences on what to provide
    assert len(text) <= _WHOLE_CLAUSE_CHARS
    assert sum("证明材料" in s for s in best_sentences(text, question, tokenizer)) == 2
    # under the earlier bound (300) it is a long clause: its sentences are chosen, and the asked aspect
    # (材料 → 提供/证明) shows the one to provide; by shared words alone the opening (广东, 奖励, 公示) and
    # the sentence on 异议 are shown instead
    monkeypatch.setattr(composer, "_WHOLE_CLAUSE_CHARS", 300)
    assert any("证明材料" in s for s in best_sentences(text, question, tokenizer))
    monkeypatch.setattr(aspects, "ASPECTS", ())
    assert not any("证明材料" in s for s in best_sentences(text, question, tokenizer))
