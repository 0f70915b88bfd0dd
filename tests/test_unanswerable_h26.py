"""Unanswerable questions the cited clause seems to fill: the composer, building the line that fills the slot,
sees that the fact is another kind's, and declines (real published clauses, parsed as uploaded from
eval/real/docs/dev).

* A figure asked of a kind of thing the question names by a modifier before 的 (种蔬菜的大户) that the clause
  never names, while it names the head (大户 of 粮食生产大户): the clause's figure is the other kind's.
* 配合单位 asked of a task the text gives to one body alone ((牵头单位:省科技厅)): there is none to name.
* A number whose sentence names none of the asked measure's words (每个项目申报人数不超过5人 for 奖金落到每个获奖人
  头上是多少): it is another measure's of the same clause.
"""

from __future__ import annotations

import pytest

from assistant.answering.composer import AnswerComposer
from assistant.answering.direct import figure_unnamed, sole_unit, unnamed_kind
from assistant.answering.evidence import Evidence
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import Query
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.model import Clause, Document
from assistant.lexicon.tokenizer import Tokenizer

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _unit(name: str, path: str) -> tuple[Document, Clause]:
    document = load_document(DEV / name, trusted=True)
    return document, next(c for c in document.clauses if c.path == path)


@pytest.fixture(scope="module")
def lucheng() -> tuple[Document, Clause]:
    """温鹿政发〔2022〕11号 附件一1: 粮食生产大户持有规范农村土地流转合同,年度水稻复种、稻麦复种面积50亩以上的,
    按实际复种面积给予每亩120元的区级规模种粮补贴(进行机械化插秧的每亩再增加40元)。"""
    return _unit("wenzhou-lucheng-2022-agri-common-prosperity-part.txt", "附件一1")


@pytest.fixture(scope="module")
def jinhua() -> tuple[Document, Clause]:
    """金华市区乡村振兴支持政策三十条 附件一1: 对全年稻麦复种种植面积达到50亩以上的粮食适度规模经营主体,给予每亩
    215元的规模种粮补贴;"""
    return _unit("jinhua-2023-rural-revitalization-30-draft-part.txt", "附件一1")


@pytest.fixture(scope="module")
def hefei() -> tuple[Document, Clause]:
    """合肥高新区 二（一）6: 新引进项目固定资产投资补助。对…新入区供地项目,投资总额在1亿元以上,…给予企业固定资产
    投资额5%的投资补助…;对高新区重点发展产业项目的补助比例可适当放大,最高不超过20%…"""
    return _unit("hefei-gaoxin-2017-industry-support-measures-part.txt", "二（一）6")


@pytest.fixture(scope="module")
def shandong() -> tuple[Document, Clause]:
    """鲁政办字〔2023〕5号 附件一2 (traditional script page): …启动山东省重点实验室重组工作。(牵头单位:省科技厅)"""
    return _unit("h22r-shandong-2023-green-lowcarbon-tasks-trad-part.txt", "附件一2")


def test_a_kind_the_clause_never_names_is_the_modifier_asked(lucheng, jinhua, tokenizer):
    document, clause = lucheng
    assert unnamed_kind([clause], "鹿城区对种蔬菜的大户每亩补贴多少？", tokenizer, document.title, ("鹿城区",)) == "种蔬菜"
    document, clause = jinhua
    assert unnamed_kind([clause], "种油菜的每亩补多少？", tokenizer, document.title) == "种油菜"


def test_a_kind_the_clause_names_is_answered(lucheng, jinhua, tokenizer):
    document, clause = lucheng
    assert unnamed_kind([clause], "鹿城区对种粮的大户每亩补贴多少？", tokenizer, document.title, ("鹿城区",)) is None
    document, clause = jinhua
    assert unnamed_kind([clause], "复种稻麦的每亩补多少？", tokenizer, document.title) is None


def test_modifiers_that_name_no_kind_decide_nothing(hefei, tokenizer):
    document, clause = hefei
    scope = ("合肥高新区",)
    # a generic head (项目) is modified by a restated condition in any words (新拿地 for 新入区供地)
    assert unnamed_kind([clause], "我们在合肥高新区新拿地的项目，补助比例最高能到多少？", tokenizer, document.title, scope) is None
    # a place's 的 says whose the measure is; a figure the asker states is no kind
    assert unnamed_kind([clause], "才能拿合肥高新区的固定资产投资补助？", tokenizer, document.title, scope) is None
    assert unnamed_kind([clause], "投了3亿的新引进项目固定资产投资补助多少？", tokenizer, document.title, scope) is None


def test_a_head_that_asks_is_modified_by_the_measure_itself(tokenizer):
    """国发〔2013〕32号（三）主要目标 (the shipped corpus): the 目标 of 网速 is that of 农村家庭宽带接入能力, said in
    everyday words; 目标 asks, it names no kind."""
    document = load_document(REPO_ROOT / "index" / "corpus" / "guofa-2013-32.txt", trusted=True)
    clause = next(c for c in document.clauses if c.path == "（三）")
    assert "农村家庭宽带接入能力达到4Mbps" in clause.text and "网速" not in clause.text
    assert unnamed_kind([clause], "国家对农村家里网速的目标是多少？", tokenizer, document.title) is None


