import sys; sys.path.insert(0, "/work/heldout/tools")
from alib import question

question("a-13", "go", r'''
package importer

import (
	"database/sql"
	"fmt"
	"io"
	"os"
)

func ImportAll(db *sql.DB, paths []string, importCSV func(*sql.Tx, io.Reader) error) error {
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("open %s: %w", path, err)
		}
		defer f.Close()
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		if err := importCSV(tx, f); err != nil {
			tx.Rollback()
			return fmt.Errorf("import %s: %w", path, err)
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
''',
"When are the files opened by `ImportAll` closed, and what happens if it is called with 5,000 paths?",
"Deferred calls run when the surrounding function returns, not at the end of each loop iteration, so every file stays open until `ImportAll` finishes. With 5,000 paths it holds thousands of descriptors at once and is likely to hit the process limit (often 1024), failing with 'too many open files'. Move the per-file work into a helper function containing the defer, or close each file explicitly after importing.",
["defer runs at function return, not per iteration", "all files stay open until ImportAll returns", "thousands of paths can exhaust file descriptors ('too many open files')", "fix: helper function per file or explicit Close"],
[
 ("correct", 10, "defer fires when ImportAll returns, not at the end of each pass through the loop, so every file it opens stays open until the whole import is done. With 5,000 paths that's 5,000 open descriptors and you'll probably hit the ulimit (1024 is common) and start getting 'too many open files'. I'd put the per-file body in its own function with the defer inside it."),
 ("partial", 4, "They're closed when the function returns, because of the defer. That's fine as long as there aren't too many files."),
 ("wrong", 1, "Each file is closed at the end of its loop iteration, because defer is scoped to the enclosing block."),
 ("fluent_false", 0, "Since Go 1.22 introduced per-iteration loop variables, `defer` inside a `for` body is scoped to that iteration, so each `f.Close()` runs before the next file is opened and at most one file is open at a time. 5,000 paths is fine; the only cost is the small overhead of the deferred calls."),
])

question("a-14", "java", r'''
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoleCheck {
    static boolean isAdmin(String role) {
        return role == "admin";
    }
}

class RoleCheckTest {
    @Test
    void adminLiteral() {
        assertTrue(RoleCheck.isAdmin("admin"));
    }

    @Test
    void adminFromHeader() {
        byte[] raw = "admin".getBytes(StandardCharsets.UTF_8);
        String header = new String(raw, StandardCharsets.UTF_8);
        assertTrue(RoleCheck.isAdmin(header));
    }
}
''',
"One of these tests passes and one fails. Which, and why?",
"`adminLiteral` passes and `adminFromHeader` fails. `==` compares String references, not contents. Identical string literals are interned to the same object, so the literal comparison is true, but `new String(raw, ...)` creates a distinct object with the same characters, so `==` is false. `isAdmin` should use `\"admin\".equals(role)`.",
["== on Strings compares references", "literals are interned, so adminLiteral passes", "new String creates a different object, so adminFromHeader fails", "use equals (e.g. \"admin\".equals(role))"],
[
 ("correct", 10, "adminLiteral passes, adminFromHeader fails. `==` on Strings asks 'same object?', not 'same text?'. Both \"admin\" literals are interned into one object, so that's true, but the header string is built at runtime from bytes, so it's a separate object with the same chars and `==` says false. Should be \"admin\".equals(role)."),
 ("partial", 6, "adminFromHeader fails because in Java you have to use .equals for strings, not ==."),
 ("wrong", 0, "Both pass, since both strings contain exactly \"admin\"."),
 ("fluent_false", 0, "Both fail. `==` between a String and a literal compares identity hash codes, and since Java 7 the compiler no longer interns literals passed across class boundaries, so even `isAdmin(\"admin\")` sees two different objects. You would need `intern()` on both sides for either test to pass."),
])

