"""gunicorn settings: `gunicorn -c gunicorn.conf.py cms.wsgi`.

Every value can be changed from the environment (see .env.example), so one
file serves a small single server and a node behind a load balancer.
"""

import multiprocessing
import os

# GUNICORN_BIND: nginx proxies to this address. Use 0.0.0.0:8000 in a container.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# GUNICORN_WORKERS: sync worker processes. The usual 2 x cores + 1, capped at 8
# because each worker holds a full Django + Wagtail (~100 MB) and a modest
# server runs out of memory before it runs out of CPU.
workers = int(os.environ.get("GUNICORN_WORKERS") or min(2 * multiprocessing.cpu_count() + 1, 8))
worker_class = "sync"

# GUNICORN_TIMEOUT: a request that takes longer is killed and logged; the
# worker is replaced. Uploads and admin saves fit well within 30 seconds.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Behind nginx, keep-alive to the proxy saves a connection per request.
keepalive = 5

# GUNICORN_MAX_REQUESTS: renew each worker after this many requests, with
# jitter so that the workers do not all restart at once. Bounds memory growth.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max(max_requests // 10, 1) if max_requests else 0

# Load the app once in the master, then fork: faster starts, shared memory.
preload_app = True

# Access and error logs to stdout/stderr, for systemd's journal or docker.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# nginx or the load balancer sets X-Forwarded-*; trust it only from localhost
# by default. FORWARDED_ALLOW_IPS is gunicorn's own variable for other setups.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    """Drop database connections inherited from the master (preload_app)."""
    from django.db import connections

    connections.close_all()
