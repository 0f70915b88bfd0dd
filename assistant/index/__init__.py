"""The index stage: catalog (documents, clauses, passage rows), chunking, a vector engine behind
`VectorIndex`, the BM25 `KeywordIndex`, and the persisted, atomically swapped build (`store`)."""
