"""Start-up: the application object, its early set-up and the window it shows."""
