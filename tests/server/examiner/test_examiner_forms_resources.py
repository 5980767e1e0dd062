"""Round forms-resources: documented resource hazards in the shapes real code gives them, and
the premises the checks of ``analysis/forms_resources.py`` keep true:

- a JavaScript memo filled after a miss across an `await` is a race only when the awaited work
  does something (a charge, a create); a memo of reads computes an entry twice and loses
  nothing, so the unbounded growth of the memo is what is asked (CWE-770);
- an async callee whose whole body is one `try` whose catch throws nothing cannot reject, so a
  call without `await` is not asked about, and a timer started beside it is;
- whole programs: the first question on each is the resource hazard, and the program fixed
  asks about no defect.
"""

from __future__ import annotations

from ast_grep_py import SgRoot

from server.examiner.analysis.forms_resources import callee_never_rejects
from tests.support.rule_tables import first_question, fixed

MEMO_OF_READS = """\
class WeatherBoard {
  constructor(api) {
    this.api = api;
    this.forecasts = new Map();
  }

  async forecast(station, day) {
    const slot = `${station.code}|${day}`;
    const hit = this.forecasts.get(slot);
    if (hit !== undefined) {
      return hit;
    }
    const raw = await this.api.hourly(station.code, day);
    const summary = { high: Math.max(...raw.temps), low: Math.min(...raw.temps) };
    this.forecasts.set(slot, summary);
    return summary;
  }
}

module.exports = { WeatherBoard };
"""

MEMO_WITH_EFFECT = MEMO_OF_READS.replace("await this.api.hourly(station.code, day)",
                                         "await this.api.createReport(station.code, day)")


def _kinds(path: str, code: str) -> list[tuple[str, str]]:
    from server.examiner import analyse
    return [(str(f.kind), str(f.facts.rule.rule) if f.facts.rule else "")
            for f in analyse(path, None, code)]


def test_a_memo_of_reads_is_asked_about_its_growth_not_as_a_race() -> None:
    question = first_question("weather.js", MEMO_OF_READS)
    assert (question.kind, question.facts.get("rule")) == ("resource_leak", "js-cache-never-evicted")
    assert ("race_condition", "js-check-then-act-across-await") not in _kinds("weather.js", MEMO_OF_READS)


def test_a_memo_whose_awaited_work_has_an_effect_is_still_a_race() -> None:
    assert ("race_condition", "js-check-then-act-across-await") in _kinds("weather.js", MEMO_WITH_EFFECT)


def test_a_bounded_memo_asks_no_defect() -> None:
    bounding = ("    if (this.forecasts.size >= 2000) this.forecasts.clear();\n"
                "    this.forecasts.set(slot, summary);\n")
    bounded = fixed(MEMO_OF_READS, [("    this.forecasts.set(slot, summary);\n", bounding)])
    assert "js-cache-never-evicted" not in {r for _, r in _kinds("weather.js", bounded)}


POLLER = """\
class QueueGauge {
  constructor(broker) {
    this.broker = broker;
    this.screens = new Set();
  }

  async refresh(screen) {
    try {
      screen.show(await this.broker.depth());
    } catch (err) {
      screen.warn(String(err));
    }
  }

  watch(screen) {
    this.screens.add(screen);
    this.refresh(screen);
    setInterval(() => this.refresh(screen), 2000);
    screen.on("detach", () => this.screens.delete(screen));
  }
}

module.exports = { QueueGauge };
"""


def test_a_callee_that_catches_everything_is_not_a_lost_rejection() -> None:
    root = SgRoot(POLLER, "javascript").root()
    call = next(n for n in root.find_all(kind="call_expression") if n.text() == "this.refresh(screen)")
    assert callee_never_rejects(root, call, "this.refresh")
    rethrows = POLLER.replace("screen.warn(String(err));", "screen.warn(String(err));\n      throw err;")
    root = SgRoot(rethrows, "javascript").root()
    assert not callee_never_rejects(root, call, "this.refresh")
    question = first_question("gauge.js", POLLER)
    assert question.kind == "resource_leak", question.text


def test_the_poller_fixed_asks_no_defect() -> None:
    started = ("    setInterval(() => this.refresh(screen), 2000);\n"
               "    screen.on(\"detach\", () => this.screens.delete(screen));\n")
    stopped = ("    const timer = setInterval(() => this.refresh(screen), 2000);\n"
               "    screen.on(\"detach\", () => { clearInterval(timer); this.screens.delete(screen); });\n")
    kept = fixed(POLLER, [(started, stopped)])
    assert {k for k, _ in _kinds("gauge.js", kept)} & {"resource_leak", "unawaited"} == set()


SPAWNER = """\
#include <spawn.h>
#include <stdio.h>
#include <string.h>

extern char **environ;

int thumbnail(const char *src, const char *dst)
{
    pid_t worker;
    char *const args[] = {"convert", (char *)src, "-resize", "128x128", (char *)dst, NULL};
    int err = posix_spawnp(&worker, "convert", NULL, NULL, args, environ);
    if (err != 0) {
        fprintf(stderr, "convert %s: %s\\n", src, strerror(err));
        return -1;
    }
    return 0;
}
"""


def test_a_spawned_child_never_waited_for_is_asked_and_the_fixed_one_is_not() -> None:
    question = first_question("thumbs.c", SPAWNER)
    assert (question.kind, question.facts.get("rule")) == ("resource_leak", "c-spawned-child-not-waited")
    wait = "    int status;\n    return waitpid(worker, &status, 0) < 0 ? -1 : 0;\n}"
    waited = fixed(SPAWNER, [("    return 0;\n}", wait),
                             ("#include <string.h>\n", "#include <string.h>\n#include <sys/wait.h>\n")])
    assert "c-spawned-child-not-waited" not in {r for _, r in _kinds("thumbs.c", waited)}
