"""Async Python SDK for the Amazon Selling Partner API for Services (v1)."""

__version__ = "0.1.0"

__all__ = ["__version__"]
