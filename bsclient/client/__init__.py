"""The application without Qt: validation, documents, the local store, the bank API, workflow."""
