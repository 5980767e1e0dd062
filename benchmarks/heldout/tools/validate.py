import json, collections
CATS = ["security","correctness","concurrency","resources","performance","error-handling","edge-cases","design"]
LANGS = {"python","javascript","typescript","go","java"}
P = "/work/heldout/programs.jsonl"; A = "/work/heldout/answers.jsonl"
order = {"py":0,"js":1,"ts":2,"go":3,"java":4}
rows = [json.loads(l) for l in open(P) if l.strip()]
rows.sort(key=lambda r: (order[r["id"].rsplit("-",1)[0]], r["id"]))
with open(P, "w") as f:
    for r in rows: f.write(json.dumps(r) + "\n")
ids = set()
for r in rows:
    for k in ["id","language","path","code","main_issue","traps"]: assert k in r, (r["id"], k)
    assert r["id"] not in ids; ids.add(r["id"])
    assert r["language"] in LANGS
    n = len(r["code"].split("\n"))
    assert 30 <= n <= 150, (r["id"], n)
    assert isinstance(r["traps"], list) and r["traps"]
    mi = r["main_issue"]
    if mi is None:
        print(f'{r["id"]:8} CLEAN ({len(r["traps"])} traps)')
        continue
    for k in ["category","line","identifier","what"]: assert k in mi
    assert mi["category"] in CATS
    assert 1 <= mi["line"] <= n
    line = r["code"].split("\n")[mi["line"]-1]
    assert mi["identifier"] in r["code"]
    print(f'{r["id"]:8} {mi["category"]:15} L{mi["line"]:<3} {mi["identifier"]:14} | {line.strip()}')
print("programs:", len(rows), collections.Counter(r["language"] for r in rows),
      collections.Counter(r["main_issue"]["category"] if r["main_issue"] else "CLEAN" for r in rows))
ans = [json.loads(l) for l in open(A) if l.strip()]
aids = set()
for a in ans:
    for k in ["id","question_id","language","code","question","model_answer","key_points","answer","grade","label"]: assert k in a, (a["id"],k)
    assert a["id"] not in aids; aids.add(a["id"])
    assert isinstance(a["grade"], int) and 0 <= a["grade"] <= 10
    assert a["label"] in ("correct","partial","wrong","fluent_false")
    assert 2 <= len(a["key_points"]) <= 4
print("answers:", len(ans), "questions:", len({a["question_id"] for a in ans}),
      collections.Counter(a["label"] for a in ans), collections.Counter(a["language"] for a in ans))
