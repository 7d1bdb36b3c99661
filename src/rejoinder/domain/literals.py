"""The words a regular expression cannot match without: a gate that lets a pattern run only
on a text holding them.

A rule pattern runs wherever one of its cue words is in a comment, and almost always finds
nothing: of some 5,000 threat patterns run on 2,000 evaluation comments, 18 matched. Each
run tries the pattern at every character (about 2.5 µs on a tweet). What a pattern cannot
match without is read from the pattern itself: "(?:i|we) (?:kill|shoot) (?:you|them)" needs
one of "kill", "shoot" and one of "you", "them" as substrings of the text, whatever the
spaces between. A substring test is some 50 ns, so a pattern whose needs are absent is
passed over at a fiftieth of the cost of running it, and the matches found are the same:
the needs are what every match contains, worked out from the parsed pattern (literals,
classes of a few characters, groups, alternatives, repeats), and anything the reading does
not follow (a backreference, a wide class, a flag) needs nothing.

Read at the first run of each pattern (parsing costs about as much as compiling: hundreds of
patterns at import would double the rules' import time), or taken from a table of readings
made ahead (`NeedsCache.learn`): some 2,500 patterns read at first use cost 1.6 s of the
first comments after a process starts.

With a table, the gate finds which strings of the table's first needs a text holds in one
pass over it (an Aho-Corasick automaton of them all, pyahocorasick), once per text; a
pattern's first need is then one set test, and the rest are asked only of the few texts that
hold it. A comment's gates tried some 140 strings, most of them absent, each a scan of the
text: an eighth of the work of scoring it. A pattern read at its first use, whose strings
the automaton may lack, is gated by substring tests as before.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterable
from typing import Any, Final

import ahocorasick

with warnings.catch_warnings():
    # The parser `re` compiles with, under its old public names (deprecated as modules, the
    # same code as re._parser; typed by typeshed, which `re._parser` is not).
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

# An alternation or a product of alternatives is followed as exact strings up to this many
# ("kills?" as "kill", "kills"; "(?:i|we) will" as "i will", "we will"); past it, each part
# is a need of its own.
_MOST_STRINGS: Final = 24
# A class of up to this many characters is followed as exact strings ("wom[ae]n").
_MOST_CLASS_CHARACTERS: Final = 8
# Needs kept per pattern: the strongest few (a test costs ~50 ns per string tried).
_MOST_NEEDS: Final = 5
_SHORTEST_NEED: Final = 3  # "u", "ki" are in most comments: no help
_MOST_STRINGS_IN_A_NEED: Final = 16

Need = frozenset[str]  # one of these strings is in any text the pattern matches in
Needs = tuple[Need, ...]  # all of them are
Branches = tuple[Needs, ...]  # the needs of one of them are
# What a part of a pattern matches: exactly one of a few strings (None: more than that),
# and the needs of any text it matches in.
_Reading = tuple[frozenset[str] | None, Needs]
_EMPTY: _Reading = (frozenset({""}), ())
_UNKNOWN: _Reading = (None, ())


def needs_of(pattern: re.Pattern[str]) -> Needs:
    """What every text `pattern` matches in holds: for each need, one of its strings."""
    return readings_of(pattern)[0]


def branch_needs_of(pattern: re.Pattern[str]) -> Branches:
    """What every text `pattern` matches in holds, alternative by alternative: the needs
    of one of them (`may_match_some`). A union of alternatives that spell different words
    needs none of them, and `needs_of` finds little it must hold ("(?:a) kill|(?:b) shoot"
    needs one of "kill" and "shoot", and a union of ten such, one of twenty words: more
    than a need keeps), so the union ran wherever its cue words were; read alternative by
    alternative, it runs only where one alternative's own words are. Each alternative's
    needs are the pattern's too (a text that holds them may match it)."""
    return readings_of(pattern)[1]


