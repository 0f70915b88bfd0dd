"""Load test of the web app: many clients asking while others upload, for a bounded time, on 127.0.0.1 only.

    .venv/bin/python scripts/loadtest.py [--seconds 120] [--askers 50] [--uploaders 2]

Starts `ui.py` in its own process on a free 127.0.0.1 port with a temporary cache folder
(the converted model is reused from the normal model cache), waits until it serves, then
runs the clients as threads, each with its own `gradio_client.Client` (so its own
conversation): askers send the shipped eval questions (eval/cases.jsonl, the dev split)
to the `/ask` API, uploaders send generated policy documents through the upload panel's
event. When the time is up the clients finish their current call, the app is stopped,
and the report gives errors, answer latency p50/p95 and whether every answer cites
correctly: each citation's label is the label of a real clause of the final library
(the uploads included), and that clause's text is the text cited.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.config import get_settings  # noqa: E402

CASES = ROOT / "eval" / "cases.jsonl"
STARTUP_TIMEOUT_S = 900
#: how long a client waits for any one HTTP exchange (gradio_client's default is 5 s, far less than a person
#: at a browser waits); a call slower than this counts as an error
CLIENT_TIMEOUT_S = 120
#: a generated upload: a small municipal policy whose number and task differ per upload
UPLOAD_TEMPLATE = """{city}市人民政府办公厅关于推进{topic}的实施意见

{city_short}政办发〔2024〕{number}号

