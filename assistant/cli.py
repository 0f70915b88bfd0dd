"""`policy-qa` command line: the same API as the UI, for people and scripts.

Errors a user can cause (bad question, bad file, unavailable model, a busy library)
print one clear line and exit non-zero; anything unexpected prints one line too, and
its traceback goes to the log (`<cache_dir>/logs/policy-qa.log`), never to the screen.
Commands check their input before loading anything, and nothing loads the embedding
model until a text must be embedded. `docs` reads the index manifest through the
library alone, so it answers without importing the answering stack.

About 380 lines: one short function per command around one error-handling context; split by
command, the one place that decides how errors reach a person would be scattered.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.config import get_settings

app = typer.Typer(add_completion=False, help="政策问答：基于政策文件原文回答问题，并给出条款引用。")
log = logging.getLogger("assistant.cli")


@app.callback()
def _setup_logging() -> None:
    """Everything is logged to a file under the cache folder: the screen gets readable lines only."""
    folder = get_settings().cache_dir / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "policy-qa.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def _progress():
    from assistant.index.intake import Progress

    return Progress(echo=lambda line: typer.echo(line, err=True), bars=True)


@contextmanager
def _surface(as_json: bool = False, question: str = "") -> Iterator[None]:
    """Turn any failure into one readable line and a non-zero exit; the log keeps the detail."""
    from assistant.errors import PolicyQAError

    try:
        yield
    except PolicyQAError as exc:
        log.info("refused: %s", exc)
        _error(str(exc), as_json, question)
        raise typer.Exit(1) from exc
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:
        log.exception("command failed")
        _error("内部错误，未能完成（详情已写入缓存目录下的 logs/policy-qa.log）。", as_json, question)
        raise typer.Exit(2) from exc


def _load(rebuild: bool = False, progress: bool = False):
    from assistant.api import Assistant  # heavy imports only when a command needs them

    with _surface():
        return Assistant.load(rebuild=rebuild, progress=_progress() if progress else None)


def _print(answer, question: str, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"question": question, **answer.to_dict()}, ensure_ascii=False))
        return
    typer.echo(answer.answer)
    if answer.citations:
        typer.echo("\n引用：")
        for citation in answer.citations:
            typer.echo(f"  {citation.label}")
            for reference in citation.references:  # what the cited text points to (依照本法第二十条)
                typer.echo(f"    文中引用 {reference.phrase} → {reference.label}")


def _error(message: str, as_json: bool, question: str = "") -> None:
    if as_json:
        typer.echo(json.dumps({"question": question, "error": message}, ensure_ascii=False))
    else:
        typer.echo(f"错误：{message}", err=True)


DocOption = Annotated[
    Optional[list[str]], typer.Option("--doc", help="只在这些文件中检索（文件编号，可重复；见 policy-qa docs）")
]
UnitOption = Annotated[Optional[list[str]], typer.Option("--unit", help="只检索写明该责任单位的条款（可重复）")]


AsOfOption = Annotated[
    Optional[str], typer.Option("--as-of", help="按该日期（如 2020-05-01）有效的版本回答，默认用现行版本")
]


def _filters(docs: list[str] | None, units: list[str] | None, as_of: str | None = None) -> dict:
    return {
        "doc_ids": frozenset(docs) if docs else None, "units": frozenset(units) if units else None, "as_of": as_of,
    }


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="中文问题")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    doc: DocOption = None,
    unit: UnitOption = None,
    as_of: AsOfOption = None,
) -> None:
    """回答一个问题。"""
    from assistant.answering.question import validate_question

    with _surface(as_json, question):
        validate_question(question, get_settings().max_question_chars)  # before loading anything
    assistant = _load()
    with _surface(as_json, question):
        answer = assistant.new_session().ask(question, **_filters(doc, unit, as_of))
    _print(answer, question, as_json)


@app.command()
def chat(
    as_json: Annotated[bool, typer.Option("--json", help="每行一个问题，每行输出一个 JSON")] = False,
    doc: DocOption = None,
    unit: UnitOption = None,
    as_of: AsOfOption = None,
) -> None:
    """多轮对话：从标准输入逐行读取问题，所有问题在同一会话中。"""
    from assistant.errors import InvalidQuestionError

    assistant = _load()
    session = assistant.new_session()
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        typer.echo("政策问答（输入问题，空行或 Ctrl-D 退出）")
    with _surface(as_json):
        while True:
            if interactive:
                typer.echo("> ", nl=False)
            line = sys.stdin.readline()
            if not line or (interactive and not line.strip()):
                break
            question = line.rstrip("\n")
            if not question.strip():
                continue
            try:
                _print(session.ask(question, **_filters(doc, unit, as_of)), question, as_json)
            except InvalidQuestionError as exc:  # one bad line does not end the conversation
                _error(str(exc), as_json, question)
            if not as_json:
                typer.echo("")


@app.command()
def build(rebuild: Annotated[bool, typer.Option("--rebuild", help="忽略已有索引，全部重建")] = False) -> None:
    """建立（或按需更新）索引。"""
    assistant = _load(rebuild=rebuild, progress=True)
    store = assistant.search.store
    typer.echo(
        f"索引：{assistant.index_status}；{len(assistant.documents)} 份文件，{len(store.catalog.clauses)} 个条款；"
        f"第 {store.generation} 代；模型 {store.manifest['model_id']}"
    )


_STATUS = {"added": "已加入", "updated": "已更新", "unchanged": "未变化，跳过", "removed": "已删除", "refused": "未加入"}


def _report(reports) -> None:
    for r in reports:
        detail = f"：{r.reason}" if r.reason else ""
        doc = r.document
        extra = f"《{doc.title}》，{len(doc.clauses)} 个条款" if doc is not None else (r.doc_id or "")
        typer.echo(f"{_STATUS.get(r.status, r.status)}  {r.name}  {extra}{detail}")
    counts = {s: sum(r.status == s for r in reports) for s in _STATUS}
    typer.echo("合计：" + "，".join(f"{_STATUS[s]} {n}" for s, n in counts.items() if n))


@app.command()
def add(paths: Annotated[list[Path], typer.Argument(help="政策文件或文件夹（.txt/.docx/.pdf/.html；文件夹含子文件夹）")]) -> None:
    """加入政策文件（可多个文件或文件夹）：解析、跳过未变化的文件、建立索引；中断后再次运行即可续完。"""
    from assistant.api import Assistant

    with _surface():
        reports = Assistant.open(progress=_progress()).add_documents(paths)
    _report(reports)
    if any(r.status == "refused" for r in reports):
        raise typer.Exit(1)


@app.command()
def remove(doc_ids: Annotated[list[str], typer.Argument(help="文件编号（见 policy-qa docs）")]) -> None:
    """删除上传的文件：原文件、条款和向量都不再保留。"""
    from assistant.api import Assistant

    with _surface():
        reports = Assistant.open(progress=_progress()).remove_documents(doc_ids)
    _report(reports)
    if any(r.status == "refused" for r in reports):
        raise typer.Exit(1)


@app.command("docs")
def list_documents(
    as_json: Annotated[bool, typer.Option("--json", help="每行一个 JSON")] = False,
    doc_type: Annotated[Optional[str], typer.Option("--type", help="文件类型，如 意见、办法、法律")] = None,
    issuer: Annotated[Optional[str], typer.Option("--issuer", help="发文机关（包含即可）")] = None,
    level: Annotated[Optional[str], typer.Option("--level", help="层级：国家、省、市、区县、其他")] = None,
    year: Annotated[Optional[str], typer.Option("--year", help="发布年份")] = None,
    where: Annotated[Optional[list[str]], typer.Option("--where", help="任一字段：字段=值（可重复）")] = None,
) -> None:
    """列出资料库中的文件（可按类型、发文机关、层级、年份筛选）。"""
    from assistant.index.library import Library
    from assistant.index.listing import document_type, filter_summaries

    filters = {"type": doc_type, "issuer": issuer, "level": level, "year": year}
    for item in where or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _error(f"--where 应写成 字段=值：{item}", as_json)
            raise typer.Exit(2)
        filters[name.strip()] = value.strip()
    with _surface(as_json):
        library = Library(get_settings())
        manifest = library.manifest()
        if manifest is None:
            _error("还没有索引：运行 `policy-qa build` 建立索引。", as_json)
            raise typer.Exit(1)
        rows = filter_summaries(library.summaries(), filters)
        pending = library.pending()
    for row in rows:
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            kind = document_type(row) or "—"
            typer.echo(f"{row['doc_id']}\t{row['title']}\t{kind}\t{row.get('level') or ''}\t{row.get('date') or ''}\t{row['clauses']} 条")
    if not as_json:
        typer.echo(f"共 {len(rows)} 份（资料库 {len(manifest.get('documents', []))} 份，第 {manifest.get('generation', 0)} 代索引）")
        for reason in manifest.get("skipped", {}).values():
            typer.echo(f"未编入索引：{reason}", err=True)
        if pending:
            typer.echo(f"{len(pending)} 份文件尚未编入索引（上次加入被中断？）；运行 `policy-qa build` 完成。", err=True)


@app.command("eval")
def evaluate(
    suite: Annotated[
        Optional[list[str]], typer.Option("--suite", help="评测套件（可重复；默认全部：shipped-dev、shipped-test、real-dev、real-test）")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="输出目录（默认 eval/out）")] = None,
    gate: Annotated[bool, typer.Option("--gate", help="任一套件的指标低于 eval/gates.json 的阈值时退出码为 1")] = False,
    modes: Annotated[str, typer.Option("--modes", help="内置文件套件的检索模式，逗号分隔（真实文件套件只跑 hybrid）")] = "hybrid,bm25,dense",
    gates_file: Annotated[Path | None, typer.Option("--gates", help="阈值文件（默认 eval/gates.json）")] = None,
    update_gates: Annotated[
        bool, typer.Option("--update-gates", help="按本次结果重写所跑套件的阈值（实测值 − max(0.03, 一题之差)，向下取两位小数）")
    ] = False,
) -> None:
    """运行评测：各套件经真实助手作答，写出报告、指标和图表；--gate 检查阈值。"""
    import time
    from dataclasses import replace

    from assistant.evaluation import cases as ec
    from assistant.evaluation import gates as eg
    from assistant.evaluation import report as er
    from assistant.evaluation import runner as ev
    from assistant.evaluation.scoring import METRICS

    start = time.perf_counter()
    names = list(dict.fromkeys(suite or ec.SUITES))
    mode_list = [m.strip() for m in modes.split(",") if m.strip()]
    unknown = [n for n in names if n not in ec.SUITES]
    bad = [m for m in mode_list if m not in ec.MODES]
    if unknown or not mode_list or bad:
        _error(f"未知的套件 {unknown} 或检索模式 {bad}（套件：{', '.join(ec.SUITES)}；模式：{', '.join(ec.MODES)}）", False)
        raise typer.Exit(2)
    if (gate or update_gates) and "hybrid" not in mode_list:
        _error("--gate / --update-gates 需要 hybrid 模式", False)
        raise typer.Exit(2)
    suites = {n: ec.SUITES[n] if ec.SUITES[n].real else replace(ec.SUITES[n], modes=tuple(mode_list)) for n in names}
    gates_path = gates_file or eg.DEFAULT_GATES
    try:
        case_lists = {n: ec.read_cases(s.cases_path, s.real) for n, s in suites.items()}
        gates = eg.load_gates(gates_path) if gate or gates_path.exists() else None
    except (OSError, ValueError) as exc:
        _error(str(exc), False)
        raise typer.Exit(2) from exc

    try:
        setups = ev.load_suites(list(suites.values()))
    except Exception as exc:  # a surface: one readable line
        _error(f"无法加载助手：{exc}", False)
        raise typer.Exit(2) from exc
    run = ev.evaluate(setups, suites, case_lists)
    figures = run.metrics["suites"]
    main = {n: figures[n]["modes"][figures[n]["main_mode"]]["overall"] for n in names}
    if update_gates:
        gates = {**(gates or {}), **{n: eg.gates_from(main[n]["metrics"], main[n]["counts"]) for n in names}}
        eg.save_gates(gates, gates_path)
        typer.echo(f"已写入阈值：{gates_path}")
    failures = None
    if gates is not None:
        failures = [line for n in names for line in eg.check_gates(main[n]["metrics"], gates.get(n, {}), n)]
    wall = time.perf_counter() - start
    report = er.write_outputs(run, out or ec.EVAL_DIR / "out", gates, failures, wall)

    typer.echo(f"{'metric (main mode)':<24}" + "".join(f"{n:>14}" for n in names))
    for key, label in METRICS.items():
        values = [main[n]["metrics"][key] for n in names]
        typer.echo(f"{label:<24}" + "".join(f"{'–' if v is None else f'{v:.3f}':>14}" for v in values))
    for n in names:
        if run.suites[n].load_failures:
            typer.echo(f"{n}：{len(run.suites[n].load_failures)} 份文件未能加载（见报告）", err=True)
    typer.echo(f"报告：{report}（用时 {wall:.0f} 秒）")
    if gate:
        if failures:
            for line in failures:
                typer.echo(f"未达阈值：{line}", err=True)
            raise typer.Exit(1)
        typer.echo("阈值检查：全部通过")


@app.command()
def eligible(
    description: Annotated[str, typer.Argument(help="企业情况，如：我们是杭州的一家互联网小微企业，想融资")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    export: Annotated[Path | None, typer.Option("--export", help="导出到 .md 或 .csv 文件")] = None,
) -> None:
    """企业政策匹配：列出企业可享受的支持措施（按类别分组，附金额、条件、联系单位和条款引用）。

    --export 给 .md/.csv 文件写该文件；给一个文件夹则写入按企业情况和日期命名的 Markdown 和 CSV 两个文件。
    """
    from assistant.corpus import load_corpus
    from assistant.eligibility import eligible as match
    from assistant.eligibility import write_export

    folder = export is not None and export.is_dir()
    if export is not None and not folder and export.suffix.lower() not in (".md", ".csv"):
        _error("--export 只支持 .md 或 .csv 文件，或一个已有的文件夹", as_json)
        raise typer.Exit(2)
    settings = get_settings()
    # rule-based on the parsed documents: neither the embedding model nor the index is loaded
    result = match(load_corpus([settings.corpus_dir, settings.upload_dir], settings), description)
    written = []
    if export is not None:
        formats = ("md", "csv") if folder else (export.suffix.lower().lstrip("."),)
        written = [write_export(result, export, fmt) for fmt in formats]
    if as_json:
        typer.echo(json.dumps({**result.to_dict(), "exported": [str(p) for p in written]}, ensure_ascii=False))
        return
    typer.echo(f"识别结果：{result.profile.describe()}")
    for note in result.notes:
        typer.echo(f"说明：{note}")
    for kind, matches in result.groups.items():
        typer.echo(f"\n【{kind}】（{len(matches)}项）" + (f" {line}" if (line := result.total_line(kind)) else ""))
        for m in matches:
            typer.echo(f"  {m.label}（{m.level}）：{''.join(m.quotes)}")
            if m.gives:
                typer.echo(f"    可获支持：{'；'.join(m.gives)}")
            typer.echo(f"    理由：{'；'.join(m.reasons)}")
            if m.conditions:
                typer.echo(f"    待确认：{'；'.join(m.conditions)}")
            typer.echo(f"    {m.note}")
    if result.near_misses:
        typer.echo("\n【差一点符合】")
        for m in result.near_misses:
            typer.echo(f"  {m.label}（{m.level}）：不符合——{'；'.join(m.failed)}")
    for path in written:
        typer.echo(f"\n已导出：{path}")


if __name__ == "__main__":
    app()
