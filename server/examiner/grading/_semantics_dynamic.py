"""False beliefs about Python's and JavaScript's semantics, from their documentation.

Each entry follows `catalogue.py`'s rules: a pattern read on one sentence (lower case,
"doesn't" read as "does not"), the source that says otherwise, at least four sentences that
state the belief and four true ones in the same words, and the languages it is false in.
"""

from __future__ import annotations

from typing import Final

from .._match import unnegated
from ._entry import NOT, NOT_ONLY, Entry

__all__ = ["DYNAMIC"]

_NOT_W: Final = unnegated("only", "just", "nothing", "without", "no")
"""One character of a claim that no negation, restriction or "without" has taken back."""
_SEPARATE: Final = (
    r"\b((makes?|creates?|gives?|builds?|produces?|allocates?|yields?|puts?) (\w+ ){0,2}"
    r"(independent|separate|distinct|new|fresh|different) (empty |inner |nested )?(rows?|lists?|"
    r"arrays?|objects?|copies|dicts?|maps?)"
    r"|(copies|duplicates|clones) (the |each |every )?(inner |nested )?(rows?|lists?|row list|"
    r"objects?|arrays?|values?|\{\}|\[\])"
    r"|(makes?|creates?|gives?|puts?) (a )?(new |separate |fresh )?cop(y|ies) of (the |each |every )?"
    r"(inner )?(rows?|lists?|objects?|arrays?|values?)"
    r"|gives? (each|every) (row|slot|element|entry|cell|item|key) (its own|a (new|separate|fresh|"
    r"distinct))"
    r"|(each|every) (row|inner list|sublist|slot|element|entry|cell|item|index)\b[^.;]{0,15}\b(is|gets?|"
    r"has|receives?|holds?) (its own|a (new|separate|fresh|distinct|different))"
    r"|(rows?|slots|elements|entries|cells) (are|is) (independent|separate|distinct|different "
    r"objects)"
    r"|(makes?|creates?|gives?|builds?|produces?) (\w+ )?(rows?|lists?|arrays?|objects?) (that|which) "
    r"(are|is) (independent|separate|distinct))\b")
"""What a repetition of one object is wrongly said to make: separate objects, one per slot."""

