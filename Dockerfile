# factcheck as a container: `factcheck serve --production` (gunicorn) as a non-root user.
#   docker build -t factcheck .
#   docker run -p 8080:8080 -e FACTCHECK_API_KEYS=editor:a-long-token:submit+review factcheck
# Without FACTCHECK_API_KEYS the service listens on loopback only (drafts are confidential), so
# it answers its own health check but nobody outside the container. docs/production.md has more.

# Stage 1: wheels of the project (with its bundled rules and fixtures) and every dependency.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE CHANGELOG.md MANIFEST.in openapi.yaml ./
COPY service ./service
COPY rules ./rules
COPY fixtures ./fixtures
COPY docs ./docs
RUN pip wheel --no-cache-dir --disable-pip-version-check --wheel-dir /wheels ".[server]"

# Stage 2: only the installed wheels; no compiler, no sources.
FROM python:3.11-slim
RUN useradd --create-home --uid 10001 factcheck \
 && mkdir -p /home/factcheck/data && chown factcheck:factcheck /home/factcheck/data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --disable-pip-version-check --no-index --find-links /wheels \
      "factcheck-service[server]" \
 && rm -rf /wheels
USER factcheck
WORKDIR /home/factcheck
# Reports go to a volume (SQLite) unless DATABASE_URL names PostgreSQL. To replace the bundled
# rules or fixtures, mount folders and point FACTCHECK_RULES / FACTCHECK_FIXTURES at them:
#   -v ./facts:/facts:ro -e FACTCHECK_FIXTURES=/facts
ENV FACTCHECK_HOST=0.0.0.0 \
    FACTCHECK_PORT=8080 \
    DATABASE_URL=sqlite:////home/factcheck/data/reports.sqlite3 \
    PYTHONUNBUFFERED=1
VOLUME ["/home/factcheck/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/readyz', timeout=4).status != 200)"]
CMD ["factcheck", "serve", "--production"]
