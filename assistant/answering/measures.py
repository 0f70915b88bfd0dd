"""Reading the evidence of one slot in a clause: which money statement names the asked measure,
whether a sentence dates what is asked, when a 时间进度 is due, whether a follow-up's own words
name a cited clause. Pure functions over clauses and words, so `evidence` keeps the search and
the choice, and each reading is tested on its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.figure_scope import cap_unstated, changed_without_figure
from assistant.answering.question import named_places
from assistant.answering.intents import (
    ASKS_EXTRA,
    ASKS_NAMES,
    ASKS_NUMBER,
    ASKS_ORG_NAMES,
    ASKS_OUTCOME,
    ASKS_RATE,
    ASKS_SUPPORT_MONEY,
    ASKS_TIERS,
    ASKS_TOTAL,
    BATCH,
    EXTRA_TEXT,
    MONEY_TEXT,
    NAMES_TEXT,
    NUMBER_VALUE,
    ORG_NAMES_TEXT,
    OUTCOME_TEXT,
    RATE_TEXT,
    SUPPORT_TEXT,
    TIERS_TEXT,
    Intent,
    Slot,
    slot_spec,
    states_validity,
)
from assistant.answering.wording import SENTENCE_PART, named_by, plain
from assistant.corpus.model import Clause, Document, Money
from assistant.corpus.money import (
    bands,
    case_named,
    condition_parts,
    excluding_condition,
    listed_cases,
    modifier_of,
    modifiers_differ,
    names_unlisted_case,
)
from assistant.corpus.numerals import cn_to_int
from assistant.corpus.responsibility import without_framing
from assistant.lexicon.aspects import unstated_aspect
from assistant.lexicon.abbreviation import abbreviates
from assistant.lexicon.enterprise import FARM_PRODUCE, SELF_INTRODUCTION, SUPPORT_INSTRUMENTS
from assistant.lexicon.regions import MEASURE_LEVELS, as_simplified, lists_places, places_named, to_simplified
from assistant.lexicon.time import ASKS_WHEN, DATED_ACTS, TIME_TEXT
from assistant.lexicon.units import find_units

#: an amount or a rate in a text
MONEY = re.compile(r"\d+(\.\d+)?\s*(万|亿|千)?元|\d+(\.\d+)?\s*[%％‰]")

#: words that say money is asked, not what for: an amount is matched to the measure by the other words
MONEY_WORDS = frozenset(
    ["奖励", "奖金", "补贴", "补助", "资金", "资助", "扶持", "支持", "给予", "金额", "额度", "最高", "一次性", "多少钱", "奖多少", "能拿", "拿到", "最多", "最多能", "上限", "封顶", "领取", "发放", "标准", "比例", "范围", "多少", "每个", "每人", "每家", "单个", "县里", "市里", "区里", "省里", "政府", "国家", "项目", "工程", "企业", "单位", "公司"]
)
#: the share (in tenths) of the asked measure's words a money statement must name to answer it
MONEY_NAMED_TENTHS = 3
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


def measure_words(words: list[str], title: str) -> list[str]:
    """The asked words that name a measure: less those that only ask for money (奖励多少) and those of the
    best document's title (核心团队 in a 核心团队奖励办法: what every measure of it is about), the title read in
    simplified script as questions are written (a traditional page, 蘇州工業園區…, names 苏州工业园区 too)."""
    named = plain(title)
    return [w for w in words if w not in MONEY_WORDS and w not in named]


def names_most(words: list[str], text: str) -> bool:
    """`text` holds most of `words` (by length): 地面数字电视覆盖网 is not named by a text sharing 电视."""
    return sum(len(w) for w in words if w in text) * 2 >= sum(map(len, words))


#: a leaf's lead sentence that only titles it (鼓励企业技改升级。对符合…): short, one phrase, no figure
_HEADING = re.compile(r"^\s*([^。；;，,：:\d]{2,16})[。：:]")
#: a bare figure among the asked words (投了500万): a quantity the asker has, met by a condition, never a name
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


#: a question asking a period (贴息期限最长多久, 能享受几年, 补贴多长时间): a span of time answers it, never an amount
ASKS_PERIOD = re.compile(r"期限|多久|多长时间|多长期限|多少年|(?<![哪第])几年|几个月|多少个月|多少天|(?<![哪第])几天|几个工作日")
#: a question asking a share (按什么比例, 利率的多少, 百分之几, 几个点, 千分之几): a rate answers it, never an amount
ASKS_PROPORTION = re.compile(
    r"比例|百分之(?:多少|几)|多少%|百分比|几成|千分之(?:多少|几)|几个点|[费利税]率[^，,。？?]{0,5}?(?:多少|几)|[费利税]率的(?:多少|几)"
)
#: a span of time a text states (贴息期限不超过1年, 12个月的贴息, 最长不超过三年, 30日内, 连续5年, 2024—2026年):
#: a count of years, months or days, never the year or the day of a date (2020年, 5月1日) nor a loan's term
#: (一年期贷款市场报价利率)
PERIOD_TEXT = re.compile(
    r"(?<![\d.年月第〔])(?:\d{1,3}|[一二两三四五六七八九十]+)\s*"
    r"(?:个月|个?自然年|个?年(?!期(?:贷款|LPR|以上|以下))|个?季度|个?工作日|天|日(?=内|以内|之内))"
    r"|(?:19|20)\d\d\s*年?\s*(?:—{1,2}|–|-|~|～|至|到)\s*(?:19|20)\d\d\s*年"
)
#: a rate a text states: 10%, 3‰, 百分之五, 千分之三, 1:1, 三成
RATE_VALUE = re.compile(r"\d\s*[%％‰]|\d\s*[:：/]\s*\d|[百千]分之[一二三四五六七八九十百零〇\d]|[一二三四五六七八九]成(?=[，。；、）)]|以|左右|的)")


#: a question asking a date (申请材料最晚什么时候交, 贴息资金哪天拨付): a date answers it, never an amount
ASKS_DATE = re.compile(r"什么时候|什么时间|何时|哪天|哪一天|几月几[日号]|几号|最晚|最迟|截止日期|截止时间")
#: asking money after the period or date a question asks first (能奖几年？奖多少钱)
_MONEY_AFTER = re.compile(r"多少钱|奖多少|补多少|[奖补]贴?多少|金额|额度|[?？].*多少")


def asked_quantity(question: str) -> str | None:
    """The type of quantity a question asks, which decides what answers it: "period" (期限, 多久, 几年),
    "rate" (比例, 百分之几, 利率的多少), "date" (最晚什么时候, 哪天), None for any other (an amount, a
    count). A question asking both a period or a date and a rate or an amount (能奖几年？前两年按多少比例奖)
    asks its money first: None or "rate"."""
    rate = ASKS_PROPORTION.search(question)
    if rate:
        return "rate"
    for kind, asks in (("period", ASKS_PERIOD), ("date", ASKS_DATE)):
        if (found := asks.search(question)) and not _MONEY_AFTER.search(question[found.end():]):
            return kind
    return None


#: a question asking how big a fund or a budget is (资金规模有多大, 一共安排了多少资金)
ASKS_SIZE = re.compile(r"规模|总额|总量|多大|一共|总共|合计|总计")
#: a sentence stating such a size: an amount set aside (由市财政出资2亿元设立, 资金规模为5000万元, 共安排1200万元)
_STATES_SIZE = re.compile(
    r"(?:规模|总额|总量|出资|设立|安排|筹集|筹措|合计|总计|共计)[^，,。；;]{0,12}?\d+(?:\.\d+)?\s*(?:亿|万|千)?元"
    r"|\d+(?:\.\d+)?\s*(?:亿|万)元[^，,。；;]{0,8}?(?:设立|规模|资金池)"
)


#: an amount asked per head, per firm, per unit (每个示范街镇的补贴标准是多少, 每户能拿多少, 单个项目最多补多少)
_ASKS_PER = re.compile(r"每(?:一)?(个|家|户|人|位|名|所|村|亩|间|台|套|辆|吨|平方米|街镇|镇|乡镇|企业|项目)|单(个|家|户)")
#: a text stating an amount per something (每户补贴7400元, 7400元/户, 单个项目最高, 人均, 按…标准, 各奖励12000元)
_STATES_PER = re.compile(r"每|元\s*/|/\s*[户人个家亩台]|单个|单家|单户|人均|户均|平均|标准|各\s*[\d一二三四五六七八九十]|各[奖补给发]|分别")


def per_unit_unstated(question: str, text: str) -> str | None:
    """What a decline names when the question asks an amount per something (每个示范街镇的补贴标准) and `text`, the
    chosen clauses, states sums only (补贴84个示范街镇共计10632万元): the per-unit figure is not given there, and
    dividing the total is no answer the text gives. None when no per-unit amount is asked or one is stated."""
    asked = _ASKS_PER.search(question)
    if asked is None or _STATES_PER.search(text):
        return None
    return f"文件只写了总额，没有写明每{asked.group(1) or asked.group(2)}的金额或标准。"


def states_size(text: str) -> bool:
    """`text` states the size of a fund or budget, read in simplified script (共計75593萬元 in a traditional text)."""
    return bool(_STATES_SIZE.search(as_simplified(text)))


def quantity_value(kind: str | None) -> Callable[[str], object]:
    """What a text part must carry to answer a quantity of `kind` (see `asked_quantity`)."""
    if kind == "period":
        return PERIOD_TEXT.search
    if kind == "date":
        return gives_date
    if kind == "rate":
        return RATE_VALUE.search
    return MONEY.search


def money_statements(clause: Clause, value: Callable[[str], object] | None = None) -> list[str]:
    """What a clause says about money, one string per measure, without the spaces PDF text puts inside
    words: each money fact's phrase with its beneficiary and condition, and each sentence with an amount,
    each led by the leaf's own title when its text opens with one (鼓励企业技改升级。: the measure's name).
    With `value` (a period or a rate asked, `quantity_value`), the sentences carrying such a value instead."""
    facts = [f"{m.phrase}{m.beneficiary or ''}{m.condition or ''}" for m in clause.money if value is None]
    sentences = [s for s in SENTENCE_PART.split(clause.text) if (value or MONEY.search)(s)]
    heading = _HEADING.match(clause.text)
    lead = heading.group(1) if heading else ""
    # in simplified script, as questions are written (a traditional page: 按3‰的比例進行獎勵)
    return [plain(lead + s) for s in (*facts, *sentences)]


#: a heading's own number (二、, （二）, 3.) before its words
_HEADING_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+\s*[、.．]|\d+\s*[.．、])\s*")


def heading_of(clause: Clause) -> str:
    """The innermost heading a leaf sits under, without its number: （二）绩效奖励 over 第四条 names the
    measure every amount of that article is for, though the article's own text never repeats it."""
    inner = clause.chapter.split()[-1] if clause.chapter and clause.chapter.split() else ""
    return plain(_HEADING_LABEL.sub("", inner) + (clause.clause_title or ""))


