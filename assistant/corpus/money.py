"""Support money read into facts: how much, of what, up to what, how often, for whom, on what condition.

"How much can I get for X" must be answered from the fact that belongs to X, so each sentence
is read on its own: its comma-separated parts are either *conditions* (固定资产投资1000万元及以上,
年销售额超过…的), the *beneficiary* (对…企业, 获评…的) or *support* parts (给予一次性奖励30万元,
按销售额的1%给予奖励, 单个项目最高500万元). Only support parts give Money facts; a cap that follows
an amount or a rate in the same sentence belongs to it. An amount inside a condition is never
support money, which is what keeps a neighbouring threshold out of an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Money
from .numerals import cn_to_int

_NUM = r"\d+(?:\.\d+)?"
_CN = r"[一二两三四五六七八九十]+"
MONEY_UNITS = ("万亿元", "亿元", "千万元", "万元", "千元", "元")
_UNIT = "|".join(MONEY_UNITS)
_PER_UNIT = r"(?:平方米|小时|年度|人|户|家|亩|次|天|日|夜|月|年|项|个|台|套|吨|床|辆|间|名|张|件)"
_AMOUNT = rf"(?P<v>{_NUM})\s*(?P<u>{_UNIT})(?:/(?P<per>{_PER_UNIT})(?:/(?P<per2>{_PER_UNIT}))?)?"
_AMOUNT_RE = re.compile(_AMOUNT)
_DASH = r"\s*(?:—{1,2}|–|-|~|～|至|到)\s*"
_RANGE_RE = re.compile(rf"(?P<lo>{_NUM})\s*(?P<lu>{_UNIT}|%|％|‰|万|亿)?{_DASH}(?P<hi>{_NUM})\s*(?P<hu>{_UNIT}|%|％|‰)")
#: a rate: a percentage or a per-mille share (按3‰的比例进行奖励)
_RATE_RE = re.compile(rf"(?P<v>{_NUM})\s*(?P<u>[%％‰])")
#: a ratio of matching funds (按与中央资金1:1的比例配套, 按1：0.5比例匹配): how much is paid against each unit of another sum
_RATIO_RE = re.compile(rf"(?<![\d:：])(?P<v>{_NUM})\s*(?P<sep>[:：])\s*(?P<hi>{_NUM})(?![\d:：])(?=\s*的?(?:比例|配套|匹配|安排|落实))")
_BASIS_RE = re.compile(r"按(?:照)?(?:其|企业|项目)?(?P<basis>[^，,。；;]{1,30}?)的(?=\s*\d)")
_CAP_RE = re.compile(
    rf"(?:最高|最多|上限为?|封顶|不超过|不高于|最高不超过|最高可达)"
    rf"(?:[^，,。；;\d]{{0,8}}?)(?:不超过|不高于|为|可达|给予)?\s*(?={_NUM}\s*(?:{_UNIT}))"
)
_UNCAPPED_RE = re.compile(r"不设上限|上不封顶")
SUPPORT_WORDS = re.compile(r"每人|每户|每月|元/|给予|奖励|奖补|补助|补贴|资助|贴息|扶持|支持|减免|返还|发放|一次性|最高|上限|封顶|不超过|配套")
#: 超过 is a threshold (年产值超过1000万元的); 不超过 bounds a share or a sum (按不超过设备投入10%的比例: support)
_CONDITION_WORDS = re.compile(r"以上|以下|及以上|(?<!不)超过|突破|达到|不低于|不少于|首次|增长|增幅|认定|获评|评为|列入|纳入")
_PERIOD_RE = re.compile(r"一次性|每年|每月|每季度|每半年|每日|每天|每次|每年度")
_PER_RE = re.compile(r"每(?:人|户|家|个|项|家企业|个项目|名|位|亩|平方米)|单个(?:项目|企业)|单家企业|每个(?:项目|企业)")
#: a span (连续5年, 期限不超过2年, 最长36个月); never a calendar year (不超过2023年1—2月产值的1%)
_DURATION_RE = re.compile(rf"(?:最长|最多|连续|期限不超过|不超过)\s*(?:\d{{1,3}}(?:\.\d+)?(?!\d)|{_CN})\s*(?:个月|个自然年|年度|年|个季度|月)")
#: 对… opening a part, also after the item's own label ((一)对提交高企认定材料…), up to its support verb
_LABEL = r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.．、])?"
_BENEFICIARY_RE = re.compile(rf"(?:^|[，,])\s*{_LABEL}\s*对(?P<who>[^，,。；;]{{2,60}}?)(?=[，,]|给予|予以|按|$)")
#: a part naming whom support goes to, not the support: 对…融资担保机构 (no verb of giving in it)
_GIVING = re.compile(r"给予|予以|奖励|奖补|补助|补贴|资助|贴息|最高")
#: 认定为X的 / 列入X的: what was awarded; not 认定的X (X recognised by someone: a modifier, no award)
_AWARDED_RE = re.compile(r"(?:获评|评为|认定为|认定|列入|纳入|首次列入)(?P<what>[^，,。；;的][^，,。；;]{1,49}?)的")


def _num(text: str) -> float:
    return float(text) if re.fullmatch(_NUM, text) else float(cn_to_int(text))


def _unit(unit: str | None) -> str:
    return {"％": "%"}.get(unit or "", unit or "")


def _sentences(text: str) -> list[str]:
    """Sentences with hard line wraps undone (5000\\n万元 is one amount), except after a line that ends with an
    amount: a table printed a row a line (西宁地区(含大通、湟中、湟源)、平安、互助 600元/年) ends each row there."""
    text = re.sub(r"(?<=[^。；;：:！？!?）)\n])\n(?=[\d\u4e00-\u9fff])",
                  lambda m: "\n" if _ROW_END.search(text[max(m.start() - _ROW_TAIL, 0):m.start()]) else "", text)
    return [s.strip() for s in re.split(r"[。；;\n]", text) if s.strip()]


#: how far back from a line break a row's closing amount is looked for
_ROW_TAIL = 24
#: a line ending with an amount and its unit (600元/年, 5万元, 3%): a complete row of a table
_ROW_END = re.compile(r"\d(?:\.\d+)?\s*(?:[万亿千百]?元|%|‰)(?:/[年月日人亩户次])?[ \t]*$")


def _is_support(part: str, sentence_support: bool = False) -> bool:
    """A part stating support money. A share of a basis (按企业所得税县级留存部分的50%) is the support
    formula itself, so it counts when any part of its sentence names the support (由县财政补助给企业)."""
    if _BENEFICIARY_RE.match("，" + part) and not _GIVING.search(part):
        return False  # 对…年化担保费率不超过1%的融资担保机构: whom, not how much
    if sentence_support and _RATE_RE.search(part) and _BASIS_RE.search(part) and not _CONDITION_WORDS.search(part):
        return True
    return bool(SUPPORT_WORDS.search(part)) and not (
        _CONDITION_WORDS.search(part) and not re.search(r"给予|奖励|补助|补贴|资助|贴息|最高", part)
    )


#: a share of a support sum by the budget paying it (其中,中央财政资金30万元 / 省级财政资金50万元 / 共计划投入各级财政
#: 资金600万元): the payer before the amount, in a sentence that states the support
_SHARE = re.compile(rf"^\s*(?:其中\s*)?(?P<source>[\u4e00-\u9fff]{{0,10}}(?:财政|资金))[\u4e00-\u9fff]{{0,4}}?\s*{_NUM}")


def _share_source(part: str) -> str | None:
    """The payer a part names before its amount (`_SHARE`), or None."""
    m = _SHARE.match(part)
    return m.group("source") if m and _AMOUNT_RE.search(part) else None


def _context(parts: list[str], upto: int) -> tuple[str | None, str | None]:
    """(beneficiary, condition) the parts before the support part give."""
    beneficiary = condition = None
    conditions = []
    for part in parts[:upto]:
        if not beneficiary and (m := _BENEFICIARY_RE.search("，" + part)):
            beneficiary = m.group("who").strip()
        elif m := _AWARDED_RE.search(part):
            beneficiary = beneficiary or m.group("what").strip()
            conditions.append(part.strip())
        elif _CONDITION_WORDS.search(part) or part.endswith("的"):
            conditions.append(part.strip())
    if conditions:
        condition = "，".join(conditions)
    return beneficiary, condition


def _facts_in(part: str) -> list[dict]:
    """Money in one support part, before beneficiary and cap are attached."""
    facts: list[dict] = []
    if _UNCAPPED_RE.search(part):
        facts.append({"kind": "uncapped", "value": None, "unit": ""})
    covered: list[tuple[int, int]] = []
    for m in _RANGE_RE.finditer(part):
        unit = _unit(m.group("hu"))
        basis = _BASIS_RE.search(part[: m.end()]) if unit in ("%", "‰") else None
        facts.append({"kind": "range", "value": float(m.group("lo")), "high": float(m.group("hi")), "unit": unit,
                      "basis": basis.group("basis") if basis else None})
        covered.append(m.span())
    for m in _RATE_RE.finditer(part):
        if any(s <= m.start() < e for s, e in covered):
            continue
        basis = _BASIS_RE.search(part[: m.end()])
        facts.append({"kind": "rate", "value": float(m.group("v")), "unit": _unit(m.group("u")),
                      "basis": basis.group("basis") if basis else None})
    for m in _RATIO_RE.finditer(part):
        facts.append({"kind": "ratio", "value": float(m.group("v")), "high": float(m.group("hi")), "unit": m.group("sep")})
    amounts = [m for m in _AMOUNT_RE.finditer(part) if not any(s <= m.start() < e for s, e in covered)]
    if len(amounts) > 1 and re.search(r"分别|分档|依次|分[一二三四五\d]档", part):
        facts.append({"kind": "tiers", "value": float(amounts[0].group("v")), "unit": amounts[0].group("u"),
                      "tiers": tuple(float(m.group("v")) for m in amounts)})
        return facts
    for m in amounts:
        per = "/".join(p for p in (m.group("per"), m.group("per2")) if p)
        cap = _CAP_RE.search(part[max(0, m.start() - 14): m.start()] + part[m.start():m.end()])
        kind = "cap" if cap else "per_period" if per or re.search(r"每(?:人|户)?每?(?:月|年|天|日)", part[: m.start()]) else "amount"
        fact = {"kind": kind, "value": float(m.group("v")), "unit": m.group("u") + (f"/{per}" if per else "")}
        facts.append(fact)
    return facts


def _tier_conditions(before: list[str], count: int) -> tuple[str, ...]:
    """The condition of each tier, from the part before 分别给予: 年销售收入首次突破1000万元、…、1亿元的
    gives 年销售收入首次突破1000万元 … 年销售收入首次突破1亿元; 列入A、B的 gives 列入A, B. () when the
    counts differ, as a pairing that is not the text's is worse than none."""
    if not before:
        return ()
    part = re.sub(r"\s+", "", before[-1]).removesuffix("的")
    values = list(_QUANTITY_RE.finditer(part))
    if len(values) == count:
        prefix = part[: values[0].start()]
        return tuple(prefix + v.group(0) for v in values)
    items = part.split("、")
    return tuple(items) if len(items) == count else ()


