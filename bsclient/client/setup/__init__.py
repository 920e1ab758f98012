"""The first-run set-up without Qt: the wizard's flow as data and the deployment file IT staff put down."""
