"""The retrieval stage: hybrid (dense + BM25) search, filters, rank fusion."""
