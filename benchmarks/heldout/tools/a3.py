import sys; sys.path.insert(0, "/work/heldout/tools")
from alib import question

question("a-09", "javascript", r'''
async function saveAll(db, records) {
  let saved = 0;
  records.forEach(async (r) => {
    await db.collection("records").insertOne(r);
    saved++;
  });
  return saved;
}

test("saves every record", async () => {
  const db = fakeDb();
  const n = await saveAll(db, [{ a: 1 }, { a: 2 }]);
  expect(n).toBe(2);
  expect(await db.collection("records").countDocuments()).toBe(2);
});

module.exports = { saveAll };
''',
"Why does this test fail, and what else is wrong with `saveAll`?",
"`forEach` ignores the promises returned by the async callback, so `saveAll` returns before any insert has completed and `saved` is still 0, failing `expect(n).toBe(2)`. The inserts are floating promises: the caller cannot wait for them and a failed insert becomes an unhandled rejection. Use `for...of` with `await`, or `await Promise.all(records.map(...))`.",
["forEach does not await async callbacks", "saveAll returns 0 before the inserts finish", "the insert promises float: errors are unhandled and callers can't wait", "fix with for...of + await or await Promise.all(map)"],
[
 ("correct", 10, "forEach doesn't wait for async callbacks — it calls them and throws the returned promises away. So `return saved` runs while the inserts are still pending and n is 0. On top of that, if an insert fails nobody sees it except as an unhandled rejection. Use `for (const r of records) await ...` or `await Promise.all(records.map(...))`."),
 ("partial", 6, "The test fails because saved is still 0 when the function returns. It should use a normal for loop instead of forEach."),
 ("wrong", 1, "It fails because `saved++` isn't atomic, so the two callbacks increment at the same time and it ends up as 1."),
 ("fluent_false", 0, "Because `saveAll` is declared `async`, the engine awaits every promise created within its body before resolving, including those from the `forEach` callbacks, so `saved` is 2 when it returns. The test actually fails because `insertOne` mutates each record by adding an `_id`, which breaks the fake DB's count."),
])

question("a-10", "javascript", r'''
// events: [{ userId, path, ts }] -- roughly 10^6 per day
function uniqueVisitors(events) {
  const ids = events.map((e) => e.userId);
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

function topPaths(events, k) {
  const counts = new Map();
  for (const e of events) {
    counts.set(e.path, (counts.get(e.path) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
}

function dailyReport(events) {
  return {
    visitors: uniqueVisitors(events).length,
    top: topPaths(events, 10),
  };
}
''',
"What is the time complexity of `uniqueVisitors` and `topPaths` for n events, and which one worries you at a million events?",
"`uniqueVisitors` is O(n^2) in the worst case: for each element, `indexOf` scans from the start of the array until it finds the first occurrence, up to i steps, so with mostly distinct users it is about n^2/2 comparisons. `topPaths` is O(n) for counting with a Map plus O(p log p) to sort the p distinct paths. `uniqueVisitors` is the problem; use `new Set(ids)`.",
["indexOf inside filter is a linear scan per element", "uniqueVisitors is O(n^2) worst case", "topPaths is O(n + p log p) using Map O(1) operations", "fix with a Set"],
[
 ("correct", 10, "uniqueVisitors: for each element, indexOf walks the array from the front until it finds that id, up to i steps, so with mostly different users that's ~n²/2 — around 5·10^11 comparisons at a million events. topPaths is one pass with O(1) Map get/set plus a sort of the distinct paths, so O(n + p log p). I'd replace the filter with `[...new Set(ids)]`."),
 ("correct", 9, "uniqueVisitors is O(n²) (indexOf inside filter); topPaths is O(n + p log p). Use a Set."),
 ("partial", 4, "uniqueVisitors is probably slower because filter and indexOf both loop over the array, maybe O(n log n). topPaths is fine."),
 ("wrong", 1, "topPaths is the problem because sorting a Map is O(n^2); uniqueVisitors is linear because filter only goes through the array once."),
 ("fluent_false", 0, "Both are linear. V8 backs arrays of primitives with a hash index, so `Array.prototype.indexOf` is O(1) per lookup and `uniqueVisitors` is O(n); `topPaths` is dominated by its O(n) counting loop. At 10^6 events both finish in milliseconds, so nothing needs to change."),
])