def money_clause(words: list[str], candidates: list[Clause], value: Callable[[str], object] | None = None) -> Clause | None:
    """The candidate (in rank order) whose money statement shares most with the words naming the
    measure asked; None when no statement names it. With no such words (奖多少？ after the measure was
    named) the best-ranked candidate. A bare figure the question states (投了500万) is what the asker
    has, for a condition to hold, so it names no measure while other words do. The heading a clause sits
    under names its measure on top of what its statements say, and counts twice: it is the measure's
    name, where a statement may only mention one (新建项目的绩效奖励 is the article under （二）绩效奖励,
    not the one that mentions 投产达效绩效奖励 as a reward already had)."""
    if not candidates:
        return None
    named = [w for w in words if not _FIGURE.fullmatch(w)]
    words = named or words
    if not words:
        return candidates[0]

    def said(clause: Clause) -> int:
        stated = max((sum(len(w) for w in words if w in s) for s in money_statements(clause, value)), default=0)
        heading = heading_of(clause)
        return stated + 2 * sum(len(w) for w in words if w in heading)  # the measure's name, not a mention

    # the statement (with its heading) must name a good share of the asked measure, each word counted once with
    # the longer words holding it: 新建粮食烘干中心 is not named by a 规模种粮补贴 statement sharing 粮食 alone. A
    # candidate scoring best by its heading alone (二、加强统计监测 against 纳入限上统计) that names too little is
    # passed over for the next that does.
    asked = named_by(words, "".join(words))

    def names_enough(clause: Clause) -> bool:
        heading = heading_of(clause)
        named = max((named_by(words, heading + s) for s in money_statements(clause, value)), default=0)
        return named * 10 >= asked * MONEY_NAMED_TENTHS

    ranked = sorted(((said(c), -rank, c) for rank, c in enumerate(candidates)), key=lambda t: t[:2], reverse=True)
    return next((c for score, _, c in ranked if score > 0 and names_enough(c)), None)


#: asking the most one may get (最多能拿多少钱, 最高奖多少, 上限是多少): a cap the text states answers it before an
#: amount or a rate that leads up to it (按3‰的比例进行奖励 … 奖励金额最高500万元)
ASKS_CAP = re.compile(r"最多|最高|上限|封顶|顶格")


def states_cap(money: Money) -> bool:
    """The money fact states the most given: a cap (最高500万元), an amount or rate with its ceiling (单个项目最高
    500万元), or that there is none (不设上限)."""
    return money.kind in ("cap", "uncapped") or money.cap is not None


def cap_clause(question: str, words: list[str], candidates: list[Clause]) -> Clause | None:
    """Asked a cap (`ASKS_CAP`), the candidate stating one that names the measure asked (`money_clause`); None
    when no cap is asked or none of the candidates states one for it."""
    if not ASKS_CAP.search(question):
        return None
    return money_clause(words, [c for c in candidates if any(map(states_cap, c.money))])


#: where a sentence part ends: a value belongs to the measure named in its own part
#: names and numbers of other texts (《…》, 〔2021〕22号): words in them name no measure of this one
_OTHER_TEXTS = re.compile(r"《[^》]*》|[（(][^（）()]{0,30}〔[^）)]*[）)]|[\u4e00-\u9fff]{0,8}〔\s*\d+\s*〕\s*\d+\s*号")


def _parts(text: str) -> list[str]:
    return [p for p in SENTENCE_PART.split(_OTHER_TEXTS.sub("", plain(text))) if p]


def _titled_parts(clause: Clause) -> list[tuple[str, str]]:
    """The clause's sentence parts, each with the leaf's own title (（一）支持企业春节抢抓生产) as the words it is
    read by: the title names the measure every sentence under it states, though a sentence may not repeat it
    (鼓励…抢抓生产。对…企业…每家企业最高奖励不超过100万元 answers 春节抢抓生产 奖多少). (title + part, part)."""
    title = plain(clause.clause_title or "")
    return [(title + part, part) for part in _parts(clause.text)]


#: a place in a sequence asked (第几次, 第几批, 第多少名)
_ASKS_ORDINAL = re.compile(r"第(?:几|多少)")
#: an ordinal written (第51次, 第三届, 第 2 批)
_ORDINAL_VALUE = re.compile(r"第\s*(?:\d+|[一二三四五六七八九十百]+)\s*[次批届名期轮号位个项]")