#: what a condition counts besides money and points: people, firms, land (100亩及以上至500亩), weight
_COUNTED = r"平方米|公顷|人|个|家|项|亩|吨|户|台|套|床"
#: A quantity a condition or a question names: 1000万元, 1亿, 92分, 95分-99分, 500亩.
_QUANTITY_RE = re.compile(rf"{_NUM}\s*(?:{_UNIT}|万|亿|分|%|％|{_COUNTED})")
#: money units and bare magnitudes, by their value in 万元 (what amounts are compared in)
MONEY_SCALE = {"万亿元": 1e8, "亿元": 1e4, "亿": 1e4, "千万元": 1e3, "万元": 1.0, "万": 1.0, "千元": 0.1, "元": 1e-4}


def _quantity(text: str) -> tuple[float, str] | None:
    """(value, unit) with money in 万元: 1亿 → (10000, 万元), 92分 → (92, 分)."""
    m = re.fullmatch(rf"(?P<v>{_NUM})\s*(?P<u>\S+)", text.strip())
    if not m:
        return None
    unit = m.group("u")
    if unit in MONEY_SCALE:
        return float(m.group("v")) * MONEY_SCALE[unit], "万元"
    return float(m.group("v")), {"％": "%"}.get(unit, unit)


def threshold(condition: str) -> tuple[float | None, float | None, str] | None:
    """The band a condition sets: 95分-99分 → (95, 99, 分); 100分以上 / 首次突破1亿元 / 1000万元及以上
    → (100, None, 分) / (10000, None, 万元); 不足50人 → (None, 50, 人); 2000万元以上至5000万元 →
    (2000, 5000, 万元). None when it names no quantity."""
    text = re.sub(r"\s+|[（(〔]含[^）)〕]{0,3}[）)〕]", "", condition)
    text = re.sub(r"(?:及|或)?以上(?=至|到)", "", text)  # 1000万元及以上至5000万元 is one band
    units = rf"分|万元|亿元|万|亿|%|{_COUNTED}"
    if m := re.search(rf"({_NUM})({units})?{_DASH}({_NUM})({units})", text):
        low, high = _quantity(m.group(1) + (m.group(2) or m.group(4))), _quantity(m.group(3) + m.group(4))
        return (low[0], high[0], high[1]) if low and high else None
    for m in _QUANTITY_RE.finditer(text):
        q = _quantity(m.group(0))
        if not q:
            continue
        after, before = text[m.end(): m.end() + 4], text[max(0, m.start() - 4): m.start()]
        if re.match(r"及?以下|以内", after) or re.search(r"不足|低于|不超过|少于", before):
            return None, q[0], q[1]
        if re.match(r"及?以上", after) or re.search(r"突破|超过|达到|不低于|不少于|高于", before):
            return q[0], None, q[1]
    return None


