"""The domain vocabulary, once: governments and regions, unit names, responsibility labels,
sentence splitting and the tokenizer.

Every stage reads its Chinese policy vocabulary from here, so a word list is never copied
with differences (three province lists once disagreed on 香港/澳门).
"""