为推进{topic}，现提出如下意见：
一、主要任务
（一）建设{topic}公共服务平台，{year}年底前覆盖全部区县。（责任单位：市{office}局）
（二）对新设立的{topic}企业给予一次性开办补贴{amount}万元。（责任单位：市财政局、市{office}局）
"""
CITIES = [("温州", "温"), ("嘉兴", "嘉"), ("湖州", "湖"), ("绍兴", "绍"), ("金华", "金"), ("台州", "台")]
TOPICS = [("智慧农业", "农业农村"), ("海洋经济", "海洋渔业"), ("文化旅游", "文化广电旅游"), ("康复医疗", "卫生健康")]


@dataclass
class Results:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ask_latencies: list[float] = field(default_factory=list)
    upload_latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    answers: list[dict] = field(default_factory=list)
    uploads: Counter = field(default_factory=Counter)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _questions() -> list[str]:
    with CASES.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    return [c["question"] for c in cases if "question" in c]  # single questions (multi-turn cases have turns)


def _start_app(port: int, cache: Path, log_path: Path) -> subprocess.Popen:
    settings = get_settings()
    env = dict(os.environ)
    env.update(
        POLICY_QA_CACHE_DIR=str(cache),
        POLICY_QA_UPLOAD_DIR=str(cache / "uploads"),
        POLICY_QA_MODELS_DIR=str(settings.models_dir),
        POLICY_QA_USERNAME="",
        POLICY_QA_PASSWORD="",
    )
    with log_path.open("w") as log:
        return subprocess.Popen(
            [sys.executable, str(ROOT / "ui.py"), "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )


def _wait_until_serving(url: str, app: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise SystemExit(f"the app exited with {app.returncode} before serving")
        try:
            if httpx.get(f"{url}/gradio_api/info", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(2)
    raise SystemExit("the app did not start in time")


def _connect(url: str, results: Results):
    """A client of its own (its own conversation), or None: a client that cannot connect is an error of the run."""
    from gradio_client import Client

    try:
        return Client(url, verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT_S})
    except Exception as exc:
        with results.lock:
            results.errors[f"connect: {type(exc).__name__}"] += 1
        return None


def _asker(client, questions: list[str], stop: threading.Event, results: Results, seed: int) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        question = rng.choice(questions)
        start = time.perf_counter()
        try:
            answer = client.predict(question=question, documents=[], api_name="/ask")
        except Exception as exc:
            with results.lock:
                results.errors[f"ask: {type(exc).__name__}: {str(exc)[:80]}"] += 1
            continue
        elapsed = time.perf_counter() - start
        with results.lock:
            results.ask_latencies.append(elapsed)
            results.answers.append(answer)


def _uploader(client, folder: Path, stop: threading.Event, results: Results, index: int) -> None:
    from gradio_client import handle_file

    n = 0
    while not stop.is_set():
        n += 1
        (city, short), (topic, office) = CITIES[(index * 7 + n) % len(CITIES)], TOPICS[n % len(TOPICS)]
        number = 100 * (index + 1) + n
        path = folder / f"uploader{index}-{n} {city}{topic}.txt"
        path.write_text(
            UPLOAD_TEMPLATE.format(
                city=city, city_short=short, topic=topic, office=office, number=number, year=2025 + n % 3, amount=5 * n
            ),
            encoding="utf-8",
        )
        start = time.perf_counter()
        try:
            result = client.predict(
                [handle_file(str(path))], ["全部"], "全部", "全部", "全部", "全部", None, api_name="/upload"
            )
        except Exception as exc:
            with results.lock:
                results.errors[f"upload: {type(exc).__name__}: {str(exc)[:80]}"] += 1
            continue
        elapsed = time.perf_counter() - start
        status = "added" if "已加入" in str(result[0]) else "not added"
        with results.lock:
            results.upload_latencies.append(elapsed)
            results.uploads[status] += 1


def _check_citations(answers: list[dict], cache: Path) -> tuple[int, int, list[str]]:
    """(answers checked, citations checked, problems): every label and text must be a real clause's."""
    from assistant.api import Assistant
    from assistant.citations import label_for

    settings = get_settings().model_copy(update={"cache_dir": cache, "upload_dir": cache / "uploads"})
    documents = Assistant.open(settings).documents
    clauses = {c.id: (label_for(c, d), c.text) for d in documents for c in d.clauses}
    problems, n_citations = [], 0
    for answer in answers:
        for citation in answer.get("citations", []) + answer.get("related", []):
            n_citations += 1
            real = clauses.get(citation["clause_id"])
            if real is None or real != (citation["label"], citation["text"]):
                problems.append(f"{citation['label']} ({citation['clause_id']})")
    return len(answers), n_citations, problems


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else (values or [0])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--askers", type=int, default=50)
    parser.add_argument("--uploaders", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="policy-qa-load-") as tmp:
        tmp_path = Path(tmp)
        cache, uploads = tmp_path / "cache", tmp_path / "to-upload"
        uploads.mkdir()
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        app_log = tmp_path / "app.log"
        app = _start_app(port, cache, app_log)
        try:
            started = time.monotonic()
            _wait_until_serving(url, app)
            print(f"app serving on {url} after {time.monotonic() - started:.0f} s", flush=True)
            results, stop = Results(), threading.Event()
            questions = _questions()
            # clients connect one after another before the clock starts: the run measures questions, not a stampede
            askers = [c for c in (_connect(url, results) for _ in range(args.askers)) if c is not None]
            uploaders = [c for c in (_connect(url, results) for _ in range(args.uploaders)) if c is not None]
            print(f"{len(askers) + len(uploaders)} clients connected", flush=True)
            threads = [
                threading.Thread(target=_asker, args=(c, questions, stop, results, i), daemon=True)
                for i, c in enumerate(askers)
            ] + [
                threading.Thread(target=_uploader, args=(c, uploads, stop, results, i), daemon=True)
                for i, c in enumerate(uploaders)
            ]
            clock = time.monotonic()
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            stop.set()
            for thread in threads:
                thread.join(timeout=300)
            run_s = time.monotonic() - clock
        finally:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
        n_answers, n_citations, problems = _check_citations(results.answers, cache)
        app_errors = [line for line in app_log.read_text(errors="replace").splitlines() if " ERROR " in line]

    lat = results.ask_latencies
    print(f"clients: {args.askers} asking, {args.uploaders} uploading, for {args.seconds:.0f} s "
          f"(until the last call returned: {run_s:.0f} s)")
    print(f"answers: {len(lat)} ({len(lat) / args.seconds:.2f}/s); latency p50 {_percentile(lat, 50):.2f} s, "
          f"p95 {_percentile(lat, 95):.2f} s, max {max(lat, default=0):.2f} s")
    up = results.upload_latencies
    print(f"uploads: {dict(results.uploads)}; latency p50 {_percentile(up, 50):.1f} s, max {max(up, default=0):.1f} s")
    print(f"errors: {sum(results.errors.values())} {dict(results.errors) or ''}; app log errors: {len(app_errors)}")
    for line in app_errors[:5]:
        print("  ", line[:200])
    print(f"citations: {n_citations} in {n_answers} answers; not a real clause of the library: {len(problems)}")
    for problem in problems[:10]:
        print("  ", problem)
    if results.errors or problems or not lat:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
