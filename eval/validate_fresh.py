"""Checks a held-out suite folder written by hands that change no rule (eval/freshN): its cases-test.jsonl
against its docs/ and SOURCES.tsv. Run from the repo root: `python3 eval/validate_fresh.py eval/fresh5`.
Case ids are `fN-<stem>-NN`;
every line parses, ids are unique, every gold/acceptable doc_id is a file stem under docs/,
every must_contain string and at least one string of each any_of group occurs literally in the gold documents
(unanswerable cases: gold [] and answerable false). Multi-turn cases (kind "multiturn", the format of
eval/real/cases-dev.jsonl) are checked turn by turn with the same rules. Prints counts per kind and per level."""
import json, pathlib, sys, collections, csv
if len(sys.argv) != 2:
    sys.exit('usage: python3 eval/validate_fresh.py eval/freshN')
root = pathlib.Path(sys.argv[1]).resolve()
prefix = 'f' + ''.join(ch for ch in root.name if ch.isdigit()) + '-'
docs = {p.stem: p.read_text(encoding='utf-8') for p in (root / 'docs').iterdir()}
levels = {}
with open(root / 'SOURCES.tsv', encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        levels[pathlib.Path(row['file']).stem] = row['level']
KINDS = {'content', 'unanswerable', 'responsibility', 'subsidy', 'deadline', 'list', 'target', 'validity', 'multiturn'}
errors, ids = [], set()
kinds, per_level, per_doc = collections.Counter(), collections.Counter(), collections.Counter()
para = unans = 0


def check_answer(name, c):
    """One question with its gold: the checks shared by single cases and by each turn of a conversation."""
    global unans
    for g in c['gold'] + c['acceptable']:
        if g['doc_id'] not in docs: errors.append(f'{name}: unknown doc_id {g["doc_id"]}')
    text = ''.join(docs.get(g['doc_id'], '') for g in c['gold'])
    if not c['gold']:
        if c['answerable'] or c['must_contain'] or c['any_of']: errors.append(f'{name}: unanswerable with answer strings')
        unans += 1
        for s in c['must_not_contain']:
            if not s: errors.append(f'{name}: empty must_not_contain')
    else:
        if not c['answerable']: errors.append(f'{name}: gold but answerable false')
        if not (c['must_contain'] or c['any_of']): errors.append(f'{name}: nothing to check')
        for s in c['must_contain']:
            if s not in text: errors.append(f'{name}: must_contain {s!r} not in doc')
        for grp in c['any_of']:
            if not any(s in text for s in grp): errors.append(f'{name}: no any_of of {grp} in doc')
        for s in c['must_not_contain']:
            if s in text: errors.append(f'{name}: must_not_contain {s!r} is in the cited doc')
    for s in c['must_not_contain']:
        if s in c['question']: errors.append(f'{name}: question echoes must_not_contain {s!r}')


lines = (root / 'cases-test.jsonl').read_text(encoding='utf-8').splitlines()
for n, line in enumerate(lines, 1):
    c = json.loads(line)
    if c['id'] in ids: errors.append(f'{n}: duplicate id {c["id"]}')
    ids.add(c['id'])
    stem = c['id'][len(prefix):-3]
    if stem not in docs: errors.append(f'{c["id"]}: id stem not a document')
    if c['kind'] == 'multiturn':
        if len(c['turns']) < 2: errors.append(f'{c["id"]}: multiturn with fewer than two turns')
        for t, turn in enumerate(c['turns'], 1):
            check_answer(f'{c["id"]} turn {t}', turn)
    else:
        check_answer(c['id'], c)
        if (c['kind'] == 'list') != bool(c['list']): errors.append(f'{c["id"]}: kind list and list flag disagree')
    if c['kind'] not in KINDS: errors.append(f'{c["id"]}: unknown kind {c["kind"]}')
    if not c['id'].startswith(prefix): errors.append(f'{c["id"]}: id prefix is not {prefix}')
    kinds[c['kind']] += 1; per_level[levels.get(stem, '?')] += 1; per_doc[stem] += 1
    para += bool(c['paraphrased'])
for stem in docs:
    if stem not in levels: errors.append(f'doc {stem} has no SOURCES.tsv row')
print(f'{len(lines)} cases, {len(docs)} documents; paraphrased {para} ({para/len(lines):.0%}); '
      f'unanswerable {unans} ({unans/len(lines):.0%}, multi-turn turns included)')
print('kinds:', dict(kinds)); print('levels:', dict(per_level)); print('per doc:', dict(per_doc))
print('\n'.join(errors) or 'OK')
sys.exit(1 if errors else 0)
