"""Starting Spark: local mode on this machine, or a cluster named by ``--master``.

In local mode the driver binds to 127.0.0.1, the web UI is off and the
executors run this very Python (``PYSPARK_PYTHON``), so a virtualenv works
without setup. On a cluster those choices are the cluster's: the executors need
eventwire and the spaCy model installed, or shipped (docs/scale.md).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ..errors import EngineError

__all__ = ["is_local", "start"]


def is_local(master: str) -> bool:
    return master == "local" or master.startswith("local[")


def _java_found() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and (Path(home) / "bin" / "java").exists()))


def start(master: str = "local[2]", *, partitions: int | None = None, conf: dict[str, str] | None = None):
    """A SparkSession for the engine; raises EngineError when pyspark or Java is missing."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineError("the Spark engine needs pyspark, which is not installed",
                          hint="Install it with pip install 'eventwire[spark]' (or pip install pyspark); it needs Java 17 or later.") from exc
    if is_local(master) and not _java_found():
        raise EngineError("the Spark engine needs a Java runtime, and none was found",
                          hint="Install Java 17 or later (on Debian: apt-get install default-jre-headless), or set JAVA_HOME.")
    builder = SparkSession.builder.master(master).appName("eventwire")
    settings = {"spark.ui.showConsoleProgress": "false", "spark.sql.session.timeZone": "UTC"}
    if partitions:
        settings["spark.sql.shuffle.partitions"] = str(partitions)
    if is_local(master):
        # Local mode: nothing listens beyond this machine, and the workers run this interpreter.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        settings.update({"spark.ui.enabled": "false", "spark.driver.bindAddress": "127.0.0.1", "spark.driver.host": "127.0.0.1"})
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # py4j and the JVM raise their own types; say what failed, with a hint
        raise EngineError(f"Spark did not start on {master}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
                          hint="Check --master, that Java 17 or later is installed, and the Spark settings given with --conf.") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session
