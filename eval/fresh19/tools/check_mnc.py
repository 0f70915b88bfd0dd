# Every must_not_contain string (single cases and every conversation turn) must be absent from the asked document.
import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
docs = {p.stem: p.read_text(encoding='utf-8') for p in (root / 'docs').iterdir()}
bad = n = 0
for line in (root / 'cases-test.jsonl').read_text(encoding='utf-8').splitlines():
    c = json.loads(line); stem = c['id'][4:-3]
    for t in c.get('turns', [c]):
        for s in t['must_not_contain']:
            n += 1
            if s in docs[stem]: bad += 1; print('PRESENT', c['id'], s)
print(n, 'must_not_contain strings checked;', bad, 'present')
