"""Chinese tokenisation for keyword search.

jieba splits policy prose badly where names are long (工业和信息化部, 跨境电子商务),
so the corpus's own department names are added to its dictionary before use, and
search-mode cutting keeps both the long word and its parts.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

import jieba

jieba.setLogLevel(logging.WARNING)

_STOPWORDS = frozenset(
    "的 了 和 与 及 等 在 是 为 对 将 把 被 由 从 向 以 并 或 其 之 于 中 上 下 要 有 也 就 都 而 "
    "哪些 哪个 什么 多少 怎么 如何 是否 吗 呢 吧 啊 哪 谁 请问 一下 一个 我们 我 你 他 它 这 那 "
    "文件 规定 提出 里 方面 相关 有关".split()
)
_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.%]+")
_lock = threading.Lock()
_known_words: set[str] = set()


def add_words(words: Iterable[str]) -> None:
    """Teach jieba whole names (departments, programme names) so they stay one token."""
    with _lock:
        for word in words:
            if word and word not in _known_words:
                jieba.add_word(word, freq=20000)
                _known_words.add(word)


def tokenize(text: str) -> list[str]:
    """Search-mode tokens without punctuation or function words."""
    tokens: list[str] = []
    for piece in _TOKEN.findall(text):
        for token in jieba.cut_for_search(piece):
            token = token.strip().lower()
            if token and token not in _STOPWORDS:
                tokens.append(token)
    return tokens


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None
