"""Query engines behind one port (base.Engine): DuckDB embedded (default) and Spark (spark.py)."""
