"""False beliefs about Python, JavaScript/TypeScript, Go and Java, from their documentation.

The fourth set (branch catalogue4), written like `_semantics_more.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least five sentences that state the belief and five true ones in the same words, and the
languages it is false in. Python: dataclasses, asyncio's TaskGroup, gather and wait, threading,
the data model (`__del__`, `__getattr__`), queue. JavaScript (MDN): object equality, Promise.any
and Promise.race, sort and reverse, forEach, Date, parseInt, `let` in a for loop. TypeScript
(the handbook): excess property checks, readonly, optional properties. Go (the specification):
closed channels. Java (JLS): a switch on a String, char arithmetic.
"""

from __future__ import annotations

from typing import Final

from .._match import unnegated
from ._entry import ANY, NOT, NOT_CONTRAST, NOT_ONLY, Entry, keyed

__all__ = ["DOCS"]

_NOT_WHEN: Final = unnegated("only", "when", "once", "if", "until", "after", "unless", "and",
                             "but", "result", "exception", "which", "then")
"""One character of a claim that no negation or condition has taken back ("asyncio.wait returns
once a task raises an exception" says when it returns, not that it raises)."""
_NOT_OTHER: Final = unnegated("only when", "promise", "unlike", "whereas", "while")
"""One character of a claim about Promise.race that no negation, contrast or other promise
combinator ("Promise.race rejects, while Promise.any skips rejections") has taken back."""
_THREAD_OF_CODE: Final = r"\bThread\b|threading|Thread\("
_DAEMON_IN_CODE: Final = r"daemon\s*=\s*True|\.daemon\s*=\s*True|setDaemon\(\s*true"

