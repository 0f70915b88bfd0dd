"""The web UI end to end: the real assistant served by Gradio, driven by headless Chromium and gradio_client.

Run with `pytest -q tests/test_browser.py`; needs /usr/bin/chromium (Debian's package; no
`playwright install`). The app gets its own temporary index and upload folder, so
uploading here touches nothing else.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.web.library import FACETS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER_TIMEOUT_MS = 60_000

UPLOADED_POLICY = """杭州市人民政府关于推进智慧养老服务的实施意见

杭政〔2024〕7号

各区、县（市）人民政府，市政府各部门：
为推进智慧养老服务，现提出如下意见：
一、主要任务
（一）建设智慧养老平台。
1.建设全市统一的智慧养老服务平台，2025年底前覆盖全部街道。（责任单位：市民政局、市数据资源局）
2.为高龄独居老人免费安装紧急呼叫设备。（责任单位：市民政局、市财政局）
（二）培育养老服务企业。对新设立的智慧养老服务企业给予一次性开办补贴。（责任单位：市财政局、市民政局）
二、保障措施
（三）加强组织领导。各区县政府要建立工作协调机制。
"""


#: added by another process (the CLI) while the app serves
CLI_POLICY = """宁波市人民政府办公厅关于加快发展海洋牧场的实施意见

甬政办发〔2024〕12号

为加快发展海洋牧场，现提出如下意见：
一、重点任务
（一）建设海洋牧场示范区。2026年底前建成5个国家级海洋牧场示范区。（责任单位：市海洋渔业局）
（二）推广深远海养殖装备。对购置深远海养殖工船的企业给予设备投资额10%的补助。（责任单位：市财政局、市海洋渔业局）
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """(url, assistant): the app on a free 127.0.0.1 port around a real assistant with temporary storage."""
    from assistant.api import Assistant
    from assistant.config import get_settings
    from assistant.web.app import build_app, launch

    root = tmp_path_factory.mktemp("ui")
    settings = get_settings().model_copy(
        update={"cache_dir": root / "cache", "upload_dir": root / "uploads", "username": None, "password": None}
    )
    assistant = Assistant.load(settings)
    demo = build_app(assistant)
    port = _free_port()
    _, url, _ = launch(demo, settings, host="127.0.0.1", port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield url.rstrip("/"), assistant
    finally:
        demo.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, served):
    url, _ = served
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(ANSWER_TIMEOUT_MS)
    page.goto(url)
    page.locator("#pq-question textarea").wait_for()
    yield page
    context.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=ANSWER_TIMEOUT_MS)
    return playwright_expect(locator)


def bot_messages(page):
    return page.locator('#pq-chat [data-testid="bot"]')


