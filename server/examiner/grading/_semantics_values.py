"""False beliefs about how values are represented and converted: binary floats and their
tolerance test, JavaScript's UTF-16 strings, backtracking regular expressions, JSON's nulls,
and the name an `except` clause binds (JSON's keys are `_semantics_docs2.json_dumps_round_trip`).

Written like `_semantics_docs6.py` (a pattern read on one sentence in lower case, the
documentation that says otherwise, five sentences that state the belief and five true ones in
the same words, the languages it is false in), from the documentation of each behaviour.
"""

from __future__ import annotations

from typing import Final

from ._entry import NOT_CONTRAST, Entry, keyed

__all__ = ["VALUES"]

_NC: Final = NOT_CONTRAST

_ENTRIES: Final = (
    Entry("float_stored_as_decimal",
          "Python floats (and JavaScript numbers, Java and C doubles) are IEEE 754 binary "
          "fractions: 0.1 has no exact binary form, so it is stored as the nearest binary "
          "value, and adding it ten times gives 0.9999999999999999, not 1.0",
          r"\b(floats?|floating[- ]point( numbers?| values?)?|doubles?)\b" + _NC + r"{0,25}\b(are|is)"
          r" (stored|represented|kept|held|saved)\b" + _NC + r"{0,15}\b(as|in) (exact )?(decimals?( (digits|fractions|"
          r"numbers))?|base[- ]10( fractions| digits| numbers)?)\b"
          r"|\b0\.1\b(?! ?\+)" + _NC + r"{0,25}\b(is|are|gets?|can be|will be)\b (stored |represented"
          r" |held |kept )?(exact|exactly)\b(?! (as|in|by) (a |the )?decimal)(?!\s+\d)"
          r"|\b(adding|summing|adds|sums)\b" + _NC + r"{0,20}\b0\.1\b" + _NC + r"{0,30}\b(gives?|is|"
          r"equals?|makes?|produces?|reach(es)?)\s+exactly\s+1(\.0)?\b(?!\.?\d)",
          "Python Tutorial, 15. Floating-Point Arithmetic: Issues and Limitations ('the decimal "
          "value 0.1 cannot be represented exactly as a base 2 fraction'); IEEE 754",
          ("Python floats are stored as decimals with 17 digits, so the sum is right.",
           "0.1 is exact in Python, so ten additions reach the target.",
           "The value 0.1 can be stored exactly, so == is safe here.",
           "Adding 0.1 ten times gives exactly 1.0.",
           "Doubles are represented as base-10 fractions in Java."),
          ("Python floats are stored as binary fractions, not decimals.",
           "0.1 is not exact in binary floating point.",
           "Decimal('0.1') is exact as a decimal, unlike the float.",
           "Adding 0.1 ten times gives 0.9999999999999999, not exactly 1.0.",
           "0.1 is stored exactly by the Decimal type.")),
    Entry("isclose_default_abs_tol",
          "math.isclose has abs_tol=0.0 by default: with only the relative tolerance "
          "(rel_tol=1e-09), nothing but 0.0 itself is close to 0.0, so a tiny leftover such as "
          "1e-16 is not 'close' to zero unless abs_tol is given",
          r"\bisclose\b" + _NC + r"{0,60}\b(uses?|has|applies|includes?|adds?|checks?)\b (an? |the )?"
          r"(default|built-in|small|implicit)( small)? absolute tolerance\b(?! of (0|zero))"
          r"|\babs_tol\b" + _NC + r"{0,15}\b(defaults? to|is by default|has a default of)\s*(1e-?0?9|"
          r"1e-?0?6|a small|some|0\.000)"
          r"|\bisclose\b" + _NC + r"{0,40}\b(treats?|considers?|counts?)\b[^.;]{0,30}\b(tiny|small|"
          r"very small)\b[^.;]{0,20}\b(as )?(close to|equal to) (zero|0(\.0)?)\b",
          "Python Library Reference, math.isclose ('abs_tol is the minimum absolute tolerance "
          "... useful for comparisons near zero ... The default value is 0.0'; 'isclose(a, 0) "
          "... will be False unless a is exactly zero' with the default tolerances, PEP 485)",
          ("math.isclose uses a default absolute tolerance of 1e-09 as well.",
           "isclose has a small absolute tolerance built in, so 1e-16 counts as zero.",
           "abs_tol defaults to 1e-9 in math.isclose.",
           "math.isclose treats tiny leftovers as close to zero.",
           "isclose applies the default absolute tolerance when one side is 0.0."),
          ("math.isclose has no absolute tolerance by default (abs_tol=0.0).",
           "isclose only uses a relative tolerance unless you pass abs_tol.",
           "abs_tol defaults to 0.0, so pass abs_tol=1e-9 when comparing with zero.",
           "Give isclose an absolute tolerance of 1e-9 to treat tiny leftovers as zero.",
           "math.isclose uses a default relative tolerance of 1e-09."),
          ("python",)),
    Entry("js_string_utf8",
          "JavaScript strings are sequences of UTF-16 code units: `length`, indexes, `slice` and "
          "`charAt` count code units, so a character outside the BMP (most emoji) is two of them "
          "and slicing can cut it in half",
          r"\b(javascript|js|typescript|node|v8)('s)? strings?\b" + _NC + r"{0,30}\b(are|is)\b "
          r"(stored |encoded |represented |kept |held )?(internally |in memory )?(as|in) (utf-?8|bytes)\b"
          r"|\bstrings?\b" + _NC + r"{0,30}\b(are|is)\b (stored|represented|kept|held) (internally |"
          r"in memory )?(as|in) (utf-?8|bytes)\b"
          r"|^(?!.*(encod|buffer|uint8|bytelength|typed array|blob))(?=.*\blength\b).*?(\.length\b|"
          r"\blength property\b|\bstring'?s? length\b|\blength of (the |a |each )?(string|label|name|"
          r"text)\b)" + _NC + r"{0,20}\b(counts?|is|gives?|returns?|measures?)\b (the )?(number of )?"
          r"(utf-8 )?bytes\b"
          r"|\b(slice|substring|substr|charat|charcodeat|length|index(es|ing)?)\b" + _NC +
          r"{0,40}\b(works? on|counts?|operates? on|uses?|measures?|is in)\b (whole |full |"
          r"unicode )?(code points|graphemes|grapheme clusters|whole characters)\b"
          r"|\b(slice|substring|substr|charat)\b[^.;]{0,60}\b(never|cannot|can not|will not|wo "
          r"not) (cut|split|break|halve)s? (an? |the )?(emoji|surrogate|character|code point)",
          "ECMAScript Language Specification, 6.1.4 The String Type ('a sequence of ... 16-bit "
          "unsigned integer values ... each element is regarded as a UTF-16 code unit'); MDN, "
          "String: length ('the number of UTF-16 code units')",
          ("JavaScript strings are stored as UTF-8, so each emoji takes four bytes.",
           "label.length counts bytes, which is why the label looks longer.",
           "slice works on whole code points, so the emoji stays intact.",
           "slice(0, 11) can never cut an emoji in half.",
           "String length in JS measures whole characters, so an emoji counts once."),
          ("JavaScript strings are UTF-16, so an emoji is a surrogate pair.",
           "length counts UTF-16 code units, not bytes.",
           "new TextEncoder().encode(s).length counts bytes.",
           "slice works on code units, so it can cut an emoji in half.",
           "Use [...s] to work on whole code points."),
          ("javascript", "typescript")),
    Entry("except_as_own_scope",
          "An `except ... as name` clause binds `name` in the function's own scope (a handler "
          "has no scope of its own) and deletes it when the handler ends, so an earlier value "
          "of that name is gone, not restored",
          r"^(?=.*\bexcept\b)(?:.*?)(\b(creates?|gets?|has|introduces?|opens?|starts?|gives?)\b "
          r"(a |an |its )?(own |new |separate |local |block |inner )+(variable )?scope\b"
          r"|(?<!nothing )(?<!never )(?<!not )(?<!does not )\b(restores?|puts? back|brings? back|"
          r"reinstates?|reverts? to)\b(?! nothing)[^.;]{0,30}\b"
          r"(outer|previous|earlier|old|original|enclosing)\b"
          r"|\b(separate|different|distinct) (variable|name|binding) from the (outer|earlier|"
          r"previous|enclosing)\b)",
          "Python Language Reference, 8.4 The try statement ('When an exception has been "
          "assigned using as target, it is cleared at the end of the except clause. This is as "
          "if except E as N: foo was translated to ... finally: del N')",
          ("The except clause creates a new scope for the handler.",
           "except ValueError as err gets its own scope, so the name inside is separate.",
           "When the except block finishes, Python restores the outer value of the name.",
           "The handler's err is a separate variable from the earlier binding in the except.",
           "Leaving the except clause puts back the previous binding of problem."),
          ("The except clause has no scope of its own; it deletes the name at the end.",
           "Python deletes the name when the except block ends, so the earlier value is lost.",
           "Nothing restores the earlier binding after the except clause.",
           "Copy the exception to another variable inside the except block.",
           "The except handler unbinds the same local, not a separate variable."),
          ("python",), code_has=r"\bexcept\b[^:\n]*\bas\b"),
    Entry("regex_engine_linear",
          "Python's re, JavaScript's RegExp and java.util.regex are backtracking engines: a "
          "pattern whose repeated group can match the same text in many ways takes exponential "
          "time on a near match; only engines such as RE2, Go's regexp and Rust's regex "
          "guarantee linear time",
          r"\b(re|regex(es|p)?|regular expressions?|the (pattern|engine|regex engine)|re\.(match|"
          r"search|fullmatch|compile)|python'?s? re|java\.util\.regex|pattern\.matches|matches\(\))"
          r"\b" + _NC + r"{0,40}\b(compiles?|is compiled|turns?)\b[^.;]{0,20}\b(in)?to an? (dfa|"
          r"finite automaton|state machine)\b"
          r"|\b(re|regex(es|p)?|regular expressions?|the (regex )?engine|matching|re\.\w+|"
          r"python'?s? re|java'?s? regex)\b" + _NC + r"{0,40}\b(is|are|runs?( in)?|takes?|stays?)\b"
          r"\s*(always |guaranteed |still )?\s*cxlinear\b(?!\s*(-?time )?(engines?|regex))"
          r"|\b(re|regex(es|p)?|regular expressions?|the (regex )?engine|python'?s? re|java'?s? regex)\b"
          r"(?! engines? (like|such as))[^.;]{0,30}\b(never|does not|cannot|can not|do not) "
          r"backtracks?\b",
          "Python Library Reference, re (the module's engine backtracks; the Regular Expression "
          "HOWTO: 'the matching engine will then back up and try again'); MDN, RegExp and OWASP "
          "'Regular expression Denial of Service' (backtracking engines take exponential time "
          "on evil patterns); Go regexp and RE2 ('guaranteed to run in time linear')",
          ("Python's re compiles the pattern to a DFA, so matching is always linear.",
           "The regex engine never backtracks, so a near match is cheap.",
           "Regular expressions are always linear in the input length.",
           "re.match runs in linear time whatever the pattern.",
           "The engine compiles it into a finite automaton, so there is no blow-up."),
          ("Python's re backtracks, so a near match can take exponential time.",
           "RE2 guarantees linear time.",
           "Use a linear-time engine like RE2 instead.",
           "The regex engine does backtrack on a near match.",
           "Backtracking makes the match exponential, not linear."),
          ("python", "javascript", "typescript", "java")),
    Entry("json_drops_none",
          "Python's json.dump writes None as null and keeps the entry; JavaScript's "
          "JSON.stringify keeps a null property as null (only undefined, functions and symbols "
          "are left out)",
          r"\b(json\.dumps?|dumps?|json\.stringify|stringify)\b" + _NC + r"{0,50}\b(drops?|skips?|"
          r"omits?|removes?|leaves? out|ignores?|discards?|strips?)\b[^.;]{0,40}\b(none|null)\b"
          r"(?! ?(and|or) (undefined|nan))",
          "Python Library Reference, json, conversion table (None -> null); ECMAScript, "
          "JSON.stringify / MDN ('undefined, Function, and Symbol values are not valid JSON "
          "values ... omitted'; null is serialized as null)",
          ("json.dump silently drops any entry whose value is None.",
           "json.dumps skips keys with None values.",
           "JSON.stringify omits properties that are null.",
           "dumps removes the None entries, so the file has three keys.",
           "JSON.stringify leaves out the null field."),
          ("json.dump writes None as null.",
           "json.dumps keeps the key and writes null for None.",
           "JSON.stringify omits properties that are undefined.",
           "JSON.stringify keeps null values but drops undefined ones.",
           "None becomes null in the output."),
          ("python", "javascript", "typescript")),
)

_KEYS: Final = {
    "float_stored_as_decimal": r"(\bfloat|\bfloating|\bdouble|0\.1)",
    "isclose_default_abs_tol": r"(\bisclose\b|\babs_tol\b)",
    "js_string_utf8": r"(\bstrings?\b|\blength\b|\bslice\b|\bsubstr|\bcharat\b|\bcharcodeat\b)",
    "except_as_own_scope": r"\bexcept\b",
    "json_drops_none": r"(\bdumps?\b|\bstringify\b)",
    "regex_engine_linear": r"(\bre\b|\bregex|\bregular expression|\bengine\b|\bmatch)",
}

VALUES: Final = keyed(_ENTRIES, _KEYS)
