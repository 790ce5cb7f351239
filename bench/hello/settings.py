"""Settings of the minimal Django project the harness measures as the Python ceiling.

No apps, no middleware, no database, no templates: a request goes from
gunicorn through Django's WSGI handler and URL resolver to one view and
back. Whatever the project does on top of that is what the harness's ratios
("% of the minimal Django view") price. Only ``bench/run.py`` runs it, on
127.0.0.1, under the project's ``gunicorn.conf.py``.
"""

# Never served beyond the benchmark's loopback address; nothing here is secret.
SECRET_KEY = "bench-hello-not-secret"
DEBUG = False
# No middleware asks for the Host, so this is never checked; kept honest anyway.
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.hello.urls"
WSGI_APPLICATION = "bench.hello.wsgi.application"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
