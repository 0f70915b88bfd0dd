"""References inside cited texts (依照本法第二十条) resolved to the articles the library holds, on real laws."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from assistant.answering.answer import Answer
from assistant.answering.references import link_references
from assistant.citations import Citation
from assistant.corpus import load_document
from assistant.index.catalog import Catalog
from assistant.index.lookup import ArticleIndex
from assistant.web.render import render_citation

TARBALL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws.tar.xz"
FILES = ("劳动合同法(2012-12-28).txt", "劳动法(2018-12-29).txt", "上海市优化营商环境条例(2020-04-10).txt")


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    assert TARBALL.is_file(), f"the laws corpus is missing: expected {TARBALL}"
    folder = tmp_path_factory.mktemp("laws")
    with tarfile.open(TARBALL) as tar:
        tar.extractall(folder, members=[m for m in tar if Path(m.name).name in FILES], filter="data")
    loaded = {d.title: d for d in (load_document(p, trusted=True) for p in sorted(folder.rglob("*.txt")))}
    assert len(loaded) == len(FILES)
    return loaded


def _article(document, label):
    return next(c for c in document.clauses if c.path == label)


@pytest.mark.parametrize("label, expected", [
    # 在试用期中，除劳动者有本法第三十九条和第四十条第一项、第二项规定的情形外…
    ("第二十一条", [("本法第三十九条", "第三十九条"), ("第四十条", "第四十条")]),
    # 被派遣劳动者可以依照本法第三十六条、第三十八条的规定…  被派遣劳动者有本法第三十九条和第四十条第一项…
    ("第六十五条", [("本法第三十六条", "第三十六条"), ("第三十八条", "第三十八条"),
                   ("本法第三十九条", "第三十九条"), ("第四十条", "第四十条")]),
])
def test_a_law_pointing_at_its_own_articles(documents, label, expected):
    law = documents["中华人民共和国劳动合同法"]
    index = ArticleIndex(list(documents.values()))
    found = index.references(law, _article(law, label))
    assert [(phrase, ref.clause.path) for phrase, ref in found] == expected
    assert all(ref.document is law for _, ref in found)


def test_another_law_by_its_title_and_a_policy_without_articles(documents):
    from dataclasses import replace

    policy = load_document(Path(__file__).resolve().parents[1] / "index" / "corpus" / "guofa-2013-32.txt", trusted=True)
    citing = replace(policy.clauses[3], text="依照《中华人民共和国劳动法》第三十六条和第九十九条执行。")
    policy = replace(policy, clauses=[citing])
    index = ArticleIndex([*documents.values(), policy])
    found = index.references(policy, citing)
    # the named law's 第三十六条 resolves; a bare 第九十九条 in a document numbered （一）… points nowhere
    assert [(phrase, ref.document.title, ref.clause.path) for phrase, ref in found] == [
        ("《中华人民共和国劳动法》第三十六条", "中华人民共和国劳动法", "第三十六条")
    ]


def test_citations_carry_references_and_the_ui_opens_them(documents):
    law = documents["中华人民共和国劳动合同法"]
    index = ArticleIndex(list(documents.values()))
    clause = next(c for c in law.clauses if c.kind == "article" and "本法第" in c.text)
    answer = Answer(answer="…", abstained=False, citations=[Citation.of(clause, law)])
    link_references(answer, index, Catalog(list(documents.values())), as_of=None)
    references = answer.citations[0].references
    assert references and all(r.label.startswith("《中华人民共和国劳动合同法》第") for r in references)
    assert answer.to_dict()["citations"][0]["references"][0]["text"] == references[0].text
    html = render_citation(answer.citations[0])
    assert html.count('<details class="pq-ref">') == len(references)
    assert f'<span class="pq-ref-link">{references[0].phrase}</span>' in html
