"""False beliefs about what everyday standard-library calls return or do, in Python,
JavaScript/TypeScript, Go, Java, C/C++ and Rust, from their documentation.

The ninth set (branch catalogue9), written like `_semantics_docs5.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. This set is about the questions an examiner asks of a library call
in a snippet, "what does this call give back, and what does it leave behind": setdefault's
value, bisect's insertion point, groupby's runs, most_common's ties, round's type, capitalize,
sorted of a dict, a Counter's and a defaultdict's missing keys, splitting on one space;
splice's, concat's and Object.assign's results, Array.from({length}), split with a limit, a
negative index, structuredClone, URLSearchParams and '+', flat's depth, the order of
Promise.all's results; Go's append, copy, Duration printing, sort.Search, http.Error, JSON
numbers in an interface and time.Month; Java's toMap on duplicate keys, getOrDefault, Set.add,
Map.put, subList, Iterator.next, Scanner.nextInt and Queue.poll; snprintf, realloc, strcmp,
std::remove, a capacity taken for a length and Rust's rev().
"""

from __future__ import annotations

from typing import Final

from ._entry import NOT_CONTRAST, Entry, keyed

__all__ = ["DOCS6"]

_IS: Final = r"(\b(is|are|returns?|gives?|yields?|evaluates to|produces?)\b|===?)\s+"
"""The verb of a claim about a value ("is", "returns", "==")."""
_NC: Final = NOT_CONTRAST
_ARGS: Final = r"(\([^)]{0,80}\))?"
"""An argument list, read at most 80 characters long (see `_semantics_docs5._ARGS`)."""
_RETURNS: Final = r"\b(returns?|gives?( back)?|evaluates to|yields?)\b"
"""A verb saying what a call gives back."""

