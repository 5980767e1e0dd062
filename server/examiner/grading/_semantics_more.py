"""More false beliefs about Python, JavaScript/TypeScript, Go and Java semantics.

Each entry follows `catalogue.py`'s rules: a pattern read on one sentence (lower case,
"doesn't" read as "does not"), the source that says otherwise (the language's or library's own
documentation), at least four sentences that state the belief and four true ones in the same
words, and the languages it is false in.
"""

from __future__ import annotations

from typing import Final

from .._match import unnegated
from ._entry import ANY, NOT, NOT_ONLY, Entry, keyed

__all__ = ["MORE"]

_NOT_INT: Final = unnegated("only", "just", "rather_than", "instead_of", "truncates", "truncate",
                           "truncating", "while", "whereas", "but", "unlike", "round")
"""One character of a claim about int() that no negation, restriction, contrast ("rather
than", "unlike round()") or truncation has taken back."""

_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
_DATE_ONE_BASED: Final = "|".join(
    rf"new date\(\s*\d{{4}}\s*,\s*0?{i}\s*(,[^)]*)?\)" + NOT + r"{0,30}\b" + name
    for i, name in enumerate(_MONTHS, start=1))
"""`new Date(2024, 1, 15)` said to be a date in month 1 (January), and so on: the month
argument read as one-based."""

_INT_ROUNDED: Final = "|".join(
    rf"\bint\(\s*{sign}{d}\.{frac}\d*\s*\)`?\s*(is|gives|returns|==|evaluates to|becomes|yields)\s*"
    rf"{sign}{d + 1}\b"
    for d in range(10) for sign, frac in (("", "[5-9]"), ("-", "\\d")))
"""`int(2.7)` said to be 3 (rounded) or `int(-2.3)` said to be -3 (floored)."""
_NOT_COPY: Final = unnegated("only", "just", "nothing", "copy", "copies")
"""One character of a claim that no negation, restriction or mention of a copy has taken
back."""

_MONTH_NUMBERS: Final = "|".join(rf"\b{i} (for|in|=|means|is) {name}" for i, name in
                                 enumerate(_MONTHS, start=1))
"""A month's one-based number said to be what getMonth gives for it ("3 for March")."""

