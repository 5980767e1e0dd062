"""Documented hazards of JavaScript asked about on take-home programs of one's own
(`takehome_js8/`): `crypto.createCipher`, which derives the key and the IV from a password by
one unsalted MD5 round, so every message shares one IV (the Node.js docs, DEP0106; CWE-329,
CWE-916); and a React state variable handed on right after its setter was called, which still
holds the value from before the update (the React docs, useState, "I've updated the state,
but logging gives me the old value"); and a login token signed with `jsonwebtoken` with
neither `expiresIn` nor an `exp` claim, valid for ever (CWE-613; the jsonwebtoken README,
sign options). The first question on each is the finding; the program
fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_js8"

ENCRYPT = ("    const cipher = crypto.createCipher(ALGORITHM, this.secret);\n"
           "    return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');\n")
ENCRYPT_IV = ("    const iv = crypto.randomBytes(16);\n"
              "    const cipher = crypto.createCipheriv(ALGORITHM, this.key, iv);\n"
              "    const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);\n"
              "    return Buffer.concat([iv, data]).toString('base64');\n")
DECRYPT = ("    const decipher = crypto.createDecipher(ALGORITHM, this.secret);\n"
           "    const data = Buffer.from(payload, 'base64');\n"
           "    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');\n")
DECRYPT_IV = ("    const raw = Buffer.from(payload, 'base64');\n"
              "    const decipher = crypto.createDecipheriv(ALGORITHM, this.key, raw.subarray(0, 16));\n"
              "    const data = raw.subarray(16);\n"
              "    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');\n")
KEY = ("    this.secret = secret;\n",
       "    this.key = crypto.scryptSync(secret, process.env.NOTES_SALT, 32);\n")

STALE = ("    setLines(lines.map((l) => (l.sku === sku ? { ...l, quantity } : l)));\n"
         "    persist(lines);\n    onCartChange(lines);\n")
FRESH = ("    const next = lines.map((l) => (l.sku === sku ? { ...l, quantity } : l));\n"
         "    setLines(next);\n    persist(next);\n    onCartChange(next);\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # a key derived with scrypt, and a random IV kept in front of each note
    ("vaultNotes.js", "js-cipher-from-password", "insecure_random",
     (KEY, (ENCRYPT, ENCRYPT_IV), (DECRYPT, DECRYPT_IV))),
    # the new lines kept in a variable, saved and reported as set
    ("cartPanel.jsx", "js-state-read-after-setter", "wrong_result", ((STALE, FRESH),)),
    # the login token given a lifetime
    ("authService.js", "js-jwt-without-expiry", "bypassable_check",
     (("{ algorithm: 'HS256' });", "{ algorithm: 'HS256', expiresIn: '1h' });"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_cipher_of_ones_own_or_with_an_iv_is_not_asked_about() -> None:
    """`createCipheriv` is the documented fix; a `createCipher` that is not Node's (a method
    of another object, a bare name where `crypto` is not loaded) is left alone."""
    rule = "js-cipher-from-password"
    code = (PROGRAMS / "vaultNotes.js").read_text()
    only_decrypt = fixed(code, (KEY, (ENCRYPT, ENCRYPT_IV)))
    assert fires("javascript", rule, only_decrypt)
    assert not fires("javascript", rule, "const c = cipherKit.createCipher('rot13'); c.run(text);")
    assert not fires("javascript", rule, "function createCipher(n) { return (s) => shift(s, n); }\n"
                                         "const rot = createCipher(13);")
    assert fires("typescript", rule, "import * as crypto from 'crypto';\n"
                                     "export const seal = (t: string, p: string) => "
                                     "crypto.createCipher('aes-256-ctr', p).update(t, 'utf8', 'hex');")


def test_state_read_through_the_updater_or_an_effect_is_not_asked_about() -> None:
    """A functional update with the save in an effect keyed on the state, a setter of
    another component's prop, and a read before the setter are not asked about; the
    snapshot handed on after an awaited call is still stale."""
    rule = "js-state-read-after-setter"
    code = (PROGRAMS / "cartPanel.jsx").read_text()
    effect = ("    setLines((prev) => prev.map((l) => (l.sku === sku ? { ...l, quantity } : l)));\n")
    assert not fires("javascript", rule, fixed(code, ((STALE, effect),)))
    before = ("    persist(lines);\n    onCartChange(lines);\n"
              "    setLines(lines.map((l) => (l.sku === sku ? { ...l, quantity } : l)));\n")
    assert not fires("javascript", rule, fixed(code, ((STALE, before),)))
    assert not fires("javascript", rule, "function f({ setLines, lines }) { setLines([]); save(lines); }")
    assert fires("typescript", rule, "function Tags() {\n  const [tags, setTags] = useState<string[]>([]);\n"
                                     "  async function add(t: string) {\n    setTags([...tags, t]);\n"
                                     "    await api.saveTags(tags);\n  }\n  return add;\n}")


def test_a_token_with_a_lifetime_of_its_own_or_shared_options_is_not_asked_about() -> None:
    """An `exp` claim, an expiry field checked when the token is read, and options from a
    shared object are not asked about; the callback form with no options is."""
    rule = "js-jwt-without-expiry"
    code = (PROGRAMS / "authService.js").read_text()
    call = "jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256' })"
    exp = "jwt.sign({ sub: user.id, role: user.role, exp: nowSeconds() + 3600 }, JWT_SECRET)"
    assert not fires("javascript", rule, fixed(code, ((call, exp),)))
    shared = "jwt.sign({ sub: user.id }, JWT_SECRET, TOKEN_OPTIONS)"
    assert not fires("javascript", rule, fixed(code, ((call, shared),)))
    assert fires("javascript", rule, fixed(code, ((call, "jwt.sign({ sub: user.id }, JWT_SECRET)"),)))
    assert fires("typescript", rule, "import jwt from 'jsonwebtoken';\n"
                                     "jwt.sign({ sub: id }, key, (err: Error | null, t?: string) => cb(err, t));")
