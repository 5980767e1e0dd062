"""False beliefs about what a snippet does, in Python, JavaScript/TypeScript, Go, Java, C/C++
and Rust, from their documentation.

The eighth set (branch catalogue8), written like `_semantics_docs4.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. This set is about the behaviours an examiner asks of a candidate who
explains a snippet: exceptions and cleanup (an exception raised in finally, a generator's body,
a panic and defer, a deferred closure and named results, try-with-resources and catch, a
destructor that throws, catching by value), formatting (width, alignment and precision of a
Python format spec, 'd' with a float, Go's %v and bad verbs, Java's %s of null and %d of a
double, printf's argument types, Rust's Debug and Display), iteration (for...of over a Map,
Iterator.remove, deleting from a Go map in a range loop, lazy Rust adapters), conversions (a
leading plus, whitespace in Python, Go and Rust, parseFloat, Number of hex text, parseInt of
"3.5" in Java, atoi), concurrency (await, WaitGroup reuse and an extra Done, synchronized on a
boxed field, interrupt, shutdown, a poisoned Mutex, RefCell), collections (a JavaScript Set's
order, a Map's size, TreeMap and equals, std::map's order, a sort comparator returning a
boolean), dates (timedelta's parts, immutable datetime, time.Time and java.time values, month
overflow, plusMonths, Calendar's months, Date setters) and regular expressions (greedy
quantifiers, ^ and $ without MULTILINE, the dot and newlines, match with the g flag), with
TypeScript's satisfies, type predicates and catch variables.
"""

from __future__ import annotations

from typing import Final

from ._entry import ANY, NOT_CONTRAST, Entry, keyed

__all__ = ["DOCS5"]

_IS: Final = r"(\b(is|are|returns?|gives?|yields?|evaluates to|produces?)\b|===?)\s+"
"""The verb of a claim about a value ("is", "returns", "==")."""
_NC: Final = NOT_CONTRAST
_KEPT: Final = (r"(?:(?!\b(lost|new|and|but|replaced|discarded|dropped|forgotten)\b)" +
                NOT_CONTRAST + ")")
"""One character of a claim, as `NOT_CONTRAST`, that has not yet said the exception was lost or
turned to another one ("the original exception is lost and the new one propagates")."""
_ARGS: Final = r"(\([^)]{0,80}\))?"
"""An argument list, read at most 80 characters long (a longer one is no call an answer
writes, and an unbounded one rescans a long sentence at every parenthesis)."""
_MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
_CAL_MONTH: Final = "|".join(
    rf"\b(gregoriancalendar|\.set)\(\s*\d{{4}}\s*,\s*{m}\s*,\s*\d{{1,2}}\s*\)`?[^.;]{{0,30}}"
    rf"\b(is|gives|sets (the date|it|\w+) to)\b[^.;]{{0,6}}\b(\d{{1,2}} )?{name}\b"
    for m, name in enumerate(_MONTHS, start=1))
"""A Calendar set to month m said to be the m-th month (the field counts from 0)."""

