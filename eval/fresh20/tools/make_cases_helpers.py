"""Writes ../cases-test.jsonl from the case lists below (fresh20, blind author)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent

def A(kind, q, path, mc=(), anyof=(), acc=(), lst=False):
    return dict(kind=kind, q=q, path=path, mc=list(mc), anyof=[list(g) for g in anyof], acc=list(acc), lst=lst)
def U(q, mnc):
    return dict(kind='unanswerable', q=q, mnc=list(mnc))
def M(*turns):
    return dict(kind='multiturn', turns=list(turns))