def _number_or_ordinal(part: str) -> bool:
    return bool(NUMBER_VALUE.search(part) or _ORDINAL_VALUE.search(part))


def value_named(
    words: list[str], clauses: list[Clause], value: Callable[[str], object], strict: bool = False
) -> bool | None:
    """Does a value of the asked type (an amount, a number) belong to the measure asked? Among the sentence
    parts of `clauses`, those naming the asked words about as well as the best part does (at least half as
    much, by length) must carry such a value: 对自主研发新药取得Ⅲ期临床批件的，给予优先支持 names the measure
    and gives no amount, so 100万元 of the neighbouring 二类新药 in the same clause does not answer it.
    None when no part names any asked word (nothing to decide from: a paraphrase). `strict` (money asked): the
    part naming the asked words best, unless it is a bare heading, must itself carry the value."""
    scored = [(sum(len(w) for w in words if w in read), part) for c in clauses for read, part in _titled_parts(c)]
    best = max((score for score, _ in scored), default=0)
    if best == 0:
        return None
    best_parts = [part for score, part in scored if score == best]
    if strict and not any(value(p) or _bare_heading(p) for p in best_parts) and not any(
        _item_value(words, c, value, best) for c in clauses
    ):
        # the sentence naming the asked measure best states no value and is more than a heading: a part naming it
        # less well is another measure's (自治区每年对关键核心技术攻关项目…给予财政资金资助 beside 对制造业关键核心技术
        # 产业化项目…最高不超过5000万元; …新雏鹰企业-科技领军企业的梯度培育体系 beside 科技企业孵化器分别最高给予…)
        return False
    return any(value(part) for score, part in scored if score * 2 >= best)


def _item_value(words: list[str], clause: Clause, value: Callable[[str], object], best: int) -> bool:
    """An item titled by the measure asked (（一）宣传推广) states one value, in a sentence of its own naming
    nothing (…开展营销活动。中央财政资金专项支持不超过100万元。): that value is the item's, though the sentence
    describing the measure best states none."""
    title = plain(clause.clause_title or "")
    named = sum(len(w) for w in words if w in title)
    return named * 2 >= best > 0 and sum(1 for part in _parts(clause.text) if value(part)) == 1


def _bare_heading(part: str) -> bool:
    """A sentence part that only titles what follows (支持企业数字化改造): short, one phrase, no figure."""
    return len(part) <= 16 and not re.search(r"[，,：:\d]", part)


def named_better_without(words: list[str], chosen: list[Clause], best: list[Clause], value: Callable[[str], object]) -> bool:
    """One of the best-ranked clauses names the measure asked more than twice as well, in a sentence part
    carrying no value of the asked type, as any value-bearing part of the chosen clauses: the value is a
    neighbouring measure's (注册资本最低多少钱: the best-ranked clause on 注册资本认缴登记 gives no amount, so
    3.2万亿元 of a target clause that merely mentions 互联网 does not answer). Decided on the clauses, so it
    holds whichever order ranked them."""
    given = max((named_by(words, read) for c in chosen for read, p in _titled_parts(c) if value(p)), default=0)
    return any(
        named_by(words, read) > 2 * given and not value(part)
        for c in best
        if c not in chosen
        for read, part in _titled_parts(c)
    )


#: where a sentence fragment ends (after a comma, a sentence end or a colon)
FRAGMENT_END = re.compile(r"(?<=[，,。；;！？!?：:])")
_SENTENCE_END = re.compile(r"(?<=[。；;！？!?\n])")
#: the words that join a date to its sentence without naming anything: 到2025年底前, 自2021年5月1日起, 截至…
_DATE_LINKS = re.compile(r"[到在于从自至截起前之以内后底止]")
#: a cited document's title (《关于2005年退耕还林计划…的请示》): a year in it names that document
_CITED = re.compile(r"《[^《》]*》")


def gives_date(fragment: str) -> bool:
    """Whether the fragment gives a date of its own: a year in a cited document's title is that
    document's, never the asked measure's deadline."""
    return bool(TIME_TEXT.search(_CITED.sub("", fragment)))


def bare_date(fragment: str) -> bool:
    """A fragment that is a date and nothing else (到2025年底前): it opens what follows it."""
    return not _DATE_LINKS.sub("", TIME_TEXT.sub("", fragment)).strip("，,。；;：:")


def dated_parts(text: str) -> list[str]:
    """The clause's sentence parts that each carry their own date. A sentence is cut after each
    comma-delimited fragment holding a date, so the words before a date are the measure it dates
    (实施阶段性降低用人单位基本医疗保险缴费费率政策,实施期限至2021年12月31日 is one part; 原…政策实施至
    2021年4月30日 and 2021年5月1日起按照…执行 are two); a fragment that is only a date (到2025年底前,)
    dates the words after it instead, up to the next date. Undated fragments after a sentence's last
    date stay with it; a sentence without a date gives no part, nor does a year in a cited title."""
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        fragments = [f for f in FRAGMENT_END.split(re.sub(r"\s+", "", sentence)) if f]
        held: list[str] = []
        opened = dated = False  # opened: `held` follows a bare date
        for fragment in fragments:
            if not gives_date(fragment):
                held.append(fragment)
                continue
            if opened:
                parts.append("".join(held))
                held = []
            opened = bare_date(fragment)
            held.append(fragment)
            if not opened:
                parts.append("".join(held))
                held, dated = [], True
        if held and opened:
            parts.append("".join(held))
        elif held and dated:
            parts[-1] += "".join(held)
    return [p.strip("，,。；;：:") for p in parts]


def dates_what_is_asked(clause: Clause, words: list[str]) -> bool:
    """A sentence part of the clause that gives a date or span names one of the asked words: the part a
    date dates (`dated_parts`: the words before it, or those after a date standing alone: 到2025年
    底前,全市首批100个…示范社区全面建成), compared in simplified script (a traditional-script clause)."""
    return any(any(w in to_simplified(p) for w in words) for p in dated_parts(clause.text))


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


def named_undated(words: list[str], chosen: Clause, best: list[Clause], question: str = "") -> bool:
    """The task asked is named better by one of the best-ranked clauses, which gives no date, than by the
    dated clause chosen (什么时候发放信息消费券: the clause on 信息消费券 sets no date; the date of the
    statistics task beside it must not answer). Clauses of one kind are compared (a body clause with a body
    clause, an annex row with an annex row): an annex row often says in fewer words what its body clause says.
    Never when the chosen clause dates the very act the question asks the time of (申报材料最晚什么时候要寄到 of
    于2021年6月15日前将相关纸质材料…邮寄至工信部) and names the task at least half as well as any of them: a clause
    naming it in more words does not date it (one naming little of it is still another task's: 意见反馈截止 for a
    项目申报截止 asked)."""

    def named(clause: Clause, own_words_only: bool = False) -> int:
        # a rival naming the task only by a title another text bears (附件:《…耕地地力保护补贴政策实施方案》) names no
        # task of its own
        text = _OTHER_TEXTS.sub("", clause.text) if own_words_only else clause.text
        return sum(len(w) for w in words if w in text)

    asked = _asked_acts(to_simplified(question))
    if (len(asked) == 1 and any(asked & _acts(to_simplified(part)) for part in dated_parts(chosen.text))
            and 2 * named(chosen) >= max(map(named, best), default=0)):
        return False
    return any(
        not c.deadline and (c.annex_row is None) == (chosen.annex_row is None) and named(c, own_words_only=True) > named(chosen) for c in best
    )


#: asking when the text itself takes effect (起施行, 生效), whatever slot the question was read as (a deadline)
ASKS_EFFECT = re.compile(r"施行|生效")
#: asking when a text takes effect (从哪天起施行, 什么时候生效, 何时开始执行): a date or a 之日起 answers it
ASKS_START = re.compile(r"哪天|哪一天|什么时候|何时|几号|哪日|几月几[日号]|从哪|生效|起施行|起执行|起实施")


