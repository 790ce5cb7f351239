"""Django's Redis cache, made to degrade to "no cache" when Redis is down.

With the stock ``RedisCache`` a Redis outage raises ``ConnectionError`` in
every view that touches the cache, so the whole site fails with it. Here each
cache call that fails with a Redis error logs a warning and behaves as a miss
(reads return the default, writes do nothing), so pages are still served,
just uncached. After a failure, Redis is left alone for ``RETRY_SECONDS``
instead of paying a connection attempt on every call; then it is tried again,
so the cache comes back by itself.

It also keeps one Redis client and connection pool per server for the whole
process (``PooledRedisCacheClient``). Django's ``RedisCacheClient`` builds a
new ``redis.Redis`` object on every cache call (about 40% of the time spent
on Redis in a profile of the API), and since Django makes one cache backend
per thread, each thread also had its own pool.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


# One (pool, client) per server URL and options, shared by every thread of the process.
_shared_clients: dict[tuple, object] = {}
_shared_clients_lock = threading.Lock()


class PooledRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, with one ``redis.Redis`` per server and process.

    A ``redis.Redis`` is thread-safe and takes its connections from its pool,
    so one object serves every call and every thread; redis-py's pool resets
    itself in a forked child. Reads and writes pick a server as Django does.
    """

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}  # by server index, found in the process-wide registry

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._shared_client(index)
        return client

    def _shared_client(self, index: int):
        identity = (
            self._servers[index],
            self._pool_class,
            repr(sorted(self._pool_options.items())),
        )
        with _shared_clients_lock:
            client = _shared_clients.get(identity)
            if client is None:
                pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                client = _shared_clients[identity] = self._client(connection_pool=pool)
        return client


def _tolerant(fallback):
    """Decorate a cache method: on a Redis error, log and return ``fallback(*args)``."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self._down_until > time.monotonic():
                return fallback(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                self._down_until = time.monotonic() + RETRY_SECONDS
                logger.warning(
                    "Redis cache unavailable (%s); serving without cache for %ss",
                    exc,
                    RETRY_SECONDS,
                )
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty_dict(*args, **kwargs):
    return {}


def _all_keys_failed(data, *args, **kwargs):
    return list(data)


def _delta(key, delta=1, *args, **kwargs):
    # Counting starts again from nothing, as it would after an eviction.
    return delta


class FaultTolerantRedisCache(RedisCache):
    """``RedisCache`` whose failures are logged warnings and cache misses.

    ``strict()`` gives the plain backend for callers that must see the
    failure, such as the readiness probe. Both use the process's shared
    client (``PooledRedisCacheClient``).
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
        self._down_until = 0.0

    def strict(self) -> RedisCache:
        """This cache without the fault tolerance: Redis errors propagate."""
        strict = RedisCache.__new__(RedisCache)
        strict.__dict__.update(self.__dict__)
        return strict

    get = _tolerant(_default)(RedisCache.get)
    set = _tolerant(_none)(RedisCache.set)
    add = _tolerant(_false)(RedisCache.add)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    has_key = _tolerant(_false)(RedisCache.has_key)
    get_many = _tolerant(_empty_dict)(RedisCache.get_many)
    set_many = _tolerant(_all_keys_failed)(RedisCache.set_many)
    delete_many = _tolerant(_none)(RedisCache.delete_many)
    incr = _tolerant(_delta)(RedisCache.incr)
    clear = _tolerant(_false)(RedisCache.clear)
