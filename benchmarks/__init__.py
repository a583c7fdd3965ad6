"""Benchmarks for reader: synthetic test cases, PAN-style quality scores and timings.

Run them from the repository root::

    python -m benchmarks.quality [--quick] [--check]
    python -m benchmarks.speed [--quick]

:mod:`benchmarks.synth` makes the test material, :mod:`benchmarks.pan` scores detected
passages against the planted truth.
"""