_ENTRIES: Final = (
    # --- Python (Language and Library Reference) ---------------------------------------------
    Entry("finally_raise_keeps_original",
          "An exception raised in a finally block replaces the one in flight: the caller sees "
          "only the new exception (Python keeps the first as its __context__; Java and "
          "JavaScript drop it)",
          r"^(?=.*\bfinally\b)(?=.*(\bfinally\b[^.;]{0,40}\b(raises?|throws?|raised|thrown|fails)"
          r"\b|\b(raised|thrown|exception) (in|from|by) (the )?finally\b))(?:.*?)(?:"
          r"\b(original|first|earlier|initial|try's|try block's) (exception|error)\b" + _KEPT +
          r"{0,40}\b(still )?(propagates?|wins|takes precedence|reaches|is (the one )?(raised|"
          r"thrown|seen|reported|propagated)|is the one (the caller )?(sees|gets|catches))\b"
          r"|\b(exception|error) (raised|thrown) (in|from|by) (the )?finally( block| clause)?\b" +
          _NC + r"{0,20}\b(is|are|gets) (ignored|suppressed|swallowed|discarded|dropped|lost)\b"
          r"|\bboth (exceptions|errors) (are )?(propagate|raised|thrown|reach|propagated)\b)",
          "Python Language Reference, 8.4 The try statement ('If the finally clause raises "
          "another exception, the saved exception is set as the context of the new exception'); "
          "JLS 14.20.2 ('If the finally block completes abruptly for reason S, then the try "
          "statement completes abruptly for reason S (and the throw of value V is discarded "
          "and forgotten)'); MDN, try...catch",
          ("The original exception still propagates even though the finally block raises.",
           "If finally throws, the first exception is the one the caller sees.",
           ("An exception raised in the finally clause is ignored, so the ValueError reaches the "
            "caller."),
           "The exception thrown in finally is suppressed and the try's exception wins.",
           "Both exceptions propagate to the caller when the finally block raises too."),
          ("The exception raised in the finally block replaces the original one.",
           "If finally throws, the caller sees the finally's exception, not the first.",
           ("The original exception is kept only as __context__ of the new one, which finally "
            "raised."),
           "An exception raised in the try block propagates after the finally block runs.",
           ("try-with-resources adds the close exception as suppressed, so the body's exception "
            "wins.")),
          ("python", "java", "javascript", "typescript")),
    Entry("generator_body_runs_at_call",
          "Calling a generator function runs none of its body: it returns a generator, and the "
          "body runs up to the first yield only when next() is first called (or a loop asks for "
          "the first value)",
          r"^(?=.*\b(generators?|yield)\b)(?:.*?)(?:"
          r"\bcall(ing|ed|s)?\b (the |a )?(generator( function)?|\w+\(\))" + _NC + r"{0,20}"
          r"\b(runs?|executes?)\b (the |its )?(body|code)\b"
          r"|\bgenerator( function)?s?\b" + _NC + r"{0,30}\b(starts?|begins?) (running|executing)"
          r"\b[^.;]{0,15}\b(as soon as|when|once) (it is |it's )?called\b"
          r"|\bwhen (the |a )?generator( function)? is called\b,? (its |the )?(body|code) (runs|"
          r"executes|starts)\b"
          r"|\bgenerator functions?\b" + _NC + r"{0,20}\b(runs?|executes?) (immediately|right "
          r"away|at once|eagerly)\b)",
          "Python Language Reference, 6.2.9 Yield expressions ('When a generator function is "
          "called, it returns an iterator known as a generator. That generator then controls the "
          "execution of the generator function. The execution starts when one of the "
          "generator's methods is called'); MDN, function* ('Calling a generator function does "
          "not execute its body immediately')",
          ("Calling gen() runs the body up to the first yield.",
           ("Calling the generator function executes its code immediately, so the print appears "
            "at once."),
           "The generator starts running as soon as it is called.",
           "When the generator function is called, its body runs until the first yield.",
           "A generator function runs right away and stores the yielded values."),
          ("Calling gen() returns a generator without running the body.",
           "The body runs up to the first yield when next() is first called.",
           "The generator starts running when the for loop asks for the first value.",
           "Calling a normal function runs its body immediately.",
           "A generator function runs only when it is iterated."),
          ("python", "javascript", "typescript")),
    Entry("timedelta_seconds_total",
          "timedelta.seconds is only the seconds left over after the whole days (0 to 86399), "
          "not the total: timedelta(days=1, seconds=5).seconds is 5; total_seconds() gives the "
          "whole duration",
          r"(\.seconds\b|\bseconds attribute\b)(?!\()`?" + _NC + r"{0,30}\b(gives?|returns?|is|are|"
          r"counts?|holds?|contains?)\b (the )?(total|whole|entire|full|all( the)?)\b[^.;]{0,20}"
          r"\b(seconds|duration|elapsed|time)\b"
          r"|\btimedelta\((days|weeks)\s*=\s*\d+\)\.seconds`?\s*" + _IS + r"(?!0\b)\d"
          r"|\.seconds\b`?" + _NC + r"{0,20}\b(counts?|includes?) (all|every|the days)\b",
          "Python Library Reference, datetime.timedelta ('Only days, seconds and microseconds "
          "are stored internally'; seconds: 'Between 0 and 86399 inclusive'; total_seconds(): "
          "'Return the total number of seconds contained in the duration')",
          ("td.seconds gives the total number of seconds in the timedelta.",
           "timedelta(days=2).seconds is 172800.",
           "The .seconds attribute returns the whole duration in seconds.",
           "Since delta.seconds is the total elapsed seconds, dividing by 3600 gives the hours.",
           "elapsed.seconds counts all the seconds, days included."),
          ("td.total_seconds() gives the total number of seconds in the timedelta.",
           "timedelta(days=2).seconds is 0.",
           "The .seconds attribute is between 0 and 86399.",
           "delta.seconds ignores the days, so use total_seconds().",
           "elapsed.days counts the whole days."),
          ("python",)),
    Entry("timedelta_negative_parts",
          "A negative timedelta is normalised so that only days is negative: timedelta(seconds"
          "=-1) is -1 day plus 86399 seconds (its .seconds is 86399, never negative), printed "
          "'-1 day, 23:59:59'",
          r"\btimedelta\([^)]{0,40}=\s*-\s*\d+[^)]{0,20}\)\.seconds`?\s*" + _IS + r"-"
          r"|(\.seconds\b|\bseconds (field|attribute)\b)(?!\()`?" + _NC + r"{0,40}\b(is|are|can be|"
          r"holds?|becomes?|comes out|gives?|returns?)\b (negative|-\s*\d)"
          r"|^(?=.*\btimedelta\b)(?:.*?)\bdays\s*=\s*0\b[^.;]{0,10}\bseconds\s*=\s*-",
          "Python Library Reference, datetime.timedelta ('Arguments may be integers or floats, "
          "and may be positive or negative'; they are normalised so that 0 <= seconds < "
          "3600*24, and 'the days attribute' alone carries the sign: timedelta(microseconds=-1) "
          "is -1 day, 86399 seconds, 999999 microseconds)",
          ("timedelta(seconds=-1).seconds is -1.",
           "For a negative timedelta, .seconds is negative too.",
           "The seconds field of a negative timedelta holds -30.",
           "td.seconds can be negative when the end is before the start.",
           "A negative timedelta stores days=0 and seconds=-5."),
          ("timedelta(seconds=-1).seconds is 86399.",
           "For a negative timedelta, .days is negative.",
           "td.total_seconds() is negative when the end is before the start.",
           "A negative timedelta stores days=-1 and seconds=86395.",
           "The seconds field is never negative."),
          ("python",)),
    Entry("format_width_truncates",
          "A width in a format spec ('{:5}', f'{s:>8}', '%5s', Go's and Java's %5s) is a "
          "minimum: a longer value is printed whole, never cut (only a precision such as "
          "'{:.5}' or '%.5s' truncates a string)",
          r"^(?!.*(\{\w*:[<>^=]?\d*\.\d|%-?\d*\.\d+s))(?:.*?)(?:(\b(format|field) width\b|\bwidth "
          r"(in|of) (the )?(format|f-string|spec)\w*|\{\w*:[<>^=]?\d+\}|%-?\d+s\b)['\"`]?" + _NC +
          r"{0,40}(\b(truncates?|cuts?( off)?|clips?|chops?|limits?|trims?|caps?|shortens?)\b|\b("
          r"is|are|gets?) (cut|truncated|clipped|chopped)\b))",
          "Python Library Reference, Format Specification Mini-Language ('width is a decimal "
          "integer defining the minimum total field width'; 'for non-number types the field "
          "indicates the maximum field size'); Go fmt ('Width ... the minimum number of runes to "
          "output'); java.util.Formatter ('The width is the minimum number of characters')",
          ("'{:5}'.format('abcdefgh') truncates the string to 5 characters.",
           "The width in f'{name:>8}' cuts longer names to 8 characters.",
           "A format width of 10 truncates anything longer.",
           "%5s limits the string to five characters.",
           "With {:<6}, a longer value is cut off at 6 characters."),
          ("'{:5}'.format('abcdefgh') prints the whole string.",
           "The width in f'{name:>8}' pads shorter names to 8 characters.",
           "A precision of .5 truncates the string to 5 characters.",
           "'{:.3}'.format('abcdef') gives 'abc'.",
           "The format width is a minimum, so longer values are not cut."),
          ("python", "go", "java", "c", "cpp")),
    Entry("format_str_right_aligned",
          "With a width and no alignment, Python's format spec left-aligns strings and "
          "right-aligns numbers: '{:5}'.format('ab') is 'ab   ' and '{:5}'.format(42) is "
          "'   42' ('>' right-aligns a string)",
          r"^(?!.*(>|\brjust\b|\balign(ment)? (char|option|flag)|%))(?:.*?)(?:"
          r"\b(strings?|text|names?|words?)\b" + _NC + r"{0,20}\b(are|is) (right-?aligned|"
          r"right-?justified|aligned (to the )?right)\b"
          r"|^(?=.*(\.format\(['\"]|\bnames?\b|\bstrings?\b|\btext\b))(?:.*?)\{\w*:\d+\}['\"]?" +
          _NC + r"{0,30}(\bright-?aligns?\b|\bright-?justif\w+|\bpads?\b[^.;]{0,15}\bon the left\b|"
          r"\bleft-?pads?\b)"
          r"|\bnumbers?\b" + _NC + r"{0,20}\b(are|is) (left-?aligned|left-?justified)\b"
          r"|\bwidth\b" + _NC + r"{0,20}\b(right-?justif\w*|right-?aligns?)\b (the )?(text|strings?))",
          "Python Library Reference, Format Specification Mini-Language ('<' 'Forces the field "
          "to be left-aligned within the available space (this is the default for most "
          "objects)'; '>' 'Forces the field to be right-aligned ... (this is the default for "
          "numbers)')",
          ("'{:5}'.format('ab') right-aligns the string.",
           "Strings are right-aligned by default in a format field.",
           "f'{name:10}' pads the name on the left.",
           "By default a format width right-justifies text.",
           "Numbers are left-aligned by default in format fields."),
          ("'{:5}'.format('ab') left-aligns the string.",
           "Strings are left-aligned by default in a format field.",
           "f'{name:>10}' pads the name on the left.",
           "Numbers are right-aligned by default.",
           "Use > to right-align a string."),
          ("python",)),
    Entry("format_d_accepts_float",
          "The 'd' presentation type takes integers only: format(3.0, 'd') and f'{x:d}' with a "
          "float raise ValueError (\"Unknown format code 'd' for object of type 'float'\"); use "
          "'.0f' or int(x) (only the old '%d' % 3.7 truncates)",
          r"(\{\w*:,?d\}|(?<![%\w]):d\b( format( spec)?)?|\bformat\([^)]{0,30},\s*['\"]d['\"]\))['\"`]?"
          + _NC + r"{0,40}(\b(rounds?|truncates?|drops?|converts?|chops?|works on|accepts?|handles?)"
          r"\b|\bprints? (the )?float\b)"
          r"|\{\w*:,?d\}['\"]?\.format\(\s*-?\d+\.\d+\s*\)`?\s*" + _IS,
          "Python Library Reference, Format Specification Mini-Language (the integer "
          "presentation types 'b', 'c', 'd', 'o', 'x' apply to integers; formatting a float "
          "with 'd' raises ValueError: Unknown format code 'd' for object of type 'float')",
          ("f'{x:d}' prints the float 3.7 as 3.",
           "'{:d}'.format(2.0) gives '2'.",
           "The :d format spec rounds the float to an integer.",
           "{:d} truncates a float to its integer part.",
           "format(total, 'd') works on a float and drops the decimals."),
          ("f'{x:d}' raises ValueError for the float 3.7.",
           "'{:d}'.format(2) gives '2'.",
           "The :.0f format spec rounds the float to an integer.",
           "'%d' % 3.7 truncates the float to 3.",
           "format(total, 'd') raises ValueError when total is a float."),
          ("python",)),
    Entry("format_precision_decimals",
          "A precision with no presentation type formats a float like 'g', in significant "
          "digits: '{:.2}'.format(3.14159) is '3.1' and f'{1234.5:.2}' is '1.2e+03'; '.2f' gives "
          "two decimal places",
          r"\{\w*:\.\d\}['\"`]?" + _NC + r"{0,40}\b(decimal (places?|digits?)|decimals|digits? "
          r"after the (decimal )?point)\b"
          + "".join(rf"|\{{\w*:\.{p}\}}['\"]?\.format\(\s*\d+\.\d{{{p + 1},}}\s*\)`?\s*" + _IS +
                    rf"['\"]?-?\d+\.\d{{{p}}}['\"]?(?!\d)" for p in range(1, 5)) +
          r"|\b(spec|precision) `?\.\d`? (without|with no) (an? )?`?f`?\b[^.;]{0,20}\b(still )?"
          r"(means?|gives?|is)\b[^.;]{0,10}\bdecimals?\b",
          "Python Library Reference, Format Specification Mini-Language ('The precision is a "
          "decimal integer indicating how many digits should be displayed after the decimal "
          "point for presentation types 'f' and 'F', or before and after the decimal point for "
          "presentation types 'g' or 'G''; with no presentation type a float is formatted 'the "
          "same as 'g'' but with at least one digit past the point)",
          ("'{:.2}'.format(3.14159) gives '3.14'.",
           "f'{x:.2}' rounds x to two decimal places.",
           "{:.3} shows three digits after the decimal point.",
           "The spec .2 without f still means two decimals.",
           "f'{ratio:.1}' prints one decimal place."),
          ("'{:.2f}'.format(3.14159) gives '3.14'.",
           "f'{x:.2f}' rounds x to two decimal places.",
           "{:.3} shows three significant digits.",
           "'{:.2}'.format(3.14159) gives '3.1'.",
           "f'{name:.3}' keeps the first three characters of the string."),
          ("python",)),
    Entry("regex_star_lazy",
          "Regular-expression quantifiers (*, +, ?, {m,n}) are greedy: they match as much as "
          "they can and give back only what the rest of the pattern needs; *? and +? are the "
          "lazy forms that match as little as possible",
          r"(\.\*|\.\+)(?!\?)['\"`]?" + _NC + r"{0,30}\b(matches|consumes|takes|grabs) (as little|"
          r"the (fewest|least|shortest)|only (up to|until) the first)\b"
          r"|(\.\*|\.\+)(?!\?)[^\s`'\"]{0,3}['\"`]?" + _NC + r"{0,20}\b(stops?|ends?) (at|on|after) "
          r"the (first|nearest|next)\b"
          r"|(\.\*|\.\+)(?!\?)[^\s`'\"]{0,3}['\"`]?\s+(only )?(matches|captures|finds|gets) (only )?"
          r"(the )?(first|nearest|shortest|smallest|single)\b"
          r"|(?<!lazy )(?<!reluctant )(\bquantifiers?\b|(?<![?.\w\\])[*+](?![?\w]))`?" + _NC +
          r"{0,25}\b(are|is) (lazy|non-?greedy|reluctant)\b",
          "Python Library Reference, re ('The '*', '+', and '?' quantifiers are all greedy; they "
          "match as much text as possible ... Adding ? after the quantifier makes it perform the "
          "match in non-greedy or minimal fashion'); MDN, Quantifiers; java.util.regex.Pattern "
          "(greedy, reluctant, possessive); Go regexp/syntax (x*? 'prefer fewer')",
          ("`.*` matches as little as possible, so it stops at the first quote.",
           "The regex <.*> matches only the first tag.",
           "By default * is lazy.",
           "`.+` stops at the first comma.",
           "Regex quantifiers are lazy by default."),
          ("`.*` matches as much as possible, so it runs to the last quote.",
           "The regex <.*?> matches only the first tag.",
           "By default * is greedy.",
           "`[^,]+` stops at the first comma.",
           "`.*?` is the lazy form that matches as little as possible."),
          ()),
    Entry("regex_anchor_each_line",
          "Without the multiline flag (re.M, /m, (?m), Pattern.MULTILINE) ^ and $ match only at "
          "the start and end of the whole string ($ also just before a final newline in Python "
          "and Java), not at every line",
          r"^(?!.*(multi-?line|\bre\.m\b|\(\?m|/m\b|\bm flag|\bflags?\b[^.;]{0,10}\bm\b|\bm mode|"
          r"\bm=true))(?:.*?)(?:(?:^|[\s`'\"(])[\^$]\S{0,20}`?( anchor)?" + _NC + r"{0,30}("
          r"\b(each|every|all) (lines?|newlines?)\b|\b(start|end|beginning) of (each|every|any) "
          r"line\b|\bafter (each|every) newline\b)"
          r"|\bthe [\^$] anchor\b" + _NC + r"{0,30}\b(each|every|all) (lines?|newlines?)\b)",
          "Python Library Reference, re ('^ (Caret.) Matches the start of the string, and in "
          "MULTILINE mode also matches immediately after each newline'); MDN, Input boundary "
          "assertion: ^ ('matches the beginning of input ... If the multiline flag is enabled, "
          "also matches immediately after a line break'); java.util.regex.Pattern; Go "
          "regexp/syntax ('^ at beginning of text or line (flag m=true)')",
          ("^ matches at the start of every line.",
           "`^ERROR` finds each line that starts with ERROR in the log.",
           "$ matches at the end of each line of the text.",
           "The ^ anchor matches after every newline.",
           "Because of ^, re.findall returns every line beginning with #."),
          ("With re.MULTILINE, ^ matches at the start of every line.",
           "^ matches only at the start of the string.",
           "$ matches at the end of the string.",
           "`^ERROR` with the m flag finds each line that starts with ERROR.",
           "The ^ anchor matches after every newline in multiline mode."),
          ()),
    Entry("regex_dot_matches_newline",
          "By default . matches any character except a newline: only re.DOTALL (re.S), the s "
          "flag or (?s) lets it, and so .*, run across lines",
          r"^(?!.*(dotall|\bre\.s\b|\(\?s|\bs flag|/s\b|single-?line|\[\\s\\s\]))(?:.*?)(?:"
          r"(\bthe dot\b|(?<![\w\\])\.(?=[*+`'\"]|\s(matches|also|includes))|\.\*|\.\+)['\"`]?" +
          _NC + r"{0,40}(\b(matches?|includ\w*)\b[^.;]{0,25}\b(including|even|and) (a |the )?"
          r"(newlines?|line breaks?|\\n)\b|\b(also|even) match(es)? (a |the )?(newlines?|\\n|line "
          r"breaks?)|\b(matches?|runs?|goes|spans?|reaches) (across|over|through|past) (multiple |"
          r"several |the |all )?(lines?|line breaks?|newlines?)\b|\bmatch(es)? (a |the )?newline( "
          r"characters?)?\b|\bspans? (multiple|several|many) lines\b))",
          "Python Library Reference, re ('. (Dot.) In the default mode, this matches any "
          "character except a newline. If the DOTALL flag has been specified, this matches any "
          "character including a newline'); MDN, Wildcard ('matches any single character "
          "except line terminators' unless the s flag is set); Go regexp/syntax (flag s: 'let . "
          "match \\n')",
          ("`.` matches any character, including newlines.",
           "The dot also matches \\n, so .* runs across the lines.",
           ".* spans multiple lines by default.",
           "Since the dot matches newline characters, the pattern captures the whole block.",
           "`.*` matches across line breaks."),
          ("`.` matches any character except a newline.",
           "With re.DOTALL the dot also matches \\n.",
           "With the s flag, .* spans multiple lines.",
           "`[\\s\\S]*` matches across line breaks.",
           "The dot does not match a newline by default."),
          ()),
    Entry("py_int_rejects_whitespace",
          "int() and float() accept text surrounded by whitespace (a trailing newline included): "
          "int(' 42\\n') is 42; what they reject is other characters (int('4 2'), int('42px'))",
          r"^(?!.*(parseint|parselong|\batoi\b|parse::|\.parse\b|inner space|between))(?:.*?)(?:"
          r"\b(int|float)\(\s*['\"](\s+[^'\"]*|[^'\"]*(\s+|\\n))['\"]\s*\)`?" + _NC + r"{0,20}\b("
          r"raises?|fails?|throws?|errors?|gives? an error)\b"
          r"|\b(int|float)(\(\))?`?" + _NC + r"{0,30}\b(fails?|raises?|chokes?|errors?|throws?|"
          r"rejects?)\b[^.;]{0,30}\b(leading|trailing|surrounding|the) (and trailing )?(white ?space|"
          r"spaces?|newlines?|\\n)\b"
          r"|\b(must|have to|need to|needs to)\b[^.;]{0,10}\bstrip\b[^.;]{0,40}\bint\b[^.;]{0,30}"
          r"\b(raises?|fails?|valueerror))",
          "Python Library Reference, Built-in Functions, int ('Optionally, the string can be "
          "preceded by + or - (with no space in between), have leading zeros, be surrounded by "
          "whitespace'); float ('Leading and trailing whitespace characters are removed')",
          ("int(' 42') raises ValueError because of the leading space.",
           "int() fails on the trailing newline that readline() keeps.",
           "You must strip() the line before int(), or the newline raises ValueError.",
           "float(' 3.5 ') raises a ValueError since it has spaces.",
           "int rejects surrounding whitespace."),
          ("int(' 42') returns 42; whitespace around the number is allowed.",
           "int() ignores the trailing newline that readline() keeps.",
           "int('4 2') raises ValueError because of the inner space.",
           "Integer.parseInt(\" 42\") throws because of the leading space.",
           "int('42px') raises ValueError."),
          ("python",)),
    Entry("datetime_replace_in_place",
          "date, datetime, time and timedelta objects are immutable: replace(), + timedelta and "
          "astimezone() return a new object and leave the original unchanged (assign the "
          "result)",
          r"^(?!.*=\s*\w+\.(replace|astimezone)\()(?:.*?)(?:"
          r"\.(replace|astimezone)\((year|month|day|hour|minute|second|microsecond|tzinfo)[^)]{0,40}"
          r"\)`?" + _NC + r"{0,30}\b(sets|changes|modifies|updates|mutates|moves|alters|resets)\b"
          r"|\b(datetime|date|time|timedelta)( objects?| instances?| values?)?s? (is|are) mutable\b"
          r"|\b(?P<v>\w+) \+ timedelta\([^)]{0,40}\)`?" + _NC + r"{0,15}\b(moves|advances|changes|"
          r"updates|modifies|shifts|increments)\b (?P=v)\b)",
          "Python Library Reference, datetime ('Objects of these types are immutable'; "
          "datetime.replace: 'Return a datetime with the same attributes, except for those "
          "attributes given new values')",
          ("dt.replace(hour=0) sets the hour of dt to midnight.",
           "Calling d.replace(year=2025) changes d's year in place.",
           "start + timedelta(days=1) moves start forward a day.",
           "The datetime is mutable, so replace() updates it.",
           "now.replace(microsecond=0) modifies now."),
          ("dt.replace(hour=0) returns a new datetime at midnight.",
           "Calling d.replace(year=2025) leaves d unchanged.",
           "d = d.replace(year=2025) changes d's year.",
           "The datetime is immutable, so replace() returns a copy.",
           "str.replace returns a new string."),
          ("python",)),
    # --- JavaScript (MDN) --------------------------------------------------------------------
    Entry("for_of_map_keys",
          "for...of over a Map yields [key, value] pairs in insertion order (map.keys() and "
          "map.values() give the keys or the values alone); over a Set it yields the values",
          r"^(?=.*(?<![.\w])maps?\b(?!\())(?!.*(\.(keys|values|entries)\(|\[\s*\w+\s*,\s*\w+\s*\]))"
          r"(?:.*?)(?:(for\s*\.{3}\s*of|\bfor[- ]of\b|\bfor \(\s*(const|let|var) \w+ of \w+\)|"
          r"\b(iterat\w*|loop\w*)( over| through| on)? (a |the |an? es6 )?maps?\b)" + _NC +
          r"{0,40}\b(gives?|yields?|returns?|visits?|produces?|"
          r"iterates?( over)?)\b (only )?(the |its |each |every )?(keys?|values?)\b(?! and)"
          r"|\bfor \(\s*(const|let|var) \w+ of \w+\)[^.;]{0,40}\bgives? \w+ as (each|every|the) "
          r"(key|value)\b)",
          "MDN, Map ('A for...of loop returns an array of [key, value] for each iteration'); "
          "Map.prototype[Symbol.iterator] ('The initial value ... is the same function object as "
          "the initial value of the Map.prototype.entries property')",
          ("for (const x of map) gives the keys of the Map.",
           "Iterating a Map with for...of yields its values.",
           "for...of over the Map visits only the keys.",
           "Looping over a Map with for of returns each key.",
           "for (const k of counts), where counts is a Map, gives k as each key."),
          ("for (const [k, v] of map) gives the keys and values.",
           "for (const k of map.keys()) gives the keys of the Map.",
           "Iterating a Map with for...of yields [key, value] pairs.",
           "for...of over a Set yields its values.",
           "Object.keys(map) returns an empty array for a Map."),
          ("javascript", "typescript")),
    Entry("js_set_unordered",
          "A JavaScript Set (like a Map) iterates in insertion order: for...of, forEach and "
          "[...set] give the values in the order they were first added",
          r"^(?!.*(python|frozenset|hashset|treeset|java\b|\bgo\b|rust|c\+\+|std::))(?:.*?)(?:"
          r"\bsets?\b" + _NC + r"{0,30}\b(has|have|keeps?|preserves?|guarantees?) no (defined |"
          r"particular |guaranteed |specific )?order\b"
          r"|\bsets?\b" + _NC + r"{0,30}\b(is|are) (unordered|randomly ordered)\b"
          r"|\bsets?\b" + _NC + r"{0,40}\b(in )?(an? )?(arbitrary|random|unspecified|undefined|"
          r"unpredictable|hash) order\b"
          r"|\bset\b[^.;]{0,20}\b(may|can|will|might) (re-?order|shuffle|scramble)\b"
          r"|\bsets?\b[^.;]{0,20}\border is (random|arbitrary|undefined|not (guaranteed|defined))\b)",
          "MDN, Set ('You can iterate through the elements of a set in insertion order'); "
          "Set.prototype.forEach ('calls callbackFn once for each value present in the Set "
          "object, in insertion order')",
          ("A JavaScript Set has no defined order.",
           "Iterating the Set gives the values in arbitrary order.",
           "[...new Set(xs)] may reorder the items.",
           "The Set's order is random, so the output order varies.",
           "Sets in JavaScript are unordered, so dedup loses the original order."),
          ("A JavaScript Set keeps insertion order.",
           "Iterating the Set gives the values in the order they were added.",
           "[...new Set(xs)] keeps the first occurrence of each item in order.",
           "A Python set has no defined order.",
           "Object.keys lists integer keys first."),
          ("javascript", "typescript")),
    Entry("parsefloat_whole_string",
          "parseFloat reads the longest number at the start of the text and ignores the rest: "
          "parseFloat('3.5kg') is 3.5 and parseFloat('1.2.3') is 1.2; it is NaN only when the "
          "text does not start with a number (Number('3.5kg') is NaN), and it never throws",
          r"\bparsefloat\(\s*['\"`]\s*-?\d[\d.]*[^'\"`\d.\s][^'\"`]*['\"`]\s*\)`?\s*(is|gives|returns|"
          r"===?|evaluates to|yields)\s*`?nan\b"
          r"|\bparsefloat\b" + _ARGS + r"`?" + _NC + r"{0,50}(\b(rejects?|fails on|throws on|chokes "
          r"on)\b[^.;]{0,30}\b(trailing|suffix|units?|letters?|extra|non-?digits?)\b|\b(returns?|"
          r"gives?|is)\s*`?nan`?\b[^.;]{0,40}\b(if|when|unless|whenever)\b[^.;]{0,30}\b(contains?|"
          r"has|includes?) (any|a|an)\b|\b(validates?|checks?) (that )?(the whole|the entire|all "
          r"of|every character)\b|\bthrows?\b)",
          "MDN, parseFloat ('If parseFloat encounters a character other than a plus sign, minus "
          "sign, numeral, period, or exponent, it returns the value up to that character, "
          "ignoring the invalid character and characters following it'; NaN 'if the first "
          "non-whitespace character cannot be converted to a number')",
          ("parseFloat('3.5kg') returns NaN.",
           "parseFloat rejects the trailing unit, so weight is NaN.",
           "parseFloat returns NaN if the string contains any letters.",
           "parseFloat('1.2.3') throws a SyntaxError.",
           "parseFloat validates that the whole string is a number."),
          ("parseFloat('3.5kg') returns 3.5.",
           "Number('3.5kg') returns NaN.",
           "parseFloat returns NaN if the string starts with a letter.",
           "parseFloat('abc') returns NaN.",
           "parseFloat reads the leading number and ignores the rest."),
          ("javascript", "typescript")),
    Entry("number_hex_string_nan",
          "Number() and unary + read the whole text as a numeric literal: Number('0x10') is 16 "
          "(0b and 0o prefixes work too) while Number('12px') is NaN, since nothing is ignored "
          "(parseInt('12px') is the one that gives 12)",
          r"(\bnumber\(\s*|(?<![\w)])\+\s*)['\"`]0[xob][0-9a-f]+['\"`]\s*\)?`?\s*(is|gives|returns|"
          r"===?|evaluates to|yields)\s*`?(nan|0)\b(?!\.\d|x)"
          r"|\bnumber\(\s*['\"`]\s*-?\d+(\.\d+)?[a-z%]+['\"`]\s*\)`?\s*(is|gives|returns|===?|"
          r"evaluates to|yields)\s*`?-?\d"
          r"|\bnumber\(\w*\)`?" + _NC + r"{0,30}\b(ignores?|skips?|drops?|stops at)\b[^.;]{0,20}"
          r"\b(trailing|the rest|letters|units?|suffix|non-?digits?)\b",
          "MDN, Number() constructor and Number coercion ('Leading and trailing whitespace and "
          "line terminators are ignored'; 'Numbers can have the 0x, 0b and 0o prefixes'; 'the "
          "entire string must be a valid numeric literal' or the result is NaN)",
          ("Number('0x10') is NaN.",
           "Number('0x1f') returns 0 because of the x.",
           "Number('12px') gives 12.",
           "+'0x10' evaluates to NaN.",
           "Number() ignores trailing letters like parseInt does."),
          ("Number('0x10') is 16.",
           "parseFloat('0x10') is 0.",
           "Number('12px') gives NaN.",
           "parseInt('12px') gives 12.",
           "Number() does not ignore trailing letters, unlike parseInt."),
          ("javascript", "typescript")),
    Entry("await_blocks_thread",
          "await suspends only the async function it is in: the thread and the event loop stay "
          "free, and other callbacks, timers and requests run while it waits",
          # no comma between: "nothing awaits, and time.sleep freezes the loop" is another subject
          r"\bawait\w*\b(?:(?!,)" + _NC + r"){0,30}\b(blocks?|freezes?|halts?|stops?|stalls?|pauses?|"
          r"suspends?)\b (the )?(whole |entire |main )?(thread|event loop|program|process|runtime|"
          r"server|application|app|node)\b"
          r"|\bawait\w*\b(?:(?!,)" + _NC + r"){0,30}\bmakes? (the )?(whole |entire )?(thread|program|process|"
          r"event loop|server|app) (wait|block|stop|pause)\b"
          r"|\bawait\w*\b[^.;]{0,40}\b(no other|nothing else)\b[^.;]{0,20}\b(can|could|will|gets to)"
          r" (run|execute|be (handled|processed)|happen)\b"
          r"|\b(because of|during|while|until) (the |this |an? )?await\b[^.;]{0,40}\b(server|app|"
          r"program|node|event loop|thread)\b[^.;]{0,15}\b(cannot|can not|is unable to|will not|"
          r"does not) (handle|serve|process|run|respond|do)\b",
          "MDN, await ('await ... pauses the execution of its surrounding async function until "
          "the promise is settled'; 'the execution of the code that called the async function "
          "resumes'); MDN, The event loop ('Never blocking'); Python Library Reference, "
          "Coroutines and Tasks",
          ("await blocks the whole thread until the promise resolves.",
           "While the fetch is awaited, no other code can run.",
           "The await freezes the event loop until the response arrives.",
           "await makes the entire program wait for the timer.",
           ("Because of the await, the server cannot handle other requests until the query "
            "finishes.")),
          ("await pauses only the async function until the promise resolves.",
           "While the fetch is awaited, other code can run.",
           "A long synchronous loop freezes the event loop.",
           "The caller continues while the async function waits at await.",
           "Because of the await, this handler does not continue until the query finishes.",
           "Nothing in fetch_rate ever awaits, and time.sleep freezes the whole event loop."),
          ("javascript", "typescript", "python")),
    Entry("date_overflow_invalid",
          "Out-of-range date fields roll over instead of failing or clamping: new Date(2024, 0, "
          "32) is 1 February, setMonth(1) on 31 January gives 2 March, and Go's time.Date and "
          "AddDate normalise the same way (Java's plusMonths is the one that clamps)",
          r"\bnew date\(\s*\d+\s*,\s*\d+\s*,\s*\d+[^)]{0,30}\)`?" + _NC + r"{0,20}(\b(is|returns?|"
          r"gives?|creates?|yields?)\b (an? )?(invalid date|nan|null|undefined)\b|\bthrows?\b)"
          r"|\b(setmonth|setdate|adddate|time\.date)\b" + _ARGS + r"`?" + _NC + r"{0,60}(\b(clamps?|"
          r"caps?|snaps?)\b|\b(last|final) day of (the month|february|\w+)\b|\b(returns? an error|"
          r"panics?|throws?|fails?)\b)"
          r"|\b(setmonth|adddate)\b" + _ARGS + r"[^.;]{0,40}\b(gives?|is|returns?|lands on|results "
          r"in) (february|feb) (29|30|31)\b"
          r"|\bday (of )?(3[2-9]|0)\b[^.;]{0,10}\b(is|gets) (clamped|capped|rejected)\b",
          "MDN, Date() constructor ('If any parameter overflows its defined bounds, it "
          "\"carries over\". For example, if a monthIndex greater than 11 is passed in, those "
          "months will cause the year to increment'); Date.prototype.setMonth; Go time.Date "
          "('The month, day, hour, min, sec, and nsec values may be outside their usual ranges "
          "and will be normalized during the conversion. For example, October 32 converts to "
          "November 1'); Time.AddDate",
          ("new Date(2024, 1, 30) returns an Invalid Date.",
           "setMonth(1) on January 31 gives February 29.",
           "time.Date with a day of 32 returns an error.",
           "AddDate(0, 1, 0) from January 31 lands on the last day of February.",
           "Day 32 is clamped to the end of the month."),
          ("new Date(2024, 1, 30) is 1 March.",
           "setMonth(1) on January 31 gives 2 March.",
           "time.Date normalises a day of 32 to the first of the next month.",
           "LocalDate.plusMonths(1) from January 31 gives the last day of February.",
           "An invalid string gives an Invalid Date."),
          ("javascript", "typescript", "go")),
    Entry("js_date_setter_returns_copy",
          "Date objects are mutable: setDate, setMonth, setHours and the other setters change "
          "the Date in place and return its new timestamp (a number), not a new Date",
          r"^(?!.*(python|java\b|localdate|datetime))(?:.*?)(?:"
          r"\bset(date|month|fullyear|hours|minutes|seconds|milliseconds|time|utc\w+)\b" + _ARGS +
          r"`?" + _NC + r"{0,40}\b(returns?|gives?|creates?|makes?|produces?) ((a |an )(new|fresh|"
          r"copy|cloned?|another)\b|(the |an? )?(updated|modified|changed) date\b)"
          r"|\bset(date|month|fullyear|hours|minutes|seconds|milliseconds|time)\b" + _ARGS + r"`?" +
          _NC + r"{0,30}\b(leaves?|keeps?) (the |\w+ )?(original|date|\w+) (unchanged|untouched|as "
          r"it was)\b"
          r"|\bset(date|month|fullyear|hours|minutes|seconds|milliseconds|time)\b" + _ARGS +
          r"`? (does not|never) (modify|change|mutate|touch|alter)\b"
          r"|\b(js |javascript )?date( objects?| instances?)?s? (is|are) immutable\b)",
          "MDN, Date.prototype.setDate ('Changes the day of the month for this date according to "
          "local time'; return value: 'Changes the Date object in place, and returns its new "
          "timestamp')",
          ("d.setDate(d.getDate() + 1) returns a new Date and leaves d unchanged.",
           "setMonth returns the updated Date object.",
           "Date objects are immutable in JavaScript.",
           "setHours does not modify the original date.",
           "setFullYear returns a copy, so the original Date is untouched."),
          ("d.setDate(d.getDate() + 1) changes d in place.",
           "setMonth returns the new timestamp as a number.",
           "Date objects are mutable in JavaScript.",
           "setHours modifies the original date.",
           "Copy it first with new Date(d) to keep the original unchanged."),
          ("javascript", "typescript")),
    Entry("js_match_g_groups",
          "String.prototype.match with a g regex returns every full match but no capture groups "
          "(and null, not an empty array, when nothing matches); matchAll, or exec in a loop, "
          "gives each match's groups",
          r"^(?!.*(matchall|without (the )?(g|global)|\bexec\b|non-?global))(?:.*?)(?:"
          r"^(?=.*(/g\w*\b|/\w*g\b|\bg flag|\bglobal\b))(?:.*?)\bmatch\b" + _ARGS + r"`?" + _NC +
          r"{0,40}(\b(returns?|gives?|yields?|produces?|includes?|contains?)\b (just |only |all |"
          r"every )?(the )?(capture |capturing |captured )?(groups?|captures|captured \w+)\b|\b("
          r"array|list) of (\[|arrays|tuples|pairs))"
          r"|\bmatch\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(returns?|gives?) (an )?empty array\b)",
          "MDN, String.prototype.match ('If the g flag is used, all results matching the "
          "complete regular expression will be returned, but capturing groups are not "
          "included'; 'If ... no match is found, null is returned')",
          ("str.match(/(\\d+)-(\\d+)/g) returns the capture groups of each match.",
           "With the g flag, match gives the groups for every match.",
           "match with a global regex returns an array of [full, group1] arrays.",
           "text.match(/id=(\\d+)/g) returns just the captured ids.",
           "match returns an empty array when a global regex finds nothing."),
          ("str.matchAll(/(\\d+)-(\\d+)/g) gives the capture groups of each match.",
           "With the g flag, match returns the full matches without groups.",
           "Without the g flag, match returns the first match with its groups.",
           "match returns null when nothing matches.",
           "exec in a loop gives each match's groups."),
          ("javascript", "typescript")),
    Entry("js_sort_boolean_comparator",
          "A sort comparator must return a number, negative, zero or positive: one that returns "
          "a boolean (a > b) gives only 1 or 0, never 'less than', so the result is not "
          "reliably sorted; return a - b (or a.localeCompare(b))",
          r"\bsort\(\s*\(?\s*\w+\s*,\s*\w+\s*\)?\s*=>\s*[\w.]+\s*[<>]=?\s*[\w.]+\s*\)`?" + _NC +
          r"{0,30}\b(sorts?|orders?|works?|puts?|arranges?|gives?|returns?)\b"
          r"|\b(comparators?|compare functions?|comparison functions?|sort callbacks?)\b[^.;]{0,30}"
          r"\b(returns?|returning) (a )?(booleans?|true or false|true/false)\b" + _NC + r"{0,20}\b("
          r"works?|is (fine|enough|ok|okay|correct)|sorts?( correctly)?)\b"
          r"|\breturning (a )?(booleans?|true or false)\b[^.;]{0,30}\b(is (enough|fine|ok|"
          r"sufficient)|works)\b"
          r"|\b(comparator|compare function)\b[^.;]{0,15}\bcan return `?\w+ ?[<>] ?\w+",
          "MDN, Array.prototype.sort (compareFn 'should return a number where: A negative value "
          "indicates that a should come before b. A positive value indicates that a should come "
          "after b. Zero or NaN indicates that a and b are considered equal'; a comparator must "
          "be consistent, or 'the sort order is implementation-defined')",
          ("sort((a, b) => a > b) sorts the numbers ascending.",
           "A comparator that returns a boolean works fine with sort.",
           "arr.sort((a, b) => a.score > b.score) orders by score.",
           "Returning true or false from the compare function is enough.",
           "The comparator can return a > b, like in other languages."),
          ("sort((a, b) => a - b) sorts the numbers ascending.",
           "A comparator that returns a boolean does not sort reliably.",
           "arr.sort((a, b) => a.score - b.score) orders by score.",
           ("Returning a negative, zero or positive number from the compare function is "
            "required."),
           "Python's sorted takes a key function, not a comparator."),
          ("javascript", "typescript")),
    Entry("then_sync_when_resolved",
          "then, catch and finally callbacks always run asynchronously, as microtasks after the "
          "current code has finished, even when the promise has already settled "
          "(Promise.resolve(x).then(f) runs f later)",
          r"\bthen\b" + _ARGS + r"( callbacks?| handlers?)?`?" + _NC + r"{0,40}\b(runs?|executes?|"
          r"fires?|is (called|invoked|run)|calls? (the|its) (callback|handler))\b (immediately|"
          r"synchronously|right away|at once|straight away|inline)\b"
          r"|\bthen\b" + _ARGS + r"`?" + _NC + r"{0,30}\b(logs?|prints?|runs?) before the next "
          r"(line|statement)\b"
          r"|\b(already )?(resolved|settled|fulfilled) promise\b" + _NC + r"{0,30}\b(invokes?|calls?|"
          r"runs?|fires?) (its |the )?(then )?(handlers?|callbacks?) (immediately|synchronously|"
          r"right away|at once)\b",
          "MDN, Promise.prototype.then ('the handler functions are called asynchronously'); "
          "MDN, Using promises ('callbacks added with then() will never be invoked before the "
          "completion of the current run of the JavaScript event loop')",
          ("Since the promise is already resolved, the then callback runs immediately.",
           "Promise.resolve(1).then(log) logs before the next line.",
           "then on a resolved promise calls the callback synchronously.",
           "The callback passed to then runs right away because the value is already there.",
           "An already settled promise invokes its then handlers synchronously."),
          (("Even though the promise is already resolved, the then callback runs after the "
            "current code."),
           "Promise.resolve(1).then(log) logs after the next line.",
           "The executor of new Promise runs synchronously.",
           "then callbacks run asynchronously, as microtasks.",
           "The then callback runs before the setTimeout callback."),
          ("javascript", "typescript")),
    Entry("js_map_length",
          "A Map or Set has no length: map.length is undefined; its size property (map.size, "
          "set.size) counts the entries",
          r"^(?=.*\b(map|set)s?\b(?!\())(?!.*(\barray\b|\.map\(|\bstring\b|\blist\b))(?:.*?)(?:"
          r"\b\w+\.length\b`?" + _NC + r"{0,30}\b(gives?|is|returns?|counts?|holds?|equals?)\b"
          r"[^.;]{0,30}\b(entries|keys|items|elements|values|members|size|number of)\b"
          r"|\b(map|set)('s)? length( property)?\b" + _NC + r"{0,30}\b(counts?|gives?|returns?|is)\b"
          r"|\b(the |a |this )?(map|set) has (a )?length\b)",
          "MDN, Map.prototype.size ('returns the number of elements in this map'); Set.prototype."
          "size; neither Map nor Set has a length property",
          ("map.length gives the number of entries in the Map.",
           "seen.length is the number of items in the Set.",
           "The Map's length property counts its keys.",
           "cache.length returns how many entries the Map holds.",
           "Since the Set has length 3, the loop runs three times."),
          ("map.size gives the number of entries in the Map.",
           "seen.length is undefined for a Set.",
           "The array's length property counts its elements.",
           "cache.size returns how many entries the Map holds.",
           "Since the Set has size 3, the loop runs three times."),
          ("javascript", "typescript")),
    # --- TypeScript (the handbook, release notes) --------------------------------------------
    Entry("ts_satisfies_changes_type",
          "satisfies checks that an expression matches a type without changing the "
          "expression's own inferred type: the variable keeps its narrower literal type (an "
          "annotation, `: T`, is what makes it T)",
          r"\bsatisfies\b" + _NC + r"{0,40}\b(changes?|sets?|turns?|converts?|casts?|widens?|"
          r"makes?)\b[^.;]{0,30}\b(types?|\w+'s type)\b"
          r"|\bsatisfies\b" + _NC + r"{0,40}\b(type )?becomes\b"
          r"|\bsatisfies\b" + _NC + r"{0,20}\b(works|behaves|is) (just )?(like|the same as) (a |an )?"
          r"(type )?(annotation|cast|as)\b",
          "TypeScript 4.9 release notes, The satisfies Operator ('lets us validate that the type "
          "of an expression matches some type, without changing the resulting type of that "
          "expression')",
          ("`satisfies Config` changes the type of the variable to Config.",
           "With satisfies, the object's type becomes the annotated type.",
           "satisfies widens the literal types to string.",
           "satisfies Record<string, string> makes config's type Record<string, string>.",
           "satisfies works like a type annotation, so the specific keys are lost."),
          ("`: Config` changes the type of the variable to Config.",
           "With satisfies, the object keeps its inferred type.",
           "satisfies checks the value against the type without widening it.",
           "An annotation widens the literal types to string.",
           "satisfies reports an error when a property is missing."),
          ("typescript",)),
    Entry("ts_type_predicate_verified",
          "A user-defined type guard (`x is T`) is trusted, not verified: the compiler narrows "
          "to T wherever it returns true, whatever its body checks, so a wrong guard lets a "
          "wrong type through without an error",
          r"\b(compiler|typescript|tsc|type ?checker)\b" + _NC + r"{0,20}\b(verifies|checks|"
          r"validates|ensures|proves|confirms)\b[^.;]{0,20}\b(that )?(the |a |its )?(user-defined )?"
          r"(type guard|type predicate|predicate)('s)?\b"
          r"|\b(type guard|type predicate)s?\b[^.;]{0,30}\b(is|are) (verified|validated|proven|"
          r"checked by the compiler|checked at compile time)\b"
          r"|\b(a |an )?(wrong|incorrect|lying|bad) (type guard|type predicate)\b" + _NC +
          r"{0,20}\b(is|causes|gives|produces) (a )?(compile|compiler|type)[- ]?(time )?error\b"
          # the shapes: 'a type predicate is proved by the compiler', 'a guard that always returns
          # true is rejected'
          r"|\b(type )?(predicate|guard)s?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?="
          r"\w))){0,20}\b(is|are|gets?) (proved|proven|verified|checked|validated|enforced) (by "
          r"the compiler|by typescript|at compile time|statically)\b"
          r"|\b(predicate|guard)s? (that|which) (always )?returns? (true|false)( unconditionally"
          r")?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(is|are|gets?) ("
          r"rejected|flagged|an error|a compile error|caught)\b",
          "TypeScript Handbook, Narrowing, Using type predicates ('pet is Fish is our type "
          "predicate ... Any time isFish is called with some variable, TypeScript will narrow "
          "that variable to that specific type'); the predicate's body is not checked against "
          "it",
          ('A user-defined guard is checked by the compiler against its body.',
           'A guard which returns true unconditionally gets flagged by tsc.',
           "The compiler verifies that the type guard really checks for Fish.",
           "TypeScript checks that a type predicate's body matches its claim.",
           "A wrong type guard is a compile error.",
           "The type predicate is validated by the compiler, so isUser cannot lie.",
           "tsc ensures the user-defined type guard is correct."),
          ('A user-defined guard is not checked by the compiler against its body.',
           'A guard which returns true unconditionally compiles and narrows wrongly.',
           "The compiler trusts the type guard and narrows to Fish.",
           "TypeScript does not check that a type predicate's body matches its claim.",
           "A wrong type guard compiles and narrows anyway.",
           "The type predicate is what lets the compiler narrow inside the if.",
           "isUser could lie, and the compiler would not notice."),
          ("typescript",)),
    Entry("ts_catch_error_typed",
          "A catch clause's variable is unknown (under strict, useUnknownInCatchVariables) or "
          "any, never the thrown class: TypeScript cannot know what was thrown, so narrow it "
          "(instanceof Error) before use; `catch (e: Error)` does not compile",
          r"\b(catch|caught)\b[^.;]{0,30}\b(e|err|error|ex|exception|variable|value)\b" + _NC +
          r"{0,20}\b(has (the )?type|is typed as|is of type|types? as)\b `?\w*(error|exception)\b"
          r"|\b(typescript|tsc|the compiler)\b" + _NC + r"{0,20}\b(types?|infers?|knows?|gives?)\b"
          r"[^.;]{0,20}\b(catch|caught)\b[^.;]{0,20}\b(as|to be) `?\w*error\b"
          r"|\b(typescript|tsc|the compiler)\b" + _NC + r"{0,20}\binfers? the type of the (thrown|"
          r"caught) (value|error|exception)\b"
          r"|\bcatch\s*\(\s*\w+\s*:\s*(?!unknown\b|any\b)\w+\s*\)`?" + _NC + r"{0,20}\b(only )?("
          r"catches|handles|receives|gets)\b",
          "TypeScript 4.4 release notes, Defaulting to the unknown Type in Catch Variables "
          "(--useUnknownInCatchVariables, part of strict: 'changes the default type of catch "
          "clause variables from any to unknown'); TSConfig reference; a catch clause variable "
          "annotation 'must be any or unknown if specified'",
          ("In the catch block, e has type Error.",
           "TypeScript types the catch variable as Error automatically.",
           "catch (e: HttpError) only catches HttpError instances.",
           "The caught error is typed as Error, so e.message is safe.",
           "TypeScript infers the type of the thrown value in catch."),
          ("In the catch block, e has type unknown.",
           "TypeScript types the catch variable as unknown under strict.",
           "catch (e) catches anything thrown; check e instanceof HttpError.",
           "After instanceof Error, e is typed as Error, so e.message is safe.",
           "e.message needs e to be narrowed first."),
          ("typescript",)),
    # --- Go (the specification, package docs) ------------------------------------------------
    Entry("go_fmt_v_field_names",
          "fmt's %v prints a struct's field values only ({1 2}); %+v adds the field names "
          "({X:1 Y:2}) and %#v prints it in Go syntax with the type name",
          r"(%v\b|\bfmt\.println\(\w+\))['\"`]?" + _NC + r"{0,30}\b(prints?|shows?|includes?|"
          r"displays?|gives?|outputs?|writes?)\b[^.;]{0,20}\b(the |its )?field names\b"
          r"|(%v\b|\bfmt\.println\(\w+\))[^.;]{0,40}\b(shows?|prints?|is|gives?|outputs?)\b[^.;]{0,10}"
          r"\{\w+:\S",
          "Go fmt package ('%v the value in a default format when printing structs, the plus "
          "flag (%+v) adds field names'; '%#v a Go-syntax representation of the value'; the "
          "default format for a struct is {field0 field1 ...})",
          ("%v prints the struct with its field names.",
           "fmt.Printf(\"%v\", p) shows {X:1 Y:2}.",
           "fmt.Println(p) includes the field names.",
           "%+v and %v both show the field names.",
           "With %v the output is {Name:ann Age:3}."),
          ("%+v prints the struct with its field names.",
           "fmt.Printf(\"%v\", p) shows {1 2}.",
           "fmt.Println(p) shows only the values.",
           "%#v shows the type name and the field names.",
           "With %+v the output is {Name:ann Age:3}."),
          ("go",)),
    Entry("go_fmt_bad_verb_panics",
          "fmt never panics or returns an error over a wrong verb or argument count: it writes "
          "the problem into its output (%!d(string=hi), %!(EXTRA int=3), %!s(MISSING)); go vet "
          "reports such calls",
          r"^(?!.*\b(writes?|writer|io\.)\b)(?:.*?)(?:"
          r"\b(fmt\.)?(s|f)?print(f|ln)\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(panics|crashes|"
          r"throws|fails to compile|returns an error|raises|will (panic|crash|throw))\b"
          r"|\b(wrong|bad|mismatched|invalid|unknown) (verb|format verb|argument type)\b" + _NC +
          r"{0,30}\b(causes?|is|gives?|makes?)\b[^.;]{0,15}\b(panic|compile[- ]?(time )?error|crash|"
          r"runtime error)\b"
          r"|\b(missing|extra|too (many|few)) arguments?\b" + _NC + r"{0,30}(\bpanics?\b|\bmakes? "
          r"\w+ panic\b|\bcrash\w*|\bthrows?\b|\bruntime error\b)"
          r"|%[a-z]\b[^.;]{0,30}\bmakes? (s|f)?print(f|ln) (return an error|panic|fail)\b)",
          "Go fmt package, Format errors ('If an invalid argument is given for a verb, such as "
          "providing a string to %d, the generated string will contain a description of the "
          "problem': %!d(string=hi), %!(EXTRA type=value), %!d(MISSING)); cmd/vet printf check",
          ("fmt.Printf(\"%d\", \"hi\") panics.",
           "Passing a string to %d makes Printf return an error.",
           "A missing argument makes Sprintf panic.",
           "fmt.Sprintf with too many arguments throws a runtime error.",
           "The wrong verb causes a compile error."),
          ("fmt.Printf(\"%d\", \"hi\") prints %!d(string=hi).",
           "A missing argument shows as %!s(MISSING).",
           "go vet reports the wrong verb.",
           "An extra argument appears as %!(EXTRA int=3).",
           "Sprintf never panics on a wrong verb."),
          ("go",)),
    Entry("go_map_delete_during_range",
          "Deleting entries from a map while ranging over the same map is allowed in Go: an "
          "entry removed before it is reached is just not produced (one added during the loop "
          "may or may not be)",
          r"^(?!.*(goroutine|concurren|threads?\b|parallel|\block|mutex|sync\.))(?:.*?)(?:"
          r"\b(delet\w*|remov\w*|modif\w*|chang\w*) (from |of |entries (from|of) |keys (from|of) |"
          r"elements (from|of) |the )?(a |the )?map\b[^.;]{0,20}\b(while|during|inside|in)\b[^.;]{0,20}"
          r"\b(rang\w*|iterat\w*|loop\w*)\b" + _NC + r"{0,30}\b(panics?|is (undefined|unsafe|not "
          r"allowed|forbidden|illegal|an error|a bug)|causes? (a )?(panic|crash|undefined)|crashes|"
          r"corrupts?)\b"
          r"|\b(delet|remov)\w* (entries|keys|elements|items)\b[^.;]{0,10}\b(while|during|inside)\b"
          r"[^.;]{0,10}\b(range|ranging|iteration)\b" + _NC + r"{0,20}\b(is (undefined|unsafe|not "
          r"allowed)|panics)\b"
          r"|^(?=.*\bmaps?\b)(?:.*?)\b(cannot|can not|must not|should not|may not|not allowed to) "
          r"(delete|remove) (keys|entries|elements|items|from)\b[^.;]{0,30}\b(range|iteration|loop)"
          r"|\b(unsafe|not safe|undefined behaviou?r|a bug) to (call )?(delete|remove)\b[^.;]{0,40}"
          r"\b(rang\w*|iterat\w*|loop\w*)\b"
          r"|\b(range|loop) (loop )?(breaks|panics|fails|stops)\b[^.;]{0,10}\b(if|when) the map is "
          r"(modified|changed)\b)",
          "The Go Programming Language Specification, For statements with range clause ('If a "
          "map entry that has not yet been reached is removed during iteration, the "
          "corresponding iteration value will not be produced. If a map entry is created during "
          "iteration, that entry may be produced during the iteration or may be skipped')",
          ("Deleting from a map while ranging over it panics.",
           "You cannot delete keys inside a range loop over the map.",
           "Removing entries during range is undefined behaviour in Go.",
           "The range loop breaks if the map is modified, so collect the keys first.",
           "It is unsafe to call delete on the map you are ranging over."),
          ("Deleting from a map while ranging over it is safe.",
           "Deleting from a map while other goroutines range over it is unsafe.",
           "An entry deleted before it is reached is not produced.",
           "Entries added during the range may or may not be visited.",
           "You can delete keys inside a range loop over the map."),
          ("go",)),
    Entry("go_waitgroup_single_use",
          "A sync.WaitGroup can be reused once Wait has returned: new Add calls just have to "
          "come after the previous Wait returns",
          r"\b(waitgroup|wg)s?\b" + _NC + r"{0,30}\bcan (only )?be used (only )?once\b"
          r"|\b(waitgroup|wg)s?\b" + _NC + r"{0,30}\b(cannot|can not) be (re-?used|used again|used "
          r"for (a |another )?(second|new|next))\b"
          r"|\b(waitgroup|wg)s?\b[^.;]{0,40}\b(are|is) (single-?use|one-?shot|one-?time)\b"
          r"|\b(calling )?(wg\.)?add\b[^.;]{0,10}\b(again )?after (wg\.)?wait\b( (has )?returned)?"
          r"[^.;]{0,10}\b(panics?|is (an error|not allowed|illegal))\b",
          "Go sync package, WaitGroup.Add ('If a WaitGroup is reused to wait for several "
          "independent sets of events, new Add calls must happen after all previous Wait calls "
          "have returned')",
          ("A WaitGroup can only be used once.",
           "After Wait returns, the WaitGroup cannot be reused.",
           "You need a new WaitGroup for each batch because they are single-use.",
           "Calling Add again after Wait panics.",
           "wg cannot be used for a second round of goroutines."),
          ("A WaitGroup can be reused after Wait returns.",
           "Calling Add again after Wait has returned is fine.",
           "Calling Add concurrently with Wait is a misuse.",
           "A sync.Once runs its function only once.",
           "You can reuse wg for a second round of goroutines."),
          ("go",)),
    Entry("go_waitgroup_extra_done",
          "A WaitGroup's counter must not go negative: a Done (or Add) that takes it below zero "
          "panics ('sync: negative WaitGroup counter'); an extra Done is never ignored",
          r"\b(extra|additional|surplus|unmatched|too many) (wg\.)?done\b(\(\))?( calls?)?" + _NC +
          r"{0,20}\b(is (harmless|ignored|fine|a no-?op|safe)|does nothing|has no effect)\b"
          r"|\bdone\b(\(\))?[^.;]{0,40}\b(more (times )?than|without (a )?(matching|corresponding)|"
          r"twice)\b[^.;]{0,30}\b(is (harmless|ignored|fine|safe|a no-?op)|does nothing|has no "
          r"effect|just stays|stays at (zero|0))\b"
          r"|\bnegative\b[^.;]{0,15}\b(waitgroup |wg )?counter\b" + _NC + r"{0,20}\b(simply |just )?"
          r"(makes wait return|is (ignored|clamped|harmless|fine)|stays at (zero|0)|is treated as "
          r"(zero|0))\b",
          "Go sync package, WaitGroup.Add ('If the counter becomes zero, all goroutines blocked "
          "on Wait are released. If the counter goes negative, Add panics'); Done 'decrements "
          "the WaitGroup counter by one'",
          ("Calling Done more times than Add is harmless.",
           "An extra wg.Done() is ignored.",
           "If Done is called twice, the counter just stays at zero.",
           "A negative WaitGroup counter simply makes Wait return.",
           "Calling wg.Done() without a matching Add does nothing."),
          ("Calling Done more times than Add panics.",
           "An extra wg.Done() makes the counter negative, which panics.",
           "Done decrements the counter by one.",
           "Wait returns when the counter reaches zero.",
           "Calling wg.Done() without a matching Add panics with a negative counter."),
          ("go",)),
    Entry("go_defer_cannot_change_result",
          "A deferred function literal can read and change the surrounding function's named "
          "result parameters after the return statement has set them: `defer func() { err = "
          "wrap(err) }()` changes what the caller gets (with unnamed results it cannot)",
          r"^(?!.*(unnamed|not named|without (a )?named|anonymous result|arguments?))(?:.*?)(?:"
          r"\bdefer\w*( function| func| closure| call)?\b[^.;]{0,20}\b(cannot|can not|can never|"
          r"does not|is unable to) (change|modify|affect|alter|update|touch|set)\b[^.;]{0,20}\b("
          r"the |what the )?(return(ed)? values?|results?|returns?|function returns)\b"
          r"|\b(assigning|setting|changing|modifying) (to )?(the )?(\w+|named result)\b[^.;]{0,20}"
          r"\b(in|inside) the defer\w*( function| func| closure)?\b[^.;]{0,20}\b(has no effect|does "
          r"not (change|affect|modify)|is (lost|ignored|discarded))"
          r"|^(?=.*\bnamed\b)(?:.*?)\breturn(ed)? values? (is|are) (fixed|final|already (set|"
          r"decided|copied)|decided|copied)\b[^.;]{0,20}\bbefore\b[^.;]{0,20}\bdefer)",
          "The Go Programming Language Specification, Defer statements ('if the deferred "
          "function is a function literal and the surrounding function has named result "
          "parameters that are in scope within the literal, the deferred function may access "
          "and modify the result parameters before they are returned')",
          ("A deferred function cannot change the return value.",
           ("Assigning to err in the defer has no effect, since the function has already "
            "returned."),
           "The return value is fixed before the deferred call runs, even with named results.",
           "A defer can never modify what the function returns.",
           "Setting the named result inside the deferred closure does not change the result."),
          ("A deferred function can change a named return value.",
           ("Assigning to err in the defer changes what the caller gets, because err is a named "
            "result."),
           "With an unnamed result, the deferred call cannot change the returned value.",
           "The deferred closure runs after the return statement sets the named results.",
           "A deferred call's arguments are evaluated when the defer statement runs."),
          ("go",), code_has=r"\)\s*\(\s*\w+ [\w.*\[\]]+(\s*,\s*\w+ [\w.*\[\]]+)*\s*\)\s*\{"),
    Entry("go_panic_skips_defer",
          "A panic runs the deferred calls of every function it unwinds, in reverse order, "
          "before the program dies (which is where recover works); only os.Exit (and log.Fatal) "
          "skip deferred calls",
          r"^(?=.*\bpanic)(?!.*(exit|fatal|kill|goroutine))(?:.*?)(?:"
          r"\bdefer\w*( calls?| functions?| statements?| \w+)?\b[^.;]{0,30}\b(is|are|gets?) "
          r"(skipped|not (run|executed|called)|never (run|executed|called)|bypassed)\b"
          r"|\bdefer\w*( calls?| functions?| \w+)?\b[^.;]{0,20}\b((do|does|will) not (run|execute|"
          r"fire|happen)|never (runs?|executes?|fires?))\b"
          r"|\b(after|on|during) (a )?panic\b,? no (defers?|deferred (calls?|functions?))\b[^.;]{0,10}"
          r"\b(run|execute)\b)",
          "The Go Programming Language Specification, Handling panics ('While executing a "
          "function F, an explicit call to panic or a run-time panic terminates the execution "
          "of F. Any functions deferred by F are then executed as usual'); os.Exit ('deferred "
          "functions are not run')",
          ("When the function panics, its deferred calls are skipped.",
           "A panic stops the program immediately, so the deferred Close never runs.",
           "Deferred functions do not run if there is a panic.",
           "The defer is skipped because of the panic.",
           "After a panic no defers execute."),
          ("When the function panics, its deferred calls still run.",
           "os.Exit stops the program immediately, so the deferred Close never runs.",
           "Deferred functions run even if there is a panic.",
           "The defer is skipped because of os.Exit, not the panic.",
           "After a panic the defers execute in reverse order."),
          ("go",)),
    Entry("go_time_add_in_place",
          "time.Time is an immutable value: t.Add, AddDate, Truncate, Round, In and UTC return a "
          "new Time and leave t unchanged (write t = t.Add(d))",
          r"^(?!.*=\s*\w+\.(add|adddate|truncate|round|in|utc|local)\()(?:.*?)(?:"
          r"\b(?P<v>\w+)\.(add\((time\.|-?\d+\s*\*\s*time\.|\w*(dur|delay|timeout|interval|ttl)\w*\))"
          r"|adddate\(|truncate\(time\.|round\(time\.|in\(\w*loc\w*\)|utc\(\)|local\(\))[^)]{0,40}"
          r"\)?`?" + _NC + r"{0,20}\b(moves|changes|modifies|updates|mutates|advances|shifts|sets|"
          r"rounds (?P=v) down|converts)\b[^.;]{0,10}\b((?P=v)|it|in place)\b"
          r"|\badddate\b(\(\))?" + _NC + r"{0,15}\b(modifies|changes|mutates|updates)\b (the |its )?"
          r"(time|receiver|value)\b"
          r"|\btime\.time\b[^.;]{0,20}\b(is|values are) mutable\b)",
          "Go time package, Time ('Time ... values should be passed and stored by value'; "
          "Time.Add 'returns the time t+d'; AddDate 'returns the time corresponding to adding "
          "the given number of years, months, and days to t'): every method returns a new Time",
          ("t.Add(time.Hour) moves t forward an hour.",
           "deadline.AddDate(0, 0, 1) changes deadline to tomorrow.",
           "Calling start.Truncate(time.Minute) rounds start down in place.",
           "t.In(loc) changes t's location.",
           "AddDate modifies the Time it is called on."),
          ("t.Add(time.Hour) returns a time an hour later.",
           "deadline = deadline.AddDate(0, 0, 1) changes deadline to tomorrow.",
           "start.Truncate(time.Minute) returns start rounded down.",
           "t.In(loc) returns t in another location.",
           "AddDate does not modify the Time it is called on."),
          ("go",)),
    Entry("parse_int_rejects_plus",
          "Integer parsers accept a leading plus sign: int('+5'), Integer.parseInt(\"+5\") "
          "(since Java 7), strconv.Atoi(\"+5\"), parseInt('+5'), Number('+5') and "
          "\"+5\".parse::<i32>() all give 5",
          r"\b(parseint|parselong|atoi|parse(::<\w+>)?|int|number|atol|strtol|valueof)\(\s*['\"`]"
          r"\+\d+['\"`][^)]{0,10}\)`?" + _NC + r"{0,20}\b(throws?|raises?|fails?|returns? an? (error|"
          r"err|nan)|gives? an? (error|nan)|is nan|errors?|panics?)\b"
          r"|\b(parse\w*|atoi|int\(\)|number\(\)|integer\.parseint|strconv\.\w+)" + _NC +
          r"{0,30}\b(rejects?|fails on|chokes on|does not accept|refuses|throws on|errors on)\b"
          r"[^.;]{0,10}(\ba |\bthe )?(\bleading )?(\+|\bplus\b)( sign)?"
          r"|\b(the )?(leading )?(\+|plus) sign\b" + _NC + r"{0,20}\b(makes? (the )?(parse|parsing|"
          r"conversion|call) (fail|throw|error)|causes? (a |an )?(numberformatexception|valueerror|"
          r"error|exception|failure))\b",
          "Python Library Reference, int ('Optionally, the string can be preceded by + or -'); "
          "Java API, Integer.parseInt ('an ASCII plus sign '+' ('\\u002B') to indicate a "
          "positive value', since Java 7); Go strconv.ParseInt ('The string may begin with a "
          "leading sign: \"+\" or \"-\"'); MDN, parseInt; Rust std, i32::from_str_radix ('an "
          "optional + or - sign')",
          ("Integer.parseInt(\"+5\") throws NumberFormatException.",
           "strconv.Atoi(\"+5\") returns an error because of the plus sign.",
           "int('+5') raises ValueError.",
           "parseInt rejects a leading + sign.",
           "The plus sign makes the parse fail."),
          ("Integer.parseInt(\"+5\") returns 5.",
           "strconv.Atoi(\"5+\") returns an error.",
           "int('+5') returns 5.",
           "parseInt accepts a leading + sign.",
           "The space makes the parse fail."),
          ()),
    Entry("int_parse_trims_whitespace",
          "Go's strconv.Atoi, ParseInt and ParseFloat and Rust's str::parse accept no "
          "whitespace: \" 42\" or \"42\\n\" (a line read with its newline) is a syntax error; "
          "trim it first (strings.TrimSpace, s.trim())",
          r"^(?!.*(\bint\(|python|\bfloat\(|trim\(\)\.parse|trimspace\())(?:.*?)(?:"
          r"\b(strconv\.)?(atoi|parseint|parsefloat|parseuint|parse(::<\w+>)?)\b" + _ARGS + r"`?" +
          _NC + r"{0,30}\b(trims?|ignores?|skips?|strips?|tolerates?|handles?|accepts?|allows?)\b"
          r"[^.;]{0,20}\b(leading |trailing |surrounding |the |any )?(and trailing )?(white ?space|"
          r"spaces?|blanks?|newlines?)\b"
          r"|\b(strconv\.)?(atoi|parseint|parsefloat)\(\s*\"\s+[^\"]*\"\s*\)`?\s*(returns?|gives?|is)"
          r"\s+\d"
          r"|\btrim\w*\b[^.;]{0,20}\b(is )?(unnecessary|not needed|redundant)\b[^.;]{0,40}\bparse\w*"
          r"\b)",
          "Go strconv package, ParseInt ('The string may begin with a leading sign'; anything "
          "else is 'err.Err = ErrSyntax'); Rust std, FromStr for i32 ('Leading and trailing "
          "whitespace represent an error')",
          ("strconv.Atoi ignores the leading space.",
           "Atoi trims whitespace, so the newline from ReadString is fine.",
           "parse::<u32>() skips surrounding whitespace.",
           "strconv.Atoi(\" 7\") returns 7.",
           "line.trim() is unnecessary since parse handles the trailing newline."),
          ("strconv.Atoi rejects the leading space.",
           "Atoi does not trim whitespace, so trim the newline from ReadString.",
           "s.trim().parse::<u32>() handles the trailing newline.",
           "strconv.Atoi(\"7\") returns 7.",
           "Python's int() ignores surrounding whitespace."),
          ("go", "rust")),
    # --- Java (JLS, javadoc) -----------------------------------------------------------------
    Entry("java_format_null_throws",
          "String.format's %s (as printf's, and string concatenation) turns null into the text "
          "\"null\": no NullPointerException is thrown (only calling a method on null, such as "
          "s.length(), throws)",
          r"^(?=.*\bnull\b)(?:.*?)(?:(\bstring\.format\b|\bprintf\b|\bformatted\b|%s)" + _ARGS +
          r"['\"`]?" + _NC + r"{0,40}\b(throws?|raises?|crash(es)?|causes? (a |an )?(npe|"
          r"nullpointerexception|exception))\b"
          r"|\b(concatenat\w*|appending|adding) (a |the )?null\b[^.;]{0,30}\b(throws?|crash\w*|causes? "
          r"(a |an )?(npe|nullpointer\w*|exception))\b"
          r"|(\+\s*null\b|\bnull\s*\+)`?" + _NC + r"{0,10}\b(throws?|crash\w*)\b"
          r"|%s\b" + _NC + r"{0,20}\b(cannot|can not) (format|print|handle) (a )?null\b)",
          "Java API, java.util.Formatter ('If the argument arg is null, then the result is "
          "\"null\"' for %s and %b's 'false'); JLS 15.18.1 String Concatenation Operator + ('If "
          "the reference is null, it is converted to the string \"null\"')",
          ("String.format(\"%s\", name) throws a NullPointerException when name is null.",
           "Concatenating a null string with + throws NullPointerException.",
           "printf with a null argument crashes.",
           "\"Hello \" + null throws an exception.",
           "%s cannot format a null value."),
          ("String.format(\"%s\", name) prints null when name is null.",
           "name.length() throws a NullPointerException when name is null.",
           "Concatenating a null string with + gives \"null\".",
           "\"Hello \" + null is \"Hello null\".",
           "%d with a String argument throws IllegalFormatConversionException."),
          ("java",)),
    Entry("java_format_d_double",
          "Java's Formatter is strict about types: %d with a double or Double (or %f with an int) "
          "throws IllegalFormatConversionException; it never rounds or converts (use %.0f, or "
          "cast)",
          r"%d['\"`]?\s*,\s*-?\d+\.\d+\s*\)`?\s*(prints?|gives?|is|returns?|shows?)\s*['\"]?-?\d"
          r"|%d\b(['\"`]\s*,\s*[\w.]+\))?`?" + _NC + r"{0,40}\b(rounds?|truncates?|drops?|chops?|"
          r"cuts? off)\b"
          r"|%f\b[^.;]{0,20}\b(with|on|of) an? (int|integer|long)\b" + _NC + r"{0,20}\b(prints?|"
          r"gives?|works|shows?)\b"
          r"|\bformatting an? (double|float)\b[^.;]{0,10}\bwith %d\b" + _NC + r"{0,20}\b(works|gives)"
          r"\b",
          "Java API, java.util.Formatter ('If the argument is not of the type required by the "
          "conversion, an IllegalFormatConversionException will be thrown'; 'd' applies to "
          "integral types, 'f' to floating-point ones)",
          ("String.format(\"%d\", 3.7) prints 3.",
           "%d rounds the double to the nearest integer.",
           "printf(\"%d\", price) truncates the decimals.",
           "%f with an int prints 5.000000.",
           "Formatting a double with %d drops the fractional part."),
          ("String.format(\"%d\", 3.7) throws IllegalFormatConversionException.",
           "%.0f rounds the double to the nearest integer.",
           "(int) price truncates the decimals.",
           "%f with a double prints 5.000000.",
           "Formatting a double with %d throws."),
          ("java",)),
    Entry("java_iterator_remove_cme",
          "Iterator.remove is the supported way to remove during iteration: it removes the last "
          "element next() returned and the iteration goes on with no "
          "ConcurrentModificationException (only a change made through the collection itself, "
          "list.remove, trips it); removeIf does the same",
          r"\b(it|iter|iterator|itr)\.remove\(\)`?" + _NC + r"{0,40}\b(throws?|causes?|raises?|"
          r"triggers?|gives?)\b[^.;]{0,20}\b(concurrentmodificationexception|cme|concurrent "
          r"modification)\b"
          r"|\b(cannot|can not|must not|not allowed to) (safely )?remove\b[^.;]{0,30}\b(while|"
          r"during)\b[^.;]{0,20}\b(iterat\w*|loop\w*)\b[^.;]{0,20}\beven (with|through|using) (an? |"
          r"the )?iterator\b"
          r"|(\biterator\.remove\b(\(\))?|\bremov\w* (through|via|with|using) the iterator\b)`?" +
          _NC + r"{0,30}\b(breaks?|is unsafe|is not safe|also causes|causes?|throws?|corrupts?|"
          r"invalidates?)\b(?! illegalstateexception)",
          "Java API, Iterator.remove ('Removes from the underlying collection the last element "
          "returned by this iterator'); ConcurrentModificationException ('If a single thread "
          "issues a sequence of method invocations that violates the contract of an object ... "
          "if a thread modifies a collection directly while it is iterating over the collection "
          "with a fail-fast iterator')",
          ("Calling it.remove() inside the loop throws ConcurrentModificationException.",
           "You cannot remove elements while iterating, even with an Iterator.",
           "iterator.remove() breaks the iteration.",
           "Removing through the iterator also causes a ConcurrentModificationException.",
           "Iterator.remove is unsafe while the loop is running."),
          ("Calling list.remove() inside the loop throws ConcurrentModificationException.",
           "You can remove elements while iterating with an Iterator.",
           "iterator.remove() removes the last element returned by next().",
           "Calling it.remove() twice without next() throws IllegalStateException.",
           ("Removing through the list, not the iterator, causes a "
            "ConcurrentModificationException.")),
          ("java",)),
    Entry("treemap_uses_equals",
          "A TreeMap or TreeSet compares keys only with compareTo or its Comparator, never "
          "equals or hashCode: two keys that compare as 0 are the same key (one replaces the "
          "other), so a comparator inconsistent with equals merges distinct objects",
          r"\btree(map|set)s?\b(\.\w+)?" + _NC + r"{0,30}\b(uses?|relies on|calls?|checks?|compares? "
          r"(with|using)|finds?\b[^.;]{0,15}\bwith|depends on)\b[^.;]{0,20}\b(equals|hashcode)\b"
          r"|\btree(map|set)\b[^.;]{0,20}\bkeeps both\b"
          r"|\bcompare (as )?(0|zero|equal)\b[^.;]{0,20}\b(are|is) (still )?(stored|kept) "
          r"(separately|twice|both)\b",
          "Java API, TreeMap ('the map performs all key comparisons using its compareTo (or "
          "compare) method, so two keys that are deemed equal by this method are, from the "
          "standpoint of the sorted map, equal'); SortedMap and Comparator ('consistent with "
          "equals')",
          ("TreeMap uses equals to decide whether two keys are the same.",
           "The TreeSet keeps both people, since equals says they differ.",
           "A TreeSet relies on hashCode and equals to find duplicates.",
           "Two keys that compare as 0 are still stored separately in the TreeMap.",
           "TreeMap.get finds the key with equals."),
          ("TreeMap uses compareTo to decide whether two keys are the same.",
           "The TreeSet keeps one person, since the comparator says they are equal.",
           "A HashSet relies on hashCode and equals to find duplicates.",
           "Two keys that compare as 0 are one key in the TreeMap.",
           "TreeMap.get finds the key with the comparator."),
          ("java",)),
    Entry("java_synchronized_boxed_field",
          "synchronized locks the object a reference points to, not the variable: "
          "synchronized (count) { count++; } on an Integer (or Boolean, String) field locks "
          "whichever object count held, and count++ replaces it, so threads lock different "
          "objects and the update races; lock a final object instead",
          r"^(?=.*(\+\+|\+=|\breassign\w*|\b(integer|boolean|long|string|boxed)\b))(?:.*?)"
          r"\bsynchroniz\w*\s*\(\s*(?!this\b|\w*lock\w*\b|\w*mutex\w*\b|\w*monitor\w*\b|obj\w*\b|"
          r"\w+\.class\b|\w*sync\w*\b)(?P<v>\w+)\s*\)`?" + _NC + r"{0,30}\b(makes?|guards?|protects?|"
          r"keeps?|locks?)\b[^.;]{0,30}\b((?P=v)|\w+\+\+|thread-?safe|atomic|safe)\b"
          r"|\b(synchroniz\w*|locking) on (the |an? )?(integer|boolean|long|string|boxed|wrapper)( "
          r"\w+)? (field|variable|counter|value|flag|object)?\b" + _NC + r"{0,30}\b(protects?|guards?|"
          r"makes?|keeps?)\b"
          r"|\bsynchronized (block|statement)s?\b" + _NC + r"{0,20}\blocks? the (\w+ )?(variable|"
          r"field|reference)\b",
          "JLS 14.19 The synchronized Statement ('the Expression ... must be a reference type'; "
          "'the lock associated with the ... object is acquired'); JLS 5.1.7 Boxing conversion "
          "(count++ on an Integer boxes a new object); the SEI CERT Oracle Java rule LCK01-J "
          "('Do not synchronize on objects that may be reused')",
          ("synchronized (count) makes count++ thread-safe.",
           "Synchronizing on the Integer field protects the counter.",
           "The synchronized block locks the count variable, so the increments are safe.",
           "synchronized(total) guards total even though total is reassigned.",
           "Locking on the Boolean flag makes the check-and-set atomic."),
          ("synchronized (lock) makes count++ thread-safe.",
           ("Synchronizing on the Integer field does not protect the counter, because count++ "
            "replaces the object."),
           "The synchronized block locks the object, not the variable.",
           "synchronized(this) guards total.",
           "Locking on a final Object makes the check-and-set atomic."),
          ("java",)),
    Entry("java_time_mutable",
          "java.time values (LocalDate, LocalDateTime, Instant, Duration, ZonedDateTime) are "
          "immutable: plusDays, withDayOfMonth and the like return a new object and leave the "
          "original unchanged, so the result must be assigned",
          r"^(?!.*=\s*\w+\.(plus|minus|with)\w*\()(?:.*?)(?:"
          r"\b(?P<v>\w+)\.((plus|minus)(days|weeks|months|years|hours|minutes|seconds|nanos|millis)?"
          r"|with(dayofmonth|dayofyear|month|year|hour|minute|second|nano))\([^)]{0,40}\)`?" + _NC +
          r"{0,20}\b(moves|changes|modifies|updates|mutates|advances|sets|shifts|increments)\b"
          r"[^.;]{0,10}\b((?P=v)|it|in place|the (original|\w+ itself))\b"
          r"|\b(localdate|localdatetime|localtime|instant|zoneddatetime|offsetdatetime|duration|"
          r"period|java\.time)( objects?| values?| classes)?s? (is|are) mutable\b)",
          "Java API, java.time.LocalDate ('This class is immutable and thread-safe'; plusDays: "
          "'This instance is immutable and unaffected by this method call')",
          ("date.plusDays(1) moves date to the next day.",
           "Calling start.plusHours(2) changes start.",
           "LocalDate is mutable, so plusDays updates it.",
           "today.withDayOfMonth(1) sets today to the first of the month.",
           "instant.plus(d) modifies the Instant in place."),
          ("date = date.plusDays(1) moves date to the next day.",
           "Calling start.plusHours(2) returns a new time and leaves start unchanged.",
           "LocalDate is immutable, so plusDays returns a copy.",
           "today.withDayOfMonth(1) returns the first of the month.",
           "Calendar.add modifies the calendar in place."),
          ("java",)),
    Entry("java_plusmonths_overflows",
          "LocalDate.plusMonths (and plusYears, withMonth) clamp an invalid day to the last "
          "valid day of the month: 31 January plus one month is 28 or 29 February, never a day "
          "in March, and nothing is thrown (JavaScript's setMonth and Go's AddDate roll over "
          "instead)",
          r"\b(plus|minus)(months|years)\b" + _ARGS + r"`?" + _NC + r"{0,50}(\b(rolls? (over )?into|"
          r"rolls over|overflows?|spills? (over )?into|wraps (around )?into|carries (over )?into)\b|"
          r"\bthrows?\b)"
          r"|\badding (a|one) month to (the )?(31|30|29)\w*\b[^.;]{0,30}\bthrows?\b"
          r"|\b(plus|minus)months\(1\) (on|from) (january|jan) (29|30|31)\b[^.;]{0,15}\b(gives?|is|"
          r"returns?|lands on) (march|mar)\b"
          r"|\bplusyears\b[^.;]{0,20}\b29 feb\w*[^.;]{0,25}\b(gives?|is|returns?) (1 march|march 1)\b",
          "Java API, LocalDate.plusMonths ('2007-03-31 plus one month would result in the "
          "invalid date 2007-04-31. Instead of returning an invalid result, the last valid day "
          "of the month, 2007-04-30, is selected instead')",
          ("plusMonths(1) on January 31 gives March 3.",
           "LocalDate.of(2023, 1, 31).plusMonths(1) rolls over into March.",
           "plusMonths overflows into the next month when the day does not exist.",
           "Adding a month to 31 January throws a DateTimeException.",
           "plusYears(1) on 29 February 2024 gives 1 March 2025."),
          ("plusMonths(1) on January 31 gives February 29.",
           "LocalDate.of(2023, 1, 31).plusMonths(1) is 2023-02-28.",
           "plusMonths clamps to the last day of the month when the day does not exist.",
           "LocalDate.of(2023, 2, 30) throws a DateTimeException.",
           "plusYears(1) on 29 February 2024 gives 28 February 2025."),
          ("java",)),
    Entry("java_calendar_month_one_based",
          "java.util.Calendar counts months from 0: Calendar.JANUARY is 0, cal.get(Calendar.MONTH) "
          "is 11 in December and set(2024, 1, 15) is 15 February (java.time's getMonthValue is "
          "the one that runs 1 to 12)",
          r"^(?!.*(getmonthvalue|localdate|java\.time|month\.of))(?:.*?)(?:"
          r"\bcalendar\.month\b\)?`?" + _NC + r"{0,30}\b(returns?|is|gives?|equals?)\b[^.;]{0,10}\b("
          r"12\b[^.;]{0,10}\bdecember|1\b[^.;]{0,10}\bjanuary)\b"
          r"|\bcalendar\b( months?)?[^.;]{0,20}\bmonths? (run|go|range|are numbered|count) (from )?1 "
          r"(to|-|through) 12\b"
          r"|" + _CAL_MONTH + r")",
          "Java API, java.util.Calendar ('MONTH ... the first month of the year in the Gregorian "
          "and Julian calendars is JANUARY which is 0; the last depends on the number of months "
          "in a year'); Calendar.set(int year, int month, int date)",
          ("cal.get(Calendar.MONTH) returns 12 for December.",
           "Calendar.MONTH is 1 for January.",
           "new GregorianCalendar(2024, 1, 15) is 15 January.",
           "Calendar months run from 1 to 12.",
           "calendar.set(2024, 3, 1) sets the date to 1 March."),
          ("cal.get(Calendar.MONTH) returns 11 for December.",
           "Calendar.JANUARY is 0.",
           "new GregorianCalendar(2024, 1, 15) is 15 February.",
           "LocalDate's getMonthValue runs from 1 to 12.",
           "calendar.set(2024, 3, 1) sets the date to 1 April."),
          ("java",)),
    Entry("twr_resource_open_in_catch",
          "In a try-with-resources statement the resources are closed before any catch or "
          "finally clause of that statement runs: the catch sees them already closed",
          r"\b(catch|finally)( block| clause| handler)?\b" + _NC + r"{0,20}\b(runs?|executes?|is (run|"
          r"executed))\b (before|while) (the )?(resources?|\w+)( is| are)? (closed|close\(\))"
          r"|\b(in|inside|within) the (catch|finally)( block| clause| handler)?\b,? (the )?\w+ (is|"
          r"are) still (open|usable|available|valid)\b"
          r"|\b(closed|close\(\)( is called)?)\b[^.;]{0,20}\b(only )?after the (catch|finally)( "
          r"block| clause| handler)?\b"
          r"|\b(resources?|\w+) (stays?|remains?|are kept|is kept) open (until|through|during)\b"
          r"[^.;]{0,20}\b(catch|finally)\b",
          "JLS 14.20.3.2 Extended try-with-resources ('In an extended try-with-resources "
          "statement, any catch or finally clause is run after all the resources are "
          "initialized and closed'); The Java Tutorials, The try-with-resources Statement",
          ("The catch block runs before the resource is closed.",
           "In the catch clause the connection is still open.",
           "The reader is closed after the catch block finishes.",
           "The resources stay open until the catch block finishes.",
           "close() is called only after the catch handler runs."),
          ("The catch block runs after the resource is closed.",
           "In the catch clause the connection is already closed.",
           "The reader is closed before the catch block runs.",
           "Resources are closed in reverse order of declaration.",
           "close() is called before the catch handler runs."),
          ("java",), code_has=r"\btry\s*\("),
    Entry("java_interrupt_stops_thread",
          "Thread.interrupt only sets the thread's interrupt status: a thread blocked in sleep, "
          "wait or join gets InterruptedException, but running code stops only where it checks "
          "isInterrupted() or Thread.interrupted(); nothing is killed",
          r"^(?!.*\b(signals?|os\.\w+|sig(int|kill|term)|process(es)?)\b)(?:.*?)(?:"
          r"\binterrupt\w*(\(\))?`?" + _NC + r"{0,30}\b(kills?|terminates?|aborts?|forcibly (stops?|"
          r"ends?))\b"
          r"|\binterrupt(\(\))?`?" + _NC + r"{0,30}\b(stops?|ends?|halts?)\b[^.;]{0,30}\b(immediately|"
          r"at once|right away|even in|even (when|if)|forcibly|wherever)\b"
          r"|\binterrupted\b,? (the )?thread (is|gets) (forcibly |immediately )?(stopped|killed|"
          r"terminated)\b)",
          "Java API, Thread.interrupt ('If this thread is blocked in an invocation of the wait(), "
          "... join(), ... sleep(long) ... then its interrupt status will be cleared and it will "
          "receive an InterruptedException'; otherwise 'this thread's interrupt status will be "
          "set'); the Java Tutorials, Interrupts",
          ("t.interrupt() stops the thread immediately.",
           "Calling interrupt() kills the worker thread.",
           "interrupt terminates the thread even in a busy loop.",
           "Once interrupted, the thread is forcibly stopped.",
           "worker.interrupt() ends the loop at once."),
          ("t.interrupt() sets the thread's interrupt flag.",
           "Calling interrupt() makes sleep throw InterruptedException.",
           "The loop stops when it checks isInterrupted().",
           "Once interrupted, the thread stops at the next check of the flag.",
           "worker.interrupt() does not kill the thread."),
          ("java",)),
    Entry("java_shutdown_waits",
          "ExecutorService.shutdown only stops new tasks being accepted: it returns at once "
          "without waiting for the submitted tasks (awaitTermination waits), and it cancels none "
          "of them (shutdownNow interrupts them)",
          r"^(?=.*(executor|\bpool\b|\.shutdown\(\)|\btasks?\b|\bjobs?\b))(?:.*?)(?:"
          r"\bshutdown\b(\(\))?`?" + _NC + r"{0,20}\b(waits?|blocks?)\b[^.;]{0,10}\b(for|until)\b"
          r"|\bafter (\w+\.)?shutdown\b(\(\))?( returns| is called)?,? (every|all|each) (the )?"
          r"(tasks?|jobs?)\b[^.;]{0,10}\b(has|have|is|are) (finished|completed|done)\b"
          r"|\bshutdown\b(\(\))?`?" + _NC + r"{0,20}\b(cancels?|interrupts?|kills?|stops?|terminates?|"
          r"aborts?)\b (the |all |any )?((running|active|submitted|pending|queued|executing|"
          r"in-progress)\b|(tasks?|jobs?) (still )?(running|in progress|executing)\b))",
          "Java API, ExecutorService.shutdown ('Initiates an orderly shutdown in which previously "
          "submitted tasks are executed, but no new tasks will be accepted ... This method does "
          "not wait for previously submitted tasks to complete execution. Use awaitTermination "
          "to do that')",
          ("executor.shutdown() waits for all tasks to finish.",
           "shutdown blocks until the submitted jobs complete.",
           "After pool.shutdown() returns, every task has finished.",
           "shutdown() cancels the tasks still running.",
           "Calling shutdown stops the running tasks immediately."),
          ("executor.awaitTermination() waits for all tasks to finish.",
           "shutdown returns at once without waiting for the submitted jobs.",
           "After pool.awaitTermination returns true, every task has finished.",
           "shutdownNow() interrupts the tasks still running.",
           "Calling shutdown stops new tasks from being accepted."),
          ("java",)),
    Entry("java_parseint_decimal",
          "Integer.parseInt (and Long.parseLong, Integer.valueOf) accept only digits after an "
          "optional sign: \"3.5\", \"1e3\" or \"1,000\" throw NumberFormatException; nothing is "
          "truncated or rounded (parse with Double.parseDouble or BigDecimal first)",
          r"^(?!.*(parsedouble|double\.|math\.round|\(int\)|\(long\)))(?:.*?)(?:"
          r"\b(integer\.)?(parseint|parselong|valueof)\(\s*\"-?\d+[.,e]\d+\"\s*\)`?\s*(returns?|"
          r"gives?|is|yields?)\s*-?\d"
          r"|\b(parseint|parselong)\b" + _ARGS + r"`?" + _NC + r"{0,30}\b(truncates?|rounds?|drops?|"
          r"ignores?|chops? off|discards?)\b[^.;]{0,20}(\b(the )?(decimal|fraction\w*)|\d+\.\d+|\"\d))",
          "Java API, Integer.parseInt ('The characters in the string must all be decimal "
          "digits, except that the first character may be an ASCII minus sign ... or plus sign'; "
          "otherwise NumberFormatException)",
          ("Integer.parseInt(\"3.5\") returns 3.",
           "parseInt truncates the decimal part.",
           "Integer.parseInt(\"1,000\") gives 1000.",
           "parseInt rounds \"2.7\" to 3.",
           "Long.parseLong ignores the fractional part."),
          ("Integer.parseInt(\"3.5\") throws NumberFormatException.",
           "(int) Double.parseDouble(\"3.5\") truncates the decimal part.",
           "Integer.parseInt(\"1000\") gives 1000.",
           "Math.round(Double.parseDouble(\"2.7\")) is 3.",
           "Long.parseLong rejects the fractional part."),
          ("java",)),
    # --- C and C++ (the C standard, cppreference) ---------------------------------------------
    Entry("c_printf_converts_argument",
          "printf does not convert its arguments to the types the format asks for: an int "
          "passed to %f or a double to %d is undefined behaviour and prints garbage; cast the "
          "argument to the type the conversion expects",
          r"^(?!.*(\((double|int|long|float|unsigned)\)|promot))(?:.*?)(?:"
          r"\bprintf\(\s*\"%f\"\s*,\s*-?\d+\s*\)`?\s*(prints?|gives?|shows?|outputs?)\s+-?\d"
          r"|\bprintf\(\s*\"%d\"\s*,\s*-?\d+\.\d+\s*\)`?\s*(prints?|gives?|shows?|outputs?)\s+-?\d"
          r"|\bprintf\b" + _NC + r"{0,20}\b(converts?|casts?|turns?)\b (the |an? )?"
          r"(int|integer|double|float|long)( argument| value)? (to|into) (an? )?(double|float|int|"
          r"integer)\b"
          r"|%[dfi]\b[^.;]{0,5}\b(with|on|given) an? (double|float|int|integer)\b" + _NC +
          r"{0,20}\b(prints?|gives?|shows?) (its|the) (integer|whole|truncated|rounded)\b"
          r"|%[df]( specifier| conversion)?\b" + _NC + r"{0,20}\b(turns?|converts?|casts?)\b (the )?"
          r"(int|integer|double|float)( argument| value)? (into|to) (an? )?(float|double|int|"
          r"integer)\b)",
          "cppreference, printf ('If any argument after default argument promotions is not the "
          "type expected by the corresponding conversion specifier, or if there are fewer "
          "arguments than required by format, the behavior is undefined'); C11 7.21.6.1p9",
          ("printf(\"%f\", 5) prints 5.000000.",
           "printf converts the int to a double for %f.",
           "%d with a double prints its integer part.",
           "printf(\"%d\", 3.9) prints 3.",
           "The %f specifier turns the integer argument into a float."),
          ("printf(\"%f\", 5.0) prints 5.000000.",
           "printf(\"%f\", (double) 5) prints 5.000000.",
           "%d with a double is undefined behaviour.",
           "printf(\"%d\", (int) 3.9) prints 3.",
           "Arguments of type float are promoted to double for %f."),
          ("c", "cpp")),
    Entry("c_atoi_reports_errors",
          "atoi (and atol, atof) report nothing: text that is not a number gives 0, \"12abc\" "
          "gives 12, and an out-of-range value is undefined behaviour; strtol with its end "
          "pointer and errno is the checked way",
          r"\bato[ilf]\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(returns?|gives?)\b (a )?(-1|negative one|"
          r"an error|null|nan|errno)(?!\w)"
          r"|\bato[ilf]\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(fails? with an error|sets errno|reports? "
          r"(an )?errors?|signals? (an )?error|throws?|raises?)\b"
          r"|\bato[ilf]\(\s*\"\d+[a-z]+\"\s*\)`?\s*(returns?|gives?|is)\s*0\b",
          "cppreference, atoi ('Interprets an integer value in a byte string ... Integer value "
          "corresponding to the contents of str on success. If no conversion can be performed, "
          "0 is returned'; 'If the converted value falls out of range ... the return value is "
          "undefined'); strtol sets errno and the end pointer",
          ("atoi returns -1 when the string is not a number.",
           "atoi(\"abc\") fails with an error.",
           "atoi sets errno on invalid input.",
           "atoi(\"12abc\") returns 0 because the string is invalid.",
           "If the input is not numeric, atoi reports an error."),
          ("atoi returns 0 when the string is not a number.",
           "strtol sets errno on overflow.",
           "atoi(\"12abc\") returns 12.",
           "atoi cannot report an error, so use strtol.",
           "If the input is not numeric, strtol's end pointer shows it."),
          ("c", "cpp")),
    Entry("cpp_destructor_throw_replaces",
          "An exception that leaves a destructor while another exception is unwinding the "
          "stack calls std::terminate (and destructors are noexcept by default since C++11, so "
          "any exception leaving one terminates): it never replaces or joins the first",
          r"\bdestructor('s)?\b[^.;]{0,60}\b(replaces?|overrides?|supersedes?|takes? (the )?place "
          r"of|wins over)\b[^.;]{0,20}\b(the )?(original|first|other|earlier|pending|in-flight|"
          r"propagating) (exception|error)\b"
          r"|\bdestructor\b[^.;]{0,60}\b(during|while)\b[^.;]{0,40}\b(the new|the destructor's|its) "
          r"exception (is|gets) (caught|propagated|thrown|handled)\b"
          r"|\bdestructor('s)? exception\b[^.;]{0,20}\b(is )?(added|attached|chained) (to|as)\b"
          r"|\b(throwing|throw\w*) (an exception )?(in|from) a destructor\b[^.;]{0,30}\b(is (safe|"
          r"fine|ok|harmless)|works)\b"
          r"|\bthrowing destructor\b[^.;]{0,10}\bis (safe|fine|ok|harmless)\b",
          "cppreference, Destructors ('throwing an exception from a destructor ... during stack "
          "unwinding, std::terminate is called'; 'a destructor is non-throwing' by default, "
          "C++11); cppreference, std::terminate",
          (("An exception thrown from a destructor during unwinding replaces the original "
            "exception."),
           ("When the destructor throws while another exception is propagating, the new "
            "exception is caught."),
           ("The destructor's exception is added to the first one, like Java's suppressed "
            "exceptions."),
           "A throwing destructor is fine, and the catch block gets its exception.",
           "Throwing in a destructor during stack unwinding is safe."),
          ("An exception thrown from a destructor during unwinding calls std::terminate.",
           ("If the destructor throws while another exception is propagating, the program "
            "terminates."),
           "Destructors are noexcept by default since C++11.",
           "A destructor should catch its own exceptions.",
           "Throwing in a destructor during stack unwinding terminates the program."),
          ("cpp",)),
    Entry("cpp_catch_by_value_keeps_type",
          "Catching a polymorphic exception by value (catch (std::exception e)) copies only its "
          "base part (slicing): e.what() gives the base's message and `throw e` throws a base "
          "object; catch by reference (const std::exception&) and rethrow with `throw;`",
          r"\bcatch\w*\s*\(\s*(const )?(std::)?\w+ \w+\s*\)`?" + _NC + r"{0,40}\b(keeps?|preserves?|"
          r"retains?|returns?|gives?|shows?)\b[^.;]{0,20}\b(derived|original|subclass|runtime_error's|"
          r"actual|real)\b"
          r"|\bcatch\w* (it |the exception |exceptions )?by value\b" + _NC + r"{0,30}\b(keeps?|"
          r"preserves?|retains?|is the same as|works like|is equivalent to)\b"
          r"|\brethrow\w* (it )?with `?throw \w+`?" + _NC + r"{0,20}\b(keeps?|preserves?)\b",
          "cppreference, try-block, catch by reference; C++ Core Guidelines E.15 ('Throw by "
          "value, catch exceptions from a hierarchy by reference': catching by value slices the "
          "derived part)",
          ("catch (std::exception e) keeps the derived exception's message.",
           "Catching by value preserves the runtime_error's what() text.",
           "Catching the exception by value is the same as catching by reference.",
           "e.what() in catch (std::exception e) returns the derived class's message.",
           "Rethrowing with throw e keeps the derived type."),
          ("catch (const std::exception& e) keeps the derived exception's message.",
           "Catching by value slices the exception.",
           "Catching the exception by reference avoids slicing.",
           "Rethrowing with a bare throw keeps the derived type.",
           "e.what() in catch (std::exception& e) returns the derived class's message."),
          ("cpp",)),
    Entry("cpp_map_insertion_order",
          "std::map and std::set keep their keys sorted by the comparator (std::less by "
          "default), not in insertion order; std::unordered_map has no defined order at all",
          r"\bstd::(unordered_)?(map|set|multimap|multiset)\b" + _NC + r"{0,40}\b(keeps?|preserves?|"
          r"maintains?|remembers?|iterates?|gives?|returns?|visits?|yields?|lists?)\b[^.;]{0,30}("
          r"\binsertion order\b|\b(in )?the order (they were|they are|of|in which they were|the \w+ "
          r"were) (inserted|added|put)\b|\border\b[^.;]{0,20}\b(inserted|added)\b)"
          r"|\bstd::(map|set|multimap|multiset)\b" + _NC + r"{0,30}\b(in )?(an? )?(arbitrary|random|"
          r"unspecified|undefined|hash) order\b",
          "cppreference, std::map ('std::map is a sorted associative container that contains "
          "key-value pairs with unique keys. Keys are sorted by using the comparison function "
          "Compare'); std::unordered_map ('the order of the elements is not specified')",
          ("std::map keeps the keys in insertion order.",
           "Iterating the std::map gives the entries in the order they were inserted.",
           "A std::set remembers the order the elements were added in.",
           "std::unordered_map iterates in insertion order.",
           "std::map iterates in an arbitrary order."),
          ("std::map keeps the keys in sorted order.",
           "Iterating the std::map gives the entries sorted by key.",
           "A std::vector remembers the order the elements were added in.",
           "std::unordered_map iterates in no particular order.",
           "std::map iterates in ascending key order."),
          ("cpp",)),
    # --- Rust (the book, std docs) ------------------------------------------------------------
    Entry("rust_derive_debug_display",
          "#[derive(Debug)] implements Debug, used by {:?} and {:#?}; {} needs Display, which "
          "cannot be derived and must be written by hand, so println!(\"{}\", x) on a type with "
          "only Debug does not compile",
          r"\bderive\(debug\)\]?`?" + _NC + r"{0,30}\b(lets?|allows?|enables?|makes?)\b[^.;]{0,30}"
          r"\{\}"
          r"|\{\}[\"'`]?[^.;]{0,30}\b(works|compiles)\b[^.;]{0,20}\b(because|since|as)\b[^.;]{0,20}"
          r"\bderives? `?(debug|\(debug\))"
          r"|\bdisplay\b" + _NC + r"{0,15}\b(can|could) (also )?be derived\b"
          r"|\{\}`?( placeholder| format)?" + _NC + r"{0,10}\b(uses?|calls?|relies on)\b (the )?"
          r"debug\b"
          r"|\b(std|the standard library|rust)\b" + _NC + r"{0,20}\bcan derive display\b",
          "The Rust Programming Language, 5.2 An Example Program Using Structs ('println! ... "
          "{} tells println! to use formatting known as Display'; 'Putting the specifier :? "
          "inside the curly brackets tells println! we want to use an output format called "
          "Debug'); Rust std, std::fmt (Display 'cannot be derived')",
          ("#[derive(Debug)] lets you print the struct with {}.",
           "println!(\"{}\", p) works because Point derives Debug.",
           "Display can be derived like Debug.",
           "{} uses the Debug implementation.",
           "The standard library can derive Display."),
          ("#[derive(Debug)] lets you print the struct with {:?}.",
           "println!(\"{:?}\", p) works because Point derives Debug.",
           "Display cannot be derived; implement fmt::Display by hand.",
           "{:?} uses the Debug implementation.",
           "{} uses the Display implementation."),
          ("rust",)),
    Entry("rust_iterator_map_eager",
          "Rust's iterator adapters (map, filter, inspect, zip) are lazy: v.iter().map(|x| ...) "
          "runs no closure until a consumer (collect, for_each, sum, a for loop) pulls the items; "
          "the compiler warns that 'iterators are lazy and do nothing unless consumed'",
          r"^(?!.*(collect|for_each|\bsum\b|\bcount\(|consum|\bfor loop\b))(?:.*?)(?:"
          r"\.(map|filter|inspect)\(\|[^|]*\|[^)]*\)+`?\s*(prints?|runs?|executes?|applies|calls?|"
          r"logs?)\b"
          r"|\b(map|filter|inspect)( closure| adapter| call)?\b" + _ARGS + _NC + r"{0,40}\b(runs?|"
          r"executes?|applies|is applied|is called|happens|fires)\b[^.;]{0,30}\b(immediately|right "
          r"away|at once|eagerly|as soon as (map|filter|it) is called|on the spot)\b)",
          "The Rust Programming Language, 13.2 Processing a Series of Items with Iterators ('In "
          "Rust, iterators are lazy, meaning they have no effect until you call methods that "
          "consume the iterator to use it up'); Rust std, Iterator::map",
          ("v.iter().map(|x| println!(\"{}\", x)) prints every element.",
           "The map closure runs on each element as soon as map is called.",
           "iter().map() applies the function to every item immediately.",
           "Calling .map on the iterator executes the closure right away.",
           "filter runs eagerly on the vector."),
          ("v.iter().for_each(|x| println!(\"{}\", x)) prints every element.",
           "The map closure runs on each element when collect pulls it.",
           "iter().map() does nothing until the iterator is consumed.",
           "Calling .collect() on the iterator executes the closure.",
           "Iterators are lazy in Rust."),
          ("rust",)),
    Entry("rust_mutex_unlocks_on_panic",
          "A std::sync::Mutex whose holder panicked is poisoned: later lock() calls return "
          "Err(PoisonError), so lock().unwrap() panics too, until the poison is dealt with "
          "(into_inner, clear_poison)",
          r"^(?!.*(parking_lot|tokio|async|poison))(?:.*?)\bpanic\w*\b[^.;]{0,40}\b(holding|holds|"
          r"with|in) (the |a )?(lock|mutex|guard|critical section)\b" + ANY + r"{0,40}\b(as usual|like "
          r"normal|normally|with no effect|succeeds?|simply releases?|just releases?)\b"
          r"|^(?!.*(parking_lot|tokio|async))(?:.*?)(\block\(\)[^.;]{0,10}\b(never|cannot|can not) "
          r"(returns? an? )?(errors?|fail|err)\b|\b(rust's |std's |std::sync::|a |the )?mutex(es)? "
          r"(cannot|can not|never) (be |get )?poison(ed)?\b)",
          "Rust std, std::sync::Mutex ('Poisoning: The mutexes in this module implement a "
          "strategy called \"poisoning\" where a mutex is considered poisoned whenever a thread "
          "panics while holding the mutex. Once a mutex is poisoned, all other threads are "
          "unable to access the data by default'); Mutex::lock ('If another user of this mutex "
          "panicked while holding the mutex, then this call will return an error')",
          ("If a thread panics while holding the lock, the other threads just lock it as usual.",
           ("A panic while holding the Mutex simply releases it, with no effect on later lock() "
            "calls."),
           "lock() never returns an error, so unwrap is just boilerplate.",
           ("After a panic in the critical section, lock().unwrap() succeeds in the other "
            "threads."),
           "Rust's Mutex cannot be poisoned."),
          ("If a thread panics while holding the lock, the mutex is poisoned.",
           "After a panic in the critical section, lock() returns Err in the other threads.",
           "lock() returns an error when the mutex is poisoned.",
           "parking_lot's Mutex cannot be poisoned.",
           "The guard is dropped during unwinding, which poisons the mutex."),
          ("rust",)),
    Entry("rust_refcell_compile_time",
          "RefCell checks its borrow rules at run time: a second borrow_mut while another borrow "
          "is alive compiles and then panics ('already borrowed'); try_borrow_mut returns an Err "
          "instead",
          r"\b(refcell|borrow_mut|borrow\(\))[^.;]{0,60}\b(is|are|gives?|causes?) (a )?(compile|"
          r"compiler|compilation)[- ]?(time )?error\b"
          r"|\b(borrow checker|compiler)\b" + _NC + r"{0,20}\b(rejects?|catches?|prevents?|stops?|"
          r"flags?)\b[^.;]{0,30}\bborrow_mut\b"
          r"|\brefcell\b" + _NC + r"{0,30}\b(enforces?|checks?|verifies)\b[^.;]{0,30}\bat compile[- ]"
          r"time\b"
          r"|\b(second |another |double )?(?<!try_)(borrow_mut|borrow\(\))[^.;]{0,20}\b(will not|"
          r"does not|cannot) compile\b"
          r"|(?<!try_)borrow_mut\b(\(\))?[^.;]{0,30}\b(returns?|gives?) (none|an? err|null)\b",
          "The Rust Programming Language, 15.5 RefCell<T> and the Interior Mutability Pattern "
          "('With RefCell<T>, these invariants are enforced at runtime ... if you break these "
          "rules, your program will panic and exit'); Rust std, RefCell::borrow_mut ('Panics if "
          "the value is currently borrowed')",
          ("Borrowing the RefCell mutably twice is a compile error.",
           "The borrow checker rejects two borrow_mut calls at compile time.",
           "RefCell enforces the borrowing rules at compile time.",
           "A second borrow_mut will not compile.",
           "calling borrow_mut while borrowed returns None."),
          ("Borrowing the RefCell mutably twice panics at run time.",
           "The borrow checker rejects two &mut borrows at compile time.",
           "RefCell enforces the borrowing rules at run time.",
           "A second try_borrow_mut returns an Err.",
           "Two &mut references to the same variable will not compile."),
          ("rust",)),
)

