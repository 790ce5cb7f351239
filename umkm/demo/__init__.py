"""Demo products for ``seed_demo`` (via ``tenants.signals.demo_seeded``).

``products`` holds the data, ``apply`` writes it idempotently.
"""
