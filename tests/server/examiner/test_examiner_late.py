"""Documented hazards of Java, JavaScript, Go and Rust no rule asked about, on take-home programs of
one's own (`takehome_late/`): `Period.getDays()` read as a span (Error Prone JavaPeriodGetDays),
`x in ARRAY` (MDN, the `in` operator), a ticker never stopped (the time package docs) and a Mutex
locked again in the arms of a match on its guard (clippy significant_drop_in_scrutinee). The
first question on each is the new finding; the program fixed the way a reviewer would accept
asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_late"

CASES = [
    # (program, rule, kind, the fix: (text, replacement)[, a second (text, replacement)])
    ("Library.java", "java-period-get-days-as-total", "wrong_result",
     ("int daysLate = Period.between(loan.due(), returned).getDays();",
      "int daysLate = (int) java.time.temporal.ChronoUnit.DAYS.between(loan.due(), returned);")),
    ("roles.js", "js-in-operator-on-array", "wrong_result",
     ("return member.role in EDITOR_ROLES;", "return EDITOR_ROLES.includes(member.role);")),
    ("heartbeat.go", "go-ticker-never-stopped", "resource_leak",
     ("\tticker := time.NewTicker(c.Interval)\n",
      "\tticker := time.NewTicker(c.Interval)\n\tdefer ticker.Stop()\n")),
    # one guard for the whole charge, so the check and the update are one critical section
    ("quotas.rs", "rust-lock-in-scrutinee-relocked", "race_condition",
     ("        match self.by_tenant.lock().unwrap().get(tenant).copied() {\n",
      ("        let mut map = self.by_tenant.lock().unwrap();\n"
       "        match map.get(tenant).copied() {\n")),
     ("self.by_tenant.lock().unwrap().insert(", "map.insert(")),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, [(*c[:3], c[3:]) for c in CASES])
