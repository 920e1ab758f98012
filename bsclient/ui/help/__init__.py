"""F1 help: topics for the clerk in Kazakh, Russian and English, with pictures of the real windows."""
