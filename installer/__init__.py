"""Packaging and provisioning helpers: installers, deployment config, demo key carriers."""
