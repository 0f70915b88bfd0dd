"""A company's self-description → a profile the eligibility matcher can use.

People describe their company in a sentence (我们是杭州市萧山区的一家养老服务小微企业，成立2年，
年销售额800万元) or fill in a form. Free text is read offline with jieba plus the general enterprise
lexicon (assistant.lexicon.enterprise) and the words the library's own documents use (their
beneficiaries and counties, a `Vocabulary` built by eligibility.measures), so a company in a field
or county the lexicon never listed is still understood when a document speaks of it. What was
understood is shown back (`describe()`) so the user can correct it; a form sets the same fields.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from assistant.corpus.numerals import cn_to_int
from assistant.errors import ProfileError
from assistant.lexicon.enterprise import (
    INDUSTRY_WORDS,
    NEED_KINDS,
    NEED_WORDS,
    QUALIFICATION_WORDS,
    SIZE_WORDS,
)
from assistant.lexicon.regions import (
    CITY_PROVINCE,
    NATIONAL_WORDS,
    PROVINCES,
    Level,
    province_of,
)
from assistant.lexicon.tokenizer import Tokenizer

#: The profile's region value for "any region / the whole country".
NATIONAL = Level.NATIONAL.value
INDUSTRIES = tuple(INDUSTRY_WORDS)
SIZES = tuple(SIZE_WORDS)
QUALIFICATIONS = tuple(QUALIFICATION_WORDS)
NEEDS = tuple(NEED_WORDS)
REGIONS = (NATIONAL, *PROVINCES)
#: Figures a profile may state, in 万元, and the words that name them (in a profile and in a condition).
FIGURE_WORDS: dict[str, tuple[str, ...]] = {
    "销售额": ("年销售额", "销售额", "年销售收入", "销售收入", "营业收入", "营收", "主营业务收入", "年产值", "产值"),
    "投资额": ("固定资产投资", "投资总额", "投资额", "总投资", "投资"),
    "纳税额": ("年度纳税额", "纳税额", "年纳税", "纳税", "税收"),
}


@dataclass(frozen=True)
class Vocabulary:
    """Words the library adds to the lexicon: industries its documents name, and its counties."""

    industries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    counties: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # 南山区 → (广东, 深圳)

    def __hash__(self) -> int:  # kept by dataclass (explicit): the dicts are never changed after building
        return hash((tuple(self.industries.items()), tuple(self.counties.items())))

    def all_industries(self) -> dict[str, tuple[str, ...]]:
        return {**INDUSTRY_WORDS, **{k: v for k, v in self.industries.items() if k not in INDUSTRY_WORDS}}


EMPTY = Vocabulary()

_NEGATION = re.compile(r"(不|无|没有|无需|不需要|不用|不想|暂不|非)[^，。；,;！!？?]{0,2}$")
_SMALL_SHOP = re.compile(r"小(?:餐馆|饭馆|饭店|店|吃店|作坊|超市|工厂)")
_HEADCOUNT = re.compile(r"(\d+)\s*(?:多|余|来)?\s*(?:个)?(?:人|名员工|名职工|位员工|员工)")
_NUM = r"\d+(?:\.\d+)?"
_AGE = re.compile(rf"成立(?:了|已|已经|刚)?\s*(?P<n>{_NUM}|[一二两三四五六七八九十]+)\s*(?:个)?(?P<u>年|个月)|(?P<new>新成立|刚成立|新设立|新注册|刚注册)")
_FOUNDED = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:成立|注册|创办|设立)")
_MONEY = rf"(?P<v>{_NUM})\s*(?P<u>万亿元|亿元|千万元|万元|亿|千万|万|元)"
_COUNTY_SHAPE = re.compile(r"(?P<k>[\u4e00-\u9fff]{1,3}?(?:新区|区|县|旗))")
_UNIT_WAN = {"元": 1e-4, "千元": 0.1, "万": 1.0, "万元": 1.0, "千万": 1e3, "千万元": 1e3, "亿": 1e4, "亿元": 1e4, "万亿元": 1e8}


def to_wan(value: float, unit: str) -> float | None:
    """An amount in 万元 (None for a unit that is no sum of money, e.g. 元/人)."""
    factor = _UNIT_WAN.get(unit)
    return None if factor is None else value * factor


@dataclass
class CompanyProfile:
    """What the matcher needs to know about a company. Empty fields mean "not said"."""

    region: str | None = None  # 国家 | a province (浙江) | None
    city: str | None = None  # 杭州 (implies region 浙江)
    industries: list[str] = field(default_factory=list)
    size: str | None = None  # 小微 | 中型 | 大型
    qualifications: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    text: str = ""  # the description it was parsed from, if any
    county: str | None = None  # 萧山区 / 柳河县 / 嵊州市
    age_years: float | None = None  # how long since it was founded
    employees: int | None = None
    figures: dict[str, float] = field(default_factory=dict)  # 销售额/投资额/纳税额 in 万元 a year

    def __post_init__(self) -> None:
        if self.city and not self.region:
            self.region = CITY_PROVINCE.get(self.city)
        if self.region:
            self.region = _province_name(self.region)
        _check("region", [self.region] if self.region else [], REGIONS)
        _check("size", [self.size] if self.size else [], SIZES)
        _check("qualifications", self.qualifications, QUALIFICATIONS)
        _check("needs", self.needs, NEEDS)
        _check("figures", list(self.figures), tuple(FIGURE_WORDS))
        # industries are open: the library may name fields the lexicon does not
        self.industries = _unique(self.industries)
        self.qualifications = _unique(self.qualifications)
        self.needs = _unique(self.needs)

    @property
    def province(self) -> str | None:
        """The province whose local measures apply, or None (国家 / not said)."""
        return self.region if self.region and self.region != NATIONAL else None

    @property
    def place(self) -> str | None:
        """The narrowest place said: 萧山区, 杭州, 浙江 (None when not said or 国家)."""
        return self.county or self.city or self.province

    @property
    def need_kinds(self) -> list[str]:
        return _unique([NEED_KINDS[n] for n in self.needs])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompanyProfile:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})

    def describe(self) -> str:
        """识别结果 in one line, for the user to check."""
        where = " ".join(p for p in (self.region if self.region != NATIONAL else "全国", self.city, self.county) if p)
        parts = [
            f"地区：{where or '未说明'}",
            f"行业：{'、'.join(self.industries) or '未说明'}",
            f"规模：{self.size or '未说明'}",
            f"资质：{'、'.join(self.qualifications) or '未说明'}",
            f"需求：{'、'.join(self.needs) or '未说明'}",
        ]
        if self.age_years is not None:
            parts.append(f"成立：{self.age_years:g}年")
        if self.employees is not None:
            parts.append(f"员工：{self.employees}人")
        parts += [f"{k}：{v:g}万元" for k, v in self.figures.items()]
        return "；".join(parts)


def _check(name: str, values: list[str], allowed: tuple[str, ...]) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ProfileError(f"无法识别的{name}取值：{'、'.join(bad)}（可选：{'、'.join(allowed)}）")


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _province_name(region: str) -> str:
    """浙江省 / 浙江 / 杭州 → 浙江; 全国 / 国务院 → 国家."""
    region = region.strip()
    if region in NATIONAL_WORDS or region == "全国":
        return NATIONAL
    if region in CITY_PROVINCE:
        return CITY_PROVINCE[region]
    return province_of(region) or region


# ---- free-text parsing -------------------------------------------------------------------

def _entries(vocabulary: Vocabulary) -> list[tuple[str, str, str]]:
    """(slot, value, word), longest word first, so 跨境电商 is read before 电商."""
    entries = [("industry", v, w) for v, ws in vocabulary.all_industries().items() for w in (v, *ws)]
    entries += [("size", v, w) for v, ws in SIZE_WORDS.items() for w in (v, *ws)]
    # a qualification is named by its own words only: 软件企业 alone is a field, 软件企业认定 the certificate
    entries += [("qualification", v, w) for v, ws in QUALIFICATION_WORDS.items() for w in ws]
    entries += [("need", v, w) for v, ws in NEED_WORDS.items() for w in (v, *ws)]
    entries += [("province", p, p) for p in PROVINCES] + [("city", c, c) for c in CITY_PROVINCE]
    for county in vocabulary.counties:
        entries += [("county", county, county)] + ([("county", county, county[:-1])] if len(county) > 2 else [])
    return sorted(entries, key=lambda t: len(t[2]), reverse=True)


@lru_cache(maxsize=8)
def _reader(vocabulary: Vocabulary) -> tuple[Tokenizer, list[tuple[str, str, str]]]:
    """A tokenizer of its own, taught this vocabulary (never the corpus index's), and the entries."""
    entries = _entries(vocabulary)
    return Tokenizer(word for _, _, word in entries if len(word) > 1), entries


def _mentions(text: str, vocabulary: Vocabulary) -> list[tuple[str, str, int]]:
    """(slot, value, position) for each vocabulary word in `text`: jieba segments, then each segment
    is read longest-word-first, so one stretch of text is one mention."""
    tokenizer, entries = _reader(vocabulary)
    found: list[tuple[str, str, int]] = []
    taken = [False] * len(text)
    pos = 0
    for token in tokenizer.cut(text):
        start, pos = pos, pos + len(token)
        for slot, value, word in entries:
            at = token.find(word)
            while at >= 0:
                span = range(start + at, start + at + len(word))
                if not any(taken[i] for i in span):
                    for i in span:
                        taken[i] = True
                    found.append((slot, value, start + at))
                at = token.find(word, at + 1)
    return sorted(found, key=lambda f: f[2])


def parse_profile(text: str, vocabulary: Vocabulary = EMPTY) -> CompanyProfile:
    """Read a company's self-description into a profile; unknown words are simply ignored."""
    text = (text or "").strip()
    values: dict[str, list[str]] = {}
    for slot, value, at in _mentions(text, vocabulary):
        if not _NEGATION.search(text[max(0, at - 6):at]):  # 不需要融资
            values.setdefault(slot, []).append(value)
    first = {slot: vs[0] for slot, vs in values.items()}
    region, city, county = first.get("province"), first.get("city"), first.get("county")
    if county is None and city and (m := _COUNTY_SHAPE.match(re.sub(rf"^.*?{city}市?", "", text, count=1))):
        county = m.group("k")  # 杭州市萧山区: a district named right after its city
    if county and not city:
        region, city = region or vocabulary.counties.get(county, (None, None))[0], vocabulary.counties.get(county, (None, None))[1]
    if re.search(r"全国|国家层面|不限地区", text) and not (region or city or county):
        region = NATIONAL
    size = first.get("size")
    if size is None and _SMALL_SHOP.search(text):
        size = "小微"  # 小餐馆 / 小店: the industry word stays free for the industry slot
    employees = _headcount(text)
    if size is None and employees is not None:
        size = "小微" if employees < 100 else "中型" if employees < 300 else "大型"
    industries = values.get("industry", [])
    if "跨境电商" in industries and "电子商务" not in industries:
        industries.append("电子商务")
    return CompanyProfile(region=region, city=city, county=county, industries=industries, size=size,
                          qualifications=values.get("qualification", []), needs=values.get("need", []), text=text,
                          age_years=_age(text), employees=employees, figures=_figures(text))


def _headcount(text: str) -> int | None:
    """员工30人 → 30 (the size follows the 软件和信息技术服务业 standard: <100 小微, <300 中型)."""
    m = _HEADCOUNT.search(text)
    return int(m.group(1)) if m else None


def _age(text: str, this_year: int | None = None) -> float | None:
    if m := _AGE.search(text):
        if m.group("new"):
            return 0.0
        n = float(m.group("n")) if re.fullmatch(_NUM, m.group("n")) else float(cn_to_int(m.group("n")))
        return n if m.group("u") == "年" else round(n / 12, 2)
    if m := _FOUNDED.search(text):
        from datetime import date

        return float((this_year or date.today().year) - int(m.group("y")))
    return None


def _figures(text: str) -> dict[str, float]:
    """年销售额800万元 / 营收1.2亿 / 投资3000万 → {销售额: 800, …} in 万元."""
    found: dict[str, float] = {}
    for name, words in FIGURE_WORDS.items():
        alternatives = "|".join(sorted(words, key=len, reverse=True))
        if m := re.search(rf"(?:{alternatives})[^，。；,\d]{{0,6}}?{_MONEY}", text):
            value = to_wan(float(m.group("v")), m.group("u"))
            if value is not None:
                found.setdefault(name, value)
    return found
