"""Reading the evidence of one slot in a clause: which money statement names the asked measure,
whether a sentence dates what is asked, when a 时间进度 is due, whether a follow-up's own words
name a cited clause. Pure functions over clauses and words, so `evidence` keeps the search and
the choice, and each reading is tested on its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.intents import TIME_TEXT
from assistant.corpus.model import Clause, Document

#: an amount or a rate in a text
MONEY = re.compile(r"\d+(\.\d+)?\s*(万|亿|千)?元|\d+(\.\d+)?\s*%")

#: words that say money is asked, not what for: an amount is matched to the measure by the other words
MONEY_WORDS = frozenset(
    ["奖励", "奖金", "补贴", "补助", "资金", "资助", "扶持", "支持", "给予", "金额", "额度", "最高", "一次性", "多少钱", "奖多少", "能拿", "拿到", "领取", "发放", "标准", "比例", "范围", "多少", "每个", "每人", "每家", "单个", "县里", "市里", "区里", "省里", "政府", "国家", "项目", "工程", "企业", "单位", "公司"]
)
#: how deep among the ranked hits a money statement matching the asked measure is looked for
MONEY_WINDOW = 8
#: words that point back without naming anything (那个, 这些)
DEICTIC = re.compile(r"[那这哪该此其][个些边项里样种条]?|对应|层面|[哪一]项|[省市县区]里|国家|省级|部门|单位")
EARLIER = re.compile(r"更早|最早|最先|更晚|最晚|最后")
LATER = frozenset({"更晚", "最晚", "最后"})
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12}


def due_by(deadline: str) -> tuple[int, int]:
    """(year, month) a 时间进度 is due by: 2013年第三季度 → (2013, 9), 2013年年底前 → (2013, 12); none sorts last."""
    year = re.search(r"(20\d\d)\s*年", deadline)
    if year is None:
        return (9999, 12)
    rest = deadline[year.end():]
    if month := re.match(r"\s*(\d{1,2})\s*月", rest):
        return (int(year.group(1)), int(month.group(1)))
    if quarter := re.match(r"\s*第?([一二三四])季度", rest):
        return (int(year.group(1)), _QUARTER_END[quarter.group(1)])
    return (int(year.group(1)), 12)


def names_most(words: list[str], text: str) -> bool:
    """`text` holds most of `words` (by length): 地面数字电视覆盖网 is not named by a text sharing 电视."""
    return sum(len(w) for w in words if w in text) * 2 >= sum(map(len, words))


def money_statements(clause: Clause) -> list[str]:
    """What a clause says about money, one string per measure, without the spaces PDF text puts inside
    words: each money fact's phrase with its beneficiary and condition, and each sentence with an amount."""
    facts = [f"{m.phrase}{m.beneficiary or ''}{m.condition or ''}" for m in clause.money]
    sentences = [s for s in re.split(r"[。；;]", clause.text) if MONEY.search(s)]
    return [re.sub(r"\s+", "", s) for s in (*facts, *sentences)]




def money_clause(words: list[str], candidates: list[Clause]) -> Clause | None:
    """The candidate (in rank order) whose money statement shares most with the words naming the
    measure asked; None when no statement names it. With no such words (奖多少？ after the measure was
    named) the best-ranked candidate."""
    if not candidates:
        return None
    if not words:
        return candidates[0]

    def said(clause: Clause) -> int:
        return max((sum(len(w) for w in words if w in s) for s in money_statements(clause)), default=0)

    score, _, best = max((said(c), -rank, c) for rank, c in enumerate(candidates))
    return best if score > 0 else None


def dates_what_is_asked(clause: Clause, words: list[str]) -> bool:
    """A sentence part of the clause gives a date or span and names one of the asked words."""
    return any(TIME_TEXT.search(s) and any(w in s for w in words) for s in re.split(r"[。；;，,]", clause.text))


def validity_clauses(document: Document, top: list[Clause], fills: Callable[[Clause], bool]) -> list[Clause]:
    """How long a policy applies is a fact of its document: the clause its validity was read from, else
    the best-ranked of `top` stating one, else the document's last clause stating one, else (when only
    its page says whether it is in force: 现行有效) its opening."""
    phrase = re.sub(r"\s+", "", document.validity_phrase or "")[-12:]
    own = [c for c in document.clauses if phrase and phrase in re.sub(r"\s+", "", c.text)]
    chosen = own[:1] or [c for c in top if fills(c)][:1] or [c for c in document.clauses if fills(c)][-1:]
    if not chosen and document.status and document.clauses:
        return document.clauses[:1]
    return chosen
