"""More readings of beliefs the catalogue already corrects, in the shapes other authors state
them, and one belief no entry read (branch beliefs2).

Each entry's own pattern reads its belief in the shapes its author thought of; a confident
candidate words it otherwise ("an interface compares equal to nil whenever the value stored in
it is nil", "ranging over `ages` visits the keys in insertion order"). `WIDER` gives, by entry
id, one more pattern for the same belief (a subject, a verb family, the false property, not one
sentence's words), read on the same lower-cased sentence, with at least two new sentences that
state the belief and two true ones in the same words; `widened` joins them to the entries, so
the correction, the languages and the code an entry speaks about stay the entry's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ._entry import ANY, NOT_CONTRAST, Entry

__all__ = ["BELIEFS2", "WIDER", "widened"]

_NC: Final = NOT_CONTRAST
_N: Final = r"(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;])"
"""One character of the sentence that no plain negation has taken back."""
_RUNTIME: Final = (r"(at run ?-?time|when (the (code|program) )?(it )?runs|by the (javascript |js )?"
                   r"(engine|runtime))")
"""When the emitted JavaScript runs."""

WIDER: Final[dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]] = {
    "nil_pointer_in_interface_is_nil": (
        # 'the interface is nil whenever the value stored in it is nil'
        r"\binterfaces?\b" + _NC + r"{0,30}\b(is|compares? equal to|equals|==) (itself |also "
        r"|still |then )?nil\b" + _NC + r"{0,20}\b(whenever|when|if|because|since|as soon as|"
        r"once)\b[^.;]{0,40}\b(value|pointer|`?\w+`?)\b[^.;]{0,20}\b(is|was) nil\b"
        # 'an interface holding a nil pointer is itself nil'
        r"|\binterfaces? (holding|containing|wrapping|storing|with) (a |an )?(typed )?nil "
        r"(pointers?|`?\*\w+`?)" + _NC + r"{0,10}\b(is|equals) (itself |also |still |then )?"
        r"nil\b"
        # '`err == nil` is true because the pointer is nil'
        r"|(==|\bequals|\bcompares? equal to) ?nil`?" + _N + r"{0,10}\b(is|evaluates to|"
        r"returns|gives) `?true`?" + _N + r"{0,20}\b(because|since|as)\b[^.;]{0,30}\b(pointer|"
        r"`?\w+`?) (is|was) nil\b"
        # 'returning a nil `*E` as `error` makes `if err != nil` false'
        r"|\bnil `?\*?\w+`?( pointers?)?\b[^.;]{0,30}\b(as|to|into|in) (an? |the )?`?(error|"
        r"interface)`?" + _NC + r"{0,30}\b(makes?|leaves?|renders?) `?(if )?err ?!= ?nil`? "
        r"(false|fail\w*|skipped)"
        # 'the nil check on `err` succeeds since `p` is nil'
        r"|\bnil (check|test|comparison)\b[^.;]{0,20}\b(on|of|against) `?(err|error|the error|"
        r"the interface)`?" + _N + r"{0,20}\b(succeeds?|passes?|is true|holds|works)\b[^.;]"
        r"{0,30}\b(since|because|as)\b[^.;]{0,20}\bnil\b",
        ("The `Shape` interface is nil as soon as the value inside it is nil.",
         "An error interface with a nil `*OpError` inside is also nil.",
         ("Handing back a nil `*ParseErr` as an `error` leaves `if err != nil` false for the "
          "caller."),
         "`res == nil` evaluates to true since `conn` was nil."),
        ("The interface is nil only when both its dynamic type and its value are nil.",
         ("`err == nil` is false because the interface still carries the `*ParseErr` type "
          "although the pointer is nil."),
         "The nil check on `err` fails since `err` holds a typed nil pointer.",
         "An interface with a nil `*OpError` inside is not nil.")),
    "hash_map_ordered": (
        r"^(?!.*(\blinked\w*|\btree(map|set)\b|\bsort(ed|ing|s)? (the |its )?keys\b|\bsort\.|"
        r"\bslices\.sort|\bsorted (slice|list|array)\b|\b(slice|list) of (the )?keys\b))(?:"
        # 'ranging over `ages` visits the keys in insertion order'
        r".*?\b(rang\w*|iterat\w*|loop\w*)\b (over )?(a |the )?`?\w+`?" + _NC + r"{0,40}\b("
        r"visits?|yields?|gives?|returns?|lists?|prints?|walks?|produces?|gets?)\b" + _NC +
        r"{0,10}\b(keys|entries|pairs|names)\b" + _NC + r"{0,10}\bin (the )?(insertion|sorted|"
        r"alphabetical|ascending|key)( key)? order\b"
        # 'Go maps iterate in sorted key order'
        r"|.*?\bmaps?\b" + _NC + r"{0,20}\b(iterate|range|loop|are iterated|are ranged over)\b"
        r"[^.;]{0,15}\bin (sorted|insertion|alphabetical|ascending|key)( key)? order\b"
        # 'the order of `for k, v := range m` is the same every run'
        r"|.*?\border (of|from) `?(for\b[^`.;]*)?\brange\b[^.;]{0,40}\bis (always )?(the same|"
        r"fixed|stable|deterministic|consistent|predictable|repeatable)\b"
        r"|.*?\bmap iteration order\b" + _NC + r"{0,20}\b(is|stays|remains) (fixed|stable|"
        r"deterministic|the same|consistent|predictable|guaranteed|repeatable)\b"
        # 'map iteration follows the order in which keys were added'
        r"|.*?\bmap (iteration|ranging|range|loop)s?\b" + _NC + r"{0,30}\b(follows?|keeps?|"
        r"uses?|matches?|preserves?)\b[^.;]{0,20}\border\b[^.;]{0,30}\b(added|inserted|"
        r"insertion|put|declared|written)\b)",
        (("Looping over `scores` yields the names in alphabetical order, so `amy` is printed "
          "first."),
         "Go maps range in insertion order.",
         "The order from `range counts` is always the same, run after run.",
         "Map iteration order stays fixed between runs of the program."),
        (("Looping over `scores` does not yield the names in alphabetical order; sort the keys "
          "first."),
         "Ranging over a sorted slice of the keys visits the keys in sorted order.",
         "Map iteration order is not fixed and changes between runs.",
         "A LinkedHashMap's iteration follows the order in which keys were inserted.")),
    "hashmap_mutable_key": (
        # 'after `p.x = 5`, `set.contains(p)` is still true'
        r"^(?=.*\b(after|once)\b)(?!.*\bnot (used|part|included|involved)\b).*?\b(contains|"
        r"containskey|get|remove)\b[^.;]{0,25}\b(is )?still (true|find\w*|works?|returns? true|"
        r"succeeds?|locates?)\b"
        # '`set.remove(key)` removes it even after `key.id` was changed'
        r"|\b(removes?|contains|gets?|finds?|looks? up)\b[^.;]{0,40}\beven (after|though|if|"
        r"once)\b" + ANY + r"{0,40}\b(changed|mutated|modified|updated|altered|reassigned)\b"
        # 'changing the field used by `hashCode` after insertion is fine'
        r"|^(?!.*\bnot (used|part|included|involved)\b).*?\b(chang\w*|mutat\w*|modif\w*|updat\w*"
        r"|alter\w*)\b[^.;]{0,50}\b(hashcode|hash|equals)\b[^.;]{0,40}\b(is fine|is "
        r"safe|is harmless|does not matter|has no effect|is ok|is okay|causes no (problems?|"
        r"issues?))\b"
        # 'the set rehashes / tracks changes / moves the element'
        r"|^(?!.*\b(resiz\w*|grows?|load factor|capacity)\b).*?\b(hashset|hashmap|set|map)\b" +
        _NC + r"{0,20}\b(rehashes|re-hashes|tracks|notices|detects|moves|refiles)\b[^.;]{0,30}\b("
        r"changes?|changed|mutat\w*|modif\w*|new hash|updat\w*)"
        # 'mutating a set element does not affect lookup'
        r"|\b(mutat|chang|modif|alter)\w*\b[^.;]{0,30}\b(element|key|entry|object|member)\b"
        r"[^.;]{0,20}\b(does not|will not|cannot|can not) (affect|break|change|hurt|disturb) "
        r"(its |the )?(lookups?|contains|membership|retrieval|finding|hashing)",
        ("Once `key.name` is reassigned, `map.get(key)` is still finding the entry.",
         "The HashSet notices the change and refiles the element under its new hash.",
         "Altering an element's id field does not affect lookup in the set.",
         "`users.remove(u)` removes it even though `u.email` was updated."),
        ("Once `key.name` is reassigned, `map.get(key)` no longer finds the entry.",
         "The HashSet does not notice the change, so the element stays under its old hash.",
         "Altering a field that is not used by hashCode does not affect lookup in the set.",
         "`users.remove(u)` fails to remove it after `u.email` was updated.")),
    "tuple_iadd_list_unchanged": (
        r"^(?=.*(\btuple|\+=|augmented|typeerror))(?:"
        # '`t[1] += ['x']` raises immediately'
        r".*?(\+=|augmented assignment)[^.;]{0,60}\b(raises?|throws?|fails?|is rejected|errors?"
        r"( out)?)\b( with (a |an )?typeerror)? (immediately|at once|up front|right away|before "
        r"(anything|the list|any))"
        # 'the TypeError means the inner list is not modified'
        r"|.*?\btypeerror\b" + _NC + r"{0,20}\b(means|shows|proves|implies|tells us)\b[^.;]{0,30}"
        r"\b(list|tuple)\b[^.;]{0,30}\b(is|was) (not|never) (modified|changed|extended|touched|"
        r"updated)"
        # '... and the inner list never gets the new element'
        r"|.*?\b(list|element|item)\b[^.;]{0,40}\bnever (gets?|receives?|sees?|contains?) (the )?"
        r"(new|added|extra|appended)\b"
        # '... printing `record` afterwards shows the original list'
        r"|.*?(\+=|augmented assignment)[^.;]{0,60}\b(shows?|prints?|displays?|gives?) (the )?"
        r"(original|old|unchanged|same) (list|contents|value|items)\b)",
        ("The augmented assignment to `cfg[0]` errors out at once, before the list is touched.",
         "That TypeError shows the list inside the tuple was never changed.",
         "`pair[1] += [7]` throws, so printing `pair` afterwards shows the original list."),
        ("The augmented assignment to `cfg[0]` extends the list and only then errors out.",
         "That TypeError does not mean the list inside the tuple was never modified.",
         "`pair[1] += [7]` throws, yet printing `pair` afterwards shows the new item.")),
    "py_chain_compares_boolean": (
        # 'chained comparisons are grouped left to right like arithmetic'
        r"\b(chained )?comparisons?\b" + _NC + r"{0,20}\b(are |is )?(grouped|evaluated|read|"
        r"parsed|associat\w*)\b[^.;]{0,10}\bleft[- ]to[- ]right\b[^.;]{0,20}\b(like|as (in|with|"
        r"for)|the same as|just as) (arithmetic|\+|other operators|in c|subtraction)\b"
        # 'the first comparison produces a bool that is fed into the second one'
        r"|\b(first|left|inner) comparison\b" + _NC + r"{0,30}\b(produces?|gives?|yields?|"
        r"returns?|results? in)\b (a |an )?(bool|boolean|true|false)\b[^.;]{0,40}\b(fed|passed|"
        r"used|compared|goes|plugged)\b"
        # 'compares `x == y` first and then tests whether that boolean equals 0'
        r"|(?<!\bnot )(?<!\bnever )\b(compares?|evaluates?|tests?|checks?) `?\w+ ?(<=|>=|==|!=|<|>) "
        r"?\w+`? first\b[^.;]"
        r"{0,40}\b(then|and)\b[^.;]{0,40}\b(that|the|this) (bool|boolean|result|true|false)\b"
        # '... and then `True < 5` is checked'
        r"|\b(then|next|and) `?(true|false) ?(<=|>=|==|!=|<|>) ?\w+`? (is )?(checked|compared|"
        r"tested|evaluated)\b",
        ("Python evaluates `a < b` first and then compares that boolean with `c`.",
         "The left comparison gives a boolean that is then compared with `limit`.",
         "Chained comparisons associate left to right just as in C."),
        ("Python does not evaluate `a < b` first and then compare that boolean with `c`.",
         "The left comparison gives a boolean, and Python then checks `b == c` separately.",
         "Chained comparisons are not grouped left to right as in C; they mean an `and`.")),
    "dict_views_are_copies": (
        # '`d.items()` copies the pairs at the time it is called'
        r"\.(keys|values|items)\(\)(?!\))`?" + _NC + r"{0,20}\b(copies|snapshots|captures|freezes|"
        r"takes a (copy|snapshot))\b"
        # 'a dict view is a static copy'
        r"|\b(dict(ionary)? )?views?\b" + _NC + r"{0,15}\b(is|are) (just )?(a |an )?(static |"
        r"frozen |fixed |separate |independent |one-time )?(copy|copies|snapshots?)\b",
        ("`prices.values()` snapshots the numbers, so a later update is not seen.",
         "The view from `keys()` is just a frozen copy of the keys.",
         "A dictionary view is an independent snapshot."),
        ("`prices.values()` does not snapshot the numbers, so a later update is seen.",
         "The view from `keys()` is not a copy; `list(d)` makes one.",
         "A dictionary view is a live window on the dict, not a snapshot.")),
    "integer_keys_insertion_order": (
        # 'object keys come out in the order they were added, numeric ones included'
        r"^(?=.*(\b(numeric|integer|integers|number|numbers|digit|index)\b|['\"]\d+['\"]))(?!.*"
        r"\b(except|but|apart from|other than|besides|after)\b).*?\b(keys|properties)\b" + _NC +
        r"{0,30}\b(come out|are (listed|returned|visited|iterated|enumerated)|keep|follow|"
        r"preserve|retain)\b[^.;]{0,20}\b(insertion order|(the )?order (they were|in which they "
        r"were|of) (added|inserted|insertion|created|defined|assigned))\b"
        r"|^(?!.*\b(except|but|apart from|other than|besides|after)\b)(?=.*(\b(numeric|integer|"
        r"integers|number|numbers|digit|index)\b|['\"]\d+['\"])).*?\b(returns?|lists?|gives?|"
        r"yields?|visits?|enumerates?)\b[^.;]{0,30}\b(keys|properties)\b[^.;]{0,10}\b(in )?("
        r"insertion order|the order (they were|in which they were|of) (added|inserted|insertion|"
        r"created|defined|assigned))\b"
        # 'JavaScript sorts all object keys alphabetically'
        r"|\b(sorts?|orders?|lists?)\b (all )?(the )?(object('s)? )?(keys|properties)\b[^.;]"
        r"{0,10}\b(alphabetically|lexicographically|as strings|in (alphabetical|string|"
        r"lexicographic) order)"
        # 'lists `'z'` before `'5'` because `'z'` was inserted first'
        r"|\b(lists?|prints?|logs?|visits?|returns?|gives?)\b `?['\"][a-z_]\w*['\"]`? before "
        r"`?['\"]\d+['\"]"
        r"|`?['\"][a-z_]\w*['\"]`? (is |are )?(listed|printed|logged|visited|returned|comes?|"
        r"goes) (first |out first )?before `?['\"]\d+['\"]",
        (("Object.keys returns the properties in the order they were assigned, numeric names "
          "like '7' too."),
         "The engine sorts the object's keys lexicographically, so '100' is listed before '20'.",
         "`Object.keys(row)` gives 'name' before '3', since 'name' was set first."),
        (("Object.keys returns string keys in the order they were assigned, but numeric names "
          "like '7' come first."),
         "The engine lists '20' before '100' because integer keys are in ascending order.",
         "`Object.keys(row)` gives '3' before 'name', although 'name' was set first.")),
    "ts_types_checked_at_runtime": (
        r"(\bassertions?\b|\bcasts?\b|`[^`]* as \w+`|`as( \w+)?`)" + _NC + r"{0,30}\b(converts?|"
        r"transforms?|coerces?|performs? (a )?(run ?-?time|runtime) (conversion|check|cast)|"
        r"turns?\b[^.;]{0,30}\binto (a |an )?real)\b"
        r"|(\bassertions?\b|\bcasts?\b|`[^`]* as \w+`|`as( \w+)?`)" + _NC + r"{0,30}\b(is |are )?"
        r"(checked|validated|verified|enforced)\b[^.;]{0,20}\b" + _RUNTIME +
        r"|(\bassertions?\b|\bcasts?\b|`[^`]* as \w+`)" + _NC + r"{0,30}\b(fails?|throws?|"
        r"raises?)\b[^.;]{0,25}\b" + _RUNTIME,
        ("The `as Invoice` assertion coerces the response body into an invoice.",
         "The cast `raw as User` is validated when the program runs.",
         "A type assertion throws a TypeError at run time when the object lacks a field."),
        (("The `as Invoice` assertion does not coerce the response body; it only changes its "
          "type."),
         "The cast `raw as User` is never validated when the program runs.",
         "A type assertion cannot throw at run time, since it is erased.")),
    "ts_readonly_runtime": (
        r"^(?!.*(readonly \w+\[\]|readonlyarray|readonly<|as const))(?:"
        r".*?\breadonly\b" + _NC + r"{0,30}\b(is |are )?(enforced|checked|frozen|protected)\b"
        r"[^.;]{0,10}\b" + _RUNTIME +
        r"|(?=.*\breadonly\b).*?\b(assigning|writing|setting|changing)\b[^.;]{0,40}\b(from|in) "
        r"(plain |ordinary )?javascript\b" + _NC + r"{0,10}\b(throws?|fails?|errors?|is "
        r"rejected)"
        # shallow, not deep
        r"|.*?\breadonly\b" + _NC + r"{0,40}\b(deeply|recursively|nested|every (nested )?"
        r"(property|field)|all (the )?(nested )?(fields|properties))\b[^.;]{0,30}\b(protect\w*|"
        r"readonly|immutable|frozen)"
        r"|.*?\breadonly\b[^.;]{0,40}\b(makes?|renders?) (the )?(array|list|object|contents?|"
        r"map)\b[^.;]{0,10}\b(immutable|frozen|unchangeable)\b)",
        ("A readonly field is protected by the engine, so the assignment from a test throws.",
         "Writing the readonly `id` from plain JavaScript fails with an error.",
         "Declaring `opts` readonly makes all nested properties readonly as well.",
         "`readonly tags: string[]` makes the array immutable."),
        (("A readonly field is not protected by the engine, so the assignment from a test "
          "succeeds."),
         "Writing the readonly `id` from plain JavaScript does not fail.",
         "Declaring `opts` readonly does not make nested properties readonly.",
         "`tags: readonly string[]` makes the array immutable to the compiler.")),
    "string_equality_contents": (
        r"(\bstrings?\b[^.;]{0,20}`?==`?|`?==`?[^.;]{0,20}\bstrings?\b)" + _NC + r"{0,20}\b("
        r"checks?|compares?|tests?|looks? at)\b[^.;]{0,10}\b(the )?(contents?|characters?|text|"
        r"values?|chars)\b"
        r"|`?==`? (checks?|compares?|tests?) (the )?(two )?strings?('s?)? (contents?|characters?|"
        r"text|values?|chars)\b"
        r"|`?==`?[^.;]{0,20}\bstrings?\b" + _NC + r"{0,20}\b(works?|behaves?|acts?|is) (just )?"
        r"(the same as|like|identical to|equivalent to) `?(\.?equals)"
        r"|\bboth (strings? )?(contain|hold|have|spell)\b[^.;]{0,40}`?\w+ ?== ?\w+`? (is|"
        r"evaluates to|returns|gives) `?true`?",
        ("Comparing strings with `==` looks at the characters, so `input == \"yes\"` works.",
         "`==` between two strings behaves like `equals`.",
         "Both strings hold `cat`, so `s == t` evaluates to true."),
        ("Comparing strings with `==` looks at references, so `input == \"yes\"` can be false.",
         "`==` between two strings does not behave like `equals`.",
         "Both strings hold `cat`, yet `s == t` evaluates to false.")),
}
"""By entry id: one more pattern for the entry's belief, and new sentences that state it and
that do not."""

WIDER.update({
    "default_evaluated_each_call": (
        r"^(?!.*\bnone\b).*?\b(each|every) time\b[^.;]{0,40}\b(called|runs?|invoked)\b" + _NC +
        r"{0,40}\b(builds?|"
        r"creates?|makes?|evaluates?|gets?)\b[^.;]{0,20}\b(a )?(brand[- ]new|new|fresh|empty)\b"
        r"[^.;]{0,30}\bdefault"
        r"|(?<!\bnot )(?<!\bnever )(?<![\w-])(evaluates?|re-?evaluates?|recomputes?|rebuilds?|"
        r"recreates?)\b (the )?default( values?| expressions?| arguments?)?s?\b[^.;]{0,10}\b(each|"
        r"every|on every|on each) (time|call|invocation)"
        r"|\b(mutable )?defaults?( values?| arguments?)?\b" + _NC + r"{0,10}\b(are|is|get|gets) "
        r"(reset|reinitiali[sz]ed|recreated|rebuilt|cleared|fresh)\b",
        ("Every time `push` is invoked it creates a fresh list for the `acc=[]` default.",
         "The interpreter re-evaluates the default argument on each call.",
         "The mutable default gets reset on every call."),
        ("Every time `push` is invoked it reuses the same list for the `acc=[]` default.",
         "Each time `push` is called it creates a fresh list in place of the `None` default.",
         "The interpreter evaluates the default argument once, not again on each call.",
         "The mutable default is not reset between calls.")),
    "sort_unstable": (
        r"\b(ties?|tied|tie\w*|equal keys?|same key|equal (elements|items|values))\b" + _NC +
        r"{0,40}\b(shuffles?|shuffled|reorders?|scrambles?|scrambled|randomi[sz]e[sd]?|swaps?)\b"
        r"|\bcan come out in (either|any|random) order\b"
        r"|\bsort\w*\b[^.;]{0,40}\b(does not|will not|cannot|can not|fails to) (preserve|keep|"
        r"maintain|retain)\b (the )?(original|input|relative|existing|initial) order\b[^.;]{0,40}"
        r"\b(same|equal|tied|ties|tie)\b"
        r"|\btuples?( keys?)?\b[^.;]{0,40}\b(compared|sorted|ordered) by (summing|adding|the sum|"
        r"their sum|totall?ing)",
        ("Items that tie on `score` get shuffled by `sorted`.",
         "`list.sort` does not keep the original order of records with equal keys.",
         "A tuple key is compared by adding up its fields."),
        ("Items that tie on `score` are never shuffled by `sorted`.",
         "`list.sort` does keep the original order of records with equal keys.",
         "A tuple key is compared field by field, not by adding up its fields.")),
    "bool_distinct_from_int": (
        r"\bbools?\b`?" + _NC + r"{0,30}\b(separate|distinct|different|unrelated)\b[^.;]{0,10}\b("
        r"type|class)\b[^.;]{0,20}\b(from|to) `?(int|integers?)\b"
        r"|\b(cannot|can not) (add|sum|multiply|do arithmetic (on|with))\b[^.;]{0,10}\b(bools|"
        r"booleans|true and false|true values)\b"
        r"|\bcompares?\b[^.;]{0,30}\bbools?\b[^.;]{0,30}\b(with|to|and|against)\b[^.;]{0,20}\b("
        r"int|float|number|integer)s?\b[^.;]{0,20}\bby (object )?(identity|reference|type)\b"
        r"|\bbools?\b[^.;]{0,20}\b(and|with|to) (an? )?(int|float|number|integer)s?\b[^.;]{0,20}"
        r"\b(are |is )?compared by (object )?(identity|reference|type)\b",
        ("Python compares a bool with a float by identity.",
         "`True * 3` fails because you cannot multiply booleans.",
         "`bool` is a distinct type from `int`."),
        ("Python compares a bool with a float by value, so `True == 1.0`.",
         "`bool` is not a distinct type from `int`; it subclasses it.",
         "You can add booleans: `True + True` is 2.")),
    "bytes_index_gives_bytes": (
        r"\w+\[\d+\]`?" + _NC + r"{0,40}\b(returns?|gives?|yields?|is|evaluates to)\b `?b['\"]"
        r"|\bindexing\b" + _NC + r"{0,30}\b(gives?|returns?|yields?)\b (a |an )?(one|single|1)[- ]"
        r"(byte|element) (bytes|`?b['\"])"
        r"|^(?=.*\bbytes\b).*?\b(slicing and indexing|indexing and slicing)\b" + _NC + r"{0,30}\b("
        r"behave|work|act) (the same|alike|identically)\b",
        ("`buf[3]` yields `b'x'`.",
         "Indexing and slicing work the same on bytes objects.",
         "Indexing a bytes value gives a one-byte bytes object."),
        ("`buf[3]` yields 120, not `b'x'`.",
         "Indexing and slicing do not work the same on bytes objects.",
         "Indexing a bytes value gives an int, not a one-byte bytes object.")),
    "js_var_loop_binding": (
        r"^(?!.*\blet\b)(?:"
        r"(?=.*\bvar\b).*?\b(each|every) `?(settimeout|callback|closure|handler|function|arrow)"
        r"\w*`?\b" + _NC + r"{0,40}\b(captures?|gets?|has|keeps?|sees?|remembers?) (its )?own\b"
        r"|.*?\b(arrow functions?|closures?|callbacks?|functions?|lambdas?|handlers?)\b" + _NC +
        r"{0,10}\b(capture|captures|snapshot|snapshots|freeze|freezes|copy|copies|record|records|"
        r"remember|remembers)\b (the )?(current )?value of `?\w+`?[^.;]{0,10}\b(when|at the (moment"
        r"|time|point))\b)",
        ("Every handler built in the `var` loop keeps its own `n`.",
         "The closures record the value of `n` at the time they are made.",
         "Each callback sees its own copy of `idx` even though it is declared with `var`."),
        ("Every handler built in the `var` loop shares one `n`.",
         ("The closures do not record the value of `n` at the time they are made; they read it "
          "later."),
         "With `let`, each callback gets its own `idx`.")),
    "nullish_coalescing_falsy": (
        r"(`?\?\?`?|\bnullish( coalescing)?( operator)?)" + _NC + r"{0,30}\b(replaces?|falls? back "
        r"on|treats?|catches|defaults? on|covers?)\b[^.;]{0,15}\b(any |every |all )?(falsy|"
        r"false-y|falsey)\b"
        r"|(\?\?`?\s*(and|,)\s*`?\|\||\|\|`?\s*(and|,)\s*`?\?\?)`?\s*(both|alike|equally)\b[^.;]"
        r"{0,30}\b(falsy|false-y|falsey)\b"
        r"|\?\?`?\s*(is|works)\s*(just\s*)?(a\s*|the\s*)?(newer |shorter |modern |new )?("
        r"spelling|version|form|alias|synonym|way of writing|same as|identical to|like|equivalent"
        r" to)\b[^.;]{0,10}`?\|\|(?![^.;]*\b(except|but|only|unlike)\b)",
        ("`??` falls back on every falsy value, so `0 ?? 5` is 5.",
         "`||` and `??` both treat falsy values as missing.",
         "`??` is equivalent to `||`."),
        ("`??` does not fall back on every falsy value; `0 ?? 5` is 0.",
         "`||` and `??` do not both treat falsy values as missing.",
         "`??` keeps 0 and '' where `||` replaces them.")),
    "for_in_gives_values": (
        r"(\bfor ?\.\.\. ?in\b|\bfor \((const |let |var )?\w+ in \w+\))`?" + _NC + r"{0,40}\b("
        r"walks?|gives?|yields?|visits?|iterates?( over)?|produces?|returns?)\b" + _NC +
        r"{0,30}\b(index(es)?|indices|keys)\b" + _NC + r"{0,10}\bas (numbers|integers|numeric)"
        r"|\b(keys|indexes|indices|index)\b (from|of|produced by|given by) `?(for ?\.\.\. ?in|for "
        r"\((const |let |var )?\w+ in \w+\))`?" + _NC + r"{0,10}\b(are|is) (a )?(numbers?|"
        r"integers?|numeric)\b",
        ("`for...in` yields the indices as integers, so `idx * 2` doubles them.",
         "The index from `for (let n in list)` is a number.",
         "`for...in` visits the keys as numeric values."),
        ("`for...in` yields the indices as strings, not as integers.",
         "The index from `for (let n in list)` is a string such as '0'.",
         "`for...of` visits the values; `for...in` does not visit keys as numbers.")),
    "settimeout_before_microtasks": (
        r"(?<!\bno )(?<!\bnot )\b(timer|timeout|settimeout)\w*`?( callback)?\b" + _NC + r"{0,50}\b(fires?|runs?|"
        r"executes?|logs?|is called|goes|comes)\b" + _NC + r"{0,50}\b(ahead of|before)\b[^.;]"
        r"{0,30}\b(promise|then|microtasks?|resolve)"
        r"|\b(promise callbacks?|microtasks?|then callbacks?|promises?)\b" + _NC + r"{0,20}\b(and|"
        r",) (timeouts?|timers?|settimeout|macrotasks?)\b" + _NC + r"{0,20}\b(share|use|go (in|"
        r"into|through)) (one|the same|a single) queue"
        r"|\b(timeouts?|timers?|settimeout)\b" + _NC + r"{0,20}\b(and|,) (promise callbacks?|"
        r"microtasks?|promises?|then callbacks?)\b" + _NC + r"{0,20}\b(share|use|go (in|into|"
        r"through)) (one|the same|a single) queue",
        (("The `setTimeout` callback runs before the promise's `then` handler, since its delay "
          "is zero."),
         "Timers and promise callbacks share a single queue.",
         "Promises and timeouts go into the same queue."),
        ("The `setTimeout` callback does not run before the promise's `then` handler.",
         "Timers and promise callbacks do not share a single queue.",
         "Promises and timeouts go into different queues, and microtasks drain first.")),
    "array_holes_mapped": (
        r"\b(new )?array\(\s*\w+\s*\)`?" + _NC + r"{0,30}\b(fills?|creates?|makes?|has|holds|"
        r"contains?|gives?|produces?)\b" + _NC + r"{0,20}\b(?!no |not |zero )(\w+ )?`?undefined`?"
        r"|\bsparse array\b[^.;]{0,40}\b(has|holds|stores?)\b `?undefined`? (stored )?(at|in)\b",
        ("`Array(3)` holds three `undefined` values.",
         "`new Array(len)` gives an array of `undefined` entries.",
         "The sparse array `[1, , 3]` stores `undefined` in its hole."),
        ("`Array(3)` holds no `undefined` values, only empty slots.",
         "`new Array(len)` gives an array of empty slots, not `undefined` entries.",
         "The sparse array `[1, , 3]` has a hole at index 1, and reading it gives undefined.")),
    "ts_enum_reverse_mapping": (
        r"\bobject\.values\(\w+\)`?" + _NC + r"{0,40}\b(returns?|gives?|lists?|is)\b (just |only )?"
        r"`?\[\d+(, ?\d+)*\]"
        r"|\bobject\.keys\(\w+\)`?" + _NC + r"{0,40}\b(returns?|gives?|lists?)\b (just|only) "
        r"(the )?`?['\"]?[a-z_]"
        r"|^(?!.*\b(unlike|string enums?|const enums?)\b).*?\bnumeric enums?\b[^.;]{0,60}\b(with "
        r"no|without( a| any)?|have no|has no|lacks?( a)?) reverse mappings?",
        ("`Object.keys(Dir)` gives only `Up` and `Down`.",
         "`Object.values(Level)` returns `[0, 1]`.",
         "A numeric enum has no reverse mapping at run time."),
        ("`Object.keys(Dir)` gives `'0'`, `'1'`, `Up` and `Down`.",
         "`Object.values(Level)` returns `['Low', 'High', 0, 1]`.",
         ("A numeric enum has a reverse mapping, unlike a string enum, which has no reverse "
          "mapping."))),
    "slicing_copies_go": (
        r"\b(slicing|a slice expression|re-?slicing|sub-?slic\w*)\b" + _NC + r"{0,20}\b(creates?|"
        r"makes?|gives?|returns?|produces?)\b (a |an )?(new )?(independent|separate|fresh|"
        r"distinct)\b",
        ("Re-slicing `buf` gives an independent slice.",
         "A slice expression makes a separate copy of the elements."),
        ("Re-slicing `buf` does not give an independent slice; it shares the array.",
         "A slice expression makes a view, not a separate copy of the elements.")),
    "append_always_copies": (
        r"\bappend\b" + _NC + r"{0,10}\balways (copies|allocates|creates|makes|returns (a |an )?("
        r"new|fresh|separate))"
        r"|\b(because|since|as) append (always )?copies\b"
        r"|\bappend\w*\b[^.;]{0,40}\bnever (overwrite|clobber|affect|touch)",
        ("append always returns a fresh array.",
         "The two results of appending to `base` never clobber each other."),
        ("append does not always return a fresh array.",
         "The two results of appending to `base` can clobber each other.")),
    "range_value_aliases": (
        r"\brange (variable|value)( variable)?\b[^.;]{0,20}\b(is|acts as) (a |an )?(reference|"
        r"pointer|alias)\b"
        r"|\brange\b" + _NC + r"{0,20}\b(gives?|yields?|hands?)\b( you)? (the )?(actual|real|"
        r"original|underlying) (element|item|struct|value)"
        r"|\b(chang\w*|modify\w*|modif\w*|updat\w*|increment\w*)\b `?\w+(\.\w+)?`? inside the "
        r"(range )?loop\b" + _NC + r"{0,20}\b(modifies|changes|updates)\b (the )?(struct|element"
        r"|item|value)s? (stored )?in",
        ("The range value `p` is an alias of the slice element.",
         "Incrementing `e.hits` inside the loop updates the struct in `events`.",
         "range hands you the original element."),
        ("The range value `p` is a copy, not an alias of the slice element.",
         "Incrementing `events[i].hits` inside the loop updates the struct in `events`.",
         "range hands you a copy of the element, not the original element.")),
    "go_string_index_rune": (
        r"^(?=.*\bstrings?\b)(?!.*\[\]byte)(?:"
        r".*?\bindexing\b" + _NC + r"{0,20}\b(returns?|gives?|yields?)\b (a |the )?(runes?|"
        r"characters?|chars)\b"
        r"|.*?\w+\[\d+\]`?" + _NC + r"{0,40}\b(returns?|gives?|yields?|is)\b (the |a )?(rune|"
        r"character)\b"
        r"|.*?\brang(e|es|ing)\b" + _NC + r"{0,40}\b(yields?|gives?|returns?|produces?)\b (the )?"
        r"(individual )?bytes?( values)?\b)",
        ("Indexing the string `name` gives a character such as 'é'.",
         "Ranging over the string produces individual bytes.",
         "`word[2]` on a string is the rune at position 2."),
        ("Indexing the string `name` gives a byte, not a character.",
         "Ranging over the string produces runes, not individual bytes.",
         "`word[2]` on a string is the byte at position 2.")),
    "boxed_equality_unboxes": (
        r"`?==`?\s*(compares?|checks?|tests?)\s*(the )?(two )?(`?integer`?s?|boxed|wrapped|"
        r"wrapper)" + _NC + r"{0,10}\b(values?|numbers?|ints?)\b"
        r"|\b(autoboxed |boxed |wrapped )?`?integer`?s?\b[^.;]{0,20}\b(are|get) (automatically )?"
        r"unboxed by `?=="
        r"|\b(java )?caches? (every|all|each|any) (integer|int|value)s?\b(?! (from|between|in))",
        ("`==` checks the boxed numbers, so `x == y` holds for 500.",
         "Boxed `Integer`s get unboxed by `==`.",
         "Java caches all Integer objects."),
        ("`==` checks the boxed references, not the numbers.",
         "Boxed `Integer`s are unboxed only when one operand of `==` is a primitive.",
         "Java caches Integer objects only from -128 to 127.")),
    "java_compound_assignment_checked": (
        r"\b(compound assignments?|`?\w+ ?[+*/-]= ?\w+`?)" + _NC + r"{0,30}\b(does|do|performs?|"
        r"includes?|has|involves?) no (implicit |automatic |narrowing )*(cast|conversion)"
        r"|\w+ ?[+*/-]= ?\w+`?;?`?" + _NC + r"{0,20}\b(fails? to compile|is a compile(-time)? "
        r"error)\b[^.;]{0,30}\b(just like|like|as does|the same as)\b"
        r"|\w+ ?[+*/-]= ?\d+`?" + _NC + r"{0,30}\b(promotes?|widens?|changes?|turns?)\b (the )?("
        r"variable|`?\w+`?)\b[^.;]{0,10}\b(to|into) (an? )?int\b",
        ("`s *= 2` on a short is a compile error, just like `s = s * 2`.",
         "Compound assignment performs no implicit narrowing conversion.",
         "`c += 1` on a char widens the variable to int."),
        ("`s *= 2` on a short compiles, unlike `s = s * 2`.",
         "Compound assignment performs an implicit narrowing conversion.",
         "`c += 1` on a char keeps the variable a char; the int result is cast back.")),
    "switch_no_fallthrough": (
        r"\b(missing|absent|omitted|lack of( a)?) `?break`?" + _NC + r"{0,10}\b((has|makes|is of)"
        r" no (effect|difference)|does not matter|is harmless|changes nothing)"
        r"|\bcase `?\w+`? (runs?|executes?) only its own (statements?|body|code)",
        ("The omitted `break` makes no difference here.",
         "The absent `break` does not matter.",
         "Case 2 executes only its own body."),
        ("The omitted `break` makes case 2 run too.",
         "The absent `break` does matter: case 3 runs next.",
         "Case 2 executes its own body and then falls into case 3.")),
})


WIDER.update({
    "go_short_decl_assigns_outer": (
        r":=`?" + _NC + r"{0,30}\b(reuses?|assigns? to|updates?|modifies?|writes? to|overwrites?)\b"
        r" (the )?(existing )?(outer|enclosing) (variable|`?\w+`?)"
        r"|^(?=.*\b(inner|inside|nested|block|loop|if|scope|closure)\b).*?\b(already exists|is "
        r"already declared)\b[^.;]{0,10},? `?\w+ ?:=[^.;]{0,40}\b(updates?|reassigns?|"
        r"overwrites?|changes?|modifies?) (it|the (outer|existing) `?\w+`?)\b"
        r"|:=`?\s*never shadows\b",
        ("`:=` inside the `if` assigns to the outer `total`.",
         "Since `sum` is already declared, `sum := add(x)` inside the block updates it.",
         "`:=` never shadows a variable."),
        ("`:=` inside the `if` does not assign to the outer `total`; it declares a new one.",
         ("Since `sum` is already declared, `sum := add(x)` inside the block declares a new "
          "`sum` that shadows it."),
         "`:=` can shadow an outer variable.")),
    "ts_excess_property_always": (
        r"\bextra (properties|props|fields|keys)\b" + _NC + r"{0,10}\b(are|is) always (an? )?("
        r"errors?|rejected|compile errors?)\b"
        r"|\b(passing|assigning)\b (a )?(variable )?`?\w+`?" + _NC + r"{0,40}\b(unknown|extra|"
        r"additional|excess|surplus)\b" + _NC + r"{0,40}\b(is a compile(-time)? error|fails?|"
        r"errors?|is rejected)\b[^.;]{0,30}\b(just like|like|same as|as with|also)\b"
        r"|\bvariable\b" + _NC + r"{0,60}\b(also )?(fails|triggers|hits) (the )?excess property "
        r"check",
        ("Extra props are always rejected by the compiler.",
         ("Assigning `opts` with an extra `debug` field to `Settings` fails, just like an object "
          "literal would."),
         "A variable with surplus keys also triggers the excess property check."),
        ("Extra props are not always rejected; only fresh literals are checked.",
         ("Assigning `opts` with an extra `debug` field to `Settings` compiles, unlike an object "
          "literal."),
         "A variable with surplus keys does not trigger the excess property check.")),
    "go_narrowing_conversion_checked": (
        r"\b(u?int\d*|byte)\(\s*-?\w+\s*\)`?" + _NC + r"{0,20}\b(is )?(clamped|saturated|capped|"
        r"saturates)\b"
        r"|\bconvert\w*\b[^.;]{0,50}\bto `?(u?int(8|16|32)?|byte)`?" + _NC + r"{0,20}\bkeeps (the"
        r" |its )?(full |whole |original |same )value\b",
        ("`int8(200)` is saturated at 127.",
         "Converting the `int64` to `int16` keeps its full value."),
        ("`int8(200)` is not saturated; it wraps to -56.",
         "Converting the `int64` to `int16` keeps only the low 16 bits.")),
    "int_overflow_raises": (
        r"(?<!\bnot )(?<!\bnever )\b(panics?|crash(es)?)\b (with )?(an? )?(integer )?overflow\b",
        ("Incrementing the `int8` past 127 panics with an overflow.",
         "The loop crashes with integer overflow once `n` passes `MaxInt32`."),
        ("Incrementing the `int8` past 127 does not panic with an overflow; it wraps.",
         "The loop never crashes with integer overflow; `n` wraps.")),
    "go_method_value_copies": (
        r"\bmethod values?\b" + _NC + r"{0,20}\b(binds?|reads?|evaluates?|looks? up)\b (its |the "
        r")?receiver\b[^.;]{0,10}\b(lazily|late|at call time|when (it is )?called)"
        r"|^(?=.*\bvalue receiver).*?\b(keeps?|holds?|stores?) a (reference|pointer) to `?\w+`?[^.;]"
        r"{0,40}\blater changes\b"
        r"|\bchang\w*\b `?\w+\.\w+`? after `?\w+ :?= \w+\.\w+`?[^.;]{0,10}\bchanges what\b",
        ("The method value reads its receiver at call time.",
         "`g := p.Show` with a value receiver holds a reference to `p`, so later changes show."),
        ("The method value reads its receiver when it is evaluated, not at call time.",
         ("`g := p.Show` with a value receiver holds a copy of `p`, so later changes do not "
          "show."))),
})

def widened(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The entries, each in `WIDER` reading its belief in the new shapes too."""
    return tuple(
        replace(e, pattern=f"(?:{e.pattern})|(?:{WIDER[e.id][0]})",
                positives=e.positives + WIDER[e.id][1], negatives=e.negatives + WIDER[e.id][2])
        if e.id in WIDER else e
        for e in entries)


