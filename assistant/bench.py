"""Benchmark: index build time, answer latency p50/p95, peak RSS. Prints figures; asserts nothing.

Run: `python -m assistant.bench` (uses a throwaway index folder, so the build is a real, full build).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from assistant.config import get_settings

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


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the question list")
    args = parser.parse_args()

    from assistant.api import Assistant

    base = get_settings()
    with tempfile.TemporaryDirectory() as tmp:
        # the converted model stays in its usual folder: this measures indexing, not conversion
        settings = base.model_copy(update={"cache_dir": Path(tmp), "upload_dir": Path(tmp) / "uploads"})
        started = time.perf_counter()
        assistant = Assistant.load(settings)
        load_and_build = time.perf_counter() - started
        started = time.perf_counter()
        Assistant.load(settings, rebuild=True)
        rebuild = time.perf_counter() - started
        started = time.perf_counter()
        Assistant.load(settings)
        warm_load = time.perf_counter() - started

        latencies: list[float] = []
        for _ in range(args.repeat):
            for question in QUESTIONS:
                started = time.perf_counter()
                assistant.ask(question)
                latencies.append((time.perf_counter() - started) * 1000)

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store = assistant.search.store
    print(f"clauses indexed        {len(store.clauses)} ({store.vectors.ntotal} passage vectors)")
    print(f"first load + build     {load_and_build:.2f} s")
    print(f"forced full rebuild    {rebuild:.2f} s")
    print(f"load of current index  {warm_load:.2f} s")
    print(f"answer latency p50     {statistics.median(latencies):.1f} ms  (n={len(latencies)})")
    print(f"answer latency p95     {_percentile(latencies, 0.95):.1f} ms")
    print(f"peak RSS               {peak_rss_mb:.0f} MB  (process peak; the model was loaded three times)")


if __name__ == "__main__":
    main()
