"""Running the suites: ask every case through the `Assistant` API, search its first question, score it.

The eval is a surface like the CLI: it builds Assistants through their public API and never
reaches inside one. Its indexes live in their own cache folders (``<cache>/eval/…``), so a user's
uploads neither move the figures nor force the user's own index to rebuild; passage vectors, kept by
model and text alone, are shared (``vectors_dir``), so the shipped corpus under every suite is embedded once.

* Shipped suites run on an Assistant over the shipped corpus only, once per retrieval mode
  (`Assistant.with_settings(retrieval_mode=…)`; the variants share one model and index, and the
  embedder's query cache means each question is encoded once for all modes).
* Real suites run on an Assistant of their own (its own cache folder) over the shipped corpus plus
  the split's documents, added with `Assistant.add_documents` as a user adds them: a document it
  refuses is a load failure in the report, its cases count as failed, and the run goes on.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.evaluation.cases import Suite, case_documents, questions_of
from assistant.evaluation.scoring import CaseResult, breakdown, score_case

RETRIEVAL_K = 10


class Answerer(Protocol):
    """What the eval needs of an assistant (the real `Assistant`, or a fake in tests)."""

    search: Any

    def new_session(self) -> Any: ...


@dataclass
class SuiteSetup:
    """What one suite runs on: an answerer per retrieval mode, and the documents that failed to load."""

    assistants: dict[str, Answerer]
    load_failures: dict[str, str] = field(default_factory=dict)
    #: doc_ids the suite's documents have (loaded or not), to name the document of a case that cites none
    documents: frozenset[str] = frozenset()


def run_cases(
    assistant: Answerer,
    cases: Sequence[dict[str, Any]],
    mode: str,
    load_failures: dict[str, str] | None = None,
    documents: frozenset[str] = frozenset(),
) -> list[CaseResult]:
    """Ask every case (conversations in one session each) and search its first question in `mode`.

    A question that raises is a failed question (the report shows the error); a case about a
    document that failed to load is failed without being asked.
    """
    load_failures = load_failures or {}
    results = []
    for case in cases:
        questions = questions_of(case)
        docs = case_documents(case, documents) if documents else ()
        unloaded = [d for d in docs if d in load_failures]
        if unloaded:
            error = f"document failed to load: {', '.join(unloaded)}"
            empty = {"answer": "", "abstained": False, "citations": []}
            results.append(score_case(case, [empty] * len(questions), None, [error] * len(questions), docs))
            continue
        session = assistant.new_session()
        answers, errors = [], []
        for q in questions:
            try:
                answers.append(session.ask(q["question"]))
                errors.append(None)
            except Exception as exc:  # noqa: BLE001 - a crash is a failed case, shown in the report
                answers.append({"answer": "", "abstained": False, "citations": []})
                errors.append(f"{type(exc).__name__}: {exc}")
        try:
            hits = assistant.search.search(questions[0]["question"], k=RETRIEVAL_K, mode=mode)
        except Exception as exc:  # noqa: BLE001 - as above: no hits, and the case fails with the error
            hits = []
            errors[0] = errors[0] or f"search: {type(exc).__name__}: {exc}"
        results.append(score_case(case, answers, hits, errors, docs))
    return results


def _document_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "~$")))


def load_suites(suites: Sequence[Suite]) -> dict[str, SuiteSetup]:
    """Assistants for each suite; the shipped suites' modes share one loaded model and its query cache."""
    from assistant.api import Assistant
    from assistant.config import get_settings

    settings = get_settings()
    eval_cache = settings.cache_dir / "eval"
    setups = {}
    shipped = [s for s in suites if not s.real]
    if shipped:
        no_uploads = eval_cache / "no-uploads"
        shutil.rmtree(no_uploads, ignore_errors=True)  # nothing but the shipped corpus, whatever was left there
        base = Assistant.load(settings.model_copy(update={"cache_dir": eval_cache, "upload_dir": no_uploads}))
        by_mode = {m: base if base.settings.retrieval_mode == m else base.with_settings(retrieval_mode=m)
                   for s in shipped for m in s.modes}
        setups = {s.name: SuiteSetup({m: by_mode[m] for m in s.modes}) for s in shipped}
    by_folder: dict[Path, SuiteSetup] = {}  # real-val asks about real-dev's documents: they are added once
    for suite in suites:
        if not suite.real:
            continue
        if suite.docs_dir in by_folder and set(suite.modes) <= set(by_folder[suite.docs_dir].assistants):
            setups[suite.name] = by_folder[suite.docs_dir]
            continue
        # the shipped corpus plus the split's documents, added the way a user adds them, in the suite's own
        # folders; the upload folder starts empty so the suite holds exactly the split's documents
        cache = eval_cache / suite.name
        uploads = cache / "documents"
        shutil.rmtree(uploads, ignore_errors=True)
        real = Assistant.open(settings.model_copy(update={"cache_dir": cache, "upload_dir": uploads,
                                                          "retrieval_mode": "hybrid"}))
        files = _document_files(suite.docs_dir)
        failures = {Path(r.name).stem: r.reason or r.status for r in real.add_documents(files)
                    if r.status == "refused"}
        assistants = {m: real if m == "hybrid" else real.with_settings(retrieval_mode=m) for m in suite.modes}
        setups[suite.name] = by_folder[suite.docs_dir] = SuiteSetup(assistants, failures, frozenset(p.stem for p in files))
    return {s.name: setups[s.name] for s in suites}