question("a-15", "java", r'''
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class VisitCounterServlet extends HttpServlet {
    private final Map<String, Integer> visits = new HashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String page = req.getParameter("page");
        if (page == null) {
            resp.sendError(400, "page required");
            return;
        }
        int count = visits.getOrDefault(page, 0) + 1;
        visits.put(page, count);
        resp.setContentType("text/plain");
        resp.getWriter().println(page + " visited " + count + " times");
    }
}
''',
"Is `visits` shared between concurrent requests, and is there a problem with how it is updated?",
"Yes. A servlet container normally creates a single servlet instance and calls `doGet` from many threads, so the instance field is shared even though it is not static. `getOrDefault` followed by `put` is a non-atomic read-modify-write, so concurrent hits lose counts, and concurrent writes to a plain HashMap can corrupt it. Use a `ConcurrentHashMap` with `merge(page, 1, Integer::sum)` (or synchronise). `page` and `count` are locals and are not shared.",
["one servlet instance serves all requests, so the field is shared across threads", "getOrDefault + put is a non-atomic read-modify-write: lost updates", "HashMap is not thread-safe", "fix: ConcurrentHashMap.merge or synchronisation"],
[
 ("correct", 10, "Yes. The container usually makes just one instance of the servlet and runs doGet on lots of threads, so the field is shared even though it isn't static. Two requests for the same page can both read 5 and both write 6, so a visit is lost, and unsynchronised writes can mess up the HashMap itself. I'd use a ConcurrentHashMap and `visits.merge(page, 1, Integer::sum)`."),
 ("partial", 6, "It's shared because servlets are singletons, so the HashMap should be changed to a ConcurrentHashMap."),
 ("wrong", 1, "No. It's an instance field, not static, so each request gets its own servlet object and its own map."),
 ("fluent_false", 0, "There is no problem. The servlet specification guarantees that `doGet` calls on a single instance are serialised by the container unless you opt into async processing, so the HashMap is only touched by one thread at a time and the get-then-put is effectively atomic."),
])

question("a-16", "python", r'''
def chunks(items, size):
    """Split items into lists of at most `size` elements."""
    if size <= 0:
        raise ValueError("size must be positive")
    out = []
    for start in range(0, len(items) - size + 1, size):
        out.append(items[start:start + size])
    return out


def send_in_batches(client, records, batch_size=100):
    sent = 0
    for batch in chunks(records, batch_size):
        client.post("/bulk", json=batch)
        sent += len(batch)
    return sent
''',
"What does `chunks(list(range(7)), 3)` return, and what does that mean for `send_in_batches`?",
"It returns `[[0, 1, 2], [3, 4, 5]]`: `range(0, 5, 3)` yields only 0 and 3, so the trailing partial chunk `[6]` is dropped. `send_in_batches` therefore never sends the last `len(records) % batch_size` records, and sends nothing at all (returning 0) when there are fewer than `batch_size` records. The loop should be `range(0, len(items), size)`.",
["returns [[0,1,2],[3,4,5]]; element 6 is lost", "the - size + 1 bound drops the final partial chunk", "send_in_batches silently skips the tail, or everything if fewer than batch_size records", "fix: range(0, len(items), size)"],
[
 ("correct", 10, "range(0, 5, 3) only gives starts 0 and 3, so you get [[0,1,2],[3,4,5]] and the 6 disappears. The `- size + 1` throws away any final partial chunk, so send_in_batches quietly skips the last len % 100 records, and with fewer than 100 records it sends nothing and returns 0. It should just be range(0, len(items), size)."),
 ("correct", 9, "[[0,1,2],[3,4,5]] — last partial chunk dropped, so the tail of `records` is never posted. Use range(0, len(items), size)."),
 ("partial", 6, "It returns [[0,1,2],[3,4,5]], so the last item is missing."),
 ("wrong", 1, "It returns [[0,1,2],[3,4,5],[6]], and send_in_batches makes three posts with 3, 3 and 1 records."),
 ("fluent_false", 0, "It returns `[[0, 1, 2], [3, 4, 5], [6]]`. Python slicing clamps out-of-range ends, so the `- size + 1` bound is just an optimisation that still reaches the final partial chunk; `send_in_batches` therefore sends every record, with the last batch smaller than `batch_size`."),
])
