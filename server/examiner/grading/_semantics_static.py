"""False beliefs about Java's, Go's, C's, C++'s and Rust's semantics, from their documentation.

Each entry follows `catalogue.py`'s rules: a pattern read on one sentence (lower case,
"doesn't" read as "does not"), the source that says otherwise, at least four sentences that
state the belief and four true ones in the same words, and the languages it is false in.
"""

from __future__ import annotations

from typing import Final

from .._match import unnegated
from ._entry import NOT, NOT_ONLY, Entry

__all__ = ["STATIC"]

_CONTRAST: Final = unnegated("only", "just", "nothing", "while", "whereas", "but", "unlike", "and",
                           "calloc", "memset")
"""One character of a claim that neither a negation nor a contrast ("? propagates it, while
unwrap panics") has taken away from its subject."""
_NOT_NO: Final = unnegated("only", "just", "nothing", "without", "no")
"""One character of a claim that no negation, restriction, "no" or "without" has taken back."""
_QUESTION_MARK: Final = (r"(`\?`|(?<![\w\]?])\?(?=\s)|^\W*operator\b|\bthe question[- ]mark( operator)?|"
                         r"\bquestion mark( operator)?|\btry operator)")
"""Rust's `?` as an answer names it (a bare "? " ends a sentence, so what follows "the ? operator"
is read as a sentence that opens with "operator")."""
_C: Final = r"(?:[^.;]|\.(?=\w))"
"""One character of the sentence (a dot inside a name such as `Files.readString` included)."""
_RESOURCE: Final = (r"(files?|streams?|readers?|writers?|handles?|descriptors?|"
                    r"resultsets?|statements?|(input|output)streams?|bufferedreader|fileinputstream|"
                    r"fileoutputstream)")
"""What an answer wrongly says is closed at a return or an exception (connections and sockets are
left out: a server, a pool or a framework does close them for the code it calls)."""

