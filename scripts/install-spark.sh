#!/usr/bin/env bash
# Installs what the Spark engine's tests need: OpenJDK 17 from Debian (Spark 4 runs on Java 17+)
# and PySpark with Spark Connect, whose Python package ships the Spark jars and the Connect server.
# PySpark is pure Python + jars: nothing here pulls CUDA.
set -euo pipefail
PIP="${1:-.venv/bin/pip}"
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "Spark tests need Java 17: run 'sudo apt-get install -y openjdk-17-jre-headless'" >&2
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  fi
fi
if ! "${PIP%/pip}/python" -c "import pyspark.sql.connect.session" >/dev/null 2>&1; then
  "$PIP" install -q 'pyspark[connect]>=4.0.1,<5'
fi
java -version 2>&1 | head -1