def pick(facts: list[Money], question: str) -> tuple[Money, float | None] | None:
    """The fact, and the tier amount, whose condition band holds a quantity the question names:
    综合考评拿了92分 picks the 90分-94分 cap; 年销售收入第一次突破1亿元 picks the 100万元 tier. None
    when no condition band holds one, so an answer never takes a neighbour's amount by guess."""
    asked = [q for m in _QUANTITY_RE.finditer(question) if (q := _quantity(m.group(0)))]
    best: tuple[float, Money, float | None] | None = None
    for fact in facts:
        # a condition may be written as whom the money is for (对新建面积在500亩以上的): its band counts too
        own = fact.condition if fact.condition and threshold(fact.condition) else fact.beneficiary
        bands = [(c, v) for c, v in zip(fact.tier_conditions, fact.tiers)] or [(own or "", None)]
        for condition, value in bands:
            band = threshold(condition)
            for amount, unit in asked if band else ():
                low, high, band_unit = band
                if unit == band_unit and (low is None or amount >= low) and (high is None or amount <= high):
                    rank = low if low is not None else -(high or 0.0)  # the tightest band that holds it
                    if best is None or rank > best[0]:
                        best = (rank, fact, value)
    return (best[1], best[2]) if best else None


def _rate_conditions(before: list[str], rates: list[dict]) -> None:
    """Rates listed together (参照其地方财政贡献的70%、80%和90%) after as many listed conditions
    (贡献1000万元及以上至2000万元、2000万元以上至5000万元、5000万元以上的): each rate gets its own
    condition, so a figure the question states picks its rate (`pick`). Nothing when the counts differ."""
    conditions = _tier_conditions(before, len(rates)) if len(rates) > 1 else ()
    for rate, condition in zip(rates, conditions):
        rate["condition"] = condition


