"""Embedding throughput of each backend on one fixed sample of a library's passages (prints figures).

    .venv/bin/python scripts/embed_throughput.py /tmp/corpora/laws --backends torch,onnx-int8,static

The sample: `--files` files drawn with a fixed seed from the folder (sorted, then random.Random(0)),
parsed as an ingest parses them, their passages (assistant.index.chunking) deduplicated, and
`--passages` of those drawn with the same seed; kept in `--sample` (JSON) so every backend and every
later run embeds exactly the same texts. Each backend embeds the sample as an ingest does
(`encode_documents`: passage prefix, longest first, every core, no vector cache) after one warm-up
batch; passages per wall-second and per CPU-second (this process's user+system time, all threads)
are printed with the load average, and the whole-library estimate scales by `--library-passages`.
Why CPU-seconds: the machine is shared, and wall time moves with whatever else runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def draw_sample(folder: Path, files: int, passages: int, seed: int = 0) -> list[str]:
    from assistant.config import get_settings
    from assistant.corpus import parse_documents
    from assistant.errors import CorpusError
    from assistant.index.chunking import passages as clause_passages

    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    chosen = random.Random(seed).sample(paths, min(files, len(paths)))
    distinct: dict[str, None] = {}
    for _, document in parse_documents(chosen, get_settings(), trusted=True):
        if isinstance(document, CorpusError):
            continue
        for clause in document.clauses:
            distinct.update(dict.fromkeys(clause_passages(clause)))
    texts = sorted(distinct)
    return random.Random(seed).sample(texts, min(passages, len(texts)))


def measure(backend: str, texts: list[str]) -> dict:
    os.environ["POLICY_QA_EMBED_BACKEND"] = backend
    from assistant.config import get_settings
    from assistant.models.embeddings import load_embeddings

    get_settings.cache_clear()
    embedder = load_embeddings(get_settings())
    embedder.vector_cache = None
    embedder.encode_documents(texts[:32])  # warm-up: sessions, thread pools, lazy loads
    wall, cpu = time.perf_counter(), time.process_time()
    embedder.encode_documents(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"backend": backend, "model_id": embedder.model_id, "passages": len(texts),
            "per_s": len(texts) / wall, "per_cpu_s": len(texts) / cpu, "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--backends", default="torch,onnx-int8,static")
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--passages", type=int, default=5000)
    parser.add_argument("--sample", type=Path, default=Path("/tmp/embed-throughput-sample.json"))
    parser.add_argument("--library-passages", type=int, default=224_000)
    parser.add_argument("--lengths", action="store_true", help="also print the sample's token-length percentiles")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    os.environ.setdefault("TQDM_DISABLE", "1")
    if args.sample.exists():
        texts = json.loads(args.sample.read_text("utf-8"))
    else:
        texts = draw_sample(args.folder, args.files, args.passages)
        args.sample.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    print(f"sample: {len(texts)} passages from {args.folder} ({args.sample})")
    if args.lengths:
        print_lengths(texts)
    for backend in args.backends.split(","):
        row = measure(backend, texts)
        hours = args.library_passages / row["per_cpu_s"] / 2 / 60  # two cores, fully used
        print(f"{backend:10s} {row['per_cpu_s']:8.1f} passages/CPU-s {row['per_s']:8.1f} /s "
              f"(load {row['load']:.1f}); {args.library_passages} passages on 2 cores ≈ {hours:.0f} min",
              flush=True)


def print_lengths(texts: list[str]) -> None:
    from tokenizers import Tokenizer

    from assistant.config import get_settings
    from assistant.models.embeddings import resolve_model_path

    tokenizer = Tokenizer.from_file(str(Path(resolve_model_path(get_settings())) / "tokenizer.json"))
    lengths = sorted(len(e.ids) for e in tokenizer.encode_batch(["passage: " + t for t in texts]))
    marks = {q: lengths[min(len(lengths) - 1, int(q * len(lengths)))] for q in (0.1, 0.25, 0.5, 0.75, 0.9, 0.99)}
    mean = sum(lengths) / len(lengths)
    print(f"tokens per passage: mean {mean:.0f}, " + ", ".join(f"p{int(q * 100)} {v}" for q, v in marks.items())
          + f", max {lengths[-1]}, over 128: {sum(n > 128 for n in lengths) / len(lengths):.0%}")


if __name__ == "__main__":
    main()
