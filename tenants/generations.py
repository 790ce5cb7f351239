"""Per-process copies of install-wide data, kept fresh through a generation value.

Some data is read on every request and changes rarely: the set of Site
hostnames (``tenants.hosts``) and the list of site root paths
(``tenants.siteroots``). Each process keeps its own copy, so a request costs
the same with ten sites or thousands. A change anywhere bumps a small
"generation" value in the shared cache; a process whose copy was loaded under
another generation reloads it. A copy is also reloaded at least every
``max_age`` seconds: a safety net for a cache that lost the key.
"""

import time
import uuid

from django.core.cache import cache


class ProcessCopy:
    """One per-process copy of data returned by ``load()``, stored under ``key``."""

    def __init__(self, key: str, load, max_age: float = 60):
        self.key = key
        self.load = load
        self.max_age = max_age
        self.reset_local()

    def get(self):
        """The copy, reloaded first if another process bumped the generation
        since it was loaded, or if it is older than ``max_age``."""
        generation = cache.get(self.key)
        if generation is None:
            generation = self.bump()
        now = time.monotonic()
        if (
            self._value is None
            or self._generation != generation
            or now - self._loaded_at > self.max_age
        ):
            self._value = self.load()
            self._generation, self._loaded_at = generation, now
        return self._value

    def bump(self) -> str:
        """Mark every process's copy stale. Returns the new generation."""
        generation = uuid.uuid4().hex
        cache.set(self.key, generation, None)
        return generation

    def reset_local(self) -> None:
        """Forget this process's copy (tests, bulk changes)."""
        self._value = None
        self._generation = None
        self._loaded_at = 0.0
