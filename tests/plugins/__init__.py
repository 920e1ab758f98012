"""The suite's shared fixtures, registered once in tests/conftest.py (`pytest_plugins`): a test module
asks for a fixture by name and never imports one. A module that needs other settings defines a fixture
of the same name, which pytest prefers for that module."""
