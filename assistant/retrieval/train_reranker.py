"""Train the learned reranker's weights on the DEV splits only (shipped-dev, real-dev).

    .venv/bin/python -m assistant.retrieval.train_reranker [--check] [--keep]

Retrain whenever `rerank.FEATURES` or how a feature is computed changes (the weights file names
its features and `LearnedReranker` refuses weights trained on others), or when dev cases or
documents are added; then run tests/test_rerank.py and the dev evals. Deterministic: the same
tree writes the same weights. With `--keep`, the features the weights file already names keep their
weight, mean and scale, and only features added since are fit (beside them, in CV and halves too): a
new feature then moves the order only where it tells candidates apart. A refit of every weight on
today's cases moves it elsewhere too (the shipped weights were fit on fewer dev cases), which cost
real-dev answers unrelated to the feature (a content question on 遗弃化学武器, a 管环保的部门 question).

For every answerable question of the dev cases (the first turn of a conversation, which stands
alone) the fused top `rerank_k` candidates are taken as the assistant takes them (same scope
filter, same slot fact), labelled by the eval's own gold matching, and a linear model is fit
listwise: softmax over each question's candidates, maximising the probability of its gold
clauses, with L2.

What is measured is transfer to documents not trained on: cross-validation GROUPED BY DOCUMENT
(a real document's questions all fall in one fold; the two shipped documents are split by chapter
or annex group, each a fold unit), 5 folds × 3 shuffles, recall@1 and MRR@10 over the candidates
of the fused order and of the reranked order; and the halves check (real-dev documents sorted by
name, even positions half A, odd half B: train on one half plus shipped-dev, score the other).
The L2 is the one of `L2_GRID` with the best grouped-CV recall@1 (MRR breaks ties). The test
splits are never read.

Measured 2026-12-02 on 691 dev questions (68 fold units), grouped CV recall@1 / MRR@10: fused order
0.789 / 0.866; the previous features (raw cosine and gap, BM25 score, fused rank, unfolded covers,
neighbour gap, unnumbered; same procedure) 0.873 / 0.918; these 0.890 / 0.934. Halves, trained on
one half + shipped-dev: A→B 0.867 → 0.894 recall@1, B→A 0.868 → 0.874. On the eval's search path
(no scope filter, no slot), trained as above: fused 0.744, previous 0.796, these 0.820. Dense alone
does not beat the fusion on paraphrased questions (dev recall@1 over the candidates: real-dev 0.708
vs 0.743, shipped-dev 0.712 vs 0.734), so the fusion stays as it is.

Measured 2026-12-03 on 831 dev questions (68 fold units; 41 h21r responsibility cases added): the
features above 0.895 / 0.937 (real-dev recall@1 0.903; halves A→B 0.905, B→A 0.879); with
body_bigram_cover (the question's bigrams outside the clause's document title: an opening repeats the
title, which names the document and not its clause) 0.912 / 0.945 (real-dev 0.925; A→B 0.931, B→A
0.923). On the eval's search path (no scope, no slot) 0.864 → 0.891. An is-preamble feature or the
title-bigram cover beside it did not transfer better (A→B 0.913 and 0.926), so neither is kept.

Measured 2026-12-03 on 954 dev questions (84 fold units; the h23d batch left out with
`--exclude h23d-`, kept unseen to count transfer on): the features above 0.914 / 0.945 (L2 0.01; real-dev
0.928; halves A→B 0.928, B→A 0.919); with doc_best_gap and neighbour_gap (see rerank.py) 0.914 / 0.946
(L2 0.003; real-dev 0.932; A→B 0.932, B→A 0.930). The weights read them as: within one document the
embedder's differences count for less than across documents (doc_best_gap weighs against dense_z), and
a clause whose neighbour reads closer to the question steps forward a little. Whether the clause holds
a deadline at all raised grouped CV to 0.919 / 0.950 but was learned as a penalty on every row of a
division-of-tasks table (each carries a 时间进度) whatever is asked, and cost three shipped-dev answers
(h11-multi-09, sub-019, h22l-16), so it is not kept. The cosine of the clause's neighbours as a level (not
a gap), the clause's depth, place in its document, share of the candidates from its document, the
question's bigrams weighted by rarity within the clause's document, and amount/units/target held, each
added alone beside the twelve, left grouped-CV recall@1 level or lower, so none is kept.

Measured 2026-12-04 on 1072 dev questions (98 fold units), with `--keep` (the fourteen features above as
shipped): role_asked and role_unasked (rerank._roles: whether the clause states the part a who-question
asks beside leading — who pays, takes in, reviews, supervises, works with) raise grouped CV recall@1 / MRR@10
from 0.924 / 0.952 to 0.927 / 0.954 (real-dev 0.943 → 0.947; halves A→B 0.951 → 0.951, B→A 0.935 → 0.943;
L2 0.01). Counting leading too (every clause naming units states it, as slot_fact already reads) scored
the same in CV, but its weights read the roles less (role_asked 0.16 against 0.37) and the clause saying who
explains a text stayed below the one naming who assesses, asked where to ask. Refitting all sixteen weights instead (no `--keep`) scored 0.923
and cost two real-dev answers the roles do not touch.

An offline tool, not imported at run time: it reads the eval's cases and matching (a later
stage), which the retrieval package itself never does.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass

import numpy as np

from assistant.retrieval.rerank import FEATURES, WEIGHTS_PATH, features

DEV_SUITES = ("real-dev", "shipped-dev")
L2_GRID = (0.001, 0.003, 0.01, 0.03)
STEPS = 600
LEARNING_RATE = 0.5
FOLDS = 5
SHUFFLES = (0, 1, 2)
#: candidates per question (the assistant's rerank_k); shorter lists are padded and masked
WIDTH = 30


@dataclass
class Question:
    suite: str
    group: str  # the fold unit: a real document, or a shipped document's chapter / annex group
    x: np.ndarray  # candidates × features
    gold: np.ndarray  # bool per candidate


def collect(exclude: tuple[str, ...] = ()) -> list[Question]:
    """Every answerable dev question whose candidates hold a gold clause (those that hold none teach
    nothing and score the same whatever the order); cases whose id starts with one of `exclude` are left
    out (a batch kept unseen to count transfer on)."""
    # candidates are read before any reranking, and weights of other features must not stop the load
    os.environ["POLICY_QA_RERANKER"] = "none"
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
            if case["id"].startswith(exclude):
                continue
            q = questions_of(case)[0]
            if not q.get("answerable", True) or not q.get("gold"):
                continue
            query = understand(q["question"], assistant.documents)
            data = search.candidates(
                q["question"], assistant.settings.rerank_k, Filters(doc_ids=query.doc_ids), "hybrid", slot_spec(query.slot).fact
            )
            gold = np.array([any(matches(g, c.clause) for g in q["gold"]) for c in data.candidates], dtype=bool)
            if gold.any():
                first = data.candidates[int(gold.argmax())].clause
                group = first.doc_id if suite.real else f"{first.doc_id}:{first.annex_group or first.chapter}"
                out.append(Question(suite.name, group, features(data), gold))
    return out


def _stack(questions: list[Question]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, gold, mask) padded to WIDTH candidates: questions × WIDTH × features."""
    x = np.zeros((len(questions), WIDTH, len(FEATURES)))
    gold = np.zeros((len(questions), WIDTH), dtype=bool)
    mask = np.zeros((len(questions), WIDTH), dtype=bool)
    for i, q in enumerate(questions):
        n = min(len(q.gold), WIDTH)
        x[i, :n], gold[i, :n], mask[i, :n] = q.x[:n], q.gold[:n], True
    return x, gold, mask


