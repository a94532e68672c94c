"""pmplanner: an offline desktop career planner for product managers."""

__version__ = "0.1.0"
APP_NAME = "pmplanner"
