"""The DuckDB engine: the embedded default. Its code is the gateway (knowledge/gateway.py), which
predates the engine port and keeps its name so the many callers that type `Gateway` stay valid."""
from knowledge.gateway import Gateway as DuckDBEngine
from knowledge.gateway import QueryResult

__all__ = ["DuckDBEngine", "QueryResult"]
