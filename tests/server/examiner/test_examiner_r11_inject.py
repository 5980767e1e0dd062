"""Round 11, injection through less common sinks and forms: each widened or new check asks the
first question on a small program of its form, and the escapes (bound values, allow-lists with
no fallback to the raw value, escaping calls, argument lists without a shell) stay silent."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import first_question, rules_named

_NEW_RULES = {
    "python": ("py-async-shell-built", "py-markup-substituted-unescaped",
               "py-nosql-filter-from-request", "py-format-string-from-request"),
    "javascript": ("js-sql-raw-fragment-from-values", "js-location-header-from-request",
                   "js-nosql-filter-from-request", "js-sql-built-from-strings"),
    "typescript": ("js-sql-raw-fragment-from-values",),
    "go": ("go-sql-built-from-strings",),
    "java": ("java-sql-built-from-strings", "java-command-from-strings"),
    "c": ("c-shell-command", "c-sql-formatted"),
    "cpp": ("cpp-sql-concatenated", "c-shell-command"),
    "rust": ("rust-sql-formatted", "rust-html-formatted"),
}


def _first(path: str, source: str) -> tuple[str, str]:
    question = first_question(path, textwrap.dedent(source))
    return question.kind, str(question.facts.get("rule", ""))


FIRST = [
    ("py-sort-fallback", "app/listing.py", "sql_injection", "", """
        import sqlite3

        SORT_COLUMNS = {"name": "item_name", "price": "unit_price"}

        def list_items(conn: sqlite3.Connection, category: str, sort: str) -> list:
            column = SORT_COLUMNS.get(sort, sort)
            sql = f"SELECT sku FROM items WHERE category = ? ORDER BY {column}"
            return conn.execute(sql, (category,)).fetchall()

        if __name__ == "__main__":
            print(list_items(sqlite3.connect(":memory:"), "tools", "price"))
    """),
    ("py-async-shell", "media/thumbs.py", "command_injection", "py-async-shell-built", """
        import asyncio

        async def make_thumbnail(filename: str) -> int:
            cmd = f"convert '{filename}' -resize 200x out.png"
            proc = await asyncio.create_subprocess_shell(cmd)
            return await proc.wait()
    """),
    ("py-markup", "wiki/render.py", "xss", "py-markup-substituted-unescaped", """
        import re

        def render_markup(text: str) -> str:
            text = re.sub(r"\\*\\*(.+?)\\*\\*", r"<strong>\\1</strong>", text)
            text = re.sub(r"_(.+?)_", r"<em>\\1</em>", text)
            return f"<p>{text}</p>"
    """),
    ("py-mongo", "auth/reset.py", "code_injection", "py-nosql-filter-from-request", """
        from flask import Flask, request
        from pymongo import MongoClient

        app = Flask(__name__)
        users = MongoClient()["shop"]["users"]

        @app.post("/reset/confirm")
        def confirm():
            body = request.get_json()
            user = users.find_one({"username": body["username"], "reset_token": body["token"]})
            return {"ok": user is not None}
    """),
    ("py-format-helper", "notify/templates.py", "code_injection", "py-format-string-from-request", """
        from flask import Flask, request

        app = Flask(__name__)

        def render_notice(template: str, invoice) -> str:
            return template.format(invoice=invoice)

        @app.post("/preview")
        def preview():
            body = request.get_json(force=True)
            template = body.get("template", "Invoice {invoice.number}")
            return {"text": render_notice(template, load_invoice())}
    """),
    ("js-knex-order-raw", "src/products.js", "sql_injection", "js-sql-raw-fragment-from-values", """
        const knex = require('./db');

        async function listProducts(req, res) {
          const { sort = 'name', dir = 'asc' } = req.query;
          const rows = await knex('products').where({ active: true }).orderByRaw(`${sort} ${dir}`);
          res.json(rows);
        }

        module.exports = { listProducts };
    """),
    ("js-sequelize-literal", "src/authors.js", "sql_injection", "js-sql-raw-fragment-from-values", """
        async function authorsWithCounts(Author, sequelize, genre) {
          return Author.findAll({
            attributes: ['id', [sequelize.literal(`(SELECT COUNT(*) FROM books b WHERE b.genre = '${genre}')`), 'n']],
          });
        }
        module.exports = { authorsWithCounts };
    """),
    ("js-location-header", "src/login.js", "bypassable_check", "js-location-header-from-request", """
        const http = require('http');

        function finishLogin(req, res) {
          const url = new URL(req.url, `http://${req.headers.host}`);
          const target = url.searchParams.get('returnTo') || '/dashboard';
          res.writeHead(302, { Location: target });
          res.end();
        }

        http.createServer(finishLogin).listen(3000);
    """),
    ("js-mongo-spread", "src/orders.js", "code_injection", "js-nosql-filter-from-request", """
        async function searchOrders(req, res) {
          const filter = { ...req.query, shopId: req.user.shopId };
          const orders = await db.collection('orders').find(filter).toArray();
          res.json(orders);
        }
        module.exports = { searchOrders };
    """),
    ("ts-typeorm-where", "src/users.ts", "sql_injection", "js-sql-raw-fragment-from-values", """
        export async function findByName(repo: any, fragment: string): Promise<unknown[]> {
          return repo
            .createQueryBuilder("user")
            .where(`user.displayName ILIKE '%${fragment}%'`)
            .getMany();
        }
    """),
    ("go-order-helper", "store/tickets.go", "sql_injection", "go-sql-built-from-strings", """
        package store

        import "fmt"

        func orderClause(field, dir string) string {
            return fmt.Sprintf(" ORDER BY %s %s", field, dir)
        }
    """),
    ("java-get-or-default", "BookDao.java", "sql_injection", "java-sql-built-from-strings", """
        import java.sql.*;
        import java.util.Map;

        public class BookDao {
            private static final Map<String, String> SORT = Map.of("title", "b.title");

            public ResultSet find(Connection c, String author, String sort) throws SQLException {
                String column = SORT.getOrDefault(sort, sort);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT b.id FROM books b WHERE b.author = ?" + " ORDER BY " + column);
                ps.setString(1, author);
                return ps.executeQuery();
            }
        }
    """),
    ("java-sh-c-array", "Converter.java", "command_injection", "java-command-from-strings", """
        public final class Converter {
            public Process toPdf(String name) throws java.io.IOException {
                return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c",
                        "libreoffice --convert-to pdf " + name});
            }
        }
    """),
    ("c-sqlite-mprintf", "guestbook.c", "sql_injection", "c-sql-formatted", """
        #include <sqlite3.h>

        int add_entry(sqlite3 *db, const char *name) {
            char *sql = sqlite3_mprintf("INSERT INTO entries(name) VALUES('%s')", name);
            int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
            sqlite3_free(sql);
            return rc;
        }
    """),
    ("cpp-std-system", "transcode.cpp", "command_injection", "c-shell-command", """
        #include <cstdlib>
        #include <string>

        int transcode(const std::string& input) {
            const std::string cmd = "ffmpeg -y -i \\"" + input + "\\" out.mp3";
            return std::system(cmd.c_str());
        }
    """),
    ("cpp-sql-concat", "inventory.cpp", "sql_injection", "cpp-sql-concatenated", """
        #include <sqlite3.h>
        #include <string>

        bool remove_sku(sqlite3* db, const std::string& sku) {
            const std::string sql = "DELETE FROM stock WHERE sku = '" + sku + "';";
            return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
        }
    """),
    ("rust-html-format", "src/handlers.rs", "xss", "rust-html-formatted", """
        use axum::{extract::Query, response::Html};

        pub async fn greet(Query(p): Query<Params>) -> Html<String> {
            let name = p.name.unwrap_or_default();
            Html(format!("<h1>Hello, {}!</h1>", name))
        }
    """),
]


@pytest.mark.parametrize(("path", "kind", "rule", "source"), [f[1:] for f in FIRST],
                         ids=[f[0] for f in FIRST])
def test_the_first_question_is_the_injection(path: str, kind: str, rule: str,
                                             source: str) -> None:
    found_kind, found_rule = _first(path, source)
    assert found_kind == kind
    if rule:
        assert found_rule == rule


CLEAN = [
    ("report.py", """
        import html
        import re
        import sqlite3
        import subprocess

        SORTABLE = {"date": "created_at", "amount": "amount_cents"}

        def fetch_rows(conn: sqlite3.Connection, ids: list[int], sort: str) -> list:
            column = SORTABLE.get(sort, "created_at")
            marks = ", ".join("?" for _ in ids)
            sql = f"SELECT id FROM payments WHERE id IN ({marks}) ORDER BY {column}"
            return conn.execute(sql, ids).fetchall()

        def order_column(sort: str) -> str:
            if sort == "amount":
                return "amount_cents"
            return "created_at"

        def newest(conn: sqlite3.Connection, sort: str) -> list:
            return conn.execute(f"SELECT id FROM payments ORDER BY {order_column(sort)}").fetchall()

        def emphasise(note: str) -> str:
            return re.sub(r"\\*(.+?)\\*", r"<em>\\1</em>", html.escape(note))

        def print_pdf(src: str, out: str) -> None:
            subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True, timeout=60)
    """),
    ("src/report.service.ts", """
        import { Pool } from "pg";

        const pool = new Pool();

        function orderColumn(sort: string): string {
          switch (sort) {
            case "amount":
              return "amount_cents";
            default:
              return "created_at";
          }
        }

        export async function payments(customer: string, sort: string): Promise<unknown[]> {
          const sql = `SELECT id FROM payments WHERE customer = $1 ORDER BY ${orderColumn(sort)} DESC`;
          const { rows } = await pool.query(sql, [customer]);
          return rows;
        }
    """),
    ("src/invoices.js", """
        const knex = require('./db');
        const SORTS = { date: 'issued_at', total: 'total_cents' };

        async function list(req, res) {
          const known = Object.prototype.hasOwnProperty.call(SORTS, req.query.sort);
          const column = known ? SORTS[req.query.sort] : 'issued_at';
          const rows = await knex('invoices').whereRaw('customer = ?', [req.query.customer]).orderBy(column);
          res.json(rows);
        }

        function back(req, res) {
          const target = new URL(req.url, 'http://localhost').searchParams.get('next') || '/';
          const local = target.startsWith('/') && !target.startsWith('//') ? target : '/';
          res.writeHead(302, { Location: local });
          res.end();
        }

        module.exports = { list, back };
    """),
    ("store/export.go", """
        package store

        import (
            "context"
            "database/sql"
            "fmt"

            "github.com/lib/pq"
        )

        func CountRows(ctx context.Context, db *sql.DB, table string) (int64, error) {
            var n int64
            q := fmt.Sprintf("SELECT count(*) FROM %s", pq.QuoteIdentifier(table))
            err := db.QueryRowContext(ctx, q).Scan(&n)
            return n, err
        }
    """),
    ("OrderRepository.java", """
        import jakarta.persistence.EntityManager;
        import java.util.List;

        public class OrderRepository {
            private final EntityManager em;

            public OrderRepository(EntityManager em) {
                this.em = em;
            }

            private static String orderBy(String sort) {
                switch (sort == null ? "" : sort) {
                    case "total":
                        return "o.total";
                    default:
                        return "o.createdAt";
                }
            }

            public List<?> byStatus(String status, String sort) {
                return em.createQuery("SELECT o FROM Order o WHERE o.status = :status ORDER BY " + orderBy(sort))
                        .setParameter("status", status).getResultList();
            }
        }
    """),
    ("src/accounts.rs", """
        use sqlx::PgPool;

        fn order_column(sort: &str) -> &'static str {
            match sort {
                "email" => "email",
                _ => "id",
            }
        }

        pub async fn find(pool: &PgPool, sort: &str) -> sqlx::Result<Vec<(i64,)>> {
            let sql = format!("SELECT id FROM accounts WHERE active ORDER BY {}", order_column(sort));
            sqlx::query_as(&sql).fetch_all(pool).await
        }
    """),
    ("notes.c", """
        #include <sqlite3.h>

        int delete_note(sqlite3 *db, const char *title) {
            char *sql = sqlite3_mprintf("DELETE FROM notes WHERE title = %Q", title);
            int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
            sqlite3_free(sql);
            return rc;
        }
    """),
]


@pytest.mark.parametrize(("path", "source"), CLEAN, ids=[p for p, _ in CLEAN])
def test_the_escapes_claim_no_injection(path: str, source: str) -> None:
    question = first_question(path, textwrap.dedent(source))
    kind = Kind.of(question.kind)
    assert kind is None or not kind.claims_bug, (question.kind, question.text)


def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(_NEW_RULES)
