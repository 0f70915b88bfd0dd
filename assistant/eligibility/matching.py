"""Eligibility: which support measures of the library apply to a company, and which nearly do.

Matching rests on the facts of each clause (eligibility.measures), not on embeddings, so it is
explainable and needs no model. For every measure the conditions are checked both ways
(eligibility.conditions): a failed one (size, place, a threshold, the firm's age, an industry the
measure is not for) keeps the measure from the company; an unknown one is listed as still to
confirm. A measure is offered when nothing fails and something about the company fits it: its
industry, size, qualification, a stated figure, a need, or — for a local document — its place.
A measure that fails only on size, a figure, age or a nearby place is a *near miss*, shown with
the condition that fails. Matches are ranked by fit; each says why, what it gives (the money
facts), what is unknown and whom to contact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from assistant.citations import Citation, label_for
from assistant.corpus.model import Document
from assistant.eligibility.amounts import describe_money, upper_bound
from assistant.eligibility.conditions import (
    FAILED,
    MET,
    UNKNOWN,
    Check,
    check_age,
    check_figures,
    check_industry,
    check_other,
    check_place,
    check_qualifications,
    check_size,
    shares_area,
)
from assistant.eligibility.measures import (
    ClauseFacts,
    MeasureFacts,
    clause_facts,
    level_name,
    vocabulary,
)
from assistant.eligibility.profile import CompanyProfile, parse_profile
from assistant.eligibility.result import EligibilityResult, Match
from assistant.lexicon.enterprise import KINDS, NEED_KINDS
from assistant.lexicon.regions import Level

#: Conditions whose failure still makes a measure worth showing as a near miss.
_NEAR = frozenset({"size", "figure", "employees", "age", "place"})
_WEIGHTS = {"industry": 3.0, "size": 2.0, "qualification": 3.0, "figure": 1.0, "employees": 1.0, "age": 1.0}


@dataclass
class _Fit:
    measure: MeasureFacts
    checks: list[Check]
    needs: list[str] = field(default_factory=list)
    kinds_wanted: list[str] = field(default_factory=list)

    def having(self, status: str) -> list[Check]:
        return [c for c in self.checks if c.status == status]

    @property
    def score(self) -> float:
        met = sum(_WEIGHTS.get(c.kind, 0.0) for c in self.having(MET))
        place = next((c for c in self.checks if c.kind == "place"), None)
        local = 1.0 if place and place.status == MET and "全国" not in place.text else 0.0
        return met + local + (3.0 if self.kinds_wanted else 0.0) + (0.5 if self.measure.money else 0.0) - 0.5 * len(self.having(UNKNOWN))

    def relevant(self, ignoring_failed: bool = False) -> bool:
        """Something about the company fits: a need, a qualification or a figure; its industry; or its
        size or (for a local document) its place, when the measure is not for a field the company
        has not named."""
        positive = {c.kind for c in self.checks if c.status == MET and not (c.kind == "place" and "全国" in c.text)}
        if ignoring_failed:
            positive |= {c.kind for c in self.having(FAILED) if c.kind in _NEAR}
        if self.kinds_wanted or positive & {"qualification", "figure", "employees", "age", "industry"}:
            return True
        field_open = not any(c.kind == "industry" and c.status == UNKNOWN for c in self.checks)
        return field_open and bool(positive & {"size", "place"})


def _fit(facts: ClauseFacts, measure: MeasureFacts, profile: CompanyProfile, place: Check) -> _Fit:
    checks = [place]
    checks += [c for c in (check_industry(measure.industries, profile), check_size(measure.sizes, list(measure.size_words), profile)) if c]
    checks += check_qualifications(measure.condition, measure.qualifications, profile)
    checks += check_figures(measure.condition, profile) + check_age(measure.condition, profile)
    checks += check_other(measure.condition, checks)
    fit = _Fit(measure, checks)
    fit.kinds_wanted = [k for k in measure.kinds if k in profile.need_kinds]
    fit.needs = [n for n in profile.needs if NEED_KINDS[n] in fit.kinds_wanted]
    return fit


def match_profile(documents: list[Document], profile: CompanyProfile) -> EligibilityResult:
    result = EligibilityResult(profile)
    facts_all = clause_facts(documents)
    failures: Counter[str] = Counter()
    for facts in facts_all:
        if not facts.is_support:
            continue
        place = check_place(facts.government, profile)
        fits = [_fit(facts, m, profile, place) for m in facts.measures]
        offered = [f for f in fits if not f.having(FAILED) and f.relevant()]
        if offered:
            best = max(f.score for f in offered)
            result.matches.append(_to_match(facts, profile, [f for f in offered if f.score >= best - 2]))
            continue
        for f in fits:
            failures.update(c.kind for c in f.having(FAILED))
        near = [f for f in fits if f.having(FAILED) and {c.kind for c in f.having(FAILED)} <= _NEAR
                and len(f.having(FAILED)) <= 2 and f.relevant(ignoring_failed=True)
                and (place.status != FAILED or shares_area(facts.government, profile))]
        if near:
            result.near_misses.append(_to_match(facts, profile, near[:1]))
    result.matches.sort(key=lambda m: -m.score)
    result.near_misses.sort(key=lambda m: -m.score)
    result.notes += _notes(facts_all, documents, profile, result, failures)
    return result


def _to_match(facts: ClauseFacts, profile: CompanyProfile, fits: list[_Fit]) -> Match:
    measures = [f.measure for f in fits]
    checks = list({c.text: c for f in fits for c in f.checks}.values())
    wanted = list(dict.fromkeys(k for f in fits for k in f.kinds_wanted))
    kinds = [k for k in KINDS if any(k in m.kinds for m in measures)]
    reasons = [c.text for c in checks if c.status == MET]
    if needs := list(dict.fromkeys(n for f in fits for n in f.needs)):
        reasons.insert(0, f"符合需求：{'、'.join(needs)}")
    money = [m for measure in measures for m in measure.money]
    bounds = [upper_bound(m) for m in money]
    document, units = facts.document, list(facts.units)
    contact = "、".join(units)
    where = f"（{facts.contact_source}）" if facts.contact_source else ""
    if money:
        note = "金额为文件规定的上限或标准，实际以申报审核为准" + (f"；联系：{contact}{where}" if units else "") + "。"
    elif units:
        note = f"文件未规定具体金额，请联系责任单位：{contact}{where}。"
    else:
        note = "文件未规定具体金额，也未写明该条的责任单位" + (f"；可咨询发文机关：{document.issuer}" if document.issuer else "") + "。"
    quotes = list(dict.fromkeys(m.sentence for m in measures))
    return Match(
        kind=(wanted or kinds)[0],
        kinds=kinds,
        label=label_for(facts.clause, document),
        level=level_name(facts.government),
        citation=Citation.of(facts.clause, document, quotes),
        quotes=quotes,
        beneficiaries=list(dict.fromkeys(b for m in measures for b in m.beneficiaries)),
        conditions=[c.text for c in checks if c.status == UNKNOWN],
        failed=[c.text for c in checks if c.status == FAILED],
        units=units,
        lead_units=list(facts.lead),
        supporting_units=list(facts.supporting),
        reasons=reasons,
        gives=list(dict.fromkeys(describe_money(m) for m in money)),
        upper_bound=max((b for b in bounds if b is not None), default=None),
        open_ended=any(b is None for b in bounds),
        stacking=facts.stacking,
        note=note,
        score=max(f.score for f in fits),
        generic=not any(m.industries for m in measures),
    )


def _notes(facts_all: list[ClauseFacts], documents: list[Document], profile: CompanyProfile,
           result: EligibilityResult, failures: Counter[str]) -> list[str]:
    if not result.matches:
        return [nothing_note(facts_all, documents, profile, failures)]
    if profile.industries and all(m.generic for m in result.matches):
        return [f"现有文件没有针对{'、'.join(profile.industries)}的专门措施；以下只是面向符合条件企业的通用措施。"]
    if not (profile.region or profile.city or profile.county):
        return ["未说明所在地区：已列出国家措施和各地措施，地方措施仅适用于当地企业。"]
    return []


def nothing_note(facts_all: list[ClauseFacts], documents: list[Document], profile: CompanyProfile,
                 failures: Counter[str]) -> str:
    """Why nothing matched, and what the library does cover (its places, support kinds and fields)."""
    support = [f for f in facts_all if f.is_support]
    why = []
    if failures["place"]:
        why.append(f"地方措施都不适用于{'所述地区' if not profile.place else profile.place}")
    if failures["industry"] or (profile.industries and not any(f.measures[0].industries for f in support)):
        why.append(f"没有针对{'、'.join(profile.industries) or '所述行业'}的措施")
    for kind, words in (("size", "企业规模"), ("figure", "经营指标门槛"), ("age", "成立年限")):
        if failures[kind]:
            why.append(f"部分措施的{words}条件不符")
    if not why:
        why.append("没有与所述行业、规模、资质或需求相符的条款")
    # a text whose government is unknown names no place it applies to (level_name's 地方): it is not listed
    places = Counter("全国" if f.government.level == Level.NATIONAL else level_name(f.government) for f in support
                     if f.government.level == Level.NATIONAL or f.government.name)
    kinds = Counter(k for f in support for m in f.measures for k in m.kinds)
    fields = Counter(i for f in support for m in f.measures for i in m.industries)
    covered = f"现有{len(documents)}份文件中没有找到适用于该企业的支持措施：{'；'.join(why)}。"
    if not support:
        return covered + "这些文件中没有面向企业的支持措施。"
    return covered + (
        f"这些文件的支持措施适用于：{'、'.join(p for p, _ in places.most_common(8))}；"
        f"支持类型：{'、'.join(f'{k}{n}项' for k, n in kinds.most_common())}"
        + (f"；面向行业：{'、'.join(i for i, _ in fields.most_common(8))}" if fields else "") + "。"
    )


def eligible(documents: list[Document], text_or_profile: str | CompanyProfile | dict) -> EligibilityResult:
    """Every support measure in `documents` that applies to the company described (and the near misses)."""
    if isinstance(text_or_profile, CompanyProfile):
        profile = text_or_profile
    elif isinstance(text_or_profile, dict):
        profile = CompanyProfile.from_dict(text_or_profile)
    else:
        profile = parse_profile(str(text_or_profile), vocabulary(documents))
    return match_profile(documents, profile)
