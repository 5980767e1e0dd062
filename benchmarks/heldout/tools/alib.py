import json, os
OUT = "/work/heldout/answers.jsonl"
def question(qid, language, code, question, model_answer, key_points, answers):
    code = code.strip("\n") + "\n"
    n = code.count("\n")
    assert 10 <= n <= 60, (qid, n)
    if os.path.exists(OUT):
        keep = [l for l in open(OUT) if l.strip() and json.loads(l)["question_id"] != qid]
        open(OUT, "w").writelines(keep)
    with open(OUT, "a") as f:
        for i, (label, grade, ans) in enumerate(answers, 1):
            assert label in ("correct", "partial", "wrong", "fluent_false")
            rng = {"correct": (8, 10), "partial": (4, 7), "wrong": (0, 3), "fluent_false": (0, 3)}[label]
            assert rng[0] <= grade <= rng[1], (qid, i)
            f.write(json.dumps({"id": f"{qid}-{i}", "question_id": qid, "language": language,
                "code": code, "question": question, "model_answer": model_answer,
                "key_points": key_points, "answer": ans, "grade": grade, "label": label}) + "\n")
    print(qid, n, "code lines,", len(answers), "answers")
