"""Who acts, said in a clause's prose the unit reader does not parse (found on real-dev, h27u): when the
best-ranked clause names the asked task far better than the clauses chosen for their units and its own sentence
marks an actor (由X统筹安排, X也要…, X负总责, 联系人:…), that clause answers, quoted and cited, instead of the
decline 没有写明由哪个单位负责; a clause that names the task but no actor in such a position is still declined on."""

from __future__ import annotations

import pytest

from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from assistant.lexicon.actors import states_actor
from assistant.lexicon.tokenizer import Tokenizer
from tests.fixed_order import StubSearch

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
UNASSIGNED = "文件提到了所问的这项工作，但没有写明由哪个单位负责。"


@pytest.mark.parametrize(
    "sentence",
    [
        # taizhou-gaogang-2017-industry-upgrade-rules-part 附件第三条
        "工业专项资金每年由区级财政统筹安排,列入年度财政预算,用于文件确定的政策的兑现",
        # guobanfa-1996-2-earthquake-key-zones 三（三）
        "各省、自治区、直辖市，特别是重点监视防御区所在地人民政府，也要抓紧地方的防震减灾立法工作。",
        # h23d-heze-2023-1-green-lowcarbon-division-notice-part 一
        "强化组织领导,坚持“一把手”负总责、亲自抓,对照《方案》所承担的目标任务,认真学习研究",
        # h22p-mofcom-2012-225-commercial-outlets 序言
        "联系人:朱倩、王彊电话:010-85093685、85093058",
    ],
)
def test_an_actor_in_a_marked_position_is_read(sentence):
    assert states_actor(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # h23d-guofa-2020-6-work-report-division-part 一（一）2: targets, no one acting
        "优先稳就业保民生,坚决打赢脱贫攻坚战,努力实现全面建成小康社会目标任务;城镇新增就业900万人以上",
        # h22r-zhejiang-2024-key-work-trad-part 序言: who issued the notice, not who leads the task asked
        "近日,浙江省人民政府办公厅印发2024年政府工作报告重点工作责任分解的通知,公布省长、副省长牵头的重点工作和十方面民生实事的责任分解等。",
    ],
)
def test_a_sentence_with_no_actor_in_such_a_position_is_not(sentence):
    assert not states_actor(sentence)


def _gather(name: str, question: str, paths: list[str]):
    catalog = Catalog([load_document(DEV / f"{name}.txt", trusted=True)])
    ids = [next(c for c in catalog.clauses if c.path == p).id for p in paths]
    selector = EvidenceSelector(StubSearch(catalog, ids), get_settings().model_copy(update={"reranker": "learned"}))
    return catalog, selector.gather(understand(question, catalog.documents))


def test_the_clause_saying_who_acts_in_prose_answers_quoted():
    catalog, evidence = _gather(
        "guobanfa-1996-2-earthquake-key-zones", "地方上防震减灾的法规由谁来抓紧制定？", ["三（三）", "一", "序言"]
    )
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["三（三）"]
    answer = AnswerComposer({d.doc_id: d for d in catalog.documents}, Tokenizer()).compose(evidence)
    assert not answer.abstained and "重点监视防御区所在地人民政府" in answer.answer
    assert [c.clause_id for c in answer.citations] == [evidence.selected[0].id]
    assert any("重点监视防御区所在地人民政府" in q for q in answer.citations[0].quotes)
    assert "责任单位是：" not in answer.answer  # quoted, not rendered as an empty parsed unit list


def test_a_task_named_with_no_one_acting_is_still_declined():
    _, evidence = _gather(
        "h23d-guofa-2020-6-work-report-division-part",
        "按国务院这份分工意见，城镇新增就业那个目标具体由哪个部委牵头？",
        ["一（一）2", "一（一）1", "序言"],
    )
    assert evidence.abstain_reason == UNASSIGNED
