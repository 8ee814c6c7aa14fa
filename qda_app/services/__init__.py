"""Use cases: one function per user action, importers, exporters, reports, agreement, interop."""
