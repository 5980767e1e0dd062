"""Fluent answers that state wrong language semantics, graded against the code they are about.

Each case is a short snippet, a question and a model answer, then two answers in the same
words: one that explains the code right and one that confidently states a false belief about
the language (the catalogue's entry named in the case). The false one must score at least two
below the right one, and the right one must be charged with no misconception.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from server.examiner.grading import grade_against
from server.examiner.grading.catalogue import CATALOGUE


@dataclass(frozen=True)
class Case:
    """One snippet, its question and model answer, and a right and a fluent-false answer."""

    entry: str
    language: str
    code: str
    question: str
    model: str
    right: str
    fluent_false: str


CASES = (
    Case("repeat_shares_one_object", "python",
         "grid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n",
         "What does this print, and why?",
         "It prints [[1, 0, 0], [1, 0, 0], [1, 0, 0]]: the outer * 3 repeats a reference to one "
         "inner list, so all three rows are the same list and the write shows in every row.",
         "It prints [[1, 0, 0], [1, 0, 0], [1, 0, 0]], because multiplying the outer list by 3 "
         "repeats a reference to the same inner list, so every row is that one list.",
         "It prints [[1, 0, 0], [0, 0, 0], [0, 0, 0]]: the outer * 3 makes three separate "
         "rows, so only the first row changes when grid[0][0] is set."),
    Case("blocking_sleep_in_coroutine", "python",
         "import asyncio, time\n\nasync def job(name):\n    time.sleep(1)\n    print(name)\n\n"
         "async def main():\n    await asyncio.gather(job('a'), job('b'))\n\nasyncio.run(main())\n",
         "How long does main take, and why?",
         "About two seconds: time.sleep blocks the event loop, so while one job sleeps the other "
         "cannot run; the jobs run one after the other. await asyncio.sleep(1) would let them "
         "overlap and take about one second.",
         "Roughly two seconds, since time.sleep blocks the whole event loop and the second job "
         "waits for the first; asyncio.sleep would let them overlap.",
         "About one second: inside a coroutine time.sleep lets the other tasks run while it "
         "waits, so gather overlaps the two jobs."),
    Case("dict_get_inserts", "python",
         "counts = {}\nfor word in ['a', 'b', 'a']:\n    counts.get(word, 0)\nprint(counts)\n",
         "What is printed, and why?",
         "It prints {}: dict.get returns the default 0 without storing anything, and the loop "
         "never assigns to counts, so the dict stays empty.",
         "An empty dict, {}, because get only returns the default 0 and nothing is ever "
         "assigned to counts.",
         "It prints {'a': 0, 'b': 0}: counts.get(word, 0) inserts the word with 0 when it is "
         "missing, so both words end up in the dict."),
    Case("async_map_gives_values", "javascript",
         "async function load(id) { return { id }; }\n\nasync function main() {\n"
         "  const users = [1, 2].map(async (id) => await load(id));\n"
         "  console.log(users[0].id);\n}\nmain();\n",
         "What does main log, and why?",
         "It logs undefined: map with an async callback returns an array of promises, so "
         "users[0] is a Promise, which has no id. await Promise.all(...) would give the users.",
         "undefined, because users holds promises: the async callback makes map return an "
         "array of promises, and a Promise has no id property.",
         "It logs 1: because of the await in the callback, map gives back the resolved users, "
         "so users[0].id is 1."),
    Case("return_unawaited_caught_in_try", "javascript",
         "async function save() { throw new Error('disk full'); }\n\n"
         "async function handler() {\n  try {\n    return save();\n  } catch (e) {\n"
         "    return 'recovered';\n  }\n}\n\nhandler().then(console.log, (e) => "
         "console.log('rejected', e.message));\n",
         "What does this log, and why?",
         "It logs 'rejected disk full': return save() hands back the promise without awaiting "
         "it, so the rejection happens after handler has left the try and the catch never "
         "sees it. return await save() would log 'recovered'.",
         "rejected disk full: save() is returned without await, so its rejection settles "
         "outside the try block and the catch never runs.",
         "It logs 'recovered': inside the try, return save() is the same as return await "
         "save(), so the catch handles the rejection."),
    Case("stream_reusable", "java",
         "import java.util.List;\nimport java.util.stream.Stream;\n\nclass Main {\n"
         "  public static void main(String[] args) {\n"
         "    Stream<String> s = List.of(\"a\", \"b\").stream();\n"
         "    System.out.println(s.count());\n    System.out.println(s.count());\n  }\n}\n",
         "What happens when this runs, and why?",
         "It prints 2 and then throws IllegalStateException: a stream can be consumed only "
         "once, so the second count() on the same stream fails.",
         "The first count prints 2; the second count throws IllegalStateException, because a "
         "stream is consumed by its first terminal operation.",
         "It prints 2 twice: the stream can be reused, so the second count() walks the list "
         "again."),
    Case("concurrent_map_compound_atomic", "java",
         "import java.util.concurrent.ConcurrentHashMap;\n\nclass Hits {\n"
         "  final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();\n"
         "  void hit(String page) {\n    Integer n = counts.get(page);\n"
         "    counts.put(page, n == null ? 1 : n + 1);\n  }\n}\n",
         "Is hit safe to call from many threads at once?",
         "No: each get and each put is atomic on its own, but two threads can both read the "
         "same count and both put count + 1, so hits are lost. counts.merge(page, 1, "
         "Integer::sum) does the update atomically.",
         "No. Each call on the ConcurrentHashMap is atomic, yet two threads can read the same n "
         "between get and put and one increment is lost; merge would make it atomic.",
         "Yes: because counts is a ConcurrentHashMap, the get followed by put is atomic, so no "
         "hit is lost."),
    Case("blocked_goroutine_collected", "go",
         "package main\n\nfunc first(urls []string) string {\n\tch := make(chan string)\n"
         "\tfor _, u := range urls {\n\t\tgo func(u string) { ch <- fetch(u) }(u)\n\t}\n"
         "\treturn <-ch\n}\n",
         "What happens to the goroutines whose results are not read?",
         "They leak: the channel is unbuffered and only one value is received, so every other "
         "goroutine blocks forever on its send. Goroutines are not garbage collected; a buffered "
         "channel of len(urls) lets them finish.",
         "All but one stay blocked on the send forever, since only one receive happens on the "
         "unbuffered channel; they leak, and a buffered channel would let them finish.",
         "Once first returns nobody reads the channel, so the blocked goroutines are garbage "
         "collected and nothing leaks."),
    Case("rc_thread_safe", "rust",
         "use std::rc::Rc;\nuse std::thread;\n\nfn main() {\n    let data = Rc::new(vec![1, 2, 3]);\n"
         "    let d = Rc::clone(&data);\n    thread::spawn(move || println!(\"{:?}\", d));\n}\n",
         "Does this compile? Explain.",
         "No: Rc uses a non-atomic reference count and is not Send, so thread::spawn rejects a "
         "closure that moves an Rc into another thread. Arc is the thread-safe version.",
         "It does not compile, because Rc is not Send: its count is not atomic, so the closure "
         "given to thread::spawn cannot move it. Use Arc.",
         "Yes: Rc is thread-safe, so the clone can be moved into the spawned thread and printed."),
    Case("raii_skipped_on_exception", "cpp",
         "#include <mutex>\n#include <stdexcept>\n\nstd::mutex m;\nint balance = 0;\n\n"
         "void withdraw(int amount) {\n    std::lock_guard<std::mutex> guard(m);\n"
         "    if (amount > balance) throw std::runtime_error(\"insufficient\");\n"
         "    balance -= amount;\n}\n",
         "If withdraw throws, is the mutex left locked?",
         "No: when the exception leaves withdraw, stack unwinding destroys guard, and the "
         "lock_guard's destructor unlocks the mutex.",
         "No. The exception unwinds the stack, guard is destroyed on the way out, and its "
         "destructor unlocks m.",
         "Yes: the throw skips the lock_guard's destructor, so the mutex stays locked after the "
         "exception."),
    Case("zip_raises_on_unequal", "python",
         "names = ['ada', 'bob', 'cy']\nscores = [90, 85]\nfor name, score in zip(names, scores):\n"
         "    print(name, score)\n",
         "What does this print, and why?",
         "It prints ada 90 and bob 85 only: zip stops when the shortest iterable, scores, is "
         "exhausted, so cy is silently dropped; zip(..., strict=True) would raise instead.",
         "Two lines, ada 90 and bob 85: zip stops at the shorter list, so cy is dropped without "
         "any error.",
         "It prints ada 90 and bob 85, then zip raises a ValueError because the two lists have "
         "different lengths."),
    Case("value_receiver_modifies", "go",
         "type Account struct{ Balance int }\n\nfunc (a Account) Deposit(n int) { a.Balance += n }"
         "\n\nfunc main() {\n\tacc := Account{}\n\tacc.Deposit(50)\n\tfmt.Println(acc.Balance)\n}\n",
         "What does main print, and why?",
         "It prints 0: Deposit has a value receiver, so it adds to a copy of acc and the "
         "caller's Balance is unchanged. A pointer receiver, func (a *Account), would change acc.",
         "0, because the value receiver gives Deposit a copy of acc; the copy's Balance goes up "
         "and acc's stays 0.",
         "It prints 50: Deposit runs on acc, and the value receiver modifies the original "
         "struct, so acc.Balance becomes 50."),
    Case("math_abs_non_negative", "java",
         "class Buckets {\n  static int index(Object key, int n) {\n"
         "    return Math.abs(key.hashCode()) % n;\n  }\n}\n",
         "Can index return a value outside 0..n-1?",
         "Yes: when hashCode() is Integer.MIN_VALUE, Math.abs returns Integer.MIN_VALUE, which "
         "is negative, so the remainder can be negative. Math.floorMod(key.hashCode(), n) stays "
         "in range.",
         "Yes, a negative one: Math.abs(Integer.MIN_VALUE) is still Integer.MIN_VALUE, so for "
         "that hash code the % gives a negative index.",
         "No: Math.abs always returns a non-negative number, so the index is between 0 and n-1."),
    Case("await_in_loop_parallel", "javascript",
         "async function loadAll(urls) {\n  const pages = [];\n  for (const url of urls) {\n"
         "    pages.push(await fetch(url));\n  }\n  return pages;\n}\n",
         "How long does loadAll take for ten URLs, and why?",
         "About the sum of the ten requests' times: each await in the loop waits for one fetch "
         "to finish before the next starts, so they run one after another. Starting them all "
         "and awaiting Promise.all would overlap them.",
         "Roughly ten requests back to back: the loop awaits each fetch before starting the "
         "next, so the times add up.",
         "About as long as the slowest request: the for...of loop with await fetches all the "
         "URLs in parallel."),
    Case("strlen_counts_terminator", "c",
         "#include <stdlib.h>\n#include <string.h>\n\nchar *copy(const char *s) {\n"
         "    char *p = malloc(strlen(s));\n    strcpy(p, s);\n    return p;\n}\n",
         "Is copy correct?",
         "No: strlen counts the characters before the terminating null, so malloc(strlen(s)) is "
         "one byte short and strcpy writes the terminator past the end. It needs strlen(s) + 1.",
         "No, the buffer is one byte too small: strlen leaves out the null terminator, so "
         "strcpy writes it out of bounds; allocate strlen(s) + 1.",
         "Yes: strlen counts the null terminator too, so malloc(strlen(s)) is enough for the "
         "copy."),
    Case("taskgroup_others_keep_running", "python",
         "import asyncio\n\nasync def fetch(name, delay, fail=False):\n"
         "    await asyncio.sleep(delay)\n    if fail:\n        raise ValueError(name)\n"
         "    print('done', name)\n\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n"
         "        tg.create_task(fetch('a', 0.1, fail=True))\n        tg.create_task(fetch('b', 1))\n\n"
         "asyncio.run(main())\n",
         "Does 'done b' get printed, and what does main raise?",
         "No: when fetch('a') raises, the TaskGroup cancels the remaining task b, waits for it, "
         "and raises an ExceptionGroup holding the ValueError, so 'done b' is never printed and "
         "catching it needs except* ValueError.",
         "'done b' is never printed: the failure of a makes the TaskGroup cancel b, and main "
         "raises an ExceptionGroup that wraps the ValueError.",
         "Yes, 'done b' is printed after a second: the TaskGroup lets the remaining tasks finish "
         "when one fails, and then it raises the original ValueError directly."),
    Case("js_object_equality_by_value", "javascript",
         "const a = { id: 1 };\nconst b = { id: 1 };\nconsole.log(a === b);\n"
         "console.log(new Set([a, b]).size);\n",
         "What does this log, and why?",
         "false and 2: === compares objects by reference, and a and b are two distinct objects, "
         "so they are not equal and the Set keeps both of them.",
         "It logs false, then 2, since a and b are different objects and === and the Set compare "
         "references, not contents.",
         "It logs true, then 1: both objects have the same fields, so they compare equal with "
         "=== and the Set dedupes objects that have the same id."),
    Case("send_on_closed_channel", "go",
         "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tclose(ch)\n"
         "\tch <- 1\n\tprintln(\"sent\")\n}\n",
         "What happens when this runs?",
         "It panics with 'send on closed channel': sending to a closed channel is a run-time "
         "panic, so 'sent' is never printed, even though the buffer has room.",
         "The send panics, because sending on a closed channel is a run-time panic; 'sent' is "
         "never printed.",
         "It prints 'sent': sending to a closed channel is silently ignored, so the value is "
         "just dropped and main carries on."),
    Case("java_char_plus_concatenates", "java",
         "public class Initials {\n    public static void main(String[] args) {\n"
         "        char first = 'a';\n        char last = 'b';\n"
         "        System.out.println(first + last);\n    }\n}\n",
         "What does this print, and why?",
         "It prints 195: char is a numeric type, so first + last promotes both to int and adds "
         "97 and 98; + concatenates only when one operand is a String.",
         "195, because the two chars are promoted to int and added (97 + 98); + concatenates "
         "only when an operand is a String.",
         "It prints ab: adding two chars concatenates them into a String, so first + last gives "
         "the initials."),
    Case("except_as_name_kept", "python",
         "def parse(text):\n    try:\n        return int(text)\n    except ValueError as e:\n"
         "        print('bad input')\n    print(e)\n    return None\n\nparse('x')\n",
         "What happens when parse('x') runs?",
         "It prints 'bad input' and then raises UnboundLocalError at print(e): the name bound by "
         "except ValueError as e is deleted when the except clause ends.",
         "'bad input' is printed, then print(e) fails with UnboundLocalError, because e is deleted "
         "at the end of the except clause.",
         "It prints 'bad input' and then the error message: after the except block, e still holds "
         "the ValueError, so print(e) shows it."),
    Case("json_stringify_nan_null", "javascript",
         "const stats = { mean: 0 / 0, max: 1 / 0 };\nconsole.log(JSON.stringify(stats));\n",
         "What does this log?",
         "{\"mean\":null,\"max\":null}: 0 / 0 is NaN and 1 / 0 is Infinity, and JSON.stringify "
         "writes both as null because JSON has no such numbers.",
         "It logs {\"mean\":null,\"max\":null}, since JSON.stringify turns NaN and Infinity into "
         "null.",
         "It logs {\"mean\":NaN,\"max\":Infinity}: NaN stays NaN in the JSON output and Infinity "
         "is written as Infinity."),
    Case("os_exit_runs_defers", "go",
         "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n"
         "\tdefer fmt.Println(\"cleanup\")\n\tif len(os.Args) < 2 {\n\t\tos.Exit(1)\n\t}\n"
         "\tfmt.Println(\"ok\")\n}\n",
         "With no arguments, what does this print?",
         "The deferred Println never runs: with no arguments the program exits at once with "
         "status 1, and that exit skips the deferred functions, so cleanup is not printed.",
         "The deferred Println never runs, because the program exits at once and that exit "
         "skips the deferred functions.",
         "It prints cleanup: os.Exit(1) runs the deferred Println before the program ends."),
    Case("java_thread_run", "java",
         "public class Main {\n    public static void main(String[] args) {\n"
         "        Thread t = new Thread(() -> System.out.println(Thread.currentThread().getName()));\n"
         "        t.run();\n    }\n}\n",
         "What does this print, and why?",
         "It prints main: t.run() calls the Runnable in the calling thread like any method; only "
         "start() would create the new thread.",
         "main, because run() executes the lambda in the current thread; start() is what creates "
         "a new thread.",
         "It prints Thread-0: t.run() starts the thread, so the lambda runs on a new thread."),
    Case("ts_enum_reverse_mapping", "typescript",
         "enum Color { Red, Green, Blue }\nconsole.log(Color[1]);\n",
         "What does this log?",
         "Green: a numeric enum gets a reverse mapping from values to names, so Color[1] is the "
         "name 'Green'.",
         "It logs Green, since numeric enums also map each value back to its name.",
         "It logs undefined: an enum only maps names to values, so Color[1] has nothing."),
    # the sixth set (DOCS3, branch catalogue6)
    Case("vacuous_all_any", "python",
         "def ready(checks):\n    return all(c.ok for c in checks)\n\nprint(ready([]))\n",
         "What does this print, and why?",
         "True: all() of an empty iterable is True (vacuous truth), so ready([]) says the "
         "service is ready even though nothing was checked.",
         "It prints True, since all() returns True when there is nothing to check.",
         "It prints False: all() on an empty list returns False, because no check passed."),
    Case("tofixed_returns_number", "javascript",
         "const price = 19.999;\nconst total = price.toFixed(2) + 5;\nconsole.log(total);\n",
         "What does this log, and why?",
         "It logs the string '20.005': toFixed returns a string, so + concatenates the 5 instead "
         "of adding it.",
         "'20.005', because toFixed gives a string and + then concatenates.",
         "It logs 25: toFixed(2) returns a number rounded to 20.00, and adding 5 gives 25."),
    Case("go_sleep_untyped_seconds", "go",
         "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n"
         "\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(\"poll\", i)\n\t\ttime.Sleep(2)\n\t}\n}\n",
         "How long does this program pause between polls?",
         "Two nanoseconds, practically nothing: time.Sleep takes a Duration counted in "
         "nanoseconds, so time.Sleep(2) is 2ns; 2 * time.Second would wait two seconds.",
         "Almost not at all, since the 2 is a Duration of two nanoseconds.",
         "Two seconds each time: time.Sleep(2) waits two seconds between polls."),
    Case("java_list_of_mutable", "java",
         "import java.util.List;\n\npublic class Main {\n    public static void main(String[] a) {\n"
         "        List<String> names = List.of(\"ann\", \"bob\");\n        names.add(\"cy\");\n"
         "        System.out.println(names);\n    }\n}\n",
         "What happens when this runs?",
         "It throws UnsupportedOperationException at names.add: List.of returns an unmodifiable "
         "list, so nothing is printed.",
         "names.add throws UnsupportedOperationException, because List.of gives an unmodifiable "
         "list.",
         "It prints [ann, bob, cy]: List.of returns an ArrayList, so add works."),
    Case("go_range_rereads_slice", "go",
         "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tjobs := []int{1, 2}\n"
         "\tfor _, j := range jobs {\n\t\tif j < 3 {\n\t\t\tjobs = append(jobs, j+2)\n\t\t}\n"
         "\t\tfmt.Println(j)\n\t}\n}\n",
         "What does this print, and why?",
         "It prints 1 and 2 only: the range expression is evaluated once before the loop, so the "
         "jobs appended inside the loop are not visited.",
         "1 then 2, because range evaluates the slice once and never sees the appended jobs.",
         "It prints 1, 2, 3, 4: range re-evaluates the slice on each iteration, so the appended "
         "jobs are visited too."),
    # the seventh set (DOCS4, branch catalogue7)
    Case("python_mod_sign_dividend", "python",
         "def weekday(offset):\n    return (3 + offset) % 7\n\nprint(weekday(-5))\n",
         "What does weekday(-5) print, and why?",
         "It prints 5: (3 - 5) is -2, and Python's % takes the sign of the divisor, so -2 % 7 "
         "is 5, a valid weekday.",
         "5, since -2 % 7 is 5 in Python: the result of % has the sign of the divisor.",
         "It prints -2: % takes the sign of the dividend, so -2 % 7 stays -2."),
    Case("reduce_empty_no_initial", "javascript",
         "function total(prices) {\n  return prices.reduce((a, b) => a + b);\n}\n"
         "console.log(total([]));\n",
         "What happens on the last line, and why?",
         "It throws a TypeError: reduce with no initial value has nothing to start from on an "
         "empty array; passing 0 as the initial value would make the total 0.",
         "A TypeError is thrown, because reduce gets no initial value and the array is empty.",
         "It logs undefined: reduce on an empty array returns undefined, so the total is "
         "undefined."),
    Case("go_select_default_blocks", "go",
         "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n"
         "\tselect {\n\tcase v := <-ch:\n\t\tfmt.Println(v)\n\tdefault:\n"
         "\t\tfmt.Println(\"idle\")\n\t}\n}\n",
         "What does this print, and why?",
         "It prints idle at once: nothing can be received from ch, and a select with a default "
         "case runs the default instead of blocking.",
         "idle, straight away, since the select has a default case and no value is ready.",
         "It deadlocks: a select with a default case blocks until a channel is ready, and "
         "nobody sends on ch."),
    Case("java_division_by_zero", "java",
         "public class Main {\n    public static void main(String[] a) {\n        int n = 0;\n"
         "        System.out.println(10 / n);\n    }\n}\n",
         "What happens when this runs?",
         "It throws ArithmeticException (/ by zero): integer division by zero throws in Java; "
         "only floating-point division gives Infinity.",
         "An ArithmeticException is thrown, because this is integer division by zero.",
         "It prints Infinity: integer division by zero returns Infinity in Java."),
    Case("rust_len_counts_chars", "rust",
         "fn main() {\n    let s = String::from(\"café\");\n    println!(\"{}\", s.len());\n}\n",
         "What does this print, and why?",
         "It prints 5: len counts the bytes of the UTF-8 text, and é takes two bytes; "
         "s.chars().count() would give 4.",
         "5, because String::len gives the length in bytes and é is two bytes long.",
         "It prints 4: s.len() returns the number of characters in the string."),
    # the eighth set (DOCS5, branch catalogue8)
    Case("finally_raise_keeps_original", "python",
         "def load():\n    try:\n        raise ValueError('bad row')\n    finally:\n"
         "        raise KeyError('cleanup')\n\ntry:\n    load()\nexcept Exception as e:\n"
         "    print(type(e).__name__)\n",
         "What does this print, and why?",
         "It prints KeyError: the exception raised in the finally block replaces the ValueError "
         "in flight, which survives only as the KeyError's __context__.",
         "KeyError, because the finally block raises and its exception replaces the ValueError.",
         "It prints ValueError: the original exception still propagates even though the "
         "finally block raises, so the caller sees the ValueError."),
    Case("for_of_map_keys", "javascript",
         "const stock = new Map([['pens', 3], ['ink', 0]]);\nfor (const item of stock) {\n"
         "  console.log(item);\n}\n",
         "What does this log, and why?",
         "It logs ['pens', 3] and then ['ink', 0]: for...of over a Map yields [key, value] "
         "pairs in insertion order.",
         "Two arrays, ['pens', 3] then ['ink', 0], since iterating a Map gives its entries as "
         "[key, value] pairs.",
         "It logs pens and then ink: for...of over the Map visits only the keys."),
    Case("go_defer_cannot_change_result", "go",
         "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\n"
         "func save() (err error) {\n\tdefer func() {\n\t\tif err != nil {\n"
         "\t\t\terr = fmt.Errorf(\"save: %w\", err)\n\t\t}\n\t}()\n"
         "\treturn errors.New(\"disk full\")\n}\n\nfunc main() {\n\tfmt.Println(save())\n}\n",
         "What does this print, and why?",
         "It prints save: disk full: err is a named result, so the deferred closure runs after "
         "the return sets it and wraps it before the caller gets it.",
         "save: disk full, because the deferred closure changes the named result err after the "
         "return statement has set it.",
         "It prints disk full: a deferred function cannot change the return value, since the "
         "function has already returned."),
    Case("java_time_mutable", "java",
         "import java.time.LocalDate;\n\npublic class Main {\n"
         "    public static void main(String[] a) {\n"
         "        LocalDate due = LocalDate.of(2024, 3, 1);\n        due.plusDays(7);\n"
         "        System.out.println(due);\n    }\n}\n",
         "What does this print, and why?",
         "It prints 2024-03-01: LocalDate is immutable, so plusDays returns a new date that "
         "is thrown away and due is unchanged.",
         "2024-03-01, since plusDays returns a new LocalDate and the result is never assigned.",
         "It prints 2024-03-08: due.plusDays(7) moves due a week forward."),
    Case("rust_refcell_compile_time", "rust",
         "use std::cell::RefCell;\n\nfn main() {\n    let log = RefCell::new(vec![1]);\n"
         "    let first = log.borrow_mut();\n    let second = log.borrow_mut();\n"
         "    println!(\"{:?} {:?}\", first, second);\n}\n",
         "What happens when this runs, and why?",
         "It compiles, then panics at run time with an already borrowed error at the second "
         "borrow_mut: RefCell checks its borrows at run time, and first is still alive.",
         "It panics at run time on the second borrow_mut, because RefCell tracks borrows "
         "dynamically and the first one is still held.",
         "It does not run at all: borrowing the RefCell mutably twice is a compile error."),
    # the ninth set (DOCS6, branch catalogue9)
    Case("setdefault_returns_none", "python",
         "index = {}\nfor word in ['ant', 'ape', 'bee']:\n"
         "    index.setdefault(word[0], []).append(word)\nprint(index)\n",
         "What does this print, and why?",
         "It prints {'a': ['ant', 'ape'], 'b': ['bee']}: setdefault inserts an empty list for a "
         "new letter and returns the list stored under the key, so append adds to it.",
         "{'a': ['ant', 'ape'], 'b': ['bee']}, because setdefault returns the list held in the "
         "dict and each word is appended to it.",
         "It raises AttributeError: setdefault returns None, so the append fails on the first "
         "word."),
    Case("splice_returns_array", "javascript",
         "const queue = ['a', 'b', 'c'];\nconst taken = queue.splice(0, 1);\n"
         "console.log(taken, queue);\n",
         "What does this log, and why?",
         "It logs ['a'] and ['b', 'c']: splice removes the first element in place and returns "
         "an array of the removed elements.",
         "['a'] then ['b', 'c'], since splice gives back an array holding what it removed.",
         "It logs ['b', 'c'] twice: splice returns the modified array, so taken and queue are "
         "the same."),
    Case("go_sort_search_minus_one", "go",
         "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\nfunc main() {\n"
         "\tids := []int{3, 8, 12}\n\ti := sort.SearchInts(ids, 20)\n\tfmt.Println(i)\n}\n",
         "What does this print, and why?",
         "It prints 3: SearchInts returns the index where 20 would be inserted, which is "
         "len(ids) since every id is smaller; the caller must check i < len(ids) && ids[i] == 20.",
         "3, because sort.SearchInts gives the insertion index and 20 belongs after every "
         "element.",
         "It prints -1: sort.SearchInts returns -1 when 20 is missing from the slice."),
    Case("java_tomap_duplicates_overwrite", "java",
         "import java.util.*;\nimport java.util.stream.*;\n\npublic class Main {\n"
         "    public static void main(String[] a) {\n"
         "        Map<Integer, String> byLen = Stream.of(\"ox\", \"ant\", \"cat\")\n"
         "            .collect(Collectors.toMap(String::length, s -> s));\n"
         "        System.out.println(byLen);\n    }\n}\n",
         "What happens when this runs, and why?",
         "It throws IllegalStateException: ant and cat both have length 3, and toMap without a "
         "merge function throws on a duplicate key.",
         "An IllegalStateException for the duplicate key 3, because toMap gets no merge "
         "function.",
         "It prints {2=ox, 3=cat}: with duplicate keys, toMap keeps the last value."),
    Case("c_strcmp_true_on_equal", "c",
         "#include <stdio.h>\n#include <string.h>\n\nint main(void) {\n"
         "    const char *role = \"admin\";\n    if (strcmp(role, \"admin\"))\n"
         "        puts(\"granted\");\n    else\n        puts(\"denied\");\n    return 0;\n}\n",
         "What does this print, and why?",
         "It prints denied: strcmp returns 0 for equal strings, and 0 is false, so the else "
         "branch runs; the test should be strcmp(role, \"admin\") == 0.",
         "denied, since strcmp gives 0 when the strings match and the if treats 0 as false.",
         "It prints granted: strcmp returns 1 when the two strings are equal, so the if branch "
         "runs."),
    # the tenth set (DOCS7, branch catalogue10)
    Case("go_json_nil_slice_array", "go",
         "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\n"
         "type Post struct {\n\tTags []string\n}\n\nfunc main() {\n"
         "\tb, _ := json.Marshal(Post{})\n\tfmt.Println(string(b))\n}\n",
         "What does this print, and why?",
         "It prints {\"Tags\":null}: Tags is a nil slice in the zero Post, and encoding/json "
         "encodes a nil slice as null.",
         "{\"Tags\":null}, since the Tags field is a nil slice and json.Marshal writes null for "
         "it.",
         "It prints {\"Tags\":[]}: json.Marshal encodes a nil slice as an empty array."),
    Case("java_aslist_add", "java",
         "import java.util.*;\n\npublic class Main {\n"
         "    public static void main(String[] a) {\n"
         "        List<String> roles = Arrays.asList(\"admin\", \"user\");\n"
         "        roles.add(\"guest\");\n        System.out.println(roles);\n    }\n}\n",
         "What happens when this runs, and why?",
         "It throws UnsupportedOperationException at roles.add: Arrays.asList returns a "
         "fixed-size list backed by the array, so add is not supported.",
         "An UnsupportedOperationException, because the list from Arrays.asList has a fixed "
         "size and cannot grow.",
         "It prints [admin, user, guest]: Arrays.asList returns a list you can add to."),
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.entry)
def test_a_fluent_false_answer_scores_two_below_the_right_one(case: Case) -> None:
    """The false belief is caught as the catalogue's entry; the right answer is charged nothing."""
    right = grade_against(case.question, case.right, [case.model], code=case.code,
                          language=case.language)
    wrong = grade_against(case.question, case.fluent_false, [case.model], code=case.code,
                          language=case.language)
    claim = next(e.claim for e in CATALOGUE if e.id == case.entry)
    assert not right.misconceptions, right
    assert claim in wrong.misconceptions, wrong
    assert right.score >= wrong.score + 2, (right, wrong)


def test_every_case_names_an_entry_scoped_to_its_language() -> None:
    """A case is about code in a language its entry is false in."""
    entries = {e.id: e for e in CATALOGUE}
    for case in CASES:
        assert case.language in entries[case.entry].languages, case.entry
