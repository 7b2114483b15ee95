# The player panel and the session dialog.
