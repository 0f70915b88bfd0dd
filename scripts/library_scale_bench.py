"""Serving figures of a library as large as the laws corpus, without hours of embedding first.

    .venv/bin/python scripts/library_scale_bench.py [--corpus /tmp/corpora/laws] [--work /tmp/library-bench]

Parses every file of the folder, builds a real index of it (catalog, BM25, FAISS: exact below the
HNSW threshold, HNSW above) whose passage vectors are random unit vectors instead of the model's,
then measures in a fresh process what a user meets: load of the built index, search and answer
p50/p95 with the real query model, and peak RSS. Load, search and answer cost the same whatever
the vectors' values, so these figures hold for the embedded library; what they are not is a
measure of answer quality (use `policy-qa eval`) or of embedding time (`python -m assistant.bench`).
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

DIMENSION = 384
LAW_QUESTIONS = ["劳动合同法第10条说了什么", "民法典第一千零八十条", "《中华人民共和国劳动法》第三十六条是什么"]


class RandomVectors:
    """Stands in for the embedder at build time: one random unit vector per passage."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = np.random.default_rng(len(texts)).standard_normal((len(texts), DIMENSION), dtype=np.float32)
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).tolist()


def build(corpus: Path, index_dir: Path) -> None:
    from assistant.config import get_settings
    from assistant.corpus import parse_documents
    from assistant.index.store import IndexStore

    settings = get_settings()
    started = time.perf_counter()
    documents = [d for _, d in parse_documents(sorted(corpus.rglob("*.txt")), settings, trusted=True) if not isinstance(d, Exception)]
    parsed = time.perf_counter()
    store = IndexStore.build(documents, RandomVectors(), "random-vectors", settings)
    store.save(index_dir)
    print(f"documents / clauses    {len(documents)} / {len(store.catalog.clauses)} ({store.vectors.count()} passage vectors, {store.vectors.kind})")
    print(f"parse / index (no model) {parsed - started:.0f} s / {time.perf_counter() - parsed:.0f} s")


def serve(index_dir: Path, cache: Path) -> None:
    os.environ["POLICY_QA_QUERY_CACHE_SIZE"] = "0"
    from assistant.api import Assistant
    from assistant.bench.serving import sample_questions, time_questions
    from assistant.config import get_settings
    from assistant.index.store import IndexStore

    settings = get_settings().model_copy(update={"cache_dir": cache, "upload_dir": cache / "uploads"})
    assistant = Assistant.open(settings)
    started = time.perf_counter()
    store = IndexStore.load(index_dir, settings)
    assistant._set_store(store, "loaded")  # the built index, not one rebuilt from a library folder
    assistant.search  # wires the engine on the loaded build
    load_s = time.perf_counter() - started
    assistant.ask(LAW_QUESTIONS[0])  # the model loads on first use
    timed = time_questions(assistant, sample_questions(store.catalog.clauses) + LAW_QUESTIONS)
    print(f"load of the built index {load_s:.2f} s (fresh process, model not included)")
    print(f"search p50 / p95       {timed['search_p50_ms']:.0f} / {timed['search_p95_ms']:.0f} ms (n={timed['n']})")
    print(f"answer p50 / p95       {timed['answer_p50_ms']:.0f} / {timed['answer_p95_ms']:.0f} ms")
    print(f"serving peak RSS       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for question in LAW_QUESTIONS:
        print(f"  {question} → {', '.join(c.label for c in assistant.ask(question).citations[:2])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpora/laws"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/library-bench"))
    parser.add_argument("--phase", choices=["all", "build", "serve"], default="all")
    args = parser.parse_args()
    index_dir, cache = args.work / "index", args.work / "cache"
    if args.phase in ("all", "build"):
        build(args.corpus, index_dir)
    if args.phase == "all":  # serving is measured in a fresh process, as a user meets it
        subprocess.run([sys.executable, __file__, "--work", str(args.work), "--phase", "serve"], check=True)
    elif args.phase == "serve":
        serve(index_dir, cache)


if __name__ == "__main__":
    main()