_KEYS: Final = {
    "finally_raise_keeps_original": r"\bfinally\b",
    "generator_body_runs_at_call": r"\b(generators?|yield)\b",
    "timedelta_seconds_total": r"\.?seconds\b",
    "timedelta_negative_parts": r"\bseconds\b",
    "format_width_truncates": r"(width|\{\w*:[<>^=]?\d|%-?\d+s)",
    "format_str_right_aligned": r"(align|justif|\bpads?\b)",
    "format_d_accepts_float": r"(:,?d\b|['\"]d['\"])",
    "format_precision_decimals": r"\.\d",
    "regex_star_lazy": r"([*+]|quantifier)",
    "regex_anchor_each_line": r"[\^$]",
    "regex_dot_matches_newline": r"(\.[*+`'\"\s]|\bdot\b)",
    "py_int_rejects_whitespace": r"\b(int|float)\b",
    "datetime_replace_in_place": r"(date|time|replace|astimezone)",
    "for_of_map_keys": r"\bmaps?\b",
    "js_set_unordered": r"\bsets?\b",
    "parsefloat_whole_string": r"\bparsefloat\b",
    "number_hex_string_nan": r"(\bnumber\(|\+\s*['\"`]0)",
    "await_blocks_thread": r"\bawait",
    "date_overflow_invalid": r"(date|month|\bday)",
    "js_date_setter_returns_copy": r"(\bset\w+|\bdate)",
    "js_match_g_groups": r"\bmatch\b",
    "js_sort_boolean_comparator": r"(sort|compar|returning)",
    "then_sync_when_resolved": r"\b(then|promise)\b",
    "js_map_length": r"\blength\b",
    "ts_satisfies_changes_type": r"\bsatisfies\b",
    "ts_type_predicate_verified": r"(guard|predicate)",
    "ts_catch_error_typed": r"\b(catch|caught)\b",
    "go_fmt_v_field_names": r"(%v|println)",
    "go_fmt_bad_verb_panics": r"(print|verb|argument|%)",
    "go_map_delete_during_range": r"\b(delet|remov|modif|chang|unsafe|range|loop)",
    "go_waitgroup_single_use": r"(waitgroup|\bwg\b|\badd\b)",
    "go_waitgroup_extra_done": r"\b(done|counter)\b",
    "go_defer_cannot_change_result": r"\b(defer|return)",
    "go_panic_skips_defer": r"\bpanic",
    "go_time_add_in_place": r"(\.(add|adddate|truncate|round|in|utc|local)\(|adddate|time\.time)",
    "parse_int_rejects_plus": r"(\+|\bplus\b)",
    "int_parse_trims_whitespace": r"(atoi|parse|trim)",
    "java_format_null_throws": r"\bnull\b",
    "java_format_d_double": r"(%[df]|formatting)",
    "java_iterator_remove_cme": r"\bremov",
    "treemap_uses_equals": r"(\btree(map|set)|\bcompare)",
    "java_synchronized_boxed_field": r"(synchroniz|locking on)",
    "java_time_mutable": r"(\.(plus|minus|with)|mutable)",
    "java_plusmonths_overflows": r"\b(plus|minus)(months|years)|\badding (a|one) month",
    "java_calendar_month_one_based": r"calendar",
    "twr_resource_open_in_catch": r"\b(catch|finally)\b",
    "java_interrupt_stops_thread": r"\binterrupt",
    "java_shutdown_waits": r"\bshutdown\b",
    "java_parseint_decimal": r"\b(parseint|parselong|valueof)\b",
    "c_printf_converts_argument": r"(%[dfi]|printf)",
    "c_atoi_reports_errors": r"\bato[ilf]\b",
    "cpp_destructor_throw_replaces": r"destructor",
    "cpp_catch_by_value_keeps_type": r"\b(catch|rethrow)",
    "cpp_map_insertion_order": r"\bstd::",
    "rust_derive_debug_display": r"(debug|display|\{\})",
    "rust_iterator_map_eager": r"\b(map|filter|inspect)\b",
    "rust_mutex_unlocks_on_panic": r"(panic|lock\(\)|poison)",
    "rust_refcell_compile_time": r"borrow",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS5: Final = keyed(_ENTRIES, _KEYS)
