"""The main window and everything about payment documents: the list, the editor, signing, recall, templates."""