def start_unstated(question: str, clauses: list[Clause], document: Document | None) -> bool:
    """When a text takes effect is asked, and neither the chosen clauses say it (施行, 之日起, 有效期…, outside the
    names of other texts) nor its metadata dates it: a draft for comment (征求意见稿) has no date of effect, and
    its title or opening must not answer 从哪天起施行."""
    if not ASKS_START.search(question) or any(map(states_validity, clauses)):
        return False
    return document is None or not (document.effective_date or document.expiry_date or document.validity_phrase)


def ordinals(text: str) -> set[tuple[int, str]]:
    """The batches, phases and rounds a text names, as (number, kind): 首批 and 第一批 are (1, 批)."""
    return {(cn_to_int(m.group(1)), m.group(2)) if m.group(1) else (1, m.group(3)) for m in BATCH.finditer(text)}


#: an amount per measured quantity (每亩, 每50公斤, 每张, 300元/亩): what the amount is counted by
PER_UNIT = re.compile(
    r"(?:每[\d一二两三四五六七八九十百千]*|/)\s*(亩|公斤|千克|斤|吨|平方米|立方米|张|头|只|台|套|株|千瓦时?|床|辆|箱|盒)"
)


#: quantities of one dimension answer for each other (每吨水 and 每立方米: a ton of water is a cubic metre)
_SAME_DIMENSION = {"平方米": "亩", "千克": "公斤", "斤": "公斤", "吨": "公斤", "立方米": "公斤", "千瓦时": "千瓦"}


#: an amount asked per person (每人, 人均, 奖金落到每个获奖人头上, 每位)
ASKS_PER_HEAD = re.compile(r"每(?:个|位|名)?(?:获奖|受奖|入选|参与)?(?:人|者)(?!数|员|才|口|次|民|们)|人均|每位")
#: a text stating an amount per person (每人, 每名, 人均, 按人, 对个人)
PER_HEAD_TEXT = re.compile(r"每(?:人|名|位)|人均|按人|[／/]人|个人|本人")
#: a text stating an amount per project or per body (每个项目奖励10至20万元, 单个企业, 每家)
PER_BODY_TEXT = re.compile(r"(?:每|单)(?:个|家|户)?(?:项目|企业|单位|平台|基地|园区|机构)|每家|每户")


#: a place in a ranking, as a band of places: 排名在6-10 / 排第11到20名 (6..10), 排名前5 / 前10名 (1..N), 排名第一 /
#: 第3名 (N..N); a rank is said with 排/名次/位列 before it or 名/位 after it, never a bare ordinal (第3条)
_RANK_NUM = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
_RANK = re.compile(
    rf"(?:排名|排|名次|位列|位居)(?:在|为|第)?\s*{_RANK_NUM}\s*(?:名|位)?\s*(?:-|—|–|~|～|至|到)\s*第?{_RANK_NUM}\s*(?:名|位)?"
    rf"|(?:(?:排名|排|名次|位列|位居)(?:在|为)?前|前(?=(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s*[名位]))\s*{_RANK_NUM}\s*(?:名|位)?"
    rf"|(?:排名|排|名次|位列|位居)(?:在|为)?第?\s*{_RANK_NUM}\s*(?:名|位)?|第\s*{_RANK_NUM}\s*[名位]"
)


def rank_bands(text: str) -> list[tuple[int, int]]:
    """The bands of places in a ranking the text names (see `_RANK`), first place to last, in reading order."""
    found = []
    for m in _RANK.finditer(re.sub(r"\s+", "", text)):
        a, b, top, one, alone = m.groups()
        if a and b:
            found.append((cn_to_int(a), cn_to_int(b)))
        elif top:
            found.append((1, cn_to_int(top)))
        elif one or alone:
            found.append((cn_to_int(one or alone),) * 2)
    return found


def rank_unlisted(question: str, clauses: list[Clause]) -> bool:
    """An amount asked for a place in a ranking (排第11到20名的企业能补多少) where the chosen clauses grant money by
    ranks (排名前5的…50万元;排名在6-10的…30万元) none of which holds it: the money is the listed ranks', not the
    asked one's."""
    asked = rank_bands(question)
    granting = [s for c in clauses for s in SENTENCE_PART.split(plain(c.text)) if MONEY_TEXT.search(s) or MONEY.search(s)]
    listed = [band for s in granting for band in rank_bands(s)]
    return bool(asked and listed) and not any(a[0] <= b[1] and b[0] <= a[1] for a in asked for b in listed)


#: a grade of an award (二等奖, 特等奖, 金奖, 优秀奖): the grades a text grants are the ones it names
_GRADE = re.compile(r"([特一二三四五六七八九十])等奖|(金|银|铜|优秀)奖")


def grade_unlisted(question: str, clauses: list[Clause]) -> bool:
    """An award's grade asked (三等奖呢？) of clauses naming other grades only (获二等奖的…10万元;获一等奖的…20万元):
    the grade asked is not among those the text grants."""
    def grades(text: str) -> set[str]:
        return {m.group(0) for m in _GRADE.finditer(text)}

    asked, listed = grades(question), grades("".join(c.text for c in clauses))
    return bool(asked and listed) and not asked & listed


def per_body_only(question: str, text: str) -> bool:
    """An amount asked per person (奖金落到每个获奖人头上是多少) of a text that counts its amounts per project or
    per body (每个项目奖励10至20万元) and never per person: the share of each person is not stated."""
    return bool(ASKS_PER_HEAD.search(question)) and bool(PER_BODY_TEXT.search(text)) and not PER_HEAD_TEXT.search(text)


def per_units(text: str) -> set[str]:
    """The quantities a text counts an amount by (每亩 → 亩, 元/吨 → 吨), one per dimension (吨 and 斤 are 公斤)."""
    return {_SAME_DIMENSION.get(m.group(1), m.group(1)) for m in PER_UNIT.finditer(text)}


def units_named(clause: Clause, region: str | None = None) -> list[str]:
    """Government units a clause's text names, line by line (a table row's last cell, 市农业农村局, is a
    line of its own), outside the names and numbers of other texts: who the clause gives a task to when no
    responsibility was parsed from it (省科技和财政部门是…主管部门, 报财政部、人力资源社会保障部备案)."""
    units: list[str] = []
    for line in _OTHER_TEXTS.sub(" ", without_framing(to_simplified(clause.text))).splitlines():
        units += [u for u in find_units(line, region) if u not in units]
    return units


#: a unit named as a text's drafter: the dated line under its title ((省人事厅 2005年7月10日)) or 省人事厅拟定的…
_DRAFTED_BY = re.compile(
    r"^\s*[（(]\s*([^（）()\s\d]{2,30})\s*(?:\d{4}\s*年[^（）()]*)?[）)]\s*$"
    r"|([\u4e00-\u9fff]{2,30}?)(?:起草|拟定|拟订|草拟|编制)(?:了|的)?(?=《|[\u4e00-\u9fff]{0,20}(?:办法|意见|规定|方案|细则|政策))",
    re.MULTILINE,
)


def drafters(document: Document) -> tuple[Clause, list[str]] | None:
    """The clause naming the unit that drafted the document (a dated attribution line under its title, or a
    unit said to have drafted it), with that unit; None when the text names none."""
    for clause in document.clauses:
        for match in _DRAFTED_BY.finditer(to_simplified(clause.text)):
            units = find_units(match.group(1) or match.group(2) or "", document.region)
            if units:
                return clause, units
    return None


