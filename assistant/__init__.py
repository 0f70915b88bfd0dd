"""政策问答 (policy-qa): answers questions on Chinese policy documents, citing the clauses.

    from assistant import Assistant
    a = Assistant.load()
    r = a.new_session().ask("国务院文件提出2015年信息消费规模要达到多少？")
    print(r.answer, [c.label for c in r.citations])
"""

from assistant.answer import Answer
from assistant.api import Assistant
from assistant.citations import Citation
from assistant.question import InvalidQuestionError

__all__ = ["Answer", "Assistant", "Citation", "InvalidQuestionError"]
