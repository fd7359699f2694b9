"""The package version (read by the User-Agent and the build)."""

__version__ = "0.1.0"
