"""Train the learned reranker's weights on the DEV splits only (shipped-dev, real-dev).

    .venv/bin/python -m assistant.retrieval.train_reranker [--check]

For every answerable question of the dev cases (the first turn of a conversation, which stands
alone) the fused top `rerank_k` candidates are taken as the assistant takes them (same scope
filter, same slot fact), labelled by the eval's own gold matching, and a linear model is fit
listwise: softmax over each question's candidates, maximising the probability of its gold
clauses, with L2. Printed: recall@1/@5 of the fused order and of the reranked order, by
5-fold cross-validation over questions and across suites (train on one, test on the other),
so the figure is not measured on what the weights were fit to. The test splits are never read.

An offline tool, not imported at run time: it reads the eval's cases and matching (a later
stage), which the retrieval package itself never does.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass

import numpy as np

from assistant.retrieval.rerank import FEATURES, WEIGHTS_PATH, LearnedReranker, features

DEV_SUITES = ("real-dev", "shipped-dev")
L2 = 0.01
STEPS = 600
LEARNING_RATE = 0.5


@dataclass
class Question:
    suite: str
    x: np.ndarray  # candidates × features
    gold: np.ndarray  # bool per candidate


def collect() -> list[Question]:
    from assistant.answering.intents import slot_spec
    from assistant.answering.question import understand
    from assistant.evaluation.cases import SUITES, Suite, questions_of, read_cases
    from assistant.evaluation.runner import load_suites
    from assistant.evaluation.scoring import matches
    from assistant.retrieval.filters import Filters

    suites = [Suite(SUITES[n].name, SUITES[n].cases_path, SUITES[n].docs_dir, ("hybrid",)) for n in DEV_SUITES]
    out: list[Question] = []
    for suite in suites:
        assistant = load_suites([suite])[suite.name].assistants["hybrid"]
        search = assistant.search
        for case in read_cases(suite.cases_path, real=suite.real):
            q = questions_of(case)[0]
            if not q.get("answerable", True) or not q.get("gold"):
                continue
            query = understand(q["question"], assistant.documents)
            data = search.candidates(
                q["question"], assistant.settings.rerank_k, Filters(doc_ids=query.doc_ids), "hybrid", slot_spec(query.slot).fact
            )
            gold = np.array([any(matches(g, c.clause) for g in q["gold"]) for c in data.candidates], dtype=bool)
            if gold.any():
                out.append(Question(suite.name, features(data), gold))
    return out


def fit(questions: list[Question]) -> dict:
    """Listwise softmax regression; returns the weights file's content."""
    stacked = np.concatenate([q.x for q in questions])
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0) + 1e-6
    xs = [(q.x - mean) / scale for q in questions]
    w = np.zeros(len(FEATURES))
    for _ in range(STEPS):
        grad = L2 * w
        for x, q in zip(xs, questions):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            target = q.gold / q.gold.sum()
            grad += x.T @ (p - target) / len(questions)
        w -= LEARNING_RATE * grad
    return {"features": list(FEATURES), "mean": mean.tolist(), "scale": scale.tolist(), "w": w.tolist()}


def recall(questions: list[Question], weights: dict | None, k: int) -> float:
    model = LearnedReranker(weights) if weights else None
    hits = 0
    for q in questions:
        order = np.argsort(-model.scores(q.x), kind="stable") if model else np.arange(len(q.gold))
        hits += bool(q.gold[order[:k]].any())
    return hits / len(questions)


def report(name: str, test: list[Question], weights: dict) -> None:
    print(
        f"{name:<28} n={len(test):>3}  r@1 {recall(test, None, 1):.2f} → {recall(test, weights, 1):.2f}"
        f"   r@5 {recall(test, None, 5):.2f} → {recall(test, weights, 5):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write the weights")
    args = parser.parse_args()
    questions = collect()
    print("questions with the gold among the candidates:", {n: sum(q.suite == n for q in questions) for n in DEV_SUITES})
    rng = np.random.default_rng(0)
    folds = rng.permutation(len(questions)) % 5
    for f in range(5):
        train = [q for q, g in zip(questions, folds) if g != f]
        report(f"5-fold CV, fold {f}", [q for q, g in zip(questions, folds) if g == f], fit(train))
    for held in DEV_SUITES:
        train = [q for q in questions if q.suite != held]
        if not train or len(train) == len(questions):
            print(f"{held}: no questions on one side; skipped")
            continue
        report(f"trained apart, tested {held}", [q for q in questions if q.suite == held], fit(train))
    weights = fit(questions)
    print("weights:", dict(zip(FEATURES, np.round(weights["w"], 2))))
    if not args.check:
        WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
