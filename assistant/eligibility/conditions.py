"""The conditions of a support measure, and how each compares with what a company said.

Each condition is checked both ways and ends in one of three states: met (the profile says so),
failed (the profile says otherwise: a 小微 firm and a measure for 大型企业, a Hangzhou firm and a
county's policy elsewhere, 年销售额500万元 against 超过1000万元) or unknown (the profile does not
say: the measure stays offered, and the result says what is still to confirm). Nothing here is
about one document: conditions are read from the money facts' condition and beneficiary, from
the sentence parts that end in 的, and from the document's government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.model import Document
from assistant.corpus.numerals import cn_to_int
from assistant.eligibility.profile import FIGURE_WORDS, NATIONAL, CompanyProfile, to_wan
from assistant.lexicon.enterprise import (
    INDUSTRY_FAMILIES,
    QUALIFICATION_REQUIRED,
    QUALIFICATION_WORDS,
)
from assistant.lexicon.regions import Government, Level, government_of

MET, FAILED, UNKNOWN = "met", "failed", "unknown"
_NUM = r"\d+(?:\.\d+)?"
_MONEY = rf"(?P<v>{_NUM})\s*(?P<u>万亿元|亿元|千万元|万元|元)"
_OP_BEFORE = r"(?:在|达|达到|超过|突破|不低于|不少于|高于|同比增长超过)?"
_OP_AFTER = r"\s*(?:[(（]含[)）])?\s*(?P<q>及以上|以上|以下|及以下)?"
_FIGURE_RES = {
    name: re.compile(rf"(?P<w>{'|'.join(sorted(words, key=len, reverse=True))})[^，。；、\d]{{0,8}}?{_OP_BEFORE}\s*{_MONEY}{_OP_AFTER}")
    for name, words in FIGURE_WORDS.items()
}
_EMPLOYEES = re.compile(r"(?:在职职工|职工|员工|从业人员|用工)(?:总数|人数)?\s*(?P<v>\d+)\s*人\s*(?:[(（]含[)）])?\s*(?P<q>以下|以上|及以下|及以上)")
_AGE = re.compile(r"成立(?:未满|不满|不超过|时间不超过)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*年(?:以内|以下|内)")
_NEW = re.compile(r"新设立|新成立|新注册|新开办")
_YEARS = re.compile(r"连续\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:个)?年")


@dataclass(frozen=True)
class Check:
    """One condition of a measure against the profile: what it asks, the state, and why."""

    kind: str  # place | size | industry | qualification | figure | employees | age | years
    status: str  # met | failed | unknown
    text: str  # 须在柳河县 / 年销售额须达到1000万元（贵企业800万元）

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "status": self.status, "text": self.text}


def _n(text: str) -> int:
    return int(text) if text.isdigit() else cn_to_int(text)


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---- place -------------------------------------------------------------------------------

def document_government(document: Document) -> Government:
    """Where a document applies: its government, else the place its title starts with."""
    if document.level == Level.NATIONAL:
        return Government(Level.NATIONAL)
    gov = government_of(document.government or document.issuer)
    if gov.level == Level.OTHER:
        gov = government_of(document.title, title=True)
    if gov.level == Level.OTHER:
        # a local policy says where it is from when it says whose situation it fits: 结合官渡区实际
        opening = " ".join(c.text for c in document.clauses[:2])
        if m := re.search(r"结合(?:我|本)?(?P<p>[\u4e00-\u9fff]{2,8}?)(?:的)?实际", opening):
            gov = government_of(m.group("p"), title=True)
    return gov


def _same_county(a: str, b: str) -> bool:
    """萧山区 / 萧山 / 嵊州市 / 嵊州: the same county, with or without its level word."""
    strip = lambda s: re.sub(r"(?:新区|区|县|旗|市)$", "", s) or s
    return strip(a) == strip(b)


def check_place(gov: Government, profile: CompanyProfile) -> Check:
    """A national measure applies everywhere; a local one only to firms inside its government."""
    if gov.level == Level.NATIONAL:
        return Check("place", MET, "国家措施，全国适用")
    name = gov.name or gov.region or "本地"
    if gov.level == Level.OTHER:
        return Check("place", UNKNOWN, "文件未写明适用地区")
    if profile.region == NATIONAL and not (profile.city or profile.county):
        return Check("place", FAILED, f"仅适用于{name}的企业（贵企业未在当地）")
    if not (profile.province or profile.city or profile.county):
        return Check("place", UNKNOWN, f"仅适用于{name}的企业，请确认企业所在地")
    where = profile.county or profile.city or profile.province
    if gov.county:
        if profile.county:
            ok = _same_county(profile.county, gov.county)
            return Check("place", MET if ok else FAILED, f"{name}措施" + ("，地区相符" if ok else f"，仅适用于当地企业（贵企业在{where}）"))
        if gov.city and profile.city == gov.city:
            return Check("place", UNKNOWN, f"仅适用于{name}的企业，请确认是否在{gov.county}")
        return Check("place", FAILED, f"{name}措施，仅适用于当地企业（贵企业在{where}）")
    if gov.city and gov.city != gov.province:
        if profile.city:
            ok = profile.city == gov.city
            return Check("place", MET if ok else FAILED, f"{name}措施" + ("，地区相符" if ok else f"，仅适用于当地企业（贵企业在{where}）"))
        if profile.province and gov.province and profile.province != gov.province:
            return Check("place", FAILED, f"{name}措施，仅适用于当地企业（贵企业在{where}）")
        return Check("place", UNKNOWN, f"仅适用于{name}的企业，请确认企业所在地")
    ok = profile.province == gov.province
    return Check("place", MET if ok else FAILED, f"{name}措施" + ("，地区相符" if ok else f"，仅适用于{gov.province}企业"))


def shares_area(gov: Government, profile: CompanyProfile) -> bool:
    """The company is next door (a place near miss is worth showing): the same city as a county's
    document, the same province as a city's; a province's document is never near another province."""
    if gov.county:
        return bool(gov.city and gov.city == profile.city)
    return bool(gov.city and gov.city != gov.province and gov.province and gov.province == profile.province)


# ---- the company ---------------------------------------------------------------------------

def check_size(sizes: frozenset[str] | None, words: list[str], profile: CompanyProfile) -> Check | None:
    if sizes is None:
        return None
    who = "、".join(words)
    if not profile.size:
        return Check("size", UNKNOWN, f"仅适用于{who}，请确认企业规模")
    ok = profile.size in sizes
    return Check("size", MET if ok else FAILED, f"规模{'相符' if ok else '不符'}：适用于{who}（贵企业为{profile.size}）")


def related(a: str, b: str) -> bool:
    return any(a in family and b in family for family in INDUSTRY_FAMILIES)


def check_industry(industries: tuple[str, ...], profile: CompanyProfile) -> Check | None:
    """exact → met; a related field (互联网企业 for a software firm) or none said → unknown; else failed."""
    if not industries:
        return None
    wanted = "、".join(industries)
    if not profile.industries:
        return Check("industry", UNKNOWN, f"条款面向{wanted}（贵企业未说明行业）")
    if exact := [i for i in industries if i in profile.industries or any(p in i or i in p for p in profile.industries)]:
        return Check("industry", MET, f"行业相符：{'、'.join(exact)}")
    if near := [i for i in industries if any(related(i, p) for p in profile.industries)]:
        return Check("industry", UNKNOWN, f"相关行业：条款面向{'、'.join(near)}，请确认贵企业是否属于")
    return Check("industry", FAILED, f"条款面向{wanted}")


def check_qualifications(condition: str, mentioned: tuple[str, ...], profile: CompanyProfile) -> list[Check]:
    """A qualification the condition requires (经认定为高新技术企业的) is met when held, else unknown."""
    checks = []
    for q, pattern in QUALIFICATION_REQUIRED.items():
        if pattern.search(condition) or any(w in condition for w in (q, *QUALIFICATION_WORDS[q]) if len(w) > 2):
            held = q in profile.qualifications
            checks.append(Check("qualification", MET if held else UNKNOWN,
                                f"资质相符：{q}" if held else f"条件：须经认定为{q}（贵企业未说明）"))
    required = {c.text.split("：")[-1] for c in checks}
    for q in mentioned:
        if q in profile.qualifications and not any(q in r for r in required):
            checks.append(Check("qualification", MET, f"资质相符：{q}"))
    return checks


def check_figures(condition: str, profile: CompanyProfile) -> list[Check]:
    """Thresholds on sales, investment and tax (年销售额在1亿元及以上的) against the profile's figures."""
    checks = []
    text = _clean(condition)
    for name, pattern in _FIGURE_RES.items():
        m = pattern.search(text)
        if not m or (value := to_wan(float(m.group("v")), m.group("u"))) is None:
            continue
        below = m.group("q") in ("以下", "及以下")
        phrase = m.group(0)
        stated = profile.figures.get(name)
        if stated is None:
            checks.append(Check("figure", UNKNOWN, f"条件：{phrase}（贵企业未说明{name}）"))
            continue
        ok = stated <= value if below else stated >= value and not (m.group("q") == "以上" and "超过" in phrase and stated == value)
        checks.append(Check("figure", MET if ok else FAILED, f"{'符合' if ok else '不符合'}条件：{phrase}（贵企业{name}{stated:g}万元）"))
    if m := _EMPLOYEES.search(text):
        limit, below = int(m.group("v")), m.group("q") in ("以下", "及以下")
        if profile.employees is None:
            checks.append(Check("employees", UNKNOWN, f"条件：{m.group(0)}（贵企业未说明人数）"))
        else:
            ok = profile.employees <= limit if below else profile.employees >= limit
            checks.append(Check("employees", MET if ok else FAILED,
                                f"{'符合' if ok else '不符合'}条件：{m.group(0)}（贵企业{profile.employees}人）"))
    return checks


