"""Readers (txt, md, html, jsonl, csv) and writers (csv, jsonl, parquet, sqlite)."""