_ENTRIES: Final = (
    # --- Python -------------------------------------------------------------------------------
    Entry("unbound_local_reads_global",
          "Assigning to a name anywhere in a function makes it local to the whole function: "
          "reading it before the assignment raises UnboundLocalError rather than reading the "
          "global (declare it `global` or `nonlocal`)",
          r"^(?!.*\b(declar\w*|global (statement|declaration|keyword)|nonlocal|"
          r"unboundlocalerror)\b).*?(\+=|-=|\*=)" + NOT + r"{0,40}\b(reads?|uses?|updates?|"
          r"increments?|modifies|changes|adds? to|decrements?|bumps?)\b (the )?(global|module[- ]"
          r"level|outer|enclosing)\b"
          r"|\b(reads?|uses?|looks? up|falls? back (on|to)|sees?|gets?)\b (the )?(global|"
          r"module[- ]level|outer|enclosing)\b" + NOT + r"{0,40}\b(until|before|first)\b"
          r"[^.;]{0,30}\b(assign\w*|local\w*|\+=|increment\w*)"
          r"|^(?=.*(\+=|-=|\s=\s|\bassign\w*|\bincrement\w*|\bupdat\w*)).*?\b(reads?|uses?|looks? "
          r"up|sees?|gets?)\b (the )?(global|module[- ]level|outer|enclosing)\b" + NOT +
          r"{0,40}\bfirst\b"
          r"|\b(increment\w*|updat\w*|modif\w*|chang\w*|reassign\w*|assign\w* to|rebind\w*)\b "
          r"(the )?(global|module[- ]level)\b[^.;]{0,40}\bwithout\b[^.;]{0,20}\b(global|nonlocal)"
          r"\b",
          "Python Programming FAQ, 'Why am I getting an UnboundLocalError when the variable has "
          "a value?' ('when you make an assignment to a variable in a scope, that variable "
          "becomes local to that scope'); Python Language Reference, 4.2.2 Resolution of names",
          ("counter += 1 inside increment reads the global counter and then updates it.",
           "Inside record_hit, hits += 1 updates the module-level hits.",
           "The function reads the global total until it is assigned locally.",
           "Python uses the outer value first and only creates the local at the assignment.",
           "record_hit can increment the global hits without declaring it global."),
          ("counter += 1 makes counter local, so reading it first raises UnboundLocalError.",
           "Without a global statement, the function cannot update the global counter.",
           "The function reads the global config, which is fine because it never assigns to it.",
           "With `global counter` declared, counter += 1 updates the module-level variable.",
           "hits += 1 does not update the global hits; it fails with UnboundLocalError."),
          ("python",), code_has=r"(?m)^\s+\w+\s*([-+*/]?=)", code_lacks=r"(?m)^\s*(global|nonlocal)\s"),
    Entry("zip_raises_on_unequal",
          "zip stops at the shortest iterable and silently drops the rest of the longer ones; "
          "only zip(..., strict=True) (Python 3.10+) raises ValueError on unequal lengths "
          "(itertools.zip_longest pads with a fill value)",
          r"^(?!.*\b(strict|zip_longest|longest)\b).*?\bzip\b(\([^)]*\))?`?(\s+(?!(and|but|then|"
          r"which|so|the|a|while|not|never|cannot|no)\b)[\w']+){0,3}\s+"
          r"\b(raises?|throws?|errors? out|fails|complains|crash\w*|pads?|fills? (in )?(none|the "
          r"(missing|gaps?|rest|shorter))|(gives|returns|yields|uses|puts) none for|checks? "
          r"(that )?(the )?(lengths?|sizes?))\b"
          r"(?! (nothing|no)\b)",
          "Python Library Reference, Built-in Functions, zip ('By default, zip() stops when the "
          "shortest iterable is exhausted'; strict=True raises ValueError) and "
          "itertools.zip_longest",
          ("zip raises a ValueError if names and scores have different lengths.",
           "If scores is shorter, zip(names, scores) throws an error.",
           "zip pads the shorter list with None, so every name gets a score.",
           "zip(names, scores) checks that the lengths match, so a missing score is caught.",
           "The loop is safe because zip fails when the two lists are not the same length."),
          ("zip stops at the shortest list and silently drops the extra names.",
           "zip does not raise on unequal lengths; the extra items are dropped.",
           "With strict=True, zip raises ValueError when the lengths differ.",
           "itertools.zip_longest pads the shorter iterable with None.",
           "zip never complains about the length mismatch, it truncates.",
           "zip pairs the names with scores and the lookup raises KeyError if a name is missing."),
          ("python",), code_has=r"\bzip\("),
    Entry("assert_runs_under_optimize",
          "assert statements are removed when Python runs with -O (or PYTHONOPTIMIZE): an "
          "assert is a debugging aid, not a check that validates input or enforces security "
          "(raise an exception for that)",
          r"\bassert\w*\b" + NOT_ONLY + r"{0,50}(\b(always|even in production) (runs?|"
          r"executes?|checks?|fires?|enforces?|evaluates?|applies|executed|run|checked|evaluated|"
          r"enforced)\b(?![^.;]{0,30}\b(in (debug|development|dev|tests?|testing)|unless|except|"
          r"without -o|when not optimi[sz]ed)\b)|\bstill (runs?|executes?|checks?|fires?|applies|"
          r"enforces?|works)\b[^.;]{0,30}(-o\b|\boptimi[sz]\w*|\bproduction|\bpythonoptimize)|"
          r"\beven (in production|with -o|under -o|when optimi[sz]ed)\b|\bin (every|all|"
          r"any) (deployments?|environments?|modes?|builds?)\b|\bguarantees?\b[^.;]{0,40}\b(in "
          r"production|always|every|all (the )?time)\b|\b(is|are) (an? )?(safe|fine|reliable|enough|"
          r"sufficient|good|proper|correct|robust|secure)( (way|means|mechanism|method|check|"
          r"guard))? (for|to) (validat|check|enforc|sanitiz|guard|verif|protect|secur)\w*"
          r"|\b(so|and) (the )?(endpoint|api|route|handler|view|service|app|function|code|it) "
          r"(is|stays) (secure|safe|protected)\b)"
          r"|^(?=.*(-o\b|\boptimi[sz]\w*|\bproduction\b|\bpythonoptimize\b)).*?\bassert\w*\b" +
          NOT_ONLY + r"{0,50}\bstill (runs?|executes?|checks?|fires?|applies|enforces?|works)\b"
          r"|(-o|optimi[sz]\w*)\b[^.;]{0,30}\b(does not|never|will not|wo not) (remove|strip|"
          r"disable|skip|affect|touch)\w*\b[^.;]{0,15}\bassert",
          "Python Language Reference, 7.3 The assert statement ('The current code generator "
          "emits no code for an assert statement when optimization is requested at compile "
          "time'); Python Command line and environment, -O",
          ("The assert guarantees that amount is positive even in production.",
           "assert always runs, so a negative amount can never reach the ledger.",
           "The assert check still runs under python -O.",
           "Asserts are safe for validating user input because they are always executed.",
           "python -O does not remove assert statements."),
          (("assert statements are stripped under python -O, so they are not safe for input "
            "validation."),
           "The assert only runs in debug mode; raise ValueError for real validation.",
           "Asserts are not always executed: -O removes them.",
           "assert does not run under python -O.",
           "An assert is a debugging aid that python -O removes.",
           "The assert still checks the invariant when the tests run."),
          ("python",), code_has=r"\bassert\b"),
    Entry("time_time_monotonic",
          "time.time() follows the system clock, which can be set back (NTP, an administrator): "
          "it is not monotonic, so measure durations and timeouts with time.monotonic() or "
          "time.perf_counter()",
          r"\btime\.time\b(\(\))?" + NOT_ONLY + r"{0,50}(\b(is|are) (guaranteed to be |always |"
          r"strictly )?(monotonic\w*|non-?decreasing|steady|increasing)\b|\b(always|only) "
          r"(increases|goes (up|forward)|moves forward|grows|counts up)\b)"
          r"|\btime\.time\b(\(\))?(?:(?!\b(not|while|but|unlike|whereas|monotonic|perf_counter)\b)"
          r"[^.;]){0,40}\b(never|cannot|can not|ca not) (go|goes|run|runs|jump|jumps|move|moves|"
          r"step|steps) back",
          "Python Library Reference, time.time ('While this function normally returns "
          "non-decreasing values, it can return a lower value than a previous call if the system "
          "clock has been set back') and time.monotonic",
          ("time.time() is monotonic, so the elapsed time can never be negative.",
           "time.time() always increases, so end - start is safe for measuring durations.",
           "Since time.time never goes backwards, the timeout check is reliable.",
           "The value from time.time() is guaranteed to be non-decreasing.",
           "time.time() cannot jump back, so the retry deadline is correct."),
          ("time.time() is not monotonic, so use time.monotonic() for durations.",
           "time.time can go backwards when NTP adjusts the clock.",
           "time.monotonic() never goes backwards, unlike time.time().",
           "time.time() can jump back, while time.monotonic() never goes backwards.",
           "time.perf_counter is monotonic, so it suits benchmarks."),
          ("python",), code_has=r"\btime\.time\(|from time import[^\n]*\btime\b"),
    Entry("eq_keeps_hash",
          "A class that defines __eq__ without __hash__ gets __hash__ = None: its instances are "
          "unhashable (TypeError as dict keys or set members) until __hash__ is defined too",
          r"^(?=.*__eq__)(?!.*\b(defin\w*|add\w*|implement\w*|writ\w*|provid\w*|with|and) (a |an "
          r"|its own |matching )?__hash__)(?!.*__hash__\s*(=|is|to|becomes|gets set) *none)"
          r"(?!.*\b(frozen|unsafe_hash|unhashable)\b).*?(__eq__" + NOT_ONLY + r"{0,60}(\b(is|are) "
          r"(enough|sufficient|all (that is|it takes))\b|\b(keeps?|inherits?|retains?|still (has|"
          r"uses|gets)) (the )?(default |inherited |object )?(__hash__|hash)\b|\bcan (be )?(go|put|"
          r"added|used|stored|serve|act|live)\w* (in|into|as|to)\b[^.;]{0,20}\b(sets?|dict\w*|"
          r"keys?)\b|\b(collapse|merge|are (deduplicated|merged)|count once)\b[^.;]{0,30}\b(sets?|"
          r"dict\w*)\b|\b(keeps?|leaves?) (the (object|class|instance)s? |it |them |instances )?"
          r"hashable\b|\b(is|are|stays?|remains?) (still )?hashable\b|\b(automatically|also) "
          r"(derives?|generates?|creates?|adds?|defines?|gets?) "
          r"(a |the )?(matching )?(__hash__|hash)\b)"
          r"|\b(derives?|generates?|creates?|adds?|synthesi[sz]es?) (a |the )?(matching )?"
          r"(__hash__|hash (method|function))\b[^.;]{0,30}\b(automatically|for you|from (it|"
          r"__eq__))\b)",
          "Python Language Reference, 3.3.1 Basic customization, object.__hash__ ('A class that "
          "overrides __eq__() and does not define __hash__() will have its __hash__() implicitly "
          "set to None')",
          ("Defining __eq__ is enough to use Point objects as dictionary keys.",
           "Since Point defines __eq__, instances can go into a set and duplicates are removed.",
           "Overriding __eq__ keeps the default hash, so the objects still work in a set.",
           "The class defines __eq__, so Python derives __hash__ from it automatically.",
           "With __eq__ on Tag, tags can be used as dict keys."),
          ("Defining __eq__ without __hash__ sets __hash__ to None, so Point is unhashable.",
           "Because the class defines __eq__ but not __hash__, instances cannot go into a set.",
           "After adding __hash__ next to __eq__, the objects can be used as dict keys.",
           "A frozen dataclass generates __hash__ from its fields and __eq__ compares them.",
           "__eq__ alone is not enough to put objects in a set."),
          ("python",), code_has=r"def __eq__|@dataclass",
          code_lacks=r"def __hash__|__hash__\s*=|unsafe_hash|frozen\s*=\s*True"),
    Entry("bool_distinct_from_int",
          "bool is a subclass of int: True == 1 and False == 0 with equal hashes, so True and 1 "
          "are the same dict key or set member, and isinstance(True, int) is True",
          r"\b(true and (`)?1|1(`)? and (`)?true)\b" + NOT + r"{0,30}\b(are|count as|make|"
          r"become|stay|give)\b (two |as )?(different|distinct|separate|two)\b"
          r"|\b(true and (`)?1|1(`)? and (`)?true)\b" + NOT + r"{0,60}\b(two|2) (separate |"
          r"distinct |different )?(keys|entries|elements|items|members)\b"
          r"|isinstance\(\s*(true|false)\s*,\s*int\s*\)`?\s*(is|returns|gives|evaluates to)\s+"
          r"false\b"
          r"|isinstance\(\s*\w+\s*,\s*int\s*\)`?\s*(is|returns|gives|evaluates to)\s+false\b"
          r"(?:(?!\b(but|while|whereas)\b)[^.;]){0,20}\b(bools?|booleans?|true|flags?)\b"
          r"|\b(bools?|booleans?)\b (is|are) not (a subclass|a subtype|ints?|integers?|an? "
          r"(int|integer)|numbers?)\b"
          r"|\btrue\s*==\s*1`?\s*(is|evaluates to|returns|gives)\s*false\b|\btrue (does not "
          r"equal|is not equal to|!=) 1\b"
          # the shapes: '`True + True` raises a TypeError', 'a dict keeps keys 1 and True as
          # separate entries'
          r"|`?true ?\+ ?true`? (raises|throws|gives|is) (a |an )?(typeerror|error)\b"
          r"|\b(cannot|can not) (add|sum|do arithmetic on) (two )?booleans\b"
          r"|\bkeys? `?(1`? and `?true|true`? and `?1)`?\b[^.;]{0,20}\b(as )?(separate|distinct|"
          r"different|two) (entries|keys|items)\b"
          r"|\{(1: [^,}]+, true|true: [^,}]+, 1): [^}]+\}`? (has|holds|contains|keeps) (two|2) ("
          r"items|entries|keys)\b",
          "Python Library Reference, Built-in Types, Boolean Type ('bool is a subclass of int'; "
          "'False and True ... behave like the integers 0 and 1'); Python Language Reference, "
          "3.2 The standard type hierarchy, Booleans",
          ("`{True: 'y', 1: 'n'}` has two entries.",
           'You cannot sum booleans, so `sum(flags)` fails.',
           "True and 1 are different keys, so the dict ends up with two entries.",
           "isinstance(flag, int) is False for a bool, so the check rejects booleans.",
           "A set holding 1 and True keeps two separate elements.",
           "True == 1 is False in Python because bool is a separate type.",
           "bool is not a subclass of int."),
          ("`{True: 'y', 1: 'n'}` has one entry, since True == 1.",
           'You can sum booleans, so `sum(flags)` counts the True ones.',
           "True and 1 are the same key, so the dict has one entry.",
           "isinstance(flag, int) is True for a bool, so check for bool first.",
           "The set {1, True} has a single element because True == 1.",
           "bool is a subclass of int, so True + True is 2.",
           "isinstance(name, int) is False for a string, but True for a bool."),
          ("python",), code_has=r"\b(True|False|bool|isinstance)\b"),
    Entry("path_join_keeps_prefix",
          "os.path.join (and pathlib's `/`) discards everything before an absolute component: "
          "os.path.join(base, '/etc/passwd') is '/etc/passwd', so joining a user-supplied name "
          "does not keep it inside base (resolve it and check it is still under base)",
          r"(os\.path\.join|\bpath\.join|\bpathlib\b|\bpath\([^)]*\)\s*/|\bthe / operator|"
          r"\bjoin(ing|ed)?\b[^.;]{0,20}\b(path|paths|directory|dir)\b)" + NOT_ONLY +
          r"{0,60}(\b((always |still |safely )?(keeps?|stays?|confines?|restricts?|limits?|"
          r"remains?)|(always|still|safely) (puts?|places?|lands?|ends? up|writes?)|(puts?|places?|"
          r"lands?|ends? up|writes?)(?=[^.;]*\b(whatever|no matter|even if|even when|regardless)\b))"
          r" (the (file|path|result|upload) |it |them )?(inside|within|under|in|below)\b[^.;]{0,10}"
          r"\b(base\w*|root\w*|upload\w*|\w*_?dir\w*|(the )?(base |upload |target |storage )?"
          r"(directory|folder|dir))"
          r"|\b(prevents?|stops?|blocks?|protects? against|guards? against|rules? out) (any )?"
          r"(path |directory )?traversal|\b(ignores?|strips?|drops?|removes?) (the |a |any )?"
          r"leading (slash|/|separator))",
          "Python Library Reference, os.path.join ('If a segment is an absolute path ... then "
          "all previous segments are ignored and joining continues from the absolute path "
          "segment') and pathlib, PurePath ('When several absolute paths are given, the last "
          "is taken as an anchor')",
          ("os.path.join(UPLOAD_DIR, filename) always keeps the file inside UPLOAD_DIR.",
           ("Even if filename starts with a slash, os.path.join still puts it under the base "
            "directory."),
           "Joining the paths with os.path.join prevents path traversal.",
           "os.path.join strips the leading slash from the user's filename.",
           "Path(root) / name stays inside root whatever name is."),
          (("os.path.join discards the base when filename is absolute, so the file can land "
            "outside UPLOAD_DIR."),
           "os.path.join does not prevent path traversal.",
           "os.path.join alone does not keep the file inside UPLOAD_DIR.",
           ("Resolving the path and checking it starts with UPLOAD_DIR keeps the file inside the "
            "base directory."),
           "os.path.join never strips a leading slash; it restarts from the absolute part.",
           ("os.path.join(UPLOAD_DIR, name) puts the file in UPLOAD_DIR when name is a plain "
            "file name.")),
          ("python",), code_has=r"os\.path\.join|\bPath\(|pathlib"),
    Entry("int_rounds_float",
          "int(x) on a float truncates toward zero: int(2.9) is 2 and int(-2.9) is -2; round() "
          "rounds (to even on ties) and math.floor floors",
          r"^(?!.*\bint\(\s*(round|math\.|floor|ceil|decimal))(?:.*?)"
          r"(\bint\((\)|[^()]*(\([^()]*\)[^()]*)*\))`?" + _NOT_INT + r"{0,40}|\bint( (function|"
          r"call|cast|conversion|builtin))? (is |just |always |also )?)(?<!of )(?<!the )"
          r"\b(rounds|rounding|rounded)\b(?![^.;]{0,30}\b(down|toward|towards|to zero|in the "
          r"direction of zero)\b)"
          r"|" + _INT_ROUNDED + r",",
          "Python Library Reference, Built-in Functions, int ('For floating point numbers, this "
          "truncates towards zero') and round",
          ("int(2.7) rounds to 3.",
           "int(price * 100) rounds the price to the nearest cent.",
           "int() rounds the float to the nearest whole number.",
           "Calling int(average) rounds it properly before printing.",
           "int(x) rounds half up, so int(2.5) is 3."),
          ("int(2.7) truncates toward zero, giving 2.",
           "int() does not round; use round() for that.",
           "round(2.7) rounds to 3, while int(2.7) is 2.",
           "int(x) drops the fractional part rather than rounding to the nearest integer.",
           "int(-2.7) rounds toward zero, to -2.",
           "int(round(x)) rounds to the nearest integer."),
          ("python",), code_has=r"\bint\("),
    Entry("str_find_raises",
          "str.find returns -1 when the substring is absent (and 0 when it starts the string, "
          "which is falsy); only str.index raises ValueError",
          r"\b(str\.)?find\b(\([^)]*\))?`?(\s+(?!(and|but|then|which|so|while|whereas|not|never|"
          r"cannot|no|unlike)\b)[\w']+){0,3}\s+(raises?|throws?|fails with|errors? out with|"
          r"returns? (none|false|null)\b|gives? (none|false)\b|evaluates to (none|false)\b)"
          r"(?! (nothing|no)\b)",
          "Python Library Reference, Built-in Types, str.find ('Return -1 if sub is not found') "
          "and str.index ('Like find(), but raise ValueError when the substring is not found')",
          ("line.find(':') raises a ValueError when there is no colon.",
           "If the separator is missing, text.find(sep) throws an exception.",
           "str.find returns None when the substring is not found.",
           "find() returns False if the word is absent, so the if works.",
           "name.find('@') fails with ValueError for names without an at sign."),
          ("line.find(':') returns -1 when there is no colon.",
           "str.index raises ValueError, while find returns -1.",
           "find returns -1 and index raises ValueError.",
           "find never raises; it returns -1.",
           "text.find(sep) returns 0 when the separator is at the start, which is falsy.",
           "line.index(':') raises a ValueError when there is no colon."),
          ("python",), code_has=r"\.find\(",
          code_lacks=r"ElementTree|etree|BeautifulSoup|bs4|lxml|\.findall\(|find_element"),
    # --- JavaScript / TypeScript ----------------------------------------------------------------
    Entry("array_holes_mapped",
          "new Array(n) (or Array(n)) makes n empty slots, and map, forEach and filter skip "
          "empty slots: Array(n).map(f) never calls f and returns n holes (use "
          "Array.from({length: n}, f), or fill() first)",
          r"^(?!.*(\.fill\(|\barray\.from\b|\bempty slots?\b|\bholes?\b|\bsparse\b|\bskips?\b))"
          r".*?(\b(new )?array\(\s*\w+\s*\)\s*\.\s*(map|foreach)\b(\((?:[^()]|\([^()]*\))*\))?|"
          r"\b(map|foreach)\b (over|on) (a |the )?(new )?array\(\s*\w+\s*\))" + NOT_ONLY +
          r"{0,50}\b(returns?|gives?|creates?|produces?|makes?|fills?|builds?|yields?|calls?|"
          r"runs?|invokes?|populates?|initiali[sz]es?)\b(?!( in| up| out)? (nothing|no\b|undefined))"
          # the shape: '`new Array(5)` creates five undefined elements that map visits'
          r"|\barray\(\d+\)`? (creates?|makes?|gives?|returns?) an array of (\w+ )?(undefined|nu"
          r"ll|zero|empty)? ?(elements|values|items|entries)\b[^.;]{0,20}\b(that|which) (map|for"
          r"each|filter) (visits?|sees?|iterates?|calls)\b",
          "MDN Web Docs, Array.prototype.map ('callbackFn is invoked only for array indexes "
          "which have assigned values. It is not invoked for empty slots in sparse arrays') and "
          "Array() constructor",
          ('`Array(4)` makes an array of four undefined values that forEach visits.',
           '`new Array(2)` returns an array of undefined elements which map sees.',
           "new Array(5).map((_, i) => i) returns [0, 1, 2, 3, 4].",
           "Array(n).map(() => []) creates n empty arrays.",
           "The map over new Array(rows) fills each slot with a fresh row.",
           "Array(3).map calls the callback three times.",
           "new Array(size).forEach(init) runs init once per slot."),
          ('`Array(4)` makes an array of four empty slots that forEach skips.',
           '`new Array(2)` has no elements, so map calls nothing.',
           ("new Array(5).map((_, i) => i) returns an array of 5 empty slots, because map skips "
            "holes."),
           "Array(n).map never calls the callback.",
           "Array.from({ length: 5 }, (_, i) => i) returns [0, 1, 2, 3, 4].",
           "new Array(3).fill(0).map(f) gives three values because fill creates the elements.",
           "Array(n).map(f) does not call f at all.",
           "That is why new Array(3).map(f) fills in nothing."),
          ("javascript", "typescript"), code_has=r"\bArray\(\s*\w+\s*\)"),
    Entry("date_month_one_based",
          "JavaScript Date months are zero-based: getMonth() returns 0-11 (January is 0) and "
          "new Date(2024, 1, 15) is 15 February; only the day of the month (getDate) starts at "
          "1",
          r"\bgetmonth\(\)`?(?!\s*\+)" + NOT_ONLY + r"{0,40}(\b1 ?(-|to|through|–) ?12\b|\b(12|"
          r"twelve) for december\b|\b(1|one) for january\b|\b(1|one)-(based|indexed)\b|"
          r"\bstarts? (at|from|with) (1|one)\b)"
          r"|\bmonths?\b(?! *\+)" + NOT_ONLY + r"{0,30}\b(is|are|start|starts|count|counts|numbered|"
          r"runs?|goes|go|ranges?)\b (always |all )?((1|one)-(based|indexed)|(at|from) (1|one)\b|"
          r"(from )?(1|one) (to|through|-|–) (12|twelve)\b)"
          r"|\bgetmonth\(\)`?(?!\s*\+)" + NOT_ONLY + r"{0,30}(" + _MONTH_NUMBERS + r")"
          r"|" + _DATE_ONE_BASED,
          "MDN Web Docs, Date.prototype.getMonth ('An integer, between 0 and 11, representing "
          "the month ... 0 for January') and Date() constructor (monthIndex)",
          ("getMonth() returns 12 for December.",
           "new Date(2024, 1, 15) is January 15th.",
           "getMonth() returns the month number from 1 to 12.",
           "Months in JavaScript dates start at 1, so January is month 1.",
           "The month argument is one-based, so new Date(year, 3, 1) is the first of March."),
          ("getMonth() returns 0 for January, so add 1 before printing.",
           "getMonth() is zero-based: December is 11.",
           "new Date(2024, 1, 15) is February 15th, because months start at 0.",
           "getDate() returns the day of the month from 1 to 31.",
           "getMonth() + 1 gives 1 to 12.",
           "Months are not 1-based in JavaScript dates."),
          ("javascript", "typescript"), code_has=r"\bDate\b|getMonth|setMonth"),
    Entry("await_in_loop_parallel",
          "An await inside a loop waits for each call before the next iteration starts: the "
          "requests run one after another; to overlap them, start them all and await "
          "Promise.all (asyncio.gather in Python)",
          r"^(?!.*\b(promise\.all\w*|gather|allsettled|foreach|create_task|taskgroup)\b|.*\.map\()"
          r".*?(\bawait\w*\b[^.;]{0,40}\b(in|inside|within) (the |a |each |every )?(for(\.\.\.of)?|"
          r"while|(?<!event )loop|iteration)\b|(\bfor(\.\.\.(of|in)\b| loops?\b|-of\b| each\b| "
          r"every\b|\s*\()|\bwhile( loop\b|\s*\()|(?<!event )\bloops?\b)[^.;]{0,40}"
          r"\bawait\w*\b|\bfor await\b)" + NOT_ONLY + r"{0,50}\b(in parallel|concurrently|at the "
          r"same time|at once|simultaneously|all together|in one go|overlap)\b",
          "MDN Web Docs, await (each await pauses the async function until the promise "
          "settles); ESLint, no-await-in-loop ('the loop ... performs each operation "
          "sequentially'); Python Library Reference, Coroutines and Tasks (awaiting a coroutine "
          "runs it to completion before the next statement)",
          ("The for...of loop with await fetches all the URLs in parallel.",
           "Because each fetch is awaited inside the loop, the requests run concurrently.",
           "Awaiting inside the for loop sends all the requests at the same time.",
           "The loop awaits each download, but they still happen in parallel.",
           "With `for await`, the pages are loaded simultaneously."),
          ("Awaiting inside the for loop runs the requests one at a time, not in parallel.",
           "The loop awaits each fetch, so the downloads do not overlap.",
           ("Promise.all(urls.map(fetch)) runs the requests concurrently, unlike the await in "
            "the loop."),
           "Each await in the loop waits for the previous request, so they run sequentially.",
           "With await in a for...of loop the requests are never in parallel.",
           "While one coroutine awaits, the event loop runs the others concurrently."),
          ("javascript", "typescript", "python"), code_has=r"(?s)\b(for|while)\b.*\bawait\b"),
    Entry("allsettled_rejects",
          "Promise.allSettled does not reject because one of its promises did: it waits for "
          "all of them and fulfils with one {status, value | reason} object per promise",
          r"\b(promise\.)?allsettled\b(\([^)]*\))?" + r"(?:(?!\b(that|which|whose|each|every|not|"
          r"never|only|unlike|those|ones)\b)[^.;]){0,40}\b(rejects?|throws?|short-?circuits?|stops?"
          r"|bails? out|fails? fast|fails|gives up|aborts?)\b(?! (nothing|no)\b)",
          "MDN Web Docs, Promise.allSettled ('The returned promise fulfills when all of the "
          "input's promises settle ... with an array of objects that describe the outcome of "
          "each promise')",
          ("Promise.allSettled rejects as soon as one request fails.",
           "If any upload fails, Promise.allSettled throws and the catch block runs.",
           "allSettled short-circuits on the first rejection, like Promise.all.",
           "Promise.allSettled(tasks) stops at the first error.",
           "The await on Promise.allSettled throws when a single fetch rejects."),
          ("Unlike Promise.all, allSettled does not reject when one promise fails.",
           "Promise.all rejects on the first failure, while allSettled waits for every promise.",
           "Promise.allSettled never rejects because of a failed promise.",
           "allSettled gives a status object for each promise, even for those that reject.",
           "Promise.allSettled reports each promise that rejects with status 'rejected'."),
          ("javascript", "typescript"), code_has=r"allSettled"),
    Entry("number_exact_beyond_safe",
          "A JavaScript number is a 64-bit float: integers are exact only up to "
          "Number.MAX_SAFE_INTEGER (2^53 - 1); larger ids or counters silently lose precision "
          "(use BigInt, or keep them as strings)",
          r"^(?!.*\b(not|never|cannot|lose|loses|losing|lost|rounded|rounds|max_safe_integer|"
          r"unsafe|bigints?|only)\b)(?=.*\b(exact\w*|precise\w*|lossless\w*|accurately|survives?|"
          r"intact|without (any )?(loss|rounding|precision loss))\b)(?=.*(\bno matter how "
          r"(big|large)|\bany (size|integer|64-bit)|\bhowever (big|large)|\barbitrar\w*|\b64-bit "
          r"(integers?|ints?)|\b2\s*\^\s*6[34]\b|\b2\*\*6[34]\b|\bint64\b|\blongs?\b|\b(18|19|20) "
          r"digits\b)).*\b(javascript|js|numbers?|json\.parse|number type|integers?)\b"
          r"|\b(javascript |js )?numbers?\b (are|is) (stored as |represented as )?(an? )?(64-bit|"
          r"signed|plain|true|real) (integers?|ints?|longs?)\b",
          "MDN Web Docs, Number.MAX_SAFE_INTEGER ('the maximum safe integer in JavaScript "
          "(2^53 - 1)') and Number ('values ... represented as IEEE 754 double-precision "
          "64-bit'); ECMAScript Language Specification, The Number Type",
          (("JavaScript numbers hold any 64-bit integer exactly, so the tweet id survives "
            "JSON.parse."),
           "A number can represent integers up to 2^64 exactly.",
           "Integers in JavaScript are exact no matter how big they are.",
           "Since numbers are 64-bit integers, the id is exact.",
           "JSON.parse keeps the 19 digits of the order id intact."),
          ("JavaScript numbers are 64-bit floats, so integers above 2^53 are not exact.",
           "The tweet id loses precision when JSON.parse turns it into a number.",
           "BigInt holds integers of any size exactly.",
           "Integers are exact only up to Number.MAX_SAFE_INTEGER.",
           "Numbers are 64-bit floating point values, not integers."),
          ("javascript", "typescript")),
    Entry("async_returns_value",
          "An async function always returns a Promise: the caller gets a Promise of the "
          "returned value and must await it (or call .then) to get the value itself",
          r"^(?!.*\b(await\w*|then)\b)(?!.*(?<!not )(?<!not a )(?<!rather_than )"
          r"(?<!rather_than a )(?<!instead_of )(?<!instead_of a )(?<!never )(?<!never a )"
          r"\bpromises?\b)(?=.*\basync\b)"
          r"(.*?\basync (functions?|methods?|arrow( functions?)?|callbacks?)\b" + NOT_ONLY +
          r"{0,40}\b(returns?|gives?( back)?|hands? back|evaluates to)\b (directly |just |"
          r"simply )?(the |its )?(actual |plain |raw )?(value|result|object|data|number|"
          r"string|array|\w+ (object|value|result|data|list))\b(?! (wrapped|in a|as a))"
          r"|.*?\b(is|being) (an )?async\b" + NOT_ONLY + r"{0,60}\b(gives?|returns?|hands? back|"
          r"evaluates to|is)\b (directly |just |simply )?(the |an? )?(actual |plain |raw )?"
          r"(\w+ )?(value|object|result|data|number|array|string|list)\b(?! (wrapped|in a|as a))"
          r"|.*?\basync\b" + NOT_ONLY + r"{0,60}\b(returns?|gives?( back)?|hands? back)\b (the |its |an? "
          r")?(\w+ ){0,2}(directly|itself|synchronously|as is)\b|.*?\basync\b" + NOT_ONLY +
          r"{0,60}\breturns? (whatever|exactly what)\b)",
          "MDN Web Docs, async function ('Async functions always return a promise. If the "
          "return value of an async function is not explicitly a promise, it will be "
          "implicitly wrapped in a promise')",
          ("Since getUser is async, const user = getUser() gives the user object.",
           "The async function returns the value directly, so total is a number.",
           "An async function returns its return value, not a promise.",
           "loadConfig is async and returns the config object to the caller.",
           "The async method hands back the plain array, so rows.length works."),
          (("An async function always returns a Promise, so user is a Promise until it is "
            "awaited."),
           "const user = await getUser() gives the user object.",
           "getUser() is async and returns a Promise, not the user.",
           "The async function wraps its return value in a Promise.",
           "Since getUser is async, calling it without await gives a pending Promise."),
          ("javascript", "typescript"), code_has=r"\basync\b"),
    Entry("map_parseint_parses",
          "array.map(parseInt) passes each element's index as parseInt's radix: "
          "['1', '2', '3'].map(parseInt) is [1, NaN, NaN] (map with s => parseInt(s, 10) or "
          "Number)",
          r"^(?!.*\b(nan|radix|index|indices|indexes|second argument|base)\b)"
          r".*?(\.map\(\s*parseint\s*\)|\bparseint\b[^.;]{0,30}\b(to|into|directly to|straight "
          r"to) (\w+\.)?map\b|\bmap\b[^.;]{0,10}\bwith parseint\b)" + NOT_ONLY + r"{0,60}"
          r"\b(converts?|parses?|turns?|gives?|returns?|yields?|produces?|works?|maps?|"
          r"changes?)\b"
          # the shapes: 'map calls parseInt with only the element', 'parseInt ignores extra
          # arguments'
          r"|\bmap\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(calls?|invo"
          r"kes?|passes?) `?parseint`? (with only |with just |only |just )(the |one |a single )?(element|"
          r"value|item|string|argument)\b"
          r"|\bparseint\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\b(ignore"
          r"s?|drops?|discards?) (the )?(extra|additional|other|second|index) (arguments?|parame"
          r"ters?)\b"
          r"|\b(mapping|map\(|\.map) `?parseint`?(?:[^.;]|\.(?=\w)){0,40}\b(gives|returns|yields"
          r"|produces|results in) `?\[\d+(, ?\d+)+\]",
          "MDN Web Docs, Array.prototype.map, 'Using parseInt() with map()' (map passes the "
          "element, its index and the array; parseInt reads the index as the radix)",
          ('Here map passes parseInt just the string, so every entry is read in base 10.',
           "Mapping `parseInt` over `['7', '8', '9']` returns `[7, 8, 9]`.",
           "strings.map(parseInt) converts every string to its number.",
           "['10', '10', '10'].map(parseInt) returns [10, 10, 10].",
           "ids.map(parseInt) parses each id as a decimal integer.",
           "Passing parseInt directly to map works like calling parseInt on each element.",
           "`parts.map(parseInt)` turns the version string's parts into numbers."),
          ("Here map passes parseInt the string and its index, so '8' is read in base 1.",
           "Mapping `parseInt` over `['7', '8', '9']` returns `[7, NaN, NaN]`.",
           ("['1', '2', '3'].map(parseInt) gives [1, NaN, NaN], because map passes the index as "
            "the radix."),
           "ids.map(parseInt) does not work as expected.",
           "ids.map(Number) converts every string to its number.",
           "ids.map(s => parseInt(s, 10)) parses each id in base 10.",
           "parts.map(parseInt) never parses the later parts correctly."),
          ("javascript", "typescript"), code_has=r"map\(\s*parseInt\s*\)"),
    Entry("js_replace_all_occurrences",
          "String.prototype.replace with a string pattern (or a regex without the g flag) "
          "replaces only the first occurrence; replaceAll, or a regex with the g flag, replaces "
          "every one",
          r"^(?!.*(\breplaceall\b|/g\b|/[a-z]*g[a-z]*\s*,|\bglobal (flag|regex\w*)\b|\bg flag\b|"
          r"\bfirst\b))"
          r".*?(\breplace\(\s*(?P<q>['\"`])[^'\"`]{0,10}(?P=q)\s*,[^)]*\)|\breplace\(\)|\.replace\b|"
          r"\breplace (call|method|function)\b)`?" + NOT_ONLY +
          r"{0,50}\b(replaces|removes|strips|turns|swaps|changes|converts|deletes|escapes|"
          r"will (replace|remove|strip|turn|swap|change|convert|delete|escape))\b[^.;]{0,15}"
          r"\b(all|every|each|any)\b",
          "MDN Web Docs, String.prototype.replace ('If pattern is a string, only the first "
          "occurrence will be replaced') and String.prototype.replaceAll",
          ("name.replace(' ', '-') replaces every space with a dash.",
           "slug.replace('_', ' ') turns all the underscores into spaces.",
           "version.replace('.', '') removes all the dots from the version string.",
           "The replace call swaps each comma for a semicolon.",
           "String replace() replaces all occurrences of the substring."),
          ("name.replace(' ', '-') replaces only the first space.",
           "name.replaceAll(' ', '-') replaces every space.",
           "name.replace(/ /g, '-') replaces every space.",
           "replace(' ', '-') does not replace every space.",
           "With a string pattern, replace changes just the first occurrence, not all of them."),
          ("javascript", "typescript"), code_has=r"\.replace\(\s*['\"`]"),
    # --- Go ------------------------------------------------------------------------------------
    Entry("panic_confined_to_goroutine",
          "A panic that is not recovered in the goroutine where it happens crashes the whole "
          "program: main and every other goroutine stop with it, so one panicking worker takes "
          "the server down",
          r"^(?!.*\brecover\w*\b)(?=.*\bgoroutines?\b).*?\bpani\w*\b" + NOT + r"{0,80}"
          r"(\bonly (kills|stops|terminates|crashes|affects|ends|brings down) (that|the|this|its own|"
          r"one) (\w+ )?(goroutine|worker)\b|\bonly (that|the|this|one|its own) (\w+ )?"
          r"(goroutine|worker)s? (dies|exits|stops|"
          r"crashes|terminates|ends|is (killed|stopped|lost))\b|\b(just|simply|only) (exits|dies|"
          r"stops|ends|terminates|returns)\b|\b(the )?(rest of the program|other goroutines|"
          r"others|main( goroutine)?|program|server|process)\b (keeps? (running|going|serving)|"
          r"carries on|continues|survives?|is (unaffected|not affected))\b|\bdoes not (affect|"
          r"crash|kill|bring down|take down|stop|touch|reach) (the )?(others?|other goroutines|"
          r"main|program|server|process|rest)\b|\b(is |stays |remains )(confined|contained|"
          r"isolated|local) to\b)",
          "The Go Programming Language Specification, Handling panics ('If ... the goroutine's "
          "top-level function ... G's execution terminates ... the program is terminated and "
          "the error condition is reported'); Effective Go, Recover",
          ("If a worker goroutine panics, only that goroutine dies and main keeps running.",
           "A panic in one goroutine does not affect the others.",
           "A panicking goroutine just exits; the rest of the program carries on.",
           "When the handler goroutine panics, the server keeps serving other requests.",
           "The panic stays confined to the goroutine that hit the nil map."),
          ("If a worker goroutine panics and nothing handles it, the whole program crashes.",
           "A panic in one goroutine takes down every other goroutine too.",
           "Only a recover in the panicking goroutine keeps the program running.",
           "The rest of the program does not keep running after a panic in a goroutine.",
           "The panic is not confined to the goroutine: main exits as well."),
          ("go",), code_has=r"\bgo\s+(func\b|\w+)"),
    Entry("waitgroup_add_in_goroutine",
          "wg.Add must be called before the go statement that starts the goroutine: an Add "
          "inside the new goroutine can run after Wait has already seen a zero counter and "
          "returned",
          r"^(?!.*\b(before (the |each |every |starting |launching |spawning |it |we )?(go|"
          r"goroutines?|spawn\w*|launch\w*|start\w*)|race\w*|happens[- ]before)\b)"
          r"(.*?\b(wg\.)?add\b(\(\d*\))?[^.;]{0,40}\b(inside|in|at the (top|start|beginning) of|"
          r"within|from|first thing in) (the |each |every )?(new |spawned )?(goroutines?|workers?|"
          r"go func)\b" + NOT + r"{0,40}\b(is (safe|fine|correct|ok|okay|enough)|works|"
          r"guarantees?|ensures?|so wait (waits|blocks))\b"
          r"|(?=.*\b(goroutines?|workers?|go func)\b[^.;]{0,30}\b(calls? )?(wg\.)?add\b).*?\bwait\b"
          r"(\(\))? (can not|cannot|ca not|will not|wo not|never) (return|finish|exit|unblock)\w* "
          r"(early|too (early|soon)|before)"
          r"|.*?\bdoes not matter (whether|if|where|when)\b[^.;]{0,40}\badd\b"
          r"|.*?\b(goroutines?|workers?|go func)\b[^.;]{0,20}\bcalls? (wg\.)?add\b" + NOT +
          r"{0,40}\b((is|are) (safe|fine|correct|ok|okay)|works)\b)",
          "Go standard library, sync.WaitGroup.Add ('calls with a positive delta that occur "
          "when the counter is zero must happen before a Wait ... typically this means the "
          "calls to Add should execute before the statement creating the goroutine')",
          ("Calling wg.Add(1) at the top of each goroutine is safe, because Wait waits for it.",
           "wg.Add(1) inside the goroutine is fine since the goroutine starts immediately.",
           ("Because every worker goroutine calls wg.Add(1) first thing, Wait cannot return "
            "early."),
           "It does not matter whether Add runs inside the goroutine or before it.",
           "Doing wg.Add(1) in the go func works, so Wait waits for all the uploads."),
          ("wg.Add(1) inside the goroutine is not safe: Wait may return before it runs.",
           "Call wg.Add(1) before the go statement so Wait sees the goroutine.",
           "Because wg.Add(1) runs before each go statement, Wait cannot return early.",
           "An Add inside the goroutine races with Wait.",
           "Where Add runs does matter: inside the goroutine it can come after Wait."),
          ("go",), code_has=r"\.Add\("),
    Entry("value_receiver_modifies",
          "A method with a value receiver works on a copy of the value: assigning to its "
          "fields changes the copy, not the caller's value (a pointer receiver changes the "
          "original)",
          r"\bvalue receivers?\b" + NOT_ONLY + r"{0,50}\b(modif\w*|chang\w*|updat\w*|mutat\w*|"
          r"increment\w*|sets?|writes? to|affects?|alters?)\b (the )?(?!cop(y|ies))(original|"
          r"callers?|receiver|struct|\w+ (field|value|struct|balance|count|counter)|(account|"
          r"counter|balance|count|state|fields?))\b"
          r"|\bvalue receivers?\b" + _NOT_COPY + r"{0,60}\b(modif|chang|updat|mutat|increment|sets?\b|"
          r"alters?\b)\w*" + _NOT_COPY + r"{0,30}\b(for|in|of|to) the callers?\b"
          r"|\b(go )?pass(es|ed)? (the |a )?(value )?receivers? by reference\b"
          r"|\breceivers? (is|are) (passed|given) by reference\b"
          r"|\b(callers?|original)\b[^.;]{0,20}\b(sees?|gets?|has|keeps?|observes?)\b (the )?"
          r"(new|updated|changed|incremented)\b[^.;]{0,40}\b(even though|although|though|"
          r"despite)\b[^.;]{0,30}\b(value receiver|receiver is (a value|not a pointer)|by value)",
          "A Tour of Go, Methods: Pointer receivers ('With a value receiver, the Scale method "
          "operates on a copy of the original Vertex value'); Go FAQ, 'Should I define methods "
          "on values or pointers?'",
          ("The Deposit method with a value receiver updates the account's balance.",
           "The caller sees the new balance even though Deposit has a value receiver.",
           "A value receiver modifies the original struct.",
           "Calling c.Inc() increments the counter, since Go passes the receiver by reference.",
           "Because the receiver is passed by reference, Reset clears the caller's fields."),
          (("With a value receiver, Deposit changes a copy, so the caller's balance is "
            "unchanged."),
           "A value receiver does not modify the original struct.",
           "A pointer receiver modifies the original struct.",
           "Go passes the receiver by value, so the caller's counter stays 0.",
           "The value receiver only updates its own copy.",
           "With a value receiver, SetName changes a copy, not the name in the caller."),
          ("go",), code_has=r"func\s*\(\s*\w+\s+[A-Za-z_]\w*\s*\)"),
    Entry("go_switch_falls_through",
          "A Go switch case does not fall through: only the matching case runs, with no break "
          "needed; only an explicit `fallthrough` statement continues into the next case",
          r"^(?!.*\bfallthrough\b)(?!.*\b(in|like|unlike|as in) (c|java|javascript|js|c\+\+)\b)"
          r"(.*?\b(without|no|missing|forgot\w*|lacks?( a)?|omit\w*)\b (an? |the )?(explicit )?"
          r"break\b" + NOT + r"{0,60}\b(falls?|fell|falling|continues?|runs?|executes?|goes)\b"
          r"[^.;]{0,20}\b(through|into|on to|onto|the (next|following)|to (the )?(next|following|"
          r"default))"
          r"|.*?\b(case|switch)\w*\b" + NOT + r"{0,40}\b(falls?|fall) (through|into)\b"
          r"|.*?\b(each|every) case (needs|requires|must (have|end with)) (a |an explicit )?break\b"
          r"|" + NOT + r"*?\b(falls?|fall) (through|into)\b[^.;]{0,40}\b(unless|until|without)\b"
          r"[^.;]{0,20}\bbreak\b"
          r"|(?=.*\bbreak\b).*?\b(otherwise|or else)\b[^.;]{0,30}\b(go|it|the switch|execution|"
          r"control)\b (runs|executes|continues|falls)\b[^.;]{0,20}\b(following|next|other) "
          r"cases?)"
          # the shape: 'you need a break at the end of each case'
          r"|(?<!not )(?<!\bno )\b(need|must (add|write|put)|have to (add|write|put)|requires?) a `?break`? (at the"
          r" end of|in|after|inside) (each|every) case\b",
          "The Go Programming Language Specification, Switch statements ('the last non-empty "
          "statement may be a ... \"fallthrough\" statement to indicate that control should "
          "flow from the end of this clause to the first statement of the next clause. "
          "Otherwise control flows to the end of the \"switch\" statement')",
          ('In Go you must write a break inside every case.',
           'Go requires a `break` at the end of each case.',
           "Without a break, the switch falls through into the next case.",
           "Each case needs a break, otherwise Go runs the following cases too.",
           "Since case \"admin\" has no break, execution continues into the \"user\" case.",
           "The missing break makes the switch fall through to default.",
           "The admin case falls through to the editor case."),
          ('In Go you need no break inside a case; it never falls through.',
           'Go does not require a `break` at the end of each case.',
           "Go's switch does not fall through, so no break is needed.",
           "Only an explicit fallthrough statement continues into the next case.",
           "Unlike C, a Go case stops at its end without a break.",
           "Each case runs alone; Go adds an implicit break.",
           "The missing break changes nothing, because Go cases never fall through."),
          ("go",), code_has=r"\bswitch\b"),
    Entry("go_copy_grows_dst",
          "copy(dst, src) copies min(len(dst), len(src)) elements and never grows dst: copying "
          "into an empty or nil slice copies nothing (make dst with len(src) first, or use "
          "append)",
          r"^(?!.*(\bmake\(|\bsame (length|len|size)\b|\blen\(src\)|\bas long as\b|\blong "
          r"enough\b|\bmin\w*\b|\bshorter\b|\bas many\b))"
          r".*?(\bcopy\([^)]*\)|\b(built-?in |the )copy (function|builtin)\b|\bcopy\b(?= "
          r"(grows|extends|resizes|appends|allocates|expands)))`?" + NOT_ONLY + r"{0,40}"
          r"(\b(grows?|extends?|resizes?|expands?|allocates?|appends?|enlarges?|lengthens?)\b"
          r"(?! (nothing|no\b|anything))|"
          r"\bfills? (the |an |a )?(empty|nil|zero-length)\b|\bcopies (every|all|each)\b|"
          r"\bmakes? room\b)",
          "The Go Programming Language Specification, Appending to and copying slices ('The "
          "number of elements copied is the minimum of len(src) and len(dst)')",
          ("copy(dst, src) grows dst to fit src.",
           "copy(backup, items) fills the empty backup slice with every item.",
           ("The built-in copy function allocates room as needed, so var out []int works as the "
            "destination."),
           "copy(out, in) appends the elements of in to out.",
           "copy(snapshot, queue) copies every job into the nil snapshot slice."),
          ("copy(dst, src) copies only min(len(dst), len(src)) elements.",
           "copy does not grow dst, so copying into an empty slice copies nothing.",
           "append grows the slice when it needs room, copy never does.",
           "With dst := make([]int, len(src)), copy(dst, src) copies every element.",
           "copy(dst, src) never allocates.",
           "copy(dst, src) allocates nothing."),
          ("go",), code_has=r"\bcopy\("),
    # --- Java, and Java with Go -----------------------------------------------------------------
    Entry("int_overflow_raises",
          "Java and Go integer arithmetic wraps around silently on overflow (two's complement): "
          "no exception or panic is raised (Java's Math.addExact and multiplyExact throw "
          "ArithmeticException; in Go a constant expression that overflows is a compile error)",
          r"^(?!.*\b(\w+exact|math/bits|constants?|compil\w*|division|divid\w*|zero|untyped|stack\w*|"
          r"buffers?|heap|floats?|doubles?|bigint\w*|biginteger|debug|release|rust|[ui](8|16|32|64|"
          r"128|size)|checked_\w+|wrapping_\w+)\b)"
          r"(.*?\b(overflow\w*|exceeds? (integer\.max_value|max_value|math\.max\w+|the (maximum|"
          r"max|limit|range))|(goes |go )?(past|above|over|beyond) (integer\.|long\.)?max_value)\b"
          + NOT_ONLY + r"{0,50}\b(throws?|raises?|panics?|crash\w*|causes? (an? |the )?(runtime )?"
          r"(panic|exception|error|arithmeticexception)|triggers? (an? )?(panic|exception|error)|"
          r"(is|gets) (detected|caught|reported|trapped))\b(?! (nothing|no)\b)"
          r"|(?!.*(\bnot\b|\bnever\b|\bno\b|\bnothing\b|\bsilently\b|\bwraps?\b)).*?\b(throws?|"
          r"raises?|panics?|(causes|gives) an? (runtime )?(panic|exception))\b[^.;]{0,40}\b(on|when|"
          r"if|for|at)\b[^.;]{0,30}\boverflow\w*\b"
          r"|.*?\b(detects?|checks? for|traps?) (integer|int|arithmetic|signed) overflows?\b)"
          # the shapes: '`Integer.MAX_VALUE + 1` makes the program crash', 'the JVM detects
          # overflow'
          r"|\bmax_value ?\+ ?1`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}"
          r"\b(makes|causes|will make)? ?(the program |it )?(crash|throws?|fails?|aborts?)\b"
          r"|\b(jvm|java|the runtime|go)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w)"
          r")){0,10}\b(detects?|catches|traps?|checks? for) (integer |int )?overflows?\b",
          "The Java Language Specification, 4.2.2 Integer Operations ('The integer operators do "
          "not indicate overflow or underflow in any way') and Math.addExact; The Go Programming "
          "Language Specification, Integer overflow ('the operations +, -, *, /, and << may "
          "legally overflow ... Overflow does not cause a run-time panic')",
          ('The JVM traps integer overflow and stops the sum.',
           '`Long.MAX_VALUE + 1` throws at run time.',
           "If count exceeds Integer.MAX_VALUE, Java throws an ArithmeticException.",
           "An int overflow in Go causes a runtime panic.",
           "Adding to a full int32 overflows and raises an error.",
           "The JVM detects integer overflow and stops the program.",
           "Java throws when total * price overflows."),
          ('Integer overflow wraps silently in Java, so the sum goes negative.',
           '`Long.MAX_VALUE + 1` gives `Long.MIN_VALUE` silently.',
           "When count exceeds Integer.MAX_VALUE it wraps around to a negative number silently.",
           "Java does not throw on integer overflow; Math.addExact does.",
           "Go integer overflow never panics, it wraps.",
           "Math.addExact throws an ArithmeticException on overflow.",
           "Integer overflow raises no exception in Java."),
          ("java", "go"), code_lacks=r"\w+Exact\(|math/bits"),
    Entry("switch_no_fallthrough",
          "In C, C++, Java (a `case X:` switch) and JavaScript a case without break falls "
          "through: execution runs on into the next case's statements until a break or the "
          "switch's end (Java's arrow form `case X ->` does not fall through)",
          r"^(?!.*->)(?!.*\b(returns?|throws?|continue|arrow|go)\b)(?!.*(?<!not )(?<!never )"
          r"\b(falls? (into|through)|falling (into|through)|continues into|runs on into|also runs|"
          r"runs as well)\b)"
          r"(?=.*(\b(no|without|missing|omit\w*|lacks?|lacking|forgot\w*)\b (an? |the |any )?"
          r"breaks?\b|\bbreaks?\b[^.;]{0,20}\b(is|are) (not needed|not necessary|not required|"
          r"optional|unnecessary|redundant|harmless)|\bno need for (an? |the )?break))"
          r".*\b(only the (matching|matched|selected|chosen) case (runs?|executes?|is (run|"
          r"executed))|(stops?|exits?|ends?|leaves?|finishes) (at|after) the (end of the )?"
          r"(case|matching case|block)|does not fall (through|into)|never falls? (through|into)"
          r"|no fall-?through|(is|are) (harmless|fine|safe|not a problem)|(is|are) (not needed|"
          r"not necessary|not required|optional|unnecessary|redundant)|(each|every) case ends "
          r"at the next (case|label)|the switch (just )?(ends|exits|stops))\b",
          "The Java Language Specification, 14.11.3 Execution of a switch Statement (with a "
          "`case ... :` label, 'all statements after the matching case label in the switch "
          "block, if any, are executed in sequence'); MDN Web Docs, switch ('break ... If "
          "omitted, execution will proceed to the next case clause'); C standard 6.8.4.2 and "
          "cppreference, switch statement",
          ("Only the matching case runs, so no break is needed.",
           "Without a break, the switch just stops at the end of the case.",
           "The admin case runs and then the switch exits, even though there is no break.",
           "The missing break statements are harmless here.",
           "Without a break the case does not fall through into the next one."),
          ("Without a break, execution falls through into the next case.",
           "The missing break makes case 'admin' fall through to case 'user'.",
           "With the arrow form case X -> there is no fall-through, so no break is needed.",
           "Each case ends with break, so only the matching case runs.",
           "A break is not needed here because every case returns.",
           ("Case 1 has no break, so it falls into case 2, and the switch ends at case 2's "
            "break.")),
          ("java", "c", "cpp", "javascript", "typescript"),
          code_has=r"(?s)\bcase\b[^\n:]*:(?:(?!\b(break|return|throw|continue|case|default)\b)"
          r".)*?;(?:(?!\b(break|return|throw|continue)\b).)*?\b(case|default)\b"),
    Entry("math_abs_non_negative",
          "Math.abs(Integer.MIN_VALUE) is Integer.MIN_VALUE, still negative (its positive "
          "value does not fit in an int): Math.abs(hash) % n can be negative (use "
          "Math.floorMod, or Math.absExact to throw)",
          r"\bmath\.abs\(\s*(integer|long)\.min_value\s*\)`?\s*(is|returns|gives|==|evaluates "
          r"to)\s*(positive|non-?negative|(integer\.)?max_value|2147483648|\+?2\^31)"
          r"|^(?!.*\b(min_value|absexact|floormod|overflow\w*)\b).*?\bmath\.abs\w*\b(\([^)]*\)"
          r"+)?" + NOT_ONLY + r"{0,60}(\b(always|guarantees?|ensures?|makes? sure)\b[^.;]{0,30}"
          r"\b(non-?negative|positive|>= ?0|zero or (more|greater|positive))|\b(is|are|stays?) "
          r"(always )?(non-?negative|positive)\b|\bbetween 0 and\b|\bin (the )?range\b|\b(makes?|turns?|"
          r"keeps?) (it|the \w+|\w+) (positive|non-?negative)\b)"
          r"|^(?!.*\b(min_value|absexact|floormod|overflow\w*)\b).*?\bmath\.abs\w*\b[^.;]{0,60}"
          r"\b(can ?not|can never|ca not|is never|will never|never) (be |go |come out |turn )?"
          r"negative\b"
          # the shape: '`Math.abs(Integer.MIN_VALUE)` returns a positive value'
          r"|\bmath\.abs\(\s*(integer|long)\.min_value\s*\)`?\s*(is|returns|gives|yields) (a |al"
          r"ways )?(positive|non-?negative)\b",
          "Java SE API, Math.abs(int) ('if the argument is equal to the value of "
          "Integer.MIN_VALUE ... the result is that same value, which is negative') and "
          "Math.floorMod, Math.absExact",
          ('`Math.abs(Long.MIN_VALUE)` gives a positive number.',
           'Math.abs(Integer.MIN_VALUE) is positive like any other abs.',
           ("Math.abs always returns a non-negative number, so the bucket index is never "
            "negative."),
           "Math.abs(key.hashCode()) % buckets gives an index between 0 and buckets - 1.",
           "Because of Math.abs, the index can never be negative.",
           "Math.abs guarantees a positive result for any int.",
           "Math.abs(Integer.MIN_VALUE) is positive."),
          ('`Math.abs(Long.MIN_VALUE)` gives a negative number, the same value.',
           'Math.abs(Integer.MIN_VALUE) is not positive; it overflows.',
           "Math.abs(Integer.MIN_VALUE) is still negative, so the index can be negative.",
           "Math.floorMod(hash, buckets) is always between 0 and buckets - 1.",
           "Math.abs does not always return a non-negative number.",
           "Math.abs(hash) % n can be negative when hash is Integer.MIN_VALUE.",
           "Math.absExact throws rather than returning a negative value."),
          ("java",), code_has=r"Math\.abs\("),
    Entry("java_split_literal",
          "Java's String.split takes a regular expression: split(\".\") matches every "
          "character and returns an empty array, split(\"|\") splits between every character; "
          "escape the metacharacter (\"\\\\.\") or use Pattern.quote",
          r"^(?!.*\b(regex\w*|regular expressions?|metacharacters?|every character|any "
          r"character|empty|escap\w*|pattern\.quote|quote)\b)"
          r"(.*?\bsplit\(\s*\"(\.|\||\$|\^|\*|\+|\?)\"\s*\)`?" + NOT_ONLY + r"{0,60}\b(splits?|"
          r"breaks?|cuts?|separates?|gives?|returns?|yields?|produces?|divides?)\b(?!\s+(an? )?"
          r"(nothing|no\b|zero))"
          r"|.*?\b(string\.)?split\b(\(\))?" + NOT_ONLY + r"{0,30}\b(treats?|takes?|interprets?|"
          r"reads?|uses?|matches) (its |the )?(argument|separator|delimiter|parameter|input)\b"
          r"[^.;]{0,10}\b(as )?(a )?(plain|literal|fixed|normal|simple|ordinary) (string|text|"
          r"characters?|separator))",
          "Java SE API, String.split(String regex) ('Splits this string around matches of the "
          "given regular expression') and Pattern.quote",
          ("version.split(\".\") splits the version string on the dots.",
           "line.split(\"|\") gives the fields between the pipes.",
           "`\"1.2.3\".split(\".\")` returns [\"1\", \"2\", \"3\"].",
           "String.split treats its argument as a plain string.",
           "price.split(\".\") separates the euros from the cents."),
          (("version.split(\".\") returns an empty array, because \".\" is a regex matching any "
            "character."),
           "version.split(\"\\\\.\") splits on the dots.",
           "split takes a regular expression, so the dot must be escaped.",
           "line.split(Pattern.quote(\"|\")) gives the fields between the pipes.",
           "String.split does not treat its argument as a plain string."),
          ("java",), code_has=r"\.split\("),
    Entry("bigdecimal_double_exact",
          "new BigDecimal(0.1) holds the double's exact binary value "
          "(0.1000000000000000055511151231257827...), not 0.1: build decimals from strings "
          "(new BigDecimal(\"0.1\")) or with BigDecimal.valueOf(double)",
          r"^(?!.*\b(valueof|string constructor|from (a |the )?strings?|keeps?|carries|"
          r"preserves?)\b)(?!.*bigdecimal\(\s*\")"
          r"(?=.*(\bnew bigdecimal\(\s*\d*\.\d+\s*\)|\bbigdecimal\((double|float)\)|\b(double|"
          r"float)s? constructor|\b(double|float)\b[^.;]{0,40}\bbigdecimal|\bbigdecimal\b"
          r"[^.;]{0,20}\b(from|of) (a |the )?(double|float)))"
          r".*?\bbigdecimal\b(\([^)]*\))?" + NOT_ONLY + r"{0,60}(\b(is|are|holds?|stores?|"
          r"represents?|gives?|yields?|becomes?|equals?|makes? (it|\w+)|turns? (it|\w+) into)\b"
          + NOT_ONLY + r"{0,25}\b(exactly|exact|precise\w*)\b|\b(removes?|eliminates?|fixes|gets rid of|"
          r"cleans? up|avoids?|solves?)\b (the |any |all )?(floating[- ]point|rounding|binary|"
          r"precision|representation) (errors?|problems?|issues?|imprecision|noise)\b)",
          "Java SE API, BigDecimal(double) ('The results of this constructor can be somewhat "
          "unpredictable. One might assume that writing new BigDecimal(0.1) ... creates a "
          "BigDecimal which is exactly equal to 0.1 ... but it is actually equal to "
          "0.1000000000000000055511151231257827021181583404541015625') and BigDecimal.valueOf",
          ("new BigDecimal(0.1) is exactly 0.1, so the sum is exact.",
           ("Wrapping the double price in new BigDecimal(price) removes the floating-point "
            "error."),
           "Using the BigDecimal(double) constructor gives an exact decimal amount.",
           "Once the double amount is passed to new BigDecimal, it is represented exactly.",
           "A BigDecimal built from a double holds the precise value the user typed."),
          ("new BigDecimal(0.1) is not exactly 0.1; it holds the double's binary value.",
           "new BigDecimal(\"0.1\") is exactly 0.1.",
           "BigDecimal.valueOf(0.1) gives 0.1, because it goes through Double.toString.",
           "Wrapping the double in new BigDecimal keeps the floating-point error.",
           "The BigDecimal(double) constructor does not remove the binary rounding error."),
          ("java",), code_has=r"new BigDecimal\("),
    Entry("unmodifiable_is_copy",
          "Collections.unmodifiableList (Set, Map) returns a read-only view of the list: "
          "changes made through the original show through it (List.copyOf makes an "
          "unmodifiable copy)",
          r"^(?!.*\b(copyof|new arraylist|new hash\w+|list\.of|set\.of|map\.of|"
          r"immutablelist)\b)"
          r"(.*?\bunmodifiable(list|set|map|collection|sortedset|sortedmap)\b(\([^)]*\))?"
          + NOT_ONLY + r"{0,60}(\b(makes?|creates?|returns?|gives?|is|builds?|takes?|produces?)\b"
          r" (an? |its own )?(defensive |independent |immutable |separate |read-only |new |"
          r"frozen )*(copy|snapshot|clone)\b|\bfreezes?\b|\b(is|are) (fully |truly |completely )?"
          r"(immutable|frozen)\b|\bcop(ies|y of) (the |its )?(list|set|map|elements|contents)\b)"
          r"|.*?\b(never changes?|can ?not change|can not change|will not change|wo not change|"
          r"stays? the same|is (fully |truly )?immutable|frozen)\b" + ANY + r"{0,50}\bunmodifiable\w*)",
          "Java SE API, Collections.unmodifiableList ('Returns an unmodifiable view of the "
          "specified list ... Query operations on the returned list \"read through\" to the "
          "specified list') and List.copyOf",
          (("Collections.unmodifiableList(items) makes a copy, so later adds to items do not "
            "show up."),
           ("The getter is safe, since Collections.unmodifiableList(orders) takes a snapshot of "
            "the orders."),
           "Wrapping the list in unmodifiableList freezes its contents.",
           "unmodifiableList creates an immutable copy of the list.",
           ("Callers get a list that never changes, since it is wrapped with "
            "Collections.unmodifiableList.")),
          (("Collections.unmodifiableList(items) returns a view, so later adds to items show "
            "through."),
           "List.copyOf(items) makes an unmodifiable copy.",
           "unmodifiableList does not make a copy; it wraps the original.",
           ("The unmodifiable view only stops callers from modifying it, the list behind it can "
            "still change."),
           "Collections.unmodifiableList(new ArrayList<>(items)) is a snapshot."),
          ("java",), code_has=r"unmodifiable(List|Set|Map|Collection)"),
    Entry("stringbuilder_thread_safe",
          "StringBuilder is not synchronized: sharing one between threads needs outside "
          "locking (StringBuffer is the synchronized variant)",
          r"\bstringbuilders?\b" + NOT_ONLY + r"{0,40}(\b(is|are)\b (fully |completely |perfectly |"
          r"always |also |internally )?(thread-?safe|synchroni[sz]ed|safe (to use |for use )?(for|"
          r"across|between|from|with|by|in) (multiple |several |concurrent |many |different |the )?"
          r"(worker )?(threads?|concurrent\w*)|atomic)|\bsynchroni[sz]es\b|"
          r"\bthread-?safe (version|variant|alternative|counterpart)\b)"
          r"|\b(appending|appends?|writing|concurrent (appends?|writes?))\b[^.;]{0,40}\b(one|a|"
          r"the|same|shared|single) stringbuilder\b[^.;]{0,40}\b(from|across|by|in) (several|"
          r"multiple|many|concurrent|different|the worker|two) threads?\b" + NOT + r"{0,20}\b(is|"
          r"are) (safe|fine|ok|okay|correct)\b",
          "Java SE API, StringBuilder ('Instances of StringBuilder are not safe for use by "
          "multiple threads. If such synchronization is required then it is recommended that "
          "StringBuffer be used')",
          ("StringBuilder is thread-safe, so the worker threads can append to the shared log.",
           "Appending to one StringBuilder from several threads is safe.",
           "StringBuilder synchronizes its methods, so concurrent appends do not interleave.",
           "StringBuilder is the thread-safe version of StringBuffer.",
           "The shared StringBuilder is safe to use across threads."),
          ("StringBuilder is not thread-safe; StringBuffer is synchronized.",
           "Unlike StringBuffer, StringBuilder does not synchronize its methods.",
           "StringBuffer is the thread-safe version of StringBuilder.",
           "Appending to one StringBuilder from several threads is not safe.",
           "StringBuilder is faster than StringBuffer because it is not synchronized."),
          ("java",), code_has=r"StringBuilder"),
    Entry("hashset_hashcode_only",
          "HashMap and HashSet compare keys with equals as well as hashCode: an equal hash code "
          "only picks the bucket, so two objects with the same hashCode but unequal by equals "
          "are both kept (and overriding equals without hashCode breaks lookups)",
          r"^(?!.*\bequals\b).*?\bhash(set|map)s?\b[^.;]{0,40}\b(only|just|solely) (uses?|"
          r"compares?|checks?|looks at|relies on|needs?)?\s?(the )?hash ?codes?\b(?! and)"
          r"|^(?!.*\bequals\b).*?\bhash(set|map)s?\b[^.;]{0,40}\b(uses?|compares?|checks?|relies "
          r"on|looks at)\b (only|just|solely) (the )?hash ?codes?\b(?! and)"
          r"|^(?!.*\b(when|if|unless|differ\w*|different|bucket)\b)(?=.*\bhash(set|map)s?\b).*?"
          r"(\bnever (calls?|uses?|checks?|looks at|needs?) equals\b|\bequals\b (is|gets) never "
          r"(called|used|checked)|\bdoes not (call|use|need|check) equals\b)"
          r"|^(?!.*\bequals\b[^.;]{0,25}\b(returns? true|is true|agrees?|also|too)\b)"
          r"(.*?\b(same|equal|identical|colliding|matching) hash ?codes?\b" + NOT + r"{0,50}"
          r"\b(overwrites?|replaces?|(are|is) (treated|considered|seen) as (the same|duplicates?|"
          r"equal|one)|collapse|count as (the same|one|duplicates?)|are duplicates)\b"
          r"|.*?\bhash ?codes? (collide|are the same|match)\b" + NOT + r"{0,40}\b(treats?|"
          r"considers?|sees?)\b[^.;]{0,30}\bas (the same|duplicates?|equal|one)\b)"
          r"|\b(overrid\w*|implement\w*|defin\w*) (only )?hash ?code (alone|by itself|on its "
          r"own|only)\b" + NOT + r"{0,20}\b(is enough|suffices|is sufficient|works)\b",
          "Java SE API, HashSet.add ('adds the specified element e to this set if this set "
          "contains no element e2 such that Objects.equals(e, e2)') and Object.hashCode ('It is "
          "not required that if two objects are unequal according to the equals method, then "
          "calling the hashCode method on each ... must produce distinct integer results')",
          ("HashSet uses only hashCode to decide whether two objects are duplicates.",
           "Two keys with the same hashCode overwrite each other in the HashMap.",
           "Since the hash codes collide, the set treats the two users as the same element.",
           "HashMap never calls equals, it just compares hash codes.",
           "Overriding hashCode alone is enough for the HashSet to drop duplicates."),
          ("HashSet uses hashCode to find the bucket and equals to compare the elements in it.",
           "Two keys with the same hashCode but different equals are both kept in the HashMap.",
           "HashMap calls equals on every key in the bucket.",
           "Overriding hashCode alone is not enough; equals must be overridden too.",
           "Colliding hash codes only slow the HashMap down, they do not merge the keys.",
           "HashSet uses the hash code only to pick a bucket, then compares with equals."),
          ("java",), code_has=r"hashCode|Hash(Set|Map)"),
)


