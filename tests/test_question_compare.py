"""A question is a comparison when it names two documents or levels (国家和浙江…), not when one name stands
for a level's many documents and the question asks within them (the shipped corpus plus real published
national documents, eval/real/docs/dev)."""

from __future__ import annotations

import pytest

from assistant.answering.question import understand
from assistant.config import REPO_ROOT
from assistant.corpus import load_document

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


@pytest.fixture(scope="module")
def documents(corpus):
    stems = ("guobanhan-2004-36-harbin-universiade", "guobanhan-2004-71-sichuan-reply")
    return [*corpus, *(load_document(DEV / f"{stem}.txt", trusted=True) for stem in stems)]


def test_the_central_budget_named_in_a_question_about_one_document_is_no_comparison(documents):
    query = understand("哈尔滨办大冬会，中央财政会补贴哪一块费用？", documents)
    assert query.intent != "compare"
    # 中央 beside 哈尔滨, a place one national title names (关于同意以哈尔滨市名义申办…): that document
    assert query.doc_ids == {"guobanhan-2004-36-harbin-universiade"}


def test_two_levels_named_are_still_compared(documents):
    assert understand("农村网速目标，国家和浙江各是多少？", documents).intent == "compare"
    assert understand("信息消费规模目标，中央和浙江各是多少？", documents).intent == "compare"


def test_two_names_apart_are_no_comparison(documents):
    # h33d-shandong-rural-env-demo-fund-measures-part 第五条: 中央 is whose money the province matches
    query = understand("浙江省财政对信息消费中央资金按什么比例配套？", documents)
    assert query.intent != "compare"
    assert understand("信息消费规模目标，国务院文件与浙江文件有何异同？", documents).intent == "compare"
    assert understand("信息消费规模目标，全国、浙江是多少？", documents).intent == "compare"
