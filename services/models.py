"""The PATEN service catalogue. Models arrive with the service catalogue issue."""
