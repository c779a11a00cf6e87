"""Feedback knowledge: embeddings, the Chroma index, sentiment, themes, PII redaction."""
