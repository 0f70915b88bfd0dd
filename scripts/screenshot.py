"""Take docs/screenshot.png: the chat with a cited answer and a follow-up, citations expanded.

    python scripts/screenshot.py [--out docs/screenshot.png]

Serves the app on a free 127.0.0.1 port with a temporary index and upload folder
(the normal model cache is reused), and drives the system Chromium (/usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.api import Assistant  # noqa: E402
from assistant.config import get_settings  # noqa: E402
from assistant.web.app import build_app, launch  # noqa: E402

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
QUESTIONS = ["浙江跨境电子商务支付业务试点由哪个部门负责？", "那国务院文件里呢？"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        settings = get_settings().model_copy(
            update={"cache_dir": Path(tmp) / "cache", "upload_dir": Path(tmp) / "uploads", "username": None, "password": None}
        )
        demo = build_app(Assistant.load(settings))
        _, url, _ = launch(demo, settings, host="127.0.0.1", port=_free_port(), prevent_thread_lock=True, quiet=True)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 960}, device_scale_factor=1, locale="zh-CN")
                page.set_default_timeout(60_000)
                page.goto(url)
                box = page.locator("#pq-question textarea")
                for n, question in enumerate(QUESTIONS, start=1):
                    box.fill(question)
                    box.press("Enter")
                    # the turn is over when the sources panel shows the new answer's first citation
                    page.wait_for_function(
                        """([n]) => {
                            const msgs = document.querySelectorAll('#pq-chat [data-testid="bot"]');
                            const label = msgs.length >= n && msgs[n - 1].querySelector('.pq-label');
                            return label && document.querySelector('#pq-sources').innerText.includes(label.innerText);
                        }""",
                        arg=[n],
                    )
                page.wait_for_timeout(800)
                page.evaluate("() => document.querySelectorAll('#pq-chat details').forEach(d => d.open = true)")
                page.wait_for_timeout(300)
                # scroll the chat to its end, as it is after the follow-up was answered
                page.evaluate(
                    """() => document.querySelectorAll('#pq-chat *').forEach(e => {
                        if (e.scrollHeight > e.clientHeight + 4 && getComputedStyle(e).overflowY !== 'visible')
                            e.scrollTop = e.scrollHeight;
                    })"""
                )
                page.wait_for_timeout(300)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out), full_page=True)
                browser.close()
        finally:
            demo.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
