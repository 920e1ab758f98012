"""The Qt widgets of the client: windows and dialogs that show and ask; work runs in the layers below."""
