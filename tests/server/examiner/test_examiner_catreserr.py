"""Round cat-reserr: documented resource and error-handling hazards asked about on take-home
programs of one's own (`takehome_catreserr/`): a length-prefixed record read with
`InputStream.read(byte[])` whose count is dropped (SpotBugs RR_NOT_CHECKED, SEI CERT FIO10-J);
a deferred `recover()` whose value is thrown away, so a panicking job reports success (the Go
spec's "Handling panics", CWE-390); a destructor that throws, which is noexcept and so calls
std::terminate (SEI CERT DCL57-CPP, C++ Core Guidelines C.36); and a child process started
per image with `subprocess.Popen` and never waited for (the subprocess docs, CWE-404). The
first question on each is the finding; the program fixed the way a reviewer would accept asks
no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_catreserr"

READ = "        in.read(payload);\n"
READ_FULLY = "        in.readFully(payload);\n"

RECOVERED = "\tdefer func() {\n\t\trecover()\n\t}()\n"
RECOVERED_AS_ERROR = ("\tdefer func() {\n\t\tif r := recover(); r != nil {\n"
                      "\t\t\tres.Err = fmt.Errorf(\"job %d panicked: %v\", j.ID, r)\n\t\t}\n\t}()\n")

THROWS = ("        if (std::fclose(file_) != 0) {\n"
          "            throw std::runtime_error(\"cannot close journal \" + path_);\n        }\n")
REPORTS = ("        if (std::fclose(file_) != 0) {\n"
           "            std::perror(path_.c_str());\n        }\n")

STARTED = ("    log.info(\"resizing %s to %s (pid %d)\", source, size, proc.pid)\n"
           "    return proc.pid\n")
WAITED = ("    _, err = proc.communicate()\n"
          "    if proc.returncode != 0:\n"
          "        raise RuntimeError(f\"convert failed for {source}: {err.decode(errors='replace')}\")\n"
          "    log.info(\"resized %s to %s (pid %d)\", source, size, proc.pid)\n"
          "    return proc.pid\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    ("RecordFile.java", "java-read-count-ignored", "ignored_error", ((READ, READ_FULLY),)),
    ("jobrunner.go", "go-recover-result-discarded", "swallowed_exception",
     ((RECOVERED, RECOVERED_AS_ERROR),)),
    ("journal.cpp", "cpp-throw-in-destructor", "uncaught_in_callback", ((THROWS, REPORTS),)),
    ("thumbnails.py", "py-popen-never-waited", "resource_leak", ((STARTED, WAITED),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_the_widened_c_rules_take_the_posix_and_strtol_forms() -> None:
    # CERT ERR34-C: strtol with no end pointer cannot tell "abc" from 0
    assert fires("c", "c-atoi-unchecked",
                 "int load(struct cfg *c, const char *s) {\n    c->port = (int)strtol(s, NULL, 10);\n"
                 "    return 0;\n}")
    assert not fires("c", "c-atoi-unchecked",
                     "int port(const char *s, int *out) {\n    char *end;\n    errno = 0;\n"
                     "    long v = strtol(s, &end, 10);\n    if (errno || *end) return -1;\n"
                     "    *out = (int)v;\n    return 0;\n}")
    # CWE-252: write(2) on a descriptor the function opened for writing, its count dropped
    assert fires("c", "c-file-write-result-dropped",
                 "int save(const char *p, const char *s) {\n    int fd;\n"
                 "    fd = open(p, O_RDWR | O_CREAT, 0600);\n    if (fd < 0) return -1;\n"
                 "    write(fd, s, strlen(s));\n    return close(fd);\n}")
    assert not fires("c", "c-file-write-result-dropped",
                     "int show(const char *p, const char *s) {\n    int fd = open(p, O_RDONLY);\n"
                     "    if (fd < 0) return -1;\n    write(1, s, strlen(s));\n    return close(fd);\n}")


def test_a_route_cache_is_bounded_by_any_removal() -> None:
    # CWE-770: a module-level dict a route fills per request value, never emptied
    grows = ("from flask import Flask, request\n\napp = Flask(__name__)\nmemo = {}\n\n"
             "@app.route(\"/price\")\ndef price():\n    sku = request.args[\"sku\"]\n"
             "    memo[sku] = fetch(sku)\n    return memo[sku]\n")
    assert fires("python", "py-cache-never-evicted", grows)
    assert not fires("python", "py-cache-never-evicted",
                     grows + "\n@app.post(\"/flush\")\ndef flush():\n    memo.clear()\n    return \"\"\n")
