# The main window, its docks and dialogs.
