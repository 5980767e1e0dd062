"""False beliefs about documented language and library behaviour, in Python,
JavaScript/TypeScript, Go, Java, C/C++ and Rust, from their own references.

The tenth set (branch catalogue10), written like `_semantics_docs6.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. This set is chosen for coverage: a list of over eighty well-known
behaviours across integer and float semantics, strings and encodings, collections, copying,
exceptions, equality, sorting, dates and times, concurrency primitives, I/O and buffering,
regular expressions and JSON was read against the catalogue, and these are the ones no entry
caught yet.
"""

from __future__ import annotations

from typing import Final

from ._entry import NOT_CONTRAST, Entry, keyed

__all__ = ["DOCS7"]

_NC: Final = NOT_CONTRAST
_ARGS: Final = r"(\([^)]{0,80}\))?"
"""An argument list, read at most 80 characters long (see `_semantics_docs5._ARGS`)."""
_RETURNS: Final = r"\b(returns?|gives?( back)?|evaluates to|yields?|produces?)\b"
"""A verb saying what a call gives back."""

_ENTRIES: Final = (
    # --- Python (Language Reference, Library Reference, HOWTOs) ---------------------------
    Entry("py_queue_needs_lock",
          "queue.Queue (and multiprocessing's and asyncio's queues within their own worlds) "
          "implements all the locking it needs: several threads may put and get without a lock "
          "of their own",
          r"(?<!asyncio\.)(?<!multiprocessing\.)\b(queue\.queue|queue module)\b" + _NC + r"{0,40}"
          r"(\b(is|are)\b not (thread-? ?safe|safe)\b|\bneeds? (an? )?(external |its own "
          r"|separate )?lock\b|\bcan corrupt\b|\btake the same item\b)"
          r"|\b(wrap|guard|protect)\w* (the )?queue\.queue\b[^.;]{0,10}\b(in|with) (a )?lock\b"
          r"|\bwithout (a |an external )?lock\b[^.;]{0,50}\bqueue\.queue\b[^.;]{0,20}\b(can|could|"
          r"may|will) (corrupt|break|lose)\b",
          "Python Library Reference, queue ('The queue module implements multi-producer, "
          "multi-consumer queues. It is especially useful in threaded programming when "
          "information must be exchanged safely between multiple threads. The Queue class in "
          "this module implements all the required locking semantics')",
          ("queue.Queue is not thread-safe, so the producers need a lock around put.",
           ("You must wrap queue.Queue in a lock because it is not safe to share between "
            "threads."),
           ("The Queue from the queue module is not thread safe, so two threads calling get "
            "can take the same item."),
           "Without a lock, two threads calling put on the queue.Queue can corrupt it.",
           "queue.Queue needs an external lock before several threads use it."),
          ("queue.Queue is thread-safe, so the producers need no lock around put.",
           "queue.Queue implements all the locking, so threads can share it.",
           "A plain list used as a queue between threads needs a lock.",
           "queue.Queue does not need a lock between threads.",
           "asyncio.Queue is not thread-safe; use queue.Queue between threads."),
          ("python",)),
    Entry("py_print_always_flushes",
          "print() does not flush unless flush=True: sys.stdout is line-buffered on a terminal "
          "but block-buffered when it is redirected to a file or pipe, so output may appear "
          "late or be lost if the process is killed",
          r"^(?!.*(flush\s*=\s*true|\s-u\b|pythonunbuffered))(?:.*?)(?:"
          r"\bprint\b(\(\))?" + _NC + r"{0,30}\b(always|immediately)\b" + _NC + r"{0,10}"
          r"\bflush(es)?\b"
          r"|\bprint\b(\(\))?" + _NC + r"{0,20}\bflush(es)?\b" + _NC + r"{0,40}\b(always|"
          r"immediately|right away|every time|each time|even when (it is |stdout is |the output "
          r"is )?(piped|redirected))\b"
          r"|\b(stdout|standard output)\b" + _NC + r"{0,20}\b(is|are)\b (always )?unbuffered\b)",
          "Python Library Reference, print ('Whether the output is buffered is usually "
          "determined by file, but if the flush keyword argument is true, the stream is "
          "forcibly flushed') and sys.stdout ('When interactive, the stdout stream is "
          "line-buffered. Otherwise, it is block-buffered like regular text files')",
          ("print always flushes stdout immediately, even when the output is piped.",
           "Output written with print appears right away because stdout is unbuffered.",
           "print flushes the buffer every time it is called.",
           "Each print call flushes immediately, so the log file is always up to date.",
           "In Python stdout is always unbuffered."),
          ("print does not flush unless flush=True is passed.",
           "print(msg, flush=True) flushes the stream immediately.",
           "stdout is line-buffered on a terminal and block-buffered when piped.",
           "print never flushes on its own when stdout is a pipe.",
           "Run python -u and stdout is unbuffered."),
          ("python",)),
    Entry("py_readline_eof_none",
          "file.readline() keeps the trailing newline and returns an empty string '' at end "
          "of file (a blank line is '\\n'), never None",
          r"^(?!.*\b(blank|empty|whitespace) lines?\b)(?:.*?)(?:"
          r"\breadlines?\b" + _ARGS + r"`?" + _NC + r"{0,40}" + _RETURNS + r" (none|null|"
          r"-\s?1|false)\b"
          r"|\breadline\b" + _ARGS + r"`?" + _NC + r"{0,20}\b(strips?|removes?|drops?|"
          r"discards?)\b (the |any )?(trailing )?(newline|line break|\\n|end-of-line)"
          r"|\breadline\b" + _ARGS + r"`?" + _NC + r"{0,30}\b(raises?|throws?)\b[^.;]{0,15}"
          r"\b(eoferror|stopiteration)\b)",
          "Python Library Reference, io.IOBase.readline and the Tutorial, 7.2.1 Methods of "
          "File Objects ('a newline character (\\n) is left at the end of the string ... if "
          "f.readline() returns an empty string, the end of the file has been reached')",
          ("readline returns None at the end of the file.",
           "f.readline() strips the trailing newline.",
           "At EOF, readline raises EOFError.",
           "line = f.readline() gives None once the file is exhausted.",
           "readline() removes the newline, so line == 'done' works."),
          ("readline returns an empty string at the end of the file.",
           "f.readline() keeps the trailing newline.",
           "input() raises EOFError at the end of input, unlike readline.",
           "readline() does not strip the newline, so call rstrip.",
           "A blank line read by readline is '\\n', not ''.",
           ("TextFile's readline() returns None for end-of-file, since an empty string might "
            "be a blank line.")),
          ("python",), code_lacks=r"\bdef readline\b"),
    Entry("py_re_sub_first_only",
          "re.sub (and Pattern.sub) replaces every non-overlapping match unless count is given "
          "(count=0, the default, means all)",
          r"^(?!.*\bcount\s*=\s*[1-9])(?:.*?)(?:"
          r"\b(re\.|\.)?subn?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(replaces?|substitutes?|"
          r"changes?)\b[^.;]{0,25}\bonly\b[^.;]{0,10}\b(the )?first\b"
          r"|\b(re\.|\.)?subn?\b" + _ARGS + r"`?" + _NC + r"{0,40}\bonly (replaces?|"
          r"substitutes?|changes?)\b[^.;]{0,25}\b(the )?first\b"
          r"|\b(re\.|\.)?subn?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(replaces?|substitutes?)\b "
          r"(just )?(the )?first (match|occurrence)\b)",
          "Python Library Reference, re.sub ('Return the string obtained by replacing the "
          "leftmost non-overlapping occurrences of pattern in string by the replacement repl "
          "... If omitted or zero, all occurrences will be replaced')",
          ("re.sub replaces only the first match unless you pass a count.",
           "re.sub(r'\\s+', ' ', s) only replaces the first run of whitespace.",
           "pattern.sub('-', text) replaces just the first occurrence.",
           "re.sub only substitutes the first match by default.",
           "re.sub(r'\\d', '#', s) changes only the first digit."),
          ("re.sub replaces every match unless you pass a count.",
           "re.sub(r'\\s+', ' ', s, count=1) replaces only the first run of whitespace.",
           "re.sub does not replace only the first match; it replaces all of them.",
           "JavaScript's replace with a string replaces only the first match.",
           "re.search finds only the first match."),
          ("python",)),
    Entry("py_re_split_drops_groups",
          "re.split with capturing parentheses in the pattern also returns the text of every "
          "group between the fields: re.split(r'(,)', 'a,b') is ['a', ',', 'b']",
          r"\b(re\.|\.)split\(r?['\"][^'\"]{0,30}\([^?][^'\"]{0,30}['\"][^)]{0,40}\)`?" + _NC +
          r"{0,60}\b(only|just)\b[^.;]{0,15}\b(fields|parts|pieces|words|items)\b"
          r"|\bre\.split\b" + _NC + r"{0,60}\b(drops?|discards?|removes?|omits?|leaves? out|"
          r"never (returns?|includes?|keeps?))\b[^.;]{0,30}\b(separators?|delimiters?|groups?|"
          r"matches)\b[^.;]{0,50}\b(capturing|capture|group|parenthes[ie]s)\b",
          "Python Library Reference, re.split ('If capturing parentheses are used in pattern, "
          "then the text of all groups in the pattern are also returned as part of the "
          "resulting list')",
          ("re.split drops the separators even when the pattern has a capturing group.",
           "re.split(r'(,)', s) returns only the fields, without the commas.",
           "re.split(r'(\\s+)', line) gives just the words.",
           "re.split never returns the delimiters, even with a capture group in the pattern.",
           "re.split removes the matched separators even with capturing parentheses."),
          ("re.split keeps the separators when the pattern has a capturing group.",
           "re.split(r',', s) returns only the fields, without the commas.",
           "re.split(r'(?:,)', s) returns just the fields.",
           "re.split(r'(,)', s) returns the fields and the commas between them.",
           "str.split drops the separators."),
          ("python",)),
    Entry("py_decimal_float_exact",
          "Decimal(0.1), built from a float, holds the float's exact binary value "
          "(0.1000000000000000055511151231257827...), not one tenth: build it from the string "
          "'0.1'",
          r"\bdecimal\((0?\.\d+|\d+\.\d+|(the |a )?float\w*)\)`?" + _NC + r"{0,20}\b(is|equals?|"
          r"gives?|holds?|stores?|represents?)\b (exactly|precisely)\b"
          r"|\bdecimal\((0?\.\d+|\d+\.\d+)\)`?" + _NC + r"{0,20}(==|\bequals?\b)\s*"
          r"decimal\(['\"]"
          r"|\b(passing|giving|converting) (the |a )?float\b(?:[^.;]|\.(?=\w)){0,25}\b(to|into) "
          r"(a )?decimal\b"
          + _NC + r"{0,30}\b(exact\w*|precise\w*)\b"
          r"|\bdecimal\b" + _NC + r"{0,40}\b(removes?|fix(es)?|gets? rid of|eliminates?)\b[^.;]{0,20}"
          r"\b(the )?(float(ing[- ]point)? )?(error|imprecision|rounding)\b[^.;]{0,20}\bfloat\b",
          "Python Library Reference, decimal ('Decimal(0.1) ... "
          "Decimal('0.1000000000000000055511151231257827021181583404541015625')'; 'Construction "
          "from an integer or a float performs an exact conversion of the value of that integer "
          "or float')",
          ("Decimal(0.1) is exactly 0.1.",
           "Passing the float 0.1 to Decimal gives exactly one tenth.",
           "Decimal(0.1) == Decimal('0.1') is True.",
           "Converting a float into a Decimal makes it exact.",
           "Decimal(0.1) represents exactly the value 0.1."),
          ("Decimal('0.1') is exactly 0.1.",
           "Decimal(0.1) is not exactly 0.1; it keeps the float's binary error.",
           "Decimal(0.1) holds the exact binary value of the float.",
           "Build it with Decimal('0.1') rather than Decimal(0.1).",
           "Decimal arithmetic on strings is exact in base ten."),
          ("python",)),
    Entry("py_mixed_type_ordering",
          "In Python 3, ordering comparisons between unrelated types (an int and a str, None "
          "and a number) raise TypeError, so sorting a list that mixes them raises TypeError",
          r"^(?!.*\bpython ?2\b)(?:.*?)(?:"
          r"\bnone\s*(<|>|<=|>=)\s*-?\d+`?" + _NC + r"{0,10}\b(is|returns?|gives?|evaluates to)\b "
          r"(true|false)\b"
          r"|-?\d+\s*(<|>|<=|>=)\s*none`?" + _NC + r"{0,10}\b(is|returns?|gives?|evaluates to)\b "
          r"(true|false)\b"
          r"|\bsort\w*\b[^.;]{0,40}\b(ints?|integers?|numbers?)\b (and|with) (strings?|strs?|"
          r"none)\b" + _NC + r"{0,40}\b(puts?|places?|orders?|sorts?|comes?|goes?)\b[^.;]{0,30}"
          r"\b(before|after|first|last)\b"
          r"|\bnone\b" + _NC + r"{0,30}\b(sorts?|goes|comes)\b (first|last|before|after)\b"
          r"|\b(strings?|strs?|none)\b (and|with) (ints?|integers?|numbers?)\b" + _NC +
          r"{0,30}\b(sorts?|are sorted|get sorted)\b[^.;]{0,20}\b(by type|fine|without error)\b)",
          "Python Language Reference, 6.10.1 Value comparisons ('the <, >, >= and <= operators "
          "would raise a TypeError when comparing objects of different types that do not "
          "implement that comparison'); What's New in Python 3.0, Ordering Comparisons",
          ("Sorting a list of ints and strings puts the numbers before the strings.",
           "None < 1 is True in Python 3, so None sorts first.",
           "sorted() on a list with numbers and None puts None last.",
           "When sorting ints with strings, Python orders the ints first.",
           "1 < None evaluates to False."),
          ("Sorting a list of ints and strings raises TypeError in Python 3.",
           "None < 1 raises TypeError in Python 3.",
           "None does not sort first; the comparison raises TypeError.",
           "Sorting ints puts the smaller numbers first.",
           "In Python 2, None sorts before numbers, but Python 3 raises."),
          ("python",)),
    Entry("py_tuple_contents_frozen",
          "A tuple's immutability is shallow: it cannot be rebound item by item, but a mutable "
          "object inside it (a list, a dict) can still be changed, t[0].append(4) included",
          r"\btuples?\b" + _NC + r"{0,40}\b(so|therefore|hence|which means)\b[^.;]{0,20}\b(the "
          r"|a |its |any )?(lists?|dicts?|dictionar(y|ies)|sets?|objects?|elements?|contents?) "
          r"(inside|in|within|held by|stored in)\b[^.;]{0,15}\b(cannot|can not|ca not) be "
          r"(modified|changed|mutated|appended)"
          r"|\b(because|since|as) \w+ is a tuple\b[^.;]{0,15},?\s*\w+\[\d\]\.(append|extend|"
          r"update|add|pop|clear)\([^)]*\)" + _NC + r"{0,20}\b(raises?|throws?|fails?)\b"
          r"|\btuples?\b" + _NC + r"{0,20}\b(is|are)\b (deeply|fully|recursively|completely) "
          r"immutable\b"
          r"|\b(lists?|dicts?) (inside|in|within) (a|the) tuple\b" + _NC + r"{0,20}\b(is|are|"
          r"becomes?)\b (also |then )?(immutable|frozen|read-only|unchangeable)\b",
          "Python Language Reference, 3.1 Objects, values and types ('the value of an "
          "immutable container object that contains a reference to a mutable object can change "
          "when the latter's value is changed') and the Programming FAQ, 'Why does a_tuple[i] "
          "+= [item] raise an exception when the addition works?'",
          ("A tuple is immutable, so the list inside it cannot be modified.",
           "Because t is a tuple, t[0].append(4) raises a TypeError.",
           "Tuples are deeply immutable.",
           "The list inside the tuple becomes immutable too.",
           "A tuple is immutable, therefore the dicts stored in it can't be changed."),
          ("A tuple is immutable, but the list inside it can be modified.",
           "t[0] = 4 raises a TypeError because t is a tuple.",
           "Tuples are not deeply immutable.",
           "The list inside the tuple is still mutable.",
           "A frozenset is immutable, so nothing can be added to it."),
          ("python",)),
    Entry("py_dict_resize_in_loop",
          "Adding or removing keys of a dict (or items of a set) while iterating over it raises "
          "RuntimeError ('dictionary changed size during iteration'); iterate over list(d) "
          "or a copy",
          r"^(?!.*(\b(list|tuple|sorted|dict)\(|\bcop(y|ies)\b))(?:.*?)(?:"
          r"\b(adding|inserting|deleting|removing|popping)\b[^.;]{0,30}\b(keys?|entries|items?|"
          r"elements?)\b[^.;]{0,20}\b(to|into|from|of|in)\b[^.;]{0,10}\b(a|the)\b[^.;]{0,10}\b(dict|"
          r"dictionary|set)\b[^.;]{0,25}\b(while|during|inside|in)\b[^.;]{0,25}\b(iterat\w*|"
          r"loop\w*)\b" + _NC + r"{0,30}\b(is fine|is safe|works|is allowed|is ok|is harmless|"
          r"without (an )?error)\b)",
          "Python Library Reference, Mapping Types ('Iterating views while adding or deleting "
          "entries in the dictionary may raise a RuntimeError or fail to iterate over all "
          "entries'); the RuntimeError 'dictionary changed size during iteration'",
          ("Adding keys to a dict while iterating over it is fine in Python.",
           "Deleting entries from the dict inside the for loop over it works without error.",
           "Removing items from a set while looping over it is safe.",
           "Popping keys from the dictionary during iteration is allowed.",
           "Inserting entries into the dict while iterating over it works."),
          ("Adding keys to a dict while iterating over it raises RuntimeError.",
           "Deleting entries from the dict while iterating over list(d) is fine.",
           "Changing the values of a dict while iterating over it is fine.",
           "Removing items from a set while looping over it is not safe.",
           "Adding keys to the dict during the loop raises RuntimeError."),
          ("python",)),
    Entry("py_bytes_equals_str",
          "In Python 3 bytes and str never compare equal (b'abc' == 'abc' is False) and do not "
          "mix in concatenation: decode or encode first",
          r"^(?!.*\b(decod|encod)\w*)(?:.*?)(?:"
          r"\bb['\"]\w*['\"]\s*==\s*['\"]\w*['\"](?!\.encode)`?" + _NC + r"{0,20}\b(is|returns?|gives?|"
          r"evaluates to)\b (true)\b"
          r"|\bbytes( object| value| string)?s?\b" + _NC + r"{0,30}\b(compares?|is|are|tests?)\b "
          r"equal (to|with) (the |a |an )?(str|string|text)\b"
          r"|\b(str|string)s?\b" + _NC + r"{0,30}\b(compares?|is|are)\b equal (to|with) (the |a )?"
          r"bytes\b)",
          "Python Library Reference, Binary Sequence Types and -b ('issue a warning when "
          "comparing bytes or bytearray with str'); What's New in Python 3.0, Text Vs. Data "
          "Instead Of Unicode Vs. 8-bit",
          ("b'abc' == 'abc' is True in Python 3.",
           "A bytes object compares equal to the str with the same characters.",
           "The bytes value is equal to the string 'ok', so the check passes.",
           "The str compares equal to the bytes read from the socket.",
           "bytes compare equal to a str with the same ASCII text."),
          ("b'abc' == 'abc' is False in Python 3.",
           "A bytes object never compares equal to a str.",
           "b'abc' == 'abc'.encode() is True.",
           "The decoded bytes are equal to the string 'ok'.",
           "A bytes object is not equal to the str with the same characters."),
          ("python",)),
    Entry("py_codec_default_ascii",
          "str.encode() and bytes.decode() use UTF-8 when no encoding is given (since Python "
          "3.0), not ASCII or Latin-1",
          r"\b(str\.|\.)?(en|de)code\(\)`?" + _NC + r"{0,30}\b(uses?|defaults? to|is|assumes?)\b"
          r"[^.;]{0,15}\b(ascii|latin-?1|iso-8859-1|the (system|platform|locale)('s)? "
          r"(encoding|charset|locale))\b"
          r"|\b(default|defaults) (encoding|codec) (of|for) (str\.)?(en|de)code\b" + _NC +
          r"{0,15}\b(is|are)\b[^.;]{0,10}\b(ascii|latin-?1)\b",
          "Python Library Reference, str.encode and bytes.decode ('encoding defaults to "
          "'utf-8'')",
          ("str.encode() uses ASCII by default.",
           "bytes.decode() defaults to latin-1.",
           "name.encode() is ASCII, so the é raises UnicodeEncodeError.",
           "data.decode() uses the platform's encoding.",
           "The default encoding for decode is ascii."),
          ("str.encode() uses UTF-8 by default.",
           "bytes.decode('ascii') raises on the é.",
           "name.encode() does not use ASCII; it uses UTF-8.",
           "open() uses the locale's encoding by default.",
           "The default encoding for decode is utf-8."),
          ("python",)),
    Entry("py_sort_key_per_comparison",
          "sort and sorted call the key function exactly once per element (n calls), not once "
          "per comparison",
          r"\bkey\b( function| callable| argument)?" + _NC + r"{0,40}\b(called|invoked|invokes?|"
          r"calls?|runs?|evaluated|computed|recomputed)\b" + _NC + r"{0,25}\b(on|for|during|at)\b (every|each|all) "
          r"(the )?comparisons?\b"
          r"|\b(calls?|invokes?|runs?|evaluates?|recomputes?)\b (the )?key\b( function)?[^.;]"
          r"{0,10}\b(on|for|during|at|in) (every|each|all) (the )?comparisons?\b"
          r"|\bkey\b( function)?" + _NC + r"{0,40}\b(called|invoked|runs?)\b[^.;]{0,15}"
          r"(cxlinearithmic|n log n times)",
          "Python Sorting HOWTO, Key Functions ('The value of the key parameter should be a "
          "function ... that takes a single argument and returns a key to use for sorting "
          "purposes. This technique is fast because the key function is called exactly once "
          "for each input record')",
          ("The key function is called on every comparison, so it runs O(n log n) times.",
           "sorted calls the key function for each comparison.",
           "The key is recomputed for every comparison the sort makes.",
           "sort(key=len) invokes len during each comparison.",
           "Python runs the key function on all comparisons, so an expensive key is slow."),
          ("The key function is called once per element, not on every comparison.",
           "sorted calls the key function exactly once for each element.",
           "A cmp_to_key comparator is called for each comparison.",
           "The key function is not called on every comparison.",
           "The comparator in Java's sort runs for each comparison."),
          ("python",)),
    Entry("py_string_order_case_insensitive",
          "Python compares strings by code point, character by character: upper case sorts "
          "before lower case ('Banana' < 'apple') and digit strings compare as text ('10' < "
          "'9'); use key=str.lower (or casefold) or int for another order",
          r"^(?!.*(\bkey\s*=|\.lower\b|\bcasefold\b|\blocale))(?:.*?)(?:"
          r"\b(string|str|text)\b (comparison|ordering|sorting|compares?)\b" + _NC + r"{0,30}"
          r"\b(ignores?|is insensitive to|disregards?)\b (the )?case\b"
          r"|\b(string|str) (comparison|ordering|sorting)\b" + _NC + r"{0,20}\b(is )?"
          r"case-?insensitive\b"
          r"|\bcompares?\b (numeric |number-like |digit )?strings?\b" + _NC + r"{0,10}\b"
          r"(numerically|as numbers)\b"
          r"|['\"]\d+['\"]\s*<\s*['\"]\d+['\"]`?" + _NC + r"{0,10}\bis (true|false) because\b"
          r"[^.;]{0,30}\b(numeric\w*|as numbers|by value)\b)",
          "Python Language Reference, 6.10.1 Value comparisons ('Strings ... are compared "
          "lexicographically using the numeric Unicode code points (the result of the built-in "
          "function ord()) of their characters'); Sorting HOWTO (key=str.casefold)",
          ("'apple' < 'Banana' is True because string comparison ignores case.",
           "'10' < '9' is False because Python compares numeric strings numerically.",
           "String sorting is case-insensitive in Python.",
           "sorted(names) compares strings numerically when they hold digits.",
           "String comparison ignores the case of the letters."),
          ("'apple' < 'Banana' is False because string comparison uses code points.",
           "'10' < '9' is True because strings compare character by character.",
           "String comparison does not ignore case.",
           "sorted(names, key=str.lower) makes the string sorting case-insensitive.",
           "sorted(ids, key=int) compares the values as numbers."),
          ("python",)),
    Entry("py_logging_info_default",
          "The root logger's default level is WARNING: without configuration (basicConfig, "
          "setLevel) logging.info and logging.debug print nothing",
          r"\blogging\.(info|debug)\b" + _ARGS + r"`?" + _NC + r"{0,30}\b(prints?|shows?|"
          r"outputs?|writes?|logs?|displays?|appears?)\b" + _NC + r"{0,30}\bby default\b"
          r"|\bby default\b[^.;]{0,30}\b(root logger|logging|logger)\b" + _NC + r"{0,20}"
          r"\b(shows?|prints?|outputs?|emits?|logs?|displays?)\b[^.;]{0,10}\b(info|debug)\b"
          r"|\b(default|root logger's default|logging's default) (log )?level\b" + _NC +
          r"{0,20}\b(is)\b (info|debug|notset)\b",
          "Python Logging HOWTO ('The default level is WARNING, which means that only events "
          "of this severity and higher will be tracked, unless the logging package is "
          "configured to do otherwise')",
          ("logging.info prints the message by default.",
           "By default the root logger shows info messages.",
           "The default log level is INFO.",
           "logging.debug('x') writes to the console by default.",
           "By default logging prints info and debug messages."),
          ("logging.info prints nothing by default, since the level is WARNING.",
           "By default the root logger shows warnings and errors.",
           "The default log level is WARNING.",
           "After basicConfig(level=logging.INFO), logging.info prints the message.",
           "logging.warning prints the message by default."),
          ("python",)),
    Entry("py_json_dumps_non_ascii",
          "json.dumps escapes every non-ASCII character (é becomes \\u00e9) unless "
          "ensure_ascii=False",
          r"^(?!.*ensure_ascii\s*=\s*false)(?:.*?)(?:"
          r"\bjson\.dumps?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(writes?|keeps?|leaves?|outputs?|"
          r"emits?|preserves?)\b[^.;]{0,20}\b(non-?ascii|unicode|accented|utf-?8)\b[^.;]{0,30}"
          r"\b(as (is|they are)|unescaped|untouched|by default|intact|verbatim)\b"
          r"|\bjson\.dumps?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(never|does not) escapes?\b"
          r"[^.;]{0,20}\b(non-?ascii|unicode|accented)\b"
          r"|\bjson\.dumps?\b" + _ARGS + r"`?" + _NC + r"{0,40}\bkeeps? (['\"])?\S{1,3}(['\"])? "
          r"unescaped unless\b[^.;]{0,10}\bensure_ascii\b)",
          "Python Library Reference, json.dump ('If ensure_ascii is true (the default), the "
          "output is guaranteed to have all incoming non-ASCII characters escaped')",
          ("json.dumps writes non-ASCII characters as they are by default.",
           "json.dumps keeps 'é' unescaped unless you pass ensure_ascii.",
           "json.dumps(data) leaves accented letters untouched.",
           "json.dump outputs unicode text as is.",
           "json.dumps preserves the UTF-8 characters intact."),
          ("json.dumps escapes non-ASCII characters by default.",
           "json.dumps(data, ensure_ascii=False) writes non-ASCII characters as they are.",
           "json.dumps does not keep 'é' as is; it writes \\u00e9.",
           "json.dumps turns é into \\u00e9 unless ensure_ascii is false.",
           "JSON.stringify writes non-ASCII characters as they are."),
          ("python",)),
    Entry("py_json_dumps_set_datetime",
          "json.dumps raises TypeError on a set, a datetime, a Decimal or any object the "
          "encoder does not know ('Object of type set is not JSON serializable'); pass "
          "default= or convert first",
          r"^(?!.*(\bdefault\s*=|\bcls\s*=|\b(list|sorted|str|isoformat|float)\())(?:.*?)(?:"
          r"\bjson\.dumps?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(turns?|converts?|serializ\w*|"
          r"encodes?|writes?|outputs?)\b[^.;]{0,15}\b(a |the )?(sets?|frozensets?|datetimes?|"
          r"dates?|decimals?|tuples? of sets|objects?|instances?)\b[^.;]{0,10}\b(as|into|to)\b "
          r"(an? )?(json |iso )?(arrays?|lists?|strings?|iso|numbers?|objects?|dicts?)\b"
          r"|\bjson\.dumps?\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(handles?|supports?|accepts?)\b"
          r"[^.;]{0,10}\b(sets|datetimes?|dates|decimals)\b)",
          "Python Library Reference, json.JSONEncoder (the conversion table lists dict, list, "
          "tuple, str, int, float, True, False and None; 'If specified, default should be a "
          "function that gets called for objects that can't otherwise be serialized'); "
          "json.dumps raises TypeError otherwise",
          ("json.dumps turns a set into a JSON array.",
           "json.dumps serializes a datetime as an ISO string.",
           "json.dumps(tags) converts the set to a list.",
           "json.dumps handles datetimes for us.",
           "json.dump writes the Decimal as a number."),
          ("json.dumps raises TypeError on a set.",
           "json.dumps(list(tags)) turns the set into a JSON array.",
           "json.dumps with default=str serializes a datetime as a string.",
           "json.dumps does not turn a set into a JSON array.",
           "json.dumps turns a tuple into a JSON array."),
          ("python",)),
    Entry("py_isclose_zero",
          "math.isclose defaults to rel_tol=1e-09 and abs_tol=0.0, so comparing with zero is "
          "True only for exactly zero: isclose(1e-12, 0) is False unless abs_tol is given",
          r"\bisclose\(\s*[^,()]{1,30},\s*0(\.0)?\s*\)`?" + _NC + r"{0,40}\b(is|returns?|gives?)"
          r"\b (true)\b"
          r"|\bisclose\b" + _NC + r"{0,40}\b(zero|0\.0)\b" + _NC + r"{0,30}\b(returns? true|is "
          r"true|works|succeeds)\b[^.;]{0,30}\b(tiny|small|near|default tolerances?)\b",
          "Python Library Reference, math.isclose ('abs_tol ... must be at least zero'; 'The "
          "default tolerance ... abs_tol ... 0.0'; 'isclose(a, 0) ... for values near zero ... "
          "abs_tol ... must be specified')",
          ("math.isclose(x, 0) is True for any tiny x like 1e-12.",
           "isclose(1e-10, 0.0) returns True with the default tolerances.",
           "math.isclose(residual, 0) returns True when the residual is tiny.",
           "isclose(err, 0) is true because err is so small.",
           "isclose against zero returns true for tiny values with the default tolerances."),
          ("math.isclose(x, 0) is False for x = 1e-12 unless abs_tol is given.",
           "isclose(1e-10, 0.0, abs_tol=1e-9) returns True.",
           "math.isclose(0.1 + 0.2, 0.3) returns True.",
           "isclose(err, 0) is false even though err is tiny.",
           "isclose with zero needs abs_tol."),
          ("python",)),
    Entry("py_open_default_utf8",
          "open() in text mode without encoding= uses the locale's preferred encoding "
          "(locale.getencoding(), e.g. cp1252 on Windows), not always UTF-8; pass "
          "encoding='utf-8'",
          r"^(?!.*(\bencoding\s*=|\butf-?8 mode\b|-x ?utf-?8|pythonutf8))(?:.*?)(?:"
          r"\bopen\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(always|on every (platform|system|"
          r"machine)|everywhere)\b" + _NC + r"{0,30}\b(utf-?8)\b"
          r"|\bopen\b" + _ARGS + r"`?" + _NC + r"{0,30}\b(defaults? to|uses?|reads?|decodes?)"
          r"\b[^.;]{0,25}\butf-?8\b[^.;]{0,20}\b(by default|always|on (every|any) platform)\b"
          r"|\bdefault encoding (of|for) open(\(\))?\b" + _NC + r"{0,20}\b(is|always)\b[^.;]"
          r"{0,10}\butf-?8\b(?![^.;]{0,40}\b(mode|3\.15|pep 686)\b))",
          "Python Library Reference, open ('In text mode, if encoding is not specified the "
          "encoding used is platform-dependent: locale.getencoding() is called to get the "
          "current locale encoding'); PEP 597",
          ("open() always reads text files as UTF-8.",
           "The default encoding of open is always utf-8 on every platform.",
           "open(path) decodes the file as UTF-8 by default.",
           "open uses UTF-8 by default on every platform.",
           "open(path, 'r') always decodes utf-8."),
          ("open() uses the locale encoding unless encoding='utf-8' is passed.",
           "open(path, encoding='utf-8') always reads the file as UTF-8.",
           "open(path, encoding='utf-8') reads the file as UTF-8.",
           "open() does not always use UTF-8.",
           "str.encode() uses UTF-8 by default.",
           "The default encoding of open depends on the platform."),
          ("python",)),
    Entry("py_len_counts_bytes",
          "len() of a Python str counts code points, not bytes: len('héllo') is 5 and "
          "len('héllo'.encode()) is 6",
          r"^(?!.*(\bbytes (object|value|string)|\bbytearray\b|\bencode\(|\bb['\"]|\bbuffer\b|"
          r"\bmemoryview\b))(?:.*?)(?:"
          r"(?<![\w(])len\((s|\w+|['\"][^'\"]{0,20}['\"])\)(?!\))`?\s+(returns?|gives?|counts?|"
          r"is)\b (the )?(number of )?(utf-?8 )?bytes\b(?! object)"
          r"|\blen\(['\"][^'\"]{0,20}['\"]\)`? is \d+ because\b[^.;]{0,20}\btakes? (two|2|three|"
          r"3) bytes\b)",
          "Python Library Reference, Text Sequence Type str ('Strings are immutable sequences "
          "of Unicode code points'); len(s.encode('utf-8')) for the byte count",
          ("len(s) returns the number of bytes in the string.",
           "len('héllo') is 6 because é takes two bytes.",
           "len(name) counts bytes, so the emoji counts as 4.",
           "len(text) gives the number of UTF-8 bytes.",
           "len(word) is the bytes of the word."),
          ("len(s) returns the number of code points in the string.",
           "len(s.encode()) returns the number of bytes.",
           "len(data) returns the number of bytes, since data is a bytes object.",
           "len(s) does not count bytes.",
           "sock.recv_into(b) reads up to len(b) bytes into the buffer and returns the count.",
           "len('héllo') is 5, and its UTF-8 encoding takes 6 bytes."),
          ("python",)),
    Entry("py_lru_cache_unhashable",
          "functools.lru_cache and cache key on the arguments in a dict, so every argument "
          "must be hashable: a list or dict argument raises TypeError",
          r"(?<!\w)(lru_cache|functools\.cache|@cache)\b" + _NC + r"{0,40}\b(works?|is fine|"
          r"handles?|accepts?|cach(es)?)\b[^.;]{0,15}\b(with |on )?(lists?|dicts?|dictionar"
          r"(y|ies)|sets?|unhashable)\b"
          r"|(?<!\w)(lru_cache|functools\.cache|@cache)\b" + _NC + r"{0,30}\b(hashes|converts|"
          r"copies)\b[^.;]{0,10}\b(the )?(lists?|dicts?)\b",
          "Python Library Reference, functools.lru_cache ('Since a dictionary is used to cache "
          "results, the positional and keyword arguments to the function must be hashable')",
          ("lru_cache works with list arguments.",
           "functools.cache hashes the list argument so it can be cached.",
           "@lru_cache accepts dict arguments.",
           "lru_cache caches calls with lists fine.",
           "@cache handles unhashable arguments by converting them."),
          ("lru_cache does not work with list arguments; they raise TypeError.",
           "functools.cache needs hashable arguments, so pass a tuple instead of a list.",
           "lru_cache works with tuple arguments.",
           "@lru_cache raises TypeError when given a dict argument.",
           "Convert the list to a tuple so lru_cache can cache it."),
          ("python",)),
    Entry("py_equal_numbers_two_keys",
          "Numbers that compare equal hash equal, so 1, 1.0 and True are one dict key (and one "
          "set member): {1: 'a', 1.0: 'b'} is {1: 'b'}",
          r"\b1\b(?! ?\.\d) (and|or) 1\.0\b" + _NC + r"{0,40}\b(separate|different|distinct|two)"
          r"\b[^.;]{0,10}\b(keys?|entries|members|elements)\b"
          r"|\b1\.0\b (and|or) 1\b(?! ?\.\d)" + _NC + r"{0,40}\b(separate|different|distinct|two)"
          r"\b[^.;]{0,10}\b(keys?|entries|members|elements)\b"
          r"|\b(int|integer) (and|or) (a |the )?float\b[^.;]{0,30}\bequal\b[^.;]{0,30}" + _NC +
          r"{0,20}\b(separate|different|distinct)\b (dict(ionary)? )?(keys?|entries)\b"
          # the shapes: '`{1: 'a', 1.0: 'b'}` stores two keys', 'keys 1, 1.0 and True give three
          # entries'
          r"|\bkeys? 1, 1\.0,? and true\b[^.;]{0,10}\b(has|holds|keeps|gives) (three|3|separate)"
          r"\b"
          r"|\{1: [^,}]+, 1\.0: [^}]+\}`? (stores|has|holds|keeps|contains) (two|2)( separate| d"
          r"istinct)? (keys|entries|items)\b",
          "Python Library Reference, Mapping Types ('Numeric types used for keys obey the "
          "normal rules for numeric comparison: if two numbers compare equal (such as 1 and "
          "1.0) then they can be used interchangeably to index the same dictionary entry')",
          ("`{1: 'x', 1.0: 'y'}` holds two distinct entries.",
           'A dict built with keys 1, 1.0 and True keeps three items.',
           "The dict ends up with both 1 and 1.0 as separate keys.",
           "1 and 1.0 are different keys in a dict.",
           "1.0 and 1 are two distinct set members.",
           "A set holding 1 and 1.0 keeps two elements.",
           "An int and a float that are equal are separate dictionary keys."),
          ("`{1: 'x', 1.0: 'y'}` holds one entry whose value is 'y'.",
           'A dict built with keys 1, 1.0 and True keeps one item, under the key 1.',
           "1 and 1.0 are the same key in a dict.",
           "1 and 1.5 are different keys in a dict.",
           "1 and 1.0 are not separate keys.",
           "A set holding 1 and 2 keeps two elements.",
           "'1' and 1 are different keys in a dict."),
          ("python",)),
    # --- JavaScript and TypeScript (MDN, ECMAScript, Node) -----------------------------------
    Entry("js_typeof_nan",
          "typeof NaN is 'number': NaN is a value of the Number type (test it with "
          "Number.isNaN)",
          r"\btypeof nan\b`?" + _NC + r"{0,20}(\b(is|returns?|gives?|evaluates to)\b|===?)\s*"
          r"['\"`]?(nan|undefined|object|not a number|invalid)\b"
          r"|\bnan\b" + _NC + r"{0,20}\b(is not|isn't) (a |of )?(the )?(number|numeric) "
          r"(type|value)\b",
          "MDN, NaN ('NaN is a property of the global object ... typeof NaN === \"number\"') "
          "and typeof",
          ("typeof NaN is 'NaN'.",
           "typeof NaN returns 'undefined'.",
           "typeof NaN evaluates to 'object'.",
           "typeof NaN === 'NaN', so the check catches bad input.",
           "typeof NaN gives 'not a number'."),
          ("typeof NaN is 'number'.",
           "Number.isNaN(x) returns true for NaN.",
           "typeof NaN is not 'NaN'.",
           "typeof null is 'object'.",
           "typeof undefined returns 'undefined'."),
          ("javascript", "typescript")),
    Entry("js_stringify_undefined_null",
          "JSON.stringify omits object properties whose value is undefined, a function or a "
          "symbol (in an array they become null), and JSON.stringify(undefined) returns "
          "undefined",
          r"^(?!.*(\[\s*undefined|\barrays?\b|\belements?\b))(?:.*?)(?:"
          r"\bjson\.stringify\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(writes?|turns?|converts?|"
          r"serializ\w*|encodes?|outputs?|keeps?)\b[^.;]{0,25}\bundefined\b[^.;]{0,25}"
          r"\b(as|into|to) (a )?null\b"
          r"|\bjson\.stringify\(\{\s*\w+\s*:\s*undefined\s*\}\)`?" + _NC + r"{0,15}" + _RETURNS +
          r"\s*['\"`]\{\s*\"\w+\"\s*:\s*null\s*\}"
          r"|\bjson\.stringify\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(keeps?|includes?|"
          r"preserves?)\b[^.;]{0,20}\b(undefined|function)( values?| properties)?\b)",
          "MDN, JSON.stringify ('undefined, Function, and Symbol values are not valid JSON "
          "values. If any such values are encountered during conversion, they are either "
          "omitted (when found in an object) or changed to null (when found in an array)')",
          ("JSON.stringify writes undefined properties as null.",
           "JSON.stringify({a: undefined}) gives '{\"a\":null}'.",
           "JSON.stringify keeps undefined values in the output.",
           "JSON.stringify(user) turns the undefined email into null.",
           "JSON.stringify converts undefined fields to null."),
          ("JSON.stringify omits undefined properties.",
           "JSON.stringify({a: undefined}) gives '{}'.",
           "JSON.stringify writes null properties as null.",
           ("JSON.stringify([undefined]) turns the undefined element into null, not an object "
            "property."),
           "JSON.stringify does not keep undefined values."),
          ("javascript", "typescript")),
    Entry("js_date_now_seconds",
          "Date.now() (and getTime(), valueOf()) returns milliseconds since the epoch, not "
          "seconds: divide by 1000 for a Unix timestamp",
          r"^(?!.*(/\s*1000|/\s*1e3))(?:.*?)(?:"
          r"\b(date\.now\(\)|\.gettime\(\)|new date\(\)\.valueof\(\))`?" + _NC + r"{0,30}"
          r"\b(returns?|gives?|is|counts?|yields?)\b" + _NC + r"{0,25}\bseconds\b)",
          "MDN, Date.now ('returns the number of milliseconds elapsed since the epoch')",
          ("Date.now() returns seconds since the epoch.",
           "Date.now() gives the Unix time in seconds.",
           "d.getTime() returns the number of seconds since 1970.",
           "Date.now() is seconds, so adding 3600 is an hour.",
           "new Date().valueOf() gives seconds since the epoch."),
          ("Date.now() returns milliseconds since the epoch.",
           "Math.floor(Date.now() / 1000) gives the Unix time in seconds.",
           "Date.now() does not return seconds.",
           "time.time() returns seconds since the epoch.",
           "d.getTime() returns milliseconds, not seconds."),
          ("javascript", "typescript")),
    Entry("js_readfilesync_string",
          "fs.readFileSync and fs.readFile (and fs.promises.readFile) return a Buffer unless "
          "an encoding such as 'utf8' is given",
          r"^(?!.*(['\"]utf-?8['\"]|\bencoding\s*:|['\"](ascii|latin1|base64|hex|utf16le)['\"]|"
          r"\btostring\())(?:.*?)(?:"
          r"\breadfile(sync)?\b(\([^),]{0,40}\))?`?" + _NC + r"{0,40}" + _RETURNS +
          r" (a |the )?(string|text|the file( contents| text)? as a string)\b)",
          "Node.js documentation, fs.readFileSync ('If the encoding option is specified then "
          "this function returns a string. Otherwise it returns a buffer')",
          ("fs.readFileSync(path) returns a string.",
           "readFileSync without an encoding gives the file's text as a string.",
           "fs.readFile(path) yields a string, so split works on it.",
           "readFileSync(file) gives a string of the contents.",
           "await fs.promises.readFile(path) returns the text."),
          ("fs.readFileSync(path, 'utf8') returns a string.",
           "readFileSync without an encoding returns a Buffer.",
           "fs.readFileSync(path) does not return a string.",
           "fs.readFile(path, 'utf8') yields a string.",
           "readFileSync(file, { encoding: 'utf8' }) gives a string."),
          ("javascript", "typescript")),
    Entry("js_bigint_number_mix",
          "Arithmetic mixing a BigInt and a Number throws TypeError ('Cannot mix BigInt and "
          "other types'); convert one side explicitly",
          r"\b(adding|multiplying|subtracting|mixing|combining)\b (a )?bigints?\b (and|with|to) "
          r"(a |regular )?numbers?\b" + _NC + r"{0,40}\b(converts?|coerces?|works?|gives?|"
          r"returns?|is fine|promotes?)\b"
          r"|\b\d+n\s*[-+*/]\s*\d+(?!n)\b`?" + _NC + r"{0,15}\b(gives?|is|returns?|evaluates to|"
          r"===?)\s*\d+n?\b"
          r"|\bbigints?\b" + _NC + r"{0,30}\b(is|are)\b (automatically |silently |implicitly )?"
          r"(converted|coerced) (to|into) (a )?numbers?( automatically| implicitly| silently)? "
          r"(when|in|during)\b",
          "MDN, BigInt ('A BigInt value cannot be used with methods in the built-in Math "
          "object and cannot be mixed with a Number value in operations; they must be coerced "
          "to the same type'); TypeError: can't convert BigInt to number",
          ("Adding a BigInt and a Number converts the BigInt to a number.",
           "10n + 1 gives 11.",
           "Mixing a BigInt with a number works fine.",
           "A BigInt is converted to a number automatically when it is added to one.",
           "2n * 3 is 6."),
          ("Adding a BigInt and a Number throws a TypeError.",
           "10n + 1n gives 11n.",
           "10n + BigInt(1) gives 11n.",
           "Mixing a BigInt with a number does not work.",
           "Number(10n) + 1 is 11."),
          ("javascript", "typescript")),
    Entry("js_set_dedupes_objects",
          "A JavaScript Set (and Map keys) compare by SameValueZero, i.e. objects by identity: "
          "two distinct objects with the same properties are two elements",
          r"\bnew set\(\s*\[\s*\{[^}]{0,40}\}\s*,\s*\{[^}]{0,40}\}\s*\]\s*\)`?" + _NC +
          r"{0,20}\b(has|contains|holds|keeps)\b (one|1|a single|only one) (element|item|entry|"
          r"value|object)\b"
          r"|\b(a |the )?(js |javascript )?(set|map)\b" + _NC + r"{0,30}\b(removes?|drops?|"
          r"dedup\w*|merges?)\b[^.;]{0,20}\b(duplicate|equal|identical)\b[^.;]{0,10}\bobjects?"
          r"\b[^.;]{0,30}\b(same|equal|identical) (properties|fields|contents|values|keys)\b"
          r"|\b(set|map)\b" + _NC + r"{0,30}\b(compares?|match(es)?|checks?)\b (the )?(objects|"
          r"keys|elements)\b[^.;]{0,15}\bby (value|contents|their properties|structure)\b",
          "MDN, Set ('A value in the set may only occur once ... Value equality is based on "
          "the SameValueZero algorithm') and Equality comparisons and sameness (objects are "
          "equal only to themselves)",
          ("new Set([{a: 1}, {a: 1}]) has one element.",
           "A Set removes duplicate objects with the same properties.",
           "The Set compares the objects by value.",
           "new Set([{ id: 1 }, { id: 1 }]) contains one object.",
           "The Map compares keys by their properties, so {id: 1} finds the entry."),
          ("new Set([{a: 1}, {a: 1}]) has two elements.",
           "A Set removes duplicate strings.",
           "The Set compares objects by reference, not by value.",
           "new Set([1, 1, 2]) contains two values.",
           "A Set does not remove objects with the same properties."),
          ("javascript", "typescript")),
    Entry("js_parseint_zero_octal",
          "Since ECMAScript 5, parseInt without a radix reads a leading 0 as decimal: "
          "parseInt('08') is 8 and parseInt('010') is 10 (only 0x means hexadecimal); pass the "
          "radix anyway",
          r"\bparseint\(\s*['\"`]0[89]['\"`]\s*\)`?" + _NC + r"{0,30}(\b(is|returns?|gives?|"
          r"evaluates to)\b|===?)\s*(0|nan)\b(?!\.\d)"
          r"|\bparseint\(\s*['\"`]01[01]['\"`]\s*\)`?" + _NC + r"{0,30}(\b(is|returns?|gives?|"
          r"evaluates to)\b|===?)\s*[89]\b(?!\.\d)"
          r"|\bparseint\b" + _NC + r"{0,30}\b(treats?|reads?|parses?|interprets?)\b[^.;]{0,30}"
          r"\b(leading zero|leading 0)\b[^.;]{0,10}\bas octal\b"
          r"|\bparseint\b" + _NC + r"{0,50}\b(leading zero|leading 0|starting with (a )?0|"
          r"starting with (a )?zero|begins? with (a )?(0|zero))\b[^.;]{0,30}\b(means?|treats?|"
          r"reads?|parses?|are|is)\b[^.;]{0,15}\boctal\b"
          r"|\b(leading zero|leading 0|starting with (a )?0|starting with (a )?zero)\b"
          r"[^.;]{0,20}\b(means?|are|is)\b (read as |parsed as )?octal\b[^.;]{0,30}\bparseint\b",
          "ECMAScript Language Specification, parseInt (since ES5 a leading 0 no longer selects "
          "octal: 'If R = 0 ... R = 10' unless the string starts with 0x); MDN, parseInt "
          "('octal interpretation has been removed from ECMAScript 5')",
          ("parseInt('08') returns 0 because the leading zero means octal.",
           "parseInt('010') is 8.",
           "parseInt('010') is 8 since numbers starting with 0 are octal.",
           "parseInt treats a string with a leading zero as octal.",
           "parseInt('09') gives 0."),
          ("parseInt('08') returns 8.",
           "parseInt('010', 8) is 8.",
           "parseInt('0x10') is 16.",
           "parseInt does not treat a leading zero as octal since ES5.",
           "In C, a literal with a leading zero is octal."),
          ("javascript", "typescript")),
    # --- Go (the specification, package documentation) ---------------------------------------
    Entry("go_string_index_rune",
          "Indexing a Go string, s[i], gives the i-th byte (a uint8), not a rune; only "
          "for range over a string decodes runes (and []rune(s) converts)",
          r"\b(indexing( into)?|index into|subscripting)\b (a |the )?(go )?string\b" + _NC + r"{0,30}"
          r"\b(returns?|gives?|yields?)\b (you )?(a |an |the )?(character|rune|unicode "
          r"character|code point|letter)\b"
          r"|\b(s|str|name|word)\[\w+\]`?" + _NC + r"{0,20}\b(is|gives?|returns?|yields?)\b "
          r"(you )?(a |an |the )?(i-?th |first |last |\w+ )?(character|rune|code point|letter)\b"
          r"(?! of type byte)",
          "The Go Programming Language Specification, Index expressions ('For a of string "
          "type: a[x] is the non-constant byte value at index x and the type of a[x] is byte'); "
          "For statements with range clause",
          ("Indexing a Go string returns a character (a rune).",
           "s[0] is the first character of s as a rune.",
           "name[i] gives the i-th rune.",
           "Indexing into a string gives you a Unicode character.",
           "s[i] returns the i-th character as a rune."),
          ("Indexing a Go string returns a byte.",
           "s[0] gives the first byte of s, not a rune.",
           "[]rune(s)[0] is the first character of s.",
           "for range over a string yields each rune.",
           "Indexing a string does not return a rune."),
          ("go",)),
    Entry("go_time_parse_strftime",
          "time.Parse and Time.Format take a layout written as the reference time Mon Jan 2 "
          "15:04:05 MST 2006 (\"2006-01-02\"), not strftime codes (%Y-%m-%d) or YYYY-MM-DD",
          r"(\btime\.parse\b|\b\w+\.format\(|\btime\.format\b)" + _NC + r"{0,50}(%[a-z]\b|"
          r"\bstrftime\b|['\"](yyyy|yy|dd|hh)[^'\"]{0,20}['\"])"
          r"|(%[a-z]\b|\bstrftime\b|['\"](yyyy|yy|dd|hh)[^'\"]{0,20}['\"])" + _NC + r"{0,50}"
          r"\btime\.parse\b",
          "Go package time, Constants ('These are predefined layouts for use in Time.Format "
          "and time.Parse. The reference time used in these layouts is the specific time stamp: "
          "01/02 03:04:05PM '06 -0700')",
          ("time.Parse uses format codes like %Y-%m-%d.",
           "The layout \"YYYY-MM-DD\" tells time.Parse the format.",
           "time.Parse takes strftime directives such as %H:%M.",
           "Pass \"yyyy-MM-dd\" as the layout to time.Parse.",
           "Go's time.Parse accepts %Y for the year."),
          ("time.Parse uses a reference date like 2006-01-02 as its layout.",
           "The layout \"2006-01-02\" tells time.Parse the format.",
           "time.Parse does not take strftime codes like %Y.",
           "Python's strptime uses format codes like %Y-%m-%d.",
           "t.Format(\"15:04\") prints the hour and minute."),
          ("go",)),
    Entry("go_time_parse_local",
          "time.Parse returns a UTC time when the string has no zone or offset (use "
          "time.ParseInLocation for local time)",
          r"\btime\.parse\b(?!inlocation)" + _NC + r"{0,60}\b(returns?|gives?|interprets?|"
          r"treats?|reads?|is|uses?|assumes?)\b" + _NC + r"{0,30}\b(local time|local (time )?zone|"
          r"machine('s)? (time )?zone|time\.local|system('s)? (time )?zone)\b"
          r"|\b(without|with no|lacking|missing) (a )?(time )?zone\b[^.;]{0,20}\btime\.parse\b"
          + _NC + r"{0,30}\b(local)\b",
          "Go package time, Parse ('In the absence of a time zone indicator, Parse returns a "
          "time in UTC'); ParseInLocation",
          (("time.Parse returns the time in the local time zone when there is no zone in the "
            "string."),
           "Without a zone, time.Parse interprets the string as local time.",
           "time.Parse assumes the machine's time zone.",
           "time.Parse(layout, s) gives a time in time.Local.",
           "time.Parse treats the timestamp as local time."),
          ("time.Parse returns a UTC time when there is no zone in the string.",
           "time.ParseInLocation interprets the string as local time.",
           "Use ParseInLocation with time.Local, since time.Parse assumes UTC.",
           "time.Parse does not return local time.",
           "t.Local() converts the parsed time to local time."),
          ("go",)),
    Entry("go_json_bytes_array",
          "encoding/json encodes a []byte as a base64 string, not an array of numbers, and "
          "decodes a base64 string into a []byte",
          r"\b(json\.marshal|encoding/json|json\.newencoder|json)\b" + _NC + r"{0,40}\[\]byte\b"
          r"[^.;]{0,30}\b(as|into|to)\b (an? |the )?(json )?(array|list) of (numbers|integers|"
          r"ints|bytes)\b"
          r"|\[\]byte\b( field| value)?" + _NC + r"{0,30}\b(is|are|gets?)\b (encoded|marshall?ed|"
          r"serialized|written) (as|into|to) (an? |the )?(json )?(array|list) of (numbers|"
          r"integers|ints|bytes)\b",
          "Go package encoding/json, Marshal ('Array and slice values encode as JSON arrays, "
          "except that []byte encodes as a base64-encoded string')",
          ("json.Marshal writes a []byte as an array of numbers.",
           "A []byte field is encoded as a JSON array of integers.",
           "encoding/json turns []byte into an array of bytes.",
           "The []byte value gets marshalled as a list of numbers.",
           "json.Marshal encodes the []byte payload as an array of ints."),
          ("json.Marshal writes a []byte as a base64 string.",
           "A []int field is encoded as a JSON array of integers.",
           "A []byte field is not encoded as an array of numbers.",
           "json.Marshal encodes []uint16 as an array of numbers.",
           "encoding/json turns []byte into base64."),
          ("go",)),
    Entry("go_json_nil_slice_array",
          "encoding/json encodes a nil slice (and a nil map) as null, an empty non-nil slice "
          "as []",
          r"\bnil (slices?|maps?)\b" + _NC + r"{0,30}\b(marshals?|encodes?|serializ\w*|becomes?|"
          r"is (encoded|marshall?ed|written))\b[^.;]{0,15}\b(to |as |into )?(an? )?(\[\]|\{\}|"
          r"empty (json )?(array|list|object))"
          r"|\b(json\.marshal|encoding/json)\b" + _NC + r"{0,30}\b(encodes?|writes?|turns?)\b (a )?"
          r"nil (slice|map)\b[^.;]{0,10}\b(as|to|into) (an? )?(\[\]|\{\}|empty)",
          "Go package encoding/json, Marshal ('Array and slice values encode as JSON arrays, "
          "except that []byte encodes as a base64-encoded string, and a nil slice encodes as "
          "the null JSON value'; 'a nil map encodes as the null JSON value')",
          ("A nil slice marshals to [].",
           "json.Marshal encodes a nil slice as an empty array.",
           "A nil map is encoded as {}.",
           "The nil slice becomes an empty JSON array.",
           "encoding/json writes a nil slice as []."),
          ("A nil slice marshals to null.",
           "An empty slice marshals to [], but a nil slice to null.",
           "json.Marshal encodes a nil slice as null.",
           "A nil slice does not marshal to [].",
           "make([]int, 0) is encoded as an empty array."),
          ("go",)),
    Entry("go_json_case_sensitive",
          "json.Unmarshal matches object keys to struct fields or tags case-insensitively "
          "(preferring an exact match), so \"name\" fills Name",
          r"\b(json\.)?unmarshal\b" + _NC + r"{0,40}\b(is|are)\b (strictly )?case[- ]?sensitive\b"
          r"|\b(json )?keys?\b" + _NC + r"{0,20}\bmust match\b[^.;]{0,30}\b(case|exactly)\b"
          r"[^.;]{0,30}\b(unmarshal|decod|fill)\w*\b"
          r"|\b(unmarshal|decod)\w*\b" + _NC + r"{0,40}\b(will not|does not|won't|cannot) "
          r"fill\b[^.;]{0,20}\bbecause\b[^.;]{0,20}\bcase\b",
          "Go package encoding/json, Unmarshal ('Unmarshal matches incoming object keys to the "
          "keys used by Marshal (either the struct field name or its tag), preferring an exact "
          "match but also accepting a case-insensitive match')",
          ("JSON keys must match the field name's case exactly for Unmarshal to fill it.",
           "json.Unmarshal is case-sensitive, so \"name\" will not fill the Name field.",
           "Unmarshal is strictly case-sensitive about keys.",
           "The keys must match the struct field names exactly, including case, for decoding.",
           "json.Unmarshal is case sensitive."),
          ("json.Unmarshal is case-insensitive, so \"name\" fills the Name field.",
           "Unmarshal prefers an exact match but accepts a case-insensitive one.",
           "json.Unmarshal is not case-sensitive about keys.",
           "Map keys in Go are case-sensitive.",
           "Unmarshal does not fill unexported fields."),
          ("go",)),
    Entry("go_json_unknown_fields_error",
          "json.Unmarshal ignores object keys that match no struct field; only a Decoder with "
          "DisallowUnknownFields reports them",
          r"\b(json\.)?unmarshal\b" + _NC + r"{0,40}\b(returns?|gives?|raises?|fails?|errors?)\b"
          r"[^.;]{0,30}\b(unknown|extra|unexpected|unrecognized) (fields?|keys?)\b"
          r"|\b(json\.)?unmarshal\b" + _NC + r"{0,20}\bfails?\b[^.;]{0,20}\bwhen\b[^.;]{0,30}"
          r"\b(keys?|fields?)\b[^.;]{0,20}\b(struct|type) (does not|doesn't) have\b",
          "Go package encoding/json, Unmarshal ('By default, object keys which don't have a "
          "corresponding struct field are ignored (see Decoder.DisallowUnknownFields for an "
          "alternative)')",
          ("json.Unmarshal returns an error for unknown fields.",
           "Unmarshal fails when the JSON has a key the struct does not have.",
           "json.Unmarshal errors on extra keys.",
           "Unmarshal gives an error for unexpected fields in the payload.",
           "unmarshal fails on unknown keys."),
          ("json.Unmarshal ignores unknown fields.",
           "A Decoder with DisallowUnknownFields returns an error for unknown fields.",
           "json.Unmarshal does not return an error for unknown fields.",
           "Unmarshal returns an error for malformed JSON.",
           "Unmarshal fails when a value has the wrong type."),
          ("go",)),
    Entry("buffered_writer_unflushed",
          "A buffered writer (Go's bufio.Writer, Java's BufferedWriter and BufferedOutputStream) "
          "holds data in memory until it is full or flushed; nothing flushes it at program exit "
          "unless Flush/flush/close is called",
          r"\b(bufio\.(new)?writer|bufferedwriter|bufferedoutputstream|buffered writer)\b" +
          _NC + r"{0,40}\b(writes?|sends?|goes|puts?)\b[^.;]{0,30}\b(directly|immediately|straight"
          r"|right away)\b"
          r"|\b(bufio\.(new)?writer|bufferedwriter|bufferedoutputstream|buffered writer)\b" + _NC
          + r"{0,60}\b(flush\w*|close)\b[^.;]{0,10}\b(is|are)\b (not )?(needed|required|"
          r"necessary)\b(?<!not needed)(?<!not required)(?<!not necessary)"
          r"|\b(without|no) (flush|close)( or (flush|close))?\b[^.;]{0,20}\b(bufio\.(new)?writer|"
          r"bufferedwriter|bufferedoutputstream)\b" + _NC + r"{0,30}\b(still )?(writes?|"
          r"flushes|gets? written)\b[^.;]{0,30}\b(everything|all|the data|to disk|when the "
          r"program (ends|exits))\b",
          "Go package bufio, Writer ('After all data has been written, the client should call "
          "the Flush method to guarantee all data has been forwarded to the underlying "
          "io.Writer'); Java SE API, BufferedWriter and Writer.flush",
          ("bufio.Writer writes directly to the file.",
           "Without Flush, bufio.NewWriter still writes everything when the program ends.",
           "BufferedWriter writes each line to the file immediately.",
           "Without close or flush, BufferedWriter still writes everything to disk.",
           "A buffered writer sends the bytes straight to the socket."),
          ("bufio.Writer keeps the data in memory until Flush.",
           "Without Flush, bufio.NewWriter loses what is still buffered when the program ends.",
           "BufferedWriter does not write each line immediately.",
           "An unbuffered os.File writes directly to the file.",
           "Call Flush, since the buffered writer does not write directly to the file."),
          ("go", "java")),
    Entry("go_scanner_unlimited",
          "bufio.Scanner stops with ErrTooLong on a token longer than its buffer "
          "(MaxScanTokenSize, 64 KiB, by default); call Scanner.Buffer for longer lines or use "
          "bufio.Reader",
          r"\b(bufio\.)?scanner\b" + _NC + r"{0,40}\b(reads?|handles?|accepts?|scans?|supports?)"
          r"\b[^.;]{0,15}\b(lines?|tokens?) of any (length|size)\b"
          r"|\b(bufio\.)?scanner\b" + _NC + r"{0,30}\bhas no (limit|maximum|max)\b[^.;]{0,20}"
          r"\b(line|token)"
          r"|\b(bufio\.)?scanner\b" + _NC + r"{0,30}\b(grows|resizes) (its buffer )?(without "
          r"limit|as (much as )?needed|indefinitely)\b",
          "Go package bufio, Scanner ('Scanning stops unrecoverably at EOF, the first I/O "
          "error, or a token too large to fit in the Scanner.Buffer'); MaxScanTokenSize",
          ("bufio.Scanner can read lines of any length.",
           "Scanner has no limit on line length.",
           "The scanner grows its buffer as needed, so long lines are fine.",
           "bufio.Scanner handles tokens of any size.",
           "scanner reads lines of any length from the file."),
          ("bufio.Scanner cannot read lines of any length; it stops at 64 KiB by default.",
           "After scanner.Buffer(buf, 1<<20), the scanner reads lines up to 1 MiB.",
           "bufio.Reader's ReadString reads lines of any length.",
           "Scanner has a limit on line length.",
           "scanner.Err() reports ErrTooLong for a long line."),
          ("go",)),
    Entry("go_regexp_lookaround",
          "Go's regexp (RE2 syntax) has no lookahead, lookbehind or backreferences; it "
          "guarantees linear time instead",
          r"\b(go'?s? regexp|regexp\.(must)?compile|regexp (package|in go)|go regex\w*|"
          r"regexp)\b" + _NC + r"{0,30}\b(supports?|handles?|allows?|has|understands?)\b"
          + _NC + r"{0,15}\b(look-?ahead|look-?behind|lookaround|back-?references?|\\\d)\b",
          "Go package regexp ('The syntax of the regular expressions accepted is the same "
          "general syntax used by Perl, Python, and other languages ... it is the syntax "
          "accepted by RE2'); RE2 Syntax ((?=re) and \\1 NOT SUPPORTED)",
          ("Go's regexp supports lookahead.",
           "regexp in Go supports backreferences like \\1.",
           "regexp.MustCompile handles lookbehind such as (?<=\\$).",
           "The regexp package has lookaround.",
           "regexp.Compile allows backreferences."),
          ("Go's regexp does not support lookahead.",
           "Python's re supports backreferences like \\1.",
           "The regexp package has no lookaround, as RE2 runs in linear time.",
           "regexp.MustCompile supports non-greedy quantifiers.",
           "Java's Pattern supports lookbehind."),
          ("go",)),
    Entry("go_body_autoclosed",
          "An http.Response's Body must be closed by the caller (defer resp.Body.Close()); "
          "it is not closed automatically, and an unclosed body keeps its connection from "
          "being reused",
          r"\b(resp(onse)?\.body|response body|the body)\b" + _NC + r"{0,30}\b(is|gets)\b "
          r"(closed|released) (automatically|for you|by the (garbage collector|gc|runtime|"
          r"client))\b"
          r"|\b(no need|do not need|don't need|not necessary|unnecessary) to close\b[^.;]{0,20}"
          r"\b(resp(onse)?\.body|the (response )?body)\b"
          r"|\bgarbage collector\b" + _NC + r"{0,20}\bcloses?\b[^.;]{0,20}\bbody\b",
          "Go package net/http ('The caller must close the response body when finished with "
          "it'); Client.Do ('If the Body is not both read to EOF and closed, the Client's "
          "underlying RoundTripper (typically Transport) may not be able to re-use a persistent "
          "TCP connection')",
          ("The response body is closed automatically, so there is no need to call Close.",
           "There is no need to close resp.Body; the garbage collector does it.",
           "resp.Body is closed by the client when the function returns.",
           "The garbage collector closes the body for us.",
           "The body gets closed automatically after the handler reads it."),
          ("The response body is not closed automatically, so call Close.",
           "defer resp.Body.Close() closes the response body.",
           "The server closes the request body for a handler.",
           "resp.Body must be closed by the caller.",
           "There is a need to close resp.Body even when it is not read."),
          ("go",)),
    Entry("go_strings_builder_copy",
          "A strings.Builder (like sync.Mutex and bytes.Buffer's users) must not be copied "
          "once written to: writing through a copy of a non-zero Builder panics; pass a "
          "*strings.Builder",
          r"\b(copying|passing) (a |the )?(non-zero |non-empty |used )?strings\.builder\b"
          r"( by value)?" + _NC + r"{0,20}\b(is )?(fine|safe|ok|harmless|allowed|works)\b"
          r"|\bstrings\.builder\b" + _NC + r"{0,30}\b(can|may) be (safely )?(passed by value|"
          r"copied)\b",
          "Go package strings, Builder ('The zero value is ready to use. Do not copy a non-zero "
          "Builder'); copyCheck panics with 'illegal use of non-zero Builder copied by value'",
          ("Copying a strings.Builder is fine.",
           "A strings.Builder can be passed by value and written to from the copy.",
           "Passing a strings.Builder by value is safe.",
           "Copying a non-zero strings.Builder is harmless.",
           "strings.Builder may be copied."),
          ("Copying a non-zero strings.Builder is not fine; it panics on the next write.",
           "Pass a *strings.Builder, since a strings.Builder cannot be copied.",
           "Copying a string is fine.",
           "The zero strings.Builder is ready to use.",
           "Passing a pointer to the strings.Builder is safe."),
          ("go",)),
    # --- Java (Java SE API) --------------------------------------------------------------------
    Entry("java_min_value_negative",
          "Double.MIN_VALUE and Float.MIN_VALUE are the smallest positive values (4.9e-324 and "
          "1.4e-45), not the most negative; the most negative is -Double.MAX_VALUE",
          r"\b(double|float)\.min_value\b" + _NC + r"{0,30}\b(is|are|means|gives?|holds?)\b"
          + _NC + r"{0,20}\b(most negative|lowest|negative|smallest (possible )?(double|float|"
          r"number|value)(?! greater| above| bigger))\b",
          "Java SE API, Double.MIN_VALUE ('A constant holding the smallest positive nonzero "
          "value of type double, 2^-1074')",
          ("Double.MIN_VALUE is the most negative double.",
           "Double.MIN_VALUE is a large negative number.",
           "Float.MIN_VALUE holds the lowest float.",
           "Double.MIN_VALUE means the smallest possible double, so max starts there.",
           "Double.MIN_VALUE is negative."),
          ("Double.MIN_VALUE is the smallest positive double.",
           "Integer.MIN_VALUE is the most negative int.",
           "Double.MIN_VALUE is not negative.",
           "-Double.MAX_VALUE is the most negative double.",
           "Double.MIN_VALUE is the smallest double greater than zero."),
          ("java",)),
    Entry("java_length_code_points",
          "String.length() counts UTF-16 code units: a character outside the Basic "
          "Multilingual Plane (most emoji) counts 2; codePointCount counts code points",
          r"\b(string\.)?length\(\)`?" + _NC + r"{0,30}\b(returns?|counts?|gives?|is)\b[^.;]{0,15}"
          r"\b(code ?points|unicode characters|characters as the user sees them|graphemes)\b"
          r"|\b(string\.)?length\(\)`?" + _NC + r"{0,50}\beven (for|with) (an? )?(emoji|"
          r"supplementary)",
          "Java SE API, String.length ('Returns the length of this string. The length is equal "
          "to the number of Unicode code units in the string') and codePointCount",
          ("String.length() returns the number of Unicode characters, even for emoji.",
           "length() counts code points.",
           "s.length() gives the number of code points.",
           "name.length() counts graphemes.",
           "text.length() returns code points, so an emoji counts once."),
          ("String.length() returns the number of UTF-16 code units.",
           "codePointCount counts code points.",
           "length() does not count code points.",
           "s.codePoints().count() gives the number of code points.",
           "list.length() returns the number of items."),
          ("java",)),
    Entry("java_localdatetime_zone",
          "LocalDateTime has no time zone or offset and is not an instant on the time-line; "
          "ZonedDateTime, OffsetDateTime or Instant are",
          r"\blocaldatetime\b" + _NC + r"{0,30}\b(stores?|has|holds?|keeps?|carries|includes?|"
          r"contains?|knows?)\b (a |the |its )?((system|machine|local|jvm|default)('s)? )?"
          r"(default )?(time ?zone|offset|zone)\b"
          r"|\blocaldatetime\b" + _NC + r"{0,30}\b(represents?|is|identifies?)\b (an? |the )?"
          r"(instant|point|moment)\b[^.;]{0,10}\b(on the time-?line|in time)?",
          "Java SE API, java.time.LocalDateTime ('A date-time without a time-zone in the "
          "ISO-8601 calendar system ... This class does not store or represent a time-zone. "
          "... It cannot represent an instant on the time-line without additional information "
          "such as an offset or time-zone')",
          ("LocalDateTime stores a time zone.",
           "A LocalDateTime represents an instant on the timeline.",
           "LocalDateTime.now() keeps the system's time zone in the value.",
           "The LocalDateTime carries its offset, so it converts correctly.",
           "LocalDateTime is a point in time."),
          ("LocalDateTime does not store a time zone.",
           "A ZonedDateTime stores a time zone.",
           "An Instant represents an instant on the timeline.",
           "LocalDateTime has no offset, so use atZone to get one.",
           "OffsetDateTime carries its offset."),
          ("java",)),
    Entry("java_simpledateformat_thread_safe",
          "SimpleDateFormat (and DateFormat, Calendar) is not thread-safe: a shared static "
          "instance gives wrong dates under concurrency; DateTimeFormatter is immutable and "
          "thread-safe",
          r"\b(simpledateformat|dateformat)\b" + _NC + r"{0,30}\b(is|are)\b (perfectly )?"
          r"(thread-? ?safe|safe to share|safe (across|between|for) (threads|concurren\w*))\b"
          r"|\b(sharing|reusing) (one|a|the|a single) (static )?(simpledateformat|dateformat)\b"
          r"[^.;]{0,30}\b(threads?)\b" + _NC + r"{0,20}\b(is )?(safe|fine|ok)\b",
          "Java SE API, SimpleDateFormat ('Date formats are not synchronized. It is recommended "
          "to create separate format instances for each thread'); DateTimeFormatter ('This "
          "class is immutable and thread-safe')",
          ("SimpleDateFormat is thread-safe, so it can be a static shared field.",
           "Sharing one SimpleDateFormat between threads is safe.",
           "DateFormat is safe to share across threads.",
           "A static SimpleDateFormat is thread safe because it is never modified.",
           "Reusing a single SimpleDateFormat in all threads is fine."),
          ("SimpleDateFormat is not thread-safe, so it cannot be a static shared field.",
           "DateTimeFormatter is thread-safe.",
           "Sharing one DateTimeFormatter between threads is safe.",
           "Sharing one SimpleDateFormat between threads is not safe.",
           "Use a ThreadLocal SimpleDateFormat, since SimpleDateFormat is not thread-safe."),
          ("java",)),
    Entry("java_catch_exception_catches_errors",
          "catch (Exception e) does not catch Errors (OutOfMemoryError, StackOverflowError, "
          "AssertionError): they extend Throwable, not Exception",
          r"\bcatch\s*\(\s*exception\b[^)]{0,10}\)`?" + _NC + r"{0,40}\b(catch(es)?|handles?|"
          r"traps?)\b[^.;]{0,30}\b(\w+error|errors|throwables?|everything)\b"
          r"|\b(catching|catch(es)?) exception\b" + _NC + r"{0,30}\b(also )?(catch(es)?|handles?|"
          r"includes?)\b[^.;]{0,20}\b(outofmemoryerror|stackoverflowerror|assertionerror|"
          r"errors)\b",
          "Java SE API, java.lang.Error ('An Error is a subclass of Throwable that indicates "
          "serious problems that a reasonable application should not try to catch'); JLS 11.1.1 "
          "The Kinds of Exceptions",
          ("catch (Exception e) catches everything, including StackOverflowError.",
           "catch (Exception e) will catch an OutOfMemoryError.",
           "The catch (Exception ex) block handles every throwable.",
           "Catching Exception also catches AssertionError.",
           "catch (Exception e) traps errors as well as exceptions."),
          ("catch (Exception e) does not catch StackOverflowError.",
           "catch (Throwable t) catches everything, including StackOverflowError.",
           "catch (Exception e) catches IOException and RuntimeException.",
           "catch (Error e) handles an OutOfMemoryError.",
           "Catching Exception does not include OutOfMemoryError."),
          ("java",)),
    Entry("java_future_get_unwrapped",
          "Future.get() wraps the task's exception in an ExecutionException (the original is "
          "its getCause()); CompletableFuture.join wraps it in a CompletionException",
          r"(\bfuture\.get|\.get|\bget)\(\)`?" + _NC + r"{0,30}\b(rethrows?|re-throws?|throws?|"
          r"propagates?|raises?)\b[^.;]{0,25}\b(original|task's|same|underlying)\b[^.;]{0,10}"
          r"\b(exception|ioexception|error)\b"
          r"|\bfuture\.get\(\)`?" + _NC + r"{0,30}\b(throws?|rethrows?)\b (the )?(\w+exception)"
          r"\b[^.;]{0,15}\bthrown by the (task|callable)\b(?<!executionexception thrown by the "
          r"task)",
          "Java SE API, Future.get ('Throws: ExecutionException - if the computation threw an "
          "exception'); ExecutionException ('Exception thrown when attempting to retrieve the "
          "result of a task that aborted by throwing an exception. This exception can be "
          "inspected using the Throwable.getCause() method')",
          ("future.get() rethrows the task's original exception.",
           "future.get() throws the IOException thrown by the task.",
           "f.get() propagates the same exception the callable threw.",
           "Calling get() rethrows the underlying exception unchanged.",
           "future.get() raises the original IOException."),
          ("future.get() wraps the task's exception in an ExecutionException.",
           "e.getCause() is the original exception from the task.",
           "future.get() does not rethrow the original exception.",
           "future.get() throws an ExecutionException whose cause is the IOException.",
           "map.get() returns null for a missing key."),
          ("java",)),
    Entry("java_matches_whole_string",
          "String.matches and Matcher.matches require the whole string to match (as if "
          "anchored by ^ and $); Matcher.find looks for the pattern anywhere",
          r"\b(string\.|\.|matcher\.)?matches\b(\([^)]{0,60}\))?`?" + _NC + r"{0,30}\b(finds?|"
          r"searches|looks? for|checks? for|detects?)\b[^.;]{0,25}\b(anywhere|somewhere|any "
          r"(part|substring))\b"
          r"|\b(string\.|\.|matcher\.)?matches\b(\([^)]{0,60}\))?`?" + _NC + r"{0,30}\b(is|returns?)"
          r"\b true\b[^.;]{0,20}\b(since|because|as|when)\b[^.;]{0,25}\b(contains?|has|includes?)"
          r"\b",
          "Java SE API, String.matches ('Tells whether or not this string matches the given "
          "regular expression'; equivalent to Pattern.matches) and Matcher.matches ('Attempts "
          "to match the entire region against the pattern'), Matcher.find",
          ("String.matches finds the pattern anywhere in the string.",
           "\"abc123\".matches(\"\\\\d+\") is true since the string contains digits.",
           "line.matches(\"error\") checks for the word anywhere in the line.",
           "matches returns true when the input contains the pattern.",
           "matcher.matches() searches for any substring that fits."),
          ("String.matches requires the whole string to match.",
           "matcher.find() finds the pattern anywhere in the string.",
           "matches does not find the pattern anywhere; it needs a full match.",
           "\"123\".matches(\"\\\\d+\") is true since every character is a digit.",
           "str.contains(\"error\") checks for the word anywhere in the line."),
          ("java",)),
    Entry("java_aslist_add",
          "Arrays.asList returns a fixed-size list backed by the array: set works and writes "
          "through, but add and remove throw UnsupportedOperationException",
          r"^(?!.*\b(new (array|linked)list|list\.copyof|stream\(\)|tolist\(\)))(?:.*?)(?:"
          r"\barrays\.aslist\b" + _NC + r"{0,40}\b(returns?|gives?|is)\b[^.;]{0,15}\b(list|"
          r"arraylist)\b[^.;]{0,20}\b(you can|that can|which can)\b[^.;]{0,10}\b(add|remove|"
          r"grow)\b"
          r"|\b(add|remove|adding|removing)\w*\b[^.;]{0,40}\barrays\.aslist\b" + _NC + r"{0,30}"
          r"\b(works?|is fine|succeeds?|grows?)\b"
          r"|\barrays\.aslist\b" + _NC + r"{0,40}\b(is|are)\b (a )?(resizable|growable|"
          r"java\.util\.arraylist)\b)"
          # the shapes: 'you can add and remove elements on the list from Arrays.asList', 'it is
          # independent of the array'
          r"|\b(can|may) (add|remove|append|insert)( and (add|remove|append|insert))? (elements?"
          r"|items?|values?)?\b[^.;]{0,30}\barrays\.aslist\b"
          r"|\.add\([^)]*\)`? (grows|extends|appends to|adds to|works on)\b[^.;]{0,30}\barrays\."
          r"aslist\b"
          r"|\barrays\.aslist\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b("
          r"gives|returns|creates|makes|produces) (a |an )?(java\.util\.arraylist|independent|se"
          r"parate)\b"
          r"|\barrays\.aslist\b[^.;]{0,40}\b(independent|separate|detached) (of|from) the (array"
          r"|original)\b",
          "Java SE API, Arrays.asList ('Returns a fixed-size list backed by the specified "
          "array'); AbstractList.add ('This implementation always throws an "
          "UnsupportedOperationException')",
          ('You may append items to what Arrays.asList returns.',
           'The list from Arrays.asList is detached from the original array.',
           "Arrays.asList returns a list you can add to.",
           "Calling add on the list from Arrays.asList works.",
           "Arrays.asList gives an ArrayList that can grow.",
           "The list from Arrays.asList is resizable.",
           "Removing an element from Arrays.asList(a) is fine."),
          ('You may not append items to what Arrays.asList returns; it is fixed-size.',
           ('The list from Arrays.asList is backed by the original array, not detached from '
            'it.'),
           "Arrays.asList returns a fixed-size list.",
           "Calling add on the list from Arrays.asList throws UnsupportedOperationException.",
           "new ArrayList<>(Arrays.asList(a)) returns a list you can add to.",
           "Calling set on the list from Arrays.asList works.",
           "The list from Arrays.asList is not resizable."),
          ("java",)),
    Entry("java_hashmap_null_key",
          "HashMap (and LinkedHashMap) permit one null key and null values; it is Hashtable, "
          "ConcurrentHashMap and Map.of that reject null",
          r"(?<!concurrent)(?<!linked)\bhashmaps?\b" + _NC + r"{0,30}\b(does not|do not|cannot|"
          r"can't) (allow|accept|permit|take|store|hold)\b (a )?null (keys?|values?)\b"
          r"|\b(putting|inserting|storing|adding) (a )?null (key|value)\b[^.;]{0,20}\b(in|into) "
          r"(a |the )?hashmap\b" + _NC + r"{0,20}\b(throws?|raises?|gives?)\b[^.;]{0,10}"
          r"\b(nullpointerexception|npe|an exception)\b"
          r"|(?<!concurrent)\bhashmap\.put\(null\b[^)]{0,30}\)`?" + _NC + r"{0,20}\b(throws?|"
          r"raises?)\b",
          "Java SE API, HashMap ('Hash table based implementation of the Map interface. This "
          "implementation provides all of the optional map operations, and permits null values "
          "and the null key')",
          ("HashMap does not allow a null key.",
           "Putting a null key in a HashMap throws a NullPointerException.",
           "A HashMap cannot store null values.",
           "Inserting a null value into the HashMap throws an exception.",
           "HashMaps don't accept null keys."),
          ("HashMap allows one null key.",
           "Putting a null key in a ConcurrentHashMap throws a NullPointerException.",
           "A ConcurrentHashMap cannot store null values.",
           "Hashtable does not allow a null key.",
           "HashMap does allow a null key, unlike Hashtable."),
          ("java",)),
    Entry("java_integer_cache_large",
          "Integer.valueOf (and autoboxing) is guaranteed to cache only -128 to 127: two "
          "Integers holding 1000 are normally different objects, so == on them is false; use "
          "equals",
          r"\binteger\b[^.;]{0,40}\b(1000|[2-9]\d\d|1[3-9]\d|12[89]|\d{4,})\b[^.;]{0,40}"
          r"(==|\bsame (object|instance|reference)\b)" + _NC + r"{0,30}\b(is )?(true|because of "
          r"(the )?cach\w*)"
          r"|\b(integer|autobox\w*) cach\w*\b" + _NC + r"{0,30}\b(all|every|any)\b[^.;]{0,15}"
          r"\b(integers?|values?|ints?)\b",
          "Java SE API, Integer.valueOf ('This method will always cache values in the range "
          "-128 to 127, inclusive, and may cache other values outside of this range'); JLS "
          "5.1.7 Boxing Conversion",
          ("With Integer a = 1000 and b = 1000, a == b is true.",
           "Two Integer objects holding 1000 are == because of caching.",
           "Integer x = 500 and Integer y = 500 are the same object, so x == y is true.",
           "The Integer cache covers all int values.",
           "Integer a = 128, b = 128, so a == b is true."),
          ("Integer a = 100, b = 100; a == b is true because of the cache.",
           "Integer a = 1000, b = 1000; a == b is false.",
           "Integer a = 1000, b = 1000; a.equals(b) is true.",
           "The Integer cache covers -128 to 127.",
           "int a = 1000, b = 1000; a == b compares values."),
          ("java",)),
    # --- C and C++ (C11, cppreference) ---------------------------------------------------------
    Entry("c_unsigned_overflow_ub",
          "Unsigned arithmetic in C and C++ never overflows: it wraps modulo 2^N, which is "
          "defined behaviour (UINT_MAX + 1 is 0); only signed overflow is undefined",
          r"\bunsigned\b[^.;]{0,30}\b(overflow|wrap\w*|wraparound)\b" + _NC + r"{0,20}\b(is|"
          r"causes?|invokes?|triggers?|results in)\b (also )?(undefined|ub\b)"
          r"|\b(incrementing|adding (1|one) to) (uint_max|size_max|ulong_max|an unsigned\b[^.;]"
          r"{0,20}max\w*)\b" + _NC + r"{0,20}\b(is|causes?|invokes?)\b (undefined|ub\b)"
          r"|\b(uint_max|size_max|ulong_max)\s*\+\s*1\b" + _NC + r"{0,20}\b(is|causes?|"
          r"invokes?)\b (undefined|ub\b)",
          "C11 6.2.5p9 ('A computation involving unsigned operands can never overflow, because "
          "a result that cannot be represented by the resulting unsigned integer type is "
          "reduced modulo the number that is one greater than the largest value'); "
          "cppreference, Arithmetic operators, Overflows",
          ("Unsigned integer overflow is undefined behaviour in C.",
           "Incrementing UINT_MAX is undefined behavior.",
           "UINT_MAX + 1 invokes undefined behaviour.",
           "An unsigned counter that wraps around causes undefined behavior.",
           "Adding 1 to SIZE_MAX is UB."),
          ("Unsigned integer overflow wraps modulo 2^N, which is defined.",
           "Signed integer overflow is undefined behaviour in C.",
           "Incrementing INT_MAX is undefined behavior.",
           "Unsigned overflow is not undefined behaviour.",
           "UINT_MAX + 1 is 0."),
          ("c", "cpp")),
    Entry("c_eval_order_left_to_right",
          "C and C++ leave the order in which a function's arguments and most operators' "
          "operands are evaluated unspecified (unsequenced), so f(i++, i++) is undefined; only "
          "&&, ||, the comma operator and ?: have a fixed order (C++17 adds a few)",
          r"^(?!.*(&&|\|\||\bcomma operator\b|\bjava\b|\bjavascript\b|\bpython\b|\bc#))(?:.*?)(?:"
          r"\b(function |the )?(arguments?|parameters?|operands?)\b[^.;]{0,30}\b(are|is)\b "
          r"(always )?evaluated (from )?left[- ]to[- ]right\b"
          r"|\b(c|c\+\+|the compiler)\b" + _NC + r"{0,10}\b(always )?evaluates?\b[^.;]{0,30}"
          r"\b(arguments?|operands?)\b[^.;]{0,20}\b(from )?left[- ]to[- ]right\b)",
          "C11 6.5p3 and 6.5.2.2p10 ('There is a sequence point after the evaluations of the "
          "function designator and the actual arguments but before the actual call'; the order "
          "of evaluation of the arguments is unspecified); cppreference, Order of evaluation",
          ("Function arguments are evaluated left to right in C.",
           "C evaluates the operands of + from left to right.",
           "The compiler always evaluates the arguments from left to right.",
           "The arguments of printf are always evaluated left-to-right.",
           "In C++ the operands are evaluated from left to right."),
          ("Function arguments are not evaluated in a specified order in C.",
           "The operands of && are evaluated left to right.",
           "Java evaluates the arguments left to right.",
           "The order in which the arguments are evaluated is unspecified.",
           "The compiler may evaluate the arguments in any order."),
          ("c", "cpp")),
    Entry("c_free_null_crashes",
          "free(NULL) (and delete of a null pointer) does nothing: it is defined and safe",
          r"\bfree\(\s*(null|nullptr|0)\s*\)`?" + _NC + r"{0,20}\b(crash\w*|segfaults?|is "
          r"undefined|is ub\b|causes? (undefined|a crash|a segfault)|is (an error|dangerous|"
          r"unsafe))"
          r"|\b(free|freeing|delete|deleting|calling free on)\b (on )?(a |the )?null (pointer|"
          r"ptr)\b" + _NC + r"{0,20}\b(is|causes?|invokes?)\b[^.;]{0,10}\b(undefined|ub\b|"
          r"crash\w*|a segfault|an error|unsafe)",
          "C11 7.22.3.3p2 ('If ptr is a null pointer, no action occurs'); cppreference, delete "
          "expression ('If expression evaluates to a null pointer value, no destructors are "
          "called, and the deallocation function may or may not be called ... the delete does "
          "nothing')",
          ("free(NULL) crashes the program.",
           "Calling free on a null pointer is undefined behavior.",
           "free(0) segfaults.",
           "Freeing a NULL pointer causes a crash.",
           "Deleting a null pointer is UB."),
          ("free(NULL) does nothing.",
           "Freeing a pointer twice is undefined behavior.",
           "Dereferencing a null pointer is undefined behavior.",
           "free(NULL) is not undefined.",
           "Calling free on a null pointer is safe."),
          ("c", "cpp")),
    Entry("c_feof_predicts",
          "feof() reports end of file only after a read has already failed on it, so "
          "while (!feof(f)) runs the loop body once more after the last line; test the read's "
          "own result instead",
          r"\bfeof\b(\([^)]{0,20}\))?" + _NC + r"{0,30}\b(returns? true|is (true|set)|reports?)"
          r"\b[^.;]{0,20}\bbefore\b[^.;]{0,20}\b(read|fgets|fgetc|fscanf|getc)\w*\b"
          r"|\bwhile\s*\(\s*!\s*feof\([^)]{0,20}\)\s*\)`?" + _NC + r"{0,30}\b(stops?|ends?|"
          r"finishes|exits?)\b[^.;]{0,20}\b(exactly |right )?(after|at) the (last|final) "
          r"(line|record|read|character)\b"
          r"|\bfeof\b(\([^)]{0,20}\))?" + _NC + r"{0,30}\b(predicts?|tells? (you )?(whether|if) "
          r"the next read\b)",
          "C11 7.21.10.2 (feof tests the end-of-file indicator, which a read sets when it hits "
          "end of file); C FAQ 12.2 ('Why does the code while(!feof(infp)) ... copy the last "
          "line twice?')",
          ("feof returns true before the read that hits the end of the file.",
           "while (!feof(f)) stops exactly after the last line.",
           "feof tells you whether the next read will fail.",
           "feof(fp) is set before fgets reaches the end.",
           "while (!feof(in)) ends right after the final record."),
          ("feof returns true only after a read has hit the end of the file.",
           "while (fgets(buf, n, f)) stops exactly after the last line.",
           "while (!feof(f)) does not stop after the last line; it reads once more.",
           "feof is set by the read that reaches the end.",
           "Check the result of fgets rather than feof."),
          ("c", "cpp")),
    Entry("cpp_std_move_moves",
          "std::move moves nothing: it is only a cast to an rvalue reference; the move happens "
          "when a move constructor or move assignment takes the result (and a const object is "
          "copied)",
          r"\bstd::move\b(\([^)]{0,30}\))?`?" + _NC + r"{0,30}\b(moves|transfers|relocates|"
          r"empties|clears|steals)\b"
          r"|\b(calling|using) std::move\b" + _NC + r"{0,30}\b(moves|transfers|empties|"
          r"clears)\b",
          "cppreference, std::move ('std::move is used to indicate that an object t may be "
          "\"moved from\" ... It is exactly equivalent to a static_cast to an rvalue reference "
          "type')",
          ("std::move moves the object.",
           "Calling std::move transfers the contents right away.",
           "std::move(name) empties the string.",
           "std::move(v) moves the vector into the new variable even when v is const.",
           "Using std::move clears the source."),
          ("std::move is only a cast to an rvalue reference.",
           "The move constructor moves the object.",
           "std::move does not move anything by itself.",
           "std::move(v) lets the move constructor take the vector's buffer, unlike a copy.",
           "std::swap exchanges the contents of two objects."),
          ("cpp",)),
    Entry("cpp_thread_dtor_joins",
          "Destroying a std::thread that is still joinable calls std::terminate: it neither "
          "joins nor detaches (std::jthread joins)",
          r"\b(std::)?thread\b(?!s)" + _NC + r"{0,40}\b(joins?|is joined|waits?)\b[^.;]{0,15}"
          r"\b(automatically|when it goes out of scope|on destruction|in (its|the) destructor|"
          r"for the thread to finish)\b"
          r"|\b(std::)?thread('s)? destructor\b" + _NC + r"{0,20}\b(joins?|detach(es)?|waits?)\b",
          "cppreference, std::thread::~thread ('If *this has an associated thread "
          "(joinable() == true), std::terminate() is called'); std::jthread ('automatically "
          "rejoins on destruction')",
          ("A std::thread joins automatically when it goes out of scope.",
           "The std::thread destructor waits for the thread to finish.",
           "The thread destructor detaches it.",
           "std::thread is joined on destruction.",
           "The worker std::thread joins in its destructor."),
          ("A std::jthread joins automatically when it goes out of scope.",
           "The std::thread destructor calls std::terminate if the thread is joinable.",
           "Call join before the std::thread goes out of scope.",
           "The std::thread destructor does not join.",
           "t.join() waits for the thread to finish."),
          ("cpp",)),
    Entry("cpp_delete_array_mismatch",
          "Memory from new[] must be released with delete[]; delete on it (or delete[] on "
          "new) is undefined behaviour, even for an array of ints",
          r"\b(using )?delete\b(?! ?\[\])" + _NC + r"{0,40}\b(on|for|of)\b[^.;]"
          r"{0,20}(\bnew\s*\[\]|\bnew\[|\barrays?\b)" + _NC + r"{0,40}\b(frees?|works?|is fine|is "
          r"ok|releases?|deallocates?|correctly)\b"
          r"|\bdelete\b (and|or) delete\s*\[\]\s*(are|is)\b (the same|interchangeable|"
          r"equivalent)\b"
          r"|\bdelete\s+instead_of\s+delete\s*\[\][^.;]{0,40}\b(is fine|is ok|works|frees|is safe)\b"
          r"|\bdelete\b(?! ?\[\]) (also )?(works?|is fine) (for|on|with) (arrays?\b|new\s*\[\])",
          "cppreference, delete expression ('For the first (non-array) form, expression must "
          "be a pointer to an object type ... or a null pointer ... For the second (array) form "
          "... a pointer value previously obtained by an array form of new-expression ... "
          "Otherwise, the behavior is undefined')",
          ("delete on an array allocated with new[] frees it correctly.",
           "Using delete instead of delete[] is fine for an array of ints.",
           "delete and delete[] are interchangeable.",
           "Plain delete on the new[] buffer releases the whole array.",
           "delete works for arrays too."),
          ("delete[] on an array allocated with new[] frees it correctly.",
           "Using delete instead of delete[] on an array is undefined behaviour.",
           "delete and delete[] are not interchangeable.",
           "delete on a single object allocated with new frees it.",
           "std::vector frees its array in its destructor."),
          ("cpp",)),
    Entry("cpp_newline_flushes",
          "std::endl writes '\\n' and then flushes the stream; '\\n' alone does not flush "
          "(std::cout is flushed before std::cin reads and at exit)",
          r"\bstd::endl\b" + _NC + r"{0,20}\b(only|just|merely) (writes?|inserts?|outputs?|"
          r"adds?|is)\b[^.;]{0,10}\b(a )?(newline|new line|line break|\\n)\b"
          r"|\bstd::endl\b" + _NC + r"{0,20}\b(is )?(the same as|equivalent to|identical to)\b"
          r"[^.;]{0,5}['\"]\\n['\"]"
          r"|['\"]\\n['\"]" + _NC + r"{0,20}\bflush(es)?\b[^.;]{0,20}\b(like|as|just as) "
          r"std::endl\b",
          "cppreference, std::endl ('Inserts a newline character into the output sequence os "
          "and flushes it as if by calling os.put(os.widen('\\n')) followed by os.flush()')",
          ("'\\n' flushes the stream just like std::endl.",
           "std::endl only writes a newline.",
           "std::endl is the same as '\\n'.",
           "std::endl just inserts a line break.",
           "\"\\n\" flushes the buffer as std::endl does."),
          ("std::endl writes a newline and flushes the stream.",
           "'\\n' does not flush the stream, unlike std::endl.",
           "std::endl is not the same as '\\n'.",
           "std::flush only flushes the stream.",
           "Writing '\\n' inserts a line break without a flush."),
          ("cpp",)),
    Entry("c_memcpy_overlap",
          "memcpy on overlapping source and destination is undefined behaviour; memmove is "
          "the one that handles overlap",
          r"\bmemcpy\b" + _NC + r"{0,40}\b(handles?|works?|is (fine|safe|ok)|copies correctly|"
          r"copes)\b[^.;]{0,45}\boverlap\w*\b"
          r"|\bmemcpy\b" + _NC + r"{0,30}\b(is )?(the same as|equivalent to|identical to) "
          r"memmove\b",
          "C11 7.24.2.1p2 ('If copying takes place between objects that overlap, the behavior "
          "is undefined'); 7.24.2.2 memmove ('as if the n characters from the object pointed "
          "to by s2 are first copied into a temporary array')",
          ("memcpy handles overlapping buffers correctly.",
           "memcpy works fine when source and destination overlap.",
           "memcpy is safe even if the regions overlap.",
           "memcpy is the same as memmove.",
           "Using memcpy to shift the array left works, since memcpy copes with overlap."),
          ("memmove handles overlapping buffers correctly.",
           "memcpy is undefined when source and destination overlap.",
           "memcpy does not handle overlapping buffers.",
           "memcpy is not the same as memmove.",
           "memcpy works fine when the buffers are distinct."),
          ("c", "cpp")),
    Entry("c_sizeof_char_varies",
          "sizeof(char) is 1 by definition on every platform (a char may be more than 8 bits, "
          "but sizeof counts in chars)",
          r"\bsizeof\s*\(\s*(unsigned |signed )?char\s*\)`?" + _NC + r"{0,30}(\b(depends|varies)\b"
          + _NC + r"{0,20}\b(platform|implementation|compiler|"
          r"architecture|machine|system)|\b(is|can be|could be|may be|might be) ([2-9]|two|four)\b)"
          r"|\bsizeof\s*\(\s*char\s*\)`?" + _NC + r"{0,10}\bis not (always )?1\b",
          "C11 6.5.3.4p4 ('When sizeof is applied to an operand that has type char, unsigned "
          "char, or signed char, (or a qualified version thereof) the result is 1'); "
          "cppreference, sizeof operator",
          ("sizeof(char) depends on the platform.",
           "sizeof(char) is 2 on some systems.",
           "sizeof(char) can be 4 on a Unicode machine.",
           "sizeof(char) varies with the compiler.",
           "sizeof(unsigned char) may be 2."),
          ("sizeof(char) is 1 on every platform.",
           "sizeof(int) depends on the platform.",
           "sizeof(char) is always 1, though CHAR_BIT may be more than 8.",
           "sizeof(wchar_t) is 2 on Windows and 4 on Linux.",
           "sizeof(char) does not depend on the platform."),
          ("c", "cpp")),
    Entry("cpp_std_sort_stable",
          "std::sort (and Rust's sort_unstable, Go's sort.Slice and sort.Sort) are not "
          "stable: equal elements may be reordered; std::stable_sort, Rust's sort and Go's "
          "sort.SliceStable keep their order",
          r"\b(std::sort|sort_unstable(_by(_key)?)?|sort\.slice|sort\.sort|slices\.sort(func)?)"
          r"\b(?!stable)" + _NC + r"{0,30}(\b(is|are)\b (a |guaranteed )?stable\b|\bkeeps?\b"
          r"[^.;]{0,15}\b(equal|tied|equivalent)\b[^.;]{0,20}\b(in )?(their |the )?(original|"
          r"relative|input) order\b|\bpreserves?\b[^.;]{0,15}\b(the )?(original |relative )?"
          r"order\b[^.;]{0,15}\b(of )?(equal|tied|equivalent)\b)",
          "cppreference, std::sort ('The order of equal elements is not guaranteed to be "
          "preserved'); Rust std, slice::sort_unstable ('This sort is unstable (i.e., may "
          "reorder equal elements)'); Go package sort, Slice ('The sort is not guaranteed to be "
          "stable')",
          ("std::sort is stable, so equal elements keep their order.",
           "sort_unstable keeps equal elements in their original order.",
           "sort.Slice is stable.",
           "std::sort preserves the original order of equal keys.",
           "sort_unstable_by_key keeps tied elements in the input order."),
          ("std::stable_sort is stable, so equal elements keep their order.",
           "sort_unstable may reorder equal elements.",
           "sort.SliceStable keeps equal elements in their original order.",
           "std::sort is not stable.",
           "Rust's sort keeps equal elements in their original order."),
          ("cpp", "rust", "go")),
    # --- Rust (the Book, std documentation) ----------------------------------------------------
    Entry("rust_rc_clone_deep",
          "Rc::clone and Arc::clone copy only the pointer and increment the reference count; "
          "the value inside is shared, not copied",
          r"\b(rc|arc)(::clone|\.clone\(\)|<[^>]{0,30}>)?\b" + _NC + r"{0,30}\b(deep-?cop\w*|"
          r"cop(y|ies) the (data|value|contents|inner value|whole)\b|duplicates? the (data|value|"
          r"contents))"
          r"|\bcloning (an? |the )?(rc|arc)\b" + _NC + r"{0,20}\b(cop(y|ies)|duplicates?)\b "
          r"(the )?(data|value|contents)\b",
          "The Rust Programming Language, 15.4 Rc<T> ('The implementation of Rc::clone doesn't "
          "make a deep copy of all the data like most types' implementations of clone do. The "
          "call to Rc::clone only increments the reference count'); std::sync::Arc",
          ("Rc::clone deep-copies the value.",
           "Cloning an Arc copies the data inside it.",
           "Arc::clone duplicates the value for the new thread.",
           "rc.clone() copies the whole vector.",
           "Calling Rc::clone copies the contents."),
          ("Rc::clone increments the reference count.",
           "Cloning an Arc does not copy the data inside it.",
           "Vec::clone deep-copies the elements.",
           "Arc::clone shares the value with the new thread.",
           "Cloning the inner vector copies the data."),
          ("rust",)),
    Entry("rust_leaks_impossible",
          "Safe Rust does not rule out memory leaks: Rc cycles, mem::forget and Box::leak are "
          "safe, and leaking is not considered memory-unsafe",
          r"\b(memory )?leaks?\b[^.;]{0,10}\b(are|is)\b (impossible|prevented|ruled out)\b"
          r"[^.;]{0,20}\b(safe )?rust\b"
          r"|\b(safe )?rust\b" + _NC + r"{0,30}\b(guarantees?|ensures?|prevents?|rules out|makes "
          r"impossible)\b[^.;]{0,30}\b(no memory (is )?(ever )?leak\w*|memory leaks?|leaks?)\b"
          r"|\b(the borrow checker|ownership)\b" + _NC + r"{0,30}\b(prevents?|rules out|stops?)"
          r"\b[^.;]{0,10}\b(all )?(memory )?leaks\b",
          "The Rust Programming Language, 15.6 Reference Cycles Can Leak Memory ('Rust's "
          "memory safety guarantees make it difficult, but not impossible, to accidentally "
          "create memory that is never cleaned up ... memory leaks are memory safe in Rust'); "
          "std::mem::forget",
          ("Memory leaks are impossible in safe Rust.",
           "Safe Rust guarantees that no memory is ever leaked.",
           "Rust prevents memory leaks at compile time.",
           "The borrow checker prevents all memory leaks.",
           "Ownership rules out leaks, so the Rc cycle is freed."),
          ("Memory leaks are possible in safe Rust, for example with an Rc cycle.",
           "Safe Rust guarantees memory safety, not freedom from leaks.",
           "Rust prevents use-after-free at compile time.",
           "The borrow checker prevents data races.",
           "Rust does not prevent memory leaks."),
          ("rust",)),
    Entry("rust_f64_sort",
          "f64 and f32 implement only PartialOrd, not Ord (NaN is unordered), so sort() and "
          "max() on floats do not compile: use sort_by(|a, b| a.total_cmp(b)) or "
          "partial_cmp",
          r"(\.sort\(\)|\bsort\(\)|\.max\(\)|\.min\(\)|\bsort\b|\bsorting\b)" + _NC + r"{0,40}\b(vec<f(32|"
          r"64)>|f(32|64)s?\b( values| elements| numbers)?|floats?)\b" + _NC + r"{0,20}"
          r"\b(works?|compiles?|is fine)\b"
          r"|(\.sort\(\)|\bsort\(\)|\.sort_unstable\(\)|\.max\(\)|\.min\(\))`?" + _NC + r"{0,15}\b(works?|compiles?|"
          r"is fine)\b (on|for|with) (a |the )?(vec<f(32|64)>|vectors? of f(32|64)|f(32|64)|"
          r"floats?)"
          r"|\bf(32|64)\b" + _NC + r"{0,20}\b(implements?|is|has)\b (the )?(ord\b|totally "
          r"ordered)",
          "Rust std, f64 (implements PartialOrd, not Ord) and slice::sort ('where T: Ord'); "
          "f64::total_cmp",
          ("v.sort() works on a Vec<f64>.",
           "You can call sort on a vector of f64 values and it compiles.",
           "f64 implements Ord.",
           "Sorting f32 values with sort() is fine.",
           "scores.iter().max() works for f64 values."),
          ("v.sort() does not compile on a Vec<f64>.",
           "v.sort_by(|a, b| a.total_cmp(b)) works on a Vec<f64>.",
           "f64 implements PartialOrd but not Ord.",
           "v.sort() works on a Vec<i64>.",
           "sorted() works on a list of floats in Python."),
          ("rust",)),
    Entry("rust_process_exit_drops",
          "std::process::exit ends the process at once without unwinding: no destructors "
          "(Drop) on any thread's stack run, so buffers in BufWriter and the like are not "
          "flushed",
          r"\b(std::)?process::exit\b(\([^)]{0,10}\))?`?" + _NC + r"{0,30}\b(runs?|calls?|"
          r"executes?|drops?|triggers?)\b[^.;]{0,20}\b(the |all |every |any )?(destructors?|"
          r"drops?|drop impls?|values?|locals)\b",
          "Rust std, std::process::exit ('Note that because this function never returns, and "
          "that it terminates the process, no destructors on the current stack or any other "
          "thread's stack will be run')",
          ("std::process::exit runs the destructors before exiting.",
           "process::exit drops every value on the stack first.",
           "process::exit(1) calls the Drop impls of the locals.",
           "std::process::exit triggers all destructors.",
           "process::exit(0) runs drop for the BufWriter, so it is flushed."),
          ("std::process::exit does not run the destructors.",
           "Returning from main runs the destructors before exiting.",
           "process::exit never calls the Drop impls of the locals.",
           "process::exit ends the process without unwinding.",
           "Drop the BufWriter before calling process::exit."),
          ("rust",)),
    Entry("rust_main_joins_threads",
          "When Rust's main returns, the process exits and threads spawned with thread::spawn "
          "are stopped whether or not they have finished; join their handles (or use "
          "thread::scope) to wait",
          r"\b(the program|rust|main|the process|the runtime)\b" + _NC + r"{0,20}\b(waits?|"
          r"joins?)\b[^.;]{0,20}\b(for )?(all )?(the )?(spawned|child|background|other) "
          r"threads?\b[^.;]{0,30}\b(before|when|at|finish)\w*\b"
          r"|\b(spawned|child) threads?\b" + _NC + r"{0,30}\b(keep running|continue|finish|"
          r"complete|run to completion)\b[^.;]{0,20}\b(after|even after|when|once) main\b",
          "The Rust Programming Language, 16.1 Using Threads ('when the main thread of a Rust "
          "program completes, all spawned threads are shut down, whether or not they have "
          "finished running'); std::thread::spawn and JoinHandle::join",
          ("The program waits for spawned threads to finish before main returns.",
           "Rust joins all spawned threads when main exits.",
           "Spawned threads keep running after main returns.",
           "Main waits for the child threads to finish.",
           "The spawned threads finish even after main exits."),
          ("handle.join() waits for the spawned thread to finish.",
           "Rust does not join spawned threads when main exits.",
           "Spawned threads are stopped when main returns.",
           "thread::scope waits for the spawned threads before it returns.",
           "The program does not wait for the spawned threads."),
          ("rust",)),
)

