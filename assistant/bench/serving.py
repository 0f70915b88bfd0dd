"""The bench's phases, each run in a fresh interpreter: `python -m assistant.bench.serving build|serve [repeat]`.

Settings come from the POLICY_QA_* environment the bench sets. Each phase prints one JSON line.
The serving phase turns the query-vector cache off, so repeated passes over the questions
measure embedding every question rather than a cache hit.
"""

from __future__ import annotations

import json
import logging
import os
import random
import resource
import statistics
import sys
import time

QUESTIONS = [
    "国务院文件提出2015年信息消费规模要达到多少？",
    "浙江跨境电子商务支付业务试点由哪个部门负责？",
    "工信部负责哪些任务？",
    "互联网小微企业能享受哪些税收优惠？",
    "农村宽带要达到多快？",
    "宽带中国战略什么时候发布？",
    "同一个地址能登记好几家公司吗？",
    "浙江的主要目标是什么？",
    "国务院和浙江在智慧城市建设上有什么不同？",
    "江苏省的信息消费补贴是多少？",
]
#: questions drawn from a library's own clauses (a phrase of the clause + a question ending)
SAMPLED_QUESTIONS = 20


def quiet() -> None:
    logging.disable(logging.WARNING)
    os.environ.setdefault("TQDM_DISABLE", "1")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def sample_questions(clauses) -> list[str]:
    """The fixed questions plus phrases drawn from the library's own clauses."""
    rng = random.Random(0)
    sampled = rng.sample(clauses, min(SAMPLED_QUESTIONS, len(clauses)))
    return QUESTIONS + [f"{c.text[:16]}是怎么规定的？" for c in sampled if len(c.text) >= 16]


def build() -> dict:
    from assistant.api import Assistant
    from assistant.config import get_settings

    settings = get_settings()
    started = time.perf_counter()
    assistant = Assistant.load(settings)
    search = assistant.search  # wiring builds what is not persisted yet
    build_s = time.perf_counter() - started
    catalog = search.catalog
    distinct = list(dict.fromkeys(p for _, p in catalog.row_passages))
    # embedding alone, as a build does it (distinct texts, length-sorted batches, every core), on a
    # sample spread over the library; the build just filled the vector cache, so it is left out
    sample = distinct[:: max(1, len(distinct) // 512)][:512]
    embedder = assistant.embeddings.model
    embedder.vector_cache = None
    started, cpu = time.perf_counter(), time.process_time()
    embedder.encode_documents(sample)
    embed_s, embed_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "documents": len(catalog.documents),
        "clauses": len(catalog.clauses),
        "passages": len(catalog.row_passages),
        "distinct_passages": len(distinct),
        "build_s": build_s,
        "embed_passages_per_s": len(sample) / embed_s,
        "embed_passages_per_cpu_s": len(sample) / embed_cpu,
        "backend": settings.embed_backend,
    }


def serve(repeat: int) -> dict:
    os.environ["POLICY_QA_QUERY_CACHE_SIZE"] = "0"
    from assistant.api import Assistant
    from assistant.config import get_settings

    started = time.perf_counter()
    assistant = Assistant.load(get_settings())
    search = assistant.search
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    assistant.embeddings.embed_query("预热")  # the model loads on first use
    model_s = time.perf_counter() - started
    return {
        "load_s": load_s,
        "model_s": model_s,
        **time_questions(assistant, sample_questions(search.catalog.clauses) * repeat),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def time_questions(assistant, questions: list[str]) -> dict:
    """Search and answer p50/p95 (ms) over `questions`, each searched, then asked, one at a time."""
    search_ms, answer_ms = [], []
    for question in questions:
        started = time.perf_counter()
        assistant.search.search(question)
        search_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assistant.ask(question)
        answer_ms.append((time.perf_counter() - started) * 1000)
    return {
        "n": len(search_ms),
        "search_p50_ms": statistics.median(search_ms),
        "search_p95_ms": _percentile(search_ms, 0.95),
        "answer_p50_ms": statistics.median(answer_ms),
        "answer_p95_ms": _percentile(answer_ms, 0.95),
    }


if __name__ == "__main__":
    quiet()
    phase = sys.argv[1]
    figures = build() if phase == "build" else serve(int(sys.argv[2]))
    print(json.dumps(figures))
