"""The lexicon: one vocabulary, and tokenizers that never share a dictionary.

jieba's module-level dictionary is a process-wide global; teaching it a company profile's
words once changed how 73 of 707 corpus sentences tokenized while the BM25 index kept the
old tokens. Each use now owns a `Tokenizer`.
"""

from __future__ import annotations

import jieba

from assistant.eligibility import parse_profile
from assistant.index.keyword import KeywordIndex
from assistant.lexicon.regions import PROVINCES, Level, province_of
from assistant.lexicon.sentences import split_sentences
from assistant.lexicon.tokenizer import Tokenizer


def _corpus_sentences(corpus) -> list[str]:
    return [s for d in corpus for c in d.clauses for s in split_sentences(c.context)]


def test_parsing_a_profile_changes_no_corpus_tokenization(corpus):
    keywords = KeywordIndex.build([c for d in corpus for c in d.clauses])
    sentences = _corpus_sentences(corpus)
    assert len(sentences) > 500
    before = [keywords.tokenizer.tokenize(s) for s in sentences]
    fresh_before = [Tokenizer().tokenize(s) for s in sentences[:200]]

    profile = parse_profile("我们是杭州的一家互联网小微企业，做跨境电商和集成电路设计，想融资、申请专项资金")
    assert profile.city == "杭州" and profile.industries  # the profile vocabulary really was used

    assert [keywords.tokenizer.tokenize(s) for s in sentences] == before
    assert [Tokenizer().tokenize(s) for s in sentences[:200]] == fresh_before


def test_jiebas_global_dictionary_is_never_taught(corpus):
    jieba.dt.initialize()
    KeywordIndex.build([c for d in corpus for c in d.clauses])  # taught 省外汇管理局, 省通信管理局 …
    parse_profile("杭州的跨境电商小微企业")  # taught 跨境电商, 小微企业 …
    assert not {"省外汇管理局", "省通信管理局", "跨境电商", "小微企业"} & set(jieba.dt.FREQ)


def test_taught_words_stay_whole_only_where_taught():
    taught = Tokenizer(["信息消费扩内需"])
    assert "信息消费扩内需" in taught.tokenize("推进信息消费扩内需工作")
    assert "信息消费扩内需" not in Tokenizer().tokenize("推进信息消费扩内需工作")


def test_one_province_list_with_every_provincial_division():
    assert len(PROVINCES) == len(set(PROVINCES)) == 34
    assert {"香港", "澳门", "台湾", "内蒙古"} <= set(PROVINCES)
    assert province_of("广西壮族自治区") == "广西" and province_of("浙江省") == "浙江" and province_of("杭州") is None
    assert Level.NATIONAL == "国家"  # stored and compared as its value