def readings_of(pattern: re.Pattern[str]) -> tuple[Needs, Branches]:
    """`needs_of` and `branch_needs_of`, from one parse."""
    if pattern.flags & re.IGNORECASE:
        return (), ((),)  # the literals would need folding: not read
    items: list[tuple[Any, Any]] = list(sre_parse.parse(pattern.pattern, pattern.flags).data)
    whole = _useful(_sequence(items))
    at = [k for k, (op, _) in enumerate(items) if op is sc.BRANCH]
    if len(at) != 1:
        return whole, (whole,)
    # (the parser moves what every alternative opens with, "(?<![a-z])", out in front)
    before, after = items[: at[0]], items[at[0] + 1 :]
    alternatives: list[Any] = items[at[0]][1][1]
    branches = [_useful(_sequence([*before, *branch.data, *after])) for branch in alternatives]
    if not all(branches):
        return whole, (whole,)  # an alternative that needs nothing: the union needs what it did
    # (an alternative's own needs first: they are the rarer, and a text lacking one is
    # passed over at the first test)
    return whole, tuple(tuple(dict.fromkeys([*needs, *whole])) for needs in branches)


def key_of(pattern: re.Pattern[str]) -> str:
    """A pattern's name in a table of readings: a digest of its flags and source (a pattern
    edited is a new name, read at its first use until the table is made again)."""
    source = f"{pattern.flags}\0{pattern.pattern}".encode()
    return hashlib.blake2b(source, digest_size=8).hexdigest()


def table_entry(readings: tuple[Needs, Branches]) -> list[Any]:
    """`readings_of` as JSON: each need's strings sorted (the same table in every process);
    the branches None where they are the whole pattern's needs."""
    whole, branches = readings
    return [
        _rows(whole),
        None if branches == (whole,) else [_rows(needs) for needs in branches],
    ]


def _rows(needs: Needs) -> list[list[str]]:
    return [sorted(need) for need in needs]


def _from_entry(entry: list[Any]) -> tuple[Needs, Branches]:
    whole: Needs = tuple(frozenset(strings) for strings in entry[0])
    if entry[1] is None:
        return whole, (whole,)
    return whole, tuple(tuple(frozenset(strings) for strings in rows) for rows in entry[1])


def _useful(reading: _Reading) -> Needs:
    """A reading's needs worth a test, the strongest few."""
    exact, needs = reading
    found = [*needs, exact] if exact is not None else list(needs)
    useful: set[Need] = set()
    for need in found:
        if "" in need:
            continue
        if len(need) > _MOST_STRINGS_IN_A_NEED:
            # too many strings to try, but what all of them hold is needed too: " the land
            # of " of "from the land of curry", "of the land of scams", ...
            need = frozenset({_shared_part(need)})
        if min(map(len, need)) >= _SHORTEST_NEED:
            useful.add(_minimal(need))
    # (the strongest first, ties in the strings' order: the same needs in every process)
    ranked = sorted(useful, key=lambda need: (_strength(need), sorted(need)), reverse=True)
    return tuple(ranked[:_MOST_NEEDS])


def _shared_part(strings: Need) -> str:
    """The longest string inside every one of `strings` ("" if none)."""
    shortest = min(strings, key=len)
    for length in range(len(shortest), 0, -1):
        for start in range(len(shortest) - length + 1):
            part = shortest[start : start + length]
            if all(part in string for string in strings):
                return part
    return ""


def may_match_some(branches: Branches, text: str) -> bool:
    """Whether `text` holds every need of one of `branches` (`branch_needs_of`)."""
    return any(may_match(needs, text) for needs in branches)


def may_match(needs: Needs, text: str) -> bool:
    """Whether `text` holds every need (so the pattern may match in it)."""
    for need in needs:
        for string in need:
            if string in text:
                break
        else:
            return False
    return True


# Needs as the searched gate tests them: the strings of the first (looked up among those
# found in the text), and the other needs (asked by substring tests).
_Gate = tuple[tuple[str, ...], Needs]
# A pattern, its readings and, where the automaton searches for their first needs' strings,
# their gates (the whole pattern's, its branches')
_Entry = tuple[re.Pattern[str], Needs, Branches, _Gate | None, tuple[_Gate, ...]]


