"""Round 11, units, time and calendars: seconds against milliseconds, the ISO week with the
calendar year, a day cut in UTC where the business day is local, 24 hours taken for a local
day, degrees given to sin and cos, a total in dollars given as cents. Each rule asks the first
question on a small program of its form, stays silent on the correct forms, and holds to its
own YAML examples."""

from __future__ import annotations

import textwrap

import pytest

from tests.support.rule_tables import first_question, rules_named

RULES = {
    "python": ["py-millis-against-seconds-clock", "py-utc-day-for-local-business-day",
               "py-trig-of-degrees"],
    "javascript": ["js-retry-after-seconds-as-milliseconds", "js-utc-day-key-in-local-code",
                   "js-date-from-unix-seconds", "js-local-day-stepped-by-24-hours",
                   "js-trig-of-degrees", "js-payment-amount-in-major-units",
                   "js-seconds-added-to-milliseconds", "js-date-one-based-month"],
    "go": ["go-unix-given-millis", "go-iso-week-with-calendar-year", "go-utc-day-in-zoned-code",
           "go-local-day-added-as-24-hours", "go-trig-of-degrees"],
    "java": ["java-duration-unit-from-name", "java-iso-week-with-calendar-year",
             "java-utc-day-in-zoned-code", "java-epoch-seconds-as-millis", "java-trig-of-degrees"],
    "c": ["c-sleep-unit-from-name", "c-tm-field-set-from-one", "c-time-seconds-vs-millis",
          "c-trig-of-degrees"],
    "cpp": ["cpp-duration-unit-from-name"],
    "rust": ["rust-seconds-vs-millis", "rust-trig-of-degrees"],
}

def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(RULES)


