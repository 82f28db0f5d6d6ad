"""A minimal signal, so the core can announce changes without knowing who listens (Qt or not)."""

from __future__ import annotations

from typing import Callable


class Signal:
    def __init__(self) -> None:
        self._slots: list[Callable[..., object]] = []

    def connect(self, slot: Callable[..., object]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., object]) -> None:
        self._slots.remove(slot)

    def __bool__(self) -> bool:
        """Whether anyone listens (a bulk change skips announcing to no one)."""
        return bool(self._slots)

    def emit(self, *args: object) -> None:
        for slot in list(self._slots):
            slot(*args)
