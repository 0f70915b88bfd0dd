"""One spec per kind of question: how it is recognised, how evidence is chosen, what
"not stated" means for it, and how its answer is rendered.

A new kind of question is one new `IntentSpec` here; the evidence selector and the
composer look specs up by `Intent` (an enum, so a misspelt intent fails loudly instead of
silently answering as `content`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from assistant.corpus.model import Clause


class Intent(StrEnum):
    COMPARE = "compare"
    LIST = "list"
    RESPONSIBILITY = "responsibility"
    DEADLINE = "deadline"
    TARGET = "target"
    SUPPORT = "support"
    CONTENT = "content"


class Selection(Enum):
    """How evidence is chosen from the ranked hits."""

    TOP = "the best hit (and a close partner)"
    WITH_FACT = "the best hits that hold the intent's fact"
    PER_DOCUMENT = "the best hit of each document"


class Render(Enum):
    """How the composer writes the answer."""

    QUOTES = "quote the best sentences"
    UNITS = "name the responsible units"
    DEADLINE = "state the deadline"
    LIST = "a complete list (when the evidence is a listing)"


@dataclass(frozen=True)
class IntentSpec:
    intent: Intent
    #: what in a question asks for this kind (None: the fallback kind)
    pattern: re.Pattern[str] | None
    selection: Selection = Selection.TOP
    #: the fact a clause must hold to answer (WITH_FACT)
    fact: Callable[[Clause], bool] | None = None
    #: with WITH_FACT: fall back to the top hits when no hit holds the fact
    fact_optional: bool = False
    #: the abstention message when no chosen clause holds the fact
    missing: str = "文件中没有找到与该问题直接相关的内容。"
    render: Render = Render.QUOTES
    #: answered from a parsed fact, so a follow-up asking it is about the clauses just cited
    asks_fact: bool = False
    #: quotes prefer sentences with numbers
    wants_numbers: bool = False


def _has_units(clause: Clause) -> bool:
    return bool(clause.units)


def _has_deadline(clause: Clause) -> bool:
    return bool(clause.deadline)


def _has_targets(clause: Clause) -> bool:
    return bool(clause.targets)


#: In detection order: the first spec whose pattern matches wins.
INTENT_SPECS: tuple[IntentSpec, ...] = (
    IntentSpec(
        Intent.COMPARE,
        re.compile(r"对比|比较|区别|不同|差异|异同|相比|分别.{0,6}(是|为|有)|和.{1,12}(比|一样)"),
        selection=Selection.PER_DOCUMENT,
        wants_numbers=True,
    ),
    IntentSpec(
        Intent.LIST,
        re.compile(
            r"(负责|承担|牵头|参与|涉及)[^部单门位]{0,6}(哪些|什么|几项|多少项|哪几项)"
            r"|(哪些|所有|全部|列出|哪几项|几项).{0,8}(任务|工作|事项|措施)"
            r"|(任务|事项|工作)(都|分别)?(是|有)(哪些|哪几项)|有哪几项"
        ),
        render=Render.LIST,
    ),
    IntentSpec(
        Intent.RESPONSIBILITY,
        re.compile(r"谁|哪个部门|哪些部门|哪个单位|哪些单位|责任单位|负责部门|牵头|主管|找哪|归.{0,2}管|负责"),
        selection=Selection.WITH_FACT,
        fact=_has_units,
        missing="相关条款没有写明责任单位。",
        render=Render.UNITS,
        asks_fact=True,
    ),
    IntentSpec(
        Intent.DEADLINE,
        re.compile(r"什么时候|何时|时间进度|时限|期限|哪一?年|截止|几月|多久|完成时间|进度|启动时间"),
        selection=Selection.WITH_FACT,
        fact=_has_deadline,
        missing="相关条款没有规定时间进度。",
        render=Render.DEADLINE,
        asks_fact=True,
    ),
    IntentSpec(
        Intent.TARGET,
        re.compile(r"目标|多少|达到|规模|比例|比重|速率|网速|带宽|宽带.{0,4}(快|速)|指标|百分之|几个|覆盖率|通达率"),
        selection=Selection.WITH_FACT,
        fact=_has_targets,
        fact_optional=True,
        missing="相关条款没有给出量化目标。",
        wants_numbers=True,
    ),
    IntentSpec(
        Intent.SUPPORT,
        re.compile(r"支持|优惠|补贴|补助|扶持|贷款|融资|税|资金|用地|供地|采购|上市|担保|享受|申请|奖励|政策"),
    ),
    IntentSpec(Intent.CONTENT, None),
)
SPECS: dict[Intent, IntentSpec] = {spec.intent: spec for spec in INTENT_SPECS}
#: kinds whose question, naming two documents, is really a comparison (国家和浙江各是多少)
COMPARABLE: frozenset[Intent] = frozenset({Intent.TARGET, Intent.CONTENT, Intent.SUPPORT})


def detect_intent(question: str) -> Intent | None:
    """The first kind whose pattern the question matches, or None (a plain content question)."""
    return next((s.intent for s in INTENT_SPECS if s.pattern is not None and s.pattern.search(question)), None)


def spec_of(intent: Intent) -> IntentSpec:
    return SPECS[Intent(intent)]