#: the action a total is asked of (一共整合了多少钱 → 整合)
_TOTAL_OF = re.compile(r"(?:一共|总共|共计|合计)([\u4e00-\u9fff]{2,8}?)了(?:多少|几)")


#: a text counting what it sets out (票证共21种, 合计12个) or summing the money it hands out (追加安排…补助资金共17426万元):
#: the total a question asks (一共定了多少种, 一共追加了多少) is stated
#: (…遗址等178处不可移动文物: a list closed by 等 and its count is a total too)
COUNTED_TOTAL = re.compile(r"(?:共|共计|合计|总计|等)\s*\d+(?:\.\d+)?\s*(?:[种个项家类件批所条名人户座处]|[万亿千]?元)")


def states_total(question: str, text: str) -> bool:
    """The text states the asked action with its amount (整合3000万元资金): the total the question asks of that
    action is given, whether or not the text reports it as done (少缴了多少 is not answered by 下调费率50%)."""
    asked = _TOTAL_OF.search(question)
    verb = asked.group(1)[-2:] if asked else ""
    return bool(verb) and bool(re.search(re.escape(verb) + r"[^，,。；;]{0,4}\d", text))


#: a government level naming a measure (国家级, 省级, 省长, 绍兴市级, 区级); coordinated levels (国家级及省级) chain
_LEVEL = "(?:" + "|".join(sorted(MEASURE_LEVELS, key=len, reverse=True)) + ")"
#: …and what may stand between the levels and the measure: its quotes (省级“专精特新”) or a short field word
#: (国家级制造业单项冠军), never a word of giving or whom (省级财政对专精特新企业: the payer's level)
_LEVEL_CHAIN = re.compile(rf"(?:{_LEVEL}(?:及|和|与|或|、)?)+(?:(?![对为给的奖补按向由在])[\u4e00-\u9fff]){{0,3}}[“\"「『]?$")


def _levels(text: str) -> set[str]:
    return {MEASURE_LEVELS[m] for m in re.findall(_LEVEL, text)}


#: where the measure a level word names ends in a question: a word of giving, asking or whom (市级龙头企业奖多少钱)
_MEASURE_END = re.compile(r"[^\u4e00-\u9fff]|的|奖|补|能|可|有|要|每|是|给|在|拿|获|享|申|发|按|多少|几|怎|如何|哪|什么|应|由|领|和|等|里")


def _levels_leading(name: str, said: str) -> set[str] | None:
    """The levels standing before every place `said` names `name` (国家级及省级制造业创新中心 counts both); None
    where one place names it without a level: it may hold at every level."""
    found: set[str] = set()
    for at in (i.start() for i in re.finditer(re.escape(name), said)):
        chain = _LEVEL_CHAIN.search(said[max(0, at - 12): at])
        if chain is None:
            return None
        found |= _levels(chain.group(0))
    return found


def other_level(question: str, text: str) -> str | None:
    """The text gives the measure the question names only at other government levels: 绍兴市级首版次软件
    asked where the text rewards 省级首版次软件, 省长质量奖 where it rewards 中国质量奖. The measure is the
    longest run (3+ characters) after a level word in the question that the text has, or, where the text writes
    the measure with words inside it (市级农业产业化龙头企业 asked, 农业产业化省级重点龙头企业 written), the longest
    tail of the asked measure that the text has: the head the level qualifies. Every place the text has it must be
    led by level words and none the asked one.
    The levels the text names (e.g. 省级), or None when they include the asked level, when the text also
    names the measure without a level, or when nothing is decided."""
    said = plain(text)
    for m in re.finditer(_LEVEL, question):
        rest = question[m.end():]
        name = next((rest[:k] for k in range(min(len(rest), 10), 2, -1)
                     if re.fullmatch(r"[\u4e00-\u9fff]+", rest[:k]) and rest[:k] in said), None)
        if name is None:
            continue
        asked = MEASURE_LEVELS[m.group(0)]
        measure = rest[: end.start()] if (end := _MEASURE_END.search(rest)) else rest
        head = next((measure[k:] for k in range(1, len(measure) - 2) if measure[k:] in said), None) if (
            measure not in said and len(measure) > len(name)) else None
        for found in (_levels_leading(name, said), _levels_leading(head, said) if head else None):
            if found and asked not in found:
                return "、".join(sorted(found))
        return None
    return None


#: a share asked in the words of 按多少比例奖 / 比例多少 (ASKS_RATE has 什么比例, 比例是多少)
ASKS_SHARE = re.compile(r"多少(?:的)?比例|几个点")
#: a span of years asked (连续几年, 能管几年, 多少年) and a text stating one: 2024—2026年, 连续5年, 3年内
ASKS_SPAN = re.compile(r"(?:连续|管|享受|给|补|奖|有)[^，,。？?]{0,3}(?:几|多少)年|几年|期(?:限)?(?:有|是|为)?多(?:长|久)")
SPAN_TEXT = re.compile(
    r"(?:19|20)\d\d\s*年?\s*(?:—{1,2}|–|-|~|～|至|到)\s*(?:19|20)\d\d\s*年"
    r"|(?:连续|期限|为期|最长)\s*(?:\d{1,2}|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|自然年)"
    r"|(?<![\d年])(?:\d{1,2}|[一二两三四五六七八九十]+)\s*年(?:内|以内|期)"
)


def states_span(question: str, text: str) -> bool:
    """A span of years is asked (连续几年都有) and the text states one (2024—2026年, 连续5年, 3年内): the
    span answers, though no count stands before a 年 (2026年 is a year, not a count)."""
    return bool(ASKS_SPAN.search(question) and SPAN_TEXT.search(text))


#: asked per recipient (每个项目, 每家, 对存量企业的技改项目补助多少), not the size of a fund
PER_RECIPIENT = re.compile(r"每个|每家|每户|每人|单个|单家|对[^，,。？?]{2,20}(?:补助|补贴|奖励|奖补|资助|扶持|补|奖|给)多少")
#: asked the size of a fund or an arrangement (安排了多少, 资金有多少, 一共整合)
ASKS_FUND = re.compile(r"安排|设立|整合|筹集|总规模|总额|一共|总共|资金有多少|多少资金")
#: an amount set aside as a fund or budget (设立2.43亿元…专项引导资金, 安排4000万元前期费, 整合3000万元资金)
_FUND_AMOUNT = re.compile(
    r"(?:设立|安排|整合|筹集|统筹|总规模(?:不低于|为|达)?|规模(?:不低于|为|达)?)[^，,。；;\d]{0,6}\d+(?:\.\d+)?\s*(?:万|亿|千)?元"
)


def fund_only(part: str) -> bool:
    """Every amount of the part is a fund or a budget set aside, not a sum given to a recipient."""
    amounts = list(MONEY.finditer(part))
    funds = list(_FUND_AMOUNT.finditer(part))
    return bool(amounts) and all(any(f.start() <= a.start() < f.end() for f in funds) for a in amounts)


def _modified_otherwise(modifier: str, head: str, part: str, words: list[str] = ()) -> bool:
    """Every place `part` names `head`, other words modify it than `modifier` (预算收入 where 居民收入 is asked),
    and the part names no `modifier` elsewhere (在职职工总数30人以下的企业 is about 企业职工: the part names both).
    A modifier the question also names (`words`: 高校 of 支持高校、科研院所…, written 高校院所) is no other one."""
    places = [m.start() for m in re.finditer(re.escape(head), part)]
    if not places or modifier in part:
        return False
    for at in places:
        own = modifier_of(part[:at])
        if not modifiers_differ(own, modifier) or any(len(w) >= 2 and w in own for w in words):
            return False
    return True


#: a word that asks (多长时间, 什么时候): it names no measure
_ASKING = re.compile(r"多少|多长|多大|多高|多久|几|什么|哪|怎")


