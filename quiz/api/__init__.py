"""api blueprint."""
