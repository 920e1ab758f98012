"""Documents: the payment order and its record, the local store, signing and sending, batches, co-signing,
recall, templates and counterparties."""
