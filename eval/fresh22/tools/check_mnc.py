import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
docs = {p.stem: p.read_text(encoding='utf-8') for p in (root/'docs').iterdir()}
bad = 0
for line in (root/'cases-test.jsonl').read_text(encoding='utf-8').splitlines():
    c = json.loads(line)
    stem = c['id'][4:-3]
    for t in c.get('turns', [c]):
        for s in t['must_not_contain']:
            if s in docs[stem]:
                print('MNC IN DOC', c['id'], s); bad += 1
            if s in t['question']:
                print('MNC ECHO', c['id'], s); bad += 1
print('mnc check', 'OK' if not bad else bad)
