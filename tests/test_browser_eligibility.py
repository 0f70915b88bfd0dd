"""The 企业政策匹配 tab end to end in headless Chromium, on a document uploaded through the app.

The issue this answers: a Hangzhou elderly-care micro-enterprise was not matched to a Hangzhou
subsidy written for exactly that kind of firm after the policy had been uploaded. The fixtures
(the served app around a real assistant in a temporary folder, the browser, a page) are
tests/test_browser.py's own.
"""

from __future__ import annotations

import pytest
from test_browser import UPLOADED_POLICY, _upload, browser, expect, page, served  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_eligibility_tab_matches_an_uploaded_policy_and_exports_it(page, served, tmp_path):  # noqa: F811
    _, assistant = served
    path = tmp_path / "hangzhou-smart-elderly-care.txt"
    path.write_text(UPLOADED_POLICY, encoding="utf-8")
    expect(_upload(page, path)).to_contain_text("已加入")
    assert path.stem in {d.doc_id for d in assistant.documents}

    page.get_by_role("tab", name="企业政策匹配", exact=True).click()
    box = page.locator("#pq-el-text textarea")
    box.fill("我们是杭州的一家智慧养老服务小微企业，新成立")
    page.locator("#pq-el-parse").click()
    results = page.locator("#pq-el-results")
    # （二）培育养老服务企业。对新设立的智慧养老服务企业给予一次性开办补贴。（责任单位：市财政局、市民政局）
    match = results.locator('[data-clause-id$="#（二）"]')
    expect(match).to_contain_text("《杭政〔2024〕7号》（二）")
    expect(match).to_contain_text("行业相符：养老服务")
    expect(match).to_contain_text("市财政局")
    expect(page.locator("#pq-el-understood")).to_contain_text("养老服务")
    assert "信息消费" not in results.inner_text()

    # an older firm: the same measure is shown as a near miss, with the condition that fails
    box.fill("我们是杭州的一家养老服务企业，成立5年")
    page.locator("#pq-el-parse").click()
    near = page.locator('.pq-el-near [data-clause-id$="#（二）"]')
    expect(near).to_contain_text("新设立")
    expect(near).to_contain_text("成立5年")

    # the export is a dated file named after the profile
    page.locator("#pq-el-export").click()
    expect(page.locator("#pq-el-download")).to_contain_text("政策匹配_杭州_养老服务_")
    assert ".md" in page.locator("#pq-el-download").inner_text()
