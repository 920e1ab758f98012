"""Documents on paper: the national forms as PDF or on a printer."""
