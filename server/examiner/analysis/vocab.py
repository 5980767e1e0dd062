"""Word lists for the token analyser: calls and keywords that signal I/O, risk, concurrency, ..."""

from __future__ import annotations

import re
from typing import Final

IO_CALLS: Final = frozenset({
    "print", "println", "printf", "fprintf", "puts", "scanf", "fscanf", "fgets", "getline",
    "readline", "log", "readfile", "writefile", "readfilesync", "writefilesync", "appendfile",
    "fetch", "fopen", "fread", "fwrite", "read_to_string", "write_all", "readdir",
    "readallbytes", "readalllines", "readstring", "writestring", "open", "create", "input",
    "read_line", "stdin", "getenv", "dial", "listenandserve", "urlopen", "sprint", "fprintln",
})
IO_OWNERS: Final = frozenset({"fs", "os", "ioutil", "io", "bufio", "fmt", "console", "files",
                              "http", "net", "axios", "std.fs", "fs.promises", "system.out",
                              "system.err", "requests", "process.stdout"})
IO_NAMES: Final = frozenset({"cout", "cin", "cerr", "stdin", "stdout"})
RISKY_CALLS: Final = frozenset({
    "eval", "exec", "system", "popen", "execl", "execlp", "execv", "execvp", "gets", "strcpy",
    "strcat", "sprintf", "vsprintf", "function", "settimeout_string", "execsync", "spawnsync",
    "os.system", "os.popen", "child_process.exec", "child_process.execsync", "exec.command",
    "runtime.getruntime.exec", "pickle.loads", "yaml.load", "readobject", "transmute",
    "document.write", "__import__", "compile", "unserialize",
})
RISKY_WORDS: Final = frozenset({"unsafe", "innerHTML", "dangerouslySetInnerHTML", "outerHTML"})
RESOURCE_CALLS: Final = frozenset({
    "fopen", "malloc", "calloc", "realloc", "os.open", "os.create", "os.openfile", "sql.open",
    "net.dial", "fileinputstream", "fileoutputstream", "filereader", "filewriter",
    "bufferedreader", "bufferedwriter", "socket", "getconnection", "fs.open", "fs.opensync",
    "fs.createreadstream", "fs.createwritestream", "file.open", "file.create", "open",
    "tcpstream.connect", "scanner", "createconnection", "connect", "printwriter",
})
RELEASE_WORDS: Final = frozenset({"fclose", "free", "close", "Close", "dispose", "delete",
                                  "destroy", "end", "release", "drop", "closeSync"})
CONCURRENCY_CALLS: Final = frozenset({
    "thread", "spawn", "promise.all", "promise.race", "promise.allsettled", "settimeout",
    "setinterval", "pthread_create", "std.thread", "thread.spawn", "tokio.spawn",
    "executors.newfixedthreadpool", "completablefuture.supplyasync", "submit", "lock",
    "unlock", "waitgroup", "add", "wait", "worker", "go", "start", "join", "async",
})
CONCURRENCY_WORDS: Final = frozenset({
    "await", "go", "chan", "synchronized", "volatile", "Mutex", "RWMutex", "WaitGroup",
    "Arc", "RwLock", "AtomicInteger", "AtomicUsize", "AtomicBool", "mutex", "atomic",
    "ConcurrentHashMap", "ExecutorService", "Thread", "select",
})
PATH_CALLS: Final = frozenset({
    "join", "resolve", "readfile", "readfilesync", "writefile", "createreadstream", "sendfile",
    "open", "fopen", "os.open", "os.readfile", "os.create", "filepath.join", "path.join",
    "paths.get", "path.of", "file", "fileinputstream", "filereader", "read_to_string",
    "file.open", "unlink", "remove", "servefile", "path", "pathbuf.from",
})
MUTATORS: Final = frozenset({
    "push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "add", "put",
    "set", "remove", "clear", "insert", "append", "extend", "update", "push_back",
    "emplace_back", "pop_back", "erase", "truncate", "retain", "addAll", "removeIf",
    "delete", "setdefault", "discard", "putAll", "swap",
})
LINEAR_SEARCH: Final = frozenset({"indexOf", "includes", "contains", "find", "index",
                                  "count", "lastIndexOf", "position", "Contains", "Index",
                                  "shift", "unshift"})
SORT_CALLS: Final = frozenset({"sort", "sorted", "sort_by", "sort_unstable", "sort_by_key",
                               "qsort", "Slice", "SliceStable", "Sort", "Strings", "Ints"})
FORMAT_CALLS: Final = frozenset({"sprintf", "snprintf", "format", "format!", "Sprintf",
                                 "String.format", "concat", "strcat", "join"})
SELF_NAMES: Final = frozenset({"", "this", "self", "Self", "cls"})
SQL_TEXT: Final = re.compile(
    r"\b(select\b.+\bfrom|insert\s+into|update\b.+\bset|delete\s+from|drop\s+table|where\b)",
    re.IGNORECASE | re.DOTALL,
)
LOOP_KEYWORDS: Final = frozenset({"for", "while", "loop", "foreach"})
ITERATION_METHODS: Final = frozenset({"forEach", "map", "filter", "reduce", "some", "every",
                                      "flatMap", "for_each", "iter_mut"})
DEF_KEYWORDS: Final = frozenset({"def", "function", "func", "fn"})
CLASS_KEYWORDS: Final = frozenset({"class", "struct", "interface", "enum", "trait", "impl"})
CONTROL_WORDS: Final = frozenset({
    "if", "for", "while", "switch", "catch", "with", "return", "sizeof", "synchronized",
    "foreach", "elif", "function", "match", "until", "do", "else", "try", "typeof", "new",
    "super", "assert", "defined", "alignof", "decltype", "using", "lock",
})
C_LIKE: Final = frozenset({"c", "cpp", "java", "javascript", "typescript", "csharp"})
"""Languages whose parameter lists put the parameter name last ('int count')."""
TYPE_LAST: Final = frozenset({"c", "cpp", "java", "csharp"})
