"""scores blueprint."""
