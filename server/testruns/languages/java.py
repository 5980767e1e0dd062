"""Java (OpenJDK 17, JUnit 5): tests by JUnit's console launcher, `call` cases as Java expressions.

The candidate's classes are in the default package at the workspace root. The pack's command
compiles every `.java` file against JUnit's standalone jar and runs the launcher, whose
report gives a case per test method; a case's file is the pack test file declaring its class.

`call` cases: the driver writes `HARNESS` (class `VivaCases`) into the workspace, compiles it
with the rest once, then starts a fresh JVM for each case: it evaluates case i's expression
alone and writes only its JSON to the descriptor it is given (opened as /proc/self/fd/N).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from server.packs.model import CaseCheck

__all__ = ["ADDRESS_MB", "CLASSES", "EXTENSIONS", "JUNIT_JAR", "child", "env", "harness", "prepare",
           "test_names"]

ADDRESS_MB: Final = 2048
"""The JVM reserves address space (class space, code cache) far beyond what it uses."""

EXTENSIONS: Final = (".java",)

JUNIT_JAR: Final = "/usr/share/java/junit-platform-console-standalone.jar"
"""Debian's junit5 package's standalone launcher (JUnit Jupiter and the platform in one jar)."""

CLASSES: Final = "/tmp/viva-cases"

_CLASS: Final = re.compile(r"^[ \t]*(?:(?:public|final|abstract)\s+)*class\s+([A-Za-z_$][\w$]*)", re.MULTILINE)

_HEAD: Final = r"""
import java.io.FileOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.*;

public final class VivaCases {
    static String json(Object v, int depth) throws Exception {
        if (depth > 50) throw new IllegalArgumentException("nested too deeply");
        if (v == null) return "null";
        if (v instanceof Boolean) return v.toString();
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a finite number");
            return Double.toString(d);
        }
        if (v instanceof Number) return new java.math.BigDecimal(v.toString()).toPlainString();
        if (v instanceof CharSequence || v instanceof Character) return str(v.toString());
        if (v instanceof Enum<?>) return str(((Enum<?>) v).name());
        if (v instanceof Optional<?>) return json(((Optional<?>) v).orElse(null), depth + 1);
        StringBuilder out = new StringBuilder();
        if (v instanceof Map<?, ?>) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                Object k = e.getKey();
                if (!(k instanceof CharSequence || k instanceof Number || k instanceof Character
                        || k instanceof Enum<?>))
                    throw new IllegalArgumentException("a key is not a string or number");
                if (!first) out.append(',');
                first = false;
                String key = k instanceof Enum<?> ? ((Enum<?>) k).name() : k.toString();
                out.append(str(key)).append(':').append(json(e.getValue(), depth + 1));
            }
            return out.append('}').toString();
        }
        if (v instanceof Set<?>) {
            List<String> items = new ArrayList<>();
            for (Object x : (Set<?>) v) items.add(json(x, depth + 1));
            Collections.sort(items);
            return "[" + String.join(",", items) + "]";
        }
        if (v instanceof Iterable<?>) {
            List<String> items = new ArrayList<>();
            for (Object x : (Iterable<?>) v) items.add(json(x, depth + 1));
            return "[" + String.join(",", items) + "]";
        }
        if (v.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) items.add(json(Array.get(v, i), depth + 1));
            return "[" + String.join(",", items) + "]";
        }
        if (v.getClass().isRecord()) {
            out.append('{');
            boolean first = true;
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                if (!first) out.append(',');
                first = false;
                c.getAccessor().setAccessible(true);
                out.append(str(c.getName())).append(':').append(json(c.getAccessor().invoke(v), depth + 1));
            }
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("a " + v.getClass().getSimpleName() + " cannot be serialised");
    }

    static String str(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') out.append('\\').append(ch);
            else if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch));
            else out.append(ch);
        }
        return out.append('"').toString();
    }

    static void emit(FileOutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (Exception ignored) {
        }
        Runtime.getRuntime().halt(0);
    }

    static Object call(int i) throws Throwable {
        switch (i) {
"""

_TAIL: Final = r"""
            default: throw new IllegalStateException("no such case");
        }
    }

    public static void main(String[] args) throws Exception {
        FileOutputStream out = new FileOutputStream("/proc/self/fd/" + args[2]);
        String text;
        try {
            text = "{\"ok\":true,\"value\":" + json(call(Integer.parseInt(args[3])), 0) + "}";
        } catch (Throwable e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            text = "{\"ok\":false,\"error\":" + str(why.length() > 300 ? why.substring(0, 300) : why) + "}";
        }
        emit(out, text);
    }
}
"""


def harness(cases: list[CaseCheck]) -> str:
    """The cases' class: one branch per case."""
    branches = "".join(f"            case {i}: return ({case.call});\n"
                       for i, case in enumerate(cases) if case.call is not None)
    return _HEAD + branches + _TAIL


def prepare(cases: list[CaseCheck]) -> dict[str, object]:
    """What the driver does once before the cases: write the harness, compile everything."""
    compile_all = (f"mkdir -p {CLASSES} && find . -name '*.java' -print0 | "
                   f"xargs -0 javac -J-Xmx256m -nowarn -encoding UTF-8 -d {CLASSES} -cp {JUNIT_JAR}")
    return {"files": {"VivaCases.java": harness(cases)}, "argv": ["/bin/sh", "-c", compile_all]}


def child(runtime: str, memory_mb: int) -> list[str]:
    """A case's process: a fresh JVM on the compiled classes (the driver adds the arguments)."""
    return [runtime, f"-Xmx{max(16, memory_mb // 2)}m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-cp", CLASSES, "VivaCases"]


def env(memory_mb: int) -> Mapping[str, str]:
    """The JVM's heap bounded within the run's memory; few threads (the sandbox bounds processes)."""
    return {"JAVA_TOOL_OPTIONS": f"-Xmx{max(16, memory_mb // 2)}m -XX:+UseSerialGC -XX:CICompilerCount=2"}


def test_names(source: str) -> set[str]:
    """The top-level classes a Java test file declares: JUnit's report names them."""
    return set(_CLASS.findall(source))
