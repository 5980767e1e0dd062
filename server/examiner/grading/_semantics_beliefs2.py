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
         "Handing back a nil `*ParseErr` as an `error` leaves `if err != nil` false for the "
         "caller.",
         "`res == nil` evaluates to true since `conn` was nil."),
        ("The interface is nil only when both its dynamic type and its value are nil.",
         "`err == nil` is false because the interface still carries the `*ParseErr` type "
         "although the pointer is nil.",
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
        ("Looping over `scores` yields the names in alphabetical order, so `amy` is printed "
         "first.",
         "Go maps range in insertion order.",
         "The order from `range counts` is always the same, run after run.",
         "Map iteration order stays fixed between runs of the program."),
        ("Looping over `scores` does not yield the names in alphabetical order; sort the keys "
         "first.",
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
        ("Object.keys returns the properties in the order they were assigned, numeric names "
         "like '7' too.",
         "The engine sorts the object's keys lexicographically, so '100' is listed before '20'.",
         "`Object.keys(row)` gives 'name' before '3', since 'name' was set first."),
        ("Object.keys returns string keys in the order they were assigned, but numeric names "
         "like '7' come first.",
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
        ("The `as Invoice` assertion does not coerce the response body; it only changes its "
         "type.",
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
        ("A readonly field is not protected by the engine, so the assignment from a test "
         "succeeds.",
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
           "The literal `{True: 'x', 1: 'y'}` holds two entries because bool and int are "
           "distinct types.",
           "`0` and `0.0` are separate dictionary keys since their types differ."),
          ("`1` and `1.0` are not two different keys; they index one entry.",
           "The literal `{True: 'x', 1: 'y'}` holds one entry, key True with value 'y'.",
           "`'1'` and `1` are separate dictionary keys since a string never equals an int."),
          ("python",)),
)
"""Beliefs no entry read in any wording."""
