"""One JSON object per log line, for log shippers reading stdout.

A dozen lines of our own rather than python-json-logger: the fields needed
are few and fixed, and a formatter is one more dependency to keep current on
servers that are updated rarely.
"""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with ``extra=``.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Format a record as a single-line JSON object.

    Keys: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``, plus
    ``exc_info`` when there is a traceback and any ``extra=`` fields. Values
    that are not JSON (a request, say) are written as their ``str()``.
    """

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exc_info"] = self.formatException(record.exc_info)
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                data[key] = value
        return json.dumps(data, default=str, ensure_ascii=False)
