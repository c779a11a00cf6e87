"""Query engines behind one port (base.Engine): DuckDB embedded (default), Spark (spark.py), ClickHouse in process (clickhouse.py)."""
