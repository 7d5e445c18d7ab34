"""Politeness: at most N requests in flight per host and overall, and spaced request starts."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

__all__ = ["HostLimiter"]


@dataclass(slots=True)
class _HostState:
    semaphore: asyncio.Semaphore
    next_start: float = float("-inf")  # earliest clock() at which the next request may start
    users: int = field(default=0)  # holders + waiters; the state is dropped when it reaches 0


class HostLimiter:
    """Per-host concurrency, a minimum delay between request starts to one host, and a global cap.

    Order of acquisition: the host's semaphore, then the global one, then the spacing wait. The
    spacing is computed only once a global slot is held, so the delay is a true lower bound on
    the gap between starts; the price is that a task may hold a global slot while it waits
    (at most ``per_host`` such tasks per host, for at most ``min_delay_s``).
    """

    def __init__(
        self,
        *,
        per_host: int,
        min_delay_s: float,
        global_limit: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_host < 1 or global_limit < 1:
            raise ValueError("per_host and global_limit must be at least 1")
        self._per_host = per_host
        self._min_delay_s = max(0.0, min_delay_s)
        self._global = asyncio.Semaphore(global_limit)
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _HostState] = {}

    def slot(self, host: str) -> AbstractAsyncContextManager[None]:
        """Hold while the request (and its body) is in flight."""
        return _Slot(self, host.lower())

    async def _acquire(self, host: str) -> _HostState:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _HostState(asyncio.Semaphore(self._per_host))
        state.users += 1
        held = 0  # how many of (host, global) semaphores are held, for the way out on error
        try:
            await state.semaphore.acquire()
            held = 1
            await self._global.acquire()
            held = 2
            await self._wait_turn(state)
        except BaseException:  # cancellation included: nothing may stay held
            self._release(host, state, held=held)
            raise
        return state

    def _release(self, host: str, state: _HostState, *, held: int = 2) -> None:
        if held >= 2:
            self._global.release()
        if held >= 1:
            state.semaphore.release()
        state.users -= 1
        if state.users == 0 and state.next_start <= self._clock():
            # Forget idle hosts so a long-running daemon does not accumulate them.
            self._hosts.pop(host, None)

    async def _wait_turn(self, state: _HostState) -> None:
        now = self._clock()
        start = max(now, state.next_start)
        state.next_start = start + self._min_delay_s  # reserve before sleeping: no races
        if start > now:
            await self._sleep(start - now)


class _Slot:
    """One request's hold on a HostLimiter.

    A plain class rather than an ``@asynccontextmanager`` generator: it is entered on every
    request, and a generator frame plus its wrapper cost more than the bookkeeping itself.
    """

    __slots__ = ("_host", "_limiter", "_state")

    def __init__(self, limiter: HostLimiter, host: str) -> None:
        self._limiter = limiter
        self._host = host
        self._state: _HostState | None = None

    async def __aenter__(self) -> None:
        self._state = await self._limiter._acquire(self._host)

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._state is not None, "a slot is left only after it was entered"
        self._limiter._release(self._host, self._state)
