"""The command line: ``jaarplanner`` and its sub-commands."""
