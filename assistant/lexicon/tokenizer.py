"""Chinese tokenisation for keyword search and question analysis.

jieba splits policy prose badly where names are long (工业和信息化部, 跨境电子商务), so
a tokenizer is taught whole names before use. Each `Tokenizer` owns its own jieba
dictionary: jieba's module-level dictionary is a process-wide global, and teaching it the
words of one use (a company profile's vocabulary) silently changed how another (the
corpus keyword index) tokenized the same sentence. Search-mode cutting keeps both the
long word and its parts.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)

#: Function and asking words that say nothing about a question's topic.
STOPWORDS = frozenset(
    "的 了 和 与 及 等 在 是 为 对 将 把 被 由 从 向 以 并 或 其 之 于 中 上 下 要 有 也 就 都 而 "
    "哪些 哪个 什么 多少 怎么 如何 是否 吗 呢 吧 啊 哪 谁 请问 一下 一个 我们 我 你 他 它 这 那 "
    "文件 规定 提出 里 方面 相关 有关".split()
)
_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.%]+")
#: frequency given to taught words: high enough that jieba keeps them whole
_TAUGHT_FREQ = 20000
_base_lock = threading.Lock()


@lru_cache(maxsize=1)
def _base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's default dictionary, loaded once and only ever copied (never taught words)."""
    with _base_lock:
        base = jieba.Tokenizer()
        base.initialize()
        return base.FREQ, base.total


class Tokenizer:
    """A jieba tokenizer with its own dictionary, taught `words` at construction and never after."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        freq, total = _base_dictionary()
        self._jieba = jieba.Tokenizer()
        self._jieba.FREQ, self._jieba.total = dict(freq), total
        self._jieba.initialized = True
        for word in dict.fromkeys(w for w in words if w):
            self._jieba.add_word(word, freq=_TAUGHT_FREQ)

    def cut(self, text: str) -> list[str]:
        """Plain (accurate-mode) segments, punctuation included."""
        return list(self._jieba.cut(text))

    def tokenize(self, text: str) -> list[str]:
        """Search-mode tokens without punctuation or function words."""
        tokens: list[str] = []
        for piece in _TOKEN.findall(text):
            for token in self._jieba.cut_for_search(piece):
                token = token.strip().lower()
                if token and token not in STOPWORDS:
                    tokens.append(token)
        return tokens


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None