FIRST = [
    ("cache/pages.py", "py-millis-against-seconds-clock", """
        import time

        class PageCache:
            def __init__(self, ttl):
                self.ttl = ttl
                self.entries = {}

            def put(self, key, html):
                self.entries[key] = {"html": html, "created_ms": int(time.time() * 1000)}

            def fresh(self, key):
                entry = self.entries[key]
                age = time.time() - entry["created_ms"]
                return age < self.ttl
    """),
    ("shop/daily.py", "py-utc-day-for-local-business-day", """
        from collections import defaultdict
        from datetime import datetime
        from zoneinfo import ZoneInfo

        SHOP_TZ = ZoneInfo("America/Chicago")

        def sale_day(paid_at):
            return datetime.utcfromtimestamp(paid_at).date()

        def totals(sales):
            out = defaultdict(int)
            for paid_at, amount in sales:
                out[sale_day(paid_at)] += amount
            return out
    """),
    ("geo/near.py", "py-trig-of-degrees", """
        import math

        def distance_km(lat1, lon1, lat2, lon2):
            dlat = lat2 - lat1
            dlon = lon2 - lon1
            a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
            return 2 * 6371 * math.asin(math.sqrt(a))
    """),
    ("accounts/reset.py", "py-naive-aware-datetime", """
        from datetime import datetime

        def is_valid(link):
            expires = datetime.strptime(link["expires"], "%Y-%m-%dT%H:%M:%S%z")
            return datetime.now() < expires
    """),
    ("src/poller.js", "js-seconds-added-to-milliseconds", """
        class FeedPoller {
          constructor(fetchFeed, options = {}) {
            this.fetchFeed = fetchFeed;
            this.options = { pollSeconds: 30, ...options };
          }
          start() {
            this.timer = setInterval(() => this.fetchFeed(), this.options.pollSeconds);
          }
        }
        module.exports = { FeedPoller };
    """),
    ("src/client.ts", "js-retry-after-seconds-as-milliseconds", """
        const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

        export async function backoff(res: Response): Promise<void> {
          const header = res.headers.get('retry-after');
          if (header !== null) {
            await sleep(Number(header));
          }
        }
    """),
    ("src/streaks.js", "js-utc-day-key-in-local-code", """
        function dayKey(date) {
          return date.toISOString().slice(0, 10);
        }
        function needsReminder(user, now = new Date()) {
          return now.getHours() >= 20 && user.lastDay !== dayKey(now);
        }
        module.exports = { dayKey, needsReminder };
    """),
    ("src/audit.js", "js-date-from-unix-seconds", """
        const SQL = 'SELECT id, EXTRACT(EPOCH FROM created_at)::bigint AS created FROM audit_log';
        function present(row) {
          return { id: row.id, at: new Date(Number(row.created)).toISOString() };
        }
        module.exports = { SQL, present };
    """),
    ("src/calendar.js", "js-local-day-stepped-by-24-hours", """
        const DAY_MS = 24 * 60 * 60 * 1000;
        function monthDays(year, monthIndex) {
          const start = new Date(year, monthIndex, 1);
          const end = new Date(year, monthIndex + 1, 1);
          const days = [];
          for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) {
            days.push(new Date(t).getDate());
          }
          return days;
        }
        module.exports = { monthDays };
    """),
    ("src/gauge.ts", "js-trig-of-degrees", """
        export function needleTip(value: number, max: number, r: number) {
          const angle = 225 - (value / max) * 270;
          return { x: r * Math.cos(angle), y: -r * Math.sin(angle) };
        }
    """),
    ("src/checkout.js", "js-payment-amount-in-major-units", """
        async function startCheckout(stripe, items) {
          const sum = items.reduce((s, i) => s + Number(i.price) * i.quantity, 0);
          const total = Math.round(sum * 100) / 100;
          const intent = await stripe.paymentIntents.create({ amount: total, currency: 'usd' });
          return intent.client_secret;
        }
        module.exports = { startCheckout };
    """),
    ("internal/events/events.go", "go-unix-given-millis", """
        package events

        import "time"

        type Event struct {
            Name        string
            CreatedAtMs int64
        }

        func eventTime(e Event) time.Time {
            return time.Unix(e.CreatedAtMs, 0)
        }
    """),
    ("internal/report/week.go", "go-iso-week-with-calendar-year", """
        package report

        import (
            "fmt"
            "time"
        )

        func weekKey(t time.Time) string {
            _, week := t.ISOWeek()
            return fmt.Sprintf("%d-W%02d", t.Year(), week)
        }
    """),
    ("internal/quota/limiter.go", "go-utc-day-in-zoned-code", """
        package quota

        import "time"

        type Limiter struct {
            zones map[string]*time.Location
            used  map[string]int
        }

        func (l *Limiter) dayKey(tenant string) string {
            return tenant + "/" + time.Now().UTC().Format("2006-01-02")
        }
    """),
    ("internal/alarm/alarm.go", "go-local-day-added-as-24-hours", """
        package alarm

        import "time"

        type Alarm struct {
            Hour int
            Loc  *time.Location
        }

        func (a Alarm) Next(now time.Time) time.Time {
            l := now.In(a.Loc)
            next := time.Date(l.Year(), l.Month(), l.Day(), a.Hour, 0, 0, 0, a.Loc)
            if !next.After(l) {
                next = next.Add(24 * time.Hour)
            }
            return next
        }
    """),
    ("src/main/java/app/Sync.java", "java-duration-unit-from-name", """
        package app;

        public class Sync {
            private final long retryDelaySeconds;

            public Sync(long retryDelaySeconds) {
                this.retryDelaySeconds = retryDelaySeconds;
            }

            void pause(int attempt) throws InterruptedException {
                Thread.sleep(retryDelaySeconds * attempt);
            }
        }
    """),
    ("src/main/java/app/Weeks.java", "java-iso-week-with-calendar-year", """
        package app;

        import java.time.LocalDate;
        import java.time.temporal.IsoFields;

        final class Weeks {
            static String weekOf(LocalDate day) {
                int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                return String.format("%d-W%02d", day.getYear(), week);
            }
        }
    """),
    ("src/main/java/app/StoreReport.java", "java-utc-day-in-zoned-code", """
        package app;

        import java.time.Instant;
        import java.time.LocalDate;
        import java.time.ZoneId;
        import java.time.ZoneOffset;

        public class StoreReport {
            private final ZoneId storeZone;

            public StoreReport(String zone) {
                this.storeZone = ZoneId.of(zone);
            }

            LocalDate businessDay(Instant paidAt) {
                return LocalDate.ofInstant(paidAt, ZoneOffset.UTC);
            }
        }
    """),
    ("src/main/java/app/Tokens.java", "java-epoch-seconds-as-millis", """
        package app;

        import java.time.Clock;
        import java.time.Instant;
        import java.util.Map;

        public class Tokens {
            private final Clock clock = Clock.systemUTC();

            public boolean isActive(Map<String, Object> claims) {
                Object exp = claims.get("exp");
                if (!(exp instanceof Number n)) {
                    return false;
                }
                return clock.instant().isBefore(Instant.ofEpochMilli(n.longValue()));
            }
        }
    """),
    ("src/client.c", "c-sleep-unit-from-name", """
        #include <unistd.h>

        struct cfg { int attempts; unsigned backoff_ms; };
        int try_connect(const struct cfg *c);

        int connect_with_retry(const struct cfg *c)
        {
            unsigned delay = c->backoff_ms;
            for (int i = 0; i < c->attempts; i++) {
                if (try_connect(c) == 0)
                    return 0;
                usleep(delay);
                delay *= 2;
            }
            return -1;
        }
    """),
    ("src/due.c", "c-tm-field-set-from-one", """
        #include <stdio.h>
        #include <string.h>
        #include <time.h>

        time_t due_date(const char *issued, int days)
        {
            struct tm tm;
            int y, m, d;
            if (sscanf(issued, "%4d-%2d-%2d", &y, &m, &d) != 3)
                return (time_t)-1;
            memset(&tm, 0, sizeof tm);
            tm.tm_year = y - 1900;
            tm.tm_mon = m;
            tm.tm_mday = d + days;
            return mktime(&tm);
        }
    """),
    ("src/throttle.cpp", "c-time-seconds-vs-millis", """
        #include <cstdint>
        #include <ctime>
        #include <string>
        #include <unordered_map>

        class LogThrottle {
        public:
            explicit LogThrottle(std::int64_t window_ms) : window_ms_(window_ms) {}
            bool should_log(const std::string& key) {
                std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
                auto it = last_.find(key);
                if (it != last_.end() && now - it->second < window_ms_) {
                    return false;
                }
                last_[key] = now;
                return true;
            }
        private:
            std::int64_t window_ms_;
            std::unordered_map<std::string, std::int64_t> last_;
        };
    """),
    ("src/watchdog.cpp", "cpp-duration-unit-from-name", """
        #include <chrono>

        class Watchdog {
        public:
            explicit Watchdog(long timeout_ms) : timeout_(timeout_ms) {}
            bool stalled(std::chrono::seconds quiet) const { return quiet > timeout_; }
        private:
            std::chrono::seconds timeout_;
        };
    """),
    ("src/auth.rs", "rust-seconds-vs-millis", """
        use std::time::{SystemTime, UNIX_EPOCH};

        pub struct Claims { pub sub: String, pub exp: u64 }

        fn now_millis() -> u64 {
            SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64
        }

        pub fn expired(claims: &Claims) -> bool {
            claims.exp < now_millis()
        }
    """),
    ("src/geo.rs", "rust-trig-of-degrees", """
        pub struct Point { pub lat: f64, pub lon: f64 }

        pub fn haversine_m(a: &Point, b: &Point) -> f64 {
            let dlat = b.lat - a.lat;
            let dlon = b.lon - a.lon;
            let h = (dlat / 2.0).sin().powi(2) + a.lat.cos() * b.lat.cos() * (dlon / 2.0).sin().powi(2);
            2.0 * 6_371_000.0 * h.sqrt().asin()
        }
    """),
]


