"""Money as Indonesian readers write it."""


def format_rupiah(amount: int) -> str:
    """``25000`` → ``"Rp25.000"``, with Indonesian thousands separators."""
    return "Rp" + f"{amount:,}".replace(",", ".")