#: a sentence that is an aside to the one before it: (新建项目…，最高奖励不超过50万元)
_ASIDE = re.compile(r"^\s*[（(〔]")


#: whom a part opens with (对…的企业), right before its giving (一次性奖励, 给予); a basis (按…的比例) is no whom
_WHOM_THEN_GIVING = re.compile(
    rf"^\s*{_LABEL}\s*对[^，,。；;按]{{2,60}}?的[^，,。；;的按]{{0,12}}?(?=(?:一次性)?(?:给予|予以|奖励|奖补|补助|补贴|资助))"
)


def _after_beneficiary(part: str) -> str:
    """A support part less the whom it opens with, where its giving comes after (对当年实现自营进出口额100万元-300万元
    (含300万元)的“新开壶”企业给予一次性奖励1万元 → 给予一次性奖励1万元): a figure in whom the money is for is the
    band it is given in (read from the beneficiary by `pick`), not an amount given."""
    m = _WHOM_THEN_GIVING.match(part)
    return part[m.end() :] if m else part


def extract_money(text: str) -> list[Money]:
    """Every support amount, rate, cap, range, tier list and per-period sum the text gives."""
    found: list[Money] = []
    before: tuple[str | None, str | None] = (None, None)  # the previous sentence's beneficiary and condition
    for sentence in _sentences(text):
        parts = [p for p in re.split(r"[，,]", sentence) if p.strip()]
        if not (_AMOUNT_RE.search(sentence) or _RATE_RE.search(sentence) or _RATIO_RE.search(sentence)
                or _UNCAPPED_RE.search(sentence)):
            before = _context(parts, len(parts))
            continue
        sentence_support = bool(SUPPORT_WORDS.search(sentence))
        previous: dict | None = None
        sentence_facts: list[dict] = []
        for i, part in enumerate(parts):
            source = _share_source(part) if sentence_support else None
            if not _is_support(part, sentence_support) and source is None:
                continue
            beneficiary, condition = _context(parts, i)
            if not beneficiary and (m := _BENEFICIARY_RE.match("，" + part)):
                beneficiary = m.group("who").strip()  # 对重新认定的高企予以一次性奖励6万元: whom, in the support part
            if not (beneficiary or condition) and _ASIDE.match(sentence):
                beneficiary, condition = before  # the aside's cap belongs to the measure it follows
            part_facts = _facts_in(_after_beneficiary(part))
            for fact in part_facts:
                fact.update(beneficiary=beneficiary, condition=condition, phrase=sentence, source=source)
                if m := _PERIOD_RE.search(part):
                    fact["period"] = m.group(0)
                if m := _PER_RE.search(part):
                    fact["per"] = m.group(0)
                if fact["kind"] == "cap" and previous and previous["kind"] in ("rate", "amount", "range", "per_period"):
                    previous.update(cap=fact["value"], cap_unit=fact["unit"])
                    previous.setdefault("per", fact.get("per"))
                    previous["period"] = previous.get("period") or fact.get("period")
                    continue
                if fact["kind"] == "tiers":
                    fact["tier_conditions"] = _tier_conditions(parts[:i], len(fact["tiers"]))
                sentence_facts.append(fact)
                previous = fact
            _rate_conditions(parts[:i], [f for f in part_facts if f["kind"] == "rate" and any(f is g for g in sentence_facts)])
        before = _context(parts, len(parts))
        if m := _DURATION_RE.search(re.sub(r"\s+", "", sentence)):  # 连 续5年: a PDF line break inside the word
            for fact in sentence_facts:
                fact["duration"] = m.group(0)
        found += [Money(**f) for f in sentence_facts]
    return found


