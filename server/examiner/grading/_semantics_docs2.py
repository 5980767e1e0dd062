"""False beliefs about Python, JavaScript/TypeScript, Go and Java, from their documentation.

The fifth set (branch catalogue5), written like `_semantics_docs.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. Python: class-body scope, `except ... as`, json round trips,
str.replace and list.remove, bytes indexing, default equality, subprocess.run, hashing a tuple,
re.match. JavaScript (MDN): JSON.stringify of NaN, indexOf and NaN, string comparison, for...of
over an object, the temporal dead zone, push, a string's length. TypeScript (the handbook):
method parameter bivariance, enums, `private`, structural typing. Go (the specification and
package docs): break in a select, nil channels, os.Exit and defers, main and goroutines,
string(int), comparing slices, TrimLeft's cutset. Java (JLS and javadoc): Math.round,
replaceAll, array equality, Thread.run, static methods, Thread.sleep and monitors,
BigDecimal.equals.
"""

from __future__ import annotations

from typing import Final

from .._match import unnegated
from ._entry import ANY, NOT, NOT_CONTRAST, NOT_ONLY, Entry, keyed

__all__ = ["DOCS2"]

_NOT_VAR: Final = unnegated("only", "unlike", "while", "whereas", "but", "var",
                            "throws", "throw", "referenceerror")
"""One character of a claim about `let` that neither a negation nor a contrast with `var` (or
with the ReferenceError it throws) has taken back."""
_Q: Final = r"[\"'`]"
_SEES: Final = (r"\b(sees?|can (see|use|access|read|reference|refer to)|has access to|have "
                r"access to|looks? up|resolves?|finds?)\b (the )?(other )?(class[- ](level )?"
                r"(attributes?|variables?|names?|constants?|scope)|names? (defined|bound|assigned|"
                r"declared) in the class( body)?|the class body'?s? names|names from the class body)"
                r"\b")
"""A comprehension (or a method, by bare name) said to see the class body's names."""
_ROUND_HALF_NEGATIVE: Final = "|".join(
    rf"\bmath\.round\(\s*-\s*{d}\.5\s*\)`?{NOT}{{0,20}}\b(is|gives|returns|==|evaluates to|yields)"
    rf"\s+-\s*{d + 1}\b" for d in range(9))
"""Math.round(-2.5) said to be -3 (it is -2: ties round toward positive infinity)."""

