"""Demo profile and contact pages for ``seed_demo``: Rambang Kapak Tengah and its villages."""