_KEYS: Final = {
    "py_queue_needs_lock": r"\bqueue\b",
    "py_print_always_flushes": r"(\bprint|\bstdout|standard output)",
    "py_readline_eof_none": r"\breadline",
    "py_re_sub_first_only": r"\bsubn?\b",
    "py_re_split_drops_groups": r"\bsplit\b",
    "py_decimal_float_exact": r"\bdecimal\b",
    "py_mixed_type_ordering": r"\bnone\b|\bstr",
    "py_tuple_contents_frozen": r"\btuple",
    "py_dict_resize_in_loop": r"\b(dict|set)",
    "py_bytes_equals_str": r"\bb['\"]|\bbytes\b",
    "py_codec_default_ascii": r"code\b",
    "py_sort_key_per_comparison": r"\bkey\b",
    "py_string_order_case_insensitive": r"\b(string|str)",
    "py_logging_info_default": r"\b(logging|logger|log level)",
    "py_json_dumps_non_ascii": r"\bjson\.dump",
    "py_json_dumps_set_datetime": r"\bjson\.dump",
    "py_isclose_zero": r"\bisclose\b",
    "py_open_default_utf8": r"\bopen\b",
    "py_len_counts_bytes": r"\blen\(",
    "py_lru_cache_unhashable": r"(lru_cache|cache\b)",
    "py_equal_numbers_two_keys": r"1\.0\b|\bfloat\b",
    "js_parseint_zero_octal": r"\bparseint\b",
    "go_strings_builder_copy": r"\bstrings\.builder\b",
    "java_integer_cache_large": r"\b(integer|autobox)",
    "js_typeof_nan": r"\bnan\b",
    "js_stringify_undefined_null": r"\bjson\.stringify\b",
    "js_date_now_seconds": r"(date\.now|gettime|valueof)",
    "js_readfilesync_string": r"\breadfile",
    "js_bigint_number_mix": r"(bigint|\dn\b)",
    "js_set_dedupes_objects": r"\b(set|map)\b",
    "go_string_index_rune": r"(\bstring\b|\[)",
    "go_time_parse_strftime": r"(\btime\.parse\b|\bformat\(|\blayout\b)",
    "go_time_parse_local": r"\btime\.parse\b",
    "go_json_bytes_array": r"\[\]byte\b",
    "go_json_nil_slice_array": r"\bnil (slice|map)",
    "go_json_case_sensitive": r"(unmarshal|decod|\bkeys?\b)",
    "go_json_unknown_fields_error": r"\bunmarshal\b",
    "buffered_writer_unflushed": r"(bufio|buffered)",
    "go_scanner_unlimited": r"\bscanner\b",
    "go_regexp_lookaround": r"\bregexp?\b",
    "go_body_autoclosed": r"\bbody\b",
    "java_min_value_negative": r"\.min_value\b",
    "java_length_code_points": r"\blength\(\)",
    "java_localdatetime_zone": r"\blocaldatetime\b",
    "java_simpledateformat_thread_safe": r"dateformat\b",
    "java_catch_exception_catches_errors": r"\bcatch",
    "java_future_get_unwrapped": r"\bget\(\)",
    "java_matches_whole_string": r"\bmatches\b",
    "java_aslist_add": r"\barrays\.aslist\b",
    "java_hashmap_null_key": r"\bhashmap",
    "c_unsigned_overflow_ub": r"(unsigned|uint_max|size_max|ulong_max)",
    "c_eval_order_left_to_right": r"\bleft[- ]to[- ]right\b",
    "c_free_null_crashes": r"\b(free|delet)",
    "c_feof_predicts": r"\bfeof\b",
    "cpp_std_move_moves": r"\bstd::move\b",
    "cpp_thread_dtor_joins": r"\bthread\b",
    "cpp_delete_array_mismatch": r"\bdelete\b",
    "cpp_newline_flushes": r"\bstd::endl\b",
    "c_memcpy_overlap": r"\bmemcpy\b",
    "c_sizeof_char_varies": r"\bsizeof\b",
    "cpp_std_sort_stable": r"\bsort",
    "rust_rc_clone_deep": r"\b(rc|arc)\b",
    "rust_leaks_impossible": r"\bleak",
    "rust_f64_sort": r"\b(f32|f64|floats?)\b",
    "rust_process_exit_drops": r"\bprocess::exit\b",
    "rust_main_joins_threads": r"\bthreads?\b",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS7: Final = keyed(_ENTRIES, {k: f"(?:{v})" for k, v in _KEYS.items()})
