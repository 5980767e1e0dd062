"""False beliefs about Python, JavaScript/TypeScript, Go, Java, C/C++ and Rust, from their
documentation.

The sixth set (branch catalogue6), written like `_semantics_docs2.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. Python: all/any of nothing, set order, f-strings in logging calls,
datetime.now, str hashes between runs, int('3.5'), truthy strings, mutators returning None,
`(x)` and one-element tuples, for...else, str.count, list.index, random.randint, time.sleep's
unit, max of nothing. JavaScript (MDN): toFixed, `+` with a string, Math.max of an array,
slice, integer keys' order, isNaN, Number(''), find, the Promise executor, switch's
comparison, chained comparisons, labelled break. TypeScript (the handbook): `as`, unknown, the
non-null assertion. Go (the specification, the Tour, the FAQ, package docs): time.Sleep's
unit, range's one evaluation, `:=` in an inner block, arrays as values, closing channels, nil
receivers, strings.Split of "", unused variables. Java (javadoc, JLS): equals without hashCode,
ConcurrentModificationException, List.of, clone, StringBuilder.equals, enums and ==, an int
product stored in a long, ConcurrentHashMap and null, Object.wait. C/C++ and Rust:
vector::operator[], char's signedness, indexing a Rust String, `as` casts, HashMap order.
"""

from __future__ import annotations

from typing import Final

from ._entry import ANY, NOT, NOT_CONTRAST, NOT_ONLY, Entry, keyed

__all__ = ["DOCS3"]

_EMPTY: Final = r"(\[\s*\]|\(\s*\)|\{\s*\}|set\(\)|''|\"\")"
"""An empty literal as an argument: [], (), {}, set(), ''."""
_ADDED_ORDER: Final = (r"((the |their |its )?(insertion|insert|inserted|original|input|added|"
                       r"arrival)[- ]?order\b|the order (in which )?(they|it|the \w+|its \w+|their "
                       r"\w+) (were|was|are) (added|inserted|put in|created)\b)")
"""The order things were added in, as a claim names it."""
_IS: Final = r"(\b(is|are|returns?|gives?|yields?|evaluates to|produces?)\b|===?)\s+[`'\"]?"
"""The verb of a claim about a value ("is", "returns", "==")."""

