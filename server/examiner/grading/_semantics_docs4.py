"""False beliefs about Python, JavaScript/TypeScript, Go, Java, C/C++ and Rust, from their
documentation.

The seventh set (branch catalogue7), written like `_semantics_docs3.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. Python: % with a negative operand, iterating a dict, `in` on a dict,
enumerate's start, input(), sum of strings, os.listdir's order, append of a list, findall with
groups, open(..., 'w'), a float divided by zero, try's else, dict.pop of a missing key,
random.shuffle. JavaScript (MDN): substring with a negative index, setTimeout's delay, map and
filter, reduce of nothing, encodeURI, Math.round's ties, localStorage, an invalid Date, preventDefault,
Math.random's range, the in operator on an array, optional chaining. TypeScript (the
handbook): Partial, overload implementations, any. Go (the specification, package docs): json
and unexported fields, errors.New, integer division by zero, comparing structs, select with
default, type assertions, buffered sends, copying a Mutex. Java (JLS, javadoc): pass by value,
division by zero, hashCode, System.gc, LinkedList.get, local variables, octal literals, byte's
range. C/C++ and Rust: string literals, uninitialised locals, == on C strings, free,
Vec::remove, moves, str::len, unwrap.
"""

from __future__ import annotations

from typing import Final

from ._entry import NOT, NOT_CONTRAST, Entry, keyed

__all__ = ["DOCS4"]

_IS: Final = r"(\b(is|are|returns?|gives?|yields?|evaluates to|produces?)\b|===?)\s+"
"""The verb of a claim about a value ("is", "returns", "==")."""
_NC: Final = NOT_CONTRAST
_ROUND_TIE: Final = "|".join(
    rf"math\.round\(\s*-\s*{n}\.5\s*\)`?{NOT}{{0,15}}{_IS}-\s*{n + 1}\b(?!\.\d|\d)"
    rf"|math\.round\(\s*{n}\.5\s*\)`?{NOT}{{0,15}}{_IS}{n}\b(?!\.\d|\d)" for n in range(10))
"""Math.round(-n.5) said to be -(n+1), or Math.round(n.5) said to be n."""
_GAP: Final = (r"(?:(?!\b(when|if|whenever|unless|because|since|undefined|panics?|raises?|"
               r"throws?)\b)" + NOT_CONTRAST + ")")
"""One character of a claim, as `NOT_CONTRAST`, that is not yet a condition or another outcome
("returns undefined when a is null", "panics when it is None")."""

