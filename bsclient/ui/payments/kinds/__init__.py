"""What the editor adds for each kind of document, and the UI's row per kind (registry.py)."""
