"""Session 18: forms of documented hazards that rules we had did not reach, each widened from
the hazard's own description, with the escapes that must stay silent: a C++ `std::fopen` left
open on an early return, a 32-bit product that a sum starts from stored in a 64-bit variable, a
ConcurrentHashMap check that undoes something before it refuses, an XML factory kept in a
field, and a secret built a character at a time from `Math.random()`."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires, first_question

CPP_LEAK = """#include <cstdio>
#include <string>

bool loadShow(const char* path, std::string& error) {
    std::FILE* f = std::fopen(path, "r");
    if (!f) {
        error = "cannot open";
        return false;
    }
    char buf[256];
    if (!std::fgets(buf, sizeof buf, f)) {
        error = "missing header";
        return false;
    }
    std::fclose(f);
    return true;
}
"""


def test_a_std_qualified_fopen_left_open_on_an_early_return_is_asked_first() -> None:
    question = first_question("show/load.cpp", CPP_LEAK)
    assert (question.kind, question.line) == ("resource_leak", 13)


@pytest.mark.parametrize("code", [
    # closed before the early return, or held by a unique_ptr with fclose as its deleter
    CPP_LEAK.replace('        error = "missing header";\n',
                     '        error = "missing header";\n        std::fclose(f);\n'),
    ("#include <cstdio>\n#include <memory>\nbool load(const char* p) {\n"
     "    std::unique_ptr<std::FILE, decltype(&std::fclose)> f(std::fopen(p, \"r\"), &std::fclose);\n"
     "    if (!f) return false;\n    char buf[8];\n    if (!std::fgets(buf, sizeof buf, f.get())) return false;\n"
     "    return true;\n}\n"),
])
def test_a_std_fopen_closed_on_every_path_is_no_leak(code: str) -> None:
    assert not fires("cpp", "c-return-leaks-resource", code)


@pytest.mark.parametrize(("line", "expected"), [
    ("long long e = (stop_s - start_s) * 1000000 - LATENCY_US;", True),
    ("long long e = days * 86400 + 5;", True),
    ("long long e = 1 + start_s * stop_s;", True),
    # widened first, a sum with no product, or a product of no unit and one name
    ("long long e = (long long)(stop_s - start_s) * 1000000 - LATENCY_US;", False),
    ("long long e = (stop_s - start_s) * 1000000LL - LATENCY_US;", False),
    ("long long e = start_s - stop_s;", False),
    ("long long e = start_s + stop_s * 2;", False),
])
def test_a_32_bit_product_a_sum_starts_from_is_widened_too_late(line: str, expected: bool) -> None:
    code = ("#define LATENCY_US 120000\nstatic long long f(int start_s, int stop_s, int days) {\n"
            f"    {line}\n    return e;\n}}\n")
    assert fires("c", "c-int-product-widened-too-late", code) is expected


_MAP = ("class Slots {{ private final ConcurrentHashMap<String, String> byPad = "
        "new ConcurrentHashMap<>(); private final Set<String> flying = ConcurrentHashMap.newKeySet(); "
        "boolean reserve(String pad, String pilot) {{ {body} byPad.put(pad, pilot); return true; }} }}")


@pytest.mark.parametrize(("body", "expected"), [
    # refuses after undoing its own earlier step: two threads still both pass the check
    ("if (byPad.containsKey(pad)) { flying.remove(pilot); return false; }", True),
    ("if (byPad.containsKey(pad)) { flying.remove(pilot); throw new IllegalStateException(pad); }",
     True),
    # a branch that does not leave, or no check at all
    ("if (byPad.containsKey(pad)) { flying.remove(pilot); }", False),
    ("flying.add(pilot);", False),
])
def test_a_concurrent_map_check_that_undoes_then_refuses_is_check_then_act(
        body: str, expected: bool) -> None:
    code = _MAP.format(body=body)
    assert fires("java", "java-concurrent-map-read-then-put", code) is expected
    synchronized = code.replace("boolean reserve(String pad, String pilot) {",
                                "synchronized boolean reserve(String pad, String pilot) {")
    assert not fires("java", "java-concurrent-map-read-then-put", synchronized)


def test_an_xml_factory_made_in_a_constructor_and_parsed_with_elsewhere_is_asked_first() -> None:
    code = """import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class Inspections {
    private final DocumentBuilderFactory factory;

    public Inspections() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
    }

    Document parse(InputStream in) throws Exception {
        return factory.newDocumentBuilder().parse(in);
    }
}
"""
    question = first_question("Inspections.java", code)
    assert (question.kind, question.line) == ("unsafe_deserialization", 9)
    hardened = code.replace("factory.setNamespaceAware(true);", 'factory.setFeature('
                            '"http://apache.org/xml/features/disallow-doctype-decl", true);')
    assert not fires("java", "java-xml-parser-resolves-entities", hardened)


def test_a_token_built_a_character_at_a_time_from_math_random_is_asked_in_typescript() -> None:
    code = """const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

export class ShareLinks {
  private links = new Map<string, string>();

  create(record: string): string {
    let token = "";
    for (let i = 0; i < 24; i++) {
      token += CHARS[Math.floor(Math.random() * CHARS.length)];
    }
    this.links.set(token, record);
    return token;
  }
}
"""
    question = first_question("share.ts", code)
    assert (question.kind, question.line) == ("insecure_random", 9)
    label = code.replace("token", "label")
    assert not fires("typescript", "js-math-random-secret", label)


_SCALE = """CATALOGUE = {{}}


def scale(recipe, servings):
    factor = servings / recipe["serves"]
    scaled = dict(recipe)
    scaled["serves"] = servings
{rebuild}    for item in scaled["ingredients"]:
        item["qty"], item["unit"] = item["qty"] * factor, item["unit"]
    return scaled
"""


def test_a_shallow_copy_whose_other_entry_is_rebuilt_still_shares_its_nested_items() -> None:
    question = first_question("kitchen/scale.py", _SCALE.format(rebuild=""))
    assert (question.kind, question.line) == ("mutated_argument", 9)


@pytest.mark.parametrize("rebuild", [
    # the entry whose items change is rebuilt first: nothing is shared any more
    '    scaled["ingredients"] = [dict(i) for i in recipe["ingredients"]]\n',
])
def test_a_shallow_copy_whose_changed_entry_is_rebuilt_shares_nothing(rebuild: str) -> None:
    question = first_question("kitchen/scale.py", _SCALE.format(rebuild=rebuild))
    assert question.kind != "mutated_argument", (question.kind, question.line)
