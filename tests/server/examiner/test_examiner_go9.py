"""Documented hazards of Go asked about on take-home programs of one's own (`takehome_go9/`):
a read lock taken again by a method called while it is held, which hangs once a writer waits
between the two (the sync docs, RWMutex: "this prohibits recursive read locking"; CWE-833);
a mutex locked again by a method its holder calls (the sync docs, Mutex.Lock; Go's mutexes
are not reentrant); a `time.After` in a select a busy loop runs, a new timer per pass that
lives until it fires (the time docs of Go 1.22 and before); and a secret written through a
helper of the file that hands its mode parameter to `os.WriteFile`, given 0644 by the caller
(gosec G306/G302, CWE-732); a `for sc.Scan()` loop whose function never asks `sc.Err()`, so a
failed read or an over-long line passes for the end of the input (the bufio docs); and an
unbuffered channel handed to `signal.Notify`, which drops a signal no one is waiting for (go
vet sigchanyzer; the os/signal docs). The first question on each is the finding; the program fixed the
way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_go9"

FREE = ("\tg.mu.RLock()\n\tdefer g.mu.RUnlock()\n\tl, ok := g.levels[name]\n\tif !ok {\n"
        "\t\treturn 0\n\t}\n\treturn l.Capacity - l.Parked\n}\n")
FREE_SPLIT = ("\tg.mu.RLock()\n\tdefer g.mu.RUnlock()\n\treturn g.free(name)\n}\n\n"
              "// free is Free for a caller that holds the lock.\n"
              "func (g *Garage) free(name string) int {\n\tl, ok := g.levels[name]\n\tif !ok {\n"
              "\t\treturn 0\n\t}\n\treturn l.Capacity - l.Parked\n}\n")
BOARD_CALL = ("name, g.Free(name)))", "name, g.free(name)))")

BALANCE = "\thave, err := l.Balance(member)\n\tif err != nil {\n\t\treturn err\n\t}\n"
BALANCE_HELD = "\thave, ok := l.points[member]\n\tif !ok {\n\t\treturn ErrUnknownMember\n\t}\n"

LOOP = ("\tfor {\n\t\tselect {\n\t\tcase r, ok := <-feed:\n\t\t\tif !ok {\n"
        "\t\t\t\tlog.Printf(\"telemetry: feed closed after %d readings\", c.Count())\n"
        "\t\t\t\treturn\n\t\t\t}\n\t\t\tc.record(r)\n\t\tcase <-time.After(Quiet):\n"
        "\t\t\tc.alerts.Alert(\"no sensor readings for \" + Quiet.String())\n\t\t}\n\t}\n")
LOOP_TIMER = ("\tquiet := time.NewTimer(Quiet)\n\tdefer quiet.Stop()\n\tfor {\n\t\tselect {\n"
              "\t\tcase r, ok := <-feed:\n\t\t\tif !ok {\n"
              "\t\t\t\tlog.Printf(\"telemetry: feed closed after %d readings\", c.Count())\n"
              "\t\t\t\treturn\n\t\t\t}\n\t\t\tc.record(r)\n\t\t\tif !quiet.Stop() {\n"
              "\t\t\t\t<-quiet.C\n\t\t\t}\n\t\t\tquiet.Reset(Quiet)\n\t\tcase <-quiet.C:\n"
              "\t\t\tc.alerts.Alert(\"no sensor readings for \" + Quiet.String())\n"
              "\t\t\tquiet.Reset(Quiet)\n\t\t}\n\t}\n")

SCAN_ERR = ("\t}\n\tif err := sc.Err(); err != nil {\n\t\treturn nil, fmt.Errorf(\"%s: %w\", path, err)\n"
            "\t}\n\treturn scores, nil\n}\n")

LOGIN_MODE = ('s.writeJSON("session.json", session, 0o644)',
              's.writeJSON("session.json", session, 0o600)')

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the sign's loop calls a helper that expects the read lock held
    ("garage.go", "go-recursive-read-lock", "race_condition", ((FREE, FREE_SPLIT), BOARD_CALL)),
    # the balance read from the map under the lock already held
    ("ledger.go", "go-lock-taken-again-in-callee", "race_condition", ((BALANCE, BALANCE_HELD),)),
    # one timer made before the loop and reset after each reading
    ("telemetry.go", "go-time-after-in-loop", "resource_leak", ((LOOP, LOOP_TIMER),)),
    # the session written for the owner only
    ("credstore.go", "go-permissive-file-mode", "bypassable_check", (LOGIN_MODE,)),
    # the scanner's error returned after the loop
    ("gradebook.go", "go-scanner-err-unchecked", "ignored_error",
     (("\t}\n\treturn scores, nil\n}\n", SCAN_ERR),)),
    # a buffer of one for the stop signal
    ("backupd.go", "go-signal-channel-unbuffered", "race_condition",
     (("make(chan os.Signal)", "make(chan os.Signal, 1)"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_lock_let_go_before_the_call_or_another_mutex_is_not_asked_about() -> None:
    """The callee called after the unlock, a callee on another mutex, and a callee that takes
    the lock in a goroutine of its own are left alone; two read locks are the recursive-read
    rule's, not the write-lock rule's."""
    rule = "go-recursive-read-lock"
    code = (PROGRAMS / "garage.go").read_text()
    snapshot = ("\tg.mu.RLock()\n\tnames := make([]string, 0, len(g.levels))\n"
                "\tfor name := range g.levels {\n\t\tnames = append(names, name)\n\t}\n"
                "\tg.mu.RUnlock()\n")
    after = code.replace("\tg.mu.RLock()\n\tdefer g.mu.RUnlock()\n\tnames := make([]string, 0, len(g.levels))\n"
                         "\tfor name := range g.levels {\n\t\tnames = append(names, name)\n\t}\n", snapshot)
    assert after != code
    assert not fires("go", rule, after)
    assert fires("go", rule, code)
    assert not fires("go", "go-lock-taken-again-in-callee", code)
    other = code.replace("\tmu     sync.RWMutex\n", "\tmu     sync.RWMutex\n\tsignMu sync.RWMutex\n") \
        .replace("func (g *Garage) Free(name string) int {\n\tg.mu.RLock()\n\tdefer g.mu.RUnlock()",
                 "func (g *Garage) Free(name string) int {\n\tg.signMu.RLock()\n\tdefer g.signMu.RUnlock()")
    assert other != code
    assert not fires("go", rule, other)


def test_a_write_lock_taken_again_or_after_a_read_lock_is_asked_about() -> None:
    """A read lock held while the callee takes the write lock deadlocks at once too; the
    callee that only reads the map under the caller's lock, or a call after the unlock, is
    left alone."""
    rule = "go-lock-taken-again-in-callee"
    code = (PROGRAMS / "ledger.go").read_text()
    assert fires("go", rule, code)
    later = code.replace("func (l *Ledger) History(member string) []Entry {\n\tl.mu.Lock()\n"
                         "\tdefer l.mu.Unlock()\n",
                         "func (l *Ledger) History(member string) []Entry {\n"
                         "\tif _, err := l.Balance(member); err != nil {\n\t\treturn nil\n\t}\n"
                         "\tl.mu.Lock()\n\tdefer l.mu.Unlock()\n")
    assert later != code
    assert not fires("go", rule, fixed(later, ((BALANCE, BALANCE_HELD),)))
    upgrade = ("type Cache struct {\n\tmu sync.RWMutex\n\tm  map[string]int\n}\n\n"
               "func (c *Cache) put(k string, v int) {\n\tc.mu.Lock()\n\tc.m[k] = v\n\tc.mu.Unlock()\n}\n\n"
               "func (c *Cache) Get(k string) int {\n\tc.mu.RLock()\n\tdefer c.mu.RUnlock()\n"
               "\tv, ok := c.m[k]\n\tif !ok {\n\t\tv = load(k)\n\t\tc.put(k, v)\n\t}\n\treturn v\n}\n")
    assert fires("go", rule, upgrade)
    assert not fires("go", "go-recursive-read-lock", upgrade)


def test_a_timer_that_fires_or_leaves_the_loop_is_not_asked_about() -> None:
    """A select whose other case is a done channel, one outside a loop, and a timeout of
    milliseconds are left alone; a default case that goes round again is asked about."""
    rule = "go-time-after-in-loop"
    poll = ("func (c *Collector) Poll(done <-chan struct{}) {\n\tfor {\n\t\tselect {\n"
            "\t\tcase <-done:\n\t\t\treturn\n\t\tcase <-time.After(time.Minute):\n"
            "\t\t\tc.alerts.Alert(\"tick\")\n\t\t}\n\t}\n}\n")
    assert not fires("go", rule, poll)
    once = ("func wait(feed <-chan Reading) (Reading, bool) {\n\tselect {\n\tcase r := <-feed:\n"
            "\t\treturn r, true\n\tcase <-time.After(Quiet):\n\t\treturn Reading{}, false\n\t}\n}\n")
    assert not fires("go", rule, once)
    code = (PROGRAMS / "telemetry.go").read_text()
    assert not fires("go", rule, code.replace("time.After(Quiet)", "time.After(20 * time.Millisecond)"))
    spin = ("func (c *Collector) Spin(feed <-chan Reading) {\n\tfor {\n\t\tselect {\n"
            "\t\tcase <-time.After(time.Minute):\n\t\t\treturn\n\t\tdefault:\n\t\t\tc.drain(feed)\n"
            "\t\t}\n\t}\n}\n")
    assert fires("go", rule, spin)


def test_a_public_file_or_an_owner_only_secret_through_the_helper_is_not_asked_about() -> None:
    """The settings written 0644 through the same helper, and the session written 0600, are
    left alone; a key file given 0640 (the group only) too."""
    rule = "go-permissive-file-mode"
    code = (PROGRAMS / "credstore.go").read_text()
    assert fires("go", rule, code)
    assert not fires("go", rule, fixed(code, (LOGIN_MODE,)))
    assert not fires("go", rule, code.replace("session, 0o644)", "session, 0o640)"))
    settings_only = code.replace('\treturn s.writeJSON("session.json", session, 0o644)\n',
                                 '\treturn s.writeJSON("session.json", session, 0o600)\n')
    assert 'writeJSON("settings.json", cfg, 0o644)' in settings_only
    assert not fires("go", rule, settings_only)


def test_a_scanner_over_memory_or_handed_in_and_a_buffered_signal_channel_are_not_asked_about() -> None:
    """A scanner over a string, one the caller hands in, and a function that asks `Err` are
    left alone; so are a buffered signal channel and one kept in a field."""
    rule = "go-scanner-err-unchecked"
    code = (PROGRAMS / "gradebook.go").read_text()
    assert not fires("go", rule, code.replace("bufio.NewScanner(f)", "bufio.NewScanner(strings.NewReader(text))"))
    handed = code.replace("func Load(path string) ([]Score, error) {",
                          "func Load(path string, sc *bufio.Scanner) ([]Score, error) {") \
        .replace("\tsc := bufio.NewScanner(f)\n", "")
    assert not fires("go", rule, handed)
    rule = "go-signal-channel-unbuffered"
    code = (PROGRAMS / "backupd.go").read_text()
    assert not fires("go", rule, code.replace("make(chan os.Signal)", "make(chan os.Signal, 2)"))
    assert fires("go", rule, code.replace("make(chan os.Signal)", "make(chan os.Signal, 0)"))
    field = ("type Daemon struct{ sigs chan os.Signal }\n\n"
             "func (d *Daemon) watch() {\n\tsignal.Notify(d.sigs, syscall.SIGHUP)\n}\n")
    assert not fires("go", rule, field)
