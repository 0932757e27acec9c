"""Every regular expression of the package, and hostile inputs generated from its own parts.

A pattern goes super-linear when many starting points each scan far (`.*?x` with no x) or when
two parts can match the same characters (nested or adjacent quantifiers). Both show on long
repeats of the characters the pattern itself names, so the inputs are built from its parse:
each literal or class becomes one sample character, and runs of those samples are repeated.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import storyline

try:  # the parser moved in Python 3.11; both names are the standard library's
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PACKAGE = Path(storyline.__file__).parent
# What the optional extras bring (the ray extra): modules needing them import only where installed.
OPTIONAL_MODULES = frozenset({"ray", "pyarrow"})


def package_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for every compiled pattern held by a module, and every literal pattern
    passed to a re function in the source."""
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages([str(PACKAGE)], "storyline."):
        if info.name.endswith("__main__"):  # importing it runs the command line
            continue
        try:
            module = importlib.import_module(info.name)
        except ModuleNotFoundError as err:
            if (err.name or "").split(".")[0] in OPTIONAL_MODULES:  # an extra's module; its literals are read below
                continue
            raise
        for name, value in vars(module).items():
            for pattern in _patterns_in(value):
                if isinstance(pattern.pattern, str) and (pattern.pattern, pattern.flags) not in seen:
                    seen.add((pattern.pattern, pattern.flags))
                    yield f"{info.name}.{name}", pattern
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = _literal_pattern(node)
            if literal is not None and (literal, 0) not in seen:
                seen.add((literal, 0))
                yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", re.compile(literal)  # type: ignore[attr-defined]


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, list | tuple | frozenset | set):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _literal_pattern(node: ast.AST) -> str | None:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return None
    owner = node.func.value
    if not (isinstance(owner, ast.Name) and owner.id == "re") or node.func.attr == "compile":
        return None
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def hostile_inputs(pattern: re.Pattern[str], length: int) -> Iterator[str]:
    """Inputs of about `length` characters made of repeats of the pattern's own characters."""
    samples = _samples(sre_parse.parse(pattern.pattern, pattern.flags))
    units: list[str] = []
    for i in range(len(samples)):
        for width in (1, 2, 3, 4, 6):
            unit = "".join(samples[i:i + width])
            if unit and unit not in units:
                units.append(unit)
    units += [c for c in (" ", "a", "A", "1", ".", "\n") if c not in units]
    for unit in units:
        yield (unit * (length // len(unit) + 1))[:length]
        yield (unit + " ") * (length // (len(unit) + 1))
    whole = "".join(samples)
    if whole:
        # the pattern's sample minus its last character: every start gets far and then fails
        cut = whole[:-1] or whole
        yield (cut * (length // len(cut) + 1))[:length]


def _samples(parsed: object) -> list[str]:
    out: list[str] = []
    for op, arg in parsed:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            out.append(chr(arg))
        elif op is sre_constants.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is sre_constants.IN:
            out.append(_class_sample(arg))
        elif op is sre_constants.ANY:
            out.append("a")
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            inner = _samples(arg[2])
            out.extend(inner * min(max(arg[0], 1), 2))
        elif op is sre_constants.SUBPATTERN:
            out.extend(_samples(arg[-1]))
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            out.extend(_samples(arg))
        elif op is sre_constants.BRANCH:
            for branch in arg[1]:
                out.extend(_samples(branch))
    return out


def _class_sample(items: list) -> str:
    for op, arg in items:
        if op is sre_constants.LITERAL:
            return chr(arg)
        if op is sre_constants.RANGE:
            return chr(arg[0])
        if op is sre_constants.CATEGORY:
            name = str(arg)
            if "DIGIT" in name and "NOT" not in name:
                return "1"
            if "SPACE" in name and "NOT" not in name:
                return " "
            return "a"
        if op is sre_constants.NEGATE:
            return "a"
    return "a"
