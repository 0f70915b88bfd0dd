"""The eval: run eval/cases.jsonl through the real assistant, score it, report it, gate on it.

`policy-qa eval` runs every case once per retrieval mode — the shipped chain
(hybrid) and the bm25-only and dense-only baselines, same questions, same chain
otherwise — and writes eval/out/report.md, metrics.json and per_kind.png.
With `--gate` it compares the hybrid headline metrics with eval/gates.json and
fails when any is below its threshold.

Metrics (each a mean over the questions it applies to; every turn of a
conversation is a question):

* citation recall — share of a question's gold citations that the answer cites
  (a clause-level gold is matched by any item of that clause; an annex row by
  document + row); answerable questions.
* citation precision — share of an answer's citations that are gold or
  acceptable; questions whose answer cites anything.
* fact accuracy — every must_contain string and one string of every any_of
  group is in the answer text; answerable questions.
* abstention accuracy — unanswerable: abstained and no must_not_contain string
  in the answer; answerable: not abstained; all questions.
* list recall — citation recall on list questions.
* multi-turn accuracy — conversations whose every turn is correct (a turn is
  correct when its facts are there and a gold clause is cited, or when it
  correctly abstains).
* case accuracy — cases whose every question is correct, as above.
* recall@1, recall@5, MRR — rank of the first gold clause in
  ``search.search(question, k=10, mode=...)``; single-turn answerable cases and
  the first turn of conversations.

The scorer knows nothing about particular questions: the set measures, it does
not steer.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.config import REPO_ROOT

EVAL_DIR = REPO_ROOT / "eval"
DEFAULT_CASES = EVAL_DIR / "cases.jsonl"
DEFAULT_OUT = EVAL_DIR / "out"
DEFAULT_GATES = EVAL_DIR / "gates.json"
MODES = ("hybrid", "bm25", "dense")
RETRIEVAL_K = 10
#: how far below the measured value `--update-gates` puts a threshold
GATE_MARGIN = 0.03

#: headline metrics, in report order: key -> (label, what it is averaged over)
METRICS: dict[str, str] = {
    "citation_recall": "citation recall",
    "citation_precision": "citation precision",
    "fact_accuracy": "fact accuracy",
    "abstention_accuracy": "abstention accuracy",
    "list_recall": "list recall",
    "multiturn_accuracy": "multi-turn accuracy",
    "case_accuracy": "case accuracy",
    "recall_at_1": "retrieval recall@1",
    "recall_at_5": "retrieval recall@5",
    "mrr": "retrieval MRR@10",
}
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
KIND_NAMES = {
    "responsibility": "责任单位",
    "target": "目标",
    "deadline": "时间进度",
    "subsidy": "支持政策",
    "content": "内容",
    "list": "列举",
    "compare": "对比",
    "unanswerable": "无法回答",
    "multiturn": "多轮",
}


# ----------------------------------------------------------------------------- loading


def load_cases(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    """The cases of a JSONL file, each tagged with its line number as ``_line``; bad lines go to `problems`."""
    cases = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {lineno}: not a JSON object")
            continue
        obj["_line"] = lineno
        cases.append(obj)
    return cases


def read_cases(path: Path) -> list[dict[str, Any]]:
    """Like `load_cases`, but a malformed file is an error (run eval/check_cases.py for the details)."""
    problems: list[str] = []
    cases = load_cases(path, problems)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems[:5]))
    return cases


def questions_of(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions of a case: itself, or its turns."""
    return list(case["turns"]) if "turns" in case else [case]


# ----------------------------------------------------------------------------- matching


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def matches(gold: dict[str, Any], cited: Any) -> bool:
    """Does a cited clause (Citation, Clause or dict) satisfy a gold/acceptable citation?"""
    if _get(cited, "doc_id") != gold.get("doc_id"):
        return False
    if "annex_row" in gold:
        row = _get(cited, "annex_row")
        return row is not None and int(row) == int(gold["annex_row"])
    if _get(cited, "annex_row") is not None or _get(cited, "clause") != gold.get("clause"):
        return False
    item = gold.get("item")
    return item is None or str(_get(cited, "item")) == str(item)


