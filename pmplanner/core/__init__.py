"""The domain in plain Python: no Qt here (see tests/test_layers.py)."""