@pytest.mark.parametrize(("path", "rule_id", "code"), FIRST, ids=[r for _, r, _ in FIRST])
def test_the_first_question_is_the_units_finding(path: str, rule_id: str, code: str) -> None:
    question = first_question(path, textwrap.dedent(code))
    assert (question.kind, question.facts.get("rule")) == ("wrong_result", rule_id)


CLEAN = [
    ("gateway/meter.py", """
        import time
        from datetime import datetime, timedelta, timezone
        from zoneinfo import ZoneInfo

        class Meter:
            def __init__(self, zone):
                self.zone = ZoneInfo(zone)
                self.recent_ms = []

            def day(self, ts):
                local = datetime.fromtimestamp(ts, tz=timezone.utc).astimezone(self.zone)
                iso = local.isocalendar()
                return local.date().isoformat(), f"{iso[0]}-W{iso[1]:02d}"

            def expired(self, issued_ms, ttl_seconds):
                return time.time() * 1000 - issued_ms > ttl_seconds * 1000

            def next_day(self, day):
                return (day + timedelta(days=1)).isoformat()
    """),
    ("src/session.js", """
        const SESSION_SECONDS = 15 * 60;
        function isExpired(token, now = Date.now()) {
          return token.exp * 1000 <= now;
        }
        function cookieOptions() {
          return { httpOnly: true, maxAge: SESSION_SECONDS * 1000 };
        }
        function startOfNextMonth(year, month) {
          // month is 1-based here
          return new Date(year, month, 1);
        }
        function bearingX(deg, r) {
          return r * Math.cos((deg * Math.PI) / 180);
        }
        function later(res, fn) {
          setTimeout(fn, Number(res.headers.get('retry-after')) * 1000);
        }
        module.exports = { isExpired, cookieOptions, startOfNextMonth, bearingX, later };
    """),
    ("internal/sched/job.go", """
        package sched

        import (
            "fmt"
            "time"
        )

        type Job struct {
            EverySeconds  int
            LastRunMillis int64
            Loc           *time.Location
        }

        func (j Job) Due(now time.Time) bool {
            return now.Sub(time.UnixMilli(j.LastRunMillis)) >= time.Duration(j.EverySeconds)*time.Second
        }

        func (j Job) WeekKey(t time.Time) string {
            year, week := t.In(j.Loc).ISOWeek()
            return fmt.Sprintf("%d-W%02d %s", year, week, t.In(j.Loc).Format("2006-01-02"))
        }

        func (j Job) Tomorrow(t time.Time) time.Time {
            return t.In(j.Loc).AddDate(0, 0, 1)
        }
    """),
    ("src/main/java/app/Times.java", """
        package app;

        import java.time.Instant;
        import java.time.LocalDate;
        import java.time.ZoneId;
        import java.time.temporal.IsoFields;
        import java.util.concurrent.TimeUnit;

        public final class Times {
            private Times() {}

            public static void pause(long seconds) throws InterruptedException {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            }

            public static Instant expiry(long expSeconds) {
                return Instant.ofEpochSecond(expSeconds);
            }

            public static LocalDate day(Instant at, ZoneId zone) {
                return LocalDate.ofInstant(at, zone);
            }

            public static String weekKey(LocalDate d) {
                return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            }
        }
    """),
    ("src/stamp.c", """
        #include <stdio.h>
        #include <string.h>
        #include <time.h>
        #include <unistd.h>

        int parse_day(const char *s, struct tm *out)
        {
            int y, m, d;
            if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
                return -1;
            memset(out, 0, sizeof *out);
            out->tm_year = y - 1900;
            out->tm_mon = m - 1;
            out->tm_mday = d;
            return 0;
        }

        void pause_ms(unsigned ms)
        {
            usleep(ms * 1000);
        }
    """),
    ("src/geo.rs", """
        use std::time::Duration;

        pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
            let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
            let dp = (lat2 - lat1).to_radians();
            let dl = (lon2 - lon1).to_radians();
            let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
            2.0 * 6371.0 * a.sqrt().asin()
        }

        pub fn poll(poll_ms: u64) -> Duration {
            Duration::from_millis(poll_ms)
        }
    """),
]


@pytest.mark.parametrize(("path", "code"), CLEAN, ids=[p for p, _ in CLEAN])
def test_the_correct_forms_claim_no_defect(path: str, code: str) -> None:
    question = first_question(path, textwrap.dedent(code))
    assert question.kind in ("function", "design", "unhandled_error", "empty_input"), \
        (question.kind, question.facts.get("rule"))