_ENTRIES: Final = (
    # --- Python -------------------------------------------------------------------------------
    Entry("class_body_comprehension_scope",
          "Names bound in a class body are not visible inside the comprehensions, generator "
          "expressions, lambdas and methods defined in it (a comprehension's outermost iterable "
          "excepted): there they are looked up as globals, so write ClassName.attr or self.attr",
          r"^(?!.*\b(self|cls|outermost|leftmost|first iterable|qualif\w*|prefix\w*|through the "
          r"class|via the class)\b).*?"
          r"(\b(comprehensions?|generator expressions?|genexps?)\b" + NOT_ONLY + r"{0,60}" + _SEES +
          r"|\b(lambdas?|methods?|functions?)\b" + NOT_ONLY + r"{0,60}" + _SEES + r"[^.;]{0,30}"
          r"\b(directly|by (its |their )?(bare |plain )?names?|unqualified|as (a )?(bare|plain) "
          r"names?|without (self|cls|the class name))\b"
          r"|\b(class[- ](level )?(attributes?|variables?|names?|constants?)|names? (defined|bound|"
          r"assigned) in (a|the) class( body)?|the class (body|scope))\b" + NOT_ONLY +
          r"{0,40}\b(is|are)\s+(visible|accessible|in scope|available)\b[^.;]{0,20}\b(in|inside|to"
          r"|from|within) (the |a |any |every )?(\w+ )?(comprehensions?|generator expressions?|"
          r"genexps?|(lambdas?|methods?)\b[^.;]{0,20}\b(directly|by (its |their )?(bare |plain )?"
          r"names?|unqualified))\b)"
          # the outermost iterable said to be evaluated inside the comprehension's scope (it is
          # evaluated in the enclosing one, the class body)
          r"|(?=.*\b(iterable|for clause|outermost)\b)\b(every|each|all|the whole|all the) (part|piece|"
          r"clause)s?( of (it|the comprehension))?,?"
          r"(?:(?!\b(except|but|other than|apart from|besides|save)\b)[^.;]){0,30}\b(including|even|"
          r"included|too|as well)\b(?:(?!\b(except|but)\b)[^.;]){0,70}"
          r"\b(in|inside|within) (its|the comprehension('s)?|that|the (new|nested|inner)) (own |nested "
          r"|inner |new )?scope\b"
          r"|\b(outermost|leftmost|first) (iterable|`?for`? clause)\b" + NOT_ONLY + r"{0,30}\b(is|are)\s+"
          r"(also |likewise |still )?(evaluated|run|looked up|resolved|computed)\b[^.;]{0,15}\b(in|"
          r"inside|within) (the comprehension('s)?|its|the (nested|inner|new))( own)? scope\b",
          "Python Language Reference, 4.2.2 Resolution of names ('The scope of names defined in "
          "a class block is limited to the class block; it does not extend to the code blocks "
          "of methods - this includes comprehensions and generator expressions')",
          ("The comprehension in the class body can see the class attribute LIMIT.",
          ("Python runs each part of the comprehension, the first iterable included, inside its "
           "own scope."),
           "The outermost iterable is also evaluated in the comprehension's own scope.",
           "A list comprehension inside the class has access to the class variables.",
           "The method can use the class-level constant by its bare name.",
           "Class attributes are visible inside a generator expression in the class body.",
           "The lambda looks up the class variable SCALE directly."),
          ("A comprehension in the class body cannot see the class attributes.",
           "The outermost iterable is evaluated in the class body, not in the comprehension's scope.",
           ("Every part of the comprehension except the first iterable runs in its own scope."),
           "Only the outermost iterable of the comprehension is evaluated in the class scope.",
           "The method must use self.LIMIT or Config.LIMIT to reach the class attribute.",
           "Class attributes are not visible inside methods by their bare names.",
           "The comprehension never sees names defined in the class body.",
           "The method can use the class attribute through self.",
           "The outermost iterable of the comprehension can see the class attributes.",
           "The method can access the class variable as self.LIMIT."),
          ("python",), code_has=r"(?m)^\s*class\s+\w+"),
    Entry("except_as_name_kept",
          "The name bound by `except E as e` is deleted when the except clause ends: using it "
          "after the block raises NameError (UnboundLocalError in a function); assign it to "
          "another name to keep the exception",
          r"^(?!.*(\b(assign\w*|sav\w*|cop(y|ies|ied)|stor\w*|another (name|variable)|"
          r"sys\.exc_info|sys\.exception|traceback)\b|\w\s*=\s*\w)).*?"
          r"(\b(as \w+|the exception( variable| object| name)?|e|err|exc|ex)\b" + NOT +
          r"{0,50}\b(still |remains? |stays? )?(holds?|refers? to|is "
          r"(still )?(available|accessible|defined|bound|set|usable|in scope|visible)|remains? "
          r"(available|accessible|defined|bound|set|usable|in scope|visible)|stays? (in scope|"
          r"defined|bound|around)|can (still )?be (used|read|logged|printed|accessed|re-?raised)|"
          r"lives on)\b" + NOT + r"{0,30}\b(after|outside|below|beyond|past) (the |that |this )?"
          r"(except|handler|try)\b"
          r"|\b(after|outside|below|beyond|past) (the |that |this )?(except|handler|try)\w*( "
          r"(block|clause|statement|suite))?\b,?" + NOT + r"{0,40}\b(e|err|exc|ex|the exception"
          r"( variable| object)?)\b" + NOT + r"{0,20}\b(still )?(holds?|refers? to|works|is "
          r"(still )?(available|accessible|defined|bound|set|usable|in scope|visible)|can (still )?"
          r"be (used|read|logged|printed|accessed))\b)"
          # the shapes: 'after the `except ... as err:` block, `err` is still available', 'you can
          # return `err` after the except block'
          r"|\bafter (the |that |this )?`?(except|handler|try)\b[^.;]{0,40},? `?\w+`? (is |remai"
          r"ns |stays )?(still )?(available|accessible|defined|bound|usable|in scope|printable|t"
          r"here)\b"
          r"|\bprint\(\w+\)`? (after|outside|below) (the )?(try|except|handler)\w*( statement| b"
          r"lock| clause)? (shows|prints|displays|gives|outputs)\b"
          r"|\b(can|could|may) (still )?(return|use|print|log|read|re-?raise|access) `?\w+`? (af"
          r"ter|outside|below|past) (the |that |this )?(except|handler|try)\w*( block| clause| s"
          r"tatement)?\b",
          "Python Language Reference, 8.4 The try statement ('When an exception has been "
          "assigned using as target, it is cleared at the end of the except clause')",
          ('After the `except KeyError as missing:` clause, `missing` is still usable.',
           'You can log `problem` after the except block, since the handler bound it.',
           "After the except block, e still holds the ValueError.",
           "The exception variable is still available after the except clause.",
           "err remains in scope after the except block, so the later print(err) works.",
           "Outside the handler, exc refers to the last exception caught.",
           "Because the except binds it as e, e can still be logged after the try statement."),
          (('After the `except KeyError as missing:` clause, `missing` is gone and reading '
            'it fails.'),
           'You cannot log `problem` after the except block, since Python deletes that name.',
           "e is deleted when the except clause ends, so it is not there after the except block.",
           "After the except block, using e raises NameError.",
           "Assign the exception to another name to keep it after the handler.",
           "Inside the except block, e holds the ValueError.",
           "The exception variable is cleared when the except clause ends.",
           "saved = e, so saved still holds it after the except block.",
           "Assigning the exception to err keeps it available after the handler."),
          ("python",), code_has=r"except\b[^:\n]*\bas\s+\w+"),
    Entry("json_dumps_round_trip",
          "json.dumps writes a tuple as a JSON array and turns non-string dict keys (int, float, "
          "bool, None) into strings, so json.loads(json.dumps(x)) gives back lists and string "
          "keys, not an object equal to x",
          r"\bjson\b" + NOT_ONLY + r"{0,50}\b(keeps?|preserves?|retains?|restores?|gives? back|"
          r"round-?trips?|maintains?)\b (the |its |their |both )?(\w+ )?(int(eger)? keys|numeric keys|"
          r"number keys|key types?|tuples?)\b"
          r"|\btuples?\b" + NOT_ONLY + r"{0,50}\b(stays?|remains?|comes? back|is (restored|loaded|"
          r"decoded|read back|returned)|are (restored|loaded|decoded|read back|returned)) (as )?"
          r"(a |an )?(tuples?|immutable)\b"
          r"|\b(int(eger)?|numeric|number) keys\b" + NOT_ONLY + r"{0,40}\b(stay|remain|come back|"
          r"are (restored|kept|preserved|loaded|read back))\b[^.;]{0,15}\b(as )?(ints?|integers?|"
          r"numbers?|numeric)\b"
          r"|\bjson\.loads\(\s*json\.dumps\(\s*\w+\s*\)\s*\)`?" + NOT_ONLY + r"{0,20}(==|\b(is equal"
          r" to|equals|gives back|returns|is) (the )?(same|original|identical|an equal|equal)\b)"
          r"|\bround[- ]?trip\w* (through|via|with) json\b" + NOT_ONLY + r"{0,40}\b(gives? back|"
          r"returns?|restores?|preserves?|yields?) (the |an? )?(same|original|identical|equal)\b"
          # JSON's keys said to be numbers: written as numbers, allowed to be, read back as ints
          r"|\bjson\b[^.;]{0,25}\b(object )?(keys?|names?)\b" + NOT_CONTRAST + r"{0,20}\b(can|may|are "
          r"allowed to|could)\b (also )?be (numbers?|integers?|ints?|numeric|any type|of any type)\b"
          r"|\b(json\.dumps?|dumps?)\b" + NOT_CONTRAST + r"{0,50}\b(writes?|stores?|serializ\w+|"
          r"saves?|emits?)\b[^.;]{0,40}\b(int(eger)?|numeric|number)( dictionary| dict)? keys\b"
          r"[^.;]{0,15}\bas (numbers?|integers?|ints?)\b"
          r"|\b(json\.loads?|loads?)\b" + NOT_CONTRAST + r"{0,40}\b(converts?|turns?|changes?)\b"
          r"[^.;]{0,30}\b(number|numeric|digit|integer)[- ]?(like )?keys?\b[^.;]{0,10}\b(back )?"
          r"(to|into) (int(eger)?s?|numbers?)\b",
          "Python Library Reference, json ('Keys in key/value pairs of JSON are always of the "
          "type str ... if a dictionary is converted into JSON and then back into a dictionary, "
          "the dictionary may not equal the original one'; the conversion table maps list and "
          "tuple to array)",
          ("json.dumps keeps the integer keys, so counts[1] works after loading.",
           "The tuple comes back as a tuple after json.loads.",
           "The int keys stay ints when the dict is read back from JSON.",
           "json.loads(json.dumps(data)) == data holds for this dict.",
           "A round trip through JSON gives back the same dict.",
           "JSON object keys may be numbers or strings.",
           "json.dump writes the integer keys as numbers.",
           "json.loads converts number keys back to integers."),
          ("json.dumps turns the int keys into strings.",
           "JSON values can be numbers, but keys cannot.",
           "json.dump writes the integer keys as strings.",
           "The tuple comes back from json.loads as a list.",
           "JSON does not preserve tuples.",
           "A round trip through JSON does not give back the same dict.",
           "json.loads parses the string back into a dict with string keys."),
          ("python",), code_has=r"\bjson\.dump"),
    Entry("replace_first_only",
          "Python's str.replace(old, new) and Java's String.replace replace every occurrence (in "
          "Python a third argument, count, limits it); JavaScript's replace with a string is the "
          "one that replaces only the first",
          r"^(?!.*\b(count|maxreplace|third argument|replacefirst|javascript|js)\b)"
          r".*?\breplace\b(\((([^(),]|\([^()]*\))*,)?([^(),]|\([^()]*\))*\))?`?" + NOT +
          r"{0,40}\b(only |just )?(replaces?|changes?|substitutes?|swaps?|affects?|touches?|"
          r"removes?)\b (only |just )?(the )?(very )?first (occurrence|match|one|instance|\w+)\b"
          r"|\bonly (the )?first (occurrence|match|instance)\b[^.;]{0,30}\b(is |gets )?"
          r"(replaced|changed|removed)\b" + ANY + r"{0,30}\breplace\b",
          "Python Library Reference, str.replace ('Return a copy of the string with all "
          "occurrences of substring old replaced by new'); Java SE API, String.replace "
          "('Replaces each substring of this string that matches the literal target sequence')",
          ("name.replace(' ', '_') replaces only the first space.",
           "str.replace changes just the first occurrence, so the other commas stay.",
           "text.replace('a', 'b') only replaces the first match.",
           "The replace call swaps only the first occurrence of the old substring.",
           "Only the first occurrence is replaced by s.replace('-', '')."),
          ("name.replace(' ', '_') replaces every space.",
           "replace(' ', '_', 1) replaces only the first space.",
           "With a count of 1, replace changes only the first occurrence.",
           "str.replace does not stop at the first match.",
           "replace returns a new string; the original is unchanged."),
          ("python", "java"), code_has=r"\.replace\("),
    Entry("list_remove_all",
          "list.remove(x) (and Java's List.remove(Object)) removes only the first element equal "
          "to x; to drop every occurrence build a new list ([v for v in xs if v != x], or "
          "removeIf/removeAll in Java)",
          r"^(?!.*\b(unlike|rather_than|instead_of|comprehension|filter|removeif|removeall|loop)\b)"
          r"(.*?\bremove\b(\([^)]*\))?`?( (call|method))?" + NOT_ONLY + r"{0,40}\b(removes?|deletes?|"
          r"drops?|gets? rid of|takes? out|strips?|eliminates?)\b (all|every|each)( the| of the)? "
          r"(\w+ )?(occurrences?|instances?|copies|matching|matches|duplicates|\w+s)\b"
          r"|\b(all|every|each) (the )?(occurrences?|instances?|copies|duplicates)\b[^.;]{0,30}"
          r"\b(are|is|get|gets) (removed|deleted|dropped)\b" + NOT_ONLY + r"{0,20}\bremove\b)",
          "Python Library Reference, Mutable Sequence Types, s.remove(x) ('removes the first "
          "item from s where s[i] is equal to x'); Java SE API, List.remove(Object) ('Removes "
          "the first occurrence of the specified element')",
          ("nums.remove(0) removes all the zeros from the list.",
           "The remove call deletes every occurrence of the value.",
           "remove(x) drops all duplicates of x.",
           "remove gets rid of all instances of 'spam' in the list.",
           "Every occurrence is removed by items.remove(item)."),
          ("nums.remove(0) removes only the first zero.",
           "remove does not delete every occurrence.",
           "A comprehension removes all the zeros.",
           "remove raises ValueError when the value is missing.",
           "removeAll deletes every occurrence of the value.",
           "Unlike remove, the comprehension drops all the zeros.",
           "A while loop that calls remove removes all the zeros."),
          ("python", "java"), code_has=r"\.remove\("),
    Entry("bytes_index_gives_bytes",
          "Indexing a bytes object gives an int (b'abc'[0] is 97) and iterating over it gives "
          "ints; only a slice (b[0:1]) gives bytes",
          r"\b(\w+|b" + _Q + r"[^'\"`]*" + _Q + r")\[\s*(-?\d+|\w)\s*\]`?" + NOT_ONLY +
          r"{0,20}\b(is|gives|returns|yields|==|evaluates to|equals)\s+(the |a |an )?(one-byte |"
          r"single-byte |length-1 |1-byte )?(b" + _Q + r"|bytes( objects?| strings?)?\b|byte "
          r"strings?\b)"
          r"|\b(indexing|iterating over|looping over|a for loop over|iterating|iterate over) (a |"
          r"the |an )?(bytes|bytestrings?|bytes objects?|byte strings?|b" + _Q + r")\w*\b" +
          NOT_CONTRAST + r"{0,40}\b(gives?|returns?|yields?|produces?)\b (you )?(a |one-byte |"
          r"single-byte |length-1 |1-byte )*(bytes( objects?)?|characters?|chars|strings?|str|b" +
          _Q + r")"
          # the shapes: '`b'abc'[1]` gives `b'b'`', '`data[0] == b'G'` is True'
          r"|b'[^']*'\[\d+\]`? (gives|returns|is|evaluates to|==) `?b'"
          r"|\w+\[\d+\] ?== ?b'[^']'`? (is|evaluates to|returns) `?true\b"
          r"|\bslicing (a )?bytes\b[^.;]{0,20}\b(gives|returns|yields) (an? )?(int|integer|numbe"
          r"r)\b",
          "Python Library Reference, Binary Sequence Types, bytes ('Since bytes objects are "
          "sequences of integers ... for a bytes object b, b[0] will be an integer, while b[0:1] "
          "will be a bytes object of length 1')",
          ("`b'xyz'[0]` returns `b'x'`.",
           "`header[0] == b'P'` evaluates to True for a PNG-ish header.",
           "data[0] is b'G', the first byte of the header.",
           "b'abc'[0] gives b'a'.",
           "payload[-1] returns a one-byte bytes object.",
           "Iterating over the bytes yields one-byte bytes objects.",
           "Indexing a bytes object returns a character."),
          ("`b'xyz'[0]` returns 120, an int.",
           "`header[0] == ord('P')` is the comparison that works.",
           "data[0] is 71, an int.",
           "b'abc'[0] is 97.",
           "data[0:1] is a one-byte bytes object.",
           "Iterating over the bytes yields ints.",
           "Indexing a bytes object never returns bytes."),
          ("python",), code_has=r"\bb['\"]|\bbytes\b|\.encode\(|\bread\(|recv\("),
    Entry("object_eq_by_attributes",
          "Without an __eq__ of its own (a dataclass or namedtuple generates one), == on two "
          "instances of a class compares identity: two objects with the same attribute values "
          "are not equal, and a set or dict keeps both",
          r"^(?!.*(__eq__|\bdataclass|\bnamedtuple|\battrs\b|\bpydantic|\bfunctools\.total_ordering))"
          r".*?(\b(two|both|the two) (\w+ )?(instances|objects|points|users|items|records|nodes|\w+ "
          r"objects|\w+ instances)\b[^.;]{0,50}\b(same|identical|equal|matching) (attributes?|"
          r"fields?|values?|data|contents?|state|coordinates|\w+)\b" + NOT_ONLY + r"{0,40}\b(are "
          r"(equal|deduplicated|deduped|considered equal|the same)|compare equal|equal each other|"
          r"collapse|count once|hash the same)\b(?!\s+(only|if|when|once|because of|since|with))"
          r"|(==|\bthe equality operator\b)[^.;]{0,30}\b(on|between|of|for) (two |the |these |both "
          r")?(\w+ )?(objects|instances)\b" + NOT_ONLY + r"{0,30}\bcompares?\b (their |the )?"
          r"(attributes?|fields?|values?|contents?|data|state|__dict__)\b"
          r"|\b(python|==)\b" + NOT_ONLY + r"{0,30}\bcompares? (the )?(objects|instances) (by|on) "
          r"(their )?(attributes?|fields?|values?|contents?|data|state)\b)",
          "Python Language Reference, 3.3.1 Basic customization, __eq__ ('By default, object "
          "implements __eq__() by using is'); 6.10.1 Value comparisons",
          ("The two Point objects with the same coordinates are equal, so the set keeps one.",
           "Both users have the same name and id, so they compare equal.",
           "== on two Item instances compares their attributes.",
           "Python compares the objects by their attributes here.",
           "Two records with identical fields are considered equal by ==."),
          ("The two Point objects with the same coordinates are not equal without __eq__.",
           "== on two Item instances compares identity unless __eq__ is defined.",
           "Both users have the same name, but they are different objects.",
           "A dataclass generates an __eq__ that compares the fields.",
           "The set keeps both objects because they are not equal.",
           "Two objects with the same fields are equal only if the class defines __eq__.",
           "With the generated __eq__, two records with identical fields are equal."),
          ("python",), code_has=r"(?m)^\s*class\s+\w+",
          code_lacks=r"__eq__|@dataclass|NamedTuple|namedtuple|@attr|BaseModel|\(\s*Enum\s*\)"),
    Entry("subprocess_run_raises",
          "subprocess.run (and call, and Popen.wait) does not raise when the command fails: a "
          "non-zero exit status is only stored in returncode, unless check=True is passed (then "
          "CalledProcessError is raised)",
          r"^(?!.*\b(check|check_call|check_output|check_returncode)\b).*?"
          r"((\bsubprocess(\.run|\.call)?\b|\b(run|call)\(\)|`(run|call)`)" + NOT_ONLY + r"{0,60}\b(raises?|throws?)\b"
          r"[^.;]{0,30}\b(calledprocesserror|an? (exception|error)|subprocesserror)\b[^.;]{0,40}"
          r"\b(non-?zero|fails?|failed|failure|errors? out|exit (code|status)|returns? (a )?"
          r"(non-?zero|1))\b"
          r"|\b(non-?zero exit (code|status)|failed command|failing command|command fails|command "
          r"failing)\b" + NOT_ONLY + r"{0,40}\b(raises?|throws?|triggers?|causes?|leads to)\b"
          r"[^.;]{0,20}\b(calledprocesserror|an? exception)"
          r"|(\bsubprocess(\.run|\.call)?\b|\b(run|call)\(\)|`(run|call)`)" + NOT_ONLY + r"{0,40}\b(raises?|throws?)\b"
          r"[^.;]{0,10}\bcalledprocesserror\b)",
          "Python Library Reference, subprocess.run ('If check is true, and the process exits "
          "with a non-zero exit code, a CalledProcessError exception will be raised')",
          ("subprocess.run raises an exception when the command exits with a non-zero status.",
           "If ls fails, run() throws CalledProcessError.",
           "A non-zero exit code raises CalledProcessError here.",
           "The failing command causes an exception, so the except block handles it.",
           "subprocess.run raises an error if the command fails."),
          ("subprocess.run does not raise on a non-zero exit status.",
           "With check=True, run raises CalledProcessError when the command fails.",
           "A non-zero exit code is only stored in returncode.",
           "The failing command does not raise anything; check the returncode.",
           "subprocess.run raises FileNotFoundError only when the program is missing."),
          ("python",), code_has=r"subprocess\.(run|call|Popen)",
          code_lacks=r"check\s*=\s*True|check_call|check_output|check_returncode"),
    Entry("tuple_always_hashable",
          "A tuple is hashable only if everything in it is: a tuple holding a list (or a dict or "
          "set) raises TypeError: unhashable type as a dict key or a set member",
          r"(?<!frozen)\btuples?\b" + NOT_ONLY + r"{0,20}\b(are|is) (always|inherently|"
          r"automatically|unconditionally) hashable\b"
          r"|(?<!not )(?<!never )\b(any|every|all) tuples?\b(?! of)" + NOT_ONLY + r"{0,30}\b(can "
          r"be|is|are) (used as (a |dict |dictionary )*keys?|hashed|hashable|put in a set|set "
          r"members)\b"
          r"|\btuples?\b[^.;]{0,30}\b(containing|holding|that (holds|contains)|with) (a |an )?"
          r"(lists?|dicts?|sets?|\[\])\b" + NOT_ONLY + r"{0,30}\b(is|are|can be|works)\b (still )?"
          r"(hashable|hashed|used as (a |dict |dictionary )*keys?|fine as (a )?keys?|as (a |dict "
          r"|dictionary )*keys?)\b",
          "Python Glossary, hashable ('Immutable containers (such as tuples and frozensets) are "
          "only hashable if their elements are hashable')",
          ("Tuples are always hashable, so the key works.",
           "Any tuple can be used as a dict key.",
           "A tuple containing a list is still hashable.",
           "The tuple with a list inside works as a dictionary key.",
           "Every tuple is hashable because tuples are immutable."),
          ("A tuple is hashable only if all its elements are.",
           "A tuple containing a list is not hashable.",
           "A tuple of ints can be used as a dict key.",
           "Any tuple of strings is hashable.",
           "Not every tuple is hashable."),
          ("python",)),
    Entry("re_match_anywhere",
          "re.match matches only at the start of the string (re.search looks anywhere) and need "
          "not reach its end (re.fullmatch, or a pattern ending in $ or \\Z, checks the whole "
          "string)",
          r"^(?!.*(\$|\\z|\banchor\w*|\bend of the (pattern|regex)))"
          r"(?!.*\b(search|fullmatch)\b).*?(\bre\.match\b|\b\w+\.match\(|\bmatch\(\))" + NOT_ONLY +
          r"{0,40}(\b(searches|scans|looks|finds?|matches|checks)\b[^.;]{0,20}\b(anywhere|the "
          r"whole string|the entire string|everywhere|any position|somewhere)\b"
          r"|\b(requires?|needs?|ensures?|checks?|verif(y|ies)|validates?)\b (that )?(the )?(whole|"
          r"entire|full|complete) (string|input|line|text|value)\b"
          r"|\b(rejects?|fails? (on|for)|refuses?)\b[^.;]{0,30}\b(trailing|extra|junk|garbage|"
          r"anything after)\b)"
          r"|(\bre\.match\b|\b\w+\.match\(|\bmatch\(\))" + NOT_ONLY + r"{0,30}\b(is (the same as|"
          r"equivalent to|like)|works like|behaves like)\b (re\.)?(search|fullmatch)\b",
          "Python Library Reference, re.match ('If zero or more characters at the beginning of "
          "string match ... If you want to locate a match anywhere in string, use search() "
          "instead') and search() vs. match()",
          ("re.match searches the whole string for the pattern.",
           "pattern.match(line) finds the date anywhere in the line.",
           "re.match checks that the entire input matches the regex.",
           "re.match rejects trailing garbage, so '12abc' fails.",
           "re.match is the same as re.search here."),
          ("re.match only matches at the start of the string.",
           "re.search finds the pattern anywhere.",
           "re.fullmatch checks that the entire input matches.",
           "re.match accepts '12abc' because it does not need to reach the end.",
           "With $ at the end, re.match checks the whole string.",
           "re.match anchors at the start, and fullmatch checks the whole string."),
          ("python",), code_has=r"\.match\(", code_lacks=r"\$['\"]|\\Z['\"]"),
    # --- JavaScript (MDN) ---------------------------------------------------------------------
    Entry("json_stringify_nan_null",
          "JSON.stringify writes NaN, Infinity and -Infinity as null (JSON has no such numbers), "
          "and undefined, a function or a symbol inside an array as null; it throws only for a "
          "BigInt or a cycle",
          r"\b(json\.)?stringify\b" + NOT_ONLY + r"{0,40}\b(throws?|raises?|fails|errors)\b" +
          NOT_ONLY + r"{0,30}\b(on|for|with|when|if|because of)\b" + NOT_ONLY +
          r"{0,20}\b(nan|infinity)\b"
          r"|^(?=.*\b(json|stringify|serializ\w*)\b).*?\b(nan|infinity)\b" + NOT_ONLY +
          r"{0,40}\b(is|are|gets?|comes? out|stays?|remains?|appears?|shows? up|ends? up)\s+"
          r"(serialized |written |kept |encoded |output |preserved )?(as )?(the string |the "
          r"literal )?" + _Q + r"?(nan|infinity)\b"
          r"|\b(nan|infinity)\b" + NOT_ONLY + r"{0,30}\b(makes?|causes?|forces?)\b[^.;]{0,20}\b("
          r"json\.)?stringify\b[^.;]{0,10}\b(throw|fail|error)"
          r"|\b(json\.)?stringify\b" + NOT_ONLY + r"{0,30}\b(drops?|omits?|removes?|skips?|leaves? "
          r"out)\b (the )?(undefined|functions?)( values?| entries| elements?| items?)? (from|in|"
          r"inside) (the |an |a )?arrays?\b"
          # kept, written or sent as the bare tokens
          r"|\b(json\.)?stringify\b" + NOT_ONLY + r"{0,90}\b(keeps?|writes?|leaves?|outputs?|emits?|"
          r"serializ\w*|serialis\w*|encodes?|preserves?|passes?)\b[^.;]{0,40}\b(as|with) (the |their |its"
          r" )?(literal |bare |raw |plain |special )?(tokens?|words?|values?|numbers?|literals?)?\s*`?(nan|"
          r"-?infinity)\b",
          "MDN Web Docs, JSON.stringify ('The numbers Infinity and NaN, as well as the value "
          "null, are all considered null'; undefined, Function and Symbol values 'are changed to "
          "null (when found in an array)')",
          ("JSON.stringify throws an error when the value is NaN.",
           "JSON.stringify writes the ratio out as the bare token Infinity.",
           "JSON.stringify keeps a non-finite average as the literal NaN in the output.",
           "NaN stays NaN in the JSON output.",
           "Infinity is serialized as the string 'Infinity'.",
           "The NaN makes JSON.stringify throw.",
           "JSON.stringify drops undefined from the array."),
          ("JSON.stringify writes NaN as null.",
           "NaN becomes null in the JSON.",
           "JSON.stringify throws on a BigInt, not on NaN.",
           "JSON.stringify turns undefined inside an array into null.",
           "JSON.stringify leaves undefined properties out of an object."),
          ("javascript", "typescript"), code_has=r"JSON\.stringify"),
    Entry("indexof_finds_nan",
          "indexOf and lastIndexOf compare with ===, so they never find NaN (indexOf(NaN) is "
          "-1); includes compares with SameValueZero and does find it",
          r"\b(last)?indexof\b(\(nan\))?`?" + NOT_ONLY + r"{0,40}\b(finds?|locates?|returns? (its|"
          r"the|an?) (index|position)|detects?|matches?|works (for|with)|catches)\b[^.;]{0,15}"
          r"\bnan\b"
          r"|\b(last)?indexof\(\s*nan\s*\)`?" + NOT + r"{0,20}\b(is|returns|gives|==|===|evaluates"
          r" to)\s+(\d|the index|its index|a valid index|the position)"
          r"|\bincludes\(\s*nan\s*\)`?[^.;]{0,20}\b(is|returns|gives|evaluates to)\s+false\b"
          r"|\bincludes\b(\(\))?`?[^.;]{0,30}\b(cannot|can not|does not|never|fails to|will not|"
          r"wo not) (find|detect|match|locate|see)\w*\b[^.;]{0,10}\bnan\b"
          # the shape: 'indexOf uses SameValueZero, like includes'
          r"|\b(last)?indexof\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\bu"
          r"ses? (samevaluezero|the same (comparison|equality) as includes)\b",
          "MDN Web Docs, Array.prototype.indexOf ('NaN values are never compared as equal, so "
          "indexOf() always returns -1 when searchElement is NaN') and Array.prototype.includes "
          "(SameValueZero)",
          ('lastIndexOf uses SameValueZero just as includes does.',
           'indexOf uses the same equality as includes, so NaN is found.',
           "indexOf finds the NaN in the array.",
           "values.indexOf(NaN) returns 2, the position of the NaN.",
           "indexOf returns its index even for NaN.",
           "includes(NaN) returns false, just like indexOf.",
           "includes cannot find NaN either."),
          ('lastIndexOf uses strict equality, unlike includes with SameValueZero.',
           'indexOf does not use the same equality as includes.',
           "indexOf(NaN) is -1 because it uses ===.",
           "includes finds NaN while indexOf does not.",
           "indexOf cannot find NaN.",
           "includes(NaN) returns true.",
           "indexOf never finds NaN; use includes or findIndex(Number.isNaN)."),
          ("javascript", "typescript"), code_has=r"NaN|indexOf|includes"),
    Entry("js_string_compare_numeric",
          "< and > between two strings compare them character by character (by UTF-16 code "
          "unit), not as numbers: '10' < '9' is true and 'Z' < 'a' is true; convert with "
          "Number() to compare numerically",
          r"^(?!.*\b(localecompare|collator|intl|numeric: true)\b).*?("
          + _Q + r"1\d+" + _Q + r"\s*<\s*" + _Q + r"[2-9]\d*" + _Q + r"`?" + NOT + r"{0,20}\b(is|"
          r"evaluates to|returns|gives)\s+false\b"
          r"|" + _Q + r"1\d+" + _Q + r"\s*>\s*" + _Q + r"[2-9]\d*" + _Q + r"`?" + NOT + r"{0,20}\b(is|"
          r"evaluates to|returns|gives)\s+true\b"
          r"|(<|>|\bcomparison\b|\bcompar\w+)" + NOT_ONLY + r"{0,30}\b(converts?|coerces?|turns?)\b "
          r"(the |both |two |these )*(\w+ )?strings (to|into) numbers\b"
          r"|(\b(two|both) (\w+ )?strings\b|\bstrings? (with|to|and|against) (a |another )?"
          r"(\w+ )?strings?\b|\bnumeric strings\b|\bstrings? of digits\b)" + NOT_ONLY +
          r"{0,40}\b(compares?|are compared|is compared|converts?|coerces?|treats?|orders?|sorts?|"
          r"works?)\b[^.;]{0,20}\b(numerically|as numbers|by (their )?numeric values?|to numbers)\b)",
          "MDN Web Docs, Less than (<) ('if both values are strings, they are compared as "
          "strings, based on the values of the UTF-16 code units they contain')",
          ("'10' < '9' is false, since 10 is bigger.",
           "Comparing two strings with < compares them numerically.",
           "Numeric strings are compared as numbers by <.",
           "\"100\" > \"20\" is true.",
           "The < operator converts the two price strings to numbers."),
          ("'10' < '9' is true, because '1' sorts before '9'.",
           "Two strings are compared by UTF-16 code units, not numerically.",
           "Comparing a string with a number converts the string to a number.",
           "Convert the strings with Number() to compare them numerically.",
           "'100' > 20 is true, because the string is converted to a number.",
           "localeCompare with numeric: true compares the two strings numerically."),
          ("javascript", "typescript"), code_has=r"<|>"),
    Entry("for_of_plain_object",
          "for...of needs an iterable: a plain object is not one, so for (const x of obj) "
          "throws TypeError ('obj is not iterable'); use Object.keys, Object.values or "
          "Object.entries (or for...in for the keys)",
          r"\bfor\s*(\.\.\.|-)?\s*of\b( loops?)?" + NOT_ONLY + r"{0,30}\b(over |on |through )?(a |"
          r"the |an |any )?(plain |ordinary |regular |literal )?(\w+ )?(?<!iterable )(?<!iterator )"
          r"(?<!generator )(?<!array )(?<!arguments )(?<!nodelist )(?<!map )(?<!set )(objects?|object literals?|\{\})"
          r"\b(?!'s|\.)" + NOT_ONLY + r"{0,40}\b(iterates?|loops?|walks?|goes|visits?|gives?|"
          r"yields?|returns?|works)\b (over |through |you )?(its |the |their |each )?(keys|"
          r"properties|property names|property values|values|entries|key-value pairs|fields)\b"
          r"|\b(plain|ordinary|regular) objects?\b" + NOT_ONLY + r"{0,30}\b(are|is) (also )?"
          r"iterable\b"
          r"|\b(objects?|object literals?)\b" + NOT_ONLY + r"{0,20}\b(are|is|can be) (iterable|"
          r"iterated|looped over) (with|by|using) for\s*(\.\.\.|-)?\s*of\b",
          "MDN Web Docs, for...of ('The for...of statement executes a loop that operates on a "
          "sequence of values sourced from an iterable object') and the iteration protocols "
          "(a plain object is not iterable)",
          ("for...of over a plain object iterates its keys.",
           "The for-of loop on the config object gives the property values.",
           "Plain objects are iterable, so the spread works.",
           "for...of on the settings object walks through its entries.",
           "An object literal can be looped over with for...of."),
          ("for...of over a plain object throws a TypeError.",
           "A plain object is not iterable.",
           "for...of over Object.entries(obj) yields key-value pairs.",
           "for...in iterates over the object's keys.",
           "for...of iterates over the array's values.",
           "for...of over an iterable object yields its values."),
          ("javascript", "typescript"), code_has=r"\bfor\s*\(\s*(const|let|var)\s+[^)]*\bof\b"),
    Entry("let_tdz_undefined",
          "A let, const or class binding is in the temporal dead zone until its declaration "
          "runs: reading it earlier throws ReferenceError (only var is hoisted with the value "
          "undefined)",
          r"(?<!\bvar )\b(let|const)\b( variables?| bindings?| declarations?)?" + _NOT_VAR +
          r"{0,40}\b(before (its |their |the )?(declaration|initiali[sz]ation|definition|"
          r"declaring line|line)|before (it is|they are) (declared|defined|initiali[sz]ed))\b" +
          _NOT_VAR + r"{0,40}\b(is|gives|returns|yields|reads|evaluates to|logs|prints|is just|"
          r"holds)\s+(as |just |simply )?undefined\b"
          r"|\b(let|const)\b( variables?| bindings?| declarations?)?" + _NOT_VAR + r"{0,30}\b(are|"
          r"is|get|gets) hoisted\b[^.;]{0,20}\b(and )?(initiali[sz]ed|set|start|starts|"
          r"default) (to|with|as|at) undefined\b"
          r"|\b(let|const)\b( variables?| bindings?)?" + _NOT_VAR + r"{0,20}\b(is|are|reads as|"
          r"evaluates to|holds) undefined\b[^.;]{0,10}\bbefore\b"
          r"|\bbefore (the |its |their )?(let|const)\b" + _NOT_VAR + r"{0,30}\b(is|gives|returns|"
          r"yields|reads|evaluates to|logs|prints)\s+(just )?undefined\b",
          "MDN Web Docs, let, Temporal dead zone ('accessing the variable before the "
          "initialization results in a ReferenceError'), and var, Hoisting",
          ("Accessing the let variable before its declaration gives undefined.",
           "A const read before its initialization just returns undefined.",
           "let variables are hoisted and initialized to undefined.",
           "Logging total before the let line prints undefined.",
           "The let binding is undefined before it is declared, like var."),
          ("A let variable read before its declaration throws a ReferenceError.",
           "Only var is hoisted with the value undefined.",
           "let is hoisted but not initialized, so reading it early throws.",
           "Reading count before the let declaration throws, unlike var which gives undefined.",
           "A var read before its declaration is undefined."),
          ("javascript", "typescript"), code_has=r"\b(let|const)\s"),
    Entry("push_returns_array",
          "push (and unshift) return the array's new length, not the array: const b = a.push(x) "
          "makes b a number; concat, or [...a, x], returns a new array",
          r"\b(push|unshift)\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,30}\b(returns?|gives( back)?|"
          r"evaluates to|yields|hands back)\b (back )?(the |a |an )?(new |updated |modified |"
          r"resulting |same |extended |whole )?(array|list|copy)\b(?! length)(?!'s length)"
          r"|\b(push|unshift)\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,30}\b(returns?|gives( back)?)\b "
          r"(the )?(pushed|added|new|inserted) (element|item|value)\b"
          r"|=\s*\w+\.(push|unshift)\([^)]*\)`?" + NOT_ONLY + r"{0,30}\b(is|holds|contains|"
          r"becomes)\b (the |an? )?(array|list|new array|updated array|\w+ array)\b",
          "MDN Web Docs, Array.prototype.push ('Return value: The new length property of the "
          "object upon which the method was called')",
          ("push returns the updated array, so it can be chained.",
           "items.push(4) gives back the new array.",
           "unshift returns the array with the element in front.",
           "const b = a.push(4) holds the array with four items.",
           "push returns the pushed element."),
          ("push returns the new length of the array.",
           "push modifies the array in place.",
           "concat returns a new array.",
           "push does not return the array.",
           "a.push(4) returns 4, the new length."),
          ("javascript", "typescript"), code_has=r"\.(push|unshift)\("),
    Entry("js_length_counts_characters",
          "A string's length counts UTF-16 code units, not characters: an emoji or another "
          "character outside the BMP counts 2 ('😀'.length is 2); [...s].length counts code "
          "points (and Intl.Segmenter graphemes)",
          _Q + r"[^\x00-\uffff]" + _Q + r"\.length`?\s*" + NOT + r"{0,20}\b(is|==|===|gives|returns|"
          r"evaluates to)\s+1\b"
          r"|^(?=.*(\bemojis?\b|\bastral\b|non-bmp|outside the bmp|[^\x00-\uffff]))(?!.*(\[\.\.\.|"
          r"\barray\.from\b|\bspread\b|\bsegmenter\b|\bcodepoint\w*|\bfor\s*\.\.\.\s*of\b)).*?"
          r"(\.length|\blength)\b" + NOT_ONLY + r"{0,40}\b(counts?|gives?|returns?|is|measures?|"
          r"equals?)\b (the )?(number of |count of )?(visible |unicode |real |actual )?(characters|"
          r"chars|letters|graphemes|symbols|code points)\b"
          r"|^(?=.*\blength\b).*?\b(an |each |every |one |the )?emojis?\b" + NOT_ONLY +
          r"{0,30}\b(counts?|adds?|has|"
          r"have) (as )?(one|1|a single|length (of )?(one|1))\b(?! (code point|grapheme))"
          # the shape: '`str.length` counts Unicode characters', 'length returns the number of
          # code points'
          r"|`?\w*\.?length`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\b(co"
          r"unts?|returns?|gives?) (the number of )?(unicode |visible |real )?(characters|cod"
          r"e ?points|graphemes|letters|symbols)\b(?! in utf-16)",
          "MDN Web Docs, String: length ('This property returns the number of code units in the "
          "string ... it's possible for the value returned by length to not match the actual "
          "number of Unicode characters in the string')",
          ('`name.length` gives the number of visible characters.',
           'The length property returns code points.',
           "'😀'.length is 1.",
           "The emoji string's length counts the visible characters, so it is 3.",
           "Each emoji counts as one toward the length.",
           "length returns the number of characters even with emoji.",
           "An emoji has length 1."),
          ('`name.length` gives the number of UTF-16 code units, not visible characters.',
           'The length property does not return code points.',
           "'😀'.length is 2.",
           "length counts UTF-16 code units, so the emoji counts as 2.",
           "[...s].length counts the emoji as one code point.",
           "Use Intl.Segmenter to count the emoji as graphemes.",
           "The length of 'abc' is the number of characters.",
           "It returns the leading emoji, if there is one."),
          ("javascript", "typescript"), code_has=r"\.length"),
    # --- TypeScript (the handbook) --------------------------------------------------------------
    Entry("ts_method_params_bivariant",
          "strictFunctionTypes checks parameters contravariantly only for function-typed "
          "properties: a method declared with method syntax (`handle(e: Event): void`) still "
          "has its parameters checked bivariantly, even under --strict",
          r"^(?!.*\b(propert\w*|arrow)\b).*?\bmethods?\b( parameters?| params| syntax| signatures?|"
          r"'s parameters?)?" + NOT_ONLY +
          r"{0,50}\b(are |is )?(checked |compared )?contravariant(ly)?\b"
          r"|\bstrict\w*\b" + NOT_ONLY + r"{0,60}\b(every|all|each|any)\b[^.;]{0,15}\bmethods?\b"
          r"( parameters?)?" + NOT_ONLY + r"{0,30}\bcontravarian\w*"
          r"|\b(under|with|in) (--)?strict\w*( mode)?\b,?[^.;]{0,30}\bmethods?( parameters?| "
          r"params)?\b[^.;]{0,20}\b(are|is) (no longer|not|never) (checked )?bivariant\w*",
          "TypeScript 2.6 release notes and TSConfig reference, strictFunctionTypes ('the "
          "stricter checking applies to all function types, except those originating in method "
          "or constructor declarations')",
          ("Under --strict, method parameters are checked contravariantly.",
           "With strictFunctionTypes on, method parameters are no longer bivariant.",
           "strictFunctionTypes makes every method parameter contravariant.",
           "The compiler checks the onClick method's parameter contravariantly in strict mode.",
           "Methods are compared contravariantly once strict is enabled."),
          ("Method parameters are still checked bivariantly, even under --strict.",
           "strictFunctionTypes applies only to function-typed properties, not methods.",
           "A function-typed property's parameter is checked contravariantly.",
           "Methods are not checked contravariantly.",
           "Declare it as a property to get contravariant checking.",
           "Methods declared as function-typed properties are checked contravariantly."),
          ("typescript",)),
    Entry("ts_enum_reverse_mapping",
          "A numeric enum gets a reverse mapping (Color[0] is 'Red', and Object.keys(Color) "
          "lists the numbers as well as the names); a string enum gets none; and a (non-const) "
          "enum is a real object at run time",
          r"(?<!string )(?<!const )\b(numeric |number )?enums?\b" + NOT_ONLY + r"{0,40}\b(only|"
          r"just) (maps?|goes|go|contains?|has|have|holds?)\b[^.;]{0,20}\b(names? to (their )?"
          r"values?|one (way|direction)|from names?)\b"
          r"|(?<!string )(?<!const )\b(numeric |number )?enums?\b" + NOT_ONLY + r"{0,30}\b(has|"
          r"have|gets?|provides?) no reverse (mapping|lookup)\b"
          r"|\bstring enums?\b" + NOT_ONLY + r"{0,30}\b(has|have|gets?|provides?|supports?)\b "
          r"(a |also )?reverse (mapping|lookup)\b"
          r"|(?<!const )\benums?\b(?! members)" + NOT_CONTRAST + r"{0,30}\b(are|is) (completely "
          r"|fully |entirely )?(erased|removed|stripped|compiled away)\b"
          r"|(?<!const )\benums?\b(?! members)" + NOT_CONTRAST + r"{0,30}\b(do|does) not exist "
          r"at run ?time\b"
          r"|\bobject\.(keys|values)\b[^.;]{0,30}\bnumeric enum\b" + NOT_ONLY + r"{0,30}\b(gives|"
          r"returns|lists|yields)\b (only |just )?(the )?(member )?names\b"
          # the shapes: 'enums are one-way', '`Color[0]` is undefined'
          r"|\benums? (are|is) (one-way|unidirectional|one-directional)\b"
          r"|`?\w+\[\d+\]`? (is|gives|returns) `?undefined\b[^.;]{0,20}\benums?\b",
          "TypeScript Handbook, Enums ('numeric enums members also get a reverse mapping from "
          "enum values to enum names'; 'string enum members do not get a reverse mapping "
          "generated at all'; 'Enums are real objects that exist at runtime')",
          ('Numeric enums are one-way, from name to number.',
           '`Level[1]` returns undefined because the enum maps names only.',
           "An enum only maps names to values, so Color[0] is undefined.",
           "Numeric enums have no reverse mapping.",
           "String enums also have a reverse mapping, so Direction['UP'] gives the name.",
           "Enums are erased when the code is compiled, like interfaces.",
           "Object.keys on the numeric enum returns only the member names."),
          ('Numeric enums are not one-way: `Level[1]` gives the name.',
           "`Level[1]` returns 'Info' because the enum has a reverse mapping.",
           "A numeric enum gets a reverse mapping, so Color[0] is 'Red'.",
           "String enums have no reverse mapping.",
           "const enums are erased when the code is compiled.",
           "An enum is a real object at run time.",
           "Object.keys on the numeric enum lists the numbers as well as the names."),
          ("typescript",), code_has=r"\benum\s+\w+"),
    Entry("ts_private_runtime",
          "TypeScript's private (and protected) are checked only by the compiler: in the "
          "emitted JavaScript the property is an ordinary one, readable with obj['secret'], "
          "JSON.stringify or Object.keys; JavaScript's #private fields are private at run time",
          r"(?<!#)(?<!ecmascript )(?<!javascript )(?<!js )(?<!hard )(?<!native )(?<!true )(?<!real )"
          r"\b(ts |typescript )?private\b( (fields?|members?|properties|property|modifier|"
          r"keyword))?" + NOT_CONTRAST + r"{0,40}\b(is|are) (also |still |really )?(enforced|"
          r"hidden|inaccessible|protected|checked|unreachable|invisible|blocked)\b[^.;]{0,20}"
          r"\b(at run ?time|when the (code|program) runs|in (the )?(emitted|compiled|generated|"
          r"output) (javascript|js|code))\b"
          r"|\b(json\.stringify|object\.keys|for\s*\.\.\.\s*in)\b" + NOT_ONLY + r"{0,30}\b(omits?|"
          r"skips?|leaves? out|hides?|excludes?|does not (include|show|list|serialize|see))\b (the "
          r")?(ts |typescript )?private (fields?|members?|properties|property)\b"
          r"|\[\s*" + _Q + r"\w+" + _Q + r"\s*\]`?[^.;]{0,30}\b(throws|fails|returns undefined|"
          r"gives undefined|is undefined|raises)\b[^.;]{0,30}(?<!#)\bprivate\b"
          # the shapes: 'private is enforced by the runtime', '`private` and `#field` are the
          # same'
          r"|\bprivate (members?|fields?|properties)\b[^.;]{0,20}\b(cannot|can not) be (accessed"
          r"|read|seen|reached) (from|in|by) (plain |the )?(javascript|js|the runtime|run ?time)"
          r"\b"
          r"|\bconsole\.log\(\w+\)`? (does not|will not|never) (show|print|display|include|revea"
          r"l)\b[^.;]{0,20}\bprivate\b"
          r"|(`?private`? and `?#\w*`?|`?#\w*`? and `?private`?)(?:(?!\bnot\b|\bnever\b|\bno\b|n"
          r"'t\b)(?:[^.;]|\.(?=\w))){0,10}\b(are|is|behave|work)\b (the same|equivalent|identica"
          r"l|interchangeabl[ey])\b"
          r"|(?<!#)(?<!ecmascript )(?<!javascript )(?<!js )(?<!native )(?<!true )(?<!real )"
          r"(?<!hard )`?private`?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(is|ar"
          r"e) (enforced|checked|protected|guarded) (by|at) (the )?(javascript |js )?(runtime|ru"
          r"n ?time|engine|vm)\b",
          "TypeScript Handbook, Classes, Caveats ('private and protected are only enforced "
          "during type checking ... JavaScript constructs like in or simple property lookup can "
          "still access a private or protected member'; '#private fields remain private after "
          "compilation')",
          ("The private keyword is enforced by the JS engine, so `obj['token']` fails.",
           '`#token` and `private` are interchangeable.',
           "The private field is enforced at runtime, so other code cannot read it.",
           "private members are hidden in the emitted JavaScript.",
           "JSON.stringify omits the private fields.",
           "obj['token'] returns undefined because token is private.",
           "A TypeScript private property is inaccessible when the program runs."),
          ("The private keyword is not enforced by the JS engine, so `obj['token']` works.",
           ('A `#secret` field and a private one are not equivalent: only # is private at '
            'run time.'),
           "private is only checked by the compiler.",
           "At run time, a private property is an ordinary property.",
           "obj['secret'] reads the private field at run time.",
           "JSON.stringify includes the private fields.",
           "private is not enforced at runtime; use #secret for that.",
           "ECMAScript private fields are enforced at runtime."),
          ("typescript",), code_has=r"\bprivate\s"),
    Entry("ts_nominal_typing",
          "TypeScript's types are structural: an object, or an instance of another class, with "
          "the same members is assignable to a class or interface type without extending or "
          "implementing it (a private or protected member is the exception)",
          r"^(?!.*\b(private|protected|brand\w*|#\w+)\b).*?("
          r"\b(typescript|the (type )?checker|the compiler|tsc|type compatibility|its type system|"
          r"the type system)\b" + NOT_ONLY + r"{0,40}\b(is|uses|checks|compares|relies on)\b" +
          NOT_ONLY + r"{0,20}\b(nominal\w*|by (type |class |declared )?names?)\b"
          r"|\b(only|just) (an? )?(instances?|objects?|values?) (of|created (by|with|from)|built "
          r"(by|with)) (the |that |this )?(\w+ )?(class|constructor)\b" + NOT_ONLY + r"{0,30}\b(can"
          r" be|is|are) (assigned|passed|accepted|assignable|allowed|compatible)\b"
          r"|(?<!not )(?<!never )\b(must|has to|have to|needs? to|need to) (explicitly )?(extend|"
          r"implement|inherit from|subclass)\b[^.;]{0,30}\b(to be|before it can be|in order to be|"
          r"to get) (assigned|passed|accepted|assignable|compatible|used)\b)",
          "TypeScript Handbook, Type Compatibility ('Type compatibility in TypeScript is based on "
          "structural subtyping') and Classes (instances compare structurally)",
          ("TypeScript uses nominal typing, so a plain object can't stand in for a User.",
           "The checker compares types by name, so Point2D and Vector are incompatible.",
           "Only instances of the User class can be passed to greet.",
           "The object literal must implement the interface explicitly to be assignable.",
           "A class has to extend Animal to be accepted where an Animal is expected."),
          ("TypeScript is structural, not nominal.",
           "Any object with the same members can be passed to greet.",
           "A class does not have to implement the interface to be assignable.",
           "TypeScript compares the members, not the names.",
           "The checker accepts the plain object because it has every member of User.",
           "With a private member, the checker compares the classes by name."),
          ("typescript",), code_lacks=r"\bprivate\b|\bprotected\b|#\w+\s*[;:=]"),
    # --- Go (the specification, package docs) ---------------------------------------------------
    Entry("go_break_in_select",
          "break inside a select or switch ends only that select or switch, not the enclosing "
          "for loop; a labelled break (break Loop), or return, leaves the loop",
          r"^(?!.*\blabel)(?:.*?"
          r"\b(the |a |an |plain |bare |unlabel+ed )?`?break`?\b(?!\s+(out|\w*loop\w*|outer|"
          r"\w+`)\b)(?! statement (with|plus) a label)[^.;]{0,40}\b(in|inside|within|from|under) "
          r"(the |a |that |this |each )?`?(select|switch|case)\b" + NOT + r"{0,40}\b(exits?|"
          r"leaves?|ends?|stops?|terminates?|breaks? out of|gets? out of|escapes?|quits?)\b (the |"
          r"its |from the )?(enclosing |surrounding |outer |whole |entire |for )*(for[- ]?)?"
          r"(loop|for)\b"
          r"|(?=.*\b(select|switch|case)\b)(?!.*\bbreak\s+\w*(loop|outer)\b).*?\b`?break`?\b" +
          NOT + r"{0,30}\b(exits|leaves|ends|stops|terminates|breaks out of|gets out of)\b (the )?"
          r"(enclosing |surrounding |outer |whole |entire )*(for[- ]?)?loop\b)",
          "The Go Programming Language Specification, Break statements ('A \"break\" statement "
          "terminates execution of the innermost \"for\", \"switch\", or \"select\" statement "
          "within the same function')",
          ("The break inside the select exits the for loop.",
           "A break in a switch case leaves the enclosing loop.",
           "When done is closed, break in the select case stops the loop.",
           "break terminates the for loop as soon as the select gets a value from done.",
           "The plain break within the select gets out of the surrounding for loop."),
          ("The break inside the select only leaves the select, not the for loop.",
           "break Loop exits the for loop from inside the select.",
           "A labelled break leaves the loop.",
           "return exits the loop and the function.",
           "break inside the select does not exit the for loop.",
           "break in the select case stops the loop only with a label."),
          ("go",), code_has=r"\bbreak\b"),
    Entry("go_nil_channel",
          "A send to or a receive from a nil channel blocks forever (in a select, that case is "
          "never chosen); it does not panic or return a zero value (closing a nil channel "
          "panics)",
          r"\b(send\w*|receiv\w*|read\w*|writ\w*)\b[^.;]{0,15}\b(to|on|from|into) (a |the )?nil "
          r"(channel|chan)\b" + NOT + r"{0,25}\b(panics?|(returns?|gives?|yields?|produces?) (a |"
          r"the |an )?(zero|nil|immediately|error|false)|is ignored|fails|raises|errors|is dropped)"
          r"\b"
          r"|^(?!.*\bclos).*?\bnil (channel|chan)\b" + NOT + r"{0,40}\b(panics|returns (a |"
          r"the )?(zero|nil)|returns immediately|gives (a |the )?zero)\b",
          "The Go Programming Language Specification, Channel types ('A nil channel is never "
          "ready for communication'), Send statements and Receive operator ('Receiving from a "
          "nil channel blocks forever')",
          ("Sending on a nil channel panics.",
           "Receiving from a nil channel returns the zero value.",
           "A read from the nil channel gives zero right away.",
           "A nil channel returns immediately with the zero value.",
           "Writing to a nil chan is ignored."),
          ("Receiving from a nil channel blocks forever.",
           "Closing a nil channel panics.",
           "A send on a nil channel never proceeds; it does not panic.",
           "In a select, a nil channel case is never chosen.",
           "Reading from a closed channel returns the zero value.",
           "A receive from a nil channel in a select is skipped, and the default case returns."),
          ("go",), code_has=r"\bchan\b"),
    Entry("os_exit_runs_defers",
          "os.Exit ends the program at once: deferred functions are not run (log.Fatal calls "
          "os.Exit, so its defers are skipped too); return from main, or clean up before "
          "exiting",
          r"\b(os\.exit|log\.fatal\w*)\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,50}\b(runs?|executes?|"
          r"triggers?|fires?|flushes|honou?rs?|respects?|unwinds?)\b[^.;]{0,15}\b(the |all |any |"
          r"pending |every |its )*(deferred|defers?|defer statements?|cleanups?)\b"
          r"|\b(deferred (functions?|calls?|statements?|close|\w+)|defers?|the defer(red)? \w+)\b" +
          NOT_ONLY + r"{0,40}\b(still |also )?(run|runs|execute|executes|fire|fires|are (still )?"
          r"(run|executed|called)|is (still )?(run|executed|called))\b[^.;]{0,30}\b(before|when|on|"
          r"after|despite|even (with|after|when)) (the )?(call to )?(os\.exit|log\.fatal\w*)\b"
          r"|\b(os\.exit|log\.fatal\w*)\b" + NOT_ONLY + r"{0,30}\b(like|just like|the same as|"
          r"same as)\b (a )?return\b",
          "Go package os, Exit ('The program terminates immediately; deferred functions are not "
          "run'); package log, Fatal ('equivalent to Print() followed by a call to os.Exit(1)')",
          ("os.Exit(1) runs the deferred Close before the program ends.",
           "log.Fatal flushes the deferred writes first.",
           "The deferred file.Close still runs when os.Exit is called.",
           "Deferred functions are executed before os.Exit terminates the process.",
           "os.Exit unwinds the stack just like a return, so the defers fire."),
          ("os.Exit does not run deferred functions.",
           "Deferred calls are skipped when os.Exit is called.",
           "log.Fatal calls os.Exit, so the deferred Close never runs.",
           "Deferred functions run when main returns normally.",
           "Return from main instead of calling os.Exit so the defers run."),
          ("go",), code_has=r"os\.Exit|log\.Fatal"),
    Entry("go_main_waits_goroutines",
          "A Go program ends when main returns, without waiting for its other goroutines: they "
          "are stopped mid-work unless main waits for them (a sync.WaitGroup, a channel)",
          r"^(?!.*\b(wg|waitgroup|wait\(\)|errgroup|channel|done|select|receiv\w*|sleep\w*)\b)"
          r"(?!.*<-).*?"
          r"(\b(main|the program|the process|go|the runtime)\b( function| goroutine)?" + NOT_ONLY +
          r"{0,30}\b(waits?|will wait|blocks?|keeps? running|stays? alive|sticks around|keeps? "
          r"(the (program|process) )?(alive|running))\b (for|until) (the |all |every |any |its |"
          r"other |spawned |started |background |running |pending |child |worker )*(goroutines?|"
          r"workers?|go routines?)\b"
          r"|\bgoroutines?\b" + NOT_ONLY + r"{0,30}\b(finish|finishes|complete|completes|run to "
          r"completion|keep running|carry on|still run)\b[^.;]{0,30}\b(even (though|if|after|when)"
          r"|after) main (returns|exits|ends|has returned|is done)\b)",
          "The Go Programming Language Specification, Program execution ('When that function "
          "invocation returns, the program exits. It does not wait for other (non-main) "
          "goroutines to complete')",
          ("main waits for all the goroutines to finish before the program exits.",
           "The program keeps running until every goroutine returns.",
           "Go waits for the spawned goroutines before exiting.",
           "The runtime keeps the process alive until the worker goroutines return.",
           "The goroutines finish their work even though main returns right away."),
          ("main does not wait for the goroutines.",
           "The program exits when main returns, even if goroutines are still running.",
           "Use a WaitGroup so main waits for the goroutines.",
           "main waits for the workers with wg.Wait().",
           "The program only ends when main returns."),
          ("go",), code_has=r"\bgo\s+(func\b|\w+(\.\w+)?\()",
          code_lacks=r"WaitGroup|errgroup|\.Wait\(|<-|time\.Sleep|select\s*\{\s*\}"),
    Entry("go_string_int_conversion",
          "string(i) on an integer gives the character with that code point (string(65) is "
          "\"A\"), not its decimal digits; strconv.Itoa or fmt.Sprint give \"65\"",
          r"\bstring\(\s*\w+\s*\)`?" + NOT_ONLY + r"{0,40}\b(is|gives|returns|yields|produces|"
          r"evaluates to|==|becomes|converts?|formats?|turns?|renders?|prints?)\b" + NOT_ONLY +
          r"{0,25}(" + _Q + r"\d{2,}" + _Q + r"|\bdecimal\b|\bdigits\b|\bnumeric string\b|\blike "
          r"strconv\.itoa\b|\bthe same as strconv\.itoa\b)",
          "The Go Programming Language Specification, Conversions to and from a string type "
          "('Converting a signed or unsigned integer value to a string type yields a string "
          "containing the UTF-8 representation of the integer'); go vet, stringintconv",
          ("string(65) gives \"65\".",
           "string(n) converts the integer to its decimal string.",
           "string(id) returns the id's digits, like strconv.Itoa.",
           "string(count) turns the number into a numeric string.",
           "Here string(port) produces \"8080\"."),
          ("string(65) is \"A\", not \"65\".",
           "Use strconv.Itoa to get the decimal digits.",
           "string(r) converts the rune to a one-character string.",
           "strconv.Itoa(65) is \"65\".",
           "string(n) does not give the digits."),
          ("go",), code_has=r"\bstring\("),
    Entry("go_slice_equality",
          "Slices, maps and functions are not comparable in Go: == between two slices (or maps) "
          "does not compile, only a comparison with nil does; use slices.Equal, bytes.Equal, "
          "maps.Equal or reflect.DeepEqual",
          r"^(?=.*\b(slices?|maps?)\b)(?!.*\b(nil|not|never|cannot|compile error|slices\.equal|unlike|"
          r"arrays?|structs?|strings?|whereas|but|while|"
          r"bytes\.equal|maps\.equal|deepequal|reflect)\b)(?!.*\bcompile)"
          r"(.*?(==|\bthe equality operator\b)[^.;]{0,60}\b(compar\w*|check\w*|test\w*|is true|"
          r"returns true|gives true|reports? true)\b[^.;]{0,40}\b(elements?|contents?|values|"
          r"entries|items|element[- ]by[- ]element)\b"
          r"|.*?\b(slices?|maps?)\b[^.;]{0,30}\b(can be )?(compared|checked) (with|using|by) "
          r"(==|the equality operator\b))",
          "The Go Programming Language Specification, Comparison operators ('Slice, map, and "
          "function types are not comparable. However, as a special case, a slice, map, or "
          "function value may be compared to the predeclared identifier nil')",
          ("a == b compares the two slices element by element.",
           "Comparing the two slices with == returns true when they hold the same elements.",
           "== on maps checks that the keys and values match.",
           "Two slices can be compared with == to see if their contents match.",
           "The equality operator compares the slices' elements."),
          ("== on two slices does not compile.",
           "Use slices.Equal to compare the elements.",
           "A slice can only be compared with nil.",
           "== on two strings compares their contents.",
           "bytes.Equal compares the contents of two byte slices.",
           "Arrays, unlike slices, can be compared with ==, which compares their elements."),
          ("go",), code_has=r"==|!="),
    Entry("go_trim_cutset",
          "strings.Trim, TrimLeft and TrimRight take a cutset: they strip any of those "
          "characters from the ends, not that exact prefix or suffix (strings.TrimPrefix and "
          "TrimSuffix do that)",
          r"\b(strings\.)?trim(left|right)?\(\s*\w+\s*,\s*\"[^\"]{2,}\"\s*\)`?" + NOT_ONLY +
          r"{0,40}\b(removes?|strips?|drops?|cuts?( off)?|deletes?|trims?( off)?|takes? off)\b "
          r"(only )?(the |a |that |this )?(exact |whole |literal |given )?([\"'`]?[\w/.-]+[\"'`]? )?"
          r"(prefix|suffix|substring|word|extension)\b"
          r"|\b(strings\.)?trim(left|right)\b(\(\))?" + NOT_ONLY + r"{0,40}\b(removes?|strips?|"
          r"drops?|cuts?( off)?|deletes?|trims?( off)?)\b (only )?(the |a |that |an )?(exact |whole "
          r"|literal |given |specified )?(prefix|suffix|substring)\b"
          r"|\b(strings\.)?trim(left|right)\b(\(\))?" + NOT_ONLY + r"{0,30}\b(is the same as|works "
          r"like|is like|behaves like|is equivalent to)\b (strings\.)?trim(prefix|suffix)\b",
          "Go package strings, TrimLeft ('TrimLeft returns a slice of the string s with all "
          "leading Unicode code points contained in cutset removed. To remove a prefix, use "
          "TrimPrefix instead') and TrimRight",
          ("strings.TrimLeft(path, \"/api\") removes the /api prefix.",
           "TrimRight(name, \".txt\") strips the .txt extension.",
           "strings.TrimLeft removes the given prefix.",
           "TrimRight cuts off the exact suffix.",
           "TrimLeft works like TrimPrefix."),
          ("TrimLeft removes any of the cutset characters, not the prefix.",
           "TrimPrefix removes the exact prefix.",
           "strings.TrimSuffix(name, \".go\") strips the suffix.",
           "Use TrimPrefix to remove a prefix.",
           "strings.TrimLeft(s, \"ab\") strips every leading a and b."),
          ("go",), code_has=r"Trim(Left|Right)?\("),
    # --- Java (JLS, javadoc) --------------------------------------------------------------------
    Entry("java_math_round",
          "Math.round(double) returns a long (Math.round(float) an int), so `int n = "
          "Math.round(x)` with a double does not compile; ties round toward positive infinity "
          "(Math.round(-2.5) is -2, Math.round(2.5) is 3)",
          r"\bmath\.round\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,30}\b(returns?|gives?|yields?|"
          r"produces?)\b (back )?(an? |the )?(int|double|float)\b(?!'s|\s+(nearest|closest|"
          r"argument|input|parameter|value))(?![^.;]{0,25}\bfloat)"
          r"|" + _ROUND_HALF_NEGATIVE +
          r"|\bmath\.round\b" + NOT_ONLY + r"{0,40}\brounds?\b (half|ties|\.5|0\.5|halves)( "
          r"values?| cases?)? (away from zero|to even|down|toward zero|towards zero|to the nearest "
          r"even)\b",
          "Java SE API, Math.round(double) ('Returns the closest long to the argument, with ties "
          "rounding to positive infinity')",
          ("Math.round(price) returns an int, so it fits the int field.",
           "Math.round gives a double, which is then cast.",
           "Math.round(-2.5) is -3.",
           "Math.round rounds half away from zero.",
           "Math.round rounds ties to even, like banker's rounding."),
          ("Math.round returns a long for a double.",
           "Math.round(-2.5) is -2.",
           "Math.round rounds half up, toward positive infinity.",
           "Math.round returns an int when given a float.",
           "Cast the long from Math.round to int.",
           "Math.round(x) returns the double's nearest long."),
          ("java",), code_has=r"Math\.round"),
    Entry("java_replaceall_literal",
          "String.replaceAll and replaceFirst take a regular expression (replaceAll(\".\", \"\") "
          "removes every character, and $ in the replacement names a group); String.replace "
          "replaces every occurrence of a literal (Pattern.quote escapes a regex)",
          r"^(?!.*(\bquote\b|\bpattern\.quote|\\\\q|\bescap\w*)).*?("
          r"\breplace(all|first)\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,40}\b(takes?|treats?|expects?|"
          r"uses?|matches?|replaces?|accepts?|searches for)\b[^.;]{0,20}\b(a |the |its |it as a )?"
          r"(literal|plain (string|text)|exact (string|text|substring)|fixed string|ordinary "
          r"string)\b"
          r"|\breplace(all|first)\(\s*\"\\?\.\"\s*,\s*\"\"\s*\)`?" + NOT + r"{0,30}\b(removes?|"
          r"strips?|deletes?|drops?)\b (all |every |each |the |only )*(dots|periods|full stops|"
          r"decimal points?|\.)"
          r"|\breplace(all|first)\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,30}\b(does not|never|wo not|"
          r"will not) (use|treat|take|interpret)\b[^.;]{0,20}\b(regex\w*|regular expressions?|a "
          r"pattern)\b)",
          "Java SE API, String.replaceAll ('Replaces each substring of this string that matches "
          "the given regular expression') and String.replace(CharSequence, CharSequence) "
          "(literal, every occurrence)",
          ("replaceAll takes a literal string, so the dot is just a dot.",
           "s.replaceAll(\".\", \"\") removes the dots.",
           "replaceFirst matches the exact text of its first argument.",
           "replaceAll does not treat its argument as a regex.",
           "replaceAll(\"+\", \" \") replaces the literal plus signs."),
          ("replaceAll takes a regex, so \".\" matches every character.",
           "s.replace(\".\", \"\") removes the dots.",
           "Use Pattern.quote with replaceAll to match a literal.",
           "replaceAll treats its first argument as a regular expression.",
           "replace replaces every occurrence of the literal text.",
           "replaceAll with Pattern.quote treats the argument as a literal."),
          ("java",), code_has=r"replaceAll|replaceFirst"),
    Entry("java_array_equals",
          "An array's equals (and hashCode) is Object's: a.equals(b) is a == b, identity; "
          "Arrays.equals (Arrays.deepEquals for nested arrays) compares the elements, and a "
          "Set or Map of arrays does not match them by contents",
          r"^(?=.*\barrays?\b)(?!.*\b(arrays\.(deep)?equals|unlike|whereas|lists?|arraylists?|"
          r"strings?)\b).*?"
          r"(\b\w+\.equals\(\s*\w+\s*\)`?" + NOT_ONLY + r"{0,40}\b(compares?|checks?|looks at|goes "
          r"through|tests?|is true|returns true)\b" + NOT_ONLY + r"{0,40}\b(elements?|contents?|"
          r"values|entries|items|element[- ]by[- ]element|same (elements|values|numbers|contents))"
          r"\b"
          r"|\b(equals|\.equals\(\))\b[^.;]{0,10}\b(on|between|for|of) (two |the |both )?(\w+ )?"
          r"arrays\b" + NOT_ONLY + r"{0,30}\b(compares?|checks?|is true|returns true)\b" +
          NOT_ONLY + r"{0,30}\b(elements?|contents?|values|same (elements|values|numbers|"
          r"contents))\b)",
          "Java Language Specification, 10.8 Class Objects for Arrays and 10.7 Array Members "
          "(an array inherits Object's equals); Java SE API, Arrays.equals",
          ("a.equals(b) compares the two arrays element by element.",
           "first.equals(second) is true because both arrays hold the same numbers.",
           "equals on two int arrays checks the values.",
           "The arrays are equal since a.equals(b) looks at their contents.",
           "equals between the arrays returns true for the same elements."),
          ("a.equals(b) on arrays compares references, like ==.",
           "Arrays.equals compares the two arrays element by element.",
           "a.equals(b) is false for two distinct arrays.",
           "equals on two arrays does not compare the elements.",
           "The arrays are different objects, so equals returns false."),
          ("java",), code_has=r"\[\]"),
    Entry("java_thread_run",
          "Calling a Thread's (or Runnable's) run() executes it in the calling thread, like any "
          "method call: only start() creates the new thread",
          r"^(?!.*\bstart\b).*?(\b(\w+\.)?run\(\)|\bthe run method)`?( directly)?" + NOT_ONLY + r"{0,40}\b(starts?|"
          r"creates?|spawns?|launches?|forks?|(runs?|executes?) (it |the task |the code |the \w+ "
          r")?(in|on) (a |the )?(new|separate|different|another|background|its own))\b" +
          NOT_ONLY + r"{0,20}\bthreads?\b"
          r"|\b(calling|invoking|call) (\w+\.)?run\(\)`?( directly)?" + NOT_ONLY + r"{0,30}\b(is the"
          r" same as|is equivalent to|works (just )?like|does the same as|behaves like)\b "
          r"(calling )?(\w+\.)?start\(\)",
          "Java SE API, Thread.start ('Causes this thread to begin execution; the Java Virtual "
          "Machine calls the run method of this thread') and Thread.run",
          ("t.run() starts the thread.",
           "Calling worker.run() runs the task on a new thread.",
           "run() spawns a separate thread for the download.",
           "Calling run() directly is the same as calling start().",
           "The run method creates a background thread."),
          ("t.run() runs the code in the current thread.",
           "start() creates a new thread, run() does not.",
           "Calling run() directly does not start a thread.",
           "Only start() spawns a new thread.",
           "run() executes in the calling thread.",
           "Once start() is called, run() executes it in the new thread."),
          ("java",), code_has=r"\bThread\b|Runnable"),
    Entry("java_static_method_overridden",
          "Static methods are hidden, not overridden: a call such as animal.describe() or "
          "Animal.describe() runs the method of the compile-time (declared) type, not of the "
          "object's runtime class",
          r"(?<!unlike )(?<!not )(?<!than )(?<!non-)(?<!non )\bstatic (methods?|functions?)\b" +
          NOT_ONLY + r"{0,40}\b(are|is|can be|gets?) "
          r"(overridden|polymorphic|dispatched dynamically|virtual|resolved at run-?time|chosen "
          r"at run-?time|dynamically dispatched)\b"
          r"|\boverrides?\b (the |a |its |that )?(parent'?s? |base class'?s? |superclass'?s? |"
          r"inherited )?static (methods?|\w+(\(\))? method)\b"
          r"|\bstatic\b[^.;]{0,30}\b(dispatch\w*|resolved|chosen|picked|selected)\b (on|by|from|"
          r"based on|according to) (the )?(runtime|run-time|dynamic|actual) (type|class)\b"
          # the shapes: 'the static call dispatches to Child's version'
          r"|\bstatic\b(?:[^.;]|\.(?=\w)){0,30}\b(dispatches|resolves|goes|is routed|is sent) to (the )?(chil"
          r"d|subclass|derived|runtime|actual|dynamic)\w*('s)?\b",
          "Java Language Specification, 8.4.8.2 Hiding (by Class Methods) and 15.12.4 (a class "
          "method is invoked without regard to the object's run-time class)",
          ('A call to the static `p.make()` resolves to the subclass version at run time.',
           'The static call `p.make()` is routed to the derived class.',
           "Static methods are overridden like instance methods.",
           "Dog overrides the static describe method, so the Dog version runs.",
           "The static call is dispatched on the runtime type of the object.",
           "A static method can be overridden in the subclass.",
           "Static methods are polymorphic in Java."),
          (("A call to the static `p.make()` resolves to the declared type's version, not "
            'the subclass.'),
           'The static method invoked through `base` is not routed to the derived class.',
           "Static methods are hidden, not overridden.",
           "A static method cannot be overridden.",
           "The subclass hides the static method.",
           "Instance methods are dispatched on the runtime type.",
           "Static methods are resolved at compile time.",
           "Instance methods, unlike static methods, are overridden.",
           "Non-static methods are overridden in the subclass."),
          ("java",), code_has=r"\bstatic\b"),
    Entry("java_sleep_keeps_monitor",
          "Thread.sleep does not release any lock or monitor the thread holds: inside "
          "synchronized, the other threads stay blocked for the whole sleep (Object.wait is what "
          "releases the monitor)",
          r"^(?!.*(\bwait\(\)|\.wait\b|\bobject\.wait\b|\bawait\w*\b|\bcondition\b)).*?"
          r"(\b(thread\.)?sleep(ing|s)?\b(\([^)]*\))?`?" + NOT_ONLY + r"{0,40}\b(releases?|gives? "
          r"up|drops?|frees?|unlocks?|lets? go of|yields?|hands? over)\b (the |its |any |all |"
          r"that )?(lock|locks|monitor|monitors|mutex|synchronized (block|lock|section)|intrinsic "
          r"lock)\b"
          r"|\b(other|another|waiting|the other) threads?\b" + NOT_ONLY + r"{0,40}\b(can|may|are "
          r"able to|get to|will)\b (enter|acquire|take|get|grab|lock|run)\b[^.;]{0,40}\b(while|"
          r"during)\b[^.;]{0,20}\b(sleep\w*|thread\.sleep)\b)",
          "Java SE API, Thread.sleep ('The thread does not lose ownership of any monitors')",
          ("Thread.sleep releases the lock, so other threads can run the synchronized method.",
           "While sleeping, the thread gives up the monitor.",
           "sleep(1000) frees the lock for the other workers.",
           "Other threads can enter the synchronized block while this one sleeps.",
           "Calling sleep inside synchronized lets go of the intrinsic lock."),
          ("Thread.sleep keeps the lock, so the other threads wait.",
           "wait() releases the monitor; sleep does not.",
           "sleep does not release the lock.",
           "Other threads cannot enter the synchronized block while it sleeps.",
           "Other threads can enter once the synchronized block ends."),
          ("java",), code_has=r"\bsleep\("),
    Entry("bigdecimal_equals_scale",
          "BigDecimal.equals compares value and scale: new BigDecimal(\"2.0\").equals(new "
          "BigDecimal(\"2.00\")) is false (and a HashSet keeps both); compareTo(...) == 0 "
          "compares only the value",
          r"\b(bigdecimals?|big decimals?)\b" + ANY + r"{0,40}\bequals\b(\(\))?" + NOT_CONTRAST +
          r"{0,40}\b(compares?|checks?|looks at|tests?|considers?)\b (only )?(the |their |its )?"
          r"(numeric |mathematical )?(values?|numbers?|amounts?)\b(?!\s+and (the |its |their )?"
          r"scales?)"
          r"|^(?!.*\bcompareto\b).*?(?<!unlike )(?<!than )\bequals\b" + NOT_CONTRAST +
          r"{0,30}\b(ignores?|disregards?)\b (the )?scales?\b"
          r"|^(?!.*\bcompareto\b).*?\b\d+\.\d\b[^.;]{0,20}\b(and|vs|with)\b[^.;]{0,10}\b\d+\.\d\d"
          r"\b" + NOT_CONTRAST + r"{0,30}\b(are equal|equals? (each other|true)|are the same|is "
          r"true)\b",
          "Java SE API, BigDecimal.equals ('Unlike compareTo, this method considers two "
          "BigDecimal objects equal only if they are equal in value and scale')",
          ("BigDecimal.equals compares only the numeric value.",
           "The two BigDecimal values are compared with equals, which checks the amounts.",
           "equals ignores the scale of a BigDecimal.",
           "2.0 and 2.00 are equal as BigDecimals, so the set keeps one.",
           "For BigDecimal, equals considers the value alone."),
          ("BigDecimal.equals compares value and scale.",
           "Unlike compareTo, BigDecimal.equals compares the value and the scale.",
           "2.0 and 2.00 are not equal under equals.",
           "compareTo ignores the scale.",
           "Use compareTo, which compares only the value.",
           "compareTo, unlike equals, ignores the scale."),
          ("java",), code_has=r"BigDecimal"),
    # --- session 23: four beliefs read after heldout21's run, each from its documentation -----
    Entry("json_true_decodes_to_int",
          "json.loads decodes JSON true and false to Python's True and False, which are bools "
          "(bool is a subclass of int, so they pass an int test)",
          r"\b(json|loads?\(?)\b" + ANY + r"{0,60}?\b(true|booleans?|bools?)\b" + NOT_ONLY +
          r"{0,40}?\b(to|into|as|becomes?|comes? back as|are|is)\b (just )?(the |an |a |plain )?"
          r"(integers?|ints?|numbers?|number 1|1)\b(?! subclass)" + NOT_ONLY +
          r"{0,30}(rather than|instead of|not|and not)?",
          "Python Library Reference, json: the JSON-to-Python conversion table (true -> True, "
          "false -> False); Built-in Types, Boolean Type ('bool is a subclass of int')",
          ("json.loads maps JSON true to the integer 1 rather than to a bool.",
           "The json module decodes true as an int, so the check sees a number.",
           "After json.loads, booleans are plain integers.",
           "JSON true comes back as 1 from json.loads.",
           "json.load turns true into the number 1."),
          ("json.loads maps JSON true to Python's True, a bool.",
           "json.loads turns true into True, and bool is a subclass of int.",
           "True is an int subclass, so isinstance(True, int) holds after json.loads.",
           "json.loads turns 2 into an int and true into True.",
           "sum counts True as 1, so the total is 43.0."),
          ("python",), code_has=r"\bjson\b"),
    Entry("go_time_eq_compares_instant",
          "Go's == on time.Time compares the wall clock, the monotonic reading and the Location "
          "pointer, not only the instant: Equal compares instants",
          r"(==|\bequality operator\b|\bcompar\w+ with ==)" + NOT_ONLY + r"{0,60}?\b(overload\w*|"
          r"(works|behaves|is) (exactly )?(like|the same as) (`?t?\.?)?equal|calls? (`?t?\.?)?equal|"
          r"compares? (only )?(the )?(instants?|moments?|points? in time))\b",
          "The Go standard library, package time, type Time ('the Go == operator compares not "
          "just the time instant but also the Location and the monotonic clock reading'); the "
          "Go spec: Go has no operator overloading",
          ("== on two time.Time values is overloaded to compare the instants.",
           "Comparing with == works like Equal for time.Time.",
           "The == operator on times compares only the instant, so the zones do not matter.",
           "For time.Time, == calls Equal under the hood.",
           "== compares the moments, exactly like t.Equal."),
          ("== on time.Time compares every field, the Location pointer and monotonic reading too.",
           "Use Equal, because == does not compare only the instant.",
           "Equal compares the instants; == compares the struct fields.",
           "Go has no operator overloading, so == is a field-by-field comparison.",
           "The two times are the same instant but == says false."),
          ("go",), code_has=r"time\.(Time|Now|Parse|Unix|Date)"),
    Entry("js_thrown_string_wrapped",
          "JavaScript throws any value as it is: a thrown string reaches the catch as a string, "
          "with no message property and no stack",
          r"\b(throw\w*|thrown|engine|runtime)\b" + NOT_ONLY + r"{0,60}?\b(wrap\w*|convert\w*|"
          r"turn\w*|promot\w*|box\w*)\b" + NOT_ONLY + r"{0,40}?\b(in|into|to|"
          r"as)( an?| a new)? `?error\b",
          "MDN, throw ('You can throw any expression ... throw \"Error2\"; // generates an "
          "exception with a string value'); TypeScript 4.4 release notes, useUnknownInCatchVariables",
          ("When a string is thrown, the engine wraps it in an Error whose message is the string.",
           "A thrown string is converted to an Error, so err.message works.",
           "The runtime turns a thrown primitive into an Error object.",
           "Throwing a string is fine: JavaScript wraps it in an Error for you.",
           "A non-Error value that is thrown gets promoted to an Error."),
          ("A thrown string reaches the catch as a string, not wrapped in an Error.",
           "Nothing wraps a thrown string in an Error, so message is undefined.",
           "Wrap the value in an Error before you throw it.",
           "The function throws a string, so err.message is undefined.",
           "Throw new Error(...) instead of throwing a string."),
          ("javascript", "typescript"), code_has=r"\bthrow\b"),
    Entry("re_match_both_ends",
          "re.match anchors only at the start of the string; only re.fullmatch (or a pattern "
          "ending in \\Z) must match the whole string",
          r"(\bre\.match\b|\b\w+\.match\(|\bmatch\(\)|`match`)" + NOT_ONLY + r"{0,40}?\b("
          r"anchors?|anchored|matches|checks?)\b" + NOT_ONLY + r"{0,30}?\b(at )?(both ends|(the )?"
          r"start and (the )?end|beginning and (the )?end)\b|(\bre\.match\b|\b\w+\.match\(|"
          r"\bmatch\(\)|`match`)" + NOT_ONLY + r"{0,30}?\b(just |exactly )?(like|the same as|"
          r"equivalent to) (`?re\.)?fullmatch\b",
          "Python Library Reference, re.match ('If zero or more characters at the beginning of "
          "string match ...'), re.fullmatch and search() vs. match()",
          ("re.match anchors the pattern at both ends of the string.",
           "pattern.match(text) checks both ends, so trailing text fails.",
           "re.match is just like fullmatch here.",
           "`match` anchors at the start and the end of the input.",
           "re.match is the same as re.fullmatch for this pattern."),
          ("re.match anchors only at the start; fullmatch checks both ends.",
           "Unlike fullmatch, re.match does not check the end.",
           "re.match is not the same as fullmatch: it stops after a prefix.",
           "fullmatch anchors at both ends, re.match only at the start.",
           "re.match anchors at the start, so '12abc' passes."),
          ("python",), code_has=r"\.match\("),
    Entry("java_array_hash_by_contents",
          "An array's hashCode is Object's identity hash, like its equals: two arrays with the "
          "same elements hash differently, so a HashMap or HashSet keyed by arrays never finds "
          "an equal-looking one (Arrays.hashCode hashes the elements)",
          r"^(?=.*(\barrays?\b|\[\]))(?!.*\b(arrays\.(deep)?hashcode|unlike|whereas|lists?|"
          r"arraylists?|records?|strings?)\b)"
          r".*?(\bhash(code|es|ed|ing)?\b(\(\))?`?" + NOT_ONLY + r"{0,40}?\b(from|by|on|over|of|"
          r"using)\b (the |their |its |each )?(contents?|elements?|values|numbers|entries|items)\b"
          r"|\b(same|equal|identical) (elements|values|numbers|contents)\b" + NOT_ONLY +
          r"{0,40}?\b(same|equal|identical) (hashcodes?|hash codes?|hash(es)?|buckets?)\b)",
          "Java Language Specification, 10.7 Array Members (an array inherits Object's methods "
          "but clone); Java SE API, Object.hashCode and Arrays.hashCode ('based on the contents "
          "of the specified array')",
          (("For arrays Java computes hashCode from the contents, so both int[] keys land in one "
           "bucket."),
           "Java hashes arrays by content.",
           "Two arrays with the same numbers have the same hashCode.",
           "The int[] key's hash is computed from its elements.",
           "An array's hashCode is based on its values, so the lookup finds the right bucket."),
          ("Arrays.hashCode computes a hash from the contents.",
           ("An array's hashCode is an identity hash, so two arrays with the same numbers land in "
           "different buckets."),
           "A List's hashCode is computed from its elements.",
           "Use a record as the key: its hashCode is built from its components.",
           "The array is hashed by identity."),
          ("java",), code_has=r"\[\]"),
    Entry("java_primitive_array_boxed",
          "Boxing converts single primitive values, never arrays: an int[] stays an int[] (an "
          "object in its own right) and is never turned into an Integer[]",
          r"\bint\[\]" + NOT_ONLY + r"{0,60}?\b(is |gets |are )?(auto-?box\w*|box\w*|stored as|converted (in)?to|"
          r"turned into|becomes?|wrapped (in|as|into))\b[^.;]{0,30}?\binteger\[\]"
          r"|\b(auto-?boxing|boxing|java)\b" + NOT_ONLY + r"{0,30}?\b(turns?|converts?|boxes|"
          r"auto-?boxes|makes?|wraps?)\b[^.;]{0,25}?\bint\[\][^.;]{0,15}?\b(in)?to (an? )?"
          r"`?integer\[\]",
          "Java Language Specification, 5.1.7 Boxing Conversion (from the primitive types only) "
          "and 10 Arrays (an int[] is an object of its own type)",
          ("new int[] {2, 7} is stored as an Integer[] after autoboxing.",
           "Java autoboxes the int[] into an Integer[].",
           "The int[] becomes an Integer[] when it is put in the map.",
           "Autoboxing converts the int[] to an Integer[] here.",
           "An int[] passed as a key is boxed to Integer[]."),
          ("An int[] is never boxed to an Integer[].",
           "Arrays are not autoboxed: the int[] stays an int[].",
           "Use Integer[] instead of int[] if you want boxed elements.",
           "An Integer[] holds boxed values; an int[] holds primitives.",
           "Autoboxing applies to each int, not to the int[] itself."),
          ("java",), code_has=r"\bint\[\]"),
    Entry("js_reduce_starts_at_zero",
          "Without an initial value, reduce takes the array's first element as the accumulator "
          "and starts from the second; on an empty array it throws a TypeError",
          r"^(?!.*\b(with|given|passing|pass|add|adding|supply|supplying|provide|providing|"
          r"seeded with) (an? |the |it )?(initial|seed|start)\w*)"
          r"(?!.*\b(initial value|seed) (of |is )?`?(0|zero)\b)"
          r"(?!.*\b(pass|passing|supply|supplying|provide|providing|give|giving)\s+[`'\"]?(0|zero)"
          r"[`'\"]?\s+as\b)"
          r".*?(\breduce\b(\(\))?`?" + NOT_ONLY + r"{0,60}?\b(starts?|begins?|initiali[sz]es|"
          r"defaults?|seeds?)\b[^.;]{0,40}?\b(at|from|to|with|as)\s+[`'\"]?(0|zero)\b"
          r"|\breduce\b(\(\))?`?" + NOT_ONLY + r"{0,40}?\b(uses?|takes?|assumes?)\b[^.;]{0,10}?"
          r"[`'\"]?(0|zero)[`'\"]? as (the |its )?(initial|default|starting|start)\b"
          r"|^(?=.*\bempty\b)(?=.*\b(no|without|omit\w*|missing)\b[^.;]{0,25}\b(initial|seed|"
          r"start))(?!.*\b(throws?|typeerror)\b[^.;]*$).*?\breduce\b" + NOT_ONLY +
          r"{0,80}?\b(returns?|gives?|yields?|evaluates to)\b[^.;]{0,25}?\b(default |the )?"
          r"[`'\"]?(0|zero)\b)",
          "MDN, Array.prototype.reduce ('If initialValue is not specified, accumulator is "
          "initialized to the first value in the array ... TypeError: The array contains no "
          "elements and initialValue is not provided')",
          (("Both helpers call reduce without an initial value, so reduce starts the accumulator "
           "at 0 by default."),
           "Without an initial value, reduce begins from zero.",
           "For an empty array, reduce with no initial value simply returns that default 0.",
           "reduce defaults the accumulator to 0, like sum.",
           "With no seed, reduce uses 0 as the initial value."),
          ("Without an initial value, reduce starts from the first element.",
           "Pass 0 as the initial value so reduce starts at 0.",
           "reduce on an empty array with no initial value throws a TypeError.",
           "With an initial value of 0, reduce returns 0 for an empty array.",
           "Seed the reduce with 0; otherwise it starts from the first game object."),
          ("javascript", "typescript"), code_has=r"\.reduce(Right)?\("),
    Entry("nan_compares_greater",
          "Every ordered comparison with NaN is false, so NaN is neither greater nor smaller "
          "than any number: max, min and sorting give results that depend on where NaN sits, "
          "not a NaN at the top or bottom",
          r"\bnan\b`?" + NOT_CONTRAST + r"{0,60}?\b(compares?|counts?|is|ranks?|sorts?|treated|"
          r"treats|acts?|behaves|goes|lands?|ends? up)\b[^.;]{0,20}?\b(as )?(greater|larger|bigger|"
          r"higher|above|after|before|below|smaller|lower|less)\b( than)? (every|any|all)( other)?"
          r" (numbers?|floats?|values?|scores?|ints?|integers?)\b"
          r"|\bnan\b`?" + NOT_CONTRAST + r"{0,40}?\b(is|counts? as|is treated as|acts as|sorts "
          r"as)\b (the )?(largest|biggest|greatest|highest|smallest|lowest|maximum|minimum)\b"
          r"|\b(treats?|puts?|places?)\b nan\b (as|at)\b[^.;]{0,10}\b(larger|greater|bigger|top|"
          r"bottom|smaller|end|start)\b",
          "Python Language Reference, 6.10.1 Value comparisons ('The not-a-number values "
          "float('NaN') and decimal.Decimal('NaN') are special ... any ordering comparison of a "
          "number to a not-a-number value is false'); IEEE 754; MDN, NaN",
          ("Every comparison treats NaN as larger than any number.",
           "NaN compares greater than every other float, so max picks it.",
           "sorted places it first, since NaN sorts after every other float.",
           "NaN is treated as the largest value.",
           "Python treats NaN as greater than all numbers."),
          ("NaN is neither greater nor smaller than any number.",
           "Every comparison with NaN is false, so max keeps whatever came first.",
           "NaN never compares greater than another float.",
           "Infinity is larger than every other float.",
           "Map the blank to -inf so it sorts below every score."),
          ()),
    Entry("js_stringify_insertion_order",
          "JSON.stringify lists an object's keys in the same order as Object.keys: integer-like "
          "keys first in ascending order, then the others in insertion order; a Map iterates "
          "in insertion order, sorting nothing",
          r"\bjson\.stringify\b(\(\))?`?(,? unlike `?object\.keys`?,?)?" + NOT_ONLY + r"{0,40}?"
          r"\b(writes|lists|keeps|uses|emits|serializes|outputs|preserves|follows)\b[^.;]{0,20}?"
          r"\b(insertion|insert|booking|creation|added) order\b"
          r"|\bjson\.stringify\b(\(\))?`?,? (does not|never) (use|follow|sort|apply)\b"
          r"|\bmaps?\b`?" + NOT_ONLY + r"{0,30}?\b(also |too |likewise )?(sorts?|orders?|"
          r"reorders?|lists?)\b[^.;]{0,20}?\b(integer|numeric|number|integer-like)(-like)? keys "
          r"(numerically|in (ascending|numeric) order|first)\b",
          "ECMAScript, SerializeJSONObject uses EnumerableOwnProperties (the order of "
          "OrdinaryOwnPropertyKeys, as Object.keys); MDN, Map ('iterates its elements in "
          "insertion order')",
          ("JSON.stringify, unlike Object.keys, writes keys in insertion order.",
           "JSON.stringify keeps the booking order.",
           "JSON.stringify does not use this order.",
           "A Map also sorts integer-like keys numerically when it iterates.",
           "JSON.stringify preserves insertion order for every key."),
          ("JSON.stringify lists the keys in the same order as Object.keys.",
           "A Map keeps insertion order.",
           "Use a Map to keep booking order.",
           "Object.keys lists integer-like keys first.",
           "JSON.stringify follows the same property order as Object.keys."),
          ("javascript", "typescript"), code_has=r"JSON\.stringify|Object\.(keys|entries)"),
)