# ---- a quantity the asker states against the band a condition sets ----------------------------------------

#: a measured quantity: money (in 万元 once read), a weight, an area, a count of people or firms, a share
_MEASURED_RE = re.compile(rf"(?P<v>{_NUM})\s*(?P<u>万亿元|亿元|千万元|万元|千元|元|万|亿|吨|亩|平方米|人|家|%|％)")
#: the words that set a band's side; `incl` tells whether the bound itself is in the band
_LOWER_BEFORE = re.compile(r"(?:不低于|不少于|达到|达|在|以上|超过|高于|大于|突破|满)$")
_UPPER_BEFORE = re.compile(r"(?:不超过|不高于|不足|不到|低于|少于|小于|未达到|未达|未满|只有|仅有|仅|才|只)$")
_LOWER_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?:[（(]含[）)])?(?:及以上|以上)")
_UPPER_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?:[（(]含[）)])?(?:及以下|以下|以内)")
#: a multiple of a base (超过…平均增速2倍, 不到两倍): its relation word stands before the base, not next to the figure
_MULTIPLE_RE = re.compile(rf"(?P<v>{_NUM})\s*倍")
_CN_MULTIPLE = re.compile(rf"({_CN})倍")
#: the relation words of a multiple, an upper bound's first where one holds the other (不低于 is no 低于)
_MULTIPLE_SIDE = re.compile(r"(?P<up>不超过|不高于|不足|不到|低于|少于|小于|未达到|未达|未满)|(?P<low>不低于|不少于|达到|超过|高于|大于|突破)")
#: relation words: they say how a quantity compares, never what is measured
_RELATION_WORDS = re.compile(r"不低于|不少于|不超过|不高于|不足|不到|低于|少于|小于|未达到|未满|达到|超过|高于|大于|突破|以上|以下|以内|只有|仅有|只|仅|才|有|为|是|的|达|满|在")


