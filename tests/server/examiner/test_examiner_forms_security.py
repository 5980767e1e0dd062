"""The forms-security round: what its rules' YAML examples cannot show (the checks in
``analysis/forms_security.py`` read directly, and the premise fixed in ``pyrisk``)."""

from __future__ import annotations

from server.examiner import analyse
from server.examiner.analysis.forms_security import FORMS_SECURITY_FILTERS, js_regexp_source
from server.examiner.analysis.redos import backtracking_group
from server.examiner.analysis.trees import parse


def _kinds(path: str, source: str) -> set[str]:
    return {f.kind for f in analyse(path, None, source)}


def test_a_regexp_built_from_constants_is_read_as_the_pattern_it_makes() -> None:
    source = ("const ALNUM = '[A-Za-z0-9]+';\nconst SEP = `[,;]`;\n"
              "const LIST = new RegExp('^(' + ALNUM + ')+(' + SEP + ALNUM + ')*$');\n")
    root = parse(source, "javascript")
    made = root.find(kind="new_expression")
    assert js_regexp_source(root, made) == "^([A-Za-z0-9]+)+([,;][A-Za-z0-9]+)*$"
    assert backtracking_group(js_regexp_source(root, made) or "", whole=True)


def test_a_regexp_from_a_variable_that_can_change_is_not_read() -> None:
    source = "let part = '[a-z]+';\nfunction f(x) { part = x; return new RegExp('^(' + part + ')+$'); }\n"
    root = parse(source, "javascript")
    assert js_regexp_source(root, root.find(kind="new_expression")) is None


def test_every_forms_security_filter_is_wired() -> None:
    from server.examiner.analysis.filters import FILTERS

    assert set(FORMS_SECURITY_FILTERS) <= set(FILTERS)


def test_a_module_table_written_under_its_lock_is_not_shared_state_asked_about() -> None:
    """A constant-named dict written in a handler is asked about as shared state, unless the
    write holds the module's lock: then sharing it is the design."""
    guarded = ("import threading\n\nSTOCK = {'a': 1}\nSTOCK_LOCK = threading.Lock()\n\n\n"
               "def take(name):\n    with STOCK_LOCK:\n        STOCK[name] = STOCK.get(name, 0) - 1\n\n\n"
               "def serve():\n    threading.Thread(target=take, args=('a',)).start()\n")
    assert not {"shared_mutable_state", "race_condition"} & _kinds("stock.py", guarded)
    bare = guarded.replace("    with STOCK_LOCK:\n        STOCK[name]", "    STOCK[name]")
    assert {"shared_mutable_state", "race_condition"} & _kinds("stock.py", bare)


def test_an_object_by_id_is_asked_about_only_where_the_file_scopes_others_to_an_owner() -> None:
    handlers = ("from flask import Flask, g, jsonify\n\napp = Flask(__name__)\n\n\n"
                "@app.get('/albums/<int:album_id>')\ndef album(album_id):\n"
                "    return jsonify(albums.get(album_id))\n")
    scoped = handlers + ("\n\n@app.get('/albums')\ndef mine():\n"
                         "    return jsonify(albums.list_for_owner(g.account_id))\n")
    found = [f for f in analyse("albums.py", None, scoped) if f.kind == "bypassable_check"]
    assert [f.identifier for f in found] == ["album"]
    assert not [f for f in analyse("albums.py", None, handlers) if f.kind == "bypassable_check"]


def test_a_struct_whose_debug_is_written_by_hand_is_no_leak() -> None:
    source = ("struct Login { user: String, password: String }\n\n"
              "impl std::fmt::Debug for Login {\n"
              "    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {\n"
              "        write!(f, \"Login({})\", self.user)\n    }\n}\n\n"
              "fn audit(l: &Login) { println!(\"{:?}\", l); }\n")
    assert "hardcoded_secret" not in _kinds("audit.rs", source)
    derived = source.replace("struct Login", "#[derive(Debug)]\nstruct Login").replace(
        "impl std::fmt::Debug for Login", "impl Login").replace("fn fmt(", "fn show(")
    assert "hardcoded_secret" in _kinds("audit.rs", derived)
