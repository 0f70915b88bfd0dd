"""Train the learned abstention's weights on the DEV splits only (real-dev, shipped-dev).

    .venv/bin/python -m assistant.answering.train_abstention [--check] [--records FILE]

Every dev question is asked through the assistant (its conversation, as the eval asks it) with the
learned abstention off; where the slot rules answer (the point `evidence.EvidenceSelector._declined`
is asked at), the view of that answer is kept with the question's labels: whether it is answerable,
and whether the current answer is right (the eval's own scoring). A logistic model predicts
p(answerable) from `abstention.FEATURES`; questions answerable but answered wrongly now are left out
of the fit (declining them changes nothing the eval counts) and kept in the figures.

What is measured is transfer to documents not trained on: cross-validation GROUPED BY DOCUMENT (a
real document's questions fall in one fold; a shipped document's chapters are each a fold unit), 5
folds × 3 shuffles. A question is declined when its out-of-fold p(answerable) is below the threshold;
the gain of a threshold is (unanswerable questions now answered that it declines) − (answerable ones
answered right that it declines). The threshold is the one with the best mean CV gain over a fixed
grid, required to be > 0 with no more than `MAX_BROKEN_SHARE` of the answered-right questions lost;
with none such, the weights say threshold 0 (never declines). The L2 is chosen the same way. The
halves check (real-dev documents sorted by name, even positions half A, odd half B): train on one
half plus shipped-dev, decline on the other at the chosen threshold. The test splits are never read.

Measured 2026-12-03 on the tree of ed0da43 (real-dev 772 questions with the 36 h22u cases on four new
documents, shipped-dev): 800 dev questions reach the hook (the slot rules answer), of them 38
unanswerable, 671 answerable and answered right, 91 answerable and answered wrong; 87 fold units.
Grouped-CV AUC (answerable-right vs unanswerable) 0.765 with these features; the best subsets tried
(bigram cover outside the title + subject words missing from the clause / its document + the slot's
kind) reach 0.79-0.80. At no threshold does declining gain: at 0.05 the CV declines 5.3 unanswerable
and 11.0 answered-right questions, at 0.10 9.7/19.7, at 0.20 13.0/46.0 (subsets: 2.7/4.0 at 0.05 at
best). Halves (A+shipped → B, B+shipped → A) are negative likewise (0.05: 4 fixed / 12 broken, 5 / 7).
So the chosen threshold is 0 and `learned_abstention` stays off: the 38 unanswerable questions the
rules let through look, on these signals, like the answerable ones (paraphrases miss as many of the
clause's words as questions about a beneficiary the clause does not name).

An offline tool, not imported at run time (it reads the eval's cases and scoring).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answering.abstention import FEATURES, WEIGHTS_PATH, View, features

DEV_SUITES = ("real-dev", "shipped-dev")
L2_GRID = (0.01, 0.1, 1.0)
THRESHOLDS = tuple(np.round(np.arange(0.05, 0.61, 0.05), 2))
MAX_BROKEN_SHARE = 0.02
FOLDS = 5
SHUFFLES = (0, 1, 2)
STEPS = 2000
LEARNING_RATE = 0.5


@dataclass
class Record:
    suite: str
    case_id: str
    group: str  # the fold unit
    answerable: bool
    correct: bool  # the current answer (learned abstention off) passes the eval
    view: View


def collect() -> list[Record]:
    """Every dev question whose answer the slot rules let through (the view `_declined` is asked on)."""
    os.environ["POLICY_QA_LEARNED_ABSTENTION"] = "false"
    from assistant.answering import evidence
    from assistant.answering.abstention import view_of
    from assistant.evaluation.cases import SUITES, questions_of, read_cases
    from assistant.evaluation.runner import load_suites
    from assistant.evaluation.scoring import score_question

    seen: list[View] = []

    def observe(self, query, selected, hits, fused) -> bool:  # noqa: ANN001 - the hook's own signature
        if not query.follow_up and selected:
            seen.append(view_of(query, selected, hits, fused, self._documents_by_id, self.tokenizer))
        return False

    evidence.EvidenceSelector._declined = observe
    out: list[Record] = []
    for name in DEV_SUITES:
        suite = SUITES[name]
        setup = load_suites([suite])[name]
        assistant = setup.assistants["hybrid"]
        for case in read_cases(suite.cases_path, real=suite.real):
            session = assistant.new_session()
            for q in questions_of(case):
                seen.clear()
                try:
                    answer = session.ask(q["question"])
                except Exception:  # noqa: BLE001 - a failing question teaches nothing here
                    continue
                if not seen:
                    continue
                result = score_question(q, answer, bool(case.get("list")))
                view = seen[-1]
                out.append(Record(name, case["id"], _group(case, suite.real, setup.documents, view),
                                  result.answerable, result.correct, view))
    return out


def _group(case: dict, real: bool, documents: frozenset[str], view: View) -> str:
    """A real case's document (its gold, else the document its id names), a shipped one's chapter."""
    if real:
        gold = sorted({g["doc_id"] for g in case.get("gold", []) if isinstance(g, dict)})
        if gold:
            return gold[0]
        stem = case["id"].rsplit("-", 1)[0].removeprefix("real-")
        named = sorted(d for d in documents if d in case["id"] or d.startswith(stem))
        return max(named, key=len) if named else view.selected.doc_id
    clause = view.selected
    return f"{clause.doc_id}:{clause.annex_group or clause.chapter}"


def _arrays(records: list[Record]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = np.array([features(r.view) for r in records])
    y = np.array([r.answerable for r in records], dtype=float)
    ok = np.array([r.correct for r in records], dtype=bool)
    return x, y, ok


def fit(x: np.ndarray, y: np.ndarray, keep: np.ndarray, l2: float) -> dict:
    """Logistic regression by full-batch gradient descent from zero (deterministic), classes weighted equally."""
    x, y = x[keep], y[keep]
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    pos = max(y.sum(), 1.0)
    neg = max((1 - y).sum(), 1.0)
    weight = np.where(y > 0, 0.5 / pos, 0.5 / neg)
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = weight * (p - y)
        w -= LEARNING_RATE * (z.T @ g + l2 * w / len(y))
        b -= LEARNING_RATE * g.sum()
    return {"features": list(FEATURES), "mean": mean.tolist(), "scale": scale.tolist(), "w": w.tolist(), "b": b, "l2": l2}


def predict(weights: dict, x: np.ndarray) -> np.ndarray:
    z = (x - np.asarray(weights["mean"])) / np.asarray(weights["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.asarray(weights["w"]) + weights["b"])))


def _trainable(y: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Unanswerable questions, and answerable ones answered right (see module doc)."""
    return (y == 0) | ok


