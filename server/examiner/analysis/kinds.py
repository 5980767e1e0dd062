"""The one vocabulary of findings: each kind with its category and its priority."""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Final

__all__ = ["CATEGORY_ORDER", "SUPERLINEAR", "Category", "Kind"]


class Category(StrEnum):
    """What a finding is about; the order of ``CATEGORY_ORDER`` is the order questions take."""

    SECURITY = "security"
    CORRECTNESS = "correctness"
    CONCURRENCY = "concurrency"
    RESOURCES = "resources"
    ERROR_HANDLING = "error-handling"
    PERFORMANCE = "performance"
    DESIGN = "design"
    EDGE_CASES = "edge-cases"


CATEGORY_ORDER: Final = tuple(Category)
"""Security, then data loss and correctness, concurrency, resources (issue 21's order), then
errors handled badly, then performance, design, and edge cases last. An error a handler drops
or fails to catch loses data or ends the service on ordinary bad input (an unknown breed in one
row), where a slow path costs time only at scale, so it is asked first."""


class Kind(Enum):
    """A finding kind a question can be about: (value, category, skill), most important first."""

    # security
    SQL_INJECTION = ("sql_injection", Category.SECURITY, "security")
    COMMAND_INJECTION = ("command_injection", Category.SECURITY, "security")
    CODE_INJECTION = ("code_injection", Category.SECURITY, "security")
    UNSAFE_DESERIALIZATION = ("unsafe_deserialization", Category.SECURITY, "security")
    PATH_TRAVERSAL = ("path_traversal", Category.SECURITY, "security")
    HARDCODED_SECRET = ("hardcoded_secret", Category.SECURITY, "security")
    INSECURE_RANDOM = ("insecure_random", Category.SECURITY, "security")
    WEAK_PASSWORD_HASH = ("weak_password_hash", Category.SECURITY, "security")
    """A password stored as a fast digest (md5, sha-2, MessageDigest) with no salt or work factor."""
    INSECURE_TEMP_FILE = ("insecure_temp_file", Category.SECURITY, "security")
    """A temporary file's name taken (`tempfile.mktemp`) before the file is made: another user
    can create or link that path first (CWE-377)."""
    XSS = ("xss", Category.SECURITY, "security")
    PROTOTYPE_POLLUTION = ("prototype_pollution", Category.SECURITY, "security")
    BUFFER_OVERFLOW = ("buffer_overflow", Category.SECURITY, "security")
    MEMORY_CORRUPTION = ("memory_corruption", Category.SECURITY, "security")
    """Heap memory freed twice, or used after it is freed (CWE-415, CWE-416): the allocator's
    own records are corrupted, a crash or an attacker's write."""
    BYPASSABLE_CHECK = ("bypassable_check", Category.SECURITY, "security")
    """An allow-list check a crafted value passes (a host that merely ends with the domain)."""
    DENIAL_OF_SERVICE = ("denial_of_service", Category.SECURITY, "security")
    """A crafted input that costs exponential time: a pattern whose repeated group backtracks
    (OWASP "Regular expression Denial of Service", CWE-1333)."""
    # data loss and correctness
    MUTABLE_DEFAULT = ("mutable_default", Category.CORRECTNESS, "mutation")
    EQUALITY_BUG = ("equality_bug", Category.CORRECTNESS, "edge_cases")
    SORTED_AS_STRINGS = ("sorted_as_strings", Category.CORRECTNESS, "edge_cases")
    LATE_BINDING = ("late_binding", Category.CORRECTNESS, "mutation")
    MUTATED_ARGUMENT = ("mutated_argument", Category.CORRECTNESS, "mutation")
    MODIFIED_WHILE_ITERATING = ("modified_while_iterating", Category.CORRECTNESS, "mutation")
    ALIASED_SLICE = ("aliased_slice", Category.CORRECTNESS, "mutation")
    BYTE_INDEX_SLICE = ("byte_index_slice", Category.CORRECTNESS, "edge_cases")
    CONSUMED_ITERATOR = ("consumed_iterator", Category.CORRECTNESS, "edge_cases")
    MISSING_BASE_CASE = ("missing_base_case", Category.CORRECTNESS, "recursion")
    WRONG_RESULT = ("wrong_result", Category.CORRECTNESS, "edge_cases")
    """A value silently wrong on ordinary input (integer division, a day cut in UTC, a sum
    seeded with an int): each rule says what and asks its own question."""
    SWALLOWED_EXCEPTION = ("swallowed_exception", Category.ERROR_HANDLING, "error_handling")
    IGNORED_ERROR = ("ignored_error", Category.ERROR_HANDLING, "error_handling")
    UNCAUGHT_IN_CALLBACK = ("uncaught_in_callback", Category.ERROR_HANDLING, "error_handling")
    # a promise returned from a `try` without `await`: its rejection skips the catch
    UNAWAITED_RETURN = ("unawaited_return", Category.ERROR_HANDLING, "error_handling")
    # concurrency
    RACE_CONDITION = ("race_condition", Category.CONCURRENCY, "concurrency")
    LOOP_VARIABLE_CAPTURE = ("loop_variable_capture", Category.CONCURRENCY, "concurrency")
    SHARED_MUTABLE_STATE = ("shared_mutable_state", Category.CONCURRENCY, "mutation")
    UNAWAITED = ("unawaited", Category.CONCURRENCY, "concurrency")
    BLOCKING_IN_ASYNC = ("blocking_in_async", Category.CONCURRENCY, "concurrency")
    # a lock or a semaphore's slot left held on some path: every other thread that needs it
    # waits for ever (CWE-667, CERT LCK08-J and POS51-C, the locking chapters: concurrency,
    # not the leak of an OS resource)
    DEADLOCK = ("deadlock", Category.CONCURRENCY, "concurrency")
    # resources
    RESOURCE_LEAK = ("resource_leak", Category.RESOURCES, "resources")
    DEFER_IN_LOOP = ("defer_in_loop", Category.RESOURCES, "resources")
    UNBOUNDED_READ = ("unbounded_read", Category.RESOURCES, "resources")
    # performance
    BRANCHING_RECURSION = ("branching_recursion", Category.PERFORMANCE, "recursion")
    QUADRATIC = ("quadratic", Category.PERFORMANCE, "complexity")
    STRING_BUILDING = ("string_building", Category.PERFORMANCE, "performance")
    COMPLEXITY = ("complexity", Category.PERFORMANCE, "complexity")
    # design and edge cases
    DESIGN = ("design", Category.DESIGN, "api_design")
    # An error that can escape (a parse of input, an assertion that a lookup found something)
    # is a question about an input, not a defect: letting it reach the caller is often the
    # function's contract.
    UNHANDLED_ERROR = ("unhandled_error", Category.EDGE_CASES, "error_handling")
    EMPTY_INPUT = ("empty_input", Category.EDGE_CASES, "edge_cases")
    RECURSION = ("recursion", Category.EDGE_CASES, "recursion")
    FUNCTION = ("function", Category.EDGE_CASES, "edge_cases")

    def __init__(self, code: str, category: Category, skill: str) -> None:
        self.code = code
        self.category = category
        self.skill = skill

    @property
    def priority(self) -> int:
        """Position in the asking order: by category, then by place within the category."""
        return CATEGORY_ORDER.index(self.category) * 100 + _ORDER[self]

    @property
    def generic(self) -> bool:
        """True for the question asked only when nothing more specific was found."""
        return self is Kind.FUNCTION

    @property
    def claims_bug(self) -> bool:
        """True when a question of this kind says the code has a defect."""
        return self.category not in (Category.DESIGN, Category.EDGE_CASES)

    def asserts_defect(self, cost: str | None = None) -> bool:
        """True when a question of this kind about code with this derived cost says the code
        is wrong. A cost question asserts a defect only when the cost it derived is
        superlinear; an open one ("count how often the body runs") or a linear one asks the
        candidate to reason, it does not say the code is slow."""
        if self is Kind.COMPLEXITY:
            return cost in SUPERLINEAR
        return self.claims_bug

    @property
    def exposed_anywhere(self) -> bool:
        """True for a security hazard that is one wherever it is written, an entry point
        included: what an outsider reaches through the program's input or reads in its text
        (an injection, a traversal, a secret, a deserialisation, a bypassable check). False
        for the ones that hang on the machine the program runs on or on what the value is
        later used for (a fixed name in the shared temporary directory, which another local
        user can take first; `random` or a fast digest, which matter only when the value is
        a secret): in a `main` that demonstrates the program they come after its work."""
        return self.category is Category.SECURITY and self not in _CONTEXT_HAZARDS

    @classmethod
    def of(cls, code: str) -> Kind | None:
        """The kind with this code ('sql_injection', ...), or None for a structural kind."""
        return _BY_CODE.get(code)


SUPERLINEAR: Final = frozenset({"O(n^2)", "O(n*m)"})
"""Derived costs that make a cost question a claim that the code is slow."""

_ORDER: Final = {kind: n for n, kind in enumerate(Kind)}
_CONTEXT_HAZARDS: Final = frozenset({Kind.INSECURE_TEMP_FILE, Kind.INSECURE_RANDOM,
                                     Kind.WEAK_PASSWORD_HASH})
"""Security kinds whose harm hangs on where the program runs or what the value is for."""
_BY_CODE: Final = {kind.code: kind for kind in Kind}
