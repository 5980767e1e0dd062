import json, os
OUT = "/work/heldout/programs.jsonl"
def add(pid, language, path, code, issue=None, traps=()):
    code = code.lstrip("\n")
    lines = code.split("\n")
    mi = None
    if issue:
        cat, match, ident, what = issue
        hits = [i + 1 for i, l in enumerate(lines) if match in l]
        assert len(hits) == 1, (pid, match, hits)
        mi = {"category": cat, "line": hits[0], "identifier": ident, "what": what}
        assert ident in code, (pid, ident)
    if os.path.exists(OUT):
        keep = [l for l in open(OUT) if l.strip() and json.loads(l)["id"] != pid]
        open(OUT, "w").writelines(keep)
    obj = {"id": pid, "language": language, "path": path, "code": code,
           "main_issue": mi, "traps": list(traps)}
    with open(OUT, "a") as f:
        f.write(json.dumps(obj) + "\n")
    n = len(lines)
    print(pid, n, "lines", "->", (mi["line"], lines[mi["line"]-1].strip()) if mi else "CLEAN")
