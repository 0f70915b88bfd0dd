"""What a measure gives, from the corpus's money facts: a phrase to show, and an upper bound to sum.

An upper bound (in 万元) is what the text lets one company get at most from one fact: an amount,
a cap, the top of a range or of a list of tiers, a rate's own cap. A rate without a cap, a sum per
person or per month, or 不设上限 has no bound a company could add up, and says so.
"""

from __future__ import annotations

from assistant.corpus.model import Money
from assistant.eligibility.profile import to_wan


def _n(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def describe_money(m: Money) -> str:
    """30万元 / 按固定资产投资的5%—20% / 最高200万元（综合考评100分以上的）/ 分档100、30万元 / 100元/亩."""
    if m.kind == "uncapped":
        text = "不设上限"
    elif m.kind == "rate":
        text = f"按{m.basis + '的' if m.basis else ''}{_n(m.value)}%"
    elif m.kind == "ratio":
        text = f"按{_n(m.value)}{m.unit}{_n(m.high)}的比例"
    elif m.kind == "range":
        text = f"{'按' + m.basis + '的' if m.basis else ''}{_n(m.value)}—{_n(m.high)}{m.unit}"
    elif m.kind == "cap":
        text = f"最高{_n(m.value)}{m.unit}"
    elif m.kind == "tiers":
        text = f"分档{'、'.join(_n(t) for t in m.tiers)}{m.unit}"
    else:
        text = f"{_n(m.value)}{m.unit}"
    extras = [x for x in (m.per, m.period, m.duration) if x and x not in text]
    if m.cap is not None and m.kind != "cap":
        extras.append(f"最高{_n(m.cap)}{m.cap_unit or ''}")
    text += f"（{'，'.join(extras)}）" if extras else ""
    if m.condition or (m.beneficiary and m.kind in ("cap", "amount", "tiers")):
        who = "".join((m.condition or m.beneficiary or "").split())
        text += f"［{who[:40]}{'…' if len(who) > 40 else ''}］"
    return text


def upper_bound(m: Money) -> float | None:
    """At most how many 万元 one company gets from this fact; None when the text sets no such bound."""
    if m.cap is not None and m.cap_unit:
        return to_wan(m.cap, m.cap_unit)
    if m.kind in ("amount", "cap") and m.value is not None:
        return to_wan(m.value, m.unit)
    if m.kind == "range" and m.high is not None:
        return to_wan(m.high, m.unit)
    if m.kind == "tiers" and m.tiers:
        return to_wan(max(m.tiers), m.unit)
    return None
