"""The first-run set-up wizard: one module per page; the flow itself is bsclient.client.setup.flow."""