def value_of_other_measure(words: list[str], clauses: list[Clause], value: Callable[[str], object]) -> bool:
    """The asked measure is a compound (居民收入: a modifier and a head the question also names, 收入) that no
    value-bearing part of the chosen clauses names, and those naming the asked words best name its head only
    under another modifier (一般公共预算收入增长8%): the value is another measure's of the same head."""
    parts = [p for c in clauses for p in _parts(c.text) if value(p)]
    if not parts:
        return False
    best = max(named_by(words, p) for p in parts)
    top = [p for p in parts if best and named_by(words, p) * 2 >= best]
    for word in words:
        if len(word) < 4 or re.search(r"\d", word) or _ASKING.search(word) or any(word in p for p in parts):
            continue
        for head in (h for h in words if h != word and len(h) >= 2 and word.endswith(h)):
            if top and all(_modified_otherwise(word[: -len(head)], head, p, words) for p in top):
                return True
    return False


def unlisted_case(question: str, words: list[str], clauses: list[Clause]) -> bool:
    """The money statement of the chosen clauses naming the asked measure best (by its phrase, beneficiary and
    condition; the first of equals, as the answer takes it) is a respectively-list (分别给予50万元、20万元)
    none of whose cases the question names, one sharing only its head (示范企业) under another modifier: the
    amounts are those cases', not the asked one's (`corpus.money.names_unlisted_case`). Unless the chosen clauses
    name the asked modifier elsewhere (新列入高新技术中小企业 against 专精特新中小企业, where the clause also says 对初次
    认定为国家高新技术企业的，给予企业20万元奖励): the asked case is stated in a sentence of its own."""
    facts = [m for c in clauses for m in c.money]
    if not facts:
        return False
    named = [w for w in words if not re.fullmatch(r"[\d.]+", w)]
    top = max(facts, key=lambda m: named_by(named, plain(f"{m.phrase}{m.beneficiary or ''}{m.condition or ''}")))
    asked = plain(question)
    if not names_unlisted_case(top, asked):
        return False
    text = "".join(plain(c.text) for c in clauses)
    return not any(m and m in text for m in _asked_modifiers(top, asked))


def _asked_modifiers(money: Money, question: str) -> list[str]:
    """What the question puts before the head it shares with each listed case it does not name (服务型制造 of
    服务型制造示范企业 against 技术创新示范企业)."""
    found = []
    for case in listed_cases(money) or []:
        if case_named(case, question) is False:
            end = next(k for k in range(len(case), 1, -1) if case[-k:] in question)
            found.append(modifier_of(question[: question.index(case[-end:])]))
    return found


#: whom or what a question asks the money of, named before a comma after a 的 (…供应企业的驻企特派员，每月有多少补贴):
#: the head of the phrase, what the words before the 的 only modify
#: or after 给 before the money asked (再给核心团队个人发多少奖励): whom it is given to
_ASKED_OF = re.compile(r"的([\u4e00-\u9fff]{2,8})[，,]|给([\u4e00-\u9fff]{2,8}?)[发奖补]?多少")
#: a phrase naming where in a text the question looks (办理情况复函里, 那份通知中): no one the money is asked for
_TEXT_PLACE = re.compile(r"(?:复函|函|通知|意见|办法|方案|文件|规定|答复|批复|政策|措施|细则)?[里中内上]$")


#: words that say how a figure moves or what it is, naming no measure (增长, 目标, 达到): a clause sharing only these
#: with the question is about another measure
_CHANGE_WORDS = re.compile(r"增长|下降|提高|降低|减少|增加|提升|目标|达到|完成|实现|控制|预期|指标|比重|年度|全年|今年|同比"
                           r"|多长|多久|时间|多少|什么")  # and asking words (多长时间评一次)


#: words that count or qualify (一届, 每次, 几次, 全国): what is left of a question whose measure is its document's
#: title; and how much of the measure's own words must be left (公共预算收入) to decide on them
_COUNTING = re.compile(r"[一二两三四五六七八九十几每各全]")
_HEAD_MIN = 4


def _said(clauses: list[Clause]) -> str:
    """What the clauses say of themselves, as asked words are looked for in it: title, text and heading, plain."""
    return "".join(plain(f"{c.clause_title or ''}{c.text}") + heading_of(c) for c in clauses)


def measure_unnamed(words: list[str], clauses: list[Clause]) -> bool:
    """A number asked of a measure (一般公共预算收入增长目标是多少) that the chosen clauses never name, by any of
    its words, written out or abbreviated: their figure (地区生产总值增长6%以上) is another measure's. Not decided
    when the question names the measure in Latin letters (GDP, CPI), which texts write out in Chinese."""
    head = [w for w in words if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w) and not _CHANGE_WORDS.search(w)
            and not _COUNTING.search(w)]
    if sum(map(len, head)) < _HEAD_MIN or any(re.search(r"[A-Za-z]", w) for w in words):
        return False
    said = _said(clauses)
    return not any(w in said or abbreviates(w, said) for w in head)


def recipient_unnamed(question: str, words: list[str], clauses: list[Clause]) -> bool:
    """The question names whom the money is asked for as the head of a phrase (派到防疫物资供应企业的驻企特派员，
    每月有多少工作补贴; 再给核心团队个人发多少奖励), and none of the asked words of the heads is in the chosen clauses (their text, title
    or heading): the amount those clauses give is for whom they name (the supplying enterprises), not for the
    asked one. Words that only ask for money (补贴, 企业) are no head (`measure_words` took them out)."""
    # the asker introducing itself (我们是金华的外贸企业，) names who asks, not a recipient the clauses must name
    question = SELF_INTRODUCTION.sub("", question)
    asked = "".join(p for m in _ASKED_OF.finditer(question) if not _TEXT_PLACE.search(p := m.group(1) or m.group(2)))
    head = [w for w in words if w in asked and not _FIGURE.fullmatch(w)]
    if not head:
        return False
    said = _said(clauses)
    return not any(w in said for w in head)


#: the asker placing the case outside a group (不是低保户的老人, 不属于规上企业的, 没评上示范的): the group, as said
_NEGATED_GROUP = re.compile(
    r"(?:不是|并非|不属于|没有评上|没评上|未被认定为|未认定为?|不在)(?P<group>[\u4e00-\u9fff]{2,6}?)(?=的|户|企业|人员|[，,？?]|$)"
)


def negated_group(question: str, text: str) -> str | None:
    """The group a question says its case is not of (闽侯县不是低保户的80岁以上老人…多少) where the money text grants
    to that group (对80周岁以上城乡低保老年人…发放100元) and says nothing of those outside it (不是低保/非低保): the
    amount is that group's, not the asker's. None when the question negates no group the text names."""
    for m in _NEGATED_GROUP.finditer(question):
        group = m.group("group")
        if group in text and not re.search(rf"(?:不是|非|不属于|未){re.escape(group)}", text):
            return group
    return None


def outside_condition(question: str, words: list[str], clauses: list[Clause]) -> str | None:
    """The condition of the money the chosen clauses grant for the asked measure that a quantity the asker
    states falls outside (项目投资只有600万 against 对单个项目固定资产投资不低于1000万元的): the amount is for
    others, so it does not answer. The condition must be in a sentence granting money that names the asked
    measure about as well as the best one does (at least half, by length); no condition of any granting
    sentence of the clauses may hold the stated quantity (a lower tier elsewhere in them answers). Decided
    from the numbers (`corpus.money.excluding_condition`); the condition is returned as written, less its
    leading 对 and trailing 的."""
    sentences = [
        s for c in clauses for s in SENTENCE_PART.split(plain(c.text))
        if (MONEY_TEXT.search(s) or MONEY.search(s)) and SUPPORT_TEXT.search(s)  # MONEY: a per-mille rate (按3‰的比例)
    ]
    if not sentences:
        return None
    named = [w for w in words if not re.fullmatch(r"[\d.]+", w)]
    best = max(named_by(named, s) for s in sentences)
    parts = [p for s in sentences for p in condition_parts(s)]
    found = excluding_condition(question, parts)
    if found is None:
        return None
    home = next(s for s in sentences if found in s)
    if named_by(named, home) * 2 < best:
        return None  # the excluding condition is another measure's
    return re.sub(r"^对|的$", "", found)


