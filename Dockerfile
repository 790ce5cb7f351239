# The app image for the scaled-out layout (docs/deploy.md, compose.yaml).
# One image runs every app node; configuration comes from the environment
# (.env.example). Static files are collected at build time and served by
# whitenoise, so the nodes need no shared static volume.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    GUNICORN_BIND=0.0.0.0:8000

# pg_dump/pg_restore for `manage.py backup` and `restore` against PostgreSQL.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . .
# Editable: templates and locale files are read from /app, next to the code.
RUN pip install -e . \
    && SECRET_KEY=build-only-not-secret python manage.py collectstatic --no-input \
    && useradd --system --home /app app \
    && mkdir -p /data/media /data/private /data/backups \
    && chown -R app /data

ENV MEDIA_ROOT=/data/media \
    PRIVATE_MEDIA_ROOT=/data/private \
    BACKUP_DIR=/data/backups \
    STATIC_ROOT=/app/staticfiles

USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"]
