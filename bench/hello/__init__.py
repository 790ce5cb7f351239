"""The Python ceiling: the smallest Django project that answers a request (``bench/run.py``)."""
