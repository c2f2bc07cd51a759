"""The fuzz suite: inputs generated from the team's own seeds, run through the CLI.

``cases.generate(n, seed)`` makes the inputs (nothing is stored in the repository);
``run.run_cases(...)`` feeds them to ``eventwire ingest`` and ``eventwire analyze`` in
subprocesses with a time limit and checks that every input ends as documents or
reject rows. ``python -m tests.fuzz N`` (``make fuzz N=…``) prints the table.
"""
