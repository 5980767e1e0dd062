"""False beliefs about documented behaviours that no entry read yet, in Python,
JavaScript/TypeScript, Go and Java, from their own references.

The eleventh set (branch beliefs), written like `_semantics_docs7.py`: a pattern read on one
sentence (lower case, "doesn't" read as "does not"), the documentation that says otherwise, at
least two sentences that state the belief and two true ones in the same words, and the
languages it is false in. These are behaviours from a list of well-known ones (an augmented
assignment into a tuple, Python's chained comparisons, `var` in a loop, indexed access in
TypeScript, Go method values, Java's compound assignment and conditional operator) whose
statements no entry caught in any wording.
"""

from __future__ import annotations

from typing import Final

from ._entry import NOT_CONTRAST, Entry, keyed

__all__ = ["BELIEFS"]

_NC: Final = NOT_CONTRAST
_CMP: Final = r"(<=|>=|==|!=|<|>)"
"""A comparison operator."""
_CLOSURE: Final = r"(callbacks?|closures?|functions?|arrow functions?|handlers?|timeouts?|lambdas?)"
"""What a loop makes that reads its variable later."""

_ENTRIES: Final = (
    Entry("tuple_iadd_list_unchanged",
          "`a_tuple[i] += [x]` extends the list inside the tuple in place and then raises "
          "TypeError when it stores the result back into the tuple: the list is changed and "
          "the exception is raised",
          r"`?\w+\[\d+\]\s*\+=\s*\[[^\]]*\]`?" + _NC + r"{0,40}\b(raises?|throws?|fails? with) "
          r"(an? )?typeerror\b[^.;]{0,40}\b(list|contents?|it)\b" + _NC + r"{0,30}\b(is |are )?"
          r"(left |stays? |remains? )?(unchanged|untouched|intact|as (it was|before))\b"
          r"|\b(list|contents?)\b[^.;]{0,30}\b(inside|in|within|of|stored in) (the |a )?tuple\b" +
          _NC + r"{0,40}\b(is |are )?(left |stays? |remains? |kept )?(unchanged|untouched|intact)\b"
          r"|\b(because|since|as) (the |a )?tuples? (is|are) immutable\b[^.;]{0,40}\b(list|dict)\b[^.;]{0,30}"
          r"\b(cannot|can not) be (modified|changed|extended|appended to|touched)\b[^.;]{0,20}"
          r"(\+=|augmented)"
          r"|(\+=|augmented assignment)[^.;]{0,40}\b(succeeds|works|runs)( fine| normally)? "
          r"without (an? |any )?(error|exception|typeerror)\b"
          r"|\btypeerror\b" + _NC + r"{0,20}\b(is )?(raised|thrown) before (the )?(extend|append|"
          r"list is (changed|modified|extended)|mutation|in-place)"
          r"|\btuple('s)? (list|dict)\b" + _NC + r"{0,20}\b(keeps|retains) its (old|original) "
          r"(contents|value|items)\b",
          "Python Programming FAQ, 'Why does a_tuple[i] += [item] raise an exception when the "
          "addition works?' (the list is extended in place, then the assignment to the tuple "
          "item fails)",
          (("`rec[2] += [9]` just raises TypeError and the list inside the tuple is left "
           "unchanged."),
           ("The TypeError is thrown before the extend, so the tuple's list retains its old "
           "contents."),
           "`pair[1] += ['z']` raises TypeError, and the list stays as it was.",
           "The list held in the tuple remains untouched after the failed `+=`.",
           "Since the tuple is immutable, its list cannot be extended by `+=` at all."),
          (("`pair[1] += ['z']` extends the list and then raises TypeError, so the list is "
           "changed."),
           "The list inside the tuple is not left unchanged: `+=` extended it before failing.",
           "`pair[1].extend(['z'])` changes the list inside the tuple without any error.",
           "The tuple's list keeps the new item even though a TypeError was raised."),
          ("python",)),
    Entry("py_chain_compares_boolean",
          "Python chains comparisons: `a < b == c` means `a < b and b == c` (b evaluated once), "
          "not `(a < b) == c`",
          r"\b(evaluated|parsed|read|computed|grouped|means|same as|equivalent to|becomes|"
          r"treated as)\b[^.;]{0,25}\(\s*\w+\s*" + _CMP + r"\s*\w+\s*\)\s*" + _CMP +
          r"|\b(means|becomes|evaluates to|is evaluated as|reduces to|is the same as)\b[^.;]{0,5}"
          r"`?(true|false)\s*" + _CMP + r"\s*\w+"
          r"|\b(chain\w*( comparisons?)?|the (expression|chain|comparison)|python)\b" + _NC +
          r"{0,30}\b(compares?|uses?|feeds?|passes?|checks?)\b (the )?(result|boolean|outcome|"
          r"value) of the (first|previous|left|earlier|inner) (comparison|one|test|operator)\b"
          r"[^.;]{0,20}\b(with|against|to|into)\b"
          r"|\b(then )?(compares?|checks?( whether)?|tests?( whether)?)\b (that|the|this|the "
          r"resulting) (boolean|bool|true/false|result)\b (is )?(less|greater|smaller|bigger|"
          r"equal)\b",
          "Python Language Reference, 6.10 Comparisons ('x < y <= z is equivalent to x < y and "
          "y <= z, except that y is evaluated only once')",
          ("`lo < mid == hi` is read as `(lo < mid) == hi`, a bool against hi.",
           "`3 > 1 == 1` becomes `True == 1` first.",
           ("A chain compares the outcome of the first comparison against the next "
           "operand."),
           "Here `lo <= x < hi` is grouped as `(lo <= x) < hi`.",
           "Python compares the result of the first test with `hi`, so a True counts as 1."),
          ("`lo <= x < hi` means `lo <= x and x < hi`.",
           "A chain does not compare the result of the first comparison with the next operand.",
           "`(a < b) == c` compares a boolean with c only when written with parentheses.",
           "`1 < 2 == 2` is True, because 2 == 2 holds as well."),
          ("python",)),
    Entry("js_var_loop_binding",
          "`var` is function-scoped: a for loop with `var` has one binding that every closure "
          "made in it shares (they all see the last value); `let` makes one per iteration",
          r"\bvar\b" + _NC + r"{0,30}\b(is|are)\b (block|loop)[- ]scoped\b"
          r"|`?\b(let`? and `?var|var`? and `?let)\b`?" + _NC + r"{0,30}\b(behave|work|act|are)\b "
          r"(exactly )?(the same|identically|alike|equivalent|interchangeabl[ey])\b"
          r"|\b(with|using) `?var( \w+)?`?[^.;]{0,40}\b(each|every) " + _CLOSURE + r"\b" + _NC +
          r"{0,20}\b(captures?|gets?|has|sees?|keeps?) (its own|a (fresh|new|separate)|their own)\b"
          r"|\b(each|every) " + _CLOSURE + r"\b" + _NC + r"{0,20}\b(gets?|has|keeps?|captures?) "
          r"(its own|a (fresh|new|separate)) (copy|binding|value|version) of (the )?`?var\b"
          r"|\b(logs?|prints?|outputs?|shows?)\b 0, 1,? (and )?2\b[^.;]{0,40}\b(uses?|with|declared "
          r"with|even though|despite)\b[^.;]{0,20}`?var\b"
          r"|\bvar\b" + _NC + r"{0,40}\b(creates?|gives?|makes?) (a )?(new|fresh|separate) "
          r"(binding|variable|copy) (per|for each|on each|each|every) iteration\b",
          "MDN Web Docs, var ('function-scoped or globally-scoped') and for ('each iteration "
          "of a for loop with let creates a new binding'; with var the closures share one)",
          ("A `var` in a for loop is loop-scoped, like let.",
           "`let` and `var` behave the same in a for loop.",
           "Using `var n` in the loop, every handler keeps its own `n`.",
           "The timeouts log 0, 1 and 2 even though the loop uses var.",
           "Each arrow function gets a fresh copy of the var counter."),
          ("`var` is function-scoped, so every callback shares one `i` and logs 3.",
           "`let` and `var` do not behave the same in a for loop.",
           "With `let i`, each callback captures its own `i`, printing 0, 1, 2.",
           "var does not create a new binding per iteration."),
          ("javascript", "typescript")),
    Entry("ts_index_includes_undefined",
          "Without noUncheckedIndexedAccess, indexing an array or a record is typed T, not "
          "T | undefined: the compiler checks no bounds and no missing keys",
          r"^(?!.*\bnouncheckedindexedaccess\b)(?:.*?)(?:"
          r"`?[\w.]+\[[^\]]*\]`?" + _NC + r"{0,20}\b(has|is of|gets|returns|is typed( as)?|gives|is "
          r"inferred as)\b (the )?(type )?`?\w+(\[\])? ?\| ?undefined\b"
          r"|\bindexing\b[^.;]{0,40}\b(gives|returns|yields|has type|is typed( as)?|produces)\b "
          r"`?\w+ ?\| ?undefined\b"
          r"|\b(is |are )?(typed|inferred)( as)? (possibly|maybe|potentially) undefined\b"
          r"|\b(typescript|the compiler|tsc)\b" + _NC + r"{0,20}\b(warns?|errors?|complains?|"
          r"catches|flags|reports?)\b[^.;]{0,30}\b(index(es|ing)?|access(es|ing)?|reads?|reading) (past|"
          r"beyond|outside|out of) (the end|bounds|range)\b"
          r"|\b(array )?index(ing|es)?\b" + _NC + r"{0,20}\b(is|are) (bounds[- ])?checked (for "
          r"bounds )?(at compile time|by the compiler|statically)\b)",
          "TSConfig Reference, noUncheckedIndexedAccess ('TypeScript ... will assume ... "
          "indexed access returns the declared type; turning this on adds undefined to any "
          "un-declared field in the type')",
          ("`scores[99]` is typed `number | undefined`, so a check is forced.",
           "Indexing `Record<string, User>` returns `User | undefined` out of the box.",
           "`const first = list[0];` is typed as possibly undefined.",
           "tsc complains when code indexes past the end of an array.",
           "Indexes are bounds-checked by the compiler."),
          ("Without noUncheckedIndexedAccess, `arr[10]` is typed `number`.",
           "With noUncheckedIndexedAccess on, `arr[10]` has type `number | undefined`.",
           "The compiler does not warn when you index past the end of an array.",
           "Array indexing is not checked for bounds at compile time."),
          ("typescript",)),
    Entry("go_method_value_copies",
          "A method value with a value receiver (`f := c.Inc`) copies the receiver when it is "
          "evaluated: later changes to c are not seen by f, and f cannot change c",
          r"`?\w+ :?= \w+\.\w+`?" + _NC + r"{0,10}\b(keeps|holds|stores|captures|retains) (a "
          r")?(reference|pointer) to `?\w+`?"
          r"|`\w+ :?= \w+\.\w+`" + _NC + r"{0,10}\b(refers to|references|points to|is bound to) "
          r"(the original )?`?\w+`?"
          r"|\bmethod values?\b" + _NC + r"{0,40}\b(sees?|reflects?|picks? up|observes?) "
          r"(later|subsequent|any|further) changes\b"
          r"|\bmethod values?\b" + _NC + r"{0,30}\b(captures?|holds?|keeps?|stores?|takes?) a "
          r"(pointer|reference) to (the )?receiver\b"
          r"|\bmethod values?\b" + _NC + r"{0,30}\b(refers? to|references?|points? to|aliases) "
          r"the (original|receiver|variable)\b",
          "The Go Programming Language Specification, Method values ('The expression x is "
          "evaluated and saved during the evaluation of the method value; the saved copy is "
          "then used as the receiver')",
          ("`g := acct.Add` holds a pointer to acct, so `g()` changes it.",
           "The method value picks up later changes made to `acct`.",
           "A method value takes a pointer to the receiver even for a value method.",
           ("Since `dump := cfg.Dump` references cfg, editing cfg later changes what dump "
           "prints.")),
          (("A method value with a value receiver copies the receiver, so it does not see "
           "later changes."),
           "`f := c.Inc` does not keep a reference to c; it saves a copy.",
           "The method value does not refer to the original variable.",
           "Take the method value from a pointer, `(&c).Inc`, to share the receiver."),
          ("go",), code_has=r"func \(\w+ [A-Za-z_]\w*\) "),
    Entry("java_compound_assignment_checked",
          "A compound assignment `E1 op= E2` includes an implicit cast to E1's type: `b += 1` "
          "on a byte compiles (and silently narrows) while `b = b + 1` does not",
          r"`?\w+ ?(\+|-|\*|/|%|<<|>>|&|\||\^)= ?[\w.]+;?`?[^.;]{0,30}\b(is|gives|causes|raises|"
          r"throws) (a )?(compile[- ]?(time )?|compiler |compilation )error\b"
          r"|(\+|-|\*|/)= ?[\w.]+;?`?[^.;]{0,20}\b(fails to compile|does not compile|will not "
          r"compile|is rejected by the compiler)\b"
          r"|\bcompound assignments?( operators?)?\b" + _NC + r"{0,30}\b(checks?|flags?|rejects?|"
          r"catches|reports?)\b (for )?(lossy|narrowing|possible loss|precision loss|overflow)"
          r"|\bcompound assignments?( operators?)?\b[^.;]{0,20}\b(does not|never|will not) "
          r"(casts?|narrows?|converts?)\b",
          "The Java Language Specification, 15.26.2 Compound Assignment Operators ('E1 op= E2 "
          "is equivalent to E1 = (T) ((E1) op (E2)), where T is the type of E1')",
          ("`flags += 2` on a byte gives a compile-time error.",
           "The compound assignment operator flags lossy narrowing.",
           "`s += 70000` on a short fails to compile.",
           "`total -= 0.5` with an int total is a compilation error.",
           "A compound assignment never casts."),
          ("`b += 1` on a byte compiles, unlike `b = b + 1`.",
           "A compound assignment carries a hidden cast to the left side's type.",
           "`s += 70000` compiles and silently narrows the result to a short.",
           "`b = b + 1` on a byte is a compile error."),
          ("java",)),
    Entry("java_conditional_keeps_branch_types",
          "The conditional operator gives one type to both branches: with a boxed and a "
          "primitive operand it unboxes (a null throws NullPointerException), and a char with "
          "an int variable promotes to int",
          r"\?[^`:]*:[^`]*`?[^.;]{0,30}\b(cannot|can not|will not|never) (throw|raise|cause)( an?)? "
          r"(npe|nullpointerexception|null ?pointer ?exception)\b"
          r"|\b(conditional|ternary)( operator| expression)?\b[^.;]{0,20}\b(never|does not|will "
          r"not) (unbox|promote|convert|widen)\w*\b"
          r"|(\?:|\b(conditional|ternary)( operator| expression)?\b)" + _NC + r"{0,30}\b(keeps?|preserves?|"
          r"retains?) (each|the|both) (branch|operand|side)(es|s)?'?s? (own )?types?\b"
          r"|\beach branch keeps its (own )?type\b"
          r"|`[^`]*\? ?'\w' ?: ?[a-z_]\w*\)?`" + _NC + r"{0,30}\b(evaluates to|gives|returns|"
          r"prints?|is) (the )?(char(acter)? )?'?\w'?\b",
          "The Java Language Specification, 15.25 Conditional Operator ? : (numeric conditional "
          "expressions: binary numeric promotion and unboxing of the operands)",
          ("`Integer x = flag ? map.get(k) : 0` cannot throw NPE.",
           "The ternary expression never unboxes its operands.",
           "Java's ?: keeps each operand's own type.",
           "`flag ? 'x' : count` evaluates to the char 'x'."),
          ("The ternary expression unboxes and promotes its numeric operands.",
           "`ok ? cache.get(id) : -1` throws NullPointerException when get gives null.",
           "`flag ? 'x' : count` evaluates to the int 120 when count is an int variable.",
           "The ternary does not keep each branch's type."),
          ("java",)),
    Entry("go_narrowing_conversion_checked",
          "Go integer arithmetic wraps on overflow and a conversion to a narrower integer type "
          "keeps the low bits (uint8(300) is 44): nothing saturates, panics or fails at run time",
          r"\b(convert\w*|conversions?|cast\w*)\b(?:[^.;]|\.(?=\w)){0,40}\b(saturates?|clamps?|"
          r"is (capped|clamped)|caps? it)\b"
          r"|\b(narrowing|lossy|overflowing) (conversions?|casts?)\b" + _NC + r"{0,20}\b(fails?|"
          r"panics?|errors?|is an error|is rejected|returns an error)\b"
          r"|\b(stops?|sticks?|stays?|tops? out) at (127|255|32767|65535|2147483647|the maximum|its "
          r"max(imum)?)\b"
          r"|\badd(ing|s)? (one|1) to `?math\.maxu?int(8|16|32|64)?`?(?:[^.;]|\.(?=\w)){0,30}\b(panics?|"
          r"raises?( a panic)?|causes? a panic|triggers? a panic)\b"
          r"|\b(u?int(8|16|32|64)?|byte|integer)s?\b[^.;]{0,20}\b(cannot|can not) (go|grow|count|wrap|"
          r"increase|climb) (past|beyond|above|over)\b",
          "The Go Programming Language Specification, Integer overflow ('the high bits are "
          "discarded ... no exception') and Conversions between numeric types ('the result is "
          "truncated' to the low bits when converting to a smaller integer type)",
          ("Converting 300 to a `uint8` clamps it to 255.",
           "A lossy conversion from int to int8 panics at run time.",
           "The `level` counter stays at 127 once the int8 is full.",
           "Adding 1 to `math.MaxInt16` held in an int16 causes a panic.",
           "An int8 cannot climb past 127, so the loop stops there."),
          ("Turning 300 into a `uint8` keeps the low bits and gives 44.",
           "A lossy conversion from int to int8 does not panic; it truncates.",
           "The int8 wraps from 127 to -128 instead of stopping at the maximum.",
           "Adding 1 to `math.MaxInt16` in an int16 wraps to the minimum silently."),
          ("go",)),
    Entry("java_fields_polymorphic",
          "Java fields are not polymorphic: a field access uses the declared (static) type, and "
          "a field of the same name in a subclass hides the parent's rather than overriding it",
          r"\bfields?\b" + _NC + r"{0,10}\b(are|is) (polymorphic|overridden|virtual|dynamically "
          r"(dispatched|bound|resolved)|resolved at run ?time)\b"
          r"|\b(field|variable|attribute) (in|of|declared in) (a|the) (subclass|child|derived "
          r"class)\b" + _NC + r"{0,10}\b(overrides?|replaces?) (the )?(parent|super ?class|base)"
          r"( class)?('s)? (field|one|variable)\b"
          r"|\b(field|attribute) access\b" + _NC + r"{0,20}\b(uses?|follows?|depends on|goes by) "
          r"the (runtime|run-time|dynamic|actual) (type|class)\b",
          "The Java Language Specification, 8.3 Field Declarations ('the field declaration "
          "hides the declaration of any accessible fields with the same name in superclasses') "
          "and 15.11.1 (field access uses the type of the expression)",
          ("Fields are virtual, so the child class's value is read.",
           "A field declared in the subclass overrides the base class's field.",
           "Field access goes by the runtime type of the object."),
          ("Fields are not polymorphic; `p.name` uses the declared type.",
           "A field declared in the subclass hides the base class's field.",
           "Method calls go by the runtime type, but field access does not."),
          ("java",)),
    Entry("java_switch_cases_isolated",
          "In Java, C, C++ and JavaScript a switch case with no break falls through into the "
          "next case's statements (arrow-form `case X ->` in Java does not)",
          r"^(?!.*(->|\barrow\b|\bbreak\b|\byield\b|\bgo\b|\bkotlin\b|\brust\b|\bmatch\b|"
          r"\bswift\b|\bpattern\b))(?:.*?)(?:"
          r"\b(switch )?cases?\b[^.;]{0,20}\b(do not|does not|never|will not|cannot) fall ?through\b"
          r"|\b(only|just) the (matching|selected|matched|chosen) case (runs|executes|is (run|"
          r"executed))\b"
          r"|\bswitch\b" + _NC + r"{0,30}\b(stops?|ends?|exits?|leaves?) (at|before) the next "
          r"(case|label)\b"
          r"|\b(each|every) case\b" + _NC + r"{0,20}\b(stops?|ends?|exits?) (on its own|by itself|"
          r"automatically)\b)",
          "The Java Language Specification, 14.11 The switch Statement ('if no break ... all "
          "statements after the matching case label in the switch block, if any, are executed "
          "in sequence'); MDN switch ('falls through')",
          ("In Java, switch cases never fall through.",
           "Just the matched case executes, so one line is printed.",
           "The switch leaves before the next label on its own.",
           "Each case stops by itself at the next label."),
          ("Without a break, switch cases fall through to the next one.",
           "Just the matched case executes when every case ends with break.",
           "With `case 1 ->`, only the matching case runs.",
           "A case with no break runs into the next case's statements."),
          ("java", "c", "cpp", "javascript", "typescript")),
    Entry("js_callbacks_visit_holes",
          "forEach, map, filter and the other array methods skip the holes of a sparse array "
          "(new Array(n) has n holes and no elements): the callback is not called for them",
          r"\b(foreach|map|filter|reduce|some|every)\b" + _NC + r"{0,30}\b(calls?|invokes?|runs?) "
          r"(the )?(callback|function)\b[^.;]{0,10}\bfor (the )?(holes|empty slots|missing "
          r"(elements|indices|entries))\b"
          r"|\b(foreach|map|filter)\b" + _NC + r"{0,20}\b(visits?|iterates over|walks|hits|"
          r"touches) (every|each|all) (index|indices|slot|slots|position|element)s? of (a|the) "
          r"sparse array\b",
          "MDN Web Docs, Indexed collections: sparse arrays ('forEach, map ... skip empty "
          "slots'); Array.prototype.forEach ('callbackFn is not invoked for empty slots')",
          ("forEach invokes the callback for the empty slots as well.",
           "map walks every slot of a sparse array, holes included.",
           "filter calls the function for missing entries too."),
          ("forEach does not invoke the callback for the empty slots.",
           "map skips the holes of a sparse array.",
           "`Array.from({length: 3})` has real undefined elements, which map visits."),
          ("javascript", "typescript")),
    Entry("java_concat_left_to_right",
          "Java's + is left-associative and only concatenates once a String operand is reached: "
          "1 + 2 + \"3\" is \"33\", \"1\" + 2 + 3 is \"123\", and char + char is an int",
          r"(?P<jc1>\d) ?\+ ?(?P<jc2>\d) ?\+ ?\"(?P<jc3>\d)\"`? (gives|is|evaluates to|returns|"
          r"prints|yields|produces) `?\"(?P=jc1)(?P=jc2)(?P=jc3)\""
          r"|\"(?P<jd1>\d)\" ?\+ ?\d ?\+ ?\d`? (gives|is|evaluates to|returns|prints|yields|"
          r"produces) `?\"(?P=jd1)\d\"(?!\d)"
          r"|\b(string )?concatenation\b" + _NC + r"{0,20}\b(converts?|turns?|coerces?) "
          r"(everything|all (the )?(operands|values|numbers)|every operand) (to|into) strings?"
          r"( first| before| up front)\b"
          r"|\bchar ?\+ ?char\b" + _NC + r"{0,10}\b(gives|is|returns|yields|produces|makes) (a |an )?"
          r"string\b",
          "The Java Language Specification, 15.18 Additive Operators (left-associative) and "
          "15.18.1 String Concatenation Operator + (only when one operand is a String); 5.6.2 "
          "Binary Numeric Promotion (char + char is int)",
          ("`4 + 5 + \"6\"` prints \"456\".",
           "`\"9\" + 1 + 1` evaluates to \"92\".",
           "String concatenation coerces every operand to strings up front.",
           "char + char produces a string such as \"ab\"."),
          ("`4 + 5 + \"6\"` prints \"96\".",
           "`\"9\" + 1 + 1` evaluates to \"911\".",
           "char + char produces an int, not a string.",
           "String concatenation does not coerce every operand to strings up front."),
          ("java",)),
)


_KEYS: Final = {
    "tuple_iadd_list_unchanged": r"(\btuple|\+=|augmented|typeerror)",
    "py_chain_compares_boolean": r"(<|>|==|!=|\bchain|\bcompar)",
    "js_var_loop_binding": r"\bvar\b",
    "ts_index_includes_undefined": r"(undefined|\bindex|\[)",
    "go_method_value_copies": r"(\bmethod value|:?= \w+\.\w+)",
    "java_compound_assignment_checked": r"(=|compound)",
    "java_conditional_keeps_branch_types": r"(\?|conditional|ternary)",
    "go_narrowing_conversion_checked": r"(conver|cast|\bint|\buint|\bbyte|\bmax|\b127\b|\b255\b)",
    "java_fields_polymorphic": r"\b(field|attribute|variable)",
    "java_switch_cases_isolated": r"\b(case|switch)",
    "js_callbacks_visit_holes": r"\b(foreach|map|filter|reduce|some|every)\b",
    "java_concat_left_to_right": r"(\+|concatenat)",
}
"""A word every statement of each belief has (`keyed`)."""

BELIEFS: Final = keyed(_ENTRIES, {k: f"(?:{v})" for k, v in _KEYS.items()})
