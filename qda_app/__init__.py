"""qda_app: qualitative data analysis by hand, in one SQLite project file."""

__version__ = "0.1.0"
