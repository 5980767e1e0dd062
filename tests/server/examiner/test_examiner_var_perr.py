"""Round var-perr: the Python branching-recursion check (`analysis/pyrisk.py`) reads a function
that calls itself once per pass of a loop over the allowed steps, on a parameter that step away
(the staircase / coin-change count); a memo, or a walk over a structure's children, stays
quiet."""

from __future__ import annotations

from server.examiner import analyse


def _kinds(path: str, code: str) -> set[str]:
    return {f.kind for f in analyse(path, None, code)}


STEPS = '''\
class Climb:
    def __init__(self, steps):
        self.steps = steps
{init}
    def count(self, left):
        if left < 0:
            return 0
        if left == 0:
            return 1
{lookup}        n = 0
        for s in self.steps:
            n += self.count(left - s)
{store}        return n
'''


def test_a_self_call_per_step_is_branching_recursion() -> None:
    code = STEPS.format(init="", lookup="", store="")
    assert "branching_recursion" in _kinds("climb.py", code)


def test_a_plain_function_over_coins_is_branching_recursion() -> None:
    code = ("def ways(total, coins):\n    if total == 0:\n        return 1\n    out = 0\n"
            "    for c in coins:\n        if c <= total:\n            out += ways(total - c, coins)\n"
            "    return out\n")
    assert "branching_recursion" in _kinds("coins.py", code)


def test_a_memo_keyed_by_the_parameter_makes_it_linear() -> None:
    code = STEPS.format(init="        self.memo = {}\n",
                        lookup="        if left in self.memo:\n            return self.memo[left]\n",
                        store="        self.memo[left] = n\n")
    assert "branching_recursion" not in _kinds("climb.py", code)


def test_a_walk_over_children_is_no_branching() -> None:
    code = ("def depth(node, level):\n    best = level\n    for child in node.children:\n"
            "        best = max(best, depth(child, level + 1))\n    return best\n")
    assert "branching_recursion" not in _kinds("tree.py", code)
