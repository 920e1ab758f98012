"""What the editor adds for each kind of document beyond the plain payment order."""
