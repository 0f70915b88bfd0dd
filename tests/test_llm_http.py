"""LLM mode over real HTTP: an OpenAI-compatible server on 127.0.0.1 (stdlib http.server in a
thread) with scripted replies — a good answer, an invented clause id, a valid but wrong citation
(a national clause for a provincial question), a slow reply, a 500, malformed JSON."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import Evidence
from assistant.answering.llm import UNAVAILABLE_NOTE, UNVERIFIED_NOTE, build_writer
from assistant.answering.question import understand
from assistant.config import Settings
from assistant.lexicon.tokenizer import Tokenizer

NATIONAL_GOALS = "guofa-2013-32#（三）"  # 到2015年，信息消费规模超过3.2万亿元 …
ZHEJIANG_GOALS = "zhejiang-2014-info-consumption#（二）"  # 到2015年,信息消费规模超3500亿元 …


class _Script:
    """What the server answers next: (status, body text, delay in seconds)."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, str, float]] = []
        self.requests: list[dict] = []


def _completion(content: str) -> str:
    return json.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": "scripted",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        },
        ensure_ascii=False,
    )


@pytest.fixture()
def server() -> Iterator[tuple[str, _Script]]:
    script = _Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length", 0))
            script.requests.append(json.loads(self.rfile.read(length) or b"{}"))
            status, body, delay = script.replies.pop(0)
            time.sleep(delay)
            data = body.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the slow case)

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", script
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def setup(corpus):
    by_id = {d.doc_id: d for d in corpus}
    clauses = {c.id: c for d in corpus for c in d.clauses}
    return by_id, clauses


def _ask(url, corpus, setup, question, ids, timeout_s=2.0):
    by_id, clauses = setup
    settings = Settings(llm_base_url=url, llm_model="scripted", llm_timeout_s=timeout_s)
    writer = build_writer(settings, by_id)
    evidence = Evidence(understand(question, corpus), selected=[clauses[i] for i in ids])
    offline = AnswerComposer(by_id, Tokenizer()).compose(evidence)
    return writer.write(evidence, offline), offline


def test_good_reply_is_shown_with_labels(server, corpus, setup):
    url, script = server
    script.replies.append((200, _completion(f"到2015年，信息消费规模超过3.2万亿元[{NATIONAL_GOALS}]。"), 0))
    answer, _ = _ask(url, corpus, setup, "国务院文件提出2015年信息消费规模要达到多少？", [NATIONAL_GOALS])
    assert answer.answer == "到2015年，信息消费规模超过3.2万亿元[《国发〔2013〕32号》（三）]。"
    assert [c.clause_id for c in answer.citations] == [NATIONAL_GOALS]
    assert script.requests[0]["model"] == "scripted"


def test_invented_id_sentence_is_dropped(server, corpus, setup):
    url, script = server
    reply = f"到2015年，信息消费规模超过3.2万亿元[{NATIONAL_GOALS}]。年均增长50%[guofa-2013-32#（九十九）]。"
    script.replies.append((200, _completion(reply), 0))
    answer, _ = _ask(url, corpus, setup, "国务院文件提出2015年信息消费规模要达到多少？", [NATIONAL_GOALS])
    assert "50%" not in answer.answer and "九十九" not in answer.answer
    assert "3.2万亿元" in answer.answer


def test_valid_but_wrong_citation_is_not_shown(server, corpus, setup):
    """A national figure, cited to the national clause, for a question about Zhejiang."""
    url, script = server
    script.replies.append((200, _completion(f"浙江到2015年信息消费规模超过3.2万亿元[{NATIONAL_GOALS}]。"), 0))
    answer, offline = _ask(
        url, corpus, setup, "浙江提出2015年信息消费规模要达到多少？", [ZHEJIANG_GOALS, NATIONAL_GOALS]
    )
    assert "3.2万亿元" not in answer.answer.replace(offline.answer, "")
    assert answer.answer == f"{UNVERIFIED_NOTE}\n{offline.answer}"


def test_number_not_in_the_cited_clause_is_dropped(server, corpus, setup):
    url, script = server
    reply = f"浙江到2015年信息消费规模超3500亿元[{ZHEJIANG_GOALS}]。其中农村达到900亿元[{ZHEJIANG_GOALS}]。"
    script.replies.append((200, _completion(reply), 0))
    answer, _ = _ask(url, corpus, setup, "浙江提出2015年信息消费规模要达到多少？", [ZHEJIANG_GOALS])
    assert "3500亿元" in answer.answer and "900" not in answer.answer


@pytest.mark.parametrize(
    ("status", "body", "delay"),
    [(200, _completion("太慢了"), 3.0), (500, '{"error": "boom"}', 0), (200, "{not json", 0)],
    ids=["slow", "500", "malformed"],
)
def test_server_failures_fall_back_to_offline(server, corpus, setup, status, body, delay):
    url, script = server
    script.replies.append((status, body, delay))
    answer, offline = _ask(url, corpus, setup, "国务院文件提出2015年信息消费规模要达到多少？", [NATIONAL_GOALS], 1.0)
    assert answer.answer == f"{UNAVAILABLE_NOTE}\n{offline.answer}"
    assert answer.citations == offline.citations