question("a-11", "javascript", r'''
const fs = require("fs");

const DEFAULTS = { theme: "light", autosave: true };

function loadSettings(path) {
  let text;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { ...DEFAULTS };
    throw err;
  }
  const data = JSON.parse(text);
  return {
    theme: data.theme === "dark" ? "dark" : "light",
    autosave: data.autosave !== false,
  };
}

module.exports = { loadSettings };
''',
"What does `loadSettings` do if the file exists but contains `{theme: dark}`? And if it contains just `null`?",
"For `{theme: dark}` (invalid JSON) `JSON.parse` throws a SyntaxError; the try/catch only wraps `readFileSync`, so the error propagates to the caller. For `null`, parsing succeeds and returns null, and then `data.theme` throws a TypeError. Only a missing file (ENOENT) yields the defaults.",
["JSON.parse is outside the try, so the SyntaxError propagates", "null parses fine but data.theme then throws TypeError", "only ENOENT returns the defaults"],
[
 ("correct", 10, "For the broken file JSON.parse throws a SyntaxError, and because the try only covers readFileSync it goes straight up to whoever called loadSettings. For `null` the parse works and gives null, then `data.theme` blows up with a TypeError (can't read properties of null). Only a missing file gets you the defaults."),
 ("partial", 5, "It throws a SyntaxError because JSON.parse isn't inside the try block. If the file is null it just returns the default settings."),
 ("wrong", 1, "It returns the default settings, because the catch block handles the error."),
 ("fluent_false", 0, "Both inputs are handled gracefully. Node's `JSON.parse` is lenient about unquoted keys and bare identifiers, so `{theme: dark}` parses to `{ theme: 'dark' }` and you get the dark theme; `null` is coerced to an empty object, so `data.theme` is undefined and you get the light defaults."),
])

question("a-12", "go", r'''
package du

import (
	"os"
	"sync"
)

// TotalSize returns the combined size in bytes of the given files.
func TotalSize(paths []string) int64 {
	var total int64
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func(p string) {
			defer wg.Done()
			info, err := os.Stat(p)
			if err != nil {
				return
			}
			total += info.Size()
		}(p)
	}
	wg.Wait()
	return total
}
''',
"Is `TotalSize` safe, and will it always return the correct total?",
"No. Every goroutine does `total += info.Size()` on the shared variable without synchronisation, a data race: read-modify-writes can interleave and updates are lost, so the total can be too small (and `go test -race` reports it). The WaitGroup and passing `p` as an argument are correct. Fix with `atomic.AddInt64`, a mutex, or sending sizes over a channel. (Stat errors are also silently ignored.)",
["total += from many goroutines is a data race", "concurrent read-modify-write loses updates, so the sum can be wrong", "p is passed as a parameter and the WaitGroup is used correctly", "use atomic.AddInt64, a mutex or a channel"],
[
 ("correct", 10, "No. All the goroutines do `total += info.Size()` on the same variable with no lock. That's a data race: two of them can read the same old value and one size gets lost, so the sum can come out short, and -race will flag it. p is passed in as an argument so that part is fine. Use atomic.AddInt64(&total, ...) or a mutex."),
 ("correct", 8, "No: `total +=` from many goroutines is a data race, updates get lost. Use atomic.AddInt64 or a mutex."),
 ("partial", 5, "There's a race condition so the result might be wrong, and also the loop variable p is captured by the closure so some goroutines may see the same path."),
 ("wrong", 1, "Yes, the WaitGroup makes sure every goroutine finishes before we return, so the total is always correct."),
 ("fluent_false", 0, "It's safe. Additions to an int64 are atomic on 64-bit platforms, and `wg.Wait()` establishes a happens-before edge from every `Done`, so each increment is visible and none can be lost. The only subtle issue is that `p` is shared by all goroutines, so some files may be stat'ed twice."),
])
