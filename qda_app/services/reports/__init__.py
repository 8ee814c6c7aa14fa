"""Reports: functions from a Project (+ a ReportFilter) to pandas DataFrames.

The GUI's tables and every exporter (Excel, Word, CSV, HTML, figure) present these same frames.
"""

from __future__ import annotations

from qda_app.services.reports.book import Block, ReportBook, Sheet, build_report_book
from qda_app.services.reports.codebook import category_tables, category_totals, codebook
from qda_app.services.reports.data import ReportData, load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.network import network_nodes
from qda_app.services.reports.quotations import documents_report, quotation_code_matrix, quotation_report
from qda_app.services.reports.summary import summary
from qda_app.services.reports.tables import (
    c_coefficient,
    code_document_table,
    cooccurrence_pairs,
    cooccurrence_table,
)
from qda_app.services.reports.words import word_frequencies

__all__ = [
    "Block", "ReportBook", "ReportData", "ReportFilter", "Sheet", "build_report_book", "c_coefficient",
    "category_tables", "category_totals", "code_document_table", "codebook", "cooccurrence_pairs",
    "cooccurrence_table", "documents_report", "load_report_data", "network_nodes",
    "quotation_code_matrix", "quotation_report", "summary", "word_frequencies",
]
