"""Gates: per suite, thresholds on the main mode's headline metrics (eval/gates.json).

A gate is set from a measured value: measured − max(0.03, one item's worth), rounded down to two
decimals, so one question or conversation flipping does not trip it while a real regression does.
`policy-qa eval --update-gates` rewrites the gates of the suites it ran by that rule; raise them when
the answering code improves, never lower one to let a regression through.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from assistant.evaluation.cases import EVAL_DIR
from assistant.evaluation.scoring import METRICS

DEFAULT_GATES = EVAL_DIR / "gates.json"
#: how far below the measured value a threshold goes, at least
GATE_MARGIN = 0.03
GATED = (
    "citation_recall",
    "citation_precision",
    "fact_accuracy",
    "abstention_accuracy",
    "list_recall",
    "multiturn_accuracy",
    "recall_at_5",
    "mrr",
)
#: which count each gated metric averages over (see `scoring.summarize`)
_GATE_BASIS = {
    "citation_recall": "answerable",
    "citation_precision": "cited",
    "fact_accuracy": "answerable",
    "abstention_accuracy": "questions",
    "list_recall": "list",
    "multiturn_accuracy": "multiturn",
    "recall_at_5": "retrieval",
    "mrr": "retrieval",
}

Gates = dict[str, dict[str, float]]  # suite -> metric -> threshold


def load_gates(path: Path = DEFAULT_GATES) -> Gates:
    """The thresholds of every suite; a file that names an unknown metric is an error."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError(f"{path}: expected {{suite: {{metric: threshold}}}}")
    gates: Gates = {}
    for suite, thresholds in data.items():
        unknown = set(thresholds) - set(METRICS)
        if unknown:
            raise ValueError(f"{path}: {suite}: unknown metrics {sorted(unknown)}")
        gates[suite] = {k: float(v) for k, v in thresholds.items()}
    return gates


def save_gates(gates: Gates, path: Path = DEFAULT_GATES) -> None:
    Path(path).write_text(json.dumps(gates, indent=2) + "\n", encoding="utf-8")


def check_gates(metrics: dict[str, float | None], gates: dict[str, float], suite: str = "") -> list[str]:
    """One line per metric below its threshold (a metric that could not be measured fails too)."""
    failures = []
    prefix = f"{suite}: " if suite else ""
    for key, threshold in gates.items():
        value = metrics.get(key)
        if value is None or value < threshold:
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{prefix}{METRICS.get(key, key)} ({key}) = {shown} < {threshold:.2f}")
    return failures


def gates_from(
    metrics: dict[str, float | None], counts: dict[str, int] | None = None, margin: float = GATE_MARGIN
) -> dict[str, float]:
    """Thresholds a little below the measured values: floor(value − margin, 2 decimals), at least 0.01.
    A metric measured at 0 gets no gate: the 0.01 floor would be a threshold the suite already misses
    (a new suite whose four conversations all fail).

    With `counts`, the margin is at least one item's worth (1/n): a metric over 17
    conversations moves by 0.06 when one flips, and a gate must not hang on that.
    """
    gates = {}
    for key in GATED:
        value = metrics.get(key)
        if value:
            n = (counts or {}).get(_GATE_BASIS[key], 0)
            slack = max(margin, 1 / n) if n else margin
            gates[key] = max(0.01, math.floor(round((value - slack) * 100, 6)) / 100)
    return gates