@dataclass
class SuiteRun:
    suite: Suite
    modes: dict[str, list[CaseResult]]
    load_failures: dict[str, str]


@dataclass
class EvalRun:
    suites: dict[str, SuiteRun]
    #: every figure, as written to metrics.json
    metrics: dict[str, Any]


def main_mode(modes: Sequence[str]) -> str:
    """The mode a suite's headline figures and gates come from: the shipped chain (hybrid) when run."""
    return "hybrid" if "hybrid" in modes else modes[0]


def gaps(figures: dict[str, Any]) -> dict[str, dict[str, float | None]]:
    """Dev − test of every headline metric, per family that ran both splits (main mode)."""
    out: dict[str, dict[str, float | None]] = {}
    for family in dict.fromkeys(name.rsplit("-", 1)[0] for name in figures):
        dev, test = figures.get(f"{family}-dev"), figures.get(f"{family}-test")
        if not dev or not test:
            continue
        a = dev["modes"][dev["main_mode"]]["overall"]["metrics"]
        b = test["modes"][test["main_mode"]]["overall"]["metrics"]
        out[family] = {k: None if a[k] is None or b[k] is None else a[k] - b[k] for k in a}
    return out


def evaluate(setups: dict[str, SuiteSetup], suites: dict[str, Suite], cases: dict[str, list[dict]]) -> EvalRun:
    """Run each suite's cases through each of its modes; `metrics` holds every figure (metrics.json)."""
    runs: dict[str, SuiteRun] = {}
    figures: dict[str, Any] = {}
    for name, setup in setups.items():
        modes: dict[str, list[CaseResult]] = {}
        per_mode: dict[str, Any] = {}
        for mode, assistant in setup.assistants.items():
            start = time.perf_counter()
            modes[mode] = run_cases(assistant, cases[name], mode, setup.load_failures, setup.documents)
            per_mode[mode] = {**breakdown(modes[mode]), "seconds": round(time.perf_counter() - start, 2)}
        runs[name] = SuiteRun(suites[name], modes, dict(setup.load_failures))
        figures[name] = {
            "cases_file": str(suites[name].cases_path),
            "n_cases": len(cases[name]),
            "main_mode": main_mode(list(modes)),
            "modes": per_mode,
            "load_failures": dict(setup.load_failures),
        }
    return EvalRun(runs, {"suites": figures, "dev_test_gap": gaps(figures)})