_KEYS: Final = {
    "unbound_local_reads_global": r"\b(global|module|outer|enclosing)",
    "zip_raises_on_unequal": r"\bzip\b",
    "assert_runs_under_optimize": r"\bassert",
    "time_time_monotonic": r"\btime\.time\b",
    "eq_keeps_hash": r"__eq__",
    "bool_distinct_from_int": r"\b(true|bools?|booleans?)\b",
    "path_join_keeps_prefix": r"(\bjoin|\bpath)",
    "int_rounds_float": r"\bint\b",
    "str_find_raises": r"\bfind\b",
    "array_holes_mapped": r"\barray\(",
    "date_month_one_based": r"\b(month|getmonth|new date)",
    "await_in_loop_parallel": r"\bawait",
    "allsettled_rejects": r"\ballsettled\b",
    "number_exact_beyond_safe": r"\b(javascript|js|numbers?|json|integers?)\b",
    "async_returns_value": r"\basync\b",
    "map_parseint_parses": r"\bparseint\b",
    "js_replace_all_occurrences": r"\breplace\b",
    "panic_confined_to_goroutine": r"\bpani",
    "waitgroup_add_in_goroutine": r"\badd\b",
    "value_receiver_modifies": r"\breceivers?\b",
    "go_switch_falls_through": r"\b(break|fall)",
    "go_copy_grows_dst": r"\bcopy\b",
    "int_overflow_raises": r"(overflow|max_value|\bexceed)",
    "switch_no_fallthrough": r"\bbreak",
    "math_abs_non_negative": r"\bmath\.abs",
    "java_split_literal": r"\bsplit\b",
    "bigdecimal_double_exact": r"\bbigdecimal\b",
    "unmodifiable_is_copy": r"\bunmodifiable",
    "stringbuilder_thread_safe": r"\bstringbuilders?\b",
    "hashset_hashcode_only": r"\bhash",
}
"""A word every statement of each belief has (`keyed`)."""

MORE: Final = keyed(_ENTRIES, _KEYS)