class NeedsCache:
    """Each pattern's needs, read at its first use (by identity: hashing a compiled pattern
    hashes its code, a few µs for the long unions), whole or alternative by alternative;
    taken from a table of readings made ahead where it has the pattern. The gate itself:
    `may_match`, `may_match_some` of a pattern's needs in a text."""

    __slots__ = ("_automaton", "_known", "_last", "_read", "_searched", "parsed")

    def __init__(self) -> None:
        self._read: dict[int, _Entry] = {}
        self._known: dict[str, list[Any]] = {}
        self.parsed = 0  # patterns read at their first use, not found in the table
        # The strings of the first (the strongest) need of every reading of every table
        # learnt (never fewer: an entry read from an earlier table is searched for too),
        # and the automaton that finds them in a text. Most texts lack a string of a
        # pattern's first need; the few that hold one are asked the rest by substring
        # tests. (Every need's strings, "the", "ing", "you" among them, were found three
        # times as often: each found costs as much as a substring test.)
        self._searched: set[str] = set()
        self._automaton: Any = None
        # The last text searched and the strings found in it, read and replaced as one
        # tuple (a thread never takes one text's strings for another's): a comment's rules
        # pass the same text to each gate in turn.
        self._last: tuple[str, set[str]] = ("", set())

    def learn(self, known: dict[str, list[Any]]) -> None:
        """Readings made ahead: `key_of(pattern)` -> `table_entry(readings_of(pattern))`."""
        self._known.update(known)
        self._searched.update(_first_strings_of(known.values()))
        self._automaton = _automaton_of(self._searched)  # (a new one, swapped whole)
        self._last = ("", set())

    def __call__(self, pattern: re.Pattern[str]) -> Needs:
        return self._entry(pattern)[1]

    def branches(self, pattern: re.Pattern[str]) -> Branches:
        """`branch_needs_of(pattern)`, read once."""
        return self._entry(pattern)[2]

    def may_match(self, pattern: re.Pattern[str], text: str) -> bool:
        """`may_match(needs_of(pattern), text)`."""
        _, needs, _, gate, _ = self._entry(pattern)
        if gate is None:
            return may_match(needs, text)
        return _holds(gate, self._found_in(text), text)

    def may_match_some(self, pattern: re.Pattern[str], text: str) -> bool:
        """`may_match_some(branch_needs_of(pattern), text)`."""
        _, _, branches, gate, gates = self._entry(pattern)
        if gate is None:
            return may_match_some(branches, text)
        found = self._found_in(text)
        return any(_holds(one, found, text) for one in gates)

    def _found_in(self, text: str) -> set[str]:
        """The strings searched for that `text` holds."""
        last = self._last
        if last[0] is text:
            return last[1]
        # (each found is (where it ends, the string): the string taken by its index, as
        # unpacking a tuple of unknown length costs three steps of an iterator)
        automaton = self._automaton
        found = {match[1] for match in automaton.iter(text)} if automaton is not None else set()
        self._last = (text, found)
        return found

    def _entry(self, pattern: re.Pattern[str]) -> _Entry:
        entry = self._read.get(id(pattern))
        if entry is None or entry[0] is not pattern:
            # (the pattern is kept, so its id is not reused while it is here)
            entry = self._read[id(pattern)] = self._readings(pattern)
        return entry

    def _readings(self, pattern: re.Pattern[str]) -> _Entry:
        known = self._known.get(key_of(pattern)) if self._known else None
        if known is not None:
            whole, branches = _from_entry(known)
            return pattern, whole, branches, _gate(whole), tuple(map(_gate, branches))
        self.parsed += 1
        return (pattern, *readings_of(pattern), None, ())


def _automaton_of(strings: set[str]) -> Any:
    """An automaton that finds every one of `strings` in a text (None for none: an empty
    one cannot search)."""
    if not strings:
        return None
    automaton = ahocorasick.Automaton()
    for string in sorted(strings):
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def _gate(needs: Needs) -> _Gate:
    """`needs` as `_holds` tests them (the first's strings in a fixed order)."""
    return (tuple(sorted(needs[0])), needs[1:]) if needs else ((), ())


