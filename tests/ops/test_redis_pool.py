"""One Redis client and connection pool per process, whatever the threads and calls."""

import threading

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings

from ops.cache import FaultTolerantRedisCache
from tests.ops.test_health import LIVE_REDIS, redis_cache

OPTIONS = {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}, "KEY_PREFIX": "pool"}


def test_backends_of_every_thread_share_one_client_and_pool():
    # Django makes one backend per thread; each used to build a client per call.
    first = FaultTolerantRedisCache(LIVE_REDIS, OPTIONS)
    second = FaultTolerantRedisCache(LIVE_REDIS, OPTIONS)
    client = first._cache.get_client()
    assert first._cache.get_client(write=True) is client
    assert second._cache.get_client() is client
    assert first.strict()._cache.get_client() is client
    other_server = FaultTolerantRedisCache("redis://127.0.0.1:6379/14", OPTIONS)
    assert other_server._cache.get_client() is not client


def test_cache_calls_build_no_client_and_threads_share_the_pool(monkeypatch):
    with override_settings(CACHES=redis_cache(LIVE_REDIS)):
        cache = caches["default"]
        try:
            cache.strict().delete("pool:k")
        except redis.RedisError as exc:
            pytest.skip(f"no Redis at {LIVE_REDIS}: {exc}")
        built = []
        original_init = redis.Redis.__init__

        def counting_init(self, *args, **kwargs):
            built.append(self)
            original_init(self, *args, **kwargs)

        monkeypatch.setattr(redis.Redis, "__init__", counting_init)
        pools = set()

        def work():
            backend = caches["default"]
            for n in range(20):
                backend.set("pool:k", n, 30)
                backend.get("pool:k")
                backend.get_many(["pool:k", "pool:other"])
            pools.add(id(backend._cache.get_client().connection_pool))

        threads = [threading.Thread(target=work) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        work()
        assert built == []  # before: one new client for each of the 240 calls
        assert len(pools) == 1
        cache.delete("pool:k")
