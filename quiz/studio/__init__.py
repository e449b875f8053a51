"""studio blueprint."""