def _holds(gate: _Gate, found: set[str], text: str) -> bool:
    """Whether `text` holds every need of `gate`, the first looked up among the strings
    `found` in it (which holds all of the table's that it does)."""
    firsts, others = gate
    if firsts and not any(string in found for string in firsts):
        return False
    return may_match(others, text)


def _first_strings_of(entries: Iterable[list[Any]]) -> set[str]:
    """The strings of the first need of each reading of the table's entries (`table_entry`)."""
    strings: set[str] = set()
    for whole, branches in entries:
        for rows in [whole, *(branches or [])]:
            if rows:
                strings.update(rows[0])
    return strings


# The needs of every pattern the rules run, read once per process (threats, alternatives,
# and alternative by alternative, `regex_hits`: the cued rows' unions among them)
needs_for = NeedsCache()


def _strength(need: Need) -> tuple[int, int]:
    # Longer strings are rarer in comments, and fewer are quicker to try.
    return min(map(len, need)), -len(need)


def _minimal(strings: Iterable[str]) -> Need:
    """The strings without those holding another of them: "kill" is in "kills"."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Reading:
    """Parts matched one after another: exact strings joined while they stay few."""
    needs: list[Need] = []
    run: frozenset[str] | None = frozenset({""})
    for op, av in items:
        exact, part_needs = _part(op, av)
        needs.extend(part_needs)
        if exact is None:
            if run is not None:
                needs.append(run)
            run = None
        elif run is None:
            run = exact
        elif len(run) * len(exact) <= _MOST_STRINGS:
            run = frozenset(a + b for a in run for b in exact)
        else:
            needs.append(run)
            run = exact
    if run is not None and not needs:
        return run, ()
    if run is not None:
        needs.append(run)
    return None, tuple(need for need in needs if "" not in need)


def _part(op: Any, av: Any) -> _Reading:
    if op is sc.LITERAL:
        return frozenset({chr(av)}), ()
    if op is sc.IN:
        characters = _class(av)
        return (characters, ()) if characters is not None else _UNKNOWN
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return _EMPTY  # they match no characters
    if op is sc.SUBPATTERN:
        _, add_flags, _, items = av
        return _UNKNOWN if add_flags & re.IGNORECASE else _sequence(items)
    if op is sc.ATOMIC_GROUP:
        return _sequence(av)
    if op is sc.BRANCH:
        return _alternatives([_sequence(items) for items in av[1]])
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        return _repeated(*av)
    return _UNKNOWN  # any character, a category, a backreference, ...


def _class(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a class of a few ("[ae]"), None for a wider or negated one."""
    characters: set[str] = set()
    for op, av in items:
        if op is sc.LITERAL:
            characters.add(chr(av))
        elif op is sc.RANGE and av[1] - av[0] < _MOST_CLASS_CHARACTERS:
            characters.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(characters) if len(characters) <= _MOST_CLASS_CHARACTERS else None


def _alternatives(readings: list[_Reading]) -> _Reading:
    exacts = [exact for exact, _ in readings]
    if all(exact is not None for exact in exacts):
        union = frozenset[str]().union(*(exact for exact in exacts if exact is not None))
        if len(union) <= _MOST_STRINGS:
            return union, ()
    # A text any alternative matches in holds the strongest need of that alternative.
    strongest: list[Need] = []
    for exact, needs in readings:
        candidates = [*needs, exact] if exact is not None else list(needs)
        candidates = [need for need in candidates if "" not in need]
        if not candidates:
            return _UNKNOWN  # an alternative that needs nothing
        strongest.append(max(candidates, key=_strength))
    return None, (_minimal(frozenset[str]().union(*strongest)),)


def _repeated(least: int, most: int, items: Any) -> _Reading:
    exact, needs = _sequence(items)
    if least == most == 1:
        return exact, needs
    if least == 0:
        if most == 1 and exact is not None and len(exact) < _MOST_STRINGS:
            return exact | {""}, ()  # optional: "s?" matches "" or "s"
        return _UNKNOWN
    # once at least: what one repetition needs (and matches)
    return None, (*needs, *((exact,) if exact is not None and "" not in exact else ()))
