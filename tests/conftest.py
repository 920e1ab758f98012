"""The suite's shared fixtures and hooks live in plugins, registered here once (see tests/plugins):
test modules ask for fixtures by name and never import them."""

pytest_plugins = [
    "tests.plugins.token",
    "tests.plugins.pcsc",
    "tests.plugins.bank",
    "tests.plugins.ui",
    "tests.plugins.e2e",
    "tests.plugins.bundle",
    "tests.plugins.markers",
    "tests.plugins.secrets",
]
