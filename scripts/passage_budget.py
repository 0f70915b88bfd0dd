"""Where an ingest's embedding work goes: passages, distinct texts, tokens, duplicates (prints figures).

    .venv/bin/python scripts/passage_budget.py /tmp/corpora/laws [--sample 0.1] [--parsed /tmp/laws-parsed.json]

The folder's files are parsed as an ingest parses them (on every core; the documents are kept in
`--parsed` as JSON so a second run skips parsing), chunked by `assistant.index.chunking.passages`,
and counted with the embedder's own tokenizer ("passage: " prefix, 512-token truncation):
- rows (vectors in the index) and distinct texts (what is embedded: one vector per text);
- which distinct texts repeat, across documents (versions of one law, boilerplate articles);
- for a long clause (one embedded in pieces): the tokens of its pieces, and of its whole where that is
  embedded as well (the overlap);
- tokens as embedded: longest-first batches of 32 padded to their longest text, and an
  attention-weighted cost (a token of a 512-token text costs more than one of a 64-token text).
Why a script: the figures are what an ingest's time is made of; the chunker is imported, so a change
to it shows here before any embedding.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: e5-small: hidden 384; per token and layer the dense work is ~12·d² multiply-adds, attention ~2·n·d
_HIDDEN = 384


def _parse(path: str):
    from assistant.corpus import parse_file
    from assistant.corpus.limits import CorpusLimits
    from assistant.errors import CorpusError

    try:
        return parse_file(Path(path), CorpusLimits.from_settings(None)).to_dict()
    except CorpusError:
        return None
    except Exception:  # a parser bug on one file must not stop the count
        return None


def parse_folder(folder: Path, fraction: float, cache: Path | None) -> list[dict]:
    paths = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    if fraction < 1:
        paths = sorted(random.Random(0).sample(paths, max(1, round(len(paths) * fraction))))
    if cache and cache.exists():
        stored = json.loads(cache.read_text("utf-8"))
        if stored.get("paths") == paths:
            return stored["documents"]
    started = time.perf_counter()
    with Pool(len(os.sched_getaffinity(0))) as pool:
        documents = [d for d in pool.imap(_parse, paths, chunksize=8) if d is not None]
    print(f"parsed {len(documents)} of {len(paths)} files in {time.perf_counter() - started:.0f} s", flush=True)
    if cache:
        cache.write_text(json.dumps({"paths": paths, "documents": documents}, ensure_ascii=False), "utf-8")
    return documents


def tokenizer():
    from tokenizers import Tokenizer

    from assistant.config import get_settings
    from assistant.models.embeddings import resolve_model_path

    tok = Tokenizer.from_file(str(Path(resolve_model_path(get_settings())) / "tokenizer.json"))
    tok.enable_truncation(512)
    return tok


def token_counts(texts: list[str], tok) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(texts), 4096):
        part = texts[start:start + 4096]
        for text, encoding in zip(part, tok.encode_batch(["passage: " + t for t in part])):
            out[text] = len(encoding.ids)
    return out


def embedded_cost(lengths: list[int], batch: int = 32) -> tuple[int, float]:
    """Padded tokens of longest-first batches, and the same weighted by attention's share (tokens·(1+n/(6d)))."""
    ordered = sorted(lengths, reverse=True)
    padded, weighted = 0, 0.0
    for start in range(0, len(ordered), batch):
        part = ordered[start:start + batch]
        n = part[0]
        padded += n * len(part)
        weighted += n * len(part) * (1 + n / (6 * _HIDDEN))
    return padded, weighted


def report(documents: list[dict], tok, label: str) -> dict:
    from assistant.corpus.model import Document
    from assistant.index.chunking import passages

    rows: list[str] = []
    owners: dict[str, set[str]] = {}
    overlap_whole, overlap_pieces, long_clauses = [], [], 0
    for row in documents:
        document = Document.from_dict(row)
        for clause in document.clauses:
            got = passages(clause)
            rows.extend(got)
            for text in got:
                owners.setdefault(text, set()).add(document.doc_id)
            if got != [clause.context]:  # a long clause: pieces (and its whole, if that is embedded too)
                long_clauses += 1
                overlap_whole.extend(p for p in got if p == clause.context)
                overlap_pieces.extend(p for p in got if p != clause.context)
    distinct = list(dict.fromkeys(rows))
    counts = token_counts(distinct, tok)
    row_tokens = sum(counts[t] for t in rows)
    distinct_tokens = sum(counts.values())
    padded, weighted = embedded_cost(list(counts.values()))
    repeated = {t: d for t, d in owners.items() if len(d) > 1}
    repeat_rows = Counter(rows)
    whole_tokens = sum(counts[t] for t in dict.fromkeys(overlap_whole))
    piece_tokens = sum(counts[t] for t in dict.fromkeys(overlap_pieces))
    lengths = sorted(counts.values())
    figures = {
        "label": label,
        "documents": len(documents),
        "clauses": sum(len(d["clauses"]) for d in documents),
        "rows": len(rows),
        "distinct": len(distinct),
        "row_tokens": row_tokens,
        "distinct_tokens": distinct_tokens,
        "padded_tokens": padded,
        "attention_weighted": round(weighted),
        "texts_in_several_documents": len(repeated),
        "rows_repeating_a_text": sum(n - 1 for n in repeat_rows.values() if n > 1),
        "tokens_saved_by_dedup": row_tokens - distinct_tokens,
        "long_clauses": long_clauses,
        "long_whole_tokens_embedded": whole_tokens,
        "long_piece_tokens": piece_tokens,
        "median_tokens": lengths[len(lengths) // 2] if lengths else 0,
        "p99_tokens": lengths[int(len(lengths) * 0.99)] if lengths else 0,
        "at_512": sum(n >= 512 for n in lengths),
    }
    for key, value in figures.items():
        print(f"  {key:28s} {value:>12,}" if isinstance(value, int) else f"  {key:28s} {value}")
    top = sorted(repeated.items(), key=lambda kv: -len(kv[1]))[:5]
    for text, docs in top:
        print(f"    in {len(docs):4d} documents: {text[:40]!r}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=float, default=1.0, help="fraction of the files (fixed seed)")
    parser.add_argument("--parsed", type=Path, default=None, help="JSON cache of the parsed documents")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here too")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    documents = parse_folder(args.folder, args.sample, args.parsed)
    figures = report(documents, tokenizer(), str(args.folder))
    print(f"load average {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
