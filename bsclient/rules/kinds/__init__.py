"""The kinds of document a clerk makes: each kind's rules and details, and the registry of kinds."""