def ask(page, question: str):
    """Type a question, send it, and wait until the whole answer (with citations) and its sources are shown."""
    before = bot_messages(page).count()
    box = page.locator("#pq-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """([n]) => {
            const msgs = document.querySelectorAll('#pq-chat [data-testid="bot"]');
            return msgs.length > n && msgs[msgs.length - 1].querySelector('.pq-answer details, .pq-abstain');
        }""",
        arg=[before],
    )
    message = bot_messages(page).nth(before)
    # the sources panel is the last thing a turn updates
    labels = message.locator("details .pq-label")
    expected = labels.first.inner_text() if labels.count() else "文件中未找到依据"
    expect(page.locator("#pq-sources")).to_contain_text(expected)
    return message


# ---- chat --------------------------------------------------------------------------------------
def test_answer_cites_the_clause_and_a_follow_up_stays_in_the_conversation(page):
    message = ask(page, "浙江跨境电子商务支付业务试点由哪个部门负责？")
    assert "省外汇管理局" in message.locator(".pq-direct").inner_text()  # the direct answer, set apart
    summary = message.locator("details.pq-cite summary").first
    assert summary.inner_text().strip() == "《浙江实施意见》（十一）2"
    clause_text = message.locator("details.pq-cite .pq-cite-text").first
    assert not clause_text.is_visible()  # collapsed until opened
    summary.click()
    assert clause_text.is_visible()
    assert "开展跨境电子商务支付业务试点" in clause_text.inner_text()
    assert clause_text.locator("mark").first.inner_text() == "开展跨境电子商务支付业务试点"
    assert "省外汇管理局" in message.locator("details.pq-cite .pq-facts").first.inner_text()
    assert "《浙江实施意见》（十一）2" in page.locator("#pq-sources").inner_text()

    follow_up = ask(page, "那国务院文件里呢？")
    labels = follow_up.locator("details.pq-cite .pq-label").all_inner_texts()
    assert labels and all("国发〔2013〕32号" in label for label in labels)
    assert "跨境电子商务支付" in follow_up.inner_text()
    sources = page.locator("#pq-sources").inner_text()
    assert "国发〔2013〕32号" in sources and "浙江实施意见" not in sources
    assert bot_messages(page).count() == 2

    page.locator("#pq-new").click()
    page.wait_for_function("() => document.querySelectorAll('#pq-chat [data-testid=\"bot\"]').length === 0")
    assert "提问后" in page.locator("#pq-sources").inner_text()


def test_answer_streams_line_by_line_before_citations(page):
    page.evaluate(
        """() => {
            window.__pqSnapshots = [];
            new MutationObserver(() => {
                const msgs = document.querySelectorAll('#pq-chat [data-testid="bot"] .pq-answer');
                if (msgs.length) window.__pqSnapshots.push(msgs[msgs.length - 1].innerHTML);
            }).observe(document.querySelector('#pq-chat'), {subtree: true, childList: true, characterData: true});
        }"""
    )
    message = ask(page, "互联网小微企业能享受哪些税收优惠？")
    lines = message.locator(".pq-answer > p").all_inner_texts()
    assert len(lines) >= 2, lines
    snapshots = page.evaluate("window.__pqSnapshots")
    # some earlier rendering showed the first line only, without citations
    assert any("<details" not in s and lines[0][:10] in s and lines[-1][:10] not in s for s in snapshots)
    assert "<details" in snapshots[-1]


def test_example_question_fills_the_box(page):
    page.get_by_text("宽带中国战略什么时候发布？", exact=True).first.click()
    expect(page.locator("#pq-question textarea")).to_have_value("宽带中国战略什么时候发布？")
    page.locator("#pq-send").click()
    page.locator('#pq-chat [data-testid="bot"] details.pq-cite').first.wait_for()
    message = bot_messages(page).last
    assert "2013年第三季度" in message.inner_text()


def test_document_filter_restricts_the_search_and_abstentions_look_different(page):
    page.locator("#pq-filter").get_by_text("浙江实施意见").click()
    page.wait_for_function("() => !document.querySelector('#pq-filter input[name=\"全部\"]').checked")
    message = ask(page, "跨境电子商务支付业务试点由哪个部门负责？")
    labels = message.locator("details .pq-label").all_inner_texts()
    assert labels == ["《浙江实施意见》（十一）2"]

    # 宽带中国 is a national task: searching the Zhejiang document alone finds no answer
    message = ask(page, "宽带中国战略什么时候发布？")
    warning = message.locator(".pq-abstain-head")
    assert warning.inner_text().strip() == "⚠ 文件中未找到依据"
    assert message.locator("details.pq-cite:not(.pq-related)").count() == 0
    related = message.locator("details.pq-related .pq-label").all_inner_texts()
    assert related and all("浙江实施意见" in label for label in related)
    assert "仅供参考" in message.inner_text()
    assert "文件中未找到依据" in page.locator("#pq-sources").inner_text()


def test_user_text_is_shown_as_text_never_as_html(page):
    message = ask(page, "<b id=injected>宽带中国</b>战略什么时候发布？")
    user = page.locator('#pq-chat [data-testid="user"]').last
    assert page.locator("#injected").count() == 0
    assert "<b id=injected>宽带中国</b>战略什么时候发布？" in user.inner_text()
    assert message.locator("details.pq-cite").count() >= 1


def test_documents_tab_shows_the_clause_tree(page):
    page.get_by_role("tab", name="文件", exact=True).click()
    tree = page.locator("#pq-tree")
    expect(tree).to_contain_text("国务院关于促进信息消费扩大内需的若干意见")
    text = tree.inner_text()
    assert "一、总体要求" in text and "（三）" in text and "主要目标" in text
    headers = tree.locator("table.pq-annex").first.locator("th").all_inner_texts()
    assert headers == ["序号", "工作任务", "负责部门", "时间进度"]
    assert "发布并落实“宽带中国”战略及实施方案" in text


# ---- API ---------------------------------------------------------------------------------------
def test_gradio_client_asks_through_the_api_and_keeps_the_conversation(served):
    from gradio_client import Client

    url, _ = served
    client = Client(url, verbose=False)
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert "/ask" in endpoints and "/chat" in endpoints
    first = client.predict(question="浙江跨境电子商务支付业务试点由哪个部门负责？", documents=[], api_name="/ask")
    assert first["abstained"] is False
    assert [c["label"] for c in first["citations"]][0] == "《浙江实施意见》（十一）2"
    assert "省外汇管理局" in first["answer"]
    follow_up = client.predict(question="那国务院文件里呢？", documents=[], api_name="/ask")
    assert follow_up["citations"] and all("国发〔2013〕32号" in c["label"] for c in follow_up["citations"])
    with pytest.raises(Exception, match="问题为空"):
        client.predict(question="   ", documents=[], api_name="/ask")


# ---- a library shared with other processes --------------------------------------------------------
def _cli_add(settings, path: Path) -> str:
    """`policy-qa add` in its own process on the served app's library; returns its output."""
    env = dict(os.environ)
    env.update(
        POLICY_QA_CACHE_DIR=str(settings.cache_dir),
        POLICY_QA_UPLOAD_DIR=str(settings.upload_dir),
        POLICY_QA_MODELS_DIR=str(settings.models_dir),
    )
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "add", str(path)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_document_added_by_another_process_is_visible_to_the_next_question(page, served, tmp_path):
    url, assistant = served
    path = tmp_path / "ningbo-marine-ranching.txt"
    path.write_text(CLI_POLICY, encoding="utf-8")
    _cli_add(assistant.settings, path)
    added = next(d for d in _library_documents(assistant.settings) if d.title.startswith("宁波市人民政府办公厅"))

    # the API accepts it as a filter and answers from it, without a restart
    from gradio_client import Client

    answer = Client(url, verbose=False).predict(
        question="推广深远海养殖装备由哪个部门负责？", documents=[added.doc_id], api_name="/ask"
    )
    assert answer["citations"] and answer["citations"][0]["label"] == "《甬政办发〔2024〕12号》一（二）"

    # the page already open offers it in the filter once the chat tab is shown again, and a question filtered to it answers
    page.get_by_role("tab", name="文件", exact=True).click()
    page.get_by_role("tab", name="问答", exact=True).click()
    page.locator("#pq-filter").get_by_text("甬政办发〔2024〕12号").click()
    page.wait_for_function("() => !document.querySelector('#pq-filter input[name=\"全部\"]').checked")
    message = ask(page, "海洋牧场示范区什么时候建成？")
    assert message.locator("details.pq-cite .pq-label").all_inner_texts() == ["《甬政办发〔2024〕12号》一（一）"]


def _library_documents(settings):
    """The documents of the library as a fresh process sees them."""
    from assistant.api import Assistant

    return Assistant.load(settings).documents


# ---- login throttle (its own app: the served one has no --auth) -----------------------------------
def test_failed_logins_are_throttled_and_the_page_still_logs_in(browser, tmp_path):
    import gradio as gr
    import httpx

    from assistant.config import get_settings
    from assistant.web.app import launch

    with gr.Blocks() as demo:
        gr.Markdown("受保护的页面")
    settings = get_settings()
    _, url, _ = launch(
        demo, settings, host="127.0.0.1", port=_free_port(), auth=("pq", "right-pass"), prevent_thread_lock=True, quiet=True
    )
    try:
        url = url.rstrip("/")
        statuses = [
            httpx.post(f"{url}/login", data={"username": "pq", "password": f"wrong{i}"}).status_code for i in range(6)
        ]
        assert statuses[:5] == [400] * 5 and statuses[5] == 429
        locked = httpx.post(f"{url}/login", data={"username": "pq", "password": "right-pass"})
        assert locked.status_code == 429 and "请在" in locked.json()["detail"]
        assert int(locked.headers["retry-after"]) >= 1

        # another client is not locked out by the first one's guesses: the browser logs in
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        page.goto(url)
        page.route("**/login", lambda route: route.continue_(headers={**route.request.headers, "x-forwarded-for": "10.9.8.7"}))
        page.locator("input[type=password]").wait_for()
        page.locator("input[type=text]").first.fill("pq")
        page.locator("input[type=password]").fill("right-pass")
        page.locator("input[type=password]").press("Enter")
        expect(page.get_by_text("受保护的页面")).to_be_visible()
        context.close()
    finally:
        demo.close()


# ---- upload (last: it changes the served assistant's corpus) ----------------------------------------
def _upload(page, path):
    """Send a file through the upload tab; returns the status element."""
    page.get_by_role("tab", name="上传文件", exact=True).click()
    page.locator("#pq-upload input[type=file]").set_input_files(str(path))
    expect(page.locator("#pq-upload")).to_contain_text(path.stem)  # the widget may set the extension apart
    page.locator("#pq-upload-btn").click()
    return page.locator("#pq-upload-status")


def test_bad_upload_is_refused_and_leaves_the_index_alone(page, served, tmp_path):
    _, assistant = served
    before = [d.doc_id for d in assistant.documents]
    bad = tmp_path / "not-a-policy.txt"
    bad.write_text("hello world, no Chinese here\n", encoding="utf-8")
    status = _upload(page, bad)
    expect(status).to_contain_text("未能加入")
    text = status.inner_text()
    assert "索引" in text and "没有中文内容" in text
    assert "无法回答" not in text and status.locator(".pq-abstain, .pq-abstain-head").count() == 0
    assert [d.doc_id for d in assistant.documents] == before
    assert not (assistant.settings.upload_dir / bad.name).exists()


def test_upload_errors_name_no_exception_and_no_server_path(page, served, tmp_path):
    _, assistant = served
    before = [d.doc_id for d in assistant.documents]
    fake_pdf = tmp_path / "通知 2024.pdf"
    fake_pdf.write_bytes(b"this is not a pdf")
    corrupt_docx = tmp_path / "corrupt.docx"
    corrupt_docx.write_bytes(b"PK\x03\x04 not really a zip")
    for path in (fake_pdf, corrupt_docx):
        status = _upload(page, path)
        expect(status).to_contain_text(f"✗ {path.name}")  # this file's report, not the one before
        text = status.inner_text()
        assert path.name in text
        assert "/tmp" not in text and "gradio" not in text.lower()
        assert "Error" not in text and "Exception" not in text
        assert "无法回答" not in text
    assert [d.doc_id for d in assistant.documents] == before


def test_uploaded_document_is_shown_answerable_and_cited(page, served, tmp_path):
    _, assistant = served
    path = tmp_path / "hangzhou-smart-elderly-care.txt"
    path.write_text(UPLOADED_POLICY, encoding="utf-8")
    status = _upload(page, path)
    expect(status).to_contain_text("已加入")
    text = status.inner_text()
    assert "杭州市人民政府关于推进智慧养老服务的实施意见" in text
    assert "建设智慧养老平台" in text and "为高龄独居老人免费安装紧急呼叫设备" in text
    assert (assistant.settings.upload_dir / path.name).exists()  # kept for restarts

    # the filter offers it
    page.get_by_role("tab", name="问答", exact=True).click()
    assert "杭政〔2024〕7号" in page.locator("#pq-filter").inner_text()

    message = ask(page, "为高龄独居老人安装紧急呼叫设备由哪个部门负责？")
    label = message.locator("details.pq-cite .pq-label").first
    assert label.inner_text().strip() == "《杭政〔2024〕7号》（一）2"
    assert "市民政局" in message.inner_text()

    # filtered to the new document alone, the question still answers from it
    page.locator("#pq-filter").get_by_text("杭政〔2024〕7号").click()
    page.wait_for_function("() => !document.querySelector('#pq-filter input[name=\"全部\"]').checked")
    message = ask(page, "智慧养老服务平台什么时候覆盖全部街道？")
    assert message.locator("details.pq-cite .pq-label").all_inner_texts() == ["《杭政〔2024〕7号》（一）1"]


    # a restart (a fresh load from the same settings) still has it
    from assistant.api import Assistant

    reloaded = Assistant.load(assistant.settings)
    assert path.stem in {d.doc_id for d in reloaded.documents}
    assert reloaded.ask("为高龄独居老人安装紧急呼叫设备由哪个部门负责？").citations[0].label == "《杭政〔2024〕7号》（一）2"


def test_bulk_upload_the_documents_table_its_facets_and_delete(page, served, tmp_path):
    _, assistant = served
    odd = tmp_path / "..%2F..%2F温州 海洋经济.txt"
    odd.write_text(
        CLI_POLICY.replace("宁波市人民政府办公厅", "温州市人民政府办公厅").replace("甬政办发〔2024〕12号", "温政办发〔2023〕5号"),
        encoding="utf-8",
    )
    plain = tmp_path / "jiaxing.txt"
    plain.write_text(
        UPLOADED_POLICY.replace("杭州市人民政府", "嘉兴市人民政府").replace("杭政〔2024〕7号", "嘉政〔2024〕9号"),
        encoding="utf-8",
    )
    page.get_by_role("tab", name="上传文件", exact=True).click()
    page.locator("#pq-upload input[type=file]").set_input_files([str(odd), str(plain)])
    page.locator("#pq-upload-btn").click()
    status = page.locator("#pq-upload-status")
    expect(status).to_contain_text("已加入 2 个")
    text = status.inner_text()
    assert odd.name in text and plain.name in text  # shown by the names they were sent with
    stored = {d.doc_id: d for d in assistant.documents}
    wenzhou = next(d for d in stored.values() if d.number == "温政办发〔2023〕5号")
    assert "%" not in wenzhou.doc_id and "/" not in wenzhou.doc_id and " " not in wenzhou.doc_id
    assert not any(p.name.startswith("..") for p in assistant.settings.upload_dir.iterdir())

    # the table lists them by original name; a facet narrows it
    page.get_by_role("tab", name="文件", exact=True).click()
    table = page.locator("#pq-doc-table")
    expect(table).to_contain_text(odd.name)
    all_rows = table.locator("tbody tr").count()
    assert all_rows == len(stored)
    page.locator(f"#pq-facet-{[f.name for f in FACETS].index('发文机关')} input").click()
    page.get_by_role("option", name="温州市人民政府办公厅（1）").click()
    expect(page.locator("#pq-doc-count")).to_contain_text("筛选后 1 个")
    assert table.locator("tbody tr").count() == 1 and odd.name in table.inner_text()

    # delete it: gone from the library, the table and the chat's filter; a shipped document cannot be deleted
    page.locator("#pq-delete-pick input").click()
    page.get_by_role("option", name="温政办发〔2023〕5号").click()
    page.locator("#pq-delete-btn").click()
    expect(page.locator("#pq-delete-status")).to_contain_text("已删除 1 个")
    assert wenzhou.doc_id not in {d.doc_id for d in assistant.documents}
    assert not list(assistant.settings.upload_dir.glob(f"{wenzhou.doc_id}.*"))
    expect(page.locator("#pq-doc-count")).to_contain_text(f"共 {len(stored) - 1} 个文件")
    page.locator("#pq-delete-pick input").click()
    page.get_by_role("option", name="国发〔2013〕32号").first.click()
    page.locator("#pq-delete-btn").click()
    expect(page.locator("#pq-delete-status")).to_contain_text("内置文件不能删除")
    page.get_by_role("tab", name="问答", exact=True).click()
    expect(page.locator("#pq-filter")).to_contain_text("嘉政〔2024〕9号")
    assert "温政办发〔2023〕5号" not in page.locator("#pq-filter").inner_text()


# ---- versions: the 按日期 box --------------------------------------------------------------------
LAWS_TARBALL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws.tar.xz"
SHANGHAI_VERSIONS = ("上海市优化营商环境条例(2020-04-10).txt", "上海市优化营商环境条例(2024-09-27).txt")


def test_the_date_box_answers_from_the_version_in_force_then(page, served, tmp_path):
    """Two real versions of one regulation: empty box → the current text; a 2022 date → the 2020 text."""
    import tarfile

    with tarfile.open(LAWS_TARBALL) as tar:
        tar.extractall(tmp_path, members=[m for m in tar if Path(m.name).name in SHANGHAI_VERSIONS], filter="data")
    for path in sorted(tmp_path.rglob("*.txt")):
        _cli_add(served[1].settings, path)

    question = "上海市优化营商环境条例第三条是什么"
    current = ask(page, question)
    assert "以企业等经营主体获得感为评价标准" in current.inner_text()

    page.locator("#pq-as-of input, #pq-as-of textarea").first.fill("2022-01-01")
    then = ask(page, question)
    assert "以市场主体获得感为评价标准" in then.inner_text()
    assert "以企业等经营主体获得感" not in then.inner_text()

    page.locator("#pq-as-of input, #pq-as-of textarea").first.fill("2022-13-01")
    before = bot_messages(page).count()
    box = page.locator("#pq-question textarea")
    box.fill(question)
    box.press("Enter")
    expect(bot_messages(page).nth(before)).to_contain_text("日期格式不正确")