_ENTRIES: Final = (
    # --- Python (Library Reference) ----------------------------------------------------------
    Entry("setdefault_returns_none",
          "dict.setdefault(key, default) returns the value stored under key: the one already "
          "there, or the default it has just inserted, so d.setdefault(k, []).append(v) "
          "appends to the list held in the dict",
          r"\bsetdefault\b" + _ARGS + r"`?" + _NC + r"{0,40}" + _RETURNS +
          r" (none|nothing|the (dict|dictionary|mapping)( itself)?|a copy|a boolean|true|false)\b"
          r"|\bsetdefault\b" + _ARGS + r"`?[^.;]{0,20}\b(does not|never) returns? (anything|a "
          r"value|the value)\b",
          "Python Library Reference, Mapping Types, dict.setdefault ('If key is in the "
          "dictionary, return its value. If not, insert key with a value of default and return "
          "default')",
          ("d.setdefault('k', []) returns None, so the append fails.",
           "setdefault does not return anything; it only inserts the key.",
           "dict.setdefault returns None like the other mutating methods.",
           "The call to setdefault gives back the dictionary itself.",
           ("groups.setdefault(key, []) returns a copy of the list, so appending to it changes "
            "nothing in groups.")),
          ("d.setdefault('k', []) returns the list stored under 'k'.",
           "setdefault returns the existing value, or inserts the default and returns it.",
           "d.get('k') returns None when the key is missing.",
           "setdefault does not return None; it returns the value.",
           "list.append returns None, but setdefault returns the value."),
          ("python",)),
    Entry("split_space_collapses",
          "Splitting on one space (Python's split(' '), JavaScript's and Java's split(\" \"), "
          "Go's strings.Split(s, \" \")) gives an empty field between two spaces and at either "
          "end: 'a  b'.split(' ') is ['a', '', 'b']; only Python's split() with no argument and "
          "Go's strings.Fields split on runs of whitespace",
          r"(\bsplit\(\s*['\"`] ['\"`]\s*\)|\bstrings\.split\([^)]{0,30},\s*['\"`] ['\"`]\s*\)|"
          r"\bsplit(ting)? on (a |one )?(single )?(space|' '|\" \")(?! and\b))`?" + _NC +
          r"{0,50}(\b(collapses?|merges?|squeezes?|ignores?|skips?|drops?|discards?|removes?)\b"
          r"[^.;]{0,30}\b(runs?|consecutive|multiple|repeated|extra|empty|double|several)\b"
          r"|\b(same|identical|equivalent) (as|to) (\w+\.)?(split\(\)|strings\.fields\b|fields\b|"
          r"split\(\s*none\s*\))"
          r"|\bnever (gives?|returns?|produces?) (an )?empty\b|\bno empty (strings?|fields?|"
          r"elements?)\b)",
          "Python Library Reference, str.split ('consecutive delimiters are not grouped "
          "together and are deemed to delimit empty strings'; with sep None 'runs of "
          "consecutive whitespace are regarded as a single separator'); Go strings.Split and "
          "strings.Fields ('around each instance of one or more consecutive white space "
          "characters'); MDN, String.prototype.split; Java String.split",
          ("'a  b'.split(' ') collapses the double space and gives ['a', 'b'].",
           "split(' ') is the same as split(), so repeated spaces are ignored.",
           "line.split(\" \") in JavaScript skips the empty strings between consecutive spaces.",
           "strings.Split(s, \" \") is equivalent to strings.Fields, so multiple spaces merge.",
           "Splitting on a single space never returns empty strings."),
          ("'a  b'.split(' ') gives ['a', '', 'b'] because each space separates a field.",
           "split() with no argument collapses runs of whitespace.",
           "strings.Fields skips the empty fields between consecutive spaces.",
           "split(' ') is not the same as split(): 'a  b' gives ['a', '', 'b'].",
           "Splitting on a single space gives an empty string between two spaces."),
          ("python", "javascript", "typescript", "java", "go")),
    Entry("bisect_missing_minus_one",
          "bisect.bisect_left and bisect_right (bisect) return an insertion point from 0 to "
          "len(a) whether or not the value is present, never -1, None or an exception: check "
          "i < len(a) and a[i] == x to know whether x is there",
          r"\bbisect(_left|_right)?\b" + _ARGS + r"`?" + _NC + r"{0,60}\b(returns?|gives?|is|"
          r"yields?)\b (-\s?1|none|false)\b"
          r"|\bbisect(_left|_right)?\b" + _ARGS + r"`?" + _NC + r"{0,60}\b(raises?|throws?)\b"
          r"[^.;]{0,20}\b(valueerror|indexerror|keyerror|an? (error|exception))\b",
          "Python Library Reference, bisect ('Locate the insertion point for x in a to maintain "
          "sorted order'; 'The returned insertion point ip partitions the array a into two "
          "slices'; the Searching Sorted Lists recipes test a[i] == x themselves)",
          ("bisect_left returns -1 when the value is not in the list.",
           "If x is missing, bisect.bisect_left(a, x) gives None.",
           "bisect raises ValueError when the item is not found.",
           "bisect_right(a, 7) returns -1 because 7 is absent.",
           "For a missing key, bisect.bisect_left throws an IndexError."),
          ("bisect_left returns 0 when x is smaller than every element.",
           "If x is missing, bisect_left(a, x) gives the index where it would be inserted.",
           "bisect_right returns len(a) when x is larger than everything.",
           "list.index raises ValueError when the value is absent, unlike bisect.",
           "bisect never returns -1; check a[i] == x."),
          ("python",)),
    Entry("groupby_groups_all",
          "itertools.groupby groups only consecutive items with the same key: on unsorted "
          "input one key comes back as several groups (sort by the same key first, or collect "
          "into a dict)",
          r"^(?!.*(pandas|dataframe|\bdf\b|\bsql\b|\bgroup by\b|\b(?!itertools\.)\w+\.groupby|"
          r"sorted\())(?:.*?)\bgroupby\b" + _NC + r"{0,60}("
          r"\b(does not|doesn't) (need|require)\b[^.;]{0,20}\b(sort\w*|order\w*)\b"
          r"|\b(all|every)\b[^.;]{0,25}\b(same|equal)\b (key|value)s?\b"
          r"|\b(regardless of|whatever|no matter|irrespective of) (the |their )?(order|"
          r"position)\b"
          r"|\bone group (per|for each|for every) (distinct |unique )?(key|value)\b"
          r"|\b(works?|is fine) (on|with) (unsorted|any order)\b)",
          "Python Library Reference, itertools.groupby ('It generates a break or new group "
          "every time the value of the key function changes ... Generally, the iterable needs "
          "to already be sorted on the same key function')",
          ("itertools.groupby collects all items with the same key into one group.",
           "groupby(words, key=len) gives one group per distinct length, whatever the order.",
           "groupby does not need sorted input.",
           ("groupby puts every record with the same key in a single group regardless of the "
            "order."),
           "groupby(rows, key=itemgetter(0)) yields one group for each unique key."),
          ("itertools.groupby groups only consecutive items with the same key.",
           "Sort by the key first, since groupby needs sorted input.",
           "df.groupby('city') collects all rows with the same key.",
           "groupby starts a new group every time the key changes.",
           "groupby(sorted(words, key=len), key=len) gives one group per key."),
          ("python",)),
    Entry("most_common_ties_order",
          "Counter.most_common lists elements with equal counts in the order they were first "
          "encountered, not alphabetically, by key or at random (sort explicitly for another "
          "tie order)",
          r"\bmost_common\b" + _NC + r"{0,80}\b(ties?|equal counts?|same count|tied)\b" + _NC +
          r"{0,40}\b(alphabetic\w*|lexicographic\w*|random\w*|arbitrar\w*|unpredictabl\w*|"
          r"undefined|by (key|name))\b"
          r"|\b(ties|equal counts?|same count)\b" + _NC + r"{0,40}\b(alphabetic\w*|random\w*|"
          r"arbitrar\w*|unpredictabl\w*)\b[^.;]{0,40}\bmost_common\b"
          r"|\b(ties|equal counts?|same count)\b[^.;]{0,40}\bmost_common\b" + _NC + r"{0,40}"
          r"\b(alphabetic\w*|lexicographic\w*|random\w*|arbitrar\w*|unpredictabl\w*)\b",
          "Python Library Reference, collections.Counter.most_common ('Elements with equal "
          "counts are ordered in the order first encountered')",
          ("most_common(2) breaks ties alphabetically.",
           "With equal counts, most_common returns the words in arbitrary order.",
           "Counter.most_common orders tied elements randomly.",
           "most_common sorts ties by key.",
           "Ties in most_common are returned in an unpredictable order."),
          ("most_common lists ties in the order they were first encountered.",
           "With equal counts, most_common keeps insertion order.",
           "most_common(2) returns the two most frequent elements, sorted by count.",
           "Ties in most_common are not broken alphabetically.",
           "Use sorted(c.items()) to order ties alphabetically."),
          ("python",)),
    Entry("round_ndigits_int",
          "round(x) with no ndigits returns an int, but round(x, n) with any n, 0 included, "
          "returns the type of x: round(2.7) is 3 and round(2.7, 0) is the float 3.0",
          r"(?<![.\w])round\(\s*[\w.]+\s*,\s*0\s*\)`?" + _NC + r"{0,30}" + _IS +
          r"(an? )?(int|integer|whole number|\d+(?!\.\d))\b"
          r"|(?<![.\w])round\(\s*[\w.]+\s*\)`?" + _NC + r"{0,30}" + _IS +
          r"(an? )?(float|\d+\.\d)",
          "Python Library Reference, Built-in Functions, round ('The return value is an "
          "integer if ndigits is omitted or None. Otherwise, the return value has the same "
          "type as number')",
          ("round(2.7, 0) returns an int, 3.",
           "round(x, 0) gives an integer.",
           "round(2.7) returns a float, 3.0.",
           "round(2.7, 0) is 3.",
           "round(price) gives 3.0 here."),
          ("round(2.7, 0) returns a float, 3.0.",
           "round(2.7) returns an int, 3.",
           "np.round(2.7) returns a float.",
           "round(2.5) is 2 because of banker's rounding.",
           "round(x, 0) does not return an int."),
          ("python",)),
    Entry("capitalize_every_word",
          "str.capitalize() upper-cases only the first character of the whole string and "
          "lower-cases the rest ('hello World'.capitalize() is 'Hello world'); title() "
          "capitalises each word",
          r"\bcapitali[sz]e\(\)`?" + _NC + r"{0,40}(\b(every|each|all( the)?)\b (words?|first "
          r"letters?)\b|\b(leaves?|keeps?)\b (the )?(rest|other (letters|characters))\b[^.;]{0,15}"
          r"\b(unchanged|as (it is|they are)|alone|untouched)\b)",
          "Python Library Reference, str.capitalize ('Return a copy of the string with its "
          "first character capitalized and the rest lowercased'); str.title ('words start with "
          "an uppercase character')",
          ("'hello world'.capitalize() capitalizes every word.",
           "capitalize() upper-cases the first letter of each word.",
           "name.capitalize() makes all first letters upper case.",
           "capitalize() changes the first letter and leaves the rest unchanged.",
           "The call to capitalize() capitalises each word of the title."),
          ("capitalize() upper-cases only the first character of the string.",
           "title() capitalizes every word, unlike capitalize().",
           "capitalize() lower-cases the rest of the string.",
           "capitalize() does not capitalize each word.",
           "'hello world'.capitalize() gives 'Hello world' with only the h upper-cased."),
          ("python",)),
    Entry("sorted_dict_gives_dict",
          "sorted() always returns a list: sorted(d) is a list of the dict's keys and "
          "sorted(d.items()) a list of pairs, not a dict (dict(sorted(d.items())) builds one)",
          r"(?<![.\w])(?<!dict\()sorted\(\s*(\w+|\w+\.(items|keys|values)\(\))\s*(,[^)]{0,40})?\)"
          r"`?" + _NC + r"{0,30}\b(returns?|gives?|produces?|is|creates?|builds?)\b (a |an |the )?"
          r"(new )?(sorted )?(dict|dictionary|ordereddict|mapping)\b",
          "Python Library Reference, Built-in Functions, sorted ('Return a new sorted list from "
          "the items in iterable'); iterating a dict gives its keys",
          ("sorted(scores) returns a dict sorted by key.",
           "sorted(d.items()) gives a sorted dictionary.",
           "sorted(counts, key=counts.get) returns a new dict ordered by value.",
           "Here sorted(prices) produces a dictionary in key order.",
           "sorted(ages.items(), key=lambda kv: kv[1]) creates a sorted dict."),
          ("sorted(scores) returns a list of the keys.",
           "dict(sorted(d.items())) gives a sorted dictionary.",
           "sorted(d.items()) gives a list of (key, value) pairs.",
           "sorted(scores) does not return a dict.",
           "json.dumps(d, sort_keys=True) writes a sorted dictionary."),
          ("python",)),
    Entry("counter_missing_keyerror",
          "A Counter returns 0 for a missing element instead of raising KeyError, and reading "
          "it does not insert the element",
          r"\bcounter\b" + _NC + r"{0,60}\b(raises?|throws?|gives?|fails with)\b (an? )?"
          r"keyerror\b"
          r"|\bcounter\b" + _NC + r"{0,20}\b(inserts?|adds?|stores?|creates?)\b[^.;]{0,20}"
          r"\b(missing|absent|new|unseen) (key|element|item|word)s?\b"
          r"|\b(missing|absent|new|unseen) (key|element|item|word)s? (from|of|in) (a |the )?"
          r"counter\b" + _NC + r"{0,20}\b(inserts?|adds?|stores?|creates?)\b",
          "Python Library Reference, collections.Counter ('Counter objects have a dictionary "
          "interface except that they return a zero count for missing items instead of raising "
          "a KeyError'; c['sausage'] # count of a missing element is zero)",
          ("Looking up a missing word in the Counter raises KeyError.",
           "The Counter raises KeyError for counts['zebra'] since it was never counted.",
           "A Counter throws KeyError on a missing element.",
           "Reading a missing key from a Counter inserts it with count 0.",
           "collections.Counter gives a KeyError for words it has not seen."),
          ("A Counter returns 0 for a missing element.",
           ("Looking up a missing key in a plain dict raises KeyError, but a Counter returns "
            "0."),
           "The Counter does not raise KeyError for a missing word.",
           "Reading a missing key from a defaultdict inserts it.",
           "A Counter returns a zero count instead of raising a KeyError."),
          ("python",)),
    Entry("defaultdict_get_default",
          "A defaultdict calls its default_factory only for d[key] (__getitem__): d.get(key) "
          "returns None (or get's own default) and inserts nothing",
          r"\bdefaultdict\b" + _NC + r"{0,80}\bget\([^)]{0,40}\)`?" + _NC + r"{0,30}\b(returns?|"
          r"gives?|creates?|inserts?|calls?|is)\b (an? |the )?(empty|new|default|0\b|\[\]|"
          r"factory|default_factory)"
          r"|\bget\([^)]{0,40}\)`? on (a|the) defaultdict\b" + _NC + r"{0,30}\b(returns?|gives?|"
          r"creates?|inserts?|calls?)\b (an? |the )?(empty|new|default|0\b|\[\]|factory)",
          "Python Library Reference, collections.defaultdict.__missing__ ('This method is "
          "called by the __getitem__() method of the dict class when the requested key is not "
          "found'; 'Note that __missing__() is not called for any operations besides "
          "__getitem__(). This means that get() will, like normal dictionaries, return None as "
          "a default')",
          ("With a defaultdict(list), d.get('x') returns an empty list.",
           "Because counts is a defaultdict(int), counts.get(word) gives 0 for a new word.",
           "On a defaultdict, d.get('k') calls the factory.",
           "The defaultdict makes groups.get(key) return a new list.",
           "d.get(k) on a defaultdict inserts a default value."),
          ("With a defaultdict(list), d.get('x') returns None.",
           "On a defaultdict, d['k'] creates an empty list.",
           "counts.get(word, 0) gives 0 for a new word.",
           "A defaultdict's get does not call the factory.",
           "d.get(k) on a defaultdict returns None and inserts nothing."),
          ("python",)),
    # --- JavaScript and TypeScript (MDN) -----------------------------------------------------
    Entry("splice_returns_array",
          "Array.prototype.splice changes the array in place and returns an array of the "
          "removed elements (empty when none were removed), not the changed array",
          r"\bsplice\b" + _ARGS + r"`?" + _NC + r"{0,30}" + _RETURNS + r" (the |a )?(modified|"
          r"updated|changed|remaining|resulting|shortened|original|same)\b[^.;]{0,10}\b(array|"
          r"list)\b"
          r"|\bsplice\b" + _ARGS + r"`?" + _NC + r"{0,30}\breturns? (the array(?! of)( itself)?|"
          r"this)\b",
          "MDN, Array.prototype.splice ('Return value: An array containing the deleted "
          "elements. If only one element is removed, an array of one element is returned. If "
          "no elements are removed, an empty array is returned')",
          ("arr.splice(1, 2) returns the modified array.",
           "splice returns the array itself, so the calls can be chained.",
           "items.splice(i, 1) gives back the remaining array.",
           "const rest = list.splice(0, 1) returns the updated list.",
           "splice(2, 1) evaluates to the shortened array."),
          ("arr.splice(1, 2) returns an array of the two removed elements.",
           "splice returns the array of deleted items.",
           "splice changes the array in place.",
           "splice does not return the modified array.",
           "slice returns a new array."),
          ("javascript", "typescript")),
    Entry("array_from_length_empty",
          "Array.from({length: n}) makes an array of n undefined values, with no holes (map "
          "and forEach visit every one), and Array.from({length: n}, (_, i) => i) fills it; it "
          "is neither empty nor sparse",
          r"\barray\.from\(\s*\{\s*length\s*:\s*(?!0\s*\})\w+\s*\}\s*\)`?" + _NC + r"{0,30}("
          r"\b(returns?|gives?|is|creates?|makes?|produces?)\b (an? )?(empty|\[\]|sparse|"
          r"nothing)|\b(has|is full of|contains?)\b (only )?(holes|empty slots)\b)",
          "MDN, Array.from ('Array.from() never creates a sparse array. If the items object is "
          "missing some index properties, they become undefined in the new array'); the "
          "Sequence generator (range) example, Array.from({ length: 5 }, (_, i) => i)",
          ("Array.from({length: 3}) returns an empty array.",
           "Array.from({ length: n }) creates a sparse array.",
           "Array.from({length: 5}) gives [].",
           "Array.from({length: 3}) is full of holes, so map skips them.",
           "Array.from({length: 4}) contains empty slots."),
          ("Array.from({length: 3}) returns [undefined, undefined, undefined].",
           "new Array(3) creates a sparse array with empty slots.",
           "Array.from({length: 3}, (_, i) => i) gives [0, 1, 2].",
           "Array.from({length: 3}) has no holes.",
           "Array.from({length: 0}) gives []."),
          ("javascript", "typescript")),
    Entry("js_split_limit_keeps_rest",
          "JavaScript's split(separator, limit) stops after limit pieces and throws the rest "
          "away: 'a,b,c'.split(',', 2) is ['a', 'b'] (Python's maxsplit and Java's limit are "
          "the ones that keep the remainder in the last piece)",
          r"^(?!.*\b(python|java|maxsplit|rsplit|splitn)\b)(?:.*?)\bsplit\(\s*['\"`/][^)]{0,10},"
          r"\s*\d+\s*\)`?" + _NC + r"{0,60}("
          r"\b(rest|remainder|remaining (text|string|part))\b[^.;]{0,30}\b(last|final|second)\b"
          r"|\b(keeps?|puts?|leaves?|includes?)\b[^.;]{0,20}\b(rest|remainder)\b"
          r"|" + _IS + r"\[\s*['\"`][^'\"`]*['\"`]\s*,\s*['\"`][^'\"`]*[,=:;| ][^'\"`]*['\"`]\s*"
          r"\])",
          "MDN, String.prototype.split ('limit: A non-negative integer specifying a limit on "
          "the number of substrings to be included in the array ... any leftover text is not "
          "included in the array at all')",
          ("'a,b,c'.split(',', 2) returns ['a', 'b,c'].",
           "line.split(':', 2) keeps the rest of the line in the second element.",
           "s.split(' ', 3) puts the remainder in the last element.",
           "'k=v=w'.split('=', 2) gives ['k', 'v=w'], so the value keeps its equals sign.",
           ("With a limit of 2, split(',', 2) includes the rest of the string in the last "
            "piece.")),
          ("'a,b,c'.split(',', 2) returns ['a', 'b'].",
           "split(',', 2) drops the rest of the string.",
           "In Python, 'a,b,c'.split(',', 1) keeps the rest in the last element.",
           "split(',') returns every field.",
           "split(',', 2) does not keep the remainder."),
          ("javascript", "typescript")),
    Entry("js_negative_index_last",
          "A negative index in brackets counts nothing from the end in JavaScript: arr[-1] "
          "reads a property named '-1' and is undefined; arr.at(-1) (or arr[arr.length - 1]) "
          "gives the last element",
          r"\b\w+\[\s*-\s*\d\s*\]`?" + _NC + r"{0,30}\b(returns?|gives?|is|reads?|gets?|"
          r"accesses|refers to|evaluates to)\b (you )?(the )?(last|final|second[- ]to[- ]last)\b"
          r"|^(?!.*(\bat\(|\bat\b|slice|splice|substr|python))(?:.*?)\bnegative (index(es)?|"
          r"indices)\b" + _NC + r"{0,30}\b(count|work|index|read)\w* (back(wards)? )?from the "
          r"end\b",
          "MDN, Array.prototype.at ('Negative integers count back from the last item in the "
          "array'; 'In the array[-1] form ... the bracket notation treats -1 as a property "
          "key, so it returns undefined'); Property accessors",
          ("arr[-1] returns the last element.",
           "items[-1] gives the final item of the array.",
           "list[-1] is the last entry, as in Python.",
           "In JavaScript, negative indices count from the end, so a[-2] is useful.",
           "scores[-1] refers to the last score."),
          ("arr[-1] is undefined; arr.at(-1) returns the last element.",
           "arr.at(-1) returns the last element.",
           "Negative indices count from the end with at() and slice().",
           "arr[arr.length - 1] gives the last element.",
           "arr[-1] does not return the last element."),
          ("javascript", "typescript")),
    Entry("structuredclone_shallow",
          "structuredClone makes a deep copy that keeps Dates, Maps, Sets, typed arrays and "
          "cycles (unlike JSON.parse(JSON.stringify(x))); it throws a DataCloneError on "
          "functions and does not keep class prototypes",
          r"\bstructuredclone\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(is|makes?|creates?|does|returns?|gives?|performs?)\b (a |an )?shallow\b"
          r"|\bshallow(ly)? cop(y|ies)\b"
          r"|\b(turns?|converts?|serializes?|stringifies|makes?)\b[^.;]{0,15}\bdates?\b[^.;]{0,15}"
          r"\b(into |to )?strings?\b"
          r"|\bdates?\b[^.;]{0,15}\b(become|turn into|end up as|come back as) strings?\b"
          r"|\b(copies|clones|keeps|preserves)\b[^.;]{0,10}\bfunctions?\b"
          r"|\b(same|identical|equivalent) (as|to)\b[^.;]{0,10}\bjson\.parse\b"
          r"|\b(fails|breaks|throws|chokes) on (circular|cyclic)\b)",
          "MDN, structuredClone ('creates a deep clone of a given value using the structured "
          "clone algorithm'; 'allows circular references'); The structured clone algorithm "
          "(Date, Map, Set supported; 'Function objects cannot be duplicated ... will throw a "
          "DataCloneError'; the prototype chain is not walked or duplicated)",
          ("structuredClone makes a shallow copy, so nested objects are shared.",
           "structuredClone turns Date objects into strings, like JSON does.",
           "structuredClone(obj) copies the functions on the object too.",
           "structuredClone is the same as JSON.parse(JSON.stringify(obj)).",
           "structuredClone throws on circular references."),
          ("structuredClone makes a deep copy that keeps Dates as Dates.",
           "JSON.parse(JSON.stringify(obj)) turns Dates into strings, unlike structuredClone.",
           "structuredClone throws a DataCloneError on functions.",
           "structuredClone handles circular references.",
           "The spread operator makes a shallow copy."),
          ("javascript", "typescript")),
    Entry("urlsearchparams_plus_literal",
          "URLSearchParams decodes '+' as a space (the form-urlencoded rule): new "
          "URLSearchParams('q=a+b').get('q') is 'a b'; decodeURIComponent is the one that "
          "leaves '+' as it is, and a literal plus must travel as %2B",
          r"^(?!.*%2b)(?:.*?)\burlsearchparams\b" + _NC + r"{0,80}("
          r"\b(keeps?|leaves?|preserves?)\b[^.;]{0,15}(\+|\bplus\b)"
          r"|(\+|\bplus( signs?)?)['\"`]?\s*(signs? )?(stays?|remains?|is kept|is preserved|comes "
          r"back|survives)\b"
          r"|\bget\(['\"`]\w+['\"`]\)`?\s*" + _IS + r"['\"`][^'\"`]*\+)",
          "MDN, URLSearchParams ('plus signs are interpreted as spaces'; 'you may need to "
          "encode the + as %2B'); WHATWG URL Standard, application/x-www-form-urlencoded "
          "parsing ('Replace any 0x2B (+) in name and value with 0x20 (SP)')",
          ("URLSearchParams keeps the + in 'a+b', so get('q') returns 'a+b'.",
           "new URLSearchParams('q=c++').get('q') returns 'c++'.",
           "With URLSearchParams, a plus sign stays a plus.",
           "URLSearchParams leaves + unchanged when it parses the query.",
           "When URLSearchParams parses 'tag=a+b', the + is preserved."),
          ("URLSearchParams decodes + as a space, so get('q') returns 'a b'.",
           "decodeURIComponent keeps the + in 'a+b'.",
           "new URLSearchParams('q=c%2B%2B').get('q') returns 'c++'.",
           "URLSearchParams does not keep a plus sign.",
           "Encode a literal + as %2B before putting it in URLSearchParams."),
          ("javascript", "typescript")),
    Entry("concat_in_place",
          "Array.prototype.concat returns a new array and leaves the array it is called on "
          "unchanged: a.concat(b) alone on a line does nothing (push(...b) appends in place)",
          r"\bconcat\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(modif(y|ies)|mutates?|changes?|updates?|extends?)\b (the )?(original |existing |"
          r"first |same |source )?(array|list|it)\b"
          r"|\bin[- ]place\b"
          r"|\b(adds?|appends?|pushes)\b[^.;]{0,30}\b(to|onto|into) (the )?(original|existing|"
          r"first|same)\b)"
          r"|\b\w+\.concat\(\w+\)`?" + _NC + r"{0,20}\b(adds?|appends?|pushes)\b",
          "MDN, Array.prototype.concat ('This method does not change the existing arrays, but "
          "instead returns a new array')",
          ("arr.concat(more) modifies the original array.",
           "concat appends the items in place.",
           "list.concat(extra) adds the extra items to list.",
           "concat changes the array it is called on.",
           "Calling a.concat(b) extends the array a."),
          ("arr.concat(more) returns a new array and leaves arr unchanged.",
           "push modifies the original array, but concat does not.",
           "concat does not change the array it is called on.",
           "concat returns a new array instead of modifying the original array.",
           "Use push(...more) to append in place; concat copies."),
          ("javascript", "typescript")),
    Entry("flat_fully_flattens",
          "Array.prototype.flat() flattens one level by default: [1, [2, [3]]].flat() is "
          "[1, 2, [3]]; flat(Infinity) flattens every level",
          r"\bflat\(\s*\)`?" + _NC + r"{0,40}(\b(all|every|any)\b (the )?(levels?|nested|depths?|"
          r"nesting)\b|\b(fully|completely|recursively|deeply)\b|\bno matter how (deep|nested)\b)",
          "MDN, Array.prototype.flat ('depth: The depth level specifying how deep a nested "
          "array structure should be flattened. Defaults to 1')",
          ("arr.flat() flattens all levels of nesting.",
           "[1, [2, [3]]].flat() gives a completely flat array.",
           "flat() recursively flattens the nested arrays.",
           "nested.flat() flattens the array no matter how deep it is.",
           "Calling flat() fully flattens the structure."),
          ("arr.flat() flattens one level.",
           "arr.flat(Infinity) flattens all levels.",
           "flat() does not flatten recursively.",
           "flatMap maps and then flattens one level.",
           "flat() only flattens one level, so [3] stays nested."),
          ("javascript", "typescript")),
    Entry("promise_all_completion_order",
          "Promise.all (and allSettled) and asyncio.gather give their results in the order of "
          "the promises or awaitables passed in, whatever order they settle in",
          r"\b(promise\.all(settled)?|gather)\b" + _ARGS + r"`?" + _NC + r"{0,60}("
          r"\b(in|by) (the )?(order|sequence) (that |in which |of )?(they|the (promises?|tasks?|"
          r"calls?|requests?|coroutines?|fetch\w*|futures?)|each( one)?|it)? ?(resolve|settle|"
          r"finish|complete|fulfil|return|arrive|come back|are done|get done)\w*"
          r"|\b(in|by) (completion|finishing|resolution|arrival|settlement) (order|time)\b)",
          "MDN, Promise.all ('an array of the fulfillment values, in the order of the promises "
          "passed, regardless of completion order'); Python Library Reference, asyncio.gather "
          "('The order of result values corresponds to the order of awaitables in aws')",
          ("Promise.all returns the results in the order the promises resolve.",
           "asyncio.gather returns results in the order the tasks finish.",
           "Promise.all([a, b]) gives the values in completion order.",
           "With gather, the results come back in the order the coroutines complete.",
           "Promise.allSettled lists the outcomes by the order in which they settle."),
          ("Promise.all returns the results in the order of the input array.",
           "asyncio.as_completed yields results in the order they finish.",
           "gather returns results in the order the awaitables were passed.",
           "Promise.all does not give results in completion order.",
           "Promise.race settles as soon as the first promise settles."),
          ("javascript", "typescript", "python")),
    Entry("object_assign_new_object",
          "Object.assign(target, ...sources) copies into target and returns target itself: it "
          "changes its first argument (Object.assign({}, a, b) or {...a, ...b} make a new "
          "object)",
          r"\bobject\.assign\(\s*(?!\{\s*\})\w+[^)]{0,40}\)`?" + _NC + r"{0,40}("
          r"\b(returns?|gives?|creates?|produces?|makes?)\b (a |an )?(new|fresh|separate|copy)\b"
          r"|\b(leaves?|keeps?)\b (the )?(target|first (argument|object)|original( object)?)\b"
          r"[^.;]{0,10}\b(unchanged|untouched|intact|alone|as it (is|was))\b"
          r"|\bwithout (modifying|changing|mutating|touching)\b)",
          "MDN, Object.assign ('copies all enumerable own properties from one or more source "
          "objects to a target object. It returns the modified target object')",
          ("Object.assign(defaults, opts) returns a new object and leaves defaults alone.",
           "Object.assign(target, source) creates a copy of the merged properties.",
           "Object.assign(config, overrides) leaves the original object unchanged.",
           "Object.assign(state, patch) merges them without modifying state.",
           "Object.assign(a, b) gives a fresh object."),
          ("Object.assign({}, a, b) returns a new object.",
           "Object.assign(target, source) returns target itself.",
           "Object.assign(config, overrides) changes config in place.",
           "Object.assign(a, b) leaves b unchanged.",
           "Object.assign(a, b) does not create a new object."),
          ("javascript", "typescript")),
    # --- Go (the specification, package documentation) ---------------------------------------
    Entry("go_append_in_place",
          "append returns the updated slice and the caller must keep it (s = append(s, x)): "
          "the slice passed in keeps its old length, so an append whose result is dropped, or "
          "kept only inside a function that got the slice by value, adds nothing the caller "
          "sees",
          r"(?<![.\w])append\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(modif(y|ies)|changes?|updates?|grows?|extends?)\b (the |its )?(original |caller's "
          r"|passed |given )?(slice|argument|input|it)\b[^.;]{0,15}\bin[- ]place\b"
          r"|\b(no need|unnecessary|not necessary|needless) to (assign|store|keep|use)\b)"
          r"|\b(no need|do not need|needn't) to (assign|store|keep|use) (the )?(result|return "
          r"value) of append\b",
          "The Go Programming Language Specification, Appending to and copying slices ('append "
          "returns the resulting slice'); Effective Go, Append ('we must return the slice "
          "afterwards because, although Append can modify the elements of slice, the slice "
          "itself ... is passed by value'); the compiler rejects an unused append",
          ("append(s, x) modifies the slice in place.",
           "append grows the original slice in place, so the caller sees the new element.",
           "There is no need to assign the result of append.",
           "append(items, v) changes the slice in place, so the assignment is redundant.",
           "append updates its argument in place."),
          ("append returns the new slice, so write s = append(s, x).",
           "append does not modify the slice in place.",
           "Python's list.append modifies the list in place.",
           "s = append(s, x) stores the grown slice.",
           "The backing array may be shared, but the slice header must be reassigned."),
          ("go",)),
    Entry("go_copy_returns_slice",
          "copy(dst, src) returns the number of elements copied, an int (min(len(dst), "
          "len(src))), not a slice",
          r"(?<![.\w])copy\([^)]{0,40}\)`?" + _NC + r"{0,30}" + _RETURNS + r" (the |a )?(new |"
          r"copied |destination |resulting |fresh )?(slice|copy|dst|destination|array)\b"
          r"|(?<![.\w])copy\b" + _NC + r"{0,10}\breturns? (the )?(new |copied )?(slice|dst|"
          r"destination)\b",
          "The Go Programming Language Specification, Appending to and copying slices ('copy "
          "... returns the number of elements copied, which will be the minimum of len(src) and "
          "len(dst)')",
          ("copy(dst, src) returns the destination slice.",
           "n := copy(buf, data) gives a new slice.",
           "copy(out, in) returns the copied slice.",
           "copy returns the new slice with the elements.",
           "copy(a, b) evaluates to dst."),
          ("copy(dst, src) returns the number of elements copied.",
           "copy returns an int.",
           "copy(dst, src) does not return a slice.",
           "bytes.Clone returns a new slice.",
           "slices.Clone(s) returns a new slice."),
          ("go",)),
    Entry("go_duration_prints_nanos",
          "A time.Duration prints through its String method as text such as 1.5s or 2m0s (with "
          "Println and %v), not as a count of nanoseconds; d.Seconds() or int64(d) give numbers",
          r"\b(println|printf|print|sprint\w*)\((?![^;]*?(\b(u?int\w*|float\w*)\(|\.(nano|micro|"
          r"milli)?seconds\(|\.(minutes|hours)\())[^;]{0,40}\btime\.(second|millisecond|minute|hour|"
          r"microsecond|since)\b[^;]{0,20}\)?`?" + _NC + r"{0,20}\b(prints?|shows?|outputs?|"
          r"displays?|gives?|is)\b (\d{4,}|(the |a )?(raw |plain )?(integer|int64|number|count) "
          r"(of )?nanoseconds|nanoseconds)\b"
          r"|\bdurations?\b" + _NC + r"{0,30}\b(prints?|is printed|formats?|is formatted|shows? up|"
          r"displays?)\b (as|in) (an? |the )?(raw |plain |bare )?(integer|int64|number|count|"
          r"nanoseconds)\b"
          r"|\bdurations?\b" + _NC + r"{0,30}\b(prints?|shows?|displays?|outputs?)\b (an? |the )?"
          r"(raw |plain |bare )?(integer|int64|number|count) of nanoseconds\b",
          "Go package time, Duration.String ('String returns a string representing the "
          "duration in the form \"72h3m0.5s\"'); fmt ('If an operand implements method String() "
          "string, that method will be invoked')",
          ("fmt.Println(2 * time.Second) prints 2000000000.",
           "A time.Duration prints as an integer number of nanoseconds.",
           "fmt.Println(time.Since(start)) prints the raw number of nanoseconds.",
           "The duration is printed as a plain integer.",
           "Printing a Duration with %v shows a count of nanoseconds."),
          ("fmt.Println(2 * time.Second) prints 2s.",
           "A time.Duration prints as 1.5s through its String method.",
           "d.Nanoseconds() returns the duration as an integer count of nanoseconds.",
           "int64(d) gives the number of nanoseconds.",
           "fmt.Println(int64(time.Second / time.Millisecond)) prints 1000.",
           "fmt.Println(time.Since(start).Milliseconds()) prints 1500.",
           "A Duration is an int64 count of nanoseconds, but it prints as 2s."),
          ("go",)),
    Entry("go_sort_search_minus_one",
          "sort.Search (and SearchInts, SearchStrings) returns the smallest index where the "
          "condition holds, n when there is none, never -1 or a panic: check i < n && a[i] == "
          "x to know whether x is there",
          r"\b(sort\.search\w*|searchints|searchstrings|searchfloat64s)\b" + _ARGS + r"`?" +
          _NC + r"{0,60}\b(returns?|gives?|yields?|is)\b (-\s?1|nil|false)\b"
          r"|\bsort\.search\w*\b" + _ARGS + r"`?" + _NC + r"{0,60}\b(panics?|returns? an error)\b",
          "Go package sort, Search ('Search returns the first true index. If there is no such "
          "index, Search returns n'; 'To complete the example above, ... if i < len(data) && "
          "data[i] == 23'); SearchInts ('The return value is the index to insert x if x is not "
          "present (it could be len(a))')",
          ("sort.Search returns -1 when no element matches.",
           "sort.SearchInts(a, 7) gives -1 if 7 is missing.",
           "If the value is absent, sort.Search(len(a), f) returns -1.",
           "sort.SearchStrings returns -1 for a missing name.",
           "sort.Search panics when nothing satisfies the predicate."),
          ("sort.Search returns n when no element matches.",
           "sort.SearchInts(a, 7) gives the insertion index if 7 is missing.",
           "strings.Index returns -1 when the substring is absent.",
           "sort.Search never returns -1.",
           "sort.Search does not panic; it returns len(a)."),
          ("go",)),
    Entry("go_http_error_returns",
          "http.Error writes the status and the message but does not end the handler: the code "
          "after it still runs, so a return must follow it",
          r"\bhttp\.error\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(returns?|exits?|stops?|ends?|aborts?|terminates?|halts?)\b (from )?(the |this )?"
          r"(handler|function|request|execution|processing)\b"
          r"|\b(nothing|no (other |more )?code)\b[^.;]{0,20}\b(after|below|following)\b[^.;]{0,10}"
          r"\b(runs?|executes?|is executed)\b"
          r"|\bacts? (as|like) (a )?return\b)"
          r"|\bno (need|reason) (for|to)\b[^.;]{0,20}\breturn\b[^.;]{0,20}\bafter\b[^.;]{0,10}"
          r"\bhttp\.error\b",
          "Go package net/http, Error ('It does not otherwise end the request; the caller "
          "should ensure no further writes are done to w')",
          ("http.Error returns from the handler, so the code after it never runs.",
           "http.Error(w, \"bad id\", 400) stops the handler.",
           "Calling http.Error ends the request, so nothing after it executes.",
           "http.Error acts as a return.",
           "There is no need for a return after http.Error."),
          ("http.Error writes the response but does not return from the handler.",
           "After http.Error, add a return so the handler stops.",
           "http.Error sets the status and writes the message.",
           "Add a return after http.Error; otherwise the rest of the handler runs.",
           "http.Error does not end the request by itself."),
          ("go",), code_has=r"\bhttp\.Error\("),
    Entry("go_json_number_int",
          "json.Unmarshal into an interface{} (any, map[string]interface{}) stores every JSON "
          "number as a float64, never an int (decode into a typed field, or use a Decoder with "
          "UseNumber)",
          r"^(?=.*(interface\{\}|\bany\b|map\[string\]))(?!.*(struct|field|usenumber|"
          r"json\.number))(?:.*?)("
          r"\bunmarshal\w*\b" + _NC + r"{0,80}\b(numbers?|\d+|integers?|ints?|age|count)\b" +
          _NC + r"{0,40}\b(as|into|to|becomes?|is|are|gives?|yields?) (an? )?(int|int64|integer)s?"
          r"\b"
          r"|\bunmarshal\w*\b" + _NC + r"{0,60}\b(gives?|yields?|returns?|produces?) (an? )?(int|"
          r"int64|integer)s?\b"
          r"|\b(interface\{\}|any|map\[string\](interface\{\}|any))" + _NC + r"{0,40}\b(holds?|"
          r"gets?|stores?|contains?)\b (an? )?(int|int64)\b)",
          "Go package encoding/json, Unmarshal ('To unmarshal JSON into an interface value, "
          "Unmarshal stores one of these in the interface value: ... float64, for JSON "
          "numbers'); Decoder.UseNumber",
          ("json.Unmarshal into an interface{} decodes 42 as an int.",
           "After json.Unmarshal into a map[string]interface{}, the age is an int.",
           "Unmarshal into any stores whole numbers as int64.",
           "json.Unmarshal into map[string]any gives an integer for \"count\": 3.",
           "The map[string]interface{} holds an int after json.Unmarshal."),
          ("json.Unmarshal into an interface{} decodes 42 as a float64.",
           "Unmarshal into a struct with an int field stores the number as an int.",
           "With UseNumber, json.Unmarshal into any keeps the number as a json.Number.",
           "json.Unmarshal into an interface{} does not give an int.",
           "A map[string]interface{} holds a float64 for every number."),
          ("go",)),
    Entry("go_time_month_zero",
          "Go's time.Month counts from 1: time.January is 1 and time.December 12, and "
          "t.Month() returns 1 for January (unlike JavaScript's getMonth and Java's Calendar)",
          r"(\btime\.month\b|\.month\(\)|\btime\.(january|december)\b)`?" + _NC + r"{0,40}("
          r"\b(is|are) (zero|0)[- ]based\b"
          r"|\b(starts?|counts?|begins?|runs?) (at|from) (zero|0)\b"
          r"|\b(returns?|gives?|is) (0|zero)\b[^.;]{0,20}\bjanuary\b"
          r"|\b(returns?|gives?|is) 11\b[^.;]{0,20}\bdecember\b"
          r"|\bjanuary (is|as) (0|zero)\b)"
          r"|\btime\.january\b`?\s*" + _IS + r"(0|zero)\b"
          r"|\btime\.december\b`?\s*" + _IS + r"11\b",
          "Go package time, Month ('A Month specifies a month of the year (January = 1, ...)'; "
          "const January Month = 1 + iota)",
          ("time.Month is zero-based, so January is 0.",
           "t.Month() returns 0 for January.",
           "time.January is 0 in Go.",
           "t.Month() starts at zero, like getMonth in JavaScript.",
           "time.December == 11."),
          ("time.Month is one-based: January is 1.",
           "t.Month() returns 1 for January.",
           "time.January is 1.",
           "JavaScript's getMonth is zero-based.",
           "t.Month() is not zero-based."),
          ("go",)),
    # --- Java (javadoc) ----------------------------------------------------------------------
    Entry("java_tomap_duplicates_overwrite",
          "Collectors.toMap(keyMapper, valueMapper) throws IllegalStateException on a duplicate "
          "key; only a merge function, its third argument, decides which value to keep",
          r"^(?!.*\b(not|never|cannot|throws?|exceptions?|errors?|merg\w*|binaryoperator|"
          r"illegalstateexception)\b)(?=.*\btomap\b)(?=.*(\b(duplicate|duplicated|repeated|same|"
          r"equal|colliding) keys?\b|\bkeys? (is |are )?(appears?|occurs?|repeats?|repeated|"
          r"collides?|clash\w*|duplicated)\b|\bduplicates?\b))(?:.*?)\b(overwrites?|replaces?|"
          r"keeps? the (last|latest|later|first|earlier)|wins?|drops?|ignores?|discards?|skips?|"
          r"(is|are) (overwritten|replaced|ignored|dropped|skipped|kept)|silently)\b",
          "Java SE API, Collectors.toMap(Function, Function) ('If the mapped keys contain "
          "duplicates (according to Object.equals(Object)), an IllegalStateException is thrown "
          "when the collection operation is performed. If the mapped keys might have "
          "duplicates, use toMap(Function, Function, BinaryOperator) instead')",
          ("Collectors.toMap keeps the last value when a key is repeated.",
           "With duplicate keys, toMap overwrites the earlier entry.",
           "toMap silently drops duplicate keys.",
           "If two elements have the same key, Collectors.toMap replaces the first one.",
           "The later entry wins when toMap sees a duplicate key."),
          ("Collectors.toMap throws IllegalStateException on a duplicate key.",
           "With a merge function, toMap keeps the last value for a repeated key.",
           "HashMap.put overwrites the value for a duplicate key.",
           "toMap does not overwrite duplicate keys.",
           "groupingBy collects every value for the same key into a list."),
          ("java",), code_has=r"\btoMap\(",
          code_lacks=(r"\btoMap\((?:[^(),;]|\((?:[^()]|\([^()]*\))*\))*,(?:[^(),;]|\((?:[^()]|"
                      r"\([^()]*\))*\))*,")),
    Entry("java_getordefault_inserts",
          "Map.getOrDefault(key, d) only reads: it returns d for a missing key and leaves the "
          "map unchanged (computeIfAbsent, putIfAbsent and merge insert)",
          r"^(?!.*(\bput\(|\b(then|and|followed by|with) (a )?put\b|computeifabsent|putifabsent|"
          r"\bmerge\b))(?:.*?)\bgetordefault\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"(?<!\bto )\b(inserts?|adds?|puts?|stores?|saves?|creates?|writes?)\b[^.;]{0,30}"
          r"\b(in|into|to)? ?(the )?(map|entry|key|default)\b"
          r"|\b(modif(y|ies)|updates?|changes?|mutates?)\b (the )?map\b)",
          "Java SE API, Map.getOrDefault ('Returns the value to which the specified key is "
          "mapped, or defaultValue if this map contains no mapping for the key'); "
          "Map.computeIfAbsent ('attempts to compute its value ... and enters it into this map')",
          ("getOrDefault inserts the default into the map when the key is missing.",
           "counts.getOrDefault(word, 0) adds the key to the map.",
           "getOrDefault(k, new ArrayList<>()) stores the new list in the map.",
           "Calling getOrDefault modifies the map.",
           "getOrDefault creates an entry for the missing key."),
          ("getOrDefault returns the default and leaves the map unchanged.",
           "computeIfAbsent inserts the default into the map.",
           "getOrDefault does not insert anything.",
           "map.put(word, map.getOrDefault(word, 0) + 1) stores the new count in the map.",
           "getOrDefault only reads the map."),
          ("java",)),
    Entry("java_set_add_duplicate_throws",
          "Set.add (HashSet, TreeSet, LinkedHashSet) returns false for an element already "
          "present and leaves the set unchanged: it neither throws nor replaces the element",
          r"\b(hashset|treeset|linkedhashset|set)('s |\.| )add\b(\([^)]{0,40}\))?`?" + _NC +
          r"{0,50}(\b(throws?|raises?)\b[^.;]{0,30}\b(exception|error|illegal\w*)\b"
          r"|\b(returns?|gives?)\b (the (set|collection)|void|nothing|null)\b"
          r"|\b(replaces?|overwrites?)\b (the )?(old|existing|previous|original|earlier|first)\b)"
          r"|\badding (a |an )?(duplicate|existing|same)\b[^.;]{0,40}\b(set|hashset|treeset)\b" +
          _NC + r"{0,30}\b(throws?|raises?|fails with)\b",
          "Java SE API, Set.add ('Returns: true if this set did not already contain the "
          "specified element'; 'If this set already contains the element, the call leaves the "
          "set unchanged and returns false')",
          ("set.add(x) throws an exception when x is already in the set.",
           "HashSet.add returns the set, so calls can be chained.",
           "A HashSet's add replaces the existing element.",
           "Adding a duplicate to a HashSet throws IllegalArgumentException.",
           "Set.add returns void."),
          ("HashSet.add returns false when the element is already present.",
           "set.add(x) returns true if x was added.",
           "Adding a duplicate to a HashSet leaves it unchanged.",
           "Set.of throws IllegalArgumentException on duplicate elements.",
           "HashSet.add does not throw on a duplicate."),
          ("java",)),
    Entry("map_put_returns_new",
          "Java's Map.put and Rust's HashMap::insert return the value previously stored under "
          "the key (null or None when there was none), not the new value, the map or nothing",
          r"^(?=.*\b\w*map)(?:.*?)\b(put|insert)\b" + _ARGS + r"`?" + _NC + r"{0,30}(" +
          _RETURNS + r" (the )?(new(ly inserted)?|inserted|given|same|current)\b( value)?"
          r"|\breturns?\b (the map|void|nothing|unit|\(\)|a boolean|true|false)\b)",
          "Java SE API, Map.put ('Returns: the previous value associated with key, or null if "
          "there was no mapping for key'); Rust std, HashMap::insert ('If the map did not have "
          "this key present, None is returned. If the map did have this key present, the value "
          "is updated, and the old value is returned')",
          ("map.put(k, v) returns the new value.",
           "HashMap.put returns void.",
           "In Rust, map.insert(k, v) returns nothing.",
           "scores.put(name, 10) returns the map, so calls can be chained.",
           "HashMap::insert gives back the inserted value."),
          ("map.put(k, v) returns the previous value, or null.",
           "HashMap::insert returns Some(old) when the key was present.",
           "Vec::insert returns nothing.",
           "map.put does not return the new value.",
           "map.get(k) returns the value."),
          ("java", "rust")),
    Entry("java_sublist_copy",
          "List.subList(from, to) returns a view backed by the list, not a copy: changes "
          "through either show in the other, and a structural change to the backing list makes "
          "the view fail (new ArrayList<>(list.subList(a, b)) copies)",
          r"^(?!.*(new (array|linked)list|copyof|tolist|collect))(?:.*?)\bsublist\b" + _ARGS + r"`?" + _NC +
          r"{0,40}("
          r"\b(returns?|gives?|creates?|makes?|is|produces?)\b (a |an )?(new |separate |"
          r"independent |fresh |detached )?(cop(y|ies)|clone|new list|separate list|independent "
          r"list|list of its own)\b"
          r"|\b(independent|separate|detached) (of|from) (the )?(original|source|backing|parent)\b"
          r"|\b(independent|separate)\b (list|array|copy)\b"
          r"|\b(does not|do not|doesn't|won't|will not|never) (affect|change|modify|touch)\b)",
          "Java SE API, List.subList ('The returned list is backed by this list, so "
          "non-structural changes in the returned list are reflected in this list, and "
          "vice-versa')",
          ("list.subList(0, 3) returns a copy of the first three elements.",
           "subList creates a new list, so clearing it leaves the original alone.",
           "The subList is independent of the original list.",
           "Changes to the subList do not affect the backing list.",
           "subList(1, 4) gives an independent list."),
          ("subList returns a view backed by the original list.",
           "new ArrayList<>(list.subList(0, 3)) creates a copy.",
           "Changes to the subList show in the backing list.",
           "subList does not return a copy.",
           "List.copyOf returns a copy."),
          ("java",)),
    Entry("java_iterator_next_null",
          "Iterator.next() throws NoSuchElementException when there are no more elements; it "
          "never returns null to mark the end (check hasNext() first)",
          r"\b(\w+\.)?next\(\)`?" + _NC + r"{0,50}\b(returns?|gives?|yields?)\b (null|nothing)\b"
          r"[^.;]{0,40}\b(no (more|further|remaining)|end|exhausted|empty|past the (end|last)|"
          r"after the last|runs? out)\b"
          r"|\b(no (more|further|remaining) (elements?|items?)|past the (end|last)|exhausted|"
          r"after the last (element|item)|(at|reaches) the end)\b(?:[^.;]|\.(?=\w)){0,40}\bnext\(\)`?" + _NC +
          r"{0,30}\b(returns?|gives?)\b (null|nothing)\b",
          "Java SE API, Iterator.next ('Throws: NoSuchElementException - if the iteration has "
          "no more elements')",
          ("it.next() returns null when there are no more elements.",
           "Once the iterator is exhausted, next() returns null.",
           "next() returns null at the end of the list.",
           "After the last element, iterator.next() gives null.",
           "When there are no remaining items, next() returns null, which ends the loop."),
          ("next() throws NoSuchElementException when there are no more elements.",
           "readLine() returns null at the end of the stream.",
           "Call hasNext() first, since next() past the end throws.",
           "next() never returns null at the end.",
           "map.get(k) returns null when there is no entry."),
          ("java",)),
    Entry("java_nextint_consumes_newline",
          "Scanner.nextInt (nextDouble, nextLong...) reads only the number and leaves the "
          "line's newline in the input, so a nextLine() right after it returns an empty string "
          "(call nextLine() once more to consume the rest of the line)",
          r"\bnext(int|double|long|float)\b(\(\))?`?" + _NC + r"{0,40}(?<!\bto )\b(consumes?|"
          r"reads?|eats?|swallows?|takes?|removes?|skips?)\b (up )?(the |its |that )?(trailing )?"
          r"(newline|line break|end of( the)? line|enter|\\n|rest of the line|whole line|entire "
          r"line)\b",
          "Java SE API, java.util.Scanner ('A Scanner breaks its input into tokens using a "
          "delimiter pattern'; nextInt 'Scans the next token of the input as an int'; nextLine "
          "'Advances this scanner past the current line and returns the input that was "
          "skipped')",
          ("nextInt() consumes the newline after the number.",
           "scanner.nextInt reads the whole line, so the next nextLine() gets the name.",
           "nextDouble() swallows the trailing newline.",
           "nextInt() takes the rest of the line with it.",
           "Because nextInt removes the line break, nextLine() waits for new input."),
          ("nextInt() leaves the newline in the buffer, so nextLine() returns an empty string.",
           "nextLine() consumes the newline.",
           "nextInt() does not consume the newline.",
           "nextInt reads only the number, not the rest of the line.",
           "Call nextLine() once after nextInt() to skip the rest of the line."),
          ("java",)),
    Entry("java_poll_throws",
          "Queue.poll() and peek() (and Deque's pollFirst, peekLast...) return null on an empty "
          "queue without waiting; remove() and element() are the ones that throw "
          "NoSuchElementException, and a BlockingQueue's take() the one that waits",
          r"\b(poll|peek)(first|last)?\(\)`?" + _NC + r"{0,40}\b(throws?|raises?|blocks?|waits? "
          r"(for|until))\b",
          "Java SE API, Queue ('Throws exception: remove(), element(); Returns special value: "
          "poll(), peek()'; poll 'Returns: the head of this queue, or null if this queue is "
          "empty'); BlockingQueue's table (take() blocks)",
          ("queue.poll() throws NoSuchElementException when the queue is empty.",
           "peek() throws an exception on an empty queue.",
           "poll() blocks until an element is available.",
           "pollFirst() raises an error if the deque is empty.",
           "On an empty deque, peekLast() throws."),
          ("poll() returns null when the queue is empty.",
           "remove() throws NoSuchElementException on an empty queue.",
           "take() blocks until an element is available.",
           "poll() does not throw on an empty queue.",
           "poll(1, SECONDS) waits up to a second."),
          ("java",)),
    # --- C, C++ and Rust (C11, cppreference, Rust std) ---------------------------------------
    Entry("c_snprintf_returns_written",
          "snprintf returns the number of characters the whole output needs (without the "
          "NUL), even when it was cut to fit the buffer: a value >= the size means it was "
          "truncated, a negative one an encoding error",
          r"\bsnprintf\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(returns?|gives?)\b (the )?(number|count) of (characters|chars|bytes) (actually )?"
          r"(written|copied|stored|put)\b(?! (if|had|would|without|were))"
          r"|\b(returns?|gives?)\b (-\s?1|a negative (value|number))\b[^.;]{0,30}\b(truncat\w*|too "
          r"(small|short)|does not fit|overflow\w*)"
          r"|\b(returns?|gives?)\b (at most|no more than) (size|n|the (buffer )?size)\b)",
          "C11 7.21.6.5 The snprintf function ('returns the number of characters that would "
          "have been written had n been sufficiently large, not counting the terminating null "
          "character, or a negative value if an encoding error occurred. Thus, the "
          "null-terminated output has been completely written if and only if the returned "
          "value is nonnegative and less than n'); cppreference, snprintf",
          ("snprintf returns the number of characters written to the buffer.",
           "snprintf(buf, 8, \"%s\", name) returns the number of bytes actually written.",
           "snprintf returns -1 when the output is truncated.",
           "On truncation snprintf returns the count of characters copied.",
           "snprintf returns at most size - 1."),
          ("snprintf returns the number of characters that would have been written.",
           "A return value of snprintf at least the size means the output was truncated.",
           "_snprintf on Windows returns -1 when the output is truncated.",
           "sprintf returns the number of characters written.",
           "snprintf does not return the number of characters written."),
          ("c", "cpp")),
    Entry("c_realloc_failure_frees",
          "When realloc fails it returns NULL and leaves the original block allocated and "
          "unchanged (it does not free it): p = realloc(p, n) then loses the only pointer to "
          "it, so assign to a temporary first",
          r"(\b(if|when|on|once)\b[^.;]{0,10}\brealloc\b[^.;]{0,20}\b(fails|failure|returns "
          r"null)\b|\b(on|upon|after an?) (failure|error),? realloc\b)"
          r"(" + _NC + r"{0,40}\b(frees?|releases?|deallocates?|invalidates?|destroys?)\b (the )?"
          r"(old |original |previous |existing |first )?(block|memory|buffer|allocation|data)\b"
          r"|" + _NC + r"{0,40}\b(old|original|previous|existing) (block|memory|buffer|allocation|"
          r"data)\b[^.;]{0,10}\b(is|gets|has been) (freed|released|deallocated|lost|invalidated|"
          r"destroyed)\b)"
          r"|\brealloc\b" + _NC + r"{0,30}\b(frees?|releases?)\b (the )?(old|original|previous|"
          r"existing)\b[^.;]{0,30}\b(on|when|if|even if)\b[^.;]{0,10}\b(it )?(fails?|failure|"
          r"error)\b",
          "C11 7.22.3.5 The realloc function ('If memory for the new object cannot be "
          "allocated, the old object is not deallocated and its value is unchanged'; 'returns "
          "... a null pointer if the new object could not be allocated'); CERT MEM04-C, "
          "cppreference, realloc",
          ("If realloc fails, it frees the original block.",
           "When realloc returns NULL, the old memory is freed.",
           "realloc frees the old block even if it fails.",
           "On failure realloc releases the previous buffer.",
           "If realloc fails, the original allocation is deallocated."),
          ("If realloc fails, it returns NULL and the original block is left untouched.",
           "realloc frees the old block when it moves the data.",
           "If realloc fails, p = realloc(p, n) loses the only pointer to the block, a leak.",
           "If realloc fails, the old block is not freed.",
           "realloc does not free the original block when it fails."),
          ("c", "cpp")),
    Entry("capacity_sets_length",
          "A capacity is room, not length: Rust's Vec::with_capacity(n), Java's new "
          "ArrayList<>(n) and C++'s v.reserve(n) leave the collection empty, so indexing (or "
          "get and set) below n panics, throws or is undefined; vec![0; n], "
          "Collections.nCopies or resize(n) make n elements",
          r"^(?!.*\b(room|space|capacity (for|of)|realloc\w*|allocat\w*|memory)\b)(?:.*?)"
          r"(\bwith_capacity\(\s*\w+\s*\)|\bnew arraylist<\w*>\(\s*(\d+|n|capacity|cap|"
          r"initialcapacity|size)\s*\)|\breserve\(\s*\w+\s*\)|\bensurecapacity\(\s*\w+\s*\))`?" +
          _NC + r"{0,40}("
          r"\b(has|holds|contains|creates|gives|makes|with|of|returns)\b[^.;]{0,10}\b(\d+|n|\w+) "
          r"(elements?|items?|slots?|entries|zeros?|nulls?)\b"
          r"|\b(sets?|changes?|grows?)\b (the |its )?(size|length|len)\b"
          r"|\b(size|length|len(\(\))?|size\(\))\b (is|becomes|will be|of)\b "
          r"(?!(still )?(0|zero|empty|unchanged)\b)\w+)",
          "Rust std, Vec::with_capacity ('The vector will be able to hold at least capacity "
          "elements without reallocating'; 'the returned vector ... has a length of zero'); "
          "Java SE API, ArrayList(int) ('Constructs an empty list with the specified initial "
          "capacity'); cppreference, std::vector::reserve ('does not change the size of the "
          "vector')",
          ("Vec::with_capacity(10) creates a vector of 10 elements.",
           "After v.reserve(5), the size is 5, so v[4] is valid.",
           "new ArrayList<>(10) has 10 null entries, so set(3, x) works.",
           "with_capacity(n) sets the length to n.",
           "reserve(100) grows the size of the vector to 100."),
          ("Vec::with_capacity(10) creates an empty vector with room for 10 elements.",
           "After v.reserve(5), the size is still 0.",
           "vec![0; 10] creates a vector of 10 zeros.",
           "new ArrayList<>(10) has size 0.",
           "v.resize(5) sets the size to 5."),
          ("rust", "java", "cpp")),
    Entry("rust_rev_in_place",
          "iter().rev() (and chars().rev()) is a lazy adapter that walks the same items back to "
          "front: it neither reverses nor copies the collection (v.reverse() reverses a Vec in "
          "place; collect() builds a reversed copy)",
          r"^(?!.*\bcollect)(?:.*?)\.rev\(\)`?" + _NC + r"{0,40}("
          r"\b(reverses?|flips?)\b (the |a |our |its )?(original |underlying )?(vec(tor)?|slice|"
          r"array|collection|string|list|data)\b[^.;]{0,10}\bin[- ]place\b"
          r"|\b(modif(y|ies)|mutates?|changes?)\b (the |a |our |its )?(original |underlying )?"
          r"(vec(tor)?|slice|array|collection|string|list|data)\b"
          r"|\bin[- ]place\b"
          r"|\b(returns?|gives?|creates?|makes?|allocates?|produces?)\b (a |an )?(new |reversed )+"
          r"(vec(tor)?|copy|string|list|array|collection)\b"
          r"|\b(copies|clones)\b)",
          "Rust std, Iterator::rev ('Reverses an iterator's direction. Usually, iterators "
          "iterate from left to right. After using rev(), an iterator will instead iterate from "
          "right to left'); the book, 'iterators are lazy'; slice::reverse ('Reverses the order "
          "of elements in the slice, in place')",
          ("v.iter().rev() reverses the vector in place.",
           "s.chars().rev() returns a new reversed string.",
           "iter().rev() copies the elements into a new vector.",
           "Calling .rev() on the iterator modifies the original vector.",
           "numbers.iter().rev() creates a new Vec in reverse order."),
          ("v.iter().rev() walks the vector from the back without changing it.",
           "v.reverse() reverses the vector in place.",
           "v.iter().rev().collect::<Vec<_>>() creates a new vector.",
           "rev() does not modify the original vector.",
           "s.chars().rev() yields the characters back to front."),
          ("rust",)),
    Entry("c_strcmp_true_on_equal",
          "strcmp (strncmp, memcmp) returns 0 when the two are equal and a negative or positive "
          "value by their order: `if (strcmp(a, b))` runs when they differ, and `!strcmp(a, b)` "
          "or `strcmp(a, b) == 0` tests equality",
          r"(?<!!)\b(str|strn|mem|strcase)cmp\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(returns?|"
          r"gives?|is|evaluates to)\b (1|true|non-?zero|a (positive|non-?zero) (value|number))\b"
          r"[^.;]{0,30}\b(equal|same|identical|match)\w*"
          r"|\bif\s*\(\s*(str|strn|mem)cmp\([^)]{0,60}\)\s*\)`?" + _NC + r"{0,40}\b(runs|is "
          r"(true|taken)|executes|succeeds|enters)\b[^.;]{0,30}\b(when|if) (they|both|the \w+( "
          r"\w+)?|\w+ and \w+) (are|is) (equal|the same|identical|match)\b"
          r"|(?<!!)\b(str|strn|mem)cmp\b" + _ARGS + r"`?" + _NC + r"{0,40}\b(returns?|gives?|is)"
          r"\b (0|zero|false)\b[^.;]{0,30}\b(differ|are different|mismatch)\w*",
          "C11 7.24.4.2 The strcmp function ('returns an integer greater than, equal to, or "
          "less than zero, accordingly as the string pointed to by s1 is greater than, equal "
          "to, or less than the string pointed to by s2'); cppreference, strcmp",
          ("strcmp returns 1 when the two strings are equal.",
           "strcmp(a, b) is true if the strings are the same.",
           "if (strcmp(name, \"root\")) runs when the names are equal.",
           "strcmp returns 0 when the strings differ.",
           "memcmp gives a non-zero value when the buffers are identical."),
          ("strcmp returns 0 when the two strings are equal.",
           "if (strcmp(a, b)) runs when the strings differ.",
           "strcmp returns a nonzero value when the strings differ.",
           "strcmp does not return 1 for equal strings.",
           "!strcmp(a, b) is true when the strings are equal."),
          ("c", "cpp")),
    Entry("cpp_remove_erases",
          "std::remove (and remove_if) only moves the kept elements to the front and returns "
          "the new logical end: the container's size is unchanged until erase(new_end, end()) "
          "(the erase-remove idiom; C++20's std::erase and std::erase_if do both)",
          r"^(?!.*(\.erase\(|\berase-remove\b|\bremove-erase\b|\bidiom\b|std::erase|\bthen "
          r"erase|\bfollowed by))(?:.*?)\bstd::remove(_if)?\b" + _ARGS + r"`?" + _NC + r"{0,40}("
          r"\b(erases?|deletes?|shrinks?|resizes?|destroys?)\b"
          r"|\b(removes?|drops?) (them |the \w+ |the matching \w+ |all \w+ )?from the (vector|"
          r"container|list|string|deque)\b"
          r"|\b(reduces?|decreases?|changes?|updates?) (the |its )(size|length)\b"
          r"|\b(size|length)\b[^.;]{0,20}\b(drops|shrinks|goes down|decreases|becomes smaller)\b)",
          "cppreference, std::remove ('Removing is done by shifting (by means of copy "
          "assignment (until C++11) move assignment (since C++11)) the elements in the range in "
          "such a way that the elements that are not to be removed appear in the beginning of "
          "the range'; 'A call to remove is typically followed by a call to a container's erase "
          "member function'); std::erase, std::erase_if",
          ("std::remove(v.begin(), v.end(), 0) erases every zero.",
           "std::remove_if deletes the matching elements from the vector.",
           "std::remove shrinks the vector.",
           "After std::remove, the size of the vector drops.",
           "std::remove_if removes the matching items from the container."),
          ("std::remove moves the kept elements forward and returns the new end.",
           "v.erase(std::remove(v.begin(), v.end(), 0), v.end()) erases every zero.",
           "std::remove does not change the size of the vector.",
           "std::erase_if removes the matching elements from the vector.",
           "std::remove leaves the size unchanged."),
          ("cpp",)),
)