def test_one_body_alone_has_no_supporting_unit(shandong, hefei, tokenizer):
    document, clause = shandong
    assert sole_unit([clause], "山东启动省重点实验室重组，配合的单位有哪些？", tokenizer, document) == "省科技厅"
    paired = Clause(id="d#1", doc_id="d", kind="clause", text="加快推进。（牵头单位：省工信厅；配合单位：省财政厅）", path="一",
                    units=["省工信厅", "省财政厅"], lead_units=["省工信厅"], supporting_units=["省财政厅"])
    assert sole_unit([paired], "配合单位有哪些？", tokenizer) is None


def _query(question: str, intent: Intent, slot: Slot, **kw) -> Query:
    return Query(text=question, own_text=question, intent=intent, slot=slot, **kw)


def test_the_composer_declines_and_shows_the_clause_as_related(lucheng, tokenizer):
    document, clause = lucheng
    composer = AnswerComposer({document.doc_id: document}, tokenizer)
    query = _query("鹿城区对种蔬菜的大户每亩补贴多少？", Intent.SUPPORT, Slot.AMOUNT, places=("鹿城区",))
    answer = composer.compose(Evidence(query, selected=[clause]))
    assert answer.abstained and "种蔬菜" in answer.answer and not answer.citations
    assert [c.label for c in answer.related] == [composer._label(clause)]
    assert "120元" not in answer.short_answer
    # the kind the clause names is answered with its figure
    asked = _query("鹿城区对种粮的大户每亩补贴多少？", Intent.SUPPORT, Slot.AMOUNT, places=("鹿城区",))
    answered = composer.compose(Evidence(asked, selected=[clause]))
    assert not answered.abstained and "120元" in answered.answer


def test_the_composer_declines_a_supporting_unit_and_answers_the_lead(shandong, tokenizer):
    document, clause = shandong
    composer = AnswerComposer({document.doc_id: document}, tokenizer)
    supporting = _query("山东启动省重点实验室重组，配合的单位有哪些？", Intent.RESPONSIBILITY, Slot.UNITS, units_role="supporting")
    answer = composer.compose(Evidence(supporting, selected=[clause]))
    assert answer.abstained and "没有写明配合单位" in answer.answer and "省科技厅" in answer.answer
    lead = _query("山东启动省重点实验室重组由哪个部门牵头？", Intent.RESPONSIBILITY, Slot.UNITS, units_role="lead")
    answered = composer.compose(Evidence(lead, selected=[clause]))
    assert not answered.abstained and "牵头单位：省科技厅" in answered.answer


@pytest.fixture(scope="module")
def award() -> tuple[Document, Clause]:
    """黑政办发〔2005〕49号 附件二 (traditional script page): …省长特别奖每两年评审一次。每届奖励项目不超过12个,…。
    每个项目申报人数不超过5人。奖励方式是颁发奖励证书和奖金。每个项目奖励10至20万元。"""
    return _unit("heilongjiang-2005-governor-special-award-trad-part.txt", "附件二")


def test_a_figure_whose_sentence_names_none_of_the_asked_measure_is_another_measures(award, tokenizer):
    document, clause = award
    line = "每个项目申报人数不超过5人"
    assert figure_unnamed(line, [clause], "奖金落到每个获奖人头上是多少？", tokenizer, document.title)
    # asked of what the sentence names, the figure answers
    assert not figure_unnamed(line, [clause], "每个项目申报人数最多是多少？", tokenizer, document.title)


def test_periods_and_which_ones_are_not_decided_by_the_figures_sentence(award, tokenizer):
    document, clause = award
    # a period asked is answered by a span wherever it stands; 哪几个 asks which, not how many
    assert not figure_unnamed("每两年评审一次", [clause], "省长特别奖多长时间评一次奖金？", tokenizer, document.title)
    assert not figure_unnamed("每个项目申报人数不超过5人", [clause], "奖金由哪几个部门发？", tokenizer, document.title)


def test_words_of_the_documents_title_and_of_the_whole_area_name_no_other_measure(tokenizer):
    """国发〔2013〕32号（三）(the shipped corpus): 信息消费 is the title's, 全国 the whole country: the figure answers."""
    document = load_document(REPO_ROOT / "index" / "corpus" / "guofa-2013-32.txt", trusted=True)
    clause = next(c for c in document.clauses if c.path == "（三）")
    question = "按国务院文件，全国信息消费规模到2015年要达到多少？"
    assert not figure_unnamed("信息消费规模超过3.2万亿元", [clause], question, tokenizer, document.title)


def test_the_composer_declines_a_number_of_another_measure(award, tokenizer):
    document, clause = award
    composer = AnswerComposer({document.doc_id: document}, tokenizer)
    query = _query("奖金落到每个获奖人头上是多少？", Intent.TARGET, Slot.NUMBER, asked_unit="")
    answer = composer.compose(Evidence(query, selected=[clause]))
    assert answer.abstained and "5人" not in answer.short_answer and not answer.citations
