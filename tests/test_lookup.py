"""Direct article lookup and versions on real laws (from ../shared/corpora/laws.tar.xz)."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from assistant.corpus import load_document
from assistant.index.lookup import ArticleIndex, article_label, title_key

TARBALL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws.tar.xz"
FILES = (
    "劳动合同法(2012-12-28).txt",
    "民法典_合同编.txt",
    "民法典_婚姻家庭编.txt",
    "上海市优化营商环境条例(2020-04-10).txt",
    "上海市优化营商环境条例(2024-09-27).txt",
    "刑法.txt",
)


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> ArticleIndex:
    assert TARBALL.is_file(), f"the laws corpus is missing: expected {TARBALL}"
    folder = tmp_path_factory.mktemp("laws")
    with tarfile.open(TARBALL) as tar:
        members = [m for m in tar if Path(m.name).name in FILES]
        tar.extractall(folder, members=members, filter="data")
    documents = [load_document(path, trusted=True) for path in sorted(folder.rglob("*.txt"))]
    assert len(documents) == len(FILES)
    return ArticleIndex(documents)


def test_labels_and_title_keys():
    assert article_label(1080) == "第一千零八十条" and article_label(10, 1) == "第十条之一"
    assert title_key("中华人民共和国 民法典") == title_key("中华人民共和国民法典（2020年修正）")


@pytest.mark.parametrize("question, doc_id, label, starts", [
    ("《劳动合同法》第十条", "劳动合同法(2012-12-28)", "第十条", "建立劳动关系，应当订立书面劳动合同"),
    ("劳动合同法第10条说了什么", "劳动合同法(2012-12-28)", "第十条", "建立劳动关系"),
    ("中华人民共和国劳动合同法的第十条是什么？", "劳动合同法(2012-12-28)", "第十条", "建立劳动关系"),
    ("民法典第一千零八十条", "民法典_婚姻家庭编", "第一千零八十条", "完成离婚登记"),
    ("民法典第463条规定了什么", "民法典_合同编", "第四百六十三条", "本编调整因合同产生的民事关系"),
    ("刑法第二百六十四条", "刑法", "第二百六十四条", "盗窃公私财物"),
])
def test_a_named_article_is_found_exactly(index, question, doc_id, label, starts):
    found = index.find(question)
    assert found is not None
    assert (found.document.doc_id, found.clause.path) == (doc_id, label)
    assert found.clause.text.startswith(starts)


def test_no_article_without_a_named_document_or_a_real_number(index):
    assert index.find("第十条说了什么") is None
    assert index.find("劳动合同法第九千条") is None
    assert index.find("劳动合同怎么签") is None


def test_an_article_asked_of_a_law_the_library_lacks_is_known_as_absent(index):
    assert index.asks_absent_article("行政处罚法第三十六条") == "第三十六条"
    assert index.asks_absent_article("《中华人民共和国行政处罚法》第36条说了什么") == "第36条"
    assert index.asks_absent_article("劳动合同法第九千条") == "第九千条"  # held, but no such article
    assert index.asks_absent_article("劳动合同法第10条说了什么") is None  # found
    for question in ("依照本办法第十条", "该条例第五条", "浙江实施意见第十条", "企业按照第十条申报"):
        assert index.asks_absent_article(question) is None


def test_the_version_in_force_answers_by_default_and_on_a_date(index):
    old, new = "上海市优化营商环境条例(2020-04-10)", "上海市优化营商环境条例(2024-09-27)"
    assert index.superseded() == frozenset({old})  # the code's parts are not versions of each other
    assert index.superseded("2022-01-01") == frozenset({new})
    assert index.find("上海市优化营商环境条例第一条").document.doc_id == new
    assert index.find("上海市优化营商环境条例第一条", as_of="2022-01-01").document.doc_id == old


def test_the_assistant_quotes_a_named_article_whole_from_the_version_in_force(tmp_path, monkeypatch):
    """End to end (fake embedder): `ask` on a library of real laws, default and `as_of`."""
    import fakes

    from assistant import Assistant
    from assistant.config import get_settings

    fakes.patch(monkeypatch.setattr)
    folder = tmp_path / "laws"
    with tarfile.open(TARBALL) as tar:
        tar.extractall(folder, members=[m for m in tar if Path(m.name).name in FILES], filter="data")
    cache = tmp_path / "cache"
    settings = get_settings().model_copy(update={"cache_dir": cache, "upload_dir": cache / "uploads"})
    assistant = Assistant.open(settings)
    reports = assistant.add_documents(sorted(folder.rglob("*.txt")))
    assert [r.status for r in reports] == ["added"] * len(FILES)

    answer = assistant.new_session().ask("劳动合同法第10条说了什么？")
    assert [c.label for c in answer.citations] == ["《中华人民共和国劳动合同法》第十条"]
    assert "已建立劳动关系，未同时订立书面劳动合同的，应当自用工之日起一个月内订立书面劳动合同" in answer.answer

    absent = assistant.new_session().ask("行政处罚法第三十六条说了什么？")
    assert absent.abstained and not absent.citations and "第三十六条" in absent.answer

    current = assistant.new_session().ask("上海市优化营商环境条例第一条是什么")
    then = assistant.new_session().ask("上海市优化营商环境条例第一条是什么", as_of="2022-01-01")
    assert current.citations[0].doc_id.endswith("(2024-09-27)") and then.citations[0].doc_id.endswith("(2020-04-10)")