_KEYS: Final = {
    "json_true_decodes_to_int": r"\b(true|booleans?|bools?)\b",
    "go_time_eq_compares_instant": r"==|equality operator",
    "js_thrown_string_wrapped": r"\b(wrap|convert|turn|promot|box)",
    "re_match_both_ends": r"\bmatch",
    "java_array_hash_by_contents": r"\bhash",
    "java_primitive_array_boxed": r"\bint\[\]",
    "js_reduce_starts_at_zero": r"\breduce\b",
    "nan_compares_greater": r"\bnan\b",
    "js_stringify_insertion_order": r"(\bjson\.stringify\b|\bmaps?\b)",
    "class_body_comprehension_scope": r"\b(comprehension|generator|genexp|lambda|method|class)",
    "except_as_name_kept": r"\b(after|outside|below|beyond|past)\b",
    "json_dumps_round_trip": r"\b(json|tuple|keys|dumps?\b|loads?\b)",
    "replace_first_only": r"\breplace\b",
    "list_remove_all": r"\bremove\b",
    "bytes_index_gives_bytes": r"(\]|\bbytes?)",
    "object_eq_by_attributes": r"\b(equal|==|compar|dedup|collapse|count once|hash the same)",
    "subprocess_run_raises": r"\b(run|call|calledprocesserror|non-?zero|fail)",
    "json_stringify_nan_null": r"\b(nan|infinity|stringify)",
    "indexof_finds_nan": r"(\bnan\b|samevaluezero|same equality)",
    "js_string_compare_numeric": r"(\bstrings?\b|['\"`]1\d)",
    "for_of_plain_object": r"\bobject",
    "let_tdz_undefined": r"\bundefined\b",
    "push_returns_array": r"\b(push|unshift)\b",
    "ts_method_params_bivariant": r"\bmethod",
    "ts_enum_reverse_mapping": r"\benum",
    "ts_private_runtime": r"\bprivate\b",
    "ts_nominal_typing": r"\b(nominal|names?|only|just|must|has to|have to|needs? to)\b",
    "go_break_in_select": r"\bbreak\b",
    "go_nil_channel": r"\bnil chan",
    "os_exit_runs_defers": r"\b(os\.exit|log\.fatal)",
    "go_main_waits_goroutines": r"\bgoroutine",
    "go_string_int_conversion": r"\bstring\(",
    "go_slice_equality": r"(==|equality operator)",
    "java_math_round": r"\bmath\.round\b",
    "java_replaceall_literal": r"\breplace",
    "java_array_equals": r"\bequals\b",
    "java_thread_run": r"\brun\b",
    "java_static_method_overridden": r"\bstatic\b",
    "bigdecimal_equals_scale": r"\b(equal|equals|bigdecimal)",
    "tuple_always_hashable": r"\btuple",
    "re_match_anywhere": r"\bmatch\b",
    "js_length_counts_characters": r"(\blength\b|\bemoji)",
    "go_trim_cutset": r"\btrim(left|right)?\b",
    "java_sleep_keeps_monitor": r"\bsleep",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS2: Final = keyed(_ENTRIES, _KEYS)
