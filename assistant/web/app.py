"""政策问答 web UI (Gradio): chat with clause citations, a sources panel, the library, uploads.

    python ui.py [--host 127.0.0.1] [--port 7860] [--auth user:pass]

The assistant (model and index) is loaded once at start; every browser session
gets its own conversation (a `Session` in `gr.State`). The library may change under
the running app (the CLI adds a document): questions and views read
`assistant.documents`, which swaps to the newest build first. Rendering lives in
`assistant.web.render`, the library tabs in `assistant.web.documents_tab`, failed-login
throttling in `assistant.web.throttle`; this module wires the chat and launches.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from collections import OrderedDict
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from assistant.api import Assistant
from assistant.config import Settings, get_settings
from assistant.conversation import Session
from assistant.errors import InvalidQuestionError
from assistant.web.documents_tab import LibraryTabs
from assistant.web.eligibility_tab import build_eligibility_tab
from assistant.web.library import CSS as LIBRARY_CSS
from assistant.web.library import readable_error
from assistant.web.render import (
    ALL_DOCUMENTS,
    CSS,
    document_choices,
    escape_user_message,
    normalize_selection,
    render_error,
    render_sources,
    selected_doc_ids,
    stream_answer,
)
from assistant.web.throttle import LoginThrottle, LoginThrottleMiddleware

log = logging.getLogger("policy_qa.ui")

EXAMPLES = [
    "浙江跨境电子商务支付业务试点由哪个部门负责？",
    "国务院文件提出2015年信息消费规模要达到多少？",
    "宽带中国战略什么时候发布？",
    "互联网小微企业能享受哪些税收优惠？",
]
#: pause between streamed lines, so a long answer visibly builds up
STREAM_DELAY_S = 0.04
_API_SESSIONS_MAX = 256
#: local fonts only: the app must work offline, and Chinese needs a CJK face
_FONTS = ["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "system-ui", "sans-serif"]
THEME = gr.themes.Soft(font=_FONTS, font_mono=["Noto Sans Mono CJK SC", "ui-monospace", "monospace"])

INTRO = (
    "# 政策问答\n"
    "就已收录的政策文件提问：**责任单位**、**目标指标**、**时间进度**、**企业支持政策**等。"
    "每个回答都注明出处条款（点开可看原文，回答所依据的语句已高亮）；文件中没有依据时会明确说明。"
    "可以追问（如“那国务院文件里呢？”），点“新对话”重新开始。"
)


class _ApiSessions:
    """Conversations of API clients (gradio_client), keyed by their session hash, bounded."""

    def __init__(self, assistant: Assistant, capacity: int = _API_SESSIONS_MAX) -> None:
        self.assistant = assistant
        self.capacity = capacity
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str | None) -> Session:
        if not key:
            return self.assistant.new_session()
        with self._lock:
            session = self._sessions.pop(key, None) or self.assistant.new_session()
            self._sessions[key] = session
            while len(self._sessions) > self.capacity:
                self._sessions.popitem(last=False)
            return session


def build_app(assistant: Assistant) -> gr.Blocks:
    """The whole UI around one loaded assistant."""
    api_sessions = _ApiSessions(assistant)

    # ---- chat -----------------------------------------------------------------------------
    def respond(
        question: str, history: list[dict[str, Any]], session: Session | None, selection: list[str], as_of: str = ""
    ):
        """Answer one turn, streaming the composed answer line by line, citations last.

        `as_of` (the 按日期 box, an ISO date or empty) answers from the versions in force on that date."""
        session = session or assistant.new_session()
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            yield history, gr.skip(), gr.skip(), session
            return
        history.append({"role": "user", "content": escape_user_message(question)})
        history.append({"role": "assistant", "content": '<div class="pq-muted">正在检索文件…</div>'})
        yield history, "", gr.skip(), session
        try:
            answer = session.ask(question, doc_ids=selected_doc_ids(selection), as_of=as_of or None)
        except InvalidQuestionError as exc:
            history[-1] = {"role": "assistant", "content": render_error(readable_error(str(exc)))}
            yield history, gr.skip(), gr.skip(), session
            return
        except Exception:  # the UI must keep working; the log keeps the detail
            log.exception("answering %r failed", question)
            history[-1] = {"role": "assistant", "content": render_error("处理问题时出错，请稍后重试或换个问法。")}
            yield history, gr.skip(), gr.skip(), session
            return
        for chunk in stream_answer(answer):
            history[-1] = {"role": "assistant", "content": chunk}
            yield history, gr.skip(), gr.skip(), session
            time.sleep(STREAM_DELAY_S)
        yield history, gr.skip(), render_sources(answer), session

    def new_conversation(session: Session | None):
        if session is not None:
            session.reset()
        return [], render_sources(None), session, ""

    def api_ask(
        question: str, documents: list[str] | None = None, as_of: str | None = None, request: gr.Request = None
    ) -> dict:
        """Answer a question (follow-ups continue the caller's conversation) as JSON.

        `documents`: doc_ids to search; empty means all documents. `as_of`: an ISO date, to answer
        from the versions in force then (default: the current ones). Raises a readable error for an
        invalid question or date.
        """
        session = api_sessions.get(getattr(request, "session_hash", None))
        try:
            return session.ask(question, doc_ids=selected_doc_ids(documents), as_of=as_of).to_dict()
        except InvalidQuestionError as exc:
            raise gr.Error(readable_error(str(exc))) from exc

    def on_filter_select(selection: list[str], evt: gr.SelectData):
        return gr.update(value=normalize_selection(selection, evt.value, evt.selected))

    documents = assistant.documents
    with gr.Blocks(title="政策问答", fill_width=True) as demo:
        session_state = gr.State(None)
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("问答", id="chat") as chat_tab:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="对话",
                            show_label=False,
                            layout="panel",
                            elem_id="pq-chat",
                            height=660,
                            latex_delimiters=[],
                            feedback_options=None,
                            buttons=["copy_all"],
                            placeholder="请在下方输入问题，或点击示例问题。",
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                placeholder="输入问题，例如：宽带中国战略什么时候发布？（回车发送）",
                                show_label=False,
                                elem_id="pq-question",
                                scale=5,
                                max_length=assistant.settings.max_question_chars,
                            )
                            send = gr.Button("发送", variant="primary", elem_id="pq-send", scale=1, min_width=80)
                            clear = gr.Button("新对话", elem_id="pq-new", scale=1, min_width=80)
                        gr.Examples(EXAMPLES, inputs=question, label="示例问题（点击填入）")
                    with gr.Column(scale=1, min_width=260):
                        doc_filter = gr.CheckboxGroup(
                            choices=document_choices(documents),
                            value=[ALL_DOCUMENTS],
                            label="检索范围",
                            info="选择要检索的文件（默认全部）",
                            elem_id="pq-filter",
                        )
                        as_of = gr.Textbox(
                            label="按日期回答",
                            info="法规有多个版本时，按该日期有效的版本回答（留空：现行版本）",
                            placeholder="例如 2022-01-01",
                            max_lines=1,
                            elem_id="pq-as-of",
                        )
                        gr.Markdown("### 来源")
                        sources = gr.HTML(render_sources(None), elem_id="pq-sources", js_on_load=None)
            library = LibraryTabs(assistant, doc_filter)
            build_eligibility_tab(assistant)  # 企业政策匹配 (assistant/ui_eligibility.py)

        chat_inputs = [question, chatbot, session_state, doc_filter, as_of]
        chat_outputs = [chatbot, question, sources, session_state]
        # a question sent while an answer streams is queued behind it, not dropped
        # after each answer the filter offers what the library holds now (another process may have added to it)
        question.submit(
            respond, chat_inputs, chat_outputs, api_name="chat", show_progress="hidden", trigger_mode="always_last"
        ).then(library.filter_choices, [doc_filter], [doc_filter], api_visibility="undocumented", show_progress="hidden")
        send.click(
            respond,
            chat_inputs,
            chat_outputs,
            api_visibility="undocumented",
            show_progress="hidden",
            trigger_mode="always_last",
        ).then(library.filter_choices, [doc_filter], [doc_filter], api_visibility="undocumented", show_progress="hidden")
        clear.click(
            new_conversation, [session_state], [chatbot, sources, session_state, question], api_visibility="undocumented"
        )
        doc_filter.select(on_filter_select, [doc_filter], [doc_filter], api_visibility="undocumented")
        library.wire(demo, chat_tab)
        gr.api(api_ask, api_name="ask")
    demo.queue(default_concurrency_limit=assistant.settings.ui_concurrency)
    return demo


def launch(
    demo: gr.Blocks,
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    auth: tuple[str, str] | None = None,
    throttle: LoginThrottle | None = None,
    **kwargs: Any,
):
    """Serve the app (127.0.0.1 unless told otherwise), with optional login, failed logins throttled per client."""
    if auth is None and settings.username and settings.password:
        auth = (settings.username, settings.password.get_secret_value())
    middleware = [Middleware(LoginThrottleMiddleware, throttle=throttle or LoginThrottle())] if auth else []
    return demo.launch(
        server_name=host or settings.host,
        server_port=port or settings.port,
        auth=auth,
        auth_message="政策问答：请登录" if auth else None,
        app_kwargs={"middleware": middleware},
        css=CSS + LIBRARY_CSS,
        theme=THEME,
        footer_links=["api"],
        **kwargs,
    )


def _parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise SystemExit("--auth 需要 user:pass 格式")
    return user, password


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="政策问答 web UI")
    parser.add_argument("--host", default=None, help="bind address (default: settings, 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default: settings, 7860)")
    parser.add_argument("--auth", default=None, help="user:pass for basic login (default: POLICY_QA_USERNAME/PASSWORD)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    log.info("loading model and index …")
    assistant = Assistant.load(settings)
    log.info("%d documents, index %s", len(assistant.documents), assistant.index_status)
    launch(build_app(assistant), settings, host=args.host, port=args.port, auth=_parse_auth(args.auth))


if __name__ == "__main__":
    main()