@dataclass(frozen=True, slots=True)
class Band:
    """A band on one measured quantity: `low`/`high` (None: open), whether each bound is in it, the unit's
    dimension, and the words before the figure that say what is measured (投资, 年能耗)."""

    low: float | None
    high: float | None
    low_in: bool
    high_in: bool
    dimension: str
    measured: frozenset[str]
    text: str

    def disjoint(self, other: "Band") -> bool:
        def below(a: "Band", b: "Band") -> bool:  # every value of a is under every value of b
            if a.high is None or b.low is None:
                return False
            return a.high < b.low or (a.high == b.low and not (a.high_in and b.low_in))

        return below(self, other) or below(other, self)


def _measured_words(before: str) -> frozenset[str]:
    """What a figure measures: the two-character words of the last (up to) four characters before it, once
    the words of relation are taken out (项目投资只有 → 项目, 目投, 投资; 对单个项目固定资产投资不低于 → 资产,
    产投, 投资): the noun next to a figure is what it measures, a word further back may be another's."""
    runs = re.findall(r"[\u4e00-\u9fff]+", _RELATION_WORDS.sub(" ", before))
    text = runs[-1][-4:] if runs else ""
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def bands(text: str, exact: bool = False) -> list[Band]:
    """The bands the quantities of `text` set, each read within its comma part: 固定资产投资不低于1000万元的 →
    投资 ≥ 1000万元; 年能耗5000吨标准煤及以上 → 能耗 ≥ 5000吨; 不到5000吨 → < 5000吨. With `exact` (what an
    asker states of itself: 项目投资只有600万) a figure with no word of relation is that one value; otherwise
    it sets no band (a support amount, a date, a count of the text's own)."""
    found: list[Band] = []
    text = _CN_MULTIPLE.sub(lambda m: f"{cn_to_int(m.group(1))}倍", re.sub(r"\s+", "", text))  # 两倍 → 2倍
    for part in re.split(r"[，,。；;：:？?！!]", text):
        found += _multiples(part)
        for m in _MEASURED_RE.finditer(part):
            if re.match(r"[\d./]", part[m.end():m.end() + 1] or " ") or re.search(r"[\d.]$", part[: m.start()]):
                continue
            value, dimension = _quantity(m.group(0))  # money in 万元, ％ as %
            before, after = part[max(0, m.start() - 12): m.start()], part[m.end(): m.end() + 12]
            measured = _measured_words(before)
            low = high = None
            low_in = high_in = True
            if rel := _LOWER_BEFORE.search(before):
                low, low_in = value, rel.group(0) not in ("超过", "高于", "大于")
            elif rel := _UPPER_BEFORE.search(before):
                high, high_in = value, rel.group(0) in ("不超过", "不高于", "只有", "仅有", "仅", "才", "只")
                if exact and rel.group(0) in ("只有", "仅有", "仅", "才", "只"):
                    low = value  # 只有600万: that much, no more
            if _LOWER_AFTER.match(after) and low is None and high is None:
                low = value
            elif _UPPER_AFTER.match(after) and low is None and high is None:
                high = value
            if low is None and high is None:
                if not exact:
                    continue
                low = high = value
            found.append(Band(low, high, low_in, high_in, dimension, measured, m.group(0)))
    return found