_ENTRIES: Final = (
    # --- Python: dataclasses ------------------------------------------------------------------
    Entry("dataclass_checks_types",
          "A dataclass does not check its field types: the annotations only name the fields, "
          "so the generated __init__ accepts and stores a value of any type (a static checker "
          "such as mypy, or code in __post_init__, is what checks them)",
          r"^(?!.*\b(pydantic|__post_init__|attrs|validators?|beartype|typeguard|mypy|pyright|"
          r"type ?checkers?|statically|static (analysis|checking)|linters?|ide)\b).*?"
          r"(\bdataclass(es)?\b(?:'s)?" + NOT_ONLY + r"{0,60}\b(validates?|checks?|enforces?|"
          r"verif(y|ies)|type-?checks?|coerces?|converts?)\b (that |the |its |their |each )?"
          r"(\w+ )?(field |argument |attribute |declared |annotated )?(types?|annotations?|type "
          r"hints?|is an? (int|str|string|integer|float|list|dict))\b"
          r"|\b(type hints?|annotations?|field types?|declared types?)\b" + NOT_ONLY + r"{0,40}\b(are|"
          r"is|get|gets)\s+(checked|enforced|validated|verified)\b[^.;]{0,30}\b(at runtime|when "
          r"(an |the )?(instance|object)|on construction|by (the )?(dataclass|generated __init__|"
          r"__init__|python|the interpreter|the runtime))"
          r"|\b(the )?(dataclass|generated __init__|__init__)\b" + NOT_ONLY + r"{0,40}\b(converts?|"
          r"coerces?|casts?)\b[^.;]{0,30}\bto (an? )?(int|float|str|string|integer|the annotated "
          r"type|the declared type)\b"
          r"|\b(python|the interpreter)\b" + NOT_ONLY + r"{0,20}\b(enforces?|checks?|validates?)\b "
          r"(the )?(type hints?|annotations?|field types?)\b[^.;]{0,20}\b(dataclass|at runtime))",
          "Python Library Reference, dataclasses ('With the exception of ClassVar and InitVar, "
          "dataclass() does not examine the type specified in the variable annotation')",
          ("The dataclass checks that age is an int, so Person(age='ten') raises a TypeError.",
           "Because Order is a dataclass, its field types are enforced when an instance is built.",
           "Type hints on a dataclass are checked at runtime, so quantity can never be a string.",
           "The generated __init__ converts '3' to an int because price is annotated as int.",
           "Python enforces the annotations of the dataclass, so a wrong type is rejected."),
          ("A dataclass does not check field types, so Person(age='ten') is accepted.",
           "The annotations are not enforced at runtime; mypy reports the mismatch.",
           "Validate the types in __post_init__ if they matter.",
           "Pydantic models check field types when an instance is built, dataclasses do not.",
           "The dataclass generates __init__ and __repr__ from the annotated fields.",
           "The dataclass never converts '3' to an int; price stays a string."),
          ("python",), code_has=r"@dataclass|dataclasses"),
    Entry("dataclass_immutable_by_default",
          "A dataclass is mutable unless it is declared with frozen=True: its fields can be "
          "reassigned after construction like any attribute",
          r"(?<!frozen )\b(data ?class(es)?|@dataclass)\b(?:'s)?( instances?| objects?| fields?)?" +
          NOT_CONTRAST + r"{0,40}\b(is|are)\s+(already |automatically )?(immutable|read-only|"
          r"frozen|unchangeable)\b(?!\s+(only )?(if|when|with)\b)"
          r"|\b(fields?|attributes?) of (a|the|this|that) (data ?class|\w+ data ?class)\b" +
          NOT_CONTRAST + r"{0,30}\b(cannot|can not|ca not) be (reassigned|changed|modified|"
          r"set|assigned)\b"
          r"|(?<!frozen )\bdata ?class(es)?\b" + NOT_CONTRAST + r"{0,50}\b(raises?|throws?)\b[^.;]{0,10}"
          r"\b(a |an )?(frozeninstanceerror|attributeerror)\b",
          "Python Library Reference, dataclasses (frozen: 'If true (the default is False), "
          "assigning to fields will generate an exception')",
          ("A dataclass is immutable, so p.x = 5 raises an error.",
           "Dataclass instances are read-only once they are built.",
           "The fields of a dataclass cannot be reassigned after __init__.",
           "Assigning to order.total fails because the dataclass raises FrozenInstanceError.",
           "Since Point is a dataclass its objects are frozen, so nobody can move a point."),
          ("A dataclass is mutable unless frozen=True is passed.",
           "Dataclass instances are not immutable; p.x = 5 just reassigns the field.",
           "Only a frozen dataclass raises FrozenInstanceError on assignment.",
           "The dataclass is immutable only with frozen=True.",
           "The fields of a dataclass can be reassigned freely."),
          ("python",), code_has=r"@dataclass", code_lacks=r"frozen\s*=\s*True"),
    Entry("frozen_dataclass_deep",
          "frozen=True only stops assignment to the dataclass's fields: a list, dict or set held "
          "in a field can still be changed in place (tuple or frozenset fields make it deep)",
          r"\bfrozen\b(?:=true)?( data ?class(es)?)?" + NOT_CONTRAST + r"{0,50}(\b(deeply|fully|"
          r"completely|entirely|truly|recursively) (immutable|frozen|read-only)\b|\b(including|"
          r"even|down to|all the way down|along with)\b[^.;]{0,25}\b(the |its |nested |inner )?"
          r"(lists?|dicts?|sets?|contents?|elements?|items?|nested \w+)\b|\b(prevents?|stops?|"
          r"blocks?|forbids?|disallows?|rejects?)\b[^.;]{0,20}\b(append\w*|adding to|any "
          r"(change|mutation|modification)s?|mutat\w*|changes to (the )?(list|dict|set|items|tags|"
          r"contents))\b)"
          r"|\b(append\w*|add\w*|updat\w*|mutat\w*|modif\w*|chang\w*)\b[^.;]{0,30}\b(the )?"
          r"(list|dict|set|\w+ list|\w+ dict|\w+ set)\b[^.;]{0,20}\b(in|of|inside) (a|the|this) "
          r"frozen\b" + NOT + r"{0,40}\b(raises?|throws?|fails?|is (blocked|forbidden|impossible|"
          r"rejected)|gives? (a |an )?\w*error)\b",
          "Python Library Reference, dataclasses, Frozen instances (frozen only emulates "
          "immutability by raising FrozenInstanceError from __setattr__ and __delattr__)",
          ("frozen=True makes the whole object deeply immutable.",
           "The frozen dataclass is immutable including the tags list inside it.",
           "A frozen dataclass prevents appending to its items list.",
           "Appending to the list in a frozen dataclass raises FrozenInstanceError.",
           "Because Config is frozen, even its nested dict cannot change."),
          ("frozen=True only blocks assigning to fields; the list inside can still be appended to.",
           "A frozen dataclass is not deeply immutable.",
           "Appending to the tags list in a frozen dataclass works, since the list is mutable.",
           "Use a tuple instead of a list so the frozen dataclass is really immutable.",
           "Reassigning cfg.name on a frozen dataclass raises FrozenInstanceError."),
          ("python",), code_has=r"frozen\s*=\s*True"),
    Entry("dataclass_list_default_shared",
          "A dataclass field with a list, dict or set default (`tags: list = []`) is rejected "
          "with ValueError when the class is defined; field(default_factory=list) gives each "
          "instance its own",
          r"^(?!.*\b(default_factory|valueerror|not allowed)\b).*?"
          r"(\bdata ?class\b[^.;]{0,60}(=\s*\[\]|=\s*\{\}|\b(list|dict|set|mutable) default\b)|"
          r"(=\s*\[\]|=\s*\{\}|\b(list|dict|set|mutable) default\b)[^.;]{0,40}\bdata ?class\b)" +
          NOT_ONLY + r"{0,60}\b(shared|the same (list|dict|set|object)|one (list|dict|set|object)"
          r"|leaks?|accumulates?|grows across)\b"
          # or that it copies the default for each instance
          r"|^(?!.*\bdefault_factory\b).*?\b(data ?class(es)?|decorator)\b" + NOT_ONLY +
          r"{0,40}\b(copies|deep-?copies|clones|duplicates)\b[^.;]{0,25}\b(the |every |each |its |"
          r"all |a )?(default|defaults|default values?|mutable defaults?)\b",
          "Python Library Reference, dataclasses, Mutable default values (a list, dict or set "
          "default raises ValueError; use default_factory)",
          ("The dataclass field `tags: list = []` is shared by every instance.",
           "With a list default in the dataclass, all the orders get the same list.",
           "Every Cart made from the dataclass with items = [] appends to one list object.",
           "The mutable default on the dataclass leaks items from one instance into the next.",
           "A dict default in this dataclass is shared between the users.",
           "The @dataclass decorator copies every default value when it creates an instance.",
           "Each Order gets a fresh list because the dataclass copies the default per instance."),
          ("A dataclass with `tags: list = []` raises ValueError when the class is defined.",
           "Use field(default_factory=list) so each instance gets its own list.",
           "The dataclass does not share a list default; it refuses it outright.",
           "A mutable default in a dataclass is not allowed and raises ValueError.",
           "A plain function's list default is shared between calls.",
           "The dataclass never copies a default: it refuses a list default outright.",
           "field(default_factory=list) makes the dataclass build a new list, not copy a default.",
           "A frozen dataclass raises FrozenInstanceError on assignment."),
          ("python",), code_has=r"@dataclass"),
    # --- Python: asyncio ----------------------------------------------------------------------
    Entry("taskgroup_others_keep_running",
          "When a task in an asyncio.TaskGroup fails (with anything but CancelledError), the "
          "group cancels the remaining tasks, waits for them, and raises an ExceptionGroup "
          "(caught with except*), not the bare exception",
          r"\btask ?groups?\b" + NOT_ONLY + r"{0,70}(\b(other|remaining|rest of the|sibling|"
          r"pending|unfinished)\b[^.;]{0,15}\b(tasks?|coroutines?|jobs?|workers?|requests?|"
          r"downloads?|fetch\w*)\b" + NOT + r"{0,25}\b(keep|keeps|continue|continues|still|carry "
          r"on|carries on) (running|going|to run|run|working)\b|\b(lets?|allows?) (the )?(other|"
          r"remaining|rest)\b[^.;]{0,20}\b(finish|complete|run|continue)\b|\b(does not|never|will "
          r"not|wo not) cancel\b|\b(raises?|re-?raises?|propagates?|throws?)\b (the )?(first |"
          r"original |underlying |same )?(exception|error|valueerror|\w+error)\b (directly|itself|"
          r"unwrapped|as is|bare|on its own|unchanged))"
          r"|\bexcept \w+(error|exception)\b[^.;]{0,30}\b(catches|handles|sees|gets)\b[^.;]{0,30}"
          r"\btask ?group\b",
          "Python Library Reference, asyncio Task Groups ('The first time any of the tasks "
          "belonging to the group fails with an exception other than CancelledError, the "
          "remaining tasks in the group are cancelled'; the exceptions are combined in an "
          "ExceptionGroup)",
          ("With a TaskGroup, the other downloads keep running when one of them raises.",
           "The TaskGroup lets the remaining tasks finish even though fetch_a failed.",
           "asyncio.TaskGroup does not cancel the siblings of a failing task.",
           "The task group raises the original ValueError directly, so the except clause sees it.",
           "except ValueError catches the error coming out of the TaskGroup block."),
          ("When one task in the TaskGroup fails, the group cancels the rest.",
           "The TaskGroup raises an ExceptionGroup, so except* ValueError is needed.",
           "With gather, the other coroutines keep running after one raises.",
           "A TaskGroup never lets the other tasks keep running after a failure.",
           "The TaskGroup waits until every task has finished or been cancelled."),
          ("python",), code_has=r"TaskGroup"),
    Entry("gather_cancel_leaves_children",
          "Cancelling asyncio.gather's future (or the task awaiting it, as wait_for does on a "
          "timeout) cancels every awaitable it is still waiting for",
          r"\bcancel\w*\b (the |a |that )?(gather\w*|outer|asyncio\.gather|gather\(\))\b"
          r"(?: (future|task|call|coroutine|await))?" + NOT + r"{0,40}\b(leaves?|lets?|keeps?)\b"
          r"[^.;]{0,30}\b(running|going|alive|finish|continue|run on)\b"
          r"|\bcancel\w* (the |a |that )?(gather\w*|asyncio\.gather|gather\(\))\b( (future|task|call|"
          r"coroutine|await))?[^.;]{0,10}\b(does not|will not|wo not|never) (cancel|stop|abort|touch|"
          r"affect)\b[^.;]{0,10}\b(the )?(child |inner |underlying |gathered |wrapped |sub-?)?(tasks?|"
          r"coroutines?|awaitables?|children|requests?|jobs?|fetches)\b"
          r"|\bgather\w*\b(\(\))?[^.;]{0,30}\b(is|gets|was|being) cancel\w*\b" + NOT +
          r"{0,50}\b(children|tasks|coroutines|awaitables|inner \w+|requests|jobs|fetches)\b" +
          NOT + r"{0,20}\b(keep|keeps|continue|continues|still|carry on) (running|going|run|to "
          r"run)\b"
          r"|\bgather\w*\b(\(\))?[^.;]{0,30}\b(is|gets|was|being) cancel\w*\b[^.;]{0,50}\b(children|"
          r"tasks|coroutines|awaitables|inner \w+|requests|jobs|fetches)\b[^.;]{0,15}\b(are|is) "
          r"(not|never) cancel\w*",
          "Python Library Reference, asyncio.gather ('If gather() is cancelled, all submitted "
          "awaitables (that have not completed yet) are also cancelled')",
          ("Cancelling the gather future leaves the three fetches running.",
           "When gather is cancelled, the child tasks keep running in the background.",
           "If the outer gather gets cancelled, the coroutines are not cancelled.",
           "Cancelling the outer task lets the requests finish on their own.",
           "After the gather was cancelled by the timeout, the jobs still run to completion.",
           "Cancelling gather does not cancel the child tasks, they keep running."),
          ("Cancelling the gather future cancels the fetches it is still waiting for.",
           "When one awaitable raises, gather does not cancel the others; they keep running.",
           "When gather is cancelled, every unfinished child is cancelled too.",
           "If one fetch fails, the other coroutines keep running, since gather cancels nothing.",
           "The timeout cancels the gather, and with it the three downloads.",
           "Cancelling one child task does not cancel the gather's other children."),
          ("python",), code_has=r"\bgather\("),
    Entry("asyncio_wait_raises",
          "asyncio.wait never raises the exceptions of the tasks it waits on: it returns the "
          "(done, pending) sets, and each exception stays in its task until result() or "
          "exception() is called on it",
          r"^(?!.*\b(wait_for|first_exception)\b).*?(\basyncio\.wait\b(\([^)]*\))?|`wait\([^`]*\)`)" +
          _NOT_WHEN + r"{0,50}\b(raises?|re-?raises?|propagates?|throws?|surfaces?)\b[^.;]{0,15}"
          r"\b(the |an? |its |their |any |that )?(first |worker'?s? |task'?s? )?(exceptions?|errors?|"
          r"valueerror|\w+error|it|them)\b",
          "Python Library Reference, asyncio.wait ('Returns two sets of Tasks/Futures: (done, "
          "pending)'; the exceptions are read from the done tasks)",
          ("asyncio.wait raises the first exception from the workers.",
           "asyncio.wait(tasks) propagates the error of the failing task to main.",
           "The try around `wait(tasks)` catches the ValueError because asyncio.wait re-raises it.",
           "asyncio.wait throws the exception as soon as one task fails.",
           "Since asyncio.wait raises any error, the loop below never sees a failed task."),
          ("asyncio.wait does not raise; the exception stays in the done task.",
           "asyncio.wait returns (done, pending), and task.result() raises the error.",
           "With FIRST_EXCEPTION, asyncio.wait returns as soon as a task raises an exception.",
           "asyncio.wait_for raises TimeoutError when the time runs out.",
           "asyncio.wait never raises the workers' exceptions."),
          ("python",), code_has=r"asyncio\.wait\(|\bwait\(\s*\w+"),
    # --- Python (and Java): threads -----------------------------------------------------------
    Entry("thread_exception_reaches_join",
          "An exception raised in a thread's target ends only that thread: join() returns "
          "normally and the caller never sees it (Python prints it through threading.excepthook, "
          "Java through the uncaught-exception handler); a Future's result()/get() does re-raise",
          r"^(?=.*\b(thread|worker|join))(?!.*\b(futures?|result\(\)|\.result\b|get\(\)|executor\w*|"
          r"concurrent\.futures|excepthook|uncaughtexceptionhandler|completablefuture|"
          r"runtimeerror|interruptedexception|illegalthreadstateexception|current thread)\b).*?"
          r"(\bjoin\w*\b(\(\))?" + NOT_ONLY + r"{0,40}\b(re-?raises?|raises?|propagates?|throws?|"
          r"rethrows?|passes on|hands back|surfaces?|reports?)\b[^.;]{0,25}\b((the |its |that |any "
          r"|their )(worker'?s? |thread'?s? |same |original |underlying )?(exceptions?|errors?|"
          r"tracebacks?|\w+error|\w+exception)|(worker'?s?|thread'?s?) (exceptions?|errors?|"
          r"\w+error|\w+exception))\b"
          r"|\b(exceptions?|errors?)\b[^.;]{0,30}\b(in|inside|from|raised in|thrown in|of) (the |a |"
          r"each |every )?(worker |background |child |other |new )?threads?\b" + NOT_ONLY +
          r"{0,40}\b(propagates?|is re-?raised|are re-?raised|bubbles? up|reaches?|is passed|gets? "
          r"passed|surfaces?|is raised again|shows up|is thrown)\b[^.;]{0,30}\b(main thread|"
          r"caller|join|parent|calling thread|main)\b"
          r"|\b(try|except|catch)\b[^.;]{0,40}\bjoin\b(\(\))?" + NOT_ONLY + r"{0,40}\b(catches|"
          r"handles|sees|gets|traps)\b[^.;]{0,30}\b(worker'?s?|thread'?s?|its|the)\b[^.;]{0,10}"
          r"\b(exceptions?|errors?|failures?|\w+error|\w+exception)\b)",
          "Python Library Reference, threading (Thread.run: an uncaught exception is handled "
          "by threading.excepthook; join only waits); Java SE API, "
          "Thread.UncaughtExceptionHandler",
          ("t.join() re-raises the exception from the worker thread.",
           "The error raised in the worker thread propagates to the main thread when it joins.",
           "The try/except around join() catches the worker's ValueError.",
           "Calling join on the thread throws the exception that killed it.",
           "An exception inside the background thread bubbles up to the caller of start."),
          ("join() does not re-raise the worker's exception; threading.excepthook prints it.",
           "The exception in the worker thread ends only that thread, and join returns normally.",
           "future.result() re-raises the exception from the worker thread.",
           "An exception in a thread never reaches the main thread.",
           "The main thread joins the workers and then writes the report.",
           "join() raises a RuntimeError when a thread tries to join itself."),
          ("python", "java"), code_has=_THREAD_OF_CODE),
    Entry("daemon_thread_cleanup",
          "Daemon threads are stopped abruptly when the program exits: their finally blocks and "
          "with-exits may never run, and open files or transactions are not cleaned up (make "
          "them non-daemon and join them, or signal them to stop)",
          r"^(?!.*\bjoin\w*\b).*?\bdaemon( threads?| workers?)?\b" + NOT_ONLY + r"{0,60}\b(finish"
          r"(es)?|complete|completes|clean(s)? up|flush(es)?|run to completion|shut(s)? down "
          r"(cleanly|gracefully)|exit(s)? cleanly|run (its|their) finally|close (its|their) "
          r"files|(its|their) (finally|cleanup|with|__exit__)\w*( blocks?| clauses?| code)? "
          r"(runs?|closes?|executes?|cleans?|flushes|releases?)|get(s)? to finish|are allowed to "
          r"finish|is allowed to finish|(are|is|get|gets) "
          r"(joined|waited for|given time))\b[^.;]{0,40}\b(before|at|on|when|as)\b[^.;]{0,20}"
          r"\b(exit|shutdown|shuts down|the program (ends|exits|stops|finishes)|(interpreter|"
          r"program|process|jvm) (exits|shuts down|ends|stops)|main (thread )?(ends|exits|"
          r"returns|finishes))"
          r"|\b(python|the interpreter|the jvm|the program|the runtime)\b" + NOT_ONLY + r"{0,20}"
          r"\b(waits? for|joins?|lets?)\b (the |all |any )?daemon\b",
          "Python Library Reference, threading, Thread objects ('Daemon threads are abruptly "
          "stopped at shutdown. Their resources (such as open files, database transactions, "
          "etc.) may not be released properly'); Java SE API, Thread (the JVM exits when only "
          "daemon threads remain)",
          ("The daemon thread finishes writing the log before the program exits.",
           "Daemon threads clean up after themselves when the interpreter shuts down.",
           "The daemon worker gets to finish its current batch at exit.",
           "Python waits for the daemon thread to flush its buffer.",
           "Because it is a daemon, its finally block closes the file when main returns."),
          ("Daemon threads are killed abruptly at exit, so their finally blocks may not run.",
           "The interpreter does not wait for daemon threads.",
           "The daemon thread finishes only if main joins it before exiting.",
           "Python waits for non-daemon threads before the program exits.",
           "The daemon thread never gets to flush its buffer when the program ends."),
          ("python", "java"), code_has=r"daemon|setDaemon"),
    Entry("nondaemon_killed_at_exit",
          "A program does not end while a non-daemon thread is still running: Python and the "
          "JVM wait for every non-daemon thread when the main thread finishes (only daemon "
          "threads are killed at exit)",
          r"^(?!.*\bdaemon)(?!.*\b(go|goroutines?|os\._exit|system\.exit|sys\.exit)\b).*?"
          r"(\bmain thread\b" + NOT_ONLY + r"{0,40}\b(kills?|terminates?|stops?|aborts?|takes "
          r"down|ends)\b (the |all |every |any )?(other |worker |background |child |running |"
          r"remaining )?(threads?|workers?)\b"
          r"|\b(worker |background |child |other |remaining )?threads?\b" + NOT_ONLY + r"{0,30}"
          r"\b(are|is|get|gets) (killed|terminated|stopped|aborted|cut off)\b[^.;]{0,30}\b(when|once|"
          r"as soon as|after) (the )?main( thread| function)? (ends|finishes|returns|exits|is done)"
          r"|\b(program|script|process|interpreter|jvm)\b" + NOT_ONLY + r"{0,30}\b(exits?|ends?|"
          r"terminates?|quits?|stops?)\b[^.;]{0,20}\b(as soon as|when|once|right after|"
          r"immediately after)\b (the )?main( thread| function| method)? (ends|finishes|returns|"
          r"exits|is done|completes)\b[^.;]{0,40}\b(threads?|workers?)\b"
          r"|\b(when|once|as soon as|after) (the )?main( thread| function| method)? (ends|finishes|"
          r"returns|exits|is done|completes)\b[^.;]{0,10}\b(the )?(program|script|process|"
          r"interpreter|jvm)\b" + NOT_ONLY + r"{0,15}\b(exits?|ends?|terminates?|quits?|stops?)\b"
          r"[^.;]{0,40}\b(threads?|workers?)\b)",
          "Python Library Reference, threading ('The entire Python program exits when no alive "
          "non-daemon threads are left'); Java SE API, Thread (the JVM runs until all "
          "non-daemon threads have died)",
          ("The main thread ends and kills the worker threads with it.",
           "The worker threads are killed as soon as the main thread finishes.",
           "The program exits when the main thread returns, cutting off the two threads.",
           "When main returns the process ends, even though the threads are mid-download.",
           "Finishing the main thread terminates the background threads."),
          ("The program waits for the worker threads, since they are not daemon threads.",
           "The main thread returns, but the process keeps running until the workers finish.",
           "Daemon threads are killed when the main thread exits.",
           "The threads are not killed when main finishes; Python waits for them.",
           "The main thread never kills the workers."),
          ("python", "java"), code_has=_THREAD_OF_CODE, code_lacks=_DAEMON_IN_CODE),
    Entry("asyncio_primitives_thread_safe",
          "asyncio's Lock, Event, Condition, Semaphore and Queue (and the event loop) are not "
          "thread-safe: only code on the loop's thread may use them; other threads need "
          "call_soon_threadsafe, run_coroutine_threadsafe, or threading's primitives",
          r"\b(asyncio\.(lock|queue|event|semaphore|condition)|asyncio (locks?|queues?|events?|"
          r"semaphores?|primitives?)|the event loop)\b(\(\))?" + NOT_ONLY + r"{0,50}(\b(is|are)\s+"
          r"(fully |also |completely )?thread-?safe\b|\bsafe (to use |to share |to call )?(from|"
          r"across|between|with) (multiple |other |several |worker |many )?threads\b|\bprotects?\b"
          r"[^.;]{0,20}\b(against|from)\b[^.;]{0,15}\b(other |multiple |worker )?threads\b|"
          r"\bsynchroni[sz]es?\b (the |multiple |worker )?threads\b|\bworks? (across|between) threads\b)",
          "Python Library Reference, asyncio Synchronization Primitives ('asyncio primitives "
          "are not thread-safe') and asyncio Queues ('This class is not thread safe'); "
          "Developing with asyncio, Concurrency and Multithreading",
          ("asyncio.Lock is thread-safe, so the worker thread can take it too.",
           "The asyncio queue is safe to share between threads.",
           "An asyncio.Event protects the counter from the worker threads.",
           "asyncio.Queue works across threads, so the producer thread can put into it.",
           "The asyncio lock synchronises the threads that call update."),
          ("asyncio.Lock is not thread-safe; it only orders coroutines on one loop.",
           "asyncio.Queue is not safe to use from other threads.",
           "queue.Queue is thread-safe, asyncio.Queue is not.",
           "The event loop is not thread-safe, so the thread calls call_soon_threadsafe.",
           "The asyncio lock only works between coroutines on the same loop."),
          ("python",), code_has=r"asyncio"),
    Entry("queue_empty_reliable",
          "Queue.empty(), full() and qsize() are only snapshots: another thread can put or get "
          "right after, so `if not q.empty(): q.get()` can still block (use get_nowait with "
          "queue.Empty, or a timeout)",
          r"(\bempty\(\)|\.empty\b|\bqsize\b(\(\))?|\bfull\(\))" + NOT_ONLY + r"{0,60}(\b(guarantees?|"
          r"ensures?|means|so|makes sure)\b[^.;]{0,30}\b(the |a |next |following |subsequent )?"
          r"(get|put)(\(\)|_nowait\(\))?\b[^.;]{0,20}\b(will not|wo not|cannot|can not|never|does "
          r"not) (block|wait|hang|raise|fail)|\b(makes?|keeps?|is)\b[^.;]{0,20}\b(safe|race-?free|"
          r"atomic|non-?blocking)\b|\b(accurate|reliable|exact)\b)"
          r"|\b(because|since|as|after)\b[^.;]{0,10}(empty\(\)|qsize\(\))[^.;]{0,30}\b(the )?(get|"
          r"put)(\(\))?( call)?[^.;]{0,10}\b(will not|wo not|cannot|can not|never|does not) (block|"
          r"wait|hang|raise|fail)\b"
          r"|\b(check\w*|call\w*)\b[^.;]{0,10}\b(empty|qsize)\b(\(\))?\b[^.;]{0,10}\b(first|before)\b" +
          NOT_ONLY + r"{0,40}\b(makes?|keeps?|is)\b[^.;]{0,20}\b(safe|race-?free|non-?blocking)\b",
          "Python Library Reference, queue.Queue.empty ('If empty() returns False it doesn't "
          "guarantee that a subsequent call to get() will not block'), qsize and full",
          ("Checking q.empty() first guarantees that the next get() will not block.",
           "q.empty() is reliable, so the consumers never hang.",
           "qsize() is accurate, so the worker knows how many jobs are left.",
           "Because empty() returned False, the get() call cannot block.",
           "Calling empty() before get makes the loop safe with several consumers."),
          ("empty() returning False does not guarantee that get() will not block.",
           "qsize() is only approximate when other threads are running.",
           "The consumer uses get_nowait and catches queue.Empty.",
           "Another consumer can take the item between empty() and get(), so get() blocks.",
           "q.empty() is only a snapshot, not reliable with several consumers."),
          ("python",), code_has=r"\.(empty|qsize|full)\(\)"),
    # --- Python: the data model ---------------------------------------------------------------
    Entry("del_destroys_object",
          "`del x` removes the name x, not the object: the object is freed (and __del__ runs) "
          "only when its last reference is gone, so an object still referred to elsewhere lives "
          "on",
          r"^(?!.*\b(last|only|sole|final|no other|no more|zero|refcount|reference count\w*)\b"
          r"[^.;]{0,20}\breferences?\b)(?!.*\b(refcount|reference count\w*)\b).*?"
          r"(`del [^`]+`|\bthe del statement|\bdel\s+(self\.)?[a-z_]\w*(\[[^\]]*\])?)" + NOT_ONLY +
          r"{0,40}(\b(calls?|invokes?|triggers?|runs?|fires?)\b[^.;]{0,15}(__del__|the destructor|"
          r"the finali[sz]er)|\b(destroys?|frees?|deallocates?|garbage[- ]collects?|wipes?|erases?)"
          r"\b (the |that |this |its )?(underlying |whole )?(object|instance|memory|list|dict|"
          r"buffer|data|cache|connection)\b)",
          "Python Language Reference, 3.3.1 Basic customization, object.__del__ ('del x doesn't "
          "directly call x.__del__() — the former decrements the reference count for x by one, "
          "and the latter is only called when x's reference count reaches zero')",
          ("del cache calls __del__ on the dict right away.",
           "`del conn` destroys the connection object, so the pool's copy is gone too.",
           "The del statement frees the memory of the list even though items still refers to it.",
           "del self.buffer deallocates the buffer object.",
           "Running del node triggers the destructor of the node."),
          ("del x removes the name; the object lives while another reference exists.",
           "del conn drops the last reference, so CPython calls __del__ at once.",
           "del does not destroy the object, the pool still holds it.",
           "The del statement only unbinds the name.",
           "__del__ runs when the reference count reaches zero, not at del."),
          ("python",), code_has=r"(?m)^\s*del\s|__del__"),
    Entry("getattr_every_access",
          "__getattr__ is called only when the normal attribute lookup fails (the name is in "
          "neither the instance nor its class); __getattribute__ is the hook called on every "
          "access",
          r"^(?!.*\b(missing|not found|fails?|failed|absent|does not exist|no such|unknown|"
          r"undefined|attributeerror|nonexistent|non-existent|lookup fails)\b).*?"
          r"(__getattr__\b" + NOT_ONLY + r"{0,40}(\b(every|each|all|any)\b (single )?(attribute "
          r")?(access|lookup|attribute|read|get|dot|reference)\w*|\b(intercepts?|catches|handles|"
          r"sees|overrides?)\b (every|each|all|any)\b|\b(is called|runs|fires|gets called|is "
          r"invoked|is triggered)\b[^.;]{0,10}\b(first|before)\b)"
          r"|\b(every|each|all|any) (single )?(attribute )?(access|lookup|read|get)\w*\b" + ANY +
          r"{0,30}"
          r"\b(triggers?|calls?|goes through|hits?|invokes?|runs?)\b[^.;]{0,10}__getattr__\b)",
          "Python Language Reference, 3.3.2 Customizing attribute access (object.__getattr__: "
          "'Called when the default attribute access fails with an AttributeError'; "
          "object.__getattribute__ is called unconditionally)",
          ("__getattr__ is called on every attribute access, so self.name goes through it too.",
           "Because the proxy defines __getattr__, it intercepts every attribute read.",
           "__getattr__ runs first, before Python looks in the instance dict.",
           "Every read of obj.x triggers __getattr__.",
           "The __getattr__ hook handles all attribute lookups on Config, even existing ones."),
          ("__getattr__ is only called when normal lookup fails.",
           "__getattr__ runs only for missing attributes; __getattribute__ sees every access.",
           "Since name is set in __init__, reading self.name never calls __getattr__.",
           "__getattribute__ is called on every attribute access.",
           "Accessing an unknown attribute falls through to __getattr__, which forwards it."),
          ("python",), code_has=r"__getattr__"),
    # --- JavaScript / TypeScript (MDN, the TypeScript handbook) -------------------------------
    Entry("js_object_equality_by_value",
          "== and === compare objects and arrays by reference: two distinct objects with the "
          "same contents are never equal ([1] === [1] is false), and a Set or Map key matches "
          "only the same object; compare the fields or use a deep-equality helper",
          r"^(?!.*\b(isequal|deepequal|deepstrictequal|json\.stringify|lodash|tostrictequal|"
          r"toequal|assert\.deep\w*|same (object|reference|instance)|identity|references?)\b)"
          r"(?=.*\b(objects?|arrays?)\b).*?"
          r"((===?|\bstrict equality|\bloose equality|\bdouble equals|\btriple equals)" + NOT_ONLY +
          r"{0,40}\b(compares?|checks?|looks? at|tests?|walks?)\b (the )?(two |both )?(objects?|"
          r"arrays?)?('s)?\s*(contents?|properties|fields|elements|keys|structure|structurally|"
          r"deeply|element by element|field by field|property by property|by value)\b"
          r"|\b(two|both|the|these|distinct|separate)\b[^.;]{0,10}\b(objects?|arrays?|object "
          r"literals?)\b (with|that have|having|holding|containing|have|has) (the same|identical|equal|"
          r"matching) (contents?|properties|fields|values|elements|keys|ids?|data)\b" + NOT_ONLY +
          r"{0,25}\b(are|compare|count as|test|come out) (equal|===|==|the same)\b"
          r"|\b(sets?|maps?|includes|indexof)\b(\(\))?" + NOT_ONLY + r"{0,40}\b(dedupes?|"
          r"deduplicates?|merges?|collapses?|treats? as (one|the same)|matches|finds)\b[^.;]{0,30}"
          r"\bobjects?\b[^.;]{0,20}\b(same|identical|equal|matching) (contents?|properties|"
          r"fields|values|keys|ids?|data)\b"
          r"|(===?|\bstrict equality|\bloose equality)" + NOT_ONLY + r"{0,40}\b(checks?|tests?|asks?)\b "
          r"(whether|if) (the )?(two |both )?(objects?|arrays?) (contain|have|hold|share|carry) "
          r"(the same|identical|equal|matching) (contents?|properties|fields|values|elements|keys|"
          r"data)\b"
          r"|(===?)[^.;]{0,30}\b(is|returns|gives|evaluates to|comes out) true\b" + NOT_ONLY +
          r"{0,30}\b(because|since|as)\b[^.;]{0,40}\b(same|identical|equal|matching) (contents?|"
          r"properties|fields|values|elements|keys|data|ids?)\b)",
          "MDN Web Docs, Equality comparisons and sameness (objects are compared by reference "
          "with ==, === and SameValueZero) and Strict equality (===)",
          ("=== compares the two objects property by property.",
           "Two arrays with the same elements are equal under ===, so the check passes.",
           "`a === b` is true because both objects hold the same data.",
           "=== checks whether the arrays contain the same elements.",
           "The Set dedupes objects that have the same id.",
           "Since both objects have the same fields, they compare equal with ==.",
           "includes finds the object because it has the same properties as the one in the list."),
          ("=== compares objects by reference, so two literals with the same fields differ.",
           "Two arrays with the same elements are not equal under ===.",
           "A Set treats two objects with the same id as different members.",
           "Use lodash isEqual to compare the objects property by property.",
           "=== compares numbers and strings by value.",
           "`a === b` is true because both variables hold the same object.",
           "=== does not check whether the arrays contain the same elements."),
          ("javascript", "typescript")),
    Entry("promise_any_rejects_first",
          "Promise.any fulfils with the first promise that fulfils and passes over rejections; "
          "it rejects (with an AggregateError of every reason) only when all of them reject",
          r"\bpromise\.any\b(\(\))?" + NOT_ONLY + r"{0,50}(\b(rejects?|fails?|throws?|errors? "
          r"out|bails out)\b[^.;]{0,25}\b(as soon as|when|if|once|the moment)\b[^.;]{0,15}\b(one|"
          r"any|a single|the first|a|some)\b(?! of them (fulfils|fulfills|succeeds|resolves))"
          r"|\b(waits? for|needs|requires)\b (all|every|each)\b[^.;]{0,20}\b(fulfil|fulfill|"
          r"succe|resolv)\w*|\b(the same as|just like|like|equivalent to|identical to|behaves like)"
          r"\b `?promise\.(race|all)\b)"
          r"|\b(if|when|as soon as|once) (any|one|a single)\b[^.;]{0,30}\b(rejects?|fails?|errors?|"
          r"throws?)\b[^.;]{0,10}\bpromise\.any\b(\(\))?" + NOT_ONLY + r"{0,10}\b(rejects?|fails?|"
          r"throws?)\b",
          "MDN Web Docs, Promise.any ('rejects when all of the input's promises reject ... "
          "with an AggregateError')",
          ("Promise.any rejects as soon as one of the mirrors fails.",
           "If any request errors, Promise.any rejects with that error.",
           "Promise.any waits for every promise to fulfil.",
           "Promise.any is the same as Promise.race here.",
           "Promise.any() fails when a single source rejects."),
          ("Promise.any rejects only when every promise rejects, with an AggregateError.",
           "Promise.any ignores the failed mirrors and fulfils with the first success.",
           "Promise.race rejects as soon as one of them rejects.",
           "Unlike Promise.race, Promise.any skips over rejections.",
           "Promise.any rejects with an AggregateError if all the sources fail."),
          ("javascript", "typescript"), code_has=r"Promise\.any\b"),
    Entry("promise_race_skips_rejections",
          "Promise.race settles like the first promise to settle: if that one rejects, race "
          "rejects, even if a later one would fulfil (Promise.any waits for the first "
          "fulfilment)",
          r"(?<!unlike )\bpromise\.race\b(\(\))?" + _NOT_OTHER + r"{0,50}(\b(ignores?|skips?( over)?|"
          r"disregards?|"
          r"passes over|filters? out)\b[^.;]{0,15}\b(the )?(rejections?|rejected|errors?|failures?|"
          r"failed|failing)\b"
          r"|\b(rejections?|errors?|failures?)\b (is|are|get|gets) (ignored|skipped|disregarded|"
          r"discarded|swallowed)\b"
          r"|\b(resolves?|fulfils?|fulfills?|settles?|returns?|gives?|waits? for|picks?|takes?)\b"
          r"[^.;]{0,20}\b(the )?(first|fastest|earliest) (successful|fulfilled|resolved|"
          r"non-?rejected|good|valid|working|healthy) (result|promise|value|response|one|mirror|"
          r"request)\b"
          r"|\b(waits? for|picks?|takes?|uses?)\b (the )?(first|fastest) (one |promise |request |"
          r"response )?(that )?(succeeds?|fulfils?|fulfills?|resolves? successfully|is successful)\b)",
          "MDN Web Docs, Promise.race ('settles with the eventual state of the first promise "
          "that settles') and Promise.any",
          ("Promise.race ignores rejections and resolves with the first good response.",
           "Promise.race waits for the first promise that succeeds.",
           "Promise.race() skips over the failed mirror and takes the fastest successful one.",
           "With Promise.race the timeout's rejection is disregarded if the fetch is slower.",
           "Promise.race returns the first fulfilled value."),
          ("Promise.race settles with whichever promise settles first, rejection or not.",
           "If the first promise to settle rejects, Promise.race rejects too.",
           "Promise.any ignores rejections and fulfils with the first success.",
           "Promise.race does not skip rejections.",
           "Promise.race rejects when the timeout fires before the fetch.",
           "Unlike Promise.race, Promise.any skips over rejections."),
          ("javascript", "typescript"), code_has=r"Promise\.race\b"),
    Entry("js_sort_reverse_copy",
          "Array.prototype.sort and reverse change the array in place and return that same "
          "array; toSorted and toReversed (or a copy made first) leave the original alone",
          r"^(?!.*(\btosorted|\btoreversed|\.slice\(|\[\.\.\.|\bspread\b|\bstructuredclone\b|"
          r"\barray\.from\b|\.concat\(|\bsorted\(|\breversed\(|\bpython\b))"
          r".*?(\.sort\(\)|\.reverse\(\)|\bsort\(\)|\breverse\(\)|\.sort\(|\.reverse\(|\bthe "
          r"(sort|reverse) (method|call)|\barray\.prototype\.(sort|reverse))" +
          NOT_CONTRAST + r"{0,40}(\b(returns?|gives?|creates?|makes?|produces?|builds?|hands "
          r"back)\b (back )?(a |an )?((new|fresh|separate|second)( sorted| reversed)? (copy|array|"
          r"list)|(sorted|reversed) copy)\b|\b(leaves?|keeps?)\b (the )?(original|source|input|\w+ array|"
          r"array|list)?[^.;]{0,15}\b(unchanged|untouched|intact|as it was|unmodified|alone)\b"
          r"|\b(does not|never|will not|wo not) (mutate|modify|change|touch|alter|reorder)\w*\b)",
          "MDN Web Docs, Array.prototype.sort and Array.prototype.reverse ('sorts the elements "
          "of an array in place and returns the reference to the same array'), toSorted, "
          "toReversed",
          ("users.sort() returns a new sorted array, so the original order is kept.",
           "The .reverse() call gives back a reversed copy.",
           "items.sort((a, b) => a - b) leaves the items array unchanged.",
           "sort() does not mutate the array it is called on.",
           "Array.prototype.reverse creates a new array and keeps the input intact."),
          ("sort() sorts the array in place and returns the same array.",
           "toSorted() returns a new array and leaves the original unchanged.",
           "users.slice().sort() sorts a copy, so users keeps its order.",
           "The .reverse() call mutates the array in place.",
           "[...items].sort() leaves items alone.",
           "sort() returns a sorted array, the same one it was called on."),
          ("javascript", "typescript"), code_has=r"\.(sort|reverse)\("),
    Entry("foreach_return_breaks",
          "A forEach callback cannot stop the loop: `return` inside it ends only that call and "
          "forEach goes on with the next element (break is a syntax error there); for...of with "
          "break, some, every or find stop early",
          r"^(?!.*\b(for\.\.\.of|for of|some|every|find|findindex)\b).*?"
          r"(\breturn\w*\b(\s+\w+)?" + NOT_ONLY + r"{0,40}\bforeach\b" + NOT_ONLY + r"{0,40}"
          r"\b((stops?|exits?|breaks? out of|ends?|terminates?|halts?|aborts?|leaves?|quits?|"
          r"returns? from)\b (the |out of the )?(whole |entire |rest of the )?(loop|foreach|outer "
          r"function|enclosing function|containing function|surrounding function|iteration early|"
          r"iterating|function)\b|(exits?|leaves?|returns? from) (?!(the |that |this |its |each )?"
          r"(callback|arrow|inner|current|iteration|call|invocation)\b)(the )?\w+)"
          r"|\breturn\w*\b" + NOT_ONLY + r"{0,40}\b(stops?|exits?|breaks?( out of)?|ends?|"
          r"terminates?|halts?|aborts?|quits?)\b (the )?(whole |entire )?foreach( loop)?\b"
          r"|\bforeach\b(\(\))?" + NOT_ONLY + r"{0,40}\b(stops?|exits?|breaks?|ends?|halts?)\b"
          r"[^.;]{0,20}\b(when|as soon as|once|after|if)\b[^.;]{0,25}\b(callback |it |the "
          r"function )?returns?\b"
          r"|\bbreak\b[^.;]{0,20}\b(inside|in|within) (the |a )?foreach\b" + NOT_ONLY + r"{0,30}"
          r"\b(stops|exits|ends|works|breaks out|leaves))",
          "MDN Web Docs, Array.prototype.forEach ('There is no way to stop or break a forEach() "
          "loop other than by throwing an exception')",
          ("The return inside forEach exits findUser as soon as the match is found.",
           "Returning false from the callback stops the forEach loop.",
           "forEach stops once the callback returns true.",
           "A return in the forEach ends the whole loop early.",
           "The break inside the forEach leaves the loop at the first match."),
          ("return inside forEach only ends that call; the loop goes on.",
           "forEach cannot be stopped early; for...of with break can.",
           "Use some() so the loop stops when the callback returns true.",
           "A return in the forEach callback does not stop the loop.",
           "forEach calls the callback once for each element."),
          ("javascript", "typescript"), code_has=r"\.forEach\("),
    Entry("date_only_string_local",
          "A date-only ISO string ('2024-03-10') is parsed as UTC midnight, while a date-time "
          "without an offset ('2024-03-10T00:00') is local time: new Date('2024-03-10') shows the "
          "day before in time zones west of UTC",
          r"(new date\(\s*['\"`]\d{4}-\d{2}-\d{2}['\"`]\s*\)|date\.parse\(\s*['\"`]\d{4}-\d{2}-"
          r"\d{2}['\"`]\s*\))" + NOT_ONLY +
          r"{0,50}(\b(local|the user'?s?|the browser'?s?|the system'?s?|the machine'?s?)\b "
          r"(time|timezone|time zone|midnight|date|day)\b|\bmidnight\b[^.;]{0,20}\b(local|in the "
          r"user'?s?|in the browser|in the current|wherever)\b|\b(is|are) (parsed|read|interpreted|"
          r"treated)\b[^.;]{0,10}\b(as|in) (the )?local\b|\b(always )?(the same|that) (day|date) "
          r"(everywhere|in every time ?zone|for every user)\b)"
          # the form named, not written: it must be said to be parsed as local time ("formats a
          # date into a date-only string in the local timezone" is about formatting)
          r"|\bdate-only (iso )?(strings?|dates?|forms?)\b" + NOT_ONLY + r"{0,30}\b(is|are|gets?)"
          r" (parsed|read|interpreted|treated|taken)\b[^.;]{0,10}\b(as|in) (the )?(local|user'?s?|"
          r"browser'?s?)\b",
          "MDN Web Docs, Date() constructor and Date.parse ('date-only forms are interpreted "
          "as a UTC time and date-time forms are interpreted as local time')",
          ("new Date('2024-03-10') is midnight in the user's local time zone.",
           "Date-only strings are parsed as local time.",
           "new Date('2024-03-10') gives the same day everywhere, so getDate() is 10.",
           "Date.parse('2024-03-10') returns local midnight wherever the code runs.",
           "The date-only string is read as the browser's local date."),
          ("new Date('2024-03-10') is UTC midnight, so in New York it is the 9th.",
           "Date-only strings are parsed as UTC, date-times without an offset as local time.",
           "new Date('2024-03-10T00:00') is local midnight.",
           "new Date(2024, 2, 10) is midnight in local time.",
           "A date-only string is not parsed as local time.",
           "formatDate writes the date as a date-only string in the local time zone."),
          ("javascript", "typescript"), code_has=r"\bDate\b"),
    Entry("getday_day_of_month",
          "Date.prototype.getDay returns the day of the week (0 for Sunday to 6 for Saturday); "
          "getDate is the day of the month (1-31)",
          r"\bget(utc)?day\b(\(\))?" + NOT + r"{0,40}\b(returns?|gives?|yields?|is|means|reads)\b"
          r"[^.;]{0,15}\b(the )?(day of the month|day-of-month|day in the month|date of the month|"
          r"calendar day|month'?s day|1-31|1 to 31|1 through 31)\b"
          r"|\bget(utc)?date\b(\(\))?" + NOT + r"{0,40}\b(returns?|gives?|yields?|is)\b[^.;]{0,15}"
          r"\b(the )?(day of the week|weekday|0-6|0 to 6|0 through 6)\b",
          "MDN Web Docs, Date.prototype.getDay ('returns the day of the week ... 0 represents "
          "Sunday') and Date.prototype.getDate",
          ("getDay() returns the day of the month, so the 15th gives 15.",
           "d.getDay() is the calendar day, from 1 to 31.",
           "getUTCDay gives the day in the month in UTC.",
           "getDate() returns the day of the week.",
           "getDay() gives 1-31 depending on the date."),
          ("getDay() returns the day of the week, 0 for Sunday.",
           "getDate() returns the day of the month.",
           "getDay() does not return the day of the month; getDate does.",
           "getUTCDay gives the weekday in UTC.",
           "getDate() gives 1 to 31."),
          ("javascript", "typescript"), code_has=r"\.get(UTC)?(Day|Date)\("),
    Entry("parseint_whole_string",
          "parseInt reads the leading digits and ignores the rest: parseInt('12px') is 12 and "
          "parseInt('3.9') is 3; it gives NaN only when no digit starts the string (Number() "
          "rejects trailing text)",
          r"\bparseint\b(\([^)]*\))?" + NOT_ONLY + r"{0,50}(\b(returns?|gives?|yields?|is|evaluates "
          r"to|produces)\b\s*`?nan`?\b[^.;]{0,40}\b(unless|if|when|for|whenever)\b[^.;]{0,30}"
          r"\b(the (whole|entire) (string|input|value)|all|every|any (non-?digit|non-?numeric|"
          r"trailing|extra|letter|unit|suffix)|non-?numeric|contains|has (a |any )?(letter|unit|"
          r"suffix|non-?digit|trailing))\b|\b(rejects?|fails on|throws on|refuses|chokes on)\b"
          r"[^.;]{0,30}\b(trailing|suffix|units?|px|non-?digits?|letters?|extra characters)\b|"
          r"\brounds?\b(?! (down|toward|towards))|\b(validates?|checks?) (that )?(the whole|the "
          r"entire|all of the|every character)\b)"
          r"|\bparseint\(\s*['\"`]\d+[a-z%]+['\"`]\s*\)`?\s*(is|gives|returns|===?|evaluates to|"
          r"yields)\s*`?nan\b",
          "MDN Web Docs, parseInt() ('If parseInt encounters a character that is not a numeral "
          "in the specified radix, it ignores it and all succeeding characters')",
          ("parseInt('12px') returns NaN.",
           "parseInt returns NaN if the string contains any non-digit character.",
           "parseInt rejects the trailing unit, so width stays NaN.",
           "parseInt(price) rounds 3.9 up to 4.",
           "parseInt checks that the whole string is numeric."),
          ("parseInt('12px') is 12; it stops at the first non-digit.",
           "Number('12px') is NaN, while parseInt('12px') is 12.",
           "parseInt returns NaN only when the string does not start with a digit.",
           "parseInt does not round, it drops the fraction.",
           "parseInt('abc') returns NaN."),
          ("javascript", "typescript"), code_has=r"\bparseInt\("),
    Entry("let_loop_shares_binding",
          "A `let` (or `const`) declared in a for loop's head gets a fresh binding for each "
          "iteration: closures made in the loop each see their own value (only `var` shares one "
          "binding)",
          r"\b(let|const)\b(?! me\b)(?! us\b)" + NOT_CONTRAST + r"{0,40}\b(same as|exactly like|"
          r"just like|behaves like|works like|the same way as|no different from|equivalent to)\b "
          r"`?var`?\b[^.;]{0,40}\b(loop|closures?|callbacks?|timeouts?|handlers?)\b"
          r"|^(?!.*\bvar\b).*?\b(with|because of|since it uses|uses?) `?let`?\b" + NOT_ONLY +
          r"{0,60}\b(all|every|each)\b[^.;]{0,30}\b(logs?|prints?|sees?|shows?|gets?|captures?|"
          r"returns?|reads?|alerts?)\b[^.;]{0,20}\b(the )?(final|last|same|end) (value|i|index|"
          r"number)\b"
          r"|^(?!.*\bvar\b).*?\blet\b (does not|will not|wo not) (help|fix|change|solve)\w*\b[^.;]{0,30}"
          r"\b(all|every|each)\b[^.;]{0,30}\b(logs?|prints?|sees?|shows?|gets?|captures?|returns?|"
          r"reads?|alerts?)\b[^.;]{0,20}\b(the )?(final|last|same|end) (value|i|index|number)\b"
          r"|\b(let|const)\b(?! me\b)(?! us\b)" + NOT_ONLY + r"{0,40}\b(one|a single|the same)\b "
          r"(shared )?(binding|variable)\b[^.;]{0,20}\b(for|across|shared by) (all|every|each) "
          r"(the )?(iterations?|callbacks?|closures?)\b",
          "MDN Web Docs, let (each iteration of a for loop gets a new binding) and Closures, "
          "'Creating closures in loops: A common mistake'; ECMAScript specification, "
          "CreatePerIterationEnvironment",
          ("let in the for loop behaves like var, so every timeout logs 3.",
           "With let, all the callbacks print the final value of i.",
           "Because the loop uses let, each handler sees the last index.",
           "let keeps a single binding for all the iterations, so the closures share it.",
           "const in a for-of head works the same way as var for these closures.",
           "Using let does not help, all the callbacks still log the last value."),
          ("With var, every timeout logs 3; with let each logs its own i.",
           "let gives each iteration a fresh binding, so the callbacks log 0, 1, 2.",
           "Because the loop uses var, all the callbacks print the final value of i.",
           "let is not the same as var in a loop: each closure gets its own i.",
           "With let, each handler sees its own index.",
           "let does not change anything for the var loop, where all callbacks log the last value."),
          ("javascript", "typescript"), code_has=r"\b(let|const)\b"),
    Entry("regex_test_ignores_lastindex",
          "With the g (or y) flag a RegExp is stateful: test() and exec() start at its lastIndex "
          "and move it past a match (back to 0 after a failure), so one shared regex gives "
          "different answers for the same string",
          r"^(?!.*\bnon-?(global|sticky)\b)"
          r"(?!.*\b(without|no|drop\w*|remov\w*|delet\w*|reset\w*|once)\b[^.;]{0,25}"
          r"\b(g|global|sticky|y)\b( flag)?)"
          r"(?=.*?\b(test|exec)\b|.*?\bflag\b).*?("
          r"\b(test|exec)\b(\(\))?" + NOT_ONLY + r"{0,40}\b(ignores?|never (reads?|uses?|updates?|"
          r"changes?|moves?|touches?|looks at))\b[^.;]{0,10}\b(the )?`?lastindex`?"
          r"|\b(test|exec)\b(\(\))?" + NOT_ONLY + r"{0,40}\b(always|each time|every time|on every "
          r"call)\b[^.;]{0,15}\b(searches|starts|begins|matches|scans|looks)\b[^.;]{0,15}\bfrom "
          r"(index |position )?(0|zero|the (start|beginning))\b"
          r"|\b(test|exec|regexp?|regular expression|pattern)\b(\(\))?[^.;]{0,30}\b(is|are|stays?)"
          r" (completely |entirely |always )?stateless\b"
          r"|\b(the )?`?(g|global)`? flag\b" + NOT + r"{0,30}\bonly (affects?|matters? (for|to)|"
          r"applies (to)?|changes?)\b[^.;]{0,30}\b(match|replace|matchall|replaceall)\b"
          r"(?![^.;]*\b(test|exec)\b))",
          "MDN Web Docs, RegExp.prototype.test ('When a regex has the global flag set, test() will "
          "advance the lastIndex of the regex') and RegExp: lastIndex",
          ("`test()` ignores lastIndex, so the global flag does not matter here.",
           "RegExp.prototype.test always searches from index 0, so the same code passes twice.",
           "The g flag only affects match and replace, so COUPON.test(code) is fine.",
           "The regex test is stateless: the same input always gives the same result.",
           "exec never updates lastIndex, it just returns the first match each time."),
          ("With the g flag, test() reads and updates lastIndex, so a shared regex alternates.",
           "Without the g flag, test() always starts from index 0.",
           "Drop the global flag so test() always searches from the start.",
           "Reset lastIndex to 0 before each call, or test() starts where the last match ended.",
           "A non-global regex is stateless: test() returns the same answer for the same string.",
           "The g flag affects test and exec too, not only match and replace."),
          ("javascript", "typescript"), code_has=r"/[^/\n]+/[a-z]*[gy][a-z]*|RegExp\([^)]*['\"][a-z]*[gy]"),
    Entry("submit_exception_reported",
          "A task given to ExecutorService.submit runs in a FutureTask that catches whatever it "
          "throws and keeps it in the returned Future: nothing is printed and no handler sees it "
          "until Future.get() rethrows it as an ExecutionException (execute() is the one that "
          "reaches the uncaught-exception handler)",
          r"^(?!.*\b(execute|execute\(\)|get\(\)|\.get\b|future\.get|futures?\W+get)\b)"
          r"(?=.*\bsubmit)"
          r".*?(\b(pass(es)?|hands?|sends?|reports?|rethrows?|throws?|propagates?|goes|reaches|"
          r"forwards?|delivers?)\b[^.;]{0,40}\b(the )?(default )?(uncaught[- ]exception handler|"
          r"uncaught handler|uncaughtexceptionhandler|thread'?s handler)"
          r"|\b(prints?|logs?|dumps?|writes?|shows?)\b[^.;]{0,20}\b(a |the |its )?stack ?traces?\b"
          r"[^.;]{0,40}\b(stderr|standard error|console)"
          r"|\bfuture\b" + NOT + r"{0,20}\bnever (holds?|stores?|keeps?|contains?|captures?) "
          r"(an? |the )?exceptions?)",
          "Java SE API, ExecutorService.submit and FutureTask (the computation's exception is "
          "thrown by get() wrapped in ExecutionException); ThreadPoolExecutor.afterExecute notes "
          "that exceptions of submitted tasks are captured in the Future",
          (("submit runs the task, and when it throws the pool thread passes the exception to the "
            "default uncaught-exception handler."),
           ("Because of submit, the worker prints the stack trace to standard error, so the failure "
            "is visible."),
           "For a Runnable given to submit, the Future never holds an exception.",
           ("The exception thrown inside the submitted task reaches the uncaught handler and is "
            "logged."),
           "With submit the failing task prints its stack trace to the console."),
          ("submit stores the exception in the Future; get() rethrows it as ExecutionException.",
           "With execute instead of submit, the exception reaches the uncaught-exception handler.",
           "Nothing is printed for the failed submit: call future.get() to see the exception.",
           "The submitted task's exception is swallowed by the FutureTask.",
           "Keep the futures from submit and check each with get() to find failures."),
          ("java",), code_has=r"\.submit\("),
    Entry("ts_excess_property_always",
          "TypeScript checks for excess properties only on an object literal written where a "
          "type is expected; an object held in a variable may carry extra properties (structural "
          "typing), and nothing strips them at runtime",
          r"^(?!.*\b(literals?|fresh|inline|directly|excess property check\w*)\b).*?"
          r"\b(typescript|the compiler|tsc|the type ?checker|the type system|the interface|the "
          r"type|the parameter type|the \w+ type|the \w+ interface)\b" + NOT_ONLY + r"{0,50}"
          r"\b(rejects?|errors? on|flags?|complains about|forbids?|disallows?|refuses|reports?)\b"
          r"[^.;]{0,25}\b(any |every |all |the )?(extra|excess|unknown|additional|undeclared|"
          r"unexpected) (properties|property|props|fields|field|keys)\b"
          r"|\b(typescript|the compiler|tsc|the type|the interface|the cast|as \w+|the "
          r"annotation)\b" + NOT_CONTRAST + r"{0,40}\b(strips?|removes?|drops?|filters? out|deletes?"
          r"|discards?)\b[^.;]{0,20}\b(extra|excess|unknown|additional|undeclared|other) "
          r"(properties|property|props|fields|field|keys)\b"
          # the shapes: 'excess property checks apply to every assignment', 'object types are
          # exact'
          r"|\b(passing|assigning|giving|handing) `?\w+`? (with|that has|carrying|having) (an? |"
          r"some )?(extra|excess|additional|unknown|undeclared) (fields?|propert(y|ies)|keys?|me"
          r"mbers?)\b(?![^.;]*\b(literals?|fresh)\b)[^.;]{0,40}\b(is a (compile|type)[- ]?(time "
          r")?error|fails to (compile|type-?check)|is rejected|errors)\b"
          r"|\bexcess property check(s|ing)?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?"
          r"=\w))){0,20}\b(appl(y|ies)|happens?|runs?|is done|kicks? in) (to|on|for|in) (every|a"
          r"ll|any|each) (assignments?|objects?|values?|variables?|calls?)\b"
          r"|\b(object )?types\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b"
          r"(are|is) (exact|closed|sealed)\b",
          "TypeScript Handbook, Object Types and Interfaces, 'Excess Property Checks' (object "
          "literals get special treatment); Type Compatibility (structural typing); types are "
          "erased on compilation",
          ('Handing `cfg` with extra fields to `start(o: Opts)` is a type error.',
           ('The excess property check runs on every assignment, wherever the object came '
            'from.'),
           "TypeScript rejects any extra property on a User, so the password never gets through.",
           "The compiler flags every unknown field passed to save.",
           "Typing the parameter as Point means the interface strips the additional fields.",
           "The cast as User removes the extra properties before the object is sent.",
           "Because the parameter type is Config, TypeScript forbids excess keys at every call."),
          (('Handing `cfg` with an extra key to `start(o: Opts)` compiles, since `cfg` is no '
            'fresh literal.'),
           ('The excess property check does not run on every assignment, only on fresh '
            'object literals.'),
           "TypeScript flags the extra property only on an object literal.",
           "An object stored in a variable first skips the excess property check.",
           "Nothing strips the extra fields at runtime; the password is still sent.",
           "TypeScript does not strip extra properties.",
           "The compiler reports a missing property when name is left out."),
          ("typescript",)),
    Entry("ts_readonly_runtime",
          "readonly (and `as const`, ReadonlyArray) is checked only by the compiler: the emitted "
          "JavaScript can still change the property, nothing is frozen (Object.freeze is the "
          "runtime counterpart)",
          r"^(?!.*\b(compile[- ]time|type[- ]level|erased|statically|type ?checker|the compiler)\b)"
          r".*?\b(readonly|as const|readonlyarray)\b" + NOT_CONTRAST + r"{0,50}(\b(freezes?|"
          r"seals?)\b|\b(is|are|stays?|remains?) (enforced|checked|protected|frozen|guaranteed)\b"
          r"[^.;]{0,15}\b(at runtime|in the (emitted|compiled|generated) (javascript|js|code)|in "
          r"production|by the (engine|runtime|browser))\b|\b(throws?|raises?)\b[^.;]{0,30}\b(at "
          r"runtime|when (the code|it) runs|in (the )?(browser|node|production))\b|\bmakes?\b[^.;]"
          r"{0,25}\b(immutable|read-only|frozen)\b[^.;]{0,10}\b(at runtime|in javascript|in the "
          r"browser|for real|really)\b)"
          # the shapes: 'readonly makes the nested objects immutable', 'readonly is deep'
          r"|`?readonly`?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,30}\b(make"
          r"s?|renders?|keeps?) (the |its |all )?(nested|inner|deep|child) (objects?|properties|"
          r"fields|values|levels)( \w+)? (immutable|read-?only|frozen|unchangeable)\b"
          r"|\breadonly (property|field|member)s?\b[^.;]{0,20}\b(cannot|can not) be (changed|ass"
          r"igned|modified|written) at run[- ]?time\b"
          r"|`\w+\.\w+\.\w+ ?= ?[^`]*` (is a (compile|type)[- ]?(time )?error|fails to compile)"
          r"\b[^.;]{0,30}\b(because|since|as) `?\w+`? is readonly\b"
          r"|`?readonly`?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(is|w"
          r"orks) (deep|recursive|transitive)\b",
          "TypeScript Handbook, Object Types, 'readonly Properties' ('It won't change any "
          "behavior at runtime') and 'The ReadonlyArray Type'; types are erased on compilation",
          ('Marking `settings` readonly makes its nested objects read-only too.',
           'A readonly field cannot be assigned at runtime, the engine stops it.',
           "readonly freezes the config object, so a plugin cannot change it.",
           "The readonly modifier is enforced at runtime, so the assignment throws.",
           "Marking the array as const makes it immutable at runtime.",
           "readonly throws a TypeError at runtime when someone writes to the field.",
           "A ReadonlyArray is protected in the emitted JavaScript, so push fails."),
          ('Marking `settings` readonly does not make its nested objects read-only.',
           'A readonly field can be assigned at runtime, since the check is erased.',
           "readonly is checked at compile time only; the emitted JavaScript can still assign.",
           "readonly does not freeze anything, unlike Object.freeze.",
           "readonly has no effect at runtime.",
           "Object.freeze makes the object immutable at runtime, readonly does not.",
           "The readonly field cannot be assigned in TypeScript code."),
          ("typescript",), code_has=r"\breadonly\b|as const|ReadonlyArray"),
    Entry("ts_optional_vs_undefined",
          "`x?: T` lets a property be left out; `x: T | undefined` requires it to be present "
          "(holding undefined is allowed, omitting it is an error)",
          r"(\|\s*undefined\b|\bor undefined\b)`?" + NOT + r"{0,40}(\b(makes?|means?|marks?)\b"
          r"[^.;]{0,20}\b(it |the (property|field|key|parameter) )?(optional|can be (left out|"
          r"omitted|skipped)|may be (left out|omitted|skipped))\b|\b(is )?(the same as|equivalent "
          r"to|identical to|just)\b[^.;]{0,10}(\?:|\boptional\b)|\b(lets?|allows?)\b[^.;]{0,30}"
          r"\b(omit|leave out|leave it out|skip|drop|not pass|leave off)\w*)"
          r"|\?:[^.;]{0,10}\b(is|means)\b[^.;]{0,10}\b(the same as|equivalent to|identical to|"
          r"shorthand for)\b[^.;]{0,25}\|\s*undefined\b",
          "TypeScript Handbook, Object Types, 'Optional Properties'; TypeScript 4.4 release "
          "notes, exactOptionalPropertyTypes",
          ("Declaring email as string | undefined makes it optional, so callers can omit it.",
           "`email: string | undefined` means the property can be left out.",
           "The | undefined lets the caller leave out the field.",
           "email?: string is the same as email: string | undefined.",
           "Adding or undefined to the type means the key may be omitted."),
          ("email?: string lets callers leave the property out.",
           "With string | undefined the property must still be given, possibly as undefined.",
           "string | undefined does not make the property optional.",
           "email: string | undefined requires the key; only ? makes it optional.",
           "Reading an optional property gives string | undefined."),
          ("typescript",)),
    # --- Go (the specification) ---------------------------------------------------------------
    Entry("send_on_closed_channel",
          "Sending on a closed channel panics, as do closing a closed channel and closing a nil "
          "channel; only a receive from a closed channel succeeds (with the zero value)",
          r"\b(send\w*|writ\w*|push\w*|put\w*)\b[^.;]{0,20}\b(to|on|into) (a |the |an already )?"
          r"closed (channel|chan)\b" + NOT + r"{0,40}\b(is (ignored|dropped|discarded|a no-?op|"
          r"silently \w+|harmless|fine|safe)|returns? (an? )?(error|false|ok|zero|nil)|blocks?( "
          r"forever)?|fails (quietly|silently)|does nothing|has no effect|just (returns|fails|"
          r"blocks)|is lost|gets lost)\b"
          # a channel's close, not a Close method's ("body.Close is idempotent")
          r"|(\bclos\w* (a |the )?(\w+ )?(channel|chan)s?|\bclose\(\s*\w+\s*\)) (twice|again|a "
          r"second time|more than once)\b" + NOT + r"{0,30}\b(is (fine|safe|harmless|ignored|"
          r"a no-?op|allowed|ok)|does nothing|has no effect|returns? (an? )?error)\b"
          r"|(\bclos\w* (a |the )?(\w+ )?(channel|chan)s?\b|\bclose\(\s*\w+\s*\)|\bclose on (a "
          r"|the )?channels?\b)" + NOT + r"{0,30}\b(is|are) idempotent\b",
          "The Go Programming Language Specification, Close ('Sending to or closing a closed "
          "channel causes a run-time panic. Closing the nil channel also causes a run-time "
          "panic') and Send statements",
          ("Sending to a closed channel is silently ignored.",
           "A send on the closed channel just blocks forever.",
           "Writing into a closed channel returns an error the producer can check.",
           "Closing the results channel twice is harmless.",
           "close(results) is idempotent, so each worker can call it."),
          ("Sending to a closed channel panics.",
           "Closing a channel twice panics, so only the producer closes it.",
           "A receive on a closed channel returns the zero value at once.",
           "Sending on a closed channel is not ignored; it panics.",
           "close is not idempotent.",
           "body.Close is idempotent, so the deferred call is harmless."),
          ("go",), code_has=r"\bclose\(|<-"),
    # --- Java (the JLS, the Java Tutorials) ---------------------------------------------------
    Entry("java_string_switch_identity",
          "A switch on a String compares with String.equals (after hashCode), not ==: a string "
          "built at runtime matches its case label as long as the characters are equal",
          r"\bswitch\w*\b" + NOT + r"{0,50}(\b(compares?|matches?|checks?|tests?)\b[^.;]{0,30}"
          r"(\bby (reference|identity)\b|\breferences\b|\bidentity\b|\b(with|using|via) ==|\bas if "
          r"(with|using|by) ==)|\b(requires?|needs?|only works (with|for|on)|relies on)\b[^.;]{0,20}"
          r"\b(interned|the same (string )?(object|instance|reference))\b)"
          r"|\bswitch\w*\b[^.;]{0,50}\b(does not|will not|wo not|never|cannot|fails to) (match|hit|"
          r"reach|find|select|take)\b[^.;]{0,50}\b(not interned|non-?interned|a different "
          r"(object|instance|reference)|new string|same (object|reference|instance)|reference)\b",
          "Java Language Specification, 14.11 The switch Statement (a String switch matches "
          "with String.equals); The Java Tutorials, 'Using Strings in switch Statements'",
          ("The switch compares the command string by reference.",
           "A switch on a String matches with ==, so the value read from the file misses its case.",
           "The switch only works for interned strings.",
           "The switch does not match \"stop\" because the input is a new String object.",
           "The switch needs the same string object as the case label."),
          ("A switch on a String compares with equals, not ==.",
           "The switch matches the input even though it is a new String.",
           "The switch does not match \"Stop\" because the comparison is case-sensitive.",
           "Case labels must be compile-time constants.",
           "== compares strings by reference, but switch uses equals."),
          ("java",), code_has=r"switch\s*\("),
    Entry("java_char_plus_concatenates",
          "char is a numeric type: 'a' + 'b' is the int 195 and 'a' + 1 is the int 98 (binary "
          "numeric promotion); + concatenates only when an operand is a String (\"\" + 'a' + 'b' "
          "is \"ab\")",
          r"(?<!\+ )(?<!\+)'(?P<c1>[a-z0-9])'\s*\+\s*'(?P<c2>[a-z0-9])'`?" + NOT + r"{0,30}\b(is|gives|yields|produces|"
          r"evaluates to|returns|==|makes|becomes|prints)\b\s*(the string |a string |the "
          r"two-character string )?[\"'`]?(?P=c1)(?P=c2)[\"'`]?(?![\w\d])"
          r"|(?<!\(char\) \()(?<!\(char\)\()'([a-y])'\s*\+\s*1\b`?" + NOT + r"{0,20}\b(is|gives|"
          r"yields|==|evaluates to|returns|prints|becomes)\b\s*(the char(acter)? |the letter )?'?[b-z]'?(?![\w\d])"
          r"|\b(adding|\+ on|\+ between|plus on|summing)\b[^.;]{0,15}\b(two |the )?chars?\b" + NOT +
          r"{0,40}\b(concatenat\w*|joins? them|gives? (a|the) string|makes? (a|the) string|"
          r"produces? (a|the) string|builds? (a|the) string)\b"
          r"|\+[^.;]{0,25}\bchars?\b" + NOT + r"{0,30}\b(concatenat\w*|produces? (a|the) string|"
          r"gives? (a|the) string|makes? (a|the) string|builds? (a|the) string)"
          r"|\bchars?\b[^.;]{0,30}(\+|\bplus\b)[^.;]{0,20}\b(concatenates?|are concatenated|"
          r"joins them|gives? (a|the) string|makes? (a|the) string)\b",
          "Java Language Specification, 5.6.2 Binary Numeric Promotion and 15.18 Additive "
          "Operators (string concatenation needs a String operand)",
          ("'a' + 'b' gives \"ab\".",
           "Adding two chars concatenates them into a String.",
           "'a' + 1 is 'b', so the next letter is printed.",
           "The two char values joined with + make a string of two letters, so it concatenates.",
           "Here first + second on the chars produces the string of initials."),
          ("'a' + 'b' is 195, an int, not \"ab\".",
           "\"\" + 'a' + 'b' gives \"ab\" because the String comes first.",
           "'a' + 1 is 98; cast it to char to get 'b'.",
           "Adding two chars does not concatenate them.",
           "The chars are promoted to int before the addition.",
           "(char) ('a' + 1) is 'b'."),
          ("java",), code_has=r"'.'|\bchar\b"),
)