BELIEFS2: Final = (
    Entry("dict_equal_keys_distinct",
          "Dict keys that compare equal and hash alike are one key: 1, 1.0 and True index the "
          "same entry, so `{1: 'a', 1.0: 'b', True: 'c'}` has one item (the first key, the last "
          "value)",
          r"\b(1|true|1\.0)\b`?(,| and) `?(1\.0|true|1)\b[^.;]{0,40}\b(are|as|make|give|count "
          r"as) (two |three )?(distinct|different|separate|independent) (dict(ionary)? )?(keys|"
          r"entries|items)\b"
          r"|\b(has|holds|contains|gets) (two|three|3|2) (entries|keys|items|elements)\b[^.;]"
          r"{0,50}\b(since|because|as)\b[^.;]{0,40}\b(int|float|bool|types?)\w*\b[^.;]{0,30}\b("
          r"differ|different|distinct)"
          r"|\b(are|as|make|give|count as) (two |three )?(distinct|different|separate) "
          r"(dict(ionary)? )?keys\b[^.;]{0,20}\b(because|since|as)\b[^.;]{0,20}\b(their )?types? "
          r"(differ|are different)",
          "The Python Library Reference, Mapping Types — dict ('if two numbers compare equal "
          "(such as 1 and 1.0) then they can be used interchangeably to index the same "
          "dictionary entry')",
          ("`1` and `1.0` count as two different keys in `seen`.",
           ("The literal `{True: 'x', 1: 'y'}` holds two entries because bool and int are "
            "distinct types."),
           "`0` and `0.0` are separate dictionary keys since their types differ."),
          ("`1` and `1.0` are not two different keys; they index one entry.",
           "The literal `{True: 'x', 1: 'y'}` holds one entry, key True with value 'y'.",
           "`'1'` and `1` are separate dictionary keys since a string never equals an int."),
          ("python",)),
)
"""Beliefs no entry read in any wording."""