def _multiples(part: str) -> list[Band]:
    """The bands multiples set (企业增速超过当年园区该行业营收平均增速2倍的 → 增速 > 2倍; 超过行业平均增速但不到2倍
    → 增速 < 2倍): the side is told by the last relation word before the figure in its part, wherever the base
    stands between them; what is measured, by the words next to the figure (the base: 平均增速)."""
    found: list[Band] = []
    for m in _MULTIPLE_RE.finditer(part):
        relations = list(_MULTIPLE_SIDE.finditer(part[: m.start()]))
        if not relations:
            continue
        relation = relations[-1]
        value, measured = float(m.group("v")), _measured_words(part[max(0, m.start() - 12): m.start()])
        if up := relation.group("up"):
            found.append(Band(None, value, True, up in ("不超过", "不高于"), "倍", measured, m.group(0)))
        else:
            found.append(Band(value, None, relation.group("low") not in ("超过", "高于", "大于"), True, "倍", measured, m.group(0)))
    return found


def excluding_condition(question: str, condition_parts: list[str]) -> str | None:
    """The condition part (of those given: the parts of a sentence granting money that do not state the
    support itself) whose band excludes a quantity the question states of the asker: 项目投资只有600万
    against 对单个项目固定资产投资不低于1000万元的; 年能耗不到5000吨 against 年能耗5000吨标准煤及以上. The
    quantities must be of one dimension and measure the same thing (a word before the figure in common:
    投资, 能耗). None when no part's band is on a stated quantity, or when one of them holds it; a part listing
    alternatives (…以上、或…) excludes nothing, as another of them may hold."""
    asked = [b for b in bands(question, exact=True) if b.measured]
    excluding = None
    for part in condition_parts:
        alternatives = re.search(r"或", part) is not None  # 年节能量1000吨以上、或减少碳排放…: one of them suffices
        for band in bands(part):
            for q in asked:
                if q.dimension != band.dimension or not q.measured & band.measured:
                    continue
                if not q.disjoint(band):
                    return None  # a condition holds what the asker has
                if not alternatives:
                    excluding = excluding or part
    return excluding


def condition_parts(sentence: str) -> list[str]:
    """The comma parts of a money sentence that are conditions or beneficiaries, not the support it gives."""
    parts = [p for p in re.split(r"[，,]", re.sub(r"\s+", "", sentence)) if p]
    support = SUPPORT_WORDS.pattern + r"|按[^，,]{0,20}比例"
    return [p for p in parts if not re.search(support, p) or (_CONDITION_WORDS.search(p) and not _GIVING.search(p))]


# ---- a respectively-list: which listed case the asker names --------------------------------------------------

