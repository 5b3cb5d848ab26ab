"""Find the indexed words that fit a pattern by skipping through the sorted vocabulary.

A pattern is a few letters that may each be one of several ("к" or "қ"), then either nothing,
anything, or one of a fixed set of endings. Its words could number thousands (every variant of
every letter times every ending), and the index may hold millions of words, so neither list is
read whole. Instead, as a search engine intersects an automaton with its term dictionary, the
walk asks the vocabulary for the first word at or after the smallest string the pattern allows;
a word that fits is kept, and one that does not tells where the next possible fit can start, so
each question either finds a word or skips every word that shares the misfit's prefix. It costs
about one question per word found plus one per place where the index's words leave the pattern.

The vocabulary is a function `first_at_or_after(text) -> word | None` over words sorted by code
point (SQLite's order for FTS5 terms, which compares UTF-8 bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

FirstAtOrAfter = Callable[[str], str | None]
Tail = Literal["none", "any", "endings"]
_END = ""  # the key of a trie node's terminal mark
_ANY_FIRST = "\x01"  # the smallest character a word can go on with


@dataclass(frozen=True)
class Pattern:
    """`letters[i]` holds the characters allowed at position i; then the tail: nothing more,
    anything (a prefix), or one of `endings` (or none of them)."""

    letters: tuple[frozenset[str], ...]
    tail: Tail = "none"
    endings: Endings | None = None


@dataclass
class Endings:
    """A fixed set of endings as a trie, built once and shared by many patterns."""

    root: dict = field(default_factory=dict)

    @classmethod
    def of(cls, words: Sequence[str] | frozenset[str]) -> Endings:
        trie: dict = {_END: True}  # no ending at all is allowed
        for word in words:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[_END] = True
        return cls(trie)


# A state: the position in `letters`, and past them the trie node of the endings (None: any tail).
State = tuple[int, dict | None]


class _Automaton:
    def __init__(self, pattern: Pattern) -> None:
        self.letters = [sorted(c) for c in pattern.letters]
        self.tail = pattern.tail
        self.endings = pattern.endings.root if pattern.endings is not None else {_END: True}

    def start(self) -> State:
        return self._enter(0)

    def _enter(self, position: int) -> State:
        if position < len(self.letters):
            return (position, None)
        return (position, None if self.tail == "any" else (self.endings if self.tail == "endings" else {_END: True}))

    def final(self, state: State) -> bool:
        position, node = state
        if position < len(self.letters):
            return False
        return node is None or bool(node.get(_END))

    def step(self, state: State, ch: str) -> State | None:
        position, node = state
        if position < len(self.letters):
            return self._enter(position + 1) if ch in self.letters[position] else None
        if node is None:
            return state
        child = node.get(ch)
        return (position, child) if child is not None else None

    def choices_after(self, state: State, ch: str | None) -> list[str]:
        """The characters the state allows that are greater than `ch` (all, for None), smallest first."""
        position, node = state
        if position < len(self.letters):
            options = self.letters[position]
        elif node is None:
            return [_ANY_FIRST] if ch is None else ([chr(ord(ch) + 1)] if ord(ch) < 0x10FFFF else [])
        else:
            options = sorted(k for k in node if k != _END)
        return [c for c in options if ch is None or c > ch]

    def smallest_from(self, state: State) -> str | None:
        """The smallest string this state accepts ("" if it is final)."""
        out = []
        while not self.final(state):
            options = self.choices_after(state, None)
            if not options:
                return None
            out.append(options[0])
            state = self.step(state, options[0])  # type: ignore[assignment]
        return "".join(out)

    def accepts(self, word: str) -> bool:
        state: State | None = self.start()
        for ch in word:
            state = self.step(state, ch)  # type: ignore[arg-type]
            if state is None:
                return False
        return self.final(state)  # type: ignore[arg-type]

    def next_at_or_after(self, text: str) -> str | None:
        """The smallest string the pattern allows that is >= `text`."""
        states: list[State] = [self.start()]
        for ch in text:
            nxt = self.step(states[-1], ch)
            if nxt is None:
                break
            states.append(nxt)
        matched = len(states) - 1
        if matched == len(text) and self.final(states[-1]):
            return text
        if matched == len(text):
            tail = self.smallest_from(states[-1])
            if tail is not None and tail:
                return text + tail
        # Go back from the first misfit (or the end) to the last place a greater character fits.
        for position in range(min(matched, len(text) - 1), -1, -1):
            for ch in self.choices_after(states[position], text[position]):
                nxt = self.step(states[position], ch)
                if nxt is None:
                    continue
                tail = self.smallest_from(nxt)
                if tail is not None:
                    return text[:position] + ch + tail
        return None


def walk(first_at_or_after: FirstAtOrAfter, pattern: Pattern, *, limit: int) -> tuple[list[str], bool]:
    """The vocabulary's words that fit the pattern, in order, at most `limit`; and whether that
    is all of them (False when the limit cut the walk short)."""
    automaton = _Automaton(pattern)
    found: list[str] = []
    probe = automaton.next_at_or_after("")
    while probe is not None:
        word = first_at_or_after(probe)
        if word is None:
            return found, True
        if automaton.accepts(word):
            if len(found) == limit:
                return found, False
            found.append(word)
            probe = automaton.next_at_or_after(word + "\x00")
        else:
            probe = automaton.next_at_or_after(word)
    return found, True


def walk_prefixes(first_at_or_after: FirstAtOrAfter, letters: tuple[frozenset[str], ...], *, limit: int) -> list[str]:
    """The distinct strings that fit `letters` and begin some word of the vocabulary, in order:
    the variants of a prefix that occur ("каз" -> "каз", "қаз"), one question each."""
    automaton = _Automaton(Pattern(letters))
    found: list[str] = []
    probe = automaton.next_at_or_after("")
    while probe is not None and len(found) < limit:
        word = first_at_or_after(probe)
        if word is None:
            break
        head = word[: len(letters)]
        if automaton.accepts(head):
            found.append(head)
            probe = automaton.next_at_or_after(head + "\U0010ffff")
        else:
            probe = automaton.next_at_or_after(word)
    return found