#: asking the threshold a condition sets (利税门槛是多少, 对年营业收入有什么门槛): a bound in a condition answers it
ASKS_THRESHOLD = re.compile(r"门槛")


def states_threshold(clauses: list[Clause]) -> bool:
    """A condition part of the clauses bounds a quantity (固定资产投资不低于1000万元的, 年能耗5000吨标准煤及以上):
    the cap of the support granted (补助最高不超过200万元) is no threshold the asker must reach."""
    return any(bands(part) for c in clauses for s in SENTENCE_PART.split(plain(c.text)) for part in condition_parts(s))


def other_instrument(question: str, clauses: list[Clause]) -> str | None:
    """The instrument of support the question asks money of (贴息, 担保, 租金: `lexicon.enterprise.SUPPORT_INSTRUMENTS`)
    when the chosen clauses never speak of it: their figures are another instrument's (辽阳清单 row 3 grants 20% of
    fixed assets, asked the rate of a 贷款贴息). None when none is asked or the clauses speak of it."""
    text = plain("".join(f"{c.clause_title or ''}{c.text}" for c in clauses))
    return next((name for name, said in SUPPORT_INSTRUMENTS.items() if name in question and not said.search(text)), None)


#: asked the sum lent itself (能贷多少, 贷款额度, 贷款本身), not the support given on a loan (贴息, 担保费)
ASKS_LOAN_SUM = re.compile(r"能贷|可贷|贷多少|借多少|贷款(?:额度|本身|金额)|授信额度")
#: a sum lent: 贷款额度最高30万元, 授信1亿元, 500万元以内的贷款
LOAN_SUM_TEXT = re.compile(
    r"(?:贷款|授信|借款|可贷)(?:额度|金额|规模)?[^，,。；;]{0,8}?\d+(?:\.\d+)?\s*(?:万|亿)?元"
    r"|\d+(?:\.\d+)?\s*(?:万|亿)?元(?:以内|以下|以上)?的?(?:贷款|授信|借款)"
)


def loan_sum_unstated(question: str, text: str) -> bool:
    """The sum lent is asked (贷款本身一个项目最多能贷多少钱) and the text states no sum lent, only the interest
    subsidy or guarantee support on a loan (贴息上限为1000万元): that figure is not the one asked."""
    return bool(ASKS_LOAN_SUM.search(question)) and not LOAN_SUM_TEXT.search(text)


def other_produce(question: str, clauses: list[Clause]) -> str | None:
    """The crop or livestock the question asks money for (种油菜的, 种蔬菜的大户: `lexicon.enterprise.FARM_PRODUCE`)
    when the chosen clauses name only others (稻麦复种…规模种粮补贴): their sum is for those. None when none is
    asked, the clauses name an asked one, or they name none at all (a sum for every farm)."""
    asked = [name for name, named in FARM_PRODUCE.items() if named.search(question)]
    text = plain("".join(f"{c.clause_title or ''}{c.text}" for c in clauses))
    said = [name for name, named in FARM_PRODUCE.items() if named.search(text)]
    return asked[0] if asked and said and not set(asked) & set(said) else None


#: per kind of dated act, the act named (`_NAMED_ACT`) and its time asked (`_ASKED_ACT`: 什么时候公布, 公布时间)
_NAMED_ACT = {kind: re.compile("|".join(verbs)) for kind, verbs in DATED_ACTS.items()}
_ASKED_ACT = {
    kind: re.compile(rf"{ASKS_WHEN}[^，,。？?]{{0,4}}(?:{act.pattern})|(?:{act.pattern})[^，,。？?]{{0,3}}(?:时间|日期)")
    for kind, act in _NAMED_ACT.items()
}


def _acts(text: str) -> set[str]:
    """The kinds of dated act (`DATED_ACTS`) a text names."""
    return {kind for kind, act in _NAMED_ACT.items() if act.search(text)}


def _asked_acts(question: str) -> set[str]:
    """The kinds of dated act a question asks the time of: the act its time words join (什么时候公布, 公布时间)."""
    return {kind for kind, asked in _ASKED_ACT.items() if asked.search(question)}


def dates_asked_act(question: str, clause: Clause) -> bool:
    """The question asks the time of one kind of act (什么时候能兑付到农户手里) and a dated part of the clause
    names that act (于11月底前…将补贴资金兑付到户), not only the topic (11月15日前完成上报 of the same subsidy)."""
    asked = _asked_acts(to_simplified(question))
    return len(asked) == 1 and any(asked & _acts(to_simplified(part)) for part in dated_parts(clause.text))


def other_dated_act(question: str, clauses: list[Clause]) -> bool:
    """A date asked of one kind of act (评选结果什么时候公布) where every dated part of the clauses that names an
    act names another (请于2018年2月24日前将申报材料…报送): the date there is not the one asked. Judged only when
    the question asks the time of one kind and some dated part names any."""
    asked = _asked_acts(to_simplified(question))
    if len(asked) != 1:
        return False
    named = [_acts(to_simplified(part)) for c in clauses for part in dated_parts(c.text)]
    named = [kinds for kinds in named if kinds]
    return bool(named) and not any(asked & kinds for kinds in named)


