"""Which sentences of the right clause a content answer quotes: the question's words read in simplified script
(a traditional-script clause shares them too), and, asked which several, the sentence listing them. Real clauses
from dev documents; no model needed."""

from __future__ import annotations

from assistant.answering.composer import best_sentences
from assistant.lexicon.tokenizer import Tokenizer

#: 黑政办发〔2005〕49号 附件二 (traditional script as published, excerpt)
HEILONGJIANG = ("在我省實施的項目,近3年年平均新增利稅400萬元以上,其有功人員可申報省長特別獎。省長特別獎每兩年評審一次。"
                "對獲得省長特別獎的有功人員,由省政府頒發獎勵證書和獎金。")
#: 姑苏区 （一）1
GUSU = ("聚焦姑苏区文旅产业发展导向,支持新增投资项目落地,最高给予200万元扶持。鼓励文创载体示范化、特色化建设,"
        "支持载体引进符合产业发展导向的企业,对获评市级以上文化产业示范园区的,最高给予100万元奖励。"
        "支持影视动漫游戏、演艺演出赛事、在线新经济、文商旅新消费场景发展、企业参展。促进文化行业供需对接。")
#: 黔府办发〔2012〕34号 附件第二条
GUIZHOU = ("本辦法所稱省級財政專項資金是指由省級財政性資金安排的、在一定時期內具有專門用途的資金。"
           "按資金性質包括:公共財政預算、政府性基金預算、國有資本經營預算等財政性資金。"
           "按預算來源包括:結轉預算、年初預算、調整預算(含中央專款)等。")


def test_a_traditional_clause_is_quoted_where_it_says_what_is_asked():
    quoted = "".join(best_sentences(HEILONGJIANG, "黑龙江省长特别奖是发奖金还是发证书？", Tokenizer()))
    assert "獎勵證書和獎金" in quoted
    quoted = "".join(best_sentences(GUIZHOU, "专项资金按资金性质怎么分？", Tokenizer()))
    assert "國有資本經營預算" in quoted


def test_asked_which_several_the_listing_sentence_is_quoted():
    quoted = "".join(best_sentences(GUSU, "姑苏区支持哪些文化产业业态发展？", Tokenizer(), several=True))
    assert "影视动漫游戏、演艺演出赛事、在线新经济" in quoted
    # not asked which several: the sentence sharing most words, as before
    assert "影视动漫游戏" not in "".join(best_sentences(GUSU, "姑苏区对新增文旅投资项目最高扶持多少？", Tokenizer()))