_ENTRIES: Final = (
    # --- Python -------------------------------------------------------------------------------
    Entry("vacuous_all_any",
          "all() of an empty iterable is True and any() of one is False (vacuous truth); "
          "JavaScript's [].every(...) is true and [].some(...) is false",
          r"\b(all|every)\(\s*" + _EMPTY + r"\s*(,[^)]*)?\)`?" + NOT + r"{0,20}" + _IS +
          r"false\b"
          r"|\b(any|some)\(\s*" + _EMPTY + r"\s*(,[^)]*)?\)`?" + NOT + r"{0,20}" + _IS + r"true\b"
          r"|\[\s*\]\.every\([^)]*\)`?" + NOT + r"{0,20}" + _IS + r"false\b"
          r"|\[\s*\]\.some\([^)]*\)`?" + NOT + r"{0,20}" + _IS + r"true\b"
          r"|\b(all|every)\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}\b(on|of|for|over|with|given) (an? |the )?"
          r"empty (list|iterable|array|sequence|input|collection|generator|set|tuple)\b" + NOT_CONTRAST +
          r"{0,20}" + _IS + r"false\b"
          r"|\b(any|some)\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}\b(on|of|for|over|with|given) (an? |the )?"
          r"empty (list|iterable|array|sequence|input|collection|generator|set|tuple)\b" + NOT_CONTRAST +
          r"{0,20}" + _IS + r"true\b",
          "Python Library Reference, Built-in Functions, all ('Return True if all elements of "
          "the iterable are true (or if the iterable is empty)') and any ('If the iterable is "
          "empty, return False'); MDN, Array.prototype.every ('every returns true for any "
          "condition put on an empty array')",
          ("all([]) returns False, so the check fails when there are no rows.",
           "any([]) is True.",
           "all() on an empty list returns False.",
           "[].every(x => x > 0) is false.",
           "every on an empty array returns false, so the form is invalid.",
           "any() of an empty generator gives True."),
          ("all([]) returns True, so an empty batch passes the check.",
           "any([]) is False.",
           "all() on an empty list returns True (vacuous truth).",
           "all(x > 0 for x in xs) returns False when one item is negative.",
           "all() returns False as soon as one check fails.",
           "[].every(x => x > 0) is true.",
           "any() of an empty generator gives False."),
          ("python", "javascript", "typescript")),
    Entry("set_insertion_ordered",
          "A Python set (and frozenset) keeps no order: iterating it gives the elements in hash "
          "order, not the order they were added (dict keys, or dict.fromkeys, keep insertion "
          "order)",
          r"^(?!.*\b(unlike (a |the )?sets?|dicts?|dictionar\w+|ordereddict|fromkeys|sorted|"
          r"javascript|js)\b)"
          r".*?\b(frozen)?sets?\b" + NOT_CONTRAST + r"{0,40}\b(keeps?|preserves?|remembers?|maintains?|"
          r"retains?|respects?|follows?|guarantees?)\b " + _ADDED_ORDER +
          r"|^(?!.*\b(unlike (a |the )?sets?|dicts?|dictionar\w+|sorted)\b).*?\b(frozen)?sets?\b" +
          NOT_CONTRAST + r"{0,40}\b(iterates?|yields?|returns?|gives?|lists?|prints?|comes? out|are "
          r"(visited|iterated|returned|printed))\b[^.;]{0,30}\bin (the )?(same )?order (they|"
          r"that they|in which they|the \w+ were|it|they were) (were )?(added|inserted|put in)\b",
          "Python Library Reference, Set Types ('A set object is an unordered collection of "
          "distinct hashable objects ... sets do not record element position or order of "
          "insertion')",
          ("The set keeps insertion order, so the first tag stays first.",
           "A Python set preserves the order the items were added in, like a list.",
           "seen is a set, which maintains insertion order.",
           "Iterating the set yields the names in the order they were added.",
           "frozenset retains the original order of the input."),
          ("The set does not keep insertion order.",
           "A set is unordered; a dict keeps insertion order.",
           "Unlike a set, a dict preserves insertion order.",
           "dict.fromkeys(items) keeps the insertion order and drops duplicates.",
           "Iterating the set yields the names in an arbitrary order.",
           "sorted(the_set) gives a list in a fixed order."),
          ("python",), code_has=r"\bset\(|\{[^{}:\n]+\}|frozenset"),
    Entry("fstring_formatted_lazily",
          "An f-string is evaluated where it is written, at once: passed to logging.debug it is "
          "built even when the level is off, and it does not change when its variables do later "
          "(pass %s arguments to the logging call to defer the formatting)",
          r"^(?!.*(%s|%-style|%\(|%d|\b(instead_of|rather_than|unlike|whereas|but|percent|"
          r"arguments|args|lazy %|template strings?)\b))"
          r".*?\bf-?strings?\b" + NOT_ONLY + r"{0,40}\b(is|are|gets?) (only )?(evaluated|formatted|"
          r"built|interpolated|rendered)\b (lazily|later|on demand|only (when|if)|when (the )?"
          r"(message|record|log( line)?|entry) is (emitted|printed|written|logged|handled|output)|"
          r"(only )?if (the )?(debug |log(ging)? )?level is (enabled|on|active))"
          r"|\bf-?strings?\b" + NOT_ONLY + r"{0,40}\b(logging|the logger|logger)\b" + NOT_ONLY +
          r"{0,20}\b(defers?|delays?|skips?|postpones?) (the )?(formatting|interpolation|"
          r"evaluation|building)"
          r"|\bf-?strings?\b" + NOT_ONLY + r"{0,40}\b(updates?|re-?evaluates?|reflects?|tracks?|"
          r"follows?) (automatically |itself )?[^.;]{0,20}\b(when|whenever|if|after|as) (the |a |"
          r"its )?(variables?|values?|names?|\w+) (changes?|change|is (re)?assigned|are "
          r"(re)?assigned|is updated|are updated)\b",
          "Python Language Reference, 2.4.3 f-strings ('formatted string literals ... are "
          "really expressions evaluated at run time'); Python Logging HOWTO, Optimization "
          "('formatting of message arguments is deferred until it cannot be avoided', which "
          "holds only for arguments passed separately)",
          ("The f-string is only formatted if the debug level is enabled.",
           "With an f-string, logging defers the formatting until the record is emitted.",
           "f-strings are evaluated lazily, so the debug call is free.",
           "The f-string updates automatically when the variable changes.",
           "An f-string is only evaluated when the message is logged."),
          ("The f-string is formatted even when the debug level is off.",
           ("Pass %s arguments instead of an f-string, so the message is only formatted when "
           "the record is emitted."),
           "An f-string is evaluated at once, where it is written.",
           "The f-string does not update when the variable changes later.",
           ("Logging defers formatting of its arguments, but an f-string is built before the "
           "call.")),
          ("python",), code_has=r"\bf[\"']"),
    Entry("datetime_now_utc",
          "datetime.now() with no argument returns the local time as a naive datetime (no "
          "tzinfo), and datetime.utcnow() returns a naive one too: only now(timezone.utc) (or "
          "another tz) gives an aware datetime",
          r"^(?!.*\b(tz|timezone\.utc|zoneinfo|pytz|astimezone|argument|passed|given a)\b)"
          r".*?(\bdatetime\.now\b(\(\))?(?!\()`?" + NOT_CONTRAST + r"{0,30}" + _IS + r"(the )?(current )?"
          r"(time |date(time)? )?(in )?(utc|gmt)\b"
          r"|\b(datetime\.)?(now|utcnow)\(\)`?" + NOT_CONTRAST + r"{0,30}" + _IS + r"(an? )?(timezone[- ]|"
          r"tz[- ]|time zone[- ])?aware\b"
          r"|\bdatetime\.utcnow\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}" + _IS + r"(an? )?(datetime )?(with|"
          r"carrying|that has) (a |its )?(tzinfo|time ?zone|utc tzinfo)\b)",
          "Python Library Reference, datetime.datetime.now ('If optional argument tz is None or "
          "not specified ... return the current local date and time', naive) and utcnow ('The "
          "result is returned as a naive datetime object')",
          ("datetime.now() returns the current time in UTC.",
           "datetime.now gives UTC, so the stored timestamps agree across servers.",
           "datetime.now() returns an aware datetime.",
           "utcnow() returns a timezone-aware datetime.",
           "datetime.utcnow returns a datetime with a UTC tzinfo."),
          ("datetime.now() returns the local time as a naive datetime.",
           "datetime.now(timezone.utc) returns an aware datetime in UTC.",
           "utcnow() returns a naive datetime, not an aware one.",
           "datetime.now() is not UTC.",
           "Pass a tz argument so that now returns an aware datetime."),
          ("python",), code_has=r"\b(now|utcnow)\("),
    Entry("str_hash_stable_across_runs",
          "hash() of a str or bytes is salted per process (PYTHONHASHSEED): it differs from run "
          "to run, so it cannot be stored, shared between processes or used as a stable id "
          "(use hashlib)",
          r"^(?!.*\b(hashlib|sha\d*|md5|crc\d*|digest|zlib|blake\w*|pythonhashseed|int|ints|"
          r"integers?|numbers?|cryptographic)\b)"
          r".*?\bhash(\([^)]*\)|es|ing| values?)?`?" + NOT_CONTRAST + r"{0,40}\b(is|are|stays?|remains?|"
          r"will be|comes? out)\b (always )?(the same|stable|consistent|deterministic|identical|"
          r"reproducible|constant)\b[^.;]{0,10}\b(across|between|on every|in every|for every|"
          r"from one|each|every|over)\b (\w+ )?(runs?|processes|restarts?|executions?|invocations?|"
          r"machines?|interpreters?|sessions?|launches)\b",
          "Python Reference, object.__hash__ ('the __hash__() values of str and bytes objects "
          "are \"salted\" with an unpredictable random value. Although they remain constant "
          "within an individual Python process, they are not predictable between repeated "
          "invocations of Python')",
          ("hash(name) is the same across runs, so it works as a cache key on disk.",
           "The hash of a string stays stable between processes.",
           "hash() values are deterministic across interpreter restarts.",
           "Python's hash is always the same on every run, so the shard is fixed.",
           "The string hashes are identical across machines."),
          ("hash(name) is not the same across runs; use hashlib.",
           "hashlib.sha256 is the same across runs.",
           "The hash of a string stays constant within one process.",
           "The hash of a string differs between processes.",
           "The MD5 digest is stable across machines."),
          ("python",), code_has=r"\bhash\("),
    Entry("int_parses_decimal_string",
          "int() on a string accepts only an integer literal: int('3.5') raises ValueError "
          "(int(float(s)) truncates; only int() of a float truncates)",
          r"\bint\(\s*['\"]-?\d+\.\d+['\"]\s*\)`?" + NOT + r"{0,20}" + _IS + r"-?\d"
          r"|\bint\(\s*['\"]-?\d+\.\d+['\"]\s*\)`?" + NOT + r"{0,20}\b(truncates|rounds|drops the "
          r"(fraction|decimals?))\b"
          r"|\bint(\(\))?`?" + NOT_CONTRAST + r"{0,40}\b(parses?|accepts?|converts?|handles?|truncates?|"
          r"rounds?|reads?)\b (a |the |any )?(decimal|float(ing[- ]point)?|fractional)[- ](point "
          r")?(strings?|texts?|inputs?)\b",
          "Python Library Reference, Built-in Functions, int ('If x is not a number or if base "
          "is given, then x must be a string ... representing an integer literal'); int('3.5') "
          "raises ValueError: invalid literal for int() with base 10",
          ("int('3.7') returns 3.",
           "int(\"2.5\") gives 2, so the quantity is rounded down.",
           "int('9.99') truncates to 9.",
           "int() parses a decimal string such as the price field.",
           "int accepts a float string and drops the fraction."),
          ("int('3.7') raises ValueError.",
           "int(float('3.7')) returns 3.",
           "int() does not accept a decimal string.",
           "int(3.7) truncates to 3.",
           "float() parses a decimal string; int() rejects it."),
          ("python",), code_has=r"\bint\("),
    Entry("nonempty_string_falsy",
          "Every non-empty string is true: bool('False'), bool('0') and JavaScript's "
          "Boolean('false') are true; only the empty string is false (compare the text, or parse "
          "it, to read a flag)",
          r"\b(bool|boolean)\(\s*['\"](false|0|no|off|none|null)['\"]\s*\)`?" + NOT + r"{0,20}" +
          _IS + r"(false|falsy)\b"
          r"|^(?!.*(==|\bloose|\bcoerc\w*|\bcompar\w*))(.*?\bthe string )?['\"](false|0|no|off|"
          r"none)['\"]( string| value)?( itself| here| too| also| always)? (is|are|counts as|"
          r"evaluates to|is treated as|becomes|tests)\b (as )?(falsy|false)\b"
          r"|\b(strings? (like|such as) )?['\"]false['\"]" + NOT_ONLY + r"{0,30}\b(converts?|"
          r"casts?) to false\b",
          "Python Library Reference, Truth Value Testing ('empty sequences and collections: '', "
          "(), [] ...' are false, every other string true); MDN, Falsy (only the empty string "
          "among strings) and Boolean() ('Boolean(\"false\") is true')",
          ("bool('False') is False, so the flag is read correctly.",
           "Boolean('false') returns false.",
           "The string 'false' is falsy.",
           "'0' counts as false, so the feature stays off.",
           "bool(\"no\") evaluates to False."),
          ("bool('False') is True.",
           "Boolean('false') returns true; compare the text instead.",
           "The string 'false' is not falsy.",
           "Only the empty string '' is falsy.",
           "In JavaScript '0' == false is true, but '0' is truthy.",
           "'0' gives page 1 (0 is falsy once parsed).",
           "bool('') is False."),
          ("python", "javascript", "typescript")),
    Entry("mutator_returns_collection",
          "list.append, extend, insert, dict.update and set.add change the object in place and "
          "return None: `x = xs.append(v)` makes x None (list.sort and reverse too)",
          r"\b(append|extend|insert|update|add)\b(\([^)]*\))?`?( (method|call))?" + NOT_CONTRAST +
          r"{0,30}\b(returns|return (?=the |a |an )|gives back|hands back|yields|evaluates to)\b ?"
          r"(the |a |an )?(updated|"
          r"new|modified|extended|resulting|merged|same|whole|changed|grown|bigger)? ?(list|dict|"
          r"dictionary|set)\b"
          r"|\b\w+\s*=\s*\w+\.(append|extend|insert|update|add)\([^)]*\)`?" + NOT_CONTRAST + r"{0,40}\b("
          r"holds?|is|contains?|refers to|gets?) (the |a )?(updated|new|modified|extended|"
          r"resulting|merged|whole|grown)? ?(list|dict|dictionary|set)\b",
          "Python Tutorial, 5.1 More on Lists ('methods like insert, remove or sort that only "
          "modify the list have no return value printed - they return the default None. This is "
          "a design principle for all mutable data structures in Python')",
          ("append returns the updated list, so items is chained.",
           "d.update(extra) returns the merged dict.",
           "extend gives back the extended list.",
           "result = items.append(x) holds the new list.",
           "The add call returns the set with the new element."),
          ("append returns None, so items becomes None.",
           "d.update(extra) changes d in place and returns None.",
           "extend does not return the list.",
           "d | extra returns the merged dict.",
           "items + [x] returns a new list."),
          ("python",), code_has=r"\.(append|extend|insert|update|add)\("),
    Entry("parens_make_tuple",
          "The comma makes a tuple, not the parentheses: (x) is just x, and a one-element tuple "
          "needs a trailing comma, (x,)",
          r"^(?!.*\bcomma)"
          r".*?((?<![\w.\]])`?\(\s*(['\"]\w*['\"]|\w+)\s*\)`?\s+(is|creates|makes|gives|builds|"
          r"defines)\s+(a |an )?(one[- ]element |single[- ]element |1[- ]element |one[- ]item |"
          r"single[- ]item |singleton )?tuple\b"
          r"|\b(parentheses|parens|round brackets)\b" + NOT_ONLY + r"{0,30}\b(make|makes|create|"
          r"creates|build|builds|turn\w*)\b[^.;]{0,20}\b(a |an )?(one[- ]element |single[- ]"
          r"element |one[- ]item )?tuple\b)",
          "Python Tutorial, 5.3 Tuples and Sequences ('a tuple with one item is constructed by "
          "following a value with a comma (it is not sufficient to enclose a single value in "
          "parentheses)'); Python Library Reference, Tuples ('it is actually the comma which "
          "makes a tuple, not the parentheses')",
          ("(name) is a one-element tuple.",
           "('admin') creates a tuple with one role.",
           "The parentheses make the value a tuple.",
           "Wrapping it in parentheses creates a single-element tuple.",
           "(x) makes a tuple, so the loop sees one item."),
          ("(name,) is a one-element tuple.",
           "('admin') is just a string; add a comma to make a tuple.",
           "The comma, not the parentheses, makes a tuple.",
           "(x) is just x.",
           "tuple(x) creates a tuple from an iterable."),
          ("python",)),
    Entry("for_else_on_break",
          "A loop's else clause runs when the loop ends without break (an empty iterable "
          "included): a break skips it",
          r"\belse\b( (clause|block|branch|suite|part))?`?" + NOT_ONLY + r"{0,30}\b(runs?|executes?"
          r"|is (run|executed|reached|triggered)|fires|triggers)\b (only )?(when|if|after|once|"
          r"whenever) (the )?(loop |for |while )?(loop )?(breaks|is broken|hits (a )?`?break|"
          r"reaches (a )?`?break|(exits|ends|is (exited|left|ended)|stops) (early )?(via|with|"
          r"through|on|by) (a )?`?break|calls `?break|executes (a )?`?break)"
          r"|\belse\b( (clause|block|branch|suite|part))?`?" + NOT_ONLY + r"{0,30}\b(runs?|"
          r"executes?)\b only (when|if) (the )?(loop|iterable|body|sequence)\b[^.;]{0,20}\b(is "
          r"empty|never (runs|executes)|runs zero times|has no (items|elements|iterations))\b",
          "Python Language Reference, 8.3 The for statement ('A break statement executed in "
          "the first suite terminates the loop without executing the else clause's suite'); "
          "Tutorial 4.5",
          ("The else clause runs when the loop breaks.",
           "The else block executes if the loop exits with a break.",
           "else runs only if the loop body never runs.",
           "The for's else is reached once the loop hits break.",
           "The else runs whenever the loop is exited via break."),
          ("The else clause runs when the loop does not break.",
           "The else block is skipped when the loop exits with a break.",
           "else runs if the loop finishes without hitting break.",
           "The else runs even when the iterable is empty.",
           "A break skips the else clause."),
          ("python",), code_has=r"(?m)^\s*(for|while)\b[\s\S]*^\s*else\s*:"),
    Entry("str_count_overlapping",
          "str.count counts non-overlapping occurrences: 'aaaa'.count('aa') is 2, not 3",
          r"\bcount\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,30}\b(counts?|includes?|finds?|sees?|"
          r"catches|handles)\b (the |every |all )?(?<!non-)(?<!non )overlapping\b"
          r"|['\"]a{4}['\"]\.count\(['\"]aa['\"]\)`?" + NOT + r"{0,10}" + _IS + r"3\b",
          "Python Library Reference, str.count ('Return the number of non-overlapping "
          "occurrences of substring sub')",
          ("count counts overlapping occurrences too.",
           "str.count includes overlapping matches.",
           "'aaaa'.count('aa') is 3.",
           "text.count('aba') finds overlapping occurrences.",
           "The count call sees every overlapping match of the pattern."),
          ("count counts non-overlapping occurrences.",
           "str.count does not count overlapping matches.",
           "'aaaa'.count('aa') is 2.",
           "count only sees non-overlapping occurrences.",
           "A regex lookahead finds overlapping matches; count does not."),
          ("python",), code_has=r"\.count\("),
    Entry("list_index_minus_one",
          "list.index (and str.index) raise ValueError when the value is absent; they never "
          "return -1 (only str.find does)",
          r"^(?!.*\b(r?find|indexof|findindex|lastindexof)\b)"
          r".*?(\.index\b|\bindex\(|\bindex (method|call|function)\b)(\([^)]*\))?`?( (method|call))?" +
          NOT_CONTRAST + r"{0,40}" + _IS + r"-\s*1\b",
          "Python Library Reference, Common Sequence Operations ('s.index(x) ... raises "
          "ValueError when x is not found in s'); str.index ('Like find(), but raise ValueError "
          "when the substring is not found')",
          ("items.index(x) returns -1 when x is missing.",
           "list.index gives -1 if the value is not in the list.",
           "The index call returns -1 for an unknown name, so the check works.",
           "index() yields -1 when nothing matches.",
           "names.index(user) is -1 for a new user."),
          ("items.index(x) raises ValueError when x is missing.",
           "str.find returns -1; index raises ValueError.",
           "Unlike index, find returns -1.",
           "list.index never returns -1.",
           "index raises rather than returning a sentinel."),
          ("python",), code_has=r"\.index\("),
    Entry("randint_excludes_end",
          "random.randint(a, b) includes both ends: it can return b (randrange(a, b), like "
          "range, excludes b)",
          r"^(?!.*\b(randrange|range|choice|uniform)\b)"
          r".*?\brandint\b(\([^,()]*,\s*(?P<hi>[^()]*?(\([^()]*\))?)\s*\))?`?" + NOT_CONTRAST +
          r"{0,30}(\b(excludes?|leaves out|omits?|is exclusive of|stops (one )?(short of|before))\b "
          r"((the )?(upper|end|stop|second|last|high|top)\b|(?P=hi)(?![\w(]))"
          r"|\b(never|cannot|ca not|will not|wo not|does not) (return|give|produce|yield|pick|"
          r"reach|include)s? ((the )?(upper (bound|end|limit)|end ?point|stop|second argument|b)\b"
          r"|(?P=hi)(?![\w(]))(?! or (more|above|higher))"
          r"|\b(upper|end|stop|second) (bound|argument|value|end ?point|limit) is (exclusive|"
          r"excluded|not included|never (returned|reached|included))\b"
          r"|\b(is|are) (half-open|exclusive)\b)",
          "Python Library Reference, random.randint ('Return a random integer N such that a <= "
          "N <= b. Alias for randrange(a, b+1)')",
          ("randint(1, 6) never returns 6.",
           "random.randint excludes the upper bound, like range.",
           "randint(0, len(items)) cannot return len(items), so the index is safe.",
           "The upper bound of randint is exclusive.",
           "randint(1, 10) never gives 10."),
          ("randint(1, 6) can return 6.",
           "random.randint includes the upper bound.",
           "randint(0, len(items)) can return len(items), which is out of range.",
           "randrange(1, 6) never returns 6.",
           "randint(1, 6) never returns 7 or more.",
           "randint(1, 6) never returns 0."),
          ("python",), code_has=r"\brandint\("),
    Entry("python_sleep_milliseconds",
          "time.sleep and asyncio.sleep take seconds (a float for fractions): time.sleep(500) "
          "waits over eight minutes, time.sleep(0.5) half a second",
          r"\b(time\.|asyncio\.)?sleep\b(\([^)]*\))?`?" + NOT_CONTRAST + r"{0,30}\b(takes?|expects?|is in|"
          r"accepts?|measures?|counts?|wants?|uses?)\b (its argument |the argument |the delay |a "
          r"(value|number|delay|duration) )?(in )?(milliseconds|ms|millis)\b"
          r"|\bsleep\(\s*(?P<ms>\d+)000\s*\)`?" + NOT + r"{0,20}\b(waits?|pauses?|sleeps?|"
          r"blocks?|is|delays?|lasts?|holds?)\b (for )?(about |roughly |only |just )?((?P=ms)|"
          r"one|a) seconds?\b"
          r"|\bsleep\(\s*500\s*\)`?" + NOT + r"{0,20}\b(waits?|pauses?|sleeps?|blocks?|is|delays?"
          r"|lasts?)\b (for )?(about |roughly |only |just )?half a second\b",
          "Python Library Reference, time.sleep ('Suspend execution of the calling thread for "
          "the given number of seconds. The argument may be a floating point number') and "
          "asyncio.sleep ('Block for delay seconds')",
          ("time.sleep takes milliseconds, so 500 is half a second.",
           "time.sleep(1000) waits one second between retries.",
           "sleep(5000) pauses for 5 seconds.",
           "asyncio.sleep expects its argument in ms.",
           "sleep(500) waits half a second."),
          ("time.sleep takes seconds, so 500 is over eight minutes.",
           "time.sleep(1000) waits 1000 seconds.",
           "sleep(0.5) pauses for half a second.",
           "asyncio.sleep expects its argument in seconds.",
           "time.sleep does not take milliseconds."),
          ("python",), code_has=r"\bsleep\("),
    Entry("max_empty_returns_none",
          "max() and min() of an empty iterable raise ValueError unless a default= is given; "
          "they never return None or 0 by themselves",
          r"^(?!.*\bdefault)"
          r".*?(\b(max|min)\(\s*" + _EMPTY + r"\s*\)`?" + NOT + r"{0,15}" + _IS + r"(none|0|zero|"
          r"nothing|null)\b"
          r"|\b(max|min)\b(\(\))?`?" + NOT_CONTRAST + r"{0,40}\b(of|on|over|for|given|with) (an? |the )?"
          r"empty (list|iterable|sequence|input|collection|generator|dict|set)\b" + NOT_CONTRAST + r"{0,20}"
          + _IS + r"(none|0|zero|nothing|null)\b)",
          "Python Library Reference, Built-in Functions, max ('If the iterable is empty, the "
          "default keyword argument gives the value to return; if it is empty and default is "
          "not provided, a ValueError is raised')",
          ("max([]) returns None.",
           "max of an empty list gives 0, so the report shows zero.",
           "min() on an empty sequence returns None and the caller checks for it.",
           "max() of an empty generator is 0.",
           "min([]) is None."),
          ("max([]) raises ValueError.",
           "max of an empty list with default=0 gives 0.",
           "min() on an empty sequence raises ValueError.",
           "max() of an empty generator does not return None.",
           "max(xs, default=None) returns None when xs is empty."),
          ("python",), code_has=r"\b(max|min)\("),
    # --- JavaScript (MDN) ---------------------------------------------------------------------
    Entry("tofixed_returns_number",
          "Number.prototype.toFixed returns a string: adding it to a number concatenates, and "
          "comparing it compares text (wrap it in Number() or use Math.round to get a number)",
          r"^(?!.*(number\(|\bparse(float|int)\b|\bunary\b))"
          r".*?\btofixed\b(\([^)]*\))?`?" + NOT_CONTRAST + r"{0,30}\b(returns?|gives|yields|produces|"
          r"evaluates to)\b (back )?(a |an |the )?(rounded |new )?(number|numeric value|float|"
          r"integer)\b(?! (formatted|as a string|in (fixed|string)|string))",
          "MDN Web Docs, Number.prototype.toFixed ('Return value: A string representing the "
          "given number using fixed-point notation')",
          ("toFixed(2) returns a number rounded to two places.",
           "price.toFixed(2) gives a number, so the sum is numeric.",
           "toFixed returns the rounded number.",
           "The toFixed call yields a float with two decimals.",
           "x.toFixed(0) returns an integer."),
          ("toFixed(2) returns a string.",
           "toFixed returns a string, not a number.",
           "Number(x.toFixed(2)) gives a number.",
           "toFixed returns a number formatted as a string.",
           "toFixed does not return a number."),
          ("javascript", "typescript"), code_has=r"\.toFixed\("),
    Entry("js_plus_coerces_to_number",
          "In JavaScript `+` concatenates when either operand is a string: '5' + 3 is '53' "
          "(only -, *, / and unary + convert strings to numbers); parse the text first",
          r"^(?!.*\b(unary|prefix|minus|subtract\w*|multipl\w*|divi\w*|number\(|parseint|"
          r"parsefloat|python|neither|unless|no string|booleans?|null|undefined)\b)"
          r".*?((\bthe `?\+`? operator|\bbinary `?\+|\bplus\b|`\+`|\baddition\b|\badding\b)" +
          NOT_ONLY + r"{0,40}\b(converts?|coerces?|turns?|casts?)\b (the |a |any |both |numeric )?"
          r"(numeric )?(strings?|operands?|texts?|values?)\b[^.;]{0,10}\b(in)?to (a |an )?"
          r"(numbers?|integers?)\b"
          r"|['\"](?P<a>\d+)['\"]\s*\+\s*(?P<b>\d+)\b`?" + NOT + r"{0,15}" + _IS +
          r"(the number )?(?![\"'`]|(?P=a)(?P=b)\b)\d+\b)",
          "MDN Web Docs, Addition (+) ('If one of the operands is a string, the other is "
          "converted to a string and they are concatenated'); ECMAScript ApplyStringOrNumericBinaryOperator",
          ("'5' + 3 is 8.",
           "The + operator converts the string to a number before adding.",
           "Adding a number to the input coerces the string to a number.",
           "\"2\" + 2 gives 4.",
           "Because of addition, JavaScript turns the numeric string into a number."),
          ("'5' + 3 is '53'.",
           "'5' + 3 is 53, a string.",
           "Unary + converts the string to a number.",
           "The - operator converts the string to a number.",
           "The + operator does not convert the string to a number; it concatenates.",
           "When neither operand is a string, + converts both operands to numbers."),
          ("javascript", "typescript")),
    Entry("math_max_array",
          "Math.max and Math.min take numbers as separate arguments: Math.max(arr) converts the "
          "array to a number (NaN for more than one element); spread it, Math.max(...arr)",
          r"\bmath\.(max|min)\(\s*(?!\.\.\.)[\w.]+\s*\)`?" + NOT_CONTRAST + r"{0,30}\b(returns?|gives|finds"
          r"|is|yields|picks)\b (the )?(largest|smallest|biggest|maximum|minimum|max|min|highest|"
          r"lowest|greatest|top)\b"
          r"|\bmath\.(max|min)\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}\b(accepts?|takes?|works on|works with|"
          r"handles?|reads?|scans?)\b (an? |the )?(whole |entire )?(arrays?|lists?)\b",
          "MDN Web Docs, Math.max ('Parameters: value1, ..., valueN: Zero or more numbers'; to "
          "find the largest element of an array use spread syntax or reduce)",
          ("Math.max(scores) returns the largest score.",
           "Math.max accepts an array, so this finds the top price.",
           "Math.min(values) gives the smallest value.",
           "Math.max(arr) is the maximum of the list.",
           "Math.max works on the whole array."),
          ("Math.max(...scores) returns the largest score.",
           "Math.max does not accept an array; spread it.",
           "Math.max(scores) is NaN for more than one element.",
           "Math.min(a, b) returns the smaller one.",
           "Math.max takes numbers as separate arguments."),
          ("javascript", "typescript"), code_has=r"Math\.(max|min)\("),
    Entry("slice_mutates",
          "Array.prototype.slice returns a new array and leaves the original unchanged; splice "
          "is the one that removes elements in place",
          r"\bslice\b(\([^)]*\))?`?( (call|method))?" + NOT_CONTRAST + r"{0,30}\b(removes?|deletes?|"
          r"modifies|mutates|changes|alters|cuts|shortens|takes out|drops|truncates)\b (the |those "
          r"|its |these )?(first |last )?(\w+ )?(elements?|items?|original|source|array|input|list|entries|them|it)\b",
          "MDN Web Docs, Array.prototype.slice ('returns a shallow copy of a portion of an "
          "array into a new array object ... The original array will not be modified') and "
          "splice",
          ("slice(0, 2) removes the first two elements from the queue.",
           "items.slice(1) modifies the original array.",
           "The slice call cuts the items out of the list.",
           "slice mutates the array, so the caller sees fewer entries.",
           "arr.slice(-3) drops them from arr."),
          ("slice(0, 2) returns a new array and leaves the queue unchanged.",
           "splice(0, 2) removes the first two elements.",
           "slice does not modify the original array.",
           "items.slice(1) copies the rest of the array.",
           "Unlike splice, slice changes nothing in the original."),
          ("javascript", "typescript"), code_has=r"\.slice\("),
    Entry("integer_keys_insertion_order",
          "An object's integer-like keys ('1', '42') are listed first, in ascending numeric "
          "order, before its string keys (which keep insertion order): Object.keys, for...in "
          "and JSON.stringify do not give numeric ids in the order they were added (a Map does)",
          r"^(?!.*\b(maps?|arrays?|strings? keys)\b)"
          r".*?\b(numeric|integer|number|integer-like|numbered|numerical|digit)( |-)(string )?"
          r"(keys|properties|property names|ids)\b" + NOT_CONTRAST + r"{0,40}\b(keep|preserve|stay in|come"
          r" (back |out )?in|are (listed|returned|iterated|visited|enumerated|kept|serialized) in|"
          r"retain|follow|remain in)\b " + _ADDED_ORDER +
          r"|\bobject\.(keys|entries|values)\b(\([^)]*\))?`?" + NOT_CONTRAST + r"{0,30}\b(lists?|returns?|"
          r"gives?|yields?)\b (the )?(numeric|integer|number) (keys|ids|properties)\b[^.;]{0,15}\b"
          r"in (the )?(insertion order|order (they were|of) (added|insertion|inserted))\b"
          # the shapes: 'object keys always keep insertion order', 'object property order is
          # random'
          r"|\bobject\.(keys|entries|values)\(\{[^}]*\b\d+:[^.;]{0,60}\b(returns?|lists?|gives?|"
          r"yields?)\b (the |its )?(keys|properties|entries)\b[^.;]{0,5} in (their |the )?(inser"
          r"tion order|order (they were )?(added|inserted))"
          r"|\b(object|property) (keys|properties|names|property names)\b(?:(?!\bnot\b|\bnever\b|\bno"
          r"\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\balways (keep|follow|preserve|come in|are in|stay"
          r" in) (the |their )?insertion order\b"
          r"|\b(object )?(property|key) order\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.("
          r"?=\w))){0,20}\b(is|are) (random|arbitrary|unpredictable|unspecified)\b",
          "MDN Web Docs, Object.keys and for...in (ordering follows OrdinaryOwnPropertyKeys: "
          "'integer indices in ascending numeric order, then string keys in insertion order'); "
          "ECMAScript 10.1.11.1",
          ('Property names always stay in insertion order, numeric ones included.',
           'Key order is unpredictable for a plain object.',
           "The numeric keys keep their insertion order, so the newest id is last.",
           "Object.keys lists the numeric ids in the order they were added.",
           "Integer keys are returned in insertion order by Object.keys.",
           "Number keys stay in the order they were inserted.",
           "The numeric ids are serialized in insertion order by JSON.stringify."),
          (('Property names do not always stay in insertion order: integer-like ones come '
            'first.'),
           'Key order for a plain object is specified: integer keys ascending, then the rest.',
           "Numeric keys come first, in ascending order, not in insertion order.",
           "A Map keeps numeric keys in insertion order.",
           "String keys keep their insertion order.",
           "Object.keys lists integer keys in ascending numeric order.",
           "The numeric keys do not keep their insertion order."),
          ("javascript", "typescript")),
    Entry("global_isnan_strict",
          "The global isNaN converts its argument to a number first: isNaN('abc') and "
          "isNaN(undefined) are true; Number.isNaN is true only for the NaN value itself",
          r"(?<!number\.)\bisnan\(\s*['\"][a-z][a-z ]*['\"]\s*\)`?" + NOT + r"{0,15}" + _IS +
          r"false\b"
          r"|(?<!number\.)\bisnan\(\s*undefined\s*\)`?" + NOT + r"{0,15}" + _IS + r"false\b"
          r"|^(?!.*\b(after|once|convert\w*|coerc\w*)\b).*?(?<!number\.)\bisnan\b(\(\))?`?" + NOT_CONTRAST +
          r"{0,30}\b((checks?|tests?) (only )?whether (the |its )?(value|argument|input|x) is "
          r"(the |a )?(actual |literal )?nan\b|(returns?|is) true only (for|when|if) (the )?"
          r"(value is )?(the )?(actual |literal )?nan\b)",
          "MDN Web Docs, isNaN ('isNaN() ... converts it to a number first ... For example, "
          "isNaN(\"hello\") returns true'; Number.isNaN does not convert)",
          ("isNaN('hello') is false, since it is not the NaN value.",
           "isNaN checks whether the value is the actual NaN.",
           "isNaN returns true only for NaN.",
           "isNaN(undefined) returns false.",
           "isNaN(\"abc\") gives false."),
          ("isNaN('hello') is true.",
           "Number.isNaN checks whether the value is the actual NaN.",
           "isNaN checks whether the value is NaN after converting it to a number.",
           "Number.isNaN('hello') is false.",
           "isNaN('12') is false."),
          ("javascript", "typescript"), code_has=r"\bisNaN\("),
    Entry("number_empty_string_nan",
          "Number('') and Number('  ') are 0, not NaN (empty or blank text converts to 0); "
          "parseInt('') and parseFloat('') are NaN",
          r"\bnumber\(\s*(''|\"\"|``|['\"]\s+['\"])\s*\)`?" + NOT + r"{0,15}" + _IS + r"nan\b"
          r"|^(?!.*\b(parseint|parsefloat)\b).*?\bnumber\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}\b(turns?|"
          r"converts?|gives|returns?|makes)\b (an? )?(empty|blank|whitespace)( or (blank|"
          r"whitespace))?( strings?| texts?| inputs?)\b[^.;]{0,10}\b(in)?to nan\b",
          "MDN Web Docs, Number() and Number coercion ('Empty or whitespace-only strings are "
          "converted to 0'); parseInt ('If the first character cannot be converted ... returns "
          "NaN')",
          ("Number('') is NaN, so the empty field is rejected.",
           "Number(\"\") returns NaN.",
           "Number turns an empty string into NaN.",
           "Number converts blank input to NaN.",
           "Number(' ') gives NaN."),
          ("Number('') is 0, so the empty field counts as zero.",
           "parseInt('') returns NaN.",
           "Number turns an empty string into 0.",
           "Number('abc') is NaN.",
           "Number('') is not NaN."),
          ("javascript", "typescript"), code_has=r"\bNumber\("),
    Entry("find_returns_minus_one",
          "Array.prototype.find returns undefined when no element matches (findIndex and "
          "indexOf return -1)",
          r"^(?!.*\b(findindex|indexof|findlastindex|lastindexof|string|python)\b)"
          r".*?\bfind\b(\([^)]*\))?`?( (call|method))?" + NOT_CONTRAST + r"{0,40}" + _IS + r"-\s*1\b",
          "MDN Web Docs, Array.prototype.find ('If no values satisfy the testing function, "
          "undefined is returned')",
          ("find returns -1 when no user matches.",
           "users.find(u => u.id === id) gives -1 if the id is unknown.",
           "The find call returns -1, so the check for -1 works.",
           "Array.prototype.find yields -1 when nothing passes the test.",
           "find() is -1 for a missing item."),
          ("find returns undefined when no user matches.",
           "findIndex returns -1 when no user matches.",
           "Unlike find, findIndex returns -1.",
           "find never returns -1.",
           "indexOf returns -1 for a missing item."),
          ("javascript", "typescript"), code_has=r"\.find\("),
    Entry("promise_executor_deferred",
          "The executor passed to new Promise runs synchronously, at once, inside the "
          "constructor; only the then/catch callbacks run later (as microtasks)",
          r"^(?=.*\bpromise)(?!.*\b(then|catch|finally|callbacks? (passed|given) to \.?then)\b)"
          r".*?(\b(executor|callback|function|body)( function)?( of| (passed|given|handed) to)? (the "
          r")?`?new promise\b(\([^)]*\))?`?|\bthe (promise )?executor\b|\bnew promise\b(\([^)]*\))"
          r"?`?('s)? (executor|callback|body))" + NOT_ONLY + r"{0,30}\b(runs?|executes?|is (run|"
          r"executed|called|invoked|scheduled|deferred)|starts?|gets called)\b (only )?"
          r"(asynchronously|later|on the next tick|in a microtask|as a microtask|after the current"
          r"|after the (synchronous|surrounding|calling|rest of the)|in the background|until (the )?"
          r"(call )?stack|until later|on (a|"
          r"another) thread|in parallel|once the (call )?stack)",
          "MDN Web Docs, Promise() constructor ('The executor is called synchronously (as "
          "soon as the Promise is constructed)')",
          ("The executor passed to new Promise runs asynchronously.",
           "The function given to new Promise is called later, after the current code.",
           "The promise executor runs in a microtask.",
           "new Promise's executor is deferred until the stack is empty.",
           "The body of new Promise(...) runs on another thread."),
          ("The executor passed to new Promise runs synchronously.",
           "The promise executor runs at once, inside the constructor.",
           "The callbacks passed to then run asynchronously.",
           "The promise executor does not run asynchronously.",
           "The executor runs immediately; its then callbacks run later."),
          ("javascript", "typescript"), code_has=r"new Promise\b"),
    Entry("js_switch_loose",
          "A JavaScript switch compares its value with each case using strict equality (===): "
          "no type conversion, so switch ('1') never matches case 1",
          r"\bswitch\b( statements?| cases?| blocks?)?`?" + NOT_CONTRAST + r"{0,70}\b(uses?|using|compares? "
          r"(with|using|via|by)|matches? (with|using|by)|relies on|does|performs?|applies)\b (a |"
          r"the )?(loose|abstract|==(?!=)|`==`|type[- ]coercing|coercing|non-strict|lenient)"
          r"|\bswitch\b( statements?| cases?)?`?" + NOT_CONTRAST + r"{0,40}\b(coerces?|converts?)\b (the )?"
          r"(types?|values?|discriminant|expression|cases?|operands?|strings?)\b",
          "MDN Web Docs, switch ('The switch statement evaluates an expression, matching the "
          "expression's value against a series of case clauses ... using the strict equality "
          "comparison')",
          ("The switch compares with ==, so '1' matches case 1.",
           "The switch statement uses loose equality.",
           "This switch coerces the value to the case's type.",
           "A switch case does a type-coercing comparison.",
           "The switch converts the string to a number before matching.",
           "A switch compares the value with each case label using loose equality (==)."),
          ("switch compares with ===, so '1' does not match case 1.",
           "The switch statement uses strict equality.",
           "switch does not coerce the value.",
           "Convert the string with Number() before the switch.",
           "A switch case matches only the same type and value.",
           "The switch compares the value with each case label using strict equality (===)."),
          ("javascript", "typescript"), code_has=r"\bswitch\s*\("),
    Entry("chained_comparison_range",
          "In JavaScript, Java and C, a < b < c is (a < b) < c: the first comparison's boolean "
          "(0 or 1) is compared with c, so 1 < x < 10 is no range check (write a < b && b < c; "
          "only Python chains comparisons)",
          r"\b\w+\s*<=?\s*\w+\s*<=?\s*\w+\b`?" + NOT_ONLY + r"{0,30}\b(checks?|tests?|means|is true"
          r" (when|if)|ensures?|verifies?|asserts?|confirms?|guarantees?)\b[^.;]{0,20}\b(between|"
          r"in range|within|inside (the )?range)\b"
          r"|\b\w+\s*>=?\s*\w+\s*>=?\s*\w+\b`?" + NOT_ONLY + r"{0,30}\b(checks?|tests?|means|is true"
          r" (when|if)|ensures?|verifies?|asserts?|confirms?|guarantees?)\b[^.;]{0,20}\b(between|"
          r"in range|within|inside (the )?range)\b"
          r"|\b3\s*>\s*2\s*>\s*1\b`?" + NOT + r"{0,10}" + _IS + r"true\b",
          "MDN Web Docs, Relational operators and Operator precedence (left-to-right "
          "associativity: '3 > 2 > 1 ... evaluates to false'); JLS 15.20.1 (a boolean operand "
          "of < is a compile-time error)",
          ("0 < x < 10 checks that x is between 0 and 10.",
           "The condition 1 <= n <= 100 ensures n is in range.",
           "3 > 2 > 1 is true.",
           "min < value < max means the value is within the limits.",
           "hi > mid > lo verifies mid lies between them."),
          ("0 < x && x < 10 checks that x is between 0 and 10.",
           "0 < x < 10 does not check that x is between 0 and 10.",
           "3 > 2 > 1 is false.",
           "x < 10 checks the upper bound.",
           "min < value < max compares a boolean with max."),
          ("javascript", "typescript", "java", "c", "cpp")),
    Entry("labelled_break_missing",
          "JavaScript, Java and Go have labelled break and continue: `break outer` leaves an "
          "enclosing loop at once, no flag variable needed (Python has no labels)",
          r"^(?!.*\b(label\w*|python|goto)\b)"
          r".*?(\b(no way|impossible|not possible|is not possible|there is no (way|mechanism|"
          r"syntax))\b[^.;]{0,25}\bbreak (out of )?(both|all|nested|the outer|two|several|"
          r"multiple|an outer|the enclosing|outer)\b"
          r"|\b(the only way|only way)\b[^.;]{0,30}\b(break|exit|leave) (out of )?(the outer|both|"
          r"nested|all|an outer|the enclosing)\b[^.;]{0,40}\b(flag|boolean|sentinel|exception)"
          r"|\b(needs?|must use|have to use|has to use|requires?) (a |an extra |a boolean |a "
          r"separate )?(flag|sentinel|boolean( variable)?)\b[^.;]{0,30}\b(to )?(break out of|exit|"
          r"leave|stop) (both|the outer|nested|all|an outer|the enclosing)\b)",
          "MDN Web Docs, Labeled statement and break ('break [label]'); JLS 14.15 The break "
          "Statement; The Go Programming Language Specification, Break statements ('If there is "
          "a label, it must be that of an enclosing for, switch, or select statement')",
          ("There is no way to break out of both loops at once.",
           "It is impossible to break out of nested loops in JavaScript.",
           "You need a flag to break out of both loops.",
           "The only way to leave the outer loop is a boolean flag checked after the inner one.",
           "Java requires a sentinel to exit the outer loop."),
          ("A labelled break leaves the outer loop.",
           "break outer exits both loops at once.",
           "A plain break exits only the inner loop.",
           "Without a label, break leaves only the innermost loop.",
           "Python has no labelled break, so it needs a flag to break out of both loops."),
          ("javascript", "typescript", "java", "go")),
    # --- TypeScript (the handbook) ------------------------------------------------------------
    Entry("ts_as_converts",
          "A TypeScript `as` assertion converts nothing: `x as number` leaves a string a string "
          "at run time (only the compiler's view changes); use Number(x) or parseInt to convert",
          r"(`?\bas (number|string|boolean|bigint|int|integer|date)\b`?|\btype assertions?\b|"
          r"\bthe `?as`? (keyword|operator|cast|assertion))" + NOT_ONLY + r"{0,40}\b(converts?|"
          r"coerces?|parses?|turns?|transforms?)\b (it |them |the (value|string|input|variable|"
          r"data|text|field|response)s? |\w+ )?(at run ?time )?(in)?to (a |an )?(real |actual )?"
          r"(numbers?|strings?|booleans?|integers?|dates?)\b"
          # the shapes: 'a type assertion converts the value to the target type', '`as` validates
          # the shape'
          r"|\btype assertions?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}"
          r"\b(converts?|casts?|coerces?|turns?|changes?) (the )?(value|object|data|it)\b[^.;]{0"
          r",10}\b(to|into) (the )?(target|asserted|given|new) type\b"
          r"|`[^`]* as \w+`(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\b(thro"
          r"ws?|fails?|raises?|errors?)\b[^.;]{0,20}\b(if|when) (the )?\w+ (lacks|is missing|doe"
          r"s not (have|match))\b"
          r"|`as`( keyword| operator)?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0"
          r",10}\b(validates?|checks?|verifies?|enforces?) (the )?(shape|type|structure|fields)"
          r"\b",
          "TypeScript Handbook, Everyday Types, Type Assertions ('Like a type annotation, type "
          "assertions are removed by the compiler and won't affect the runtime behavior of your "
          "code')",
          ('A type assertion turns the data into the asserted type.',
           '`raw as User` throws when the object lacks a field.',
           "x as number converts the string into a number.",
           "The `as number` cast turns the input into a real number.",
           "A type assertion converts the value to a string.",
           "as Date parses the text into a date.",
           "The as keyword coerces the field to a boolean."),
          (('A type assertion does not turn the data into the asserted type; nothing happens '
            'at run time.'),
           '`raw as User` never throws, even when the object lacks a field.',
           "x as number does not convert the string.",
           "Number(x) converts the string into a number.",
           "A type assertion only changes the compiler's view.",
           "as number converts nothing at run time.",
           "The as keyword tells the compiler the type; it does not convert the field."),
          ("typescript",), code_has=r"\bas\s+\w+"),
    Entry("ts_unknown_like_any",
          "unknown is the type-safe counterpart of any: anything can be assigned to it, but "
          "nothing can be done with it (no property access, call or assignment to another "
          "type) until it is narrowed with a check",
          r"^(?!.*\b(assign\w*|accepts? any|anything can be|narrow\w*|type guards?|typeof|"
          r"instanceof)\b)"
          r".*?\bunknown\b`?" + NOT_CONTRAST + r"{0,40}\b((lets?|allows?|permits?) (you )?(to )?(call|access"
          r"|read|use|index|invoke)\b[^.;]{0,30}\b(any|arbitrary|methods|properties|members|"
          r"fields)\b"
          r"|(is|works|behaves|acts)\b (just |exactly |basically )?(like|the same as|identical to|"
          r"equivalent to) `?any\b"
          r"|(turns off|disables?|skips?|bypasses?|opts? out of|switches off)\b (the )?(type[- ]"
          r"?check\w*|compiler checks?|checking))",
          "TypeScript Handbook, More on Functions, unknown ('The unknown type represents any "
          "value. This is similar to the any type, but is safer because it's not legal to do "
          "anything with an unknown value'); TypeScript 3.0 release notes",
          ("unknown lets you call any method on the value.",
           "The unknown type allows access to arbitrary properties.",
           "unknown behaves just like any.",
           "Typing it as unknown turns off type checking for the response.",
           "unknown is the same as any here."),
          ("unknown does not let you call methods on the value.",
           "Anything can be assigned to unknown, but nothing can be done with it.",
           "unknown must be narrowed with typeof before use.",
           "any turns off type checking; unknown does not.",
           "The unknown type is safer than any."),
          ("typescript",), code_has=r"\bunknown\b"),
    Entry("ts_non_null_checks",
          "The non-null assertion (x!) is erased at compile time: it checks nothing at run time, "
          "so a null or undefined value passes through and fails later where it is used",
          r"\b(non-?null assertions?( operator)?|(the )?(postfix )?`?!`? (operator|assertion)|"
          r"definite assignment assertions?)\b`?" + NOT_ONLY + r"{0,40}(\b(throws?|raises?)\b (an? "
          r")?(error|exception|typeerror)?\b[^.;]{0,10}\b(when|if|for) (the value is |it is |"
          r"the \w+ is |\w+ is )?(null|undefined|nullish)\b"
          r"|\b(checks?|verifies?|guards?|validates?|tests?) (at run ?time |at runtime )?(that |"
          r"whether |for |against )?(the value |it |\w+ )?(is )?(not )?(null|undefined|nullish)\b"
          r"|\b(checks?|verifies?|validates?) (the value )?at run ?time\b)"
          # the shapes: '`!` guards against null', 'the `!` operator inserts a run-time null check'
          r"|(\bnon-?null assertions?( operator)?|`!`( operator| assertion)?|`\w+!(\.\w+|\(\))*["
          r"^`]*`)(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b(throws?|raises?) (a |an )?"
          r"(clear|helpful|descriptive|meaningful|proper|explicit) (error|exception)\b"
          r"|(\bnon-?null assertions?( operator)?|`!`( operator| assertion)?)(?:(?!\bnot\b|\bnev"
          r"er\b|\bno\b|n't\b)[^.;]){0,30}\b(checks?|tests?|validates?|inspects?) (the value|it|"
          r"`?\w+`?) (for|against) (null|undefined|nullish)\b"
          r"|(\bnon-?null assertions?( operator)?|`!`( operator| assertion)?)(?:(?!\bnot\b|\bnev"
          r"er\b|\bno\b|n't\b)[^.;]){0,20}\b(guards?|protects?|defends?) (against|from) (null|un"
          r"defined|nullish)\b"
          r"|(\bnon-?null assertions?( operator)?|`!`( operator| assertion)?)(?:(?!\bnot\b|\bnev"
          r"er\b|\bno\b|n't\b)[^.;]){0,20}\b(converts?|turns?|replaces?|coerces?|maps?) (null|un"
          r"defined|nullish)( values?)? (to|into|with) (a |an )?(default|fallback|empty)\b"
          r"|(\bnon-?null assertions?( operator)?|`!`( operator| assertion)?)(?:(?!\bnot\b|\bnev"
          r"er\b|\bno\b|n't\b)[^.;]){0,30}\b(adds?|inserts?|emits?|generates?|performs?|does|com"
          r"piles? (in)?to) (a |an )?(run-?time |runtime )?(null|undefined|nullish)[- ]?(checks?"
          r"|guards?|tests?)\b",
          "TypeScript Handbook, Everyday Types, Non-null Assertion Operator ('Just like other "
          "type assertions, this doesn't change the runtime behavior of your code')",
          ('The `!` on `cfg` guards against undefined, so the read is safe.',
           'A non-null assertion adds a runtime null check before the property access.',
           "The non-null assertion throws if the value is undefined.",
           "The `!` operator checks that the value is not null.",
           "A non-null assertion verifies at runtime that user is defined.",
           "The postfix `!` assertion guards against null.",
           "The definite assignment assertion checks at runtime."),
          (('The `!` in `cfg!.port` does not guard against undefined; it is erased when '
            'compiled.'),
           'A non-null assertion adds no runtime null check at all.',
           "The non-null assertion does not check anything at run time.",
           "The ! operator only tells the compiler the value is not null.",
           "A non-null assertion is erased, so undefined passes through.",
           "Check for null explicitly before using the value.",
           "The non-null assertion never throws."),
          ("typescript",), code_has=r"\w[!]\.|\w!\)|\w!;|\w!,"),
    # --- Go (the specification, the Tour, the FAQ, package docs) ------------------------------
    Entry("go_sleep_untyped_seconds",
          "time.Sleep takes a time.Duration, counted in nanoseconds: time.Sleep(5) sleeps five "
          "nanoseconds; write time.Sleep(5 * time.Second)",
          r"\btime\.sleep\(\s*(?P<n>\d+)\s*\)`?" + NOT + r"{0,20}\b(waits?|sleeps?|pauses?|blocks?"
          r"|is|delays?|lasts?)\b (for )?(about |roughly |only |just )?((?P=n)|one|two|three|five|"
          r"ten|a|half a) (seconds?|milliseconds?|ms|minutes?)\b"
          r"|\btime\.sleep\b(\(\))?`?" + NOT_CONTRAST + r"{0,30}\b(takes?|expects?|accepts?|counts?|"
          r"measures?|is in|wants?|interprets)\b (its argument |the argument |a number of |the "
          r"number of |an? )?(integer |plain )?(in )?(seconds|milliseconds)\b",
          "Go package time, Sleep ('Sleep pauses the current goroutine for at least the duration "
          "d') and Duration ('A Duration represents the elapsed time between two instants as an "
          "int64 nanosecond count')",
          ("time.Sleep(2) waits two seconds between polls.",
           "time.Sleep(100) pauses for 100 milliseconds.",
           "time.Sleep takes seconds.",
           "time.Sleep expects its argument in milliseconds.",
           "time.Sleep(5) sleeps five seconds."),
          ("time.Sleep(2) waits two nanoseconds.",
           "time.Sleep(2 * time.Second) waits two seconds.",
           "time.Sleep takes a Duration in nanoseconds.",
           "time.Sleep does not take seconds.",
           "time.Sleep(100 * time.Millisecond) pauses for 100 milliseconds."),
          ("go",), code_has=r"time\.Sleep\("),
    Entry("go_range_rereads_slice",
          "A range loop evaluates its slice (or array) once, before the loop: elements appended "
          "inside the loop are not visited and the length is fixed at the start (only a map may "
          "show entries added during the loop)",
          r"^(?!.*\bmaps?\b)"
          r".*?(\brange\b" + NOT_CONTRAST + r"{0,60}\b(re-?evaluates?|re-?reads?|re-?checks?|recomputes?|"
          r"re-?computes?|reloads?)\b (the )?(slice|len|length|expression|bounds?|size)"
          r"|\b(elements?|items?|values?|entries)\b (appended|added|pushed) (to (the |a )?slice )?"
          r"(during|inside|in|within|by) the (range )?(loop|iteration)\b" + NOT_CONTRAST + r"{0,30}\b(are|"
          r"get|will be) (also |then |later )?(visited|iterated|processed|seen|included|reached|"
          r"picked up|handled)\b"
          r"|\brange\b" + NOT_CONTRAST + r"{0,40}\b(sees?|visits?|picks? up|iterates? over|includes?|"
          r"reaches|processes)\b (the |any )?(newly )?(appended|added|new) (elements|items|values|"
          r"jobs|entries)\b)",
          "The Go Programming Language Specification, For statements with range clause ('The "
          "range expression x is evaluated once before beginning the loop'; for a slice the "
          "iteration values are produced for indices 0 to len(a)-1 of that value)",
          ("Elements appended during the loop are also visited by the range.",
           "range re-evaluates the slice on each iteration.",
           "The range loop picks up the newly appended jobs.",
           "range re-reads len(queue) every time round.",
           "Items added to the slice inside the loop will be processed too."),
          ("Elements appended during the loop are not visited by the range.",
           "range evaluates the slice once, before the loop.",
           "A range over a map may see entries added during the loop.",
           "range does not re-evaluate the slice.",
           "Use an index loop to see the appended jobs."),
          ("go",), code_has=r"\brange\b"),
    Entry("go_short_decl_assigns_outer",
          "`:=` inside an inner block (an if, for, switch or a closure) declares new variables "
          "that shadow the outer ones: the outer err or result is left unchanged (use = to "
          "assign it)",
          r"^(?!.*\b(same scope|instead_of|rather_than|plain =|use =|with =)\b)"
          r".*?(:=|\bshort (variable )?declarations?\b)`?( (inside|in|within) (the |an? )?(\w+ )?"
          r"(block|if|for|loop|closure|function|branch|scope|statement|goroutine)s?)?" + NOT_CONTRAST +
          r"{0,30}\b(assigns?|updates?|sets?|overwrites?|writes? to|changes?|modifies|reuses?|"
          r"fills in)\b (to )?(the )?(outer|enclosing|outside|surrounding|function-level|"
          r"package-level|named return|outer-scope)\b"
          # the shapes: '`:=` assigns to the existing outer variable', 'Go does not allow
          # shadowing'
          r"|`?:=`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\b(assigns?|wri"
          r"tes?) to (an? |the )?(existing|outer|enclosing) (variable|one|\w+)\b"
          r"|\b(go|it)\b (does not|never|will not) (allow|permit|support) (variable )?shadowing"
          r"\b"
          r"|\binner `?:=`? (updates?|modifies|changes|assigns|sets|overwrites) the (function|ou"
          r"ter|enclosing)('s)?\b",
          "The Go Programming Language Specification, Short variable declarations ('Unlike "
          "regular variable declarations, a short variable declaration may redeclare variables "
          "provided they were originally declared earlier in the same block') and Declarations "
          "and scope; Effective Go, Redeclaration and reassignment",
          ('The `:=` in the loop writes to the outer `total`.',
           "Go never allows shadowing, so the inner `:=` sets the function's `err`.",
           "err := inside the if block assigns the outer err.",
           "The := in the loop updates the outer result variable.",
           "A short variable declaration in the closure sets the enclosing count.",
           ":= reuses the outer variable, so the function returns the error.",
           "The := inside the branch overwrites the named return value's outer err."),
          ('The `:=` in the loop declares a new `total`, leaving the outer one alone.',
           'Go allows shadowing, so the inner `:=` makes a new `err`.',
           "err := inside the if block declares a new err that shadows the outer one.",
           "Use = instead of := so the assignment updates the outer err.",
           "The := in the loop does not update the outer result variable.",
           ":= with a new variable on the left reuses err declared in the same scope.",
           "= assigns the outer variable."),
          ("go",), code_has=r":="),
    Entry("go_array_by_reference",
          "A Go array ([N]T) is a value: assigning it or passing it to a function copies every "
          "element, so the callee's changes do not reach the caller (pass a pointer or a slice)",
          r"(\b(fixed[- ]size(d)? arrays?|arrays? (types?|values?)|go arrays?)|\[\d+\]\w+( arrays?)?)"
          r"`?" + NOT_CONTRAST + r"{0,40}(\b(is|are) (passed|assigned|copied|handled|shared) by reference\b"
          r"|\b(shares?|aliases?) (the )?(same )?(elements|storage|memory|backing|data|contents)\b"
          r"|\b(changes?|modifications?|writes?) (made )?(to (it|the (array|copy|parameter)) )?"
          r"(in|inside|within) the (function|callee|method)\b[^.;]{0,20}\b(are|is) (visible|seen|"
          r"reflected)\b)",
          "The Go Programming Language Specification, Array types; Effective Go, Arrays ('Arrays "
          "are values. Assigning one array to another copies all the elements. In particular, "
          "if you pass an array to a function, it will receive a copy of the array, not a "
          "pointer to it')",
          ("A fixed-size array is passed by reference in Go.",
           "The [4]int array shares the same storage with the caller.",
           "Go arrays are passed by reference, so the function fills it in.",
           "Array values are shared by reference after assignment.",
           ("Changes made to the array inside the function are visible to the caller, since "
           "[16]byte arrays are handled by reference.")),
          ("A fixed-size array is copied when passed in Go.",
           "The [4]int array does not share storage with the caller.",
           "Go arrays are values; slices share their backing array.",
           "Pass a pointer to the array so the function fills it in.",
           "A slice of the array shares the same storage."),
          ("go",), code_has=r"\[\d+\]\w"),
    Entry("go_channel_must_close",
          "A channel need not be closed: an unused channel is garbage-collected like any value; "
          "close it only to tell receivers no more values are coming (a range over it ends)",
          r"^(?!.*\b(goroutines?|blocked|receivers?|senders?|waiting|range|so that|to (tell|signal"
          r"|let|end|stop|notify)|when|if|before|done|loop|ranges?)\b)"
          r".*?(\b(every|all|each|any) channels?\b" + NOT_ONLY + r"{0,30}\b(must|has to|have to|"
          r"needs? to|should always|must always)\b (always )?be closed\b"
          r"|\b(unclosed|open|unclosed) channels?\b[^.;]{0,30}\b(leaks?|(is|are) never (garbage[- "
          r"])?collected|stays? in memory|holds? memory|leak memory|waste memory)\b"
          r"|\bchannels?\b (that (are|is) (not|never) closed|left open|never closed|which (are|is) "
          r"(not|never) closed)\b[^.;]{0,20}\b(leak|leaks|(is|are) never (garbage[- ])?collected|"
          r"waste memory)\b)",
          "A Tour of Go, Range and Close ('Channels aren't like files; you don't usually need to "
          "close them. Closing is only necessary when the receiver must be told there are no more "
          "values coming')",
          ("Every channel must be closed.",
           "An unclosed channel leaks memory.",
           "Channels that are not closed are never garbage collected.",
           "All channels have to be closed, or the program leaks.",
           "An open channel stays in memory forever."),
          ("A channel need not be closed.",
           "Close the channel so that the range loop ends.",
           "A goroutine blocked on an unclosed channel leaks.",
           "The channel must be closed to tell the receivers no more values are coming.",
           "An unused channel is garbage collected."),
          ("go",), code_has=r"\bchan\b|make\(chan"),
    Entry("go_nil_receiver_panics",
          "Calling a method on a nil pointer does not panic by itself: the method runs with a "
          "nil receiver and panics only if it dereferences it (methods can handle nil "
          "receivers); only a call through a nil interface panics at once",
          r"^(?!.*\binterfaces?\b)"
          r".*?(\bmethods?\b[^.;]{0,30}\bnil (pointers?|receivers?|\*\w+)\b" + NOT_ONLY +
          r"{0,20}\b(always|immediately|by itself|automatically|in every case)\b (panics?|"
          r"crash\w*|causes? a panic|is a (runtime )?panic)\b"
          r"|\b(impossible to|never) (call|invoke) (a |any )?methods? (on|with|through) (a |an )?"
          r"nil (pointers?|receivers?)\b"
          r"|\bnil (pointers?|receivers?)\b" + NOT_ONLY + r"{0,20}\b(cannot|ca not|can never) "
          r"(have|call|invoke|be used to call) (a |any )?methods?\b"
          r"|\b(cannot|ca not) (call|invoke) (a |any )?methods? (on|with|through) (a |an )?nil "
          r"(pointers?|receivers?)\b)",
          "A Tour of Go, Interface values with nil underlying values ('In some languages this "
          "would trigger a null pointer exception, but in Go it is common to write methods that "
          "gracefully handle being called with a nil receiver'); Go specification, Method "
          "values",
          ("Calling a method on a nil pointer always panics.",
           "A method called with a nil receiver immediately panics.",
           "You cannot call a method on a nil pointer in Go.",
           "A nil pointer can never have methods called on it.",
           "Invoking any method on a nil *Tree immediately causes a panic."),
          ("Calling a method on a nil pointer panics only if the method dereferences it.",
           "A method can be called with a nil receiver.",
           "Calling a method through a nil interface always panics.",
           "The method reads t.left, so a nil receiver panics there.",
           "Methods can handle nil receivers gracefully."),
          ("go",), code_has=r"func\s*\(\s*\w+\s+\*"),
    Entry("go_split_empty_slice",
          "strings.Split(\"\", sep) returns a slice holding one empty string (len 1), not an "
          "empty slice; strings.Fields(\"\") is the one that returns none",
          r"^(?!.*\bstrings\.fields\b)"
          r".*?(\bstrings\.split\(\s*(\"\"|``)\s*,[^)]*\)`?" + NOT + r"{0,20}" + _IS +
          r"(an? |the )?(empty|nil|zero-length) (slice|list|array|result)\b"
          r"|\bstrings\.split\b(\(\))?`?" + NOT_CONTRAST + r"{0,40}\b(on|of|with|given|for) (an? |the )?"
          r"empty (string|input|line|text)\b" + NOT_CONTRAST + r"{0,20}" + _IS + r"(an? |the )?(empty|nil|"
          r"zero-length|no)\b( (slice|list|array|elements|result|fields|parts))?"
          r"|\blen\(strings\.split\(\s*(\"\"|``)\s*,[^)]*\)\)`?" + NOT + r"{0,10}" + _IS + r"0\b)",
          "Go package strings, Split ('If s does not contain sep and sep is not empty, Split "
          "returns a slice of length 1 whose only element is s')",
          ("strings.Split(\"\", \",\") returns an empty slice.",
           "strings.Split on an empty line returns no fields.",
           "strings.Split of an empty string gives an empty slice, so the loop is skipped.",
           "len(strings.Split(\"\", \",\")) is 0.",
           "strings.Split with an empty input returns a nil slice."),
          ("strings.Split(\"\", \",\") returns a slice with one empty string.",
           "strings.Fields on an empty line returns no fields.",
           "strings.Split of an empty string gives one element.",
           "len(strings.Split(\"\", \",\")) is 1.",
           "strings.Split on an empty line does not return an empty slice."),
          ("go",), code_has=r"strings\.Split\("),
    Entry("go_unused_is_warning",
          "An unused local variable or an unused import is a compile error in Go, not a warning "
          "(assign to _ or use a blank import to keep one)",
          r"^(?!.*\b(package-level|global|parameters?|params?|functions?|methods?|consts?|"
          r"constants?|fields?|types?|vet|staticcheck|lint\w*)\b)"
          r".*?\bunused (local )?(variables?|imports?|locals?)\b`?" + NOT_ONLY + r"{0,30}\b((is|are)"
          r" (only |just |merely )?(an? )?(compiler )?warnings?\b|(only |just |merely )?(produce|"
          r"give|cause|trigger|raise|emit)s? (only |just |merely )?(an? )?(compiler )?warnings?\b|"
          r"(is|are) (allowed|fine|harmless|ignored|tolerated) by the (go )?compiler)",
          "The Go FAQ, Can I stop these complaints about my unused variable/import? ('The "
          "presence of an unused variable may indicate a bug ... Go refuses to compile programs "
          "with unused variables or imports'); Go specification, Variable declarations and "
          "Import declarations",
          ("An unused variable is just a warning in Go.",
           "The unused import only produces a warning.",
           "Unused variables are allowed by the compiler.",
           "An unused local gives a compiler warning, so the build still passes.",
           "Unused imports are merely warnings."),
          ("An unused variable is a compile error in Go.",
           "The unused import stops the build.",
           "An unused function parameter is allowed by the compiler.",
           "An unused variable is not a warning but an error.",
           "Assign the value to _ to keep the unused variable."),
          ("go",)),
    # --- Java (javadoc, JLS) ------------------------------------------------------------------
    Entry("java_equals_without_hashcode",
          "A class that overrides equals must override hashCode too: without it equal objects "
          "have different hash codes, so HashMap and HashSet do not find them (the Object."
          "hashCode contract)",
          r"^(?!.*\b(unless|never used|not used|only if)\b)"
          r".*?(\b(overriding|overrides|defining|implementing|override|redefining) (only )?`?equals"
          r"\b(\(\))?`?(?! and (also )?`?hashcode)[^.;]{0,40}\b(is enough|suffices|is sufficient|"
          r"is all (you need|that is needed|it takes)|makes? (it|them|the objects?|instances?|the "
          r"class) (work|usable|findable|behave)|lets? (the )?(hash ?(map|set)|set|map)\b|works? "
          r"(correctly|fine|properly|as (a )?(key|keys)))"
          r"|\bhash ?(map|set)s?\b" + NOT_ONLY + r"{0,40}\b(uses?|relies on|calls?|needs?|checks?)"
          r" only (`?equals\b|the equals)"
          r"|\bhashcode\b(\(\))?`?" + NOT_ONLY + r"{0,30}\b(need not|does not need to|is not "
          r"needed|is optional|can be left out|is unnecessary)\b)",
          "Java SE API, Object.equals ('it is generally necessary to override the hashCode "
          "method whenever this method is overridden, so as to maintain the general contract "
          "for the hashCode method, which states that equal objects must have equal hash "
          "codes') and Object.hashCode",
          ("Overriding equals is enough for the HashSet to find the key.",
           "HashMap uses only equals to compare keys.",
           "hashCode need not be overridden here.",
           "Defining equals makes the objects work as keys in a HashMap.",
           "Overriding equals alone lets the set drop duplicates."),
          ("Overriding equals is not enough; override hashCode too.",
           "Overriding equals and hashCode lets the set drop duplicates.",
           "HashMap uses hashCode and equals to find keys.",
           "hashCode must be overridden whenever equals is.",
           "hashCode need not be overridden when the class is never used as a key."),
          ("java",), code_has=r"\bequals\s*\("),
    Entry("java_cme_guaranteed",
          "ConcurrentModificationException is best-effort: fail-fast iterators throw it when "
          "they notice a change, which is not guaranteed, and it is thrown in a single thread "
          "too (a list changed inside its own for-each loop)",
          r"(\bconcurrentmodificationexception\b|\bcme\b|\bfail-?fast\b( iterators?| behaviou?r)?)"
          r"`?" + NOT_ONLY + r"{0,30}(\b(is|will be|are)\b (always |guaranteed( to be)? |reliably |"
          r"certain to be )(thrown|raised|detected)\b"
          r"|\b(is|are) guaranteed\b|\balways (throws?|detects?|catches?|fires)\b"
          r"|\b(only|just) (happens|occurs|arises|comes up|appears|is thrown|gets thrown)\b"
          r"[^.;]{0,20}\b(with|when|if|in|under|across) (multiple|several|other|another|two|"
          r"concurrent|multi-?threaded|different) ?(threads?|access|code)?"
          r"|\b(requires?|needs?) (multiple|several|two|another|other|concurrent) threads?\b)",
          "Java SE API, ConcurrentModificationException ('fail-fast behavior cannot be "
          "guaranteed ... Note that this exception does not always indicate that an object has "
          "been concurrently modified by a different thread. If a single thread issues a "
          "sequence of method invocations that violates the contract of an object, the object "
          "may throw this exception')",
          ("ConcurrentModificationException only happens with multiple threads.",
           "A ConcurrentModificationException is always thrown when the list changes.",
           "The fail-fast iterator is guaranteed to detect the change.",
           "ConcurrentModificationException requires two threads, so this loop is safe.",
           "Fail-fast behaviour always throws on a concurrent change."),
          ("ConcurrentModificationException can happen in a single thread.",
           "A ConcurrentModificationException is not guaranteed.",
           "The fail-fast iterator throws on a best-effort basis.",
           "Removing inside the for-each loop throws ConcurrentModificationException.",
           "Fail-fast iterators are not guaranteed to throw."),
          ("java",)),
    Entry("java_list_of_mutable",
          "List.of, Set.of and Map.of return unmodifiable collections: add, remove and put "
          "throw UnsupportedOperationException, and they reject null elements with "
          "NullPointerException (new ArrayList<>(List.of(...)) gives a mutable copy)",
          r"^(?!.*\b(new (arraylist|hashset|hashmap|linkedlist|treemap|treeset)|cop(y|ies))\b)"
          r".*?(\b(list|set|map)\.of\b(\([^)]*\))?`?" + NOT_CONTRAST + r"{0,40}\b(returns?|gives|creates?|"
          r"makes?|builds?|is)\b (an? |the )?(mutable|modifiable|growable|resizable|regular|"
          r"normal|plain|ordinary)? ?(arraylist|hashset|hashmap|linkedlist|mutable (list|set|map|"
          r"collection)|modifiable (list|set|map|collection))\b"
          r"|\b(list|set|map)\.of\b(\([^)]*\))?`?" + NOT_CONTRAST + r"{0,40}\b(accepts?|allows?|permits?|"
          r"can (hold|contain|store)|may (hold|contain)|tolerates?)\b (a |any |the )?null"
          r"|\b(can|may) (add|append|put|remove|insert)\b[^.;]{0,20}\b(to|into|from) (a |the )?"
          r"(list|set|map)\.of\b)"
          # the shapes: '`List.of(1, null)` is allowed', 'List.of copies into an ArrayList'
          r"|\b(list|set|map)\.of\([^)]*null[^)]*\)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^."
          r";]|\.(?=\w))){0,10}\b(is allowed|works|is fine|stores|accepts|keeps|compiles and run"
          r"s)\b"
          r"|\.add\([^)]*\)`?\s*on (the |a )?`?(list|set)\.of`?\b[^.;]{0,20}\b(appends|adds|work"
          r"s|succeeds|grows)\b"
          r"|(?<![(<])\b(list|set|map)\.of\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20"
          r"}\b(copies (it )?into|returns|gives|creates|builds|makes) (an? )?(arraylist|hashset|"
          r"hashmap|mutable|modifiable)\b",
          "Java SE API, List ('Unmodifiable Lists: The List.of and List.copyOf static factory "
          "methods ... Elements cannot be added, removed, or replaced. Calling any mutator "
          "method on the List will always cause UnsupportedOperationException to be thrown ... "
          "They disallow null elements')",
          ('`Set.of("a", null)` works and keeps the null.',
           'Map.of builds a HashMap, so put works on it.',
           "List.of returns an ArrayList, so add works.",
           "Set.of creates a mutable set.",
           "List.of(a, b) accepts null elements.",
           "You can add to a List.of later.",
           "Map.of gives a regular HashMap."),
          ('`Set.of("a", null)` throws NullPointerException.',
           'Map.of does not build a HashMap; put on it throws.',
           "List.of returns an unmodifiable list.",
           "new ArrayList<>(List.of(a, b)) makes a mutable list.",
           "List.of(a, b) does not accept null elements.",
           "Calling add on List.of throws UnsupportedOperationException.",
           "Arrays.asList accepts null elements."),
          ("java",), code_has=r"\b(List|Set|Map)\.of\("),
    Entry("java_clone_deep",
          "clone() (an array's, or Object.clone by default) is a shallow copy: the new array or "
          "object holds the same element objects, so changing one through the copy shows "
          "through the original",
          r"^(?!.*(\b(primitive|immutable|our|custom|overrid\w*|own|implement\w*)\b|\b(int|long|byte|"
          r"double|char)\[\]))"
          r".*?\bclone\b(\(\))?`?" + NOT_CONTRAST + r"{0,40}(\b(makes?|creates?|returns?|produces?|gives|"
          r"does|performs?|is)\b (an? |the )?(full |complete |fully |true )?(deep|recursive)"
          r"( copy| clone)?\b"
          r"|\b(copies|clones|duplicates) (the |all the |every )?(nested|inner|contained|referenced"
          r"|element) (objects|arrays|lists|maps)\b)",
          "Java SE API, Object.clone ('this method performs a \"shallow copy\" of this object, "
          "not a \"deep copy\" operation'); JLS 10.7 Array Members ('A clone of a "
          "multidimensional array is shallow')",
          ("clone() makes a deep copy of the orders array.",
           "grid.clone() returns a deep copy, so the rows are independent.",
           "The clone copies the nested objects as well.",
           "clone performs a full deep copy.",
           "Calling clone gives a recursive copy of the list."),
          ("clone() makes a shallow copy of the orders array.",
           "grid.clone() does not copy the rows.",
           "The clone shares the nested objects with the original.",
           "clone is not a deep copy.",
           "For an int[] array, clone is effectively a deep copy."),
          ("java",), code_has=r"\.clone\(\)",
          code_lacks=r"\b(public|protected)\s+[\w<>\[\]]+\s+clone\s*\("),
    Entry("java_stringbuilder_equals",
          "StringBuilder and StringBuffer do not override equals: equals is identity, so two "
          "builders with the same text are not equal (compare sb.toString(), or use compareTo "
          "or contentEquals)",
          r"^(?!.*\b(tostring|contentequals|compareto)\b)"
          r".*?(\bstring ?(builder|buffer)s?\b" + ANY + r"{0,40}\bequals\b(\(\))?`?" + NOT_CONTRAST + r"{0,40}\b("
          r"compares?|checks?|tests?|looks at|matches)\b (the )?(contents?|characters?|text|chars|"
          r"strings?|values?)\b"
          r"|\btwo string ?(builders?|buffers?) (with|holding|containing) the same (text|contents?|"
          r"characters|string)\b" + NOT_CONTRAST + r"{0,20}\b(are|is) equal\b)",
          "Java SE API, StringBuilder ('StringBuilder implements Comparable but does not "
          "override equals. Thus, the natural ordering of StringBuilder is inconsistent with "
          "equals')",
          ("StringBuilder's equals compares the contents.",
           "The two StringBuilder objects are compared with equals, which checks the characters.",
           "Two string builders with the same text are equal.",
           "A StringBuffer's equals looks at the string it holds.",
           "StringBuilder.equals compares the text."),
          ("StringBuilder's equals compares references.",
           "sb.toString().equals(other) compares the contents.",
           "Two string builders with the same text are not equal.",
           "StringBuilder does not override equals.",
           "contentEquals compares a String with a StringBuilder's characters."),
          ("java",), code_has=r"String(Builder|Buffer)"),
    Entry("java_enum_needs_equals",
          "Enum constants are singletons: == on two enum values is correct and null-safe (JLS "
          "8.9; equals is final and is identity too)",
          r"\benums?( constants?| values?| types?)?\b`?" + NOT_ONLY + r"{0,40}\b(must|should|have "
          r"to|need to|needs to) be compared (with|using|via) `?(\.)?equals\b"
          r"|(==|`==`|\bdouble equals) (on|for|between|with|to compare) (two )?enums?\b[^.;]{0,30}"
          r"\b(is (unreliable|unsafe|wrong|a bug|incorrect|fragile|risky)|can fail|may fail|fails"
          r"|breaks|is not (safe|reliable|correct))\b"
          r"|\bcomparing enums? (values |constants )?(with|using) (==|`==`)[^.;]{0,20}\b(is "
          r"(unreliable|unsafe|wrong|a bug|incorrect|risky)|can fail|may fail|fails|breaks)\b",
          "The Java Language Specification, 8.9 Enum Classes ('Because there is only one "
          "instance of each enum constant, it is permitted to use the == operator in place of "
          "the equals method when comparing two object references if it is known that at least "
          "one of them refers to an enum constant'); Enum.equals is final",
          ("Enums must be compared with equals.",
           "== on enums is unreliable, since it compares references.",
           "Comparing enum values with == is a bug.",
           "Enum constants have to be compared using .equals().",
           "Using == for enums can fail after deserialisation."),
          ("Enums can be compared with ==.",
           "== on enums is safe, since each constant is a singleton.",
           "Comparing enum values with == is fine.",
           "Strings should be compared with equals.",
           "== on strings is unreliable, since it compares references."),
          ("java",), code_has=r"\benum\b|\b[A-Z]\w*\.[A-Z_]{2,}\b"),
    Entry("java_long_target_widens",
          "An int product is computed in int and overflows before it is widened: `long x = a * "
          "b` with int a and b wraps first; cast one operand ((long) a * b) or use "
          "Math.multiplyExact",
          r"^(?=.*(\*|multipl\w*|product|times))(?!.*\b(\(long\)|casts?|cast to long|\d+l|"
          r"multiplyexact|tolong)\b)"
          r".*?(\b(assigning|storing|declaring|putting|saving|keeping) (it |the (result|product|"
          r"value|total) )?(to|in|into|as) (a |the )?`?long\b" + NOT + r"{0,40}\b(prevents?|avoids?|"
          r"stops?|fixes|protects against|guards against|rules out)\b (the |any |an )?overflow"
          r"|\b(because|since|as) (the )?(result|product|variable|target|total|sum|destination) (is (a |"
          r"declared (as )?(a )?|stored in a |assigned to a )?`?long`?|has type long)\b" + NOT + r"{0,40}"
          r"\b(no|cannot|ca not|will not|wo not|does not|never) (overflow|wrap)"
          r"|\blong \w+ = \w+ \* \w+\b`?" + NOT_ONLY + r"{0,30}\b(cannot|ca not|will not|wo not|"
          r"does not|never|can never) (overflow|wrap)\b)",
          "The Java Language Specification, 5.6 Numeric Contexts and 15.17.1 Multiplication "
          "Operator ('If an integer multiplication overflows, then the result is the low-order "
          "bits of the mathematical product'; the type of a * b is int when both are int, "
          "whatever it is assigned to); SEI CERT NUM00-J",
          ("Storing the product in a long prevents the overflow.",
           "Because total is a long, the multiplication cannot overflow.",
           "long bytes = count * size cannot overflow.",
           "Since the result is declared as a long, the product does not overflow.",
           "Assigning the product to a long avoids any overflow."),
          ("Storing the product in a long does not prevent the overflow.",
           "Cast one operand: (long) count * size cannot overflow.",
           "Because total is a long, the sum can hold the value.",
           "The multiplication overflows in int before it is widened to long.",
           "Math.multiplyExact throws instead of wrapping."),
          ("java", "c", "cpp"), code_has=r"\blong\b",
          code_lacks=r"\(long\)|\d+L\b|multiplyExact|\(int64_t\)|\(long long\)"),
    Entry("chm_accepts_null",
          "ConcurrentHashMap (like Hashtable) rejects null keys and values: put(k, null) throws "
          "NullPointerException (HashMap allows them), so get returning null always means absent",
          r"\b(concurrenthashmap|hashtable|concurrentskiplistmap|concurrent ?map)s?\b`?" + NOT_CONTRAST +
          r"{0,40}\b(accepts?|allows?|permits?|supports?|can (store|hold|take|contain)|stores?|"
          r"may (contain|hold)|tolerates?|takes?)\b (a |the |any )?null\b( (keys?|values?|"
          r"entries))?",
          "Java SE API, ConcurrentHashMap ('Like Hashtable but unlike HashMap, this class does "
          "not allow null to be used as a key or value')",
          ("ConcurrentHashMap accepts null values like HashMap.",
           "The ConcurrentHashMap can store a null value for a missing price.",
           "Hashtable allows a null key.",
           "ConcurrentHashMap permits null keys.",
           "The concurrent map stores null when the lookup fails."),
          ("ConcurrentHashMap does not accept null values.",
           "HashMap accepts null values.",
           "Unlike HashMap, ConcurrentHashMap allows no null keys.",
           "ConcurrentHashMap throws NullPointerException on a null value.",
           "ConcurrentHashMap.get returns null when the key is absent."),
          ("java",), code_has=r"ConcurrentHashMap|Hashtable|ConcurrentSkipListMap"),
    Entry("java_wait_no_spurious",
          "Object.wait can return without a notify (a spurious wakeup) or after another thread "
          "has changed the state again: it must be called in a loop that re-checks the "
          "condition",
          r"\b(object\.)?wait\b(?=[^.;]{0,50}\bonly\b)(?![^.;]*\b(spurious\w*|interrupt\w*|times? ?out|"
          r"timed out|timeouts?)\b)(\(\))?`?( call)? (only |always )?(returns?|"
          r"wakes?( up)?|resumes?|unblocks?|comes back)\b (only )?(when|after|once|if)\b[^.;]{0,30}"
          r"\bnotify"
          r"|\b(no need|unnecessary|is not necessary|need not|does not need)\b[^.;]{0,30}\b(loop|"
          r"re-?check\w*|check the condition again)\b[^.;]{0,50}\bwait\b"
          r"|\bwait\b(\(\))?`?[^.;]{0,30}\b(no need|unnecessary|is not necessary|need not|does not "
          r"need)\b[^.;]{0,20}\b(loop|re-?check)"
          r"|\bwait\b(\(\))?`?[^.;]{0,20}\b(outside|without) a (while )?loop (is|stays) (safe|fine|"
          r"correct|enough|sufficient)\b"
          r"|\bspurious (wake-?ups?)\b[^.;]{0,20}\b(do not|never|cannot|ca not) (happen|occur)\b",
          "Java SE API, Object.wait ('A thread can wake up without being notified, interrupted, "
          "or timing out, a so-called spurious wakeup ... waits should always occur in loops')",
          ("wait() returns only when another thread calls notify.",
           "The wait only wakes up after notify is called.",
           "There is no need to re-check the condition in a loop after wait.",
           "wait() outside a while loop is safe here.",
           "Spurious wakeups do not happen in Java."),
          ("wait() can return without a notify.",
           "wait must be called in a loop that re-checks the condition.",
           "The wait wakes up after notify is called, or spuriously.",
           "Spurious wakeups can happen.",
           "wait() outside a while loop is a bug."),
          ("java",), code_has=r"\.wait\(|\bwait\(\)"),
    # --- C, C++ and Rust ----------------------------------------------------------------------
    Entry("cpp_subscript_checked",
          "std::vector's (and std::array's, std::string's) operator[] does no bounds check: an "
          "index past the end is undefined behaviour; only at() throws std::out_of_range",
          r"^(?!.*(\bat\(|\.at\b|`at`|\b(unlike|debug|assert\w*|_glibcxx\w*|sanitiz\w*|hardened)\b))"
          r".*?(\boperator\s*\[\]|\b\w+\[\s*\w+\s*\]|\bsubscript(ing)?( operator)?|\bindexing|"
          r"\[\] operator)`?" + NOT_CONTRAST + r"{0,40}(\b(throws?|raises?)\b (an? )?(std::)?out_of_range\b"
          r"|\b(checks?|validates?) (the )?(bounds|range|index|size)\b|\bis (bounds|range)[- ]checked\b"
          r"|\bdoes (a )?(bounds|range)[- ]check)",
          "C++ reference (cppreference), std::vector::operator[] ('Accessing a nonexistent "
          "element through this operator is undefined behavior') and at ('If pos is not within "
          "the range of the container, an exception of type std::out_of_range is thrown'); "
          "[sequence.reqmts]",
          ("v[i] throws std::out_of_range when i is past the end.",
           "operator[] checks the bounds of the vector.",
           "Subscripting the vector is bounds-checked.",
           "Indexing with [] throws out_of_range on a bad index.",
           "The subscript operator validates the index."),
          ("v.at(i) throws std::out_of_range when i is past the end.",
           "operator[] does not check the bounds of the vector.",
           "Unlike at(), operator[] checks nothing.",
           "v[i] past the end is undefined behaviour.",
           "Indexing with [] never throws."),
          ("cpp",)),
    Entry("c_char_signed",
          "Whether plain char is signed is implementation-defined (it is unsigned on ARM and "
          "PowerPC Linux): use signed char or unsigned char, or int8_t/uint8_t, when the sign "
          "matters",
          r"^(?!.*\b(x86|arm|platform|implementation|compiler|abi|on (most|many|some|this|gcc|"
          r"linux|windows)|typically|usually|often)\b)"
          r".*?(?<!signed )(?<!unsigned )\b(plain )?`?char`?s?\b( type)? (is|are) (always |"
          r"guaranteed to be |by definition |by default )?(a )?signed\b"
          r"|(?<!signed )(?<!unsigned )\b(plain )?`?char`?s?\b" + NOT_ONLY + r"{0,20}\b(always )?"
          r"(ranges?|goes|runs) from -128 to 127\b",
          "ISO C 6.2.5p15 ('The three types char, signed char, and unsigned char are "
          "collectively called the character types. The implementation shall define char to "
          "have the same range, representation, and behavior as either signed char or unsigned "
          "char'); C++ [basic.fundamental]",
          ("char is always signed.",
           "A plain char is signed, so the byte 0xFF reads as -1.",
           "chars are signed by default in C.",
           "char ranges from -128 to 127.",
           "The char type is guaranteed to be signed."),
          ("signed char is signed.",
           "unsigned char is never negative.",
           "Whether char is signed is implementation-defined.",
           "On x86, char is signed.",
           "char is not always signed."),
          ("c", "cpp")),
    Entry("rust_string_index",
          "A Rust String (or &str) cannot be indexed by an integer: s[0] does not compile "
          "(UTF-8 characters have varying width); use s.chars().nth(i), or s.as_bytes()[i] for "
          "a byte",
          r"^(?!.*(\bbytes?\b|as_bytes|chars\(|\.\.|\bslic\w*|\bvec\w*|\barrays?\b|\b(chars|letters|"
          r"characters|runes|graphemes|symbols)\[))"
          r".*?(\b\w+\[\s*(0|\d+|i|idx|index)\s*\]`?" + NOT_CONTRAST + r"{0,20}" + _IS + r"(the )?(first|"
          r"\w+-?(st|nd|rd|th)|last|next)? ?(char|character|letter|symbol)\b"
          r"|\b(rust )?(strings?|str|&str)\b" + NOT_CONTRAST + r"{0,30}\b(can be|are|is) (indexed|"
          r"indexable)\b( (by|with) (an? )?(integer|index|position|usize|number))?"
          r"|\bindexing (a |the )?(string|str|&str)\b" + NOT_CONTRAST + r"{0,30}" + _IS + r"(a |the )?"
          r"(char|character)\b)",
          "The Rust Programming Language, 8.2 Storing UTF-8 Encoded Text with Strings ('Rust "
          "strings don't support indexing ... the type String doesn't implement Index<{integer}>')",
          ("s[0] returns the first character of the name.",
           "Rust strings can be indexed by position.",
           "Indexing the string gives a char.",
           "name[i] gives the i-th letter.",
           "A &str is indexable with an integer."),
          ("s[0] does not compile for a String.",
           "s.chars().nth(0) returns the first character.",
           "s.as_bytes()[0] gives the first byte.",
           "Rust strings cannot be indexed by position.",
           "A slice &s[0..1] is a &str, not a char.",
           "chars[0] is the first character once the text is collected into chars."),
          ("rust",), code_has=r"\bString\b|&str\b|\.to_string\(\)"),
    Entry("rust_as_cast_checked",
          "An `as` cast between integer types never panics: it truncates or sign-extends "
          "silently (300 as u8 is 44), and a float to integer cast saturates; u8::try_from is "
          "the checked conversion",
          r"`?\bas (u|i)(8|16|32|64|128|size)\b`?( casts?)?(?:(?![(){}=])" + NOT_CONTRAST + r"){0,40}\b(panics?|"
          r"fails?|errors? out|returns? (an? )?(error|`?err`?)\b(?!\()|is checked|checks? (for )?(overflow|range|"
          r"bounds)|traps?|aborts?)\b"
          r"|\b(an? |the )?`?as`? (casts?|conversions?)\b" + NOT_CONTRAST + r"{0,40}\b(panics?|is checked|"
          r"checks? (for )?(overflow|the range|bounds))\b",
          "The Rust Reference, Type cast expressions, Numeric cast ('Casting from a larger "
          "integer to a smaller integer (e.g. u32 -> u8) will truncate'; 'Casting from a float "
          "to an integer will round the float towards zero ... with saturation'); std "
          "TryFrom",
          ("x as u8 panics if x is over 255.",
           "The as i32 cast is checked for overflow.",
           "An as cast panics when the value does not fit.",
           "len as u16 fails for a long input.",
           "as u32 returns an error when the value is negative."),
          ("x as u8 truncates silently if x is over 255.",
           "u8::try_from(x) returns an error when x does not fit.",
           "An as cast never panics.",
           "x as u8 wraps rather_than panicking.",
           "The as i32 cast is not checked."),
          ("rust",), code_has=r"\bas\s+[ui](8|16|32|64|128|size)\b"),
    Entry("rust_hashmap_ordered",
          "Rust's HashMap and HashSet iterate in an arbitrary order that changes between runs "
          "(the hasher is randomly seeded): neither insertion nor sorted order (BTreeMap sorts; "
          "the indexmap crate keeps insertion order)",
          r"^(?!.*\b(btree\w*|indexmap|indexset|linkedhash\w*|sort|sorts|sorting|sorted\(|sorted (keys|"
          r"vec\w*|lists?|copy)|collect\w*)\b)"
          r".*?\bhash ?(map|set)s?\b`?" + NOT_CONTRAST + r"{0,40}\b(keeps?|preserves?|retains?|maintains?|"
          r"remembers?|iterates? in|returns? (the )?(keys|entries|items|values) in|yields? (the )?"
          r"\w+ in|follows?|comes? (back |out )?in)\b (the |their )?"
          r"(insertion|inserted|key|original|arrival|sorted|ascending)( order)?\b",
          "Rust std, std::collections::HashMap ('The default hashing algorithm ... uses random "
          "keys'; iter: 'An iterator visiting all key-value pairs in arbitrary order')",
          ("The HashMap keeps insertion order, so the report lists them as read.",
           "HashMap iterates in insertion order.",
           "A HashSet preserves the insertion order of the ids.",
           "The hash map returns the keys in sorted order.",
           "HashMap yields the entries in key order."),
          ("The HashMap does not keep insertion order.",
           "A BTreeMap iterates in key order.",
           "HashMap iterates in an arbitrary order.",
           "The hash map's order changes between runs.",
           "Collect the keys and sort them to print in sorted order."),
          ("rust",), code_has=r"Hash(Map|Set)"),
)


