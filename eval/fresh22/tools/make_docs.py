import pathlib
from raw_docs import RAW
root = pathlib.Path(__file__).resolve().parent.parent
for stem, (text, cut) in RAW.items():
    if cut:
        i = text.index(cut) + len(cut)
        text = text[:i]
    (root / 'docs' / f'{stem}.txt').write_text(text + '\n', encoding='utf-8')
    print(stem, len(text))
