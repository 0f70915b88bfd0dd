"""The eval report (report.md) and figures (metrics.json): what a reader needs to judge the assistant.

First the suites side by side and the dev–test gap (how much the figures on cases rules were tuned
on flatter the assistant), then per suite: every mode, per kind, paraphrased vs literal, per
document (real suites), load failures and every failing case with what was expected and what came.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.config import REPO_ROOT
from assistant.evaluation.gates import GATE_MARGIN, Gates
from assistant.evaluation.runner import RETRIEVAL_K, EvalRun, SuiteRun
from assistant.evaluation.scoring import KIND_NAMES, METRICS


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def _main(run: EvalRun, name: str) -> dict[str, Any]:
    figures = run.metrics["suites"][name]
    return figures["modes"][figures["main_mode"]]


def _overview(run: EvalRun, gates: Gates | None) -> list[str]:
    names = list(run.suites)
    out = ["## All suites (main mode)", ""]
    header = ["metric"] + names
    rows = [[label] + [_fmt(_main(run, n)["overall"]["metrics"][key]) for n in names] for key, label in METRICS.items()]
    counts = [_main(run, n)["overall"]["counts"] for n in names]
    rows.append(["unanswerable answered with a number"]
                + [f"{c['unanswerable_numbers']} of {c['unanswerable']}" for c in counts])
    rows.append(["cases (questions)"] + [f"{c['cases']} ({c['questions']})" for c in counts])
    rows.append(["mode"] + [run.metrics["suites"][n]["main_mode"] for n in names])
    out += _table(header, rows)
    if gates is not None:
        out += ["", "Gates (`eval/gates.json`, checked by `policy-qa eval --gate` on each suite's main mode) are "
                f"measured − max({GATE_MARGIN:.2f}, one item's worth), rounded down to two decimals "
                "(`policy-qa eval --update-gates` rewrites those of the suites it ran by that rule). Raise them "
                "when the answering code improves; never lower one to let a regression through."]
    gap = run.metrics["dev_test_gap"]
    if gap:
        out += ["", "## Dev–test gap", "",
                "Dev minus test, per metric: the dev cases are the ones rules may be tuned on, the test cases were "
                "written apart and stay frozen, so a positive gap is how much the dev figures flatter the "
                "assistant.", ""]
        rows = []
        for key, label in METRICS.items():
            row = [label]
            for family in gap:
                dev, test = (_main(run, f"{family}-{s}")["overall"]["metrics"][key] for s in ("dev", "test"))
                row += [_fmt(dev), _fmt(test), _signed(gap[family][key])]
            rows.append(row)
        header = ["metric"] + [f"{f} {part}" for f in gap for part in ("dev", "test", "gap")]
        out += _table(header, rows)
    return out


def _suite_section(run: EvalRun, sr: SuiteRun, gates: dict[str, float] | None) -> list[str]:
    name = sr.suite.name
    figures = run.metrics["suites"][name]
    modes = list(sr.modes)
    main = figures["main_mode"]
    overall = figures["modes"][main]["overall"]["counts"]
    out = ["", f"## {name}", ""]
    corpus = "the shipped documents plus the split's real documents" if sr.suite.real else "the shipped documents"
    timed = ", ".join(f"{m} ({figures['modes'][m]['seconds']:.1f} s)" for m in modes)
    out.append(f"{figures['n_cases']} cases from `{_shown(sr.suite.cases_path)}` ({overall['questions']} questions, "
               f"{overall['answerable']} answerable) over {corpus}; modes {timed}.")
    if sr.load_failures:
        out += ["", f"**Load failures ({len(sr.load_failures)})** — their cases count as failed:", ""]
        out += [f"- `{doc}`: {_cell(why)}" for doc, why in sr.load_failures.items()]

    out += ["", "### Headline metrics", ""]
    rows = []
    for key, label in METRICS.items():
        row = [label] + [_fmt(figures["modes"][m]["overall"]["metrics"][key]) for m in modes]
        if gates is not None:
            row.append(f"{gates[key]:.2f}" if key in gates else "")
        rows.append(row)
    out += _table(["metric"] + modes + ([f"gate ({main} ≥)"] if gates is not None else []), rows)

    kinds = list(figures["modes"][main]["per_kind"])
    keys = ["case_accuracy", "citation_recall", "citation_precision", "fact_accuracy", "abstention_accuracy",
            "recall_at_5"]
    out += ["", f"### Per kind ({main})", ""]
    rows = []
    for kind in kinds:
        fig = figures["modes"][main]["per_kind"][kind]
        rows.append([f"{kind} ({KIND_NAMES.get(kind, kind)})", str(fig["counts"]["cases"])]
                    + [_fmt(fig["metrics"][k]) for k in keys])
    out += _table(["kind", "cases"] + [METRICS[k] for k in keys], rows)
    if len(modes) > 1:
        out += ["", "Case accuracy per kind, every mode:", ""]
        rows = [[kind] + [_fmt(figures["modes"][m]["per_kind"][kind]["metrics"]["case_accuracy"]) for m in modes]
                for kind in kinds]
        out += _table(["kind"] + modes, rows)

    out += ["", f"### Paraphrased vs literal ({main})", ""]
    parts = ("literal", "paraphrased")
    rows = [[METRICS[k]] + [_fmt(figures["modes"][main][p]["metrics"][k]) for p in parts] for k in keys]
    rows.append(["cases"] + [str(figures["modes"][main][p]["counts"]["cases"]) for p in parts])
    out += _table(["metric", *parts], rows)

    per_doc = figures["modes"][main].get("per_document")
    if per_doc:
        out += ["", f"### Per document ({main})", ""]
        rows = []
        for doc, fig in per_doc.items():
            c, m = fig["counts"], fig["metrics"]
            rows.append([f"`{doc}`" + (" (load failure)" if doc in sr.load_failures else ""), str(c["cases"]),
                         f"{c['correct']}", _fmt(m["case_accuracy"]), _fmt(m["citation_recall"]),
                         _fmt(m["fact_accuracy"]), _fmt(m["unanswerable_declined"])])
        out += _table(["document", "cases", "right", "case accuracy", "citation recall", "fact accuracy",
                       "unanswerable declined"], rows)

    failing = [r for r in sr.modes[main] if not r.correct]
    out += ["", f"### Failing cases ({main}): {len(failing)} of {len(sr.modes[main])}", ""]
    rows = []
    for r in failing:
        for i, q in enumerate(r.questions, 1):
            turn = f" turn {i}" if len(r.questions) > 1 else ""
            got = q.answer if len(q.answer) <= 300 else q.answer[:300] + "…"
            rows.append([f"{r.id}{turn}", r.kind, _cell(q.question), _cell(q.expected), _cell(got),
                         _cell("、".join(q.cited) if q.cited else "(none)"),
                         _cell("ok" if q.correct else "; ".join(q.reasons))])
    out += _table(["case", "kind", "question", "expected", "got", "cited", "why"], rows)
    return out


def write_report(run: EvalRun, path: Path, gates: Gates | None = None, failures: list[str] | None = None,
                 wall_s: float | None = None, notes: list[str] | None = None) -> None:
    out = ["# Eval report", ""]
    names = ", ".join(f"`{n}`" for n in run.suites)
    out.append(f"Suites {names}, each run through the real assistant. Shipped suites run once per retrieval mode "
               "(`hybrid` is the shipped chain; `bm25` and `dense` are baselines with the same chain); real suites "
               "run in hybrid only, to keep CI time down.")
    out.append("Citation metrics, fact and abstention accuracy are averaged over questions (every turn of a "
               "conversation is one); multi-turn and case accuracy over cases; retrieval (rank of the first gold "
               f"clause in the top {RETRIEVAL_K} of `search.search`) over single-turn answerable cases and the "
               "first turn of conversations.")
    if wall_s is not None:
        out.append(f"Wall time {wall_s:.0f} s, model load and indexing included.")
    out += notes or []
    if failures is not None:
        out += ["", "**Gates: " + ("all passed.**" if not failures else "FAILED** — " + "; ".join(failures))]
    out += [""] + _overview(run, gates)
    for name, sr in run.suites.items():
        out += _suite_section(run, sr, (gates or {}).get(name) if gates is not None else None)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def write_outputs(run: EvalRun, out_dir: Path, gates: Gates | None, failures: list[str] | None,
                  wall_s: float | None, notes: list[str] | None = None) -> Path:
    """report.md, metrics.json and per_kind.png in `out_dir`; returns the report's path."""
    from assistant.evaluation.plot import plot_per_kind

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = dict(run.metrics)
    if gates is not None:
        figures["gates"] = {"thresholds": gates, "failed": failures or []}
    if wall_s is not None:
        figures["wall_s"] = round(wall_s, 2)
    (out_dir / "metrics.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = out_dir / "report.md"
    write_report(run, report, gates, failures, wall_s, notes)
    plot_per_kind(run, out_dir / "per_kind.png")
    return report
