"""play blueprint."""
