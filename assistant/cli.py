"""`policy-qa` command line: the same API as the UI, for people and scripts.

Errors a user can cause (bad question, bad file, unavailable model) print one
clear line and exit non-zero; they never print a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.answer import Answer
from assistant.config import get_settings

app = typer.Typer(add_completion=False, help="政策问答：基于政策文件原文回答问题，并给出条款引用。")


def _load(rebuild: bool = False, progress: bool = False):
    from assistant.api import Assistant  # heavy imports only when a command needs them

    try:
        return Assistant.load(rebuild=rebuild, show_progress=progress)
    except Exception as exc:  # a surface: turn any start-up failure into one readable line
        typer.echo(f"错误：无法加载助手：{exc}", err=True)
        raise typer.Exit(2) from exc


def _print(answer: Answer, question: str, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"question": question, **answer.to_dict()}, ensure_ascii=False))
        return
    typer.echo(answer.answer)
    if answer.citations:
        typer.echo("\n引用：")
        for citation in answer.citations:
            typer.echo(f"  {citation.label}")


def _error(message: str, as_json: bool, question: str = "") -> None:
    if as_json:
        typer.echo(json.dumps({"question": question, "error": message}, ensure_ascii=False))
    else:
        typer.echo(f"错误：{message}", err=True)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="中文问题")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
) -> None:
    """回答一个问题。"""
    from assistant.question import InvalidQuestionError

    assistant = _load()
    try:
        answer = assistant.ask(question)
    except InvalidQuestionError as exc:
        _error(str(exc), as_json, question)
        raise typer.Exit(1) from exc
    _print(answer, question, as_json)


@app.command()
def chat(as_json: Annotated[bool, typer.Option("--json", help="每行一个问题，每行输出一个 JSON")] = False) -> None:
    """多轮对话：从标准输入逐行读取问题，所有问题在同一会话中。"""
    from assistant.question import InvalidQuestionError

    assistant = _load()
    session = assistant.new_session()
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        typer.echo("政策问答（输入问题，空行或 Ctrl-D 退出）")
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
            _print(session.ask(question), question, as_json)
        except InvalidQuestionError as exc:
            _error(str(exc), as_json, question)
        if not as_json:
            typer.echo("")


@app.command()
def build(rebuild: Annotated[bool, typer.Option("--rebuild", help="忽略已有索引，全部重建")] = False) -> None:
    """建立（或按需更新）索引。"""
    assistant = _load(rebuild=rebuild, progress=True)
    store = assistant.search.store
    typer.echo(
        f"索引：{assistant.index_status}；{len(assistant.documents)} 份文件，{len(store.clauses)} 个条款；"
        f"模型 {store.manifest['model_id']}；位置 {get_settings().index_dir}"
    )


@app.command()
def add(path: Annotated[Path, typer.Argument(help="政策文件（.txt/.docx/.pdf/.html）", exists=True)]) -> None:
    """加入一份新的政策文件并建立索引。"""
    from assistant.corpus import CorpusError

    assistant = _load()
    try:
        document = assistant.add_document(path)
    except CorpusError as exc:
        _error(str(exc), False)
        raise typer.Exit(1) from exc
    typer.echo(f"已加入《{document.title}》（{document.doc_id}），{len(document.clauses)} 个条款。")


@app.command("docs")
def list_documents(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """列出语料中的文件。"""
    assistant = _load()
    rows = [
        {"doc_id": d.doc_id, "title": d.title, "number": d.number, "date": d.date, "clauses": len(d.clauses)}
        for d in assistant.documents
    ]
    for row in rows:
        typer.echo(json.dumps(row, ensure_ascii=False) if as_json else f"{row['doc_id']}\t{row['title']}\t{row['clauses']} 条")


if __name__ == "__main__":
    app()
