"""Forms met on real-dev's blind batches (h54d, h56d, h58d), each checked as the general rule it is an instance of:

* a notice addressed to thirty-eight ministries (中央组织部、中央宣传部、…、中国科协:) is read in a moment, and a list
  of bodies that long before a verb names them all: a list no 等部门 closes is not tried as one that 等 closes;
"""

from __future__ import annotations

import signal

import pytest

from assistant.corpus.responsibility import extract

_MINISTRIES = ("中央组织部、中央宣传部、中央政法委、中央网信办、最高人民法院、最高人民检察院、外交部、发展改革委、教育部、科技部、"
               "工业和信息化部、公安部、司法部、财政部、人力资源社会保障部、生态环境部、农业农村部、商务部、文化和旅游部、卫生健康委、"
               "人民银行、国资委、海关总署、市场监管总局、广电总局、统计局、国管局、中科院、银保监会、证监会、国防科工局、林草局、"
               "邮政局、中医药局、知识产权局、中央军委装备发展部、贸促会、中国科协")


@pytest.fixture
def within_seconds():
    """Fails the test, instead of hanging the suite, when reading takes longer than a few seconds."""
    def expire(*_):
        raise TimeoutError("reading took more than 5 s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_long_list_of_bodies_is_read_at_once(within_seconds):
    assert not extract(f"{_MINISTRIES}:\n经联席会议同意,现将《计划》印发给你们,请认真贯彻执行。", None)
    known = [m for m in _MINISTRIES.split("、") if m not in ("中央政法委", "广电总局", "林草局", "中央军委装备发展部", "贸促会")]
    found = extract(f"{'、'.join(known)}按职责分工负责。", None)
    assert found.units == known and found.lead == known[:1]