STATIC: Final = (
    Entry("integer_division_floors",
          "Integer division in Java, Go, C, C++ and Rust truncates toward zero: -7 / 2 is -3, "
          "not -4 (floor division is Python's //, Java's Math.floorDiv, Rust's div_euclid)",
          r"^(?=.*(\bnegative|(?<![\w)\]])-\s?\d))(?!.*\b(positive|non-negative|python|floordiv|"
          r"div_euclid)\b)"
          r"(.*?\b(integer division|int division|division of (ints|integers|negative \w+)|dividing "
          r"(two )?(ints|integers|negative (numbers|ints|integers|values))|dividing an? (negative )?"
          r"(int|integer)|/ on (ints|integers))\b" + NOT_ONLY + r"{0,40}\b((rounds?|truncates?) "
          r"(down|downwards?|towards? (negative|minus) infinity|to the floor)|floors?|takes the floor)"
          r"\b"
          r"|.*?(?<![\w)\]])(\(\s*)?-\s?(1\s*\)?\s*/\s*2\s*(is|==|equals|gives|evaluates to|returns)"
          r"\s*-\s?1|3\s*\)?\s*/\s*2\s*(is|==|equals|gives|evaluates to|returns)\s*-\s?2|5\s*\)?\s*/"
          r"\s*2\s*(is|==|equals|gives|evaluates to|returns)\s*-\s?3|7\s*\)?\s*/\s*2\s*(is|==|equals|"
          r"gives|evaluates to|returns)\s*-\s?4|9\s*\)?\s*/\s*2\s*(is|==|equals|gives|evaluates to|"
          r"returns)\s*-\s?5)\b)"
          r"|^(?=.*(\bnegative|(?<![\w)\]])-\s?\d))(?!.*\b(positive|non-negative|floordiv|"
          r"div_euclid)\b).*?(?<![/\w])[\w)\]]+\s/\s[\w(][^.;/]{0,30}\b(already )?(rounds? down|"
          r"floors|rounds? towards? (negative|minus) infinity)\b",
          "Java Language Specification 15.17.2 ('Integer division rounds toward 0'); The Go "
          "Programming Language Specification, Arithmetic operators (truncated division); C11 "
          "6.5.5p6 ('any fractional part discarded'); The Rust Reference, Arithmetic and Logical "
          "Binary Operators ('Integer division rounds towards zero')",
          ("Integer division rounds down, so -7 / 2 is -4.",
           "In Java, -7 / 2 == -4.",
           "Dividing a negative int by 2 floors the result.",
           "For negative numbers the integer division rounds toward negative infinity.",
           ("In bucketFor, offset / size already rounds down, so for offset -7 and size 2 the "
            "bucket is -4, like Python's floor division."),
           ("Because Java's integer division floors the result, -5 / 2 gives -3 and the "
            "negative pages line up.")),
          ("Integer division truncates toward zero, so -7 / 2 is -3.",
           "7 / 2 is 3 because integer division rounds down for positive numbers.",
           "Math.floorDiv(-7, 2) is -4.",
           "In Python, -7 // 2 is -4.",
           "Negative integer division truncates toward zero in Go.",
           "In Java -7 / 2 is -3, because integer division truncates toward zero."),
          ("java", "go", "c", "cpp", "rust")),
    Entry("remainder_sign",
          "`%` in Java, JavaScript, Go, C, C++ and Rust takes the sign of the dividend: -7 % 3 "
          "is -1, so `x % 2 == 1` is false for a negative odd x (Python's % takes the divisor's "
          "sign; floorMod and rem_euclid do too)",
          r"^(?!.*\b(python|floormod|rem_euclid|mod_euclid)\b)"
          r"(.*?(%|\bremainder\b|\bmodulo\b|\bmod\b)" + NOT_ONLY + r"{0,30}\b(is|are) (always |never "
          r"negative|even for negative \w+ )?(non-?negative|never negative|>= ?0)\b"
          r"|.*?(%|\bremainder\b|\bmodulo\b|\bmod\b)" + NOT_ONLY + r"{0,30}\b(is|are) always positive\b"
          r"|.*?(%|\bremainder\b|\bmodulo\b|\bmod\b)" + NOT_ONLY + r"{0,30}\balways (gives?|returns?|"
          r"yields?|produces?) (a |an )?(non-?negative|positive) (result|number|value|remainder|index)\b"
          r"|.*?\b(takes?|has|follows?|gets?) the sign of the (divisor|right(-hand)? (side|operand)|"
          r"second operand|modulus)\b"
          r"|.*?(?<![\w)\]])(\(\s*)?-\d+\s*\)?\s*%\s*\d+\s*(is|==|===|equals|gives|"
          r"evaluates to|returns)\s*[1-9]\d*\b"
          r"|.*?%\s*2\s*(==|===)\s*1\b" + NOT_ONLY + r"{0,30}\b((works for|detects|catches|is true for|"
          r"finds|matches|identifies|tests?) (every|all|any|each) (odd|negative)|(even |also )?for "
          r"negative (numbers|values|ints|integers)))"
          # the shapes: '`-7 % 3` is 2', '`i % n` is always between 0 and n - 1'
          r"|`?-\d+ ?% ?\d+`? (is|gives|returns|==|evaluates to|yields) `?[1-9]"
          r"|%(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,30}\b(is )?always (betw"
          r"een 0 and|non-?negative|positive|in the range 0)\b",
          "Java Language Specification 15.17.3 ('the result of the remainder operation can be "
          "negative only if the dividend is negative'); MDN Web Docs, Remainder (%) ('the "
          "result always has the sign of the dividend'); The Go Programming Language "
          "Specification, Arithmetic operators; C11 6.5.5p6; The Rust Reference, Arithmetic and "
          "Logical Binary Operators",
          ('`-10 % 4` evaluates to 2.',
           '`pos % len` is always non-negative, even for a negative pos.',
           "-7 % 3 is 2, so the index wraps to the end of the array.",
           "The remainder takes the sign of the divisor, so it is never negative.",
           "x % 2 == 1 works for every odd number, negative ones too.",
           "x % n is always non-negative, so it is a safe index.",
           "(-1) % 5 gives 4."),
          ("`-10 % 4` evaluates to -2, the dividend's sign.",
           '`pos % len` is not always non-negative: a negative pos gives a negative result.',
           "-7 % 3 is -1 in Java, so the index can be negative.",
           "Math.floorMod(-7, 3) is 2.",
           "Use ((x % n) + n) % n to get a non-negative index.",
           "-6 % 3 is 0.",
           "The remainder has the sign of the dividend."),
          ("java", "javascript", "typescript", "go", "c", "cpp", "rust")),
    Entry("stream_reusable",
          "A Java Stream can be consumed only once: a second terminal operation on it throws "
          "IllegalStateException; build a new stream (from the collection, or a "
          "Supplier<Stream>) each time",
          r"^(?!.*\b(new|fresh|another) streams?\b)(?!.*\bsupplier\b)(?!.*\.stream\(\)\s*(again|each|"
          r"every|twice))(?!.*\b(input\w*|output\w*|printwriter|writer|reader|bytes?|files?|sockets?|"
          r"buffer\w*)\b)"
          r"(.*?\bstreams?\b" + NOT_ONLY + r"{0,30}\b(can|may) be re-?used\b"
          r"|.*?\bstreams?\b" + NOT_ONLY + r"{0,30}\b(can|may) be (consumed|traversed|"
          r"iterated|collected|used)\b[^.;]{0,15}\b(again|twice|more than once|multiple times|several "
          r"times|a second time)\b"
          r"|(?!.*\b(not|cannot|never|no)\b).*?\bre-?use (the same|that|this|the) stream\b"
          r"|.*?\bstreams?\b" + NOT_ONLY + r"{0,20}\b(is|are) (re-?usable|re-?iterable|restartable|"
          r"replayable)\b"
          r"|.*?\b(second|another|two|both) (terminal (operations?|calls?)|collect\(\)|calls? to "
          r"(collect|count|foreach|sum))\b[^.;]{0,40}\b(works?|succeeds?|is fine|sees? the same|"
          r"gets? the same|re-?runs?|runs? the pipeline again|starts? (again|over)|re-?reads?|returns? "
          r"the same)\b"
          r"|.*?\b(calling|using)\b[^.;]{0,20}\b(count|collect|foreach|sum|max|min|reduce)\w*(\(\))?"
          r"[^.;]{0,30}\b(on|of) the same stream\b" + NOT_ONLY + r"{0,30}\b(works|is fine|succeeds|"
          r"gives|returns)\b)",
          "Java SE API, package java.util.stream ('A stream should be operated on (invoking an "
          "intermediate or terminal stream operation) only once ... may throw "
          "IllegalStateException if it detects that the stream is being reused')",
          ("The stream can be reused, so we call count() and then collect() on it.",
           "A Java stream is reusable like a list.",
           "The second terminal operation re-runs the pipeline from the start.",
           "Calling count() and then collect() on the same stream works fine.",
           "names.stream() may be iterated twice without any problem."),
          ("A stream can only be consumed once; the second collect throws IllegalStateException.",
           "A List can be iterated twice; a stream cannot.",
           "Use a Supplier<Stream<String>> to get a fresh stream each time.",
           "IntStream.range can be used in a for-each loop.",
           "Each call to names.stream() creates a new stream, so it can be traversed again."),
          ("java",), code_has=r"\bstream\(|\bStream\b"),
    Entry("hashmap_mutable_key",
          "A key changed after it was put in a HashMap or HashSet, in a way that changes its "
          "equals or hashCode, is no longer found: the entry stays filed under its old hash (use "
          "immutable keys)",
          r"^(?!.*\b(resiz\w*|grows?|load factor|capacity|no longer|immutable)\b)"
          r"(.*?\b(chang|mutat|modif|updat|edit)\w*\b[^.;]{0,30}\b(the |a )?(key|keys|element|elements|"
          r"object|point|list)\b[^.;]{0,40}\b(after|once|while)\b[^.;]{0,30}\b(put|insert|add|stor)\w*"
          r"\b" + NOT_ONLY + r"{0,40}\b(is fine|is harmless|is safe|does not matter|has no effect|still "
          r"(finds?|works|returns|contains)|get (still )?(finds|returns)|contains (still )?returns "
          r"true|(is|are) (still )?found)\b"
          r"|.*?\b(hashmap|hashset|the map|the set)\b" + NOT_ONLY + r"{0,30}\b(re-?hashes|updates|"
          r"re-?indexes|re-?computes|tracks|notices)\b[^.;]{0,20}\b(the )?(key|keys|element|hash\w*|"
          r"changes?|bucket)\b[^.;]{0,30}\b(when|if|after|automatically|on (change|mutation))"
          r"|.*?\b(after|once)\b[^.;]{0,10}\b(chang|mutat|modif|updat)\w*\b[^.;]{0,20}\bkeys?\b" + _C +
          r"{0,40}\b(get|contains\w*)\b(\([^)]*\))?[^.;]{0,10}\bstill\b[^.;]{0,10}\b(finds?|returns?|"
          r"works|sees?)\b"
          r"|.*?\b(get|contains\w*)\b(\([^)]*\))?[^.;]{0,20}\bstill\b[^.;]{0,20}\b(finds?|returns?|"
          r"sees?|works)\b" + _C + r"{0,40}\b(after|even though|although)\b" + _C + r"{0,30}\b(chang|mutat|modif|"
          r"updat)\w*)"
          # the shapes: 'changing the key after adding it to a HashSet is fine', 'HashSet rehashes
          # elements when they change'
          r"|\b(changing|mutating|modifying|updating) (a |the )?(field|key|element|object)s?\b[^"
          r".;]{0,40}\b(after|once)\b[^.;]{0,30}\bhash(set|map)\b(?:(?!\bnot\b|\bnever\b|\bno\b|"
          r"n't\b)(?:[^.;]|\.(?=\w))){0,10}\b(is )?(fine|safe|harmless|ok|okay|allowed|no proble"
          r"m)\b"
          r"|\bcontains\(\w+\)`? (still )?(returns?|gives|is) `?true`? after `?\w+\.set\w*\("
          r"|\bhash(set|map)s?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b"
          r"(rehash\w*|re-?buckets?|moves?|updates?) (the )?(elements?|entries|keys|objects)\b[^"
          r".;]{0,20}\b(when|after|if) (they|it|their (fields|hash\w*)|the (elements?|keys?))( "
          r"\w+)? (change|mutate|are (changed|modified|mutated))\b"
          r"|\b(remove|contains|get)\(\w+\)`? still (works|finds|succeeds|returns true)\b[^.;]{0"
          r",20}\bafter (the |a |its )?(mutation|change|modification|update)\b",
          "Java SE API, Map ('Great care must be exercised if mutable objects are used as map "
          "keys. The behavior of a map is not specified if the value of an object is changed in "
          "a manner that affects equals comparisons while the object is a key in the map') and "
          "Set (the same for set elements)",
          ('Mutating the key object after putting it in the HashMap is harmless.',
           'A HashSet moves the elements when they are modified.',
           "Changing the key after putting it in the HashMap is fine; get still finds the entry.",
           "The HashMap rehashes the key automatically when its fields change.",
           "map.get(p) still returns the value even though p.x was modified after the put.",
           ("Modifying the object after it was added to the HashSet does not matter, contains "
           "still returns true.")),
          (('Mutating the key object after putting it in the HashMap is not harmless; '
            'lookups miss it.'),
           'A HashSet does not move the elements when they are modified.',
           "After the key is changed, its hashCode differs, so get no longer finds the entry.",
           "HashMap rehashes every entry when it resizes.",
           "Use immutable keys, such as records or Strings, in a HashMap.",
           "Changing the value stored under a key is fine.",
           "Changing the key after put breaks the lookup."),
          ("java",), code_has=r"\bHash(Map|Set)\b"),
    Entry("optional_get_null",
          "Optional.get() on an empty Optional throws NoSuchElementException; it never returns "
          "null (orElse(null) does, orElseThrow() throws too)",
          r"^(?=.*\boptional\w*\b)(?!.*\borelse\b)"
          r"(.*?\bget\(\)" + NOT + r"{0,40}\b(returns?|gives?( back)?|yields?|is)\b (just |simply )?"
          r"(null|nothing|undefined)\b"
          r"|.*?\bempty optional\b" + NOT + r"{0,30}\b(returns?|gives?)\b" + NOT + r"{0,10}\bnull\b"
          r"|.*?\boptional\b" + NOT_ONLY + r"{0,30}\bget\b[^.;]{0,20}\b(is (always )?(safe|fine)|"
          r"cannot (fail|throw)|never throws|does not throw)\b)",
          "Java SE API, Optional.get ('If a value is present, returns the value, otherwise "
          "throws NoSuchElementException')",
          ("If the user is missing, optional.get() returns null and the caller checks for it.",
           "findFirst().get() on an empty Optional just gives null.",
           "Calling get() on the empty Optional returns nothing, so name is null.",
           "Optional.get never throws; it returns the value or null."),
          ("get() on an empty Optional throws NoSuchElementException.",
           "orElse(null) returns null when the Optional is empty.",
           "map.get(key) returns null for a missing key.",
           "Optional.get throws when empty, so check isPresent first.",
           "Use orElseThrow() instead of get() to make the failure explicit."),
          ("java",), code_has=r"\bOptional\b"),
    Entry("concurrent_map_compound_atomic",
          "A ConcurrentHashMap (or a synchronized map) makes each single call atomic, not a "
          "sequence of calls: containsKey then put, or get then put, can interleave with other "
          "threads (putIfAbsent, computeIfAbsent, compute and merge are atomic)",
          r"^(?=.*\b(concurrenthashmap|concurrent (hash)?map|synchronizedmap|synchronized map)\b)"
          r"(?!.*\b(compute\w*|merge|putifabsent|atomic(integer|long)\w*|synchronized \(|synchronized "
          r"block|lock\w*)\b)"
          r"(.*?\b(check-then-act|check then act|(the )?(get|containskey|contains)\w*(\(\))?[^.;]{0,25}"
          r"\b(and|then|followed by)\b[^.;]{0,20}\bput\w*|read-modify-write|compound (actions?|"
          r"operations?)|the whole (update|sequence|block|method|increment)|(both|all|every|the two) "
          r"(calls|operations|steps))\b" + NOT_ONLY + r"{0,50}\b(is|are|stays?|remains?)\b" + NOT_ONLY + r"{0,15}"
          r"\b(atomic\w*|thread[- ]safe|safe|one step|a single step)\b"
          r"|.*?\b(concurrenthashmap|concurrent map|synchronizedmap|synchronized map)\b" + NOT_ONLY +
          r"{0,40}\b(makes?|keeps?|guarantees?)\b[^.;]{0,20}\b(the |this |our )?(whole |entire )?"
          r"(increment|update|counter update|check|method|sequence|read and write|get and put|"
          r"check-then-act|code)\b" + NOT_ONLY + r"{0,15}\b(atomic|thread[- ]safe|safe)\b)"
          r"|^(?!.*\b(merge|compute\w*|putifabsent|synchronized|lock\w*|replace)\b).*?\b(the )"
          r"?(whole|entire|combined) (sequence|increment|update|operation|check-then-act|"
          r"read-modify-write|get-then-put|check and (the )?put)\b" + NOT + r"{0,20}\b(happens|is|"
          r"runs|executes|becomes)\s+(atomic|atomically|thread[- ]safe)\b"
          r"|^(?!.*\b(merge|compute\w*|putifabsent|synchronized|lock\w*)\b).*?\b(get|containskey)"
          r"\b" + _C + r"{0,60}\bput\b" + NOT + r"{0,40}\b(is|are)\s+(safe|atomic|thread[- ]safe)"
          r"\b[^.;]{0,15}\b(because|since|as)\b[^.;]{0,30}\bconcurrent\w*map\b",
          "Java SE API, ConcurrentHashMap (single retrievals and updates; computeIfAbsent, "
          "compute and merge are 'performed atomically'); Goetz et al., Java Concurrency in "
          "Practice, 5.2.1 (compound actions on concurrent collections need atomic methods)",
          ("Because counts is a ConcurrentHashMap, the get followed by put is atomic.",
           "ConcurrentHashMap makes the whole increment thread-safe.",
           "The containsKey check and the put on the ConcurrentHashMap are atomic together.",
           "Since cache is a ConcurrentHashMap, the check-then-act in register is safe.",
           ("In increment, counts.get(word) followed by counts.put(word, n + 1) is safe because "
            "the map is a ConcurrentHashMap, so the whole sequence happens atomically."),
           ("Two requests can't register the same user twice, since the containsKey check and "
            "the put on the ConcurrentHashMap are done as one atomic step.")),
          ("ConcurrentHashMap makes each put atomic, but get then put can still interleave.",
           "computeIfAbsent on a ConcurrentHashMap is atomic.",
           "Use merge(key, 1, Integer::sum) on the ConcurrentHashMap so the increment is atomic.",
           "ConcurrentHashMap does not make get-then-put atomic.",
           "A ConcurrentHashMap is safe for concurrent single puts and gets.",
           ("counts is a ConcurrentHashMap, but get followed by put can still interleave, so I "
            "used merge(word, 1, Integer::sum).")),
          ("java",), code_has=r"\bConcurrent\w*Map\b|\bsynchronizedMap\b"),
    Entry("synchronized_locks_class",
          "A synchronized instance method locks `this` (a static one the Class object): calls "
          "on different instances do not exclude each other, and a lock on a new or local "
          "object excludes nobody",
          r"^(?!.*\bstatic\b)"
          r"(.*?\bsynchronized\b" + NOT_ONLY + r"{0,40}\b(locks?|blocks?|guards?|protects?|serializ\w*|"
          r"serialis\w*)\b (the )?(whole|entire) (class|type)\b"
          r"|.*?\bsynchronized\b" + NOT_ONLY + r"{0,60}\b(only one|one) thread (at a time )?(can|may) "
          r"(run|execute|enter|be in|call)\b[^.;]{0,30}\b(across|for|on) (all|every|any|different|"
          r"separate) (instances|objects|accounts|\w+ (instances|objects))\b"
          r"|.*?\bsynchronized\b" + NOT_ONLY + r"{0,60}\b(even|also) (on|for|across|between|with) (different|"
          r"separate|two|other) (instances|objects|\w+ (instances|objects))\b"
          r"|.*?\bsynchronized\b[^.;]{0,40}(\bnew object\(\)|\ba new lock\b|\ba local (lock|object)\b)"
          + NOT_ONLY + r"{0,40}\b(protects?|guards?|makes?|serializ\w*|excludes?|is (safe|enough))\b)",
          "Java Language Specification 8.4.3.6 synchronized Methods ('For a class (static) "
          "method, the monitor associated with the Class object ... For an instance method, the "
          "monitor associated with this'); The Java Tutorials, Intrinsic Locks and "
          "Synchronization",
          ("Because deposit is synchronized, only one thread can run it across all accounts.",
           "synchronized on the instance method locks the whole class.",
           "The synchronized methods exclude each other even on different Account objects.",
           "Wrapping the update in synchronized (new Object()) protects the counter."),
          (("A synchronized instance method locks this, so different accounts do not block "
           "each other."),
           "A static synchronized method locks the whole class.",
           "Only one thread at a time can run a synchronized method on the same object.",
           "synchronized (lock) on a shared final Object protects the counter.",
           "synchronized makes the method exclusive per instance, not across instances."),
          ("java",), code_has=r"\bsynchronized\b"),
    Entry("lambda_throws_checked",
          "A lambda for a standard functional interface (Consumer, Function, Runnable, ...) "
          "cannot throw a checked exception such as IOException, whatever the enclosing method "
          "declares: the interface's method declares none, so it must be caught in the lambda "
          "or wrapped (UncheckedIOException)",
          r"^(?!.*\b(callable|submit|uncheckedioexception|runtimeexception|wrap\w*)\b)"
          r"(.*?\b(lambdas?|the callback|foreach|stream|map)\b" + NOT_ONLY + r"{0,50}\b(can|may|is "
          r"allowed to|is free to) (just |simply )?(throw|propagate|rethrow|raise|let)\b[^.;]{0,20}\b(ioexception|"
          r"sqlexception|interruptedexception|checked exceptions?|the checked)\b"
          r"|.*?\b(throws (clause|declaration)|throws ioexception|declares? (throws )?\w*exception)\b"
          + NOT_ONLY + r"{0,40}\b(covers?|applies to|includes?|extends to)\b[^.;]{0,20}\b(the )?(lambdas?|"
          r"callbacks?|code inside (the )?(lambda|foreach|map))"
          r"|.*?\b(checked exceptions?|ioexception)\b" + NOT_ONLY + r"{0,30}\b(propagates?|passes?|escapes?|"
          r"bubbles?)\b[^.;]{0,20}\b(out of|through|from) (the )?(\w+ )?(lambda|foreach|stream|map|"
          r"callback)\b)",
          "Java Language Specification 11.2.3 (a lambda body may throw a checked exception only "
          "if the function type's throws clause allows it) and 15.27.3; Java SE API, "
          "java.util.function.Consumer.accept and Function.apply (no throws clause)",
          (("The lambda in forEach can throw IOException because the method declares throws "
           "IOException."),
           "The throws clause on process covers the code inside the lambda.",
           "An IOException from Files.readString simply propagates out of the map lambda.",
           "The checked IOException escapes from the lambda to the caller."),
          (("The lambda cannot throw IOException, since Consumer.accept declares no checked "
           "exceptions."),
           "Catch the IOException inside the lambda and rethrow it as unchecked.",
           "A Callable lambda can throw IOException, since call() declares throws Exception.",
           "A RuntimeException can propagate out of the lambda.",
           "The enhanced for loop can throw IOException directly, unlike forEach."),
          ("java",), code_has=r"->", code_lacks=r"\bCallable\b|@FunctionalInterface"),
    Entry("scope_exit_closes_resource",
          "In Java, Go, C and JavaScript nothing closes a file, stream, socket or connection "
          "when the method returns, an exception leaves it or the variable goes out of scope: "
          "the garbage collector may close it much later or never, and finalizers are no "
          "reliable cleanup (close it with try-with-resources, defer, finally or fclose)",
          r"^(?!.*\b(try-with-resources|try with resources|try-with|with (a |the )?try|defer\w*|"
          r"finally|using|fclose|raii|destructors?|with open|with statement|with[- ]block|drop\w*|c\+\+|ifstream|"
          r"ofstream|fstream|rust|python|cpython|no guarantee|not guaranteed|may never|might never|"
          r"unreliabl\w*|deprecated|pool\w*|handlers?|servlets?|containers?|server|framework|hijack\w*)\b)"
          r"(?!.*\bclose\(\))"
          r"(.*?\b" + _RESOURCE + r"\b" + NOT_ONLY + r"{0,30}\b(is|are|gets?|will be) (automatically |"
          r"implicitly )?(closed|released|freed|cleaned up)\b" + NOT_ONLY + r"{0,20}\b(when|once|as "
          r"soon as|after) (the |an? |it |its |our )?(method|function|variable|reference|object|"
          r"exception|scope|block|call|\w+\(\))?\b[^.;]{0,25}\b(returns?|exits?|ends|finishes|goes "
          r"out of scope|is thrown|leaves|propagates|unwinds|falls out of scope)\b"
          r"|(?!.*\b(may|might|can|could)\b).*?\b(finali[sz]e(\(\))?|finali[sz]ers?|cleaners?)\b" +
          NOT_ONLY + r"{0,40}\b(reliably|always|guarantees?|is guaranteed|promptly)\b"
          r"|.*?\b(going|goes|falls?|fall) out of scope\b" + NOT_ONLY + r"{0,30}\b(closes?|releases?|"
          r"frees?|cleans? up)\b"
          r"|.*?\b((the|an|any) exception|throwing)\b[^.;]{0,10}\b(automatically )?(closes?|"
          r"releases?|cleans? up)\b (the |any |all |its )?(open )?(\w+ )?" + _RESOURCE + r"\b"
          r"|.*?\b(when|once|if|after) (the |an? )?(exception|error)\b[^.;]{0,30}\b(is thrown|is "
          r"raised|happens|occurs|propagates|leaves)\b[^.;]{0,30}\b" + _RESOURCE + r"\b[^.;]{0,15}"
          r"\b(is|are|gets?) (automatically )?(closed|released)\b)"
          r"|^(?!.*\b(try-with-resources|try with resources|try-with|with (a |the )?try|defer\w*|"
          r"finally|using|fclose|raii|destructors?|with open|with statement|with[- ]block|drop\w*|"
          r"c\+\+|ifstream|ofstream|fstream|rust|python|cpython|no guarantee|not guaranteed|may "
          r"never|might never|unreliabl\w*|deprecated|pool\w*|handlers?|servlets?|containers?|"
          r"server|framework|hijack\w*)\b)(?!.*\bclose\(\))(.*?\b\w*(files?|streams?|readers?|"
          r"writers?|handles?|descriptors?|resultsets?|statements?)\b" + NOT_ONLY + r"{0,30}\b(is|"
          r"are|gets?|will be) (automatically |implicitly )?(closed|released|freed|cleaned up)\b" + NOT_ONLY +
          r"{0,40}\b(when|once|as soon as|after|as) (the |an? |it |its |our )?(\w+ )?(method|"
          r"function|variable|reference|object|exception|scope|block|call|\w+\(\)|\w+)"
          r"?\b[^.;]{0,25}\b(returns?|exits?|ends|finishes|goes out of scope|is thrown|leaves|"
          r"propagates|unwinds|falls out of scope)\b)"
          r"|^(?!.*\b(try-with-resources|try-with|defer\w*|finally|using|fclose|may never|might "
          r"never|not guaranteed|no guarantee|pool\w*)\b)(?!.*\bclose\(\))(.*?\b\w*(files?|"
          r"streams?|readers?|writers?|handles?|descriptors?)\b" + NOT_ONLY + r"{0,20}\b(is|are|"
          r"gets?|will be) (closed|released|freed|cleaned up) by the garbage "
          r"collector\b[^.;]{0,20}\b(when|once|as soon as|after)\b)",
          "Java Language Specification 12.6 (no promise of when, or whether, a finalizer runs); "
          "Java SE API, Object.finalize (deprecated for removal: 'The finalization mechanism is "
          "inherently problematic') and The Java Tutorials, The try-with-resources Statement; "
          "Effective Go, Defer; C11 7.21.5.1 The fclose function; Node.js, fs FileHandle "
          "(close it explicitly)",
          ("The FileInputStream is closed automatically when the method returns.",
           "When the exception is thrown, the reader is closed as the stack unwinds.",
           "The reader gets closed once br goes out of scope.",
           "finalize() will always run when the object is collected, so the socket gets closed.",
           "The file handle is released when readConfig returns, even without calling Close.",
           ("In readConfig the FileReader is closed when the method returns, because it is a "
            "local variable and goes out of scope."),
           ("If parse throws, the BufferedReader gets cleaned up automatically as the exception "
            "unwinds the stack, so there's no leak.")),
          ("try-with-resources closes the stream when the block exits.",
           "defer f.Close() closes the file when the function returns.",
           "The stream is not closed when the method returns, so it leaks.",
           "The file stays open if an exception is thrown before close().",
           "Finalizers are not guaranteed to run, so never rely on them to close files.",
           "A C++ ifstream is closed when it goes out of scope.",
           ("In readConfig the FileReader is never closed, because nothing closes it when the "
            "method returns.")),
          ("java", "go", "c", "javascript", "typescript"),
          code_lacks=r"\btry\s*\(|\bdefer\b|\bfinally\b|\busing\b|__attribute__\s*\(\(cleanup"),
    Entry("blocked_goroutine_collected",
          "A goroutine blocked forever (on a channel nobody sends to or receives from, or a lock "
          "never released) is never collected, woken or killed: it leaks, with all it refers to, "
          "until the program exits; goroutines must return on their own",
          r"^(?!.*\b(ctx|context|cancel\w*|done channel|select|asleep|deadlock\w*|main)\b)"
          r"(?!.*\b(when|once|as soon as|after) (a |the )?(value|message|receiver|sender|someone|"
          r"data)\b)(?!.*\bclos\w*)"
          r"(.*?\bgoroutines?\b" + NOT_ONLY + r"{0,40}\b(is|are|gets?|will be) (automatically |"
          r"eventually )?(garbage[- ]collected|collected|reclaimed|cleaned up|reaped|killed|freed)\b"
          r"|.*?\b(the )?(runtime|gc|garbage collector|go)\b" + NOT_ONLY + r"{0,30}\b(collects?|"
          r"cleans? up|kills?|reaps?|reclaims?|frees?|unblocks?)\b (the |any |a |all |"
          r"stuck |blocked |leaked |abandoned |orphaned |idle )*(\w+ )?goroutines?\b"
          r"|.*?\bgoroutines?\b" + NOT_ONLY + r"{0,40}\b(exits?|ends?|stops?|dies|terminates?|is "
          r"(killed|stopped|terminated|cancel+ed))\b[^.;]{0,15}\b(when|once|as soon as|after) (the )?"
          r"(caller|handler|parent|request|enclosing function|surrounding function|calling function|"
          r"outer function|http handler|function that started it)\b[^.;]{0,10}\b(returns|exits|ends|"
          r"finishes|completes))",
          "Go blog, Go Concurrency Patterns: Pipelines and cancellation ('goroutines are not "
          "garbage collected; they must exit on their own'); The Go Programming Language "
          "Specification, Send statements and Receive operator (each blocks until it can "
          "proceed)",
          ("Once nobody reads the channel, the blocked goroutine is garbage collected.",
           "The runtime cleans up stuck goroutines automatically.",
           "The goroutine stops when the handler returns, so nothing leaks.",
           "A goroutine stuck on the send is killed when the caller exits.",
           "Go's garbage collector frees goroutines blocked on a channel nobody serves."),
          ("Goroutines are not garbage collected; the blocked one leaks.",
           "The runtime wakes the receiving goroutine when a value is sent.",
           "When main returns, the program exits and every goroutine dies.",
           "The goroutine exits when its function returns.",
           "The runtime detects that all goroutines are asleep and panics.",
           "Cancel the context so the goroutine exits when the handler returns."),
          ("go",), code_has=r"\bgo\s+(func\b|\w+\()"),
    Entry("recover_anywhere",
          "recover stops a panic only when called directly by a deferred function, in the "
          "goroutine that panicked: called anywhere else it returns nil, and a panic in another "
          "goroutine crashes the program whatever main defers",
          r"\brecover\w*\b(\(\))?\b[^.;]{0,20}\b(in|inside|at the top of) (main|the (caller|parent|main "
          r"function|main goroutine|calling function))\b" + NOT_ONLY + r"{0,40}\b(catch\w*|handl\w*|"
          r"stops?|recovers?( from)?|traps?|intercepts?|swallows?)\b" + NOT_ONLY + r"{0,40}\b(goroutines?|go func|"
          r"workers?)\b"
          r"|^(?!.*\b(its own|that goroutine|the same goroutine)\b).*?\bmain\b[^.;]{0,20}\brecover\w*\b"
          + NOT_ONLY + r"{0,20}\b(catch\w*|handl\w*|stops?|recovers?|traps?)\b" + NOT_ONLY + r"{0,30}"
          r"\bpanics?\b" + NOT_ONLY + r"{0,30}\b(other |worker |spawned |all (the )?|every |each |any )?"
          r"goroutines?\b"
          r"|\bpanics?\b[^.;]{0,30}\bgoroutines?\b" + NOT_ONLY + r"{0,40}\b(is|are|gets?) (caught|"
          r"recovered|handled|trapped|stopped)\b[^.;]{0,30}\b(main|the (caller|parent|main function))"
          r"\b"
          r"|^(?!.*\bdefer\w*\b).*?\b(calling|a call to|calls?) recover(\(\))?[^.;]{0,30}\b(at the "
          r"(start|top|beginning)|first|before)\b" + NOT_ONLY + r"{0,40}\b(catch\w*|stops?|handl\w*|"
          r"recovers?|traps?)\b"
          r"|\brecover(\(\))?" + NOT_ONLY + r"{0,20}\b(works|catches|stops)\b[^.;]{0,30}\b(without|"
          r"even without|outside( of)?) (a |the |any )?(defer\w*|deferred function)\b",
          "The Go Programming Language Specification, Handling panics ('The return value of "
          "recover is nil ... recover was not called directly by a deferred function'); Go blog, "
          "Defer, Panic, and Recover ('Recover is only useful inside deferred functions')",
          ("The deferred recover in main catches panics from the worker goroutines.",
           "A panic in any goroutine is recovered by the defer in main.",
           "Calling recover() at the top of the function catches any panic later in it.",
           "recover() stops the panic even without a defer."),
          ("recover only works inside a deferred function.",
           "A deferred recover in each goroutine catches that goroutine's panic.",
           "The recover in main cannot catch a panic in another goroutine.",
           "A panic in a goroutine crashes the whole program, even with a recover in main.",
           "defer func() { recover() }() stops the panic."),
          ("go",), code_has=r"\brecover\(|\bpanic\("),
    Entry("lock_reentrant",
          "A plain lock is not reentrant: Python's threading.Lock, Go's sync.Mutex, C++'s "
          "std::mutex and Rust's Mutex block (deadlock) or fail when the thread or goroutine "
          "holding them locks them again; only RLock and std::recursive_mutex (and Java's "
          "synchronized and ReentrantLock) allow it",
          r"^(?!.*\b(rlock|recursive_mutex|reentrantlock|reentrant_lock|reentrantmutex|"
          r"synchronized|reentrant ?lock)\b)(?=.*\b(lock\w*|mutex\w*|mu|acquire\w*)\b)"
          r"(.*?\b(locks?|mutex(es)?|sync\.mutex|threading\.lock|std::mutex|mu)\b" + NOT_ONLY +
          r"{0,30}\b(is|are)\s+(re-?entrant|recursive)\b"
          r"|.*?\b(same|one|the|owning|holding) (thread|goroutine|caller)\b" + NOT_ONLY + r"{0,30}"
          r"\b(can|may) (re-?acquire|re-?lock|lock|acquire|take)\b[^.;]{0,20}\b(again|twice|a second "
          r"time|more than once|recursively)\b"
          r"|.*?\b(lets|allows)\b (the )?(same|owning|holding) (thread|goroutine)\b[^.;]{0,20}\b(to )?"
          r"(lock|acquire|take|re-?lock|re-?acquire)\w*\b[^.;]{0,20}\b(again|twice|a second time|"
          r"recursively)\b"
          r"|.*?\b(lock\w*|acquir\w*|re-?lock\w*|re-?acquir\w*)\b[^.;]{0,30}\b(again|twice|a second "
          r"time|recursively)\b[^.;]{0,40}\b(is fine|is safe|is ok|works|succeeds|does not (deadlock|"
          r"block|hang)|will not (deadlock|block|hang)|just returns|returns immediately)\b)",
          "Python Library Reference, threading.Lock (not owned by a thread; RLock 'may be "
          "acquired multiple times by the same thread'); Go standard library, sync.Mutex ('A "
          "locked Mutex is not associated with a particular goroutine'; Lock blocks until it is "
          "available); C++ standard [thread.mutex.requirements.mutex] (locking a mutex the thread "
          "owns is undefined) and std::recursive_mutex; Rust standard library, Mutex::lock ('this "
          "function might panic when called if the lock is already held by the current thread')",
          ("threading.Lock is reentrant, so the nested call can acquire it again.",
           "Go's sync.Mutex is reentrant, so Deposit can call Balance while holding it.",
           "The same goroutine can lock mu again without deadlocking.",
           ("Acquiring the lock a second time from the same thread is fine, since that thread "
           "already owns it."),
           "std::mutex lets the owning thread lock it twice."),
          ("threading.Lock is not reentrant; a second acquire from the same thread deadlocks.",
           "Use an RLock if the same thread must acquire it again.",
           "Java's synchronized is reentrant, so a synchronized method can call another.",
           "Locking mu again in Balance deadlocks, because sync.Mutex is not reentrant.",
           "The mutex is locked once per call and released with defer."),
          ("python", "go", "cpp", "rust"),
          code_lacks=r"\bRLock\b|recursive_mutex|ReentrantLock|ReentrantMutex"),
    Entry("rust_overflow_always_panics",
          "Rust integer overflow panics only where overflow checks are on (debug builds); a "
          "release build wraps in two's complement, and it is never undefined behaviour "
          "(checked_, wrapping_, saturating_ and overflowing_ methods choose explicitly)",
          r"^(?!.*\b(c|c\+\+|cpp|unsafe|debug_assert\w*|overflow-checks)\b)"
          r"(.*?(\b(overflow\w*|arithmetic|addition|multiplication|the sum|the add)\b|\+=?|\bu\d+\b|"
          r"\bi\d+\b)" + NOT_ONLY + r"{0,40}\b(always )?panics?\b"
          r"(?:(?!\b(and|but|while|whereas|wraps?|debug)\b)[^.;]){0,30}"
          r"(\bin release\b|\bin (a )?"
          r"release (build|mode)|--release\b|\bin (both|every|all) (builds?|modes?|profiles?)|\bin "
          r"(both )?debug and release\b|\beven in release\b|\bregardless of (the )?(build|profile|mode)"
          r"|\bin production\b)"
          r"|(?![^.;]*\bdebug)(.*?\b(rust|overflow\w*|arithmetic|integers?)\b" + NOT_ONLY + r"{0,20}"
          r"\b(always|unconditionally) panics?\b)"
          r"|.*?\b(overflow\w*|integer overflow|wrap\w*)\b" + NOT_ONLY + r"{0,20}\b(is|causes?|triggers?|invokes?|"
          r"means)\b (an? )?undefined behaviou?r\b"
          r"|.*?\boverflow[- ]checks?\b[^.;]{0,30}\b(stay|are|remain)\b (on|enabled)\b[^.;]{0,20}"
          r"\b(in )?release)",
          "The Rust Programming Language, 3.2 Data Types, 'Integer Overflow' ('When you're "
          "compiling in release mode with the --release flag, Rust does not include checks for "
          "integer overflow that cause panics. Instead ... two's complement wrapping'); The "
          "Rust Reference, Behavior not considered unsafe, Integer overflow",
          ("In Rust, integer overflow panics even in release builds.",
           "The addition panics on overflow in both debug and release mode.",
           "Rust always panics when a u8 overflows.",
           "Integer overflow is undefined behaviour in Rust.",
           "count += 1 on a u32 will panic in production when it overflows."),
          ("Integer overflow panics in debug builds and wraps in release builds.",
           "checked_add returns None on overflow.",
           "wrapping_add wraps on purpose in both debug and release.",
           "Signed overflow in C is undefined behaviour, but in Rust it is defined.",
           "Overflow does not panic in release; it wraps."),
          ("rust",)),
    Entry("locals_dropped_in_declaration_order",
          "Local variables are dropped (Rust) or destroyed (C++) in reverse order of "
          "declaration: the last declared goes first (Rust drops a struct's fields in "
          "declaration order; C++ destroys members in reverse)",
          r"^(?!.*\b(fields?|members?|elements?|vec|vector|array)\b)"
          r"(.*?\b(variables?|locals?|values?|objects?|guards?|bindings?|they|them)\b" + NOT_ONLY +
          r"{0,30}\b(are|is|get|gets|will be) (dropped|destroyed|destructed|freed|cleaned up|released)"
          r"\b" + NOT_ONLY + r"{0,20}\b(in (the )?(same )?order (of|they were|they are|in which they "
          r"were|of their) (declaration|declared|created|constructed|construction|defined|"
          r"definition)|in declaration order|in (the )?order of (declaration|construction|creation)|"
          r"first-in,? first-out|fifo)\b"
          r"|.*?\b(the )?(first|earliest)[- ]declared\b[^.;]{0,30}\b(is|are|gets) (dropped|destroyed|"
          r"destructed|freed) (first|before)\b"
          r"|.*?\b(is|gets) (dropped|destroyed|destructed|freed) first\b[^.;]{0,30}\b(because|since|"
          r"as) (it was|it is) (declared|created|constructed|defined) (first|earlier|before))",
          "The Rust Reference, Destructors ('each variable or temporary ... dropped in reverse "
          "order of declaration'; 'The fields of a struct are dropped in declaration order'); "
          "C++ standard [stmt.jump] and [class.dtor] (automatic objects are destroyed in the "
          "reverse order of their construction)",
          ("Locals are dropped in the order they were declared, so a is freed before b.",
           "The guards are destroyed in declaration order at the end of the scope.",
           "a is dropped first because it was declared first.",
           "The first-declared variable is destroyed first."),
          ("Locals are dropped in reverse order of declaration, so b goes first.",
           "A struct's fields are dropped in declaration order.",
           "The destructors run in reverse order of construction.",
           "a is dropped last because it was declared first.",
           "Objects are not destroyed in the order they were declared."),
          ("rust", "cpp")),
    Entry("rc_thread_safe",
          "Rc uses non-atomic reference counts and is neither Send nor Sync: code that moves or "
          "shares an Rc across threads does not compile; Arc is the thread-safe one",
          r"\brc\b(<[^>]*>)?" + NOT_ONLY + r"{0,20}\b(is|are) (thread[- ]safe|send|sync|safe to (share|"
          r"send|use) (across|between|with|from) (threads|multiple threads))\b"
          r"|\brc\b(<[^>]*>)?" + NOT_ONLY + r"{0,30}\b(can|may) (be )?(sent|moved|shared|passed|cloned|"
          r"used)\b[^.;]{0,25}\b(across|between|to|into|in) (other |different |several |multiple |"
          r"spawned |the |each )*(threads?|thread::spawn|spawn)\b"
          r"|^(?!.*\b(not|cannot|never)\b).*?\b(can|may|could)\b (\w+ )?(send|move|share|pass)\b (an? |"
          r"the )?rc\b[^.;]{0,30}\b(to|into|across|between|with) (another |other |different |several |"
          r"multiple |the |a |each |spawned )*(threads?|thread::spawn)\b"
          r"|\b(passing|moving|sending|sharing|cloning)\b (the |an? )?rc\b[^.;]{0,40}\b(thread::spawn|"
          r"threads?)\b" + NOT_ONLY + r"{0,30}\b(compiles|works|is fine|is safe|is ok)\b"
          r"|\brc\b('s)?[^.;]{0,20}\b(counts?|reference counts?|counter)\b[^.;]{0,10}\b(is|are) "
          r"(atomic|updated atomically|thread[- ]safe)\b",
          "Rust standard library, std::rc ('Rc uses non-atomic reference counting ... the "
          "compiler will prevent sending Rc between threads'); The Rust Programming Language, "
          "16.3 'Atomic Reference Counting with Arc<T>'",
          ("Rc is thread-safe, so each thread gets a clone.",
           "The Rc can be moved into thread::spawn without problems.",
           "Sharing an Rc between threads compiles fine.",
           "Rc's reference count is atomic, so cloning it from two threads is safe."),
          ("Rc is not Send, so thread::spawn will not accept it; use Arc.",
           "Arc is thread-safe reference counting.",
           "Each thread gets an Arc clone.",
           "Rc can be cloned cheaply within one thread.",
           "Moving an Rc into thread::spawn does not compile."),
          ("rust",)),
    Entry("arc_allows_mutation",
          "Arc<T> shares ownership but gives only shared (&T) access: changing the value from "
          "several threads needs a Mutex, RwLock or atomic inside it (Arc<Mutex<T>>)",
          r"^(?!.*\b(mutex|rwlock|atomic\w*|refcell|cell|make_mut|get_mut|lock\w*)\b)"
          r"(.*?\barc\b(<[^.;]*>)?" + NOT_ONLY + r"{0,40}\b(lets?|allows?|enables?|makes? it (safe|"
          r"possible) (for|to))\b" + _CONTRAST + r"{0,30}\b(mutat\w*|modif\w*|chang\w*|updat\w*|writ\w*|push\w*|"
          r"increment\w*|mutable access)\b"
          r"|.*?\barc\b(<[^.;]*>)?" + NOT_ONLY + r"{0,30}\b(makes?|gives?)\b" + _NOT_NO + r"{0,20}\b(it |the "
          r"(data|value|vec|vector|map|counter) )?(mutable|writable|safe to (mutate|modify|change|"
          r"write))\b"
          r"|.*?\barc\b(<[^.;]*>)?" + NOT_ONLY + r"{0,20}\b(is|provides?|gives?)\b" + _NOT_NO + r"{0,10}"
          r"\b(interior mutability|mutual exclusion|synchroni[sz]ation for writes)\b)",
          "Rust standard library, std::sync::Arc ('Shared references in Rust disallow mutation "
          "by default, and Arc is no exception ... If you need to mutate through an Arc, use "
          "Mutex, RwLock, or one of the Atomic types'); The Rust Programming Language, 16.3",
          ("Arc lets every thread modify the shared vector.",
           "Wrapping the counter in an Arc makes it safe to mutate from several threads.",
           "Arc<Vec<i32>> allows each thread to push onto the list.",
           "Since Arc provides interior mutability, the threads can update the count."),
          ("Arc<Mutex<Vec<i32>>> lets every thread push under the lock.",
           "Arc gives shared access; mutation needs a Mutex.",
           "An Arc lets several threads read the same config.",
           "Arc::make_mut clones the data if others share it.",
           "Arc does not allow mutation by itself."),
          ("rust",), code_has=r"\bArc\b"),
    Entry("question_mark_panics",
          "The ? operator does not panic: on Err (or None) it returns early from the function, "
          "converting the error with From::from into the function's error type; unwrap and "
          "expect are what panic",
          _QUESTION_MARK + _CONTRAST + r"{0,40}\b(panics?|crash\w*|aborts?|unwraps? and panics?|(is|"
          r"works) (just )?(like|the same as) (an? )?(unwrap|expect)|calls? (unwrap|expect|panic!?))\b",
          "The Rust Reference, The question mark operator ('If applied to Err(e), it will return "
          "Err(From::from(e)) from the enclosing function'); The Rust Programming Language, 9.2 "
          "'A Shortcut for Propagating Errors: the ? Operator'",
          ("The ? operator panics if the file cannot be opened.",
           "`?` is just like unwrap: it crashes on an Err.",
           "With the question mark, an Err makes the program panic.",
           "If read_to_string fails, `?` aborts the whole program."),
          ("? returns the error early to the caller.",
           "unwrap panics on Err, ? propagates it.",
           "? propagates the error, while unwrap panics.",
           "The ? operator converts the error with From::from.",
           "? does not panic on Err."),
          ("rust",), code_has=r"\)\?|\w\?[;.)]"),
    Entry("question_mark_no_conversion",
          "With an `impl From<E> for MyError`, the ? operator turns an E into a MyError on its "
          "way out (it calls From::from): no map_err is needed",
          r"^(?!.*\b(without (a |an |any )?(from|impl)|no from|missing from|unless)\b)"
          r"(.*?" + _QUESTION_MARK + NOT_ONLY + r"{0,40}\b(cannot|can not|does not|will not|never|is "
          r"unable to|fails to) (convert|change|map|transform|turn)\w*\b[^.;]{0,30}\b(errors?|types?|"
          r"\w+::error|\w+error)\b"
          r"|.*?" + _QUESTION_MARK + NOT_ONLY + r"{0,30}\b(needs?|requires?)\b[^.;]{0,20}\bmap_err\b"
          r"|.*?\b(different|mismatched) error types?\b[^.;]{0,30}\b(stops?|breaks?|prevents?)\b"
          r"[^.;]{0,15}" + _QUESTION_MARK + r")",
          "The Rust Reference, The question mark operator (Err(e) becomes Err(From::from(e))); "
          "Rust standard library, std::convert::From ('the ? operator automatically converts "
          "the underlying error type to our custom error type by calling Into<CliError>::into')",
          ("The `?` cannot convert the io::Error into AppError, so this does not compile.",
           "`?` does not convert the error type; it returns exactly the error it got.",
           "The question mark needs a map_err here to turn ParseIntError into AppError.",
           "The ? operator never changes the error's type."),
          ("? converts the io::Error into AppError through the From impl.",
           "Without a From impl, ? cannot convert the error.",
           "map_err is needed only when no From impl exists.",
           "? does not panic; it returns the converted error.",
           "unwrap does not convert anything; it panics."),
          ("rust",), code_has=r"impl\s+From<"),
    Entry("raii_skipped_on_exception",
          "When an exception propagates (C++) or a panic unwinds (Rust), the destructors of the "
          "objects in the scopes it leaves run: a lock_guard or MutexGuard unlocks, a "
          "unique_ptr or Box frees, a stream closes (Rust also poisons the Mutex)",
          r"^(?!.*\b(terminate|abort\w*|noexcept|no handler|uncaught|never caught|exit|mem::forget|"
          r"forget|longjmp|raw new|new without|release\(\))\b)"
          r"(.*?\b(exceptions?|throw\w*|panic\w*|unwind\w*)\b" + NOT_ONLY + r"{0,40}\b(skips?|bypass\w*|"
          r"jumps? over|prevents?)\b[^.;]{0,25}\b(the )?(\w+('s)? )?(destructors?|drop|raii|clean-?up|"
          r"unlock(ing)?)\b"
          r"|.*?\b(destructors?|drop|raii|clean-?up)\b" + NOT_ONLY + r"{0,30}\b(does not|do not|never|"
          r"will not|wo not|is not|are not|cannot)\b[^.;]{0,10}\b(run|called|execute|happen|fire)\w*"
          r"\b[^.;]{0,30}\b(when|if|on|after|during) (an? |the )?(exception|throw|panic|unwind)"
          r"|.*?\b(destructors?|drop|raii|clean-?up)\b" + NOT_ONLY + r"{0,20}\b(is|are|gets?) "
          r"(skipped|bypassed)\b"
          r"|.*?\b(when|if|once|after) (the |an? )?(\w+ )?(throws|panics|exception is thrown|exception "
          r"propagates|panic unwinds)\b[^.;]{0,40}\b(destructors?|drop|raii)\b[^.;]{0,10}\b(does not|"
          r"do not|never|will not|wo not|is not|are not) (run|called|execute|happen|fire)\w*"
          r"|.*?\b(lock_guard|unique_lock|scoped_lock|mutexguard|mutex guard|guard)\b" + NOT_ONLY + r"{0,30}"
          r"\b(stays?|remains?|is (left|still)) (locked|held|acquired)\b[^.;]{0,30}\b(exceptions?|"
          r"throw\w*|panic\w*)\b"
          r"|.*?\b(unique_ptr|box|shared_ptr)\b" + NOT_ONLY + r"{0,30}\b(leaks?|is (leaked|never freed|not freed))"
          r"\b[^.;]{0,30}\b(exceptions?|throw\w*|panic\w*))",
          "C++ standard [except.ctor] ('As control passes from the point where an exception is "
          "thrown to a handler, objects with automatic storage duration are destroyed'); C++ "
          "Core Guidelines E.6 'Use RAII to prevent leaks'; The Rust Reference, Destructors "
          "(unwinding runs drops); Rust standard library, std::sync::Mutex (poisoning)",
          (("If process() throws, the lock_guard's destructor is skipped and the mutex stays "
           "locked."),
           "A panic skips the drop of the MutexGuard, so the mutex is never unlocked.",
           "The unique_ptr leaks when an exception is thrown before the end of the function.",
           "Destructors do not run when an exception propagates out of the function.",
           "The MutexGuard stays held after the thread panics."),
          ("The lock_guard's destructor runs during stack unwinding, so the mutex is released.",
           "If the exception is never caught, std::terminate may skip the destructors.",
           "With panic = abort, nothing is dropped.",
           "A raw new without delete leaks when an exception is thrown.",
           "A mutex locked with m.lock() stays locked if an exception is thrown before unlock."),
          ("cpp", "rust")),
    Entry("volatile_synchronises_threads",
          "In C and C++, volatile does nothing for threads: a volatile variable shared between "
          "threads without atomics or a lock is still a data race (undefined behaviour), with no "
          "ordering or visibility guarantee; use std::atomic, _Atomic or a mutex",
          r"^(?!.*\b(java|jvm|c#|atomic\w*)\b)"
          r"(.*?\bvolatile\b" + NOT_ONLY + r"{0,40}\b(makes?|is enough to make|keeps?|renders?|ensures?|"
          r"guarantees?)\b" + _NOT_NO + r"{0,30}\b(visible|visibility|synchroni[sz]\w*|thread[- ]safe|safe (to "
          r"share|between threads|across threads|for threads)|race[- ]free|(no|free of) (data )?races?)"
          r"\b"
          r"|.*?\bvolatile\b" + NOT_ONLY + r"{0,40}\b(prevents?|avoids?|eliminates?|stops?|fixes?|"
          r"rules? out)\b[^.;]{0,15}\b(the |a |any )?(data )?(races?|race conditions)\b"
          r"|.*?\bvolatile\b" + NOT_ONLY + r"{0,40}\b(other|the other|another|all) threads?\b" + NOT_ONLY + r"{0,20}"
          r"\b(see|sees|will see|always see|observe)\b)",
          "C++ Core Guidelines CP.8 'Don't try to use volatile for synchronization' and CP.200 "
          "'Use volatile only to talk to non-C++ memory'; C11 5.1.2.4 (a data race is undefined "
          "behaviour, and volatile does not make an access atomic)",
          ("Declaring the flag volatile makes it safe to share between threads.",
           "volatile prevents the data race on stop.",
           "Because running is volatile, the other thread always sees the update.",
           "volatile guarantees the write is visible to the worker thread."),
          ("volatile does not synchronise threads in C++; use std::atomic<bool>.",
           "std::atomic<bool> makes the flag safe to share between threads.",
           "volatile only stops the compiler from caching the value in a register.",
           "In Java, volatile makes the write visible to other threads.",
           "volatile is for memory-mapped hardware registers, not threads."),
          ("c", "cpp"), code_has=r"\bvolatile\b"),
    Entry("size_minus_one_negative",
          "size_t (C, C++) and usize (Rust) are unsigned: v.size() - 1 on an empty container is "
          "not -1 but wraps to SIZE_MAX (Rust panics in a debug build), so `i < v.size() - 1` "
          "runs away",
          r"^(?!.*(\((int|long|ssize_t|ptrdiff_t|i32|i64|isize|signed)\)|\bas (i32|i64|isize)\b|"
          r"static_cast<|\bssize\b|\bin go\b|\bgolang\b|\bjava\b|\bpython\b|\bjavascript\b))"
          r"(.*?(\.size\(\)|\.length\(\)|\.len\(\)|\bstrlen\([^)]*\)|\bsize\(\)|\blen\(\))\s*-\s*1\b"
          + NOT_ONLY + r"{0,40}\b(is|becomes|gives|evaluates to|equals|returns|==)\s*(-\s?1\b|negative\b|"
          r"an? negative (number|value|index)\b)"
          r"|.*?(\b(size_t|usize)\b|\bsize\(\)|\blen\(\)|\.length\(\))" + NOT_ONLY + r"{0,30}"
          r"\b(can|may|will) (be|go|become) negative\b"
          r"|.*?(\.size\(\)|\.len\(\)|\.length\(\))\s*-\s*1\b" + NOT_ONLY + r"{0,40}\b(loop|for)\b"
          r"[^.;]{0,30}\b(does not run|never runs|runs? (zero|no) times|is skipped|does nothing)\b)",
          "C11 6.2.5p9 (unsigned arithmetic is reduced modulo 2^n); C++ standard "
          "[support.types.layout] (size_t is an unsigned integer type); The Rust Reference, "
          "Integer overflow; C++ Core Guidelines ES.106 'Don't try to avoid negative values by "
          "using unsigned'",
          ("If the vector is empty, v.size() - 1 is -1, so the loop is skipped.",
           "For an empty string, s.length() - 1 gives a negative index.",
           "size_t can go negative when we subtract past zero.",
           "With an empty vec, v.len() - 1 evaluates to -1.",
           "For an empty vector, items.size() - 1 makes the loop run zero times."),
          ("If the vector is empty, v.size() - 1 wraps around to SIZE_MAX.",
           "Cast first: (int)v.size() - 1 is -1 for an empty vector.",
           "In Go, len(s) - 1 is -1 for an empty slice.",
           "v.size() - 1 is the index of the last element when v is not empty.",
           "An int compared with v.size() is converted to unsigned."),
          ("c", "cpp", "rust")),
    Entry("strlen_counts_terminator",
          "strlen counts the characters before the terminating null, not the null itself: a "
          "copy needs strlen(s) + 1 bytes",
          r"\bstrlen\b(\([^)]*\))?" + NOT_ONLY + r"{0,30}\b(includes?|counts?|includ\w+|adds?)\b"
          r"(?:(?!\b(up to|before|until|excluding|without|except|not|but)\b)[^.;]){0,15}\b(the )?"
          r"(terminating |trailing |final |null )?((null|nul|zero|terminator)\b|'?\\0'?)"
          r"|\bmalloc\(\s*strlen\([^)]*\)\s*\)" + _NOT_NO + r"{0,40}\b(is|allocates?|gives?|leaves?|"
          r"has|makes?)\b" + _NOT_NO + r"{0,20}\b(enough|room|space|sufficient|big enough|large enough|right "
          r"size)\b"
          r"|\bstrlen\b(\([^)]*\))?" + NOT_ONLY + r"{0,20}\b(returns?|gives?|is)\b" + NOT_ONLY + r"{0,10}\b(the )?"
          r"(size|length) of the (buffer|array|allocation)\b",
          "C11 7.24.6.3 The strlen function ('returns the number of characters that precede the "
          "terminating null character'); CERT C STR31-C",
          ("strlen counts the null terminator too, so malloc(strlen(s)) is enough.",
           "malloc(strlen(name)) leaves room for the copy.",
           "strlen(buf) includes the trailing '\\0'.",
           "strlen returns the size of the buffer, so the loop stays in bounds."),
          ("strlen does not count the terminator, so allocate strlen(s) + 1 bytes.",
           "malloc(strlen(s) + 1) leaves room for the terminator.",
           "strlen counts characters up to the null terminator.",
           "sizeof(buf) gives the size of the buffer, strlen the length of the string.",
           "strlen walks the string until it finds the null byte."),
          ("c", "cpp"), code_has=r"\bstrlen\("),
    Entry("malloc_zeroes",
          "malloc leaves the memory it returns uninitialised: reading it before writing gives "
          "indeterminate values; calloc (or memset) gives zeros",
          r"\bmalloc\b(\([^)]*\))?" + _CONTRAST + r"{0,25}(\b(zeroe?s|zero-?initiali[sz]es|"
          r"zero-?fills|clears) (the |its |all |every |our )?(memory|buffer|block|array|bytes|"
          r"allocation|space|struct|storage)\b"
          r"|\b(returns?|gives?|allocates?|hands? back)\b" + _NOT_NO + r"{0,20}\b(zeroe?d|zero-?initiali[sz]ed|"
          r"cleared|zero-?filled|blank)\b (memory|buffer|block|array|bytes|space)"
          r"|\b(is|are|starts?( out)?|begins?)\b (already )?(all )?(zeros?|zeroes|zeroed|"
          r"cleared)\b)"
          r"|\b(memory|buffer|block|array|bytes|struct|fields?|counts?|elements?)\b[^.;]{0,30}\b(from|"
          r"returned by|allocated (by|with)) malloc\b" + NOT_ONLY + r"{0,30}\b(is|are|starts?( out)?|"
          r"begins?)\b" + _NOT_NO + r"{0,10}\b(all )?(zeros?|zeroes|zeroed|0|cleared)\b",
          "C11 7.22.3.4 The malloc function ('allocates space for an object ... whose value is "
          "indeterminate') and 7.22.3.2 The calloc function ('The space is initialized to all "
          "bits zero'); CERT C EXP33-C",
          ("malloc zeroes the buffer, so count starts at 0.",
           "The array from malloc is all zeros, so the sum is correct.",
           "malloc returns zeroed memory.",
           "Since malloc clears the block, the struct's fields are 0."),
          ("malloc leaves the memory uninitialised; calloc zeroes it.",
           "Unlike malloc, calloc zeroes the memory.",
           "memset(p, 0, n) after malloc sets every byte to zero.",
           "malloc does not initialise the memory.",
           "A static array is zero-initialised, unlike malloc'd memory."),
          ("c", "cpp"), code_has=r"\bmalloc\("),
    Entry("vector_reference_stable",
          "push_back, emplace_back, insert and resize may reallocate a std::vector: every "
          "pointer, reference and iterator into it is then invalid (unless capacity was reserved "
          "beforehand)",
          r"^(?!.*\b(reserve\w*|capacity|list|deque|map|set|index|indices)\b)"
          r"(.*?\b(references?|pointers?|iterators?|refs?|ptrs?|first|front|elem)\b" + NOT_ONLY +
          r"{0,40}\b(stays?|remains?|is still|are still|keeps? (being )?)\s*(valid|good|safe|usable|"
          r"pointing (at|to) the (same )?(element|value))\b" + NOT_ONLY + r"{0,40}\b(push_back|"
          r"emplace_back|insert\w*|resiz\w*|append\w*|adding|grows?)\b"
          r"|.*?\b(push_back|emplace_back|insert|resize)\b" + _NOT_NO + r"{0,40}\b(references?|"
          r"pointers?|iterators?)\b" + NOT_ONLY + r"{0,20}\b(stays?|remains?|is still|are still)\s*(valid|good|"
          r"safe)\b"
          r"|.*?\b(push_back|emplace_back)\b" + NOT_ONLY + r"{0,20}\b(never|does not|will not|cannot) "
          r"(move|moves|reallocat\w*|invalidat\w*|copy|copies)\b)",
          "C++ standard [vector.modifiers] ('Causes reallocation if the new size is greater than "
          "the old capacity. Reallocation invalidates all the references, pointers, and "
          "iterators referring to the elements in the sequence'); cppreference, std::vector, "
          "Iterator invalidation",
          ("The reference to v[0] stays valid after push_back.",
           "After emplace_back, the iterator it is still valid.",
           "push_back never moves the existing elements, so first still points at the same int.",
           "The pointer into the vector remains valid while we keep appending."),
          ("push_back may reallocate, so the reference to v[0] dangles.",
           "After reserve(100), references stay valid until the size passes 100.",
           "References into a std::list stay valid after push_back.",
           "The iterator is invalid after push_back reallocates.",
           "An index stays valid after push_back, unlike a pointer."),
          ("cpp",), code_has=r"\bvector\s*<|push_back|emplace_back",
          code_lacks=r"\.reserve\("),
)
