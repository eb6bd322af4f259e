"""pii-pipeline: find personal information in operational data and de-identify it."""

__version__ = "0.1.0"
