"""Demo documents for ``seed_demo``: Rambang Kapak Tengah and its villages, with generated PDFs."""