DYNAMIC: Final = (
    Entry("repeat_shares_one_object",
          "Repeating an object repeats a reference to it: Python's `[[0] * n] * m` (or "
          "`[[]] * m`) and JavaScript's `Array(m).fill([])` (or `fill({})`) hold one inner "
          "list or object m times, so a change through one row shows in all (build the rows "
          "with a comprehension or `Array.from({length: m}, () => [])`)",
          r"^(?!.*(\bfor \w+ (in|of)\b|comprehension|\bdeepcopy\b|=>|\barray\.from\b|\.map\())"
          r".*?(\]\s*\*\s*\w+|\bouter (\*\s*\w+|multiplication|repetition)|\b(list|sequence) "
          r"(multiplication|repetition)|\b(multiply\w*|"
          r"repeat\w*) (the |a |an )?(inner |nested )?(list|row)s?\b|\bfill\b(\([^)]*\))?)"
          + NOT_ONLY + r"{0,60}" + _SEPARATE +
          r"|^(?!.*(\bfor \w+ (in|of)\b|comprehension|=>|\barray\.from\b|\.map\())"
          r".*?(\b(each|every) (row|slot|element|cell|item)\b[^.;]{0,15}\b(is|gets?|has) (its own|a "
          r"(new|separate|fresh|distinct))|\b(rows?|slots|elements|cells) (are|is) (independent|"
          r"separate|distinct))\b" + NOT_ONLY + r"{0,50}(\]\s*\*\s*\w+|\bfill\()"
          # the shapes: 'the `*` operator makes n separate copies of the inner list', 'each row is
          # its own list'
          r"|`?\w+\[\d+\]\[\d+\] ?= ?[^`;]*`? (changes|modifies|updates|affects|sets) only (row|"
          r"the row|the first row|that row|one row|the \w+ row)\b"
          r"|(`\*`|multiplication|repetition)( operator)?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?"
          r":[^.;]|\.(?=\w))){0,10}\b(makes?|creates?|produces?|gives?) (n |\d+ |several |indepe"
          r"ndent |separate |distinct )+(copies|lists)\b"
          r"|\b(each|every) (of the )?rows?\b(?![^.;]*\b(comprehension|for _ in|for \w+ in)\b)[^"
          r".;]{0,40}\b(is|are) (its|their) own (list|object|row)\b",
          "Python Library Reference, Common Sequence Operations, note 2 ('items in the sequence "
          "s are not copied; they are referenced multiple times'); Python Programming FAQ, 'How "
          "do I create a multidimensional list?'; MDN Web Docs, Array.prototype.fill ('If value "
          "is an object, each slot in the array will reference that object')",
          ('Repetition with `*` creates separate lists for every row of `grid`.',
           'Every row in `seats = [[0] * 3] * 2` is its own list.',
           "grid = [[0] * 3] * 3 gives three independent rows.",
           "Multiplying the list copies the inner row, so each row is separate.",
           "`[[]] * 4` creates four separate empty lists.",
           "Setting grid[0][1] changes one row, since [[0]*n]*n makes a copy of each row.",
           "The outer * 3 makes three separate rows, so only the first row changes.",
           "Array(3).fill({}) creates three separate objects.",
           "new Array(n).fill([]) gives each slot its own empty array.",
           "fill copies the object into every slot, so the rows are independent."),
          ('Repetition with `*` does not create separate lists for every row of `grid`.',
           'Every row in `seats = [[0] * 3 for _ in range(2)]` is its own list.',
           "[[0] * 3] * 3 repeats one row three times, so every row is the same list.",
           "A comprehension [[0] * 3 for _ in range(3)] gives each row its own list.",
           "[0] * 5 makes a list of five zeros, which is fine because ints are immutable.",
           "The rows are not independent: [[0]*3]*3 copies the reference, not the list.",
           "Array(3).fill({}) puts the same object in every slot.",
           "Array.from({ length: 3 }, () => ({})) creates three separate objects.",
           "fill does not copy the object; every slot references it."),
          ("python", "javascript", "typescript"),
          code_has=r"\]\s*\*\s*\w|\.fill\("),
    Entry("dict_get_inserts",
          "dict.get(key, default) only reads: it returns the default and leaves the dict "
          "unchanged (setdefault, or a defaultdict's d[key], inserts the key)",
          r"^(?!.*\b(setdefault|defaultdict)\b).*?(\bdict\.get\b|\.get\([^)]*\)|\bget\(\)|"
          r"(?<!after )(?<!before )(?<!unlike )(?<!than )\bget\b(?= (inserts?|adds?|stores?|puts?|writes?|"
          r"creates?)\b))" + _NOT_W + r"{0,40}"
          r"\b((inserts?|adds?|stores?|puts?|saves?|writes?|creates?) (the |a |an |that |it )?"
          r"(missing |new |default |empty )?(key|entry|default( value)?|value|list|\[\]|it|word)\b"
          r"|sets? \w+\[[^\]]*\] to\b"
          r"|(is|are|gets?) (inserted|added|stored|saved|written) (in|into|to) (the )?(dict|"
          r"dictionary|cache|map|mapping)\b)",
          "Python Library Reference, dict.get ('Return the value for key if key is in the "
          "dictionary, else default') and dict.setdefault ('If not, insert key with a value of "
          "default')",
          ("counts.get(word, 0) inserts the word with 0 if it is missing.",
           "dict.get adds the default value to the dictionary when the key is absent.",
           "Calling cache.get(key, []) stores an empty list under the key.",
           "After seen.get(x) the key is in the dict, since get inserts it.",
           "The .get() call puts the missing key into the dict with a None value."),
          ("counts.get(word, 0) returns 0 without inserting the key.",
           "setdefault(word, 0) inserts the key when it is missing.",
           "d.get(k) returns None for a missing key and leaves the dict unchanged.",
           "A defaultdict adds the key on first access, unlike get.",
           "get does not add the key to the dict."),
          ("python",), code_has=r"\.get\("),
    Entry("list_plus_equals_copies",
          "On a list, `a += b` extends that list in place (like a.extend(b)): every other name "
          "for it, such as the caller's argument, sees the change; only `a = a + b` builds a "
          "new list",
          r"^(?=.*(\b(lists?|extend|append)\b|\[))(?!.*\b(strings?|str|tuples?|ints?|"
          r"integers?|numbers?|counters?|floats?)\b).*?\+="
          r"(" + NOT_ONLY + r"{0,40}\b((creates?|builds?|makes?|returns?|produces?|allocates?|"
          r"gives?) (a |an )?(new|fresh|separate|copy|different)\b(?! reference)|(rebinds?|"
          r"reassigns?) \w+ to (a |an )?(new|fresh|different|another)\b)"
          r"|[^.;]{0,30}\b(does not|never|will not|wo not) (modif|chang|mutat|affect|touch|alter)"
          r"\w*\b (the )?(original|caller|other|shared|same|existing|passed[- ]in|(list|argument|"
          r"object) (that was |that is )?passed)\b)",
          "Python Language Reference, 7.2.1 Augmented assignment statements ('when possible, the "
          "actual operation is performed in-place, meaning that rather than creating a new "
          "object and assigning that to the target, the old object is modified instead'); "
          "Python Programming FAQ, 'Why does a_tuple[i] += [\"item\"] raise an exception when "
          "the addition works?'",
          ("items += [x] creates a new list, so the caller's list is unchanged.",
           "Inside the function, lst += other rebinds lst to a new list and leaves the original.",
           "The += on the list returns a copy, so the alias b still has the old contents.",
           "`acc += row` does not modify the caller's list.",
           "For a list, a += [1] makes a new list just like a = a + [1]."),
          ("items += [x] extends the list in place, so the caller sees it.",
           "items = items + [x] creates a new list, so the caller's list is unchanged.",
           "For strings, s += 'x' creates a new string each time.",
           "total += n creates a new int object; ints are immutable.",
           "A tuple element's += raises TypeError even though the list was extended."),
          ("python",), code_has=r"\+="),
    Entry("reverse_in_place_or_copy",
          "list.reverse() reverses the list in place and returns None; reversed(x) returns an "
          "iterator and leaves x unchanged (x[::-1] makes a reversed copy)",
          r"\breverse\(\)`?\s*(returns|gives( us| back)?|hands back|produces)\s*(us\s+)?(the|a|an)"
          r"\s*(reversed|new|copy|list|reverse)\b"
          r"|^(?!.*\blist\(\s*reversed).*?\breversed\(\w*\)" + NOT_ONLY + r"{0,30}"
          r"(\bin[- ]place\b|\b(modifies|changes|mutates|reorders|flips)\b (the )?(original|list|"
          r"input|\w+ itself)\b|\breverses\b (the (list|original)|\w+ itself)\b|\b(returns?|gives?|"
          r"builds?|creates?|makes?) (a |the )?(new |"
          r"reversed )*(list|copy)\b)",
          "Python Library Reference, Mutable Sequence Types, s.reverse() ('reverses the items of "
          "s in place'; 'they don't return the reversed sequence') and reversed() ('Return a "
          "reverse iterator')",
          ("items.reverse() returns the reversed list, so we can print it.",
           "reversed(names) reverses the list in place.",
           "reversed(scores) gives a new list in reverse order.",
           "`order = data.reverse()` gives us the list backwards."),
          ("items.reverse() reverses in place and returns None.",
           "reversed(names) returns an iterator and leaves names unchanged.",
           "list(reversed(names)) makes a new reversed list.",
           "names[::-1] returns a new list in reverse order."),
          ("python",), code_has=r"\breverse"),
    Entry("join_converts_items",
          "str.join accepts only strings: an int or None among the items raises TypeError; "
          "convert them first (map(str, items))",
          r"^(?!.*(\bmap\(\s*str\b|\bstr\(\w*\) for\b|\bjavascript\b|\bjs\b|\barray\b))"
          r".*?\bjoin\b(\([^)]*\))?" + NOT_ONLY + r"{0,40}"
          r"(\b(converts?|turns?|casts?|coerces?|stringifies|calls? str\(?\)? on)\b" + _NOT_W +
          r"{0,25}\b(the )?"
          r"(ints?|integers?|numbers?|items?|elements?|values?|each|every|them|ids|non-strings?)\b"
          r"|\b(works|is fine|accepts|handles|takes)\b" + _NOT_W + r"{0,20}\b(ints?|integers?|numbers?|none|"
          r"non-strings?|any (type|objects?|values?))\b)",
          "Python Library Reference, str.join ('A TypeError will be raised if there are any "
          "non-string values in iterable')",
          ("', '.join(ids) converts the integers to strings for us.",
           "join calls str() on each element, so the numbers print fine.",
           "str.join works on a list of ints as well.",
           "The join accepts numbers and None without complaint."),
          ("', '.join(map(str, ids)) converts the ids first.",
           "join raises TypeError because ids holds integers.",
           "JavaScript's Array.join converts each element to a string.",
           "join takes any iterable of strings.",
           "The generator in join(str(i) for i in ids) converts the numbers."),
          ("python",), code_has=r"\.join\("),
    Entry("python_int_overflows",
          "Python's int has arbitrary precision: it never overflows or wraps around (only "
          "memory limits it); sys.maxsize bounds list sizes and indexes, not int values",
          r"^(?!.*\b(floats?|numpy|np|ctypes|struct|int32|int64|fixed[- ]width|java|c|c\+\+|go|"
          r"stack|recursion|buffer|memory|array|decimal|underflow\w*)\b)"
          r"(.*?\b(ints?|integers?|counters?|factorials?|python)\b" + NOT_ONLY
          + r"{0,40}\b((?<!integer )(?<!int )overflows|(will|can|may|might|could) (eventually )?"
          r"overflow|wraps? around|wraps? to (a )?negative|(ints?|integers?) overflow)\b"
          r"|(?=.*(2\s*(\*\*|\^)\s*(31|32|63|64)|9223372036854775807|2147483647|\b(32|64)[- ]bits?\b))"
          r".*?\b(overflows|(will|can|may|might|could) (eventually )?overflow|wraps? around)\b"
          r"|.*?\b(ints?|integers?)\b[^.;]{0,20}\b(are|is) (limited|capped|bounded|fixed) (to|at) "
          r"(64|32|2\*\*63|2\^63|sys\.maxsize)"
          r"|.*?\bsys\.maxsize\b" + NOT_ONLY + r"{0,30}\b(is )?(the )?(largest|biggest|maximum|max)"
          r" (possible )?(int|integer|number|value) (python )?(can|that)\b)",
          "Python Library Reference, Numeric Types ('Integers have unlimited precision') and "
          "sys.maxsize (the largest value a Py_ssize_t can take: the maximum size of lists, "
          "strings and so on)",
          ("The counter overflows after 2**63 increments.",
           "Python ints are limited to 64 bits, so factorial(30) wraps around.",
           "sys.maxsize is the largest integer Python can hold.",
           "The factorial will overflow for n above 20.",
           "Python integers overflow to a negative number past 2**63 - 1."),
          ("Python ints never overflow; they grow as needed.",
           "The deep recursion overflows the stack.",
           "In Java the int counter overflows past 2^31 - 1.",
           "Converting a huge int to float overflows with OverflowError.",
           "sys.maxsize is the largest index a list can have."),
          ("python",), code_lacks=r"\b(numpy|ctypes|struct|array)\b"),
    Entry("blocking_sleep_in_coroutine",
          "time.sleep (or any blocking call) inside a coroutine blocks the whole event loop: no "
          "other task runs until it returns; `await asyncio.sleep(...)` is what lets them run",
          r"^(?!.*\basyncio\.sleep\b)(?!.*\bthreads?\b)"
          r"(.*?\btime\.sleep\b(\([^)]*\))?" + NOT + r"{0,50}\b(lets?|allows?|gives?)\b" + _NOT_W + r"{0,15}"
          r"\b(the )?(other|remaining|rest of the)\s+(\w+ )?(tasks?|coroutines?|requests?|handlers?|"
          r"clients?|work|jobs?)\b[^.;]{0,10}\b(to )?(run|proceed|progress|continue|execute|go)\b"
          r"|.*?\btime\.sleep\b(\([^)]*\))?" + NOT_ONLY + r"{0,40}\b(yields?|hands?|gives?|passes?|"
          r"releases?|returns?)\b[^.;]{0,10}\b(control )?(to|back to) the (event )?loop\b"
          r"|.*?\btime\.sleep\b(\([^)]*\))?" + NOT_ONLY + r"{0,30}\b(does not|will not|wo not|never)"
          r" (block|stall|freeze|hold up|stop)\w*\b[^.;]{0,15}\b(the )?(event loop|loop|other tasks|"
          r"other coroutines|server)"
          r"|(?=.*\btime\.sleep\b)(?!.*\b(not|never|cannot|no|nothing)\b).*?\b(other|remaining) "
          r"(tasks?|coroutines?|requests?)\b" + NOT_ONLY +
          r"{0,30}\b(run|keep running|proceed|carry on|continue)\b[^.;]{0,30}\b(while|during|in the "
          r"meantime|meanwhile)\b"
          r"|.*?\b(async|await|coroutines?|being async)\b" + NOT_ONLY + r"{0,30}\bmakes?\b[^.;]{0,20}"
          r"\btime\.sleep\b(\([^)]*\))?[^.;]{0,10}\b(non-?blocking|asynchronous|async|cooperative)"
          r")"
          r"|^(?!.*\basyncio\.sleep\b)(?!.*\bthreads?\b).*?\btime\.sleep\b(?:[^.;]|\.(?=\w))"
          r"{0,120}\b(event loop|loop|scheduler)\b" + NOT + r"{0,10}\b(switches|moves on|hands "
          r"control|yields|runs)\b[^.;]{0,10}\b(to )?(the )?(other|another|next)\b"
          r"|^(?!.*\basyncio\.sleep\b)(?!.*\bthreads?\b)(?!.*\b(not|never|cannot|no|nothing)\b)"
          r".*?\b(other|remaining) (tasks?|handlers?|requests?|coroutines?|clients?|connections?)"
          r"\b" + NOT + r"{0,15}\b(keep|continue|carry on|go on)\b[^.;]{0,30}\b(during|while|"
          r"whilst)\b[^.;]{0,20}\btime\.sleep\b"
          r"|^(?!.*\basyncio\.sleep\b)(?!.*\bthreads?\b).*?\btime\.sleep\b" + NOT + r"{0,40}\b(jus"
          r"t |only |merely )?(pauses|suspends|blocks) (only )?(that|this|the current|its own|one)"
          r" (task|coroutine)\b"
          # the loop said to move a blocking call to a thread of its own accord
          r"|^(?=.*\b(time\.sleep|blocking)\b)(?!.*\b(to_thread|run_in_executor)\b)"
          r"(?!.*\b(if|unless|should|must|would|could)\b).*?\b(event loop|loop|asyncio|gather|"
          r"the task|tasks)\b" + NOT + r"{0,60}\b(moves?|hands?|offloads?|pushes?|shifts?|sends?|"
          r"runs?|puts?|dispatch\w*)\b[^.;]{0,40}\b(into|to|on|in) (a |an |its |the )?(own |"
          r"default |separate |background )?(thread ?pool|(thread )?executor|worker threads?|"
          r"background threads?|separate threads?|other threads?)\b",
          "Python documentation, asyncio, Developing with asyncio, Running Blocking Code "
          "('Blocking (CPU-bound) code should not be called directly ... all concurrent asyncio "
          "Tasks and IO operations would be delayed'); asyncio.sleep ('suspends the current "
          "task, allowing other tasks to run')",
          ("time.sleep(2) lets the other tasks run while this one waits.",
           "Once time.sleep blocks, the event loop hands that task to its thread executor.",
           ("The loop sees the blocking time.sleep and runs the coroutine on a worker thread, so "
            "the others go on."),
           "Because it is inside an async def, time.sleep yields control to the event loop.",
           "The time.sleep call does not block the event loop since the handler is a coroutine.",
           "The other requests keep running while the coroutine is in time.sleep.",
           "Being async makes time.sleep non-blocking.",
           ("The time.sleep(1) in poll_status doesn't hold anything up, because inside a "
            "coroutine the event loop switches to the other tasks while it sleeps."),
           ("The other handlers keep serving requests during the time.sleep call, since poll "
            "runs in an async def.")),
          ("time.sleep blocks the event loop, so no other task runs for two seconds.",
           "Hand the blocking time.sleep to a worker thread with asyncio.to_thread.",
           "The event loop never moves a blocking time.sleep into its executor by itself.",
           "If the loop ran the blocking call on a worker thread, the sleeps would overlap.",
           "await asyncio.sleep(2) lets the other tasks run.",
           "time.sleep in a worker thread lets the other threads run.",
           "time.sleep does not yield to the event loop, unlike asyncio.sleep.",
           "time.sleep never gives control back to the loop.",
           ("The time.sleep(1) in poll_status blocks the whole event loop, so no other task "
            "runs during that second.")),
          ("python",), code_has=r"\basync\s+def\b"),
    Entry("create_task_kept_alive",
          "The event loop keeps only weak references to tasks: a task from asyncio.create_task "
          "that nothing stores can be garbage-collected before it finishes (keep a reference, "
          "for example in a set, or use a TaskGroup)",
          r"^(?!.*\b(garbage|collected|disappear\w*|vanish\w*|lost|destroyed|weak\w*|taskgroup)\b)"
          r"(.*?\b(event )?loop\b" + NOT_ONLY + r"{0,30}\b(keeps?|holds?|stores?|retains?)\b (a )?"
          r"(strong )?(references? (to|of)|on to|onto) (every|each|all|the|its|our|scheduled|running|"
          r"pending) (\w+ )?tasks?\b"
          r"|(?=.*\b(create_task|tasks?)\b)(?=.*\b(runs?|finish\w*|complet\w*|keeps? running|"
          r"survives?|stays? alive|is kept alive)\b).*?\b(even (if|though|when)|without)\b"
          r"[^.;]{0,20}\b(keep\w*|stor\w*|sav\w*|hold\w*|assign\w*)\b[^.;]{0,20}\b(references?|refs?|"
          r"handles?|it|the (result|task|return value))\b"
          r"|.*?\b(no need|do not need|does not need|need not|not necessary|unnecessary)\b[^.;]{0,10}"
          r"\b(to )?(keep|store|save|hold)\w*\b (a |any )?(reference|ref|handle|the task|the result|it)"
          r"\b[^.;]{0,40}\b(create_task|task|loop)\b)",
          "Python documentation, asyncio.create_task ('Important: Save a reference to the result "
          "of this function, to avoid a task disappearing mid-execution. The event loop only "
          "keeps weak references to tasks')",
          ("The event loop keeps a reference to every task, so create_task(send(x)) is enough.",
           "asyncio.create_task(log_event()) will finish even though nothing keeps a reference to it.",
           "There is no need to store the result of create_task; the loop holds on to the task.",
           ("Fire-and-forget with create_task is safe: the task runs to completion without us "
           "saving it.")),
          ("Keep the tasks in a set, since the event loop only keeps weak references to them.",
           "Without keeping a reference, the task can be garbage-collected before it finishes.",
           "create_task schedules the coroutine to run soon.",
           "A TaskGroup holds a reference to each of its tasks until they finish.",
           "The task is not garbage-collected because background_tasks keeps it."),
          ("python",), code_has=r"\b(create_task|ensure_future)\("),
    Entry("wait_for_leaves_task_running",
          "When asyncio.wait_for times out it cancels the awaited task and raises TimeoutError: "
          "the operation does not go on in the background (asyncio.wait, by contrast, cancels "
          "nothing)",
          r"^(?!.*\b(shield\w*|finish\w* in time|completes? in time|before the (timeout|deadline))\b)"
          r"(?=.*\bwait_for\b).*?(\bwait_for\b|\b(times? out|timeout|timed out|the deadline)\b)"
          r"(" + NOT + r"{0,60}\b(keeps? running|continues? (running|in the background)|still (runs|"
          r"completes|finishes|goes through)|runs? on|is left running|carries on|runs? to "
          r"completion|leaves? (it|the (task|coroutine|request|operation|call|download)) running)\b"
          r"|[^.;]{0,40}\b(does not|never|will not|wo not) (cancel|stop|abort|kill)\w*\b)",
          "Python documentation, asyncio.wait_for ('If a timeout occurs, it cancels the task and "
          "raises TimeoutError')",
          ("When wait_for times out, the fetch keeps running in the background.",
           "asyncio.wait_for raises TimeoutError but does not cancel the coroutine.",
           "After the timeout, the task started by wait_for still completes later.",
           "wait_for stops waiting, but the download carries on."),
          ("wait_for cancels the task when the timeout expires.",
           "asyncio.wait leaves the pending tasks running after the timeout.",
           "Wrap it in asyncio.shield if it must keep running after wait_for times out.",
           "If the coroutine finishes in time, wait_for does not cancel anything.",
           "wait_for never lets the task keep running after the timeout; it cancels it."),
          ("python",), code_has=r"\bwait_for\("),
    Entry("return_unawaited_caught_in_try",
          "In an async function, `return promise` inside a try block hands the promise back "
          "before it settles, so the catch (and finally) never see its rejection; `return await "
          "promise` waits for it there",
          r"^(?=.*\b(try|catch)\b)(?!.*\boutside\b)"
          r"(.*?\breturn await\b" + NOT_ONLY + r"{0,40}\b(is|are|makes)\b (\w+ )?(redundant|"
          r"unnecessary|pointless|the same|equivalent|useless|superfluous|no difference)\b"
          r"|.*?\b(no|any) (real )?difference\b[^.;]{0,20}\breturn\b[^.;]{0,30}\breturn await\b"
          r"|.*?\breturn\b(?! await)[^.;]{0,30}\b(is|works) (just )?(the same as|equivalent to|as "
          r"good as)\b[^.;]{0,10}\breturn await\b"
          r"|.*?\breturn\w*\b(?!\s+await)[^.;]{0,40}\b(without (an? )?await|directly|the (bare |raw |"
          r"unawaited )?promise|unawaited)\b" + NOT_ONLY + r"{0,40}(\b(catch( block| clause)?|"
          r"try/catch|try-catch)\b" + NOT_ONLY + r"{0,10}\b(still |also |will )?(catch(es)?|handles?|sees?|"
          r"traps?)\b|\b(is|gets|will be) (still )?(caught|handled)\b)"
          r"|(?=.*\breturn\b)(?=.*\b(without (an? )?await|unawaited|not awaited)\b).*?\bcatch\w*\b"
          + NOT_ONLY + r"{0,20}\b(catch(es)?|handles?|sees?|traps?) (it|the (rejection|error))\b)",
          "MDN Web Docs, async function and await (a promise returned without await is settled "
          "by the caller, outside the try); typescript-eslint, return-await ('in-try-catch': "
          "returning a promise without await inside try means its rejection is not caught)",
          ("Inside the try, return fetchUser(id) is the same as return await fetchUser(id).",
           "return await inside the try/catch is redundant, the catch sees the error anyway.",
           ("Returning the promise directly from the try block still lets the catch handle a "
           "rejection."),
           "If save() rejects, the catch catches it even though we return save() without await.",
           "There is no difference between return p and return await p inside a try block."),
          ("Inside try, return await lets the catch see the rejection.",
           "Outside a try block, return await is redundant.",
           "Returning the promise without await means the catch never sees the rejection.",
           "With return await, the rejection is caught by the catch block.",
           "return await p and return p differ inside try/catch."),
          ("javascript", "typescript"), code_has=r"\btry\s*\{"),
    Entry("async_body_deferred",
          "Calling an async function runs its body at once, synchronously, up to the first "
          "await (all of it if there is none); only what follows an await runs later, as a "
          "microtask",
          r"^(?!.*\b(after (the |its |an? |each )?(first )?await\w*|until|up to|till|first await|"
          r"synchronously|await\w* line|rest of (the|its) body|continuation|python|async def)\b)"
          r"(.*?\basync (function|method|fn|arrow function|handler|callback)s?\b" + NOT_ONLY +
          r"{0,50}\b(runs?|executes?|(is|are) (always )?(run|executed|called|scheduled|deferred|queued)|starts?|"
          r"begins?|gets (run|executed|queued|deferred))\b[^.;]{0,25}\b(later|on the next tick|in the "
          r"next tick|on a later tick|next tick|(in|to) (a|the) microtask( queue)?|as a microtask|after "
          r"the (current|calling|caller|surrounding|synchronous|rest of the) (code|script|function|"
          r"stack))\b)"
          r"|\b(calling|invoking|a call to)\b (an? |the )?async (function|method)\b" + NOT_ONLY +
          r"{0,30}(\b(runs|executes|starts) (nothing|none of (its|the) (body|code)|no part of (its|the) "
          r"(body|code))\b|\b(none of|no part of) (its|the) (body|code)\b[^.;]{0,20}\b(runs?|executes?))"
          r"|^(?!.*\b(python|async def|await\w*)\b).*?\basync (function|method|fn|arrow function|"
          r"handler|callback)s?\b[^.;]{0,20}\b(does not|do not|will not|never) (start|run|execute|"
          r"begin)\w*\b[^.;]{0,10}\b(until|before) (the )?(next tick|a later tick|current (code|script)|"
          r"(call )?stack (is )?(empty|clears)|microtask)",
          "MDN Web Docs, async function ('the body of an async function can be thought of as "
          "being split by zero or more await expressions. Top-level code, up to and including "
          "the first await expression (if there is one), is run synchronously')",
          ("Calling an async function runs none of its body until the next tick.",
           "The async function's body runs later, after the current code finishes.",
           "An async function is always deferred to a microtask, so start() logs b before a.",
           "Because load is an async function, its code executes on the next tick.",
           "Async functions are queued and executed after the calling code finishes."),
          ("An async function runs synchronously until its first await.",
           "The code after the first await runs later, as a microtask.",
           "Calling the async function starts it at once and it returns a promise.",
           "The part of the async function after await fetch(url) runs on a later tick.",
           "Python's async def body does not run until it is awaited."),
          ("javascript", "typescript"), code_has=r"\basync\b"),
    Entry("async_map_gives_values",
          "`array.map(async x => ...)` returns an array of promises, not of their values: map "
          "awaits nothing; `await Promise.all(array.map(...))` gives the values",
          r"^(?!.*\bpromise\.(all|allsettled)\b)(?!.*[{}])(?=.*\b(async|await\w*)\b)"
          r"(.*?\bmap\b(\(\))?" + NOT_ONLY + r"{0,50}\b(returns?|gives?( back)?|produces?|yields?|"
          r"builds?|holds|contains|ends up with|is|are)\b ((an? )?(array|list) of (the )?(resolved |actual |"
          r"fetched |returned |plain |awaited )?(values?|results?|users?|numbers?|objects?|responses?|"
          r"data)|the (resolved|awaited|actual|fetched) \w+)\b"
          r"|.*?\bmap\b(\(\))?" + NOT_ONLY + r"{0,40}\b(awaits?|waits? (for|on|until))\b)",
          "MDN Web Docs, Array.prototype.map (it collects what the callback returns) and async "
          "function (an async function always returns a promise); MDN, Promise.all",
          ("items.map(async (x) => await fetchOne(x)) returns an array of the fetched values.",
           "Because of the await in the callback, map gives back the resolved users.",
           "map waits for each async callback before moving on.",
           "ids.map(async id => load(id)) produces a list of results once the loads finish."),
          ("map with an async callback returns an array of promises.",
           "await Promise.all(ids.map(load)) gives an array of the values.",
           "map does not wait for the async callbacks.",
           "The map callback is async, so map returns promises, which Promise.all resolves.",
           "map returns a new array of the same length, one promise per async call."),
          ("javascript", "typescript"), code_has=r"\.map\(\s*async\b"),
    Entry("unhandled_rejection_harmless",
          "In Node.js (since version 15) an unhandled promise rejection is raised as an uncaught "
          "exception and ends the process with an error; it is not only a warning",
          r"^(?=.*\b(node|process|server|crash\w*)\b)(?!.*\b(browser|console|unhandledrejection'?|"
          r"process\.on|--unhandled-rejections|handler|catch)\b)"
          r"(.*?\bunhandled (promise )?rejections?\b" + NOT + r"{0,40}\b(only|just|merely) (logs?|prints?|"
          r"emits?|shows?|warns?|gives?)\b"
          r"|.*?\bunhandled (promise )?rejections?\b" + NOT + r"{0,40}\b(is|are|gets?) (silently |"
          r"simply |just )?(ignored|swallowed|harmless|dropped)\b"
          r"|.*?\bunhandled (promise )?rejections?\b[^.;]{0,30}\b(does not|will not|never|cannot|"
          r"can not|wo not) (crash|kill|stop|terminate|end|exit|bring down)\b"
          r"|.*?\bunhandled (promise )?rejections?\b[^.;]{0,60}\b(the )?(process|server|app)\b"
          r"[^.;]{0,15}\b(keeps? running|carries on|stays up|survives|continues( running)?)\b"
          r"|(?=.*\breject\w*\b).*?\b(node|the process|the server)\b" + NOT + r"{0,20}\b(just|only|merely) "
          r"(logs?|prints?|emits?|shows?|warns?)\b)",
          "Node.js documentation, Command-line options, --unhandled-rejections ('throw: Emit "
          "unhandledRejection. If this hook is not set, raise the unhandled rejection as an "
          "uncaught exception. This is the default'); Node.js 15 release notes",
          ("An unhandled rejection in Node only prints a warning, and the process keeps running.",
           "Unhandled promise rejections are silently ignored by Node, so the server stays up.",
           "An unhandled rejection does not crash the process.",
           ("If the promise rejects with nobody listening, Node just logs a warning and the server "
           "goes on.")),
          ("Since Node 15 an unhandled rejection crashes the process.",
           "In the browser an unhandled rejection only logs an error to the console.",
           "With process.on('unhandledRejection') registered, the process keeps running.",
           "The catch stops the rejection from going unhandled, so the server stays up.",
           "Node prints the error and exits with code 1 on an unhandled rejection."),
          ("javascript", "typescript")),
    Entry("object_freeze_deep",
          "Object.freeze is shallow: it freezes the object's own properties, but objects and "
          "arrays nested inside it can still be changed (freeze each level for a deep freeze)",
          r"^(?!.*\b(deep[- ]?freeze|deepfreeze|each level|every level|shallow\w*)\b)"
          r".*?\b(freez\w*|frozen)\b" + NOT_ONLY + r"{0,40}(\b(deep(ly)?|recursive(ly)?)\b|\ball the way down\b"
          r"|\b(nested|inner|child) (objects?|arrays?|properties|fields|values|lists)\b" + NOT_ONLY +
          r"{0,25}"
          r"\b(too|as well|also|(is|are) (also )?(frozen|immutable|read-only)|cannot be (changed|"
          r"modified))\b"
          r"|\b(protects?|covers?|locks?) (the )?(whole|entire)\b[^.;]{0,30}\b(including|even|and) "
          r"(the |its )?(nested|inner)\b"
          r"|\b\w+\.\w+\.\w+\b" + NOT_ONLY + r"{0,20}\b(cannot|can not) (be )?(changed|modified|"
          r"mutated|reassigned|written))",
          "MDN Web Docs, Object.freeze ('the result of calling Object.freeze(object) only "
          "applies to the immediate properties of object itself ... a shallow freeze')",
          ("Object.freeze(config) freezes the nested objects too.",
           "Object.freeze makes the whole object deeply immutable.",
           "freeze works recursively, so the items array is frozen as well.",
           "Once frozen, the nested arrays are read-only too.",
           "After Object.freeze(settings), settings.db.host cannot be changed either."),
          ("Object.freeze is shallow, so the nested array can still be pushed to.",
           "Object.freeze does not freeze nested objects.",
           "A deepFreeze helper freezes each level recursively.",
           "After Object.freeze, assigning config.port fails silently or throws in strict mode.",
           "Frozen objects ignore writes to their own properties."),
          ("javascript", "typescript"), code_has=r"\bfreeze\("),
    Entry("json_stringify_lossless",
          "JSON.stringify keeps only what JSON can hold: a Map or Set becomes {}, properties "
          "that are undefined, functions or symbols are left out, and a Date becomes a string "
          "that JSON.parse does not turn back into a Date (without a reviver)",
          r"^(?!.*(\{\}|\bempty object\b|\bnothing\b|\blost\b|\bdropped\b|\bomit\w*|\btojson\b|"
          r"\breplacer\b|\breviver\b|\bobject\.fromentries\b|\barray\.from\b|\[\.\.\.|\bnull\b|"
          r"\bleaves? out\b|\bleft out\b))"
          r"(.*?\bjson\.stringify\b(\([^)]*\))?" + NOT_ONLY + r"{0,40}\b(serializ\w*|serialis\w*|"
          r"keeps?|preserves?|includes?|writes?|outputs?|converts?|encodes?)\b" + _NOT_W + r"{0,20}\b(the |its |"
          r"all )?((map|set)('s)?( entries| keys| values| contents)?|undefined|functions?|methods?)\b"
          r"|.*?\bjson\.parse\b(\([^)]*\))?" + NOT_ONLY + r"{0,40}\b(returns?|gives?( back)?|"
          r"restores?|revives?|turns? (it |them )?(back )?into|converts? (it |them )?(back )?(to|into)|"
          r"recreates?|is|are|becomes?)\b (an? |the )?(date|map|set)( objects?| instances?)?\b"
          r"(?![^.;]{0,20}\bstrings?\b)"
          r"|.*?\bjson\.parse\b(\([^)]*\))?" + NOT_ONLY + r"{0,40}\b(revives?|restores?|turns?|converts?|"
          r"parses?|reads?)\b[^.;]{0,25}\b(as|into|to|back into) (an? |the )?(date|map|set)( objects?)?\b"
          r"(?![^.;]{0,20}\bstrings?\b))"
          # an undefined array item said to be dropped (it becomes null), an undefined property
          # said to be written (it is left out), a function said to be written as its source
          r"|^(?=.*\b(json|stringify|serializ\w*|serialis\w*|send|sent|body|receives?)\b)(.*?\b(in|inside|"
          r"within|from) (the |an? )?(`?\w+`? )?arrays?\b[^.;]{0,30}\bundefined\b`?" + NOT_ONLY +
          r"{0,25}\b(is|are|gets?|will be)\s+(simply |just |silently )?(dropped|removed|omitted|"
          r"skipped|left out|filtered out)\b"
          r"|.*?\b(properties|fields|keys|members)\b[^.;]{0,25}\bundefined\b`?" + NOT_ONLY +
          r"{0,30}\b(is|are|gets?)\s+(written|serialized|serialised|sent|output|kept|encoded|"
          r"included)\b[^.;]{0,15}\b(as|with)\b[^.;]{0,25}\bnull\b"
          r"|.*?\bfunctions?\b`?[^.;]{0,30}\b(is|are|gets?)\s+(serialized|serialised|written|"
          r"stringified|converted|encoded|included|sent)\b[^.;]{0,10}\b(as|into|to) (its|their|the)"
          r" (source( code| text)?|code|body|definition)\b)",
          "MDN Web Docs, JSON.stringify ('undefined, Function, and Symbol values are not valid "
          "JSON values. If any such values are encountered during conversion, they are either "
          "omitted (when found in an object) or changed to null (when found in an array)'; Map "
          "and Set have no enumerable own properties; Date implements toJSON, returning a "
          "string) and JSON.parse (the reviver)",
          ("JSON.stringify serialises the Map's entries as key-value pairs.",
           "In the readings array the undefined entry is just removed by JSON.stringify.",
           "Fields whose value is undefined are serialised with a null value in the body.",
           "The onSave function is stringified as its source code in the JSON.",
           "JSON.stringify(user) keeps the undefined fields, so the client sees them.",
           "JSON.parse gives back a Date object for createdAt.",
           "After JSON.parse the createdAt field is a Date again.",
           "JSON.stringify includes the Set's values in the output."),
          ("JSON.stringify turns a Map into {}, so convert it with Object.fromEntries first.",
           "In the readings array the undefined entry becomes null in the JSON.",
           "Properties whose value is undefined are left out of the JSON body.",
           "A function property is not serialized as its source; it is left out.",
           "JSON.stringify leaves out undefined properties.",
           "JSON.parse gives back the date as a string.",
           "Pass a reviver to JSON.parse to turn the strings back into Date objects.",
           "JSON.stringify calls toJSON on a Date, which gives an ISO string."),
          ("javascript", "typescript"), code_has=r"\bJSON\.(stringify|parse)\("),
)
