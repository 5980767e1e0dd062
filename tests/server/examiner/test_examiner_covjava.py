"""Documented Java hazards asked about on take-home programs of one's own (`takehome_covjava/`):
a task of a bounded executor blocking on another task of the same executor (Java Concurrency in
Practice 8.1.1, SEI CERT TPS01-J); a regular expression compiled again on every pass of a loop
by String.matches (the String and Pattern javadoc, SonarJava S4248); a setter whose parameter
shadows the field and assigns itself (Error Prone SelfAssignment); a catch that throws a new
exception without the caught one as its cause (Error Prone UnusedException); and a getter that
reads, without the lock, a balance the synchronized methods change (SpotBugs
IS2_INCONSISTENT_SYNC); and an AES-GCM nonce kept in a constant array (CWE-323/329,
FindSecBugs STATIC_IV). The first question on each is the finding; the program fixed the way a
reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_covjava"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the summary computed inline in the task that needs it
    ("ReportBuilder.java", "java-task-waits-on-own-executor", "race_condition",
     (("Future<Summary> summary = workers.submit(() -> summarise(month));",
       "Summary summary = summarise(month);"),
      ("summary.get()", "summary"))),
    # the pattern compiled once, in a static final field
    ("LogScanner.java", "java-regex-compiled-in-loop", "quadratic",
     (("import java.util.TreeMap;\n", "import java.util.TreeMap;\nimport java.util.regex.Pattern;\n"),
      ("public class LogScanner {\n",
       ("public class LogScanner {\n\n    private static final Pattern SERVER_ERROR =\n"
        "            Pattern.compile(\"^\\\\S+ .*\\\" 5\\\\d\\\\d \\\\d+$\");\n")),
      ("!line.matches(\"^\\\\S+ .*\\\" 5\\\\d\\\\d \\\\d+$\")",
       "!SERVER_ERROR.matcher(line).matches()"))),
    # the field named through `this`
    ("Member.java", "java-self-assignment", "wrong_result",
     (("        birthDate = birthDate;\n", "        this.birthDate = birthDate;\n"),)),
    # the I/O failure kept as the cause
    ("ConfigLoader.java", "java-exception-rethrown-without-cause", "swallowed_exception",
     (("\"could not read settings from \" + file);",
       "\"could not read settings from \" + file, e);"),)),
    # the balance read under the same lock
    ("BankAccount.java", "java-read-without-lock-written-under-lock", "race_condition",
     (("public long getBalanceCents() {", "public synchronized long getBalanceCents() {"),)),
    # a fresh random nonce per note, stored in front of the ciphertext
    ("NoteVault.java", "java-cipher-fixed-iv", "insecure_random",
     (("import java.security.GeneralSecurityException;\n",
       ("import java.nio.ByteBuffer;\nimport java.security.GeneralSecurityException;\n"
        "import java.security.SecureRandom;\n")),
      ("    private static final byte[] NONCE = new byte[12];\n",
       "    private static final SecureRandom RANDOM = new SecureRandom();\n"),
      (("        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, NONCE));\n"
        "        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));\n"
        "        stored.put(noteId, Base64.getEncoder().encodeToString(sealed));\n"),
       ("        byte[] nonce = new byte[12];\n        RANDOM.nextBytes(nonce);\n"
        "        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));\n"
        "        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));\n"
        "        byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)"
        ".put(nonce).put(sealed).array();\n"
        "        stored.put(noteId, Base64.getEncoder().encodeToString(out));\n")),
      (("new GCMParameterSpec(TAG_BITS, NONCE));\n"
        "        return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);"),
       ("new GCMParameterSpec(TAG_BITS, sealed, 0, 12));\n"
        "        return new String(cipher.doFinal(sealed, 12, sealed.length - 12), "
        "StandardCharsets.UTF_8);")))),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_pool_that_grows_or_a_caller_outside_the_pool_is_not_asked_about() -> None:
    """A cached pool makes a thread for the inner task; the caller that waits is no task."""
    cached = (PROGRAMS / "ReportBuilder.java").read_text().replace(
        "Executors.newFixedThreadPool(4)", "Executors.newCachedThreadPool()")
    assert not fires("java", "java-task-waits-on-own-executor", cached)
    caller = ("class R {\n    private final ExecutorService pool = Executors.newSingleThreadExecutor();\n"
              "    String run(String m) throws Exception {\n"
              "        Future<String> f = pool.submit(() -> m.trim());\n        return f.get();\n    }\n}")
    assert not fires("java", "java-task-waits-on-own-executor", caller)


def test_a_one_character_split_or_a_header_regex_is_not_asked_about() -> None:
    """split(",") takes String.split's fast path; a regex in a for-each header runs once."""
    code = ("class W {\n    int n(List<String> rows, String text) {\n        int n = 0;\n"
            "        for (String r : rows) n += r.split(\",\").length;\n"
            "        for (String w : text.split(\"\\\\s+\")) n += w.length();\n        return n;\n    }\n}")
    assert not fires("java", "java-regex-compiled-in-loop", code)
