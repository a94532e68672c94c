"""Drawing without widgets: the map scene and small charts, for screen and print."""