def fit(questions: list[Question], l2: float, keep: dict | None = None) -> dict:
    """Listwise softmax regression (full-batch gradient descent from zero: deterministic); returns the
    weights file's content. `keep`: a weights file's content whose features keep their weight, mean and
    scale; only the features it lacks are fit (a feature added beside trained ones moves the order only
    where it tells candidates apart, not wherever a refit of every weight on today's cases would)."""
    x, gold, mask = _stack(questions)
    mean, scale = x[mask].mean(axis=0), x[mask].std(axis=0) + 1e-6
    w = np.zeros(len(FEATURES))
    free = np.ones(len(FEATURES), dtype=bool)
    for i, name in enumerate(keep["features"] if keep else ()):
        j = FEATURES.index(name)
        mean[j], scale[j], w[j], free[j] = keep["mean"][i], keep["scale"][i], keep["w"][i], False
    z = np.where(mask[..., None], (x - mean) / scale, 0.0)
    target = gold / gold.sum(axis=1, keepdims=True)
    for _ in range(STEPS):
        s = np.where(mask, z @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= free * LEARNING_RATE * (np.einsum("qc,qcf->f", p - target, z) / len(questions) + l2 * w)
    return {"features": list(FEATURES), "mean": mean.tolist(), "scale": scale.tolist(), "l2": l2, "w": w.tolist()}


def first_gold(questions: list[Question], weights: dict | None) -> np.ndarray:
    """1-based rank of the first gold candidate per question, in the fused order (weights None) or reranked."""
    x, gold, mask = _stack(questions)
    if weights is None:
        scores = -np.arange(WIDTH, dtype=float)[None, :].repeat(len(questions), axis=0)
    else:
        w, mean, scale = (np.asarray(weights[k]) for k in ("w", "mean", "scale"))
        scores = ((x - mean) / scale) @ w
    order = np.argsort(-np.where(mask, scores, -np.inf), axis=1, kind="stable")
    return np.take_along_axis(gold, order, axis=1).argmax(axis=1) + 1


def _figures(ranks: np.ndarray) -> tuple[float, float]:
    """recall@1 and MRR@10 of 1-based ranks."""
    return float((ranks == 1).mean()), float(np.where(ranks <= 10, 1.0 / ranks, 0.0).mean())


def fold_of(questions: list[Question], seed: int) -> np.ndarray:
    """Each question's fold: whole groups are dealt round-robin in a shuffled order (seeded), so a
    document's questions are never split between training and scoring."""
    groups = sorted({q.group for q in questions})
    fold = {g: i % FOLDS for i, g in enumerate(np.random.default_rng(seed).permutation(groups))}
    return np.array([fold[q.group] for q in questions])


def grouped_cv(questions: list[Question], l2: float, keep: dict | None = None) -> np.ndarray:
    """Each question's rank under weights trained on the other folds' groups, one row per shuffle."""
    rows = []
    for seed in SHUFFLES:
        folds = fold_of(questions, seed)
        ranks = np.zeros(len(questions), dtype=int)
        for f in range(FOLDS):
            test = np.flatnonzero(folds == f)
            weights = fit([q for q, g in zip(questions, folds) if g != f], l2, keep)
            ranks[test] = first_gold([questions[i] for i in test], weights)
        rows.append(ranks)
    return np.asarray(rows)


def halves(questions: list[Question]) -> dict[str, list[Question]]:
    """real-dev documents sorted by name: even positions half A, odd half B."""
    docs = sorted({q.group for q in questions if q.suite == "real-dev"})
    half = {d: "AB"[i % 2] for i, d in enumerate(docs)}
    return {h: [q for q in questions if q.suite == "real-dev" and half[q.group] == h] for h in "AB"}


def kept_weights(weights: dict) -> dict:
    """A weights file's content to keep (see `fit`): every feature it names must still be one of FEATURES."""
    gone = [name for name in weights["features"] if name not in FEATURES]
    if gone:
        raise SystemExit(f"the weights file names features no longer computed ({', '.join(gone)}); retrain without --keep")
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write the weights")
    parser.add_argument("--exclude", nargs="*", default=[], metavar="PREFIX", help="leave out cases whose id starts so")
    parser.add_argument(
        "--keep", action="store_true", help="keep the weights file's own features' weights; fit only the features it lacks"
    )
    args = parser.parse_args()
    kept = kept_weights(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))) if args.keep else None
    questions = collect(tuple(args.exclude))
    print("questions with the gold among the candidates:", {n: sum(q.suite == n for q in questions) for n in DEV_SUITES})
    print("fold units (documents / shipped chapters):", len({q.group for q in questions}))
    suites = np.array([q.suite for q in questions])
    fused = first_gold(questions, None)
    print("grouped CV (5 folds × 3 shuffles), recall@1 / MRR@10, fused order → reranked:")
    best = None
    for l2 in L2_GRID:
        ranks = grouped_cv(questions, l2, kept)
        line = [f"  L2 {l2:<6}"]
        for name, keep in (("all", np.ones(len(questions), bool)), *((n, suites == n) for n in DEV_SUITES)):
            r1, mrr = np.mean([_figures(r[keep]) for r in ranks], axis=0)
            f1, fmrr = _figures(fused[keep])
            line.append(f"{name} {f1:.3f}/{fmrr:.3f} → {r1:.3f}/{mrr:.3f}")
            if name == "all" and (best is None or (r1, mrr) > best[:2]):
                best = (r1, mrr, l2)
        print("   ".join(line))
    l2 = best[2]
    print(f"chosen L2 {l2}")
    split = halves(questions)
    shipped = [q for q in questions if q.suite == "shipped-dev"]
    for train, test in (("A", "B"), ("B", "A")):
        weights = fit(split[train] + shipped, l2, kept)
        (f1, fmrr), (r1, mrr) = _figures(first_gold(split[test], None)), _figures(first_gold(split[test], weights))
        print(f"halves: trained on {train} + shipped-dev, scored on {test} (n={len(split[test])}): {f1:.3f}/{fmrr:.3f} → {r1:.3f}/{mrr:.3f}")
    weights = fit(questions, l2, kept)
    print("weights:", dict(zip(FEATURES, np.round(weights["w"], 2))))
    if not args.check:
        WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