def check_age(condition: str, profile: CompanyProfile) -> list[Check]:
    """成立3年以内 / 新设立 against how long ago the company was founded."""
    text = _clean(condition)
    if m := _AGE.search(text):
        limit = _n(m.group("n"))
        if profile.age_years is None:
            return [Check("age", UNKNOWN, f"条件：{m.group(0)}（贵企业未说明成立时间）")]
        ok = profile.age_years <= limit
        return [Check("age", MET if ok else FAILED, f"{'符合' if ok else '不符合'}条件：{m.group(0)}（贵企业成立{profile.age_years:g}年）")]
    if m := _NEW.search(text):
        # the text sets no age: a firm founded this or last year is new, one of three years or more is not
        if profile.age_years is None:
            return [Check("age", UNKNOWN, f"条件：{m.group(0)}的企业（贵企业未说明成立时间）")]
        state = MET if profile.age_years <= 1 else FAILED if profile.age_years >= 3 else UNKNOWN
        return [Check("age", state, f"条件：{m.group(0)}的企业（贵企业成立{profile.age_years:g}年）")]
    if m := _YEARS.search(text):
        return [Check("years", UNKNOWN, f"条件：{m.group(0)}（请核对）")]
    return []


def check_other(condition: str, checks: list[Check]) -> list[Check]:
    """A condition no check above reads (获批国家标准的, 综合考评80分以上的): still to confirm, quoted."""
    if not condition or any(c.kind not in ("place", "industry", "size") for c in checks):
        return []
    if not re.search(r"的(?:，|$)|以上|以下|达到|超过|获|认定|评为|列入|纳入|首次|新增|完成", condition):
        return []
    text = _clean(condition)
    return [Check("other", UNKNOWN, f"条件：{text[:60]}{'…' if len(text) > 60 else ''}（请核对）")]