def _any_match(golds: Iterable[dict[str, Any]], cited: Any) -> bool:
    return any(matches(g, cited) for g in golds)


def gold_rank(hits: Sequence[Any], gold: Sequence[dict[str, Any]]) -> int | None:
    """1-based rank of the first hit matching any gold citation, or None."""
    for rank, hit in enumerate(hits, 1):
        if _any_match(gold, getattr(hit, "clause", hit)):
            return rank
    return None


# ----------------------------------------------------------------------------- scoring


@dataclass
class QuestionResult:
    question: str
    answerable: bool
    is_list: bool
    expected: str
    answer: str
    abstained: bool
    cited: list[str]
    recall: float | None  # answerable only
    precision: float | None  # only when something is cited
    fact_ok: bool | None  # answerable only
    abstention_ok: bool
    gold_cited: bool
    reasons: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return not self.reasons


@dataclass
class CaseResult:
    id: str
    kind: str
    paraphrased: bool
    questions: list[QuestionResult]
    retrieval_rank: int | None = None
    retrieval_scored: bool = False  # whether this case counts for recall@k / MRR

    @property
    def correct(self) -> bool:
        return all(q.correct for q in self.questions)


def _expected(q: dict[str, Any]) -> str:
    if not q.get("answerable", True):
        forbidden = f"；不得出现 {'、'.join(q['must_not_contain'])}" if q.get("must_not_contain") else ""
        return "拒答" + forbidden
    golds = [
        f"{g['doc_id']} 附件第{g['annex_row']}项" if "annex_row" in g else f"{g['doc_id']} {g['clause']}{g.get('item') or ''}"
        for g in q.get("gold", [])
    ]
    facts = list(q.get("must_contain", [])) + ["/".join(grp) for grp in q.get("any_of", [])]
    return f"引用 {'、'.join(golds)}；含 {'、'.join(facts)}"


def score_question(q: dict[str, Any], answer: Any, is_list: bool = False, error: str | None = None) -> QuestionResult:
    """Score one answer (anything with .answer, .abstained, .citations) against one question of the set."""
    text = _get(answer, "answer") or ""
    abstained = bool(_get(answer, "abstained"))
    citations = list(_get(answer, "citations") or [])
    answerable = bool(q.get("answerable", True))
    gold = q.get("gold", [])
    allowed = gold + q.get("acceptable", [])
    found = [g for g in gold if any(matches(g, c) for c in citations)]
    result = QuestionResult(
        question=q["question"],
        answerable=answerable,
        is_list=is_list,
        expected=_expected(q),
        answer=text if error is None else f"[error] {error}",
        abstained=abstained,
        cited=[_get(c, "label") or "" for c in citations],
        recall=len(found) / len(gold) if answerable and gold else None,
        precision=sum(_any_match(allowed, c) for c in citations) / len(citations) if citations else None,
        fact_ok=None,
        abstention_ok=False,
        gold_cited=bool(found),
    )
    if error is not None:
        result.reasons.append(f"error: {error}")
    if answerable:
        missing = [s for s in q.get("must_contain", []) if s not in text]
        missing += ["/".join(grp) for grp in q.get("any_of", []) if not any(s in text for s in grp)]
        result.fact_ok = not missing
        result.abstention_ok = not abstained
        if abstained:
            result.reasons.append("abstained")
        if missing:
            result.reasons.append(f"missing {'、'.join(missing)}")
        if not found and gold:
            result.reasons.append("no gold cited")
        if is_list and gold and len(found) < len(gold):
            result.reasons.append(f"list {len(found)}/{len(gold)}")
    else:
        leaked = [s for s in q.get("must_not_contain", []) if s in text]
        result.abstention_ok = abstained and not leaked
        if not abstained:
            result.reasons.append("should abstain")
        if leaked:
            result.reasons.append(f"contains {'、'.join(leaked)}")
    return result


