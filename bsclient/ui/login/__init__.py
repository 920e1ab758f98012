"""The way in: login and password, the carrier's PIN, the second factor, the forced password change."""