_ENTRIES: Final = (
    # --- Python -------------------------------------------------------------------------------
    Entry("python_mod_sign_dividend",
          "Python's % takes the sign of the divisor: -7 % 3 is 2 and 7 % -3 is -2, so x % n "
          "with a positive n is never negative (math.fmod keeps the dividend's sign)",
          r"^(?!.*(\bfmod\b|\b(in|like|unlike|than) (c|c\+\+|java|javascript|js|go|rust)\b))(?:.*?)"
          r"(?:(?<![\w)])\(?-\s*\d+\)?\s*%\s*\d+\b`?" + NOT + r"{0,15}" + _IS +
          r"-\s*\d"
          r"|%`?( operator| result| remainder)?" + _NC + r"{0,30}\b(takes?|has|keeps?|follows?|"
          r"gets?|carries)\b (the )?sign of (the )?(dividend|left operand|first operand|numerator)\b"
          r"|\b\w+ % \w+`?" + _NC + r"{0,20}\b(can be|is|comes out|may be) negative (when|if|for) "
          r"(the |a )?(\w+ )?(is )?negative\b)",
          "Python Language Reference, 6.7 Binary arithmetic operations ('The modulo operator "
          "always yields a result with the same sign as its second operand (or zero)')",
          ("-7 % 3 is -1.",
           "In Python, % takes the sign of the dividend.",
           "(-5) % 2 returns -1, so the odd check fails.",
           "The % result has the sign of the left operand.",
           "x % n can be negative when x is negative."),
          ("-7 % 3 is 2 in Python.",
           "% takes the sign of the divisor.",
           "math.fmod takes the sign of the dividend.",
           "x % n is never negative when n is positive.",
           "-7 // 2 is -4."),
          ("python",)),
    Entry("dict_iter_gives_pairs",
          "Iterating a dict (for x in d, list(d), sorted(d)) gives its keys only; d.items() gives "
          "(key, value) pairs and d.values() the values",
          r"^(?!.*(\bitems\b|\bvalues\(\)|\benumerate\b))(?:.*?)(?:\b(iterat\w+|loop\w*)( over| through)? "
          r"(a |the |each )?(python )?dict(ionary)?\b" + _NC + r"{0,30}\b(gives?|yields?|returns?|"
          r"produces?|visits?)\b (both )?(its |the )?(key[- ]value pairs|\(key, ?value\) (pairs|"
          r"tuples)|keys and (their )?values|pairs|tuples|values)\b)",
          "Python Library Reference, Mapping Types, dict ('iter(d) Return an iterator over the "
          "keys of the dictionary'; 'items() Return a new view of the dictionary's items ((key, "
          "value) pairs)')",
          ("Iterating a dict yields key-value pairs.",
           "Looping over the dictionary gives keys and values.",
           "Iterating over a dict returns (key, value) tuples.",
           "Iterating the dict gives its values.",
           "Looping through the dict yields pairs, so k, v unpacks them."),
          ("Iterating a dict yields its keys.",
           "Iterating over d.items() yields key-value pairs.",
           "Iterating a dict does not give pairs.",
           "Looping over the dictionary gives the keys in insertion order.",
           "Iterating over the dict's values() gives the values."),
          ("python",)),
    Entry("dict_in_checks_values",
          "`x in d` on a dict tests its keys, not its values (x in d.values() searches the "
          "values)",
          r"^(?=.*\bdict)(?!.*\.values\(\))(?:.*?)(?:(\bin\b(`| operator| keyword| check| test)|"
          r"\bin (with|on|against|for) (a |the )?dict\w*|"
          r"\bmembership (test|check)s?|`\w+ in \w+`)" + _NC + r"{0,40}\b(checks?|searches?|tests?|"
          r"looks? (at|through)|scans?|compares? against|matches?)\b (the |its |all |against )*"
          r"(dict'?s? |dictionary'?s? )?values\b)",
          "Python Library Reference, Mapping Types ('key in d: Return True if d has a key key, "
          "else False')",
          ("The in operator on a dict checks its values.",
           "`code in statuses` searches the dict's values.",
           "A membership test against a dictionary looks at the values.",
           "in with a dict checks the values, so 'ok' is found.",
           "`name in users` scans the dictionary's values."),
          ("The in operator on a dict checks its keys.",
           "`code in statuses.values()` searches the dict's values.",
           "in on a dict does not check the values.",
           "A membership test against a dictionary looks at the keys, not the values.",
           "`x in xs` checks the list's values."),
          ("python",)),
    Entry("enumerate_starts_one",
          "enumerate counts from 0 unless it is given start= (enumerate(xs, start=1) counts "
          "from 1)",
          r"^(?!.*(\bstart\s*=|\benumerate\([^)]{0,80},\s*\w))(?:.*?)(?:\benumerate\b(\([^)]{0,80}\))?`?" + _NC +
          r"{0,40}\b(starts?|"
          r"begins?|counts?|numbers?|indexes)\b[^.;]{0,20}\b(at|from|with) (index )?(1|one)\b"
          r"|\benumerate\b(\([^)]{0,80}\))?`?" + _NC + r"{0,20}\b(yields?|gives?|returns?) \(1,)",
          "Python Library Reference, Built-in Functions, enumerate ('enumerate(iterable, "
          "start=0) ... The __next__() method of the iterator returned by enumerate() returns a "
          "tuple containing a count (from start which defaults to 0)')",
          ("enumerate starts counting at 1.",
           "enumerate(rows) numbers the rows from 1.",
           "Since enumerate begins at one, the header is row 1.",
           "The counter from enumerate starts at 1, so the first page is page 1.",
           "enumerate(items) yields (1, first_item) first."),
          ("enumerate starts at 0.",
           "enumerate(rows, start=1) numbers the rows from 1.",
           "enumerate does not start at 1.",
           "enumerate(items) yields (0, first_item) first.",
           "The loop counter is enumerate's, which starts at zero."),
          ("python",)),
    Entry("input_returns_number",
          "input() always returns a str, whatever is typed: digits must be converted with int() "
          "or float() before arithmetic or numeric comparison",
          r"(?<!int\()(?<!float\()\binput\(\)`?(?:(?!\b(so|then|and|but|int|float|strings?|str)\b)" + _NC +
          r"){0,40}(" + _IS + r"(an? |the )?(int|"
          r"integer|number|float|numeric)"
          r"|\b(converts?|parses?|turns?)\b[^.;]{0,30}\b(to|into|as) (an? )?(int|integer|number|"
          r"float)\b)",
          "Python Library Reference, Built-in Functions, input ('The function then reads a line "
          "from input, converts it to a string (stripping a trailing newline), and returns "
          "that')",
          ("input() returns an int when the user types digits.",
           "input() gives a number here, so the comparison works.",
           "input() converts the typed text to an integer.",
           "Since input() returns a number, total += n is fine.",
           "The value from input() is an integer."),
          ("input() returns a string, even when the user types digits.",
           "int(input()) returns an int.",
           "input() does not return a number.",
           "input() returns a str; convert it with int().",
           "float(input()) gives a number."),
          ("python",), code_has=r"\binput\("),
    Entry("sum_joins_strings",
          "sum() adds numbers: given strings it raises TypeError (sum refuses a str start and "
          "says to use ''.join(seq)); ''.join concatenates strings",
          r"^(?=.*\b(strings?|words|str|text|names|characters|chars)\b)(?:.*?)(?:\bsum\b(\([^)]{0,80}\))?`?" +
          _NC + r"{0,40}\b(joins?|concatenates?|glues?|works on (a list of |the )?(strings|words)))\b",
          "Python Library Reference, Built-in Functions, sum ('For some use cases, there are "
          "good alternatives to sum(). The preferred, fast way to concatenate a sequence of "
          "strings is by calling ''.join(sequence)'; sum raises TypeError for a str start)",
          ("sum(words) joins the strings together.",
           "sum(parts, '') concatenates the strings.",
           "sum works on a list of strings.",
           "sum() concatenates the names into one string.",
           "Calling sum on the words glues them into a sentence."),
          ("sum(words) raises TypeError on strings; use ''.join(words).",
           "''.join(words) concatenates the strings.",
           "sum does not concatenate strings.",
           "sum adds up the numbers in the text.",
           "sum of strings raises TypeError, but join concatenates them."),
          ("python",)),
    Entry("listdir_sorted",
          "os.listdir, os.scandir, Path.iterdir and glob return entries in arbitrary order (the "
          "file system's): sort them for alphabetical or any other order",
          r"^(?!.*\bsorted\()(?:.*?)(?:\b(os\.)?(listdir|scandir|iterdir|glob(\.i?glob)?)\b(\([^)]{0,80}\))?`?" +
          _NC + r"{0,40}(\b(returns?|gives?|lists?|yields?)\b[^.;]{0,30}\b(in )?(sorted|alphabetical|"
          r"alphabetic|lexicographic|creation|ascending|name)( order)?\b|\b(is|are|comes?( back)?)\b "
          r"(already |always )?(sorted|in (alphabetical|sorted|name|creation) order)\b))",
          "Python Library Reference, os.listdir ('The list is in arbitrary order'), glob.glob "
          "('Whether or not the results are sorted depends on the file system')",
          ("os.listdir returns the files in alphabetical order.",
           "listdir gives the names sorted, so the first one is the oldest log.",
           "glob.glob returns the matches in sorted order.",
           "The entries from os.scandir are already sorted by name.",
           "Path.iterdir yields the files in creation order."),
          ("os.listdir returns the files in arbitrary order.",
           "sorted(os.listdir(path)) gives the names in alphabetical order.",
           "listdir does not return the names sorted.",
           "glob.glob returns the matches in no particular order.",
           "The entries from os.scandir are not sorted."),
          ("python",)),
    Entry("append_flattens",
          "list.append(x) adds x as one element, even when x is a list ([1].append([2, 3]) "
          "gives [1, [2, 3]]); extend (or +=) adds each item",
          r"\bappend\b(\([^)]{0,80}\))?`?" + _NC + r"{0,40}\b(adds?|appends?|inserts?|puts?)\b (each|every|"
          r"all)( of)?( the| its| their)? (elements?|items?|values?|members?|entries)\b"
          r"|\bappend(ing)?\b[^.;]{0,30}\b(a |another |the )?list\b" + _NC + r"{0,30}\b(flattens?|"
          r"merges?|concatenates?|unpacks?|splices?)\b"
          r"|\bappend(\(\))?`?\s+(is|works|behaves) (just )?(the same as|like) (`?\w+\.)?extend\b",
          "Python Tutorial, 5.1 More on Lists ('list.append(x): Add an item to the end of the "
          "list'; 'list.extend(iterable): Extend the list by appending all the items from the "
          "iterable')",
          ("append adds each element of the list to the end.",
           "xs.append(more) adds all the items of more to xs.",
           "Appending a list with append flattens it into the result.",
           "append(batch) puts every value of batch at the end.",
           "append is the same as extend here."),
          ("extend adds each element of the list to the end.",
           "append adds the list as one element.",
           "append does not flatten the list.",
           "xs.append(more) adds more as a single nested list; extend adds all the items.",
           "append is not the same as extend."),
          ("python",), code_has=r"\.append\("),
    Entry("findall_ignores_groups",
          "re.findall returns the groups when the pattern has capturing groups (a list of "
          "strings for one group, of tuples for several), not the whole matches; use (?:...) or "
          "finditer for whole matches",
          r"^(?=.*\b(groups?|parenthes\w+|capturing|capture)\b)(?!.*(\bnon-?capturing\b|\(\?:|\b(no|"
          r"without) (capturing |capture )?groups?\b))(?:.*?)(?:\bfindall\b(\([^)]{0,80}\))?`?" + _NC +
          r"{0,60}(\b(returns?|gives?|yields?|lists?)\b (always )?(the )?(whole|full|entire|complete) "
          r"(match(es|ed)?|matched (text|strings?))|\bignores? (the )?(capture |capturing )?groups\b))",
          "Python Library Reference, re.findall ('If one or more groups are present in the "
          "pattern, return a list of groups; this will be a list of tuples if the pattern has "
          "more than one group')",
          ("findall returns the whole match even when the pattern has groups.",
           "re.findall gives the full matches regardless of the capture groups.",
           "With a capturing group, findall still returns the entire matched text.",
           "findall ignores the groups and returns the complete matches.",
           "re.findall always returns the whole matched strings, groups or not."),
          ("findall returns the groups when the pattern has groups.",
           "finditer gives the whole matches as match objects even with groups.",
           "findall does not return the whole match when the pattern has a group.",
           "With a non-capturing group (?:...), findall returns the whole matches.",
           "re.findall returns the whole match when the pattern has no groups."),
          ("python",)),
    Entry("open_w_appends",
          "open(path, 'w') truncates the file first, erasing what was in it; 'a' appends and "
          "'x' fails if the file exists",
          r"^(?!.*(['\"]a\+?['\"]|\bappend mode\b|\bmode a\b))(?:.*?)(?:(['\"]w\+?['\"]|\bw mode\b|"
          r"\bwrite mode\b|\bmode ['\"]?w['\"]?)`?" + _NC + r"{0,40}(\b(appends?|adds? to the end|"
          r"keeps? the (existing|old|previous) (content|contents|data|lines|text|entries)|"
          r"preserves? the (existing|old|previous) (content|contents|data|lines|text|entries))\b"
          r"|\b(does not|never|will not) (truncate|erase|clear|wipe|overwrite|empty)\w*))",
          "Python Library Reference, Built-in Functions, open ('w': 'open for writing, "
          "truncating the file first'; 'a': 'open for writing, appending to the end of file if "
          "it exists')",
          ("open(path, 'w') appends to the existing file.",
           "Opening with 'w' keeps the existing content and adds the new lines.",
           "The 'w' mode does not truncate the file.",
           "Mode 'w' adds to the end of the log.",
           "open(log, \"w\") never overwrites earlier entries."),
          ("open(path, 'w') truncates the file first.",
           "open(path, 'a') appends to the existing file.",
           "The 'w' mode erases the old content.",
           "Open the log with 'a', not 'w', so it keeps the existing content.",
           "write mode replaces whatever the file held."),
          ("python",)),
    Entry("python_float_div_zero_inf",
          "In Python dividing by zero raises ZeroDivisionError for floats too (1.0 / 0 and "
          "x / 0.0 raise): it does not give inf or nan as JavaScript or NumPy do",
          r"^(?!.*\b(numpy|np|javascript|js|ieee|math\.inf)\b)(?:.*?)(?:(\d+(\.\d*)?|\b\w+)\s*/\s*0(\.0)?\b`?" +
          NOT + r"{0,20}" + _IS + r"(float\(['\"])?-?(inf|infinity|nan)\b"
          r"|\b(dividing|division of) (a |an )?(float|number|floating[- ]point( number| value)?)s? by "
          r"(zero|0(\.0)?)\b" + _NC + r"{0,30}\b(returns?|gives?|yields?|is|produces?|results? in)\b "
          r"(an? )?-?(inf|infinity|nan|float\('inf'\))\b)",
          "Python Language Reference, 6.7 Binary arithmetic operations ('Division by zero "
          "raises the ZeroDivisionError exception'); Library Reference, ZeroDivisionError",
          ("1.0 / 0 returns inf.",
           "x / 0.0 is infinity in Python.",
           "Dividing a float by zero gives inf, so the average is inf.",
           "total / 0 gives nan when the list is empty.",
           "Division of a float by zero returns infinity rather than raising."),
          ("1.0 / 0 raises ZeroDivisionError.",
           "Dividing a float by zero raises ZeroDivisionError in Python.",
           "x / 0.0 does not return inf in Python.",
           "math.inf / 2 is inf.",
           "numpy's 1.0 / 0 gives inf with a warning."),
          ("python",)),
    Entry("try_else_on_exception",
          "A try statement's else clause runs only when the try block raised no exception (and "
          "did not return or break); the except clauses handle exceptions",
          r"^(?=.*\btry\b)(?:.*?)(?:\belse\b( clause| block| branch| part| suite)?`?" + _NC +
          r"{0,40}(\b(runs?|executes?|is (run|executed|reached)|fires?)\b[^.;]{0,20}\b(when|if|"
          r"after|whenever|once) (an? |the )?(exception|error)( is)? (occurs?|raised|thrown|happens?)"
          r"|\b(handles?|catches?|deals? with)\b (the |any |an? )?(exception|error)s?\b))",
          "Python Language Reference, 8.4 The try statement ('The optional else clause is "
          "executed if the control flow leaves the try suite, no exception was raised, and no "
          "return, continue, or break statement was executed')",
          ("In the try statement, the else block runs when an exception occurs.",
           "The else clause of the try executes if an error is raised.",
           "In try/except/else, the else branch handles the exception.",
           "The try's else part runs whenever an exception is thrown.",
           "With try/except/else, else catches the error that except missed."),
          ("In the try statement, the else block runs when no exception occurs.",
           "The else clause of the try runs only if no error is raised.",
           "try ... else: the except branch handles the exception.",
           "The try's else part does not run when an exception is raised.",
           "The for loop's else runs when the loop did not break."),
          ("python",), code_has=r"\btry\s*:"),
    Entry("dict_pop_missing_none",
          "dict.pop(key) with no default raises KeyError when the key is missing; only "
          "pop(key, default) returns the default (set.discard, not remove, ignores a missing "
          "element)",
          r"^(?!.*\bpop\(\s*[\w'\"]+\s*,)(?:.*?)(?:\bpop\((\w+|['\"][^'\"]*['\"])\)`?" + _NC +
          r"{0,40}" + _IS + r"(just |simply )?(none|nothing|false)\b"
          r"|^(?=.*\b(missing|absent|nonexistent|unknown|not in the dict)\b).*?\bpop\b(\(\w*\))?`?" +
          _NC + r"{0,40}(\b(does nothing|is a no-?op|is ignored|returns? none|gives? none)\b))",
          "Python Library Reference, Mapping Types, dict.pop ('If key is in the dictionary, "
          "remove it and return its value, else return default. If default is not given and key "
          "is not in the dictionary, a KeyError is raised')",
          ("d.pop(key) returns None when the key is missing.",
           "cache.pop(user_id) gives None if the id is absent.",
           "pop on a missing key returns None, so the cleanup is safe.",
           "pop(key) does nothing when the key is missing.",
           "Calling pop with a missing key returns None."),
          ("d.pop(key) raises KeyError when the key is missing.",
           "d.pop(key, None) returns None when the key is missing.",
           "pop does not return None for a missing key; it raises KeyError.",
           "d.get(key) returns None when the key is missing.",
           "stack.pop() returns the last element."),
          ("python",), code_has=r"\.pop\("),
    Entry("shuffle_returns_copy",
          "random.shuffle shuffles the list in place and returns None: `xs = random.shuffle(xs)` "
          "makes xs None (random.sample(xs, len(xs)) returns a shuffled copy)",
          r"\bshuffle\b(\([^)]{0,80}\))?`?" + _NC + r"{0,30}(" + _IS + r"(a |the )?((new|shuffled|"
          r"randomi[sz]ed) )+(copy|list|sequence|version)|\b(returns?|gives?) (the |a )?(shuffled )?"
          r"(list|copy)\b|\bleaves? the (original|input|list)( list)? (unchanged|untouched|as it (is|was)))",
          "Python Library Reference, random.shuffle ('Shuffle the sequence x in place. To "
          "shuffle an immutable sequence and return a new shuffled list, use sample(x, "
          "k=len(x)) instead')",
          ("random.shuffle(deck) returns a new shuffled list.",
           "shuffle returns the shuffled list, so order = random.shuffle(order) works.",
           "random.shuffle gives a shuffled copy and leaves the original unchanged.",
           "shuffle(xs) returns a randomised copy of xs.",
           "random.shuffle leaves the input list as it was."),
          ("random.shuffle(deck) shuffles the list in place and returns None.",
           "random.sample(deck, len(deck)) returns a new shuffled list.",
           "shuffle does not return the list.",
           "shuffle changes the original list.",
           "random.shuffle returns None, so order becomes None."),
          ("python",), code_has=r"\bshuffle\("),
    # --- JavaScript (MDN) ---------------------------------------------------------------------
    Entry("substring_negative_from_end",
          "String.prototype.substring treats a negative argument as 0 (and swaps its arguments "
          "when start > end); slice is the one that counts a negative index from the end",
          r"\bsubstring\b(\([^)]{0,80}\))?`?" + _NC + r"{0,40}\b(accepts?|takes?|supports?|handles?|"
          r"allows?|understands?)\b (a )?negative (indexes|indices|index|arguments?|offsets?|"
          r"positions?|values?|numbers?)\b"
          r"|\bsubstring\(\s*-\s*\d+[^)]{0,80}\)`?" + NOT + r"{0,30}\b(returns?|gives?|is|takes?|yields?|"
          r"keeps?)\b (the )?(last|final|trailing)\b"
          r"|\bsubstring\b(\([^)]{0,80}\))?`?" + _NC + r"{0,30}\bcounts? (a )?negative (index|indexes|"
          r"indices|offsets?|arguments?) from the end\b",
          "MDN Web Docs, String.prototype.substring ('Any argument value that is less than 0 or "
          "greater than str.length is clamped to 0 and str.length'; 'If indexStart is greater "
          "than indexEnd, then the effect of substring() is as if the two arguments were "
          "swapped')",
          ("substring accepts negative indexes, like slice.",
           "str.substring(-3) returns the last three characters.",
           "substring(-4) gives the final four digits.",
           "substring counts a negative index from the end of the string.",
           "Like slice, substring supports negative offsets."),
          ("slice accepts negative indexes; substring treats them as 0.",
           "str.slice(-3) returns the last three characters.",
           "substring does not accept negative indexes.",
           "substring(-4) gives the whole string, since -4 is treated as 0.",
           "substring swaps its arguments when start is greater than end."),
          ("javascript", "typescript")),
    Entry("settimeout_exact_delay",
          "setTimeout's (and setInterval's) delay is a minimum: the callback runs no earlier, and "
          "often later (a busy event loop, nested timers clamped to 4 ms, throttled background "
          "tabs)",
          r"\bset(timeout|interval)\b(\([^)]{0,80}\))?`?" + _NC + r"{0,50}(\b(exactly|precisely|on the "
          r"dot)\b|\bright at\b|\b(guarantees?|ensures?)\b[^.;]{0,30}\b(exactly|precisely|on time)\b)",
          "MDN Web Docs, setTimeout, Reasons for delays longer than specified ('the actual "
          "delay may be longer than intended'; nested timeouts are clamped to 4 ms, inactive "
          "tabs throttled)",
          ("setTimeout(fn, 1000) runs fn exactly one second later.",
           "setTimeout fires the callback at exactly 500 ms.",
           "setInterval calls tick precisely every 100 ms.",
           "The setTimeout guarantees the callback runs exactly after the delay.",
           "setInterval(poll, 60000) fires on the dot every minute."),
          ("setTimeout(fn, 1000) runs fn no earlier than one second later.",
           "setTimeout does not fire exactly after the delay.",
           "The delay is a minimum: setTimeout may fire later than requested.",
           "setInterval is not precise, so drift accumulates.",
           "setTimeout fires after at least 500 ms."),
          ("javascript", "typescript")),
    Entry("map_filter_in_place",
          "Array.prototype.map and filter return a new array and leave the original unchanged "
          "(only the callback can change it); splice, sort and reverse work in place",
          r"(\.(map|filter)\b(\([^)]{0,80}\))?|\b(map|filter)\(\)|`(map|filter)`)`?" + _NC + r"{0,40}\b("
          r"modif(y|ies)|changes?|mutates?|updates?|alters?|overwrites?|transforms?|removes?|"
          r"drops?|rewrites?)\b[^.;]{0,30}\b(in[- ]place|the original( array)?|the source array|"
          r"the existing array|the same array)\b",
          "MDN Web Docs, Array.prototype.map ('creates a new array populated with the results') "
          "and Array.prototype.filter ('creates a shallow copy of a portion of a given array'); "
          "both are listed among the copying methods",
          ("arr.map(x => x * 2) changes the original array.",
           "items.filter(ok) removes the bad items in place.",
           "map() mutates the source array.",
           "The .filter call drops the invalid rows from the original array.",
           "prices.map(round) updates the existing array."),
          ("arr.map(x => x * 2) returns a new array and leaves the original unchanged.",
           "filter() does not modify the original array.",
           "splice removes the items in place.",
           "arr.forEach((x, i) => arr[i] = x * 2) changes the original array.",
           "sort() mutates the original array."),
          ("javascript", "typescript"), code_has=r"\.(map|filter)\("),
    Entry("reduce_empty_no_initial",
          "reduce with no initial value throws a TypeError on an empty array (and returns the "
          "lone element of a one-element array without calling the callback); pass an initial "
          "value such as 0",
          r"^(?!.*(\binitial ?value|\binitialvalue|,\s*(0|\[\]|\{\}|''|\"\")\s*\)|\bseed\b))(?:.*?)(?:"
          r"\breduce\b(\([^)]{0,80}\))?`?" + _NC + r"{0,40}\b(on|of|over|for|with|given) (an? |the )?empty "
          r"\w+\b" + _NC + r"{0,30}" + _IS + r"(undefined|0|zero|null|nothing|an empty \w+|nan)\b"
          r"|\[\s*\]\.reduce\b" + NOT + r"{0,60}" + _IS + r"(undefined|0|null|nan)\b"
          r"|\b(on|of|over|for|with|given) (an? |the )?empty \w+\b" + _NC + r"{0,20}\breduce\b" + _NC +
          r"{0,30}" + _IS + r"(undefined|0|zero|null|nothing|nan)\b)",
          "MDN Web Docs, Array.prototype.reduce ('TypeError: The array contains no elements "
          "and initialValue is not provided')",
          ("reduce on an empty array returns undefined.",
           "[].reduce((a, b) => a + b) is 0.",
           "Called on an empty list, reduce returns undefined.",
           "reduce over an empty input gives 0, so the total is 0.",
           "The reduce with an empty cart yields NaN."),
          ("reduce on an empty array with no initial value throws a TypeError.",
           "reduce on an empty array returns the initial value.",
           "[].reduce((a, b) => a + b, 0) is 0.",
           "reduce on an empty array does not return undefined; it throws.",
           "reduce on a one-element array returns that element."),
          ("javascript", "typescript")),
    Entry("encodeuri_escapes_reserved",
          "encodeURI leaves the URI's reserved characters (; , / ? : @ & = + $ #) as they are; "
          "encodeURIComponent escapes them, so a query value needs encodeURIComponent",
          r"\bencodeuri\b(\([^)]{0,80}\))?`?" + _NC + r"{0,50}\b(escapes?|encodes?|percent-encodes?|"
          r"converts?)\b[^.;]{0,30}(&|=|/|\?|#|\+|\breserved\b|\bspecial characters?\b|\bampersands?\b|"
          r"\bslash(es)?\b|\bquestion marks?\b|\bhash\b)",
          "MDN Web Docs, encodeURI ('encodeURI() escapes all characters except: A-Z a-z 0-9 - _ "
          ". ! ~ * ' ( ) ; / ? : @ & = + $ , #'; 'Use encodeURIComponent() ... for a URL "
          "parameter')",
          ("encodeURI escapes the & and = in the query value.",
           "encodeURI(value) encodes every special character, including / and ?.",
           "encodeURI percent-encodes reserved characters like #.",
           "Wrapping the name in encodeURI escapes the ampersand.",
           "encodeURI converts the slash to %2F."),
          ("encodeURIComponent escapes the & and = in the query value.",
           "encodeURI does not escape & or =.",
           "encodeURI leaves reserved characters such as / and ? unescaped.",
           "encodeURI escapes spaces as %20.",
           "encodeURI is for a whole URL; encodeURIComponent escapes & and =."),
          ("javascript", "typescript")),
    Entry("js_math_round_half",
          "JavaScript's Math.round rounds a .5 tie toward +Infinity: Math.round(2.5) is 3 and "
          "Math.round(-2.5) is -2 (not half away from zero, not half to even)",
          _ROUND_TIE + r"|\bmath\.round\b(\([^)]{0,80}\))?`?" + _NC + r"{0,30}\brounds? (half|ties|\.5|"
          r"halves|0\.5)( values)? (away from zero|to (the nearest )?even|down|toward zero|to zero)\b",
          "MDN Web Docs, Math.round ('If the fractional portion is exactly 0.5, the argument is "
          "rounded to the next integer in the direction of +Infinity'; 'this differs from many "
          "languages' round() functions, which often round half-increments away from zero')",
          ("Math.round(-2.5) is -3.",
           "Math.round rounds half away from zero.",
           "Math.round(2.5) returns 2, rounding to even.",
           "Math.round(-0.5) returns -1.",
           "Math.round rounds ties to even."),
          ("Math.round(-2.5) is -2.",
           "Math.round(2.5) is 3.",
           "Math.round rounds half up, toward positive infinity.",
           "Math.round(-2.6) is -3.",
           "Math.round(x * 100) / 100 keeps two decimals."),
          ("javascript", "typescript")),
    Entry("localstorage_keeps_types",
          "localStorage and sessionStorage store strings only: a number or boolean comes back as "
          "a string and an object as '[object Object]'; JSON.stringify on the way in, "
          "JSON.parse on the way out",
          r"^(?!.*\bjson\b)(?:.*?)(?:\b(local|session)storage\b" + _NC + r"{0,60}\b(stores?|keeps?|"
          r"saves?|preserves?|holds?|returns?|gives back|accepts?|restores?)\b (the |an? |any )?"
          r"(objects?|numbers?|booleans?|arrays?|original (types?|objects?|values?)|types?|"
          r"javascript (objects?|values?))\b)",
          "MDN Web Docs, Window.localStorage ('The keys and the values stored with localStorage "
          "are always in the UTF-16 string format ... integer keys are automatically converted "
          "to strings')",
          ("localStorage stores objects as they are.",
           "localStorage.getItem returns the number that was saved.",
           "sessionStorage keeps the original types of the values.",
           "localStorage preserves booleans, so the flag comes back as true.",
           "localStorage accepts any JavaScript object."),
          ("localStorage stores only strings.",
           "localStorage stores objects once JSON.stringify has made them strings.",
           "localStorage does not keep the original types.",
           "localStorage.getItem returns a string, even for a number.",
           "A Map keeps the original types of its keys."),
          ("javascript", "typescript")),
    Entry("new_date_throws",
          "new Date (and Date.parse) do not throw on text they cannot parse: new Date gives an "
          "Invalid Date whose getTime() is NaN, and Date.parse returns NaN; test "
          "isNaN(d.getTime())",
          r"^(?!.*\b(toisostring|tojson|intl)\b)(?:.*?)(?:\b(new date|date\.parse)\b(\([^)]{0,80}\))?`?" +
          _NC + r"{0,50}(\b(throws?|raises?)\b|" + _IS + r"(null|undefined)\b))",
          "MDN Web Docs, Date() constructor ('If the value is ... a string that cannot be "
          "parsed, an Invalid Date is returned'; Date.parse: 'NaN if the string cannot be "
          "parsed')",
          ("new Date('not a date') throws an error.",
           "new Date(input) raises a RangeError for a bad string.",
           "new Date returns null when the string cannot be parsed.",
           "Date.parse throws on an invalid format.",
           "Passing garbage to new Date throws, so the try/catch handles it."),
          ("new Date('not a date') returns an Invalid Date.",
           "new Date(input) does not throw; getTime() is NaN.",
           "toISOString throws a RangeError on an invalid date made by new Date.",
           "Date.parse returns NaN for an invalid format.",
           "new Date returns an Invalid Date, not null."),
          ("javascript", "typescript")),
    Entry("preventdefault_stops_propagation",
          "preventDefault cancels only the browser's default action: the event still propagates "
          "to other listeners and ancestors (stopPropagation stops that, and does not cancel the "
          "default action)",
          r"\bpreventdefault\b(\(\))?`?" + _NC + r"{0,40}\b(stops?|prevents?|halts?|blocks?|cancels?|"
          r"ends?)\b (the )?(event )?(from )?(propagation|propagating|bubbling|bubble|reaching|"
          r"the parent|other (handlers|listeners))\b"
          r"|\bstoppropagation\b(\(\))?`?" + _NC + r"{0,40}\b(prevents?|stops?|cancels?|blocks?)\b "
          r"(the )?(default|form submission|submit|navigation|link|browser'?s? (default|action))\b",
          "MDN Web Docs, Event.preventDefault ('The event continues to propagate as usual, "
          "unless one of its event listeners calls stopPropagation()') and "
          "Event.stopPropagation ('It does not, however, prevent any default behaviors from "
          "occurring')",
          ("preventDefault stops the event from bubbling to the parent.",
           "e.preventDefault() prevents propagation.",
           "Calling preventDefault halts bubbling, so the outer handler never runs.",
           "stopPropagation() prevents the default form submission.",
           "event.stopPropagation() cancels the navigation of the link."),
          ("preventDefault cancels the default action but the event still bubbles.",
           "stopPropagation stops the event from bubbling.",
           "preventDefault does not stop propagation.",
           "preventDefault prevents the form submission.",
           "stopPropagation does not prevent the default action."),
          ("javascript", "typescript")),
    Entry("math_random_includes_one",
          "Math.random returns a number from 0 inclusive to 1 exclusive: it can be 0 but never 1 "
          "(Math.floor(Math.random() * n) gives 0 to n - 1)",
          r"\bmath\.random\b(\(\))?`?" + _NC + r"{0,50}(\b(can|may|might) (return|give|be|produce|"
          r"yield) (exactly )?1\b(?!\.\d)|\bincludes? 1\b|\b1 inclusive\b|\bbetween 0 and 1 inclusive\b|"
          r"\b(up to and including|through) 1\b|\[0, ?1\](?!\)))"
          r"|\bmath\.floor\(\s*math\.random\(\)\s*\*\s*(?P<n>\d+)\s*\)`?" + NOT + r"{0,30}\b(can|may|"
          r"might) (return|give|be|reach|produce|yield) (exactly )?(?P=n)\b",
          "MDN Web Docs, Math.random ('returns a floating-point, pseudo-random number that's "
          "greater than or equal to 0 and less than 1')",
          ("Math.random() can return 1.",
           "Math.random returns a number between 0 and 1 inclusive.",
           "Math.floor(Math.random() * 6) can be 6.",
           "Math.random includes 1, so the index can overflow.",
           "Math.random() gives values in [0, 1]."),
          ("Math.random() never returns 1.",
           "Math.random returns a number from 0 inclusive to 1 exclusive.",
           "Math.floor(Math.random() * 6) can be 5 but not 6.",
           "Math.random() gives values in [0, 1).",
           "Math.random() can return 0."),
          ("javascript", "typescript")),
    Entry("js_in_checks_values",
          "The in operator tests property names: on an array it checks indexes (2 in [5, 6, 7] "
          "is true, 5 in [5] is false) and 'length'; includes (or indexOf) looks for a value",
          r"^(?!.*\blength\b)(?:.*?)(?:['\"][^'\"]+['\"] in \[[^\]]*\]`?" + NOT + r"{0,20}" + _IS +
          r"true\b"
          r"|^(?=.*\barrays?\b).*?\b(the )?in (operator|keyword)\b" + _NC + r"{0,40}\b(checks?|tests?|"
          r"searches?|looks? for|finds?|tells)\b" + _NC + r"{0,30}\b(values?|elements?|items?|"
          r"contains?|includes?|holds?)\b)",
          "MDN Web Docs, in ('The in operator returns true if the specified property is in the "
          "specified object or its prototype chain'; for arrays the properties are the "
          "indexes)",
          ("The in operator checks whether the array contains the value.",
           "'b' in ['a', 'b'] is true.",
           "The in keyword tests if an element is in the array.",
           "The in operator on an array searches its values.",
           "The in operator finds the item in the array, so duplicates are skipped."),
          ("The in operator checks whether the array has that index.",
           "includes checks whether the array contains the value.",
           "'b' in ['a', 'b'] is false, since in checks keys.",
           "The in operator does not check the array's values.",
           "The in operator tests property names, not the array's values."),
          ("javascript", "typescript")),
    Entry("optional_chaining_null",
          "Optional chaining (a?.b, a?.(), a?.[k]) evaluates to undefined, not null, when a is "
          "null or undefined, and skips the rest of the chain instead of throwing",
          r"^(?!.*\?\?)(?:.*?)(?:(\?\.|\boptional chaining\b)`?" + _GAP + r"{0,40}" + _IS +
          r"(also |just )?null\b)",
          "MDN Web Docs, Optional chaining ('If the object accessed or function called using "
          "this operator is undefined or null, the expression short circuits and evaluates to "
          "undefined instead of throwing an error')",
          ("a?.b returns null when a is null.",
           "user?.name gives null if user is missing.",
           "Optional chaining returns null instead of throwing.",
           "a?.b yields null for a missing object.",
           "config?.port is null when config is undefined."),
          ("a?.b returns undefined when a is null.",
           "user?.name gives undefined if user is missing.",
           "Optional chaining returns undefined instead of throwing.",
           "user?.name ?? null gives null when user is missing.",
           "config?.port is undefined, not null."),
          ("javascript", "typescript")),
    # --- TypeScript (the handbook) ------------------------------------------------------------
    Entry("ts_partial_deep",
          "Partial<T> (like Required<T> and Readonly<T>) changes only T's own top-level "
          "properties: objects nested inside keep their required (or writable) properties",
          r"\b(partial|readonly|required)<[^<>]{0,80}>`?" + _NC + r"{0,40}(\b(makes?|marks?|turns?)\b"
          r"[^.;]{0,30}\b(nested|deep|inner|sub-?object'?s?)\b|\b(is|are|works|applies)\b "
          r"(also )?(deep|recursive|deeply|recursively)\b|\b(applies|recurses|reaches|extends)\b "
          r"(recursively )?(in)?to (the )?(nested|inner)\b|\bat every level\b)",
          "TypeScript Handbook, Utility Types ('Partial<Type>: Constructs a type with all "
          "properties of Type set to optional'; a mapped type over keyof Type, one level deep)",
          ("Partial<Config> makes nested properties optional too.",
           "Partial<T> is deep, so the inner objects can be partial as well.",
           "Partial<T> applies recursively to the nested objects.",
           "Readonly<State> makes the nested arrays read-only too.",
           "Partial<Options> marks every property at every level as optional."),
          ("Partial<Config> makes only the top-level properties optional.",
           "Partial<T> is not deep; nested objects keep their required fields.",
           "Readonly<T> is shallow, so nested properties can still change.",
           "A DeepPartial type makes nested properties optional too.",
           "Partial<Config> makes every top-level property optional."),
          ("typescript",)),
    Entry("ts_overload_implementation_visible",
          "An overloaded function's implementation signature cannot be called from outside: "
          "callers see only the overload signatures",
          r"^(?=.*\boverload)(?:.*?)(?:\bimplementation( signature)?\b" + _NC + r"{0,40}\b(is|are)\b "
          r"(also |still )?(callable|visible|exposed|public|part of the (public )?(api|overloads?|"
          r"signatures?)|(available|usable) to (callers|the caller|outside))\b)",
          "TypeScript Handbook, More on Functions, Overload Signatures and the Implementation "
          "Signature ('The signature of the implementation is not visible from the outside. "
          "When writing an overloaded function, you should always have two or more signatures "
          "above the implementation')",
          ("With the overloads, the implementation signature is also callable.",
           "The overload's implementation signature is visible to callers.",
           ("In an overloaded function the implementation signature is part of the public "
            "overloads."),
           ("The implementation signature of the overload is exposed, so any string | number "
            "works."),
           "For overloads, the implementation signature is available to callers too."),
          ("With the overloads, the implementation signature is not callable.",
           "The overload's implementation signature is not visible from outside.",
           "Callers see only the overload signatures.",
           "The implementation signature must be compatible with every overload.",
           "Each overload signature is callable; the implementation signature is hidden."),
          ("typescript",)),
    Entry("ts_any_still_checked",
          "A value of type any is not type-checked: any property access, call or assignment "
          "compiles (unknown is the checked alternative)",
          r"(`any`|\bas any\b|: ?any\b|\b(the )?any type\b|\btype any\b|\bany-typed\b)" + _NC +
          r"{0,40}(\b(is|are|stays?|remains?) (still |fully )?(type[- ]?checked|checked|type[- ]safe)\b|"
          r"\b(still )?(keeps?|has|gets?) (full )?type[- ]?checking\b|\b(compiler|typescript|tsc) "
          r"(still )?(reports?|catches?|flags?|checks?)\b(?! nothing| no\b))",
          "TypeScript Handbook, Everyday Types, any ('When a value is of type any, you can access "
          "any properties of it ..., call it like a function, assign it to (or from) a value of "
          "any type, or pretty much anything else that's syntactically legal')",
          ("A value typed as any is still type-checked.",
           "The any type is type-safe like unknown.",
           "With `any`, the compiler still reports a misspelled property.",
           "Casting it as any keeps type checking on the object.",
           "A parameter of type any is checked by the compiler."),
          ("A value typed as any is not type-checked.",
           "The unknown type is type-safe; any is not.",
           "With `any`, the compiler reports nothing.",
           "as any turns off type checking for that value.",
           "A parameter of type unknown is checked before use."),
          ("typescript",)),
    # --- Go (the specification, package docs) -------------------------------------------------
    Entry("go_json_unexported",
          "encoding/json marshals and unmarshals only exported struct fields: a lowercase field "
          "is skipped silently, without an error, whatever its json tag",
          r"^(?=.*\b(json|marshal\w*|unmarshal\w*|encod\w+|decod\w+|serializ\w+)\b)(?:.*?)(?:"
          r"\b(unexported|lower-?case|private|lowercased)( struct)? (fields?|members?|names?)\b" + _NC +
          r"{0,50}\b(are|is|gets?|will be) (still |also )?(marshall?ed|unmarshall?ed|encoded|serialized|"
          r"included|written|decoded|filled|populated|set|read|output)\b"
          r"|\b(json\.)?(marshal|unmarshal|encoder|decoder)\b" + _NC + r"{0,30}\b(includes?|encodes?|"
          r"writes?|fills?|sets?|populates?|decodes? into|reads?)\b (the )?(unexported|lower-?case|"
          r"private)( struct)? fields\b)",
          "Go package encoding/json, Marshal ('Each exported struct field becomes a member of "
          "the object'); Unmarshal ('Unmarshal will only set exported fields of the struct')",
          ("Unexported fields are still marshalled by json.Marshal.",
           "json.Marshal includes the lowercase fields too.",
           "The private fields are encoded to JSON as well.",
           "With a json tag, a lowercase field is decoded by Unmarshal.",
           "Lowercase struct fields get serialized into the response JSON."),
          ("Unexported fields are not marshalled by json.Marshal.",
           "json.Marshal includes only exported fields.",
           "The private fields are skipped when encoding to JSON.",
           "A lowercase field is ignored by Unmarshal, even with a json tag.",
           "Exported fields are encoded to JSON."),
          ("go",)),
    Entry("go_errors_new_equal",
          "Each errors.New call returns a distinct error value: two errors with the same text "
          "are not ==; compare against one sentinel variable (with errors.Is)",
          r"\berrors\.new\((?P<t>[^)]{0,80})\)\s*==\s*errors\.new\((?P=t)\)`?" + NOT + r"{0,20}" + _IS +
          r"true\b"
          r"|\b(two |separate |different )?(errors\.new|fmt\.errorf|errors?|error values)( (calls?|"
          r"values?|errors?))?\b[^.;]{0,30}\b(with|having|carrying|made from|created from) the same "
          r"(text|message|string)\b" + _NC + r"{0,30}\b(are|compare|is)( as)? (equal|the same|==)",
          "Go package errors, New ('Each call to New returns a distinct error value even if the "
          "text is identical')",
          ("Two errors.New calls with the same text are equal.",
           "errors.New(\"not found\") == errors.New(\"not found\") is true.",
           "Errors with the same message compare equal, so == works.",
           "Error values created from the same string are the same.",
           "Two error values with the same text are ==."),
          ("Two errors.New calls with the same text are not equal.",
           "errors.New(\"x\") == errors.New(\"x\") is false.",
           "Compare against the sentinel ErrNotFound with errors.Is.",
           "Errors with the same message are distinct values.",
           "Two strings with the same text are equal."),
          ("go",), code_has=r"errors\.New|fmt\.Errorf"),
    Entry("go_int_div_zero",
          "In Go an integer division (or %) by zero panics at run time (by a constant zero it "
          "does not compile); only floating-point division by zero gives +Inf, -Inf or NaN",
          r"\b(integer|int|int64|uint) (division|divide|remainder|modulo) by (zero|0)\b" + _NC +
          r"{0,40}" + _IS + r"(just |simply )?[+-]?(0|zero|inf|infinity|nan)\b"
          r"|\b(dividing|to divide) (an? )?(int|integer|int64|uint)s?( value| variable)? by (zero|0)\b" +
          _NC + r"{0,40}" + _IS + r"(just |simply )?[+-]?(0|zero|inf|infinity|nan)\b",
          "The Go Programming Language Specification, Arithmetic operators, Integer operators "
          "('If the divisor is a constant, it must not be zero. If the divisor is zero at run "
          "time, a run-time panic occurs')",
          ("Integer division by zero returns 0 in Go.",
           "Dividing an int by zero gives +Inf.",
           "Integer division by zero yields infinity, so the average is Inf.",
           "Dividing an integer by zero produces NaN.",
           "In Go, integer division by zero returns zero rather than failing."),
          ("Integer division by zero panics at run time.",
           "Dividing a float64 by zero gives +Inf.",
           "Integer division by zero does not return 0; it panics.",
           "Dividing an integer by zero is a runtime panic.",
           "Float division by zero yields infinity."),
          ("go",)),
    Entry("go_structs_not_comparable",
          "Struct values are comparable with == when all their fields are comparable (field by "
          "field); only a struct holding a slice, map or function cannot be compared",
          r"^(?!.*\b(slices?|maps?|func\w*|containing|contains|holding|holds|with an? \w+ field|"
          r"unless|if|when|pointers? to)\b)(?:.*?)(?:\bstructs?( values?| types?)?\b" + _NC + r"{0,30}"
          r"(\b(cannot|ca not|can not) be compared\b|\b(are|is) (not|never) comparable\b)"
          r"|==`?\s+(does not|cannot|ca not|wo not|will not) (work|compile|apply)\b[^.;]{0,15}\b(on|for|"
          r"with|between) (two )?(go )?structs?\b"
          r"|\b(cannot|ca not|can not) (use|apply) ==`? (on|with|for|between) (two )?struct)",
          "The Go Programming Language Specification, Comparison operators ('Struct types are "
          "comparable if all their field types are comparable. Two struct values are equal if "
          "their corresponding non-blank field values are equal')",
          ("Structs cannot be compared with == in Go.",
           "Go structs are not comparable, so use reflect.DeepEqual.",
           "== does not work on structs.",
           "You can't use == on two struct values.",
           "Struct values can't be compared directly."),
          ("Structs with only comparable fields can be compared with ==.",
           "Structs containing a slice cannot be compared with ==.",
           "Struct values are comparable when all their fields are.",
           "== compares two structs field by field.",
           "A struct with a map field is not comparable."),
          ("go",)),
    Entry("go_select_default_blocks",
          "A select with a default case never blocks: if no other case can proceed, default runs "
          "at once (only a select without default waits)",
          r"(\bselect\b[^.;]{0,40}\b(with|having|that has|which has) (a |the )?default( case| "
          r"branch| clause)?\b|\bwith (a |the )?default( case| branch| clause)?\b,? (the )?select\b)" +
          _NC + r"{0,40}\b(blocks?|waits?|hangs?)\b",
          "The Go Programming Language Specification, Select statements ('If one or more of the "
          "communications can proceed, a single one ... is chosen ... Otherwise, if there is a "
          "default case, that case is chosen. If there is no default case, the \"select\" "
          "statement blocks')",
          ("A select with a default case blocks until a channel is ready.",
           "The select with default waits for one of the channels.",
           "Even with a default branch, select blocks when nothing is ready.",
           "A select with a default clause hangs when no channel has data.",
           "This select, which has a default case, waits for the ticker."),
          ("A select with a default case never blocks.",
           "Without a default case, the select blocks until a channel is ready.",
           "The select with default does not wait for the channels.",
           "A select with no cases blocks forever.",
           "The select waits for one of the channels; it has no default."),
          ("go",)),
    Entry("go_type_assertion_zero",
          "A single-result type assertion x.(T) panics when x does not hold a T; only the "
          "two-result form v, ok := x.(T) gives T's zero value and false",
          r"^(?!.*(\bok\b|\bcomma\b|\btwo[- ](value|result)|\bsecond (value|result)))(?:.*?)(?:"
          r"(\btype assertions?\b|\.\((?!type\))\*?[\w.]+\))`?" + _NC + r"{0,50}(\b(returns?|gives?|yields?|"
          r"produces?|evaluates to)\s+(the |a |an )?"
          r"(zero[- ]value|nil|zero|empty|false)\b|\bfails? (silently|quietly|gracefully)\b))",
          "The Go Programming Language Specification, Type assertions ('If the type assertion "
          "holds, the value of the expression is the value stored in x ... If the type assertion "
          "is false, a run-time panic occurs'; the v, ok form yields the zero value instead)",
          ("The type assertion returns the zero value when the type does not match.",
           "v := x.(string) gives an empty string if x holds an int.",
           "x.(*User) returns nil when x is not a *User.",
           "A failed type assertion yields nil.",
           "The type assertion fails silently when the value holds another type."),
          ("A failed type assertion panics.",
           "v, ok := x.(string) gives an empty string and false if x holds an int.",
           "The comma-ok type assertion returns the zero value on a mismatch.",
           "x.(*User) panics when x is not a *User.",
           "The type assertion does not return nil; it panics."),
          ("go",)),
    Entry("go_buffered_send_never_blocks",
          "A send on a buffered channel blocks once the buffer is full, until a receiver makes "
          "room; it returns at once only while there is room",
          r"^(?!.*\b(full|room|space|capacity|until|unless|while|as long as|receiver|receives)\b)(?:.*?)"
          r"(?:\b(buffered channels?|(a |the )?(send|sends|sending|writes?|writing) (on|to|into) (a |the )?"
          r"buffered channels?)\b,? (never|does not|do not) (blocks?|wait|waits|hangs?)\b)",
          "The Go Programming Language Specification, Channel types ('If the capacity is greater "
          "than zero, the channel is asynchronous: communication operations succeed without "
          "blocking if the buffer is not full (sends) or not empty (receives)')",
          ("A send on a buffered channel never blocks.",
           "Sending to a buffered channel does not block the goroutine.",
           "A buffered channel does not block the sender.",
           "Buffered channels never block, so no deadlock is possible.",
           "Sends to a buffered channel never wait."),
          ("A send on a buffered channel blocks when the buffer is full.",
           "A send on an unbuffered channel never completes without a receiver.",
           "A send on a buffered channel does not block while there is room.",
           "Buffered channels block once the buffer is full.",
           "Sending to a buffered channel blocks if no one receives and the buffer is full."),
          ("go",)),
    Entry("go_mutex_copy_shares",
          "A sync.Mutex (or RWMutex, WaitGroup, any sync type) must not be copied after first "
          "use: a copy is a separate lock with its own state, so a struct holding one passed by "
          "value guards nothing shared (go vet's copylocks)",
          r"(\b(copy(ing)?|copies|copied|pass(ing|ed|es)?( \w+){0,3} by value)\b[^.;]{0,40}\b(sync\.)?(mutex|rwmutex|"
          r"waitgroup|lock)(es)?\b|\bcop(y|ies) of (a |the )?(sync\.)?(mutex|rwmutex|waitgroup|lock)\b)" +
          _NC + r"{0,40}(\b(is|are) (fine|ok|okay|safe|harmless)\b|\b(still )?(shares?|keeps?|guards?|"
          r"protects?|locks?) (the )?(same|original|shared) (lock|mutex|state|counter|data|fields?|"
          r"map)\b|\bshares? the (lock|mutex|state|counter) with\b)",
          "Go package sync, Mutex ('A Mutex must not be copied after first use'); go vet "
          "copylocks ('check for locks erroneously passed by value')",
          ("Copying the sync.Mutex is fine, since both copies share the same lock.",
           "A copy of the mutex still guards the same data.",
           "Passing the struct by value with its mutex is safe.",
           "Copying a WaitGroup keeps the same counter.",
           "The copied mutex shares the lock with the original."),
          ("A sync.Mutex must not be copied after first use.",
           "Copying the mutex gives a separate lock, so nothing is guarded.",
           "Pass a pointer to the struct so the mutex is not copied.",
           "A copy of the mutex does not guard the same data.",
           "Copying the slice is fine."),
          ("go",)),
    # --- Java (JLS, javadoc) ------------------------------------------------------------------
    Entry("java_pass_by_reference",
          "Java passes every argument by value; for an object that value is a copy of the "
          "reference: assigning a new object (or null) to the parameter leaves the caller's "
          "variable unchanged, only changes made through the reference are seen",
          r"\bjava\b[^.;]{0,20}\b(is|uses)\b (a )?(pass|call)[- ]by[- ]reference\b"
          r"|^(?!.*\b(fields?|contents?|state|elements?|setters?)\b).*?\b(assigning|reassigning|"
          r"setting)\b[^.;]{0,30}\b(the )?(parameter|argument|param)\b" + _NC + r"{0,50}\b(changes?|"
          r"updates?|replaces?|affects?|modifies?|reaches?)\b[^.;]{0,20}\b(the )?(caller'?s?|original|"
          r"outside|calling)( variable| reference| object)?\b",
          "Java Language Specification, 15.12.4.5 ('the values of the actual argument "
          "expressions initialize newly created parameter variables'), 8.4.1; Java Tutorials, "
          "Passing Information to a Method ('Reference data type parameters ... are also passed "
          "into methods by value')",
          ("Java is pass-by-reference, so the swap works.",
           "Reassigning the parameter to a new list changes the caller's variable.",
           "Assigning a new object to the argument updates the original reference.",
           "Java uses call by reference for objects.",
           "Setting the param to null inside the method affects the caller's variable."),
          ("Java is pass-by-value; the reference itself is copied.",
           "Reassigning the parameter does not change the caller's variable.",
           "Changing a field through the parameter changes the caller's object.",
           "Java is not pass-by-reference.",
           "Setting the param to null inside the method leaves the caller's variable alone."),
          ("java",)),
    Entry("java_division_by_zero",
          "In Java an integer division or remainder by zero throws ArithmeticException, while "
          "floating-point division by zero gives Infinity or NaN and throws nothing",
          r"\b(integer|int|long) (division|divide|remainder) by (zero|0)\b" + _NC + r"{0,40}" + _IS +
          r"(just |simply )?-?(0|zero|infinity|nan|null)\b"
          r"|\b(double|float|floating[- ]point)( division| values?| numbers?)? (divided )?by (zero|0(\.0)?)\b" +
          _NC + r"{0,40}\b(throws?|raises?)\b"
          r"|(?<![\w.])(\d+\.\d+|\d+\.?\d*[df])\s*/\s*0(\.0)?\b`?" + NOT + r"{0,20}\b(throws?|raises?)\b"
          r"|(?<![\w.])\d+\s*/\s*0(?![.\w])`?" + NOT + r"{0,20}" + _IS + r"-?(infinity|nan|0)\b",
          "Java Language Specification, 15.17.2 Division Operator / ('if the value of the "
          "divisor in an integer division is 0, then an ArithmeticException is thrown'; for "
          "floating point 'Division of a nonzero finite value by a zero results in a signed "
          "infinity')",
          ("Integer division by zero returns Infinity in Java.",
           "5 / 0 is Infinity.",
           "1.0 / 0 throws ArithmeticException.",
           "Double division by zero throws an ArithmeticException.",
           "int division by zero gives 0, so avg is 0."),
          ("Integer division by zero throws ArithmeticException.",
           "1.0 / 0 is Infinity.",
           "5 / 0 throws ArithmeticException.",
           "Double division by zero gives Infinity, not an exception.",
           "Floating-point division by zero does not throw."),
          ("java",)),
    Entry("java_hashcode_address",
          "Object.hashCode is not the object's memory address and not unique: the javadoc "
          "leaves its computation to the JVM, objects move during garbage collection, and "
          "distinct objects may share a hash code",
          r"\bhash ?code\b(\(\))?`?" + _NC + r"{0,40}" + _IS + r"(just |simply )?(the |its |an? )?"
          r"(object'?s? )?(memory|heap) (address|location|pointer)\b"
          r"|\bhash ?code\b(\(\))?`?" + _NC + r"{0,30}\b(is|are) (always )?(unique|different|distinct) "
          r"(for|per|to|across) (every|each|all) (distinct |different )?(objects?|instances?)\b"
          r"|\b(two|distinct|different) (different |distinct )?objects? (cannot|can not|ca not|never|"
          r"will never|can never) (have|share|get) the same hash ?codes?\b",
          "Java SE API, Object.hashCode ('It is not required that if two objects are unequal "
          "according to the equals method, then calling the hashCode method on each of the two "
          "objects must produce distinct integer results'; 'The hashCode may or may not be "
          "implemented as some function of an object's memory address at some point in time')",
          ("hashCode returns the object's memory address.",
           "The default hashCode is the memory address of the object.",
           "Object.hashCode() gives the heap address.",
           "hashCode is unique for every object, so it works as an id.",
           "Two different objects can never have the same hash code."),
          ("hashCode is not the object's memory address.",
           "Two different objects can have the same hash code.",
           "hashCode is not unique for every object.",
           "System.identityHashCode is often derived from the address, but not guaranteed.",
           "Equal objects must have the same hash code."),
          ("java",)),
    Entry("java_system_gc_forces",
          "System.gc() only suggests a collection: the JVM may ignore it, so it guarantees "
          "neither that memory is freed nor that finalizers or cleaners run",
          r"^(?!.*\b(may|might|suggests?|hints?|requests?|asks?|not guaranteed|possibly)\b)(?:.*?)(?:"
          r"\bsystem\.gc\b(\(\))?`?" + _NC + r"{0,40}\b(forces?|guarantees?|triggers?|runs?|starts?|"
          r"performs?|ensures?|frees?|reclaims?|releases?|collects?|makes the (jvm|vm))\b)",
          "Java SE API, System.gc ('Calling the gc method suggests that the Java Virtual Machine "
          "expend effort toward recycling unused objects ... There is no guarantee that this "
          "effort will recycle any particular number of unused objects')",
          ("System.gc() forces a garbage collection.",
           "System.gc frees the memory at once.",
           "Calling System.gc() guarantees the objects are collected.",
           "System.gc runs the collector immediately.",
           "System.gc() triggers the finalizers, so the file is closed."),
          ("System.gc() only suggests a collection.",
           "System.gc does not force a garbage collection.",
           "System.gc may be ignored by the JVM.",
           "The JVM reclaims memory when it needs to.",
           "System.gc is a hint the JVM might ignore."),
          ("java",)),
    Entry("linkedlist_get_constant",
          "LinkedList.get(i) (and set, add or remove at an index) walks the list from the nearer "
          "end: linear time, so a loop of get(i) over a LinkedList is quadratic (ArrayList.get "
          "is constant)",
          r"^(?=.*(cxconstant|random access|indexed access|access by index))(?:.*?)(?:"
          r"\blinkedlist\b(?:[^.;]|\.(?=\w)){0,30}\b(get|set|index\w*)\b(\(\w*\))?`?" + _NC +
          r"{0,30}\b(is|are|runs?|takes?|costs?)\b" + _NC + r"{0,15}cxconstant"
          r"|\bget\(\w*\)`?[^.;]{0,20}\blinkedlist\b" + _NC + r"{0,20}\b(is|runs?|takes?|costs?)\b" + _NC +
          r"{0,15}cxconstant"
          r"|\bindex\w*( into| in| of)? (a |the )?linkedlist\b" + _NC + r"{0,20}\b(is|runs?|takes?|"
          r"costs?)\b" + _NC + r"{0,15}cxconstant"
          r"|\blinkedlist\b" + _NC + r"{0,20}\b(has|gives|offers|supports|provides)\b (fast |cheap |"
          r"efficient |cxconstant )?(random access|indexed access|access by index)\b)",
          "Java SE API, LinkedList ('Operations that index into the list will traverse the list "
          "from the beginning or the end, whichever is closer to the specified index')",
          ("LinkedList.get(i) is O(1).",
           "On a LinkedList, get(i) takes constant time.",
           "LinkedList supports fast random access.",
           "Indexing into a LinkedList is O(1), so the loop is linear.",
           "list.get(i) on the LinkedList costs O(1)."),
          ("LinkedList.get(i) is O(n).",
           "On an ArrayList, get(i) takes constant time.",
           "LinkedList.get(i) is not O(1); it walks the list.",
           "LinkedList supports constant-time insertion at either end.",
           "Indexing into a LinkedList is linear, so the loop is quadratic."),
          ("java",)),
    Entry("java_local_default",
          "A Java local variable has no default value: reading it before it is definitely "
          "assigned does not compile (only fields and array elements start at 0, false or "
          "null)",
          r"\blocal (variables?|ints?|vars?|counters?)\b" + _NC + r"{0,30}\b(defaults?|are "
          r"(automatically )?(initiali[sz]ed|set)|is (automatically )?(initiali[sz]ed|set)|starts?"
          r"( out)?|gets?|begins?)\b( automatically)?( to| at| as| with)? (0|zero|null|false|their "
          r"default values?|a default value)\b",
          "Java Language Specification, 4.12.5 Initial Values of Variables ('A local variable "
          "... must be explicitly given a value before it is used, by either initialization or "
          "assignment'); chapter 16, Definite Assignment",
          ("Local variables default to 0 in Java.",
           "A local int starts at zero, so count++ works.",
           "Local variables are initialized to null automatically.",
           "Local variables get their default values like fields.",
           "A local variable is initialised to false by default."),
          ("Local variables have no default value in Java.",
           "Fields default to 0, but local variables must be assigned first.",
           "Local variables are not initialized automatically.",
           "Array elements start at zero.",
           "A local int must be assigned before it is read."),
          ("java",)),
    Entry("leading_zero_octal",
          "An integer literal with a leading 0 is octal in Java, C, C++ and Go: 010 is 8 and "
          "09 does not compile (a leading zero is no padding)",
          r"^(?!.*\b(parse\w*|atoi|strtol|strconv|strings?|text|input|json|decimal\(|python)\b)(?:.*?)"
          r"(?:(?<![\w.])0(?P<lz>[1-9]\d+|[89])\b`?" + NOT + r"{0,20}" + _IS + r"(just |simply |"
          r"still )?(?P=lz)\b(?!\.\d|\d)"
          r"|\bleading zeros?\b" + _NC + r"{0,30}\b((is|are) (ignored|harmless|just padding|dropped)|"
          r"(has|have|makes?) no (effect|difference))\b)",
          "Java Language Specification, 3.10.1 Integer Literals ('An octal numeral consists of "
          "an ASCII digit 0 followed by one or more of the ASCII digits 0 through 7'); "
          "cppreference, Integer literal; The Go Programming Language Specification, Integer "
          "literals",
          ("010 is 10.",
           "The literal 0755 is 755, an ordinary number.",
           "A leading zero is ignored in integer literals.",
           "Leading zeros have no effect on the value of an int literal.",
           "08 is just 8."),
          ("010 is 8, because a leading zero means octal.",
           "A leading zero is not ignored: 010 is octal.",
           "0x10 is 16.",
           "10 is 10.",
           "Integer.parseInt(\"010\") is 10, since the string is read as decimal."),
          ("java", "c", "cpp", "go")),
    Entry("java_byte_unsigned",
          "Java's byte is signed, -128 to 127: (byte) 200 is -56, and a byte read from a stream "
          "needs & 0xFF to give 0 to 255",
          r"\bbytes?\b" + _NC + r"{0,30}\b(ranges?|goes|holds?|stores?|is|are|can (hold|store|be|"
          r"represent)|covers?|takes?)\b (values )?(from )?0\s*(to|-|through|\.\.)\s*255\b"
          r"|\(byte\)\s*(?P<b>1[3-9]\d|2[0-4]\d|25[0-5])`?" + NOT + r"{0,15}" + _IS + r"(?P=b)\b"
          r"|\bbytes?( type)?\b" + _NC + r"{0,20}\b(is|are)\b (an? )?unsigned\b(?! (int|short|long|char|"
          r"integer|byte|value|number|\d))",
          "Java Language Specification, 4.2.1 Integral Types and Values ('For byte, from -128 "
          "to 127, inclusive'); InputStream.read returns an int 0 to 255 for that reason",
          ("A Java byte holds values from 0 to 255.",
           "byte ranges 0-255, so 200 fits.",
           "(byte) 200 is 200.",
           "Java's byte is unsigned.",
           "The byte can store 0 to 255, one per pixel."),
          ("A Java byte holds values from -128 to 127.",
           "(byte) 200 is -56.",
           "Java's byte is signed.",
           "b & 0xFF gives 0 to 255.",
           "A byte is not unsigned in Java."),
          ("java",)),
    # --- C and C++ (the C standard, cppreference) ---------------------------------------------
    Entry("c_string_literal_writable",
          "Modifying a string literal is undefined behaviour (char *s = \"abc\"; s[0] = 'x' may "
          "crash, the literal often sits in read-only memory): copy it into a char array first",
          r"^(?!.*\b(arrays?|arr|buffers?|copy|copied|strdup|std::string)\b)(?:.*?)(?:\bstring "
          r"literals?\b" + _NC + r"{0,40}(\b(can|may) (be )?(safely )?(modified|changed|written( to)?|"
          r"edited|altered|overwritten)\b|\b(is|are) (writable|mutable|modifiable)\b))",
          "C standard (C11 6.4.5p7: 'If the program attempts to modify such an array, the "
          "behavior is undefined'); cppreference, String literal ('Attempting to modify a "
          "string literal results in undefined behavior')",
          ("String literals can be modified through a char pointer.",
           "A string literal is writable in C.",
           "The string literal may be changed in place by toupper.",
           "String literals are mutable, so strtok can split them.",
           "In C a string literal can be edited like any other memory."),
          ("String literals cannot be modified; copy into a char array.",
           "Modifying a string literal is undefined behaviour.",
           "A char array initialised from a string literal can be modified.",
           "String literals are read-only in practice.",
           "A string literal is not writable."),
          ("c", "cpp")),
    Entry("c_locals_zeroed",
          "An uninitialised local (automatic) variable in C and C++ holds an indeterminate value, "
          "not 0: reading it is undefined behaviour (only static and global variables start at "
          "zero)",
          r"^(?!.*(\bstatic\b|\bglobals?\b|\bcalloc\b|\bmemset\b|=\s*0\b|\{\s*0?\s*\}|initiali[sz]ed "
          r"(with|by|from)|\bfile[- ]scope\b))(?:.*?)(?:\b(local|automatic|stack|uninitiali[sz]ed)"
          r"( \w+)? (variables?|ints?|arrays?|pointers?|vars?|buffers?)\b" + _NC + r"{0,40}(\b(defaults?|"
          r"are (automatically )?(initiali[sz]ed|set)|is (automatically )?(initiali[sz]ed|set)|"
          r"starts?( out)?|holds?|contains?|gets?|is|are)\b( to| at| as)? (0|zero|null|nullptr|"
          r"zeroes|zeros)\b|\b(are|is|gets?) (automatically |always )?(zeroed|zero-initiali[sz]ed|"
          r"cleared)\b))",
          "cppreference, Initialization ('objects with automatic and dynamic storage duration "
          "... are initialized to indeterminate values'); C11 6.7.9p10 ('If an object that has "
          "automatic storage duration is not initialized explicitly, its value is "
          "indeterminate')",
          ("Local variables start at 0 in C.",
           "An uninitialised int variable is 0.",
           "The stack array is zeroed automatically.",
           "An uninitialized pointer is NULL, so the check catches it.",
           "Local ints default to zero."),
          ("Local variables hold indeterminate values.",
           "Static variables start at 0.",
           "An uninitialised int variable is not 0.",
           "Global arrays are zeroed automatically.",
           "The local array initialised with {0} is zeroed."),
          ("c", "cpp")),
    Entry("c_string_eq_compares_text",
          "In C, == on two strings (char pointers or arrays) compares their addresses, not "
          "their characters: two equal texts at different places differ; strcmp compares the "
          "text",
          r"^(?=.*(\bstrings?\b|\bchar\b|\"\w*\"))(?!.*\b(strcmp|strncmp|std::string|address\w*|"
          r"pointers? (are|is) (equal|the same)|pointer comparison)\b)(?:.*?)(?:(==|\bequality "
          r"operator\b)`?" + _NC + r"{0,40}\b(compares?|checks?|tests?|matches?)\b" + _NC + r"{0,40}(\b("
          r"contents?|text|characters?|character by character|letters)\b|\bthe same (text|"
          r"characters|letters)\b|\b(strings|texts) (are|is) equal\b)"
          r"|==\s*\"[^\"]*\"\)?`?[^.;]{0,20}\b(matches|is true|succeeds)\b (when|if)\b)",
          "cppreference, strcmp ('Compares two null-terminated byte strings "
          "lexicographically'); C FAQ 8.2 (== compares the pointers, not what they point to)",
          ("In C, == compares the two strings character by character.",
           "str1 == str2 checks whether the strings have the same text.",
           "Comparing two char arrays with == compares their contents.",
           "The == operator tests whether two C strings are equal.",
           "if (name == \"admin\") matches when the user typed admin."),
          ("In C, == compares the addresses of the two strings.",
           "strcmp compares the two strings character by character.",
           "== on two char pointers compares the pointers, not the text.",
           "The == operator tests whether two ints are equal.",
           "std::string's == compares the contents."),
          ("c",)),
    Entry("free_nulls_pointer",
          "free(p) releases the memory but leaves p unchanged, still holding the old address (a "
          "dangling pointer); setting p = NULL is the caller's job (delete in C++ does not reset "
          "it either)",
          r"(\bfree\(\s*\w+\s*\)|\bfree\b)`?" + _NC + r"{0,40}\b(sets|resets|turns|makes|changes|"
          r"nulls out)\b (the |its )?(pointer|\w+)( to| into)? (null|nullptr|0)\b"
          r"|\bafter (calling )?free(\(\w*\))?,? (the )?(pointer|\w+) (is|becomes|equals) (null|"
          r"nullptr)\b",
          "C standard (C11 7.22.3.3 The free function: 'causes the space pointed to by ptr to be "
          "deallocated'; 6.2.4p2: 'The value of a pointer becomes indeterminate when the object "
          "it points to ... reaches the end of its lifetime'); cppreference, free",
          ("free(p) sets p to NULL.",
           "free sets the pointer to NULL, so the later check is safe.",
           "After free, the pointer is NULL.",
           "Calling free(buf) makes buf NULL.",
           "free resets the pointer to null."),
          ("free(p) does not set p to NULL.",
           "After free, set the pointer to NULL yourself.",
           "free(p) leaves p pointing at freed memory.",
           "The macro frees p and sets it to NULL.",
           "After free(p), p is a dangling pointer."),
          ("c", "cpp")),
    # --- Rust (the book, std docs) ------------------------------------------------------------
    Entry("rust_vec_remove_constant",
          "Vec::remove(i) shifts every later element one place left: O(n), keeping the order; "
          "swap_remove is the O(1) one that moves the last element into the gap",
          r"^(?=.*\bvec)(?:.*?)(?:\bremove\b(\(\w*\))?`?" + _NC + r"{0,40}(\b(is|are|runs?|takes?|costs?)\b" +
          _NC + r"{0,15}cxconstant|\b(swaps?|moves?|puts?|copies) (in )?the last element\b))",
          "Rust std docs, Vec::remove ('Removes and returns the element at position index within "
          "the vector, shifting all elements after it to the left. Note: Because this shifts "
          "over the remaining elements, it has a worst-case performance of O(n). If you don't "
          "need the order of elements to be preserved, use swap_remove instead')",
          ("Vec::remove is O(1).",
           "v.remove(i) swaps the last element into place on the Vec.",
           "remove on a Vec takes constant time.",
           "Vec::remove moves the last element into the gap, so order changes.",
           "Removing with vec.remove(0) costs O(1)."),
          ("Vec::remove is O(n) because it shifts the rest.",
           "Vec::swap_remove moves the last element into the gap.",
           "v.remove(i) keeps the order of the other elements in the Vec.",
           "swap_remove on a Vec is O(1).",
           "VecDeque::pop_front is O(1)."),
          ("rust",)),
    Entry("rust_move_copies",
          "Assigning or passing a value whose type is not Copy (String, Vec, Box) moves it: the "
          "source can no longer be used (a compile error) unless it was cloned; only Copy types "
          "such as integers, bool, char and shared references are copied",
          r"^(?!.*\b(clone\w*|integers?|i32|u\d+|i\d+|usize|bool|char|copy types?|references?|&)\b)"
          r"(?:.*?)(?:\b(string|vec|box|vector)\w*\b" + _NC + r"{0,40}\b(is|are|gets?) (copied|"
          r"duplicated) (automatically |implicitly )?(when|on|if|by|as)\b"
          r"|\b(assigning|passing|giving) (a |the )?(string|vec|vector|box)\w*\b[^.;]{0,40}\b(copies|"
          r"duplicates) (it|them|the (data|string|vec|buffer))\b"
          r"|\b(?P<src>\w+) is still (valid|usable|available|accessible) after (let \w+ = (?P=src)\b"
          r"(?!\.\w|\()|passing it|it is passed|moving it|the move))",
          "The Rust Programming Language, 4.1 What Is Ownership? ('Rust considers s1 as no longer "
          "valid ... This is known as a move'; 'Rust has a special annotation called the Copy "
          "trait' for stack-only types)",
          ("s1 is still valid after let s2 = s1.",
           "Passing the String to the function copies it, so s can still be printed.",
           "Assigning a Vec to another variable duplicates the data.",
           "The String is copied when passed by value, so the caller keeps it.",
           "A Vec is copied automatically on assignment."),
          ("After let s2 = s1, s1 is no longer valid.",
           "Passing the String to the function moves it; clone it to keep s.",
           "Integers are copied when assigned.",
           "s1 is still valid after let s2 = s1.clone().",
           "The String is moved when passed by value."),
          ("rust",)),
    Entry("rust_len_counts_chars",
          "String::len and str::len give the length in bytes of the UTF-8 text, not the number "
          "of characters: \"é\".len() is 2; s.chars().count() counts characters",
          r"^(?!.*(chars\(\)|vec<char>|\[char\]|\bbytes?\b|\bascii\b))(?:.*?)(?:(\.len\(\)|\b(string|"
          r"str)::len\b|\blen\b)`?" + _NC + r"{0,40}(" + _IS + r"(the |its )?(number|count|amount) of "
          r"(unicode |utf-8 )?(characters|chars|letters|code points|graphemes|glyphs|symbols)\b|\b("
          r"counts?|measures?|gives?|returns?) (the )?(unicode |utf-8 )?(characters|chars|letters|"
          r"character count)\b))",
          "Rust std docs, String::len ('Returns the length of this String, in bytes, not chars or "
          "graphemes. In other words, it might not be what a human considers the length of the "
          "string')",
          ("s.len() returns the number of characters.",
           "name.len() counts the characters, so 'é' has length 1.",
           "String::len gives the character count.",
           "The len of a &str is its number of chars.",
           "s.len() is the number of Unicode characters."),
          ("s.len() returns the number of bytes.",
           "s.chars().count() returns the number of characters.",
           "For ASCII text, len() gives the number of characters.",
           "s.len() does not count characters.",
           "A Vec<char>'s len() is the number of characters."),
          ("rust",)),
    Entry("rust_unwrap_default",
          "unwrap on None or an Err panics; it never returns a default (unwrap_or, "
          "unwrap_or_default and unwrap_or_else do)",
          r"\bunwrap\b(?!_| to\b)(\(\))?`?" + _GAP + r"{0,40}(" + _IS + r"(the |a |an )?(default|zero|0|none|"
          r"null|empty)\b|\bfalls? back (to|on) (the |a )?default\b)",
          "Rust std docs, Option::unwrap ('Panics if the self value equals None'; 'Because this "
          "function may panic, its use is generally discouraged. Instead, prefer ... "
          "unwrap_or, unwrap_or_else, or unwrap_or_default') and Result::unwrap",
          ("unwrap() returns the default value when the Option is None.",
           "On an Err, unwrap gives 0.",
           "unwrap returns an empty string if the lookup fails.",
           "x.unwrap() falls back to the default on None.",
           "unwrap yields None when there is no value."),
          ("unwrap_or_default() returns the default value when the Option is None.",
           "unwrap() panics when the Option is None.",
           "unwrap_or(0) gives 0 on an Err.",
           "unwrap does not return a default; it panics.",
           "unwrap returns the value inside Some."),
          ("rust",)),
)

