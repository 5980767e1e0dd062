"""Round cat-conc: concurrency hazards a per-language pass missed, asked about on take-home
programs of one's own (`takehome_catconc/`): two locks taken in the order of the arguments in
C, C++ and Go (SEI CERT CON35-C, C++ Core Guidelines CP.21, CWE-833); a global changed by
several threads with no lock in C (CERT CON43-C); a condition wait under an `if` in C (CERT
CON36-C); and, in Python, a field of a module-level object changed with `+=` in a thread
target (CWE-362). The first question on each program is the finding; the program fixed the
way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from server.examiner import analyse
from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_catconc"

C_LOCKS = ("    pthread_mutex_lock(&from->lock);\n    pthread_mutex_lock(&to->lock);\n")
C_ORDERED = ("    struct account *first = from->id < to->id ? from : to;\n"
             "    struct account *second = first == from ? to : from;\n"
             "    pthread_mutex_lock(&first->lock);\n    pthread_mutex_lock(&second->lock);\n")
C_UNLOCKS = ("    pthread_mutex_unlock(&to->lock);\n    pthread_mutex_unlock(&from->lock);\n")
C_UNLOCKS_ORDERED = ("    pthread_mutex_unlock(&second->lock);\n"
                     "    pthread_mutex_unlock(&first->lock);\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the two locks taken in the order of the account ids
    ("ledger.c", "c-lock-order-from-arguments", "race_condition",
     ((C_LOCKS, C_ORDERED), (C_UNLOCKS, C_UNLOCKS_ORDERED))),
    # each thread counts into its own table, merged under a mutex when the file is done
    ("wordfreq.c", "c-global-changed-by-threads", "race_condition",
     (("static unsigned long word_total;\n",
       ("static unsigned long word_total;\n"
        "static pthread_mutex_t totals_mu = PTHREAD_MUTEX_INITIALIZER;\n")),
      ("    int c;\n    int in_word = 0;\n",
       "    unsigned long letters[26] = {0};\n    unsigned long words = 0;\n    int c;\n    int in_word = 0;\n"),
      ("            letter_counts[tolower(c) - 'a']++;\n", "            letters[tolower(c) - 'a']++;\n"),
      ("                word_total++;\n", "                words++;\n"),
      ("    fclose(fp);\n    return NULL;\n",
       ("    fclose(fp);\n    pthread_mutex_lock(&totals_mu);\n"
       "    for (int i = 0; i < 26; i++)\n        letter_counts[i] += letters[i];\n"
       "    word_total += words;\n    pthread_mutex_unlock(&totals_mu);\n    return NULL;\n")))),
    # the wait in a loop that tests the count again
    ("jobqueue.c", "c-cond-wait-under-if", "race_condition",
     (("    if (q->count == 0)\n        pthread_cond_wait(&q->not_empty",
       "    while (q->count == 0)\n        pthread_cond_wait(&q->not_empty"),)),
    # the two locks taken in the order of the account ids
    ("bank.go", "go-lock-order-from-arguments", "race_condition",
     (("\tfrom.mu.Lock()\n\tdefer from.mu.Unlock()\n\tto.mu.Lock()\n\tdefer to.mu.Unlock()\n",
       ("\tfirst, second := from, to\n\tif to.ID < from.ID {\n\t\tfirst, second = to, from\n\t}\n"
       "\tfirst.mu.Lock()\n\tdefer first.mu.Unlock()\n\tsecond.mu.Lock()\n\tdefer second.mu.Unlock()\n")),)),
    # both mutexes taken at once
    ("warehouse.cpp", "cpp-lock-order-from-arguments", "race_condition",
     (("        std::lock_guard<std::mutex> a(from.m);\n        std::lock_guard<std::mutex> b(to.m);\n",
       "        std::scoped_lock both(from.m, to.m);\n"),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_lock_order_is_silent_when_the_first_lock_is_given_back_on_the_way() -> None:
    released = ("void transfer(struct account *from, struct account *to, int amount) {\n"
                "    pthread_mutex_lock(&from->lock);\n    from->balance -= amount;\n"
                "    pthread_mutex_unlock(&from->lock);\n    pthread_mutex_lock(&to->lock);\n"
                "    to->balance += amount;\n    pthread_mutex_unlock(&to->lock);\n}\n")
    early = ("int move(bin_t *src, bin_t *dst, int n) {\n    mtx_lock(&src->mu);\n"
             "    if (src->count < n) { mtx_unlock(&src->mu); return -1; }\n"
             "    mtx_lock(&dst->mu);\n    src->count -= n;\n    dst->count += n;\n"
             "    mtx_unlock(&dst->mu);\n    mtx_unlock(&src->mu);\n    return 0;\n}\n")
    assert not fires("c", "c-lock-order-from-arguments", released)
    assert fires("c", "c-lock-order-from-arguments", early)


PY_STATS = '''import threading
import urllib.request


class Stats:
    def __init__(self):
        self.fetched = 0
        self.bytes = 0


stats = Stats()
lock = threading.Lock()


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as resp:
        body = resp.read()
    {update}


def main(urls):
    threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(stats.fetched, stats.bytes)
'''


def _shared_field_races(code: str) -> list[int]:
    return [f.line for f in analyse("stats.py", None, code)
            if f.kind == "race_condition" and "module-level `stats`" in f.detail]


def test_a_module_level_objects_field_changed_in_a_thread_target_is_a_race() -> None:
    assert _shared_field_races(PY_STATS.format(update="stats.fetched += 1")) == [18]
    assert _shared_field_races(PY_STATS.format(
        update="with lock:\n        stats.fetched += 1")) == []
    # not run on threads: the same function called in a loop
    plain = PY_STATS.format(update="stats.fetched += 1").replace(
        "threading.Thread(target=fetch, args=(u,))", "fetch(u)")
    assert _shared_field_races(plain) == []
