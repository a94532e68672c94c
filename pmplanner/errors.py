"""Errors shared by the command-line entry points."""


class CliError(Exception):
    """A problem to report in one sentence, with exit code 1."""
