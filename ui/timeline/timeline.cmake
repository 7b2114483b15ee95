# The coverage timeline widget.