def score_case(
    case: dict[str, Any],
    answers: Sequence[Any],
    hits: Sequence[Any] | None = None,
    errors: Sequence[str | None] | None = None,
) -> CaseResult:
    """Score a case from its answers (one per question/turn) and the search hits of its first question."""
    questions = questions_of(case)
    errors = list(errors) if errors is not None else [None] * len(questions)
    is_list = bool(case.get("list"))
    scored = [score_question(q, a, is_list, e) for q, a, e in zip(questions, answers, errors, strict=True)]
    first = questions[0]
    retrieval_scored = hits is not None and bool(first.get("answerable", True)) and bool(first.get("gold"))
    return CaseResult(
        id=case["id"],
        kind=case["kind"],
        paraphrased=bool(case.get("paraphrased")),
        questions=scored,
        retrieval_rank=gold_rank(hits, first["gold"]) if retrieval_scored else None,
        retrieval_scored=retrieval_scored,
    )


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def summarize(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Every headline metric over `results` (None where nothing applies), with the counts behind them."""
    questions = [q for r in results for q in r.questions]
    answerable = [q for q in questions if q.answerable]
    listed = [q for q in answerable if q.is_list]
    cited = [q for q in questions if q.precision is not None]
    multi = [r for r in results if r.kind == "multiturn"]
    ranked = [r for r in results if r.retrieval_scored]
    ranks = [r.retrieval_rank for r in ranked]
    metrics = {
        "citation_recall": _mean(q.recall for q in answerable if q.recall is not None),
        "citation_precision": _mean(q.precision for q in cited),
        "fact_accuracy": _mean(float(bool(q.fact_ok)) for q in answerable),
        "abstention_accuracy": _mean(float(q.abstention_ok) for q in questions),
        "list_recall": _mean(q.recall for q in listed if q.recall is not None),
        "multiturn_accuracy": _mean(float(r.correct) for r in multi),
        "case_accuracy": _mean(float(r.correct) for r in results),
        "recall_at_1": _mean(float(k is not None and k <= 1) for k in ranks),
        "recall_at_5": _mean(float(k is not None and k <= 5) for k in ranks),
        "mrr": _mean(1.0 / k if k else 0.0 for k in ranks),
    }
    counts = {
        "cases": len(results),
        "questions": len(questions),
        "answerable": len(answerable),
        "cited": len(cited),
        "list": len(listed),
        "multiturn": len(multi),
        "retrieval": len(ranked),
    }
    return {"metrics": metrics, "counts": counts}


def breakdown(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Overall, per kind (in the set's order), and paraphrased vs literal."""
    kinds = list(dict.fromkeys(r.kind for r in results))
    return {
        "overall": summarize(results),
        "per_kind": {k: summarize([r for r in results if r.kind == k]) for k in kinds},
        "paraphrased": summarize([r for r in results if r.paraphrased]),
        "literal": summarize([r for r in results if not r.paraphrased]),
    }


# ----------------------------------------------------------------------------- running


class Answerer(Protocol):
    """What the eval needs of an assistant (the real `Assistant`, or a fake in tests)."""

    search: Any

    def new_session(self) -> Any: ...


def run_cases(assistant: Answerer, cases: Sequence[dict[str, Any]], mode: str) -> list[CaseResult]:
    """Ask every case (conversations in one session each) and search its first question in `mode`."""
    results = []
    for case in cases:
        session = assistant.new_session()
        answers, errors = [], []
        for q in questions_of(case):
            try:
                answers.append(session.ask(q["question"]))
                errors.append(None)
            except Exception as exc:  # noqa: BLE001 - a crash is a failed case, shown in the report
                answers.append({"answer": "", "abstained": False, "citations": []})
                errors.append(f"{type(exc).__name__}: {exc}")
        hits = assistant.search.search(questions_of(case)[0]["question"], k=RETRIEVAL_K, mode=mode)
        results.append(score_case(case, answers, hits, errors))
    return results


class QueryCache:
    """Embeddings that remember query vectors: every mode asks the same questions, so each is embedded once.

    Encoding is deterministic, so this changes no result, only the run time (on 2 CPU cores the
    encoder is most of it).
    """

    def __init__(self, embeddings: Any) -> None:
        self.embeddings = embeddings
        self._queries: dict[str, list[float]] = {}

    def embed_query(self, text: str) -> list[float]:
        if text not in self._queries:
            self._queries[text] = list(self.embeddings.embed_query(text))
        return list(self._queries[text])  # a copy: callers may normalise in place

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embeddings.embed_documents(texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.embeddings, name)


def load_assistants(modes: Sequence[str]) -> dict[str, Any]:
    """One Assistant per retrieval mode, all sharing one loaded model, index and query-vector cache."""
    from assistant.api import Assistant
    from assistant.config import get_settings

    # The set is written against the shipped corpus: a user's uploads must not move the figures,
    # and the eval's index lives apart so it never forces a rebuild of the user's own.
    settings = get_settings()
    eval_cache = settings.cache_dir / "eval"
    base = Assistant.load(settings.model_copy(update={"cache_dir": eval_cache, "upload_dir": eval_cache / "no-uploads"}))
    assistants = {
        m: base if base.settings.retrieval_mode == m else base.with_settings(retrieval_mode=m) for m in modes
    }
    cache = QueryCache(base.embeddings)
    for assistant in assistants.values():
        assistant.search.embeddings = cache
    return assistants


@dataclass
class EvalRun:
    modes: dict[str, list[CaseResult]]
    metrics: dict[str, Any]


def evaluate(assistants: dict[str, Answerer], cases: Sequence[dict[str, Any]]) -> EvalRun:
    """Run the cases through each mode's assistant; `metrics` holds every figure (metrics.json)."""
    runs: dict[str, list[CaseResult]] = {}
    figures: dict[str, Any] = {"n_cases": len(cases), "modes": {}}
    for mode, assistant in assistants.items():
        start = time.perf_counter()
        runs[mode] = run_cases(assistant, cases, mode)
        figures["modes"][mode] = {**breakdown(runs[mode]), "seconds": round(time.perf_counter() - start, 2)}
    return EvalRun(runs, figures)


# ----------------------------------------------------------------------------- gates


def load_gates(path: Path = DEFAULT_GATES) -> dict[str, float]:
    gates = json.loads(Path(path).read_text(encoding="utf-8"))
    unknown = set(gates) - set(METRICS)
    if unknown:
        raise ValueError(f"{path}: unknown metrics {sorted(unknown)}")
    return {k: float(v) for k, v in gates.items()}


def check_gates(metrics: dict[str, float | None], gates: dict[str, float]) -> list[str]:
    """One line per metric below its threshold (a metric that could not be measured fails too)."""
    failures = []
    for key, threshold in gates.items():
        value = metrics.get(key)
        if value is None or value < threshold:
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{METRICS.get(key, key)} ({key}) = {shown} < {threshold:.2f}")
    return failures


#: which count each gated metric averages over (see `summarize`)
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


def gates_from(
    metrics: dict[str, float | None], counts: dict[str, int] | None = None, margin: float = GATE_MARGIN
) -> dict[str, float]:
    """Thresholds a little below the measured values: floor(value − margin, 2 decimals), at least 0.01.

    With `counts`, the margin is at least one item's worth (1/n): a metric over 17
    conversations moves by 0.06 when one flips, and a gate must not hang on that.
    """
    gates = {}
    for key in GATED:
        value = metrics.get(key)
        if value is not None:
            n = (counts or {}).get(_GATE_BASIS.get(key, ""), 0)
            slack = max(margin, 1 / n) if n else margin
            gates[key] = max(0.01, math.floor(round((value - slack) * 100, 6)) / 100)
    return gates


# ----------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def write_report(
    run: EvalRun,
    path: Path,
    gates: dict[str, float] | None = None,
    failures: list[str] | None = None,
    cases_path: Path | None = None,
    wall_s: float | None = None,
) -> None:
    modes = list(run.modes)
    figures = run.metrics["modes"]
    main = "hybrid" if "hybrid" in modes else modes[0]
    out = ["# Eval report", ""]
    overall = figures[main]["overall"]["counts"]
    source = f"`{cases_path.name}`" if cases_path else "the eval set"
    out.append(
        f"{run.metrics['n_cases']} cases from {source} ({overall['questions']} questions, "
        f"{overall['answerable']} answerable), run through the real assistant once per retrieval mode "
        f"({', '.join(modes)}); `{main}` is the shipped chain, the others are baselines with the same chain."
    )
    if wall_s is not None:
        per_mode = ", ".join(f"{m} {figures[m]['seconds']:.1f} s" for m in modes)
        out.append(f"Wall time {wall_s:.0f} s including model load ({per_mode}; query vectors are computed once "
                   "and shared by the modes, so the first mode carries the encoding time).")
    out += ["", "## Headline metrics", ""]
    rows = []
    for key, label in METRICS.items():
        row = [label] + [_fmt(figures[m]["overall"]["metrics"][key]) for m in modes]
        if gates is not None:
            row.append(f"{gates[key]:.2f}" if key in gates else "")
        rows.append(row)
    header = ["metric"] + modes + (["gate (hybrid ≥)"] if gates is not None else [])
    out += _table(header, rows)
    out += [
        "",
        "Citation metrics, fact and abstention accuracy are averaged over questions (every turn of a conversation "
        "is one); multi-turn and case accuracy over cases; retrieval (rank of the first gold clause in the top "
        f"{RETRIEVAL_K} of `search.search`) over single-turn answerable cases and the first turn of conversations.",
    ]
    if gates is not None:
        out += [
            "",
            "Gates (`eval/gates.json`, checked by `policy-qa eval --gate` on the hybrid run) are set from measured "
            f"hybrid figures: measured − max({GATE_MARGIN:.2f}, one item's worth), rounded down to two decimals "
            "(`policy-qa eval --update-gates` rewrites them by that rule from the current run). Raise them when the "
            "answering code improves; never lower one to let a regression through. Multi-turn accuracy rests on "
            "few conversations, so one conversation going wrong can trip its gate.",
        ]
        if failures is not None:
            out.append("")
            out.append("**Gates: " + ("all passed.**" if not failures else "FAILED** — " + "; ".join(failures)))

    out += ["", f"## Per kind ({main})", ""]
    kinds = list(figures[main]["per_kind"])
    keys = list(METRICS)
    rows = []
    for kind in kinds:
        fig = figures[main]["per_kind"][kind]
        rows.append([f"{kind} ({KIND_NAMES.get(kind, kind)})", str(fig["counts"]["cases"])]
                    + [_fmt(fig["metrics"][k]) for k in keys])
    out += _table(["kind", "cases"] + [METRICS[k] for k in keys], rows)

    out += ["", "## Case accuracy per kind, all modes", ""]
    rows = [[kind] + [_fmt(figures[m]["per_kind"][kind]["metrics"]["case_accuracy"]) for m in modes] for kind in kinds]
    out += _table(["kind"] + modes, rows)

    out += ["", "## Paraphrased vs literal questions", ""]
    header = ["metric"] + [f"{m} {part}" for m in modes for part in ("literal", "paraphrased")]
    rows = [
        [label] + [_fmt(figures[m][part]["metrics"][key]) for m in modes for part in ("literal", "paraphrased")]
        for key, label in METRICS.items()
    ]
    counts = [str(figures[main][part]["counts"]["cases"]) for part in ("literal", "paraphrased")]
    out += _table(header, rows)
    out += ["", f"({counts[0]} literal cases, {counts[1]} paraphrased.)"]

    failing = [r for r in run.modes[main] if not r.correct]
    out += ["", f"## Failing cases ({main}): {len(failing)} of {len(run.modes[main])}", ""]
    rows = []
    for r in failing:
        for i, q in enumerate(r.questions, 1):
            turn = f" turn {i}" if len(r.questions) > 1 else ""
            status = "ok" if q.correct else "; ".join(q.reasons)
            got = q.answer if len(q.answer) <= 300 else q.answer[:300] + "…"
            cited = "、".join(q.cited) if q.cited else "(none)"
            rows.append([f"{r.id}{turn}", r.kind, _cell(q.question), _cell(q.expected),
                         _cell(got), _cell(cited), _cell(status)])
    out += _table(["case", "kind", "question", "expected", "got", "cited", "why"], rows)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei",
                 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK", "Source Han Sans", "Noto Serif CJK SC", "AR PL")