def unfilled(
    question: str, intent: Intent, slot: Slot, words: list[str], clauses: list[Clause], best: list[Clause] = (),
    titles: str = "",
) -> str | None:
    """Why the chosen clauses do not fill the slot the question asks, in words that quote none of their
    figures (the related clauses are shown apart, as related); None when they fill it or nothing can be
    decided. Each test reads the evidence, not the wording of particular questions: an addition asked (额外优惠)
    needs a text stating one, an achieved result
    (or a total of one) needs a text reporting one, a batch asked by its ordinal (第二批) a text naming that
    batch, the tiers of a graded measure a text stating tiers, names of enterprises the names of
    enterprises and other names names, a rate needs a rate, an amount or a number needs one
    in the sentence part that names the measure asked (`value_named`), and no best-ranked clause (`best`)
    may name that measure far better without one (`named_better_without`). `titles` are the chosen documents'
    titles, which name a batch for their whole text (关于…设立第二批…实验区的通知)."""
    text = plain("".join(c.text for c in clauses))
    if slot in (Slot.CONTENT, Slot.NUMBER, Slot.NAME) and (missing := unstated_aspect(question, text)):
        return f"文件提到了所问的这项内容，但没有写明{missing}。"
    if slot is Slot.DEADLINE and other_dated_act(question, clauses):
        return "文件写明的是其他事项的时间，没有写明所问这件事的时间。"
    if (ASKS_OUTCOME.search(question) or ASKS_TOTAL.search(question) and not COUNTED_TOTAL.search(text)) and not (
        OUTCOME_TEXT.search(text) or states_total(question, text)
    ):
        return "文件只写明目标或安排，没有给出实际完成的情况。"
    if ASKS_EXTRA.search(question) and not EXTRA_TEXT.search(text):
        return "文件没有规定在这项支持之外另给的金额或优惠。"
    if (asked := ordinals(question)) and not asked & ordinals(text + plain(titles)):
        return "文件没有写明所问批次（期次）的安排。"  # 第二批 asked, the text speaks of 首批 only
    if slot in (Slot.AMOUNT, Slot.NUMBER) and ASKS_THRESHOLD.search(question) and not states_threshold(clauses):
        return "文件没有规定所问的门槛（条件中的数额）。"
    if ASKS_TIERS.search(question) and not TIERS_TEXT.search(text):
        return "文件没有列出各档的具体标准。"
    if slot is Slot.PLACES and not named_places(text) and not places_named(text) and not lists_places(text):
        # 哪些县被划为土葬改革区 of a clause saying 扩大火葬区范围: no place named, by its suffix (浦北县), by a
        # province's or city's name (北京、上海、重庆、浙江、深圳五个地区) or in a list closed by its kind (余关、乍岖、赵店等乡镇)
        return "文件没有列出具体地区。"
    # 进了百家重点企业名单，奖多少钱: a sum asked of those named, not the names
    sum_asked = slot is Slot.AMOUNT and "多少" in question and "哪" not in question
    if intent not in (Intent.RESPONSIBILITY, Intent.LIST) and not sum_asked:
        if ASKS_ORG_NAMES.search(question) and not ORG_NAMES_TEXT.search(text):
            return "文件没有列出具体的企业名称或名单。"
        if ASKS_NAMES.search(question) and not NAMES_TEXT.search(text):
            return "文件没有列出具体名称或名单。"
    if (ASKS_RATE.search(question) or ASKS_SHARE.search(question)) and not (RATE_TEXT.search(text) or RATE_VALUE.search(text)):
        return "文件没有给出这一比例。"
    if slot is Slot.AMOUNT and (produce := other_produce(question, clauses)):
        return f"文件规定的金额是给其他品种的，没有规定{produce}的标准。"
    if slot is Slot.AMOUNT and loan_sum_unstated(question, text):
        return "文件规定的是贷款的贴息或担保等支持，没有规定可贷的额度。"
    if slot is Slot.AMOUNT and (instrument := other_instrument(question, clauses)):
        return f"文件提到的金额或比例是其他支持方式的，没有规定{instrument}的标准。"
    # the asked quantity's type decides what answers: a period (贴息期限最长多久) is answered by a span of time
    # where the measure is named, though it is no money; a rate by a rate there (按贷款利率的多少比例贴 is not
    # answered by the 20% of the fixed-asset subsidy beside it)
    kind = asked_quantity(question) if slot in (Slot.AMOUNT, Slot.NUMBER) else None
    if slot is Slot.NUMBER and kind != "rate":
        kind = None  # a number is read as a quantity of a type only when asked as a rate (比例具体是百分之几)
    if kind in ("period", "date"):
        has = quantity_value(kind)
        if not has(text) or value_named(words, clauses, has, strict=True) is False or named_better_without(words, clauses, best, has):
            return "文件提到了所问的这项内容，但没有规定" + ("期限。" if kind == "period" else "所问的时间。")
        return None
    if kind == "rate":
        support_asked = bool(ASKS_SUPPORT_MONEY.search(question))

        def rated(part: str) -> bool:
            return bool(RATE_VALUE.search(part)) and (not support_asked or bool(SUPPORT_TEXT.search(part)))

        # a number asked as a rate is judged on the words of the sentence asking it (是一次给还是分几次给？每次给多少
        # 比例？: 每次), by any part naming them about as well; money on the best-naming part (strict)
        asking = next((s for s in re.split(r"[？?]", question) if ASKS_PROPORTION.search(s)), question)
        rate_words = words if slot is Slot.AMOUNT else [w for w in words if w in asking]
        if value_named(rate_words, clauses, rated, strict=slot is Slot.AMOUNT) is False or named_better_without(
            rate_words, clauses, best, rated
        ):
            return "文件提到了所问的这项内容，但没有给出这一比例。"
    if slot in (Slot.AMOUNT, Slot.NUMBER) and (asked_per := per_units(question)) and not asked_per & per_units(text):
        return "文件没有按所问的计量单位（每" + "、每".join(sorted(asked_per)) + "）规定标准。"  # 每亩120元 for 每50公斤
    if slot is Slot.AMOUNT and per_body_only(question, text):
        return "文件规定的金额是按项目或单位计的，没有规定每人的金额。"
    if slot is Slot.AMOUNT and recipient_unnamed(question, words, clauses):
        return "文件提到的金额是给其他对象的，没有为所问的对象规定金额或标准。"
    if slot in (Slot.AMOUNT, Slot.NUMBER) and grade_unlisted(question, clauses):
        return "文件列出的奖项等级中没有所问的这一等级。"
    if slot is Slot.AMOUNT and rank_unlisted(question, clauses):
        return "文件对所列的名次分别规定了金额，所问的名次不在其中。"
    if slot is Slot.AMOUNT and unlisted_case(question, words, clauses):
        return "文件对所列的几类对象分别规定了金额，所问的对象不在其中。"
    if slot is Slot.AMOUNT and (condition := outside_condition(question, words, clauses)):
        return f"文件对这项支持规定的条件是“{condition}”，所问的情形不符合这一条件，文件没有为它规定金额或标准。"
    if slot is Slot.AMOUNT and (group := negated_group(question, text)):
        return f"文件规定的这项支持是给{group}的，所问的情形不在其列，文件没有为它规定金额或标准。"
    support = bool(ASKS_SUPPORT_MONEY.search(question))  # a subsidy asked: a cost or an investment does not answer

    def granted(part: str) -> bool:
        stated = MONEY_TEXT.search(part) or MONEY.search(part)  # MONEY: a per-mille rate (按3‰的比例) too
        return bool(stated) and (not support or bool(SUPPORT_TEXT.search(part)))

    if slot is Slot.AMOUNT and support and (level := other_level(question, text)):
        return f"文件只对{level}规定了这项支持，没有规定所问级别的金额或标准。"
    if slot is Slot.AMOUNT and support and PER_RECIPIENT.search(question) and not ASKS_FUND.search(question) and (
        value_named(words, clauses, lambda part: granted(part) and not fund_only(part)) is False
    ):
        return "文件只写明了资金的总体安排，没有规定对每个对象的具体金额或标准。"
    if slot is Slot.AMOUNT and (
        value_named(words, clauses, granted, strict=True) is False
        or named_better_without(words, clauses, best, granted)
        or value_of_other_measure(words, clauses, granted)
    ):
        return "文件提到了所问的这项内容，但没有规定具体金额、比例或标准。"
    if slot is Slot.AMOUNT and ASKS_CAP.search(question) and (bound := cap_unstated(words, clauses, granted)):
        return f"文件{bound}。"
    if slot in (Slot.AMOUNT, Slot.NUMBER) and (ASKS_NUMBER.search(question) or slot is Slot.AMOUNT):
        has_value = granted if slot is Slot.AMOUNT else NUMBER_VALUE.search
        if changed_without_figure(question, words, clauses, has_value):
            return "文件只写明了所问的这项要增加或减少，没有给出具体数字。"
    if slot is Slot.NUMBER and ASKS_NUMBER.search(question) and measure_unnamed(words, clauses):
        return slot_spec(Slot.NUMBER).missing
    # 连续几年都有: 2024—2026年 (or 连续5年) is the span asked, whichever part names the measure
    span = states_span(question, text)
    # 第几次常务会议: a place in a sequence is asked, and an ordinal (第51次) states it, though it counts nothing
    number = _number_or_ordinal if _ASKS_ORDINAL.search(question) else NUMBER_VALUE.search
    if slot is Slot.NUMBER and ASKS_NUMBER.search(question) and not span and (
        value_named(words, clauses, number) is False
        or named_better_without(words, clauses, best, number)
        or value_of_other_measure(words, clauses, number)
    ):
        return slot_spec(Slot.NUMBER).missing
    return None
