"""Engines that run reader's steps past one machine.

``spark_engine`` runs the grouping's candidate generation (the seed and key self-joins of
:mod:`reader.analysis.grouping`) with PySpark DataFrames, then calls the same
:func:`reader.analysis.grouping.group`. It is the only module of reader that imports
pyspark (an import-linter contract says so), and it is imported only when
``reader stories --engine spark`` runs, so the rest of reader never pays for Spark or
Java. See docs/scaling.md.
"""