_KEYS: Final = {
    "vacuous_all_any": r"\b(all|any|every|some)\b",
    "set_insertion_ordered": r"sets?\b",
    "fstring_formatted_lazily": r"\bf-?string",
    "datetime_now_utc": r"\b(now|utcnow)\b",
    "str_hash_stable_across_runs": r"\bhash",
    "int_parses_decimal_string": r"\bint\b",
    "nonempty_string_falsy": r"(false|['\"]0['\"])",
    "mutator_returns_collection": r"\b(append|extend|insert|update|add)\b",
    "parens_make_tuple": r"\btuple\b",
    "for_else_on_break": r"\belse\b",
    "str_count_overlapping": r"\bcount\b",
    "list_index_minus_one": r"\bindex\b",
    "randint_excludes_end": r"\brandint\b",
    "python_sleep_milliseconds": r"\bsleep\b",
    "max_empty_returns_none": r"\b(max|min)\b",
    "tofixed_returns_number": r"\btofixed\b",
    "js_plus_coerces_to_number": r"(\+|\bplus\b|\badd)",
    "math_max_array": r"\bmath\.(max|min)\b",
    "slice_mutates": r"\bslice\b",
    "integer_keys_insertion_order": r"\border\b",
    "global_isnan_strict": r"\bisnan\b",
    "number_empty_string_nan": r"\bnumber\b",
    "find_returns_minus_one": r"\bfind\b",
    "promise_executor_deferred": r"\b(new promise|executor)\b",
    "js_switch_loose": r"\bswitch\b",
    "chained_comparison_range": r"[<>]",
    "labelled_break_missing": r"\b(break|exit|leave)\b",
    "ts_as_converts": r"\b(as|assertions?)\b",
    "ts_unknown_like_any": r"\bunknown\b",
    "ts_non_null_checks": r"(\bnon-?null|!|\bdefinite assignment)",
    "go_sleep_untyped_seconds": r"\btime\.sleep\b",
    "go_range_rereads_slice": r"\b(range|loop)\b",
    "go_short_decl_assigns_outer": r"(:=|\bshort (variable )?declaration)",
    "go_array_by_reference": r"(\barray|\[\d+\]\w)",
    "go_channel_must_close": r"\bchannel",
    "go_nil_receiver_panics": r"\bnil\b",
    "go_split_empty_slice": r"\bstrings\.split\b",
    "go_unused_is_warning": r"\bunused\b",
    "java_equals_without_hashcode": r"\b(equals|hashcode)\b",
    "java_cme_guaranteed": r"\b(concurrentmodificationexception|cme|fail-?fast)\b",
    "java_list_of_mutable": r"\.of\b",
    "java_clone_deep": r"\bclone\b",
    "java_stringbuilder_equals": r"\bstring ?(builder|buffer)",
    "java_enum_needs_equals": r"\benum",
    "java_long_target_widens": r"\blong\b",
    "chm_accepts_null": r"\bnull\b",
    "java_wait_no_spurious": r"\b(wait|spurious)",
    "cpp_subscript_checked": r"(\[|\bsubscript|\bindexing)",
    "c_char_signed": r"\bchar",
    "rust_string_index": r"(\[|\bindex)",
    "rust_as_cast_checked": r"\bas\b",
    "rust_hashmap_ordered": r"\bhash ?(map|set)",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS3: Final = keyed(_ENTRIES, _KEYS)
