"""Premises the examiner checks before it claims a defect, from shapes well-kept code shows:
a call that reaches another overload is not recursion, a string rebuilt per item is not
built up across a loop."""

from __future__ import annotations

import pytest

from server.examiner import analyse


def _kinds(path: str, code: str) -> set[str]:
    return {f.kind for f in analyse(path, None, code)}


@pytest.mark.parametrize(("path", "code"), [
    # C++: the other overload, chosen by the argument's type
    ("s.cpp", ("struct S {\n void put(long x) {\n  put((int)x);\n }\n void put(int x) {\n"
               "  if (x) flush();\n }\n};\n")),
    # C: a macro builds the function's name; `NAME(x)(args)` calls what it builds
    ("t.c", ("int WRAP(close)(conn *c) {\n  int r = c->ops->close(c);\n  WRAP(free)(c);\n"
             "  return r;\n}\n")),
    # JavaScript: the property's function calls the module's binding of the same name
    ("u.js", "const { parse } = require('./parse');\napi.parse = (text) => parse(text);\n"),
    # Java: a cast picks the boxed overload; a varargs method called with other arguments
    ("V.java", ("class V {\n  void take(int v) {\n    take((Integer) v);\n  }\n"
                "  void note(String f, Object... xs) {\n    note(Level.LOW, f, xs);\n  }\n}\n")),
])
def test_a_call_of_another_overload_is_not_recursion(path: str, code: str) -> None:
    assert "missing_base_case" not in _kinds(path, code)


@pytest.mark.parametrize(("path", "code"), [
    ("a.cpp", ("struct S { int depth(Node* n); };\nint S::depth(Node* n) {\n"
               "  return 1 + depth(n->next);\n}\n")),
    ("b.js", "const walk = (n) => walk(n.next);\n"),
    ("C.java", "class C {\n  int spin(int n) {\n    return spin(n);\n  }\n}\n"),
])
def test_a_call_of_the_function_itself_is_still_recursion(path: str, code: str) -> None:
    assert "missing_base_case" in _kinds(path, code)


def test_a_go_string_rebuilt_per_item_is_not_string_building() -> None:
    per_item = ('package p\n\nfunc names(fs []F) (out []string) {\n\tfor _, f := range fs {\n'
                '\t\tn := f.Name\n\t\tif f.Dir {\n\t\t\tn += "/"\n\t\t}\n'
                '\t\tout = append(out, n)\n\t}\n\treturn out\n}\n')
    grown = ('package p\n\nfunc join(fs []F) string {\n\ts := ""\n\tfor _, f := range fs {\n'
             '\t\ts += f.Name + ","\n\t}\n\treturn s\n}\n')
    assert "string_building" not in _kinds("a.go", per_item)
    assert "string_building" in _kinds("b.go", grown)


def test_a_go_call_defined_here_without_an_error_result_loses_no_error() -> None:
    code = ('package p\n\ntype Codec struct{}\n\nfunc (c *Codec) Encode(dst, src []byte) {'
            '\n\tcopy(dst, src)\n}\n\nfunc Seal(c *Codec, src []byte) []byte {\n'
            '\tdst := make([]byte, len(src))\n\tc.Encode(dst, src)\n\treturn dst\n}\n')
    assert "ignored_error" not in _kinds("c.go", code)
    assert "ignored_error" in _kinds("d.go", code.replace(
        "func (c *Codec) Encode(dst, src []byte) {", "func (c *Codec) Encode(dst, src []byte) error {"
    ).replace("copy(dst, src)\n}", "copy(dst, src)\n\treturn nil\n}"))