def fold_of(groups: list[str], seed: int) -> np.ndarray:
    units = sorted(set(groups))
    fold = {g: i % FOLDS for i, g in enumerate(np.random.default_rng(seed).permutation(units))}
    return np.array([fold[g] for g in groups])


def grouped_cv(x: np.ndarray, y: np.ndarray, ok: np.ndarray, groups: list[str], l2: float) -> np.ndarray:
    """Out-of-fold p(answerable), one row per shuffle."""
    rows = []
    for seed in SHUFFLES:
        folds = fold_of(groups, seed)
        p = np.zeros(len(y))
        for f in range(FOLDS):
            train = (folds != f) & _trainable(y, ok)
            p[folds == f] = predict(fit(x, y, train, l2), x[folds == f])
        rows.append(p)
    return np.asarray(rows)


def gains(p: np.ndarray, y: np.ndarray, ok: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """(unanswerable declined, answerable-right declined, answerable-wrong declined) at `threshold`."""
    declined = p < threshold
    return int((declined & (y == 0)).sum()), int((declined & (y == 1) & ok).sum()), int((declined & (y == 1) & ~ok).sum())


def _best(rows: np.ndarray, y: np.ndarray, ok: np.ndarray) -> tuple[float, float]:
    """(threshold, mean gain) with the best mean CV gain under the broken-share cap; (0, 0) if none gains."""
    right = max(int(((y == 1) & ok).sum()), 1)
    best = (0.0, 0.0)
    for t in THRESHOLDS:
        fixed, broken, _ = np.mean([gains(p, y, ok, t) for p in rows], axis=0)
        if broken / right <= MAX_BROKEN_SHARE and fixed - broken > best[1]:
            best = (float(t), float(fixed - broken))
    return best


def halves(records: list[Record]) -> dict[str, np.ndarray]:
    docs = sorted({r.group for r in records if r.suite == "real-dev"})
    half = {d: "AB"[i % 2] for i, d in enumerate(docs)}
    return {h: np.array([r.suite == "real-dev" and half[r.group] == h for r in records]) for h in "AB"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write the weights")
    parser.add_argument("--records", type=Path, help="a pickle of collected records: read if it exists, else written")
    args = parser.parse_args()
    if args.records and args.records.exists():
        records = pickle.loads(args.records.read_bytes())
    else:
        records = collect()
        if args.records:
            args.records.write_bytes(pickle.dumps(records))
    x, y, ok = _arrays(records)
    groups = [r.group for r in records]
    suites = np.array([r.suite for r in records])
    print(f"answered questions: {len(records)} ({int((y == 0).sum())} unanswerable, "
          f"{int(((y == 1) & ok).sum())} answerable right, {int(((y == 1) & ~ok).sum())} answerable wrong); "
          f"fold units {len(set(groups))}")
    print("grouped CV (5 folds × 3 shuffles): declined unanswerable / answerable-right / answerable-wrong, mean per shuffle")
    chosen = None
    for l2 in L2_GRID:
        rows = grouped_cv(x, y, ok, groups, l2)
        t, gain = _best(rows, y, ok)
        auc = np.mean([_auc(p[_trainable(y, ok)], y[_trainable(y, ok)]) for p in rows])
        line = [f"  L2 {l2:<5} AUC {auc:.3f}  best threshold {t:.2f} gain {gain:+.1f}"]
        for name in DEV_SUITES:
            keep = suites == name
            f, b, w = np.mean([gains(p[keep], y[keep], ok[keep], t) for p in rows], axis=0)
            line.append(f"{name} {f:.1f}/{b:.1f}/{w:.1f}")
        print("   ".join(line))
        if chosen is None or gain > chosen[2]:
            chosen = (l2, t, gain)
    l2, threshold, _ = chosen
    print(f"chosen L2 {l2}, threshold {threshold} (0: no threshold gains on CV; the model never declines)")
    rows = grouped_cv(x, y, ok, groups, l2)
    print("CV at each threshold, declined unanswerable / answerable-right:", "  ".join(
        f"{t:.2f}: {f:.1f}/{b:.1f}" for t in THRESHOLDS for f, b, _ in [np.mean([gains(p, y, ok, t) for p in rows], axis=0)]))
    split = halves(records)
    shipped = suites == "shipped-dev"
    for train, test in (("A", "B"), ("B", "A")):
        keep = (split[train] | shipped) & _trainable(y, ok)
        p = predict(fit(x, y, keep, l2), x[split[test]])
        f, b, w = gains(p, y[split[test]], ok[split[test]], threshold)
        print(f"halves: trained on {train} + shipped-dev, declined on {test}: unanswerable {f}, answerable-right {b}, answerable-wrong {w}")
    weights = fit(x, y, _trainable(y, ok), l2)
    weights["threshold"] = threshold
    print("weights:", dict(zip(FEATURES, np.round(weights["w"], 2))), "b", round(weights["b"], 2))
    if not args.check:
        WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


def _auc(p: np.ndarray, y: np.ndarray) -> float:
    """Probability that an answerable question scores above an unanswerable one."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


if __name__ == "__main__":
    main()