#: what leads a listed case without naming it: 对, 新认定为, 首次获评…
_CASE_LEAD = re.compile(r"^(?:对|在|当年|年度|初次|首次|新|被|认定为|认定|评为|获评|获批|获得|获|列入|进入|突破|达到|超过)+")
#: where the words before a named case stop modifying it (的, 为, 被, 对…; an act of getting it: 认定, 评上, 获得)
_MODIFIER_STOP = re.compile(
    r"[的为是被对在了把将给和与及或、，,]|认定|评上|评为|获评|获批|获得|取得|拿到|入选|当选|列入|纳入|进入|成为|属于|达到|申报|申请"
)
_LEVEL_WORDS = re.compile(r"国家级|国家|全国|省级|省|市级|市|县级|县|区级|区")


def listed_cases(money: Money) -> list[str] | None:
    """分别给予50万元、20万元: the cases listed before 分别 (制造业创新中心、技术创新示范企业), one per tier, each
    without what leads it (对, 新认定); the first keeps only about as much as the others have (the words all
    cases share stand before it). None when no comma part before 分别 lists as many cases as there are tiers."""
    if len(money.tiers) < 2:
        return None
    before = re.sub(r"\s+|[“”\"《》]", "", money.phrase).split("分别")[0]
    for listing in reversed([p for p in re.split(r"[，,]", before) if p]):
        items = re.split(r"、", listing) if "、" in listing else re.split(r"和|及|或", listing)
        items[-1] = items[-1].removesuffix("的")
        if len(items) == len(money.tiers) and all(items):
            items[0] = items[0][-(max(map(len, items[1:])) + 2):]
            return [_CASE_LEAD.sub("", item) or item for item in items]
    return None


def modifier_of(text: str) -> str:
    """The words right before a named head that modify it (服务型制造 of 被认定为服务型制造示范企业), level
    words aside when others remain (省级专精特新 → 专精特新: a level is compared by `measures.other_level`)."""
    run = re.search(r"[\u4e00-\u9fff]*$", text).group(0)
    words = _MODIFIER_STOP.split(run)[-1]
    return _LEVEL_WORDS.sub("", words) or words


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def modifiers_differ(own: str, asked: str) -> bool:
    """Do two modifiers of one head tell different things apart (服务型制造 / 技术创新, 地方 / 国家)? Not when
    either is empty, one holds the other, or they share a word (two characters)."""
    return bool(own and asked) and own not in asked and asked not in own and not _bigrams(own) & _bigrams(asked)


def case_named(case: str, question: str) -> bool | None:
    """Does the question name this listed case? It must name the case's head (its last two characters: 企业,
    中心, 标准); the longest end of the case the question has is the head they share, and what stands before it
    on each side is the modifier that tells the cases apart. True when the question names the whole case, or
    gives no modifier of its own, or the modifiers share a word (two characters); False when both modify the
    head differently (服务型制造示范企业 against 技术创新示范企业, 地方标准 against 国家标准); None when the
    question does not name the head. A case named by its whole modifier (four characters or more) without its
    head is named: the head may stand elsewhere in the question (嵊州市企业…列入国家电子信息百强)."""
    if len(case) > 4 and len(own := _MODIFIER_STOP.split(case[:-2])[-1]) >= 4 and own in question:
        return True  # named by its modifier without its head (列入国家电子信息百强 of 国家电子信息百强企业)
    if len(case) < 2 or case[-2:] not in question:
        return None
    end = next(k for k in range(len(case), 1, -1) if case[-k:] in question)
    own = modifier_of(case[:-end])
    asked = modifier_of(question[: question.index(case[-end:])])
    return not modifiers_differ(own, asked)


def names_unlisted_case(money: Money, question: str) -> bool:
    """The question names a case like those a respectively-list gives amounts to (分别给予…), by their shared head
    only: no listed case is named and one shares its head under another modifier. The amounts are the listed
    cases', not the asked one's."""
    cases = listed_cases(money)
    if not cases:
        return False
    named = [case_named(case, question) for case in cases]
    return False in named and True not in named