def _cjk_font() -> str | None:
    """A font family matplotlib can use for Chinese, registering what `fc-list :lang=zh` finds; None if none."""
    import shutil
    import subprocess

    from matplotlib import font_manager

    def pick() -> str | None:
        names = sorted({f.name for f in font_manager.fontManager.ttflist})
        return next((n for prefix in _CJK_FAMILIES for n in names if n.startswith(prefix)), None)

    found = pick()
    if found or not shutil.which("fc-list"):
        return found
    try:  # matplotlib's font cache may predate the fonts, and older versions skip .ttc files
        listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for path in sorted({line.split(":")[0].strip() for line in listing.splitlines() if line.strip()}):
        try:
            font_manager.fontManager.addfont(path)
        except Exception:  # noqa: BLE001 - an unreadable font is simply not used
            continue
    return pick()


def plot_per_kind(run: EvalRun, path: Path) -> None:
    """Bar chart: per kind, case accuracy / citation recall / retrieval recall@5 for each mode."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures = run.metrics["modes"]
    modes = list(figures)
    kinds = list(figures[modes[0]]["per_kind"])
    font = _cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
        labels = [f"{k}\n{KIND_NAMES.get(k, '')}" for k in kinds]
    else:  # no CJK font: English kind names only, so the chart has no tofu boxes
        labels = kinds
    panels = [("case_accuracy", "case accuracy"), ("citation_recall", "citation recall"),
              ("recall_at_5", "retrieval recall@5")]
    fig, axes = plt.subplots(len(panels), 1, figsize=(12, 3.2 * len(panels)), sharex=True)
    width = 0.8 / len(modes)
    for ax, (key, title) in zip(axes, panels):
        for j, mode in enumerate(modes):
            values = [figures[mode]["per_kind"][k]["metrics"][key] for k in kinds]
            xs = [i + (j - (len(modes) - 1) / 2) * width for i in range(len(kinds))]
            ax.bar(xs, [v or 0 for v in values], width, label=mode)
            for x, v in zip(xs, values):
                if v is None:
                    ax.text(x, 0.02, "n/a", ha="center", va="bottom", fontsize=6, rotation=90)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel(title)
        ax.grid(axis="y", alpha=0.3)
    handles, names = axes[0].get_legend_handles_labels()
    fig.suptitle("policy-qa eval: per-kind scores by retrieval mode")
    fig.legend(handles, names, ncol=len(modes), loc="upper right", fontsize=8)
    axes[-1].set_xticks(range(len(kinds)))
    axes[-1].set_xticklabels(labels, fontsize=8)
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_outputs(run: EvalRun, out_dir: Path, gates: dict[str, float] | None, failures: list[str] | None,
                  cases_path: Path | None, wall_s: float | None) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = dict(run.metrics)
    if gates is not None:
        figures["gates"] = {"thresholds": gates, "failed": failures or []}
    if wall_s is not None:
        figures["wall_s"] = round(wall_s, 2)
    (out_dir / "metrics.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = out_dir / "report.md"
    write_report(run, report, gates, failures, cases_path, wall_s)
    plot_per_kind(run, out_dir / "per_kind.png")
    return report