_KEYS: Final = {
    "python_mod_sign_dividend": r"%",
    "dict_iter_gives_pairs": r"\bdict",
    "dict_in_checks_values": r"\bvalues\b",
    "enumerate_starts_one": r"\benumerate\b",
    "input_returns_number": r"\binput\(",
    "sum_joins_strings": r"\bsum\b",
    "listdir_sorted": r"(listdir|scandir|iterdir|glob)",
    "append_flattens": r"\bappend",
    "findall_ignores_groups": r"\bfindall\b",
    "open_w_appends": r"(['\"]w\+?['\"]|\bw mode|\bwrite mode|\bmode ['\"]?w)",
    "python_float_div_zero_inf": r"(/|\bdivi)",
    "try_else_on_exception": r"\belse\b",
    "dict_pop_missing_none": r"\bpop\b",
    "shuffle_returns_copy": r"\bshuffle\b",
    "substring_negative_from_end": r"\bsubstring\b",
    "settimeout_exact_delay": r"\bset(timeout|interval)\b",
    "map_filter_in_place": r"\b(map|filter)\b",
    "reduce_empty_no_initial": r"\breduce\b",
    "encodeuri_escapes_reserved": r"\bencodeuri\b",
    "js_math_round_half": r"\bmath\.round\b",
    "localstorage_keeps_types": r"storage\b",
    "new_date_throws": r"\bdate\b",
    "preventdefault_stops_propagation": r"(preventdefault|stoppropagation)",
    "math_random_includes_one": r"\bmath\.random\b",
    "js_in_checks_values": r"\bin\b",
    "optional_chaining_null": r"\bnull\b",
    "ts_partial_deep": r"\b(partial|readonly|required)<",
    "ts_overload_implementation_visible": r"\bimplementation\b",
    "ts_any_still_checked": r"\bany\b",
    "go_json_unexported": r"\b(unexported|lower-?case|private|lowercased)\b",
    "go_errors_new_equal": r"\berror",
    "go_int_div_zero": r"\b(zero|0)\b",
    "go_structs_not_comparable": r"\bstruct",
    "go_select_default_blocks": r"\bdefault\b",
    "go_type_assertion_zero": r"(\bassertion|\.\()",
    "go_buffered_send_never_blocks": r"\bbuffered\b",
    "go_mutex_copy_shares": r"\b(mutex|rwmutex|waitgroup|lock)",
    "java_pass_by_reference": r"\b(reference|param\w*|argument)\b",
    "java_division_by_zero": r"(\bzero\b|/\s*0)",
    "java_hashcode_address": r"\bhash ?code",
    "java_system_gc_forces": r"\bsystem\.gc\b",
    "linkedlist_get_constant": r"\blinkedlist\b",
    "java_local_default": r"\blocal\b",
    "leading_zero_octal": r"(\b0\d|\bleading zero)",
    "java_byte_unsigned": r"\bbyte",
    "c_string_literal_writable": r"\bliterals?\b",
    "c_locals_zeroed": r"\b(local|automatic|stack|uninitiali[sz]ed)\b",
    "c_string_eq_compares_text": r"(==|\bequality operator)",
    "free_nulls_pointer": r"\bfree\b",
    "rust_vec_remove_constant": r"\bremove\b",
    "rust_move_copies": r"\b(cop\w*|duplicat\w*|still)\b",
    "rust_len_counts_chars": r"\blen\b",
    "rust_unwrap_default": r"\bunwrap\b",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS4: Final = keyed(_ENTRIES, _KEYS)