_KEYS: Final = {
    "dataclass_checks_types": r"\b(dataclass|type hints?|annotations?|field types?|declared "
                              r"types?|__init__)",
    "dataclass_immutable_by_default": r"(data ?class)",
    "frozen_dataclass_deep": r"\bfrozen\b",
    "dataclass_list_default_shared": r"\bdata ?class",
    "taskgroup_others_keep_running": r"\btask ?groups?\b",
    "gather_cancel_leaves_children": r"\b(gather|outer)",
    "asyncio_wait_raises": r"(asyncio\.wait\b|`wait\()",
    "thread_exception_reaches_join": r"\b(thread|join)",
    "daemon_thread_cleanup": r"\bdaemon",
    "nondaemon_killed_at_exit": r"\b(main|threads?)\b",
    "asyncio_primitives_thread_safe": r"\b(asyncio|event loop)",
    "queue_empty_reliable": r"\b(empty|qsize|full)\b",
    "del_destroys_object": r"\bdel\b",
    "getattr_every_access": r"__getattr__",
    "js_object_equality_by_value": r"\b(objects?|arrays?)\b",
    "promise_any_rejects_first": r"\bpromise\.any\b",
    "promise_race_skips_rejections": r"\bpromise\.race\b",
    "js_sort_reverse_copy": r"\b(sort|reverse)\b",
    "foreach_return_breaks": r"\bforeach\b",
    "date_only_string_local": r"(\bdate\b|date-only)",
    "getday_day_of_month": r"\bget(utc)?(day|date)\b",
    "parseint_whole_string": r"\bparseint\b",
    "let_loop_shares_binding": r"\b(let|const)\b",
    "regex_test_ignores_lastindex": r"\b(test|exec|flag|stateless)\b",
    "submit_exception_reported": r"\b(submit|future)",
    "ts_excess_property_always": r"\b(extra|excess|unknown|additional|undeclared|unexpected|other)"
                                 r" (properties|property|props|fields?|keys)\b",
    "ts_readonly_runtime": r"\b(readonly|as const|readonlyarray)\b",
    "ts_optional_vs_undefined": r"(\|\s*undefined|\bor undefined)\b",
    "send_on_closed_channel": r"\bclos",
    "java_string_switch_identity": r"\bswitch",
    "java_char_plus_concatenates": r"('|\bchars?\b)",
}
"""A word every statement of each belief has (`keyed`)."""

DOCS: Final = keyed(_ENTRIES, _KEYS)