_KEYS: Final = {
    "setdefault_returns_none": r"\bsetdefault\b",
    "split_space_collapses": r"\bsplit",
    "bisect_missing_minus_one": r"\bbisect",
    "groupby_groups_all": r"\bgroupby\b",
    "most_common_ties_order": r"\bmost_common\b",
    "round_ndigits_int": r"\bround\(",
    "capitalize_every_word": r"\bcapitali[sz]e\(",
    "sorted_dict_gives_dict": r"\bsorted\(",
    "counter_missing_keyerror": r"\bcounter\b",
    "defaultdict_get_default": r"\bdefaultdict\b",
    "splice_returns_array": r"\bsplice\b",
    "array_from_length_empty": r"\barray\.from\(",
    "js_split_limit_keeps_rest": r"\bsplit\(",
    "js_negative_index_last": r"(\[\s*-|\bnegative)",
    "structuredclone_shallow": r"\bstructuredclone\b",
    "urlsearchparams_plus_literal": r"\burlsearchparams\b",
    "concat_in_place": r"\bconcat\b",
    "flat_fully_flattens": r"\bflat\(",
    "promise_all_completion_order": r"(promise\.all|\bgather\b)",
    "object_assign_new_object": r"\bobject\.assign\(",
    "go_append_in_place": r"\bappend\b",
    "go_copy_returns_slice": r"\bcopy\b",
    "go_duration_prints_nanos": r"(duration|time\.)",
    "go_sort_search_minus_one": r"\b(sort\.search|search(ints|strings|float64s))",
    "go_http_error_returns": r"\bhttp\.error\b",
    "go_json_number_int": r"\bunmarshal",
    "go_time_month_zero": r"(\btime\.|\.month\(\))",
    "java_tomap_duplicates_overwrite": r"\btomap\b",
    "java_getordefault_inserts": r"\bgetordefault\b",
    "java_set_add_duplicate_throws": r"\badd",
    "map_put_returns_new": r"\b(put|insert)\b",
    "java_sublist_copy": r"\bsublist\b",
    "java_iterator_next_null": r"\bnext\(\)",
    "java_nextint_consumes_newline": r"\bnext(int|double|long|float)\b",
    "java_poll_throws": r"\b(poll|peek)",
    "c_snprintf_returns_written": r"\bsnprintf\b",
    "c_realloc_failure_frees": r"\brealloc\b",
    "capacity_sets_length": r"(with_capacity|arraylist|reserve|ensurecapacity)",
    "rust_rev_in_place": r"\.rev\(\)",
    "c_strcmp_true_on_equal": r"cmp\b",
    "cpp_remove_erases": r"\bstd::remove",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS6: Final = keyed(_ENTRIES, _KEYS)
