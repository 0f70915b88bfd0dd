"""Writes ../cases-test.jsonl from the case lists below (fresh22, blind author)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent

def A(kind, q, path, mc=(), anyof=(), acc=(), lst=False):
    return dict(kind=kind, q=q, path=path, mc=list(mc), anyof=[list(g) for g in anyof], acc=list(acc), lst=lst)
def U(q, mnc):
    return dict(kind='unanswerable', q=q, mnc=list(mnc))
def M(*turns):
    return dict(kind='multiturn', turns=list(turns))

def answer_obj(stem, t):
    if t['kind'] == 'unanswerable':
        return {"question": t['q'], "gold": [], "acceptable": [], "must_contain": [], "any_of": [],
                "must_not_contain": t['mnc'], "answerable": False}
    return {"question": t['q'], "gold": [{"doc_id": stem, "path": t['path']}],
            "acceptable": [{"doc_id": stem, "path": p} for p in t['acc']],
            "must_contain": t['mc'], "any_of": t['anyof'], "must_not_contain": [], "answerable": True}

from cases_data import DOCS
out = []
for stem, cases in DOCS:
    for n, c in enumerate(cases, 1):
        cid = f"f22-{stem}-{n:02d}"
        if c['kind'] == 'multiturn':
            out.append({"id": cid, "kind": "multiturn", "turns": [answer_obj(stem, t) for t in c['turns']], "paraphrased": True})
        else:
            o = {"id": cid, "kind": c['kind']}
            o.update(answer_obj(stem, c))
            o["paraphrased"] = True
            o["list"] = bool(c.get('lst'))
            # key order like the dev file
            o = {k: o[k] for k in ["id", "kind", "question", "gold", "acceptable", "must_contain", "any_of",
                                   "must_not_contain", "answerable", "paraphrased", "list"]}
            out.append(o)
(ROOT / 'cases-test.jsonl').write_text(''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in out), encoding='utf-8')
print(len(out), 'cases')
