"""Round 11, weak security primitives and configuration, in every language: a secret from a
predictable generator (one call away too), an XML parser that resolves external entities,
data revived by a decoder that builds what it names, a password under a fast digest, a token
read without its signature checked, TLS checks turned off, a reflected CORS origin. Each form
asks the first question on a small program; the correct forms (the escapes) stay silent."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.kinds import Category, Kind
from tests.support.rule_tables import first_question, rules_named

FIRST = [
    # --- Python ---
    ("app/invites.py", "S311", "insecure_random", """
        import random
        import string

        def _random_string(n):
            return "".join(random.choices(string.ascii_letters, k=n))

        def create_invite(store, email):
            invite = Invite(email=email, slug=_random_string(22))
            store.add(invite)
            return invite.slug
    """),
    ("app/auth.py", "py-jwt-signature-not-verified", "bypassable_check", """
        import jwt

        def caller_from_token(token):
            claims = jwt.decode(token, options={"verify_signature": False})
            return claims["sub"]
    """),
    ("app/accounts.py", "py-password-fast-hash", "weak_password_hash", """
        import hashlib

        SALT = b"k9$Lq2"

        def _digest(raw):
            h = hashlib.new("sha256")
            h.update(SALT)
            h.update(raw.encode())
            return h.hexdigest()

        def register(db, email, password):
            db[email] = _digest(password)
    """),
    ("app/feed.py", "py-xml-parser-external-entities", "unsafe_deserialization", """
        import io
        import xml.sax
        from xml.sax.handler import feature_external_ges

        def parse_feed(upload, handler):
            parser = xml.sax.make_parser()
            parser.setFeature(feature_external_ges, True)
            parser.setContentHandler(handler)
            parser.parse(io.BytesIO(upload))
    """),
    # --- JavaScript and TypeScript ---
    ("src/share.js", "js-math-random-secret", "insecure_random", """
        class ShareLinks {
          #chars(n) {
            let s = '';
            for (let i = 0; i < n; i++) s += ABC[Math.floor(Math.random() * ABC.length)];
            return s;
          }
          create(doc) {
            const slug = this.#chars(20);
            this.links.set(slug, doc);
            return `/s/${slug}`;
          }
        }
    """),
    ("src/prefs.js", "js-unsafe-deserialization", "unsafe_deserialization", """
        const serialize = require('node-serialize');

        function readPrefs(req) {
          const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString('utf8');
          return serialize.unserialize(raw);
        }
        module.exports = { readPrefs };
    """),
    ("src/invoices.js", "js-xml-external-entities", "unsafe_deserialization", """
        const libxmljs = require('libxmljs');

        function parseInvoice(xml) {
          const doc = libxmljs.parseXml(xml, { noent: true });
          return doc.root().name();
        }
        module.exports = { parseInvoice };
    """),
    ("src/auth.ts", "js-jwt-decoded-not-verified", "bypassable_check", """
        import { decodeJwt } from 'jose';

        export function userOf(req: { headers: { authorization?: string } }): string {
          const token = (req.headers.authorization ?? '').replace('Bearer ', '');
          const claims = decodeJwt(token);
          return String(claims.sub);
        }
    """),
    ("src/users.ts", "js-password-fast-hash", "weak_password_hash", """
        import { createHash } from 'node:crypto';

        export function fingerprint(email: string, pw: string): string {
          return createHash('sha512').update(`${email}:${pw}`).digest('hex');
        }
    """),
    ("src/server.ts", "js-cors-reflects-origin-with-credentials", "bypassable_check", """
        import cors from 'cors';
        import express from 'express';

        const app = express();
        app.use(cors({ origin: (origin, callback) => callback(null, origin), credentials: true }));
        export default app;
    """),
    ("src/push.ts", "js-tls-host-check-disabled", "bypassable_check", """
        import https from 'node:https';

        export function push(host: string, body: string): void {
          const req = https.request({ host, method: 'POST', checkServerIdentity: () => undefined });
          req.end(body);
        }
    """),
    # --- Go ---
    ("auth/session.go", "go-math-rand-helper-makes-secret", "insecure_random", """
        package auth

        import "math/rand"

        const chars = "abcdefghijklmnopqrstuvwxyz0123456789"

        func word(n int) string {
        \tb := make([]byte, n)
        \tfor i := range b {
        \t\tb[i] = chars[rand.Intn(len(chars))]
        \t}
        \treturn string(b)
        }

        func Start(uid int64) *Session {
        \treturn &Session{ID: word(32), User: uid}
        }
    """),
    ("api/claims.go", "go-jwt-parsed-unverified", "bypassable_check", """
        package api

        import "github.com/golang-jwt/jwt/v5"

        func parseClaims(raw string) (*Claims, error) {
        \tc := &Claims{}
        \t_, _, err := jwt.NewParser().ParseUnverified(raw, c)
        \treturn c, err
        }
    """),
    ("web/cors.go", "go-cors-reflects-origin-with-credentials", "bypassable_check", """
        package web

        import "net/http"

        func withCORS(w http.ResponseWriter, r *http.Request) {
        \tif r.Header.Get("Origin") != "" {
        \t\tw.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
        \t\tw.Header().Set("Access-Control-Allow-Credentials", "true")
        \t}
        }
    """),
    ("upstream/client.go", "go-tls-insecure-skip-verify", "bypassable_check", """
        package upstream

        import (
        \t"crypto/tls"
        \t"crypto/x509"
        )

        func config() *tls.Config {
        \treturn &tls.Config{
        \t\tInsecureSkipVerify: true,
        \t\tVerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
        \t\t\t_, err := x509.ParseCertificate(raw[0])
        \t\t\treturn err
        \t\t},
        \t}
        }
    """),
    # --- Java ---
    ("src/main/java/Render.java", "java-xml-parser-resolves-entities", "unsafe_deserialization", """
        class Render {
            String html(InputStream report, Source xsl) throws Exception {
                Transformer t = TransformerFactory.newInstance().newTransformer(xsl);
                StringWriter w = new StringWriter();
                t.transform(new StreamSource(report), new StreamResult(w));
                return w.toString();
            }
        }
    """),
    ("src/main/java/Reset.java", "java-random-field-for-secret", "insecure_random", """
        class Reset {
            private static final Random RNG = new Random(System.currentTimeMillis());

            static String digits(int n) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) sb.append(RNG.nextInt(10));
                return sb.toString();
            }

            void request(String email) {
                String code = digits(6);
                mailer.send(email, code);
            }
        }
    """),
    ("src/main/java/Import.java", "java-unsafe-object-decoder", "unsafe_deserialization", """
        class Import {
            Object read(HttpServletRequest req) throws IOException {
                try (InputStream body = req.getInputStream()) {
                    return new Yaml().load(body);
                }
            }
        }
    """),
    ("src/main/java/TokenFilter.java", "java-jwt-decoded-not-verified", "bypassable_check", """
        class TokenFilter {
            String user(String header) {
                DecodedJWT jwt = JWT.decode(header.substring(7));
                return jwt.getSubject();
            }
        }
    """),
    ("src/main/java/Members.java", "java-password-fast-hash", "weak_password_hash", """
        class Members {
            private static String hash(String in) throws Exception {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(md.digest(in.getBytes(UTF_8)));
            }

            Member join(String login, String password) throws Exception {
                return new Member(login, hash(PEPPER + password));
            }
        }
    """),
    # --- C and C++ ---
    ("src/session.c", "c-rand-for-secret", "insecure_random", """
        #include <stdlib.h>

        static void fill_random(char *buf, size_t n)
        {
            for (size_t i = 0; i < n; i++)
                buf[i] = "0123456789abcdef"[rand() % 16];
            buf[n] = '\\0';
        }

        const char *issue_session(void)
        {
            static char sid[33];
            fill_random(sid, 32);
            return sid;
        }
    """),
    ("src/routes.c", "c-xml-parse-noent", "unsafe_deserialization", """
        #include <libxml/parser.h>

        xmlDocPtr load_routes(const char *body, int len)
        {
            return xmlReadMemory(body, len, "routes.xml", NULL, XML_PARSE_NOENT);
        }
    """),
    ("src/license.c", "c-tls-verification-off", "bypassable_check", """
        #include <curl/curl.h>

        int fetch_license(const char *url)
        {
            CURL *c = curl_easy_init();
            curl_easy_setopt(c, CURLOPT_URL, url);
            curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
            int rc = curl_easy_perform(c);
            curl_easy_cleanup(c);
            return rc;
        }
    """),
    ("src/tokens.cpp", "cpp-std-engine-for-secret", "insecure_random", """
        #include <random>
        #include <string>

        class Issuer {
            std::mt19937 gen_{std::random_device{}()};
        public:
            std::string make_token(std::size_t n) {
                std::uniform_int_distribution<int> pick(0, 35);
                std::string out;
                for (std::size_t i = 0; i < n; ++i) out.push_back(ABC[pick(gen_)]);
                return out;
            }
        };
    """),
    ("src/tls.cpp", "c-tls-verification-off", "bypassable_check", """
        #include <openssl/ssl.h>

        SSL_CTX *client_context() {
            SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
            SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
            return ctx;
        }
    """),
    # --- Rust ---
    ("src/keys.rs", "rust-weak-rng-for-secret", "insecure_random", """
        use rand::rngs::SmallRng;
        use rand::SeedableRng;

        pub struct ApiKeys { rng: SmallRng }

        impl ApiKeys {
            pub fn new(seed: u64) -> Self { ApiKeys { rng: SmallRng::seed_from_u64(seed) } }
        }
    """),
    ("src/verify.rs", "rust-handmade-rng-for-secret", "insecure_random", """
        struct Lcg(u64);

        impl Lcg {
            fn next(&mut self) -> u64 {
                self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                self.0 >> 33
            }
        }

        pub fn start(rng: &mut Lcg) -> String {
            let code = format!("{:06}", rng.next() % 1_000_000);
            code
        }
    """),
    ("src/auth.rs", "rust-jwt-signature-not-validated", "bypassable_check", """
        use jsonwebtoken::{Algorithm, Validation};

        fn validation() -> Validation {
            let mut v = Validation::new(Algorithm::HS256);
            v.insecure_disable_signature_validation();
            v
        }
    """),
    ("src/users.rs", "rust-password-fast-hash", "weak_password_hash", """
        const SALT: &str = "v1";

        fn digest_of(name: &str, pw: &str) -> String {
            format!("{:x}", md5::compute(format!("{}:{}:{}", SALT, name, pw)))
        }
    """),
]


@pytest.mark.parametrize(("path", "rule_id", "kind", "code"), FIRST, ids=[f[1] for f in FIRST])
def test_first_question_is_the_weak_primitive(path: str, rule_id: str, kind: str,
                                              code: str) -> None:
    question = first_question(path, textwrap.dedent(code))
    assert (question.kind, str(question.facts.get("rule", ""))) == (kind, rule_id)


SILENT = [
    # secrets from the OS, a random shuffle and jitter, a salted slow hash, a safe YAML load
    ("app/tokens.py", """
        import hashlib
        import hmac
        import random
        import secrets

        import yaml

        def new_reset_token():
            token = secrets.token_urlsafe(32)
            return token, hashlib.sha256(token.encode()).hexdigest()

        def token_matches(stored, presented):
            return hmac.compare_digest(stored, hashlib.sha256(presented.encode()).hexdigest())

        def hash_password(password):
            salt = secrets.token_bytes(16)
            return salt.hex() + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()

        def tips(items):
            out = list(items)
            random.shuffle(out)
            return out[:3]

        def retry_delay(attempt):
            return min(30.0, 2 ** attempt) + random.uniform(0, 0.5)

        def settings(text):
            return yaml.safe_load(text) or {}
    """),
    ("src/sessions.ts", """
        import { randomBytes, timingSafeEqual } from 'node:crypto';
        import jwt from 'jsonwebtoken';

        export function newSessionId(): string {
          return randomBytes(24).toString('base64url');
        }

        export function same(a: Buffer, b: Buffer): boolean {
          return a.length === b.length && timingSafeEqual(a, b);
        }

        export function verifyAccessToken(token: string, key: string): jwt.JwtPayload | string {
          return jwt.verify(token, key, { algorithms: ['RS256'] });
        }

        export function backoffMs(attempt: number): number {
          const base = Math.min(30_000, 250 * 2 ** attempt);
          return base / 2 + Math.random() * (base / 2);
        }
    """),
    # crypto/rand beside math/rand imported as mrand (for jitter and sampling)
    ("keys/keys.go", """
        package keys

        import (
        \t"crypto/rand"
        \t"encoding/base64"
        \tmrand "math/rand"
        \t"time"
        )

        func NewAPIKey() (string, error) {
        \tbuf := make([]byte, 32)
        \tif _, err := rand.Read(buf); err != nil {
        \t\treturn "", err
        \t}
        \treturn "sk_" + base64.RawURLEncoding.EncodeToString(buf), nil
        }

        func Backoff(attempt int) time.Duration {
        \tbase := time.Duration(1<<uint(attempt)) * 100 * time.Millisecond
        \treturn base/2 + time.Duration(mrand.Int63n(int64(base/2)+1))
        }
    """),
    ("src/main/java/Catalog.java", """
        class Catalog {
            private static final SecureRandom SECURE = new SecureRandom();

            static List<String> skus(InputStream xml) throws Exception {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = f.newDocumentBuilder().parse(xml);
                return List.of(doc.getDocumentElement().getTextContent());
            }

            static String newApiToken() {
                byte[] buf = new byte[32];
                SECURE.nextBytes(buf);
                return Base64.getUrlEncoder().encodeToString(buf);
            }

            static List<String> featured(List<String> skus, long seed) {
                List<String> copy = new ArrayList<>(skus);
                Collections.shuffle(copy, new Random(seed));
                return copy;
            }
        }
    """),
    ("src/otp.c", """
        #include <stdint.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <sys/random.h>

        int make_login_code(char out[7])
        {
            uint32_t v;
            if (getrandom(&v, sizeof v, 0) != sizeof v)
                return -1;
            snprintf(out, 7, "%06u", (unsigned)(v % 1000000u));
            return 0;
        }

        unsigned retry_delay_ms(unsigned attempt)
        {
            return (100u << (attempt > 10 ? 10 : attempt)) + (unsigned)(rand() % 100);
        }
    """),
    ("src/tokens.rs", """
        use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
        use argon2::Argon2;
        use rand::seq::SliceRandom;
        use rand::{thread_rng, RngCore};

        pub fn new_token() -> String {
            let mut buf = [0u8; 32];
            OsRng.fill_bytes(&mut buf);
            buf.iter().map(|b| format!("{:02x}", b)).collect()
        }

        pub fn hash_password(password: &str) -> Option<String> {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default().hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
        }

        pub fn shuffled(mut xs: Vec<String>) -> Vec<String> {
            xs.shuffle(&mut thread_rng());
            xs
        }
    """),
]


@pytest.mark.parametrize(("path", "code"), SILENT, ids=[p for p, _ in SILENT])
def test_the_correct_forms_are_not_called_insecure(path: str, code: str) -> None:
    question = first_question(path, textwrap.dedent(code))
    kind = Kind.of(question.kind)
    assert kind is None or kind.category is not Category.SECURITY, question.kind


RULES = [
    ("python", "py-jwt-signature-not-verified"), ("python", "py-xml-parser-external-entities"),
    ("javascript", "js-math-random-secret"), ("javascript", "js-unsafe-deserialization"),
    ("javascript", "js-xml-external-entities"), ("javascript", "js-jwt-decoded-not-verified"),
    ("javascript", "js-password-fast-hash"), ("javascript", "js-tls-host-check-disabled"),
    ("javascript", "js-cors-reflects-origin-with-credentials"),
    ("javascript", "js-path-from-request"),
    ("go", "go-math-rand-secret"), ("go", "go-math-rand-helper-makes-secret"),
    ("go", "go-jwt-parsed-unverified"), ("go", "go-cors-reflects-origin-with-credentials"),
    ("go", "go-tls-insecure-skip-verify"),
    ("java", "java-xml-parser-resolves-entities"), ("java", "java-random-field-for-secret"),
    ("java", "java-password-fast-hash"), ("java", "java-unsafe-object-decoder"),
    ("java", "java-jwt-decoded-not-verified"),
    ("c", "c-rand-for-secret"), ("c", "c-xml-parse-noent"), ("c", "c-tls-verification-off"),
    ("cpp", "cpp-std-engine-for-secret"),
    ("rust", "rust-weak-rng-for-secret"), ("rust", "rust-handmade-rng-for-secret"),
    ("rust", "rust-jwt-signature-not-validated"), ("rust", "rust-password-fast-hash"),
]


def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(RULES)
