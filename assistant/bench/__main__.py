"""Benchmark: prints figures, asserts nothing.

    python -m assistant.bench                          # the shipped corpus
    python -m assistant.bench --corpus DIR --limit 300 # the first 300 files of a library folder
    python -m assistant.bench --synthetic 100000       # vector search alone on random vectors
    python -m assistant.bench --synthetic 1000000 --keep DIR  # build once, search again later

A corpus run builds a fresh index in a throwaway folder (the converted model stays in its
usual folder: this measures indexing, not conversion), then measures each serving figure in
a fresh process, as a user meets it: load of the existing index, search and answer p50/p95,
peak RSS of that serving process, and `policy-qa docs` from a cold start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.bench import serving
from assistant.bench.synthetic import run_synthetic

SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}


def _limited_copy(source: Path, target: Path, limit: int | None) -> int:
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)[:limit]
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return len(files)


def _phase(name: str, env: dict[str, str], *extra: str) -> dict:
    """Run one phase in a fresh interpreter; its last stdout line is a JSON dict of figures."""
    done = subprocess.run(
        [sys.executable, "-m", "assistant.bench.serving", name, *extra], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def run_corpus(corpus: Path | None, limit: int | None, repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="policy-qa-bench-") as tmp:
        root = Path(tmp)
        env = dict(os.environ, POLICY_QA_CACHE_DIR=str(root / "cache"), POLICY_QA_UPLOAD_DIR=str(root / "uploads"))
        if corpus is not None:
            files = _limited_copy(corpus, root / "corpus", limit)
            env["POLICY_QA_CORPUS_DIR"] = str(root / "corpus")
            print(f"corpus                 {files} files from {corpus}")
        build = _phase("build", env)
        serve = _phase("serve", env, str(repeat))
        started = time.perf_counter()
        docs = subprocess.run([sys.executable, "-m", "assistant.cli", "docs"], env=env, capture_output=True, check=False)
        docs_s = time.perf_counter() - started
        size = _size_mb(root / "cache" / "index")
    print(f"documents / clauses    {build['documents']} / {build['clauses']} ({build['passages']} passage vectors, "
          f"{build['distinct_passages']} distinct texts)")
    print(f"build (parse + index)  {build['build_s']:.1f} s, {build['passages'] / build['build_s']:.1f} passages/s")
    print(f"embedding alone        {build['embed_passages_per_s']:.1f} passages/s, "
          f"{build['embed_passages_per_cpu_s']:.1f} per CPU-second ({build['backend']}; load {os.getloadavg()[0]:.1f})")
    print(f"index size on disk     {size:.1f} MB")
    print(f"load of existing index {serve['load_s']:.2f} s (fresh process; the model then loads in {serve['model_s']:.2f} s)")
    print(f"search p50 / p95       {serve['search_p50_ms']:.1f} / {serve['search_p95_ms']:.1f} ms (n={serve['n']})")
    print(f"answer p50 / p95       {serve['answer_p50_ms']:.1f} / {serve['answer_p95_ms']:.1f} ms")
    print(f"serving peak RSS       {serve['peak_rss_mb']:.0f} MB")
    print(f"`policy-qa docs` cold  {docs_s:.2f} s (exit {docs.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: the shipped corpus)")
    parser.add_argument("--limit", type=int, help="only the first N files of --corpus (sorted by path)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the question list")
    parser.add_argument("--synthetic", type=int, help="N random vectors: vector search p50 and recall@10 only")
    parser.add_argument("--keep", type=Path, help="with --synthetic: save the built index here, or load it if there")
    args = parser.parse_args()
    if args.synthetic:
        run_synthetic(args.synthetic, keep=args.keep)
    else:
        run_corpus(args.corpus, args.limit, args.repeat)


if __name__ == "__main__":
    serving.quiet()
    main()
