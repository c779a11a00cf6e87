"""Start a real Spark Connect server on loopback for the parity tests (and stop it)."""
from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spark_home() -> Path:
    import pyspark
    return Path(pyspark.__file__).parent


def start_connect_server(log: Path, *, timeout_s: float = 300) -> tuple[subprocess.Popen[bytes], str]:
    """(process, sc:// URL) of a Spark Connect server with a local[2] master bound to 127.0.0.1.

    The PyPI package has the Connect server class and jars but not sbin/start-connect-server.sh,
    so the server runs through spark-submit in the foreground (stoppable by its process group).
    """
    home = _spark_home()
    port = _free_port()
    env = {**os.environ, "SPARK_HOME": str(home), "SPARK_LOCAL_IP": "127.0.0.1"}
    cmd = [str(home / "bin" / "spark-submit"), "--class", "org.apache.spark.sql.connect.service.SparkConnectServer",
           "--master", "local[2]", "--conf", "spark.connect.grpc.binding.address=127.0.0.1",
           "--conf", f"spark.connect.grpc.binding.port={port}", "--conf", "spark.ui.enabled=false",
           "--conf", "spark.sql.shuffle.partitions=4", "--conf", "spark.driver.memory=1g",
           "--conf", "spark.sql.session.timeZone=UTC", "spark-internal"]
    fh = log.open("wb")
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Spark Connect server exited ({proc.returncode}); see {log}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"sc://127.0.0.1:{port}"
        time.sleep(1)
    stop(proc)
    raise RuntimeError(f"Spark Connect server did not listen within {timeout_s:g} s; see {log}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server and its JVM (its own process group, started by us)."""
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=10)


def require_spark() -> None:
    """Skip with the reason when Java or PySpark is missing (`make test` installs both)."""
    pytest.importorskip("pyspark.sql.connect.session", reason="pyspark[connect] not installed (make spark-deps)")
    if subprocess.run(["sh", "-c", "command -v java"], capture_output=True).returncode != 0:
        pytest.skip("java not installed (make spark-deps)")
